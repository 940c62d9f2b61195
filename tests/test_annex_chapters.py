"""Issue 13, item 4: an annex a kelurahan would sign. Read back from the PDF with poppler
(pdftotext per page, pdfinfo page sizes) and from the XLSX's own XML, never from the
plugin's own output: the seven chapters in a CSIAP's order, numbered captions, no
heading left at the foot of a page, no file name as a heading, landscape map pages,
the action plan's totals (worked by hand), the per location x option rows only in
the XLSX, a signature page, and no personal data."""

import os
import re
import shutil
import subprocess
import zipfile
from xml.etree import ElementTree

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

CHAPTERS_ID = ["1. Gambaran Umum Wilayah", "2. Masalah dan Risiko", "3. Opsi Teknis dan Matrik Skoring",
               "4. Prioritas Lokasi", "5. Rencana Aksi", "6. Proses Partisipatif", "7. Sumber dan Aturan"]
CHAPTERS_EN = ["1. Overview of the Area", "2. Problems and Risks", "3. Technical Options and Scoring Matrix",
               "4. Location Priorities", "5. Action Plan", "6. Participatory Process", "7. Sources and Rules"]
SECRETS = ("Siti Rahmawati Contoh", "3174012345678901", "081234567890")
# A heading: a chapter ("5. Rencana Aksi"), a section ("6.2 Rembuk dan FGD") or a caption ("Tabel 5.2 …").
HEADING = re.compile(r"^(\d\. [A-Z]|\d\.\d+ [A-Z]|(Gambar|Tabel|Figure|Table) \d\.\d+ )")


def pages_of(path):
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", path], capture_output=True, text=True,
                          check=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = [tuple(float(v) for v in m) for m in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.M)]
    texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), path, "-"], capture_output=True, text=True,
                            check=True).stdout for n in range(1, count + 1)]
    return sizes, texts


def image_pages(path):
    """The pages (from 1) that hold an image, from pdfimages."""
    listed = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True, check=True).stdout
    return {int(line.split()[0]) for line in listed.splitlines()[2:]}


def lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]


def xlsx_sheets(path):
    """``{sheet name: [[cell text]]}`` from the workbook's XML (independent of GDAL)."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])) for si in root.findall("m:si", ns)]
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in relations}
        sheets = {}
        for sheet in workbook.iter("{%s}sheet" % ns["m"]):
            target = targets[sheet.get("{%s}id" % ns["r"])].lstrip("/")
            xml = ElementTree.fromstring(archive.read(target if target.startswith("xl/") else "xl/" + target))
            rows = []
            for row in xml.iter("{%s}row" % ns["m"]):
                values = []
                for c in row.iter("{%s}c" % ns["m"]):
                    value = c.find("m:v", ns)
                    if c.get("t") == "s":
                        values.append(shared[int(value.text)])
                    elif c.get("t") == "inlineStr":
                        values.append("".join(t.text or "" for t in c.iter("{%s}t" % ns["m"])))
                    else:
                        values.append(value.text if value is not None else "")
                rows.append(values)
            sheets[sheet.get("name")] = rows
    return sheets


# Hand-written plan: cost, funding source, the community's cash + in-kind share, RW.
# By source: APBD 10 000 000 x 90 % = 9 000 000; dana kelurahan 5 000 000 x 80 % = 4 000 000;
# swadaya 10 000 000 x 10 % + 5 000 000 x 20 % + 2 500 000 = 4 500 000. By RW: 12 500 000 in
# the first RW (the APBD and swadaya actions), 5 000 000 in the second; total 17 500 000.
ACTIONS = [
    ("a1", "build", 10000000.0, "apbd", 10.0, 0.0, 1, 40, 160),
    ("a2", "rehabilitate", 5000000.0, "dana_kelurahan", 5.0, 15.0, 2, 12, 50),
    ("a3", "behaviour_change", 2500000.0, "swadaya", 0.0, 0.0, 3, 25, 90),
]


@pytest.fixture()
def planned_workspace(csiap_processing, workspace_copy, seed_rows, import_sample):
    """The sample, screened and scored, with its process records, a personal KSM row, the
    priorities a run of csiap:prioritiseareas would leave, an agreed order and a hand-written plan."""
    import json

    import geopandas
    from csiap_planner.workspace.process import import_records

    import processing

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    import_sample(workspace_copy)
    processing.run("csiap:attachtoareas", {"WORKSPACE": workspace_copy})
    processing.run("csiap:areaindicators", {"WORKSPACE": workspace_copy})
    processing.run("csiap:screenoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
    processing.run("csiap:scoreoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
    with open(os.path.join(root, "sample", "process_records_synthetic.json"), encoding="utf-8") as handle:
        records = json.load(handle)
    records["ksm_members"].append({"full_name": SECRETS[0], "nik": SECRETS[1], "phone": SECRETS[2], "role": "ketua"})
    import_records(workspace_copy, records)
    rt = geopandas.read_file(workspace_copy, layer="rt").sort_values(["rw", "code"])
    first_rw, second_rw = sorted(set(rt.rw))[:2]
    places = [rt[rt.rw == first_rw].iloc[0], rt[rt.rw == second_rw].iloc[0], rt[rt.rw == first_rw].iloc[1]]
    seed_rows(workspace_copy, "actions", [
        {"uuid": uuid, "kind": kind, "option_code": "septic_individual" if uuid != "a3" else None,
         "description": "=Kampanye STBM" if uuid == "a3" else None,
         "location_level": "RT", "location_code": "{}/{}".format(place.rw, place.code), "rw": place.rw,
         "rt": place.code, "households_served": households, "persons_served": persons, "total_cost": cost,
         "funding_source": source, "swadaya_cash_pct": cash, "swadaya_in_kind_pct": in_kind, "priority_rank": rank,
         "status": "agreed", "plan_year": 2027, "geometry": place.geometry}
        for (uuid, kind, cost, source, cash, in_kind, rank, households, persons), place in zip(ACTIONS, places)])
    seed_rows(workspace_copy, "priorities", [
        {"uuid": "p{}".format(k), "location_level": "RT", "location_code": "{}/{}".format(r.rw, r.code),
         "rw": r.rw, "rt": r.code, "priority_score": 3.5 - k * 0.5, "computed_rank": k + 1, "status": "ranked",
         "reasons": "Alasan uji {}".format(k), "geometry": r.geometry} for k, r in enumerate(places)]
        + [{"uuid": "pthin", "location_level": "RT", "location_code": "{}/{}".format(rt.iloc[-1].rw, rt.iloc[-1].code),
            "rw": rt.iloc[-1].rw, "rt": rt.iloc[-1].code, "status": "survey_first", "reasons": "KK disurvei 2 < 10",
            "geometry": rt.iloc[-1].geometry}])
    seed_rows(workspace_copy, "agreed_priorities", [
        {"uuid": "g1", "meeting_uuid": "m02", "location_level": "RT", "location_code": "{}/{}".format(
            places[1].rw, places[1].code), "agreed_rank": 1, "computed_rank": 2,
         "change_reason": "Banjir tiap musim hujan"}])
    return workspace_copy, places


def test_the_annex_reads_as_a_csiap(planned_workspace, tmp_path):
    import sqlite3

    import processing

    workspace, places = planned_workspace
    folder = str(tmp_path / "lampiran")
    processing.run("csiap:exportannex", {"WORKSPACE": workspace, "OUTPUT_FOLDER": folder, "PAPER": 2,
                                         "ATLAS_LEVEL": 0, "LANGUAGE": 0})
    path = os.path.join(folder, "lampiran_csiap.pdf")
    sizes, texts = pages_of(path)
    everything = "\n".join(texts)

    # The contents list the seven chapters in order, each on the page given, at its top.
    contents = re.findall(r"^(\d\. [^\n]+)\n", texts[0], re.M)
    assert [c for c in contents if c in CHAPTERS_ID] == CHAPTERS_ID, contents
    starts = [next(n for n, text in enumerate(texts) if lines(text) and lines(text)[0] == title)
              for title in CHAPTERS_ID]
    assert starts == sorted(starts) and starts[0] > 0

    # Every heading and caption shares its page with the line after it (a figure's caption: with
    # its image, per pdfimages), and none is a file name.
    images = image_pages(path)
    headings = 0
    for number, text in enumerate(texts, 1):
        page = [line for line in lines(text) if not re.search(r"\d+ / \d+$", line) and "Lampiran CSIAP —" not in line]
        for index, line in enumerate(page):
            if HEADING.match(line):
                headings += 1
                if index + 1 == len(page):
                    assert line.startswith("Gambar ") and number in images, "page {}: '{}' ends it".format(number, line)
                assert not line.endswith(".csv"), line
    assert headings > 25
    assert not re.search(r"^\S+\.csv$", everything, re.M)   # not even a bare file-name line
    for words in ("Rencana Aksi", "Matrik Skoring", "Diagram Kelembagaan", "Kalender Musim", "Peta Rencana Aksi",
                  "Prioritas Lokasi", "Pengesahan", "Ketua KSM", "Lurah"):
        assert words in everything, words

    # Numbered captions, in order within each chapter (the body's, after the contents' lists).
    body = "\n".join(texts[starts[0]:])
    for chapter in range(1, 8):
        for word in ("Gambar", "Tabel"):
            found = [int(n) for n in re.findall(r"^{} {}\.(\d+) ".format(word, chapter), body, re.M)]
            assert found == list(range(1, len(found) + 1)), (word, chapter, found)
    # The lists of figures and tables give each caption's page.
    layout = subprocess.run(["pdftotext", "-l", str(starts[0]), "-layout", path, "-"], capture_output=True,
                            text=True, check=True).stdout
    listed = re.findall(r"^\s*((?:Gambar|Tabel) \d\.\d+ .+?)\s{2,}(\d+)\s*$", layout, re.M)
    assert len(listed) > 15, listed
    for caption, page in listed:
        assert caption in " ".join(texts[int(page) - 1].split()), (caption, page)
    assert re.search(r"^Tabel 3\.\d+ Matrik skoring", everything, re.M)
    assert re.search(r"^Gambar 6\.1 Diagram kelembagaan", everything, re.M)
    assert re.search(r"^Gambar 6\.2 Kalender musim", everything, re.M)

    # Map pages are landscape (A4: 842 x 595 pt), the text pages portrait.
    map_pages = [n for n, text in enumerate(texts)
                 if n >= starts[0] and re.search(r"^Gambar \d\.\d+ Peta ", text, re.M)]
    assert len(map_pages) == 5
    for n, (width, height) in enumerate(sizes):
        assert (width > height) == (n in map_pages), (n + 1, width, height)

    # Chapter 4: the agreed order first (its reason given), then the computed; the location to survey first.
    chapter4 = "\n".join(texts[starts[3]:starts[4]])
    assert "Banjir tiap musim hujan" in chapter4 and "Rembuk kelurahan I" in chapter4
    flat4 = " ".join(lines(chapter4))
    for place, (location, computed) in enumerate(((places[1], 2), (places[0], 1), (places[2], 3)), 1):
        assert re.search(r"\b{} {} {}/{} ".format(place, computed, location.rw, location.code), flat4), place
    assert "KK disurvei 2 < 10" in chapter4

    # Chapter 5: the plan's totals, worked by hand above, by funding source and by RW.
    chapter5 = "\n".join(texts[starts[4]:starts[5]])
    flat = " ".join(lines(chapter5))
    for label, amount in (("APBD", "9.000.000"), ("Dana kelurahan", "4.000.000"), ("Swadaya masyarakat", "4.500.000"),
                          (places[0].rw, "12.500.000"), (places[1].rw, "5.000.000"), ("Jumlah", "17.500.000")):
        assert re.search(r"{}\s+{}".format(re.escape(label), re.escape(amount)), flat), (label, amount)
    assert "Tangki septik individual" in flat and "septic_individual" not in flat
    assert "Kampanye STBM" in flat
    # Typed text reaches the appendix as text, never as a formula (OWASP's rule, as the other CSVs).
    with open(os.path.join(folder, "tabel", "rencana_aksi.csv"), encoding="utf-8-sig") as handle:
        assert "'=Kampanye STBM" in handle.read()

    # The rows per location x option are in the XLSX, not in the document.
    with sqlite3.connect(workspace) as db:
        screened = db.execute("SELECT count(*) FROM screening").fetchone()[0]
        explanations = [e for (e,) in db.execute("SELECT DISTINCT explanation FROM ranking WHERE explanation != ''")]
    sheets = xlsx_sheets(os.path.join(folder, "tabel", "tabel_lampiran.xlsx"))
    assert len(sheets["penyaringan"]) == screened + 1 and screened > 100
    assert len(sheets["rencana_aksi"]) == len(ACTIONS) + 1
    with sqlite3.connect(workspace) as db:
        scored = db.execute("SELECT count(*) FROM scores WHERE session_uuid = (SELECT uuid FROM scoring_sessions "
                            "ORDER BY session_date DESC, rowid DESC LIMIT 1)").fetchone()[0]
    assert len(sheets["nilai"]) == scored + 1 and scored > 1000
    assert len(sheets["prioritas"]) == 4 + 1
    assert explanations and not [e for e in explanations if e[:40] in everything.replace("\n", " ")]
    assert len(texts) < 40, len(texts)

    # Public: blank lines to sign over, no name, NIK or phone anywhere.
    assert everything.count("( ........................ )") == 3
    written = []
    for directory, _subs, files in os.walk(folder):
        for name in files:
            file = os.path.join(directory, name)
            if name.endswith(".pdf"):
                written.append(subprocess.run(["pdftotext", file, "-"], capture_output=True, text=True).stdout)
            elif name.endswith((".csv", ".json", ".svg")):
                written.append(open(file, encoding="utf-8-sig").read())
            elif name.endswith(".xlsx"):
                written.append(str(xlsx_sheets(file)))
    with sqlite3.connect(workspace) as db:
        names = [n for (n,) in db.execute("SELECT full_name FROM ksm_members UNION SELECT facilitator FROM meetings")
                 if n]
    for secret in SECRETS + tuple(names):
        assert secret not in "\n".join(written), secret


def test_empty_chapters_say_so_and_extra_figures_join_chapter_two(csiap_processing, workspace_copy, import_sample,
                                                                  tmp_path):
    """A workspace with neither priorities nor a plan: chapters 4 and 5 say what to run; the SFD
    figures added by one call land in chapter 2, numbered after its own; English titles."""
    from csiap_planner.report.annex import Annex, annex_document
    from qgis.PyQt.QtGui import QColor, QImage

    import_sample(workspace_copy)
    annex = Annex(workspace_copy, "en")
    annex.document_maps = {}
    document = annex_document(annex, [], [])
    sfd = str(tmp_path / "sfd.png")
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#7570b3"))
    image.save(sfd)
    document.chapters[1].add_figures([(sfd, "SFD of the kelurahan"), (sfd, "SFD of RW 001")])
    path = document.write(str(tmp_path / "annex.pdf"))
    sizes, texts = pages_of(path)
    everything = "\n".join(texts)
    assert [c for c in re.findall(r"^(\d\. [^\n]+)\n", texts[0], re.M) if c in CHAPTERS_EN] == CHAPTERS_EN
    assert "The location priorities have not been computed yet: run csiap:prioritiseareas." in everything
    assert "The action plan is still empty" in everything
    figures = re.findall(r"^Figure (2\.\d+) (.+)$", "\n".join(texts[1:]), re.M)
    assert figures[-2:] == [("2.1", "SFD of the kelurahan"), ("2.2", "SFD of RW 001")], figures
    chapter2 = next(n for n, t in enumerate(texts) if lines(t)[:1] == ["2. Problems and Risks"])
    chapter3 = next(n for n, t in enumerate(texts) if lines(t)[:1] == ["3. Technical Options and Scoring Matrix"])
    assert all(chapter2 <= n < chapter3 for n, t in enumerate(texts) if "SFD of" in t and n > 0)
    assert all(width < height for width, height in sizes)   # no map given: no landscape page


def test_names_sign_only_when_asked_for(planned_workspace, tmp_path):
    import sqlite3

    from csiap_planner.report.annex import _signers
    from csiap_planner.report.document import AnnexDocument

    workspace, _places = planned_workspace
    with sqlite3.connect(workspace) as db:
        chairs = [name for (name,) in db.execute("SELECT full_name FROM ksm_members WHERE role = 'ketua'")]
        facilitators = [name for (name,) in db.execute(
            "SELECT facilitator FROM meetings WHERE facilitator IS NOT NULL ORDER BY meeting_date DESC")]
    assert [name for _role, name in _signers(workspace, "id", False)] == [None, None, None]
    signers = _signers(workspace, "id", True)
    assert signers[0] == ("Ketua KSM", chairs[0]) and signers[1] == ("Lurah", None)
    assert signers[2] == ("Fasilitator (TFL)", facilitators[0])
    document = AnnexDocument("id", "Lampiran CSIAP", [], "kaki")
    document.signature_page("Pengesahan", "Ditetapkan di ....", signers)
    _sizes, texts = pages_of(document.write(str(tmp_path / "ttd.pdf")))
    page = " ".join(texts[-1].split())
    assert "( {} )".format(chairs[0]) in page and "( {} )".format(facilitators[0]) in page
    assert page.count("( ........................ )") == 1


def test_the_action_plan_map_labels_options_by_name_and_pages_per_rw(planned_workspace, tmp_path):
    """The Peta Rencana Aksi: the actions over the RT, each labelled with its option's name (not
    its code) and the households it serves; its atlas a page per RW, like the other maps."""
    import geopandas
    from csiap_planner.core.annex import annex_map
    from csiap_planner.report.annex import Annex
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    workspace, _places = planned_workspace
    annex = Annex(workspace, "id")
    peta = annex_map("peta_rencana_aksi")
    assert peta.chapter == 5 and peta.layers[:2] == ("actions", "rt")
    layer = annex.layers["actions"]
    assert layer.labelsEnabled()
    settings = layer.labeling().settings()
    assert settings.isExpression
    expression = QgsExpression(settings.fieldName)
    context = QgsExpressionContext()
    context.appendScope(QgsExpressionContextUtils.layerScope(layer))
    labels = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        labels[feature["uuid"]] = expression.evaluate(context)
    assert labels == {"a1": "Tangki septik individual + bidang resapan\n40 KK",
                      "a2": "Tangki septik individual + bidang resapan\n12 KK", "a3": "=Kampanye STBM\n25 KK"}
    layout = annex.atlas_layout(peta, "a4_portrait", 5, "RW")
    rw = geopandas.read_file(workspace, layer="rw")
    assert layout.atlas().beginRender() and layout.atlas().count() == len(rw) == 17
    layout.atlas().endRender()
    overview = annex.layout(peta, "a3_landscape", 5)
    legend = [n.name() for n in overview.itemById("legend").model().rootGroup().findLayers()]
    assert legend == ["Rencana aksi"]
