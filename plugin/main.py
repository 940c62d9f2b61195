"""The plugin class QGIS loads: menu, toolbar and the Processing provider."""

import datetime
import os
import re

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QMessageBox, QPushButton, QScrollArea

from ..compat import QAction
from ..core import schema
from ..i18n import tr
from ..processing.base import workspace_signals
from ..processing.provider import ICON, CsiapProvider

# The docks and the workspace modules are imported where they are used: qgis_process makes
# this class at every start only to call initProcessing (see processing/provider.py).

MENU = "CSIAP Planner"


def icon(name):
    """The path of one of the plugin's toolbar icons (plugin/icons/<name>.svg)."""
    return os.path.join(os.path.dirname(__file__), "icons", name + ".svg")


ANNEX_DOCUMENT = "lampiran_csiap.pdf"


def annex_folder(workspace, day=None):
    """Where the menu's export writes by default: beside the workspace GeoPackage,
    lampiran/YYYY-MM-DD; for a PostGIS workspace (no folder of its own), in the
    user's home folder, CSIAP/<schema>/lampiran/YYYY-MM-DD."""
    from ..workspace.storage import is_postgis

    day = (day or datetime.date.today()).isoformat()
    if is_postgis(workspace):
        found = re.search(r"schema=['\"]?([^'\"\s&|]+)", workspace)
        name = found.group(1) if found else "postgis"
        return os.path.join(os.path.expanduser("~"), "CSIAP", name, "lampiran", day)
    return os.path.join(os.path.dirname(workspace), "lampiran", day)


def project_exists(project_path):
    """Whether a project is there: a .qgz file, or a project kept in a database
    (QGIS's project storage, ``postgresql://…?project=…``)."""
    if not project_path:
        return False
    if os.path.exists(project_path):
        return True
    storage = QgsApplication.projectStorageRegistry().projectStorageFromUri(project_path)
    return storage is not None and storage.readProjectStorageMetadata(project_path)[0]


def scrollable(dock):
    """Put the dock's body in a scroll area (unless it is one): a dock taller than a laptop's
    screen would make QGIS's maximised window outgrow it, hiding every dock's lower half."""
    body = dock.widget()
    if body is None or isinstance(body, QScrollArea):
        return
    area = QScrollArea(dock)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(body)
    dock.setWidget(area)


class CsiapPlannerPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.scoring_dock = None
        self.social_map_dock = None
        self.problems_dock = None
        self.process_dock = None
        self.action_plan_dock = None
        self.conflicts_dock = None
        self.project_workspace = None
        self.open_action = self.create_action = None

    # Called by QGIS Desktop and by qgis_process, before initGui (if any).
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            self.provider = CsiapProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(MENU)
        self.toolbar.setObjectName("CsiapPlannerToolbar")
        self.create_action = self._add_action(tr("Create workspace…"), self.create_workspace, ICON)
        self.open_action = self._add_action(tr("Open workspace…"), self.choose_and_open_workspace, None)
        self._add_action(tr("Peta Sosial"), self.show_social_map_dock, icon("social_map"))
        self._add_action(tr("Masalah Sanitasi"), self.show_problems_dock, icon("problems"))
        self._add_action(tr("Matrik Skoring"), self.show_scoring_dock, icon("scoring"))
        self._add_action(tr("Tahapan PP"), self.show_process_dock, icon("process"))
        self._add_action(tr("Rencana Aksi"), self.show_action_plan_dock, icon("action_plan"))
        self._add_action(tr("Export the CSIAP annex…"), self.export_annex, icon("annex"))
        self._add_action(tr("Konflik Lapangan"), self.show_conflicts_dock, None)
        QgsProject.instance().readProject.connect(self.offer_upgrade)
        workspace_signals.written.connect(self.workspace_written)
        from ..workspace.postgis_versions import guard_layers
        from .project_layers import ProjectWorkspace

        # A PostGIS workspace's layers send the row version they read with each save, so
        # that one planner's save never silently overwrites another's newer change.
        QgsProject.instance().layersAdded.connect(guard_layers)
        guard_layers(QgsProject.instance().mapLayers().values())

        # Every dock follows the open project's workspace through this one object.
        self.project_workspace = ProjectWorkspace()

    def _add_action(self, text, callback, icon_path):
        action = QAction(QIcon(icon_path) if icon_path else QIcon(), text, self.iface.mainWindow())
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(MENU, action)
        if icon_path:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _dock(self, attribute, make):
        dock = getattr(self, attribute)
        if dock is None:
            dock = make()
            setattr(self, attribute, dock)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            # One tab each, beside the plugin's other docks: a laptop screen is small.
            others = [d for d in (self.social_map_dock, self.problems_dock, self.scoring_dock, self.process_dock,
                                  self.action_plan_dock,
                                  self.conflicts_dock) if d is not None and d is not dock]
            if others and hasattr(self.iface.mainWindow(), "tabifyDockWidget"):
                self.iface.mainWindow().tabifyDockWidget(others[0], dock)
            scrollable(dock)
            banner = getattr(dock, "banner", None)
            if banner is not None:   # "no workspace": the buttons open or create one
                banner.set_actions(self.open_action, self.create_action)
            self.project_workspace.follow(dock)
        else:
            # Shown again: read again what may have changed behind it.
            self.project_workspace.update()
            self.project_workspace.tell(dock)
        dock.show()
        dock.raise_()
        return dock

    def show_social_map_dock(self):
        """The social map palette, on the workspace layers of the open project."""
        from .social_map_dock import SocialMapDock

        return self._dock("social_map_dock", lambda: SocialMapDock(self.iface, self.iface.mainWindow()))

    def show_problems_dock(self):
        from .problems_dock import ProblemsDock

        return self._dock("problems_dock", lambda: ProblemsDock(self.iface, self.iface.mainWindow()))

    def show_process_dock(self):
        """Stages, meetings, the Venn diagram and the seasonal calendar of the open workspace."""
        from .process_dock import ProcessDock

        return self._dock("process_dock", lambda: ProcessDock(self.iface.mainWindow()))

    def show_conflicts_dock(self):
        """The conflicts of the field-package merge, on the map, to resolve."""
        from .conflicts_dock import ConflictsDock

        return self._dock("conflicts_dock", lambda: ConflictsDock(self.iface, self.iface.mainWindow()))

    def show_scoring_dock(self):
        """Show the scoring matrix dock, on the workspace of the open project."""
        from .scoring_dock import ScoringDock

        return self._dock("scoring_dock", lambda: ScoringDock(self.iface.mainWindow()))

    def show_action_plan_dock(self):
        """The action plan of the open workspace: its rows in priority order, edited, with totals."""
        from .action_plan_dock import ActionPlanDock

        def make():
            dock = ActionPlanDock(self.iface.mainWindow())
            dock.meeting_requested.connect(self.show_meeting)
            return dock

        return self._dock("action_plan_dock", make)

    def show_meeting(self, meeting_uuid):
        """A meeting in Tahapan PP: its tab, its row chosen and its form filled. True when found."""
        process = self.show_process_dock()
        page = next((k for k in range(process.tabs.count())
                     if process.tabs.widget(k).isAncestorOf(process.meetings)), None)
        if page is not None:
            process.tabs.setCurrentIndex(page)
        row = next((k for k, m in enumerate(process.meeting_rows) if m["uuid"] == meeting_uuid), None)
        if row is None:
            return False
        process.meetings.selectRow(row)
        process.edit_meeting(meeting_uuid)
        return True

    def workspace_written(self, path):
        """An algorithm wrote to a workspace: the docks reading its file show the new
        screening, sessions and records (the map docks follow their layers, reloaded by then)."""
        from ..workspace.project import same_file

        for dock in (self.scoring_dock, self.process_dock, self.action_plan_dock, self.conflicts_dock):
            if dock is not None and dock.workspace and same_file(dock.workspace, path):
                if hasattr(dock, "workspace_written"):
                    dock.workspace_written()
                else:
                    dock.refresh()

    def unload(self):
        if self.toolbar is not None:   # initGui ran: the project signal is ours to let go
            from ..workspace.postgis_versions import guard_layers

            QgsProject.instance().readProject.disconnect(self.offer_upgrade)
            QgsProject.instance().layersAdded.disconnect(guard_layers)
            workspace_signals.written.disconnect(self.workspace_written)
        if self.project_workspace is not None:
            self.project_workspace.close()
            self.project_workspace = None
        for attribute in ("social_map_dock", "problems_dock", "scoring_dock", "process_dock", "action_plan_dock",
                          "conflicts_dock"):
            dock = getattr(self, attribute)
            if dock is not None:
                if attribute == "social_map_dock" and dock.tool is not None:
                    self.iface.mapCanvas().unsetMapTool(dock.tool)
                self.iface.removeDockWidget(dock)
                dock.deleteLater()
                setattr(self, attribute, None)
        self.social_map_dock = None
        self.problems_dock = None
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None

    def create_workspace(self):
        # Imported here: QGIS's own processing plugin is loaded by then.
        from processing import execAlgorithmDialog

        results = execAlgorithmDialog("csiap:createworkspace", {})
        if results and project_exists(results.get("PROJECT")):
            self._offer_to_open(results["PROJECT"])

    def export_annex(self):
        """The export dialog, on the open workspace, into a dated folder beside it (not a
        temporary folder QGIS deletes at exit), in the workspace's language. Processing runs
        the algorithm as a background task, so QGIS stays responsive while pages render."""
        from processing import execAlgorithmDialog

        from ..workspace.storage import workspace_language

        path = self.project_workspace.path
        parameters = {"WORKSPACE": path or ""}
        if path:
            parameters.update(OUTPUT_FOLDER=annex_folder(path),
                              LANGUAGE=schema.LANGUAGES.index(workspace_language(path)))
        results = execAlgorithmDialog("csiap:exportannex", parameters)
        if results and results.get("OUTPUT_FOLDER") and os.path.isdir(results["OUTPUT_FOLDER"]):
            return self.offer_to_open_annex(results["OUTPUT_FOLDER"])
        return None

    def offer_to_open_annex(self, folder):
        """The annex is written: open its document, or its folder? Returns what was opened."""
        document = os.path.join(folder, ANNEX_DOCUMENT)
        box = QMessageBox(QMessageBox.Icon.Information, MENU, tr("The CSIAP annex is written to {folder}.").format(
            folder=folder), QMessageBox.StandardButton.Close, self.iface.mainWindow())
        open_pdf = box.addButton(tr("Open the PDF"), QMessageBox.ButtonRole.AcceptRole) \
            if os.path.exists(document) else None
        open_folder = box.addButton(tr("Open the folder"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        chosen = {open_pdf: document, open_folder: folder}.get(box.clickedButton()) if box.clickedButton() else None
        if chosen:
            QDesktopServices.openUrl(QUrl.fromLocalFile(chosen))
        return chosen

    def _offer_to_open(self, project_path):
        answer = QMessageBox.question(
            self.iface.mainWindow(), MENU,
            tr("The workspace is ready. Open its project now?\n{path}").format(path=project_path))
        if answer == QMessageBox.StandardButton.Yes and self.may_leave_project():
            QgsProject.instance().read(project_path)

    def choose_and_open_workspace(self):
        """Ask for a workspace (a GeoPackage file, or a PostGIS schema of a saved connection), open it."""
        from .open_workspace_dialog import OpenWorkspaceDialog

        dialog = OpenWorkspaceDialog(self.iface.mainWindow())
        if dialog.exec() and dialog.reference():
            return self.open_workspace(dialog.reference())
        return False

    def open_workspace(self, path):
        """Open the project of the workspace ``path`` (a GeoPackage path or a PostGIS
        reference); a clear message if it is not one."""
        from ..workspace import WorkspaceError, open_workspace

        try:
            workspace = open_workspace(path)
        except WorkspaceError as error:
            QMessageBox.warning(self.iface.mainWindow(), MENU, str(error))
            return False
        if not project_exists(workspace.project_path):
            QMessageBox.warning(self.iface.mainWindow(), MENU, tr(
                "The workspace has no project ({path}).").format(path=workspace.project_path))
            return False
        if workspace.version < schema.SCHEMA_VERSION:
            if not self.upgrade(workspace):
                return False
        elif not self.may_leave_project():
            return False
        return QgsProject.instance().read(workspace.project_path)

    def may_leave_project(self):
        """True once the open project may be replaced; unsaved changes are saved first if the user wants."""
        project = QgsProject.instance()
        if not project.isDirty():
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self.iface.mainWindow(), MENU, tr(
            "The open project has unsaved changes. Save them before opening the workspace?"),
            buttons.Save | buttons.Discard | buttons.Cancel)
        if answer == buttons.Cancel:
            return False
        if answer == buttons.Save:
            if project.fileName():
                return project.write()
            self.iface.actionSaveProject().trigger()   # asks where to save an untitled project
            return not project.isDirty()
        return True

    def upgrade(self, workspace):
        """Ask, then upgrade a workspace an older plugin made; True once it is current."""
        from ..workspace import WorkspaceError
        from ..workspace.storage import is_postgis
        from ..workspace.upgrade import backup_paths, upgrade_workspace

        question = tr("This workspace was made by an older CSIAP Planner (schema version {found}). Upgrade it "
                      "to version {known} now? Nothing is removed.").format(
                          found=workspace.version, known=schema.SCHEMA_VERSION)
        if not is_postgis(workspace.path):   # a database's copies are its own backups
            kept = [p for p, original in zip(backup_paths(workspace.path, workspace.version),
                                             (workspace.path, workspace.project_path)) if os.path.exists(original)]
            question = tr(
                "This workspace was made by an older CSIAP Planner (schema version {found}). Upgrade it to version "
                "{known} now? Nothing is removed, and copies of the old files are kept:\n{files}").format(
                    found=workspace.version, known=schema.SCHEMA_VERSION, files="\n".join(kept))
        answer = QMessageBox.question(self.iface.mainWindow(), MENU, question)
        if answer != QMessageBox.StandardButton.Yes or not self.may_leave_project():
            return False
        # A GeoPackage is replaced on disk: nothing may hold it open (nor a PostGIS workspace's layers).
        QgsProject.instance().clear()
        try:
            upgrade_workspace(workspace.path)
        except WorkspaceError as error:
            QMessageBox.warning(self.iface.mainWindow(), MENU, str(error))
            return False
        return True

    def offer_upgrade(self, *args):
        """A project just opened on a workspace an older plugin made: offer the upgrade in the message bar."""
        from ..workspace import WorkspaceError, open_workspace
        from ..workspace.project import workspace_source

        paths = {workspace_source(layer)[0] for layer in QgsProject.instance().mapLayers().values()}
        for path in sorted(p for p in paths if p):
            try:
                workspace = open_workspace(path)
            except WorkspaceError:
                continue
            if workspace.version < schema.SCHEMA_VERSION:
                bar = self.iface.messageBar()
                message = bar.createMessage(MENU, tr(
                    "This project's workspace was made by an older CSIAP Planner; upgrade it to work in it."))
                button = QPushButton(tr("Upgrade…"))
                button.clicked.connect(lambda _checked=False, path=path: self.open_workspace(path))
                message.layout().addWidget(button)
                bar.pushWidget(message)
                return workspace.path
        return None
