"""The CSIAP annex: every layout template rendered to PNG (not blank, titles and
legend in the chosen language), atlas pages framing their RW, a user's
template winning over ours, and the whole bundle with no personal data in
any PDF (pdftotext), XLSX or CSV cell."""

import csv
import json
import os
import re
import shutil
import subprocess
import time

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample")
SECRETS = ("Siti Rahmawati Contoh", "3174012345678901", "081234567890", "Budi Fasilitator Contoh")


@pytest.fixture()
def sample_annex_workspace(csiap_processing, workspace_copy, seed_rows, import_sample):
    """The sample as `make demo` builds it, plus personal data that must never leave."""
    from csiap_planner.workspace.process import import_records
    from shapely.geometry import Point

    import processing

    import_sample(workspace_copy)
    seed_rows(workspace_copy, "households", [{
        "uuid": "secret", "household_head": SECRETS[0], "nik": SECRETS[1], "phone": SECRETS[2],
        "toilet_access": "none", "data_source": "survey", "geometry": Point(696900.0, 9306000.0)}])
    processing.run("csiap:attachtoareas", {"WORKSPACE": workspace_copy})
    processing.run("csiap:areaindicators", {"WORKSPACE": workspace_copy})
    processing.run("csiap:screenoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
    processing.run("csiap:scoreoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
    with open(os.path.join(SAMPLE, "process_records_synthetic.json"), encoding="utf-8") as handle:
        records = json.load(handle)
    records["ksm_members"].append({"full_name": SECRETS[0], "nik": SECRETS[1], "phone": SECRETS[2], "role": "ketua"})
    records["meetings"].append({"kind": "fgd", "title": "FGD", "facilitator": SECRETS[3]})
    import_records(workspace_copy, records)
    return workspace_copy


def not_blank(path):
    from qgis.PyQt.QtGui import QImage

    image = QImage(path)
    assert not image.isNull()
    step = max(1, image.width() // 200)
    pixels = [image.pixel(x, y) & 0xFFFFFF for x in range(0, image.width(), step)
              for y in range(0, image.height(), step)]
    coloured = sum(1 for p in pixels if p != 0xFFFFFF) / len(pixels)
    return coloured, len(set(pixels))


@pytest.mark.parametrize("paper", ["a3_landscape", "a1_poster", "a4_portrait"])
def test_every_template_renders_in_the_chosen_language(sample_annex_workspace, tmp_path, paper):
    from csiap_planner.core import schema
    from csiap_planner.core.annex import MAPS
    from csiap_planner.report.annex import Annex
    from csiap_planner.report.layouts import export_png

    for language, title, layer in (("id", "Peta Sosial", "Rumah tangga (KK)"), ("en", "Social Map", "Households")):
        annex = Annex(sample_annex_workspace, language)
        layout = annex.layout(MAPS[0], paper, 1)
        assert layout.itemById("title").text().startswith(title)
        legend_names = [n.name() for n in layout.itemById("legend").model().rootGroup().findLayers()]
        assert layer in legend_names and schema.layer("facilities").title.text(language) in legend_names
        categories = [c.label() for c in annex.layers["households"].renderer().categories()]
        assert ("Jamban bersama" in categories) == (language == "id")
        coloured, colours = not_blank(export_png(layout, str(tmp_path / "{}_{}.png".format(paper, language)), 40))
        assert coloured > 0.05 and colours > 20, (coloured, colours)
        # The map shows the whole kelurahan.
        assert layout.itemById("map").extent().contains(annex.layers["kelurahan"].extent())


def test_atlas_pages_frame_their_rw(sample_annex_workspace):
    from csiap_planner.core.annex import MAPS
    from csiap_planner.report.annex import Annex

    annex = Annex(sample_annex_workspace, "id")
    layout = annex.atlas_layout(MAPS[2], "a4_portrait", 3, "RW")
    atlas = layout.atlas()
    assert atlas.beginRender() and atlas.count() == 17
    for index in (0, 8, 16):
        assert atlas.seekTo(index)
        feature = atlas.layout().reportContext().feature()
        feature_box = feature.geometry().boundingBox()
        extent = layout.itemById("map").extent()
        assert extent.contains(feature_box)
        # The RW fills the page (15 % margin, stretched to the frame's shape), not the whole kelurahan.
        assert extent.width() * extent.height() < 6 * feature_box.width() * feature_box.height()
        assert layout.itemById("title").currentText().endswith("RW " + feature["code"])
    atlas.endRender()


def test_priorities_map_shows_each_first_option_and_hatches_thin_areas(sample_annex_workspace):
    """The first-ranked option per RT read with sqlite3, the thin flag with geopandas."""
    import sqlite3

    import geopandas
    from csiap_planner.report.annex import Annex

    with sqlite3.connect(sample_annex_workspace) as db:
        # Ties share rank 1: the first stored stands (SQLite gives the bare columns of min()'s row).
        first = {code: option for code, option, _rowid in db.execute(
            "SELECT location_code, option_code, min(rowid) FROM ranking WHERE rank = 1 GROUP BY location_code")}
    areas = geopandas.read_file(sample_annex_workspace, layer="area_indicators")
    thin = {"{}/{}".format(a.rw, a.rt) for a in areas.itertuples() if a.data_thin}
    annex = Annex(sample_annex_workspace, "en")
    # No location priorities computed: the peta prioritas draws the top options (an in-memory
    # layer that no longer takes the workspace layer's name) and says so on the map.
    assert annex.priority_level is None and "priorities" not in annex.layers
    layer = annex.layers["top_options"]
    shown = {f["location"]: (f["option"], f["thin"]) for f in layer.getFeatures()}
    # Every RT of the sample (counted in the sample's own layer) is drawn.
    sample_rts = len(geopandas.read_file(os.path.join(SAMPLE, "pondok_pinang.gpkg"), layer="rt_synthetic"))
    assert len(shown) == len(areas) == sample_rts
    assert {code: option for code, (option, _thin) in shown.items() if option} == first
    assert {code for code, (_option, flag) in shown.items() if flag == 1} == thin and 0 < len(thin) < sample_rts
    labels = [rule.label().replace("\n", " ") for rule in layer.renderer().rootRule().children()]
    assert labels[-1] == "Too few households surveyed: proposal not yet certain"
    assert "No option ranked (not scored or nothing feasible)" in labels and len(labels) == len(set(first.values())) + 2
    del layer, annex
    # The ranking table says which rankings rest on too few surveyed households.
    from csiap_planner.report.tables import ranking_table

    header, rows = ranking_table(sample_annex_workspace, "id")
    assert header[-1] == "Data terlalu sedikit"
    assert {row[0] for row in rows if row[-1] == "ya"} == thin
    assert {row[0] for row in rows if row[-1] == "tidak"} == set(first) - thin


def test_a_template_in_the_profile_wins(qgis_app, tmp_path):
    from csiap_planner.report.layouts import build_layout, load_layout, save_template, template_path
    from qgis.core import QgsApplication, QgsLayoutItemLabel, QgsProject

    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "csiap_planner", "templates")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "csiap_a4_portrait.qpt")
    project = QgsProject()
    layout = build_layout("a4_portrait", project)
    logo_text = QgsLayoutItemLabel(layout)
    logo_text.setId("dinas_logo_text")
    layout.addLayoutItem(logo_text)
    try:
        save_template(layout, path)
        assert template_path("a4_portrait") == path
        assert load_layout("a4_portrait", project).itemById("dinas_logo_text") is not None
    finally:
        os.remove(path)
    assert load_layout("a4_portrait", project).itemById("dinas_logo_text") is None


def pdf_text(path):
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def check_contents_and_page_numbers(path):
    """Read by poppler: each chapter the contents list is on the page they give,
    and every page is numbered "n / pages"."""
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    pages = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", path, "-"], capture_output=True,
                            text=True, check=True).stdout for n in range(1, count + 1)]
    listed = re.findall(r"^\s*(\d\. [^\n]+?)\s{2,}(\d+)\s*$", pages[0], re.M)
    # Issue 13: a CSIAP's seven chapters (before: maps, tables, process, sources).
    assert [title for title, _page in listed] == ["1. Gambaran Umum Wilayah", "2. Masalah dan Risiko",
                                                  "3. Opsi Teknis dan Matrik Skoring", "4. Prioritas Lokasi",
                                                  "5. Rencana Aksi", "6. Proses Partisipatif", "7. Sumber dan Aturan"]
    for title, page in listed:
        assert pages[int(page) - 1].lstrip().startswith(title), (title, page)
    assert [int(p) for _t, p in listed] == sorted(int(p) for _t, p in listed) and int(listed[-1][1]) <= count
    for number, text in enumerate(pages, 1):
        assert "{} / {}".format(number, count) in text and "Lampiran CSIAP — Kelurahan" in text


def xlsx_cells(path):
    from osgeo import gdal

    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        dataset = gdal.OpenEx(path)
        return [str(f.GetField(i)) for k in range(dataset.GetLayerCount()) for f in dataset.GetLayer(k)
                for i in range(f.GetFieldCount())]
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_bundle_lists_every_file_and_keeps_personal_data_out(sample_annex_workspace, tmp_path):
    import processing

    folder = str(tmp_path / "annex")
    result = processing.run("csiap:exportannex", {"WORKSPACE": sample_annex_workspace, "OUTPUT_FOLDER": folder,
                                                  "PAPER": 2, "ATLAS_LEVEL": 1})
    manifest = json.load(open(os.path.join(folder, "manifest.json"), encoding="utf-8"))
    listed = {entry["file"] for entry in manifest["files"]}
    written = {os.path.relpath(os.path.join(d, f), folder) for d, _s, files in os.walk(folder) for f in files}
    assert listed == written - {"manifest.json"} and result["FILES"] == len(listed)
    assert {"peta/peta_sosial.pdf", "peta/peta_risiko_per_rw.pdf", "tabel/tabel_lampiran.xlsx", "lampiran_csiap.pdf",
            "proses/diagram_kelembagaan.svg", "peta/peta_rencana_aksi.pdf", "peta/peta_rencana_aksi_per_rw.pdf",
            "tabel/rencana_aksi.csv"} <= listed
    assert manifest["personal_data"] is False and any("Permen PUPR" in line for line in manifest["provenance"])
    document = pdf_text(os.path.join(folder, "lampiran_csiap.pdf"))
    assert "Lampiran CSIAP" in document and "Peta Risiko Sanitasi" in document and "SNI 03-2398-2002" in document
    assert "data SINTETIS" in document   # the sample's synthetic rows are said to be so
    check_contents_and_page_numbers(os.path.join(folder, "lampiran_csiap.pdf"))
    # No location priorities yet: the peta prioritas (in chapter 4) says so on the map itself.
    peta = " ".join(pdf_text(os.path.join(folder, "peta", "peta_prioritas.pdf")).split())
    assert "Prioritas lokasi belum dihitung (csiap:prioritiseareas)" in peta
    assert "Peta Prioritas Lokasi" in peta and "Survei dulu" not in peta
    # The maps stay vector: no fill pattern turned a page into an image (size, blurred labels).
    for name in sorted(n for n in listed if n.startswith("peta/") and n.endswith(".pdf")):
        images = subprocess.run(["pdfimages", "-list", os.path.join(folder, name)], capture_output=True,
                                text=True, check=True).stdout.splitlines()[2:]
        assert images == [], name
    texts = []
    for name in listed:
        path = os.path.join(folder, name)
        if name.endswith(".pdf"):
            texts.append(pdf_text(path))
        elif name.endswith((".csv", ".svg", ".json")):
            texts.append(open(path, encoding="utf-8-sig").read())
        elif name.endswith(".xlsx"):
            texts.append(" ".join(xlsx_cells(path)))
    everything = "\n".join(texts)
    for secret in SECRETS:
        assert secret not in everything, secret
    with open(os.path.join(folder, "tabel", "indikator.csv"), encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert header[:3] == ["RW", "RT", "KK disurvei"]


def test_the_desktop_export_logs_no_background_label_warning(sample_annex_workspace, tmp_path, qgis_iface,
                                                             monkeypatch):
    """Issue 15 item 14: exported from QGIS's Processing dialog (the toolbox's and the menu's),
    no "Cannot load HTML based item label in background threads" (QGIS 3.22 logs it for every
    layout label made in a task); it runs on the main thread as QGIS's own layout exports do,
    and writes every map and atlas."""
    from csiap_planner import compat
    from qgis.core import Qgis, QgsApplication
    from qgis.gui import QgsBrowserGuiModel
    from qgis.PyQt.QtCore import QCoreApplication

    browser = QgsBrowserGuiModel()   # pytest-qgis's iface has none; the dialog's widgets ask for it
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    logged = []

    def received(message, tag, level):
        logged.append((tag, message))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(received)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("csiap:exportannex")
    dialog = algorithm.createCustomParametersWidget(None)
    folder = str(tmp_path / "lampiran")
    finished = []
    try:
        dialog.setParameters({"WORKSPACE": sample_annex_workspace, "ATLAS_LEVEL": 1, "OUTPUT_FOLDER": folder})
        dialog.algorithmFinished.connect(lambda ok, _results: finished.append(ok))
        dialog.runAlgorithm()
        # Before QGIS 3.40 it runs on the main thread (done here); later in a task, waited for.
        deadline = time.monotonic() + 300
        while not finished and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.05)
    finally:
        log.messageReceived.disconnect(received)
    assert bool(algorithm.flags() & compat.ALGORITHM_NO_THREADING) == (Qgis.QGIS_VERSION_INT < 34000)
    assert finished == [True]
    assert [m for m in logged if "background thread" in m[1]] == []
    maps = sorted(os.listdir(os.path.join(folder, "peta")))
    # Five maps since issue 13 (the Peta Rencana Aksi).
    assert len([m for m in maps if m.endswith("_per_rw.pdf")]) == 5
    assert len([m for m in maps if m.endswith(".png")]) == 5
    assert os.path.exists(os.path.join(folder, "lampiran_csiap.pdf"))
    dialog.deleteLater()
