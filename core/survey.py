"""Reading survey rows as field teams export them. Pure Python.

- Columns are found by the schema's field names, also inside groups as Kobo
  ("group/field") and ODK Central ("group-field") write them, or through an
  explicit mapping ``{field: column}``.
- Coordinates come from latitude/longitude columns (Kobo ``_<point>_latitude``,
  ODK ``<point>-Latitude``, ``lat``/``lintang`` …), a geopoint column
  ("lat lon alt accuracy") or Kobo's ``_geolocation`` ("[lat, lon]").
- select_one answers may be codes or labels, in Indonesian or English.
- Numbers may use a decimal comma; yes/no in either language.

Each converter returns the value or raises ``BadValue`` with the reason.
"""

import datetime
import re

from . import schema
from .numbers import NotANumber, read_number

# The layers a survey is imported into, in the order csiap:importsurvey offers them.
SURVEY_LAYERS = ("households", "problems", "facilities")

# Indonesia's extent, generously: Sabang to Merauke, Miangas to Rote.
INDONESIA = (94.0, -11.5, 141.5, 6.5)   # min lon, min lat, max lon, max lat

TRUE = {"1", "yes", "ya", "y", "true", "benar", "t"}
FALSE = {"0", "no", "tidak", "n", "false", "salah", "f", "tdk"}
UUID_COLUMNS = ("uuid", "_uuid", "meta/instanceid", "meta-instanceid", "instanceid", "key")
LATITUDE_NAMES = ("latitude", "lat", "lintang", "y")
LONGITUDE_NAMES = ("longitude", "lon", "lng", "long", "bujur", "x")
GEOPOINT_NAMES = ("location", "lokasi", "geopoint", "gps", "koordinat")


class BadValue(ValueError):
    """An answer that cannot be read; ``reason`` (a ``schema.Label``) says why in
    both languages, ``text(language)`` for the user."""

    def __init__(self, reason, **values):
        super().__init__(reason.en.format(**values))
        self.reason, self.values = reason, values

    def text(self, language):
        return self.reason.text(language).format(**self.values)


# Why an answer was not read, in both languages (shown in import reports).
NOT_A_NUMBER = schema.Label("bukan angka", "not a number")
NOT_WHOLE = schema.Label("bukan bilangan bulat", "not a whole number")
NOT_YES_NO = schema.Label("bukan ya/tidak", "not yes or no")
NOT_A_DATE = schema.Label("bukan tanggal", "not a date")
NOT_IN_LIST = schema.Label("tidak ada dalam daftar", "not in the list")
BELOW = schema.Label("di bawah {limit:g}", "below {limit:g}")
ABOVE = schema.Label("di atas {limit:g}", "above {limit:g}")
NOT_COORDINATES = schema.Label("bukan pasangan koordinat", "not a coordinate pair")


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return str(value).strip()


def to_number(value, integer=False):
    """A number from "12", "12.5", "12,5" or a number; None when empty. Where a whole
    number is wanted (counts), "1.234" is read as 1234: a count has no decimals, and
    Indonesian spreadsheets group thousands with a dot (``core.numbers`` reads it)."""
    try:
        number = read_number(value, thousands=integer)
    except NotANumber:
        raise BadValue(NOT_A_NUMBER) from None
    if number is None:
        return None
    if integer:
        if number != int(number):
            raise BadValue(NOT_WHOLE)
        return int(number)
    return number


_BOOLEANS = {**{k: True for k in TRUE}, **{k: False for k in FALSE}}


def to_boolean(value):
    if value is None or value == "":
        return None
    if value is True or value is False:
        return value
    if value in _BOOLEANS:
        return _BOOLEANS[value]
    text = _text(value).lower()
    if not text:
        return None
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise BadValue(NOT_YES_NO)


def to_date(value):
    """ISO dates and date-times, and Indonesian day/month/year."""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and len(value) == 10:
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    text = _text(value)
    if not text:
        return None
    match = re.match(r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})", text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.match(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$", text)
        if not match:
            raise BadValue(NOT_A_DATE)
        day, month, year = (int(g) for g in match.groups())
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        raise BadValue(NOT_A_DATE) from None


def codelist_converter(codelist):
    """Code, or label in either language, to the code (case and spacing ignored)."""
    lookup, exact = {}, {}
    for code in codelist.codes:
        for key in (code.value, code.label.id, code.label.en):
            exact[key] = code.value
            lookup[" ".join(key.lower().split())] = code.value

    def convert(value):
        if value in exact:  # the usual case: the code itself, as the form exported it
            return exact[value]
        if value is None or value == "":
            return None
        text = " ".join(_text(value).lower().split())
        if not text:
            return None
        if text not in lookup:
            raise BadValue(NOT_IN_LIST)
        return lookup[text]

    return convert


def converter(field):
    """The function turning an exported answer into the value of ``field``."""
    if field.codelist is not None:
        convert = codelist_converter(field.codelist)
    elif field.type == schema.BOOLEAN:
        convert = to_boolean
    elif field.type == schema.DATE:
        convert = to_date
    elif field.type in (schema.INTEGER, schema.REAL):
        integer = field.type == schema.INTEGER

        def convert(value):
            number = to_number(value, integer)
            if number is not None and field.minimum is not None and number < field.minimum:
                raise BadValue(BELOW, limit=field.minimum)
            if number is not None and field.maximum is not None and number > field.maximum:
                raise BadValue(ABOVE, limit=field.maximum)
            return number
    else:
        def convert(value):
            if isinstance(value, str):
                return value.strip() or None
            return _text(value) or None
    return convert


def _leaf(column):
    """"group/sub/field" and "group-field" → "field"; lower case."""
    return re.split(r"[/-]", column.strip().lower())[-1]


def find_columns(columns, layer_def, mapping=None):
    """``{field: column index}`` for the fields of ``layer_def`` found in ``columns``."""
    mapping = {k: v for k, v in (mapping or {}).items() if v}
    lowered = [c.strip().lower() for c in columns]
    found = {}
    for field in layer_def.fields:
        if field.name in mapping:
            if mapping[field.name] in columns:
                found[field.name] = columns.index(mapping[field.name])
            continue
        if field.computed and field.name not in ("rw", "rt"):
            continue
        names = UUID_COLUMNS if field.name == "uuid" else (field.name,)
        for name in names:
            if name in lowered:
                found[field.name] = lowered.index(name)
                break
        else:
            leaves = [i for i, c in enumerate(columns) if not c.startswith("_") and _leaf(c) == field.name]
            if leaves:
                found[field.name] = leaves[0]
    return found


def find_coordinates(columns, latitude=None, longitude=None):
    """How to read a row's position: ``("latlon", lat index, lon index)``,
    ``("geopoint", index)`` ("lat lon …") or ``("geolocation", index)`` ("[lat, lon]"); or None."""
    if latitude and longitude:
        return ("latlon", columns.index(latitude), columns.index(longitude))
    lowered = [c.strip().lower() for c in columns]
    lat = [i for i, c in enumerate(lowered) if c.endswith(("_latitude", "-latitude")) or c in LATITUDE_NAMES]
    lon = [i for i, c in enumerate(lowered) if c.endswith(("_longitude", "-longitude")) or c in LONGITUDE_NAMES]
    if lat and lon:
        return ("latlon", lat[0], lon[0])
    if "_geolocation" in lowered:
        return ("geolocation", lowered.index("_geolocation"))
    for name in GEOPOINT_NAMES:
        for i, c in enumerate(lowered):
            if _leaf(c) == name:
                return ("geopoint", i)
    return None


def read_coordinates(row, how):
    """``(lon, lat)`` from a row, or None when it has none."""
    if how is None:
        return None
    if how[0] == "latlon":
        lat, lon = to_number(row[how[1]]), to_number(row[how[2]])
        return None if lat is None or lon is None else (lon, lat)
    text = _text(row[how[1]]).strip("[]() ")
    if not text:
        return None
    parts = [p for p in re.split(r"[\s,;]+", text) if p]
    if len(parts) < 2:
        raise BadValue(NOT_COORDINATES)
    lat, lon = to_number(parts[0]), to_number(parts[1])
    return (lon, lat)


def _in_indonesia(lon, lat):
    return INDONESIA[0] <= lon <= INDONESIA[2] and INDONESIA[1] <= lat <= INDONESIA[3]


def coordinate_problem(lon, lat):
    """None when (lon, lat) may be in Indonesia, else the defect kind."""
    if lon == 0 and lat == 0:
        return "zero_coordinates"
    if _in_indonesia(lon, lat):
        return None
    if _in_indonesia(lat, lon):
        return "swapped_coordinates"
    return "outside_indonesia"


def parse_mapping(text):
    """"members=jiwa; toilet_access = q5" → ``{"members": "jiwa", "toilet_access": "q5"}``."""
    mapping = {}
    for part in re.split(r"[;\n]", text or ""):
        if "=" in part:
            field, column = part.split("=", 1)
            mapping[field.strip()] = column.strip()
    return mapping


def clean_uuid(value):
    """Kobo/ODK instance ids come as "uuid:…"; the workspace keeps the bare id."""
    text = _text(value)
    return text[5:] if text.lower().startswith("uuid:") else text


# --- Which columns, which id, which sheet, which CRS (issue 14) --------------------

# Kobo's root uuid stays the same across edits of a submission; an ODK edit carries
# the id of the submission it replaces in deprecatedID.
ROOT_UUID_COLUMNS = ("meta/rootuuid", "meta-rootuuid", "_root_uuid", "rootuuid")
DEPRECATED_COLUMNS = ("meta/deprecatedid", "meta-deprecatedid", "deprecatedid")
# What Kobo and ODK add to every export, and nobody means to import.
EXPORT_METADATA = {"start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
                   "audit", "submissiondate", "submitterid", "submittername", "attachmentspresent",
                   "attachmentsexpected", "status", "reviewstate", "devicedate", "edits", "formversion",
                   "instancename", "index", "id", "fid", "ogc_fid", "row", "no", "nomor"}


def is_export_metadata(column):
    name = column.strip().lower()
    return (not name or name.startswith("_") or name.startswith(("meta/", "meta-")) or name in EXPORT_METADATA
            or _leaf(name) in EXPORT_METADATA)


def coordinate_columns(columns, how):
    """The indices of ``columns`` that ``how`` (from ``find_coordinates``) reads, with
    the altitude and accuracy columns that come with a Kobo/ODK geopoint."""
    if how is None:
        return set()
    used = set(how[1:])
    stems = set()
    for index in used:
        name = columns[index].strip().lower()
        for end in ("_latitude", "-latitude", "_longitude", "-longitude"):
            if name.endswith(end):
                stems.add(name[:-len(end)])
    for i, column in enumerate(columns):
        name = column.strip().lower()
        if _leaf(name) in GEOPOINT_NAMES or name == "_geolocation":   # the same point, written once more
            used.add(i)
        if any(name.startswith(stem) and name[len(stem):] in ("_altitude", "-altitude", "_precision", "-accuracy")
               for stem in stems):
            used.add(i)
    return used


def unknown_columns(columns, layer_def, found, used=()):
    """``[(column, suggested field or None)]``: the columns of a survey file that
    nothing imports (neither a field nor the coordinates nor export metadata), each
    with the field a mapping could take it into."""
    taken = set(found.values()) | set(used)
    names = [f.name for f in layer_def.fields if not f.computed]
    unknown = []
    for index, column in enumerate(columns):
        if index in taken or is_export_metadata(column) or column.strip().lower() in UUID_COLUMNS:
            continue
        unknown.append((column, suggest_field(column, layer_def, names)))
    return unknown


def suggest_field(column, layer_def, names):
    """The field whose name or alias is closest to ``column`` ("toilet" →
    toilet_access, "head_name" → household_head), or None."""
    import difflib

    leaf = _leaf(column)
    words = set(re.split(r"[_\s]+", leaf)) - {""}
    best, best_score = None, 0.0
    for name in names:
        field = layer_def.field(name)
        keys = [name, field.alias.id.lower(), field.alias.en.lower()]
        score = max(difflib.SequenceMatcher(None, leaf, key).ratio() for key in keys)
        score = score if score >= 0.75 else 0.0   # a near-spelling ("toilett"), not a shared letter or two
        shared = words & set(re.split(r"[_\s()]+", " ".join(keys)))
        if shared:
            score = max(score, 0.6 + 0.1 * len(shared))
        if score > best_score:
            best, best_score = name, score
    return best if best_score >= 0.6 else None


def stable_id(row):
    """An id derived from a row's answers, the same on every import of the same row,
    for files without an id column (a random one would add the row again each time)."""
    import hashlib

    digest = hashlib.sha256("\x1f".join(_text(v) for v in row).encode("utf-8")).hexdigest()
    return "row-" + digest[:32]


def edit_roots(ids, deprecated):
    """For each row, the id it is known by: an ODK edit (its deprecatedID naming the
    submission it replaces) takes the id of the first submission of its chain."""
    replaces = {i: d for i, d in zip(ids, deprecated) if i and d and i != d}
    roots = []
    for identifier in ids:
        seen = set()
        while identifier in replaces and identifier not in seen:   # a loop in a broken chain stops
            seen.add(identifier)
            identifier = replaces[identifier]
        roots.append(identifier)
    return roots


def header_score(cells):
    """How many cells name a column the survey import knows (fields of the survey
    layers, ids, coordinates): the header row of a sheet scores highest."""
    known = set(UUID_COLUMNS) | set(LATITUDE_NAMES) | set(LONGITUDE_NAMES) | {"_geolocation", "lokasi", "location"}
    for name in ("households", "problems", "facilities"):
        known.update(f.name for f in schema.layer(name).fields)
    score = 0
    for cell in cells:
        if not isinstance(cell, str) or not cell.strip():
            continue
        name = cell.strip().lower()
        if name in known or _leaf(name) in known or name.endswith(("_latitude", "_longitude", "-latitude",
                                                                   "-longitude")):
            score += 1
    return score


def looks_like_metres(x, y):
    """Which projected CRS a coordinate pair in metres most likely comes from, as a
    hint for the user ("EPSG:3857" or a UTM zone range), or None for degrees."""
    if abs(x) <= 180 and abs(y) <= 180:   # degrees, maybe swapped
        return None
    if 10.0e6 <= abs(x) <= 16.0e6:
        return "EPSG:3857 (WGS 84 / Pseudo-Mercator)"
    if 10.0e6 <= abs(y) <= 16.0e6 and abs(x) <= 1.5e6:
        return "EPSG:3857 (WGS 84 / Pseudo-Mercator)"
    if 100e3 <= x <= 900e3 and 8.7e6 <= y <= 10e6:
        return "WGS 84 / UTM 46S–54S (EPSG:32746–32754; Jakarta: EPSG:32748, UTM 48S)"
    if 100e3 <= x <= 900e3 and 0 <= y <= 0.75e6:
        return "WGS 84 / UTM 46N–54N (EPSG:32646–32654)"
    if 100e3 <= y <= 900e3 and 8.7e6 <= x <= 10e6:
        return "WGS 84 / UTM 46S–54S (EPSG:32746–32754), with x and y swapped"
    return ""
