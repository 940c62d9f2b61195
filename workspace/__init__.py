"""QGIS-facing access to a workspace: one kelurahan's planning data.

The embedded workspace is a GeoPackage (works offline, opens in QField and
Mergin Maps) with a QGIS project beside it.
"""

import os
import shutil
import tempfile
import uuid

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsVectorLayer,
)

from ..core import schema
from ..core.crs import utm_epsg
from ..i18n import tr
from .geopackage import WorkspaceError, read_schema_version, write_schema
from .measure import area_ha
from .project import layer_uri, open_layer, write_project
from .styles import default_styles

__all__ = ["WorkspaceError", "Workspace", "create_workspace", "open_workspace", "current_workspace", "choose_crs",
           "project_path_for", "workspace_crs", "kelurahan_name"]

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


class Workspace:
    """An opened workspace GeoPackage of the current schema version."""

    def __init__(self, path, version):
        self.path = path
        self.version = version

    @property
    def project_path(self):
        return project_path_for(self.path)

    def layer(self, name, language=schema.DEFAULT_LANGUAGE):
        return open_layer(self.path, schema.layer(name), language)

    def uri(self, name):
        return layer_uri(self.path, name)


def project_path_for(gpkg_path):
    return os.path.splitext(gpkg_path)[0] + ".qgz"


def open_workspace(path):
    """Open the workspace at ``path``; a clear ``WorkspaceError`` if it is not
    one, or was made by a newer plugin. Reading it changes nothing."""
    return Workspace(path, read_schema_version(path))


def current_workspace(path):
    """Open a workspace to work in: like ``open_workspace``, and refused with
    the way to upgrade it where an older plugin made it."""
    workspace = open_workspace(path)
    if workspace.version < schema.SCHEMA_VERSION:
        raise WorkspaceError(tr(
            "{path} was made by an older CSIAP Planner (schema version {found}; this plugin uses {known}). "
            "Upgrade it first: open it from the menu CSIAP Planner → Open workspace…, or run the algorithm "
            "'Upgrade workspace'. Copies of the old files are kept.").format(
                path=path, found=workspace.version, known=schema.SCHEMA_VERSION))
    return workspace


def workspace_crs(path):
    """The CRS the workspace's layers are stored in."""
    return open_layer(path, schema.layer("kelurahan"), schema.DEFAULT_LANGUAGE).crs()


def kelurahan_name(path):
    """The name of the workspace's kelurahan, or None."""
    layer = open_layer(path, schema.layer("kelurahan"), schema.DEFAULT_LANGUAGE)
    return next((f["name"] for f in layer.getFeatures()), None)


def choose_crs(boundary_crs=None, boundary_extent=None, crs=None, transform_context=None):
    """The workspace CRS: ``crs`` if given, else the UTM zone of the boundary."""
    if crs is not None and crs.isValid():
        if crs.isGeographic():
            raise WorkspaceError(tr(
                "The CRS {crs} is in degrees. Choose a projected CRS in metres (for example "
                "WGS 84 / UTM) so that areas and distances are right.").format(crs=crs.authid()))
        return crs
    if boundary_extent is None or boundary_extent.isEmpty():
        raise WorkspaceError(tr(
            "Give a kelurahan boundary layer (its UTM zone is chosen automatically) or choose a CRS."))
    transform = QgsCoordinateTransform(boundary_crs, WGS84, transform_context or QgsCoordinateTransformContext())
    centre = transform.transformBoundingBox(boundary_extent).center()
    return QgsCoordinateReferenceSystem("EPSG:{}".format(utm_epsg(centre.x(), centre.y())))


def boundary_geometry(features, source_crs, target_crs, transform_context=None):
    """One valid multipolygon in ``target_crs`` from the boundary features."""
    transform = QgsCoordinateTransform(source_crs, target_crs, transform_context or QgsCoordinateTransformContext())
    parts = []
    for feature in features:
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        parts.append(geometry.makeValid())
    if not parts:
        raise WorkspaceError(tr("The boundary layer has no polygon to use as the kelurahan outline."))
    union = QgsGeometry.unaryUnion(parts)
    union.convertToMultiType()
    return union


def create_workspace(path, kelurahan, language=schema.DEFAULT_LANGUAGE, kemendagri_code=None,
                     kecamatan=None, kota_kabupaten=None, provinsi=None, boundary=None, crs=None,
                     transform_context=None, feedback=None):
    """Create the workspace GeoPackage ``path`` and its project; return both paths.

    ``boundary`` is a feature source (layer) with the kelurahan outline. The
    GeoPackage is built aside and moved into place only once complete, so a
    failure leaves an existing file as it was.
    """
    if not kelurahan or not kelurahan.strip():
        raise WorkspaceError(tr("Give the name of the kelurahan or desa."))
    if language not in schema.LANGUAGES:
        raise WorkspaceError(tr("Unknown language {language}; use 'id' or 'en'.").format(language=language))
    if not path.lower().endswith(".gpkg"):
        path += ".gpkg"
    path = os.path.abspath(path)
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)

    boundary_crs = boundary.sourceCrs() if boundary is not None else None
    extent = boundary.sourceExtent() if boundary is not None else None
    crs = choose_crs(boundary_crs, extent, crs, transform_context)
    row = {"uuid": str(uuid.uuid4()), "name": kelurahan.strip(), "kemendagri_code": kemendagri_code or None,
           "kecamatan": kecamatan or None, "kota_kabupaten": kota_kabupaten or None,
           "provinsi": provinsi or None, "data_source": "import" if boundary is not None else None}
    outline = None
    if boundary is not None:
        outline = boundary_geometry(boundary.getFeatures(), boundary_crs, crs, transform_context)
        row["wkb"] = bytes(outline.asWkb())
        row["area_ha"] = area_ha(outline, crs, transform_context)

    styles = default_styles(language, feedback)

    project_path = project_path_for(path)
    scratch = tempfile.mkdtemp(prefix=".csiap-", dir=folder)
    try:
        built = os.path.join(scratch, os.path.basename(path))
        write_schema(built, crs.toWkt(), language, styles, row)
        _replace_files(path, project_path, built, lambda: write_project(
            path, project_path, crs.toWkt(), kelurahan.strip(), language,
            outline.boundingBox() if outline is not None else None))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if feedback is not None:
        feedback.setProgress(100)
    return path, project_path


def _replace_files(path, project_path, built, write_project_now):
    """Move ``built`` to ``path`` and write the project; on failure put back what was there."""
    backups = []
    for existing in (path, project_path):
        if os.path.exists(existing):
            backup = existing + ".csiap-backup"
            os.replace(existing, backup)
            backups.append((backup, existing))
    try:
        shutil.move(built, path)
        write_project_now()
    except Exception:
        for leftover in (path, project_path):
            if os.path.exists(leftover):
                os.remove(leftover)
        for backup, existing in backups:
            os.replace(backup, existing)
        raise
    for backup, _existing in backups:
        os.remove(backup)


def vector_layer(source):
    """A QgsVectorLayer from a path or URI (tests and scripts)."""
    layer = QgsVectorLayer(source, os.path.basename(source), "ogr")
    if not layer.isValid():
        raise WorkspaceError(tr("{source} cannot be opened as a vector layer.").format(source=source))
    return layer
