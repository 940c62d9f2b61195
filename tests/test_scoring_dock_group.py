"""The Matrik Skoring dock, group by group and on a laptop: numbers typed as
Indonesians write them, refusals that keep the value in force, participants
with their CR, consensus and women's vs men's weights (checked with numpy and
sqlite3), readable locations and sessions, the weights' total, the AHP table,
where starting values come from, following the project, and 1366×768."""

import math
import shutil

import numpy
import pytest
from csiap_planner.core.scoring import score_location


@pytest.fixture()
def screened(screened_rts):
    return screened_rts


@pytest.fixture()
def indonesian(monkeypatch):
    """The dock as it runs in an Indonesian QGIS."""
    from csiap_planner import i18n
    from csiap_planner.plugin import participants_panel, scoring_dock

    monkeypatch.setattr(scoring_dock, "ui_language", lambda: "id")
    monkeypatch.setattr(i18n, "ui_language", lambda: "id")
    return participants_panel


def cell(dock, option, criterion):
    options = list(dock.matrix[dock.current_location()])
    return dock.matrix_table.item(options.index(option), dock.criteria.index(criterion))


def numpy_weights(matrix):
    values, vectors = numpy.linalg.eig(numpy.array(matrix, dtype=float))
    k = numpy.argmax(values.real)
    return vectors[:, k].real / vectors[:, k].real.sum()


def test_numbers_typed_the_indonesian_way_are_read_in_full(qgis_app, screened, indonesian, query):
    """"350.000" was stored as 350 and re-ranked the options silently."""
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    cell(dock, "mck", "cost").setText("350.000")
    cell(dock, "septic_shared", "cost").setText("Rp 2.500.000")
    cell(dock, "mck", "land").setText("1,5")
    assert dock.matrix["001/001"]["mck"]["cost"] == 350000
    assert dock.matrix["001/001"]["septic_shared"]["cost"] == 2500000
    assert cell(dock, "mck", "cost").text() == "350.000"    # shown back as it was typed
    dock.weights_table.item(0, dock.criteria.index("om")).setText("12,5")
    assert dock.weights["om"] == 12.5
    uuid = dock.save()
    stored = dict(((o, c), v) for o, c, v in query(
        screened, "SELECT option_code, criterion_code, raw_value FROM scores WHERE session_uuid = ? AND "
                  "location_code = '001/001'", uuid))
    assert stored[("mck", "cost")] == 350000 and stored[("septic_shared", "cost")] == 2500000
    assert stored[("mck", "land")] == 1.5
    dock.deleteLater()


def test_a_value_the_dock_cannot_read_is_refused_and_the_old_one_kept(qgis_app, screened, query):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    before = dock.matrix["001/001"]["mck"]["cost"]
    cell(dock, "mck", "cost").setText("dua juta")
    assert dock.matrix["001/001"]["mck"]["cost"] == before and "dua juta" in dock.status.text()
    cell(dock, "mck", "cost").setText("")          # emptied: refused too, never stored as NULL
    assert dock.matrix["001/001"]["mck"]["cost"] == before and dock.status.text()
    cell(dock, "mck", "om").setText("7")            # a 1-5 score
    assert dock.matrix["001/001"]["mck"]["om"] != 7 and "7" in dock.status.text()
    assert dock.undo_stack.count() == 0
    uuid = dock.save()
    assert query(screened, "SELECT raw_value FROM scores WHERE session_uuid = ? AND location_code = '001/001' AND "
                           "option_code = 'mck' AND criterion_code = 'cost'", uuid) == [(before,)]
    dock.deleteLater()


# Six criteria: cost, om, land, acceptance, health, suitability.
WOMEN = "1 1/3 3 1/2 1/5 1/2; 3 1 5 2 1 2; 1/3 1/5 1 1/3 1/5 1/4; 2 1/2 3 1 1 1; 5 1 5 1 1 3; 2 1/2 4 1 1/3 1"
MEN = "1 3 5 2 1 2; 1/3 1 2 1 1/2 1; 1/5 1/2 1 1/2 1/3 1/3; 1/2 1 2 1 1 1/2; 1 2 3 1 1 2; 1/2 1 3 2 1/2 1"


def type_pairwise(dock, text):
    from csiap_planner.core.scoring import parse_pairwise

    matrix = parse_pairwise(text)
    for i in range(len(matrix)):
        for j in range(i + 1, len(matrix)):
            dock.pairwise_table.item(i, j).setText(text.split(";")[i].split()[j])
    return matrix


def test_participants_group_by_group_with_cr_consensus_and_women_and_men(qgis_app, screened, indonesian, query):
    from csiap_planner.plugin.scoring_dock import ScoringDock
    from qgis.PyQt.QtCore import Qt

    dock = ScoringDock()
    dock.set_workspace(screened)
    panel = dock.panel
    for name, group in (("Kelompok perempuan", "women"), ("Kelompok laki-laki", "men")):
        panel.name_edit.setText(name)
        panel.group_combo.setCurrentIndex(panel.group_combo.findData(group))
        panel.add_button.click()
    assert [dock.holder_combo.itemText(i) for i in range(dock.holder_combo.count())][1:] == [
        "Kelompok perempuan", "Kelompok laki-laki"]
    assert [p.gender for p in dock.participants] == ["f", "m"]   # from the group chosen
    matrices = []
    for holder, text in ((1, WOMEN), (2, MEN)):
        dock.holder_combo.setCurrentIndex(holder)
        dock.weighting_combo.setCurrentIndex(dock.weighting_combo.findData("ahp"))
        matrices.append(type_pairwise(dock, text))
        assert dock.cr_label.text().startswith("CR = 0,")   # the Indonesian decimal comma
    # O&M of the MCK: women 5, men 1, the shared matrix keeps its value for nobody else.
    for holder, value in ((1, "5"), (2, "2")):
        dock.holder_combo.setCurrentIndex(holder)
        cell(dock, "mck", "om").setText(value)
    dock.holder_combo.setCurrentIndex(0)
    median = cell(dock, "mck", "om")    # the shared matrix shows the aggregate, not to be typed over
    assert median.text() == "3,5" and not median.flags() & Qt.ItemFlag.ItemIsEditable and "5, 2" in median.toolTip()
    aggregate = numpy.exp(numpy.mean(numpy.log(numpy.array(matrices)), axis=0))
    expected = dict(zip(dock.criteria, numpy_weights(aggregate)))
    weights, _cr = dock.effective_weights()
    assert weights == pytest.approx(expected, abs=1e-9)
    group_matrix = {o: dict(v) for o, v in dock.matrix["001/001"].items()}
    group_matrix["mck"]["om"] = 3.5          # median of 5 and 2
    assert [(r.option, r.rank) for r in dock.ranking] == [
        (r.option, r.rank) for r in score_location(group_matrix, expected, dock.directions).ranking]
    # Each one's CR (numpy), women's and men's weights side by side, Goepel's consensus.
    for row, matrix in enumerate(matrices):
        weights_k = numpy_weights(matrix)
        lambda_max = float(numpy.mean(numpy.array(matrix) @ weights_k / weights_k))
        n = len(matrix)
        cr = (lambda_max - n) / (n - 1) / {5: 1.12, 6: 1.24}[n]   # Saaty's random index
        assert panel.table.item(row, 4).text() == "{:.3f}".format(cr).replace(".", ",")
    women = numpy_weights(matrices[0])
    assert panel.gender_table.item(0, 0).text() == "{:.1f} %".format(100 * women[0]).replace(".", ",")
    men = numpy_weights(matrices[1])
    assert panel.gender_table.item(0, 1).text() == "{:.1f} %".format(100 * men[0]).replace(".", ",")
    vectors = numpy.array([women, men])
    h_alpha = numpy.mean(-numpy.sum(vectors * numpy.log(vectors), axis=1))
    mean = vectors.mean(axis=0)
    h_beta = -numpy.sum(mean * numpy.log(mean)) - h_alpha
    n = len(women)
    top, rest = 9 / (9 + n - 1), 1 / (9 + n - 1)
    correction = math.exp(math.log(n) + top * math.log(top) + (n - 1) * rest * math.log(rest))
    consensus = (math.exp(-h_beta) - 1 / correction) / (1 - 1 / correction)
    assert "{:.0f} %".format(100 * consensus) in panel.consensus_label.text()

    uuid = dock.save()
    inputs = query(screened, "SELECT participant, gender, input_kind, value FROM scoring_inputs WHERE session_uuid = ?",
                   uuid)
    # Two groups, each n(n-1)/2 judgements.
    assert len([r for r in inputs if r[2] == "pairwise"]) == 2 * n * (n - 1) // 2
    assert ("Kelompok perempuan", "f", "score", 5) in inputs
    assert query(screened, "SELECT raw_value FROM scores WHERE session_uuid = ? AND location_code = '001/001' AND "
                           "option_code = 'mck' AND criterion_code = 'om'", uuid) == [(3.5,)]
    other = ScoringDock()
    other.set_workspace(screened)
    other.load_session(uuid)
    assert [p.name for p in other.participants] == ["Kelompok perempuan", "Kelompok laki-laki"]
    assert [(r.option, r.rank) for r in other.ranking] == [(r.option, r.rank) for r in dock.ranking]
    dock.undo_stack.undo()
    dock.deleteLater()
    other.deleteLater()


def test_an_inconsistent_group_is_flagged_and_a_bad_score_names_it(qgis_app, screened, indonesian):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    dock.add_participant("Utusan RT", None, "rt_delegates")
    dock.weighting_combo.setCurrentIndex(dock.weighting_combo.findData("ahp"))
    type_pairwise(dock, "1 9 1/9 9 1/9; 1/9 1 9 1/9 9; 9 1/9 1 9 1/9; 1/9 9 1/9 1 9; 9 1/9 9 1/9 1")
    assert "≥ 0,10" in dock.cr_label.text()
    assert dock.panel.table.item(0, 4).background().color().name() == "#f4b6b6"
    cell(dock, "mck", "acceptance").setText("6")
    assert dock.status.text().startswith("Utusan RT: ")
    assert dock.participants[0].scores == {}
    assert not dock.add_participant("Utusan RT") and "Utusan RT" in dock.status.text()   # one name, one group
    dock.panel.table.setCurrentCell(0, 0)
    dock.panel.remove_button.click()
    assert dock.participants == [] and dock.holder_combo.count() == 1
    dock.undo_stack.undo()
    assert [p.name for p in dock.participants] == ["Utusan RT"] and dock.participants[0].weighting == "ahp"
    dock.deleteLater()


def test_locations_read_rw_and_rt_can_be_searched_and_say_why_they_have_no_option(qgis_app, screened, query):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    labels = [dock.location_combo.itemText(i) for i in range(dock.location_combo.count())]
    assert labels == ["RW 001 / RT 001", "RW 001 / RT 002", "RW 002 / RT 001"]
    # Options by name, not code: the two septic tanks told apart.
    names = {code: (name_id if dock.language == "id" else name_en)
             for code, name_id, name_en in query(screened, "SELECT code, name_id, name_en FROM options")}
    shown = [dock.matrix_table.verticalHeaderItem(i).text().replace("\n", " ")
             for i in range(dock.matrix_table.rowCount())]
    assert shown == [names[o] for o in dock.matrix["001/001"]]
    assert names["septic_individual"] in shown and names["septic_shared"] in shown
    dock.location_search.setText("rt 2")
    assert [dock.location_combo.itemText(i) for i in range(dock.location_combo.count())] == ["RW 001 / RT 002"]
    dock.location_search.setText("rw 2")
    assert dock.current_location() == "002/001" and dock.matrix_table.rowCount() == 0
    reasons = [r for (r,) in query(screened, "SELECT reasons FROM screening WHERE location_code = '002/001'")]
    assert reasons and all(r in dock.status.text() for r in reasons)
    dock.location_search.setText("RT 009")
    assert dock.location_combo.count() == 0 and "RT 009" in dock.status.text()
    dock.deleteLater()


def test_sessions_are_listed_by_date_forum_level_and_location(qgis_app, screened, indonesian):
    from csiap_planner.plugin.scoring_dock import ScoringDock
    from qgis.PyQt.QtCore import QDate

    dock = ScoringDock()
    dock.set_workspace(screened)
    dock.date_edit.setDate(QDate(2026, 10, 3))
    assert dock.date_edit.text() == "3 Okt 2026"
    dock.forum_combo.setCurrentIndex(dock.forum_combo.findData("rembuk_rw"))
    uuid = dock.save()
    assert dock.session_combo.itemText(dock.session_combo.findData(uuid)) == "3 Okt 2026 · Rembuk RW · RT · 2 lokasi"
    dock.deleteLater()


def test_the_weights_total_is_shown_and_explained(qgis_app, screened):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    assert sum(dock.weights.values()) == 100 and "100" in dock.total_label.text()
    dock.weights_table.item(0, dock.criteria.index("cost")).setText("10")
    assert sum(dock.weights.values()) == 90
    text = dock.total_label.text()
    share = 100 * 10 / 90
    assert "90" in text and ("{:.1f}".format(share) in text or "{:.1f}".format(share).replace(".", ",") in text)
    dock.deleteLater()


def test_the_ahp_table_is_large_enough_and_its_lower_triangle_greyed(qgis_app, screened):
    from csiap_planner.plugin.scoring_dock import GREYED, ScoringDock
    from qgis.PyQt.QtCore import Qt

    dock = ScoringDock()
    dock.set_workspace(screened)
    table = dock.pairwise_table
    n = len(dock.criteria)
    for i in range(n):
        assert table.rowHeight(i) >= 30 and table.columnWidth(i) >= 64
        for j in range(n):
            editable = bool(table.item(i, j).flags() & Qt.ItemFlag.ItemIsEditable)
            assert editable == (j > i)
            assert (table.item(i, j).background().color() == GREYED) == (j <= i)
    dock.deleteLater()


def test_starting_values_say_where_they_come_from(qgis_app, screened, monkeypatch, query):
    from csiap_planner.plugin import scoring_dock

    dock = scoring_dock.ScoringDock()
    dock.set_workspace(screened)
    source = query(screened, "SELECT source FROM criteria WHERE code = 'om'")[0][0]
    assert source in cell(dock, "mck", "om").toolTip()
    cell(dock, "mck", "om").setText("4")       # judged: no longer marked as a catalogue value
    assert cell(dock, "mck", "om").toolTip() == "" and cell(dock, "mck", "om").font().italic() is False
    # Location-aware starting values (workspace.starting) carry their reason and source: shown as they come.
    from csiap_planner.workspace.starting import StartingCell

    def cells(path, level, language):
        plain = {c: StartingCell(v, "", source="") for c, v in
                 {"om": 2, "land": 1, "acceptance": 3, "health": 3, "suitability": 1}.items()}
        return {"001/001": {"mck": dict(plain, cost=StartingCell(2100000, "48 KK, MCK untuk 100 KK",
                                                                  source="SANIMAS 2020", assumption=True))}}
    monkeypatch.setattr(scoring_dock, "starting_cells", cells)
    dock.set_workspace(screened)
    tip = cell(dock, "mck", "cost").toolTip()
    assert dock.matrix["001/001"]["mck"]["cost"] == 2100000
    assert "48 KK, MCK untuk 100 KK" in tip and "SANIMAS 2020" in tip
    dock.deleteLater()


def test_the_dock_follows_the_project_and_saves_to_its_workspace(qgis_iface, screened, tmp_path, query):
    """After the project changes, a save goes to the new project's workspace; with no project, it is refused."""
    import importlib

    from qgis.core import QgsApplication, QgsProject

    other_dir = tmp_path / "other"
    other_dir.mkdir()
    other = str(other_dir / "pondok_pinang.gpkg")
    shutil.copy(screened, other)
    shutil.copy(screened.replace(".gpkg", ".qgz"), other.replace(".gpkg", ".qgz"))
    registry = QgsApplication.processingRegistry()
    if registry.providerById("csiap") is not None:
        registry.removeProvider(registry.providerById("csiap"))
    plugin = importlib.import_module("csiap_planner").classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert QgsProject.instance().read(screened.replace(".gpkg", ".qgz"))
        dock = plugin.show_scoring_dock()
        assert dock.workspace == screened
        assert QgsProject.instance().read(other.replace(".gpkg", ".qgz"))
        assert dock.workspace == other
        uuid = dock.save()
        assert query(other, "SELECT uuid FROM scoring_sessions") == [(uuid,)]
        assert query(screened, "SELECT uuid FROM scoring_sessions") == []
        QgsProject.instance().clear()
        assert dock.workspace is None and dock.save() is None
        assert "workspace" in dock.status.text()
        assert len(query(other, "SELECT uuid FROM scoring_sessions")) == 1
        assert query(screened, "SELECT uuid FROM scoring_sessions") == []
    finally:
        plugin.unload()
        QgsProject.instance().clear()


def test_every_button_and_field_is_reachable_on_a_1366_by_768_laptop(qgis_app, screened):
    """Issue 15: at 1366×768 Simpan sesi, undo/redo and the session fields were off-screen."""
    from csiap_planner.plugin.scoring_dock import ScoringDock
    from qgis.PyQt.QtCore import QPoint, QRect, Qt
    from qgis.PyQt.QtWidgets import QApplication, QMainWindow, QTextEdit

    window = QMainWindow()
    window.setCentralWidget(QTextEdit())
    # QGIS maximised at 768 px leaves about 600 px to a dock (title, menus, toolbars, status bar).
    window.resize(1366, 600)
    dock = ScoringDock(window, follow_project=False)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.show()
    dock.set_workspace(screened)
    QApplication.processEvents()
    assert window.height() == 600 and dock.minimumSizeHint().height() <= 600
    panel = dock.panel
    always = [dock.level_combo, dock.location_search, dock.location_combo, dock.session_combo, dock.holder_combo,
              dock.undo_button, dock.redo_button, dock.save_button]
    by_tab = [[dock.matrix_table, dock.ranking_table, dock.chart],
              [dock.weighting_combo, dock.weights_table],
              [panel.name_edit, panel.group_combo, panel.gender_combo, panel.add_button, panel.remove_button,
               panel.table, panel.gender_table],
              [dock.meeting_combo, dock.forum_combo, dock.date_edit, dock.female_spin, dock.male_spin]]
    screen = QRect(QPoint(0, 0), window.size())
    for tab, widgets in enumerate(by_tab):
        dock.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        page = dock.tabs.widget(tab)
        for widget in widgets + always:
            if hasattr(page, "ensureWidgetVisible") and page.isAncestorOf(widget):
                page.ensureWidgetVisible(widget)
                QApplication.processEvents()
            shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).intersected(screen)
            assert widget.isVisible() and not widget.visibleRegion().isEmpty(), (tab, type(widget).__name__)
            assert shown.height() >= min(widget.height(), 20) and shown.width() >= min(widget.width(), 20), (
                tab, type(widget).__name__, shown)
    # The AHP table, on its tab, shows every row of five criteria without scrolling.
    dock.tabs.setCurrentIndex(1)
    dock.weighting_combo.setCurrentIndex(dock.weighting_combo.findData("ahp"))
    QApplication.processEvents()
    table = dock.pairwise_table
    assert table.isVisible() and table.viewport().height() >= 5 * 30
    window.close()
    dock.deleteLater()
    window.deleteLater()


def test_text_typed_for_a_participant_names_the_participant_and_the_cell_and_is_not_saved(qgis_app, screened,
                                                                                          query):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    dock.add_participant("Ibu-ibu RT 001", "f", "women")
    dock.weights_table.item(0, dock.criteria.index("cost")).setText("25")
    dock.weights_table.item(0, dock.criteria.index("om")).setText("dua puluh")
    assert dock.status.text() == "Ibu-ibu RT 001: 'dua puluh' is not a number (weight of {}).".format(
        dock._criterion_name("om"))
    assert dock.participants[0].weights == {"cost": 25}
    cell(dock, "mck", "om").setText("empat")
    assert dock.status.text() == "Ibu-ibu RT 001: 'empat' is not a number ({}, {}).".format(
        dock.option_names["mck"], dock._criterion_name("om"))
    dock.weighting_combo.setCurrentIndex(dock.weighting_combo.findData("ahp"))
    dock.pairwise_table.item(0, 1).setText("tiga")
    assert dock.status.text() == "Ibu-ibu RT 001: 'tiga' is not a number ({} × {}).".format(
        dock._criterion_name("cost"), dock._criterion_name("om"))
    assert dock.participants[0].pairwise[0][1] == 1 and dock.participants[0].scores == {}
    uuid = dock.save()
    # Saved: the group's judgements as they stand (all 1; an AHP group's matrix replaces its
    # typed weights), nothing of the refused text (sqlite3).
    assert query(screened, "SELECT input_kind, criterion_code, criterion_code_2, value FROM scoring_inputs WHERE "
                           "session_uuid = ? AND input_kind != 'pairwise'", uuid) == []
    assert {v for (v,) in query(screened, "SELECT value FROM scoring_inputs WHERE session_uuid = ?", uuid)} == {1}
    dock.deleteLater()


def test_a_stored_matrix_that_is_not_reciprocal_is_named_and_the_session_not_saved_again(qgis_app, screened,
                                                                                        query):
    """A session whose inputs were written elsewhere (by hand, another tool) with both
    cost × om and om × cost at 3: the dock names the group and the cell, and saves nothing."""
    import sqlite3

    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    dock.add_participant("Bapak-bapak", "m", "men")
    dock.weighting_combo.setCurrentIndex(dock.weighting_combo.findData("ahp"))
    dock.pairwise_table.item(0, 1).setText("3")
    uuid = dock.save()
    with sqlite3.connect(screened) as db:
        db.execute("INSERT INTO scoring_inputs (uuid, session_uuid, participant, gender, participant_group, "
                   "input_kind, criterion_code, criterion_code_2, value) SELECT 'x', session_uuid, participant, "
                   "gender, participant_group, input_kind, criterion_code_2, criterion_code, value FROM "
                   "scoring_inputs WHERE session_uuid = ? AND criterion_code = 'cost' AND criterion_code_2 = 'om'",
                   (uuid,))
    sessions = query(screened, "SELECT count(*) FROM scoring_sessions")
    other = ScoringDock()
    other.set_workspace(screened)
    other.load_session(uuid)
    message = "Bapak-bapak, pairwise cell cost × om: the matrix is not reciprocal (3 × 3 should be 1)"
    assert other.status.text().startswith(message)
    assert other.save() is None and other.status.text().startswith(message)
    assert query(screened, "SELECT count(*) FROM scoring_sessions") == sessions
    dock.deleteLater()
    other.deleteLater()
