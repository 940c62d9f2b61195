"""Field packages: a copy of the workspace for one team's tablet (QField, Mergin
Maps), and the three-way merge of the returned copies (``core.merge``).

A package is a folder:

- ``data.gpkg``: the layers the team edits (and, read-only, the boundaries and
  the meetings they refer to, without personal data), optionally only the team's
  RW (and, of the meetings, the team's RW's and the kelurahan-wide ones);
- ``base.gpkg``: the same rows as packaged, read-only: the base of the merge;
- ``project.qgs``: the forms and styles, relative paths only;
- ``package.json``: the team, the time, the workspace's identity (kelurahan
  uuid and name, schema version), the layers, and where each photo came from;
- ``DCIM/``: the photos, referred to by relative paths;
- optionally ``basemap.mbtiles`` / ``basemap.gpkg``: the user's raster (never downloaded).
"""

import datetime
import filecmp
import json
import os
import shutil
import stat
import uuid as uuid_module

from osgeo import ogr
from qgis.core import QgsEditorWidgetSetup, QgsGeometry, QgsProject, QgsRasterLayer

from ..core import merge, schema
from ..core.boundaries import CodeError, normalise_code
from ..i18n import tr

# The package's own files (data.gpkg, base.gpkg) are GeoPackages; the workspace is either
# backend: what reads or writes it goes through storage.
from .geopackage import copy_for_package, package_schema_version
from .project import kelurahan_outline, workspace_folder, write_project
from .publish import copy_workspace, schema_rows
from .storage import (
    GEOMETRY_COLUMN,
    WorkspaceError,
    change_rows,
    is_postgis,
    kelurahan_identity,
    last_changed,
    read_features,
    workspace_language,
)

DATA = "data.gpkg"
BASE = "base.gpkg"
PROJECT = "project.qgs"
METADATA = "package.json"
PHOTOS = "DCIM"
# What a team edits on its tablet; the rest of the workspace stays at the office.
EDITED_LAYERS = ("households", "facilities", "problems", "candidate_sites", "actions")
# Shown on the tablet, not edited: the boundaries, and the meetings the forms refer to.
READ_ONLY_LAYERS = ("kelurahan", "rw", "rt") + tuple(sorted(
    {f.references for name in EDITED_LAYERS for f in schema.layer(name).fields if f.references}))
# A tablet shows the read-only layers for reference only: their personal data (the
# meetings' facilitator) stays at the office. The edited layers keep theirs: the team
# visits those very households and needs the head's name and phone to find them.
PERSONAL_LEFT_OUT = {name: tuple(f.name for f in schema.layer(name).fields if f.personal)
                     for name in READ_ONLY_LAYERS}
BASEMAP_EXTENSIONS = (".mbtiles", ".gpkg")


def _now():
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


# --- Making a package ---------------------------------------------------------------

def make_package(workspace_path, folder, team, rw=None, basemap=None, feedback=None):
    """Write the package of ``team`` (only RW ``rw`` where given) into ``folder``
    (new or empty). Returns the package's metadata (``package.json``)."""
    team = (team or "").strip()
    if not team:
        raise WorkspaceError(tr("Give the team or device a name: it is how its edits are known at the merge."))
    if os.path.isdir(folder) and os.listdir(folder):
        raise WorkspaceError(tr("The folder {folder} is not empty. Choose a new or empty folder for the "
                                "package.").format(folder=folder))
    if basemap and (not os.path.isfile(basemap) or os.path.splitext(basemap)[1].lower() not in BASEMAP_EXTENSIONS):
        raise WorkspaceError(tr("The basemap {path} is not an MBTiles or GeoPackage file.").format(path=basemap))
    if basemap and not QgsRasterLayer(basemap, "basemap", "gdal").isValid():
        raise WorkspaceError(tr("The basemap {path} holds no raster QGIS can read.").format(path=basemap))
    keep = {}
    if rw:
        try:
            rw = normalise_code(rw)   # "RW 3", "03" and "3" are "003", as the boundary import stores it
        except CodeError:
            pass   # refused below, with the codes there are
        codes = sorted({row["code"] for row in read_features(workspace_path, "rw") if row["code"]})
        if rw not in codes:
            raise WorkspaceError(tr("The workspace has no RW {rw}; its RW are: {codes}.").format(
                rw=rw, codes=", ".join(codes) or "-"))
        keep = {name: ("rw", (rw,)) for name in EDITED_LAYERS + ("rt",)}
        keep["rw"] = ("code", (rw,))
        # The team's own meetings and the kelurahan-wide ones (no RW), not another RW's.
        keep["meetings"] = ("rw", (None, "") + tuple(sorted(
            {row["rw"] for row in read_features(workspace_path, "meetings") if _same_rw(row["rw"], rw)})))
    created = not os.path.isdir(folder)
    os.makedirs(folder, exist_ok=True)
    try:
        return _write_package(workspace_path, folder, team, rw, basemap, keep, feedback)
    except BaseException as error:
        # Nothing half-made is left for a tablet to pick up.
        _remove_package(folder, created)
        if isinstance(error, OSError):   # a full disk, a read-only folder
            raise WorkspaceError(tr("The package cannot be written to {folder} ({reason}); nothing was left "
                                    "there.").format(folder=folder, reason=error.strerror or error)) from error
        raise


def _same_rw(value, rw):
    """Whether the RW typed on a meeting (``"3"``, ``"RW 03"``) is the code ``rw``."""
    try:
        return bool(value) and normalise_code(value) == rw
    except CodeError:
        return False


def _remove_package(folder, created):
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.chmod(path, stat.S_IWUSR | stat.S_IRUSR)
            os.remove(path)
    if created:
        os.rmdir(folder)


def _write_package(workspace_path, folder, team, rw, basemap, keep, feedback):
    data = os.path.join(folder, DATA)
    if is_postgis(workspace_path):
        # A shared workspace is first copied into a GeoPackage beside the package (as
        # csiap:takeoffline copies it), which is then cut down like any workspace file.
        whole = os.path.join(folder, ".workspace.gpkg")
        try:
            copy_workspace(workspace_path, whole, project=False)
            copy_for_package(whole, data, EDITED_LAYERS + READ_ONLY_LAYERS, keep, PERSONAL_LEFT_OUT)
        finally:
            for leftover in (whole, whole + "-journal", whole + "-wal", whole + "-shm"):
                if os.path.exists(leftover):
                    os.remove(leftover)
    else:
        copy_for_package(workspace_path, data, EDITED_LAYERS + READ_ONLY_LAYERS, keep, PERSONAL_LEFT_OUT)
    if feedback is not None:
        feedback.setProgress(30)
    photos = _package_photos(workspace_path, folder, data, feedback)
    base = os.path.join(folder, BASE)
    shutil.copyfile(data, base)
    os.chmod(base, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    kelurahan_uuid, kelurahan = kelurahan_identity(data)
    metadata = {
        "format": "csiap-field-package", "team": team, "rw": rw or None, "packaged_at": _now(),
        "kelurahan_uuid": kelurahan_uuid, "kelurahan": kelurahan, "schema_version": schema.SCHEMA_VERSION,
        "layers": list(EDITED_LAYERS), "read_only": list(READ_ONLY_LAYERS), "photos": photos,
        "basemap": None,
    }
    if basemap:
        metadata["basemap"] = "basemap" + os.path.splitext(basemap)[1].lower()
        shutil.copyfile(basemap, os.path.join(folder, metadata["basemap"]))
    language = workspace_language(data)
    outline, crs = kelurahan_outline(data)
    rw_rows = read_features(data, "rw") if rw else []
    extent = None
    if rw_rows and rw_rows[0].get(GEOMETRY_COLUMN):
        extent = QgsGeometry.fromWkt(rw_rows[0][GEOMETRY_COLUMN]).boundingBox()
    elif outline is not None:
        extent = outline.boundingBox()
    project_path = os.path.join(folder, PROJECT)
    title = "{} · {}".format(kelurahan or "", team)
    write_project(data, project_path, crs.toWkt(), title, language, extent,
                  layer_names=EDITED_LAYERS + READ_ONLY_LAYERS, read_only=READ_ONLY_LAYERS)
    _finish_project(project_path, os.path.join(folder, metadata["basemap"]) if basemap else None)
    with open(os.path.join(folder, METADATA), "w", encoding="utf-8") as handle:
        json.dump(metadata, handle, indent=1, ensure_ascii=False)
    if feedback is not None:
        feedback.setProgress(100)
    return metadata


def _package_photos(workspace_path, folder, data, feedback):
    """Copy the photos of the packaged rows under ``DCIM/`` and point the rows at them;
    ``{package path: workspace path}``, to bring the paths back at the merge."""
    home = workspace_folder(workspace_path)
    photos, updates = {}, {}
    for name in EDITED_LAYERS:
        if "photo" not in schema.layer(name).field_names():
            continue
        for row in read_features(data, name) or ():
            if feedback is not None and feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; nothing was written."))
            value = row.get("photo")
            if not value:
                continue
            source = value if os.path.isabs(value) else os.path.join(home, value)
            if not os.path.isfile(source):
                if feedback is not None:
                    feedback.pushWarning(tr("The photo {path} of {layer} {uuid} is not there; its path is kept "
                                            "as it is.").format(path=value, layer=name, uuid=row["uuid"]))
                continue
            target = "{}/{}".format(PHOTOS, os.path.basename(source))
            number = 1
            while target in photos and photos[target] != value:
                number += 1
                stem, extension = os.path.splitext(os.path.basename(source))
                target = "{}/{}_{}{}".format(PHOTOS, stem, number, extension)
            os.makedirs(os.path.join(folder, PHOTOS), exist_ok=True)
            shutil.copy2(source, os.path.join(folder, target))
            photos[target] = value
            updates.setdefault(name, {"update": {}})["update"][row["uuid"]] = {"photo": target}
    if updates:
        change_rows(data, updates)
    return photos


def _finish_project(project_path, raster_path):
    """The package's project without an absolute path: its value relations name their
    layer relative to the project (QGIS writes those as given); and the basemap, if
    any, under every other layer."""
    project = QgsProject()
    try:
        if not project.read(project_path):
            raise WorkspaceError(tr("Cannot read the project {path}: {reason}").format(
                path=project_path, reason=project.error()))
        for layer in project.mapLayers().values():
            for index in range(layer.fields().count()):
                setup = layer.editorWidgetSetup(index)
                config = dict(setup.config())
                if setup.type() == schema.WIDGET_VALUE_RELATION and config.get("LayerSource"):
                    config["LayerSource"] = "./{}|layername={}".format(DATA, config.get("LayerName", ""))
                    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(setup.type(), config))
        if raster_path:
            layer = QgsRasterLayer(raster_path, tr("Basemap"), "gdal")
            project.addMapLayer(layer, False)
            project.layerTreeRoot().addLayer(layer)
        if not project.write(project_path):
            raise WorkspaceError(tr("Cannot write the project {path}: {reason}").format(
                path=project_path, reason=project.error()))
    finally:
        project.clear()


# --- Reading a returned package -----------------------------------------------------

class ReturnedPackage:
    """A package folder brought back, checked against the workspace it must merge into."""

    def __init__(self, folder, metadata):
        self.folder = folder
        self.metadata = metadata
        self.team = metadata["team"]
        self.data = os.path.join(folder, DATA)
        self.base = os.path.join(folder, BASE)
        # When the tablet last saved the package: the newest-wins policy compares it.
        self.when = last_changed(self.data)


def open_package(folder, workspace_path):
    """The package in ``folder`` (or the folder of a file in it), refused with the reason
    where it is not one, comes from another workspace, or from a newer plugin."""
    if os.path.isfile(folder):
        folder = os.path.dirname(folder)
    path = os.path.join(folder, METADATA)
    try:
        with open(path, encoding="utf-8") as handle:
            metadata = json.load(handle)
    except (OSError, ValueError) as error:
        raise WorkspaceError(tr("{folder} is not a field package (no readable {name}: {reason}).").format(
            folder=folder, name=METADATA, reason=error)) from error
    if metadata.get("format") != "csiap-field-package" or not metadata.get("team"):
        raise WorkspaceError(tr("{folder} is not a field package made by CSIAP Planner.").format(folder=folder))
    for name in (DATA, BASE):
        if not os.path.isfile(os.path.join(folder, name)):
            raise WorkspaceError(tr("The package {folder} lacks its {name}; it cannot be merged.").format(
                folder=folder, name=name))
    package = ReturnedPackage(folder, metadata)
    version = package_schema_version(package.data)
    if version is None or version > schema.SCHEMA_VERSION:
        raise WorkspaceError(tr(
            "The package {folder} was made by a newer CSIAP Planner (schema version {found}; this plugin knows up "
            "to {known}). Update the plugin, then merge it.").format(
                folder=folder, found=version, known=schema.SCHEMA_VERSION))
    package.version = version
    ours = kelurahan_identity(workspace_path)
    theirs = kelurahan_identity(package.data)
    if ours[0] != theirs[0] or metadata.get("kelurahan_uuid") not in (None, ours[0]):
        raise WorkspaceError(tr(
            "The package {folder} comes from another workspace (kelurahan {theirs}, not {ours}); it was not "
            "merged. Merge it into the workspace it was made from.").format(
                folder=folder, theirs=theirs[1] or theirs[0], ours=ours[1] or ours[0]))
    return package


# --- Merging ------------------------------------------------------------------------

def _validator(layer_def, language):
    def validate(row):
        """Why the changed values ``row`` cannot be merged, or None."""
        for field in layer_def.fields:
            if field.name not in row:
                continue
            value = row[field.name]
            if value in (None, ""):
                if field.required and field.name != "uuid":
                    return tr("{field} is empty; it is required", language).format(field=field.alias.text(language))
                continue
            if field.codelist is not None and value not in field.codelist.values():
                return tr("{field} holds {value!r}, not one of its codes", language).format(
                    field=field.alias.text(language), value=value)
            if field.type in (schema.INTEGER, schema.REAL) and not isinstance(value, bool):
                if field.minimum is not None and value < field.minimum or (
                        field.maximum is not None and value > field.maximum):
                    return tr("{field} is {value}, outside {low}–{high}", language).format(
                        field=field.alias.text(language), value=value,
                        low="" if field.minimum is None else "{:g}".format(field.minimum),
                        high="" if field.maximum is None else "{:g}".format(field.maximum))
        return None
    return validate


def _columns(layer_def):
    return set(layer_def.field_names()) | ({GEOMETRY_COLUMN} if layer_def.is_spatial else set())


class Photos:
    """Bringing a package's photo paths back to the workspace's (and the new photos in)."""

    def __init__(self, workspace_path):
        self.home = workspace_folder(workspace_path)
        self.copies = {}   # source file -> workspace-relative path
        self.copied = 0

    def translate(self, package, rows):
        mapping = package.metadata.get("photos") or {}
        for row in rows:
            value = row.get("photo")
            if not value:
                continue
            if value in mapping:
                row["photo"] = mapping[value]
                continue
            source = os.path.join(package.folder, value)
            if os.path.isfile(source):
                row["photo"] = self._target(source, package.team)

    def _target(self, source, team):
        if source in self.copies:
            return self.copies[source]
        name = os.path.basename(source)
        planned = {relative: other for other, relative in self.copies.items()}
        for candidate in ("{}/{}".format(PHOTOS, name), "{}/{}_{}".format(PHOTOS, _safe(team), name)):
            target = os.path.join(self.home, candidate)
            # Free, or holding this very photo already (a re-run): on disk and among this merge's copies.
            if (not os.path.exists(target) or filecmp.cmp(source, target, shallow=False)) and (
                    candidate not in planned or filecmp.cmp(source, planned[candidate], shallow=False)):
                self.copies[source] = candidate
                return candidate
        stem, extension = os.path.splitext(name)
        candidate = "{}/{}_{}_{}{}".format(PHOTOS, _safe(team), stem, uuid_module.uuid4().hex[:8], extension)
        self.copies[source] = candidate
        return candidate

    def copy(self):
        """Copy the new photos (before the rows that name them are written: a kill between
        leaves a spare file, never a row naming a missing photo)."""
        for source, relative in self.copies.items():
            target = os.path.join(self.home, relative)
            if os.path.exists(target):
                continue   # the same photo (checked when it was named)
            try:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copy2(source, target)
            except OSError as error:   # a full disk, a read-only folder
                raise WorkspaceError(tr("The photo {source} cannot be copied to {target} ({reason}); the workspace "
                                        "was not changed.").format(source=source, target=target,
                                                                   reason=error.strerror or error)) from error
            self.copied += 1


def _safe(text):
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in text)


def known_conflicts(workspace_path, layer_name):
    rows = [r for r in read_features(workspace_path, "merge_conflicts") or [] if r["layer_name"] == layer_name]
    known = {(r["feature_uuid"], r["column_name"], r["package"], r["theirs"]) for r in rows}
    # A row whose edit against a delete was resolved is not raised again by another package's edit of it.
    return known | {(r["feature_uuid"], merge.ROW, None, None) for r in rows
                    if r["column_name"] == merge.ROW and r["resolved"]}


def _place(wkt):
    """A point for the map: on the feature's surface (a point, a line's or a polygon's)."""
    if not wkt:
        return None
    geometry = ogr.CreateGeometryFromWkt(wkt)
    if geometry is None or geometry.IsEmpty():
        return None
    point = geometry.PointOnSurface() if geometry.GetDimension() > 0 else geometry
    if point is None or point.IsEmpty():
        point = geometry.Centroid()
    return bytes(point.ExportToWkb())


def merge_packages(workspace_path, folders, policy=merge.POLICY_NONE, language=schema.DEFAULT_LANGUAGE,
                   feedback=None):
    """Merge the packages in ``folders`` into the workspace, in one transaction.

    Returns ``{"packages": {team: {layer: Counts}}, "conflicts": n, "photos": n,
    "changes": n, "upgraded": [teams]}``.
    """
    packages = [open_package(folder, workspace_path) for folder in folders]
    teams = [p.team for p in packages]
    repeated = sorted({t for t in teams if teams.count(t) > 1})
    if repeated:
        raise WorkspaceError(tr("Two packages carry the team name {team}; merge them one at a time, or give "
                                "each team its own name.").format(team=repeated[0]))
    office_when = last_changed(workspace_path)
    photos = Photos(workspace_path)
    changes, conflict_rows, report = {}, [], {p.team: {} for p in packages}
    areas = None
    merged_at = _now()
    for step, layer_name in enumerate(EDITED_LAYERS):
        if feedback is not None:
            if feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; the workspace was not changed."))
            feedback.setProgress(80.0 * step / len(EDITED_LAYERS))
        layer_def = schema.layer(layer_name)
        workspace_rows = schema_rows(workspace_path, layer_def) or []
        inputs = []
        for package in packages:
            rows, base = schema_rows(package.data, layer_def), schema_rows(package.base, layer_def)
            if rows is None or base is None:
                continue   # an older package without this layer
            photos.translate(package, rows)
            photos.translate(package, base)
            inputs.append(merge.Package(package.team, base, rows, package.when))
        if not inputs:
            continue
        result = merge.merge({r["uuid"]: r for r in workspace_rows if r.get("uuid")}, inputs, policy=policy,
                             office_when=office_when, validate=_validator(layer_def, language),
                             known=known_conflicts(workspace_path, layer_name))
        for team, counts in result.counts.items():
            report[team][layer_name] = counts
        if layer_name in schema.ATTACHED_LAYERS:
            areas = areas if areas is not None else _areas(workspace_path)
            _attach_moved(result, areas)
        if result.changes:
            changes[layer_name] = {"update": result.updates, "insert": list(result.inserts.values()),
                                   "delete": list(result.deletes)}
        for found in result.conflicts:
            conflict_rows.append({
                "uuid": str(uuid_module.uuid4()), "layer_name": layer_name, "feature_uuid": found.uuid,
                "column_name": found.column, "base_value": merge.text(found.base), "ours": merge.text(found.ours),
                "theirs": merge.text(found.theirs), "package": found.package, "packaged_at": _packaged_at(
                    packages, found.package), "merged_at": merged_at, "resolved": bool(found.resolution),
                "resolution": found.resolution or None,
                "resolved_by": "policy: {}".format(found.policy) if found.resolution else None,
                "resolved_at": merged_at if found.resolution else None, "wkb": _place(found.place)})
    photos.copy()
    if conflict_rows:
        changes["merge_conflicts"] = {"insert": conflict_rows}
    if changes:
        change_rows(workspace_path, changes)
    if feedback is not None:
        feedback.setProgress(100)
    return {"packages": report, "conflicts": len(conflict_rows), "photos": photos.copied,
            "changes": sum(len(c.get("update", {})) + len(c.get("insert", ())) + len(c.get("delete", ()))
                           for name, c in changes.items() if name != "merge_conflicts"),
            "upgraded": [p.team for p in packages if p.version < schema.SCHEMA_VERSION]}


def _areas(workspace_path):
    """The workspace's RT (or RW) polygons, to give moved and new points their RW and RT
    inside the merge's one transaction; an empty index where it has none."""
    from .attach import AreaIndex, rt_index

    try:
        return rt_index(workspace_path)[0]
    except WorkspaceError:
        return AreaIndex([], lambda f: None)


def _attach_moved(result, areas):
    """``rw``/``rt`` of the points a merge moves or adds, from the polygons they now lie in
    (a field app does not fill them; ``csiap:attachtoareas`` has the same rule)."""
    _attach_rows([values for values in result.updates.values() if GEOMETRY_COLUMN in values]
                 + list(result.inserts.values()), areas)


def _attach_rows(rows, areas):
    """Set ``rw``/``rt`` of each row (``{field: value}`` with a WKT geometry) from ``areas``."""
    if not len(areas):
        return
    for row in rows:
        wkt = row.get(GEOMETRY_COLUMN)
        code = areas.code_for(QgsGeometry.fromWkt(wkt)) if wkt else None
        # Outside every area: empty, as the attach algorithm leaves it.
        row["rw"], row["rt"] = code if code is not None else (None, None)


def _packaged_at(packages, team):
    return next(p.metadata.get("packaged_at") for p in packages if p.team == team)


# --- Resolving ----------------------------------------------------------------------

def _typed(layer_def, column, value):
    """A conflict's stored text back in its column's type."""
    if value is None or column == GEOMETRY_COLUMN:
        return value
    kind = layer_def.field(column).type
    if kind == schema.INTEGER:
        return int(float(value))
    if kind == schema.REAL:
        return float(value)
    if kind == schema.BOOLEAN:
        return value in ("1", "True", "true")
    return value


def resolve_conflicts(workspace_path, conflict_uuids, choice, who=""):
    """Resolve the open conflicts named by their uuids, taking "ours" (the office's value
    stays) or "theirs" (the package's value is written), in one transaction."""
    if choice not in ("ours", "theirs"):
        raise ValueError(choice)
    wanted = set(conflict_uuids)
    rows = [r for r in read_features(workspace_path, "merge_conflicts") or [] if r["uuid"] in wanted
            and not r["resolved"]]
    if choice == "theirs":
        chosen = {}
        for row in rows:
            key = (row["layer_name"], row["feature_uuid"], row["column_name"])
            if key in chosen and chosen[key] != row["theirs"]:
                raise WorkspaceError(tr(
                    "Two of the chosen conflicts give {layer} {uuid}.{column} different values ({one}, {other}); "
                    "take one team's value at a time. Nothing was changed.").format(
                        layer=row["layer_name"], uuid=row["feature_uuid"], column=row["column_name"],
                        one=chosen[key], other=row["theirs"]))
            chosen[key] = row["theirs"]
    changes = {}
    now = _now()
    for row in rows:
        action, value = merge.resolved_value({"column": row["column_name"], "theirs": row["theirs"]}, choice)
        layer_def = schema.layer(row["layer_name"])
        change = changes.setdefault(layer_def.name, {"update": {}, "insert": [], "delete": []})
        if action == "set":
            change["update"].setdefault(row["feature_uuid"], {})[row["column_name"]] = _typed(
                layer_def, row["column_name"], value)
        elif action == "delete":
            change["delete"].append(row["feature_uuid"])
        elif action == "insert":
            columns = _columns(layer_def)
            change["insert"].append({k: (_typed(layer_def, k, v) if k != GEOMETRY_COLUMN else v)
                                     for k, v in value.items() if k in columns})
        resolved = changes.setdefault("merge_conflicts", {"update": {}})
        resolved["update"][row["uuid"]] = {"resolved": True, "resolution": choice, "resolved_by": who or None,
                                          "resolved_at": now}
    # A point put back where the team had it, or a row brought back: its RW and RT from where it lies.
    moved = [values for name, change in changes.items() if name in schema.ATTACHED_LAYERS
             for values in list(change["update"].values()) + change["insert"]
             if GEOMETRY_COLUMN in values]
    if moved:
        _attach_rows(moved, _areas(workspace_path))
    if changes:
        change_rows(workspace_path, changes)
    return len(rows)


def project_file(folder):
    return os.path.join(folder, PROJECT)


def report_lines(result, policy, language):
    """The merge's summary for people: per team and layer, rows = unchanged + applied +
    conflicts + rejected, each rejected row with its reason; the policy; the photos."""
    lines = [tr("Policy for conflicts: {policy}.", language).format(policy=policy_label(policy, language))]
    for team, layers in result["packages"].items():
        for layer_name, counts in layers.items():
            lines.append(tr("{team} · {layer}: {rows} rows = {unchanged} unchanged + {applied} applied + "
                            "{conflicts} in conflict + {rejected} rejected.", language).format(
                team=team, layer=schema.layer(layer_name).title.text(language), rows=counts.rows,
                unchanged=counts.unchanged, applied=counts.applied, conflicts=counts.conflicts,
                rejected=len(counts.rejected)))
            for uuid, reason in counts.rejected:
                lines.append(tr("{team} · {layer}, row {uuid}: rejected, {reason}.", language).format(
                    team=team, layer=schema.layer(layer_name).title.text(language), uuid=uuid,
                    reason=_reason(reason, language)))
    lines.append(tr("{conflicts} new conflicts recorded in the layer of merge conflicts; {photos} photos "
                    "copied.", language).format(conflicts=result["conflicts"], photos=result["photos"]))
    for team in result["upgraded"]:
        lines.append(tr("The package of {team} was made by an older schema: read as upgraded (the fields it "
                        "lacked count as unchanged), every row kept.", language).format(team=team))
    return lines


def _reason(reason, language):
    """core.merge's reasons in the user's language (the validator's are translated already)."""
    return {"no uuid": tr("no uuid", language),
            "uuid repeated in the package": tr("its uuid is repeated in the package", language)}.get(reason, reason)


def policy_label(policy, language):
    return {
        merge.POLICY_NONE: tr("none: every conflict waits to be resolved, nothing is overwritten", language),
        merge.POLICY_OFFICE: tr("office wins: the workspace's values stay", language),
        merge.POLICY_FIELD: tr("field wins: the package's value is written (the newest package's, where "
                               "packages differ)", language),
        merge.POLICY_NEWEST: tr("newest wins: the value saved last, by the time the package's and the "
                                "workspace's files were saved (the office's only where it changed the value)",
                                language),
    }[policy]


def write_report(path, title, lines):
    import html

    with open(path, "w", encoding="utf-8") as handle:
        handle.write("<!DOCTYPE html><html><head><meta charset='utf-8'><title>{0}</title></head><body>"
                     "<h1>{0}</h1><ul>{1}</ul></body></html>\n".format(
                         html.escape(title), "".join("<li>{}</li>".format(html.escape(line)) for line in lines)))
