"""Which technical options are feasible at a location, and why the others are not.

A location (RT, RW or candidate site) is a mapping of conditions; an option
is excluded by a rule only when the condition is known and violates the
requirement. An unknown condition never excludes: the rule is listed as
"not checked" so the rembuk knows what to find out. Pure Python.
"""

from dataclasses import dataclass, field
from typing import List, Tuple

from .options import DENSITY_ORDER, OPTIONS

# requirement → (location condition, test(required, actual) → passes)
RULES = {
    "min_households": ("households", lambda need, have: have >= need),
    "land_m2": ("land_m2", lambda need, have: have >= need),
    "truck_access": ("truck_access", lambda need, have: have or not need),
    "min_groundwater_depth_m": ("groundwater_depth_m", lambda need, have: have >= need),
    "min_permeability_cm_h": ("permeability_cm_h", lambda need, have: have >= need),
    "max_slope_pct": ("slope_pct", lambda limit, have: have <= limit),
    "min_water_lpcd": ("water_lpcd", lambda need, have: have >= need),
    "max_density": ("density_class",
                    lambda limit, have: DENSITY_ORDER.index(have) <= DENSITY_ORDER.index(limit)),
    "flood_ok": ("flood_prone", lambda ok, prone: ok or not prone),
    "needs_sewer": ("sewer_nearby", lambda need, have: have or not need),
}
CONDITIONS = tuple(sorted({condition for condition, _test in RULES.values()}))


@dataclass
class Exclusion:
    rule: str
    required: object
    actual: object
    assumption: bool


@dataclass
class Screened:
    option: str
    exclusions: List[Exclusion] = field(default_factory=list)
    unchecked: List[str] = field(default_factory=list)

    @property
    def feasible(self):
        return not self.exclusions


def screen(location, options=OPTIONS) -> Tuple[Screened, ...]:
    """Every option, with the rules that exclude it at ``location``."""
    results = []
    for candidate in options:
        result = Screened(candidate.code)
        for rule, requirement in candidate.requirements.items():
            condition, passes = RULES[rule]
            actual = location.get(condition)
            if actual is None:
                result.unchecked.append(rule)
            elif not passes(requirement.value, actual):
                result.exclusions.append(Exclusion(rule, requirement.value, actual, requirement.assumption))
        results.append(result)
    return tuple(results)
