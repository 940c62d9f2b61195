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

from qgis.core import QgsFeatureRequest, QgsGeometry

from ..core import reference, schema
from ..core.areas import code_key
from ..core.indicators import AreaTally
from ..core.risk import THIN, equal_interval_classes, normalised_weights, risk_index
from ..i18n import tr
from .attach import AreaIndex
from .fields import plain
from .measure import hectares
from .project import open_layer
from .storage import WorkspaceError, write_rows

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
                       reference_year=None, feedback=None):
    """Compute and store the indicators of every RT (or RW) of the workspace at ``path``."""
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
    index = AreaIndex(((key, area) for key, area in areas.items()), lambda pair: pair[0],
                      geometry_of=lambda pair: pair[1].geometry)
    tallies = {key: AreaTally(reference_year) for key in areas}
    run = IndicatorRun(level, [], uncoded=uncoded)

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
