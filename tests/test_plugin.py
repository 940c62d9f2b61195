"""The plugin class inside a QGIS session (pytest-qgis's iface): menu,
toolbar and provider come and go with initGui and unload."""

import importlib

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
        docks = ["Peta Sosial", "Masalah Sanitasi", "Matrik Skoring", "Tahapan PP"]
        assert [a.text() for a in plugin.actions] == ["Create workspace…", "Open workspace…"] + docks + [
            "Export the CSIAP annex…"] or [a.text() for a in plugin.actions] == [
            "Buat workspace…", "Buka workspace…"] + docks + ["Ekspor lampiran CSIAP…"]
        # Every action but "Open workspace…" has its icon on the toolbar (a missing SVG gives a null icon).
        assert [not a.icon().isNull() for a in plugin.actions] == [True, False, True, True, True, True, True]
        assert len(plugin.toolbar.actions()) == 6
        shown = [plugin.show_social_map_dock(), plugin.show_problems_dock(), plugin.show_scoring_dock(),
                 plugin.show_process_dock()]
        assert [d.objectName() for d in shown] == ["CsiapSocialMapDock", "CsiapProblemsDock", "CsiapScoringDock",
                                                   "CsiapProcessDock"]
        plugin.unload()
        assert registry.providerById("csiap") is None
        assert plugin.actions == [] and plugin.toolbar is None
        assert (plugin.social_map_dock, plugin.problems_dock, plugin.scoring_dock, plugin.process_dock) == \
            (None, None, None, None)


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
