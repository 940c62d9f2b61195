"""The annex's action-plan chapter and its Musrenbang list print the same figures: both
computed at export time, never the stored ones a price change has made stale. Read back
with pdftotext, openpyxl and sqlite3; the amounts are worked by hand."""

import os
import re
import shutil
import sqlite3
import subprocess
import sys

import openpyxl
import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import test_proposals  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _chapter_five(pdf):
    text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    start = text.rindex("5. Action Plan")
    return " ".join(text[start:text.index("6. Participatory Process", start)].split())


def _musrenbang_total(path):
    book = openpyxl.load_workbook(path, read_only=True)
    rows = [list(r) for r in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    return next(r[5] for r in rows if r[1] == "Total")


def _export(workspace, folder):
    import processing

    processing.run("csiap:exportannex", {"WORKSPACE": workspace, "OUTPUT_FOLDER": str(folder), "PAPER": 2,
                                         "ATLAS_LEVEL": 0, "LANGUAGE": 1})
    return _chapter_five(str(folder / "lampiran_csiap.pdf"))


def test_chapter_and_musrenbang_totals_agree_after_a_price_change(workspace_copy, seed_rows, csiap_processing,
                                                                 tmp_path):
    from csiap_planner.workspace.actions import recompute_actions

    test_proposals.seed(workspace_copy, seed_rows)
    recompute_actions(workspace_copy, "en")
    # Stored: A1 3 tanks × Rp 4,000,000 + A2 2 × Rp 1,500,000 = Rp 15,000,000. Then the price
    # list is re-imported at Rp 5,000,000 a tank, and nothing recomputes the stored rows.
    with sqlite3.connect(workspace_copy) as db:
        db.execute("UPDATE unit_costs SET price = 5000000.0 WHERE option_code = 'septic_individual'")
        assert db.execute("SELECT sum(total_cost) FROM actions").fetchone()[0] == 15000000.0
    chapter = _export(workspace_copy, tmp_path / "annex")
    # Now: 3 × 5,000,000 + 3,000,000 = 18,000,000, in the chapter's totals and in the list.
    assert _musrenbang_total(str(tmp_path / "annex" / "usulan" / "usulan_musrenbang.xlsx")) == 18000000
    totals = re.findall(r"Total (\d[\d.]*)", chapter)
    assert totals and set(totals) == {"18.000.000"}, totals
    # A1 at the new price (3 × 5,000,000), never its stale 12,000,000; by source: APBD 85 % of
    # 15 M; swadaya 15 % of 15 M + 20 % of 3 M; the kelurahan fund 80 % of 3 M.
    assert "12.000.000" not in chapter
    for label, amount in (("APBD (regional budget)", "12.750.000"), ("Community contribution (swadaya)", "2.850.000"),
                          ("Kelurahan fund", "2.400.000")):
        assert re.search(r"{}\s+{}".format(re.escape(label), re.escape(amount)), chapter), (label, amount)


def test_a_bad_row_falls_back_to_the_stored_figures(workspace_copy, seed_rows, csiap_processing, tmp_path):
    from csiap_planner.workspace.actions import recompute_actions

    test_proposals.seed(workspace_copy, seed_rows)
    recompute_actions(workspace_copy, "en")   # stored: 12,000,000 + 3,000,000
    # Then a row nothing prices (only septic tanks are): the plan cannot be computed now.
    seed_rows(workspace_copy, "actions", [{"uuid": "A3", "kind": "build", "option_code": "ipal_komunal",
                                           "description": "IPAL RT 1", "location_code": "001/001",
                                           "total_cost": 1000000.0}])
    chapter = _export(workspace_copy, tmp_path / "annex")
    assert set(re.findall(r"Total (\d[\d.]*)", chapter)) == {"16.000.000"}
    assert not os.path.exists(tmp_path / "annex" / "usulan" / "usulan_musrenbang.xlsx")
