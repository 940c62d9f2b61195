"""Issue 14, items 19 and 20: annex CSVs never hand Excel a formula (OWASP's rule:
a leading apostrophe, the text kept), XLSX cells stay typed text, and map PDFs name
the plugin (or the KSM) as their author, never the computer's account."""

import csv
import getpass
import os
import re
import subprocess
import zipfile
from xml.etree import ElementTree

HOSTILE = ["=HYPERLINK(\"http://x.invalid\",\"klik\")", "+62 812 0000", "-1+1", "@SUM(A1:A2)", "\tTab", "\rCR"]


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def test_meeting_csv_cells_that_start_a_formula_are_neutralised(workspace_copy, csiap_processing, tmp_path):
    """Meeting titles, places and decisions typed by anyone reach the rembuk_fgd.csv of
    csiap:processfigures as text: apostrophe in front, the rest as typed."""
    from csiap_planner.workspace.process import import_records

    import processing

    import_records(workspace_copy, {"meetings": [
        {"uuid": "m{}".format(i), "kind": "fgd", "stage": "perencanaan", "title": text, "place": text,
         "decisions": text, "meeting_date": "2026-07-0{}".format(i + 1), "attendance_female": 5,
         "attendance_male": 5} for i, text in enumerate(HOSTILE)]})
    folder = tmp_path / "out"
    processing.run("csiap:processfigures", {"WORKSPACE": workspace_copy, "OUTPUT_FOLDER": str(folder), "LANGUAGE": 1})
    rows = read_csv(folder / "rembuk_fgd.csv")
    cells = [c for row in rows[1:] for c in row]
    # No cell a spreadsheet would evaluate, and every hostile text is still there, whole.
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    for text in HOSTILE:
        assert "'" + text in cells, text
    # Numbers are left alone (attendance counts), not quoted.
    assert "5" in cells


def test_write_csv_and_xlsx_directly(tmp_path):
    from csiap_planner.report.tables import write_csv, write_xlsx

    header = ["=name", "count"]
    rows = [[text, -3] for text in HOSTILE] + [["plain", 4]]
    rows_in = [list(r) for r in rows]
    write_csv(str(tmp_path / "t.csv"), header, rows)
    assert rows == rows_in   # the caller's rows are not changed
    got = read_csv(tmp_path / "t.csv")
    assert got[0] == ["'=name", "count"]
    assert [r[0] for r in got[1:]] == ["'" + t for t in HOSTILE] + ["plain"]
    assert [r[1] for r in got[1:]] == ["-3"] * len(HOSTILE) + ["4"]   # a negative number is a number
    write_xlsx(str(tmp_path / "t.xlsx"), {"tabel": (header, rows)})
    # XLSX, read as the zip of XML it is: column A below the header holds string
    # cells (shared strings, no <f> formula), exactly as written.
    values = xlsx_column(tmp_path / "t.xlsx", "A")[1:]
    # (XML parsers read a raw CR as a line feed: the file holds the text as given.)
    assert values == [("s", t.replace("\r", "\n")) for t in HOSTILE] + [("s", "plain")]


def xlsx_column(path, column):
    """``[(cell type, text)]`` of one column of the first sheet, from the file's XML."""
    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            root = ElementTree.fromstring(archive.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter("{%s}t" % ns["m"])) for si in root.findall("m:si", ns)]
        sheet = ElementTree.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    cells = []
    for c in sheet.iter("{%s}c" % ns["m"]):
        if re.match(column + r"\d+$", c.get("r")):
            assert c.find("m:f", ns) is None, "a formula in {}".format(c.get("r"))
            kind, value = c.get("t"), c.find("m:v", ns)
            if kind == "s":
                cells.append(("s", shared[int(value.text)]))
            elif kind == "inlineStr":
                cells.append(("s", "".join(t.text or "" for t in c.iter("{%s}t" % ns["m"]))))
            else:
                cells.append((kind or "n", value.text if value is not None else None))
    return cells


def pdf_author(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return next((line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Author:")), "")


def small_layout(project):
    from qgis.core import QgsLayoutItemLabel, QgsPrintLayout

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    label = QgsLayoutItemLabel(layout)
    label.setText("Peta")
    layout.addLayoutItem(label)
    return layout


def test_map_pdf_author_is_the_plugin_or_the_ksm(qgis_app, tmp_path):
    from csiap_planner.report.layouts import export_pdf, pdf_settings
    from qgis.core import QgsLayoutExporter, QgsProject

    project = QgsProject()
    layout = small_layout(project)
    path = export_pdf(layout, str(tmp_path / "peta.pdf"))
    author = pdf_author(path)
    assert author == "CSIAP Planner"
    assert getpass.getuser() not in author
    # The KSM, when the caller names it.
    ksm = str(tmp_path / "ksm.pdf")
    result = QgsLayoutExporter(layout).exportToPdf(ksm, pdf_settings(150, project, "KSM Sanitasi Pondok Pinang"))
    assert result == QgsLayoutExporter.ExportResult.Success
    assert pdf_author(ksm) == "KSM Sanitasi Pondok Pinang"
    assert os.path.getsize(ksm) > 0
