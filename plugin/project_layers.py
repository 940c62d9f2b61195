"""Finding the workspace's layers in the open QGIS project."""

from qgis.core import QgsProject

from ..workspace import WorkspaceError, current_workspace
from ..workspace.project import workspace_source


def workspace_layers(project=None):
    """``{schema layer name: QgsVectorLayer}`` of the first workspace of the
    current schema in the project (an older one is offered an upgrade, not edited)."""
    project = project or QgsProject.instance()
    found, workspace = {}, None
    for layer in project.mapLayers().values():
        path, name = workspace_source(layer)
        if path is None:
            continue
        if workspace is None:
            try:
                workspace = current_workspace(path).path
            except WorkspaceError:
                continue
        if path == workspace:
            found.setdefault(name, layer)
    return found


def project_workspace(project=None):
    """The workspace GeoPackage of the open project, or None."""
    layers = workspace_layers(project)
    return next(iter(layers.values())).source().split("|")[0] if layers else None


def _edit_signals(layer):
    # dataChanged: the layer was reloaded after an algorithm wrote to the workspace.
    return (layer.featureAdded, layer.featureDeleted, layer.attributeValueChanged, layer.dataChanged)


def follow_edits(layer, slot):
    """Call ``slot`` whenever a feature of ``layer`` is added, deleted or changed (unsaved
    edits too), and when an algorithm has written new rows behind it."""
    for signal in _edit_signals(layer):
        signal.connect(slot)


def unfollow_edits(layer, slot):
    for signal in _edit_signals(layer):
        disconnect(signal, slot)


def disconnect(signal, slot):
    """Disconnect, whether or not the connection (or the layer) still exists."""
    try:
        signal.disconnect(slot)
    except (TypeError, RuntimeError):
        pass
