"""The starting matrix of a place: each criterion's value for each feasible
option, derived from the location's own data, with why. Pure Python.

Every cell says what it is (``reason``: a key the workspace turns into a
sentence in the user's language), the numbers it used, their source, and
whether it rests on an assumption:

- ``cost``: ``core.costs`` (fixed + per KK × KK + per metre × pipe length) / KK.
- ``land``: public land needed for the households served (the catalogue's
  land per unit × units) against the land available (candidate sites) as a
  ratio; m² per KK where no land is known.
- ``suitability`` (kesesuaian lokasi): ``core.suitability``, 0-1.
- ``health``: from the place's own hazards (``HAZARDS``): 1 + 4 × the share of
  the hazards present that the option removes, so an option that removes
  what is wrong here scores higher; 3 where no hazard was found.
- ``om``, ``acceptance``: community judgements: the catalogue's default,
  shown as *belum dinilai warga* until a session sets them.

A value the place's data cannot give (households unknown, no price) falls
back to the catalogue's default, flagged as an assumption.
"""

import math
from dataclasses import dataclass, field
from typing import Dict, Optional

from .costs import cost_per_household
from .options import ASSUMED, DEFAULT_PERFORMANCE
from .suitability import suitability

# Hazards of a place, as shares of its surveyed households (flooding: the whole place).
HAZARDS = ("unsafe_access", "babs", "wells_near_septic", "flood_prone")
# How much of each hazard an option removes (0-1): a plugin assumption. A soak-away
# keeps leaching into nearby wells and floods; a sealed IPAL or sewer does not.
REMOVES = {
    "septic_individual": {"unsafe_access": 1.0, "babs": 1.0, "wells_near_septic": 0.0, "flood_prone": 0.0},
    "septic_shared": {"unsafe_access": 1.0, "babs": 1.0, "wells_near_septic": 0.3, "flood_prone": 0.0},
    "mck": {"unsafe_access": 0.5, "babs": 1.0, "wells_near_septic": 0.5, "flood_prone": 0.3},
    "ipal_komunal": {"unsafe_access": 1.0, "babs": 1.0, "wells_near_septic": 1.0, "flood_prone": 0.7},
    "sewer_connection": {"unsafe_access": 1.0, "babs": 1.0, "wells_near_septic": 1.0, "flood_prone": 0.7},
}
REMOVES_SOURCE = "Asumsi CSIAP Planner: bagian bahaya yang dihilangkan tiap opsi (sesuaikan)"
COMMUNITY_CRITERIA = ("om", "acceptance")


@dataclass
class Cell:
    value: Optional[float]
    reason: str                       # a key: cost, cost_default, land_ratio, … (see workspace.scoring)
    numbers: Dict[str, object] = field(default_factory=dict)
    source: str = ASSUMED
    assumption: bool = True


def hazards(place):
    """``{hazard: share 0-1}`` of the hazards known at ``place`` (unknown ones left out),
    and ``{hazard: households}`` behind them."""
    shares, counts = {}, {}
    surveyed = place.get("households_surveyed") or 0
    if surveyed:
        for hazard, count in (("unsafe_access", surveyed - (place.get("layak_households") or 0)),
                              ("babs", place.get("babs_households")),
                              ("wells_near_septic", place.get("wells_near_septic"))):
            if count is not None:
                shares[hazard], counts[hazard] = max(0, count) / surveyed, max(0, count)
    if place.get("flood_prone") is not None:
        shares["flood_prone"] = 1.0 if place["flood_prone"] else 0.0
    return shares, counts


def cost_cell(option, place, unit_costs):
    households = place.get("households")
    cost = cost_per_household(unit_costs, option.code, households, option.max_households,
                              place.get("area_ha"), households)
    if cost is None:
        default = DEFAULT_PERFORMANCE.get(option.code, {}).get("cost")
        return Cell(default, "cost_default" if households else "cost_no_households", {"households": households})
    numbers = {"households": households, "units": cost.units, "total": cost.total, "per_household": cost.per_household}
    if cost.pipe_m is not None:
        numbers["pipe_m"] = cost.pipe_m
    return Cell(cost.per_household, "cost", numbers, "; ".join(cost.sources), cost.assumption)


def land_cell(option, place):
    need = option.requirement("land_m2")
    households = place.get("households")
    units = math.ceil(households / option.max_households) if households and option.max_households else 1
    needed = float(need.value) * units if need is not None else 0.0
    source, assumed = (need.source, need.assumption) if need is not None else (ASSUMED, False)
    available = place.get("land_m2")
    numbers = {"needed_m2": needed, "units": units, "available_m2": available, "households": households}
    if available:
        return Cell(needed / available, "land_ratio" if needed else "land_none", numbers, source, assumed)
    if households:
        return Cell(needed / households, "land_per_household" if needed else "land_none", numbers, source, assumed)
    default = DEFAULT_PERFORMANCE.get(option.code, {}).get("land")
    return Cell(default, "land_default", numbers)


def suitability_cell(option, place):
    found = suitability(option.code, place)
    numbers = {"conditions": {m.condition: (m.value, m.score) for m in found.memberships},
               "unchecked": list(found.unchecked)}
    sources = "; ".join(sorted({m.source for m in found.memberships if m.score is not None}))
    if all(m.score is None for m in found.memberships):
        return Cell(1.0, "suitability_unchecked", numbers, sources or ASSUMED, False)
    return Cell(found.score, "suitability", numbers, sources, found.assumption)


def health_cell(option, place):
    shares, counts = hazards(place)
    removes = REMOVES.get(option.code, {})
    present = {h: s for h, s in shares.items() if s > 0}
    numbers = {"shares": shares, "households": counts,
               "removed": sorted(h for h in present if removes.get(h, 0) >= 0.5),
               "left": sorted(h for h in present if removes.get(h, 0) < 0.5)}
    if not shares:
        return Cell(DEFAULT_PERFORMANCE.get(option.code, {}).get("health"), "health_default", numbers)
    if not present:
        return Cell(3.0, "health_no_hazard", numbers, REMOVES_SOURCE)
    removed = sum(s * removes.get(h, 0.0) for h, s in present.items()) / sum(present.values())
    return Cell(1.0 + 4.0 * removed, "health", numbers, REMOVES_SOURCE)


def community_cell(option, criterion):
    return Cell(DEFAULT_PERFORMANCE.get(option.code, {}).get(criterion), "not_judged", {})


def starting_cells(place, options, criteria, unit_costs):
    """``{option code: {criterion: Cell}}`` for the ``options`` (``core.options.Option``,
    the feasible ones) at ``place`` (its conditions, households, area and hazards)."""
    makers = {"cost": lambda o: cost_cell(o, place, unit_costs), "land": lambda o: land_cell(o, place),
              "suitability": lambda o: suitability_cell(o, place), "health": lambda o: health_cell(o, place)}
    cells = {}
    for option in options:
        row = {}
        for criterion in criteria:
            if criterion in makers:
                row[criterion] = makers[criterion](option)
            else:
                row[criterion] = community_cell(option, criterion)
        cells[option.code] = row
    return cells


def separating(result, weights):
    """Why the first option of a ranked location is above the second: the
    criteria in order of how much they put it ahead (weight × the difference of
    their normalised values), only those that do. ``(first, second, [criteria])``,
    or None where fewer than two options were ranked or the top two tie."""
    ranking = result.ranking
    if len(ranking) < 2 or ranking[0].tied:
        return None
    first, second = ranking[0].option, ranking[1].option
    total = float(sum(w for w in weights.values() if w > 0)) or 1.0
    ahead = []
    for criterion, weight in weights.items():
        if weight <= 0 or criterion not in result.normalised.get(first, {}):
            continue
        lead = weight / total * (result.normalised[first][criterion] - result.normalised[second][criterion])
        if lead > 1e-12:
            ahead.append((lead, criterion))
    return first, second, [c for _lead, c in sorted(ahead, reverse=True)]


def format_number(value, language, decimals=0):
    """350000 → "350.000" (id) or "350,000" (en); 0.6 → "0,6" / "0.6"."""
    text = "{:,.{}f}".format(value, decimals)
    if language == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text
