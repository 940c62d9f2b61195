"""QGIS-facing access to a workspace: one kelurahan's planning data.

The embedded workspace is a GeoPackage (works offline, opens in QField and
Mergin Maps) with a QGIS project beside it.
"""

import datetime
import functools
import os
import re
import shutil
import tempfile
import uuid

from osgeo import gdal, ogr
from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsVectorLayer,
)

from ..core import schema
from ..core.crs import utm_epsg
from ..i18n import tr
from .measure import area_ha
from .project import layer_uri, open_layer, shown, write_project
from .storage import WorkspaceError, backend, is_postgis, read_schema_version, write_schema
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
    """The workspace's QGIS project: the .qgz beside a GeoPackage; that of a PostGIS
    workspace is kept in its schema (QGIS's PostgreSQL project storage)."""
    if is_postgis(gpkg_path):
        return backend(gpkg_path).project_uri(gpkg_path)
    return os.path.splitext(gpkg_path)[0] + ".qgz"


def open_workspace(path):
    """Open the workspace at ``path``; a clear ``WorkspaceError`` if it is not
    one, was made by a newer plugin, or lies where QGIS cannot read its layers.
    Reading it changes nothing."""
    version = read_schema_version(path)
    if not is_postgis(path):
        check_readable_path(path)
    return Workspace(path, version)


def current_workspace(path):
    """Open a workspace to work in: like ``open_workspace``, and refused with
    the way to upgrade it where an older plugin made it."""
    workspace = open_workspace(path)
    if workspace.version < schema.SCHEMA_VERSION:
        raise WorkspaceError(tr(
            "{path} was made by an older CSIAP Planner (schema version {found}; this plugin uses {known}). "
            "Upgrade it first: open it from the menu CSIAP Planner → Open workspace…, or run the algorithm "
            "'Upgrade workspace'. Copies of the old files are kept.").format(
                path=shown(path), found=workspace.version, known=schema.SCHEMA_VERSION))
    return workspace


# What an SQLite URI reads as syntax: "%" and two hex digits (decoded: "%20" is a space), "?" and "#".
_URI_SYNTAX = re.compile(r"%[0-9A-Fa-f]{2}|[?#]")


def check_readable_path(path):
    """Refuse a workspace path whose layers QGIS could not read, before anything is written.

    QGIS reads a GeoPackage layer read-only with GDAL's NOLOCK option, which opens the file
    through an SQLite ``file:`` URI; GDAL leaves "%" unescaped there (measured with GDAL 3.6
    and QGIS 3.22, GDAL 3.10 and QGIS 3.40; "?" and "#" are escaped since GDAL 3.4.3), so
    "Kelurahan%20Pondok" names "Kelurahan Pondok": the layers cannot be opened, or read as empty.
    Whether the QGIS and GDAL in use manage is measured once per character, on a GeoPackage of
    their own, so that a GDAL that escapes the name is not refused.
    """
    marks = sorted(set(_URI_SYNTAX.findall(os.path.abspath(path))))
    unreadable = [mark for mark in marks if not _qgis_reads_a_geopackage_named(mark)]
    if unreadable:
        raise WorkspaceError(tr(
            "QGIS {qgis} with GDAL {gdal} cannot read the layers of a GeoPackage whose folder or file name "
            "holds {characters} (SQLite reads them as URI syntax: \"%20\" as a space, \"#\" as the end of the "
            "name). Rename the folder or file without them (for example \"Kelurahan Pondok\" or "
            "\"Kelurahan_Pondok\") and try again: {path}. Nothing was written.").format(
                qgis=Qgis.QGIS_VERSION.split("-")[0], gdal=gdal.__version__,
                characters=", ".join("\"{}\"".format(mark) for mark in unreadable), path=path))


@functools.lru_cache(maxsize=None)
def _qgis_reads_a_geopackage_named(mark):
    """Whether QGIS reads the one row of a GeoPackage in a folder whose name holds ``mark``."""
    scratch = tempfile.mkdtemp(prefix="csiap-path-")
    if _URI_SYNTAX.search(scratch):  # the temporary folder itself would answer: unknown, so not refused
        os.rmdir(scratch)
        return True
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # the failure is the answer, not an error
    try:
        try:
            folder = os.path.join(scratch, "a{}b".format(mark))
            os.mkdir(folder)
            path = os.path.join(folder, "probe.gpkg")
            dataset = ogr.GetDriverByName("GPKG").CreateDataSource(path)
            table = dataset.CreateLayer("probe", None, ogr.wkbNone)
            if table.CreateFeature(ogr.Feature(table.GetLayerDefn())) != 0:
                return True
            dataset = table = None
        except (OSError, RuntimeError, AttributeError):
            return True  # no such name can be made here (Windows: "?"), so none is refused
        layer = QgsVectorLayer("{}|layername=probe".format(path), "probe", "ogr")
        readable = layer.isValid() and sum(1 for _row in layer.getFeatures()) == 1
        del layer
        return readable
    finally:
        gdal.PopErrorHandler()
        shutil.rmtree(scratch, ignore_errors=True)


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
                     transform_context=None, feedback=None, overwrite=False):
    """Create the workspace GeoPackage ``path`` and its project; return both paths.

    ``boundary`` is a feature source (layer) with the kelurahan outline. An
    existing workspace is refused unless ``overwrite``; then its files are kept
    as a dated backup (``backup_paths``). The GeoPackage is built aside and moved
    into place only once complete, so a failure, or a kill at any point, leaves
    the old workspace or the new one at ``path``.
    """
    if not kelurahan or not kelurahan.strip():
        raise WorkspaceError(tr("Give the name of the kelurahan or desa."))
    if language not in schema.LANGUAGES:
        raise WorkspaceError(tr("Unknown language {language}; use 'id' or 'en'.").format(language=language))
    if is_postgis(path):
        return _create_postgis_workspace(
            path, kelurahan, language, kemendagri_code, kecamatan, kota_kabupaten, provinsi, boundary, crs,
            transform_context, feedback, overwrite)
    if not path.lower().endswith(".gpkg"):
        path += ".gpkg"
    path = os.path.abspath(path)
    check_readable_path(path)
    project_path = project_path_for(path)
    existing = [p for p in (path, project_path) if os.path.exists(p)]
    if existing and not overwrite:
        raise WorkspaceError(tr(
            "{path} already exists. A workspace is not replaced unless you tick 'Replace an existing "
            "workspace' (OVERWRITE); its files are then kept as a dated backup.").format(path=existing[0]))
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)

    crs, row, outline = _kelurahan_row(kelurahan, kemendagri_code, kecamatan, kota_kabupaten, provinsi, boundary,
                                       crs, transform_context)
    styles = default_styles(language, feedback)

    built = scratch_path(path)
    _remove_scratch(path)  # a killed run's leftovers
    try:
        write_schema(built, crs.toWkt(), language, styles, row)
        kept = _replace_files(path, project_path, built, lambda target: write_project(
            path, target, crs.toWkt(), kelurahan.strip(), language,
            outline.boundingBox() if outline is not None else None))
    finally:
        _remove_scratch(path)
    if feedback is not None:
        for copy in kept:
            feedback.pushInfo(tr("The replaced file is kept as {path}").format(path=copy))
        feedback.setProgress(100)
    return path, project_path


def _kelurahan_row(kelurahan, kemendagri_code, kecamatan, kota_kabupaten, provinsi, boundary, crs,
                   transform_context):
    """The workspace CRS, the first row of its kelurahan layer and its outline (or None)."""
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
    return crs, row, outline


def _create_postgis_workspace(reference, kelurahan, language, kemendagri_code, kecamatan, kota_kabupaten,
                              provinsi, boundary, crs, transform_context, feedback, overwrite):
    """``create_workspace`` in a PostGIS schema: a new schema, refused where it exists unless
    ``overwrite``; then the old schema is renamed ``<schema>_backup_YYYYMMDD_HHMMSS`` in the
    same transaction that makes the new one. The project is kept in the schema; where it
    cannot be written, the new schema goes and the old one is put back."""
    database = backend(reference)
    ref = database.parse_reference(reference)
    keep_as = None
    if database.schema_exists(ref):
        if not overwrite:
            raise WorkspaceError(tr(
                "The schema {schema} already exists in that database. A workspace is not replaced unless you "
                "tick 'Replace an existing workspace' (OVERWRITE); it is then kept as a dated backup "
                "schema.").format(schema=ref.schema))
        keep_as = database.backup_schema_name(ref.schema)
    crs, row, outline = _kelurahan_row(kelurahan, kemendagri_code, kecamatan, kota_kabupaten, provinsi, boundary,
                                       crs, transform_context)
    styles = default_styles(language, feedback)
    write_schema(reference, crs.toWkt(), language, styles, row, keep_as=keep_as)
    project_path = project_path_for(reference)
    try:
        write_project(reference, project_path, crs.toWkt(), kelurahan.strip(), language,
                      outline.boundingBox() if outline is not None else None)
    except Exception:
        database.undo_create(reference, keep_as)
        raise
    if feedback is not None:
        if keep_as:
            feedback.pushInfo(tr("The replaced workspace is kept as the schema {schema}").format(schema=keep_as))
        feedback.setProgress(100)
    return reference, project_path


def scratch_path(path, extension=".gpkg"):
    """Where the GeoPackage (or project) for ``path`` is built: a hidden file beside it
    (the same file system, so that it moves into place in one rename), named after
    it, so that a run killed half-way leaves nothing the next run does not clear."""
    folder, name = os.path.split(path)
    return os.path.join(folder, ".{}.csiap-new{}".format(os.path.splitext(name)[0], extension))


def _remove_scratch(path):
    built = scratch_path(path)
    for leftover in (built, built + "-journal", built + "-wal", built + "-shm", scratch_path(path, ".qgz")):
        if os.path.exists(leftover):
            os.remove(leftover)


def backup_paths(path, when=None):
    """The dated copies an overwritten workspace is kept as: ``name.backup-YYYYMMDD-HHMMSS.gpkg``
    and ``.qgz`` (a second one within the same second gets ``-2``, ``-3``…)."""
    base = "{}.backup-{}".format(os.path.splitext(path)[0], (when or datetime.datetime.now()).strftime(
        "%Y%m%d-%H%M%S"))
    candidate, number = base, 1
    while os.path.exists(candidate + ".gpkg") or os.path.exists(candidate + ".qgz"):
        number += 1
        candidate = "{}-{}".format(base, number)
    return candidate + ".gpkg", candidate + ".qgz"


def _keep_copy(source, target):
    """``target`` made the same file as ``source``: a hard link (instant, no space) where the
    file system has them, else a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _replace_files(path, project_path, built, write_project_now):
    """Move ``built`` to ``path`` and write the project; the old files are kept as a
    dated backup first. On failure the old files are put back and the backup goes.

    Each step leaves a usable workspace at ``path``: the old file stays in place
    until ``os.replace`` swaps in the new one (one rename); the project is written
    beside it (``write_project_now(target)``) and swapped in the same way.
    """
    pairs = [(old, copy) for old, copy in zip((path, project_path), backup_paths(path)) if os.path.exists(old)]
    try:
        for old, copy in pairs:
            _keep_copy(old, copy)
        os.replace(built, path)
        new_project = scratch_path(path, ".qgz")
        write_project_now(new_project)
        os.replace(new_project, project_path)
    except Exception as error:
        kept = dict(pairs)
        for target in (path, project_path):
            if os.path.exists(kept.get(target, "")):
                if os.path.exists(target) and os.path.samefile(kept[target], target):
                    os.remove(kept[target])  # still the old file: rename() would leave both links
                else:
                    os.replace(kept[target], target)
            elif target not in kept and os.path.exists(target):
                os.remove(target)
        if isinstance(error, OSError):  # Windows: a program still has the file open
            raise WorkspaceError(tr("{path} cannot be replaced ({reason}). Close the projects and programs "
                                    "using it, then try again.").format(path=path, reason=error)) from error
        raise
    return [copy for _old, copy in pairs]


def vector_layer(source):
    """A QgsVectorLayer from a path or URI (tests and scripts)."""
    layer = QgsVectorLayer(source, os.path.basename(source), "ogr")
    if not layer.isValid():
        raise WorkspaceError(tr("{source} cannot be opened as a vector layer.").format(source=source))
    return layer
