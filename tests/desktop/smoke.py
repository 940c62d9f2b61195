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


def open_docks():
    """Open the workspace's project and every dock on it, as a facilitator would;
    a screenshot of each dock beside the screenshot of the whole window."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QApplication

    project = os.environ.get("CSIAP_SMOKE_PROJECT")
    if project:
        QgsProject.instance().read(project)
    plugin = plugins["csiap_planner"]
    state = {}
    for name, show in (("social_map", plugin.show_social_map_dock), ("problems", plugin.show_problems_dock),
                       ("scoring", plugin.show_scoring_dock), ("process", plugin.show_process_dock)):
        dock = show()
        dock.raise_()
        QApplication.processEvents()
        iface.mapCanvas().waitWhileRendering()
        iface.mainWindow().grab().save(SCREENSHOT.replace(".png", "_{}.png".format(name)))
        state[name + "_visible"] = dock.isVisible()
    scoring = plugin.scoring_dock
    state.update({"dock_locations": scoring.location_combo.count(), "dock_ranked": len(scoring.ranking),
                  "problems_listed": plugin.problems_dock.tree.topLevelItemCount(),
                  "social_map_rw": plugin.social_map_dock.rw_combo.count(),
                  "process_institutions": plugin.process_dock.institutions.rowCount()})
    return state


def finish():
    window = iface.mainWindow()
    docks = open_docks()
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
