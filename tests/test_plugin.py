"""The plugin class inside a QGIS session (pytest-qgis's iface): menu,
toolbar and provider come and go with initGui and unload."""

import importlib
import os

from qgis.core import QgsApplication


def test_init_gui_and_unload_leave_nothing_behind(qgis_iface, qgis_app):
    plugin_module = importlib.import_module("csiap_planner")
    registry = QgsApplication.processingRegistry()
    if registry.providerById("csiap") is not None:  # registered by another test's fixture
        registry.removeProvider(registry.providerById("csiap"))
    for _round in range(2):  # reloading in a running QGIS works
        plugin = plugin_module.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("csiap") is not None
        assert registry.algorithmById("csiap:createworkspace") is not None
        docks = ["Peta Sosial", "Masalah Sanitasi", "Matrik Skoring", "Tahapan PP", "Rencana Aksi"]
        assert [a.text() for a in plugin.actions] == ["Create workspace…", "Open workspace…"] + docks + [
            "Export the CSIAP annex…", "Konflik Lapangan"] or [a.text() for a in plugin.actions] == [
            "Buat workspace…", "Buka workspace…"] + docks + ["Ekspor lampiran CSIAP…", "Konflik Lapangan"]
        # Every action but "Open workspace…" and the merge conflicts (menu only) has its icon on the toolbar
        # (a missing SVG gives a null icon).
        assert [not a.icon().isNull() for a in plugin.actions] == [True, False, True, True, True, True, True, True,
                                                                   False]
        assert len(plugin.toolbar.actions()) == 7
        shown = [plugin.show_social_map_dock(), plugin.show_problems_dock(), plugin.show_scoring_dock(),
                 plugin.show_process_dock(), plugin.show_action_plan_dock(), plugin.show_conflicts_dock()]
        assert [d.objectName() for d in shown] == ["CsiapSocialMapDock", "CsiapProblemsDock", "CsiapScoringDock",
                                                   "CsiapProcessDock", "CsiapActionPlanDock", "CsiapConflictsDock"]
        plugin.unload()
        assert registry.providerById("csiap") is None
        assert plugin.actions == [] and plugin.toolbar is None
        assert (plugin.social_map_dock, plugin.problems_dock, plugin.scoring_dock, plugin.process_dock,
                plugin.action_plan_dock, plugin.conflicts_dock) == (None, None, None, None, None, None)


def test_processing_only_init(qgis_app):
    """qgis_process calls initProcessing without initGui."""
    plugin = importlib.import_module("csiap_planner").classFactory(None)
    registry = QgsApplication.processingRegistry()
    already = registry.providerById("csiap")
    if already is not None:
        registry.removeProvider(already)
    plugin.initProcessing()
    plugin.initProcessing()  # twice: still one provider
    assert registry.providerById("csiap") is plugin.provider
    plugin.unload()
    assert registry.providerById("csiap") is None


def test_open_workspace_refuses_a_plain_geopackage(qgis_iface, sample_path, monkeypatch):
    from qgis.PyQt.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    plugin = importlib.import_module("csiap_planner").classFactory(qgis_iface)
    assert plugin.open_workspace(sample_path) is False
    assert shown and "schema_version" in shown[0]


def test_docks_follow_the_project_new_another_and_the_same_reopened(qgis_iface, qgis_app, workspace_copy,
                                                                    tmp_path):
    """Issue 15 items 3, 4, 8: after Project › New, another project opened, or the same one
    reopened, every dock drops the old layers and workspace (no "wrapped C/C++ object has been
    deleted") and reads the new one; with none, each says how to get one."""
    import shutil

    from csiap_planner.plugin.project_layers import workspace_layers
    from csiap_planner.workspace.project import read_rows
    from qgis.core import QgsProject

    other = tmp_path / "other" / os.path.basename(workspace_copy)
    other.parent.mkdir()
    shutil.copy(workspace_copy, other)
    shutil.copy(workspace_copy[:-len(".gpkg")] + ".qgz", str(other)[:-len(".gpkg")] + ".qgz")
    registry = QgsApplication.processingRegistry()
    if registry.providerById("csiap") is not None:  # registered by another test's fixture
        registry.removeProvider(registry.providerById("csiap"))
    plugin = importlib.import_module("csiap_planner").classFactory(qgis_iface)
    plugin.initGui()
    project = QgsProject.instance()
    try:
        assert project.read(workspace_copy[:-len(".gpkg")] + ".qgz")
        docks = [plugin.show_social_map_dock(), plugin.show_problems_dock(), plugin.show_process_dock(),
                 plugin.show_scoring_dock()]
        social, problems, process, scoring = docks
        first = workspace_layers()
        assert social.layers["households"] is first["households"] and process.workspace == workspace_copy
        for step in ("new", "another", "same", "same"):
            if step == "new":
                project.clear()
                assert social.layers == {} and problems.layers == {} and process.workspace is None
                assert scoring.workspace is None
                assert all(not d.banner.isHidden() for d in (social, problems, process))
                # Clicking around with no workspace: messages, no error.
                for show in (plugin.show_social_map_dock, plugin.show_problems_dock, plugin.show_process_dock,
                             plugin.show_scoring_dock):
                    show()
                process.save_calendar()
                assert "workspace" in process.status.text()
                continue
            path = str(other) if step == "another" else workspace_copy
            assert project.read(path[:-len(".gpkg")] + ".qgz")
            layers = workspace_layers()
            assert social.layers["households"] is layers["households"]
            assert problems.layers["problems"] is layers["problems"]
            assert process.workspace == path and process.meetings_layer is layers["meetings"]
            assert scoring.workspace == path
            assert all(d.banner.isHidden() for d in (social, problems, process))
            # The docks still work on the new layers (the old ones are gone).
            for show in (plugin.show_social_map_dock, plugin.show_problems_dock, plugin.show_process_dock,
                         plugin.show_scoring_dock):
                show()
            social.rw_combo.setCurrentIndex(social.rw_combo.count() - 1)
            layers["households"].startEditing()
            layers["households"].rollBack()
            process.save_institutions()
        # The process dock wrote to the workspace of the open project only.
        assert read_rows(str(other), "institutions") == [] and read_rows(workspace_copy, "institutions") == []
    finally:
        plugin.unload()
        project.clear()


def test_the_menu_export_writes_beside_the_workspace_and_offers_to_open_the_pdf(qgis_iface, qgis_app, workspace_copy,
                                                                               tmp_path, monkeypatch):
    """Issue 15 item 14: the dialog opens on a dated folder beside the workspace (not QGIS's
    temporary folder, deleted at exit), in the workspace's language; once it is done the
    PDF or the folder can be opened."""
    import datetime

    from csiap_planner.plugin import main
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QTimer
    from qgis.PyQt.QtGui import QDesktopServices
    from qgis.PyQt.QtWidgets import QApplication, QMessageBox

    import processing

    today = datetime.date.today().isoformat()
    assert main.annex_folder("/data/pp/pondok_pinang.gpkg") == os.path.join("/data/pp", "lampiran", today)
    shown, opened = [], []

    def dialog(algorithm, parameters):   # the user presses Run; the export writes its document
        shown.append((algorithm, dict(parameters)))
        os.makedirs(parameters["OUTPUT_FOLDER"])
        open(os.path.join(parameters["OUTPUT_FOLDER"], "lampiran_csiap.pdf"), "wb").close()
        return {"OUTPUT_FOLDER": parameters["OUTPUT_FOLDER"], "FILES": 1}

    monkeypatch.setattr(processing, "execAlgorithmDialog", dialog)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    registry = QgsApplication.processingRegistry()
    if registry.providerById("csiap") is not None:
        registry.removeProvider(registry.providerById("csiap"))
    plugin = importlib.import_module("csiap_planner").classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert QgsProject.instance().read(workspace_copy[:-len(".gpkg")] + ".qgz")

        def press(text):
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, lambda: press(text))
                return
            next(b for b in box.buttons() if b.text() in text).click()

        QTimer.singleShot(0, lambda: press(("Open the PDF", "Buka PDF")))
        chosen = plugin.export_annex()
        folder = os.path.join(os.path.dirname(workspace_copy), "lampiran", today)
        assert shown == [("csiap:exportannex", {"WORKSPACE": workspace_copy, "OUTPUT_FOLDER": folder,
                                                "LANGUAGE": 0})]   # the sample workspace is Indonesian
        assert chosen == opened[0] == os.path.join(folder, "lampiran_csiap.pdf")
        QTimer.singleShot(0, lambda: press(("Open the folder", "Buka folder")))
        assert plugin.offer_to_open_annex(folder) == folder and opened[1] == folder
    finally:
        plugin.unload()
        QgsProject.instance().clear()
