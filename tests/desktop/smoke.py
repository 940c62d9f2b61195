"""Run by `qgis --code` once QGIS Desktop has started: report the plugin's
state, open its Processing dialog, save a screenshot, then quit."""

import json
import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QToolBar
from qgis.utils import active_plugins, iface, plugins

REPORT = os.environ["CSIAP_SMOKE_REPORT"]
SCREENSHOT = os.environ["CSIAP_SMOKE_SCREENSHOT"]


def open_scoring_dock():
    """Open the workspace's project and the scoring dock on it, as a facilitator would."""
    from qgis.core import QgsProject

    project = os.environ.get("CSIAP_SMOKE_PROJECT")
    if project:
        QgsProject.instance().read(project)
    dock = plugins["csiap_planner"].show_scoring_dock()
    return {"dock_visible": dock.isVisible(), "dock_locations": dock.location_combo.count(),
            "dock_ranked": len(dock.ranking)}


def finish():
    window = iface.mainWindow()
    docks = open_scoring_dock()
    menu_titles = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            for sub in action.menu().actions():
                if sub.menu() is not None:
                    menu_titles.append(sub.text())
    window.grab().save(SCREENSHOT)
    report = {
        "active": "csiap_planner" in active_plugins,
        "loaded": "csiap_planner" in plugins,
        "provider": QgsApplication.processingRegistry().providerById("csiap") is not None,
        "algorithms": [a.id() for a in QgsApplication.processingRegistry().providerById("csiap").algorithms()]
        if QgsApplication.processingRegistry().providerById("csiap") else [],
        "toolbar": any(t.objectName() == "CsiapPlannerToolbar" for t in window.findChildren(QToolBar)),
        "menus": menu_titles,
        **docks,
    }
    # Unload and load again: a running QGIS must be able to reload the plugin.
    from qgis.utils import loadPlugin, startPlugin, unloadPlugin

    report["unloaded"] = unloadPlugin("csiap_planner")
    report["provider_after_unload"] = QgsApplication.processingRegistry().providerById("csiap") is not None
    report["reloaded"] = loadPlugin("csiap_planner") and startPlugin("csiap_planner")
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    QTimer.singleShot(500, QgsApplication.instance().quit)


QTimer.singleShot(3000, finish)
