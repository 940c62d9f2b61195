"""The order a rembuk agreed (csiap:agreepriorities): a reason for every change from
the computed rank, unknown meetings and locations refused by name with nothing
written, every meeting's agreement kept, and location_order following the newest."""

import importlib.util
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("priority_cases", os.path.join(HERE, "test_priorities.py"))
cases = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cases)

# Computed with the preset (test_priorities, worked by hand): 002/001 1, 001/003 2, 001/001 and 001/002 tied 3;
# 002/002 survey first.
COMPUTED = {"002/001": 1, "001/003": 2, "001/001": 3, "001/002": 3, "002/002": None}


@pytest.fixture()
def ranked(csiap_processing, any_workspace, seed_rows):
    import processing

    path = cases.build_workspace(any_workspace, seed_rows)
    seed_rows(path, "meetings", [
        {"uuid": "m-old", "kind": "rembuk_kelurahan", "title": "Rembuk kelurahan II", "meeting_date": "2026-09-01"},
        {"uuid": "m-new", "kind": "rembuk_kelurahan", "title": "Rembuk prioritas", "meeting_date": "2026-10-15"},
        {"uuid": "m-x", "kind": "fgd", "title": "FGD", "meeting_date": "2026-08-01"},
        {"uuid": "m-y", "kind": "fgd", "title": "FGD", "meeting_date": "2026-08-02"}])
    processing.run("csiap:prioritiseareas", {"WORKSPACE": path, "LEVEL": 0, "LANGUAGE": 1})
    assert dict((c, r) for c, r in cases.stored_ranks(path)) == COMPUTED
    return path


def agreed_rows(query, path):
    return sorted(query(path, "SELECT meeting_uuid, location_level, location_code, agreed_rank, computed_rank, "
                              "change_reason FROM agreed_priorities"))


def run_agree(path, meeting, order, reasons=None, language=1):
    import processing

    parameters = {"WORKSPACE": path, "MEETING": meeting, "LEVEL": 0, "ORDER": order, "LANGUAGE": language}
    if reasons is not None:
        parameters["REASONS"] = reasons
    return processing.run("csiap:agreepriorities", parameters)


def test_the_computed_order_needs_no_reason_and_a_change_needs_one(ranked, query, refused):
    result = run_agree(ranked, "m-old", "002/001, 001/003, 001/001")
    assert (result["AGREED"], result["CHANGED"]) == (3, 0)
    assert agreed_rows(query, ranked) == [("m-old", "RT", "001/001", 3, 3, None),
                                          ("m-old", "RT", "001/003", 2, 2, None),
                                          ("m-old", "RT", "002/001", 1, 1, None)]
    # 001/003 moved to first without a reason: refused by name, nothing changed.
    before = agreed_rows(query, ranked)
    with refused("001/003: its agreed place differs from the computed rank \\(2\\)"):
        run_agree(ranked, "Rembuk prioritas", "001/003, 002/001", "002/001=banjir tiap musim hujan")
    assert agreed_rows(query, ranked) == before
    # The survey-first RT placed by the rembuk needs a reason too.
    with refused("002/002: its agreed place differs"):
        run_agree(ranked, "m-new", "002/001, 001/003, 001/001, 002/002")
    assert agreed_rows(query, ranked) == before


@pytest.mark.parametrize("meeting, order, reasons, match", [
    ("Rembuk tahun lalu", "002/001", None, "No meeting 'Rembuk tahun lalu'"),
    ("FGD", "002/001", None, "2 meetings are titled 'FGD'"),
    ("m-new", "002/001, 009/009", None, "'009/009' in the agreed order is not an RT"),
    ("m-new", "002/001, 002/001", None, "'002/001' comes twice"),
    ("m-new", "002/001", "001/001=lahan", "reason is given for '001/001', which is not in the agreed order"),
    ("m-new", " , ", None, "agreed order is empty"),
])
def test_unknown_meetings_and_locations_are_refused_by_name(ranked, query, refused, meeting, order, reasons, match):
    with refused(match):
        run_agree(ranked, meeting, order, reasons)
    assert agreed_rows(query, ranked) == []


def test_history_is_kept_and_the_newest_meeting_wins(ranked, query):
    from csiap_planner.workspace.priorities import location_order

    # The newer meeting first (dates decide, not the order of entry).
    run_agree(ranked, "Rembuk prioritas", "1/3, 2/1, 1/2",
              "001/003=lahan wakaf sudah siap; 2/1=menunggu survei ulang; 1/2=banjir tiap tahun")
    run_agree(ranked, "m-old", "002/001, 001/003")
    rows = agreed_rows(query, ranked)
    assert [r for r in rows if r[0] == "m-new"] == [
        ("m-new", "RT", "001/002", 3, 3, "banjir tiap tahun"),
        ("m-new", "RT", "001/003", 1, 2, "lahan wakaf sudah siap"),
        ("m-new", "RT", "002/001", 2, 1, "menunggu survei ulang")]
    assert len([r for r in rows if r[0] == "m-old"]) == 2
    order = location_order(ranked, "RT")
    assert [(i["location_code"], i["rank"], i["agreed_rank"], i["computed_rank"], i["meeting_uuid"]) for i in order] \
        == [("001/003", 1, 1, 2, "m-new"), ("002/001", 2, 2, 1, "m-new"), ("001/002", 3, 3, 3, "m-new"),
            ("001/001", 4, None, 3, None), ("002/002", None, None, None, None)]
    assert order[-1]["status"] == "survey_first" and order[0]["rw"] == "001" and order[0]["rt"] == "003"
    assert order[0]["priority_score"] == pytest.approx(2.75)
    # The same meeting agreeing again replaces its own rows only.
    run_agree(ranked, "m-new", "002/001, 001/003")
    rows = agreed_rows(query, ranked)
    assert [r[2:4] for r in rows if r[0] == "m-new"] == [("001/003", 2), ("002/001", 1)]
    assert len([r for r in rows if r[0] == "m-old"]) == 2
    # A new computation never loses the agreement; without one the computed order is the plan's.
    import processing

    processing.run("csiap:prioritiseareas", {"WORKSPACE": ranked, "LEVEL": 0, "LANGUAGE": 1})
    assert len(agreed_rows(query, ranked)) == 4
    assert [i["location_code"] for i in location_order(ranked, "RT")][:2] == ["002/001", "001/003"]


def test_without_an_agreement_the_plan_follows_the_computed_order(ranked):
    from csiap_planner.workspace.priorities import location_order

    order = location_order(ranked, "RT")
    # Tied computed ranks keep the order of their codes; the survey-first RT comes last, without a place.
    assert [(i["location_code"], i["rank"], i["computed_rank"], i["status"]) for i in order] == [
        ("002/001", 1, 1, "ranked"), ("001/003", 2, 2, "ranked"), ("001/001", 3, 3, "ranked"),
        ("001/002", 4, 3, "ranked"), ("002/002", None, None, "survey_first")]
    assert all(i["agreed_rank"] is None and i["meeting_uuid"] is None for i in order)


def test_a_missing_reason_is_named_in_indonesian(ranked, refused):
    with refused("001/003: urutan yang disepakati berbeda dari urutan hasil hitung \\(2\\)"):
        run_agree(ranked, "m-new", "001/003, 002/001", language=0)


def test_locations_tied_in_the_computed_rank_keep_their_place_in_either_order(ranked, query, refused):
    # 001/001 and 001/002 share computed rank 3 (competition ranks 1, 2, 3, 3): places 3 and 4 are theirs.
    for order in ("002/001, 001/003, 001/001, 001/002", "002/001, 001/003, 001/002, 001/001"):
        result = run_agree(ranked, "m-new", order)
        assert (result["AGREED"], result["CHANGED"]) == (4, 0)
    assert agreed_rows(query, ranked) == [("m-new", "RT", "001/001", 4, 3, None),
                                          ("m-new", "RT", "001/002", 3, 3, None),
                                          ("m-new", "RT", "001/003", 2, 2, None),
                                          ("m-new", "RT", "002/001", 1, 1, None)]
    # A reason for a location that kept its place is accepted and stored; it is no change.
    result = run_agree(ranked, "m-new", "002/001, 001/003, 001/002, 001/001", "001/002=dekat sungai")
    assert (result["AGREED"], result["CHANGED"]) == (4, 0)
    assert ("m-new", "RT", "001/002", 3, 3, "dekat sungai") in agreed_rows(query, ranked)
    before = agreed_rows(query, ranked)
    # Place 5 is past the tie (places 3 and 4): 001/002 moved and needs a reason; 001/001 at 4 does not.
    with refused("001/002: its agreed place differs from the computed rank \\(3\\)"):
        run_agree(ranked, "m-new", "002/001, 001/003, 002/002, 001/001, 001/002", "002/002=sudah disurvei")
    # Place 2 is before the tie: 001/001 moved (and 001/003 with it to 3); 001/002 at 4 kept its place.
    with refused("001/001: its agreed place differs from the computed rank \\(3\\)"):
        run_agree(ranked, "m-new", "002/001, 001/001, 001/003, 001/002", "001/003=lahan belum siap")
    assert agreed_rows(query, ranked) == before
    result = run_agree(ranked, "m-new", "002/001, 001/001, 001/003, 001/002",
                       "001/001=banjir tiap tahun; 001/003=lahan belum siap")
    assert (result["AGREED"], result["CHANGED"]) == (4, 2)


def test_of_two_meetings_on_the_same_date_the_agreement_stored_last_wins(ranked, seed_rows, query):
    from csiap_planner.workspace.priorities import location_order

    # Uuids sorting against the order of storing: the uuid must not decide.
    seed_rows(ranked, "meetings", [
        {"uuid": "z-pagi", "kind": "rembuk_kelurahan", "title": "Rembuk pagi", "meeting_date": "2026-11-02"},
        {"uuid": "a-sore", "kind": "rembuk_kelurahan", "title": "Rembuk sore", "meeting_date": "2026-11-02"}])
    run_agree(ranked, "z-pagi", "001/003, 002/001", "001/003=lahan siap; 002/001=menunggu survei")
    run_agree(ranked, "a-sore", "002/001, 001/003")
    order = location_order(ranked, "RT")
    assert [(i["location_code"], i["meeting_uuid"]) for i in order[:2]] == [("002/001", "a-sore"),
                                                                          ("001/003", "a-sore")]
    # The stored order, read with sqlite3 or psycopg2: a-sore's rows came last.
    last = query(ranked, "SELECT meeting_uuid FROM agreed_priorities ORDER BY fid DESC LIMIT 1")
    assert last == [("a-sore",)]
    # The morning meeting agreeing again is now the one stored last.
    run_agree(ranked, "z-pagi", "001/003, 002/001", "001/003=lahan siap; 002/001=menunggu survei")
    assert [(i["location_code"], i["meeting_uuid"]) for i in location_order(ranked, "RT")[:2]] == [
        ("001/003", "z-pagi"), ("002/001", "z-pagi")]
