"""The starting matrix of a place: each criterion's value for each feasible
option, derived from the location's own data, with why. Pure Python.

Every cell says what it is (``reason``: a key the workspace turns into a
sentence in the user's language), the numbers it used, their source, and
whether it rests on an assumption:

- ``cost``: ``core.costs`` (fixed + per KK × KK + per metre × pipe length) / KK.
- ``land``: public land needed for the households served (the catalogue's
  land per unit × units) against the land available as a ratio: the best
  public candidate site's, else the land the RT or RW records itself
  (``land_source`` "site" or "area", said in the reason); m² per KK where no
  land is known.
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

from .costs import cost_per_household, half_plot_side, price_table, total_cost
from .options import ASSUMED, DEFAULT_PERFORMANCE
from .suitability import suitability, suitability_score

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


def cost_cell(option, place, prices):
    households = place.get("households")
    cost = cost_per_household(prices, option.code, households, option.max_households,
                              place.get("area_ha"), households)
    if cost is None:
        default = DEFAULT_PERFORMANCE.get(option.code, {}).get("cost")
        return Cell(default, "cost_default" if households else "cost_no_households", {"households": households})
    numbers = {"households": households, "units": cost.units, "total": cost.total, "per_household": cost.per_household}
    if cost.pipe_m is not None:
        numbers["pipe_m"] = cost.pipe_m
    return Cell(cost.per_household, "cost", numbers, "; ".join(cost.sources), cost.assumption)


def land_need(option, place):
    """``(key, value, m² needed, units)``: the shared land the households need, against
    the land available (a ratio), else per KK, else the catalogue's default."""
    need = option.requirement("land_m2")
    households = place.get("households")
    units = math.ceil(households / option.max_households) if households and option.max_households else 1
    needed = float(need.value) * units if need is not None else 0.0
    available = place.get("land_m2")
    if available:
        ratio = "land_ratio_area" if place.get("land_source") == "area" else "land_ratio"
        return (ratio if needed else "land_none"), needed / available, needed, units
    if households:
        return ("land_per_household" if needed else "land_none"), needed / households, needed, units
    return "land_default", DEFAULT_PERFORMANCE.get(option.code, {}).get("land"), needed, units


def land_cell(option, place):
    key, value, needed, units = land_need(option, place)
    need = option.requirement("land_m2")
    numbers = {"needed_m2": needed, "units": units, "available_m2": place.get("land_m2"),
               "households": place.get("households")}
    if key == "land_default":
        return Cell(value, key, numbers)
    source, assumed = (need.source, need.assumption) if need is not None else (ASSUMED, False)
    return Cell(value, key, numbers, source, assumed)


def suitability_cell(option, place):
    found = suitability(option.code, place)
    numbers = {"conditions": {m.condition: (m.value, m.score) for m in found.memberships},
               "unchecked": list(found.unchecked)}
    sources = "; ".join(sorted({m.source for m in found.memberships if m.score is not None}))
    if all(m.score is None for m in found.memberships):
        return Cell(1.0, "suitability_unchecked", numbers, sources or ASSUMED, False)
    return Cell(found.score, "suitability", numbers, sources, found.assumption)


def health_value(option, shares):
    """``(key, value)`` from the hazards' ``shares`` at a place."""
    present = [(h, share) for h, share in shares.items() if share > 0]
    return _health(option, shares, present, sum(share for _h, share in present))


def _health(option, shares, present, total):
    if not shares:
        return "health_default", DEFAULT_PERFORMANCE.get(option, {}).get("health")
    if not total:
        return "health_no_hazard", 3.0
    removes = REMOVES.get(option, {})
    return "health", 1.0 + 4.0 * sum(share * removes.get(h, 0.0) for h, share in present) / total


def health_cell(option, place):
    shares, counts = hazards(place)
    removes = REMOVES.get(option.code, {})
    present = [h for h in HAZARDS if shares.get(h, 0) > 0]
    numbers = {"shares": shares, "households": counts,
               "removed": [h for h in present if removes.get(h, 0) >= 0.5],
               "left": [h for h in present if removes.get(h, 0) < 0.5]}
    key, value = health_value(option.code, shares)
    return Cell(value, key, numbers, ASSUMED if key == "health_default" else REMOVES_SOURCE)


def community_cell(option, criterion):
    return Cell(DEFAULT_PERFORMANCE.get(option.code, {}).get(criterion), "not_judged", {})


def starting_cells(place, options, criteria, unit_costs):
    """``{option code: {criterion: Cell}}`` for the ``options`` (``core.options.Option``,
    the feasible ones) at ``place`` (its conditions, households, area and hazards);
    ``unit_costs``: the rows, or their ``price_table``."""
    prices = unit_costs if isinstance(unit_costs, dict) else price_table(unit_costs)
    makers = {"cost": lambda o: cost_cell(o, place, prices), "land": lambda o: land_cell(o, place),
              "suitability": lambda o: suitability_cell(o, place), "health": lambda o: health_cell(o, place)}
    cells = {}
    for option in options:
        cells[option.code] = {c: makers[c](option) if c in makers else community_cell(option, c) for c in criteria}
    return cells


def starting_values(place, options, criteria, prices, catalogue=DEFAULT_PERFORMANCE):
    """The values of ``starting_cells`` without their reasons, numbers and sources:
    the same formulas, for ranking many places at once (``prices``: a ``price_table``;
    ``catalogue``: each option's values where the place's data gives none)."""
    shares = hazards(place)[0]
    present = [(h, share) for h, share in shares.items() if share > 0]
    total = sum(share for _h, share in present)
    households = place.get("households")
    half_side = half_plot_side(place.get("area_ha"), households)
    matrix = {}
    for option in options:
        code = option.code
        defaults = catalogue.get(code, {})
        option_prices = prices.get(code)
        derived = {"cost": total_cost(option_prices, code, households, option.max_households, half_side)[2] /
                   households if option_prices is not None and households else defaults.get("cost"),
                   "land": land_need(option, place)[1], "suitability": suitability_score(code, place),
                   "health": _health(code, shares, present, total)[1]}
        matrix[code] = {c: derived[c] if c in derived else defaults.get(c) for c in criteria}
    return matrix


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
