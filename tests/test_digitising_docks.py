"""The digitising docks with pytest-qgis: the "Peta Sosial" map tool driven by
simulated clicks (feature, its RT/RW against the geopandas oracle, counts,
undo, RT/RW filled on save), the "Masalah Sanitasi" tree against pandas, and
the forms' tabs and conditional questions."""

import os

import geopandas
import pandas
import pytest
from shapely.geometry import Point, box

X0, Y0 = 700000.0, 9300000.0


def rt_cells():
    """Two RW of two RT each, 100 m cells; RT codes repeat across RW as in real kelurahan."""
    rows = []
    for i, (rw, rt) in enumerate((("001", "001"), ("001", "002"), ("002", "001"), ("002", "002"))):
        rows.append({"uuid": "rt{}".format(i), "rw": rw, "code": rt,
                     "geometry": box(X0 + i * 100, Y0, X0 + (i + 1) * 100, Y0 + 100)})
    return rows


@pytest.fixture()
def project(qgis_app, workspace_copy, seed_rows):
    from qgis.core import QgsProject

    seed_rows(workspace_copy, "rt", rt_cells())
    seed_rows(workspace_copy, "rw", [
        {"uuid": "w1", "code": "001", "geometry": box(X0, Y0, X0 + 200, Y0 + 100)},
        {"uuid": "w2", "code": "002", "geometry": box(X0 + 200, Y0, X0 + 400, Y0 + 100)}])
    assert QgsProject.instance().read(workspace_copy[:-len(".gpkg")] + ".qgz")
    yield workspace_copy
    QgsProject.instance().clear()


def click(canvas, tool, x, y):
    """A left click on the canvas at map coordinates (x, y)."""
    from qgis.gui import QgsMapMouseEvent
    from qgis.PyQt.QtCore import QEvent, QPoint, Qt

    pixel = canvas.getCoordinateTransform().transform(x, y)
    event = QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(round(pixel.x()), round(pixel.y())),
                             Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tool.canvasReleaseEvent(event)


def test_clicks_add_households_with_their_rt_and_counts(project, qgis_iface, attach_oracle):
    from csiap_planner.plugin.project_layers import workspace_layers
    from csiap_planner.plugin.social_map_dock import SocialMapDock
    from qgis.core import QgsRectangle

    canvas = qgis_iface.mapCanvas()
    layers = workspace_layers()
    canvas.resize(800, 200)
    canvas.setDestinationCrs(layers["households"].crs())
    canvas.setExtent(QgsRectangle(X0 - 10, Y0 - 10, X0 + 410, Y0 + 110))
    canvas.refresh()
    dock = SocialMapDock(qgis_iface)
    dock.show_forms = False
    dock.set_layers(layers)
    dock.arm("households", "own_septic")
    assert canvas.mapTool() is dock.tool
    for x, y in ((X0 + 30, Y0 + 50), (X0 + 60, Y0 + 20), (X0 + 150, Y0 + 70), (X0 + 330, Y0 + 40)):
        click(canvas, dock.tool, x, y)
    dock.arm("problems", "genangan")
    click(canvas, dock.tool, X0 + 120, Y0 + 30)

    households = layers["households"]
    added = list(households.getFeatures())
    assert len(added) == 4
    assert {(f["toilet_access"], f["containment"], f["data_source"]) for f in added} == {
        ("own", "septic_tank", "rembuk")}
    points = geopandas.GeoDataFrame(geometry=[Point(f.geometry().asPoint().x(), f.geometry().asPoint().y())
                                              for f in added], crs=32748)
    expected = attach_oracle(points, geopandas.GeoDataFrame(rt_cells(), crs=32748))
    assert [(f["rw"], f["rt"]) for f in added] == [expected[i] for i in range(4)]
    problem = next(layers["problems"].getFeatures())
    assert (problem["category"], problem["rw"], problem["rt"]) == ("genangan", "001", "002")

    dock.rw_combo.setCurrentIndex(dock.rw_combo.findData("001"))
    assert dock.count_per_rt("001") == {"001": {"households": 2, "facilities": 0, "problems": 0},
                                        "002": {"households": 1, "facilities": 0, "problems": 1}}
    assert dock.counts.item(1, 3).text() == "1"
    dock.undo()   # the problem: the last thing added
    assert layers["problems"].featureCount() == 0 and dock.counts.item(1, 3).text() == "0"
    dock.redo()
    assert layers["problems"].featureCount() == 1

    # A household drawn with QGIS's own tools gets its RT when the layer is saved.
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    other = QgsFeature(households.fields())
    other.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + 250, Y0 + 50)))
    other.setAttribute("uuid", "drawn-elsewhere")
    households.addFeature(other)
    assert households.commitChanges() and layers["problems"].commitChanges()
    stored = geopandas.read_file(project, layer="households").set_index("uuid")
    assert (stored.loc["drawn-elsewhere"].rw, stored.loc["drawn-elsewhere"].rt) == ("002", "001")
    assert len(stored) == 5
    dock.deleteLater()


def test_problems_tree_counts_filters_and_detail(project, qgis_iface, seed_rows, tmp_path):
    from csiap_planner.plugin.problems_dock import ProblemsDock
    from csiap_planner.plugin.project_layers import workspace_layers
    from qgis.core import QgsProject

    photo = os.path.join(os.path.dirname(project), "foto_genangan.png")
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2c7bb6"))
    image.save(photo)
    seed_rows(project, "meetings", [{"uuid": "m1", "kind": "rembuk_rt", "title": "Rembuk RT 002 I",
                                     "meeting_date": "2026-09-20"}])
    rows = [("001", "001", "genangan", "rainy"), ("001", "002", "genangan", "rainy"), ("001", "002", "babs", "dry"),
            ("002", "001", "solid_waste", None), ("002", "001", "genangan", "dry")]
    seed_rows(project, "problems", [
        {"uuid": "p{}".format(n), "rw": rw, "rt": rt, "category": c, "season": s, "meeting_uuid": "m1",
         "description": "masalah {}".format(n), "photo": "foto_genangan.png" if n == 1 else None,
         "geometry": Point(X0 + 20 + 90 * n, Y0 + 50)} for n, (rw, rt, c, s) in enumerate(rows)])
    QgsProject.instance().read(project[:-len(".gpkg")] + ".qgz")   # reload with the seeded rows
    dock = ProblemsDock(qgis_iface)
    dock.set_layers(workspace_layers())
    frame = pandas.DataFrame(rows, columns=["rw", "rt", "category", "season"])
    tops = {dock.tree.topLevelItem(i).text(0): int(dock.tree.topLevelItem(i).text(1))
            for i in range(dock.tree.topLevelItemCount())}
    assert tops == {"RW " + k: v for k, v in frame.groupby("rw").size().items()}
    rw1 = dock.tree.topLevelItem(0)
    assert {rw1.child(i).text(0): int(rw1.child(i).text(1)) for i in range(rw1.childCount())} == {
        "RT 001": 1, "RT 002": 2}
    # Category × season table: genangan in the rainy season twice.
    categories = [dock.table.verticalHeaderItem(r).text() for r in range(dock.table.rowCount())]
    genangan = categories.index("Genangan air") if "Genangan air" in categories else categories.index("Standing water")
    assert dock.table.item(genangan, 0).text() == "2" and dock.table.item(genangan, 1).text() == "1"
    dock.season_combo.setCurrentIndex(dock.season_combo.findData("dry"))
    assert sum(int(dock.tree.topLevelItem(i).text(1)) for i in range(dock.tree.topLevelItemCount())) == 2
    dock.season_combo.setCurrentIndex(0)   # the tree is rebuilt
    leaf = dock.tree.topLevelItem(0).child(1).child(0)   # RW 001 / RT 002, the first problem: p1, with a photo
    dock._clicked(leaf)
    assert "Rembuk RT 002 I" in dock.detail.text() and "20 Sep 2026" in dock.detail.text()   # as people write dates
    assert not dock.photo.pixmap().isNull()
    assert dock.photo_path("foto_genangan.png") == photo   # relative to the project
    extent, point = qgis_iface.mapCanvas().extent(), layer_point(dock, leaf)
    assert extent.contains(point), (extent.toString(), point)
    dock.deleteLater()


def layer_point(dock, item):
    from qgis.core import QgsCoordinateTransform, QgsProject

    layer = dock.layers["problems"]
    point = layer.getFeature(item.data(0, 0x0100)).geometry().asPoint()
    canvas_crs = dock.iface.mapCanvas().mapSettings().destinationCrs()
    return QgsCoordinateTransform(layer.crs(), canvas_crs, QgsProject.instance()).transform(point)


def test_household_form_tabs_and_conditional_questions(project):
    from csiap_planner.core import schema
    from csiap_planner.plugin.project_layers import workspace_layers
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsFeature

    layer = workspace_layers()["households"]
    config = layer.editFormConfig()
    tabs = config.tabs()
    assert [t.name() for t in tabs][:4] == [label.id for label, _fields in schema.FORM_TABS["households"]]
    toilet_tab = tabs[1]
    groups = {child.name(): child for child in toilet_tab.children() if hasattr(child, "visibilityExpression")}
    containment = groups[schema.layer("households").field("containment").alias.id]
    expression = QgsExpression(containment.visibilityExpression().data())

    def visible(**values):
        feature = QgsFeature(layer.fields())
        feature.setValid(True)
        for name, value in values.items():
            feature[name] = value
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        return bool(expression.evaluate(context))

    assert not visible(toilet_access="none") and visible(toilet_access="own") and visible()
    # The photo is stored relative to the project, so the workspace folder can be copied to a tablet.
    setup = layer.editorWidgetSetup(layer.fields().indexOf("photo"))
    assert setup.type() == "ExternalResource" and setup.config()["RelativeStorage"] == 1
    assert all(layer.editorWidgetSetup(i).type() in schema.FIELD_APP_WIDGETS for i in range(layer.fields().count()))


def armed_dock(qgis_iface, layers, key="own_septic"):
    from csiap_planner.plugin.social_map_dock import SocialMapDock
    from qgis.core import QgsRectangle

    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 200)
    canvas.setDestinationCrs(layers["households"].crs())
    canvas.setExtent(QgsRectangle(X0 - 10, Y0 - 10, X0 + 410, Y0 + 110))
    dock = SocialMapDock(qgis_iface)
    dock.set_layers(layers)
    dock.arm("households", key)
    return dock


def close_form_with(button_role):
    """Press OK or Cancel on the modal form as soon as it opens (as a user would)."""
    from qgis.gui import QgsAttributeDialog
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox

    seen = []

    def press():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, press)
            return
        # The plugin's form is a QgsAttributeDialog that shows empty fields blank (workspace.forms).
        seen.append("QgsAttributeDialog" if isinstance(dialog, QgsAttributeDialog) else type(dialog).__name__)
        box = dialog.findChild(QDialogButtonBox)
        box.button(button_role).click()

    QTimer.singleShot(0, press)
    return seen


def test_cancel_on_the_new_household_form_takes_it_out(project, qgis_iface):
    """Cancel on the form of a household just drawn: it leaves the edit buffer (and is never
    saved later); OK keeps it, with the survey date of the rembuk (today)."""
    import datetime

    from csiap_planner.plugin.project_layers import workspace_layers
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    layers = workspace_layers()
    households = layers["households"]
    dock = armed_dock(qgis_iface, layers)
    assert dock.show_forms
    seen = close_form_with(QDialogButtonBox.StandardButton.Cancel)
    assert dock.add_at(QgsPointXY(X0 + 30, Y0 + 50)) is None
    assert seen == ["QgsAttributeDialog"]
    assert households.featureCount() == 0 and not households.editBuffer().addedFeatures()
    seen = close_form_with(QDialogButtonBox.StandardButton.Ok)
    fid = dock.add_at(QgsPointXY(X0 + 60, Y0 + 50))
    assert fid is not None and seen == ["QgsAttributeDialog"] and households.featureCount() == 1
    assert households.commitChanges()
    stored = geopandas.read_file(project, layer="households")
    assert len(stored) == 1 and (stored.rw[0], stored.rt[0]) == ("001", "001")
    assert str(stored.survey_date[0])[:10] == datetime.date.today().isoformat()
    dock.deleteLater()


def test_a_click_outside_every_rt_asks_before_adding(project, qgis_iface, monkeypatch):
    from csiap_planner.plugin.project_layers import workspace_layers
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtWidgets import QMessageBox

    asked = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or answers.pop(0))
    layers = workspace_layers()
    dock = armed_dock(qgis_iface, layers)
    dock.show_forms = False
    assert dock.add_at(QgsPointXY(X0 + 50, Y0 + 50)) is not None and asked == []   # inside: no question
    assert dock.add_at(QgsPointXY(X0 + 50, Y0 + 500)) is None                         # outside, "No"
    assert len(asked) == 1 and "RT" in asked[0] and layers["households"].featureCount() == 1
    assert dock.armed_label.text() in ("Not added: the point is outside every RT of the workspace.",
                                       "Tidak ditambahkan: titik ini di luar semua RT workspace.")
    fid = dock.add_at(QgsPointXY(X0 + 50, Y0 + 500))                                  # outside, "Yes"
    assert fid is not None and len(asked) == 2
    from csiap_planner.workspace.fields import plain

    added = layers["households"].getFeature(fid)
    assert (plain(added["rw"]), plain(added["rt"])) == (None, None)
    dock.deleteLater()


def test_counts_open_on_the_first_rw_with_data(project, qgis_iface, seed_rows):
    from csiap_planner.plugin.project_layers import workspace_layers
    from csiap_planner.plugin.social_map_dock import SocialMapDock
    from qgis.core import QgsProject

    seed_rows(project, "households", [{"uuid": "h1", "rw": "002", "rt": "001", "geometry": Point(X0 + 250, Y0 + 50)}])
    QgsProject.instance().read(project[:-len(".gpkg")] + ".qgz")
    dock = SocialMapDock(None)
    dock.set_layers(workspace_layers())
    assert dock.rw_combo.currentData() == "002"
    assert dock.counts.item(0, 1).text() == "1"
    dock.deleteLater()


def test_a_filter_with_no_match_says_so(project, qgis_iface, seed_rows):
    from csiap_planner.plugin.problems_dock import ProblemsDock
    from csiap_planner.plugin.project_layers import workspace_layers
    from qgis.core import QgsProject

    seed_rows(project, "problems", [{"uuid": "p1", "rw": "001", "rt": "001", "category": "genangan",
                                     "season": "rainy", "geometry": Point(X0 + 20, Y0 + 50)}])
    QgsProject.instance().read(project[:-len(".gpkg")] + ".qgz")
    dock = ProblemsDock(qgis_iface)
    dock.set_layers(workspace_layers())
    assert dock.empty.isHidden()
    dock.season_combo.setCurrentIndex(dock.season_combo.findData("dry"))
    assert dock.tree.topLevelItemCount() == 0 and not dock.empty.isHidden()
    assert dock.empty.text() in ("No problem matches the chosen category and season.",
                                 "Tidak ada masalah yang sesuai dengan kategori dan musim yang dipilih.")
    dock.deleteLater()


def test_a_click_on_a_problem_zooms_without_touching_the_selection(project, qgis_iface, seed_rows):
    """Issue 15 item 12: zooming to a problem no longer selects and unselects it (which left
    "0 features selected" in QGIS's status bar and cleared the user's own selection)."""
    from csiap_planner.plugin.problems_dock import ProblemsDock
    from csiap_planner.plugin.project_layers import workspace_layers
    from qgis.core import QgsProject

    seed_rows(project, "problems", [{"uuid": "p{}".format(n), "rw": "001", "rt": "001", "category": "genangan",
                                     "geometry": Point(X0 + 20 + 30 * n, Y0 + 50)} for n in range(2)])
    QgsProject.instance().read(project[:-len(".gpkg")] + ".qgz")
    layers = workspace_layers()
    problems = layers["problems"]
    mine = next(problems.getFeatures()).id()
    problems.selectByIds([mine])
    changes = []
    problems.selectionChanged.connect(lambda *args: changes.append(args))
    dock = ProblemsDock(qgis_iface)
    dock.set_layers(layers)
    dock._clicked(dock.tree.topLevelItem(0).child(0).child(1))
    assert changes == [] and problems.selectedFeatureIds() == [mine]
    dock.deleteLater()


def test_the_palette_shows_every_entry_of_each_page(qgis_app):
    """Issue 15 item 11: with the toolbox open on any page, every entry shows without scrolling."""
    from csiap_planner.plugin.social_map_dock import SocialMapDock
    from qgis.PyQt.QtWidgets import QApplication

    dock = SocialMapDock(None)
    dock.resize(380, 700)
    dock.show()
    try:
        for index, widget in enumerate(dock.lists.values()):
            dock.toolbox.setCurrentIndex(index)
            QApplication.processEvents()
            height = widget.viewport().height()
            hidden = [widget.item(row).text() for row in range(widget.count())
                      if widget.visualItemRect(widget.item(row)).bottom() >= height]
            assert widget.count() > 0 and hidden == [], (index, hidden)
    finally:
        dock.deleteLater()
