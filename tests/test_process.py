"""Process records: stages progress, attendance warnings, the Venn diagram and
seasonal calendar drawn from the data (read back from the SVG), the figures
and tables without personal data, and the "Tahapan PP" dock's round trips."""

import csv
import datetime
import json
import math
import os
import xml.etree.ElementTree as ET

import pytest
from csiap_planner.core import reference
from csiap_planner.core.process import (
    STAGE_ACTIVITIES,
    attendance_warning,
    calendar_matrix,
    distance_for,
    progress,
    radius_for,
    venn_layout,
    women_share,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RECORDS = os.path.join(ROOT, "sample", "process_records_synthetic.json")
SVG = "{http://www.w3.org/2000/svg}"


def test_stages_cover_the_method_and_progress_counts_by_hand():
    from csiap_planner.core import schema

    listed = [a for _stage, activities in STAGE_ACTIVITIES for a in activities]
    assert listed == list(schema.STAGE_ACTIVITY.values())   # every activity, once, in the method's order
    rows = [{"activity": "sosialisasi", "done_date": "2026-07-04"}, {"activity": "ksm_formation", "done_date": "x"},
            {"activity": "mapping", "done_date": None}]
    per_stage, overall = progress(rows)
    assert [(p.stage, p.done, p.total) for p in per_stage] == [
        ("persiapan_sosial", 1, 6), ("pelembagaan", 1, 4), ("perencanaan", 0, 7)]
    assert (overall.done, overall.total) == (2, 17) and overall.share == pytest.approx(200 / 17)


def test_women_share_and_the_warning():
    assert women_share({"attendance_female": 6, "attendance_male": 25}) == pytest.approx(600 / 31)
    assert attendance_warning({"attendance_female": 6, "attendance_male": 25})          # 19 % < 30 %
    assert not attendance_warning({"attendance_female": 9, "attendance_male": 21})      # exactly 30 %
    assert attendance_warning({"attendance_female": 9, "attendance_male": 21}, threshold=40)
    assert women_share({"attendance_female": None, "attendance_male": 3}) is None
    assert not attendance_warning({"attendance_female": 0, "attendance_male": 0})
    assert reference.WOMEN_ATTENDANCE_MIN_PCT.value == 30 and not reference.WOMEN_ATTENDANCE_MIN_PCT.official


INSTITUTIONS = [{"name": "Kelurahan", "importance": 5, "closeness": 3}, {"name": "Puskesmas", "importance": 4,
                                                                        "closeness": 1},
                {"name": "PKK", "importance": 2, "closeness": 5}]


def test_venn_layout_by_hand():
    community, circles = venn_layout(INSTITUTIONS)
    assert (community.x, community.y, community.radius) == (0, 0, 1.0)
    by_name = {c.name: c for c in circles}
    assert by_name["Kelurahan"].radius == pytest.approx(0.9) and by_name["PKK"].radius == pytest.approx(0.45)
    assert math.hypot(by_name["PKK"].x, by_name["PKK"].y) == pytest.approx(0.5)       # closest
    assert math.hypot(by_name["Puskesmas"].x, by_name["Puskesmas"].y) == pytest.approx(4.0)   # farthest
    assert math.hypot(by_name["Kelurahan"].x, by_name["Kelurahan"].y) == pytest.approx(2.25)


def svg_elements(path, tag):
    return [e for e in ET.parse(path).iter(SVG + tag)]


def test_venn_svg_has_one_circle_each_sized_and_placed_from_the_data(qgis_app, tmp_path):
    from csiap_planner.report.diagrams import VENN_SIZE, render_venn, venn_scale

    path = render_venn(str(tmp_path / "venn.svg"), INSTITUTIONS, "id")
    circles = svg_elements(path, "circle")
    assert len(circles) == len(INSTITUTIONS) + 1
    scale = venn_scale(VENN_SIZE)
    centre = (VENN_SIZE.width() / 2, VENN_SIZE.height() / 2)
    community, *others = [(float(c.get("cx")), float(c.get("cy")), float(c.get("r"))) for c in circles]
    assert community == pytest.approx((*centre, 1.0 * scale))
    expected = sorted((radius_for(i["importance"]) * scale, distance_for(i["closeness"]) * scale) for i in INSTITUTIONS)
    drawn = sorted((r, math.hypot(x - centre[0], y - centre[1])) for x, y, r in others)
    assert sum(drawn, ()) == pytest.approx(sum(expected, ()), abs=0.01)   # SVG keeps 6 digits
    texts = "".join(t.text or "" for t in svg_elements(path, "text"))
    assert "Masyarakat" in texts and "Puskesmas" in texts


def test_calendar_svg_rows_and_dots_from_the_data(qgis_app, tmp_path):
    from csiap_planner.report.diagrams import render_calendar

    rows = [{"item": "rainfall", "month": m, "intensity": (3, 3, 2, 1, 0, 0, 0, 0, 1, 2, 3, 3)[m - 1]}
            for m in range(1, 13)] + [{"item": "diarrhoea", "month": 2, "intensity": 2}]
    matrix = calendar_matrix(rows)
    assert list(matrix) == ["rainfall", "diarrhoea"] and matrix["diarrhoea"] == [0, 2] + [0] * 10
    path = render_calendar(str(tmp_path / "calendar.svg"), rows, "en")
    assert len(svg_elements(path, "rect")) == 2 * 12                     # two items × twelve months
    assert len(svg_elements(path, "circle")) == sum(map(sum, matrix.values()))   # one dot per intensity step
    texts = [t.text for t in svg_elements(path, "text")]
    assert "Rainfall" in texts and "Diarrhoea cases" in texts and "Dec" in texts


def load_records(workspace):
    from csiap_planner.workspace.process import import_records

    with open(RECORDS, encoding="utf-8") as handle:
        records = json.load(handle)
    import_records(workspace, records)
    return records


def test_figures_and_tables_leave_personal_data_out(csiap_processing, any_workspace, tmp_path):
    import processing

    records = load_records(any_workspace)
    result = processing.run("csiap:processfigures", {"WORKSPACE": any_workspace,
                                                     "OUTPUT_FOLDER": str(tmp_path / "public")})
    names = sorted(os.path.basename(f) for f in result["FILES"])
    assert names == ["diagram_kelembagaan.png", "diagram_kelembagaan.svg", "kalender_musim.png",
                     "kalender_musim.svg", "ksm.csv", "rembuk_fgd.csv", "tahapan.csv"]
    circles = svg_elements(os.path.join(str(tmp_path / "public"), "diagram_kelembagaan.svg"), "circle")
    assert len(circles) == len(records["institutions"]) + 1
    text = "".join(open(f, encoding="utf-8-sig").read() for f in result["FILES"] if f.endswith((".csv", ".svg")))
    for member in records["ksm_members"]:
        assert member["full_name"] not in text and member["nik"] not in text and member["phone"] not in text
    assert "TFL Contoh" not in text
    with open(os.path.join(str(tmp_path / "public"), "rembuk_fgd.csv"), encoding="utf-8-sig") as handle:
        table = list(csv.reader(handle))
    assert table[0][0] == "Tanggal"   # Indonesian headers by default
    flagged = [row[3] for row in table[1:] if row[-1]]
    assert flagged == ["Rembuk RW 013 I"]   # 6 women of 31: under 30 %
    with open(os.path.join(str(tmp_path / "public"), "tahapan.csv"), encoding="utf-8-sig") as handle:
        stages_table = list(csv.reader(handle))
    assert len([r for r in stages_table[1:] if r[1] != stages_table[-1][1]]) == 17
    personal = processing.run("csiap:processfigures", {"WORKSPACE": any_workspace, "INCLUDE_PERSONAL": True,
                                                       "OUTPUT_FOLDER": str(tmp_path / "internal")})
    text = "".join(open(f, encoding="utf-8-sig").read() for f in personal["FILES"] if f.endswith(".csv"))
    assert records["ksm_members"][0]["full_name"] in text and records["ksm_members"][0]["nik"] not in text


def test_process_dock_round_trips(qgis_app, any_workspace):
    from csiap_planner.plugin.process_dock import ProcessDock
    from csiap_planner.workspace.project import read_rows
    from qgis.PyQt import sip
    from qgis.PyQt.QtWidgets import QTableWidgetItem

    def stage_row(activity):
        return next(r for r in read_rows(any_workspace, "stages") if r["activity"] == activity)

    load_records(any_workspace)
    dock = ProcessDock()
    dock.set_workspace(any_workspace)
    assert dock.bars["all"].value() == 6 and dock.bars["all"].maximum() == 17
    dock.set_done("ksm_ratification")
    assert stage_row("ksm_ratification")["done_date"] == datetime.date.today().isoformat()
    assert dock.bars["pelembagaan"].value() == 2
    dock.set_done("ksm_ratification", False)
    assert stage_row("ksm_ratification")["done_date"] is None
    # The tree is updated in place, never rebuilt under the item being edited.
    item = dock._activity_item("ksm_ratification")
    address = sip.unwrapinstance(item)
    dock.set_date("ksm_ratification", 1, "2026-02-30")   # no such day: refused, field restored
    assert item.text(1) == "" and stage_row("ksm_ratification")["planned_date"] is None
    dock.set_date("ksm_ratification", 1, "2026-03-02")
    assert stage_row("ksm_ratification")["planned_date"] == "2026-03-02"
    assert sip.unwrapinstance(dock._activity_item("ksm_ratification")) == address
    # The meeting where it took place, chosen from the meetings.
    combo = dock.meeting_combo("ksm_ratification")
    meetings = sorted(read_rows(any_workspace, "meetings"), key=lambda m: m["meeting_date"])
    assert combo.count() == len(meetings) + 1 and combo.currentData() is None
    combo.setCurrentIndex(combo.findData(meetings[-1]["uuid"]))
    assert stage_row("ksm_ratification")["meeting_uuid"] == meetings[-1]["uuid"]
    combo.setCurrentIndex(0)
    assert stage_row("ksm_ratification")["meeting_uuid"] is None
    assert dock.warnings == ["m03"]
    dock.threshold.setValue(50)
    assert len(dock.warnings) >= 3

    # The Venn editor: change a closeness, add an institution, save, read again.
    names = [dock.institutions.item(r, 0).text() for r in range(dock.institutions.rowCount())]
    dock.institutions.item(names.index("PKK"), 3).setText("2")
    dock._add_institution()
    last = dock.institutions.rowCount() - 1
    for column, text in enumerate(("Bank sampah", "community", "3", "4")):
        dock.institutions.setItem(last, column, QTableWidgetItem(text))
    dock.save_institutions()
    stored = {r["name"]: r for r in read_rows(any_workspace, "institutions")}
    assert stored["PKK"]["closeness"] == 2 and stored["Bank sampah"]["importance"] == 3
    again = ProcessDock()
    again.set_workspace(any_workspace)
    assert again.institution_rows() == dock.institution_rows()

    # The calendar editor.
    dock.calendar.setItem(2, 6, QTableWidgetItem("3"))   # diarrhoea, July
    dock.save_calendar()
    matrix = calendar_matrix(read_rows(any_workspace, "season_calendar"))
    assert matrix["diarrhoea"][6] == 3 and matrix["rainfall"] == [3, 3, 2, 2, 1, 0, 0, 0, 1, 2, 3, 3]
    dock.deleteLater()
    again.deleteLater()


def message_of(dock):
    return dock.status.text()


def test_typed_values_the_dock_cannot_read_are_refused_not_stored_as_null(qgis_app, any_workspace):
    """Issue 14: a Venn kind or closeness, a calendar intensity or a date the dock cannot
    read is refused with a message; the cell keeps its value and the workspace keeps its row."""
    from csiap_planner.plugin.process_dock import ProcessDock
    from csiap_planner.workspace.project import read_rows

    load_records(any_workspace)
    dock = ProcessDock()
    dock.set_workspace(any_workspace)
    before = {r["name"]: r for r in read_rows(any_workspace, "institutions")}
    names = [dock.institutions.item(r, 0).text() for r in range(dock.institutions.rowCount())]
    row = names.index("PKK")
    for column, typed in ((1, "x"), (3, "tinggi"), (3, "7"), (2, "0")):
        old = dock.institutions.item(row, column).text()
        dock.institutions.item(row, column).setText(typed)
        assert dock.institutions.item(row, column).text() == old, typed
        assert typed in message_of(dock), message_of(dock)
    # A kind typed as its label, in either language, is read.
    dock.institutions.item(row, 1).setText("Lembaga keagamaan")
    assert dock.institutions.item(row, 1).text() == "Lembaga keagamaan" and message_of(dock) == ""
    dock.save_institutions()
    after = {r["name"]: r for r in read_rows(any_workspace, "institutions")}
    assert after["PKK"]["kind"] == "religious"
    assert (after["PKK"]["importance"], after["PKK"]["closeness"]) == (before["PKK"]["importance"],
                                                                       before["PKK"]["closeness"])
    assert all(after[n]["closeness"] == before[n]["closeness"] for n in before)

    rainfall_before = calendar_matrix(read_rows(any_workspace, "season_calendar"))["rainfall"]
    for typed in ("x", "tinggi", "5"):
        dock.calendar.item(0, 0).setText(typed)
        assert dock.calendar.item(0, 0).text() == str(rainfall_before[0]), typed
        assert typed in message_of(dock)
    dock.save_calendar()
    assert calendar_matrix(read_rows(any_workspace, "season_calendar"))["rainfall"] == rainfall_before

    def planned(activity):
        return next(r for r in read_rows(any_workspace, "stages") if r["activity"] == activity)["planned_date"]

    dock.set_date("mapping", 1, "01/03/2026")        # day first, as typed in Indonesia
    assert planned("mapping") == "2026-03-01"
    assert dock._activity_item("mapping").text(1) in ("1 Mar 2026",)
    dock.set_date("mapping", 1, "31/02/2026")        # no such day: refused, the stored date kept
    assert planned("mapping") == "2026-03-01" and "31/02/2026" in message_of(dock)
    assert dock._activity_item("mapping").text(1) == "1 Mar 2026"
    dock.set_date("mapping", 1, "2 Des 2026")
    assert planned("mapping") == "2026-12-02"
    dock.deleteLater()


def test_dates_read_and_shown_in_both_languages():
    from csiap_planner.plugin.formats import read_date, show_date, show_percent

    assert [read_date(t) for t in ("2026-12-01", "1/12/2026", "01-12-2026", "1.12.2026", "1 Des 2026",
                                   "1 December 2026", "")] == ["2026-12-01"] * 6 + [""]
    assert [read_date(t) for t in ("31/02/2026", "13/13/2026", "besok", "2026-02-30", "1 Foo 2026")] == [None] * 5
    assert show_date("2026-12-01", "id") == "1 Des 2026" and show_date("2026-05-09", "en") == "9 May 2026"
    assert show_percent(30, "id") == "30 %" and show_percent(19.35, "id") == "19,4 %"
    assert show_percent(19.35, "en") == "19.4 %"


def test_meetings_added_edited_and_deleted_in_the_dock_and_followed_from_the_layer(qgis_app, any_workspace):
    """Issue 15 item 5: the dock adds, edits and deletes meetings, and lists a meeting added
    through the layer (its form, another tool) at once, in the activities' chooser too."""
    from csiap_planner.core import schema
    from csiap_planner.plugin.process_dock import ProcessDock
    from csiap_planner.workspace.project import open_layer
    from qgis.core import QgsFeature
    from qgis.PyQt.QtCore import QDate

    from tests.conftest import _query

    load_records(any_workspace)

    def stored():
        return {row[0]: row[1:] for row in _query(
            any_workspace, "SELECT uuid, title, meeting_date, attendance_female, attendance_male, kind FROM meetings")}

    layer = open_layer(any_workspace, schema.layer("meetings"), "id")   # as the project's layer
    dock = ProcessDock()
    dock.set_workspace(any_workspace, layer)
    count = len(stored())
    assert len(dock.meeting_labels()) == count

    # Added in the dock.
    dock.new_meeting()
    dock.meeting_date.setDate(QDate(2026, 10, 5))
    dock.meeting_kind.setCurrentIndex(dock.meeting_kind.findData("fgd"))
    dock.meeting_title.setText("FGD perempuan RW 002")
    dock.meeting_women.setValue(14)
    dock.meeting_men.setValue(2)
    new = dock.save_meeting()
    assert stored()[new] == ("FGD perempuan RW 002", "2026-10-05", 14, 2, "fgd")
    assert any("FGD perempuan RW 002" in label for label in dock.meeting_labels())
    chooser = dock.meeting_combo("mapping")
    assert chooser.findData(new) >= 0

    # Edited, then deleted.
    dock.edit_meeting(new)
    dock.meeting_men.setValue(6)
    assert dock.save_meeting() == new and stored()[new][3] == 6
    assert dock.delete_meeting() and new not in stored() and len(stored()) == count
    assert dock.meeting_combo("mapping").findData(new) < 0

    # Added through the layer (its form, or QGIS's own tools): the dock follows.
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setAttribute("uuid", "from-the-form")
    feature.setAttribute("kind", "rembuk_rw")
    feature.setAttribute("title", "Rembuk RW 005 II")
    feature.setAttribute("meeting_date", QDate(2026, 11, 1))
    assert layer.addFeature(feature)
    assert any("Rembuk RW 005 II" in label for label in dock.meeting_labels())   # unsaved edits too
    assert dock.meeting_combo("mapping").findData("from-the-form") >= 0
    assert layer.commitChanges() and "from-the-form" in stored()
    dock.set_workspace(None)
    del layer
    dock.deleteLater()


def test_with_no_workspace_the_dock_says_how_to_open_one_and_saves_explain(qgis_app, any_workspace):
    from csiap_planner.plugin.process_dock import ProcessDock
    from csiap_planner.workspace.project import read_rows
    from qgis.PyQt.QtWidgets import QTableWidgetItem

    dock = ProcessDock()
    assert not dock.banner.isHidden() and not dock.tabs.isEnabled()
    dock.calendar.setItem(0, 0, QTableWidgetItem("2"))
    for save in (dock.save_calendar, dock.save_institutions, dock.save_meeting):
        save()   # no AttributeError: a message instead
        assert "workspace" in message_of(dock)
    dock.set_workspace(any_workspace)
    assert dock.banner.isHidden() and dock.tabs.isEnabled()
    assert read_rows(any_workspace, "season_calendar") == []
    dock.set_workspace(None)   # the project was closed: nothing written to the old workspace
    dock.save_calendar()
    assert read_rows(any_workspace, "season_calendar") == [] and not dock.banner.isHidden()
    dock.deleteLater()


def test_a_narrow_dock_shows_every_tab_twelve_months_and_the_women_share(qgis_app, any_workspace):
    """Issue 15 item 10, at the width the dock has beside the map on a 1366 px laptop."""
    from csiap_planner.plugin.process_dock import ProcessDock

    load_records(any_workspace)
    dock = ProcessDock()
    dock.set_workspace(any_workspace)
    dock.resize(380, 700)
    dock.show()
    try:
        check_narrow(dock)
    finally:
        dock.set_workspace(None)
        dock.deleteLater()


def check_narrow(dock):
    from qgis.PyQt.QtWidgets import QApplication

    for index in range(dock.tabs.count()):
        dock.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert dock.tabs.tabBar().tabRect(index).right() <= dock.tabs.tabBar().width(), index
    dock.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    assert dock.calendar.horizontalHeader().length() <= dock.calendar.viewport().width()
    dock.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    header = dock.meetings.horizontalHeader()
    assert header.length() <= dock.meetings.viewport().width() + 1
    shares = [dock.meetings.item(row, 3).text() for row in range(dock.meetings.rowCount())]
    assert any(text.endswith("%") or text.endswith("⚠") for text in shares), shares
