"""Site suitability (kesesuaian lokasi) of an option at a location, 0 to 1. Pure Python.

Santiago's approach (Spuhler et al., Eawag; ``santiago-sanitation-systems/
Santiago.jl``, ``src/performanceFunctions.jl``): each soft condition of a
place is scored by a trapezoid membership function of the option, 0 outside
[a, d], rising to 1 on [b, c] and falling back; the conditions' scores are
combined into one (Santiago takes their geometric mean; we take the product,
so that one poor condition pulls the whole score down as it does on site).

- A condition with no data is "not checked": it scores nothing, lowers
  nothing, and is listed so the rembuk knows what to find out.
- Hard regulatory exclusions (Permen PUPR 04/PRT/M/2017) stay in
  ``core.screening``: an excluded option is never scored here.

Breakpoints carry their source; where they are our own reading of Santiago's
example technologies (``test/example_techs.json``) for Indonesian options
they are marked as assumptions.
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from .options import ASSUMED, SANITASI_NET

INF = float("inf")
SANTIAGO = "Santiago.jl (Eawag), fungsi trapesium; titik batas contoh test/example_techs.json"


@dataclass(frozen=True)
class Trapezoid:
    """0 below ``a`` and above ``d``, 1 on [``b``, ``c``], linear between."""

    a: float
    b: float
    c: float = INF
    d: float = INF
    source: str = ASSUMED
    assumption: bool = True

    def __call__(self, x):
        if x < self.a or x > self.d:
            return 0.0
        if x < self.b:
            return (x - self.a) / (self.b - self.a)
        if x <= self.c:
            return 1.0
        return (self.d - x) / (self.d - self.c)


@dataclass(frozen=True)
class Categories:
    """A yes/no condition: the score for each answer."""

    scores: Dict[bool, float]
    source: str = ASSUMED
    assumption: bool = True

    def __call__(self, x):
        return self.scores[bool(x)]


def _t(a, b, c=INF, d=INF, source=ASSUMED, assumption=None):
    return Trapezoid(a, b, c, d, source, source == ASSUMED if assumption is None else assumption)


# Soakage into the ground (individual and shared septic tanks with soak-away):
# Santiago's leach field wants groundwater at 3 m or more; the screening's 1.5 m
# minimum is where ours starts.
_SOAKAGE = {
    "groundwater_depth_m": _t(1.5, 3.0, source=SANTIAGO + " (leach.field: ≥ 3 m); 1,5 m = batas penyaringan",
                              assumption=True),
    "permeability_cm_h": _t(2.5, 5.0, 1000, 1000),
    "slope_pct": _t(-1, 0, 10, 15, source=SANTIAGO + " (leach.field, soak.pit: landai)", assumption=True),
    "flood_prone": Categories({False: 1.0, True: 0.2}),
    "density": _t(-1, 0, 100, 300, source=SANITASI_NET + " (>300 jiwa/ha: setempat tidak dianjurkan)",
                  assumption=False),
}
# Communal sealed treatment with a shallow/small-bore sewer: a gentle slope helps
# the sewer (Santiago's conventional sewer wants 0.5-4 %, relaxed here for shallow
# sewers laid at 0.5-1 %); shallow groundwater matters little to a sealed plant but
# hinders digging; the more people per hectare, the shorter the sewer per house.
_SEWERED = {
    "groundwater_depth_m": _t(0.0, 0.5, source=ASSUMED),
    "slope_pct": _t(-0.01, 0.5, 20, 35, source=SANTIAGO + " (conventional.sewer 0,5-4 %, dilonggarkan untuk "
                                               "shallow sewer)", assumption=True),
    "flood_prone": Categories({False: 1.0, True: 0.8}),
    "water_lpcd": _t(40, 80),
    "density": _t(25, 100, source=SANITASI_NET + " (100 jiwa/ha: batas kelas)", assumption=True),
}
# A communal toilet block: needs water for flushing and washing, suits dense places.
_MCK = {
    "flood_prone": Categories({False: 1.0, True: 0.6}),
    "water_lpcd": _t(10, 30),
    "truck_access": Categories({True: 1.0, False: 0.5}),
}

MEMBERSHIP: Dict[str, Dict[str, object]] = {
    "septic_individual": dict(_SOAKAGE, truck_access=Categories({True: 1.0, False: 0.3})),
    "septic_shared": dict(_SOAKAGE, truck_access=Categories({True: 1.0, False: 0.3})),
    "mck": _MCK,
    "ipal_komunal": dict(_SEWERED, truck_access=Categories({True: 1.0, False: 0.7})),
    "sewer_connection": {"water_lpcd": _t(40, 80), "slope_pct": _SEWERED["slope_pct"]},
}
SOFT_CONDITIONS = ("groundwater_depth_m", "permeability_cm_h", "slope_pct", "flood_prone", "truck_access",
                   "water_lpcd", "density")


@dataclass
class Membership:
    condition: str
    value: object
    score: Optional[float]          # None: not checked
    source: str
    assumption: bool


@dataclass
class Suitability:
    score: float
    memberships: List[Membership]

    @property
    def unchecked(self) -> Tuple[str, ...]:
        return tuple(m.condition for m in self.memberships if m.score is None)

    @property
    def assumption(self):
        return any(m.assumption for m in self.memberships if m.score is not None)

    def weakest(self):
        """The checked condition that lowers the score most, or None."""
        checked = [m for m in self.memberships if m.score is not None]
        return min(checked, key=lambda m: m.score) if checked else None


def suitability(option, conditions, membership=MEMBERSHIP):
    """The product of the option's membership scores over the conditions known at the place."""
    score, found = 1.0, []
    for condition, function in membership.get(option, {}).items():
        value = conditions.get(condition)
        if value is None:
            found.append(Membership(condition, None, None, function.source, function.assumption))
            continue
        member = function(value)
        score *= member
        found.append(Membership(condition, value, member, function.source, function.assumption))
    return Suitability(score, found)


def suitability_score(option, conditions, membership=MEMBERSHIP):
    """``suitability(…).score`` alone, without the account of each condition (many places, fast)."""
    score = 1.0
    for condition, function in membership.get(option, {}).items():
        value = conditions.get(condition)
        if value is not None:
            score *= function(value)
    return score
