"""Importing survey rows (households, problems, facilities) into a workspace.

Used by ``csiap:importsurvey``. Reads CSV with the csv module (any delimiter,
UTF-8 or Latin-1) and everything else through OGR (XLSX, GeoJSON, GeoPackage
…); ``core.survey`` turns answers into schema values. A row with unusable
coordinates is rejected with the reason; an answer that fits no code or
range is left empty and noted; rows are matched by their uuid, so importing
the same export again updates rather than doubles them.
"""

import csv
import io
import os
import uuid
from dataclasses import dataclass, field
from typing import List

from osgeo import gdal, ogr, osr
from qgis.core import QgsGeometry, QgsPoint

from ..core import schema
from ..core.survey import (
    BadValue,
    clean_uuid,
    converter,
    coordinate_problem,
    find_columns,
    find_coordinates,
    read_coordinates,
)
from ..i18n import tr
from .geopackage import WorkspaceError, upsert_points
from .project import kelurahan_outline
from .reports import Defect

SURVEY_LAYERS = ("households", "problems", "facilities")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass
class SurveyImport:
    layer: str
    columns: List[str]
    total: int = 0
    inserted: int = 0
    updated: int = 0
    rejected: list = field(default_factory=list)   # (row number, raw values, kind, detail)
    defects: List[Defect] = field(default_factory=list)


@dataclass
class Table:
    """A survey file as columns and rows; ``points`` holds each row's (x, y) in
    ``crs_wkt`` where the file has geometry, else it is None."""

    columns: List[str]
    rows: list
    points: list = None
    crs_wkt: str = None


def read_table(path):
    """Read a survey file; raises ``WorkspaceError`` when it cannot."""
    if not os.path.isfile(path.split("|")[0]):
        raise WorkspaceError(tr("The survey file {path} does not exist.").format(path=path))
    if path.lower().endswith(CSV_SUFFIXES):
        return _read_csv(path)
    return _read_ogr(path)


def _read_csv(path):
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")  # Excel's "CSV" on Indonesian Windows
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=guess_delimiter(text))
    columns = next(reader, None)
    if not columns:
        raise WorkspaceError(tr("The survey file {path} is empty.").format(path=path))
    return Table([c.strip() for c in columns], [row for row in reader if any(row)])


DELIMITERS = (",", ";", "\t", "|")


def guess_delimiter(text):
    """The delimiter the header line uses most (column names rarely hold one;
    csv.Sniffer guesses wrong on rows of empty answers)."""
    header = next((line for line in text[:65536].splitlines() if line.strip()), "")
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_ogr(path):
    name = None
    if "|layername=" in path:
        path, name = path.split("|layername=", 1)
    # A spreadsheet's first row holds the column names even when every cell is
    # text. GDAL 3.6 reads this setting (not the HEADERS open option), and only
    # when the sheet is first read: keep it set until the rows are in.
    previous = {key: gdal.GetConfigOption(key) for key in ("OGR_XLSX_HEADERS", "OGR_ODS_HEADERS")}
    for key in previous:
        gdal.SetConfigOption(key, "FORCE")
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
        if dataset is None:
            raise WorkspaceError(tr("{path} cannot be read as a table or vector file.").format(path=path))
        return _read_layer(dataset.GetLayerByName(name) if name else dataset.GetLayer(0))
    finally:
        for key, value in previous.items():
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


class SurveyImporter:
    def __init__(self, workspace_path, layer_name, mapping=None, latitude=None, longitude=None, language=None):
        if layer_name not in SURVEY_LAYERS:
            raise WorkspaceError(tr("Surveys are imported into {layers}, not {layer}.").format(
                layers=", ".join(SURVEY_LAYERS), layer=layer_name))
        self.path = workspace_path
        self.layer_def = schema.layer(layer_name)
        self.mapping = mapping or {}
        self.latitude, self.longitude = latitude, longitude
        self.language = language
        outline, crs = kelurahan_outline(workspace_path)
        self.crs_wkt = crs.toWkt()
        self.outline = None
        if outline is not None:
            self.outline = QgsGeometry.createGeometryEngine(outline.constGet())
            self.outline.prepareGeometry()

    def run(self, table, feedback=None):
        result = SurveyImport(self.layer_def.name, table.columns, total=len(table.rows))
        found = find_columns(table.columns, self.layer_def, self.mapping)
        how = None
        if table.points is None or (self.latitude and self.longitude):
            how = find_coordinates(table.columns, self.latitude, self.longitude)
            if how is None:
                raise WorkspaceError(tr(
                    "No coordinates found in the survey file: give the latitude and longitude columns.",
                    self.language))
        width = len(table.columns)
        rows = [row if len(row) >= width else list(row) + [None] * (width - len(row)) for row in table.rows]
        positions = self._positions(rows, table, how, result)
        if feedback is not None:
            feedback.setProgress(30)
        kept = self._unique_rows(rows, positions, found.get("uuid"), result)
        # Column by column: one converter over many cells is much cheaper than
        # a dictionary per row (exports run to 100,000 rows).
        names = ["uuid", "data_source"]
        columns = [[self._keys[i] or str(uuid.uuid4()) for i in kept], ["survey"] * len(kept)]
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

    def _unique_rows(self, rows, positions, uuid_index, result):
        """Rows with a position and an ID not seen earlier in the file."""
        self._keys = [clean_uuid(row[uuid_index]) for row in rows] if uuid_index is not None else [""] * len(rows)
        seen, kept = set(), []
        for i, position in enumerate(positions):
            if position is None:
                continue
            key = self._keys[i]
            if key and key in seen:
                self._reject(result, i + 1, rows[i], "duplicate_uuid", key)
                continue
            seen.add(key)
            kept.append(i)
        return kept

    def _convert_column(self, name, column, kept, result):
        """The converted ``column`` (the cells of the ``kept`` rows); bad answers noted."""
        convert = converter(self.layer_def.field(name))
        # Answers repeat ("own", "ya", "2026-09-07"): convert each distinct one
        # once, then look the rest up (100,000-row exports).
        try:
            distinct = set(column)
        except TypeError:   # an unhashable cell (an OGR list field): one by one
            distinct = None
        converted, bad = {}, {}
        for cell in (distinct if distinct is not None else ()):
            try:
                converted[cell] = convert(cell)
            except BadValue as error:
                converted[cell], bad[cell] = None, error
        if distinct is None:
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
        return list(map(converted.__getitem__, column))

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
        to_workspace = _transformation(WGS84_WKT, self.crs_wkt)
        points = []
        for number, row in enumerate(rows, start=1):
            try:
                point = read_coordinates(row, how) if how is not None else table.points[number - 1]
            except BadValue as error:
                self._reject(result, number, row, "no_coordinates", error.text(self.language))
                points.append(None)
                continue
            if point is not None and to_wgs84 is not None:
                point = to_wgs84.TransformPoint(*point)[:2]
            problem = "no_coordinates" if point is None else coordinate_problem(*point)
            if problem is not None:
                detail = "" if point is None else "lat {:.6f}, lon {:.6f}".format(point[1], point[0])
                self._reject(result, number, row, problem, detail)
                point = None
            points.append(point)
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
