"""csiap:exportproposals: the Musrenbang proposal list and the RKM draft, read back
with openpyxl and the csv module; the figures are worked out by hand."""

import csv
import os

import openpyxl
import pytest
from shapely.geometry import Point, box

import processing

X0, Y0 = 700000.0, 9300000.0
MUSRENBANG_EN = ["No.", "Proposed activity", "Location (RT/RW)", "Volume", "Unit", "Estimated cost (Rp)",
                 "Funding source", "Beneficiaries (households)", "Beneficiaries (persons)", "Priority", "Proposed by"]
MUSRENBANG_ID = ["No.", "Usulan kegiatan", "Lokasi (RT/RW)", "Volume", "Satuan", "Perkiraan biaya (Rp)",
                 "Sumber dana", "Sasaran/penerima manfaat (KK)", "Sasaran/penerima manfaat (jiwa)", "Prioritas",
                 "Pengusul"]
PERSONAL = ("Budi Santoso", "3174010101800001", "081234567890")


def seed(path, seed_rows):
    seed_rows(path, "rt", [{"uuid": "a", "rw": "001", "code": "001", "geometry": box(X0, Y0, X0 + 100, Y0 + 100)}])
    seed_rows(path, "households", [
        {"uuid": "h1", "members": 4, "low_income": True, "household_head": PERSONAL[0], "nik": PERSONAL[1],
         "phone": PERSONAL[2], "geometry": Point(X0 + 10, Y0 + 10)},
        {"uuid": "h2", "members": 3, "geometry": Point(X0 + 50, Y0 + 50)},
        {"uuid": "h3", "geometry": Point(X0 + 90, Y0 + 90)}])
    seed_rows(path, "unit_costs", [
        {"uuid": "c1", "option_code": "septic_individual", "item": "Tangki septik", "unit": "per_household",
         "price": 4000000.0, "year": 2025, "source": "HSPK uji 2025", "is_assumption": False}])
    seed_rows(path, "meetings", [{"uuid": "m1", "kind": "rembuk_rt", "title": "Rembuk RT 001 II",
                                  "meeting_date": "2026-10-03"}])
    seed_rows(path, "actions", [
        {"uuid": "A1", "kind": "build", "option_code": "septic_individual", "location_level": "RT",
         "location_code": "001/001", "priority_rank": 1, "funding_source": "apbd", "swadaya_cash_pct": 10.0,
         "swadaya_in_kind_pct": 5.0, "plan_year": 2027, "start_month": 3, "end_month": 5, "responsible": "ksm",
         "status": "agreed", "drafted": False, "meeting_uuid": "m1"},
        {"uuid": "A2", "kind": "behaviour_change", "description": "Kampanye STBM", "location_level": "RT",
         "location_code": "001/001", "priority_rank": 2, "volume": 2.0, "unit": "paket", "unit_cost": 1500000.0,
         "funding_source": "dana_kelurahan", "swadaya_in_kind_pct": 20.0, "plan_year": 2027, "plan_quarter": 2,
         "responsible": "tfl", "status": "proposed", "drafted": False}])


def sheet_rows(path):
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return rows


def test_musrenbang_and_rkm_files(any_workspace, seed_rows, csiap_processing, tmp_path):
    from csiap_planner.core.options import OPTIONS

    seed(any_workspace, seed_rows)
    folder = tmp_path / "out"
    result = processing.run("csiap:exportproposals", {"WORKSPACE": any_workspace, "LANGUAGE": 1,
                                                      "OUTPUT_FOLDER": str(folder)})
    assert result["FILES"] == 4
    rows = sheet_rows(str(folder / "usulan_musrenbang.xlsx"))
    assert rows[0] == MUSRENBANG_EN
    septic = next(o.name_en for o in OPTIONS if o.code == "septic_individual")
    # A1: h1, h2, h3 = 3 KK, 4 + 3 + 1 jiwa; 3 tanks × Rp 4,000,000.
    assert rows[1] == [1, septic, "RT 001 / RW 001", 3, "unit", 12000000,
                       "APBD (regional budget) 85 %; Community contribution (swadaya) 15 % (cash 10 %, in kind 5 %)",
                       3, 8, 1, "KSM (Rembuk RT 001 II)"]
    # A2 is another kind: the same households count again; 2 × Rp 1,500,000.
    assert rows[2][1:10] == ["Kampanye STBM", "RT 001 / RW 001", 2, "paket", 3000000,
                             "Kelurahan fund 80 %; Community contribution (swadaya) 20 % (cash 0 %, in kind 20 %)",
                             3, 8, 2]
    assert rows[3][1] == "Total" and rows[3][5] == 15000000
    notes = " ".join(str(r[1]) for r in rows[4:])
    assert "Permendagri No. 86/2017" in notes and "one person (1 such households)" in notes
    assert "HSPK uji 2025" in notes

    with open(folder / "usulan_musrenbang.csv", encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0] == MUSRENBANG_EN and table[1][5] == "12000000.0" and len(table) == len(rows)

    rkm = sheet_rows(str(folder / "rkm.xlsx"))
    months = rkm[0][6:18]
    assert months == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    marks = {row[1]: [m for m, cell in zip(months, row[6:18]) if cell == "x"] for row in rkm[1:3]}
    assert marks == {septic: ["Mar", "Apr", "May"], "Kampanye STBM": ["Apr", "May", "Jun"]}
    assert rkm[0][18:] == ["Responsible", "Swadaya in cash (Rp)", "Swadaya in kind (Rp)"]
    # Swadaya: A1 10 % and 5 % of 12 M; A2 20 % of 3 M in kind.
    assert rkm[1][18:] == ["KSM (community group)", 1200000, 600000]
    assert rkm[2][18:] == ["TFL (field facilitator)", 0, 600000]
    assert rkm[3][1] == "Total" and rkm[3][19:] == [1200000, 1200000]

    # No household's name, NIK or phone in any file.
    for name in os.listdir(folder):
        text = (" ".join(str(c) for r in sheet_rows(str(folder / name)) for c in r) if name.endswith(".xlsx")
                else (folder / name).read_text(encoding="utf-8-sig"))
        for value in PERSONAL:
            assert value not in text, name


def test_indonesian_headers(any_workspace, seed_rows, csiap_processing, tmp_path):
    seed(any_workspace, seed_rows)
    processing.run("csiap:exportproposals", {"WORKSPACE": any_workspace, "LANGUAGE": 0,
                                             "OUTPUT_FOLDER": str(tmp_path)})
    rows = sheet_rows(str(tmp_path / "usulan_musrenbang.xlsx"))
    assert rows[0] == MUSRENBANG_ID
    assert rows[1][6].startswith("APBD 85 %; Swadaya masyarakat 15 %")
    assert any("Permendagri No. 86 Tahun 2017" in str(r[1]) for r in rows[4:])
    assert sheet_rows(str(tmp_path / "rkm.xlsx"))[0][6:18] == [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def test_bad_action_refused_and_nothing_written(any_workspace, seed_rows, csiap_processing, tmp_path, refused):
    seed(any_workspace, seed_rows)
    seed_rows(any_workspace, "actions", [{"uuid": "A3", "kind": "build", "option_code": "ipal_komunal",
                                           "description": "IPAL RT 1", "location_code": "001/001"}])
    # Only septic tanks are priced in this workspace.
    with refused("IPAL RT 1.*ipal_komunal"):
        processing.run("csiap:exportproposals", {"WORKSPACE": any_workspace, "LANGUAGE": 1,
                                                 "OUTPUT_FOLDER": str(tmp_path / "out")})
    assert not (tmp_path / "out").exists() or not os.listdir(tmp_path / "out")


@pytest.mark.parametrize("language", [0, 1])
def test_empty_plan_refused(any_workspace, csiap_processing, tmp_path, refused, language):
    with refused("csiap:draftactionplan"):
        processing.run("csiap:exportproposals", {"WORKSPACE": any_workspace, "LANGUAGE": language,
                                                 "OUTPUT_FOLDER": str(tmp_path)})


def test_swadaya_funded_action_and_households_without_members(any_workspace, seed_rows, csiap_processing, tmp_path):
    seed(any_workspace, seed_rows)
    seed_rows(any_workspace, "households", [
        {"uuid": "h4", "geometry": Point(X0 + 20, Y0 + 80)},      # in the area, no member count
        {"uuid": "h5", "geometry": Point(X0 + 500, Y0 + 500)}])   # in no action's area: not served
    # The community pays this one in full: 20 % in kind, so 80 % in cash whatever its cash % says.
    seed_rows(any_workspace, "actions", [
        {"uuid": "A3", "kind": "build", "description": "Sumur resapan", "location_level": "RT",
         "location_code": "001/001", "priority_rank": 3, "volume": 1.0, "unit": "unit", "unit_cost": 2500000.0,
         "funding_source": "swadaya", "swadaya_in_kind_pct": 20.0, "plan_year": 2027, "plan_quarter": 3,
         "responsible": "ksm", "status": "proposed", "drafted": False}])
    folder = tmp_path / "out"
    processing.run("csiap:exportproposals", {"WORKSPACE": any_workspace, "LANGUAGE": 1, "OUTPUT_FOLDER": str(folder)})
    rows = sheet_rows(str(folder / "usulan_musrenbang.xlsx"))
    # Served without a member count: h3 and h4 (h5 lies in no area), each once though two kinds serve them.
    notes = " ".join(str(r[1]) for r in rows[5:])
    assert "one person (2 such households)" in notes
    # A1: h1..h4 = 4 KK, 4 + 3 + 1 + 1 persons; A3 (build again) counts nobody new.
    assert rows[1][7:9] == [4, 9] and rows[3][7:9] == [0, 0]
    rkm = sheet_rows(str(folder / "rkm.xlsx"))
    # A1 4 tanks × 4 M = 16 M: 10 % cash, 5 % in kind; A2 3 M: 20 % in kind; A3 2.5 M: 2 M cash, 0.5 M in kind.
    assert [r[19:] for r in rkm[1:4]] == [[1600000, 800000], [0, 600000], [2000000, 500000]]
    assert rkm[4][1] == "Total" and rkm[4][19:] == [3600000, 1900000]


@pytest.mark.parametrize("action, cash, kind", [
    ({"total_cost": 1000.0, "funding_source": "swadaya"}, 1000.0, 0.0),
    ({"total_cost": 1000.0, "funding_source": "swadaya", "swadaya_cash_pct": 10.0, "swadaya_in_kind_pct": 30.0},
     700.0, 300.0),
    ({"total_cost": 1000.0, "funding_source": "apbd", "swadaya_cash_pct": 10.0, "swadaya_in_kind_pct": 5.0},
     100.0, 50.0),
    ({"total_cost": 1000.0, "funding_source": "apbd"}, 0.0, 0.0)])
def test_rkm_swadaya_is_the_funding_split_swadaya(action, cash, kind):
    from csiap_planner.core.actions import SWADAYA, funding_split, swadaya_amounts

    assert swadaya_amounts(action) == pytest.approx((cash, kind))
    assert funding_split(action).get(SWADAYA, 0.0) == pytest.approx(cash + kind)
