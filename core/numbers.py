"""Numbers as Indonesians write them, read in one place. Pure Python.

Used by the Matrik Skoring dock, the CSV inputs of ``csiap:scoreoptions``
and the survey import, so that a number cell means the same everywhere:

- "350.000", "2.500.000", "Rp 2.500.000" → 350000, 2500000 (thousands dots);
- "4,5", "1.234,5" → 4.5, 1234.5 (decimal comma);
- "2,500,000" and "1,234.5" (an English spreadsheet's groups) are read too,
  "2 500 000" as well; a trailing "%" is dropped ("25 %" → 25);
- a lone comma is always a decimal comma ("1,234" → 1.234), as an
  Indonesian reads it.

A single dot group ("1.234") is ambiguous: with ``thousands=True`` (money,
counts, scoring cells) it is 1234; with ``thousands=False`` (coordinates,
measurements such as a depth in metres) it is 1.234. Anything else is
refused with ``NotANumber``, never read as a part of itself.
"""

import math
import re

_CURRENCY = re.compile(r"^(?:rp\.?|idr)\s*", re.IGNORECASE)
_PLAIN = re.compile(r"\d+")
_DECIMAL_POINT = re.compile(r"\d*\.\d+")
_DECIMAL_COMMA = re.compile(r"\d*,\d+")
_ONE_DOT_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")
# Thousands grouped by dots (Indonesian, decimals after a comma), by commas
# (English, decimals after a point) or by spaces. Two groups at least for the
# comma, which alone is a decimal comma.
_GROUPED = (
    (re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?"), ".", ","),
    (re.compile(r"[1-9]\d{0,2}(?:,\d{3}){2,}(?:\.\d+)?"), ",", "."),
    (re.compile(r"[1-9]\d{0,2}(?:,\d{3})\.\d+"), ",", "."),
    (re.compile(r"[1-9]\d{0,2}(?: \d{3})+(?:,\d+)?"), " ", ","),
)
_SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?[eE][+-]?\d+")


class NotANumber(ValueError):
    """Text that is not a number; ``text`` is what was given."""

    def __init__(self, text):
        super().__init__("not a number: {!r}".format(text))
        self.text = text


def read_number(value, thousands=True):
    """``value`` (text or number) as a float; None when empty. Raises ``NotANumber``."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise NotANumber(value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and math.isnan(value):
            return None
        if math.isinf(value):
            raise NotANumber(value)
        return float(value)
    text = str(value).replace("\u00a0", " ").replace("\u2212", "-").strip()
    if not text:
        return None
    body = _CURRENCY.sub("", text).strip()
    if body.endswith("%"):
        body = body[:-1].strip()
    sign = 1.0
    if body[:1] in ("+", "-"):
        sign = -1.0 if body[0] == "-" else 1.0
        body = body[1:].strip()
    number = _body(body, thousands)
    if number is None:
        raise NotANumber(text)
    return sign * number


def _body(body, thousands):
    if _PLAIN.fullmatch(body):
        return float(body)
    if thousands and _ONE_DOT_GROUP.fullmatch(body):
        return float(body.replace(".", ""))
    if _DECIMAL_POINT.fullmatch(body) or _SCIENTIFIC.fullmatch(body):
        return float(body)
    if _DECIMAL_COMMA.fullmatch(body):
        return float(body.replace(",", "."))
    for pattern, group, decimal in _GROUPED:
        if pattern.fullmatch(body):
            return float(body.replace(group, "").replace(decimal, "."))
    return None


def read_fraction(value):
    """A pairwise judgement: a number as above, or "1/3"."""
    if isinstance(value, str) and "/" in value:
        top, bottom = value.split("/", 1)
        top, bottom = read_number(top), read_number(bottom)
        if top is None or bottom is None or bottom == 0:
            raise NotANumber(value)
        return top / bottom
    return read_number(value)
