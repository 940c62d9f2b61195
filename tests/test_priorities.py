"""Which locations first (csiap:prioritiseareas), worked by hand on five RTs.

The workspace is made here: households whose answers give known shares (aman,
open defecation, standing water), problems with known severities, land on the
RTs and on a candidate site, screening rows. The 1-4 scores, the priority
scores and the order below are worked out by hand from those numbers (the
arithmetic is written beside each), and compared with what the algorithm
wrote, read back with sqlite3 (GeoPackage) or psycopg2 (PostGIS): each test runs on
both backends (``any_workspace``).
"""

import math

import pytest
from csiap_planner.core.priorities import (
    Location,
    PriorityError,
    normalised_weights,
    parse_weights,
    prioritise,
)
from shapely.geometry import Point, box

X0, Y0 = 700000.0, 9300000.0
YEAR = 2026

# rw, rt, households: (how many, BABS, with standing water); registered KK; the RT's own land (m²).
RTS = {
    "001/001": ((10, 2, 0), 40, None),
    "001/002": ((12, 6, 6), 35, 50.0),
    "001/003": ((10, 0, 10), 30, None),      # land from a waqf candidate site of 200 m²
    "002/001": ((10, 10, 5), 25, 100.0),
    "002/002": ((3, 3, 0), 20, 500.0),       # 3 households surveyed: too little data
}
# Problems named per RT: (severity or None, season).
PROBLEMS = {
    "001/001": [("3", "rainy"), ("3", "all_year"), ("2", "dry")],
    "001/002": [("1", "rainy")],
    "001/003": [("3", "rainy"), (None, "dry")],     # no severity: counted as 1
    "002/002": [("3", "rainy"), ("3", "rainy")],
}
# Feasible options per RT, as the screening table holds them (002/001 feasible once).
FEASIBLE = {"001/001": ["mck"], "001/002": [], "001/003": ["mck", "ipal_komunal"], "002/001": ["septic_shared"],
            "002/002": ["mck"]}

# By hand (scores 1-4, equal intervals (max - min) / 4 over the four RTs with enough data; an edge goes up):
# without aman access %: 20, 50, 0, 100 → width 25 → 0.8→1, 2.0→3, 0→1, 4→4; BABS % the same values.
# IRS (equal weights 20 %): wastewater % × 0.2 + standing water % × 0.2 → 4, 20, 20, 30; width 6.5 → 1, 3, 3, 4.
# problems Σ severity: 8, 1, 4, 0; width 2 → 4, 1, 3, 1.
# land m²: 0, 50, 200, 100; width 50 → 1, 2 (50 is an edge), 4, 3.  feasible: 1, 0, 1, 1 → 4, 1, 4, 4.
EXPECTED_SCORES = {   # need, risk, problems, readiness
    "001/001": (1, 1, 4, 2.5),
    "001/002": (3, 3, 1, 1.5),
    "001/003": (1, 3, 3, 4.0),
    "002/001": (4, 4, 1, 3.5),
}
EXPECTED_IRS = {"001/001": 4.0, "001/002": 20.0, "001/003": 20.0, "002/001": 30.0}


def by_hand(weights):
    """Σ weight × score with the weights scaled to 1."""
    total = sum(weights)
    return {code: sum(w / total * s for w, s in zip(weights, scores)) for code, scores in EXPECTED_SCORES.items()}


def _household(x, y, rw, rt, babs, standing):
    row = {"rw": rw, "rt": rt, "members": 4, "low_income": False, "water_source": "piped",
           "handwashing": "soap_water", "solid_waste": "collected", "standing_water": standing,
           "data_source": "synthetic", "geometry": Point(x, y)}
    if babs:
        row.update(toilet_access="none", toilet_type="none")
    else:
        row.update(toilet_access="own", toilet_type="flush", containment="septic_tank", last_desludged_year=YEAR - 1)
    return row


def build_workspace(path, seed_rows):
    """The five RTs, their households, problems, land and screening rows, written with plain GDAL."""
    rts, households, problems, screening = [], [], [], []
    for number, (code, ((count, babs, standing), registered, land)) in enumerate(RTS.items()):
        rw, rt = code.split("/")
        x, y = X0 + 100 * number, Y0
        rts.append({"uuid": "rt-" + code, "rw": rw, "code": rt, "households": registered, "land_available_m2": land,
                    "truck_access": True, "geometry": box(x, y, x + 100, y + 100)})
        for i in range(count):
            households.append(_household(x + 5 + 6 * i, y + 20, rw, rt, i < babs, i < standing))
        for i, (severity, season) in enumerate(PROBLEMS.get(code, ())):
            # Those of 001/003 are not attached yet (no rw/rt): placed by where they lie.
            attached = {"rw": rw, "rt": rt} if code != "001/003" else {}
            problems.append(dict(attached, category="genangan", severity=severity, season=season,
                                 geometry=Point(x + 10 + 10 * i, y + 70)))
        for option in ("mck", "ipal_komunal", "septic_shared"):
            screening.append({"location_level": "RT", "location_code": code, "rw": rw, "rt": rt,
                              "option_code": option, "feasible": int(option in FEASIBLE[code])})
    # Outside every RT (its rw/rt typed wrong): never counted.
    problems.append({"rw": "001", "rt": "001", "category": "babs", "severity": "3", "geometry": Point(X0 - 50, Y0)})
    for i, row in enumerate(households):
        row["uuid"] = "hh-{}".format(i)
    for i, row in enumerate(problems):
        row["uuid"] = "pr-{}".format(i)
    for i, row in enumerate(screening):
        row["uuid"] = "sc-{}".format(i)
    seed_rows(path, "rw", [{"uuid": "rw-001", "code": "001", "geometry": box(X0, Y0, X0 + 300, Y0 + 100)},
                           {"uuid": "rw-002", "code": "002", "geometry": box(X0 + 300, Y0, X0 + 500, Y0 + 100)}])
    seed_rows(path, "rt", rts)
    seed_rows(path, "households", households)
    seed_rows(path, "problems", problems)
    seed_rows(path, "screening", screening)
    seed_rows(path, "candidate_sites", [{"uuid": "site-1", "rw": "001", "rt": "003", "name": "Lahan wakaf",
                                         "land_status": "waqf", "land_area_m2": 200.0,
                                         "geometry": Point(X0 + 250, Y0 + 50)}])
    import processing

    processing.run("csiap:areaindicators", {"WORKSPACE": path, "LEVEL": 0, "REFERENCE_YEAR": YEAR})
    return path


@pytest.fixture()
def five_rts(csiap_processing, any_workspace, seed_rows):
    return build_workspace(any_workspace, seed_rows)


def stored(query, path, level="RT"):
    names = ("location_code", "need_score", "risk_score", "problems_score", "readiness_score", "priority_score",
             "computed_rank", "status", "reasons", "method")
    rows = query(path, "SELECT {} FROM priorities WHERE location_level = ?".format(", ".join(names)), level)
    return {row[0]: dict(zip(names, row)) for row in rows}


def stored_ranks(path):
    """``[(code, computed rank)]`` of the RT priorities, read with sqlite3 or psycopg2."""
    from tests.conftest import _query

    return _query(path, "SELECT location_code, computed_rank FROM priorities WHERE location_level = 'RT'")


def test_the_preset_ranks_five_rts_as_worked_by_hand(five_rts, query, read_layer):
    import processing

    irs = dict(query(five_rts, "SELECT rw || '/' || rt, risk_index FROM area_indicators WHERE level = 'RT'"))
    for code, value in EXPECTED_IRS.items():   # the premise of the hand computation
        assert irs[code] == pytest.approx(value)
    result = processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1})
    assert (result["RANKED"], result["SURVEY_FIRST"]) == (4, 1)
    rows = stored(query, five_rts)
    assert set(rows) == set(RTS)
    expected = by_hand((25, 25, 25, 25))
    # 2.125, 2.125, 2.75, 3.125: 002/001 first, 001/003 second, the other two tied third.
    assert expected == pytest.approx({"001/001": 2.125, "001/002": 2.125, "001/003": 2.75, "002/001": 3.125})
    ranks = {"002/001": 1, "001/003": 2, "001/001": 3, "001/002": 3}
    for code, scores in EXPECTED_SCORES.items():
        row = rows[code]
        assert (row["need_score"], row["risk_score"], row["problems_score"], row["readiness_score"]) == \
            pytest.approx(scores), code
        assert row["priority_score"] == pytest.approx(expected[code])
        assert row["computed_rank"] == ranks[code] and row["status"] == "ranked"
    # The thin RT is never scored as low need: survey first, no score, no rank.
    thin = rows["002/002"]
    assert thin["status"] == "survey_first" and thin["computed_rank"] is None
    assert thin["need_score"] is None and thin["priority_score"] is None
    assert thin["reasons"].startswith("Survey first: 3 households surveyed, fewer than the 10 needed")
    # Reasons carry the numbers used; the method cites the guideline and the weights' source.
    assert rows["001/001"]["reasons"].startswith(
        "Need 1.0 (10 households surveyed: 20 % without safe access, open defecation 20 %); risk 1.0 (IRS 4.0")
    assert "IRS 30.0, class 4" in rows["002/001"]["reasons"]
    assert "2 named, count × severity 4 (dry season 1, rainy season 3)" in rows["001/003"]["reasons"]
    assert "land 200 m² (a candidate site), 2 feasible options, willingness not recorded" in rows["001/003"]["reasons"]
    assert "priority 2.12, rank 3 (tied)" in rows["001/002"]["reasons"]
    assert "Pemutakhiran SSK 2017" in rows["001/001"]["method"] and "need 25 %" in rows["001/001"]["method"]
    weights = query(five_rts, "SELECT criterion, weight, source, is_default, set_at FROM priority_weights")
    assert {w[0]: w[1] for w in weights} == {"need": 25, "risk": 25, "problems": 25, "readiness": 25,
                                             "unsafe_excreta": 0}
    assert all(w[3] == 1 and "bukan angka resmi" in w[2] and w[4] for w in weights)
    # Geometry: each row carries its RT's polygon (100 m × 100 m).

    layer = read_layer(five_rts, "priorities")
    assert sorted(round(a) for a in layer.geometry.area) == [10000] * 5


def test_typed_weights_are_stored_with_the_users_source(five_rts, query):
    import processing

    processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 0,
                                             "WEIGHTS": "need=40,risk=30,problems=20,readiness=10",
                                             "WEIGHTS_SOURCE": "Pokja Sanitasi, 2026-11-20"})
    rows = stored(query, five_rts)
    expected = by_hand((40, 30, 20, 10))
    # 1.75, 2.45, 2.3, 3.35 → 002/001, 001/002, 001/003, 001/001.
    assert expected == pytest.approx({"001/001": 1.75, "001/002": 2.45, "001/003": 2.3, "002/001": 3.35})
    order = sorted(expected, key=lambda c: -expected[c])
    assert [rows[c]["computed_rank"] for c in order] == [1, 2, 3, 4]
    assert all(rows[c]["priority_score"] == pytest.approx(expected[c]) for c in expected)
    weights = {w[0]: w[1:] for w in query(five_rts,
                                          "SELECT criterion, weight, source, is_default FROM priority_weights")}
    assert {c: w[0] for c, w in weights.items()} == {"need": 40, "risk": 30, "problems": 20, "readiness": 10,
                                                     "unsafe_excreta": 0}
    assert all(w[1] == "pengguna: Pokja Sanitasi, 2026-11-20" and w[2] == 0 for w in weights.values())
    # The preset's numbers typed by a user are the user's weights, not the plugin's default.
    processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1,
                                             "WEIGHTS": "need=25, risk=25, problems=25, readiness=25"})
    assert query(five_rts, "SELECT DISTINCT source, is_default FROM priority_weights") == [("user", 0)]
    # Indonesian reasons and method, numbers as Indonesians write them.
    assert "Kebutuhan 4,0 (10 KK disurvei: 100 % tanpa akses aman, BABS 100 %)" in rows["002/001"]["reasons"]
    assert "kebutuhan 40 %" in rows["002/001"]["method"]


@pytest.mark.parametrize("weights, match", [
    ("need=banyak, risk=30", "need.*banyak"),
    ("need=40, risk=-5", "risk.*negat"),
    ("need=0, risk=0", "add up to zero"),
    ("need=40, biaya=10", "biaya"),
])
def test_a_bad_weight_is_refused_by_criterion_and_nothing_changes(five_rts, workspace_state, refused, weights, match):
    import processing

    processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1})
    before = workspace_state(five_rts)
    with refused(match):
        processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1,
                                                 "WEIGHTS": weights})
    assert workspace_state(five_rts) == before


def test_a_weight_of_text_is_named_in_indonesian(five_rts, query, refused):
    import processing

    with refused("Bobot 'readiness' bukan angka: 'tinggi'"):
        processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 0,
                                                 "WEIGHTS": "need=40; readiness=tinggi"})
    assert query(five_rts, "SELECT count(*) FROM priorities")[0][0] == 0


def test_a_new_run_replaces_only_its_level(five_rts, query):
    import processing

    # The area indicators hold one level at a time: RW first, then RT again.
    processing.run("csiap:areaindicators", {"WORKSPACE": five_rts, "LEVEL": 1, "REFERENCE_YEAR": YEAR})
    processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 1, "LANGUAGE": 1})
    rw = stored(query, five_rts, "RW")
    processing.run("csiap:areaindicators", {"WORKSPACE": five_rts, "LEVEL": 0, "REFERENCE_YEAR": YEAR})
    processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1})
    processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1})
    counts = dict(query(five_rts, "SELECT location_level, count(*) FROM priorities GROUP BY location_level"))
    assert counts == {"RT": 5, "RW": 2}
    # RW 001: 32 households surveyed, 8 BABS; RW 002: 13 surveyed, 13 BABS → both ranked, 002 first on need.
    assert stored(query, five_rts, "RW") == rw
    assert rw["002"]["need_score"] == 4 and rw["001"]["need_score"] == 1


def test_core_scores_ties_and_thin_areas_by_hand():
    places = [Location("a", not_aman_share=0, babs_share=0, risk_index=10, problem_severity=0, land_m2=0),
              Location("b", not_aman_share=100, babs_share=100, risk_index=50, problem_severity=6, land_m2=40),
              Location("c", thin=True),
              Location("d", not_aman_share=75, babs_share=25, risk_index=30, problem_severity=3, land_m2=20)]
    results = {r.code: r for r in prioritise(places, {"need": 1, "risk": 1})}
    # need: a (1+1)/2; b 4; d: 75 → 4 (edge), 25 → 2 → 3. risk: 10→1, 50→4, 30→3 (edge at 30).
    assert results["a"].scores["need"] == 1 and results["b"].scores["need"] == 4 and results["d"].scores["need"] == 3
    assert (results["a"].scores["risk"], results["b"].scores["risk"], results["d"].scores["risk"]) == (1, 4, 3)
    assert [r.code for r in prioritise(places, {"need": 1, "risk": 1})] == ["b", "d", "a", "c"]
    assert results["c"].status == "survey_first" and results["c"].rank is None and results["c"].scores == {}
    # Equal scores share a rank, the next one skips: 1, 1, 3.
    same = [Location(code, not_aman_share=v, babs_share=v) for code, v in (("x", 80), ("y", 80), ("z", 0))]
    assert [(r.code, r.rank, r.tied) for r in prioritise(same, {"need": 1})] == \
        [("x", 1, True), ("y", 1, True), ("z", 3, False)]


def test_unsafe_excreta_is_optional_and_weighs_nothing_by_default():
    places = [Location("a", not_aman_share=10, babs_share=10, unsafe_excreta=0.9),
              Location("b", not_aman_share=90, babs_share=90, unsafe_excreta=0.1),
              Location("c", not_aman_share=50, babs_share=50, unsafe_excreta=None)]
    default = {r.code: r for r in prioritise(places)}
    assert [r.code for r in sorted(default.values(), key=lambda r: r.rank)] == ["b", "c", "a"]
    assert default["a"].scores["unsafe_excreta"] == 4 and default["b"].scores["unsafe_excreta"] == 1
    weighted = {r.code: r for r in prioritise(places, {"need": 50, "unsafe_excreta": 50})}
    # a: (1 + 4) / 2; b: (4 + 1) / 2; c has no SFD figure: need alone (3, 50 on the edge), and says so.
    assert weighted["a"].priority_score == pytest.approx(2.5) == weighted["b"].priority_score
    assert weighted["c"].priority_score == pytest.approx(3) and weighted["c"].left_out == ["unsafe_excreta"]


def test_weights_parse_and_are_refused_by_criterion():
    assert parse_weights("need=40,risk=30, problems=20;readiness=10") == {
        "need": 40, "risk": 30, "problems": 20, "readiness": 10}
    assert parse_weights("need=37,5, risk=62,5") == {"need": 37.5, "risk": 62.5}   # decimal commas
    assert math.isclose(sum(normalised_weights({"need": 3, "risk": 1}).values()), 1.0)
    for text, kind, criterion in (("need=abc", "weight_text", "need"), ("cost=5", "weight_unknown", "cost"),
                                  ("need", "weight_pair", "need")):
        with pytest.raises(PriorityError) as caught:
            parse_weights(text)
        assert (caught.value.kind, caught.value.criterion) == (kind, criterion)
    with pytest.raises(PriorityError) as caught:
        normalised_weights({"need": 10, "risk": -1})
    assert (caught.value.kind, caught.value.criterion) == ("weight_negative", "risk")
    with pytest.raises(PriorityError, match="weight_zero"):
        normalised_weights({"need": 0})


def test_every_rt_of_the_sample_gets_a_row(csiap_processing, any_workspace, import_sample, query):
    import processing

    import_sample(any_workspace)
    processing.run("csiap:areaindicators", {"WORKSPACE": any_workspace, "LEVEL": 0})
    processing.run("csiap:prioritiseareas", {"WORKSPACE": any_workspace, "LEVEL": 0, "LANGUAGE": 0})
    rts = {"{}/{}".format(rw, code) for rw, code in query(any_workspace, "SELECT rw, code FROM rt")}
    rows = query(any_workspace, "SELECT location_code, status, computed_rank, reasons FROM priorities")
    assert {r[0] for r in rows} == rts and len(rows) == len(rts)
    thin = {code for code, thin in query(
        any_workspace, "SELECT rw || '/' || rt, data_thin FROM area_indicators WHERE level = 'RT'") if thin}
    for code, status, rank, reasons in rows:
        if code in thin:
            assert status == "survey_first" and rank is None and reasons.startswith("Survei dulu")
        else:
            assert status == "ranked" and rank >= 1
    ranked = sorted(r[2] for r in rows if r[2] is not None)
    assert ranked and ranked[0] == 1 and ranked[-1] <= len(ranked)


def test_one_seasons_problems(five_rts, query):
    import processing

    processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1, "SEASON": 2})
    rows = stored(query, five_rts)
    # Dry season and all year: Σ severity 3 + 2 = 5, 0, 1 (no severity), 0; width 1.25 → 4, 1, 1, 1.
    assert [rows[c]["problems_score"] for c in EXPECTED_SCORES] == [4, 1, 1, 1]
    # 001/003: (1 + 3 + 1 + 4) / 4 = 2.25, now second; the others as with every season.
    assert rows["001/003"]["priority_score"] == pytest.approx(2.25) and rows["001/003"]["computed_rank"] == 2
    assert "2 named, count × severity 5 (all year 3, dry season 2)" in rows["001/001"]["reasons"]
    assert rows["001/001"]["method"].endswith("; problems of the dry season and all year")


def test_the_sfds_unsafe_excreta_share_is_an_optional_input(five_rts, query, workspace_state):
    from csiap_planner.workspace import WorkspaceError
    from csiap_planner.workspace.priorities import compute_priorities

    shares = {"001/001": 0.9, "001/002": 0.1, "001/003": 0.5, "002/001": None}
    compute_priorities(five_rts, "RT", {"need": 50, "unsafe_excreta": 50}, "Pokja", shares, "en")
    rows = stored(query, five_rts)
    excreta = dict(query(five_rts, "SELECT location_code, unsafe_excreta_score FROM priorities"))
    # Shares 0.9, 0.1, 0.5 → width 0.2 → 4, 1, 3; 002/001 has none: need alone (4) and says so.
    assert [excreta[c] for c in EXPECTED_SCORES] == [4, 1, 3, None]
    assert [rows[c]["priority_score"] for c in EXPECTED_SCORES] == pytest.approx([2.5, 2.0, 2.0, 4.0])
    assert [rows[c]["computed_rank"] for c in EXPECTED_SCORES] == [2, 3, 3, 1]
    assert "unsafe excreta 4.0 (90 %)" in rows["001/001"]["reasons"]
    assert "unsafe excreta - (no SFD figure, left out)" in rows["002/001"]["reasons"]
    before = workspace_state(five_rts)
    with pytest.raises(WorkspaceError, match="share of 001/002 must lie between 0 and 1, not 1.5"):
        compute_priorities(five_rts, "RT", None, None, {"001/002": 1.5}, "en")
    assert workspace_state(five_rts) == before


def test_the_sfd_is_made_only_when_its_weight_counts(five_rts, query, monkeypatch):
    from csiap_planner.workspace import sfd

    import processing

    def no_sfd(*args, **kwargs):
        raise AssertionError("the SFD was made although unsafe_excreta weighs 0")

    monkeypatch.setattr(sfd, "area_diagrams", no_sfd)
    processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1})
    typed = {"WEIGHTS": "need=50, risk=50, unsafe_excreta=0", "WEIGHTS_SOURCE": "Pokja"}
    processing.run("csiap:prioritiseareas", dict({"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": 1}, **typed))
    assert len(stored(query, five_rts)) == 5


@pytest.mark.parametrize("language, match", [
    (0, "Rumah tangga h3: jumlah anggota tiga tidak bisa dipakai sebagai bobot"),
    (1, "Household h3: tiga members cannot weigh its share"),
])
def test_an_sfd_that_cannot_be_made_is_a_message_in_the_users_language(five_rts, query, refused, monkeypatch, language,
                                                                       match, workspace_state):
    from csiap_planner.core.sfd import BAD_MEMBERS, SfdError
    from csiap_planner.workspace import sfd

    import processing

    def bad_sfd(*args, **kwargs):
        raise SfdError(BAD_MEMBERS, household="h3", members="tiga")

    monkeypatch.setattr(sfd, "area_diagrams", bad_sfd)
    before = workspace_state(five_rts)
    with refused(match) as caught:
        processing.run("csiap:prioritiseareas", {"WORKSPACE": five_rts, "LEVEL": 0, "LANGUAGE": language,
                                                 "WEIGHTS": "need=50, unsafe_excreta=50", "WEIGHTS_SOURCE": "Pokja"})
    assert "Traceback" not in str(caught.value) and "SfdError" not in str(caught.value)
    assert workspace_state(five_rts) == before
