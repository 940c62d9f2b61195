"""Per-area indicators and the risk index of a workspace (``csiap:areaindicators``).

Households, problems and public wells are placed in their RT or RW with the
attach rule (``AreaIndex``, the same code as ``csiap:attachtoareas``), from
their geometry rather than from ``rw``/``rt`` fields that may be stale;
``core.indicators`` counts and ``core.risk`` scores. The results replace the
``area_indicators`` and ``risk_weights`` tables in one transaction.
"""

import datetime
import math
import uuid
from dataclasses import dataclass, field
from typing import Dict, List

import numpy
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY

from ..core import reference, schema
from ..core.areas import code_key
from ..core.indicators import WELL_DISTANCE_EDGES, AreaTally, household_counts
from ..core.pointinarea import AreaGrid, polygon_rings
from ..core.risk import THIN, equal_interval_classes, normalised_weights, risk_index
from ..i18n import tr
from . import columnar as columns
from .attach import AreaIndex, area_geometry
from .fields import plain
from .measure import hectares
from .project import open_layer
from .storage import WorkspaceError, is_postgis, write_rows

# The answers core.indicators reads (nothing personal).
HOUSEHOLD_FIELDS = ("members", "low_income", "toilet_access", "toilet_type", "containment", "last_desludged_year",
                    "water_source", "well_distance_m", "handwashing", "solid_waste", "standing_water")


@dataclass
class Area:
    rw: str
    rt: str
    name: str
    population: int
    households: int
    geometry: QgsGeometry


@dataclass
class IndicatorRun:
    """What a run did, for the algorithm's log and outputs."""

    level: str
    rows: List[dict]
    outside: Dict[str, int] = field(default_factory=dict)
    thin: int = 0
    uncoded: List[int] = field(default_factory=list)


def _read_areas(path, level):
    """``{(rw, rt): Area}`` (``rt`` None at RW level), the CRS, and the fids of
    polygons without a code, which cannot be reported on."""
    name = level.lower()
    layer = open_layer(path, schema.layer(name), schema.DEFAULT_LANGUAGE)
    areas, uncoded = {}, []
    for feature in layer.getFeatures():
        code = plain(feature["code"])
        key = (plain(feature["rw"]), code) if name == "rt" else (code, None)
        if code in (None, ""):
            uncoded.append(feature.id())
            continue
        geometry = QgsGeometry(feature.geometry())
        known = areas.get(key)
        if known is not None:
            # The same code drawn twice: one area, as the import reports it.
            known.geometry = known.geometry.combine(geometry)
            known.population += _number(feature["population"])
            known.households += _number(feature["households"])
            continue
        areas[key] = Area(key[0], key[1], plain(feature["name"]), _number(feature["population"]),
                          _number(feature["households"]), geometry)
    return areas, layer.crs(), uncoded


def _number(value):
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def compute_indicators(path, level="RT", weights=None, weights_source=None,
                       density_preset=reference.SANITASI_NET_2015.name,
                       min_surveyed=reference.MIN_SURVEYED_HOUSEHOLDS.value,
                       reference_year=None, feedback=None, columnar=None):
    """Compute and store the indicators of every RT (or RW) of the workspace at ``path``.

    ``columnar``: count in bulk: a GeoPackage read column by column (GDAL ≥ 3.6),
    a PostGIS schema counted in the database; None: wherever it can; False:
    feature by feature through QGIS. All give the same rows (tests/test_columnar.py).
    """
    if level not in ("RT", "RW"):
        raise WorkspaceError(tr("The level must be RT or RW, not {level}.").format(level=level))
    weights = dict(weights or reference.DEFAULT_RISK_WEIGHTS)
    normalised = normalised_weights(weights)
    is_default = weights == reference.DEFAULT_RISK_WEIGHTS
    weights_source = weights_source or (reference.DEFAULT_RISK_WEIGHTS_SOURCE if is_default else "")
    preset = reference.density_preset(density_preset)
    reference_year = reference_year or datetime.date.today().year

    areas, crs, uncoded = _read_areas(path, level)
    if not areas:
        raise WorkspaceError(tr("The workspace has no {level} polygons yet: import the boundaries first.").format(
            level=level))
    tallies = {key: AreaTally(reference_year) for key in areas}
    run = IndicatorRun(level, [], uncoded=uncoded)
    if columnar is None:
        columnar = is_postgis(path) or columns.available(path)
    if columnar and is_postgis(path):
        _tally_in_database(path, areas, tallies, run, reference_year, feedback)
    elif columnar:
        _tally_columns(path, areas, tallies, run, reference_year, feedback)
    else:
        index = _area_index(areas)
        septic_tanks = _tally_households(path, index, tallies, run, feedback)
        _tally_problems(path, index, tallies, run, feedback)
        _tally_public_wells(path, index, tallies, septic_tanks, feedback)

    computed_at = datetime.datetime.now().isoformat(timespec="seconds")
    area_of = hectares(crs)
    for key, area in sorted(areas.items(), key=lambda item: _sort_key(item[0])):
        values = tallies[key].values()
        registered = area.population > 0
        # Without records, the members of surveyed households (a lower bound); none surveyed: unknown.
        population = area.population if registered else (values["members_surveyed"] or None)
        area_ha = area_of(area.geometry)
        density = population / area_ha if population and area_ha > 0 else None
        thin = values["households_surveyed"] < min_surveyed
        shares = {c: values["risk_" + c] for c in reference.RISK_COMPONENTS}
        values.update({
            "level": level, "rw": area.rw, "rt": area.rt, "name": area.name,
            "households_registered": area.households or None,
            "population": population, "area_ha": area_ha, "density": density,
            "population_basis": "registered" if registered else ("surveyed" if population else None),
            "density_class": preset.classify(density) if population else None,
            "density_preset": preset.name,
            "risk_index": None if thin else risk_index(shares, normalised),
            "data_thin": thin, "weights_source": weights_source,
            "reference_year": reference_year, "computed_at": computed_at,
            "wkb": _multipolygon(area.geometry),
        })
        run.rows.append(values)

    classes = equal_interval_classes([row["risk_index"] for row in run.rows])
    for row, risk_class in zip(run.rows, classes):
        row["risk_class"] = risk_class or THIN
        run.thin += risk_class is None
    weight_rows = [
        {"uuid": _uuid(), "component": c, "weight": 100.0 * normalised[c], "source": weights_source,
         "is_default": is_default, "set_at": computed_at}
        for c in reference.RISK_COMPONENTS
    ]
    for row in run.rows:
        row["uuid"] = _uuid()
    if feedback is not None and feedback.isCanceled():
        raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
    write_rows(path, {"area_indicators": run.rows, "risk_weights": weight_rows})
    return run


def _area_index(areas):
    return AreaIndex(((key, area) for key, area in areas.items()), lambda pair: pair[0],
                     geometry_of=lambda pair: pair[1].geometry)


def _uuid():
    return str(uuid.uuid4())


def _sort_key(key):
    return code_key(tuple(part or "" for part in key))


def _multipolygon(geometry):
    geometry = QgsGeometry(geometry)
    geometry.convertToMultiType()
    return bytes(geometry.asWkb())


def _features(path, layer_name, fields, feedback, message):
    """Yield ``(geometry, {field: value})`` of a workspace layer, with progress and cancel."""
    layer = open_layer(path, schema.layer(layer_name), schema.DEFAULT_LANGUAGE)
    total = max(layer.featureCount(), 1)
    request = QgsFeatureRequest().setSubsetOfAttributes(list(fields), layer.fields())
    names = [(name, layer.fields().indexOf(name)) for name in fields]
    if feedback is not None:
        feedback.pushInfo(message)
    for number, feature in enumerate(layer.getFeatures(request)):
        if feedback is not None and number % 1000 == 0:
            if feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
            feedback.setProgress(100.0 * number / total)
        attributes = feature.attributes()
        yield feature.geometry(), {name: plain(attributes[i]) for name, i in names}


def _tally_households(path, index, tallies, run, feedback):
    """Count households per area; return the mapped septic tanks, indexed."""
    septic_tanks = SepticTanks()
    outside = 0
    for geometry, household in _features(
            path, "households", HOUSEHOLD_FIELDS, feedback, tr("Counting households…")):
        key = index.code_for(geometry)
        if key is None:
            outside += 1
            continue
        tallies[key].add_household(household)
        if household.get("containment") == "septic_tank":
            septic_tanks.add(geometry)
    run.outside["households"] = outside
    return septic_tanks


def _tally_problems(path, index, tallies, run, feedback):
    outside = 0
    for geometry, problem in _features(path, "problems", ("category", "season"), feedback,
                                       tr("Counting problems…")):
        key = index.code_for(geometry)
        if key is None:
            outside += 1
        else:
            tallies[key].add_problem(problem)
    run.outside["problems"] = outside


def _tally_public_wells(path, index, tallies, septic_tanks, feedback):
    for geometry, facility in _features(path, "facilities", ("kind",), feedback, tr("Checking public wells…")):
        key = index.code_for(geometry) if facility["kind"] == "public_well" else None
        if key is not None:
            tallies[key].add_public_well(septic_tanks.within(geometry.asPoint(), reference.WELL_TO_SEPTIC_MIN_M.value))


class SepticTanks:
    """Mapped septic tanks (households with one), for "is one closer than d to here".

    Points are kept in a grid of ``cell``-metre squares: adding is cheap (half
    the households have a tank) and a query looks at the nine cells around.
    The workspace CRS is projected in metres (createworkspace refuses a
    geographic one), so a planar distance is the distance on the ground.
    """

    def __init__(self, cell=reference.WELL_TO_SEPTIC_MIN_M.value):
        self.cell = float(cell)
        self._grid = {}

    def add(self, geometry):
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            return
        point = geometry.asPoint()
        key = (math.floor(point.x() / self.cell), math.floor(point.y() / self.cell))
        self._grid.setdefault(key, []).append((point.x(), point.y()))

    def within(self, point, distance):
        """Whether a septic tank lies strictly closer than ``distance`` (≤ cell) to ``point``."""
        x, y = point.x(), point.y()
        i, j = math.floor(x / self.cell), math.floor(y / self.cell)
        return any(math.hypot(px - x, py - y) < distance
                   for di in (-1, 0, 1) for dj in (-1, 0, 1) for px, py in self._grid.get((i + di, j + dj), ()))


# --- The columnar path: the layers read column by column, placed and counted with numpy ---

def _tally_columns(path, areas, tallies, run, reference_year, feedback):
    """What ``_tally_households``, ``_tally_problems`` and ``_tally_public_wells``
    do, for a whole layer at a time."""
    places = _Places(areas)
    if feedback is not None:
        feedback.pushInfo(tr("Counting households…"))
    households = columns.read_columns(path, "households", HOUSEHOLD_FIELDS, feedback)
    where = places.of(households)
    run.outside["households"] = int((where < 0).sum())
    _count_households(households, where, places.keys, tallies, reference_year)
    septic = households["containment"].code_of("septic_tank")
    tanks = _TankGrid(*_coordinates(households, numpy.flatnonzero((where >= 0)
                                                                   & (households["containment"].codes == septic))))
    if feedback is not None:
        feedback.setProgress(60)
        feedback.pushInfo(tr("Counting problems…"))
    problems = columns.read_columns(path, "problems", ("category", "season"), feedback)
    where = places.of(problems)
    run.outside["problems"] = int((where < 0).sum())
    category, season = problems["category"], problems["season"]
    placed = where >= 0
    seasons = len(season.values)
    combined = (where[placed] * len(category.values) + category.codes[placed]) * seasons + season.codes[placed]
    for number, count in zip(*numpy.unique(combined, return_counts=True)):
        area, rest = divmod(int(number), len(category.values) * seasons)
        tallies[places.keys[area]].add_problem({"category": category.values[rest // seasons],
                                                "season": season.values[rest % seasons]}, int(count))
    if feedback is not None:
        feedback.setProgress(80)
        feedback.pushInfo(tr("Checking public wells…"))
    facilities = columns.read_columns(path, "facilities", ("kind",), feedback)
    wells = numpy.flatnonzero(facilities["kind"].codes == facilities["kind"].code_of("public_well"))
    where = places.of(facilities, wells)
    for (x, y), area in zip(zip(*_coordinates(facilities, wells)), where):
        if area >= 0:
            tallies[places.keys[area]].add_public_well(tanks.within(x, y, reference.WELL_TO_SEPTIC_MIN_M.value))


def _count_households(households, where, keys, tallies, reference_year):
    """Add the households to their areas' tallies: ``household_counts`` once per
    set of answers (households that answered alike count alike), summed per area."""
    placed = numpy.flatnonzero(where >= 0)
    if not len(placed):
        return
    area = where[placed]
    answers = [name for name in HOUSEHOLD_FIELDS if name not in ("members", "well_distance_m")]
    distance = households["well_distance_m"]
    # A distance counts only by the side of each edge it falls on (``WELL_DISTANCE_EDGES``).
    side = numpy.array([0 if v is None else 1 + sum(not float(v) < edge for edge in WELL_DISTANCE_EDGES)
                        for v in distance.values], dtype=numpy.int64)
    parts = [households[name].codes[placed] for name in answers] + [side[distance.codes[placed]]]
    radices = [len(households[name].values) for name in answers] + [len(WELL_DISTANCE_EDGES) + 2]
    answer_set, example = _combined(parts, radices)
    kinds, rows = {}, []
    for row in placed[example]:
        household = {name: households[name].values[households[name].codes[row]]
                     for name in answers + ["well_distance_m"]}
        counts = household_counts(household, reference_year)
        rows.append(counts)
        for kind in counts:
            kinds.setdefault(kind, len(kinds))
    added = numpy.zeros((len(rows), len(kinds)))
    for number, counts in enumerate(rows):
        for kind, value in counts.items():
            added[number, kinds[kind]] = value
    sets = len(rows)
    pair, example = columns.renumber(area * sets + answer_set, len(keys) * sets)
    alike = numpy.bincount(pair)
    pair_area, pair_set = area[example], answer_set[example]
    # Sums of whole numbers below 2**53: exact in floating point.
    totals = numpy.rint([numpy.bincount(pair_area, weights=alike * added[pair_set, column], minlength=len(keys))
                         for column in kinds.values()]).astype(numpy.int64).T.tolist()
    member_values = numpy.array([int(v or 0) for v in households["members"].values], dtype=float)
    members = numpy.rint(numpy.bincount(area, weights=member_values[households["members"].codes[placed]],
                                        minlength=len(keys))).astype(numpy.int64).tolist()
    counted = numpy.bincount(area, minlength=len(keys))
    names = list(kinds)
    for number in numpy.flatnonzero(counted).tolist():
        tallies[keys[number]].add_counts(dict(zip(names, totals[number])), int(counted[number]), members[number])


def _combined(parts, radices):
    """One code per row for the combination of its codes in ``parts``, and a row
    of each combination: ``(codes, examples)``, codes numbering the combinations."""
    key, bound = numpy.zeros(len(parts[0]) if parts else 0, dtype=numpy.int64), 1
    for codes, radix in zip(parts, radices):
        if bound * radix >= 1 << 62:  # renumber before the key could overflow
            key, examples = columns.renumber(key, bound)
            bound = len(examples)
        key, bound = key * radix + codes, bound * radix
    return columns.renumber(key, bound)


class _Places:
    """Which area (its number in ``keys``) holds each row of a ``columnar.Columns``:
    numpy's ``AreaGrid`` for points, the feature-by-feature ``AreaIndex`` (the
    same rule through QGIS) for the few it hands back: geometries that are not
    single points, points near an area that is not plain polygons."""

    def __init__(self, areas):
        self.keys = list(areas)
        self._areas = areas
        self._number = {key: number for number, key in enumerate(self.keys)}
        self._index = None
        entries = []
        for key in self.keys:
            geometry = area_geometry(areas[key].geometry)
            rings = polygon_rings(bytes(geometry.asWkb())) if geometry is not None else None
            if rings:
                vertices = numpy.concatenate(rings)
                bbox = (vertices[:, 0].min(), vertices[:, 1].min(), vertices[:, 0].max(), vertices[:, 1].max())
            elif geometry is not None:
                box = geometry.boundingBox()
                rings, bbox = None, (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
            else:
                rings = bbox = None
            entries.append((rings, bbox))
        order = sorted(range(len(self.keys)), key=lambda number: code_key(self.keys[number]))
        ranks = numpy.empty(len(order), dtype=numpy.int64)
        ranks[order] = numpy.arange(len(order))
        self._grid = AreaGrid(entries, ranks)

    def of(self, rows, numbers=None):
        """The area number of each row (of the rows ``numbers``), -1 where none."""
        numbers = numpy.arange(len(rows)) if numbers is None else numbers
        where, unsure = self._grid.locate(rows.x[numbers], rows.y[numbers])
        for i in numpy.flatnonzero(unsure):
            number = numbers[i]
            where[i] = self._by_index(QgsGeometry.fromPointXY(QgsPointXY(rows.x[number], rows.y[number])))
        for i in numpy.flatnonzero(numpy.isin(numbers, list(rows.odd))):
            where[i] = self._by_index(_geometry(rows.odd[int(numbers[i])]))
        return where

    def _by_index(self, geometry):
        if self._index is None:
            self._index = _area_index(self._areas)
        key = self._index.code_for(geometry)
        return -1 if key is None else self._number[key]


def _geometry(wkb):
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    return geometry


def _coordinates(rows, numbers):
    """``(x, y)`` of the rows ``numbers``; those whose geometry is not a plain
    point where QGIS places it (``asPoint``), as the feature-by-feature path does."""
    x, y = rows.x[numbers].copy(), rows.y[numbers].copy()
    for i in numpy.flatnonzero(numpy.isin(numbers, list(rows.odd))):
        geometry = _geometry(rows.odd[int(numbers[i])])
        if not (geometry.isNull() or geometry.isEmpty()):
            point = geometry.asPoint()
            x[i], y[i] = point.x(), point.y()
    return x, y


class _TankGrid:
    """``SepticTanks`` for a whole column of points: sorted by grid cell with
    numpy; a query still measures with ``math.hypot``, as ``SepticTanks`` does."""

    def __init__(self, x, y, cell=reference.WELL_TO_SEPTIC_MIN_M.value):
        known = numpy.isfinite(x) & numpy.isfinite(y)
        x, y = x[known], y[known]
        self.cell = float(cell)
        i, j = numpy.floor(x / self.cell).astype(numpy.int64), numpy.floor(y / self.cell).astype(numpy.int64)
        self.i0 = int(i.min()) - 1 if len(i) else 0
        self.j0 = int(j.min()) - 1 if len(j) else 0
        self.span = int(j.max()) - self.j0 + 2 if len(j) else 1
        keys = (i - self.i0) * self.span + (j - self.j0)
        order = numpy.argsort(keys, kind="stable")
        self.keys, self.x, self.y = keys[order], x[order], y[order]

    def within(self, x, y, distance):
        """Whether a septic tank lies strictly closer than ``distance`` (≤ cell) to (x, y)."""
        i, j = math.floor(x / self.cell) - self.i0, math.floor(y / self.cell) - self.j0
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                if not 0 <= j + dj < self.span:
                    continue
                key = (i + di) * self.span + j + dj
                first, last = numpy.searchsorted(self.keys, [key, key + 1])
                if any(math.hypot(px - x, py - y) < distance
                       for px, py in zip(self.x[first:last].tolist(), self.y[first:last].tolist())):
                    return True
        return False


# --- PostGIS: placed and summed in the database -------------------------------------

def _tally_in_database(path, areas, tallies, run, reference_year, feedback):
    """What ``_tally_columns`` does, by the database (workspace/postgis_indicators.py)."""
    from . import postgis_indicators

    keys = sorted(areas, key=code_key)  # by rank: the attach rule's order
    sent = []
    for rank, key in enumerate(keys):
        geometry = area_geometry(areas[key].geometry)
        if geometry is not None:
            sent.append((rank, bytes(geometry.asWkb())))
    answers = [name for name in HOUSEHOLD_FIELDS if name not in ("members", "well_distance_m")]

    def counts_of(sets):
        added = [household_counts(household, reference_year) for household in sets]
        names = sorted({name for counts in added for name in counts})
        return names, [[counts.get(name, 0) for counts in added] for name in names]

    if feedback is not None:
        feedback.pushInfo(tr("Counting households…"))
    distance = reference.WELL_TO_SEPTIC_MIN_M.value
    # The database finds the tanks a little beyond; math.hypot decides, as SepticTanks does.
    counted = postgis_indicators.count_in_areas(
        path, sent, answers, "well_distance_m", WELL_DISTANCE_EDGES, counts_of, distance * (1 + 1e-9) + 1e-6)
    for number, (households, members, totals) in counted["households"].items():
        tallies[keys[number]].add_counts(totals, households, members)
    run.outside["households"] = counted["outside_households"]
    for number, category, season, count in counted["problems"]:
        tallies[keys[number]].add_problem({"category": category, "season": season}, count)
    run.outside["problems"] = counted["outside_problems"]
    for number, (x, y), tanks in counted["wells"]:
        tallies[keys[number]].add_public_well(any(math.hypot(tx - x, ty - y) < distance for tx, ty in tanks))
