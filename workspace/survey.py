"""Importing survey rows (households, problems, facilities) into a workspace.

Used by ``csiap:importsurvey``. Reads CSV with the csv module (any delimiter,
UTF-8 or Latin-1) and everything else through OGR (XLSX, GeoJSON, GeoPackage
…); ``core.survey`` turns answers into schema values. A row with unusable
coordinates is rejected with the reason; an answer that fits no code or
range is left empty and noted; rows are matched by their uuid, so importing
the same export again updates rather than doubles them.
"""

import csv
import functools
import gc
import io
import os
import re
from dataclasses import dataclass, field
from typing import List

from osgeo import gdal, ogr, osr
from qgis.core import QgsGeometry, QgsPoint

from ..core import schema
from ..core.survey import (
    DEPRECATED_COLUMNS,
    ROOT_UUID_COLUMNS,
    SURVEY_LAYERS,
    BadValue,
    clean_uuid,
    converter,
    coordinate_columns,
    coordinate_problem,
    edit_roots,
    find_columns,
    find_coordinates,
    header_score,
    looks_like_metres,
    read_coordinates,
    stable_id,
    to_number,
    unknown_columns,
)
from ..core.survey import (
    _text as cell_text,  # a cell as the user sees it: 4.0 is "4"
)
from ..i18n import tr
from .project import kelurahan_outline
from .reports import Defect
from .storage import WorkspaceError, upsert_points

CSV_SUFFIXES = (".csv", ".txt", ".tsv")


def without_cycle_collection(function):
    """Run ``function`` with Python's cycle collector paused. A survey of 100,000 rows is
    millions of lists and strings, none in a cycle (reference counting frees them); while
    they are made the collector would walk them all again and again, a third of the time."""
    @functools.wraps(function)
    def paused(*args, **kwargs):
        enabled = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()
    return paused


@dataclass
class SurveyImport:
    layer: str
    columns: List[str]
    total: int = 0
    inserted: int = 0
    updated: int = 0
    rejected: list = field(default_factory=list)   # (row number, raw values, kind, detail)
    defects: List[Defect] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)  # about the whole file, for the user


@dataclass
class Table:
    """A survey file as columns and rows; ``points`` holds each row's (x, y) in
    ``crs_wkt`` where the file has geometry, else it is None. ``notes`` say how the
    file was read where that was not plain (encoding, header row, sheet);
    ``sheets`` lists a spreadsheet's sheets."""

    columns: List[str]
    rows: list
    points: list = None
    crs_wkt: str = None
    notes: List[str] = field(default_factory=list)
    sheets: List[str] = field(default_factory=list)


@without_cycle_collection
def read_table(path, language=None):
    """Read a survey file; raises ``WorkspaceError`` when it cannot."""
    if not os.path.isfile(path.split("|")[0]):
        raise WorkspaceError(tr("The survey file {path} does not exist.", language).format(path=path))
    if path.lower().endswith(CSV_SUFFIXES):
        return _read_csv(path, language)
    return _read_ogr(path, language)


# Files that are no text, by their first bytes: what they are, for the message.
SIGNATURES = ((b"PK\x03\x04", "ZIP (XLSX, ODS, KMZ)"), (b"\xd0\xcf\x11\xe0", "Excel 97-2003 (XLS)"),
              (b"%PDF", "PDF"), (b"SQLite format 3", "SQLite / GeoPackage"), (b"\x89PNG", "PNG"),
              (b"\xff\xd8\xff", "JPEG"))


def _decode(path, data, language):
    """The text of a CSV file and the numbers of the lines that were not UTF-8 (read
    as Windows-1252, Excel's "CSV" on Indonesian Windows, one line at a time so that
    one stray byte does not turn every other line into mojibake)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").lstrip("\ufeff"), []
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            raise WorkspaceError(tr("{path} is not a CSV text file but a {kind} file: give it its own extension "
                                    "(.xlsx, .gpkg …) or save it as CSV.", language).format(path=path, kind=kind))
    sample = data[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:   # UTF-16 without its mark
        return data.decode("utf-16-le", errors="replace").lstrip("\ufeff"), []
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return data.decode("utf-16-be", errors="replace").lstrip("\ufeff"), []
    if b"\x00" in sample:
        raise WorkspaceError(tr("{path} is not a CSV text file: it holds binary data (zero bytes). Save the survey "
                                "as CSV (UTF-8) or XLSX.", language).format(path=path))
    try:
        return data.decode("utf-8").lstrip("\ufeff"), []
    except UnicodeDecodeError:
        pass
    lines, fallback = [], []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("cp1252", errors="replace"))
            fallback.append(number)
    return "\n".join(lines).lstrip("\ufeff"), fallback


def _read_csv(path, language=None):
    with open(path, "rb") as handle:
        data = handle.read()
    text, fallback = _decode(path, data, language)
    delimiter = guess_delimiter(text)
    _check_row_delimiter(text, delimiter, language)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, lines = [], []   # the file's line where each row ends, where some lines needed Windows-1252
    try:
        columns = next(reader, None)
        if fallback:
            for row in reader:
                if any(row):
                    rows.append(row)
                    lines.append(reader.line_num)
        else:
            rows = [row for row in reader if any(row)]
    except csv.Error as error:
        line = max(reader.line_num, 1)
        if "field larger than field limit" in str(error):
            raise WorkspaceError(tr(
                "{path}: a cell starting near line {line} is longer than 128 KiB. Usually a quote (\") opens a "
                "cell and is never closed, so the rest of the file runs into it: check that line.",
                language).format(path=path, line=line)) from None
        raise WorkspaceError(tr("{path}: line {line} cannot be read as CSV ({reason}).", language).format(
            path=path, line=line, reason=error)) from None
    if not columns or not any(c.strip() for c in columns):
        raise WorkspaceError(tr("The survey file {path} is empty.", language).format(path=path))
    columns = [c.strip().lstrip("\ufeff") for c in columns]
    _check_unique_columns(path, columns, language)
    table = Table(columns, rows)
    if fallback:
        numbers = _rows_of_lines(fallback, lines)
        shown = ", ".join(str(n) for n in numbers[:20]) + (" …" if len(numbers) > 20 else "")
        table.notes.append(tr("{count} rows are not UTF-8 and were read as Windows-1252 (rows {rows}, counted "
                              "without the header): check their accented letters.", language).format(
                                  count=len(numbers), rows=shown or "1"))
    return table


def _rows_of_lines(fallback, lines):
    """Row numbers (1 = the first row after the header) of the file lines in ``fallback``."""
    rows, index = [], 0
    for line in fallback:
        while index < len(lines) and lines[index] < line:
            index += 1
        if index < len(lines) and (index + 1) not in rows:
            rows.append(index + 1)
    return rows


def _check_unique_columns(path, columns, language):
    seen = {}
    for number, column in enumerate(columns, start=1):
        key = column.lower()
        if not key:
            continue
        if key in seen:
            raise WorkspaceError(tr(
                "{path}: the column '{column}' appears twice (columns {first} and {second}), so which one to "
                "import is unclear: rename or delete one.", language).format(
                    path=path, column=column, first=seen[key], second=number))
        seen[key] = number


def _check_row_delimiter(text, delimiter, language):
    """Refuse a file whose header is separated by one delimiter and whose rows by
    another (a header typed by hand over an export): every row would be one cell."""
    lines = [line for line in text[:262144].splitlines() if line.strip()]
    if len(lines) < 2:
        return
    header, body = lines[0], lines[1:51]
    wanted = header.count(delimiter)
    if wanted == 0:
        return
    wrong = [line for line in body if line.count(delimiter) != wanted]
    if len(wrong) * 2 <= len(body):
        return
    for other in DELIMITERS:
        if other != delimiter and all(line.count(other) == wanted for line in wrong):
            raise WorkspaceError(tr(
                "The header row is separated by '{header}' but the rows by '{rows}': save the file again with one "
                "delimiter.", language).format(header=_shown(delimiter), rows=_shown(other)))


def _shown(delimiter):
    return "TAB" if delimiter == "\t" else delimiter


DELIMITERS = (",", ";", "\t", "|")


def guess_delimiter(text):
    """The delimiter the header line uses most (column names rarely hold one;
    csv.Sniffer guesses wrong on rows of empty answers)."""
    header = next((line for line in text[:65536].splitlines() if line.strip()), "")
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


SPREADSHEETS = ("XLSX", "ODS", "XLS")


def _open(path, language):
    """An OGR dataset, whatever GDAL's exception mode (QGIS >= 3.38 turns it on)."""
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise WorkspaceError(tr("{path} cannot be read as a table or vector file.", language).format(path=path))
    return dataset


def _read_ogr(path, language=None):
    name = None
    if "|layername=" in path:
        path, name = path.split("|layername=", 1)
    # A spreadsheet's first row holds the column names even when every cell is
    # text. GDAL 3.6 reads this setting (not the HEADERS open option), and only
    # when the sheet is first read: keep it set until the rows are in.
    with _headers("FORCE"):
        dataset = _open(path, language)
        layer = dataset.GetLayerByName(name) if name else dataset.GetLayer(0)
        if layer is None:
            raise WorkspaceError(tr("{path} has no layer or sheet named {name}.", language).format(
                path=path, name=name))
        table = _read_layer(layer)
        spreadsheet = dataset.GetDriver().ShortName in SPREADSHEETS
        sheets = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    if not spreadsheet:
        return table
    table.sheets = sheets
    if name or header_score(table.columns) > 0:
        return table
    # No column the import knows on the first row of the first sheet: look for the
    # header row (a title above it) and the sheet (the data on another one).
    found = _find_header(path, language)
    if found is None:
        return table
    sheet, row, header, rows = found
    width = len(header)
    columns = [cell_text(c) or "column_{}".format(i + 1) for i, c in enumerate(header)]
    found_table = Table(columns, [r[:width] for r in rows if any(c not in (None, "") for c in r)], sheets=sheets)
    found_table.notes.append(tr("The column names were found on row {row} of the sheet '{sheet}'.",
                                language).format(row=row, sheet=sheet))
    return found_table


def _find_header(path, language, rows_searched=30):
    """``(sheet, row number, header cells, rows below it)`` of the row naming the most
    known columns, over every sheet; None where no row names any."""
    best, best_score = None, 0
    with _headers("DISABLE"):
        dataset = _open(path, language)
        for index in range(dataset.GetLayerCount()):
            layer = dataset.GetLayer(index)
            cells = _read_layer(layer).rows
            for number, row in enumerate(cells[:rows_searched], start=1):
                score = header_score([cell_text(c) for c in row])
                if score > best_score:
                    best, best_score = (layer.GetName(), number, row, cells[number:]), score
    return best


class _headers:
    """GDAL's spreadsheet header setting for the time of a ``with`` block."""

    KEYS = ("OGR_XLSX_HEADERS", "OGR_ODS_HEADERS")

    def __init__(self, value):
        self.value = value

    def __enter__(self):
        self.previous = {key: gdal.GetConfigOption(key) for key in self.KEYS}
        for key in self.KEYS:
            gdal.SetConfigOption(key, self.value)

    def __exit__(self, *exc):
        for key, value in self.previous.items():
            gdal.SetConfigOption(key, value)


def _read_layer(layer):
    definition = layer.GetLayerDefn()
    columns = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    rows, points = [], []
    has_geometry = layer.GetGeomType() != ogr.wkbNone
    for feature in layer:
        rows.append([feature.GetField(i) for i in range(len(columns))])
        geometry = feature.GetGeometryRef() if has_geometry else None
        points.append(None if geometry is None or geometry.IsEmpty() else
                      (geometry.Centroid().GetX(), geometry.Centroid().GetY()))
    srs = layer.GetSpatialRef()
    return Table(columns, rows, points if has_geometry else None, srs.ExportToWkt() if srs else None)


def _transformation(source_wkt, target_wkt):
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromWkt(source_wkt)
    target.ImportFromWkt(target_wkt)
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, target)


WGS84_WKT = osr.SRS_WKT_WGS84_LAT_LONG

# A coordinate as most exports write it ("-6.2612", "106.78"): read_number takes it to
# the same float as float() does, through a dozen steps that cost more than the rest of
# a row's reading. Anything else (decimal comma, spaces, numbers from a spreadsheet) goes
# the whole way.
PLAIN_DECIMAL = re.compile(r"[+-]?[0-9]*\.?[0-9]+")


def _latlon_reader(how):
    """``read_coordinates(row, how)`` for latitude and longitude columns, faster where
    the cells are plain decimals."""
    _kind, lat_index, lon_index = how

    def degrees(cell):
        if type(cell) is str and PLAIN_DECIMAL.fullmatch(cell):
            return float(cell)
        return to_number(cell)

    def read_point(row):
        lat, lon = degrees(row[lat_index]), degrees(row[lon_index])
        return None if lat is None or lon is None else (lon, lat)

    return read_point


class SurveyImporter:
    def __init__(self, workspace_path, layer_name, mapping=None, latitude=None, longitude=None, language=None,
                 coordinate_crs_wkt=None):
        if layer_name not in SURVEY_LAYERS:
            raise WorkspaceError(tr("Surveys are imported into {layers}, not {layer}.", language).format(
                layers=", ".join(SURVEY_LAYERS), layer=layer_name))
        self.path = workspace_path
        self.layer_def = schema.layer(layer_name)
        self.mapping = mapping or {}
        self.latitude, self.longitude = latitude, longitude
        self.language = language
        # The CRS of the coordinate columns, where they hold no degrees (UTM metres).
        self.coordinate_crs_wkt = coordinate_crs_wkt or WGS84_WKT
        outline, crs = kelurahan_outline(workspace_path)
        self.crs_wkt = crs.toWkt()
        self.outline = None
        if outline is not None:
            self.outline = QgsGeometry.createGeometryEngine(outline.constGet())
            self.outline.prepareGeometry()

    @without_cycle_collection
    def run(self, table, feedback=None):
        result = SurveyImport(self.layer_def.name, table.columns, total=len(table.rows), notes=list(table.notes))
        self._check_mapping(table)
        found = find_columns(table.columns, self.layer_def, self.mapping)
        how = None
        if table.points is None or (self.latitude and self.longitude):
            how = find_coordinates(table.columns, self.latitude, self.longitude)
            if how is None:
                message = tr("No coordinates found in the survey file: give the latitude and longitude columns.",
                             self.language)
                if len(table.sheets) > 1:
                    message += " " + tr("The file has the sheets {sheets}: give the one with the rows as "
                                        "'file.xlsx|layername=SHEET'.", self.language).format(
                                            sheets=", ".join(table.sheets))
                raise WorkspaceError(message)
        if self.outline is None:
            result.notes.append(tr("The workspace has no kelurahan outline: rows were not checked to lie inside "
                                   "the kelurahan.", self.language))
        self._note_unknown_columns(table.columns, found, how, result)
        width = len(table.columns)
        rows = [row if len(row) >= width else list(row) + [None] * (width - len(row)) for row in table.rows]
        positions = self._positions(rows, table, how, result)
        if feedback is not None:
            feedback.setProgress(30)
        kept = self._unique_rows(rows, positions, table.columns, found.get("uuid"), result)
        # Column by column: one converter over many cells is much cheaper than
        # a dictionary per row (exports run to 100,000 rows).
        names = ["uuid", "data_source"]
        columns = [[self._keys[i] for i in kept], ["survey"] * len(kept)]
        source_columns = list(zip(*rows)) if rows else [()] * width   # transposed once, in C
        everything = len(kept) == len(rows)
        for name, index in found.items():
            if name == "uuid":
                continue
            if feedback is not None and feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
            cells = source_columns[index] if everything else [source_columns[index][i] for i in kept]
            values = self._convert_column(name, cells, kept, result)
            if name == "data_source":
                columns[1] = [v or "survey" for v in values]
            else:
                names.append(name)
                columns.append(values)
        if feedback is not None:
            feedback.setProgress(70)
        accepted = self._required(names, columns, rows, kept, result)
        records = list(zip(*columns))
        upserts = [(records[k], positions[kept[k]]) for k in accepted]
        result.inserted, result.updated = upsert_points(self.path, self.layer_def.name, names, upserts)
        return result

    def _check_mapping(self, table):
        """A mapping naming a field the layer lacks, or a column the file lacks, is refused."""
        known = [f.name for f in self.layer_def.fields]
        wrong = [name for name in self.mapping if name not in known]
        if wrong:
            raise WorkspaceError(tr("The field mapping names fields that {layer} does not have: {names}. Its "
                                    "fields are: {known}.", self.language).format(
                                        layer=self.layer_def.name, names=", ".join(wrong), known=", ".join(known)))
        missing = [column for column in self.mapping.values() if column and column not in table.columns]
        missing += [c for c in (self.latitude, self.longitude) if c and c not in table.columns]
        if missing:
            raise WorkspaceError(tr("The survey file has no columns {missing}. Its columns are: {columns}.",
                                    self.language).format(missing=", ".join(missing),
                                                          columns=", ".join(table.columns)))

    def _note_unknown_columns(self, columns, found, how, result):
        unknown = unknown_columns(columns, self.layer_def, found, coordinate_columns(columns, how))
        if not unknown:
            return
        shown = ", ".join(column for column, _field in unknown)
        suggested = "; ".join("{}={}".format(f, column) for column, f in unknown if f)
        note = tr("Columns not imported (no field of {layer} has their name): {columns}.", self.language).format(
            layer=self.layer_def.name, columns=shown)
        if suggested:
            note += " " + tr("To import them, give the field mapping: {mapping}", self.language).format(
                mapping=suggested)
        result.notes.append(note)

    def _row_ids(self, rows, columns, uuid_index, result):
        """Each row's key: its uuid (Kobo's root uuid, ODK's first instanceID of an edit
        chain), else one derived from its answers; and the row's own id."""
        lowered = [c.strip().lower() for c in columns]
        root = next((lowered.index(c) for c in ROOT_UUID_COLUMNS if c in lowered), None)
        deprecated = next((lowered.index(c) for c in DEPRECATED_COLUMNS if c in lowered), None)
        own = [clean_uuid(row[uuid_index]) for row in rows] if uuid_index is not None else [""] * len(rows)
        keys = list(own)
        if deprecated is not None:
            keys = edit_roots(own, [clean_uuid(row[deprecated]) for row in rows])
        if root is not None:
            keys = [clean_uuid(row[root]) or key for row, key in zip(rows, keys)]
        derived = 0
        for i, key in enumerate(keys):
            if not key:
                keys[i] = stable_id(rows[i])
                derived += 1
        if derived:
            result.notes.append(tr("{count} rows have no ID (uuid): each was given one made from its answers, the "
                                   "same on every import of the same row.", self.language).format(count=derived))
        replaced = {clean_uuid(row[deprecated]) for row in rows} if deprecated is not None else set()
        return keys, own, replaced

    def _unique_rows(self, rows, positions, columns, uuid_index, result):
        """Rows with a position, one per ID: of rows with the same ID, the edit wins
        (the row whose id no other row replaces, else the later row in the file)."""
        self._keys, own, replaced = self._row_ids(rows, columns, uuid_index, result)
        if len(set(self._keys)) == len(self._keys):   # the usual export: every id once
            return [i for i, position in enumerate(positions) if position is not None]
        groups = {}
        for i, position in enumerate(positions):
            if position is not None:
                groups.setdefault(self._keys[i], []).append(i)
        winners = {}
        for key, members in groups.items():
            current = [i for i in members if own[i] not in replaced] or members
            winners[key] = current[-1]
        kept = []
        for i, position in enumerate(positions):
            if position is None:
                continue
            winner = winners[self._keys[i]]
            if i != winner:
                self._reject(result, i + 1, rows[i], "duplicate_uuid", tr(
                    "{key}: row {winner} has the same ID and is imported instead, as the later edit",
                    self.language).format(key=self._keys[i], winner=winner + 1))
                continue
            kept.append(i)
        return kept

    def _convert_column(self, name, column, kept, result):
        """The converted ``column`` (the cells of the ``kept`` rows); bad answers noted."""
        convert = converter(self.layer_def.field(name))
        bad = {}

        def converted(cell):
            try:
                return convert(cell)
            except BadValue as error:
                bad[cell] = error
                return None

        # Answers repeat ("own", "ya", "2026-09-07"): each distinct one is converted
        # once, the rest looked up, in one pass (100,000-row exports).
        try:
            values = list(map(functools.lru_cache(maxsize=None)(converted), column))
        except TypeError:   # an unhashable cell (an OGR list field): one by one
            values = []
            for cell in column:
                try:
                    values.append(convert(cell))
                except BadValue as error:
                    values.append(None)
                    bad[repr(cell)] = error
            return values
        if bad:
            for i, cell in zip(kept, column):
                if cell in bad:
                    result.defects.append(Defect(None, "", str(i + 1), "bad_value", "imported",
                                                 "{} = '{}' ({})".format(name, cell, bad[cell].text(self.language))))
        return values

    def _required(self, names, columns, rows, kept, result):
        """Positions in ``kept`` of the rows that have every required field."""
        required = [names.index(f.name) for f in self.layer_def.fields
                    if f.required and f.name != "uuid" and f.name in names]
        missing_columns = [f.name for f in self.layer_def.fields
                           if f.required and f.name != "uuid" and f.name not in names]
        accepted = []
        for k, i in enumerate(kept):
            missing = missing_columns + [names[c] for c in required if columns[c][k] is None]
            if missing:
                self._reject(result, i + 1, rows[i], "bad_value",
                             tr("required: {fields}", self.language).format(fields=", ".join(missing)))
            else:
                accepted.append(k)
        return accepted

    def _positions(self, rows, table, how, result):
        """Each row's (x, y) in the workspace CRS, or None for a rejected row."""
        to_wgs84 = None
        if how is None and table.crs_wkt:
            to_wgs84 = _transformation(table.crs_wkt, WGS84_WKT)
        elif how is not None and self.coordinate_crs_wkt != WGS84_WKT:
            to_wgs84 = _transformation(self.coordinate_crs_wkt, WGS84_WKT)
        to_workspace = _transformation(WGS84_WKT, self.crs_wkt)
        points, metres, read = [], [], 0
        read_point = _latlon_reader(how) if how is not None and how[0] == "latlon" else None
        for number, row in enumerate(rows, start=1):
            try:
                if read_point is not None:
                    point = read_point(row)
                else:
                    point = read_coordinates(row, how) if how is not None else table.points[number - 1]
            except BadValue as error:
                self._reject(result, number, row, "no_coordinates", error.text(self.language))
                points.append(None)
                continue
            hint = None
            read += point is not None
            if point is not None and to_wgs84 is not None:
                point = to_wgs84.TransformPoint(*point)[:2]
            elif point is not None and how is not None and not (abs(point[0]) <= 180 and abs(point[1]) <= 180):
                hint = looks_like_metres(*point)
            if hint is not None:
                metres.append((number, point, hint))
                self._reject(result, number, row, "outside_indonesia", tr(
                    "x {x:.0f}, y {y:.0f}: these look like metres, not degrees: {crs}?", self.language).format(
                        x=point[0], y=point[1], crs=hint or "?"))
                points.append(None)
                continue
            problem = "no_coordinates" if point is None else coordinate_problem(*point)
            if problem is not None:
                detail = "" if point is None else "lat {:.6f}, lon {:.6f}".format(point[1], point[0])
                self._reject(result, number, row, problem, detail)
                point = None
            points.append(point)
        named = [m for m in metres if m[2]]   # only where a CRS can be named
        # The whole file in metres: most rows with coordinates, and none in degrees.
        if named and len(named) * 2 > read and not any(p is not None for p in points):
            number, point, hint = named[0]
            raise WorkspaceError(tr(
                "The coordinates look like metres, not degrees (row {row}: x {x:.0f}, y {y:.0f}), most likely "
                "{crs}. Choose that CRS as the 'CRS of the coordinate columns', or export the survey in WGS 84 "
                "degrees.", self.language).format(row=number, x=point[0], y=point[1], crs=hint or "a projected CRS"))
        valid = [p for p in points if p is not None]
        # One call for every point: GDAL loops in C.
        moved = iter(to_workspace.TransformPoints(valid)) if valid else iter(())
        positions = []
        for number, point in enumerate(points, start=1):
            position = None
            if point is not None:
                position = next(moved)[:2]
                if self.outline is not None and not self.outline.intersects(QgsPoint(*position)):
                    self._reject(result, number, rows[number - 1], "outside_kelurahan",
                                 "lat {:.6f}, lon {:.6f}".format(point[1], point[0]))
                    position = None
            positions.append(position)
        return positions

    def _reject(self, result, number, row, kind, detail=""):
        result.rejected.append((number, row, kind, detail))
        result.defects.append(Defect(None, "", str(number), kind, "rejected", detail))
