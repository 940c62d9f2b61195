"""Run by `qgis --code` once QGIS Desktop has started (maximised by the window
manager on a laptop-sized screen): report the plugin's state; open the first
project and every dock, check that every button and field of each lies on the
screen, and save a screenshot of each; close the project, open another, click
every dock and action again; unload and reload the plugin; clear the project
(QGIS 3.40 crashes quitting with one open) and quit."""

import json
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QPoint, QRect, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QToolBar,
    QToolBox,
)
from qgis.utils import active_plugins, iface, plugins

REPORT = os.environ["CSIAP_SMOKE_REPORT"]
SHOTS = os.environ["CSIAP_SMOKE_SHOTS"]
DOCKS = ("social_map", "problems", "scoring", "process", "action_plan", "conflicts")
CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
report = {"modal": [], "errors": []}


def step(text):
    """Where the run is (read when QGIS hangs or crashes)."""
    with open(REPORT + ".steps", "a", encoding="utf-8") as handle:
        handle.write(text + "\n")
    print("STEP", text, file=sys.stderr, flush=True)


def settle():
    for _round in range(3):
        QApplication.processEvents()
    iface.mapCanvas().waitWhileRendering()


def close_modal_dialogs():
    """A dialog an action or a click opened (a form, a question, the toolbox dialog) is
    closed as a user pressing Cancel would, so that the run goes on."""
    widget = QApplication.activeModalWidget()
    if widget is None:
        # Processing shows its dialog before exec(): Qt does not count it as modal then.
        widget = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
    if widget is not None:
        step("closing " + type(widget).__name__ + ": " + widget.windowTitle())
        report["modal"].append(type(widget).__name__ + ": " + widget.windowTitle())
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


def screen_rect():
    return QApplication.primaryScreen().geometry()


def global_rect(widget):
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def scroller(widget):
    """The scroll area ``widget`` sits in (the user scrolls to it), or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return None


def off_screen(dock):
    """Every visible control of ``dock`` that lies (partly) off the screen, or is too small to use."""
    screen = screen_rect()
    bad = []
    for widget in dock.findChildren(CONTROLS):
        if not widget.isVisible() or isinstance(widget.parentWidget(), (QAbstractSpinBox, QAbstractItemView)):
            continue
        area = scroller(widget)
        shown = global_rect(area.viewport()) if area is not None else global_rect(widget)
        name = "{} '{}'".format(type(widget).__name__, widget.text() if hasattr(widget, "text") and callable(
            widget.text) else widget.objectName())
        if not screen.contains(shown):
            bad.append("{} at {}".format(name, shown.getRect()))
        elif isinstance(widget, QAbstractItemView) and widget.height() < 60:
            bad.append("{} only {} px tall".format(name, widget.height()))
        elif isinstance(widget, QListWidget):   # the palette: every entry shown, no scrolling down
            height = widget.viewport().height()
            bad += ["{}: entry '{}' hidden".format(name, widget.item(row).text()) for row in range(widget.count())
                    if widget.visualItemRect(widget.item(row)).bottom() >= height]
    return bad


def pages(dock):
    """Show each tab and each toolbox page of ``dock`` in turn (a generator)."""
    tabs = dock.findChildren(QTabWidget)
    boxes = dock.findChildren(QToolBox)
    if not tabs and not boxes:
        yield ""
    for tab in tabs:
        for index in range(tab.count()):
            tab.setCurrentIndex(index)
            settle()
            yield tab.tabText(index)
    for box in boxes:
        for index in range(box.count()):
            box.setCurrentIndex(index)
            settle()
            yield box.itemText(index)


def readable(label):
    """Whether the whole of a wrapped label can be read: all of it shown, or all of it inside
    a scroll area that scrolls down to its last line (as tests/test_scoring_dock_explanation.py)."""
    needed = label.heightForWidth(label.width())
    if label.visibleRegion().boundingRect().height() >= needed:
        return True
    area = scroller(label)
    if area is None or label.height() < needed:
        return False
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    at_the_end = label.mapTo(area.viewport(), label.rect().bottomLeft()).y() <= area.viewport().height()
    bar.setValue(0)   # back to its start, for the screenshot
    return at_the_end


def longest_sentence(dock):
    """Matrik Skoring on the location whose explaining sentence is longest: can it be read whole?"""
    combo, label = dock.location_combo, dock.explanation_label
    first, longest = combo.currentIndex(), (-1, 0)
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        if len(label.text()) > longest[1]:
            longest = (index, len(label.text()))
    combo.setCurrentIndex(longest[0])
    settle()
    found = {"text": label.text(), "width": label.width(), "height": label.height(),
             "needed": label.heightForWidth(label.width()), "readable": readable(label)}
    combo.setCurrentIndex(first)
    settle()
    return found


def check_docks(plugin):
    """Every dock on the first project: on the screen, and its screenshot."""
    window = iface.mainWindow()
    state = {"screen": screen_rect().getRect(), "window": window.frameGeometry().getRect(),
             "maximised": window.isMaximized(), "off_screen": {}}
    widest = ["", [0, 0], None]   # the page that asked the window for the most room
    for name in DOCKS:
        step("check " + name)
        dock = getattr(plugin, "show_{}_dock".format(name))()
        dock.raise_()
        settle()
        state[name + "_visible"] = dock.isVisible()
        problems = []
        for page in pages(dock):
            problems += ["{}: {}".format(page, p) if page else p for p in off_screen(dock)]
            hint = window.minimumSizeHint()
            if hint.width() > widest[1][0] or hint.height() > widest[1][1]:
                widest = ["{} {}".format(name, page), [hint.width(), hint.height()],
                          window.geometry().getRect()]
        state["off_screen"][name] = problems
        for box in dock.findChildren(QToolBox) + dock.findChildren(QTabWidget):
            box.setCurrentIndex(0)
        settle()
        if name == "scoring":
            state["scoring_sentence"] = longest_sentence(dock)
        window.grab().save(os.path.join(SHOTS, "dock_{}.png".format(name)))
    # The window manager's frame is its own (openbox may draw a 1 px border even when
    # maximised); what the plugin controls is the window's inside and the room it asks for.
    state["window_after"] = window.geometry().getRect()
    state["frame_after"] = window.frameGeometry().getRect()
    hint = window.minimumSizeHint()
    state["minimum_size"] = {"window": [hint.width(), hint.height()], "widest page": widest}
    state["minimum_size"].update({d.objectName(): [d.minimumSizeHint().width(), d.minimumSizeHint().height()]
                                  for d in window.findChildren(QDockWidget) if d.isVisible()})
    scoring = plugin.scoring_dock
    state.update({"dock_locations": scoring.location_combo.count(), "dock_ranked": len(scoring.ranking),
                  "problems_listed": plugin.problems_dock.tree.topLevelItemCount(),
                  "social_map_rw": plugin.social_map_dock.rw_combo.count(),
                  "process_institutions": plugin.process_dock.institutions.rowCount(),
                  "action_plan_rows": plugin.action_plan_dock.table.rowCount()})
    return state


def click_everything(plugin):
    """The second project: every dock shown, every button clicked, a feature drawn (its form
    cancelled), every action of the plugin triggered; returns what the docks read."""
    for name in DOCKS:
        dock = getattr(plugin, "show_{}_dock".format(name))()
        settle()
        for page in pages(dock):
            for button in dock.findChildren(QPushButton):
                if button.isVisible() and button.isEnabled():
                    step("click {} {} {}".format(name, page, button.text()))
                    button.click()

                    settle()
            for combo in dock.findChildren(QComboBox):
                if combo.isVisible() and combo.isEnabled() and combo.count() > 1:
                    combo.setCurrentIndex(combo.count() - 1)
                    settle()
    social = plugin.social_map_dock
    social.arm("households", "own_septic")
    canvas = iface.mapCanvas()
    drawn = social.add_at(canvas.extent().center())   # its form opens, and is cancelled
    for action in plugin.actions:
        step("action " + action.text())
        action.trigger()
        settle()
    return {"second_drawn": drawn, "second_process_workspace": plugin.process_dock.workspace,
            "second_scoring_workspace": plugin.scoring_dock.workspace,
            "second_action_plan_workspace": plugin.action_plan_dock.workspace,
            "second_action_plan_rows": plugin.action_plan_dock.table.rowCount(),
            "second_problems_listed": plugin.problems_dock.tree.topLevelItemCount()}


def kelurahan_in_view():
    """Whether the map opens on the whole kelurahan (its outline inside the canvas extent)."""
    layer = next((candidate for candidate in QgsProject.instance().mapLayers().values()
                  if candidate.source().endswith("layername=kelurahan")), None)
    if layer is None:
        return None
    extent = QgsRectangle(iface.mapCanvas().extent())
    outline = layer.extent()
    return {"canvas": extent.toString(0), "kelurahan": outline.toString(0), "contains": extent.contains(outline)}


def finish():
    closer = QTimer()
    closer.timeout.connect(close_modal_dialogs)
    closer.start(300)
    window = iface.mainWindow()
    try:
        plugin = plugins["csiap_planner"]
        QgsProject.instance().read(os.environ["CSIAP_SMOKE_PROJECT"])
        settle()
        report["extent"] = kelurahan_in_view()
        report.update(check_docks(plugin))
        report["extent_with_docks"] = kelurahan_in_view()
        window.grab().save(os.path.join(SHOTS, "desktop.png"))
        step("clear")
        QgsProject.instance().clear()
        settle()
        report["cleared_layers"] = len(plugin.social_map_dock.layers)
        step("read the other project")
        QgsProject.instance().read(os.environ["CSIAP_SMOKE_OTHER"])
        settle()
        step("read")
        report.update(click_everything(plugin))
    except Exception:   # noqa: BLE001 - reported, and the test fails on it
        report["errors"].append(traceback.format_exc())
    menu_titles = []
    for action in window.menuBar().actions():
        if action.menu() is not None:
            for sub in action.menu().actions():
                if sub.menu() is not None:
                    menu_titles.append(sub.text())
    registry = QgsApplication.processingRegistry()
    report.update({
        "active": "csiap_planner" in active_plugins,
        "loaded": "csiap_planner" in plugins,
        "provider": registry.providerById("csiap") is not None,
        "algorithms": [a.id() for a in registry.providerById("csiap").algorithms()]
        if registry.providerById("csiap") else [],
        "toolbar": any(t.objectName() == "CsiapPlannerToolbar" for t in window.findChildren(QToolBar)),
        "menus": menu_titles,
    })
    # Unload and load again: a running QGIS must be able to reload the plugin.
    from qgis.utils import loadPlugin, startPlugin, unloadPlugin

    report["unloaded"] = unloadPlugin("csiap_planner")
    report["provider_after_unload"] = registry.providerById("csiap") is not None
    report["reloaded"] = loadPlugin("csiap_planner") and startPlugin("csiap_planner")
    closer.stop()
    with open(REPORT, "w", encoding="utf-8") as handle:
        json.dump(report, handle)
    # QGIS 3.40 segfaults when it quits with a project open (a QGIS bug): clear it first.
    QgsProject.instance().clear()
    QTimer.singleShot(500, QgsApplication.instance().quit)


def start():
    iface.mainWindow().showMaximized()
    QTimer.singleShot(1500, finish)


QTimer.singleShot(2000, start)
