"""Publishing a workspace to a shared one, and taking a shared one offline (issue 18).

One copy, by uuid, through ``storage`` only, so the same code moves the rows of every
layer GeoPackage → PostGIS (publish), PostGIS → GeoPackage (take offline), or between
two GeoPackages:

- a source row whose uuid the target lacks is added; one the target has is updated
  where a value differs (the source's value is written) and left alone where none
  does: publishing again changes nothing and never doubles a row;
- a row only in the target is kept. It is another editor's work (several people
  publish into one shared schema), or a row deleted in the source since the last
  publish: without a record of what was published the two look the same, and
  deleting the first would lose someone else's work. Only where asked
  (``delete_missing``) does the target become the source's mirror: every row the
  source lacks goes;
- where the target does not exist yet it is made first, with the same layers,
  fields, code lists, default styles and ``schema_version`` as ``createworkspace``
  writes; a target of another kelurahan (another kelurahan uuid), of another schema
  version or CRS is refused before anything is written;
- the rows go in one transaction (``storage.change_rows``): a failure leaves an
  existing target as it was, and a target made by this copy is removed again.
"""

import contextlib
import json
import os
from dataclasses import dataclass

from osgeo import ogr

from ..core import merge, schema
from ..i18n import tr
from . import _remove_scratch, _replace_files, check_readable_path, project_path_for, scratch_path, storage
from .project import kelurahan_outline, shown, write_project
from .storage import GEOMETRY_COLUMN, WorkspaceError
from .styles import default_styles

# A coordinate moved by less than this (in the workspace CRS's metres) is not an edit: the
# backends write a geometry's text with different digits (GDAL's ISO WKT, PostGIS's).
COORDINATE_TOLERANCE = 1e-6


@dataclass
class LayerCount:
    """What a copy did to one layer of the target."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0      # only in the target, left there
    deleted: int = 0   # only in the target, deleted (delete_missing)


def schema_rows(reference, layer_def):
    """A layer's rows restricted to the schema's columns (and the geometry); None where absent."""
    found = storage.read_features(reference, layer_def.name)
    if found is None:
        return None
    columns = set(layer_def.field_names()) | ({GEOMETRY_COLUMN} if layer_def.is_spatial else set())
    return [{k: v for k, v in row.items() if k in columns} for row in found]


def _comparable(value):
    """A value as both backends mean it: a date as ISO text (OGR reads ``2026/10/03``), a
    boolean as 0/1 (a GeoPackage stores it as an integer)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and len(value) == 10 and value[4] == value[7] == "/":
        return value.replace("/", "-")
    return value


def _coordinates_close(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_coordinates_close(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) <= COORDINATE_TOLERANCE
    return a == b


def same_geometry(a, b):
    """Whether two WKT texts are the same geometry, to ``COORDINATE_TOLERANCE``."""
    if a == b or not a or not b:
        return (a or None) == (b or None)
    first, second = ogr.CreateGeometryFromWkt(a), ogr.CreateGeometryFromWkt(b)
    if first is None or second is None:
        return False
    if first.GetGeometryType() != second.GetGeometryType():
        return False
    return _coordinates_close(json.loads(first.ExportToJson())["coordinates"],
                              json.loads(second.ExportToJson())["coordinates"])


def _same(column, a, b):
    if column == GEOMETRY_COLUMN:
        return same_geometry(a, b)
    return merge.same(_comparable(a), _comparable(b))


def _by_uuid(rows, layer_def, which, language):
    """``{uuid: row}``; a row without a uuid, or a uuid twice, is refused: it cannot be matched."""
    found = {}
    for number, row in enumerate(rows, 1):
        uuid = row.get("uuid")
        if not uuid:
            raise WorkspaceError(tr(
                "Row {number} of {layer} in {workspace} has no uuid, so it cannot be matched with the other "
                "workspace. Give it one (the form fills it) and try again; nothing was written.", language).format(
                    number=number, layer=layer_def.title.text(language), workspace=which))
        if uuid in found:
            raise WorkspaceError(tr(
                "The uuid {uuid} is twice in {layer} of {workspace}; each row needs its own. Nothing was "
                "written.", language).format(uuid=uuid, layer=layer_def.title.text(language), workspace=which))
        found[uuid] = row
    return found


def layer_changes(layer_def, source_rows, target_rows, delete_missing=False, language=schema.DEFAULT_LANGUAGE,
                  source="", target=""):
    """What copying ``source_rows`` over ``target_rows`` writes to one layer:
    ``({"update": {uuid: {field: value}}, "insert": [row], "delete": [uuid]}, LayerCount)``."""
    ours = _by_uuid(source_rows, layer_def, source, language)
    theirs = _by_uuid(target_rows, layer_def, target, language)
    change, count = {"update": {}, "insert": [], "delete": []}, LayerCount()
    for uuid, row in ours.items():
        there = theirs.get(uuid)
        if there is None:
            change["insert"].append(row)
            count.added += 1
            continue
        differing = {column: value for column, value in row.items() if not _same(column, value, there.get(column))}
        if differing:
            change["update"][uuid] = differing
            count.updated += 1
        else:
            count.unchanged += 1
    for uuid in theirs.keys() - ours.keys():
        if delete_missing:
            change["delete"].append(uuid)
            count.deleted += 1
        else:
            count.kept += 1
    return change, count


def workspace_exists(reference):
    """Whether there is a workspace at ``reference`` (a GeoPackage file, a PostGIS schema)."""
    if storage.is_postgis(reference):
        return storage.backend(reference).schema_exists(reference)
    return os.path.exists(str(reference))


def remove_workspace(reference):
    """Remove a workspace this copy made (never one that was there before), its project too."""
    if storage.is_postgis(reference):
        storage.backend(reference).undo_create(reference)   # the schema, its styles and project
        return
    for path in (reference, reference + "-journal", reference + "-wal", reference + "-shm",
                 project_path_for(reference)):
        if os.path.exists(path):
            os.remove(path)


def _current_version(reference, language):
    version = storage.read_schema_version(reference)
    if version != schema.SCHEMA_VERSION:
        raise WorkspaceError(tr(
            "{workspace} has schema version {found}; this plugin copies workspaces of version {known}. Upgrade it "
            "first with 'Upgrade workspace'; nothing was written.", language).format(
                workspace=shown(reference), found=version, known=schema.SCHEMA_VERSION))
    return version


def _check_target(source, target, crs, language):
    """Refuse a target that is not the same kelurahan's workspace of this schema, in this CRS."""
    _current_version(target, language)
    ours, theirs = storage.kelurahan_identity(source), storage.kelurahan_identity(target)
    if theirs[0] is not None and ours[0] != theirs[0]:
        raise WorkspaceError(tr(
            "{target} holds another kelurahan ({theirs}, uuid {theirs_uuid}) than {source} ({ours}, uuid "
            "{ours_uuid}). Publish each kelurahan into its own schema; nothing was written.", language).format(
                target=shown(target), theirs=theirs[1] or "-", theirs_uuid=theirs[0], source=shown(source),
                ours=ours[1] or "-",
                ours_uuid=ours[0] or "-"))
    target_crs = kelurahan_outline(target)[1]
    if target_crs != crs:
        raise WorkspaceError(tr(
            "{target} is stored in {theirs}, {source} in {ours}; a copy does not reproject. Nothing was "
            "written.", language).format(target=shown(target), theirs=target_crs.authid() or target_crs.description(),
                                         source=shown(source), ours=crs.authid() or crs.description()))


def copy_workspace(source, target, delete_missing=False, language=None, feedback=None, project=True):
    """Copy every layer's rows of the workspace ``source`` into ``target`` by uuid (see the
    module's text), making ``target`` first where it does not exist, with its QGIS project
    (``project``) as ``createworkspace`` writes it.

    Returns ``{layer: LayerCount}`` (the layers the source has).
    """
    language = language or storage.workspace_language(source)
    if not storage.is_postgis(target) and not str(target).lower().endswith(".gpkg"):
        raise WorkspaceError(tr(
            "{target} names no workspace: give a PostGIS schema (a QGIS connection name and the schema, "
            "'Pokja Kota|schema=pondok_pinang'; 'service=pokja schema=pondok_pinang'; "
            "'postgresql://user@host:5432/db?schema=pondok_pinang') or a GeoPackage (.gpkg). Nothing was "
            "written.", language).format(target=shown(target)))
    _current_version(source, language)
    storage.check_intact(source)
    crs = kelurahan_outline(source)[1]
    exists = workspace_exists(target)
    if exists:
        storage.check_intact(target)
        _check_target(source, target, crs, language)
    changes, counts = {}, {}
    for step, layer_def in enumerate(schema.LAYERS):
        if feedback is not None:
            if feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; nothing was written.", language))
            feedback.setProgress(80.0 * step / len(schema.LAYERS))
        rows = schema_rows(source, layer_def)
        if rows is None:
            continue   # a results table the source never computed
        there = (schema_rows(target, layer_def) or []) if exists else []
        change, counts[layer_def.name] = layer_changes(
            layer_def, rows, there, delete_missing, language, shown(source), shown(target))
        if any(change.values()):
            changes[layer_def.name] = change
    try:
        if not exists:
            stored = storage.workspace_language(source)   # the target's layer names, forms and codes
            storage.write_schema(target, crs.toWkt(), stored, default_styles(stored, feedback), None)
        if changes:
            storage.change_rows(target, changes)
        if not exists and project:
            _write_target_project(target, stored)
    except BaseException:
        if not exists:
            # What went wrong is the user's message; a leftover the removal cannot take is not.
            with contextlib.suppress(Exception):
                remove_workspace(target)
        raise
    if feedback is not None:
        feedback.setProgress(100)
    return counts


def _write_target_project(target, language):
    """The QGIS project of a workspace just made: beside the GeoPackage, or in the schema."""
    outline, crs = kelurahan_outline(target)
    write_project(target, project_path_for(target), crs.toWkt(), storage.kelurahan_identity(target)[1] or "",
                  language, outline.boundingBox() if outline is not None else None)


def summary_lines(counts, language):
    """Per layer that has rows: added + updated + unchanged, and the target's own rows kept or deleted."""
    lines = []
    for name, count in counts.items():
        if not any((count.added, count.updated, count.unchanged, count.kept, count.deleted)):
            continue
        lines.append(tr("{layer}: {added} added, {updated} updated, {unchanged} unchanged; {kept} only in the "
                        "target kept, {deleted} deleted.", language).format(
                            layer=schema.layer(name).title.text(language), added=count.added,
                            updated=count.updated, unchanged=count.unchanged, kept=count.kept,
                            deleted=count.deleted))
    return lines


def totals(counts):
    """The ``LayerCount`` of every layer added up."""
    total = LayerCount()
    for count in counts.values():
        for name in ("added", "updated", "unchanged", "kept", "deleted"):
            setattr(total, name, getattr(total, name) + getattr(count, name))
    return total


def take_offline(source, path, overwrite=False, feedback=None):
    """A new GeoPackage workspace at ``path`` with the rows of the (shared) workspace
    ``source``, and its QGIS project, as ``createworkspace`` writes them; field
    packages are then made from it as from any workspace. An existing workspace at
    ``path`` is refused unless ``overwrite``: then its files are kept as a dated
    backup. Returns ``(path, project path, {layer: LayerCount})``."""
    language = storage.workspace_language(source)
    if not str(path).lower().endswith(".gpkg"):
        path = str(path) + ".gpkg"
    path = os.path.abspath(path)
    check_readable_path(path)
    project_path = project_path_for(path)
    existing = [p for p in (path, project_path) if os.path.exists(p)]
    if existing and not overwrite:
        raise WorkspaceError(tr(
            "{path} already exists. A workspace is not replaced unless you tick 'Replace an existing "
            "workspace' (OVERWRITE); its files are then kept as a dated backup.", language).format(path=existing[0]))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    built = scratch_path(path)
    _remove_scratch(path)   # a killed run's leftovers
    try:
        counts = copy_workspace(source, built, language=language, feedback=feedback, project=False)
        outline, crs = kelurahan_outline(built)
        title = storage.kelurahan_identity(built)[1] or os.path.splitext(os.path.basename(path))[0]
        kept = _replace_files(path, project_path, built, lambda target: write_project(
            path, target, crs.toWkt(), title, language, outline.boundingBox() if outline is not None else None))
    finally:
        _remove_scratch(path)
    if feedback is not None:
        for copy in kept:
            feedback.pushInfo(tr("The replaced file is kept as {path}", language).format(path=copy))
    return path, project_path, counts
