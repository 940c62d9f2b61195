"""The action plan's figures on a hand-made workspace: households and persons served
(counted once per kind of action), unit costs and totals from the unit costs, the
totals by funding source and by RW, and bad actions refused with nothing written.

Every expected figure below is worked out by hand from the households and prices
seeded here (see the comments), not taken from the code."""

import pytest
from shapely.geometry import Point, box

X0, Y0 = 700000.0, 9300000.0

# RT 001/001: h1 (4 jiwa, MBR), h2 (3), h3 (members unknown, MBR)
# RT 001/002: h4 (5), h5 (2, MBR)
# RT 002/001: h6 (6)
HOUSEHOLDS = [
    ("h1", 10, 10, 4, True), ("h2", 50, 50, 3, False), ("h3", 90, 20, None, True),
    ("h4", 150, 50, 5, False), ("h5", 120, 80, 2, True),
    ("h6", 50, 150, 6, False),
]
# Prices: no per-metre item, so no pipe estimate enters the hand figures.
UNIT_COSTS = [
    {"uuid": "c1", "option_code": "septic_individual", "item": "Tangki septik", "unit": "per_household",
     "price": 4000000.0, "year": 2025, "source": "HSPK uji 2025", "is_assumption": False},
    {"uuid": "c2", "option_code": "ipal_komunal", "item": "IPAL", "unit": "fixed", "price": 300000000.0,
     "year": 2024, "source": "RAB uji", "is_assumption": False},
    {"uuid": "c3", "option_code": "ipal_komunal", "item": "Sambungan rumah", "unit": "per_household",
     "price": 1000000.0, "year": 2024, "source": "RAB uji", "is_assumption": False},
]


def seed_places(path, seed_rows):
    seed_rows(path, "rw", [
        {"uuid": "w1", "code": "001", "geometry": box(X0, Y0, X0 + 200, Y0 + 100)},
        {"uuid": "w2", "code": "002", "geometry": box(X0, Y0 + 100, X0 + 100, Y0 + 200)}])
    seed_rows(path, "rt", [
        {"uuid": "a", "rw": "001", "code": "001", "geometry": box(X0, Y0, X0 + 100, Y0 + 100)},
        {"uuid": "b", "rw": "001", "code": "002", "geometry": box(X0 + 100, Y0, X0 + 200, Y0 + 100)},
        {"uuid": "c", "rw": "002", "code": "001", "geometry": box(X0, Y0 + 100, X0 + 100, Y0 + 200)}])
    seed_rows(path, "households", [
        {"uuid": uid, "members": members, "low_income": low, "household_head": "Nama " + uid,
         "geometry": Point(X0 + x, Y0 + y)} for uid, x, y, members, low in HOUSEHOLDS])
    seed_rows(path, "unit_costs", UNIT_COSTS)


def plan(path, seed_rows, **changes):
    """Three actions: A1 septic tanks for RT 001/001 (its polygon), A2 an IPAL komunal
    whose drawn area overlaps A1's (h2, h3 in both), A3 a campaign in RT 002/001;
    ``changes``: ``{uuid: {field: value}}`` made to them."""
    seed_places(path, seed_rows)
    seed_rows(path, "actions", [dict(row, **changes.get(row["uuid"], {})) for row in [
        {"uuid": "A1", "kind": "build", "option_code": "septic_individual", "description": "Tangki septik",
         "location_level": "RT", "location_code": "001/001", "priority_rank": 1, "funding_source": "apbd",
         "swadaya_cash_pct": 10.0, "swadaya_in_kind_pct": 5.0, "status": "agreed", "drafted": False},
        {"uuid": "A2", "kind": "build", "option_code": "ipal_komunal", "description": "IPAL komunal",
         "location_level": "RT", "location_code": "001/002", "priority_rank": 2, "funding_source": "apbn_dak",
         "status": "agreed", "drafted": False, "geometry": box(X0 + 40, Y0, X0 + 200, Y0 + 100)},
        {"uuid": "A3", "kind": "behaviour_change", "description": "Kampanye STBM", "location_level": "RT",
         "location_code": "002/001", "priority_rank": 3, "volume": 2.0, "unit": "paket", "unit_cost": 2500000.0,
         "funding_source": "dana_kelurahan", "swadaya_in_kind_pct": 20.0, "status": "proposed",
         "drafted": False}]])


def stored(query, path):
    return {r[0]: r[1:] for r in query(path, "SELECT uuid, households_served, persons_served, low_income_served, "
                                             "volume, unit_cost, total_cost, cost_year, cost_source, rw, rt "
                                             "FROM actions")}


def test_served_counted_once_per_kind_and_costs_from_unit_costs(any_workspace, seed_rows, query):
    from csiap_planner.core.actions import totals
    from csiap_planner.workspace.actions import planned_actions, recompute_actions

    plan(any_workspace, seed_rows)
    assert recompute_actions(any_workspace, "en") == 3
    rows = stored(query, any_workspace)
    # A1: h1, h2, h3 = 3 KK, 4 + 3 + 1 (h3 has no member count) = 8 jiwa, 2 MBR;
    # 3 tanks × Rp 4,000,000 = Rp 12,000,000.
    assert rows["A1"] == (3, 8, 2, 3.0, 4000000.0, 12000000.0, 2025, "HSPK uji 2025", "001", "001")
    # A2 holds h2, h3, h4, h5, but h2 and h3 are A1's (same kind, earlier in priority):
    # h4 + h5 = 2 KK, 7 jiwa, 1 MBR; 1 IPAL: 300,000,000 + 2 × 1,000,000.
    assert rows["A2"] == (2, 7, 1, 1.0, 302000000.0, 302000000.0, 2024, "RAB uji", "001", "002")
    # A3 (another kind) in RT 002/001: h6; its typed unit cost × volume 2.
    assert rows["A3"][:3] == (1, 6, 0)
    assert rows["A3"][5] == 5000000.0 and rows["A3"][6:] == (None, None, "002", "001")

    result = totals(planned_actions(any_workspace, "en"))
    # A1 12 M: APBD 85 % (10.2 M), swadaya 15 % (1.8 M); A2 302 M APBN/DAK;
    # A3 5 M: dana kelurahan 80 % (4 M), swadaya 20 % (1 M).
    assert result["total"] == 319000000.0
    assert result["by_funding"] == pytest.approx({"apbd": 10200000.0, "swadaya": 2800000.0,
                                                  "apbn_dak": 302000000.0, "dana_kelurahan": 4000000.0})
    assert result["by_rw"] == {"001": 314000000.0, "002": 5000000.0}
    assert sum(result["by_funding"].values()) == pytest.approx(sum(result["by_rw"].values()))

    # Persons served never exceed the persons of the locations served (members, 1 where unknown).
    persons = {"001/001": 8, "001/002": 7, "002/001": 6}
    build = [r for uid, r in rows.items() if uid in ("A1", "A2")]
    assert sum(r[1] for r in build) <= persons["001/001"] + persons["001/002"]
    assert rows["A3"][1] <= persons["002/001"]
    # No name reaches the plan.
    assert "Nama" not in repr(planned_actions(any_workspace, "en"))


def test_an_earlier_rank_takes_the_shared_households(any_workspace, seed_rows, query):
    """Swap the ranks: A2 (now first) counts h2 to h5; A1 only h1."""
    from csiap_planner.workspace.actions import recompute_actions

    plan(any_workspace, seed_rows, A1={"priority_rank": 5})
    recompute_actions(any_workspace, "id")
    rows = stored(query, any_workspace)
    assert rows["A1"][:3] == (1, 4, 1)
    assert rows["A2"][:3] == (4, 11, 2)   # 3 + 1 + 5 + 2 jiwa; h3 and h5 MBR


@pytest.mark.parametrize("change, words", [
    ({"location_code": None, "location_level": None}, ["Action", "no location"]),
    ({"swadaya_cash_pct": 70.0, "swadaya_in_kind_pct": 40.0}, ["Action", "110 %", "over 100 %"]),
    ({"option_code": "mck"}, ["Action", "no price", "mck"]),
    ({"start_month": 13}, ["Action", "Start month", "13", "range"]),
    ({"start_month": 9, "end_month": 3}, ["Action", "before it starts"]),
])
def test_bad_action_named_and_nothing_written(any_workspace, seed_rows, query, change, words):
    from csiap_planner.workspace import WorkspaceError
    from csiap_planner.workspace.actions import recompute_actions

    plan(any_workspace, seed_rows, A1=change)
    before = query(any_workspace, "SELECT * FROM actions ORDER BY uuid")
    with pytest.raises(WorkspaceError) as caught:
        recompute_actions(any_workspace, "en")
    message = str(caught.value)
    for word in words:
        assert word in message
    assert "Tangki septik" in message   # the row is named
    assert query(any_workspace, "SELECT * FROM actions ORDER BY uuid") == before


def test_message_in_indonesian(any_workspace, seed_rows):
    from csiap_planner.workspace import WorkspaceError
    from csiap_planner.workspace.actions import recompute_actions

    plan(any_workspace, seed_rows, A3={"swadaya_cash_pct": 90.0, "swadaya_in_kind_pct": 30.0})
    with pytest.raises(WorkspaceError, match="Kampanye STBM") as caught:
        recompute_actions(any_workspace, "id")
    assert "Tidak ada yang ditulis" in str(caught.value)


# --- core, hand-worked ------------------------------------------------------------

def test_funding_split_and_totals_reconcile():
    from csiap_planner.core.actions import funding_split, totals

    actions = [
        {"total_cost": 1000.0, "funding_source": "apbd", "swadaya_cash_pct": 10, "swadaya_in_kind_pct": 15,
         "rw": "001"},
        {"total_cost": 400.0, "funding_source": "swadaya", "swadaya_cash_pct": 50, "rw": "002"},
        {"total_cost": 600.0, "funding_source": "csr", "rw": "001"},
    ]
    assert funding_split(actions[0]) == {"apbd": 750.0, "swadaya": 250.0}
    result = totals(actions)
    assert result == {"by_funding": {"apbd": 750.0, "swadaya": 650.0, "csr": 600.0},
                      "by_rw": {"001": 1600.0, "002": 400.0}, "total": 2000.0}


def test_served_rule_by_hand():
    from csiap_planner.core.actions import served

    actions = [{"kind": "build", "priority_rank": 2}, {"kind": "build", "priority_rank": 1},
               {"kind": "om", "priority_rank": 3}, {"kind": "build"}]
    inside = [[1, 2, 3], [3, 4], [1, 4], [2, 5]]
    households = {1: (4, True), 2: (None, False), 3: (2, False), 4: (5, True), 5: (1, False)}
    result = served(actions, inside, households)
    # Rank 1 first: 3, 4; then rank 2: 1, 2 (3 taken); unranked last: 5 (2 taken); O&M counts its own.
    assert [(s.households, s.persons, s.low_income, s.without_members) for s in result] == [
        (2, 5, 1, 1), (2, 7, 1, 0), (2, 9, 2, 0), (1, 1, 0, 0)]


def test_check_action_by_hand():
    from csiap_planner.core.actions import check_action

    good = {"kind": "build", "option_code": "mck", "location_code": "001/001", "volume": "2",
            "swadaya_cash_pct": "4,5"}
    assert check_action(good, True, {"mck"}) == []
    kinds = [e.kind for e in check_action(dict(good, volume="banyak", kind="party"), False, set())]
    assert kinds == ["unknown_kind", "location_unknown", "not_a_number", "no_unit_cost"]
    assert [e.kind for e in check_action({"kind": "om"}, True, set())] == ["no_unit_cost"]
