"""Reading RW/RT codes and kelurahan names as people type them. Pure Python.

Codes are stored as in the KTP's "RT/RW 005/003": the number padded to three
digits, a letter suffix kept ("12a" -> "012A"). "RW 03", "rw.3", "003" and 3
are the same RW; "Kawasan Industri Pulogadung" is no RW at all.
"""

import re

CODE_WIDTH = 3

_CODE = re.compile(r"^(?:RW|RT|RUKUN\s+WARGA|RUKUN\s+TETANGGA)?\.?\s*0*(\d{1,4})\s*([A-Z]?)$")
# Not "Kampung": it is part of many kelurahan names (Kampung Melayu, Kampung Bali).
_NAME_PREFIXES = re.compile(r"^(?:KELURAHAN|KEL\.?|DESA|DS\.?)\s+")


class CodeError(ValueError):
    """A value that cannot be read as an RW/RT code; ``kind`` says why."""

    def __init__(self, kind, value):
        super().__init__("{}: {!r}".format(kind, value))
        self.kind = kind
        self.value = value


def normalise_code(value):
    """The canonical form of an RW/RT code, or ``CodeError("empty_code"|"not_a_code")``."""
    if value is None:
        raise CodeError("empty_code", value)
    if isinstance(value, float):
        if value != value or value != int(value):  # NaN or 3.5
            raise CodeError("empty_code" if value != value else "not_a_code", value)
        value = int(value)
    text = " ".join(str(value).upper().split())
    if not text or text in ("NULL", "-"):
        raise CodeError("empty_code", value)
    match = _CODE.match(text)
    if match is None or int(match.group(1)) == 0:
        raise CodeError("not_a_code", value)
    return match.group(1).zfill(CODE_WIDTH) + match.group(2)


def normalise_name(value):
    """A kelurahan name for comparison: case, spacing, punctuation and the
    "Kelurahan"/"Kel."/"Desa" prefix ignored."""
    if value is None:
        return ""
    text = " ".join(re.sub(r"[^\w.\s]", " ", str(value).upper()).split())
    text = _NAME_PREFIXES.sub("", text)
    return " ".join(text.replace(".", " ").split())


def same_kelurahan(a, b):
    return bool(normalise_name(a)) and normalise_name(a) == normalise_name(b)
