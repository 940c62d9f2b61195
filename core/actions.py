"""The action plan's money: who pays what share of each action, and the totals
by funding source, by RW and overall. Pure Python.

An action has one funding source and, beside it, the community's own share
(swadaya) in cash and in kind, as percentages of its cost: the rest is paid by
the funding source. The totals by source and by RW are sums of the same split,
so they reconcile with the grand total by construction.
"""

from collections import OrderedDict

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
