"""Importing RW/RT polygons: read, filter, normalise, check, repair, report, write.

Used by ``csiap:importboundaries``. Every input feature ends up imported,
rejected (with its reason) or left out by the kelurahan filter; every defect
is reported per feature in the user's language, whether it was repaired,
merged, only noted or made the feature be rejected. Checks run in a projected
CRS (the workspace's, or the UTM zone of the input) so that tolerances are in
square metres.
"""

import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsSpatialIndex,
)

from .. import compat
from ..core import schema
from ..core.boundaries import CodeError, normalise_code, normalise_name, same_kelurahan
from ..core.survey import BadValue, converter
from ..i18n import tr
from .attach import AreaIndex
from .fields import every_feature, plain
from .geopackage import WorkspaceError, write_rows
from .measure import hectares
from .project import kelurahan_outline, open_layer
from .reports import Defect

POLYGON = compat.POLYGON_GEOMETRY
CONDITION_CONVERTERS = {f.name: converter(f) for f in schema.CONDITION_FIELDS}
COUNT_CONVERTERS = {f.name: converter(f) for f in (schema.POPULATION, schema.HOUSEHOLD_COUNT)}


@dataclass
class Mapping:
    """Which input field holds what; None where the input has no such field."""

    code: str
    rw: Optional[str] = None
    name: Optional[str] = None
    population: Optional[str] = None
    households: Optional[str] = None
    kelurahan: Optional[str] = None
    # Site conditions (schema.CONDITION_FIELDS): ``{field: input column}``.
    conditions: Dict[str, str] = field(default_factory=dict)


@dataclass
class Area:
    """One RW or RT to import: its polygons merged, and the features it came from."""

    kelurahan: str
    rw: Optional[str]
    code: str
    geometry: QgsGeometry
    features: list
    name: Optional[str] = None
    population: Optional[int] = None
    households: Optional[int] = None
    conditions: Dict[str, object] = field(default_factory=dict)

    @property
    def fids(self):
        return [f.id() for f in self.features]


@dataclass
class BoundaryCheck:
    level: str
    total: int = 0
    filtered: int = 0
    areas: List[Area] = field(default_factory=list)
    rejected: List[tuple] = field(default_factory=list)   # (feature, kind, detail)
    defects: List[Defect] = field(default_factory=list)

    @property
    def imported(self):
        return sum(len(area.fids) for area in self.areas)


def _polygonal(geometry):
    """The polygon parts of a repaired geometry, as one multipolygon."""
    if geometry.type() != POLYGON:
        parts = [QgsGeometry(part.clone()) for part in geometry.constGet()] if geometry.isMultipart() else []
        geometry = QgsGeometry.collectGeometry([p for p in parts if p.type() == POLYGON]) if parts else QgsGeometry()
    if not geometry.isNull():
        geometry.convertToMultiType()
    return geometry


class BoundaryImport:
    """Check (and then write) RW or RT polygons from any polygon source."""

    def __init__(self, level, mapping, target_crs, kelurahan_filter=None, workspace_path=None,
                 tolerance_m2=10.0, append=False, transform_context=None, language=None):
        if level not in ("RW", "RT"):
            raise WorkspaceError(tr("The level must be RT or RW, not {level}.").format(level=level))
        self.level = level
        self.mapping = mapping
        self.crs = target_crs
        self.kelurahan_filter = kelurahan_filter or None
        self.workspace_path = workspace_path
        self.tolerance = tolerance_m2
        self.append = append
        self.language = language
        self.context = transform_context or QgsCoordinateTransformContext()
        self.outline = None
        self.rw_index = None
        self.rw_polygons = {}
        self.existing = set()
        if workspace_path:
            self._read_workspace()

    def _read_workspace(self):
        self.outline, _crs = kelurahan_outline(self.workspace_path)
        if self.level == "RT":
            rw = open_layer(self.workspace_path, schema.layer("rw"), schema.DEFAULT_LANGUAGE)
            features = [f for f in rw.getFeatures() if plain(f["code"])]
            self.rw_index = AreaIndex(features, lambda f: f["code"]) if features else None
            for feature in features:
                known = self.rw_polygons.get(feature["code"])
                geometry = QgsGeometry(feature.geometry())
                self.rw_polygons[feature["code"]] = known.combine(geometry) if known else geometry
        target = open_layer(self.workspace_path, schema.layer(self.level.lower()), schema.DEFAULT_LANGUAGE)
        for feature in target.getFeatures():
            self.existing.add((plain(feature["rw"]) if self.level == "RT" else None, plain(feature["code"])))

    # --- checking -------------------------------------------------------------------

    def check(self, source, feedback=None):
        """Read every feature of ``source`` and return a ``BoundaryCheck``."""
        result = BoundaryCheck(self.level)
        transform = QgsCoordinateTransform(source.sourceCrs(), self.crs, self.context)
        groups = OrderedDict()
        total = source.featureCount() or 1
        for number, feature in enumerate(every_feature(source)):
            if feedback is not None:
                if feedback.isCanceled():
                    raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
                feedback.setProgress(50.0 * number / total)
            result.total += 1
            kelurahan = plain(feature[self.mapping.kelurahan]) if self.mapping.kelurahan else None
            if self.kelurahan_filter and not same_kelurahan(kelurahan, self.kelurahan_filter):
                result.filtered += 1
                continue
            candidate = self._candidate(feature, kelurahan, transform, result)
            if candidate is not None:
                groups.setdefault((candidate.kelurahan, candidate.rw, candidate.code), []).append(candidate)
        for parts in groups.values():
            self._merge(parts, result)
        self._check_geometry(result, feedback)
        return result

    def _reject(self, result, feature, kelurahan, code, kind, detail="", geometry=None):
        result.rejected.append((feature, kind, detail))
        result.defects.append(Defect(feature.id(), kelurahan or "", code or "", kind, "rejected", detail,
                                     geometry=geometry))

    def _candidate(self, feature, kelurahan, transform, result):
        raw = plain(feature[self.mapping.code])
        kelurahan_key = normalise_name(kelurahan)
        try:
            code = normalise_code(raw)
        except CodeError as error:
            detail = "" if error.kind == "empty_code" else tr("value: '{value}'", self.language).format(value=raw)
            self._reject(result, feature, kelurahan, "", error.kind, detail)
            return None
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            self._reject(result, feature, kelurahan, code, "empty_geometry")
            return None
        geometry.transform(transform)
        if not geometry.isGeosValid():
            errors = "; ".join(e.what() for e in geometry.validateGeometry(compat.GEOS_VALIDATION))
            errors = errors or tr("not valid", self.language)
            repaired = _polygonal(geometry.makeValid())
            if repaired.isNull() or repaired.area() <= 0:
                self._reject(result, feature, kelurahan, code, "invalid_geometry", errors)
                return None
            result.defects.append(Defect(feature.id(), kelurahan or "", code, "invalid_geometry", "repaired",
                                         errors, abs(repaired.area() - geometry.area()), QgsGeometry(repaired)))
            geometry = repaired
        geometry.convertToMultiType()
        rw = None
        if self.level == "RT":
            rw = self._parent_rw(feature, geometry, kelurahan, code, result)
            if rw is None:
                return None
        if self.append and (rw, code) in self.existing:
            self._reject(result, feature, kelurahan, code, "already_in_workspace")
            return None
        mapping = self.mapping
        counts = self._read(feature, {"population": mapping.population, "households": mapping.households},
                            COUNT_CONVERTERS, kelurahan, code, result)
        return Area(kelurahan_key, rw, code, geometry, [feature],
                    name=plain(feature[mapping.name]) if mapping.name else None,
                    population=counts.get("population"), households=counts.get("households"),
                    conditions=self._read(feature, mapping.conditions, CONDITION_CONVERTERS, kelurahan, code,
                                          result))

    def _read(self, feature, columns, converters, kelurahan, code, result):
        """The mapped values ``{field: column}`` of a feature, read as the schema types
        them ("YES", "Ya", "0", "2,5" …); a value that cannot be read ("1.234" for a
        count, "banyak") is left empty and noted, the area still imported."""
        values = {}
        for name, column in columns.items():
            if not column:
                continue
            raw = plain(feature[column])
            try:
                values[name] = converters[name](raw)
            except BadValue as error:
                result.defects.append(Defect(feature.id(), kelurahan or "", code, "bad_value", "imported",
                                             "{} = '{}' ({})".format(column, raw, error.text(self.language))))
        return values

    def _parent_rw(self, feature, geometry, kelurahan, code, result):
        if self.mapping.rw:
            raw = plain(feature[self.mapping.rw])
            try:
                return normalise_code(raw)
            except CodeError:
                self._reject(result, feature, kelurahan, code, "no_parent_rw",
                             tr("RW value: '{value}'", self.language).format(value="" if raw is None else raw))
                return None
        found = self.rw_index.code_for(geometry) if self.rw_index is not None else None
        if found is None:
            self._reject(result, feature, kelurahan, code, "no_parent_rw",
                         tr("no RW field given and no workspace RW polygon under it", self.language))
        return found

    def _merge(self, parts, result):
        area = parts[0]
        if len(parts) > 1:
            fids = [p.fids[0] for p in parts]
            area.geometry = QgsGeometry.unaryUnion([p.geometry for p in parts])
            area.geometry.convertToMultiType()
            area.features = [p.features[0] for p in parts]
            for name in self.mapping.conditions:   # the first part that says
                area.conditions[name] = next((p.conditions[name] for p in parts
                                              if p.conditions.get(name) is not None), None)
            for field_name in ("name", "population", "households"):
                values = [getattr(p, field_name) for p in parts if getattr(p, field_name) is not None]
                if field_name == "name":
                    setattr(area, field_name, values[0] if values else None)
                else:
                    setattr(area, field_name, sum(values) if values else None)
            detail = tr("{count} polygons: features {fids}", self.language).format(
                count=len(parts), fids=", ".join(str(f) for f in fids))
            for part in parts:
                result.defects.append(Defect(part.fids[0], part.kelurahan, part.code, "duplicate_code", "merged",
                                             detail, part.geometry.area(), QgsGeometry(part.geometry)))
        result.areas.append(area)

    def _check_geometry(self, result, feedback):
        index = QgsSpatialIndex()
        for number, area in enumerate(result.areas):
            index.addFeature(number, area.geometry.boundingBox())
        kept = []
        for number, area in enumerate(result.areas):
            if feedback is not None and feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
            for other in index.intersects(area.geometry.boundingBox()):
                neighbour = result.areas[other]
                if other <= number or neighbour.kelurahan != area.kelurahan:
                    continue
                shared = area.geometry.intersection(neighbour.geometry)
                if shared.area() > self.tolerance:
                    detail = tr("{area:.0f} m² shared with {level} {code}", self.language).format(
                        area=shared.area(), level=self.level, code=neighbour.code)
                    result.defects.append(Defect(area.fids[0], area.kelurahan, area.code, "overlap", "imported",
                                                 detail, shared.area(), _polygonal(shared)))
            if self._outside(area, result):
                continue
            kept.append(area)
        result.areas = kept
        self._gaps(result)

    def _outside(self, area, result):
        """Note (or reject, when wholly outside) an area beyond the kelurahan or,
        for an RT, beyond its RW."""
        if self.outline is not None:
            outside = area.geometry.difference(self.outline)
            if outside.area() > self.tolerance:
                wholly = area.geometry.area() - outside.area() <= self.tolerance
                detail = tr("{area:.0f} m² outside the kelurahan boundary", self.language).format(area=outside.area())
                for fid in area.fids:
                    result.defects.append(Defect(fid, area.kelurahan, area.code, "outside_kelurahan",
                                                 "rejected" if wholly else "imported", detail, outside.area(),
                                                 _polygonal(outside)))
                if wholly:
                    result.rejected.extend((f, "outside_kelurahan", detail) for f in area.features)
                    return True
        parent = self.rw_polygons.get(area.rw) if self.level == "RT" else None
        if parent is not None:
            outside = area.geometry.difference(parent)
            if outside.area() > self.tolerance:
                detail = tr("{area:.0f} m² outside RW {rw}", self.language).format(area=outside.area(), rw=area.rw)
                result.defects.append(Defect(area.fids[0], area.kelurahan, area.code, "rt_outside_rw", "imported",
                                             detail, outside.area(), _polygonal(outside)))
        return False

    def _gaps(self, result):
        """Holes enclosed by the areas of one kelurahan, larger than the tolerance."""
        by_kelurahan = OrderedDict()
        for area in result.areas:
            by_kelurahan.setdefault(area.kelurahan, []).append(area.geometry)
        for kelurahan, geometries in by_kelurahan.items():
            union = QgsGeometry.unaryUnion(geometries)
            for polygon in union.asMultiPolygon() if union.isMultipart() else [union.asPolygon()]:
                for ring in polygon[1:]:
                    hole = QgsGeometry.fromPolygonXY([ring])
                    if hole.area() > self.tolerance:
                        result.defects.append(Defect(
                            None, kelurahan, "", "gap", "imported",
                            tr("{area:.0f} m² not covered by any {level}", self.language).format(
                                area=hole.area(), level=self.level),
                            hole.area(), _polygonal(hole)))

    # --- writing --------------------------------------------------------------------

    def write(self, result):
        """Write the checked areas into the workspace, in one transaction."""
        if not self.workspace_path:
            raise WorkspaceError(tr("Choose a workspace to import into, or run in validation-only mode."))
        rows = []
        area_of = hectares(self.crs, self.context)
        for area in result.areas:
            row = {"uuid": str(uuid.uuid4()), "code": area.code, "name": area.name,
                   "population": area.population, "households": area.households, **area.conditions,
                   "area_ha": area_of(area.geometry), "data_source": "import",
                   "wkb": bytes(area.geometry.asWkb())}
            if self.level == "RT":
                row["rw"] = area.rw
            rows.append(row)
        write_rows(self.workspace_path, {self.level.lower(): rows}, replace=not self.append)
        return len(rows)
