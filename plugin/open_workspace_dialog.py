"""The menu's "Open workspace…": a kelurahan's GeoPackage file, or a shared workspace in
PostGIS (issue 18), chosen as a schema of one of QGIS's saved PostgreSQL connections.

The connections are those the planner saved in QGIS's Data Source Manager; which of a
database's schemas hold a CSIAP workspace (a ``schema_version`` table) is asked of
``workspace.postgis`` (SQL stays there), only when the planner turns to the database.
The reference given back is ``Connection name|schema=NAME`` (workspace/storage.py)."""

from qgis.core import QgsProviderRegistry, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr
from ..workspace import WorkspaceError

_SETTINGS = "csiap_planner/open_workspace/"


def saved_connections():
    """``{name: connection}`` of the PostgreSQL connections saved in QGIS (none without the provider)."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    return dict(metadata.connections()) if metadata is not None else {}


def postgis_workspaces(connection):
    """The schemas of a saved connection's database that hold a CSIAP workspace, sorted."""
    from ..workspace import postgis  # psycopg2 is loaded only where a database is used

    return postgis.workspace_schemas(connection.uri())


def postgis_reference(connection_name, schema_name):
    """The workspace reference of a schema of a saved connection (workspace/storage.py)."""
    return "{}|schema={}".format(connection_name, schema_name)


class OpenWorkspaceDialog(QDialog):
    """Choose a GeoPackage file or a PostGIS workspace; ``reference()`` is the chosen one.

    ``connections``: ``{name: QgsAbstractDatabaseProviderConnection}`` (default: QGIS's saved
    PostgreSQL connections)."""

    def __init__(self, parent=None, connections=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Open workspace"))
        self.connections = saved_connections() if connections is None else dict(connections)
        settings = QgsSettings()
        layout = QVBoxLayout(self)

        self.file_choice = QRadioButton(tr("A GeoPackage file (one kelurahan, works offline)"))
        self.file = QgsFileWidget()
        self.file.setFilter(tr("GeoPackage (*.gpkg)"))
        self.file.setDialogTitle(tr("Open workspace"))
        layout.addWidget(self.file_choice)
        layout.addWidget(self.file)

        self.postgis_choice = QRadioButton(tr("A shared workspace in a PostGIS database"))
        layout.addWidget(self.postgis_choice)
        database = QWidget()
        form = QFormLayout(database)
        form.setContentsMargins(20, 0, 0, 0)
        self.connection = QComboBox()
        self.connection.addItems(sorted(self.connections))
        self.workspace = QComboBox()
        self.find = QPushButton(tr("Find workspaces"))
        self.find.setToolTip(tr("List the schemas of this database that hold a CSIAP workspace."))
        form.addRow(tr("Connection"), self.connection)
        form.addRow(tr("Workspace (schema)"), self.workspace)
        form.addRow("", self.find)
        layout.addWidget(database)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.choice = QButtonGroup(self)
        self.choice.addButton(self.file_choice)
        self.choice.addButton(self.postgis_choice)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.postgis_choice.setEnabled(bool(self.connections))
        if not self.connections:
            self.message.setText(tr("No PostgreSQL connection is saved in QGIS. To open a shared workspace, add "
                                    "one first: Layer → Data Source Manager → PostgreSQL → New."))
        last = settings.value(_SETTINGS + "connection", "")
        if last in self.connections:
            self.connection.setCurrentText(last)
        # The database is asked only when the planner turns to it: a server out of reach
        # must not hold up a dialog opened to pick a file.
        self.connection.currentTextChanged.connect(self._connection_changed)
        self.find.clicked.connect(self.find_workspaces)
        self.postgis_choice.toggled.connect(self._choice_changed)
        self.file_choice.toggled.connect(self._choice_changed)
        self.workspace.currentIndexChanged.connect(self._update_buttons)
        self.file.fileChanged.connect(self._file_changed)
        if self.connections and settings.value(_SETTINGS + "kind", "file") == "postgis":
            self.postgis_choice.setChecked(True)
        else:
            self.file_choice.setChecked(True)
        self._choice_changed()
        self.setMinimumWidth(min(480, QGuiApplication.primaryScreen().availableGeometry().width() - 40))

    def _choice_changed(self, *args):
        postgis = self.postgis_choice.isChecked()
        self.file.setEnabled(not postgis)
        for widget in (self.connection, self.workspace, self.find):
            widget.setEnabled(postgis)
        if postgis and not self.workspace.count():
            self.find_workspaces()
        self._update_buttons()

    def _file_changed(self, _path):
        self.file_choice.setChecked(True)
        self._update_buttons()

    def _connection_changed(self, _name):
        self.workspace.clear()
        if self.postgis_choice.isChecked():
            self.find_workspaces()

    def _update_buttons(self, *args):
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.reference()))

    def find_workspaces(self):
        """List the workspaces of the chosen connection; a clear message if it cannot be read."""
        name = self.connection.currentText()
        self.workspace.clear()
        if not name:
            return []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = postgis_workspaces(self.connections[name])
        except WorkspaceError as error:
            found = []
            self.message.setText(tr("The database of the connection {name} cannot be read: {reason}").format(
                name=name, reason=str(error)))
        else:
            self.message.setText("" if found else tr(
                "The database of the connection {name} holds no CSIAP workspace (no schema with a "
                "schema_version table). Publish a workspace there first, or choose another "
                "connection.").format(name=name))
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.workspace.addItems(found)
        self._update_buttons()
        return found

    def reference(self):
        """The chosen workspace: a GeoPackage path, or ``Connection|schema=NAME``; "" if none yet."""
        if self.postgis_choice.isChecked():
            if not self.connection.currentText() or not self.workspace.currentText():
                return ""
            return postgis_reference(self.connection.currentText(), self.workspace.currentText())
        return self.file.filePath().strip()

    def accept(self):
        settings = QgsSettings()
        settings.setValue(_SETTINGS + "kind", "postgis" if self.postgis_choice.isChecked() else "file")
        if self.postgis_choice.isChecked():
            settings.setValue(_SETTINGS + "connection", self.connection.currentText())
        super().accept()
