"""The kabupaten/kota view across kelurahan: the cross-kelurahan priority list and the
totals by funding source. Pure Python.

The list goes round by round (rule and provenance: ``core.reference.KOTA_PRIORITY_LIST``):
every kelurahan's first proposal, then every second one, and so on, so each kelurahan's
own order is kept and no kelurahan's long list crowds out another's first proposals.
Within a round the proposal whose location has the higher priority score goes first (a
proposal without one last); ties go to the one serving more households, then by the
kelurahan's Kemendagri code and name.
"""

from . import actions as core_actions


def _list_key(place, proposal, kelurahan):
    score = proposal.get("priority_score")
    # Rounded: scores equal but for float noise are a tie.
    return (place, score is None, -round(score, 9) if score is not None else 0.0,
            -(proposal.get("households_served") or 0), kelurahan.get("kemendagri_code") or "",
            kelurahan.get("name") or "")


def priority_list(kelurahan):
    """``[(kelurahan index, place, proposal)]`` in the cross-kelurahan order (the rank is the
    position, from 1; ``place`` the proposal's in its own kelurahan, from 1). ``kelurahan``:
    ``[(identity, proposals)]``, ``identity`` a dict with ``kemendagri_code`` and ``name``,
    ``proposals`` in the kelurahan's own order, each a dict with ``priority_score`` (None
    where unscored) and ``households_served``."""
    items = [(_list_key(place, proposal, identity), k, place, proposal)
             for k, (identity, proposals) in enumerate(kelurahan)
             for place, proposal in enumerate(proposals, start=1)]
    # The kelurahan's index last: two kelurahan alike in every key keep the input's order.
    items.sort(key=lambda item: (item[0], item[1]))
    return [(k, place, proposal) for _key, k, place, proposal in items]


def funding_totals(actions_by_kelurahan):
    """``(per kelurahan, whole set)``: ``[{funding source: amount}]``, one per kelurahan in
    its order, and the sum over them; sources in first-seen order (``None``: not decided
    yet). The split is ``core.actions.funding_split``: the swadaya shares to ``swadaya``."""
    per_kelurahan, whole = [], {}
    for actions in actions_by_kelurahan:
        by_source = core_actions.totals(actions)["by_funding"]
        per_kelurahan.append(by_source)
        for source, amount in by_source.items():
            whole[source] = whole.get(source, 0.0) + amount
    return per_kelurahan, whole


def share_pct(amount, total):
    """``amount`` as a percentage of ``total`` (None where the total is 0)."""
    return 100.0 * amount / total if total else None


def cost_classes(costs, count=4):
    """``(classes, bounds)`` of the kota map: each cost's class (1 lowest, ``count`` at most) by
    equal counts (quantiles, so that one large plan does not put every other kelurahan in one
    class), equal costs in one class; ``bounds``: ``(lowest, highest)`` cost of each class."""
    order = sorted(range(len(costs)), key=lambda i: costs[i])
    classes = [0] * len(costs)
    for position, index in enumerate(order):
        tied = position > 0 and costs[index] == costs[order[position - 1]]
        classes[index] = classes[order[position - 1]] if tied else position * min(count, len(costs)) // len(costs) + 1
    used = sorted(set(classes))
    classes = [used.index(c) + 1 for c in classes]   # numbered without gaps where ties merged classes
    bounds = [(min(x for x, c in zip(costs, classes) if c == k), max(x for x, c in zip(costs, classes) if c == k))
              for k in range(1, len(used) + 1)]
    return classes, bounds
