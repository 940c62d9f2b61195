"""Writing and reading the workspace GeoPackage itself (through GDAL/OGR,
which every QGIS ships).

Aliases go into ``gpkg_data_columns`` and code lists into coded-value field
domains, so the workspace explains itself to any GeoPackage reader (QField,
Mergin Maps, ogrinfo), not only to this plugin.

Every write goes through one of two transactions here: ``transaction`` (GDAL)
or ``_sqlite_transaction`` (Python's sqlite3). Both check the file first
(``check_intact``), take the write lock before anything else (waiting at most
``BUSY_TIMEOUT_MS`` for another program to let go), check every result, and
either commit everything or roll everything back; every GDAL, OGR or SQLite
failure becomes a ``WorkspaceError`` with a message for the user.
"""

import contextlib
import datetime
import math
import os
import pathlib
import sqlite3
import struct

from osgeo import gdal, ogr, osr

from ..core import schema
from ..i18n import tr

GEOMETRY_COLUMN = "geom"
FID_COLUMN = "fid"
VERSION_TABLE = "schema_version"
# How long a write waits for another program (QGIS drawing the layers, another
# algorithm writing) to let go of the file before it gives up with a message.
BUSY_TIMEOUT_MS = 10000

_OGR_GEOMETRY = {
    schema.POINT: ogr.wkbPoint,
    schema.MULTIPOLYGON: ogr.wkbMultiPolygon,
    schema.MULTILINESTRING: ogr.wkbMultiLineString,
    None: ogr.wkbNone,
}
_OGR_TYPE = {
    schema.TEXT: (ogr.OFTString, ogr.OFSTNone),
    schema.INTEGER: (ogr.OFTInteger, ogr.OFSTNone),
    schema.REAL: (ogr.OFTReal, ogr.OFSTNone),
    schema.DATE: (ogr.OFTDate, ogr.OFSTNone),
    schema.BOOLEAN: (ogr.OFTInteger, ogr.OFSTBoolean),
}


class WorkspaceError(Exception):
    """A workspace cannot be created or opened; the message is for the user."""


def _domain_name(codelist, language):
    return "{}_{}".format(codelist.name, language)


def _add_domains(dataset, language, codelists=None):
    """A coded-value domain per code list (those a workspace lacks, when it has some)."""
    for codelist in schema.CODELISTS if codelists is None else codelists:
        if dataset.GetFieldDomain(_domain_name(codelist, language)) is not None:
            continue
        domain = ogr.CreateCodedFieldDomain(
            _domain_name(codelist, language),
            codelist.source,
            ogr.OFTString,
            ogr.OFSTNone,
            {c.value: c.label.text(language) for c in codelist.codes},
        )
        if not dataset.AddFieldDomain(domain):
            raise WorkspaceError(tr("Cannot write the code list {name}.").format(name=codelist.name))


def _field_definition(field, language):
    ogr_type, subtype = _OGR_TYPE[field.type]
    definition = ogr.FieldDefn(field.name, ogr_type)
    definition.SetSubType(subtype)
    if field.name == "uuid":
        definition.SetUnique(True)
        definition.SetNullable(False)
    if field.codelist is not None:
        definition.SetDomainName(_domain_name(field.codelist, language))
    return definition


def write_schema(path, crs_wkt, language, styles, kelurahan=None):
    """Create a GeoPackage at ``path`` holding every layer of the schema.

    ``styles`` maps a layer name to its default ``(qml, sld)``; ``kelurahan``
    is the first row of the kelurahan layer (attributes and ``"wkb"``).
    """
    with storage_errors(path):
        dataset, srs = _new_geopackage(path, crs_wkt)
        _add_domains(dataset, language)
        for layer_def in schema.LAYERS:
            _create_layer(dataset, layer_def, srs, language)
        _write_relationships(dataset)
        _write_styles(dataset, styles, language)
        if kelurahan is not None:
            _write_row(dataset.GetLayerByName("kelurahan"), kelurahan)
        version = dataset.CreateLayer(VERSION_TABLE, None, ogr.wkbNone, ["FID=" + FID_COLUMN])
        for name, ogr_type in (("version", ogr.OFTInteger), ("applied_at", ogr.OFTString),
                               ("plugin_version", ogr.OFTString), ("language", ogr.OFTString)):
            _check(path, version.CreateField(ogr.FieldDefn(name, ogr_type)))
        _record_version(version, language)
        gdal.ErrorReset()
        dataset.FlushCache()
        _check_last_error(path)
        dataset = version = None
    _write_aliases(path, language)


def _new_geopackage(path, crs_wkt):
    """A new, empty GeoPackage at ``path`` and the spatial reference of ``crs_wkt``."""
    # A gdal.Dataset (not ogr.DataSource): field domains and relationships live there.
    dataset = gdal.GetDriverByName("GPKG").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    if dataset is None:
        raise WorkspaceError(tr("Cannot create the file {path}: {reason}").format(
            path=path, reason=gdal.GetLastErrorMsg()))
    srs = osr.SpatialReference()
    srs.ImportFromWkt(crs_wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return dataset, srs


def _record_version(table, language):
    """A row of ``schema_version``: this schema, now, this plugin. The rows
    of earlier versions stay, as the workspace's history."""
    _write_row(table, {
        "version": schema.SCHEMA_VERSION,
        "applied_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "plugin_version": plugin_version(), "language": language})


def upgrade_schema(path, styles):
    """Bring the GeoPackage at ``path`` to the current schema, in one transaction.

    What the schema has and the file lacks is added: code lists, layers,
    fields (empty), aliases; the plugin's default styles are replaced by
    ``styles`` (``{layer: (qml, sld)}``), styles the user saved under other
    names are left alone. Nothing is removed: a field an older schema had
    keeps its column and values. The workspace's language stays.
    """
    language = workspace_language(path)
    with transaction(path) as dataset:
        srs = dataset.GetLayerByName("kelurahan").GetSpatialRef()
        _add_domains(dataset, language)
        for layer_def in schema.LAYERS:
            _ensure_layer(dataset, layer_def, srs, language)
        table = dataset.GetLayerByName(STYLE_TABLE)
        for fid in [f.GetFID() for f in table if f["styleName"] == STYLE_NAME and f["f_table_name"] in styles]:
            _check(path, table.DeleteFeature(fid))
        _add_styles(table, styles, language)
        _record_version(dataset.GetLayerByName(VERSION_TABLE), language)
        dataset = table = None  # closed before sqlite3 writes the aliases
    _add_codes(path, language)
    _write_aliases(path, language)


def _add_codes(path, language):
    """The codes a newer code list added, into the domain an older workspace has of it (GDAL
    cannot update a GeoPackage's domain); the domain's other codes stay: rows may hold them."""
    with _sqlite_transaction(path) as connection:
        for codelist in schema.CODELISTS:
            name = _domain_name(codelist, language)
            present = {row[0] for row in connection.execute(
                "SELECT value FROM gpkg_data_column_constraints WHERE constraint_name = ? AND "
                "constraint_type = 'enum'", (name,))}
            for code in codelist.codes:
                if present and code.value not in present:
                    connection.execute(
                        "INSERT INTO gpkg_data_column_constraints (constraint_name, constraint_type, value, "
                        "description) VALUES (?, 'enum', ?, ?)", (name, code.value, code.label.text(language)))


def _create_layer(dataset, layer_def, srs, language):
    options = ["FID=" + FID_COLUMN, "GEOMETRY_NAME=" + GEOMETRY_COLUMN,
               "IDENTIFIER=" + layer_def.title.text(language),
               "DESCRIPTION=" + layer_def.title.en]
    if layer_def.is_spatial:
        layer = dataset.CreateLayer(layer_def.name, srs, _OGR_GEOMETRY[layer_def.geometry], options)
    else:
        layer = dataset.CreateLayer(layer_def.name, None, ogr.wkbNone, options)
    if layer is None:
        raise WorkspaceError(tr("Cannot create the layer {name}: {reason}").format(
            name=layer_def.name, reason=gdal.GetLastErrorMsg()))
    _add_missing_fields(layer, layer_def, language)
    return layer


def _ensure_layer(dataset, layer_def, srs, language):
    """The layer of ``layer_def``, created or given the fields an older workspace lacks."""
    layer = dataset.GetLayerByName(layer_def.name)
    if layer is None:
        return _create_layer(dataset, layer_def, srs, language)
    _add_missing_fields(layer, layer_def, language)
    return layer


def _add_missing_fields(layer, layer_def, language):
    definition = layer.GetLayerDefn()
    present = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
    for field in layer_def.fields:
        if field.name not in present and layer.CreateField(_field_definition(field, language)) != 0:
            raise WorkspaceError(tr("Cannot create the field {layer}.{field}.").format(
                layer=layer_def.name, field=field.name))


def write_rows(path, rows_by_layer, replace=True):
    """Add rows to workspace layers, in one transaction; with ``replace``,
    the rows already there go first (with ``replace=(field, value)``, only
    those rows whose ``field`` holds ``value``; with a dict, per layer).

    ``rows_by_layer``: ``{layer name: [row, ...]}``, a row being
    ``{field: value}`` plus ``"wkb"`` for its geometry. A table or field that
    an older workspace lacks is added first, from the schema, so results
    always have their current form. On any failure no row changes.
    """
    if _lacking_layers(path, rows_by_layer):
        _complete_layers(path, rows_by_layer)
    with transaction(path) as dataset:
        for name, rows in rows_by_layer.items():
            layer = dataset.GetLayerByName(name)
            clear = replace.get(name, False) if isinstance(replace, dict) else replace
            if clear is True:
                # The name comes from the schema, never from the user.
                _execute(dataset, path, "DELETE FROM {}".format(_quoted(schema.layer(name).name)))  # nosec B608
            elif clear:
                field, value = clear
                for fid in [f.GetFID() for f in layer if f.GetField(field) == value]:
                    _check(path, layer.DeleteFeature(fid))
            indexes = {}
            for row in rows:
                _write_row(layer, row, indexes)
        dataset = None


def update_rows(path, updates):
    """Apply ``{layer: {fid: {field: value}}}`` in one transaction:
    all of it or, on any failure, none of it."""
    with transaction(path) as dataset:
        for name, rows in updates.items():
            layer = dataset.GetLayerByName(name)
            for fid, values in rows.items():
                feature = layer.GetFeature(fid)
                for field, value in values.items():
                    if value is None:
                        feature.SetFieldNull(field)
                    else:
                        feature.SetField(field, value)
                if layer.SetFeature(feature) != 0:
                    raise WorkspaceError(tr("Cannot update feature {fid} of {layer}: {reason}").format(
                        fid=fid, layer=name, reason=gdal.GetLastErrorMsg()))


def _lacking_layers(path, layer_names):
    """Whether any of the named layers, or any of their schema fields, is not in the file."""
    with _connection(path, readonly=True) as connection:
        for name in layer_names:
            present = {row[0] for row in connection.execute("SELECT name FROM pragma_table_info(?)", (name,))}
            if not present or any(field.name not in present for field in schema.layer(name).fields):
                return True
    return False


def _complete_layers(path, layer_names):
    """Add the named layers or fields an older workspace lacks, with their aliases
    (empty columns: a schema step, done before the rows are written)."""
    language = workspace_language(path)
    with transaction(path) as dataset:
        srs = dataset.GetLayerByName("kelurahan").GetSpatialRef()
        _add_domains(dataset, language)
        for name in layer_names:
            _ensure_layer(dataset, schema.layer(name), srs, language)
        dataset = srs = None
    _write_aliases(path, language)


@contextlib.contextmanager
def transaction(path):
    """The workspace opened for writing inside one transaction: committed when
    the block ends, rolled back if it raises. Checked first (``check_intact``);
    every GDAL error, raised or returned, becomes a ``WorkspaceError``.

    Let go of the dataset and its layers before the block ends (``dataset = None``).
    """
    check_intact(path)
    with storage_errors(path):
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE, open_options=[
            "PRELUDE_STATEMENTS=PRAGMA busy_timeout = {:d}".format(BUSY_TIMEOUT_MS)])
        if dataset is None:
            raise storage_error(path, gdal.GetLastErrorMsg())
        try:
            _check(path, dataset.StartTransaction())
            # A write first: SQLite waits (busy_timeout) for a lock it has none of, but
            # not to turn a read lock into a write lock. So take the write lock now.
            _execute(dataset, path, "UPDATE gpkg_contents SET table_name = table_name WHERE 0")
            try:
                yield dataset
                # GDAL drops a layer's feature-count triggers as it writes and puts them
                # back when it syncs: sync now, so that this happens inside the transaction.
                gdal.ErrorReset()
                dataset.FlushCache()
                _check_last_error(path)
                _check(path, dataset.CommitTransaction())
            except BaseException:
                _rollback(dataset)
                _close(dataset)
                dataset = None
                # A rollback SQLite made by itself (disk full, lock lost) leaves GDAL's
                # counts of what it wrote; closing writes them back: count again.
                _recount_features(path)
                raise
        finally:
            _close(dataset)
            dataset = None


def _close(dataset):
    """Close now, releasing the file's locks: from GDAL 3.8 on, a layer the caller (or
    an exception's traceback) still holds keeps its dataset open, write lock and all."""
    if dataset is not None and hasattr(dataset, "Close"):
        with contextlib.suppress(RuntimeError):
            dataset.Close()


def _recount_features(path):
    """``gpkg_ogr_contents`` set to the rows the tables really hold (after a failed write)."""
    with contextlib.suppress(sqlite3.Error, WorkspaceError), _connection(path) as connection:
        recorded = connection.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents").fetchall()
        stale = []
        for table, count in recorded:
            rows = connection.execute(
                "SELECT count(*) FROM {}".format(_quoted(table))).fetchone()[0]  # nosec B608 - identifier, quoted
            if count is not None and count != rows:
                stale.append((rows, table))
        if stale:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?", stale)
            connection.execute("COMMIT")


def _rollback(dataset):
    # SQLite may have rolled back by itself (disk full): then this fails, harmlessly.
    with contextlib.suppress(RuntimeError):
        dataset.RollbackTransaction()


def _execute(dataset, path, sql):
    """A statement that returns no rows, through GDAL; its failure raised."""
    gdal.ErrorReset()
    result = dataset.ExecuteSQL(sql)
    if result is not None:
        dataset.ReleaseResultSet(result)
    _check_last_error(path)


def _check(path, result):
    """An OGR/CPL result code (0 = success; True/None for calls that return those)."""
    if result not in (0, None, True):
        raise storage_error(path, gdal.GetLastErrorMsg() or "error {}".format(result))


def _check_last_error(path):
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        raise storage_error(path, gdal.GetLastErrorMsg())


@contextlib.contextmanager
def storage_errors(path):
    """GDAL errors raised as exceptions (QGIS >= 3.38 turns them on for everyone)
    and SQLite errors, turned into the user's ``WorkspaceError``."""
    try:
        yield
    except (RuntimeError, sqlite3.Error) as error:
        raise storage_error(path, str(error)) from error


def storage_error(path, reason):
    """The ``WorkspaceError`` for a failed read or write of ``path``, by what SQLite says."""
    reason = " ".join(str(reason).split())  # GDAL's messages run over lines
    text = reason.lower()
    if "locked" in text or "busy" in text:
        return WorkspaceError(tr(
            "The workspace {path} is in use by another program (QGIS drawing or editing its layers, or another "
            "algorithm writing to it); waited {seconds} s. Nothing was changed. Save or close it there and try "
            "again.").format(path=path, seconds=BUSY_TIMEOUT_MS // 1000))
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return WorkspaceError(tr(
            "The disk holding {path} is full. Nothing was changed. Free some space and try again.").format(path=path))
    if "readonly" in text or "read-only" in text or "read only" in text:
        return WorkspaceError(tr(
            "The workspace {path} is read-only; nothing can be written to it. Copy it to a folder you can write "
            "to, or ask for write access.").format(path=path))
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return WorkspaceError(_damaged_message(path, reason))
    return WorkspaceError(tr("The workspace {path} cannot be read or written: {reason}. Nothing was "
                             "changed.").format(path=path, reason=reason))


def _damaged_message(path, reason):
    return tr("The workspace {path} is damaged ({reason}); nothing was written to it. Use a backup copy "
              "(name.backup-….gpkg, name.schema1.gpkg) or a copy from a field tablet.").format(
                  path=path, reason=reason)


def check_intact(path):
    """Refuse a damaged file before writing to it (SQLite's ``quick_check``: every
    page readable and every table and index well formed; fast, it reads the file once)."""
    if not os.path.isfile(path):
        raise WorkspaceError(tr("The workspace {path} does not exist.").format(path=path))
    with _connection(path, readonly=True) as connection:
        try:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
        except sqlite3.DatabaseError as error:
            problems = [str(error)]
    if problems != ["ok"]:
        raise WorkspaceError(_damaged_message(path, "; ".join(problems)))


def _uri(path, mode):
    """The sqlite URI of ``path``: escaped, so that ``%20``, ``?``, ``#``, spaces and
    non-ASCII names reach the file system as they are."""
    return "{}?mode={}".format(pathlib.Path(os.path.abspath(path)).as_uri(), mode)


@contextlib.contextmanager
def _connection(path, readonly=False):
    """A sqlite3 connection to ``path`` (never creating it), waiting at most
    ``BUSY_TIMEOUT_MS`` for a lock, in autocommit mode (transactions are explicit);
    its errors as ``WorkspaceError``."""
    with storage_errors(path):
        # Read-write where the file may be written, even to read: a writer killed half-way
        # leaves a journal that only a read-write connection can roll back (a read-only one
        # fails with "attempt to write a readonly database"). query_only keeps reads reads.
        writable = os.access(path, os.W_OK) and os.access(os.path.dirname(os.path.abspath(path)), os.W_OK)
        connection = sqlite3.connect(_uri(path, "ro" if readonly and not writable else "rw"), uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            if readonly:
                connection.execute("PRAGMA query_only = ON")
            yield connection
        finally:
            connection.close()


@contextlib.contextmanager
def _sqlite_transaction(path):
    """A sqlite3 connection inside one write transaction: committed when the
    block ends, rolled back if it raises; the file checked first."""
    check_intact(path)
    with _connection(path) as connection:
        # IMMEDIATE: the write lock first, waiting for others (see ``transaction``).
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield connection
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def workspace_language(path):
    """The language the workspace was created in (its code lists and aliases)."""
    with _connection(path, readonly=True) as connection:
        rows = connection.execute("SELECT version, language FROM schema_version").fetchall()
    versions = [(_version_number(version), language) for version, language in rows]
    language = max(versions, key=lambda v: v[0] if v[0] is not None else -1)[1] if versions else None
    return language if language in schema.LANGUAGES else schema.DEFAULT_LANGUAGE


def _version_number(value):
    """A ``schema_version.version`` as a number, or None where it holds something else."""
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _write_aliases(path, language, layer_defs=None):
    """Field aliases into ``gpkg_data_columns.title`` for any GeoPackage reader.

    Not into ``name``: it is UNIQUE before GeoPackage 1.4, and many fields
    share an alias ("RW", "Catatan").
    """
    with _sqlite_transaction(path) as connection:
        for layer_def in schema.LAYERS if layer_defs is None else layer_defs:
            for field in layer_def.fields:
                alias = field.alias.text(language)
                updated = connection.execute(
                    "UPDATE gpkg_data_columns SET title = ? WHERE table_name = ? AND column_name = ?",
                    (alias, layer_def.name, field.name)).rowcount
                if not updated:
                    connection.execute(
                        "INSERT INTO gpkg_data_columns (table_name, column_name, title) VALUES (?, ?, ?)",
                        (layer_def.name, field.name, alias))


def _write_row(layer, values, indexes=None):
    """Write one row; ``indexes``: a dict kept across the rows of one layer, of
    its field indexes by name (10,000 area_indicators rows of 80 fields each)."""
    definition = layer.GetLayerDefn()
    indexes = {} if indexes is None else indexes
    row = ogr.Feature(definition)
    for name, value in values.items():
        if name == "wkb":
            row.SetGeometry(ogr.CreateGeometryFromWkb(value))
        elif value is not None:
            # By index: ogr.Feature's name lookup is a Python loop over every field.
            index = indexes.get(name)
            if index is None:
                index = indexes[name] = definition.GetFieldIndex(name)
            kind = type(value)
            # The typed setters directly: SetField's dispatch on the value's type costs as much as the write.
            if kind is int or kind is bool:
                row.SetFieldInteger64(index, int(value))
            elif kind is str:
                row.SetFieldString(index, value)
            else:
                row.SetField(index, value)
    if layer.CreateFeature(row) != 0:
        raise WorkspaceError(tr("Cannot write a row of {layer}: {reason}").format(
            layer=layer.GetName(), reason=gdal.GetLastErrorMsg()))


# The table QGIS reads a GeoPackage layer's default style from (the layout
# QGIS itself creates, so that QGIS and QField read our rows as their own).
STYLE_TABLE = "layer_styles"
_STYLE_FIELDS = (
    ("f_table_catalog", ogr.OFTString), ("f_table_schema", ogr.OFTString),
    ("f_table_name", ogr.OFTString), ("f_geometry_column", ogr.OFTString),
    ("styleName", ogr.OFTString), ("styleQML", ogr.OFTString), ("styleSLD", ogr.OFTString),
    ("useAsDefault", ogr.OFTInteger), ("description", ogr.OFTString), ("owner", ogr.OFTString),
    ("ui", ogr.OFTString), ("update_time", ogr.OFTDateTime),
)
STYLE_NAME = "csiap"


def _write_styles(dataset, styles, language):
    table = dataset.CreateLayer(STYLE_TABLE, None, ogr.wkbNone, ["FID=id"])
    for name, ogr_type in _STYLE_FIELDS:
        definition = ogr.FieldDefn(name, ogr_type)
        if name == "useAsDefault":
            definition.SetSubType(ogr.OFSTBoolean)
        table.CreateField(definition)
    _add_styles(table, styles, language)


def _add_styles(table, styles, language):
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y/%m/%d %H:%M:%S")
    for layer_def in schema.LAYERS:
        if layer_def.name not in styles:
            continue
        qml, sld = styles[layer_def.name]
        _write_row(table, {
            "f_table_catalog": "", "f_table_schema": "", "f_table_name": layer_def.name,
            "f_geometry_column": GEOMETRY_COLUMN if layer_def.is_spatial else "",
            "styleName": STYLE_NAME, "styleQML": qml, "styleSLD": sld, "useAsDefault": 1,
            "description": "CSIAP Planner ({})".format(language), "owner": "", "ui": "",
            "update_time": now,
        })


def _write_relationships(dataset):
    """Record the schema's relations in the GeoPackage (GDAL >= 3.6).

    Older GDAL cannot write them; the QGIS project still carries them.
    """
    if not hasattr(gdal, "Relationship"):
        return
    for relation in schema.RELATIONS:
        relationship = gdal.Relationship(
            relation.id, relation.parent, relation.child, gdal.GRC_ONE_TO_MANY)
        relationship.SetLeftTableFields(["uuid"])
        relationship.SetRightTableFields([relation.field])
        relationship.SetType(gdal.GRT_ASSOCIATION)
        # Best effort: GDAL refuses some (a key that is not the table's primary key);
        # the QGIS project carries them all.
        dataset.AddRelationship(relationship)


def plugin_version():
    metadata = os.path.join(os.path.dirname(os.path.dirname(__file__)), "metadata.txt")
    try:
        with open(metadata, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return ""


def read_schema_version(path):
    """The schema version of the workspace at ``path``, read without changing it.

    Raises ``WorkspaceError`` where the file is not a workspace.
    """
    if not os.path.isfile(path):
        raise WorkspaceError(tr("The workspace {path} does not exist.").format(path=path))
    with _connection(path, readonly=True) as connection:
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "gpkg_contents" not in tables or VERSION_TABLE not in tables:
                raise WorkspaceError(tr(
                    "{path} is not a CSIAP Planner workspace (no schema_version table). "
                    "Create a workspace with 'Create workspace' first.").format(path=path))
            values = [row[0] for row in connection.execute("SELECT version FROM schema_version")]
            # Results tables are (re)made by the algorithms that fill them.
            missing = [lyr.name for lyr in schema.LAYERS if lyr.name not in tables and lyr.group != "results"]
        except sqlite3.DatabaseError as error:
            raise WorkspaceError(tr("{path} is not a GeoPackage: {reason}").format(
                path=path, reason=error)) from error
    return checked_version(path, values, missing)


def checked_version(where, values, missing):
    """The workspace's schema version from the ``version`` values of its ``schema_version``
    rows; refused where there are none, one is not a number, it is newer than this plugin,
    or a current workspace lacks the layers ``missing`` (both backends' check)."""
    if not values:
        raise WorkspaceError(tr("{path} has an empty schema_version table.").format(path=where))
    odd = [value for value in values if _version_number(value) is None]
    if odd:
        raise WorkspaceError(tr(
            "{path}: the schema_version table holds {value!r}, not a version number. Was the file edited "
            "by hand? Put the number back (for example 2) or use a copy.").format(path=where, value=odd[0]))
    version = max(_version_number(value) for value in values)
    if version > schema.SCHEMA_VERSION:
        raise WorkspaceError(tr(
            "{path} was made by a newer CSIAP Planner (schema version {found}; this plugin knows "
            "up to {known}). Update the plugin to open it.").format(
                path=where, found=version, known=schema.SCHEMA_VERSION))
    if version == schema.SCHEMA_VERSION and missing:
        raise WorkspaceError(tr("{path} is missing the workspace layers: {layers}.").format(
            path=where, layers=", ".join(missing)))
    return version


# --- Fast point writes (survey imports) ---------------------------------------------
# Survey exports run to 100,000 rows. OGR's per-feature Python calls, and the
# GeoPackage triggers that update the spatial index and the feature count one
# row at a time, cost more than the import itself. So points go in through
# sqlite3 in one transaction: the layer's triggers are set aside, the rows and
# their R-tree written in bulk, the count updated once, and the triggers put back,
# exactly as they were, before the commit.

def point_blob(x, y, srs_id):
    """A GeoPackage geometry blob of a 2D point (little-endian, no envelope)."""
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + struct.pack("<BIdd", 1, 1, x, y)


def _quoted(name):
    return '"{}"'.format(name.replace('"', '""'))


def upsert_points(path, layer_name, fields, rows):
    """Insert point rows, or update the row with the same ``uuid``, in one transaction.

    ``fields``: the schema field names each row carries, in order; ``rows``:
    ``(values, (x, y))`` in the workspace CRS. Returns ``(inserted, updated)``.
    """
    layer_def = schema.layer(layer_name)
    if layer_def.geometry != schema.POINT or "uuid" not in fields:
        raise ValueError("upsert_points needs a point layer and a uuid")
    names = [layer_def.field(name).name for name in fields]  # only schema names reach the SQL
    table = _quoted(layer_def.name)
    columns = names + [GEOMETRY_COLUMN]
    # Identifiers below are the schema's names through _quoted; every value is a parameter.
    insert = "INSERT INTO {} (fid, {}) VALUES ({})".format(  # nosec B608
        table, ", ".join(_quoted(n) for n in columns), ", ".join("?" * (len(columns) + 1)))
    update = "UPDATE {} SET {} WHERE fid = ?".format(  # nosec B608
        table, ", ".join("{} = ?".format(_quoted(n)) for n in columns))
    with _sqlite_transaction(path) as connection:
        # 64 MB of page cache: the rows and the uuid index of 100,000 points stay in memory as they grow.
        connection.execute("PRAGMA cache_size = -65536")
        srs_id = connection.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                                    (layer_name,)).fetchone()[0]
        existing = dict(connection.execute("SELECT uuid, fid FROM {}".format(table)))  # nosec B608
        next_fid = (connection.execute("SELECT max(fid) FROM {}".format(table)).fetchone()[0] or 0) + 1  # nosec B608
        key = names.index("uuid")
        inserts, updates, points = [], [], {}
        header = point_blob(0, 0, srs_id)[:13]   # all but the coordinates
        pack = struct.Struct("<dd").pack
        for values, (x, y) in rows:
            fid = existing.get(values[key])
            if fid is None:
                fid, next_fid = next_fid, next_fid + 1
                inserts.append((fid, *values, header + pack(x, y)))
            else:
                updates.append((*values, header + pack(x, y), fid))
            points[fid] = (x, y)
        # Set aside inside the transaction: a failure or a kill puts them back with the rows.
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (layer_name,)).fetchall()
        for name, _sql in triggers:
            connection.execute("DROP TRIGGER {}".format(_quoted(name)))
        connection.executemany(insert, inserts)
        connection.executemany(update, updates)
        write_rtree(connection, "rtree_{}_{}".format(layer_def.name, GEOMETRY_COLUMN), points)
        connection.execute(
            "UPDATE gpkg_ogr_contents SET feature_count = feature_count + ? WHERE lower(table_name) = lower(?)",
            (len(inserts), layer_name))
        for _name, sql in triggers:
            connection.execute(sql)
    return len(inserts), len(updates)


def read_booleans(path, layer_name, names):
    """The boolean fields ``names`` of a layer, one integer per row in fid order:
    base-3 digits, the first name the lowest, 0 false, 1 true (any non-zero, as
    QGIS reads it), 2 null. For the columnar reader (workspace/columnar.py):
    GDAL 3.6's Arrow stream does not carry boolean values. Read-only."""
    layer_def = schema.layer(layer_name)
    digits = ["(CASE WHEN {0} IS NULL THEN 2 WHEN {0} <> 0 THEN 1 ELSE 0 END) * {1}".format(
        _quoted(layer_def.field(name).name), 3 ** number) for number, name in enumerate(names)]
    # Identifiers are the schema's names through _quoted; nothing comes from the user.
    sql = "SELECT {} FROM {} ORDER BY fid".format(" + ".join(digits) or "0", _quoted(layer_def.name))  # nosec B608
    with _connection(path, readonly=True) as connection:
        return [code for (code,) in connection.execute(sql)]


# The spatial index is SQLite's rtree module's R-tree, read by every GeoPackage reader
# through SQL. Inserted one entry at a time, it costs more than the rows it indexes
# (each entry walks and rewrites a path of nodes). So it is packed whole instead
# (sort-tile-recursive, as GDAL does for its own writes) into the rtree module's
# tables, in its format (sqlite.org/rtree.html; ext/rtree/rtree.c):
# - ``<name>_node``: (nodeno, data); node 1 is the root; ``data`` is the node's
#   fixed number of bytes: 2 bytes the tree's depth (in the root only), 2 the number
#   of cells, then the cells: an 8-byte id (of the row in a leaf, of the child node
#   above) and minx, maxx, miny, maxy as 4-byte floats, all big-endian;
# - ``<name>_rowid``: (rowid, nodeno), the leaf of each row; ``<name>_parent``:
#   (nodeno, parentnode) of every node but the root.
# The floats are rounded outwards, as rtree.c rounds: a box never shrinks.

# A cell as rtree.c stores it (numpy's notation of the format above).
RTREE_CELL = [("id", ">i8"), ("box", ">f4", (4,))]
RNDTOWARDS, RNDAWAY = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0   # rtree.c's factors


def _rounded_out(values, up):
    """rtree.c's rtreeValueUp (``up``) or rtreeValueDown of each of ``values`` (doubles):
    the nearest 4-byte float, or where that lies inside, the float of the value nudged out."""
    import numpy

    nearest = values.astype(numpy.float32)
    if up:
        nudged = (values * numpy.where(values < 0, RNDTOWARDS, RNDAWAY)).astype(numpy.float32)
        return numpy.where(nearest < values, nudged, nearest)
    nudged = (values * numpy.where(values < 0, RNDAWAY, RNDTOWARDS)).astype(numpy.float32)
    return numpy.where(nearest > values, nudged, nearest)


def write_rtree(connection, name, points):
    """The R-tree ``name`` with its entries plus ``points`` (``{fid: (x, y)}``, taking the
    place of an entry with the same fid); inside the caller's transaction."""
    import numpy  # here: only this write needs it (QGIS has it loaded already)

    node_table, rowid_table, parent_table = (_quoted("{}_{}".format(name, part))
                                             for part in ("node", "rowid", "parent"))
    # Identifiers are the schema's layer names through _quoted; every value is a parameter.
    entries = connection.execute("SELECT count(*) FROM {}".format(rowid_table)).fetchone()[0]  # nosec B608
    if 2 * len(points) < entries:
        # A few points into a big tree: entry by entry costs less than packing it all anew.
        connection.executemany("INSERT OR REPLACE INTO {} VALUES (?, ?, ?, ?, ?)".format(  # nosec B608
            _quoted(name)), [(fid, x, x, y, y) for fid, (x, y) in points.items()])
        return
    node_size = connection.execute("SELECT length(data) FROM {} WHERE nodeno = 1".format(  # nosec B608
        node_table)).fetchone()[0]
    capacity = (node_size - 4) // numpy.dtype(RTREE_CELL).itemsize
    kept = [row for row in connection.execute(
        "SELECT id, minx, maxx, miny, maxy FROM {}".format(_quoted(name))) if row[0] not in points]  # nosec B608
    xy = numpy.array(list(points.values()), dtype=float).reshape(-1, 2)
    ids = numpy.array([row[0] for row in kept] + list(points), dtype=numpy.int64)
    boxes = numpy.concatenate([
        numpy.array([row[1:] for row in kept], dtype=numpy.float32).reshape(-1, 4),
        numpy.column_stack([_rounded_out(xy[:, 0], False), _rounded_out(xy[:, 0], True),
                            _rounded_out(xy[:, 1], False), _rounded_out(xy[:, 1], True)])])
    nodes, leaves, parents, depth, next_number = [], [], [], 0, 2
    while True:
        count = len(ids)
        groups = max(math.ceil(count / capacity), 1)
        # Sort-tile-recursive: the cells in vertical slices by x, each slice by y, cut into full nodes.
        per_slice = math.ceil(math.sqrt(groups)) * capacity
        by_x = numpy.argsort(boxes[:, 0] + boxes[:, 1], kind="stable")
        order = by_x[numpy.lexsort((boxes[by_x, 2] + boxes[by_x, 3], numpy.arange(count) // per_slice))]
        ids, boxes = ids[order], boxes[order]
        root = groups == 1
        numbers = [1] if root else list(range(next_number, next_number + groups))
        next_number += len(numbers)
        starts = list(range(0, count, capacity)) or [0]
        for number, start in zip(numbers, starts):
            cells = numpy.zeros(min(capacity, count - start), dtype=RTREE_CELL)
            cells["id"], cells["box"] = ids[start:start + capacity], boxes[start:start + capacity]
            data = struct.pack(">HH", depth if root else 0, len(cells)) + cells.tobytes()
            nodes.append((number, data + bytes(node_size - len(data))))
        # Each cell's node: the leaf of each row, the parent of each node below.
        (leaves if depth == 0 else parents).extend(zip(ids.tolist(), numpy.repeat(numbers, capacity)[:count].tolist()))
        if root:
            break
        # The level above: a cell per node, its box around the node's cells.
        boxes = numpy.column_stack([numpy.minimum.reduceat(boxes[:, 0], starts),
                                    numpy.maximum.reduceat(boxes[:, 1], starts),
                                    numpy.minimum.reduceat(boxes[:, 2], starts),
                                    numpy.maximum.reduceat(boxes[:, 3], starts)])
        ids, depth = numpy.array(numbers, dtype=numpy.int64), depth + 1
    for table in (node_table, rowid_table, parent_table):
        connection.execute("DELETE FROM {}".format(table))  # nosec B608
    connection.executemany("INSERT INTO {} (nodeno, data) VALUES (?, ?)".format(node_table), nodes)  # nosec B608
    connection.executemany("INSERT INTO {} (rowid, nodeno) VALUES (?, ?)".format(rowid_table), leaves)  # nosec B608
    connection.executemany("INSERT INTO {} (nodeno, parentnode) VALUES (?, ?)".format(  # nosec B608
        parent_table), parents)


# --- Field packages and their merge (issue 19) --------------------------------------
# Rows are read and written whole, through OGR, with the geometry as ISO WKT under
# ``GEOMETRY_COLUMN``: the text the three-way merge (core.merge) compares.

def read_features(path, layer_name):
    """Every row of a layer as ``{field: value}`` (no fid), the geometry as ISO WKT
    under ``GEOMETRY_COLUMN``; None where the file has no such layer. Read-only."""
    with storage_errors(path):
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        if dataset is None:
            raise storage_error(path, gdal.GetLastErrorMsg())
        try:
            layer = dataset.GetLayerByName(layer_name)
            if layer is None:
                return None
            definition = layer.GetLayerDefn()
            names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
            spatial = layer.GetGeomType() != ogr.wkbNone
            rows = []
            for feature in layer:
                row = {name: (feature.GetField(i) if feature.IsFieldSetAndNotNull(i) else None)
                       for i, name in enumerate(names)}
                if spatial:
                    geometry = feature.GetGeometryRef()
                    row[GEOMETRY_COLUMN] = geometry.ExportToIsoWkt() if geometry is not None else None
                rows.append(row)
            return rows
        finally:
            layer = None
            _close(dataset)


def change_rows(path, changes):
    """Apply ``{layer: {"update": {uuid: {field: value}}, "insert": [row], "delete": [uuid]}}``
    in one transaction: all of it or, on any failure, none of it. A row's geometry is ISO
    WKT under ``GEOMETRY_COLUMN`` (or WKB under ``"wkb"``); a ``None`` value empties a field."""
    if _lacking_layers(path, changes):
        _complete_layers(path, changes)
    with transaction(path) as dataset:
        for name, change in changes.items():
            layer = dataset.GetLayerByName(schema.layer(name).name)
            wanted = set(change.get("update", {})) | set(change.get("delete", ()))
            fids = {}
            # Geometries unread while finding the rows (a table has none to ignore: GDAL 3.10
            # refuses to ignore a field a layer lacks).
            spatial = layer.GetGeomType() != ogr.wkbNone
            if wanted:
                if spatial:
                    layer.SetIgnoredFields([GEOMETRY_COLUMN])
                fids = {f.GetField("uuid"): f.GetFID() for f in layer if f.GetField("uuid") in wanted}
                if spatial:
                    layer.SetIgnoredFields([])
            for uuid in change.get("delete", ()):
                if uuid in fids:
                    _check(path, layer.DeleteFeature(fids[uuid]))
            for uuid, values in change.get("update", {}).items():
                if uuid not in fids:
                    continue
                feature = layer.GetFeature(fids[uuid])
                _set_values(feature, values)
                if layer.SetFeature(feature) != 0:
                    raise WorkspaceError(tr("Cannot update the row {uuid} of {layer}: {reason}").format(
                        uuid=uuid, layer=name, reason=gdal.GetLastErrorMsg()))
            for row in change.get("insert", ()):
                feature = ogr.Feature(layer.GetLayerDefn())
                _set_values(feature, row)
                if layer.CreateFeature(feature) != 0:
                    raise WorkspaceError(tr("Cannot write a row of {layer}: {reason}").format(
                        layer=name, reason=gdal.GetLastErrorMsg()))
        dataset = layer = None


def _set_values(feature, values):
    for name, value in values.items():
        if name in (GEOMETRY_COLUMN, "wkb"):
            if value is None:
                feature.SetGeometry(None)
            else:
                feature.SetGeometry(ogr.CreateGeometryFromWkb(value) if name == "wkb"
                                    else ogr.CreateGeometryFromWkt(value))
            continue
        index = feature.GetFieldIndex(name)
        if index < 0 or name == FID_COLUMN:
            continue   # a column this file does not have (a newer package's): left out
        if value is None:
            feature.SetFieldNull(index)
        else:
            feature.SetField(index, int(value) if isinstance(value, bool) else value)


def copy_for_package(source, target, layers, keep, blank=None):
    """Copy the workspace ``source`` to ``target`` holding only ``layers``, and of a
    layer named in ``keep`` (``{layer: (field, values)}``, ``values`` a tuple) only the
    rows whose ``field`` holds one of ``values`` (``None`` for an empty one); blank
    (leave NULL) the fields of ``blank`` (``{layer: field names}``); then compact it,
    so that nothing of what was left out (personal data of another RW) stays in the
    file's free pages."""
    check_intact(source)
    with _connection(source, readonly=True) as connection:
        # A consistent copy even while another program writes: SQLite's own backup.
        with storage_errors(target):
            copy = sqlite3.connect(target)
            try:
                connection.backup(copy)
            finally:
                copy.close()
    with transaction(target) as dataset:
        for index in reversed(range(dataset.GetLayerCount())):
            name = dataset.GetLayerByIndex(index).GetName()
            if name not in layers and name in {lyr.name for lyr in schema.LAYERS}:
                _check(target, dataset.DeleteLayer(index))
        for name, (field, values) in keep.items():
            layer = dataset.GetLayerByName(name)
            wanted = set(values)
            for fid in [f.GetFID() for f in layer
                        if (f.GetField(field) if f.IsFieldSetAndNotNull(field) else None) not in wanted]:
                _check(target, layer.DeleteFeature(fid))
        for name, fields in (blank or {}).items():
            layer = dataset.GetLayerByName(name)
            if layer is None:
                continue
            present = [field for field in fields if layer.GetLayerDefn().GetFieldIndex(field) >= 0]
            for feature in list(layer) if present else []:
                for field in present:
                    feature.SetFieldNull(field)
                _check(target, layer.SetFeature(feature))
        dataset = layer = None
    with _connection(target) as connection:
        connection.execute("VACUUM")


def last_changed(path):
    """When the workspace was last written (UTC, ISO 8601 to the second): the file's time."""
    return datetime.datetime.fromtimestamp(os.path.getmtime(path), datetime.timezone.utc).isoformat(
        timespec="seconds")


def kelurahan_identity(path):
    """``(uuid, name)`` of the workspace's kelurahan row, ``(None, None)`` where it has none."""
    with _connection(path, readonly=True) as connection:
        row = connection.execute("SELECT uuid, name FROM kelurahan ORDER BY fid LIMIT 1").fetchone()
    return tuple(row) if row else (None, None)


def package_schema_version(path):
    """The newest schema version recorded in a field package's GeoPackage, or None."""
    with _connection(path, readonly=True) as connection:
        try:
            values = [row[0] for row in connection.execute("SELECT version FROM schema_version")]
        except sqlite3.DatabaseError:
            return None
    numbers = [n for n in (_version_number(v) for v in values) if n is not None]
    return max(numbers) if numbers else None


# --- A GeoPackage of tables that is not a workspace (issue 18) ------------------------

def write_tables(path, crs_wkt, language, layer_defs, rows_by_layer):
    """Create the GeoPackage ``path`` holding the tables ``layer_defs`` (code lists as
    domains, aliases in ``language``) and write ``rows_by_layer`` (rows as ``write_rows``
    takes them) in one transaction: the kabupaten/kota view of csiap:consolidate."""
    with storage_errors(path):
        dataset, srs = _new_geopackage(path, crs_wkt)
        codelists = {f.codelist.name: f.codelist for lyr in layer_defs for f in lyr.fields if f.codelist}
        _add_domains(dataset, language, codelists.values())
        for layer_def in layer_defs:
            _create_layer(dataset, layer_def, srs, language)
        gdal.ErrorReset()
        dataset.FlushCache()
        _check_last_error(path)
        dataset = srs = None
    _write_aliases(path, language, layer_defs)
    with transaction(path) as dataset:
        for name, rows in rows_by_layer.items():
            layer = dataset.GetLayerByName(name)
            for row in rows:
                _write_row(layer, row)
        dataset = layer = None
