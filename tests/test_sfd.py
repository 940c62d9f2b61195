"""The excreta flow diagram (issue 17): a hand-worked case of a dozen households, the
groundwater risk, properties over any households (hypothesis), the survey import of
the new questions from a Kobo export with groups, the schema-2 workspace upgraded
with every row kept, and csiap:excretaflow on a seeded workspace, checked with csv
and sqlite3 against the hand-worked numbers."""

import csv
import os
import random
import shutil
import sqlite3
import sys

import pytest
from csiap_planner.core import schema, sfd
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sfd_cases import DOZEN, PEOPLE, household, pct  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "tests", "data")
NEW_FIELDS = ["discharge", "containment_lining", "emptied", "emptied_by", "sludge_destination", "failure"]


def test_a_dozen_households_by_hand():
    households = [h for h, _cell in DOZEN]
    for h, cell in DOZEN:
        assert sfd.grid_cell(h, "T1") == cell, h
    result = sfd.area_sfd(households, "RW", "01", "Contoh")
    assert result.risk.code == "T1" and not result.risk.assumed
    assert result.people == pytest.approx(PEOPLE)
    assert result.imputed_members == 1 and result.mean_members == pytest.approx(42 / 11)
    assert result.cells == pytest.approx({
        "T1A1C4": pct(4), "T1A1C7": pct(5), "T1A2C5": pct(9), "T1A2C6": pct(3), "T1A2C9": pct(4),
        "T1A4C6": pct(6), "T1A6C10": pct(2), "T1B10": pct(4), "T1B11": pct(3), sfd.UNKNOWN: pct(2 + 42 / 11)})
    assert list(result.cells)[-1] == sfd.UNKNOWN
    f = result.flows
    # Safe: half the IPAL komunal wastewater (4 × 50 %), the two containers not emptied (5 + 2),
    # half the sludge delivered to the IPLT (4 × 50 %).
    assert f["safe"] == pytest.approx(pct(2 + 7 + 2)) == pytest.approx(24.0079, abs=1e-3)
    # Not safe: IPAL not treating (2), to the river (5), not contained and not emptied (3 + 4),
    # dumped (6), IPLT not treating (2), open defecation and a failed container (3 + 4).
    assert f["unsafe"] == pytest.approx(pct(2 + 5 + 7 + 6 + 2 + 7)) == pytest.approx(63.2937, abs=1e-3)
    assert f[sfd.UNKNOWN] == pytest.approx(pct(2 + 42 / 11)) == pytest.approx(12.6984, abs=1e-3)
    assert f["fs_emptied"] == pytest.approx(pct(10)) and f["fs_delivered"] == pytest.approx(pct(4))
    assert f["fs_contained"] == pytest.approx(pct(5 + 4 + 2)) and f["fs_not_contained"] == pytest.approx(pct(3 + 6 + 4))
    assert f["ww_contained"] == pytest.approx(pct(4)) and f["ww_not_contained"] == pytest.approx(pct(5))
    assert result.unknown_reasons == pytest.approx({"discharge": pct(42 / 11), "containment_lining": pct(2)})
    matrix = {row["cell"]: row for row in result.matrix}
    assert matrix["T1A2C5"]["F3"] == pytest.approx(100 * 4 / 9) and matrix["T1A2C5"]["F4"] == 100
    assert matrix["T1A2C5"]["F5"] == 50 and matrix["T1A4C6"]["F3"] == 100 and matrix["T1A4C6"]["F4"] == 0
    assert matrix["T1A1C4"]["W4"] == 100 and matrix["T1A1C4"]["W5"] == 50 and matrix["T1A1C4"]["F3"] is None
    assert sfd.unsafe_share(result) == pytest.approx(29 / 40)


def test_significant_groundwater_risk_leaves_infiltrating_containers_not_contained():
    households = [dict(h, water_source="borehole") for h, _cell in DOZEN]
    result = sfd.area_sfd(households, "RW", "01", depths=[2.0, 8.0])
    assert result.risk.code == "T2" and result.risk.depth_m == 2.0 and result.risk.groundwater_drinking_pct == 100
    assert set(result.cells) >= {"T2A2C5", "T2A6C10", "T2B11"}
    # The two containers "not emptied" under T1 now leak into drunk groundwater: not safe.
    assert sfd.household_fate(DOZEN[0][0], "T2").fate == "fs_not_contained_not_emptied"
    assert sfd.household_fate(DOZEN[4][0], "T2").fate == "fs_not_contained_not_emptied"
    assert result.flows["fs_contained_not_emptied"] == 0
    # Safe: IPAL komunal's treated half, and the emptied tank's sludge (T2A2C5: a soak pit, so "not
    # contained") still delivered to the IPLT and half treated.
    assert result.flows["fs_not_contained_treated"] == pytest.approx(pct(2))
    assert result.flows["safe"] == pytest.approx(pct(2 + 2))


def test_groundwater_risk_answers():
    piped = [dict(water_source="piped", containment="septic_tank")] * 4
    wells = [dict(water_source="protected_well", containment="septic_tank", well_distance_m=5)] * 4
    far = [dict(water_source="protected_well", containment="septic_tank", well_distance_m=15)] * 4
    assert sfd.groundwater_risk(piped, [1.0]).code == "T1"               # nobody drinks groundwater
    assert sfd.groundwater_risk(wells, [20.0]).code == "T2"              # every well < 10 m from its tank
    assert sfd.groundwater_risk(far, [20.0]).code == "T1"                # deep, and wells far
    assert sfd.groundwater_risk(far, [3.0]).code == "T2"                 # shallow
    unknown = sfd.groundwater_risk([dict(containment="septic_tank")], [])
    assert unknown.code == "T2" and unknown.assumed                       # cannot tell: the precaution, said so
    no_depth = sfd.groundwater_risk(far, [None])
    assert no_depth.code == "T2" and no_depth.assumed                     # wells far, but the depth unknown
    assert not sfd.groundwater_risk(piped, []).assumed                    # not drunk: the depth does not matter


def test_thin_area_and_unanswered_survey_get_no_diagram():
    thin = sfd.area_sfd([household()] * 9, "RT", "01/001")
    assert thin.thin and not thin.drawable and "9" in thin.reason_text("en") and "10" in thin.reason_text("id")
    assert sfd.unsafe_share(thin) is None
    blank = sfd.area_sfd([dict(members=3)] * 12, "RW", "02")
    assert not blank.drawable and "SFD" in blank.reason_text("id")


def test_closure_error_names_what_does_not_add_up():
    result = sfd.area_sfd([h for h, _cell in DOZEN], "RW", "01")
    result.flows["fs_delivered"] += 5   # as a wrong sum would leave it
    with pytest.raises(sfd.SfdError) as raised:
        sfd.check_closure(result)
    assert "sludge emptied" in str(raised.value) and "SFD of 01" in str(raised.value)
    assert raised.value.text("id").startswith("SFD 01 tidak genap: lumpur tinja disedot berjumlah")
    assert "FAQ SFD 30" in raised.value.text("id")
    with pytest.raises(sfd.SfdError, match="between 0 and 100") as raised:
        sfd.area_sfd([h for h, _cell in DOZEN], "RW", "01", assumptions=sfd.Assumptions(iplt_treated_pct=120))
    assert "Lumpur tinja yang diolah di IPLT" in raised.value.text("id") and "120" in raised.value.text("id")


def test_assumption_register_lists_every_parameter_with_its_source():
    register = sfd.assumption_register(sfd.Assumptions(iplt_treated_pct=95))
    by_name = {a.name: a for a in register}
    assert by_name["iplt_treated_pct"].value == 95 and "FAQ" in by_name["iplt_treated_pct"].source
    assert by_name["iplt_treated_pct"].source.startswith("Nilai pengguna")
    assert by_name["ipal_functioning_pct"].value == 50 and not by_name["ipal_functioning_pct"].official
    assert len(register) == 6


def test_after_the_plan_by_hand():
    households = [h for h, _cell in DOZEN]

    def planned(option):
        return sfd.area_sfd([sfd.after_plan(h, [option], "T1") for h in households], "RW", "01")

    # An IPAL komunal connects every household whose fate is known (40 persons), half of it treated.
    connected = planned("ipal_komunal")
    assert connected.cells == pytest.approx({"T1A1C4": pct(40), sfd.UNKNOWN: pct(2 + 42 / 11)})
    assert connected.flows["safe"] == pytest.approx(pct(20))
    # New septic tanks where excreta are not contained now: the got (3), the emptied-and-dumped
    # open tank (6), the river (5), open defecation (3), the flooded tank (4), "don't know" (4).
    tanks = planned("septic_individual")
    assert tanks.flows["safe"] == pytest.approx(pct(11 + 25))
    assert tanks.cells["T1A2C5"] == pytest.approx(pct(9 + 25))
    # An MCK serves only those without a toilet.
    block = planned("mck")
    assert block.flows["safe"] == pytest.approx(pct(11 + 3)) and "T1B11" not in block.cells
    # No option, or one that serves nobody here: nothing changes; the unknown stay unknown.
    assert sfd.after_plan(DOZEN[0][0], ["mck"], "T1") is DOZEN[0][0]
    assert sfd.after_plan(DOZEN[9][0], ["ipal_komunal"], "T1") is DOZEN[9][0]


# --- Properties -------------------------------------------------------------------------

def _answer(name):
    codes = list(schema.layer("households").field(name).codelist.values())
    return st.one_of(st.none(), st.sampled_from(codes))


HOUSEHOLDS = st.lists(st.fixed_dictionaries({
    "members": st.one_of(st.none(), st.integers(1, 30)),
    **{name: _answer(name) for name in ("toilet_access", "toilet_type", "containment", "water_source",
                                        *NEW_FIELDS)},
    "well_distance_m": st.one_of(st.none(), st.floats(0, 50)),
    "last_desludged_year": st.one_of(st.none(), st.integers(1990, 2026)),
}), min_size=10, max_size=60)


def needed(h):
    """The answers a household's cell and fate rest on, read from the method (not from core.sfd)."""
    names = ["toilet_access"]
    if h["toilet_access"] is None or h["toilet_access"] == "none" or h["toilet_type"] == "none":
        return names
    names.append("failure")
    if h["failure"] != "none":
        return names
    names += ["containment", "discharge"]
    if h["containment"] in ("septic_tank", "pit"):
        names += ["containment_lining", "emptied"]
        if h["emptied"] == "yes":
            names.append("sludge_destination")
    return names


@settings(max_examples=80, deadline=None)
@given(HOUSEHOLDS, st.lists(st.one_of(st.none(), st.floats(0, 30)), max_size=4))
def test_shares_close_to_100_and_are_never_negative(households, depths):
    result = sfd.area_sfd(households, "RW", "01", depths=depths)
    if not result.drawable:
        return
    assert sum(result.cells.values()) == pytest.approx(100.0, abs=1.0)
    f = result.flows
    assert f["safe"] + f["unsafe"] + f[sfd.UNKNOWN] == pytest.approx(100.0, abs=1.0)
    assert all(value >= 0 for value in f.values()) and all(v >= 0 for v in result.cells.values())
    share = sfd.unsafe_share(result)
    assert share is None or 0 <= share <= 1


@settings(max_examples=120, deadline=None)
@given(HOUSEHOLDS.map(lambda hs: hs[0]), st.sampled_from(["T1", "T2"]), st.data())
def test_an_unknown_answer_never_lands_in_a_known_cell(h, risk, data):
    fate = sfd.household_fate(h, risk)
    blank = [n for n in needed(h) if h[n] is None or (n in ("containment", "containment_lining", "emptied",
                                                               "sludge_destination")
                                                          and h[n] in ("unknown", "dont_know"))]
    if h.get("emptied") is None and h.get("last_desludged_year") is not None and "emptied" in blank:
        blank.remove("emptied")   # the year last emptied answers it
    if blank:
        assert fate.cell == sfd.UNKNOWN and fate.fate == sfd.UNKNOWN, (h, blank)
    else:
        assert fate.cell != sfd.UNKNOWN
        # Blank any one answer the household's cell rests on: it goes to the unknown share.
        name = data.draw(st.sampled_from(needed(h)))
        emptied_by_year = name == "emptied" and h.get("last_desludged_year") is not None
        if not emptied_by_year:
            assert sfd.household_fate(dict(h, **{name: None}), risk).cell == sfd.UNKNOWN, name


# --- The sample's synthetic answers -------------------------------------------------------

def test_synthetic_answers_fit_the_code_lists():
    import importlib.util

    spec = importlib.util.spec_from_file_location("sfd_answers", os.path.join(ROOT, "scripts", "sfd_answers.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rng = random.Random(7)
    layer = schema.layer("households")
    rows = [module.add_answers({"toilet_access": a, "containment": c, "last_desludged_year": y,
                                "standing_water": "yes"}, rng)
            for a in ("own", "none", "") for c in ("septic_tank", "pit", "open_drain", "") for y in ("", 2020)]
    for row in rows:
        assert row["data_source"] == "synthetic"
        for name in NEW_FIELDS:
            assert row[name] == "" or row[name] in layer.field(name).codelist.values(), (name, row[name])
        if row["toilet_access"] in ("none", ""):
            assert all(row[name] == "" for name in NEW_FIELDS)
    again = random.Random(7)
    assert module.add_answers({"toilet_access": "own", "containment": "pit"}, again) == \
        module.add_answers({"toilet_access": "own", "containment": "pit"}, random.Random(7))
    assert any(r["emptied"] == "yes" and r["sludge_destination"] for r in rows)


# --- Workspace: import, upgrade, the algorithm ------------------------------------------------

INSIDE = (-6.2755, 106.7852)


def test_kobo_export_with_groups_imports_the_new_answers(any_workspace, csiap_processing, tmp_path, query):
    import processing

    header = ["start", "jamban/toilet_access", "jamban/toilet_type", "jamban/containment", "jamban/discharge",
              "jamban/containment_lining", "jamban/emptied", "jamban/emptied_by", "jamban/sludge_destination",
              "jamban/failure", "members", "_location_latitude", "_location_longitude", "_uuid"]
    rows = [
        ["2026-09-07", "own", "flush", "septic_tank", "soak_pit", "open_bottom", "yes", "private_truck", "iplt",
         "none", "4", INSIDE[0], INSIDE[1], "a1"],
        ["2026-09-07", "own", "flush", "pit", "Saluran / got (terbuka atau tertutup)", "Tanpa dinding (lubang tanah)",
         "Belum pernah", "", "", "Container failed, collapsed or flooded", "3", INSIDE[0], INSIDE[1] + 0.0005, "a2"],
        ["2026-09-07", "own", "flush", "septic_tank", "", "", "", "", "", "", "5", INSIDE[0] + 0.0005, INSIDE[1],
         "a3"],
    ]
    path = tmp_path / "kobo.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header] + rows)
    result = processing.run("csiap:importsurvey", {"INPUT": str(path), "TARGET": 0, "WORKSPACE": any_workspace})
    assert (result["INSERTED"], result["REJECTED_COUNT"]) == (3, 0)
    stored = {r[0]: r[1:] for r in query(any_workspace, "SELECT uuid, {} FROM households".format(
        ", ".join(NEW_FIELDS)))}
    assert stored["a1"] == ("soak_pit", "open_bottom", "yes", "private_truck", "iplt", "none")
    assert stored["a2"] == ("drain", "unlined", "no", None, None, "containment")   # labels read as codes
    assert stored["a3"] == (None,) * 6                                             # blank stays blank
    # ODK Central writes the group path with a dash.
    odk = tmp_path / "odk.csv"
    with open(odk, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([
            ["jamban-toilet_access", "jamban-containment", "jamban-discharge", "jamban-failure", "members",
             "location-Latitude", "location-Longitude", "meta-instanceID"],
            ["own", "sewer", "ipal_komunal", "none", "6", INSIDE[0] - 0.0005, INSIDE[1], "uuid:b1"]])
    result = processing.run("csiap:importsurvey", {"INPUT": str(odk), "TARGET": 0, "WORKSPACE": any_workspace})
    assert (result["INSERTED"], result["REJECTED_COUNT"]) == (1, 0)
    assert query(any_workspace, "SELECT discharge, failure FROM households WHERE uuid = 'b1'") == [(
        "ipal_komunal", "none")]


# GeoPackage only: the schema-2 workspace is the file plugin 0.2.0 wrote (tests/data).
def test_schema2_workspace_gains_the_sfd_fields_with_every_row_kept(qgis_app, tmp_path):
    from csiap_planner.workspace.upgrade import upgrade_workspace

    for ext in ("gpkg", "qgz"):
        shutil.copy(os.path.join(DATA, "workspace_schema2." + ext), tmp_path)
    path = str(tmp_path / "workspace_schema2.gpkg")
    with sqlite3.connect(path) as db:
        old_columns = [r[1] for r in db.execute("SELECT * FROM pragma_table_info('households')")]
        before = db.execute("SELECT {} FROM households ORDER BY fid".format(
            ", ".join('"{}"'.format(c) for c in old_columns))).fetchall()
    assert len(before) == 24 and not set(NEW_FIELDS) & set(old_columns)
    upgrade_workspace(path)
    with sqlite3.connect(path) as db:
        columns = [r[1] for r in db.execute("SELECT * FROM pragma_table_info('households')")]
        after = db.execute("SELECT {} FROM households ORDER BY fid".format(
            ", ".join('"{}"'.format(c) for c in old_columns))).fetchall()
        new = db.execute("SELECT {} FROM households".format(", ".join(NEW_FIELDS))).fetchall()
        titles = dict(db.execute("SELECT column_name, title FROM gpkg_data_columns WHERE table_name = 'households'"))
    assert set(NEW_FIELDS) <= set(columns) and after == before
    assert new == [(None,) * 6] * 24
    assert titles["discharge"] == "Air dari jamban/tangki dialirkan ke"


def _bounds(path):
    """minx, maxx, miny, maxy of the workspace's kelurahan outline."""
    from tests.conftest import _read_layer

    minx, miny, maxx, maxy = _read_layer(path, "kelurahan").total_bounds
    return minx, maxx, miny, maxy


@pytest.fixture()
def sfd_workspace(any_workspace, seed_rows):
    """Two RWs (left and right half of the kelurahan's box), one RT each; the dozen in RW 01
    (RT groundwater 8 m), three households in RW 02."""
    from shapely.geometry import Point, box

    minx, maxx, miny, maxy = _bounds(any_workspace)
    mid = (minx + maxx) / 2
    left, right = box(minx, miny, mid, maxy), box(mid, miny, maxx, maxy)
    seed_rows(any_workspace, "rw", [{"uuid": "rw1", "code": "01", "geometry": left},
                                     {"uuid": "rw2", "code": "02", "geometry": right}])
    seed_rows(any_workspace, "rt", [{"uuid": "rt1", "rw": "01", "code": "001", "groundwater_depth_m": 8.0,
                                      "geometry": left},
                                     {"uuid": "rt2", "rw": "02", "code": "001", "geometry": right}])
    cy = (miny + maxy) / 2
    rows = []
    for number, (h, _cell) in enumerate(DOZEN):
        rows.append(dict({k: v for k, v in h.items() if v is not None}, uuid="h{}".format(number),
                         household_head="Nama Rahasia", geometry=Point(minx + (mid - minx) * (number + 1) / 14, cy)))
    for number in range(3):
        rows.append(dict(household(4), uuid="r{}".format(number), geometry=Point(mid + (maxx - mid) / 2 + number, cy)))
    seed_rows(any_workspace, "households", rows)
    seed_rows(any_workspace, "facilities", [
        {"uuid": "f{}".format(n), "kind": "ipal", "condition": c, "geometry": Point(minx + 1 + n, cy + 1)}
        for n, c in enumerate(("good", "not_functioning", "fair", None))])
    return any_workspace


def test_excretaflow_writes_the_matrix_diagram_and_register(csiap_processing, sfd_workspace, tmp_path):
    from qgis.core import QgsProcessingFeedback

    import processing

    class Keeping(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, text):   # noqa: N802
            self.lines.append(text)

        def pushWarning(self, text):   # noqa: N802
            self.lines.append(text)

    feedback = Keeping()
    folder = tmp_path / "sfd"
    result = processing.run("csiap:excretaflow", {"WORKSPACE": sfd_workspace, "LEVEL": 1, "LANGUAGE": 0,
                                                  "OUTPUT_FOLDER": str(folder)}, feedback=feedback)
    assert (result["AREAS"], result["THIN"]) == (1, 1)
    log = "\n".join(feedback.lines)
    # Four IPAL komunal mapped; of the three with a condition, good and fair ones function: 2 of 3.
    assert "4 IPAL komunal" in log and "2 dari 3" in log and "(67 %)" in log
    assert "02: Data terlalu sedikit: 3 KK" in log
    names = sorted(os.listdir(folder))
    assert names == ["sfd_asumsi.csv", "sfd_asumsi.txt", "sfd_ringkasan.csv", "sfd_rw_01.csv", "sfd_rw_01.png",
                     "sfd_rw_01.svg", "sfd_rw_01_aliran.csv"]
    with open(folder / "sfd_rw_01.csv", encoding="utf-8-sig") as handle:
        matrix = {row["cell"]: row for row in csv.DictReader(handle)}
    assert float(matrix["T1A2C5"]["p"]) == pytest.approx(pct(9), abs=0.01)
    assert float(matrix["T1A2C5"]["F3"]) == pytest.approx(44.44, abs=0.01)
    assert float(matrix["unknown"]["p"]) == pytest.approx(pct(2 + 42 / 11), abs=0.01)
    assert sum(float(r["p"]) for r in matrix.values()) == pytest.approx(100, abs=0.05)
    with open(folder / "sfd_ringkasan.csv", encoding="utf-8-sig") as handle:
        summary = {row["location_code"]: row for row in csv.DictReader(handle)}
    assert summary["02"]["Tidak digambar karena"].startswith("Data terlalu sedikit: 3 KK")
    assert float(summary["01"]["Dikelola aman (%)"]) == pytest.approx(24.01, abs=0.01)
    assert summary["01"]["T"] == "T1" and summary["01"]["T diasumsikan (survei tidak dapat menentukan)"] == "tidak"
    assert summary["01"]["KK tanpa jumlah anggota (dihitung dengan rata-rata)"] == "1"
    register = open(folder / "sfd_asumsi.txt", encoding="utf-8").read()
    assert "FAQ" in register and "IPLT" in register
    everything = "".join(open(folder / n, encoding="utf-8", errors="ignore").read() for n in names
                         if not n.endswith(".png"))
    assert "Nama Rahasia" not in everything   # nothing personal in what is shown at a rembuk


@pytest.mark.parametrize("drawn", [True, False], ids=["drawn area", "the RT's polygon"])
def test_excretaflow_after_the_plan(csiap_processing, sfd_workspace, seed_rows, tmp_path, drawn):
    """The IPAL komunal serves RW 01's RT: drawn as its area, or (not drawn, as an action typed
    in the attribute table or drafted) its location's polygon, as the plan counts it."""
    from shapely.geometry import box

    import processing

    minx, maxx, miny, maxy = _bounds(sfd_workspace)
    where = ({"geometry": box(minx, miny, (minx + maxx) / 2, maxy)} if drawn else
             {"location_level": "RT", "location_code": "01/001"})
    seed_rows(sfd_workspace, "actions", [
        dict({"uuid": "a1", "kind": "build", "option_code": "ipal_komunal"}, **where),
        {"uuid": "a2", "kind": "behaviour_change", "option_code": "septic_individual",
         "geometry": box(minx, miny, maxx, maxy)}])   # not a building action: changes nothing
    folder = tmp_path / "plan"
    processing.run("csiap:excretaflow", {"WORKSPACE": sfd_workspace, "LEVEL": 1, "LANGUAGE": 1, "AFTER_PLAN": True,
                                         "OUTPUT_FOLDER": str(folder)})
    assert {"sfd_rw_01.csv", "sfd_rw_01_rencana.csv", "sfd_rw_01_rencana.svg", "sfd_ringkasan_rencana.csv"} <= set(
        os.listdir(folder))
    with open(folder / "sfd_rw_01_rencana.csv", encoding="utf-8-sig") as handle:
        matrix = {row["cell"]: float(row["p"]) for row in csv.DictReader(handle)}
    assert matrix == pytest.approx({"T1A1C4": pct(40), "unknown": pct(2 + 42 / 11)}, abs=0.01)
    with open(folder / "sfd_ringkasan_rencana.csv", encoding="utf-8-sig") as handle:
        summary = {row["location_code"]: row for row in csv.DictReader(handle)}
    assert float(summary["01"]["Safely managed (%)"]) == pytest.approx(pct(20), abs=0.01)
    svg = open(folder / "sfd_rw_01_rencana.svg", encoding="utf-8").read()
    assert "after the action plan" in svg


def test_unsafe_share_and_annex_figures_for_the_lead(qgis_app, sfd_workspace, tmp_path):
    from csiap_planner.report.sfd_diagram import annex_figures
    from csiap_planner.workspace.sfd import unsafe_share

    shares = unsafe_share(sfd_workspace, "RW")
    assert shares["01"] == pytest.approx(29 / 40) and shares["02"] is None
    assert set(unsafe_share(sfd_workspace, "RT")) == {"01/001", "02/001"}
    figures = annex_figures(sfd_workspace, str(tmp_path / "annex"), "en")
    assert [os.path.basename(p) for p, _caption in figures] == ["sfd_kelurahan.png", "sfd_rw_01.png"]
    assert all(os.path.getsize(p) > 0 for p, _c in figures)
    assert figures[1][1].startswith("Excreta flow diagram (SFD), RW 01") and "24 %" in figures[1][1]
    # With the plan (here no actions: the same shares), its kelurahan diagram follows the one of now.
    both = annex_figures(sfd_workspace, str(tmp_path / "annex_plan"), "id", after_plan=True)
    assert [os.path.basename(p) for p, _caption in both] == ["sfd_kelurahan.png", "sfd_kelurahan_rencana.png",
                                                               "sfd_rw_01.png"]
    assert "setelah rencana aksi" in both[1][1]
