"""The "Matrik Skoring" dock with pytest-qgis: edit a cell and the ranking
follows (checked against core.scoring on the same numbers), undo/redo, AHP
weights with their CR, a session saved to the workspace and loaded back."""

import geopandas
import pytest
from csiap_planner.core.scoring import ahp, score_location
from shapely.geometry import box

X0, Y0 = 700000.0, 9300000.0


@pytest.fixture()
def screened(screened_rts):
    return screened_rts


def ranking(dock):
    return [(r.option, r.rank) for r in dock.ranking]


def test_editing_a_cell_reranks_and_undo_restores(qgis_app, screened):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    assert [dock.location_combo.itemData(i) for i in range(dock.location_combo.count())] == [
        "001/001", "001/002", "002/001"]
    options = list(dock.matrix["001/001"])
    assert "septic_individual" in options and dock.matrix_table.rowCount() == len(options)
    before = ranking(dock)
    expected = score_location(dock.matrix["001/001"], dock.weights, dock.directions)
    assert before == [(r.option, r.rank) for r in expected.ranking]
    # The last-ranked option becomes the cheapest and best on every 1-5 criterion.
    last = before[-1][0]
    row = options.index(last)
    for column, criterion in enumerate(dock.criteria):
        value = {"cost": "1000", "land": "0"}.get(criterion, "5")
        dock.matrix_table.item(row, column).setText(value)
    assert ranking(dock)[0] == (last, 1)
    assert dock.matrix["001/001"][last]["cost"] == 1000
    assert ranking(dock) == [(r.option, r.rank) for r in score_location(
        dock.matrix["001/001"], dock.weights, dock.directions).ranking]
    for _ in dock.criteria:
        dock.undo_stack.undo()
    assert ranking(dock) == before
    dock.undo_stack.redo()
    assert dock.matrix["001/001"][last][dock.criteria[0]] == 1000
    dock.matrix_table.item(0, 0).setText("not a number")
    assert "not a number" in dock.status.text() or "bukan angka" in dock.status.text()
    dock.deleteLater()


def test_pairwise_weights_and_a_saved_session_reloads(qgis_app, screened):
    from csiap_planner.plugin.scoring_dock import ScoringDock

    dock = ScoringDock()
    dock.set_workspace(screened)
    dock.weighting_combo.setCurrentIndex(dock.weighting_combo.findData("ahp"))
    dock.pairwise_table.item(0, 1).setText("3")      # cost 3× as important as O&M
    dock.pairwise_table.item(0, 2).setText("1/2")
    assert dock.pairwise[1][0] == pytest.approx(1 / 3) and dock.pairwise[2][0] == pytest.approx(2)
    weights, cr = dock.effective_weights()
    oracle = ahp(dock.pairwise)
    assert list(weights.values()) == pytest.approx(list(oracle.weights)) and cr == pytest.approx(oracle.cr)
    assert "CR = " in dock.cr_label.text()
    dock.meeting_combo.setCurrentIndex(dock.meeting_combo.findData("m1"))
    dock.female_spin.setValue(9)
    dock.male_spin.setValue(11)
    dock.matrix_table.item(0, 0).setText("1234567")
    uuid = dock.save()
    saved = geopandas.read_file(screened, layer="scoring_sessions")
    assert list(saved.uuid) == [uuid] and saved.weighting.iloc[0] == "ahp"
    assert (saved.participants_female.iloc[0], saved.participants_male.iloc[0]) == (9, 11)
    assert saved.meeting_uuid.iloc[0] == "m1"   # the session names the rembuk that scored
    assert saved.consistency_ratio.iloc[0] == pytest.approx(cr)
    stored = geopandas.read_file(screened, layer="ranking")
    assert set(stored.location_code) == {"001/001", "001/002"}

    other = ScoringDock()
    other.set_workspace(screened)
    other.load_session(uuid)
    assert other.matrix == {location: options for location, options in dock.matrix.items() if options}
    assert other.weighting_combo.currentData() == "ahp" and other.meeting_combo.currentData() == "m1"
    assert sum(other.pairwise, []) == pytest.approx(sum(dock.pairwise, []))
    assert ranking(other) == ranking(dock)
    dock.deleteLater()
    other.deleteLater()


def test_the_dock_shows_a_screening_run_from_the_toolbox(qgis_iface, csiap_processing, workspace_copy, seed_rows):
    """Open on a workspace not yet screened; screening run from the toolbox fills the
    dock at once, unless edits made in it are unsaved."""
    import importlib

    from qgis.core import QgsApplication, QgsProject

    import processing

    seed_rows(workspace_copy, "rt", [{"uuid": "a", "rw": "001", "code": "001", "households": 40,
                                      "geometry": box(X0, Y0, X0 + 100, Y0 + 100)}])
    registry = QgsApplication.processingRegistry()
    registry.removeProvider(registry.providerById("csiap"))   # the plugin registers its own, as in QGIS
    plugin = importlib.import_module("csiap_planner").classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert QgsProject.instance().read(workspace_copy.replace(".gpkg", ".qgz"))
        dock = plugin.show_scoring_dock()
        assert dock.matrix == {} and dock.status.text()   # "run 'Screen technical options' first"
        processing.run("csiap:screenoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
        assert list(dock.matrix) == ["001/001"]
        # An unsaved edit is kept: the next run only says there is something new.
        dock.matrix_table.item(0, 0).setText("4")
        edited = dict(dock.matrix["001/001"][next(iter(dock.matrix["001/001"]))])
        processing.run("csiap:screenoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
        assert dock.matrix["001/001"][next(iter(dock.matrix["001/001"]))] == edited
        assert ("new results" in dock.status.text() or "hasil baru" in dock.status.text())
        assert not dock.undo_stack.isClean()
    finally:
        plugin.unload()
        QgsProject.instance().clear()
