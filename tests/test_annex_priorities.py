"""The annex's Peta Prioritas Lokasi draws which locations come first: the workspace's
``priorities`` (csiap:prioritiseareas) in the plan's order (a rembuk's agreed order first),
each location labelled with its rank and, smaller, its RT/RW and the option ranked first
there; survey-first locations dashed grey, labelled "survei dulu"; the legend in the
chosen language; the map in chapter 4 of the document. Read back from the PDF with
poppler (pdftotext, with word boxes), the expected order worked by hand or read with
sqlite3, never from the plugin's own output."""

import os
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def words(path):
    """``[(text, x centre, y centre)]`` of every word of the PDF's first page (points)."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", path, "-"], capture_output=True, text=True,
                          check=True).stdout
    found = []
    for word in ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html)).iter("{http://www.w3.org/1999/xhtml}word"):
        x = (float(word.get("xMin")) + float(word.get("xMax"))) / 2
        y = (float(word.get("yMin")) + float(word.get("yMax"))) / 2
        found.append((unicodedata.normalize("NFKC", word.text), x, y))
    return found


def pdf_text(path):
    """The PDF's text, its ligatures ("ﬁ") as letters, pages apart by line breaks."""
    text = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text).replace("\f", "\n")


def flat_text(path):
    return " ".join(pdf_text(path).split())


def near(found, first, second, distance):
    """Whether a word ``first`` lies within ``distance`` points of a word ``second``."""
    return any(a == first and b == second and ((ax - bx) ** 2 + (ay - by) ** 2) ** 0.5 < distance
               for a, ax, ay in found for b, bx, by in found)


def top_options(workspace, language):
    """``{location code: option name}``: the option ranked first in the newest scoring
    session (the first stored among ties), named from the options table, by sqlite3."""
    name = "name_id" if language == "id" else "name_en"
    with sqlite3.connect(workspace) as db:
        newest = db.execute("SELECT uuid FROM scoring_sessions ORDER BY session_date DESC, rowid DESC LIMIT 1"
                            ).fetchone()[0]
        names = dict(db.execute("SELECT code, {} FROM options".format(name)))
        first = db.execute("SELECT location_code, option_code, min(rowid) FROM ranking WHERE rank = 1 AND "
                           "session_uuid = ? GROUP BY location_code", (newest,)).fetchall()
    return {code: names.get(option, option) for code, option, _rowid in first}


DPI = 100


def fill_colour(png, frame, extent, polygon):
    """The colour most of ``polygon``'s inside shows on the PNG of a layout whose map item sits
    at ``frame`` (x, y, width, height in mm) showing ``extent`` (x min, y min, x max, y max):
    sampled on a grid up to 10 m inside its edge (labels cover some points, not most)."""
    from collections import Counter

    from qgis.PyQt.QtGui import QColor, QImage
    from shapely.geometry import Point

    image = QImage(png)
    inside = next(polygon.buffer(-d) for d in (10, 5, 3, 0) if not polygon.buffer(-d).is_empty)
    x0, y0, x1, y1 = inside.bounds
    step = max(x1 - x0, y1 - y0) / 25
    seen = Counter()
    for i in range(26):
        for j in range(26):
            x, y = x0 + i * step, y0 + j * step
            if not inside.contains(Point(x, y)):
                continue
            mm_x = frame[0] + (x - extent[0]) / (extent[2] - extent[0]) * frame[2]
            mm_y = frame[1] + (extent[3] - y) / (extent[3] - extent[1]) * frame[3]
            seen[QColor(image.pixel(int(mm_x * DPI / 25.4), int(mm_y * DPI / 25.4))).name()] += 1
    return seen.most_common(1)[0][0]


@pytest.fixture()
def scored_sample(csiap_processing, workspace_copy, import_sample):
    """The sample as `make demo` leaves it before the priorities: indicators, screening and a
    scoring session per RT, and its meetings."""
    import json

    from csiap_planner.workspace.process import import_records

    import processing

    import_sample(workspace_copy)
    processing.run("csiap:attachtoareas", {"WORKSPACE": workspace_copy})
    processing.run("csiap:areaindicators", {"WORKSPACE": workspace_copy})
    processing.run("csiap:screenoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
    processing.run("csiap:scoreoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
    with open(os.path.join(ROOT, "sample", "process_records_synthetic.json"), encoding="utf-8") as handle:
        import_records(workspace_copy, json.load(handle))
    return workspace_copy


def test_the_map_shows_the_agreed_order_then_the_computed(scored_sample, seed_rows, tmp_path):
    """Hand-made priorities on three RTs and one to survey first; the rembuk put the second
    computed first. So, worked by hand: that RT is 1, the computed first 2, the third 3, and
    the thin one "survei dulu". Exported whole (csiap:exportannex, A3, Indonesian)."""
    import geopandas
    from csiap_planner.core.annex import annex_map
    from csiap_planner.report.annex import Annex

    import processing

    workspace = scored_sample
    rt = geopandas.read_file(workspace, layer="rt").sort_values(["rw", "code"])
    first_rw, second_rw = sorted(set(rt.rw))[:2]
    places = [rt[rt.rw == first_rw].iloc[0], rt[rt.rw == second_rw].iloc[0], rt[rt.rw == second_rw].iloc[-1]]
    thin = rt.iloc[-1]
    seed_rows(workspace, "priorities", [
        {"uuid": "p{}".format(k), "location_level": "RT", "location_code": "{}/{}".format(r.rw, r.code),
         "rw": r.rw, "rt": r.code, "priority_score": 3.5 - k * 0.5, "computed_rank": k + 1, "status": "ranked",
         "reasons": "uji", "geometry": r.geometry} for k, r in enumerate(places)]
        + [{"uuid": "pthin", "location_level": "RT", "location_code": "{}/{}".format(thin.rw, thin.code),
            "rw": thin.rw, "rt": thin.code, "status": "survey_first", "reasons": "KK disurvei 2 < 10",
            "geometry": thin.geometry}])
    seed_rows(workspace, "agreed_priorities", [
        {"uuid": "g1", "meeting_uuid": "m02", "location_level": "RT",
         "location_code": "{}/{}".format(places[1].rw, places[1].code), "agreed_rank": 1, "computed_rank": 2,
         "change_reason": "Banjir tiap musim hujan"}])
    expected = {1: places[1], 2: places[0], 3: places[2]}

    annex = Annex(workspace, "id")
    layout = annex.layout(annex_map("peta_prioritas"), "a3_landscape", 4)
    drawn = layout.itemById("map").layers()
    # The map draws the workspace's own priorities layer (not an in-memory stand-in), its RTs.
    assert "layername=priorities" in drawn[0].source() and len(list(drawn[0].getFeatures())) == 4
    assert "top_options" not in annex.layers
    del drawn, layout, annex

    folder = str(tmp_path / "lampiran")
    processing.run("csiap:exportannex", {"WORKSPACE": workspace, "OUTPUT_FOLDER": folder, "PAPER": 0,
                                         "ATLAS_LEVEL": 0, "LANGUAGE": 0})
    pdf = os.path.join(folder, "peta", "peta_prioritas.pdf")
    assert os.path.getsize(pdf) > 0 and os.path.getsize(os.path.join(folder, "peta", "peta_prioritas.png")) > 0
    found = words(pdf)
    options = top_options(workspace, "id")
    for rank, place in expected.items():
        # The rank sits right above the RT's label ("RT 001/RW 002"), within a centimetre.
        assert near(found, str(rank), "{}/RW".format(place.code), 28), (rank, place.rw, place.code)
    text = flat_text(pdf)
    for place in expected.values():
        assert "RT {}/RW {}".format(place.code, place.rw) in text
        assert options["{}/{}".format(place.rw, place.code)] in text
    assert "survei dulu" in text and "RT {}/RW {}".format(thin.code, thin.rw) in text
    # The legend, in Indonesian: the layer, the one class the page shows, the survey-first one.
    for legend in ("Prioritas lokasi", "Prioritas 1–5", "Survei dulu (data terlalu sedikit)", "Peta Prioritas Lokasi"):
        assert legend in text, legend
    assert "Prioritas 6–10" not in text and "belum dihitung" not in text and "Priority" not in text

    # The map is a figure of chapter 4 (prioritas lokasi), after the chapter's tables.
    document = pdf_text(os.path.join(folder, "lampiran_csiap.pdf"))
    body = document[[m.start() for m in re.finditer(r"^4\. Prioritas Lokasi$", document, re.M)][-1]:]
    chapter4 = body[:re.search(r"^5\. Rencana Aksi$", body, re.M).start()]
    figure = re.search(r"^Gambar 4\.1 Peta Prioritas Lokasi", chapter4, re.M)
    assert figure and re.search(r"^Tabel 4\.1 ", chapter4[:figure.start()], re.M)
    assert not re.search(r"^Gambar 3\.\d+ Peta Prioritas", document, re.M)


def test_computed_priorities_of_the_sample_in_english(scored_sample, tmp_path):
    """csiap:prioritiseareas run on the sample's RTs, no agreement: the first three by computed
    rank (ties in RW, RT order, read with sqlite3) carry their rank, each survey-first RT
    says so, the legend is English."""
    import geopandas
    from csiap_planner.core.annex import annex_map
    from csiap_planner.report.annex import Annex
    from csiap_planner.report.layouts import export_pdf, export_png

    import processing

    workspace = scored_sample
    processing.run("csiap:prioritiseareas", {"WORKSPACE": workspace, "LEVEL": 0, "LANGUAGE": 1})
    with sqlite3.connect(workspace) as db:
        rows = db.execute("SELECT rw, rt, computed_rank, status FROM priorities WHERE location_level = 'RT'"
                          ).fetchall()
    ranked = sorted((r for r in rows if r[3] == "ranked"), key=lambda r: (r[2], int(r[0]), int(r[1])))
    survey_first = [r for r in rows if r[3] == "survey_first"]
    assert len(ranked) > 20 and survey_first

    annex = Annex(workspace, "en")
    assert annex.priority_level == "RT"
    layout = annex.layout(annex_map("peta_prioritas"), "a3_landscape", 4)
    pdf = export_pdf(layout, str(tmp_path / "peta.pdf"))
    png = export_png(layout, str(tmp_path / "peta.png"), DPI)
    main = layout.itemById("map")
    frame = (main.positionWithUnits().x(), main.positionWithUnits().y(), main.sizeWithUnits().width(),
             main.sizeWithUnits().height())
    extent = main.extent()
    extent = (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum())
    del main, layout, annex
    # Each rank class in its colour, read off the PNG inside the location's polygon (geopandas).
    polygons = dict(zip(*(lambda areas: (areas.location_code, areas.geometry))(
        geopandas.read_file(workspace, layer="priorities"))))
    for place, colour in ((1, "#bd0026"), (7, "#f03b20"), (15, "#fd8d3c"), (30, "#fed976")):
        rw, rt, _computed, _status = ranked[place - 1]
        assert fill_colour(png, frame, extent, polygons["{}/{}".format(rw, rt)]) == colour, place
    rw, rt, _computed, _status = survey_first[0]
    assert fill_colour(png, frame, extent, polygons["{}/{}".format(rw, rt)]) == "#e0e0e0"
    found = words(pdf)
    for place, (_rw, _rt, _computed, _status) in enumerate(ranked[:3], 1):
        assert (str(place),) in {(w,) for w, _x, _y in found}, place
    text = flat_text(pdf)
    # Every survey-first RT is labelled so (the legend says it once more).
    assert len(re.findall(r"survey first", text)) == len(survey_first)
    for legend in ("Location priorities", "Priority 1–5", "Priority 6–10", "Priority 11–20", "Priority 21 and after",
                   "Survey first (too little data)", "Location Priorities Map"):
        assert legend in text, legend
    assert "Prioritas" not in text.replace("csiap:prioritiseareas", "")


def test_without_priorities_the_map_says_so(scored_sample, tmp_path):
    """No priorities computed: the map still shows the top options, with a note on the map
    (in English here; Indonesian in test_annex's bundle test)."""
    from csiap_planner.core.annex import annex_map
    from csiap_planner.report.annex import Annex
    from csiap_planner.report.layouts import export_pdf

    annex = Annex(scored_sample, "en")
    pdf = export_pdf(annex.layout(annex_map("peta_prioritas"), "a4_portrait", 4), str(tmp_path / "peta.pdf"))
    del annex
    text = flat_text(pdf)
    assert "Location priorities not computed yet (csiap:prioritiseareas)" in text
    for name in set(top_options(scored_sample, "en").values()):
        assert name in text.replace("\n", " ") or name[:20] in text, name
    assert "Priority 1–5" not in text and "survey first" not in text


def test_the_priorities_appendix_keeps_rw_and_rt_apart(qgis_app, workspace_copy, seed_rows):
    """Each level has its own rank 1: the appendix says which level a row is, and keeps each together."""
    from csiap_planner.report.tables import priorities_table

    seed_rows(workspace_copy, "priorities", [
        {"uuid": "t2", "location_level": "RT", "location_code": "001/002", "computed_rank": 2, "status": "ranked"},
        {"uuid": "w1", "location_level": "RW", "location_code": "002", "computed_rank": 1, "status": "ranked"},
        {"uuid": "t1", "location_level": "RT", "location_code": "002/001", "computed_rank": 1, "status": "ranked"},
        {"uuid": "w2", "location_level": "RW", "location_code": "001", "computed_rank": 2, "status": "ranked"}])
    header, rows = priorities_table(workspace_copy, "en")
    assert header[:3] == ["Location level", "Computed rank", "Location"]
    assert [(r[0], r[1], r[2]) for r in rows] == [("RW", 1, "002"), ("RW", 2, "001"),
                                                 ("RT", 1, "002/001"), ("RT", 2, "001/002")]


def test_the_map_of_priorities_leaves_the_workspace_readable(scored_sample):
    """In QGIS's WAL mode, a subset string on the priorities layer reopened its dataset and every
    read of the workspace after it failed ("unable to open database file"): the action plan's
    option names, the catalogue, the meetings. Building the annex's maps leaves reads working."""
    from csiap_planner.report.annex import Annex
    from csiap_planner.workspace.options import read_catalogue
    from osgeo import gdal

    import processing

    workspace = scored_sample
    processing.run("csiap:prioritiseareas", {"WORKSPACE": workspace, "LEVEL": 0})
    processing.run("csiap:draftactionplan", {"WORKSPACE": workspace, "LEVEL": 0})   # as make demo, before it
    with sqlite3.connect(workspace) as db:
        options = db.execute("SELECT count(*) FROM options").fetchone()[0]
    errors = []
    gdal.PushErrorHandler(lambda _class, _number, message: errors.append(message))
    try:
        annex = Annex(workspace, "id")
        catalogue = read_catalogue(workspace)
    finally:
        gdal.PopErrorHandler()
    assert annex.priority_level == "RT"
    assert not [e for e in errors if "unable to open" in e], errors[:3]
    assert len(catalogue) == options


def test_chapter_4_follows_the_newest_agreement_only(qgis_app, workspace_copy, seed_rows):
    """Two rembuk agreed an order: chapter 4 lists the newest one's (not a mix of both, as when
    every meeting's rows were merged by location), a survey-first RT it placed among the ranked,
    and names that meeting alone."""
    from csiap_planner.report.tables import priority_tables

    seed_rows(workspace_copy, "priorities", [
        {"uuid": "p1", "location_level": "RT", "location_code": "001/001", "computed_rank": 1, "status": "ranked"},
        {"uuid": "p2", "location_level": "RT", "location_code": "001/002", "computed_rank": 2, "status": "ranked"},
        {"uuid": "p3", "location_level": "RT", "location_code": "002/001", "computed_rank": 3, "status": "ranked"},
        {"uuid": "p4", "location_level": "RT", "location_code": "002/002", "status": "survey_first"},
        {"uuid": "p5", "location_level": "RT", "location_code": "003/001", "status": "survey_first"}])
    seed_rows(workspace_copy, "meetings", [
        {"uuid": "old", "kind": "rembuk_rt", "title": "Rembuk I", "meeting_date": "2026-09-01"},
        {"uuid": "new", "kind": "rembuk_rt", "title": "Rembuk II", "meeting_date": "2026-10-01"}])
    seed_rows(workspace_copy, "agreed_priorities", [
        {"uuid": "o1", "meeting_uuid": "old", "location_level": "RT", "location_code": "002/001", "agreed_rank": 1,
         "change_reason": "lama"},
        {"uuid": "n1", "meeting_uuid": "new", "location_level": "RT", "location_code": "001/002", "agreed_rank": 1,
         "change_reason": "lahan siap"},
        {"uuid": "n2", "meeting_uuid": "new", "location_level": "RT", "location_code": "002/002", "agreed_rank": 2,
         "change_reason": "survei selesai"}])
    (_header, rows), (_thin_header, thin), agreed_at = priority_tables(workspace_copy, "id")
    # By hand: the newest order (001/002, 002/002), then the others by computed rank.
    assert [(r[0], r[2], r[5]) for r in rows] == [(1, "001/002", "lahan siap"), (2, "002/002", "survei selesai"),
                                                 (3, "001/001", ""), (4, "002/001", "")]
    assert [t[0] for t in thin] == ["003/001"]
    assert agreed_at == ["2026-10-01 Rembuk II"]
