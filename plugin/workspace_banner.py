"""What a dock shows while the open project holds no workspace: how to open or
create one, with a button for each (the plugin's own actions)."""

from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ..i18n import tr


class WorkspaceBanner(QFrame):
    """Give it the plugin's "Open workspace…" and "Create workspace…" actions with
    ``set_actions``; show it with ``setVisible(no workspace)``."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("CsiapWorkspaceBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.label = QLabel(tr("No workspace is open. Open the project of a workspace (a kelurahan's GeoPackage "
                               "file, or a shared workspace in a PostGIS database), or create a workspace for "
                               "your kelurahan."))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open workspace…"))
        self.create_button = QPushButton(tr("Create workspace…"))
        for button in (self.open_button, self.create_button):
            button.setEnabled(False)   # until the plugin gives its actions
            row.addWidget(button)
        layout.addLayout(row)

    def set_actions(self, open_action, create_action):
        for button, action in ((self.open_button, open_action), (self.create_button, create_action)):
            button.clicked.connect(action.trigger)
            button.setEnabled(True)
