"""The action plan (rencana aksi) in a workspace: its computed fields, and the draft.

Every action's households and persons served, low-income households served,
volume, unit cost and total are computed here, never typed:

- its service area is its own geometry, else the polygon of its location
  (the RT or RW it names);
- the households served are the surveyed households whose point lies in that
  area; per kind of action, a household counts for the first action in priority
  order whose area holds it (``core.actions.served``), so two actions of the same
  kind never count it twice; persons are the sum of their members, a household
  without a member count being one person;
- the unit cost and total come from the workspace's ``unit_costs`` through
  ``core.costs`` (the rule the scoring's cost per KK uses), with their year and
  source.

``recompute_actions`` stores them in one transaction; ``draft_action_plan``
(``csiap:draftactionplan``) proposes a row per location from the location
priorities and the newest scoring session, and never touches a row a rembuk
has agreed. Every bad row is named and nothing is written until all are good.
"""

import uuid

from qgis.core import QgsGeometry, QgsSpatialIndex

from ..core import actions as core_actions
from ..core import reference, schema
from ..i18n import tr
from .attach import update_rows
from .fields import plain
from .measure import hectares
from .options import option_names, read_catalogue, read_unit_costs
from .postgis_versions import VERSION_COLUMN
from .priorities import location_order
from .project import open_layer, read_rows
from .scoring import sessions
from .screening import location_code
from .storage import WorkspaceError, write_rows


def _features(path, name):
    layer = open_layer(path, schema.layer(name), schema.DEFAULT_LANGUAGE)
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = {n: plain(feature[n]) for n in names}
        row["fid"] = feature.id()
        geometry = feature.geometry()
        row["geometry"] = None if geometry is None or geometry.isNull() or geometry.isEmpty() else QgsGeometry(
            geometry)
        rows.append(row)
    return rows, layer.crs()


def location_polygons(path):
    """``{(level, location code): QgsGeometry}`` of the workspace's RW and RT polygons."""
    polygons = {}
    for level in ("RW", "RT"):
        for row in _features(path, level.lower())[0]:
            if row["geometry"] is None:
                continue
            code = location_code(level, row["code"] if level == "RW" else row.get("rw"),
                                 row["code"] if level == "RT" else None)
            polygons[level, code] = row["geometry"]
    return polygons


def service_area(action, polygons):
    """An action's service area: its geometry, else its location's polygon (None if neither)."""
    if action.get("geometry") is not None:
        return action["geometry"]
    level = action.get("location_level") or ("RT" if "/" in str(action.get("location_code") or "") else "RW")
    return polygons.get((level, action.get("location_code")))


def _households_inside(path, areas, feedback=None):
    """``({id: (members, low_income)}, [[ids inside area] per area])``: the surveyed
    households whose point lies in (or on the edge of) each area."""
    rows, _crs = _features(path, "households")
    households, index, points = {}, QgsSpatialIndex(), {}
    for row in rows:
        if row["geometry"] is None:
            continue
        households[row["fid"]] = (row.get("members"), bool(row.get("low_income")))
        points[row["fid"]] = row["geometry"]
        index.addFeature(row["fid"], row["geometry"].boundingBox())
    inside = []
    for area in areas:
        if feedback is not None and feedback.isCanceled():
            raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
        if area is None:
            inside.append([])
            continue
        engine = QgsGeometry.createGeometryEngine(area.constGet())
        engine.prepareGeometry()
        inside.append([fid for fid in index.intersects(area.boundingBox())
                       if engine.intersects(points[fid].constGet())])
    return households, inside


def error_message(action, error, language):
    """"Action 3 (IPAL komunal, RT 002/001): the community's share is 120 %, over 100 %"."""
    reasons = {
        "unknown_kind": tr("its kind {value!r} is not one of build, rehabilitate, behaviour change, O&M, "
                           "institutional", language),
        "no_location": tr("it has no location and no service area drawn", language),
        "location_unknown": tr("its location {value} is not an RT or RW of the workspace", language),
        "share_over_100": tr("the community's share in cash and in kind is {value:g} %, over 100 %", language),
        "no_unit_cost": tr("the unit costs have no price for its option {value}", language)
        if error.value else tr("it has no option and no unit cost", language),
        "not_a_number": tr("{field} {value!r} is not a number", language),
        "out_of_range": tr("{field} {value} is outside its allowed range", language),
        "months_reversed": tr("it ends (month {value:g}) before it starts", language),
    }
    field = schema.layer("actions").field(error.field).alias.text(language) if error.field else ""
    where = action.get("description") or action.get("option_code") or action.get("kind") or "-"
    if action.get("location_code"):
        where = "{}, {}".format(where, action["location_code"])
    return tr("Action {row} ({where}): {reason}", language).format(
        row=action.get("fid") or action.get("uuid") or "-", where=where,
        reason=reasons[error.kind].format(field=field, value=error.value))


def _rw_rt(action):
    """``{rw, rt}`` of an action's location ("003/005" is RW 003, RT 005); none without one."""
    code = action.get("location_code")
    if not code:
        return {}
    level = action.get("location_level") or ("RT" if "/" in str(code) else "RW")
    if level == "RT" and "/" in str(code):
        rw, rt = str(code).split("/", 1)
        return {"rw": rw, "rt": rt}
    return {"rw": str(code), "rt": None}


def compute(path, actions, language, feedback=None):
    """The computed fields of ``actions`` (rows with ``geometry``), in their order:
    ``[{field: value}]``. Raises one ``WorkspaceError`` naming every bad row."""
    return _compute(path, actions, language, feedback)[0]


def _compute(path, actions, language, feedback=None):
    """``(computed fields, [ids])`` of ``actions``, both in their order; ``ids``: the
    households in the action's area counted as one person for want of a member count."""
    polygons = location_polygons(path)
    areas = [service_area(a, polygons) for a in actions]
    unit_costs = read_unit_costs(path)
    priced = {c.option for c in unit_costs}
    problems = []
    for action, area in zip(actions, areas):
        problems += [error_message(action, e, language)
                     for e in core_actions.check_action(action, area is not None, priced)]
    if problems:
        raise WorkspaceError(tr("Nothing was written; correct these actions:", language) + "\n" + "\n".join(problems))
    households, inside = _households_inside(path, areas, feedback)
    served = core_actions.served(actions, inside, households)
    catalogue = {o.code: o for o in read_catalogue(path)}
    crs = _features(path, "rt")[1]
    measure = hectares(crs)
    computed = []
    for action, area, mine, counts in zip(actions, areas, inside, served):
        values = {"households_served": counts.households, "persons_served": counts.persons,
                  "low_income_served": counts.low_income}
        values.update(_rw_rt(action))
        option = action.get("option_code")
        volume = core_actions.number_of(action.get("volume"))
        if option:
            # A drafted row's volume follows the households; a planner's typed volume stays.
            drafted = action.get("drafted") and action.get("status") in (None, "", "proposed")
            known = catalogue.get(option)
            cost = core_actions.action_cost(unit_costs, option, counts.households,
                                            known.max_households if known else None, measure(area), len(mine),
                                            None if drafted else volume)
            if cost is None:   # nobody in the area to build for
                values.update(unit_cost=None, total_cost=0.0, cost_year=None, cost_source=None)
                if drafted or volume is None:
                    values["volume"] = 0.0
            else:
                values.update(unit_cost=cost.unit_cost, total_cost=cost.total, cost_year=cost.year,
                              cost_source=cost.source)
                if drafted or volume is None:
                    values["volume"] = cost.volume
                if not action.get("unit"):
                    values["unit"] = cost.unit
        else:
            unit_cost = core_actions.number_of(action.get("unit_cost"))
            values["total_cost"] = (volume if volume is not None else 1.0) * unit_cost
        computed.append(values)
    without_members = [frozenset(h for h in mine if not households[h][0]) for mine in inside]
    return computed, without_members


def recompute_actions(path, language, feedback=None):
    """Store every action's computed fields, in one transaction; returns how many rows changed."""
    return edit_actions(path, {}, language, feedback)


def edit_action(path, fid, values, language):
    """Store a planner's edit of one action with every action's figures computed again
    (a new volume or funding changes the totals; households served move between
    actions of one kind), all in one transaction: a bad row anywhere writes nothing."""
    return edit_actions(path, {fid: values}, language)


def edit_actions(path, edits, language, feedback=None):
    """``edits`` (``{fid: {field: value}}``) with every action's figures computed again, in
    one transaction; returns how many rows changed. In a PostGIS workspace an edit may
    carry the ``row_version`` it was made from (the dock's read); every changed row is
    written with it, or with the version read here, so that a row another editor saved
    in the meantime is refused, never overwritten."""
    actions, _crs = _features(path, "actions")
    edited = [dict(a, **edits.get(a["fid"], {})) for a in actions]
    updates = {}
    for before, after, computed in zip(actions, edited, compute(path, edited, language, feedback)):
        changed = {k: v for k, v in dict(after, **computed).items()
                   if k not in ("fid", "geometry") and before.get(k) != v}
        if changed and after.get(VERSION_COLUMN) is not None:
            changed[VERSION_COLUMN] = after[VERSION_COLUMN]
        if changed:
            updates[before["fid"]] = changed
    update_rows(path, {"actions": updates})
    return len(updates)


def planned_actions(path, language, feedback=None):
    """The actions with their computed fields as they would be stored, in priority
    order (read only: the exports use it, so they never print a stale figure)."""
    actions, _crs = _features(path, "actions")
    computed, without_members = _compute(path, actions, language, feedback)
    # ``without_members_served`` (not a stored field): the households among those
    # served counted as one person for want of a member count, for the lists' note.
    rows = [dict(a, without_members_served=ids, **v) for a, v, ids in zip(actions, computed, without_members)]
    return [rows[i] for i in core_actions.priority_order(rows)]


# --- The draft --------------------------------------------------------------------

def newest_session(path, level):
    """The uuid of the newest scoring session of ``level`` (workspace.scoring's order), or None."""
    levels = {r["uuid"]: r.get("location_level") for r in read_rows(path, "scoring_sessions")}
    return next((uid for uid, _label in sessions(path) if levels.get(uid) == level), None)


def first_feasible_options(path, level):
    """``{location: option}``: the newest session's best-ranked option per location
    that the screening still finds feasible there."""
    session = newest_session(path, level)
    if session is None:
        return None
    screened = {}
    for row in read_rows(path, "screening"):
        if row.get("location_level") == level:
            screened.setdefault(row["location_code"], {})[row["option_code"]] = bool(row.get("feasible"))
    ranked = sorted((r for r in read_rows(path, "ranking") if r["session_uuid"] == session),
                    key=lambda r: (r["rank"] if r.get("rank") is not None else float("inf"), r["option_code"]))
    first = {}
    for row in ranked:
        location = row["location_code"]
        if location not in first and screened.get(location, {}).get(row["option_code"], location not in screened):
            first[location] = row["option_code"]
    return first


def is_drafted_proposal(action):
    """A row csiap:draftactionplan may replace: its own, and no rembuk has agreed it yet."""
    return bool(action.get("drafted")) and action.get("status") in (None, "", "proposed")


def draft_action_plan(path, level, language, feedback=None):
    """Propose a "build" action per location of ``level``, in the priority order,
    with the newest session's first feasible option; replace only the earlier
    drafted rows still proposed; keep every other row as it is (its computed fields
    brought up to date); a location that already has a kept "build" action gets none.
    One transaction. Returns ``{drafted, replaced, kept, survey_first, no_option,
    planned}`` counts."""
    order = location_order(path, level)
    if not order:
        raise WorkspaceError(tr("The workspace has no location priorities at {level} level yet: run "
                                "csiap:prioritiseareas first.", language).format(level=level))
    options = first_feasible_options(path, level)
    if options is None:
        raise WorkspaceError(tr("The workspace has no scoring session at {level} level yet: run "
                                "csiap:scoreoptions first.", language).format(level=level))
    existing, _crs = _features(path, "actions")
    kept = [a for a in existing if not is_drafted_proposal(a)]
    polygons = location_polygons(path)
    names = option_names(path, language)
    counts = {"drafted": 0, "replaced": len(existing) - len(kept), "kept": len(kept), "survey_first": 0,
              "no_option": 0, "planned": 0}
    # A location whose building the rembuk has already agreed gets no second proposal.
    planned = {a.get("location_code") for a in kept if a.get("kind") == "build"}
    drafted = []
    for place in order:
        if feedback is not None and feedback.isCanceled():
            raise WorkspaceError(tr("Cancelled; the workspace was not changed.", language))
        code = place["location_code"]
        # Survey first and no rembuk placed it: no action yet. One the rembuk placed in its
        # agreed order (it has a rank then) gets its proposal like any other.
        if place["rank"] is None:
            counts["survey_first"] += 1
            continue
        if code in planned:
            counts["planned"] += 1
            continue
        option = options.get(code)
        if option is None:
            counts["no_option"] += 1
            continue
        drafted.append({
            "uuid": str(uuid.uuid4()), "kind": "build", "option_code": option,
            "description": names.get(option, option), "location_level": level, "location_code": code,
            "rw": place.get("rw"), "rt": place.get("rt"), "status": "proposed", "drafted": True,
            "priority_rank": place["rank"], "meeting_uuid": place.get("meeting_uuid"),
            "geometry": polygons.get((level, code)),
            # A first guess at who pays, with its source, for the rembuk to change.
            "funding_source": reference.DRAFT_FUNDING.get(option),
            "notes": tr("Drafted by CSIAP Planner; households without a member count are counted as one "
                        "person. Funding: a first proposal ({source}).", language).format(
                source=reference.DRAFT_FUNDING_SOURCE.source)})
        counts["drafted"] += 1
    # Kept rows first: among equal ranks the rembuk's rows count the households first.
    rows = kept + drafted
    computed = compute(path, rows, language, feedback)
    stored = []
    for row, values in zip(rows, computed):
        # Every column, a planner's own added ones too; the fid is the file's to give.
        record = {k: v for k, v in dict(row, **values).items() if k not in ("fid", "geometry")}
        if row.get("geometry") is not None:
            record["wkb"] = bytes(row["geometry"].asWkb())
        stored.append(record)
    # All rows written again in one transaction (kept rows keep their uuid and values).
    write_rows(path, {"actions": stored}, replace=True)
    return counts
