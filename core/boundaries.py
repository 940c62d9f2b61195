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


# An OSM "other_tags" field as ogr2ogr writes it: "key"=>"value","key2"=>"value 2".
_HSTORE = re.compile(r'"((?:[^"\\]|\\.)*)"\s*=>\s*"((?:[^"\\]|\\.)*)"')
# The tags of an OSM boundary that may hold the kelurahan's name.
NAME_TAGS = ("name", "name:id", "official_name", "alt_name", "addr:village", "addr:subdistrict", "is_in:village")


def is_hstore(value):
    return isinstance(value, str) and "=>" in value and _HSTORE.search(value) is not None


def hstore(value):
    """``{key: value}`` of an hstore text; {} where it is none."""
    if not isinstance(value, str):
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _HSTORE.findall(value)}


def kelurahan_in(value, wanted=None):
    """The kelurahan name a field value gives: the value itself, or from an hstore of
    OSM tags, the name tag that matches ``wanted`` (else the ``name`` tag)."""
    if not is_hstore(value):
        return value
    tags = hstore(value)
    names = [tags[key] for key in NAME_TAGS if tags.get(key)]
    if wanted is not None:
        for name in names:
            if same_kelurahan(name, wanted):
                return name
    return names[0] if names else None


def closest_names(wanted, names, count=5):
    """The ``names`` most like ``wanted`` (as kelurahan names are compared), best first."""
    import difflib

    by_key = {}
    for name in names:
        if name is not None and normalise_name(name):
            by_key.setdefault(normalise_name(name), str(name))
    keys = difflib.get_close_matches(normalise_name(wanted), list(by_key), n=count, cutoff=0.5)
    if not keys:   # nothing alike: a few of those there are, so the user sees what the field holds
        keys = sorted(by_key)[:count]
    return [by_key[k] for k in keys]
