"""Construction cost per household of a technical option at a location. Pure Python.

    cost per KK = (units × fixed + per KK × KK + per metre × pipe length) / KK

- ``units``: how many of the option are built for ``KK`` households,
  ⌈KK / households per unit⌉ (the catalogue's ``max_households``; one where
  the catalogue gives none). A fixed part spread over more households is
  where economies of scale come from: an IPAL komunal for 150 KK costs less
  per KK than one for 20.
- ``pipe length`` is estimated from the area and the households living on it
  (``PIPE_LENGTH``): each plot is taken as a square of side s = √(area /
  households). A sewer (IPAL komunal, connection to an SPALD-T): every
  household has a house connection of ``HOUSE_CONNECTION_M`` and fronts a lane
  sewer shared with the plot across the lane, s / 2 per household,
  L = KK × (HOUSE_CONNECTION_M + ½ √(area / households)); a shared septic tank:
  the house connections, L = KK × HOUSE_CONNECTION_M; an individual tank at the
  plot's front: the pipe from the toilet, L = KK × ½ √(area / households).
  A dense kampung needs less pipe per household than a sparse one.

Prices live in the workspace's ``unit_costs`` table (seeded from
``DEFAULT_UNIT_COSTS``, replaced by a kota's HSPK); every figure carries its
year, source and whether it is an assumption.
"""

import math
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from .numbers import NotANumber, read_number
from .options import ASSUMED

FIXED, PER_HOUSEHOLD, PER_METRE = "fixed", "per_household", "per_metre"
COST_UNITS = (FIXED, PER_HOUSEHOLD, PER_METRE)

# Plugin assumptions (no guideline we could check gives a figure): marked so everywhere.
HOUSE_CONNECTION_M = 6.0
PIPE_LENGTH = ("Asumsi CSIAP Planner: perpipaan L = KK × (6 m sambungan rumah + ½ √(luas / jumlah KK)) "
               "(kavling persegi, saluran gang melayani dua sisi); tangki individual L = KK × ½ √(luas / KK)")
PRICE_YEAR = 2024


@dataclass(frozen=True)
class UnitCost:
    option: str
    item: str
    unit: str            # fixed / per_household / per_metre
    price: float         # Rp
    year: Optional[int] = PRICE_YEAR
    source: str = ASSUMED
    assumption: bool = True


# Starting prices, Rp (2024). We found no unit price we could cite in the
# SANIMAS / DAK sanitasi technical guidance: every figure is an assumption, to be
# replaced by the kabupaten/kota's HSPK (csiap:importunitcosts) or the RAB of a
# similar project.
DEFAULT_UNIT_COSTS: Tuple[UnitCost, ...] = (
    UnitCost("septic_individual", "Tangki septik fabrikasi + bidang resapan", PER_HOUSEHOLD, 4000000),
    UnitCost("septic_individual", "Pipa PVC 4 inci dari jamban ke tangki", PER_METRE, 150000),
    UnitCost("septic_shared", "Tangki septik bersama (2-10 rumah)", FIXED, 6000000),
    UnitCost("septic_shared", "Sambungan rumah dan bak kontrol", PER_HOUSEHOLD, 600000),
    UnitCost("septic_shared", "Pipa PVC 4 inci terpasang", PER_METRE, 150000),
    UnitCost("mck", "Bangunan MCK++ dengan tangki septik/biofilter", FIXED, 150000000),
    UnitCost("ipal_komunal", "IPAL komunal (biofilter anaerob)", FIXED, 350000000),
    UnitCost("ipal_komunal", "Sambungan rumah dan bak kontrol", PER_HOUSEHOLD, 1000000),
    UnitCost("ipal_komunal", "Perpipaan shallow/small-bore sewer terpasang", PER_METRE, 250000),
    UnitCost("sewer_connection", "Sambungan rumah ke SPALD-T", PER_HOUSEHOLD, 2500000),
    UnitCost("sewer_connection", "Pipa persil terpasang", PER_METRE, 150000),
)

# Which options lay pipes, and how much per household: within the plot (from the
# toilet at the back to the tank at the front, half the plot's side), a house
# connection to a shared tank, or a house connection and a lane sewer.
PIPED = {"septic_individual": "plot", "septic_shared": "connection", "sewer_connection": "sewer",
         "ipal_komunal": "sewer"}


def half_plot_side(area_ha, households):
    """Half the side of one household's plot taken as a square, ½ √(area / KK) in m; None if unknown."""
    return math.sqrt(area_ha * 10000.0 / households) / 2.0 if area_ha and households else None


def pipe_length(option, households, area_ha=None, area_households=None):
    """Metres of pipe for ``households`` (None where the option lays none, or
    the plot's size is needed and the area or its households are unknown)."""
    return _length(PIPED.get(option), households, half_plot_side(area_ha, area_households))


def _length(kind, households, half_side):
    if kind is None:
        return None
    if kind == "connection":
        return households * HOUSE_CONNECTION_M
    if half_side is None:
        return None
    return households * (half_side if kind == "plot" else HOUSE_CONNECTION_M + half_side)


def total_cost(prices, option, households, max_households, half_side):
    """``(units, pipe m, total Rp)`` of ``option`` built for ``households`` at its ``prices``."""
    units = math.ceil(households / max_households) if max_households else 1
    length = None
    if prices.per_metre:
        # Without the plot's size: the house connections at least.
        length = _length(PIPED.get(option), households, half_side) or households * HOUSE_CONNECTION_M
    return units, length, units * prices.fixed + prices.per_household * households + prices.per_metre * (length or 0)


@dataclass
class Cost:
    per_household: float
    units: int
    pipe_m: Optional[float]
    total: float
    assumption: bool
    sources: Tuple[str, ...]


@dataclass(frozen=True)
class Prices:
    """One option's unit costs summed by unit, with where they come from."""

    fixed: float
    per_household: float
    per_metre: float
    assumption: bool
    sources: Tuple[str, ...]


def price_table(costs):
    """``{option: Prices}`` from the unit-cost rows (read once, used for every place)."""
    grouped: Dict[str, list] = {}
    for cost in costs:
        grouped.setdefault(cost.option, []).append(cost)
    return {option: Prices(sum(c.price for c in items if c.unit == FIXED),
                           sum(c.price for c in items if c.unit == PER_HOUSEHOLD),
                           sum(c.price for c in items if c.unit == PER_METRE),
                           any(c.assumption for c in items), tuple(sorted({c.source for c in items})))
            for option, items in grouped.items()}


def cost_per_household(costs, option, households, max_households=None, area_ha=None, area_households=None):
    """The construction cost per KK of ``option`` built for ``households``, or
    None where the workspace has no price for it or the households are unknown.
    ``costs``: unit-cost rows, or their ``price_table``."""
    prices = (costs if isinstance(costs, dict) else price_table(costs)).get(option)
    if prices is None or not households:
        return None
    units, length, total = total_cost(prices, option, households, max_households,
                                      half_plot_side(area_ha, area_households))
    # The pipe length is an estimate (a plugin assumption) wherever it is priced.
    assumed = prices.assumption or bool(prices.per_metre)
    return Cost(total / households, units, length, total, assumed,
                prices.sources + ((PIPE_LENGTH,) if prices.per_metre else ()))


class UnitCostError(ValueError):
    """A unit-cost row that cannot be used; ``row`` is its 1-based number, ``kind`` the reason."""

    def __init__(self, row, kind, value=None):
        super().__init__("row {}: {} ({!r})".format(row, kind, value))
        self.row = row
        self.kind = kind
        self.value = value


# "Rp 2.500.000", "350.000": Indonesian thousands dots (a price list's way of writing).
def read_price(text):
    """"Rp 2.500.000" → 2500000, "350.000" → 350000, "4,5" → 4.5, by the one reader
    the survey and the scoring matrix use (core.numbers); ValueError for anything else."""
    number = read_number(text)
    if number is None:
        raise NotANumber(text)
    return number


# The column names a price list may use, in either language.
COLUMNS = {"option": ("option", "opsi", "option_code", "kode_opsi"), "item": ("item", "uraian", "pekerjaan"),
           "unit": ("unit", "satuan"), "price": ("price", "harga", "harga_satuan"), "year": ("year", "tahun"),
           "source": ("source", "sumber"), "assumption": ("assumption", "asumsi", "is_assumption")}
UNIT_WORDS = {FIXED: ("fixed", "tetap", "per unit", "unit", "ls", "lumpsum"),
              PER_HOUSEHOLD: ("per_household", "per kk", "kk", "per household", "sr"),
              PER_METRE: ("per_metre", "per meter", "m", "m'", "meter", "per metre")}


def unit_of(text):
    """"per KK" → per_household; None when not a unit we know."""
    word = str(text or "").strip().lower()
    return next((unit for unit, words in UNIT_WORDS.items() if word in words), None)


def unit_cost_from_row(number, row, options, read_number=read_price):
    """A ``UnitCost`` from one imported row (``{option, item, unit, price, year,
    source, assumption}``, text as read); ``read_number`` turns "2.500.000" into a
    number or raises ValueError. Raises ``UnitCostError`` naming the row."""
    option = str(row.get("option") or "").strip()
    if option not in options:
        raise UnitCostError(number, "unknown_option", option)
    unit = unit_of(row.get("unit"))
    if unit is None:
        raise UnitCostError(number, "unknown_unit", row.get("unit"))
    price = row.get("price")
    if price is None or str(price).strip() == "":
        raise UnitCostError(number, "no_price")
    try:
        price = float(price) if isinstance(price, (int, float)) else read_number(str(price))
    except ValueError:
        raise UnitCostError(number, "price_text", price) from None
    if price < 0:
        raise UnitCostError(number, "price_negative", price)
    year = row.get("year")
    try:
        year = int(float(str(year).strip())) if year not in (None, "") else None
    except ValueError:
        raise UnitCostError(number, "year_text", year) from None
    flag = str(row.get("assumption") or "").strip().lower()
    return UnitCost(option, str(row.get("item") or "").strip() or option, unit, price, year,
                    str(row.get("source") or "").strip(), flag in ("1", "true", "yes", "ya", "y"))
