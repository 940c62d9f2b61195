"""The QGIS project written beside a workspace GeoPackage: layers grouped and
styled, forms and relations configured, in the workspace's language."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsReferencedRectangle,
    QgsRelation,
    QgsRelationContext,
    QgsVectorLayer,
)

from .. import compat
from ..core import schema
from ..i18n import tr
from .fields import plain
from .forms import configure_layer
from .storage import WorkspaceError, backend, check_intact, is_postgis

# Drawn top to bottom in the layer tree: points above lines above polygons,
# and the kelurahan outline above its RW and RT.
_DRAWING_ORDER = (schema.POINT, schema.MULTILINESTRING, schema.MULTIPOLYGON, None)


def layer_uri(gpkg_path, layer_name):
    """The QGIS data source of a workspace layer: ``path|layername=`` of a GeoPackage, the
    postgres provider's URI of a PostGIS workspace (``storage.py``'s references)."""
    if is_postgis(gpkg_path):
        return backend(gpkg_path).layer_source(gpkg_path, schema.layer(layer_name))
    return "{}|layername={}".format(gpkg_path, layer_name)


def provider(reference):
    """The QGIS data provider of a workspace's layers."""
    return "postgres" if is_postgis(reference) else "ogr"


def open_layer(gpkg_path, layer_def, language, styled=True):
    """A workspace layer, named in ``language``; raises if it cannot be read. Not ``styled``:
    without its default style (its rows only are read: half the time of opening it)."""
    layer = QgsVectorLayer(layer_uri(gpkg_path, layer_def.name), layer_def.title.text(language),
                           provider(gpkg_path), QgsVectorLayer.LayerOptions(styled))
    if not layer.isValid():
        if is_postgis(gpkg_path):
            check_intact(gpkg_path)   # the server's own reason (unreachable, no schema…), where it has one
        raise WorkspaceError(tr("The layer {name} in {path} cannot be opened.").format(
            name=layer_def.name, path=shown(gpkg_path)))
    return layer


def workspace_name(reference):
    """A workspace's short name: its GeoPackage's file name, or its PostGIS schema."""
    if is_postgis(reference):
        return backend(reference).parse_reference(reference).schema
    return os.path.basename(reference)


def workspace_folder(reference):
    """The folder of a workspace's own files (photos): its GeoPackage's folder; for a PostGIS
    workspace, which has none, CSIAP/<schema> in the user's home folder (the menu's annexes
    go there too)."""
    if is_postgis(reference):
        return os.path.join(os.path.expanduser("~"), "CSIAP", workspace_name(reference))
    return os.path.dirname(os.path.abspath(reference))


def shown(reference):
    """A workspace reference as shown to users (a PostGIS one without its password)."""
    if not is_postgis(reference):
        return reference
    database = backend(reference)
    try:
        return database.parse_reference(reference).shown()
    except WorkspaceError:   # not a connection (a project's postgresql:// address): the password out
        return database.without_password(reference)


def kelurahan_outline(gpkg_path):
    """The workspace's kelurahan outline, or None where it has none (made without a
    boundary), and the CRS the workspace's layers are stored in."""
    layer = open_layer(gpkg_path, schema.layer("kelurahan"), schema.DEFAULT_LANGUAGE, styled=False)
    outline = next((QgsGeometry(f.geometry()) for f in layer.getFeatures()), None)
    return (None if outline is None or outline.isEmpty() else outline), layer.crs()


def has_row(gpkg_path, layer_name, field, value):
    """Whether a row of a workspace layer has ``field`` = ``value`` (reads one row at most)."""
    layer = open_layer(gpkg_path, schema.layer(layer_name), schema.DEFAULT_LANGUAGE, styled=False)
    request = QgsFeatureRequest(QgsExpression(QgsExpression.createFieldEqualityExpression(field, value)))
    request.setLimit(1)
    request.setFlags(compat.REQUEST_NO_GEOMETRY)
    return any(True for _feature in layer.getFeatures(request))


def read_rows(gpkg_path, layer_name):
    """Every row of a workspace layer as ``{field: plain value}`` (small tables:
    catalogues, sessions, results)."""
    layer = open_layer(gpkg_path, schema.layer(layer_name), schema.DEFAULT_LANGUAGE, styled=False)
    names = layer.fields().names()
    return [{n: plain(f[n]) for n in names} for f in layer.getFeatures()]


def write_project(gpkg_path, project_path, crs_wkt, title, language, extent=None, layer_names=None, read_only=()):
    """Write ``project_path`` (.qgz) for the workspace at ``gpkg_path``.

    ``layer_names``: only these layers (a field package, issue 19); ``read_only``: layers
    shown but not editable there."""
    layer_defs = [lyr for lyr in schema.LAYERS if layer_names is None or lyr.name in layer_names]
    project = QgsProject()
    project.setTitle(title)
    project.setCrs(QgsCoordinateReferenceSystem.fromWkt(crs_wkt))
    project.writeEntry("csiap", "language", language)
    # Relative to the project, as its layers are: a field package has no absolute path (issue 19).
    # A PostGIS workspace: its reference, without the password (each editor has their own).
    project.writeEntry("csiap", "workspace", shown(gpkg_path) if is_postgis(gpkg_path)
                       else _relative(gpkg_path, project_path))
    # Relative paths: the folder can be copied to another laptop or a tablet.
    project.writeEntryBool("Paths", "/Absolute", False)

    layers = {}
    for layer_def in layer_defs:
        # Each layer arrives with the default style stored in the GeoPackage.
        layers[layer_def.name] = open_layer(gpkg_path, layer_def, language)
        layers[layer_def.name].setReadOnly(layer_def.name in read_only)
    project.addMapLayers(list(layers.values()), False)
    for layer_def in layer_defs:
        # Value relations need the ids of the layers in this project.
        configure_layer(layers[layer_def.name], layer_def, language, layers)

    root = project.layerTreeRoot()
    for group_def in schema.GROUPS:
        group = root.addGroup(group_def.title.text(language))
        members = [lyr for lyr in layer_defs if lyr.group == group_def.name]
        if not members and layer_names is not None:
            continue
        members.sort(key=lambda lyr: _DRAWING_ORDER.index(lyr.geometry))
        for layer_def in members:
            group.addLayer(layers[layer_def.name])
        if group_def.name in ("records", "planning"):
            group.setExpanded(False)

    _add_relations(project, layers, language)

    if extent is not None and not extent.isEmpty():
        view = project.viewSettings()
        view.setDefaultViewExtent(_reference_extent(extent, project.crs()))
    if not project.write(project_path):
        raise WorkspaceError(tr("Cannot write the project {path}: {reason}").format(
            path=project_path, reason=project.error()))
    return project_path


def _relative(path, project_path):
    try:
        return os.path.relpath(path, os.path.dirname(os.path.abspath(project_path)))
    except ValueError:   # Windows: another drive
        return path


def upgrade_project(gpkg_path, project_path, language):
    """Give the project of an upgraded workspace what the schema added: its
    layers (in their groups, with their default style), and forms, aliases
    and relations for every workspace layer. Layers the user added, the
    symbology of layers already there and the project's settings stay."""
    project = QgsProject()
    try:
        if not project.read(project_path):
            raise WorkspaceError(tr("Cannot read the project {path}: {reason}").format(
                path=project_path, reason=project.error()))
        layers = {}
        for layer in project.mapLayers().values():
            path, name = workspace_source(layer)
            if path and same_file(path, gpkg_path):
                layers.setdefault(name, layer)
        root = project.layerTreeRoot()
        for layer_def in schema.LAYERS:
            if layer_def.name in layers:
                continue
            layer = layers[layer_def.name] = open_layer(gpkg_path, layer_def, language)
            project.addMapLayer(layer, False)
            title = schema.group(layer_def.group).title.text(language)
            (root.findGroup(title) or root.addGroup(title)).addLayer(layer)
        for layer_def in schema.LAYERS:
            configure_layer(layers[layer_def.name], layer_def, language, layers)
        _add_relations(project, layers, language)
        if not project.write(project_path):
            raise WorkspaceError(tr("Cannot write the project {path}: {reason}").format(
                path=project_path, reason=project.error()))
    finally:
        project.clear()   # lets go of the GeoPackage


def reload_workspace_layers(project, gpkg_path):
    """Make the project's layers of the workspace at ``gpkg_path`` read again what an
    algorithm wrote behind them; a layer being edited keeps its edit session."""
    for layer in project.mapLayers().values():
        path, _name = workspace_source(layer)
        if path and same_file(path, gpkg_path) and not layer.isEditable():
            layer.reload()
            layer.updateExtents()
            layer.triggerRepaint()


def same_file(path, other):
    """Whether two paths name one file (links resolved; on Windows, "C:/A" is "c:\\a"), or two
    PostGIS references one schema of one database."""
    if is_postgis(path) or is_postgis(other):
        if not (is_postgis(path) and is_postgis(other)):
            return False
        return backend(path).same_schema(path, other)
    return os.path.normcase(os.path.realpath(path)) == os.path.normcase(os.path.realpath(other))


def workspace_source(layer):
    """``(workspace reference, layer name)`` of a layer read from a GeoPackage or a PostGIS
    workspace table, else ``(None, None)``."""
    source = layer.source() if hasattr(layer, "source") else ""
    if hasattr(layer, "providerType") and layer.providerType() == "postgres":
        from . import postgis  # only where a project has PostgreSQL layers

        return postgis.reference_of_source(source)
    path, _sep, options = source.partition("|")
    if not path.lower().endswith(".gpkg") or "layername=" not in options:
        return None, None
    return path, options.split("layername=", 1)[1].split("|")[0]


def _add_relations(project, layers, language):
    """The schema's relations the project does not have yet."""
    manager = project.relationManager()
    for relation_def in schema.RELATIONS:
        if manager.relation(relation_def.id).isValid() or not {relation_def.parent, relation_def.child} <= set(layers):
            continue
        # The context ties the relation to this project, not QgsProject.instance().
        relation = QgsRelation(QgsRelationContext(project))
        relation.setId(relation_def.id)
        relation.setName("{} → {}".format(
            schema.layer(relation_def.parent).title.text(language),
            schema.layer(relation_def.child).title.text(language)))
        relation.setReferencedLayer(layers[relation_def.parent].id())
        relation.setReferencingLayer(layers[relation_def.child].id())
        relation.addFieldPair(relation_def.field, "uuid")
        if not relation.isValid():
            raise WorkspaceError(tr("The relation {name} is not valid.").format(name=relation_def.id))
        manager.addRelation(relation)


def _reference_extent(extent, crs):
    grown = extent.buffered(max(extent.width(), extent.height()) * 0.05)
    return QgsReferencedRectangle(grown, crs)
