"""csiap:draftactionplan through Processing: rows from the location priorities (the
rembuk's agreed order first) and the newest session's first feasible option; rows a
rembuk agreed are never overwritten or deleted, a redraft replaces only its own."""

from shapely.geometry import Point

import processing

X0, Y0 = 700000.0, 9300000.0
# Fields a planner or a rembuk sets: a kept row must come back with the same values.
TYPED = ("uuid", "kind", "option_code", "description", "location_code", "volume", "funding_source",
         "swadaya_cash_pct", "status", "drafted", "priority_rank", "meeting_uuid", "notes")


def seed_plan(path, seed_rows):
    # Households: two in RT 001/001, three in RT 001/002, one in RT 002/001.
    seed_rows(path, "households", [
        {"uuid": "h{}".format(n), "members": 4, "low_income": n % 2 == 0, "geometry": Point(X0 + x, Y0 + y)}
        for n, (x, y) in enumerate([(10, 10), (60, 60), (110, 10), (150, 50), (190, 90), (50, 150)])])
    # The computed order puts 001/002 first; the rembuk (m1) agreed 001/001 first.
    seed_rows(path, "priorities", [
        {"uuid": "p1", "location_level": "RT", "location_code": "001/002", "rw": "001", "rt": "002",
         "computed_rank": 1, "status": "ranked", "priority_score": 3.5},
        {"uuid": "p2", "location_level": "RT", "location_code": "001/001", "rw": "001", "rt": "001",
         "computed_rank": 2, "status": "ranked", "priority_score": 3.0},
        {"uuid": "p3", "location_level": "RT", "location_code": "002/001", "rw": "002", "rt": "001",
         "computed_rank": 3, "status": "ranked", "priority_score": 2.0},
        {"uuid": "p4", "location_level": "RT", "location_code": "002/009", "rw": "002", "rt": "009",
         "status": "survey_first"}])
    seed_rows(path, "agreed_priorities", [
        {"uuid": "g1", "meeting_uuid": "m1", "location_level": "RT", "location_code": "001/001", "agreed_rank": 1,
         "computed_rank": 2, "change_reason": "Banjir tiap musim hujan"},
        {"uuid": "g2", "meeting_uuid": "m1", "location_level": "RT", "location_code": "001/002", "agreed_rank": 2,
         "computed_rank": 1}])
    seed_rows(path, "actions", [
        # Agreed at the rembuk: never touched.
        {"uuid": "K1", "kind": "rehabilitate", "option_code": "mck", "description": "Rehab MCK RT 2",
         "location_level": "RT", "location_code": "001/002", "volume": 1.0, "funding_source": "apbd",
         "swadaya_cash_pct": 10.0, "status": "agreed", "drafted": False, "priority_rank": 9, "meeting_uuid": "m1",
         "notes": "Disepakati"},
        # An earlier draft still proposed: replaced.
        {"uuid": "D0", "kind": "build", "option_code": "mck", "location_level": "RT", "location_code": "001/001",
         "status": "proposed", "drafted": True, "priority_rank": 1}])


def typed(query, path):
    return {r[0]: r for r in query(path, "SELECT {} FROM actions".format(", ".join(TYPED)))}  # nosec B608


def first_feasible(query, path):
    """The newest session's rank-1 option per location that the screening finds feasible (SQL)."""
    rows = query(path, "SELECT r.location_code, r.option_code FROM ranking r JOIN screening s "
                       "ON s.location_code = r.location_code AND s.option_code = r.option_code AND s.feasible "
                       "WHERE r.session_uuid = (SELECT uuid FROM scoring_sessions ORDER BY fid DESC LIMIT 1) "
                       "ORDER BY r.location_code, r.rank DESC")
    return dict(rows)   # the last written per location: its best rank


def test_draft_and_redraft(any_screened_rts, seed_rows, query):
    from csiap_planner.workspace.attach import update_rows

    processing.run("csiap:scoreoptions", {"WORKSPACE": any_screened_rts, "LEVEL": 0})
    seed_plan(any_screened_rts, seed_rows)
    before = typed(query, any_screened_rts)

    result = processing.run("csiap:draftactionplan", {"WORKSPACE": any_screened_rts, "LEVEL": 0, "LANGUAGE": 1})
    # 001/001 and 001/002 have a feasible option; 002/001 none (screened out); 002/009: survey first.
    assert (result["DRAFTED"], result["REPLACED"], result["KEPT"]) == (2, 1, 1)
    rows = typed(query, any_screened_rts)
    assert "D0" not in rows and rows["K1"] == before["K1"]
    drafted = {r[4]: r for uid, r in rows.items() if uid != "K1"}
    best = first_feasible(query, any_screened_rts)
    assert set(drafted) == {"001/001", "001/002"}
    for code, row in drafted.items():
        assert row[1] == "build" and row[2] == best[code] and row[8] == "proposed" and row[9] == 1
    # The rembuk's order, not the computed one; the agreeing meeting goes with the row.
    assert drafted["001/001"][10] == 1 and drafted["001/002"][10] == 2
    assert drafted["001/001"][11] == "m1"
    # Households from the RT polygons: 2 and 3; an option's name, not its code, describes it.
    served = dict(query(any_screened_rts, "SELECT location_code, households_served FROM actions WHERE drafted"))
    assert served == {"001/001": 2, "001/002": 3}
    names = dict(query(any_screened_rts, "SELECT code, name_en FROM options"))
    assert drafted["001/001"][3] == names[best["001/001"]]
    geometry = query(any_screened_rts, "SELECT COUNT(*) FROM actions WHERE drafted AND geom IS NOT NULL")
    assert geometry == [(2,)]
    # Who pays: a first proposal by option (DAK's sanitation menu funds SPALD-S and settlement SPALD-T;
    # a connection to the kota's SPALD-T is the APBD's), for the rembuk to change.
    expected = {"sewer_connection": "apbd"}
    assert {code: row[6] for code, row in drafted.items()} == {
        code: expected.get(best[code], "apbn_dak") for code in drafted}

    # The rembuk agrees the 001/001 draft; a redraft keeps it and K1, and drafts 001/002 anew.
    agreed_uuid = drafted["001/001"][0]
    fid = query(any_screened_rts, "SELECT fid FROM actions WHERE uuid = ?", agreed_uuid)[0][0]
    update_rows(any_screened_rts, {"actions": {fid: {"status": "agreed", "funding_source": "dana_kelurahan"}}})
    agreed = typed(query, any_screened_rts)[agreed_uuid]
    old_proposal = drafted["001/002"][0]
    result = processing.run("csiap:draftactionplan", {"WORKSPACE": any_screened_rts, "LEVEL": 0})
    assert (result["DRAFTED"], result["REPLACED"], result["KEPT"]) == (1, 1, 2)
    rows = typed(query, any_screened_rts)
    assert rows[agreed_uuid] == agreed and rows["K1"] == before["K1"]
    assert old_proposal not in rows
    assert sorted(r[4] for r in rows.values()) == ["001/001", "001/002", "001/002"]


def test_without_priorities_refused(any_screened_rts, refused, query):
    processing.run("csiap:scoreoptions", {"WORKSPACE": any_screened_rts, "LEVEL": 0})
    with refused("csiap:prioritiseareas"):
        processing.run("csiap:draftactionplan", {"WORKSPACE": any_screened_rts, "LEVEL": 0, "LANGUAGE": 1})
    assert query(any_screened_rts, "SELECT COUNT(*) FROM actions") == [(0,)]


def test_bad_kept_row_blocks_the_draft(any_screened_rts, seed_rows, refused, query):
    processing.run("csiap:scoreoptions", {"WORKSPACE": any_screened_rts, "LEVEL": 0})
    seed_plan(any_screened_rts, seed_rows)
    seed_rows(any_screened_rts, "actions", [
        {"uuid": "K2", "kind": "build", "description": "Saluran", "location_level": "RT", "location_code": "001/001",
         "unit_cost": 1000.0, "swadaya_cash_pct": 80.0, "swadaya_in_kind_pct": 30.0, "status": "agreed",
         "drafted": False}])
    before = query(any_screened_rts, "SELECT * FROM actions ORDER BY uuid")
    with refused("Saluran.*110 %"):
        processing.run("csiap:draftactionplan", {"WORKSPACE": any_screened_rts, "LEVEL": 0, "LANGUAGE": 1})
    assert query(any_screened_rts, "SELECT * FROM actions ORDER BY uuid") == before


def testlocation_order(any_workspace, seed_rows):
    """Computed order without an agreement; the newest meeting's agreement where there
    are two, the locations it left out after it; survey-first last."""
    from csiap_planner.workspace.priorities import location_order

    seed_rows(any_workspace, "priorities", [
        {"uuid": "p{}".format(n), "location_level": "RT", "location_code": code, "computed_rank": rank,
         "status": status} for n, (code, rank, status) in enumerate([
             ("001/003", None, "survey_first"), ("001/002", 2, "ranked"), ("001/001", 1, "ranked"),
             ("002/001", 3, "ranked")])])
    assert [p["location_code"] for p in location_order(any_workspace, "RT")] == [
        "001/001", "001/002", "002/001", "001/003"]
    assert location_order(any_workspace, "RW") == []
    seed_rows(any_workspace, "meetings", [
        {"uuid": "old", "kind": "rembuk_rt", "title": "I", "meeting_date": "2026-09-01"},
        {"uuid": "new", "kind": "rembuk_rt", "title": "II", "meeting_date": "2026-10-01"}])
    seed_rows(any_workspace, "agreed_priorities", [
        {"uuid": "g1", "meeting_uuid": "new", "location_level": "RT", "location_code": "002/001", "agreed_rank": 1},
        {"uuid": "g2", "meeting_uuid": "new", "location_level": "RT", "location_code": "001/002", "agreed_rank": 2},
        {"uuid": "g3", "meeting_uuid": "old", "location_level": "RT", "location_code": "001/001", "agreed_rank": 1}])
    order = location_order(any_workspace, "RT")
    assert [(p["location_code"], p["rank"], p["agreed_rank"], p["meeting_uuid"]) for p in order] == [
        ("002/001", 1, 1, "new"), ("001/002", 2, 2, "new"), ("001/001", 3, None, None), ("001/003", None, None, None)]


def test_cancelled_draft_writes_nothing(any_screened_rts, seed_rows, refused, query):
    from qgis.core import QgsProcessingFeedback

    processing.run("csiap:scoreoptions", {"WORKSPACE": any_screened_rts, "LEVEL": 0})
    seed_plan(any_screened_rts, seed_rows)
    before = query(any_screened_rts, "SELECT * FROM actions ORDER BY uuid")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with refused("Cancelled"):
        processing.run("csiap:draftactionplan", {"WORKSPACE": any_screened_rts, "LEVEL": 0, "LANGUAGE": 1},
                       feedback=feedback)
    assert query(any_screened_rts, "SELECT * FROM actions ORDER BY uuid") == before


def test_a_survey_first_location_the_rembuk_placed_gets_a_proposal(any_screened_rts, seed_rows, query):
    from csiap_planner.workspace.actions import draft_action_plan

    processing.run("csiap:scoreoptions", {"WORKSPACE": any_screened_rts, "LEVEL": 0})
    # 001/001 is survey first but the rembuk placed it first (with its reason); 002/009 is
    # survey first and no rembuk placed it.
    seed_rows(any_screened_rts, "priorities", [
        {"uuid": "p1", "location_level": "RT", "location_code": "001/002", "rw": "001", "rt": "002",
         "computed_rank": 1, "status": "ranked", "priority_score": 3.5},
        {"uuid": "p2", "location_level": "RT", "location_code": "001/001", "rw": "001", "rt": "001",
         "status": "survey_first"},
        {"uuid": "p4", "location_level": "RT", "location_code": "002/009", "rw": "002", "rt": "009",
         "status": "survey_first"}])
    seed_rows(any_screened_rts, "agreed_priorities", [
        {"uuid": "g1", "meeting_uuid": "m1", "location_level": "RT", "location_code": "001/001", "agreed_rank": 1,
         "change_reason": "Sudah disurvei warga"},
        {"uuid": "g2", "meeting_uuid": "m1", "location_level": "RT", "location_code": "001/002", "agreed_rank": 2,
         "computed_rank": 1, "change_reason": "Sesudah 001/001"}])
    counts = draft_action_plan(any_screened_rts, "RT", "en")
    assert (counts["drafted"], counts["survey_first"]) == (2, 1)
    best = first_feasible(query, any_screened_rts)
    drafted = query(any_screened_rts, "SELECT location_code, option_code, priority_rank, meeting_uuid FROM actions")
    assert sorted(drafted) == [("001/001", best["001/001"], 1, "m1"), ("001/002", best["001/002"], 2, "m1")]
