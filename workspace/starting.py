"""The starting matrix of a workspace, cell by cell, with its reasons in the
user's language, and the sentence that explains each location's ranking.

``starting_cells`` is what the "Matrik Skoring" dock and ``csiap:scoreoptions``
read: for every screened location × feasible option × criterion a
``StartingCell`` (value, one-line reason, the numbers used, source,
assumption flag, and whether residents have judged it). ``core.starting``
derives the values; this module only reads the workspace and words them.
"""

from dataclasses import dataclass, field
from typing import Dict, Optional

from ..core import schema
from ..core.starting import COMMUNITY_CRITERIA, format_number, separating
from ..core.starting import starting_cells as derive_cells
from ..i18n import tr
from .options import read_catalogue, read_criteria, read_unit_costs
from .project import read_rows
from .screening import locations

# Groundwater shallower than this is "shallow" in a sentence: where a soak-away starts to
# lose suitability (Santiago's example leach field wants 3 m; core.suitability).
GROUNDWATER_SHALLOW_M = 3.0


@dataclass
class StartingCell:
    value: Optional[float]
    reason: str                         # one line, in the language asked for
    numbers: Dict[str, object] = field(default_factory=dict)
    source: str = ""
    assumption: bool = True
    judged: bool = True                 # False: O&M and acceptance, "belum dinilai warga"
    key: str = ""                       # the reason's kind (core.starting), for the explanation


def feasible_options(path, level):
    """``{location: [option, …]}`` from the last screening of ``level`` (empty when none)."""
    feasible = {}
    for row in read_rows(path, "screening"):
        if row["location_level"] == level:
            options = feasible.setdefault(row["location_code"], [])
            if row["feasible"]:
                options.append(row["option_code"])
    return feasible


def starting_cells(path, level, language):
    """``{location: {option: {criterion: StartingCell}}}`` for every screened
    location of ``level`` and its feasible options."""
    catalogue = {o.code: o for o in read_catalogue(path)}
    criteria = [c.code for c in read_criteria(path)]
    unit_costs = read_unit_costs(path)
    places = {code: conditions for code, _rw, _rt, conditions in locations(path, level)}
    matrix = {}
    for location, feasible in feasible_options(path, level).items():
        options = [catalogue[o] for o in feasible if o in catalogue]
        place = places.get(location, {})
        matrix[location] = worded(derive_cells(place, options, criteria, unit_costs), language)
    return matrix


def worded(cells, language):
    """``core.starting`` cells of one place as ``StartingCell``, their reasons in ``language``."""
    return {o: {c: StartingCell(cell.value, reason_text(cell, c, language), cell.numbers, cell.source,
                                cell.assumption, cell.reason != "not_judged", cell.reason)
                for c, cell in row.items()}
            for o, row in cells.items()}


def _n(value, language, decimals=0):
    return format_number(float(value), language, decimals)


def _condition_label(condition, language):
    if condition == "density":
        return schema.layer("area_indicators").field("density").alias.text(language)
    return schema.layer("rt").field(condition).alias.text(language)


def _condition_value(condition, value, language):
    if isinstance(value, bool) or condition in ("flood_prone", "truck_access"):
        return tr("yes", language) if value else tr("no", language)
    return _n(value, language, 1)


def _hazard_text(hazard, households, language):
    count = households.get(hazard)
    texts = {
        "unsafe_access": tr("households without adequate access ({count} households)", language),
        "babs": tr("open defecation ({count} households)", language),
        "wells_near_septic": tr("wells within 10 m of a septic tank ({count})", language),
        "flood_prone": tr("faecal contamination when it floods", language),
    }
    return texts[hazard].format(count=count)


def reason_text(cell, criterion, language):
    """One line saying where the value of ``cell`` comes from."""
    numbers, key = cell.numbers, cell.reason
    if key == "cost":
        text = tr("Rp {per_household} per household: {units} unit(s) for {households} households, Rp {total} "
                  "in all", language).format(per_household=_n(numbers["per_household"], language),
                                              units=numbers["units"], households=numbers["households"],
                                              total=_n(numbers["total"], language))
        if "pipe_m" in numbers:
            text += tr(", {metres} m of pipe (estimated from area and density)", language).format(
                metres=_n(numbers["pipe_m"], language))
    elif key in ("cost_default", "cost_no_households", "land_default", "health_default"):
        text = {"cost_default": tr("Catalogue default: the workspace has no unit price for this option", language),
                "cost_no_households": tr("Catalogue default: the number of households is not known", language),
                "land_default": tr("Catalogue default: households and land available are not known", language),
                "health_default": tr("Catalogue default: no household survey here", language)}[key]
    elif key in ("land_ratio", "land_ratio_area"):
        # Which land was used: a candidate site's, else the RT's or RW's own (core.starting).
        template = (tr("Needs {needed} m² of the {available} m² of land at the candidate site ({units} unit(s))",
                       language) if key == "land_ratio" else
                    tr("Needs {needed} m² of the {available} m² of land the RT/RW records itself; no candidate "
                       "site records land ({units} unit(s))", language))
        text = template.format(needed=_n(numbers["needed_m2"], language),
                               available=_n(numbers["available_m2"], language), units=numbers["units"])
    elif key == "land_per_household":
        text = tr("Needs {needed} m² for {households} households; no land available is recorded", language).format(
            needed=_n(numbers["needed_m2"], language), households=numbers["households"])
    elif key == "land_none":
        text = tr("Needs no shared land (on the household's own plot or in the street)", language)
    elif key in ("suitability", "suitability_unchecked"):
        parts = ["{} {} → {}".format(_condition_label(c, language), _condition_value(c, value, language),
                                     _n(score, language, 2))
                 for c, (value, score) in numbers["conditions"].items() if score is not None]
        if numbers["unchecked"]:
            parts.append(tr("not checked (no data, lowers nothing): {conditions}", language).format(
                conditions=", ".join(_condition_label(c, language) for c in numbers["unchecked"])))
        text = "; ".join(parts) if parts else tr("No site condition applies to this option", language)
    elif key == "health":
        households = numbers["households"]
        text = tr("Removes here: {removed}", language).format(
            removed=", ".join(_hazard_text(h, households, language) for h in numbers["removed"]) or "-")
        if numbers["left"]:
            text += "; " + tr("leaves: {left}", language).format(
                left=", ".join(_hazard_text(h, households, language) for h in numbers["left"]))
    elif key == "health_no_hazard":
        text = tr("No hazard found among the surveyed households", language)
    else:
        text = tr("belum dinilai warga (not yet judged by residents): catalogue default", language)
    if cell.assumption and key != "not_judged":
        text += " " + tr("(assumed figure)", language)
    return text


def in_sentence(name):
    """A criterion's name inside a sentence: its first letter lowercased, abbreviations
    kept ("Biaya pembangunan per KK" → "biaya pembangunan per KK", "O&M" stays)."""
    first = name.split(" ", 1)[0]
    return name if first.isupper() else name[:1].lower() + name[1:]


def short_name(name):
    """"IPAL komunal dengan perpipaan (shallow/small-bore sewer)" → "IPAL komunal dengan perpipaan"."""
    return name.split(" (")[0].strip()


def _advantage(criterion, first, second, cells, criteria_names, language):
    """What ``first`` has over ``second`` on ``criterion``, as a phrase."""
    a, b = (cells or {}).get(first, {}).get(criterion), (cells or {}).get(second, {}).get(criterion)
    if a is None or b is None:
        return in_sentence(criteria_names.get(criterion, criterion))
    if criterion == "cost" and a.key == "cost" and b.key == "cost":
        return tr("a lower cost per household (Rp {a} against Rp {b}) for {households} households",
                  language).format(a=_n(a.value, language), b=_n(b.value, language),
                                   households=a.numbers["households"])
    if criterion == "land":
        return tr("less land needed ({a} against {b} m²)", language).format(
            a=_n(a.numbers["needed_m2"], language), b=_n(b.numbers["needed_m2"], language))
    if criterion == "health" and a.key == "health":
        gained = [h for h in a.numbers["removed"] if h not in b.numbers.get("removed", [])]
        if gained:
            return tr("removing {hazards}", language).format(
                hazards=", ".join(_hazard_text(h, a.numbers["households"], language) for h in gained))
    if criterion == "suitability":
        phrase = _condition_phrase(a.numbers.get("conditions", {}), b.numbers.get("conditions", {}), language)
        if phrase:
            return phrase
    if criterion in COMMUNITY_CRITERIA:
        return tr("the catalogue's default for {criterion} (not yet judged by residents)", language).format(
            criterion=in_sentence(criteria_names.get(criterion, criterion)))
    return in_sentence(criteria_names.get(criterion, criterion))


def _condition_phrase(first, second, language):
    """The site condition that suits the first option better than the second, worded."""
    best, lead = None, 1e-9
    for condition in set(first) | set(second):
        value, score = first.get(condition, (None, None))
        other = second.get(condition, (value, None))[1]
        value = value if value is not None else second.get(condition, (None, None))[0]
        if value is None:
            continue
        difference = (1.0 if score is None else score) - (1.0 if other is None else other)
        if difference > lead:
            best, lead = (condition, value), difference
    if best is None:
        return None
    condition, value = best
    if condition == "groundwater_depth_m":
        template = (tr("shallow groundwater ({value} m)", language) if value < GROUNDWATER_SHALLOW_M
                    else tr("groundwater at {value} m", language))
    elif condition in ("flood_prone", "truck_access"):
        template = {("flood_prone", True): tr("flooding", language),
                    ("flood_prone", False): tr("no flooding", language),
                    ("truck_access", True): tr("desludging-truck access", language),
                    ("truck_access", False): tr("no desludging-truck access", language)}[condition, bool(value)]
    else:
        template = {"slope_pct": tr("a slope of {value} %", language),
                    "water_lpcd": tr("water use of {value} L/person/day", language),
                    "density": tr("a density of {value} persons/ha", language),
                    "permeability_cm_h": tr("soil permeability of {value} cm/h", language)}[condition]
    decimals = 0 if condition in ("density", "water_lpcd") else 1
    return template.format(value=_n(value, language, decimals) if not isinstance(value, bool) else value)


def explanation(result, weights, cells, option_names, criteria_names, language):
    """The sentence of one location: why its first option is above the second.
    "IPAL komunal above shared septic tank because of shallow groundwater (0.6 m)
    and a lower cost per household …"."""
    if not result.ranking:
        return None
    name = {o: short_name(option_names.get(o, o)) for o in [r.option for r in result.ranking]}
    if len(result.ranking) == 1:
        return tr("{first} is the only option ranked here", language).format(first=name[result.ranking[0].option])
    found = separating(result, weights)
    if found is None:
        tied = [r.option for r in result.ranking if r.rank == 1]
        return tr("{first} and {second} score the same here", language).format(first=name[tied[0]],
                                                                              second=name[tied[1]])
    first, second, criteria = found
    phrases = [_advantage(c, first, second, cells, criteria_names, language) for c in criteria[:2]]
    return tr("{first} above {second} because of {reasons}", language).format(
        first=name[first], second=name[second], reasons=tr(" and ", language).join(phrases))


def criteria_names(path, language):
    return {c.code: (c.name_id if language == "id" else c.name_en) for c in read_criteria(path)}


def explanations(path, results, weights, cells, language):
    """``{location: sentence}`` for ``results`` (``{location: (Result, flips)}``) of
    ``score_matrix``; ``cells`` the starting cells, or None for a typed matrix."""
    option_names = {o.code: (o.name_id if language == "id" else o.name_en) for o in read_catalogue(path)}
    names = criteria_names(path, language)
    return {location: explanation(result, weights, (cells or {}).get(location), option_names, names, language)
            for location, (result, _flips) in results.items()}
