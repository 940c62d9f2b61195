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
    QgsWkbTypes,
)

from .. import compat
from ..core import schema
from ..core.boundaries import (
    CodeError,
    closest_names,
    is_hstore,
    kelurahan_in,
    normalise_code,
    normalise_name,
    same_kelurahan,
)
from ..core.survey import BadValue, converter
from ..i18n import tr
from .attach import AreaIndex
from .fields import every_feature, plain
from .measure import hectares
from .project import kelurahan_outline, open_layer, read_rows
from .reports import Defect
from .storage import WorkspaceError, write_rows

POLYGON = compat.POLYGON_GEOMETRY
# Parts of one RW/RT code further apart than this are hardly one area (two kelurahan of one name?).
FAR_APART_M = 1000.0
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
    kecamatan: Optional[str] = None
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
    notes: List[str] = field(default_factory=list)   # about the whole layer, for the user
    names_seen: set = field(default_factory=set)   # kelurahan names of the features left out by the filter
    tags_seen: bool = False   # whether the kelurahan field holds OSM tags (key=>value)

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


def check_polygon_source(source, fields, language=None):
    """Refuse, by name, a layer polygons cannot be taken from: points, lines or
    collections; a field ``[(parameter, field name)]`` it lacks; no CRS; no feature."""
    if source.featureCount() == 0:
        raise WorkspaceError(tr("The layer {name} is empty: it has no features to import.", language).format(
            name=source.sourceName()))
    if QgsWkbTypes.geometryType(source.wkbType()) != POLYGON:
        raise WorkspaceError(tr(
            "The layer {name} holds {kind} geometries, not polygons: boundaries (RW, RT, kelurahan) must be "
            "polygons (lines can become polygons with QGIS's 'Lines to polygons'; a geometry collection can be split "
            "with 'Multipart to singleparts' and its polygons kept).", language).format(
                name=source.sourceName(), kind=QgsWkbTypes.displayString(source.wkbType())))
    names = source.fields().names()
    for parameter, name in fields:
        if name and name not in names:
            raise WorkspaceError(tr("The layer {layer} has no field '{field}' ({parameter}). Its fields are: "
                                    "{fields}.", language).format(
                                        layer=source.sourceName(), field=name, parameter=parameter,
                                        fields=", ".join(names)))
    if not source.sourceCrs().isValid():
        raise WorkspaceError(tr(
            "The layer {name} has no CRS (a shapefile without its .prj file?), so where its polygons lie is "
            "unknown. Set its CRS first (layer properties, or 'Assign projection'), then import it.",
            language).format(name=source.sourceName()))


class BoundaryImport:
    """Check (and then write) RW or RT polygons from any polygon source."""

    def __init__(self, level, mapping, target_crs, kelurahan_filter=None, workspace_path=None,
                 tolerance_m2=10.0, append=False, transform_context=None, language=None, kecamatan_filter=None):
        if level not in ("RW", "RT"):
            raise WorkspaceError(tr("The level must be RT or RW, not {level}.").format(level=level))
        self.level = level
        self.mapping = mapping
        self.crs = target_crs
        self.kelurahan_filter = kelurahan_filter or None
        self.kecamatan_filter = kecamatan_filter or None
        self.workspace_path = workspace_path
        self.tolerance = tolerance_m2
        self.append = append
        self.language = language
        self.context = transform_context or QgsCoordinateTransformContext()
        self.outline = None
        self.rw_index = None
        self.rw_polygons = {}
        self.existing = set()
        self.rt_parents = set()   # the RW codes the workspace's RT point at (a new RW layer must keep them)
        self.outline_engine = None
        if workspace_path:
            self._read_workspace()

    def _read_workspace(self):
        self.outline, _crs = kelurahan_outline(self.workspace_path)
        if self.outline is not None:
            self.outline_engine = QgsGeometry.createGeometryEngine(self.outline.constGet())
            self.outline_engine.prepareGeometry()
        if self.level == "RW" and not self.append:
            self.rt_parents = {plain(r["rw"]) for r in read_rows(self.workspace_path, "rt") if plain(r["rw"])}
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
        self._check_source(source)
        result = BoundaryCheck(self.level)
        transform = QgsCoordinateTransform(source.sourceCrs(), self.crs, self.context)
        flat = QgsWkbTypes.hasZ(source.wkbType()) or QgsWkbTypes.hasM(source.wkbType())
        groups = OrderedDict()
        kecamatan_seen = {}
        total = source.featureCount() or 1
        for number, feature in enumerate(every_feature(source)):
            if feedback is not None:
                if feedback.isCanceled():
                    raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
                feedback.setProgress(50.0 * number / total)
            result.total += 1
            kelurahan = None
            if self.mapping.kelurahan:
                raw = plain(feature[self.mapping.kelurahan])
                result.tags_seen = result.tags_seen or is_hstore(raw)
                kelurahan = kelurahan_in(raw, self.kelurahan_filter)
            kecamatan = plain(feature[self.mapping.kecamatan]) if self.mapping.kecamatan else None
            if self.kelurahan_filter and not same_kelurahan(kelurahan, self.kelurahan_filter):
                result.filtered += 1
                result.names_seen.add(kelurahan)
                continue
            if self.kecamatan_filter and self.mapping.kecamatan and not same_kelurahan(kecamatan,
                                                                                       self.kecamatan_filter):
                result.filtered += 1
                continue
            kecamatan_seen.setdefault(normalise_name(kecamatan), kecamatan)
            candidate = self._candidate(feature, kelurahan, transform, result, flat)
            if candidate is not None:
                # Never one area out of two kecamatan's kelurahan of one name.
                key = (candidate.kelurahan, normalise_name(kecamatan), candidate.rw, candidate.code)
                groups.setdefault(key, []).append(candidate)
        if result.total == 0:   # a source that could not count its features
            raise WorkspaceError(tr("The layer {name} is empty: it has no features to import.", self.language).format(
                name=source.sourceName()))
        self._check_homonyms(kecamatan_seen)
        if flat:
            result.notes.append(tr("The layer has Z or M values: they were dropped, the boundaries are stored in 2D.",
                                   self.language))
        if self.workspace_path and self.outline is None:
            result.notes.append(tr("The workspace has no kelurahan outline: features were not checked to lie inside "
                                   "the kelurahan.", self.language))
        for parts in groups.values():
            self._merge(parts, result)
        self._check_geometry(result, feedback)
        self._orphaned_rt(result)
        return result

    def _check_source(self, source):
        """Refuse a layer that cannot hold RW/RT boundaries, naming why."""
        mapping = self.mapping
        if not mapping.code:
            raise WorkspaceError(tr("Give the field with the RW/RT number (CODE_FIELD). The layer's fields are: "
                                    "{fields}.", self.language).format(fields=", ".join(source.fields().names())))
        check_polygon_source(source, [
            ("CODE_FIELD", mapping.code), ("RW_FIELD", mapping.rw), ("NAME_FIELD", mapping.name),
            ("POPULATION_FIELD", mapping.population), ("HOUSEHOLDS_FIELD", mapping.households),
            ("KELURAHAN_FIELD", mapping.kelurahan), ("KECAMATAN_FIELD", mapping.kecamatan)], self.language)

    def _check_homonyms(self, kecamatan_seen):
        """Kelurahan of one name in two kecamatan: which one is meant must be said."""
        named = [k for k in kecamatan_seen if k]
        if self.kelurahan_filter and self.mapping.kecamatan and not self.kecamatan_filter and len(named) > 1:
            raise WorkspaceError(tr(
                "There is a kelurahan {kelurahan} in {count} kecamatan ({kecamatan}): give the kecamatan to take "
                "(KECAMATAN).", self.language).format(
                    kelurahan=self.kelurahan_filter, count=len(named),
                    kecamatan=", ".join(str(kecamatan_seen[k]) for k in named)))

    def nothing_to_import(self, result):
        """Why nothing is left to import, with the names the filter found instead."""
        message = tr("Nothing to import: every feature was rejected or left out by the filter.", self.language)
        if self.kelurahan_filter and result.filtered:
            names = closest_names(self.kelurahan_filter, result.names_seen)
            message = tr("Nothing to import: no feature has the kelurahan '{wanted}' in the field {field}. Closest "
                         "names found: {names}.", self.language).format(
                             wanted=self.kelurahan_filter, field=self.mapping.kelurahan,
                             names=", ".join(names) or "-")
            if result.tags_seen:
                message += " " + tr("The field holds OSM tags (key=>value): run QGIS's 'Explode HStore Field' and "
                                    "choose the field with the name.", self.language)
        return message

    def _orphaned_rt(self, result):
        """Replacing the RW: RT of the workspace whose RW the new layer lacks."""
        if not self.rt_parents:
            return
        orphaned = sorted(self.rt_parents - {area.code for area in result.areas})
        if orphaned:
            result.notes.append(tr(
                "RT of RW {codes} stay in the workspace, but the new RW layer has no RW of that number: import the "
                "RT again, or check the RW numbers.", self.language).format(codes=", ".join(orphaned)))

    def _reject(self, result, feature, kelurahan, code, kind, detail="", geometry=None):
        result.rejected.append((feature, kind, detail))
        result.defects.append(Defect(feature.id(), kelurahan or "", code or "", kind, "rejected", detail,
                                     geometry=geometry))

    def _candidate(self, feature, kelurahan, transform, result, flat=False):
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
        if flat:
            geometry.get().dropZValue()
            geometry.get().dropMValue()
        geometry.transform(transform)
        if geometry.type() != POLYGON:   # a point or a collection in a polygon layer (GeoJSON allows it)
            polygons = _polygonal(geometry)
            if polygons.isNull() or polygons.isEmpty():
                self._reject(result, feature, kelurahan, code, "invalid_geometry", tr(
                    "{kind}, not a polygon", self.language).format(kind=QgsWkbTypes.displayString(geometry.wkbType())))
                return None
            geometry = polygons
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
        if self._wholly_outside(geometry):
            self._reject(result, feature, kelurahan, code, "outside_kelurahan",
                         tr("wholly outside the kelurahan boundary", self.language))
            return None
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

    def _wholly_outside(self, geometry):
        """Whether a feature lies outside the kelurahan but for slivers (then it is
        another kelurahan's, as in a city-wide layer, never to be merged in)."""
        if self.outline_engine is None:
            return False
        if not self.outline_engine.intersects(geometry.constGet()):
            return True
        return geometry.intersection(self.outline).area() <= self.tolerance

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
            apart = max(p.geometry.distance(QgsGeometry.unaryUnion([o.geometry for o in parts if o is not p]))
                        for p in parts)   # before the first part becomes the union
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
            if apart > FAR_APART_M:
                result.notes.append(tr(
                    "{level} {code}: its polygons lie up to {distance:.0f} m apart and were merged into one: are they "
                    "two kelurahan of one name in different kecamatan? Give the kecamatan field and the kecamatan.",
                    self.language).format(level=self.level, code=area.code, distance=apart))
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


def city_wide_warning(boundary, gpkg_path, language=None):
    """A warning where a new workspace's kelurahan outline was merged from many
    features (a whole city's kelurahan layer given without a filter), else None."""
    count = boundary.featureCount() if boundary is not None else 0
    if count <= 1:
        return None
    row = next(iter(read_rows(gpkg_path, "kelurahan")), {})
    return tr("The kelurahan outline was made from {count} features of the boundary layer, {area:.0f} ha in all: is "
              "it a whole city's layer? Keep only the kelurahan's feature (select it, or filter the layer) and create "
              "the workspace again.", language).format(count=count, area=row.get("area_ha") or 0.0)
