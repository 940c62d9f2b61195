"""`make demo` on the sample: the places differ, so the scores do. The newest
session has at least three different first-ranked options across the RTs,
each with its sentence; no option's cost per household is the same in every
RT; the annex's ranking table carries the sentences. Read with sqlite3 and
the csv module from what the demo wrote."""

import csv
import os
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def test_the_demo_ranks_differently_where_places_differ(tmp_path):
    folder = tmp_path / "demo"
    run = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo.py"), str(folder)],
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True,
                         timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    with sqlite3.connect(str(folder / "pondok_pinang.gpkg")) as db:
        newest = db.execute("SELECT uuid FROM scoring_sessions ORDER BY session_date DESC, fid DESC").fetchone()[0]
        first = db.execute("SELECT location_code, option_code, explanation FROM ranking WHERE session_uuid = ? "
                           "AND rank = 1", (newest,)).fetchall()
        ranked = dict(db.execute("SELECT location_code, count(*) FROM ranking WHERE session_uuid = ? "
                                 "GROUP BY location_code", (newest,)))
        costs = db.execute("SELECT option_code, location_code, raw_value FROM scores WHERE session_uuid = ? AND "
                           "criterion_code = 'cost'", (newest,)).fetchall()
    assert len({option for _location, option, _sentence in first}) >= 3
    for location, option, sentence in first:
        assert sentence, (location, option)
        # Indonesian, the workspace's language: "… di atas … karena …", or the only option there.
        assert (" di atas " in sentence and " karena " in sentence) if ranked[location] > 1 else \
            "satu-satunya" in sentence, sentence
    by_option = {}
    for option, location, value in costs:
        by_option.setdefault(option, {})[location] = value
    assert len({value for _option, _location, value in costs}) > 1
    for option, values in by_option.items():
        if len(values) > 1:
            assert len(set(values.values())) > 1, option   # not one value for every RT
    with open(folder / "lampiran" / "tabel" / "skoring.csv", encoding="utf-8-sig") as handle:
        table = list(csv.DictReader(handle))
    sentences = [row["Penjelasan peringkat"] for row in table if row["Peringkat"] == "1"]
    assert sentences and all(sentences)
    assert "different first options" in run.stdout
    # The sample after the survey (issue 13): most RTs have a risk class, and the land the
    # sample's RTs record (read with sqlite3 from the sample itself) is in the workspace.
    with sqlite3.connect(os.path.join(ROOT, "sample", "pondok_pinang.gpkg")) as db:
        rts = db.execute("SELECT count(*) FROM rt_synthetic").fetchone()[0]
        land = sorted(float(m2) for (m2,) in db.execute(
            "SELECT LAHAN_TERSEDIA_M2 FROM rt_synthetic WHERE LAHAN_TERSEDIA_M2 <> ''"))
    with sqlite3.connect(str(folder / "pondok_pinang.gpkg")) as db:
        classes = [c for (c,) in db.execute("SELECT risk_class FROM area_indicators WHERE level = 'RT'")]
        stored = sorted(m2 for (m2,) in db.execute(
            "SELECT land_available_m2 FROM rt WHERE land_available_m2 IS NOT NULL"))
    assert len(classes) == rts and sum(c != "thin" for c in classes) >= 0.85 * rts
    assert land and stored == land
