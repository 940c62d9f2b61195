"""The excreta flow diagram of a workspace's kelurahan, each RW or each RT (reads only).

Households are placed in their RW or RT from their location with the attach rule
(``AreaIndex``, as ``csiap:areaindicators``), not from ``rw``/``rt`` fields that
may be stale; the groundwater depth of each RT answers the SFD helper's question on
the water table. ``core.sfd`` does the rest. Nothing is written to the workspace.
"""

from qgis.core import QgsGeometry

from ..core import reference, schema
from ..core.sfd import DEFAULTS, PLAN_OPTIONS, after_plan, area_sfd, groundwater_risk
from ..core.sfd import unsafe_share as _unsafe_share
from ..i18n import tr
from .actions import location_polygons, service_area
from .attach import AreaIndex
from .fields import plain
from .geopackage import WorkspaceError
from .indicators import _features, _read_areas, _sort_key
from .project import open_layer, read_rows
from .screening import location_code

LEVELS = ("kelurahan", "RW", "RT")
# The answers core.sfd reads (nothing personal).
HOUSEHOLD_FIELDS = ("uuid", "members", "toilet_access", "toilet_type", "containment", "last_desludged_year",
                    "discharge", "containment_lining", "emptied", "emptied_by", "sludge_destination", "failure",
                    "water_source", "well_distance_m")
KELURAHAN_CODE = "kelurahan"


def _kelurahan_name(path):
    rows = read_rows(path, "kelurahan")
    return (rows[0].get("name") or "") if rows else ""


def plan_actions(path):
    """``[(geometry, option code)]`` of the action plan's building and rehabilitation
    actions whose option changes where excreta go (``core.sfd.PLAN_OPTIONS``); the
    geometry is the action's service area as the plan counts it: drawn, else its
    location's polygon (``workspace.actions.service_area``)."""
    layer = open_layer(path, schema.layer("actions"), schema.DEFAULT_LANGUAGE)
    polygons = None
    actions = []
    for feature in layer.getFeatures():
        option = plain(feature["option_code"])
        if plain(feature["kind"]) not in ("build", "rehabilitate") or option not in PLAN_OPTIONS:
            continue
        geometry = QgsGeometry(feature.geometry())
        drawn = None if geometry.isNull() or geometry.isEmpty() else geometry
        if drawn is None and polygons is None:
            polygons = location_polygons(path)
        area = service_area({"geometry": drawn, "location_level": plain(feature["location_level"]),
                             "location_code": plain(feature["location_code"])}, polygons)
        if area is not None:
            actions.append((area, option))
    return actions


def households_by_area(path, level, feedback=None, actions=None):
    """``({(rw, rt): [household]}, areas, outside)`` at RW or RT level; ``areas`` as
    ``workspace.indicators`` reads them (name, geometry); ``outside``: households in no area.
    With ``actions`` (``plan_actions``), each household gets ``plan_options``: the options
    of the actions whose service area holds it."""
    areas, _crs, _uncoded = _read_areas(path, level)
    if not areas:
        raise WorkspaceError(tr("The workspace has no {level} polygons yet: import the boundaries first.").format(
            level=level))
    index = AreaIndex(((key, area) for key, area in areas.items()), lambda pair: pair[0],
                      geometry_of=lambda pair: pair[1].geometry)
    grouped = {key: [] for key in areas}
    outside = 0
    for geometry, household in _features(path, "households", HOUSEHOLD_FIELDS, feedback,
                                         tr("Reading households…")):
        key = index.code_for(geometry)
        if actions is not None:
            household["plan_options"] = [option for area, option in actions if area.intersects(geometry)]
        if key is None:
            outside += 1
        else:
            grouped[key].append(household)
    return grouped, areas, outside


def _depths(path):
    """``{(rw, rt): groundwater depth in m or None}`` of every RT."""
    return {(row.get("rw"), row.get("code")): row.get("groundwater_depth_m") for row in read_rows(path, "rt")}


def _planned(households, depths, assumptions):
    """The households as the plan leaves them, served as the area's groundwater risk now says."""
    risk = groundwater_risk(households, depths, assumptions).code
    return [after_plan(h, h.get("plan_options", ()), risk) for h in households]


def area_diagrams(path, level="RW", assumptions=DEFAULTS,
                  min_surveyed=reference.MIN_SURVEYED_HOUSEHOLDS.value, feedback=None, after_the_plan=False):
    """``[core.sfd.AreaSfd]`` of the kelurahan (one), every RW or every RT, in code order;
    ``after_the_plan``: with the options of the action plan applied to the households they serve."""
    if level not in LEVELS:
        raise WorkspaceError(tr("The level must be kelurahan, RW or RT, not {level}.").format(level=level))
    depths = _depths(path)
    actions = plan_actions(path) if after_the_plan else None
    grouped, areas, _outside = households_by_area(path, "RT" if level == "RT" else "RW", feedback, actions)
    if level == "kelurahan":
        households = [h for members in grouped.values() for h in members]
        all_depths = list(depths.values())
        if after_the_plan:
            households = _planned(households, all_depths, assumptions)
        results = [area_sfd(households, level, KELURAHAN_CODE, _kelurahan_name(path), all_depths, assumptions,
                            min_surveyed)]
    else:
        results = []
        for key in sorted(grouped, key=_sort_key):
            rw, rt = key
            own_depths = [depths.get(key)] if level == "RT" else [d for (r, _t), d in depths.items() if r == rw]
            households = _planned(grouped[key], own_depths, assumptions) if after_the_plan else grouped[key]
            results.append(area_sfd(households, level, location_code(level, rw, rt), areas[key].name or "",
                                    own_depths, assumptions, min_surveyed))
    for sfd in results:
        sfd.after_plan = after_the_plan
    return results



def ipal_condition(path):
    """``(mapped IPAL komunal, those with a recorded condition, those in good or fair
    condition)`` from the facilities layer: a check on the assumed share that function."""
    plants = [row for row in read_rows(path, "facilities") if row.get("kind") == "ipal"]
    known = [row for row in plants if row.get("condition")]
    return len(plants), len(known), sum(1 for row in known if row["condition"] in ("good", "fair"))


def unsafe_share(path, level, assumptions=DEFAULTS):
    """``{location_code: share (0..1) of people whose excreta are not safely managed,
    or None where the area has too little data}`` at ``level`` ("RW" or "RT"; the
    kelurahan's code is "kelurahan"): the priorities' optional need criterion."""
    return {sfd.code: _unsafe_share(sfd) for sfd in area_diagrams(path, level, assumptions)}

