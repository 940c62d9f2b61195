"""Which RT or RW first (``csiap:prioritiseareas``), the order a rembuk agreed
(``csiap:agreepriorities``), and the order the plan follows (``location_order``).

A location's figures come from its area indicators (aman access, open defecation,
the risk index and the too-little-data flag), the problems that lie in it (placed
as the indicators place them, with the attach rule), its land (a candidate site's,
else its own, as the screening reads it) and the screening of its options.
``core.priorities`` scores and ranks. The workspace records no willingness of
residents (no field holds it): the reasons say so rather than assume it.
"""

import datetime
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Dict, List

from ..core import reference, schema
from ..core.areas import code_key
from ..core.priorities import (
    RANKED,
    SURVEY_FIRST,
    Location,
    PriorityError,
    agree,
    check_unsafe_excreta,
    normalised_weights,
    parse_order,
    parse_reasons,
    parse_weights,
    prioritise,
)
from ..core.starting import format_number
from ..i18n import tr
from .attach import AreaIndex
from .fields import plain
from .indicators import _multipolygon, _read_areas
from .project import open_layer, read_rows
from .screening import location_code, locations
from .storage import WorkspaceError, write_rows

LEVELS = ("RT", "RW")


@dataclass
class PriorityRun:
    level: str
    rows: List[dict]
    weights: Dict[str, float]
    source: str
    problems_outside: int = 0
    screened: bool = True
    warnings: List[str] = field(default_factory=list)


def weights_from_text(text, source, language):
    """The weights typed by the user (``"need=40, risk=30, …"``) and their source, or
    ``(None, None)`` for the preset. Bad text raises ``WorkspaceError`` naming the criterion."""
    try:
        typed = parse_weights(text)
        if not typed:
            return None, None
        normalised_weights(typed)
    except PriorityError as error:
        raise WorkspaceError(priority_message(error, language)) from None
    label = tr("user", language)
    return {c: typed.get(c, 0.0) for c in reference.PRIORITY_CRITERIA}, "{}: {}".format(label, source) if source \
        else label


def priority_message(error, language, level=""):
    """A ``PriorityError`` told in the user's language, naming the criterion or location."""
    criteria = ", ".join(reference.PRIORITY_CRITERIA)
    messages = {
        "weight_pair": tr("A weight must be written criterion=number: '{criterion}'.", language),
        "weight_unknown": tr("'{criterion}' is not a priority criterion; the criteria are {criteria}.", language),
        "weight_text": tr("The weight of '{criterion}' is not a number: '{value}'.", language),
        "weight_negative": tr("The weight of '{criterion}' cannot be negative ({value}).", language),
        "weight_zero": tr("The priority weights add up to zero; give at least one criterion a weight.", language),
        "share_text": tr("The unsafe-excreta share of {criterion} is not a number: '{value}'.", language),
        "share_range": tr("The unsafe-excreta share of {criterion} must lie between 0 and 1, not {value}.", language),
        "order_empty": tr("The agreed order is empty: list the location codes, first to last.", language),
        "order_unknown": tr("The location '{criterion}' in the agreed order is not an {level} of the workspace.",
                            language),
        "order_repeated": tr("The location '{criterion}' comes twice in the agreed order.", language),
        "reason_pair": tr("A reason must be written code=reason: '{criterion}'.", language),
        "reason_unknown": tr("A reason is given for '{criterion}', which is not in the agreed order.", language),
        "reason_missing": tr("{criterion}: its agreed place differs from the computed rank ({value}); give the "
                             "rembuk's reason for the change (REASONS: {criterion}=reason).", language),
    }
    value = error.value if error.value not in (None, "") else tr("none", language)
    return messages[error.kind].format(criterion=error.criterion, value=value, criteria=criteria,
                                       level=level)


# --- Reading a location's figures ------------------------------------------------

def _indicators(path, level):
    return {location_code(level, r.get("rw"), r.get("rt")): r
            for r in read_rows(path, "area_indicators") if r.get("level") == level}


def _problems(path, level, areas):
    """``{code: [(severity, season), …]}`` of the problems in each location, and how many lie
    outside every one. Placed from their geometry with the attach rule, as the area indicators
    count them (``rw``/``rt`` fields may be stale or not filled yet)."""
    index = AreaIndex(areas.items(), lambda pair: pair[0], geometry_of=lambda pair: pair[1].geometry)
    layer = open_layer(path, schema.layer("problems"), schema.DEFAULT_LANGUAGE)
    found, outside = defaultdict(list), 0
    for feature in layer.getFeatures():
        key = index.code_for(feature.geometry())
        if key is None:
            outside += 1
            continue
        severity = plain(feature["severity"])
        # Not one of the code list's 1-3 (empty, or typed otherwise): unknown, counted as reference says.
        severity = int(severity) if str(severity) in schema.SEVERITY.values() else None
        found[location_code(level, key[0], key[1])].append((severity, plain(feature["season"])))
    return found, outside


def _feasible(path, level):
    """``{code: number of feasible options}``, or None when the options were never screened here."""
    rows = [r for r in read_rows(path, "screening") if r.get("location_level") == level]
    if not rows:
        return None
    counts = Counter()
    for row in rows:
        counts[row["location_code"]] += bool(row.get("feasible"))
    return counts


def _severity(problems):
    unknown = reference.PROBLEM_SEVERITY_UNKNOWN.value
    return float(sum(unknown if s is None else s for s, _season in problems))


def compute_priorities(path, level="RT", weights=None, weights_source=None, unsafe_excreta=None,
                       language=schema.DEFAULT_LANGUAGE, feedback=None, season=None):
    """Rank every RT (or RW) of the workspace at ``path``; store and return the run.

    ``unsafe_excreta``: the SFD's ``{location_code: share 0-1 or None}`` (optional;
    the preset weighs it 0). ``season`` ("rainy" or "dry"): count only the problems of that
    season and those of all year (a problem whose season nobody gave is left out then). The
    rows replace the ``priorities`` rows of ``level`` and the ``priority_weights`` table, in
    one transaction."""
    if level not in LEVELS:
        raise WorkspaceError(tr("The level must be RT or RW, not {level}.", language).format(level=level))
    if season not in (None, "rainy", "dry"):
        raise WorkspaceError(tr("The season must be rainy or dry, not {season}.", language).format(season=season))
    # The preset's weights are flagged as the plugin's; weights given (even the same numbers) as the user's.
    is_default = weights is None
    if is_default:
        weights, weights_source = dict(reference.DEFAULT_PRIORITY_WEIGHTS), reference.DEFAULT_PRIORITY_WEIGHTS_SOURCE
    try:
        normalised = normalised_weights(weights)
        shares = check_unsafe_excreta(unsafe_excreta)
    except PriorityError as error:
        raise WorkspaceError(priority_message(error, language)) from None
    source = weights_source or tr("user", language)

    # _read_areas is the indicators' own reader: the same polygons, duplicates merged.
    areas, _crs, _uncoded = _read_areas(path, level)
    if not areas:
        raise WorkspaceError(tr("The workspace has no {level} polygons yet: import the boundaries first.",
                                language).format(level=level))
    indicators = _indicators(path, level)
    if not indicators:
        raise WorkspaceError(tr("No area indicators at {level} level yet: run 'Area indicators and risk' at this "
                                "level first.", language).format(level=level))
    problems, outside = _problems(path, level, areas)
    if season:
        problems = {code: [p for p in named if p[1] in (season, "all_year")] for code, named in problems.items()}
    feasible = _feasible(path, level)
    land = {code: conditions for code, _rw, _rt, conditions in locations(path, level)}
    run = PriorityRun(level, [], normalised, source, outside, feasible is not None)

    places, keys = [], {}
    ordered = sorted(areas, key=lambda k: code_key(tuple(p or "" for p in k)))
    for number, key in enumerate(ordered):
        if feedback is not None:
            if feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; the workspace was not changed.", language))
            feedback.setProgress(100.0 * number / len(ordered))
        code = location_code(level, key[0], key[1])
        keys[code] = key
        found = indicators.get(code)
        aman = found.get("aman_share") if found else None
        places.append(Location(
            code=code,
            thin=found is None or bool(found.get("data_thin")),
            not_aman_share=None if aman is None else 100.0 - aman,
            babs_share=found.get("babs_share") if found else None,
            risk_index=found.get("risk_index") if found else None,
            problem_severity=_severity(problems.get(code, ())),
            land_m2=(land.get(code) or {}).get("land_m2"),
            feasible=None if feasible is None else feasible.get(code, 0) > 0,
            unsafe_excreta=shares.get(code)))
    results = {r.code: r for r in prioritise(places, normalised)}

    computed_at = datetime.datetime.now().isoformat(timespec="seconds")
    method = method_text(normalised, source, language)
    if season:
        method += "; " + tr("problems of the {season} and all year", language).format(
            season=schema.SEASON.label(season, language).lower())
    for place in places:
        result = results[place.code]
        rw, rt = keys[place.code]
        figures = _Figures(place, indicators.get(place.code), problems.get(place.code, ()),
                           land.get(place.code) or {}, None if feasible is None else feasible.get(place.code, 0))
        run.rows.append({
            "uuid": str(uuid.uuid4()), "location_level": level, "location_code": place.code, "rw": rw, "rt": rt,
            "need_score": result.scores.get("need"), "risk_score": result.scores.get("risk"),
            "problems_score": result.scores.get("problems"), "readiness_score": result.scores.get("readiness"),
            "unsafe_excreta_score": result.scores.get("unsafe_excreta"),
            "priority_score": result.priority_score, "computed_rank": result.rank, "status": result.status,
            "reasons": reasons_text(result, figures, normalised, language),
            "method": method, "computed_at": computed_at,
            "wkb": _multipolygon(areas[(rw, rt)].geometry),
        })
    run.rows.sort(key=lambda row: (row["status"] != RANKED, row["computed_rank"] or 0,
                                   code_key(row["location_code"])))
    weight_rows = [{"uuid": str(uuid.uuid4()), "criterion": c, "weight": 100.0 * normalised[c], "source": source,
                    "is_default": is_default, "set_at": computed_at} for c in reference.PRIORITY_CRITERIA]
    if feedback is not None and feedback.isCanceled():
        raise WorkspaceError(tr("Cancelled; the workspace was not changed.", language))
    write_rows(path, {"priorities": run.rows, "priority_weights": weight_rows},
               replace={"priorities": ("location_level", level), "priority_weights": True})
    return run


# --- What a row says ---------------------------------------------------------------

@dataclass
class _Figures:
    place: Location
    indicators: dict
    problems: tuple
    land: dict
    feasible_options: object


def _number(value, language, decimals=0):
    return format_number(value, language, decimals)


def _criterion(name, language):
    return {
        "need": tr("need", language), "risk": tr("risk", language), "problems": tr("problems", language),
        "readiness": tr("readiness", language), "unsafe_excreta": tr("unsafe excreta", language),
    }[name]


def method_text(weights, source, language):
    """"SSK area berisiko: …; weights need 25 %, …; source: …"."""
    parts = ", ".join("{} {} %".format(_criterion(c, language), _number(100.0 * w, language, 0 if (
        100.0 * w).is_integer() else 1)) for c, w in weights.items())
    return tr("SSK area berisiko (Buku Pedoman Pemutakhiran SSK 2017): each parameter scored 1-4 by equal intervals "
              "over the locations compared, priority = Σ weight × score; weights {weights}; source: {source}",
              language).format(weights=parts, source=source)


def _need_text(figures, language):
    found = figures.indicators or {}
    if found.get("aman_share") is None:
        return tr("no toilet answers", language)
    # The shares are of the households that answered, as the area indicators count them.
    return tr("{surveyed} households surveyed: {share} % without safe access, open defecation {babs} %",
              language).format(share=_number(figures.place.not_aman_share, language),
                               babs=_number(found.get("babs_share") or 0.0, language),
                               surveyed=found.get("households_surveyed") or 0)


def _risk_text(figures, language):
    found = figures.indicators or {}
    if found.get("risk_index") is None:
        return tr("no risk index", language)
    return tr("IRS {index}, class {risk_class}", language).format(
        index=_number(found["risk_index"], language, 1), risk_class=found.get("risk_class") or "-")


def _problems_text(figures, language):
    if not figures.problems:
        return tr("none named", language)
    seasons = Counter()
    for severity, season in figures.problems:
        seasons[season] += reference.PROBLEM_SEVERITY_UNKNOWN.value if severity is None else severity
    parts = ["{} {}".format((schema.SEASON.label(s, language) or s).lower() if s else tr("season unknown", language),
                            _number(n, language)) for s, n in sorted(seasons.items(), key=lambda i: str(i[0]))]
    return tr("{count} named, count × severity {total} ({seasons})", language).format(
        count=len(figures.problems), total=_number(figures.place.problem_severity, language),
        seasons=", ".join(parts))


def _readiness_text(figures, language):
    land = figures.land.get("land_m2")
    if not land:
        land_text = tr("no land recorded", language)
    else:
        where = (tr("a candidate site", language) if figures.land.get("land_source") == "site"
                 else tr("the location's own land", language))
        land_text = tr("land {m2} m² ({where})", language).format(m2=_number(land, language), where=where)
    if figures.feasible_options is None:
        options = tr("options not screened", language)
    else:
        options = tr("{count} feasible options", language).format(count=figures.feasible_options)
    return "{}, {}, {}".format(land_text, options, tr("willingness not recorded in the workspace", language))


def reasons_text(result, figures, weights, language):
    """One line in the user's language with the numbers used."""
    texts = {"need": _need_text, "risk": _risk_text, "problems": _problems_text, "readiness": _readiness_text}
    if result.status == SURVEY_FIRST:
        found = figures.indicators
        if found is None:
            why = tr("no area indicators for this location", language)
        elif found.get("data_thin"):
            why = tr("{surveyed} households surveyed, fewer than the {minimum} needed", language).format(
                surveyed=found.get("households_surveyed") or 0,
                minimum=_number(reference.MIN_SURVEYED_HOUSEHOLDS.value, language))
        else:
            why = tr("no figure the weights look at", language)
        return tr("Survey first: {why}; problems {problems}; {readiness}", language).format(
            why=why, problems=_problems_text(figures, language), readiness=_readiness_text(figures, language))
    parts = []
    for criterion in ("need", "risk", "problems", "readiness"):
        score = result.scores.get(criterion)
        parts.append("{} {} ({})".format(_criterion(criterion, language).capitalize() if not parts
                                         else _criterion(criterion, language),
                                         "-" if score is None else _number(score, language, 1),
                                         texts[criterion](figures, language)))
    excreta = figures.place.unsafe_excreta
    if weights.get("unsafe_excreta", 0) > 0 or excreta is not None:
        score = result.scores.get("unsafe_excreta")
        parts.append("{} {} ({})".format(
            _criterion("unsafe_excreta", language), "-" if score is None else _number(score, language, 1),
            tr("no SFD figure, left out", language) if excreta is None
            else "{} %".format(_number(100.0 * excreta, language))))
    line = "; ".join(parts) + "; " + tr("priority {score}, rank {rank}", language).format(
        score=_number(result.priority_score, language, 2), rank=result.rank)
    if result.tied:
        line += " " + tr("(tied)", language)
    return line


# --- The rembuk's agreed order -------------------------------------------------------

def find_meeting(path, meeting, language):
    """The ``meetings`` row whose uuid, or else title, is ``meeting``; refused by name otherwise."""
    text = (meeting or "").strip()
    rows = read_rows(path, "meetings")
    by_uuid = [r for r in rows if r.get("uuid") == text]
    if by_uuid:
        return by_uuid[0]
    by_title = [r for r in rows if (r.get("title") or "").strip().lower() == text.lower() and text]
    if len(by_title) == 1:
        return by_title[0]
    if len(by_title) > 1:
        raise WorkspaceError(tr("{count} meetings are titled '{meeting}': give the meeting's id (uuid).",
                                language).format(count=len(by_title), meeting=text))
    raise WorkspaceError(tr("No meeting '{meeting}' in the workspace: record the rembuk in 'Meetings' first, or "
                            "give its id or exact title.", language).format(meeting=text))


def _known_codes(path, level):
    """Every location code of ``level`` from the polygons, and a lookup of its numbers ("2/1" → "002/001")."""
    areas, _crs, _uncoded = _read_areas(path, level)
    codes = [location_code(level, rw, rt) for rw, rt in areas]
    return codes, {_numbers(code): code for code in codes}


def _numbers(code):
    parts = []
    for part in str(code).split("/"):
        part = part.strip()
        parts.append(str(int(part)) if part.isdigit() else part.lower())
    return tuple(parts)


def agree_priorities(path, meeting, level, order_text, reasons_text_=None, language=schema.DEFAULT_LANGUAGE):
    """Store the order the rembuk ``meeting`` agreed for ``level``; return the rows
    (each with ``moved``: whether it left its computed place, ties counted as kept).

    Each meeting's agreement is kept (history); the same meeting agreeing again for the
    same level replaces its own rows. Refuses an unknown meeting or location and a
    change from the computed rank without a reason, naming it; nothing is written then."""
    if level not in LEVELS:
        raise WorkspaceError(tr("The level must be RT or RW, not {level}.", language).format(level=level))
    found = find_meeting(path, meeting, language)
    computed = {r["location_code"]: r.get("computed_rank") for r in read_rows(path, "priorities")
                if r.get("location_level") == level}
    if not computed:
        raise WorkspaceError(tr("No computed priorities at {level} level yet: run 'Prioritise locations' first.",
                                language).format(level=level))
    codes, by_numbers = _known_codes(path, level)
    for code in codes:
        computed.setdefault(code, None)
    try:
        order = [by_numbers.get(_numbers(c), c) for c in parse_order(order_text)]
        reasons = {by_numbers.get(_numbers(c), c): r for c, r in parse_reasons(reasons_text_).items()}
        agreed = agree(order, computed, reasons)
    except PriorityError as error:
        raise WorkspaceError(priority_message(error, language, level)) from None
    rows = [{"uuid": str(uuid.uuid4()), "meeting_uuid": found["uuid"], "location_level": level,
             "location_code": a.code, "agreed_rank": a.agreed_rank, "computed_rank": a.computed_rank,
             "change_reason": a.change_reason} for a in agreed]
    # The meeting's rows of the other level stay: rewritten in the same transaction.
    kept = [dict(r) for r in read_rows(path, "agreed_priorities")
            if r.get("meeting_uuid") == found["uuid"] and r.get("location_level") != level]
    for row in kept:
        row.pop("fid", None)
    write_rows(path, {"agreed_priorities": kept + rows}, replace={"agreed_priorities": ("meeting_uuid", found["uuid"])})
    # "moved" is not stored: a place inside its tie is no change (core.priorities.unchanged_place).
    return [dict(row, moved=a.moved) for row, a in zip(rows, agreed)]


def _newest_agreement(path, level):
    """``(meeting uuid, {code: row})`` of the newest meeting (by its date) that agreed an order for ``level``.

    Two meetings on the same date (or both without one): the agreement stored last wins,
    i.e. the meeting whose agreed_priorities rows have the highest fid (a meeting agreeing
    again rewrites its rows, so it then counts as stored last). Deterministic, unlike the
    random uuids."""
    rows = [r for r in read_rows(path, "agreed_priorities") if r.get("location_level") == level]
    if not rows:
        return None, {}
    dates = {m["uuid"]: m.get("meeting_date") or "" for m in read_rows(path, "meetings")}
    stored = {}
    for row in rows:
        stored[row["meeting_uuid"]] = max(stored.get(row["meeting_uuid"], 0), row["fid"])
    newest = max(stored, key=lambda m: (dates.get(m, ""), stored[m]))
    return newest, {r["location_code"]: r for r in rows if r["meeting_uuid"] == newest}


def location_order(path, level):
    """The locations of ``level`` in the order the plan uses: the newest agreement's order
    where a rembuk agreed one, then the other ranked locations in computed order, the
    survey-first ones last. Each item: location_code, rw, rt, rank (place in this order;
    None for a survey-first location no rembuk placed), computed_rank, agreed_rank,
    status, priority_score, meeting_uuid."""
    computed = [r for r in read_rows(path, "priorities") if r.get("location_level") == level]
    meeting, agreed = _newest_agreement(path, level)
    by_code = {r["location_code"]: r for r in computed}
    for code in agreed:
        by_code.setdefault(code, {"location_code": code, "status": None})

    def key(row):
        code = row["location_code"]
        if code in agreed:
            return (0, agreed[code]["agreed_rank"], code_key(code))
        if row.get("status") != SURVEY_FIRST and row.get("computed_rank") is not None:
            return (1, row["computed_rank"], code_key(code))
        return (2, 0, code_key(code))

    items = []
    for row in sorted(by_code.values(), key=key):
        code = row["location_code"]
        rw, rt = code.split("/") if level == "RT" else (code, None)
        placed = code in agreed or (row.get("status") != SURVEY_FIRST and row.get("computed_rank") is not None)
        items.append({
            "location_code": code, "rw": row.get("rw") or rw, "rt": row.get("rt") or rt,
            "rank": len(items) + 1 if placed else None,
            "computed_rank": row.get("computed_rank"),
            "agreed_rank": agreed[code]["agreed_rank"] if code in agreed else None,
            "status": row.get("status"), "priority_score": row.get("priority_score"),
            "meeting_uuid": meeting if code in agreed else None,
        })
    return items
