"""Finding the workspace's layers in the open QGIS project, and following them.

``ProjectWorkspace`` is the one place the docks learn which workspace the open
project holds: it tells every dock that follows it (``follow_workspace(path,
layers)``) when the project is cleared (*Project › New*, another project
opened, the same one reopened), read, or gains or loses workspace layers. A
dock is told *before* the layers it holds are deleted, so it can let go of
their signals while they still exist.
"""

from qgis.core import QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..workspace import WorkspaceError, current_workspace
from ..workspace.project import same_file, workspace_source


def workspace_layers(project=None, leaving=()):
    """``{schema layer name: QgsVectorLayer}`` of the first workspace of the
    current schema in the project (an older one is offered an upgrade, not edited);
    layers whose id is in ``leaving`` (about to be removed) are left out."""
    project = project or QgsProject.instance()
    found, workspace, refused = {}, None, set()
    for layer_id, layer in project.mapLayers().items():
        if layer_id in leaving:
            continue
        path, name = workspace_source(layer)
        if path is None or path in refused:
            continue
        if workspace is None:
            try:
                workspace = current_workspace(path).path
            except WorkspaceError:
                # Asked once per workspace, not once per layer (a PostGIS one is a round trip).
                refused.add(path)
                continue
        if path == workspace or same_file(path, workspace):
            found.setdefault(name, layer)
    return found


def layers_workspace(layers):
    """The reference of the workspace (a GeoPackage path or a PostGIS schema) the layers of
    ``workspace_layers()`` are read from, or None."""
    return workspace_source(next(iter(layers.values())))[0] if layers else None


def project_workspace(project=None):
    """The reference of the open project's workspace, or None."""
    return layers_workspace(workspace_layers(project))


class ProjectWorkspace(QObject):
    """The workspace of the open project, followed through the project's signals.

    ``changed(path)`` is emitted (path "" when there is none) whenever the workspace
    or its layers change; ``path`` (the workspace's reference: a GeoPackage path or a
    PostGIS schema) and ``layers`` tell the current ones. Docks
    registered with ``follow(dock)`` are called ``dock.follow_workspace(path, layers)``
    (``path`` None, ``layers`` {} with no workspace); a dock without that method,
    ``dock.set_workspace(path)``.
    """

    changed = pyqtSignal(str)

    def __init__(self, project=None, parent=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.layers, self.path = {}, None
        self._key = None
        self.docks = []
        # Layers added or removed one by one (a project being read adds them in batches):
        # read once, when the event loop is back, not once per batch.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._update_unless_loading)
        # A project being read processes events between its layers: wait for the last one.
        self._loading = False
        self.project.layerLoaded.connect(self._layer_loaded)
        self.project.cleared.connect(self.update)
        self.project.readProject.connect(self.update)
        self.project.layersAdded.connect(self._later.start)
        self.project.layersRemoved.connect(self._later.start)
        # Before the layers go: docks disconnect from them while they still exist.
        self.project.layersWillBeRemoved.connect(self._layers_leaving)
        self.update()

    def close(self):
        """Stop following the project (the plugin unloads)."""
        self._later.stop()
        for signal, slot in ((self.project.cleared, self.update), (self.project.readProject, self.update),
                             (self.project.layersAdded, self._later.start),
                             (self.project.layersRemoved, self._later.start),
                             (self.project.layersWillBeRemoved, self._layers_leaving),
                             (self.project.layerLoaded, self._layer_loaded)):
            disconnect(signal, slot)
        self.docks = []

    def follow(self, dock):
        """Keep ``dock`` on the project's workspace, starting now."""
        if dock not in self.docks:
            self.docks.append(dock)
        self.tell(dock)

    def unfollow(self, dock):
        if dock in self.docks:
            self.docks.remove(dock)

    def update(self, *args, leaving=()):
        """Read the project's workspace again; tell the docks if it changed."""
        self.layers = workspace_layers(self.project, leaving) if not leaving else {}
        self.path = layers_workspace(self.layers)
        key = (self.path, tuple(sorted((name, layer.id()) for name, layer in self.layers.items())))
        if key == self._key:
            return
        self._key = key
        for dock in list(self.docks):
            self.tell(dock)
        self.changed.emit(self.path or "")

    def refresh(self):
        """Tell every dock again (the workspace file was written behind the layers)."""
        for dock in list(self.docks):
            self.tell(dock)

    def _layer_loaded(self, done, total):
        self._loading = done < total

    def _update_unless_loading(self):
        if not self._loading:
            self.update()

    def _layers_leaving(self, layer_ids):
        """Layers of ours are about to go (one by one, as the project is cleared): the docks
        let go of all of them at once, and read what is left when the event loop is back."""
        ours = {layer.id() for layer in self.layers.values() if not sip.isdeleted(layer)}
        if ours & set(layer_ids):
            self.update(leaving=ours)
            self._later.start()

    def tell(self, dock):
        if sip.isdeleted(dock):
            self.unfollow(dock)
        elif hasattr(dock, "follow_workspace"):
            dock.follow_workspace(self.path, dict(self.layers))
        else:
            dock.set_workspace(self.path)


def _edit_signals(layer):
    # dataChanged: the layer was reloaded after an algorithm wrote to the workspace.
    return (layer.featureAdded, layer.featureDeleted, layer.attributeValueChanged, layer.dataChanged)


def follow_edits(layer, slot):
    """Call ``slot`` whenever a feature of ``layer`` is added, deleted or changed (unsaved
    edits too), and when an algorithm has written new rows behind it."""
    for signal in _edit_signals(layer):
        signal.connect(slot)


def unfollow_edits(layer, slot):
    """Let go of ``follow_edits``; nothing to do for a layer QGIS has deleted already."""
    if layer is None or sip.isdeleted(layer):
        return
    for signal in _edit_signals(layer):
        disconnect(signal, slot)


def disconnect(signal, slot):
    """Disconnect, whether or not the connection (or the layer) still exists."""
    try:
        signal.disconnect(slot)
    except (TypeError, RuntimeError):
        pass
