"""The "Konflik Lapangan" dock: the conflicts of the field-package merge
(csiap:mergefield), one a row; click one to zoom to it on the map, resolve the
chosen ones by keeping the office's value or taking the team's."""

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import merge, schema
from ..i18n import tr, ui_language
from ..processing.base import workspace_signals
from ..workspace import WorkspaceError, workspace_crs
from ..workspace.field import resolve_conflicts
from ..workspace.project import reload_workspace_layers
from ..workspace.storage import read_features
from .workspace_banner import WorkspaceBanner

UUID_ROLE = Qt.ItemDataRole.UserRole


class ConflictsDock(QDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Konflik Lapangan"), parent)
        self.setObjectName("CsiapConflictsDock")
        self.iface = iface
        self.language = ui_language()
        self.workspace = ""
        self.conflicts = []
        self._build()

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.banner = WorkspaceBanner()
        layout.addWidget(self.banner)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.show_resolved = QCheckBox(tr("Show resolved conflicts too"))
        self.show_resolved.toggled.connect(self.refresh)
        layout.addWidget(self.show_resolved)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([tr("Layer"), tr("Column"), tr("When packaged"), tr("Office"),
                                              tr("Field"), tr("Team")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(140)
        self.table.itemClicked.connect(self._clicked)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.ours_button = QPushButton(tr("Keep office value"))
        self.theirs_button = QPushButton(tr("Take field value"))
        self.ours_button.clicked.connect(lambda: self.resolve_selected("ours"))
        self.theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        for button in (self.ours_button, self.theirs_button):
            button.setToolTip(tr("For every conflict chosen in the list (Ctrl or Shift to choose several)."))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._show_banner()

    def _show_banner(self):
        self.banner.setVisible(not self.workspace)
        for widget in (self.table, self.ours_button, self.theirs_button, self.show_resolved):
            widget.setEnabled(bool(self.workspace))

    def follow_workspace(self, path, layers):
        """The project's workspace changed (``plugin.project_layers.ProjectWorkspace``)."""
        self.set_workspace(path or "")

    def set_workspace(self, path):
        self.workspace = path
        self._show_banner()
        self.refresh()

    def workspace_written(self):
        self.refresh()

    def refresh(self, *args):
        rows, unreadable = [], None
        if self.workspace:
            try:
                rows = read_features(self.workspace, "merge_conflicts") or []
            except WorkspaceError as error:
                unreadable = str(error)   # said, not hidden behind "0 conflicts"
        open_count = sum(1 for r in rows if not r["resolved"])
        self.conflicts = sorted((r for r in rows if self.show_resolved.isChecked() or not r["resolved"]),
                                key=lambda r: (bool(r["resolved"]), r["layer_name"], r["feature_uuid"],
                                               r["column_name"], r["package"]))
        if unreadable is not None:
            self.summary.setText(unreadable)
        else:
            self.summary.setText(tr("{open} conflicts to resolve, {resolved} resolved.").format(
                open=open_count, resolved=len(rows) - open_count) if self.workspace else "")
        self.table.setRowCount(len(self.conflicts))
        for number, row in enumerate(self.conflicts):
            cells = (schema.layer(row["layer_name"]).title.text(self.language), self._column(row),
                     self._value(row["base_value"]), self._value(row["ours"]), self._value(row["theirs"]),
                     row["package"] or "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(UUID_ROLE, row["uuid"])
                item.setToolTip(text)
                if row["resolved"]:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(number, column, item)

    def _column(self, row):
        if row["column_name"] == merge.ROW:
            return tr("(the whole row)")
        if row["column_name"] == merge.GEOMETRY:
            return tr("(location)")
        try:
            return schema.layer(row["layer_name"]).field(row["column_name"]).alias.text(self.language)
        except KeyError:
            return row["column_name"]

    def _value(self, value):
        if value == merge.DELETED:
            return tr("deleted")
        if value == merge.EDITED:
            return tr("edited")
        if value and value.startswith("{"):
            return tr("edited")   # a whole row, edited in the field
        return value or ""

    def selected_uuids(self):
        return sorted({self.table.item(index.row(), 0).data(UUID_ROLE)
                       for index in self.table.selectionModel().selectedRows()})

    def _clicked(self, item):
        row = next((r for r in self.conflicts if r["uuid"] == item.data(UUID_ROLE)), None)
        if row is not None:
            self.zoom_to(row)

    def zoom_to(self, row):
        """Centre the map on the conflict's place and flash it."""
        if self.iface is None or not row.get("geom"):
            return
        canvas = self.iface.mapCanvas()
        geometry = QgsGeometry.fromWkt(row["geom"])
        transform = QgsCoordinateTransform(workspace_crs(self.workspace), canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        geometry.transform(transform)
        canvas.setCenter(geometry.asPoint())   # the scale the user chose stays
        canvas.refresh()
        canvas.flashGeometries([geometry], canvas.mapSettings().destinationCrs())

    def resolve_selected(self, choice):
        uuids = self.selected_uuids()
        if not uuids or not self.workspace:
            return 0
        try:
            count = resolve_conflicts(self.workspace, uuids, choice)
        except WorkspaceError as error:
            QMessageBox.warning(self, tr("Konflik Lapangan"), str(error))
            return 0
        reload_workspace_layers(QgsProject.instance(), self.workspace)
        # The other docks reading the workspace (scoring, process) read it again too.
        workspace_signals.written.emit(self.workspace)
        self.refresh()
        return count
