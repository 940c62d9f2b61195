"""Sanitation indicators of one RT or RW, from its households and problems.

Pure Python: a household or a problem is a mapping of ``core.schema`` field
names to values (None where not answered). Each rule below names its
source; the thresholds themselves live in ``core.reference``.

Shares are percentages of the households that answered the question, so an
unanswered question never counts as "no problem".
"""

from collections import Counter

from . import reference, schema
from .reference import RISK_COMPONENTS

LADDER = schema.SANITATION_LADDER.values()
PROBLEM_CATEGORIES = schema.PROBLEM_CATEGORY.values()
SEASONS = schema.SEASON.values()

# Wells a household digs or drills itself, which a nearby septic tank can reach.
OWN_WELLS = ("protected_well", "unprotected_well", "borehole")
UNSAFE_WATER = ("unprotected_well", "surface")
# EHRA counts waste that is burned or dumped as not safely handled.
UNSAFE_SOLID_WASTE = ("burned", "river", "open_dump")
UNIMPROVED_TOILETS = ("pit_open", "hanging")


def _years_since(year, reference_year):
    return None if year is None else reference_year - int(year)


def septic_overdue(household, reference_year):
    """A septic tank not emptied within the interval of Permen PUPR 04/PRT/M/2017;
    "never" and "don't know" (no year) count as overdue, as in EHRA."""
    if household.get("containment") != "septic_tank":
        return False
    age = _years_since(household.get("last_desludged_year"), reference_year)
    return age is None or age > reference.DESLUDGING_INTERVAL_YEARS.value


def is_layak(household):
    """National adequate access (BPS/RPJMN): a water-seal toilet, used alone or
    shared, discharging to a septic tank or a sewer/IPAL."""
    return (household.get("toilet_access") in ("own", "shared")
            and household.get("toilet_type") == "flush"
            and household.get("containment") in ("septic_tank", "sewer"))


def is_aman(household, reference_year):
    """National safely managed access (RPJMN 2020-2024): adequate, own, and
    either on a sewer or with a septic tank emptied in the last 5 years."""
    if not is_layak(household) or household.get("toilet_access") != "own":
        return False
    if household.get("containment") == "sewer":
        return True
    age = _years_since(household.get("last_desludged_year"), reference_year)
    return age is not None and age <= reference.SAFELY_MANAGED_DESLUDGING_YEARS.value


def ladder_step(household, reference_year):
    """The household's step on the JMP 2017 sanitation ladder, or None if unknown.

    "Safely managed" follows the national *aman* definition (the JMP leaves
    the disposal test to each country). A flush toilet to an unknown place
    counts as improved, as the JMP does.
    """
    access, toilet = household.get("toilet_access"), household.get("toilet_type")
    if access == "none" or (access is not None and toilet == "none"):
        return "open_defecation"
    if access is None or toilet is None:
        return None
    improved = toilet == "pit_slab" or (toilet == "flush" and household.get("containment") != "open_drain")
    if not improved:
        return "unimproved"
    if access in ("shared", "public"):
        return "limited"
    return "safely_managed" if is_aman(household, reference_year) else "basic"


# The only values the rules compare ``well_distance_m`` with (strictly less
# than): households whose distances fall alike against each count alike, which
# lets the columnar path group them (tests/test_columnar.py checks it).
WELL_DISTANCE_EDGES = (reference.WELL_TO_SEPTIC_MIN_M.value,)


def well_near_septic(household):
    """Own well closer to a septic tank than SNI 03-2398-2002 allows (10 m)."""
    distance = household.get("well_distance_m")
    return (household.get("water_source") in OWN_WELLS and distance is not None
            and float(distance) < reference.WELL_TO_SEPTIC_MIN_M.value)


def risk_flags(household, reference_year):
    """``{component: True/False/None}``: whether the household is at risk on each
    EHRA component, None where it did not answer."""
    water = household.get("water_source")
    access = household.get("toilet_access")
    containment = household.get("containment")
    waste = household.get("solid_waste")
    standing = household.get("standing_water")
    hands = household.get("handwashing")

    if access == "none" or household.get("toilet_type") in UNIMPROVED_TOILETS:
        wastewater = True
    elif access is None or containment is None:
        wastewater = None
    else:
        wastewater = containment in ("pit", "open_drain", "unknown") or septic_overdue(household, reference_year)
    return {
        "water": None if water is None else (water in UNSAFE_WATER or well_near_septic(household)),
        "wastewater": wastewater,
        "solid_waste": None if waste is None else waste in UNSAFE_SOLID_WASTE,
        "drainage": None if standing is None else bool(standing),
        "hygiene": None if hands is None else hands != "soap_water",
    }


def share(count, total):
    """``count`` as a percentage of ``total``; None when nobody answered."""
    return None if not total else 100.0 * count / total


# The names of the per-step, per-component and per-problem fields, made once
# (10,000 areas in a city).
_LADDER_FIELDS = [(step, "ladder_" + step, "ladder_{}_share".format(step)) for step in LADDER]
_RISK_FIELDS = [(component, "risk_" + component) for component in RISK_COMPONENTS]
_PROBLEM_FIELDS = [(category, "problems_" + category,
                    [(season, "problems_{}_{}".format(category, season)) for season in SEASONS])
                   for category in PROBLEM_CATEGORIES]


def household_counts(household, reference_year):
    """What one household adds to its area's counts: ``{(counter, name): 0 or 1}``,
    the counter being ``counts``, ``risk_at`` or ``risk_answered`` of ``AreaTally``.

    It depends only on the household's answers, so households that answered
    alike add the same (the columnar path computes it once per answer set).
    """
    added = Counter()
    step = ladder_step(household, reference_year)
    added["counts", step or "ladder_unknown"] += 1
    if household.get("toilet_access") is not None:
        added["counts", "access_answered"] += 1
        added["counts", "layak"] += is_layak(household)
        added["counts", "aman"] += is_aman(household, reference_year)
        added["counts", "babs"] += household.get("toilet_access") == "none"
    if household.get("containment") == "septic_tank":
        added["counts", "septic_tanks"] += 1
        added["counts", "septic_overdue"] += septic_overdue(household, reference_year)
    added["counts", "wells_near_septic"] += well_near_septic(household)
    if household.get("low_income") is not None:
        added["counts", "income_answered"] += 1
        added["counts", "low_income"] += bool(household.get("low_income"))
    for component, at_risk in risk_flags(household, reference_year).items():
        if at_risk is not None:
            added["risk_answered", component] += 1
            added["risk_at", component] += at_risk
    return added


class AreaTally:
    """Running counts for one area: add households and problems, then ``values()``."""

    def __init__(self, reference_year):
        self.reference_year = reference_year
        self.households = 0
        self.members = 0
        self.counts = Counter()
        self.risk_at = Counter()
        self.risk_answered = Counter()
        self.problems = Counter()
        self.public_wells_near_septic = 0

    def add_household(self, household):
        self.add_counts(household_counts(household, self.reference_year), 1, int(household.get("members") or 0))

    def add_counts(self, counts, households, members):
        """Add ``households`` households of ``members`` persons in all, whose
        ``household_counts`` add up to ``counts``: many at once."""
        self.households += households
        self.members += members
        for (kind, name), number in counts.items():
            getattr(self, kind)[name] += number

    def add_problem(self, problem, number=1):
        category = problem.get("category") or "other"
        self.problems[category, problem.get("season")] += number

    def add_public_well(self, near_septic):
        """A mapped public well; ``near_septic`` if a mapped septic tank lies
        closer than SNI 03-2398-2002 allows."""
        self.public_wells_near_septic += bool(near_septic)

    def values(self):
        """``{area_indicators field: value}`` for everything counted here."""
        counts = self.counts
        ladder_known = self.households - counts["ladder_unknown"]
        values = {
            "households_surveyed": self.households,
            "members_surveyed": self.members,
            "ladder_unknown": counts["ladder_unknown"],
            "layak_households": counts["layak"],
            "layak_share": share(counts["layak"], counts["access_answered"]),
            "aman_households": counts["aman"],
            "aman_share": share(counts["aman"], counts["access_answered"]),
            "babs_households": counts["babs"],
            "babs_share": share(counts["babs"], counts["access_answered"]),
            "septic_tanks": counts["septic_tanks"],
            "septic_overdue": counts["septic_overdue"],
            "wells_near_septic": counts["wells_near_septic"],
            "public_wells_near_septic": self.public_wells_near_septic,
            "low_income_households": counts["low_income"],
            "low_income_share": share(counts["low_income"], counts["income_answered"]),
            "problems_total": sum(self.problems.values()),
        }
        for step, name, share_name in _LADDER_FIELDS:
            values[name] = counts[step]
            values[share_name] = share(counts[step], ladder_known)
        for component, name in _RISK_FIELDS:
            values[name] = share(self.risk_at[component], self.risk_answered[component])
        problems = self.problems
        for category, name, by_season in _PROBLEM_FIELDS:
            values[name] = sum(n for (c, _s), n in problems.items() if c == category)
            for season, season_name in by_season:
                values[season_name] = problems.get((category, season), 0)
        return values
