"""core.merge: the three-way merge of field packages, by hand-worked cases and by
the invariants hypothesis checks on random workspaces and packages."""

from csiap_planner.core import merge
from csiap_planner.core.merge import Package
from hypothesis import given, settings
from hypothesis import strategies as st

COLUMNS = ("members", "toilet_access", merge.GEOMETRY)


def row(uuid, members=1, toilet="own", geom="POINT (0 0)"):
    return {"uuid": uuid, "members": members, "toilet_access": toilet, merge.GEOMETRY: geom}


def ws(*rows):
    return {r["uuid"]: r for r in rows}


BASE = ws(row("a"), row("b"), row("c"))


def test_changed_only_in_the_package_is_taken():
    package = Package("rw1", list(BASE.values()), [row("a", members=4), row("b"), row("c")])
    result = merge.merge(BASE, [package])
    assert result.updates == {"a": {"members": 4}}
    assert result.conflicts == []
    counts = result.counts["rw1"]
    assert (counts.rows, counts.unchanged, counts.applied, counts.conflicts) == (3, 2, 1, 0)


def test_different_columns_by_different_packages_all_apply():
    one = Package("one", list(BASE.values()), [row("a", members=4), row("b"), row("c")])
    two = Package("two", list(BASE.values()), [row("a", toilet="shared"), row("b"), row("c")])
    after = merge.apply(BASE, merge.merge(BASE, [one, two]))
    assert after["a"] == row("a", members=4, toilet="shared")


def test_same_column_two_values_is_a_conflict_and_nothing_is_overwritten():
    one = Package("one", list(BASE.values()), [row("a", members=4), row("b"), row("c")], "2026-01-02")
    two = Package("two", list(BASE.values()), [row("a", members=5), row("b"), row("c")], "2026-01-03")
    result = merge.merge(BASE, [two, one])
    assert result.updates == {}
    assert sorted((c.package, c.column, c.base, c.ours, c.theirs) for c in result.conflicts) == [
        ("one", "members", 1, 1, 4), ("two", "members", 1, 1, 5)]
    assert result.counts["one"].conflicts == 1 and result.counts["two"].conflicts == 1
    # Policies: field wins takes the newest package's value; office wins keeps the workspace's.
    assert merge.merge(BASE, [one, two], policy=merge.POLICY_FIELD).updates == {"a": {"members": 5}}
    # Newest wins between two packages the office did not contradict: the newer package, whatever the office's time.
    assert merge.merge(BASE, [one, two], policy=merge.POLICY_NEWEST,
                       office_when="2026-02-01").updates == {"a": {"members": 5}}
    office = merge.merge(BASE, [one, two], policy=merge.POLICY_OFFICE)
    assert office.updates == {} and {(c.resolution, c.policy) for c in office.conflicts} == {("ours", "office")}


def test_office_edit_since_packaging_against_a_package_edit():
    office = ws(row("a", members=9), row("b"), row("c"))
    package = Package("rw1", list(BASE.values()), [row("a", members=4), row("b"), row("c")], "2026-01-02")
    result = merge.merge(office, [package])
    assert result.updates == {}
    [found] = result.conflicts
    assert (found.column, found.base, found.ours, found.theirs) == ("members", 1, 9, 4)
    # Newest wins: the office's file is newer than the package here, older there.
    assert merge.merge(office, [package], policy=merge.POLICY_NEWEST, office_when="2026-01-03").updates == {}
    assert merge.merge(office, [package], policy=merge.POLICY_NEWEST,
                       office_when="2026-01-01").updates == {"a": {"members": 4}}


def test_geometry_move_counts_as_a_column():
    one = Package("one", list(BASE.values()), [row("a", geom="POINT (1 1)"), row("b"), row("c")])
    two = Package("two", list(BASE.values()), [row("a", geom="POINT (2 2)"), row("b"), row("c")])
    assert merge.merge(BASE, [one]).updates == {"a": {merge.GEOMETRY: "POINT (1 1)"}}
    assert {c.column for c in merge.merge(BASE, [one, two]).conflicts} == {merge.GEOMETRY}


def test_edit_against_delete_is_a_conflict_either_way():
    deleted = Package("one", list(BASE.values()), [row("b"), row("c")])
    edited = Package("two", list(BASE.values()), [row("a", members=3), row("b"), row("c")])
    result = merge.merge(BASE, [deleted, edited], policy=merge.POLICY_FIELD)
    assert "a" not in result.deletes
    assert [(c.package, c.column, c.theirs) for c in result.conflicts if c.column == merge.ROW] == [
        ("one", merge.ROW, merge.DELETED)]
    # Deleted at the office, edited in the field: not brought back, logged.
    office = ws(row("b"), row("c"))
    result = merge.merge(office, [edited])
    assert result.inserts == {} and [c.ours for c in result.conflicts] == [merge.DELETED]
    assert merge.resolved_value({"column": merge.ROW, "theirs": result.conflicts[0].theirs}, "theirs") == (
        "insert", row("a", members=3))
    # A delete nobody else touched applies.
    assert merge.merge(BASE, [deleted]).deletes == ["a"]


def test_new_rows_are_added_and_bad_rows_rejected_with_reason():
    package = Package("one", list(BASE.values()), [row("a"), row("b"), row("c"), row("d"), row("e"), row("e"),
                                                   {"members": 2}])
    result = merge.merge(BASE, [package], validate=lambda r: "members above 30" if r["members"] > 30 else None)
    assert list(result.inserts) == ["d"]
    counts = result.counts["one"]
    assert sorted(reason for _uuid, reason in counts.rejected) == ["no uuid", "uuid repeated in the package",
                                                                   "uuid repeated in the package"]
    assert counts.balanced() and counts.rows == 7 and counts.applied == 1 and counts.unchanged == 3
    # Only what the team changed is checked: a value the office's copy already held is not refused.
    office = ws(row("a", members=99), row("b"), row("c"))
    package = Package("one", list(office.values()), [row("a", members=99, toilet="shared"), row("b"), row("c")])
    result = merge.merge(office, [package], validate=lambda r: "members above 30" if r.get("members", 0) > 30 else None)
    assert result.updates == {"a": {"toilet_access": "shared"}} and result.counts["one"].rejected == []


# --- Invariants, on random data ---------------------------------------------------------

values = st.integers(min_value=0, max_value=3)
uuids = st.sampled_from("abcdef")


@st.composite
def workspaces(draw):
    return {u: row(u, draw(values), draw(st.sampled_from(["own", "shared"])), "POINT ({} 0)".format(draw(values)))
            for u in draw(st.sets(uuids, min_size=1))}


@st.composite
def edited(draw, base, name, columns=COLUMNS):
    """A package of ``base``: some rows edited (in ``columns``), some deleted, some added."""
    rows = []
    for _uuid, original in sorted(base.items()):
        action = draw(st.sampled_from(["keep", "edit", "delete"]))
        if action == "delete":
            continue
        copy = dict(original)
        if action == "edit":
            column = draw(st.sampled_from(columns))
            copy[column] = draw(values) if column == "members" else "{}-{}".format(column, draw(values))
        rows.append(copy)
    for number in range(draw(st.integers(0, 2))):
        rows.append(row("{}-new{}".format(name, number), draw(values)))
    return Package(name, list(base.values()), rows, draw(st.sampled_from(["2026-01-01", "2026-01-02"])))


def _surviving(workspace, packages, result):
    return set(workspace) | {r["uuid"] for p in packages for r in p.rows}


@settings(max_examples=150, deadline=None)
@given(workspaces())
def test_a_package_equal_to_its_base_changes_nothing(workspace):
    result = merge.merge(workspace, [Package("a", list(workspace.values()), list(workspace.values()))])
    assert result.changes == 0 and result.conflicts == []
    assert merge.apply(workspace, result) == workspace


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_non_conflicting_packages_merge_in_any_order(data):
    workspace = data.draw(workspaces())
    # Different columns for each package: they cannot conflict on a column.
    one = data.draw(edited(workspace, "one", columns=("members",)))
    two = data.draw(edited(workspace, "two", columns=("toilet_access", merge.GEOMETRY)))
    forward, backward = merge.merge(workspace, [one, two]), merge.merge(workspace, [two, one])
    assert merge.apply(workspace, forward) == merge.apply(workspace, backward)
    assert [c.key for c in forward.conflicts] == [c.key for c in backward.conflicts]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_no_uuid_is_lost_but_by_a_delete_nobody_else_touched(data):
    packaged = data.draw(workspaces())
    packages = [data.draw(edited(packaged, name)) for name in ("one", "two", "three")]
    # The office has edited some rows since packaging.
    workspace = {u: (dict(r, members=r["members"] + 10) if data.draw(st.booleans()) else r)
                 for u, r in packaged.items()}
    result = merge.merge(workspace, packages)
    after = merge.apply(workspace, result)
    missing = _surviving(workspace, packages, result) - set(after)
    for uuid in missing:
        deleted_by = [p for p in packages if uuid in {r["uuid"] for r in p.base} - {r["uuid"] for r in p.rows}]
        assert deleted_by, uuid
        assert workspace[uuid] == packaged[uuid]
        for package in packages:
            assert all(r == packaged[uuid] for r in package.rows if r["uuid"] == uuid)
    for counts in result.counts.values():
        assert counts.balanced()


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_merging_twice_is_merging_once(data):
    packaged = data.draw(workspaces())
    packages = [data.draw(edited(packaged, name)) for name in ("one", "two")]
    policy = data.draw(st.sampled_from(merge.POLICIES))
    first = merge.merge(packaged, packages, policy=policy, office_when="2026-01-01")
    once = merge.apply(packaged, first)
    second = merge.merge(once, packages, policy=policy, office_when="2026-01-01",
                         known=[c.key for c in first.conflicts])
    assert second.changes == 0, (second.updates, second.inserts, second.deletes)
    assert second.conflicts == []
    assert merge.apply(once, second) == once


def test_one_new_row_from_two_packages():
    same_row = [Package(n, list(BASE.values()), list(BASE.values()) + [row("d", 2)]) for n in ("one", "two")]
    result = merge.merge(BASE, same_row)
    assert list(result.inserts) == ["d"] and result.conflicts == []
    assert result.counts["one"].applied == result.counts["two"].applied == 1
    differing = [Package("two", list(BASE.values()), list(BASE.values()) + [row("d", 3)]), same_row[0]]
    result = merge.merge(BASE, differing)
    # The first package by name is added; the other's different value waits as a conflict.
    assert result.inserts["d"]["members"] == 2
    assert [(c.package, c.column, c.ours, c.theirs) for c in result.conflicts] == [("two", "members", 2, 3)]
