"""The action plan's money: who pays what share of each action, and the totals
by funding source, by RW and overall. Pure Python.

An action has one funding source and, beside it, the community's own share
(swadaya) in cash and in kind, as percentages of its cost: the rest is paid by
the funding source. The totals by source and by RW are sums of the same split,
so they reconcile with the grand total by construction.
"""

from collections import OrderedDict
from dataclasses import dataclass
from typing import Optional

from . import costs, schema
from .numbers import read_number

SWADAYA = "swadaya"


def _number(value):
    return float(value) if value not in (None, "") else 0.0


def funding_split(action):
    """``{funding source: amount}`` of one action (a row of ``actions``): the community's
    cash and in-kind shares go to ``swadaya``, the rest to the action's funding source
    (``None`` when it has none yet). Shares are clamped to 0–100 %; checking them is
    the importer's and the form's job."""
    cost = _number(action.get("total_cost"))
    community = min(max(_number(action.get("swadaya_cash_pct")) + _number(action.get("swadaya_in_kind_pct")), 0.0),
                    100.0)
    source = action.get("funding_source") or None
    if source == SWADAYA:
        return {SWADAYA: cost}
    split = {source: cost * (100.0 - community) / 100.0}
    if community:
        split[SWADAYA] = split.get(SWADAYA, 0.0) + cost * community / 100.0
    return split


def totals(actions):
    """``{"by_funding": {source: amount}, "by_rw": {rw: amount}, "total": amount}`` of
    the actions (rows of ``actions``), in first-seen order."""
    by_funding, by_rw, total = OrderedDict(), OrderedDict(), 0.0
    for action in actions:
        for source, amount in funding_split(action).items():
            by_funding[source] = by_funding.get(source, 0.0) + amount
        cost = _number(action.get("total_cost"))
        rw = action.get("rw") or None
        by_rw[rw] = by_rw.get(rw, 0.0) + cost
        total += cost
    return {"by_funding": dict(by_funding), "by_rw": dict(by_rw), "total": total}


# --- Who an action serves --------------------------------------------------------
# A household without a member count is counted as ONE person: the figure a
# Musrenbang proposal carries must be one anybody can check on the social map,
# so the plugin never inflates it with an average household size. The number of
# such households is returned (``without_members``) and printed beside the figure.

@dataclass(frozen=True)
class Served:
    households: int
    persons: int
    low_income: int
    without_members: int


def priority_order(actions):
    """The indices of ``actions`` in priority order: by ``priority_rank`` (none last),
    then as stored (the first-entered first among equal ranks)."""
    def key(index):
        rank = actions[index].get("priority_rank")
        return (rank is None or rank == "", _number(rank) if rank not in (None, "") else 0.0, index)
    return sorted(range(len(actions)), key=key)


def served(actions, inside, households):
    """``[Served]``, one per action, of the households in each action's service area.

    ``actions``: rows of ``actions`` (their ``kind`` and ``priority_rank`` are read);
    ``inside``: for each action, the ids of the households whose point lies in its
    area; ``households``: ``{id: (members, low_income)}``.

    The rule: households served by two actions of the same kind are counted once.
    Per kind, a household counts for the FIRST action in priority order
    (``priority_order``) whose area holds it; a later action of that kind whose area
    holds it too does not count it again. Actions of different kinds count it each.
    """
    taken = {}   # kind -> household ids already counted for an action of that kind
    result = [None] * len(actions)
    for index in priority_order(actions):
        kind = actions[index].get("kind")
        seen = taken.setdefault(kind, set())
        mine = [h for h in sorted(set(inside[index])) if h not in seen]
        seen.update(mine)
        members = [households[h][0] for h in mine]
        result[index] = Served(len(mine), sum(int(m) if m else 1 for m in members),
                               sum(1 for h in mine if households[h][1]), sum(1 for m in members if not m))
    return result


# --- What an action costs ---------------------------------------------------------
# The unit of the volume by option: a house connection is counted in SR
# (sambungan rumah), everything else in units built.
UNIT_OF_OPTION = {"sewer_connection": "SR"}
DEFAULT_UNIT = "unit"


@dataclass(frozen=True)
class ActionCost:
    units: int            # how many the option needs for the households served
    unit: str
    unit_cost: float      # Rp per unit: the option's cost for them / units
    volume: float
    total: float          # volume × unit cost
    year: Optional[int]
    source: str


def action_cost(unit_costs, option, households, max_households=None, area_ha=None, area_households=None,
                volume=None):
    """The cost of building ``option`` for ``households`` (``core.costs``, the rule
    the scoring's cost per KK uses), as a unit cost and a volume: ``units`` of the
    option are needed (⌈KK / households per unit⌉: one septic tank a household, one
    IPAL komunal for up to 200 KK), the unit cost is their cost divided by them,
    and the total is ``volume`` (the units needed unless given) × the unit cost.
    None where the option has no unit cost or nobody is served. ``unit_costs``:
    ``core.costs.UnitCost`` rows (their years and sources go with the figure)."""
    rows = [c for c in unit_costs if c.option == option]
    cost = costs.cost_per_household(rows, option, households, max_households, area_ha, area_households)
    if cost is None:
        return None
    unit_cost = cost.total / cost.units
    volume = cost.units if volume in (None, "") else float(volume)
    years = [int(c.year) for c in rows if c.year]
    return ActionCost(cost.units, UNIT_OF_OPTION.get(option, DEFAULT_UNIT), unit_cost, volume,
                      volume * unit_cost, max(years) if years else None, "; ".join(cost.sources))


# --- Checking an action before anything is computed or written ---------------------

class ActionError(ValueError):
    """Why an action cannot be used: ``kind`` (``no_location``, ``location_unknown``,
    ``share_over_100``, ``no_unit_cost``, ``unknown_kind``, ``not_a_number``, ``out_of_range``,
    ``months_reversed``), the ``field`` and ``value`` concerned."""

    def __init__(self, kind, field=None, value=None):
        super().__init__("{} {} ({!r})".format(kind, field or "", value))
        self.kind = kind
        self.field = field
        self.value = value


# The typed numbers of an action and their bounds (the schema's).
NUMBER_FIELDS = ("volume", "unit_cost", "swadaya_cash_pct", "swadaya_in_kind_pct", "cost_year", "plan_year",
                 "plan_quarter", "start_month", "end_month")


def number_of(value):
    """A stored or typed number ("2.500.000", "4,5", 12) as a float (None when empty),
    by the one reader the survey and the price list use; ValueError for text."""
    return read_number(value)


def check_action(action, has_area, priced_options):
    """``[ActionError]`` of one action (a row of ``actions``), empty when it can be used.

    ``has_area``: whether it has a service area (its own geometry or its location's
    polygon); ``priced_options``: the options ``unit_costs`` prices."""
    errors = []
    if action.get("kind") not in schema.ACTION_KIND.values():
        errors.append(ActionError("unknown_kind", "kind", action.get("kind")))
    if not has_area:
        errors.append(ActionError("location_unknown" if action.get("location_code") else "no_location",
                                  "location_code", action.get("location_code")))
    numbers = {}
    for name in NUMBER_FIELDS:
        try:
            numbers[name] = number_of(action.get(name))
        except ValueError:
            errors.append(ActionError("not_a_number", name, action.get(name)))
            continue
        field = schema.layer("actions").field(name)
        value = numbers[name]
        if value is not None and ((field.minimum is not None and value < field.minimum)
                                  or (field.maximum is not None and value > field.maximum)):
            errors.append(ActionError("out_of_range", name, action.get(name)))
    share = (numbers.get("swadaya_cash_pct") or 0.0) + (numbers.get("swadaya_in_kind_pct") or 0.0)
    if share > 100.0:
        errors.append(ActionError("share_over_100", "swadaya_cash_pct", share))
    start, end = numbers.get("start_month"), numbers.get("end_month")
    if start is not None and end is not None and end < start:
        errors.append(ActionError("months_reversed", "end_month", end))
    option = action.get("option_code")
    if option and option not in priced_options:
        errors.append(ActionError("no_unit_cost", "option_code", option))
    if not option and numbers.get("unit_cost") is None and "unit_cost" not in [e.field for e in errors]:
        # Without an option nothing prices it: its unit cost is typed.
        errors.append(ActionError("no_unit_cost", "unit_cost", None))
    return errors


def schedule_months(action):
    """The months (1–12) an action runs: ``start_month``..``end_month``, else its
    quarter's three months, else none."""
    start, end = number_of(action.get("start_month")), number_of(action.get("end_month"))
    if start is not None:
        return list(range(int(start), int(end if end is not None else start) + 1))
    quarter = number_of(action.get("plan_quarter"))
    if quarter is not None:
        return list(range(3 * int(quarter) - 2, 3 * int(quarter) + 1))
    return []


def swadaya_amounts(action):
    """``(cash Rp, in kind Rp)`` of the community's share of an action's cost; the two
    add up to ``funding_split``'s swadaya. An action funded by swadaya is the
    community's in full: its in-kind share is as typed (at most the cost), the rest
    of the cost is cash, whatever its cash percentage says."""
    cost = _number(action.get("total_cost"))
    in_kind = cost * _number(action.get("swadaya_in_kind_pct")) / 100.0
    if action.get("funding_source") == SWADAYA:
        in_kind = min(max(in_kind, 0.0), cost)
        return cost - in_kind, in_kind
    return cost * _number(action.get("swadaya_cash_pct")) / 100.0, in_kind
