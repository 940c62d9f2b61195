"""Writing and reading a workspace kept in a PostgreSQL/PostGIS schema (issue 18).

The sibling of ``geopackage.py``: every function ``storage.py`` dispatches is here
with the same arguments and meaning; a *reference* (``storage.py``) names the
connection and the ``schema=`` of one kelurahan. psycopg2 is the driver, and
this is the only module that imports it.

- One kelurahan per schema; each layer of ``core.schema.LAYERS`` a table with
  ``fid serial`` as its key (the GeoPackage's key name, and an int4 so that
  QGIS takes its values as feature ids: fid-keyed code and QGIS line up),
  ``geom`` typed and GiST-indexed, ``uuid`` unique.
- Code lists in the schema's ``code_lists`` table, no CHECK on the columns (rows
  of a code an older list had stay readable); aliases as column comments.
- ``schema_version`` as in the GeoPackage; default styles in the database's
  ``public.layer_styles``, the layout QGIS's postgres provider creates and reads.
- Every write is one transaction (``transaction``): all or nothing, waiting at
  most ``BUSY_TIMEOUT_MS`` for another editor's locks; every psycopg2 error
  becomes a ``WorkspaceError`` with a message for the user (``storage_error``).

Identifiers reach SQL only through ``_ident`` (psycopg2.sql.Identifier), values
only as parameters. The DDL and the update statements are small named helpers
(``_table_ddl``, ``_update_statement``…) so that row versions (the trigger of
``postgis_versions.py``) can be wired in beside them.
"""

import contextlib
import datetime
import io
import re

import psycopg2
import psycopg2.errorcodes
import psycopg2.extensions
import psycopg2.extras
from osgeo import ogr, osr
from psycopg2 import sql

from ..core import schema
from ..i18n import tr
from . import postgis_versions as versions
from .geopackage import (
    BUSY_TIMEOUT_MS,
    FID_COLUMN,
    GEOMETRY_COLUMN,
    STYLE_NAME,
    VERSION_TABLE,
    WorkspaceError,
    _version_number,
    checked_version,
    plugin_version,
)

# Columns the storage keeps for itself on every row: read_features leaves them out, as it
# leaves out the fid (a copy, publish or take offline, must not carry one database's row
# versions into another, where the trigger would take them for a stale read).
BOOKKEEPING_COLUMNS = (FID_COLUMN,) + versions.COLUMNS
CODE_LIST_TABLE = "code_lists"
STYLE_SCHEMA = "public"
STYLE_TABLE = "layer_styles"

_PG_TYPE = {
    schema.TEXT: "text",
    schema.INTEGER: "integer",
    schema.REAL: "double precision",
    schema.DATE: "date",
    schema.BOOLEAN: "boolean",
}
_SCHEMA_KEY = re.compile(r"(?:^|[?&\s])schema=([^&\s]*)")
_AUTHCFG_KEY = re.compile(r"(?:^|[?&\s])authcfg=([^&\s]*)")


# --- References -----------------------------------------------------------------------

class Reference:
    """A parsed workspace reference: libpq connection keywords and the schema."""

    def __init__(self, text, keywords, schema_name, authcfg=""):
        self.text = text
        self.keywords = keywords      # {libpq keyword: value}, no "schema"
        self.schema = schema_name
        # A QGIS saved connection's authentication configuration: QGIS's own layer sources and
        # project keep its id, never the user name and password it holds.
        self.authcfg = authcfg

    @property
    def database(self):
        return self.keywords.get("dbname") or self.keywords.get("user") or ""

    def dsn(self):
        return psycopg2.extensions.make_dsn(**self.keywords)

    def shown(self):
        """The reference as shown to users (and kept in projects): never the password, and
        with an authentication configuration its id, not the user name it holds."""
        hidden = ("password", "user") if self.authcfg else ("password",)
        keywords = {k: v for k, v in self.keywords.items() if k not in hidden}
        authcfg = " authcfg={}".format(self.authcfg) if self.authcfg else ""
        schema_name = " schema={}".format(self.schema) if self.schema else ""
        return "{}{}{}".format(psycopg2.extensions.make_dsn(**keywords), authcfg, schema_name).strip()


def parse_reference(reference):
    """``Reference`` of a workspace reference string (see ``storage.py``): a libpq URI or
    key=value conninfo with ``schema=`` in it, or ``<QGIS saved connection>|schema=<name>``."""
    if isinstance(reference, Reference):
        return reference
    text = str(reference).strip()
    if "|" in text and not text.lower().startswith(("postgres://", "postgresql://")):
        name, _bar, rest = text.partition("|")
        found = _SCHEMA_KEY.search(rest)
        keywords, authcfg = _saved_connection(name.strip())
    else:
        found = _SCHEMA_KEY.search(text)
        conninfo, _schema = _without_key(text, found)
        # authcfg= (a QGIS authentication configuration, as layer sources carry it): not libpq's.
        conninfo, authcfg = _without_key(conninfo, _AUTHCFG_KEY.search(conninfo))
        try:
            keywords = psycopg2.extensions.parse_dsn(conninfo)
        except psycopg2.ProgrammingError as error:
            raise WorkspaceError(tr("{reference} is not a PostgreSQL connection: {reason}").format(
                reference=text, reason=" ".join(str(error).split()))) from error
        if authcfg:
            keywords = _with_credentials(keywords, authcfg)
    schema_name = found.group(1).strip("'\"") if found else ""
    if not schema_name:
        raise WorkspaceError(tr("{reference} names no schema: add schema=<name of the kelurahan's schema>.").format(
            reference=text))
    return Reference(text, keywords, schema_name, authcfg)


def _without_key(text, found):
    """``text`` without the ``key=value`` ``found`` (a regex match), and the value;
    "?schema=x&sslmode=y" leaves "?sslmode=y"."""
    if not found:
        return text, ""
    before, after = text[:found.start()], text[found.end():]
    if found.group(0).startswith("?") and after.startswith("&"):
        after = "?" + after[1:]
    return (before + (" " if found.group(0)[0].isspace() else "") + after).strip(), found.group(1).strip("'\"")


def _with_credentials(keywords, authcfg):
    """libpq keywords with the user and password of a QGIS authentication configuration."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri("{} authcfg={}".format(psycopg2.extensions.make_dsn(**keywords), authcfg))
    return psycopg2.extensions.parse_dsn(uri.connectionInfo(True))


def _saved_connection(name):
    """The libpq keywords of a PostgreSQL connection saved in QGIS (Data Source Manager)."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None else None
    except Exception:   # QgsProviderConnectionException: not saved
        connection = None
    if connection is None:
        raise WorkspaceError(tr("There is no PostgreSQL connection named {name} in QGIS. Save it in the Data "
                                "Source Manager (PostgreSQL), or give a postgresql:// address.").format(name=name))
    uri = QgsDataSourceUri(connection.uri())
    # connectionInfo(True): the authentication configuration's user and password filled in, for psycopg2.
    keywords = psycopg2.extensions.parse_dsn(uri.connectionInfo(True))
    return keywords, uri.authConfigId()


def _ident(*names):
    """The one way an identifier reaches SQL: quoted by psycopg2 (``schema.table``)."""
    return sql.Identifier(*names)


def _table(ref, name):
    return _ident(ref.schema, name)


# --- Connections, transactions, errors ----------------------------------------------

def _connect(ref):
    try:
        connection = psycopg2.connect(ref.dsn(), connect_timeout=10, application_name="CSIAP Planner")
    except psycopg2.Error as error:
        raise storage_error(ref, error) from None
    return connection


@contextlib.contextmanager
def _cursor(reference, write=False):
    """A cursor inside one transaction: committed when the block ends (a write), rolled
    back if it raises; waits at most ``BUSY_TIMEOUT_MS`` for a lock; psycopg2's errors
    become ``WorkspaceError``."""
    ref = parse_reference(reference)
    connection = _connect(ref)
    try:
        with storage_errors(ref):
            cursor = connection.cursor()
            cursor.execute("SET LOCAL lock_timeout = %s", ("{:d}ms".format(BUSY_TIMEOUT_MS),))
            if not write:
                cursor.execute("SET TRANSACTION READ ONLY")
            else:
                versions.set_editor(cursor)   # edited_by of the rows written: the person, not the login
            yield ref, cursor
            if write:
                connection.commit()
            else:
                connection.rollback()
    finally:
        if not connection.closed:
            with contextlib.suppress(psycopg2.Error):
                connection.rollback()
            connection.close()


@contextlib.contextmanager
def transaction(reference):
    """``(ref, cursor)`` inside one write transaction on a workspace checked to be one."""
    with _cursor(reference, write=True) as (ref, cursor):
        _check_workspace(ref, cursor)
        yield ref, cursor


@contextlib.contextmanager
def storage_errors(reference):
    """psycopg2's errors turned into the user's ``WorkspaceError``."""
    try:
        yield
    except psycopg2.Error as error:
        raise storage_error(reference, error) from None


def without_password(text):
    """A reference or address with its password left out."""
    text = re.sub(r"(//[^:/@?]*):[^@/?]*@", r"\1@", str(text))
    return re.sub(r"(?i)password=('(?:[^'\\]|\\.)*'|[^\s&]*)[\s&]?", "", text).strip()


def _display(reference):
    try:
        return parse_reference(reference).shown()
    except WorkspaceError:
        return without_password(reference)


def storage_error(reference, reason):
    """The ``WorkspaceError`` for a failed read or write of the workspace ``reference``,
    by what PostgreSQL (or libpq) says: ``reason`` is a psycopg2 error or its text."""
    where = _display(reference)
    code = getattr(reason, "pgcode", None) or ""
    text = " ".join(str(reason).split())
    low = text.lower()
    errors = psycopg2.errorcodes
    if code == versions.STALE_SQLSTATE:   # the row-version trigger's refusal names the feature and who
        return versions.database_error(reason)
    if code == errors.LOCK_NOT_AVAILABLE or "lock timeout" in low:
        return WorkspaceError(tr(
            "The workspace {path} is being changed by another editor or algorithm; waited {seconds} s for "
            "it. Nothing was changed. Try again in a moment.").format(path=where, seconds=BUSY_TIMEOUT_MS // 1000))
    if code in (errors.DISK_FULL, errors.OUT_OF_MEMORY) or "no space left" in low or "disk full" in low:
        return WorkspaceError(tr(
            "The database server of {path} has no space left. Nothing was changed. Ask its administrator "
            "to free some space.").format(path=where))
    if code == errors.INSUFFICIENT_PRIVILEGE or "permission denied" in low or code == errors.READ_ONLY_SQL_TRANSACTION:
        return WorkspaceError(tr(
            "You may not change the workspace {path} ({reason}). Nothing was changed. Ask the database's "
            "administrator for write access to the schema.").format(path=where, reason=text))
    if (code in (errors.INVALID_PASSWORD, errors.INVALID_AUTHORIZATION_SPECIFICATION)
            or "authentication failed" in low or "no password supplied" in low
            or ("role" in low and "does not exist" in low)):
        return WorkspaceError(tr(
            "The database server refused the user name or password for {path}. Check them in the "
            "connection (or in QGIS's saved connection) and try again.").format(path=where))
    if code == errors.INVALID_CATALOG_NAME or ("database" in low and "does not exist" in low):
        return WorkspaceError(tr(
            "The database of {path} does not exist on that server. Check the database name, or ask its "
            "administrator to create it (with the postgis extension).").format(path=where))
    if code == errors.INVALID_SCHEMA_NAME or ("schema" in low and "does not exist" in low):
        return WorkspaceError(tr(
            "The schema of {path} does not exist in that database. Check its name, or create the workspace "
            "there first ('Create workspace').").format(path=where))
    if (isinstance(reason, psycopg2.OperationalError) and not code) or "could not connect" in low \
            or "connection refused" in low or "could not translate host" in low or "timeout expired" in low:
        return WorkspaceError(tr(
            "The database server of {path} cannot be reached ({reason}). Check the host and port, and that "
            "the server is running and this computer is on its network.").format(path=where, reason=text))
    return WorkspaceError(tr("The workspace {path} cannot be read or written: {reason}. Nothing was "
                             "changed.").format(path=where, reason=text))


def _not_a_workspace(ref):
    return WorkspaceError(tr(
        "The schema {schema} ({path}) is not a CSIAP Planner workspace (no schema_version table). "
        "Create a workspace with 'Create workspace' first.").format(schema=ref.schema, path=ref.shown()))


def _schema_exists(cursor, name):
    cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (name,))
    return cursor.fetchone() is not None


def _tables(ref, cursor):
    """The tables of the workspace's schema."""
    cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = %s", (ref.schema,))
    return {row[0] for row in cursor.fetchall()}


def _columns(ref, cursor, table):
    """The columns of a table of the schema (empty where there is no such table)."""
    cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND "
                   "table_name = %s ORDER BY ordinal_position", (ref.schema, table))
    return [row[0] for row in cursor.fetchall()]


def _check_workspace(ref, cursor):
    """Refuse a schema that is missing or not a workspace, before writing to it."""
    if not _schema_exists(cursor, ref.schema):
        raise WorkspaceError(tr(
            "The schema of {path} does not exist in that database. Check its name, or create the workspace "
            "there first ('Create workspace').").format(path=ref.shown()))
    if VERSION_TABLE not in _tables(ref, cursor):
        raise _not_a_workspace(ref)


def check_intact(reference):
    """Refuse, before writing, a workspace that cannot be reached or is not one (the
    database server answers for its own files: there is no file to check here)."""
    with _cursor(reference) as (ref, cursor):
        _check_workspace(ref, cursor)


# --- The schema ---------------------------------------------------------------------

def srid_of(crs_wkt):
    """The EPSG code of the workspace CRS; refused where it has none (PostGIS keys
    geometries by it)."""
    srs = osr.SpatialReference()
    if srs.ImportFromWkt(crs_wkt) == 0:
        srs.AutoIdentifyEPSG()
        for node in ("PROJCS", "GEOGCS", None):
            if srs.GetAuthorityName(node) == "EPSG" and srs.GetAuthorityCode(node):
                return int(srs.GetAuthorityCode(node))
    raise WorkspaceError(tr(
        "The CRS {crs} has no EPSG code, which a PostGIS workspace needs. Choose an EPSG CRS "
        "(for example WGS 84 / UTM zone 48S, EPSG:32748).").format(crs=srs.GetName() or crs_wkt[:60]))


def _geometry_type(layer_def):
    return {schema.POINT: "Point", schema.MULTIPOLYGON: "MultiPolygon",
            schema.MULTILINESTRING: "MultiLineString"}[layer_def.geometry]


def _column_ddl(field):
    """``name type`` of a schema field; no CHECK for a code list: old codes stay readable."""
    definition = sql.SQL("{} {}").format(_ident(field.name), sql.SQL(_PG_TYPE[field.type]))
    if field.name == "uuid":
        definition = sql.SQL("{} UNIQUE NOT NULL").format(definition)
    return definition


def _table_ddl(ref, layer_def, srid):
    """CREATE TABLE of a layer: the key, the geometry, the schema's fields."""
    # serial (int4), not bigserial: QGIS's postgres provider takes an int4 key's values as its
    # feature ids, but maps an int8 key's to ids of its own (1, 2, 3… whatever the fids; measured
    # on QGIS 3.22), and fid-keyed code (update_rows from QGIS features) would write the wrong rows.
    columns = [sql.SQL("{} serial PRIMARY KEY").format(_ident(FID_COLUMN))]
    if layer_def.is_spatial:
        columns.append(sql.SQL("{} geometry({}, {})").format(
            _ident(GEOMETRY_COLUMN), sql.SQL(_geometry_type(layer_def)), sql.Literal(int(srid))))
    columns += [_column_ddl(field) for field in layer_def.fields]
    return sql.SQL("CREATE TABLE {} ({})").format(_table(ref, layer_def.name), sql.SQL(", ").join(columns))


def _create_layer_table(ref, cursor, layer_def, srid, language):
    cursor.execute(_table_ddl(ref, layer_def, srid))
    if layer_def.is_spatial:
        cursor.execute(sql.SQL("CREATE INDEX {} ON {} USING GIST ({})").format(
            _ident("{}_{}_idx".format(layer_def.name, GEOMETRY_COLUMN)), _table(ref, layer_def.name),
            _ident(GEOMETRY_COLUMN)))
    cursor.execute(sql.SQL("COMMENT ON TABLE {} IS %s").format(_table(ref, layer_def.name)),
                   (layer_def.title.text(language),))
    _comment_columns(ref, cursor, layer_def, language, [field.name for field in layer_def.fields])


def _comment_columns(ref, cursor, layer_def, language, names):
    """The fields' aliases, in the workspace language, as column comments (any client shows them)."""
    for name in names:
        cursor.execute(sql.SQL("COMMENT ON COLUMN {}.{} IS %s").format(_table(ref, layer_def.name), _ident(name)),
                       (layer_def.field(name).alias.text(language),))


def _add_missing_columns(ref, cursor, layer_def, language):
    """The fields an older workspace's table lacks (empty columns)."""
    present = set(_columns(ref, cursor, layer_def.name))
    missing = [field for field in layer_def.fields if field.name not in present]
    for field in missing:
        cursor.execute(sql.SQL("ALTER TABLE {} ADD COLUMN {}").format(
            _table(ref, layer_def.name), _column_ddl(field)))
    _comment_columns(ref, cursor, layer_def, language, [field.name for field in missing])


def _ensure_layer_table(ref, cursor, layer_def, srid, language, tables):
    if layer_def.name in tables:
        _add_missing_columns(ref, cursor, layer_def, language)
    else:
        _create_layer_table(ref, cursor, layer_def, srid, language)
        tables.add(layer_def.name)


def _write_code_lists(ref, cursor, language):
    """Every code of the schema's code lists in ``code_lists`` (added where missing; a
    code an older list had stays, rows may hold it)."""
    cursor.execute(sql.SQL(
        "CREATE TABLE IF NOT EXISTS {} (codelist text NOT NULL, value text NOT NULL, label text, "
        "source text, PRIMARY KEY (codelist, value))").format(_table(ref, CODE_LIST_TABLE)))
    psycopg2.extras.execute_values(cursor, sql.SQL(
        "INSERT INTO {} (codelist, value, label, source) VALUES %s ON CONFLICT (codelist, value) "
        "DO UPDATE SET label = EXCLUDED.label, source = EXCLUDED.source").format(
            _table(ref, CODE_LIST_TABLE)).as_string(cursor),
        [(codelist.name, code.value, code.label.text(language), codelist.source)
         for codelist in schema.CODELISTS for code in codelist.codes])


def _create_version_table(ref, cursor):
    cursor.execute(sql.SQL(
        "CREATE TABLE {} ({} bigserial PRIMARY KEY, version integer, applied_at text, plugin_version text, "
        "language text)").format(_table(ref, VERSION_TABLE), _ident(FID_COLUMN)))


def _record_version(ref, cursor, language):
    """A row of ``schema_version``: this schema, now, this plugin (earlier rows stay)."""
    cursor.execute(sql.SQL(
        "INSERT INTO {} (version, applied_at, plugin_version, language) VALUES (%s, %s, %s, %s)").format(
            _table(ref, VERSION_TABLE)),
        (schema.SCHEMA_VERSION, datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
         plugin_version(), language))


# The layout QGIS's postgres provider creates for ``public.layer_styles`` (QGIS 3.22 to
# 3.40): made here only where the database has none, so QGIS reads our rows as its own.
_STYLE_TABLE_DDL = (
    "CREATE TABLE {} (id serial PRIMARY KEY, f_table_catalog varchar, f_table_schema varchar, "
    "f_table_name varchar, f_geometry_column varchar, stylename text, styleqml xml, stylesld xml, "
    "useasdefault boolean, description text, owner varchar(63) DEFAULT CURRENT_USER, ui xml, "
    "update_time timestamp DEFAULT CURRENT_TIMESTAMP, type varchar)")


def _write_styles(ref, cursor, styles, language):
    """The plugin's default styles of the layers in ``styles`` (``{layer: (qml, sld)}``)
    as the default styles QGIS loads for this schema's tables; the plugin's earlier
    ones are replaced, styles a user saved under other names stay."""
    cursor.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
                   (STYLE_SCHEMA, STYLE_TABLE))
    table = _ident(STYLE_SCHEMA, STYLE_TABLE)
    if cursor.fetchone() is None:
        cursor.execute(sql.SQL(_STYLE_TABLE_DDL).format(table))
    cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = %s AND "
                   "table_name = %s", (STYLE_SCHEMA, STYLE_TABLE))
    has_type = "type" in {row[0] for row in cursor.fetchall()}
    names = [name for name in schema.LAYERS if name.name in styles]
    cursor.execute(sql.SQL("DELETE FROM {} WHERE f_table_catalog = %s AND f_table_schema = %s AND "
                           "f_table_name = ANY(%s) AND stylename = %s").format(table),
                   (_catalog(cursor), ref.schema, [layer_def.name for layer_def in names], STYLE_NAME))
    # Another default of the same table would compete with ours: ours is the default now.
    cursor.execute(sql.SQL("UPDATE {} SET useasdefault = false WHERE f_table_catalog = %s AND "
                           "f_table_schema = %s AND f_table_name = ANY(%s)").format(table),
                   (_catalog(cursor), ref.schema, [layer_def.name for layer_def in names]))
    for layer_def in names:
        qml, sld = styles[layer_def.name]
        values = {"f_table_catalog": _catalog(cursor), "f_table_schema": ref.schema,
                  "f_table_name": layer_def.name,
                  "f_geometry_column": GEOMETRY_COLUMN if layer_def.is_spatial else None,
                  "stylename": STYLE_NAME, "styleqml": qml, "stylesld": sld or None, "useasdefault": True,
                  "description": "CSIAP Planner ({})".format(language), "ui": None}
        if has_type:
            # QGIS asks for "type = <the layer's geometry type> OR type IS NULL": NULL matches
            # every way of opening the table (a source with or without its geometry type).
            values["type"] = None
        cursor.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            table, sql.SQL(", ").join(_ident(k) for k in values), sql.SQL(", ").join(sql.Placeholder() * len(values))),
            list(values.values()))


def write_schema(reference, crs_wkt, language, styles, kelurahan=None, keep_as=None):
    """Create the workspace schema ``reference`` holding every layer of the schema, in
    one transaction. ``styles`` maps a layer name to its default ``(qml, sld)``;
    ``kelurahan`` is the first row of the kelurahan layer (attributes and ``"wkb"``).

    An existing schema is refused, unless ``keep_as`` names the schema it is renamed
    to first, in the same transaction (nothing lost, never half-made)."""
    srid = srid_of(crs_wkt)
    with _cursor(reference, write=True) as (ref, cursor):
        cursor.execute("SELECT 1 FROM spatial_ref_sys WHERE srid = %s", (srid,))
        if cursor.fetchone() is None:
            raise WorkspaceError(tr("The database does not know EPSG:{srid}; choose another CRS.").format(srid=srid))
        if _schema_exists(cursor, ref.schema):
            if not keep_as:
                raise WorkspaceError(tr(
                    "The schema {schema} already exists in that database. A workspace is not replaced unless "
                    "you tick 'Replace an existing workspace' (OVERWRITE); it is then kept as a dated "
                    "backup schema.").format(schema=ref.schema))
            _rename_schema(ref, cursor, ref.schema, keep_as)
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(_ident(ref.schema)))
        tables = set()
        for layer_def in schema.LAYERS:
            _ensure_layer_table(ref, cursor, layer_def, srid, language, tables)
        versions.install(cursor, ref.schema, [layer_def.name for layer_def in schema.LAYERS], language)
        _write_code_lists(ref, cursor, language)
        _write_styles(ref, cursor, styles, language)
        if kelurahan is not None:
            _insert_rows(ref, cursor, schema.layer("kelurahan"), [kelurahan], srid)
        _create_version_table(ref, cursor)
        _record_version(ref, cursor, language)
    _forget_srid(ref)


def _rename_schema(ref, cursor, name, new_name):
    """Rename a workspace schema, its default styles (rows of ``public.layer_styles``) with it."""
    cursor.execute(sql.SQL("ALTER SCHEMA {} RENAME TO {}").format(_ident(name), _ident(new_name)))
    if _style_table_exists(cursor):
        cursor.execute(sql.SQL("UPDATE {} SET f_table_schema = %s WHERE f_table_catalog = %s AND "
                               "f_table_schema = %s").format(_ident(STYLE_SCHEMA, STYLE_TABLE)),
                       (new_name, _catalog(cursor), name))


def backup_schema_name(name, when=None):
    """The schema an overwritten workspace is kept as: ``<schema>_backup_YYYYMMDD_HHMMSS``
    (within PostgreSQL's 63 characters)."""
    stamp = "_backup_" + (when or datetime.datetime.now()).strftime("%Y%m%d_%H%M%S")
    return name[:63 - len(stamp)] + stamp


def undo_create(reference, keep_as=None):
    """Drop a schema just made by ``write_schema`` (its project could not be written) and
    put back the one it replaced, in one transaction."""
    with _cursor(reference, write=True) as (ref, cursor):
        cursor.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(_ident(ref.schema)))
        if _style_table_exists(cursor):
            cursor.execute(sql.SQL("DELETE FROM {} WHERE f_table_catalog = %s AND f_table_schema = %s").format(
                _ident(STYLE_SCHEMA, STYLE_TABLE)), (_catalog(cursor), ref.schema))
        if keep_as and _schema_exists(cursor, keep_as):
            _rename_schema(ref, cursor, keep_as, ref.schema)


def _catalog(cursor):
    """The database's name as QGIS records it in ``layer_styles.f_table_catalog`` (that of the
    connection: a service's database is known only once connected)."""
    return cursor.connection.info.dbname


def _style_table_exists(cursor):
    cursor.execute("SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = %s",
                   (STYLE_SCHEMA, STYLE_TABLE))
    return cursor.fetchone() is not None


def upgrade_schema(reference, styles):
    """Bring the workspace schema to the current schema, in one transaction: what the
    schema has and the database lacks is added (code lists, tables, fields, aliases);
    the plugin's default styles are replaced by ``styles``; nothing is removed."""
    language = workspace_language(reference)
    with transaction(reference) as (ref, cursor):
        srid = _srid(ref, cursor)
        tables = _tables(ref, cursor)
        for layer_def in schema.LAYERS:
            _ensure_layer_table(ref, cursor, layer_def, srid, language, tables)
        versions.install(cursor, ref.schema, [layer_def.name for layer_def in schema.LAYERS], language)
        _write_code_lists(ref, cursor, language)
        _write_styles(ref, cursor, styles, language)
        _record_version(ref, cursor, language)


def _srid(ref, cursor):
    """The SRID of the workspace's geometries (the kelurahan table's)."""
    cursor.execute("SELECT srid FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s",
                   (ref.schema, "kelurahan"))
    row = cursor.fetchone()
    if row is None:
        raise _not_a_workspace(ref)
    return row[0]


def _complete_layers(ref, cursor, layer_names):
    """Add, inside the write's own transaction, the tables or fields an older
    workspace lacks (PostgreSQL's DDL is transactional: a failure undoes them too)."""
    tables = _tables(ref, cursor)
    lacking = [name for name in layer_names if name not in tables
               or set(schema.layer(name).field_names()) - set(_columns(ref, cursor, name))]
    if lacking:
        language = _language(ref, cursor)
        srid = _srid(ref, cursor)
        for name in lacking:
            _ensure_layer_table(ref, cursor, schema.layer(name), srid, language, tables)
        versions.install(cursor, ref.schema, lacking, language)


# --- Rows -----------------------------------------------------------------------------

def _value(field, value):
    """A row's value as psycopg2 sends it for the column of ``field``."""
    if value is None:
        return None
    if hasattr(value, "toPyDate"):   # QDate
        value = value.toPyDate() if value.isValid() else None
    elif hasattr(value, "toPyDateTime"):
        value = value.toPyDateTime()
    if field is None:
        return value
    if field.type == schema.BOOLEAN:
        return bool(value) if not isinstance(value, str) else value.strip().lower() in ("1", "true", "t", "yes")
    if field.type == schema.INTEGER and isinstance(value, bool):
        return int(value)
    if field.type == schema.DATE and isinstance(value, str):
        return value.replace("/", "-")
    if field.type == schema.TEXT and not isinstance(value, str):
        return str(value)
    return value


def _geometry_sql(layer_def, srid, wkt=False):
    """The SQL that makes a geometry of the layer's type from a WKB (or WKT) parameter."""
    source = sql.SQL("ST_GeomFromText(%s, {})" if wkt else "ST_GeomFromWKB(%s, {})").format(sql.Literal(int(srid)))
    made = sql.SQL("ST_Force2D({})").format(source)
    if layer_def.geometry != schema.POINT:
        made = sql.SQL("ST_Multi({})").format(made)
    return made


def _row_columns(layer_def, row, present, keep_fid=False):
    """``[(column, value, geometry as "wkb"/"wkt"/None)]`` of a row, the schema's fields only
    (and only those the table has); its ``fid`` only with ``keep_fid`` (a replaced row kept)."""
    columns = []
    fields = _fields_by_name(layer_def)
    for name, value in row.items():
        if name == "wkb" or (name == GEOMETRY_COLUMN and layer_def.is_spatial):
            if layer_def.is_spatial:
                kind = "wkb" if name == "wkb" else "wkt"
                if value is not None and kind == "wkb":
                    value = psycopg2.Binary(bytes(value))
                columns.append((GEOMETRY_COLUMN, value, kind if value is not None else None))
            continue
        if (name == FID_COLUMN and (not keep_fid or value is None)) or name not in present:
            continue
        columns.append((name, _value(fields.get(name), value), None))
    return columns


_FIELDS_BY_NAME = {}


def _fields_by_name(layer_def):
    """``{name: Field}`` of a layer, made once: looking each field up in the list
    took 40 s for the 10,000 area_indicators rows of a city, 85 fields each."""
    fields = _FIELDS_BY_NAME.get(layer_def.name)
    if fields is None or fields[0] is not layer_def:
        fields = _FIELDS_BY_NAME[layer_def.name] = (layer_def, {field.name: field for field in layer_def.fields})
    return fields[1]


def _placeholder(layer_def, srid, kind):
    return _geometry_sql(layer_def, srid, kind == "wkt") if kind else sql.Placeholder()


def _insert_rows(ref, cursor, layer_def, rows, srid, present=None, keep_fid=False):
    """INSERT the rows (grouped by the columns they carry: one statement per group)."""
    present = set(present if present is not None else layer_def.field_names())
    groups = {}
    for row in rows:
        columns = _row_columns(layer_def, row, present, keep_fid)
        key = tuple((name, kind) for name, _value, kind in columns)
        groups.setdefault(key, []).append(tuple(value for _name, value, _kind in columns))
    for key, values in groups.items():
        if not key:
            cursor.execute(sql.SQL("INSERT INTO {} DEFAULT VALUES").format(_table(ref, layer_def.name)))
            continue
        template = sql.SQL("({})").format(sql.SQL(", ").join(_placeholder(layer_def, srid, kind) for _n, kind in key))
        statement = sql.SQL("INSERT INTO {} ({}) VALUES %s").format(
            _table(ref, layer_def.name), sql.SQL(", ").join(_ident(name) for name, _kind in key))
        psycopg2.extras.execute_values(cursor, statement.as_string(cursor), values,
                                       template=template.as_string(cursor), page_size=1000)


def _update_statement(ref, layer_def, columns, srid, key):
    """UPDATE of one row's ``columns`` (``[(name, kind)]``) where ``key`` (fid or uuid) = %s."""
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = {}").format(_ident(name), _placeholder(layer_def, srid, kind)) for name, kind in columns)
    return sql.SQL("UPDATE {} SET {} WHERE {} = %s").format(_table(ref, layer_def.name), assignments, _ident(key))


def _update_row(ref, cursor, layer_def, srid, key, key_value, row, present):
    """Update one row by ``key``; whether there was such a row."""
    columns = _row_columns(layer_def, row, present)
    if not columns:
        cursor.execute(sql.SQL("SELECT 1 FROM {} WHERE {} = %s").format(
            _table(ref, layer_def.name), _ident(key)), (key_value,))
        return cursor.fetchone() is not None
    statement = _update_statement(ref, layer_def, [(name, kind) for name, _v, kind in columns], srid, key)
    cursor.execute(statement, [value for _n, value, _k in columns] + [key_value])
    return cursor.rowcount > 0


def _delete_rows(ref, cursor, layer_def, clear):
    """With ``clear`` True every row of the layer, with ``(field, value)`` those whose
    ``field`` holds ``value``."""
    if clear is True:
        cursor.execute(sql.SQL("DELETE FROM {}").format(_table(ref, layer_def.name)))
    elif clear:
        field, value = clear
        cursor.execute(sql.SQL("DELETE FROM {} WHERE {} IS NOT DISTINCT FROM %s").format(
            _table(ref, layer_def.name), _ident(layer_def.field(field).name)),
            (_value(layer_def.field(field), value),))


def write_rows(reference, rows_by_layer, replace=True):
    """Add rows to workspace layers, in one transaction; with ``replace``, the rows
    already there go first (with ``replace=(field, value)``, only those rows whose
    ``field`` holds ``value``; with a dict, per layer). A row is ``{field: value}``
    plus ``"wkb"`` for its geometry. Tables or fields an older workspace lacks are
    added first. On any failure no row changes."""
    with transaction(reference) as (ref, cursor):
        _complete_layers(ref, cursor, rows_by_layer)
        srid = _srid(ref, cursor)
        for name, rows in rows_by_layer.items():
            layer_def = schema.layer(name)
            clear = replace.get(name, False) if isinstance(replace, dict) else replace
            if clear:   # the rows replaced are locked; one changed since the caller read it is refused
                rows = versions.replacing(cursor, ref.schema, name, clear, rows)
            _delete_rows(ref, cursor, layer_def, clear)
            _insert_rows(ref, cursor, layer_def, rows, srid, _columns(ref, cursor, name), keep_fid=bool(clear))


def update_rows(reference, updates):
    """Apply ``{layer: {fid: {field: value}}}`` in one transaction: all of it or,
    on any failure, none of it."""
    with transaction(reference) as (ref, cursor):
        srid = _srid(ref, cursor)
        for name, rows in updates.items():
            layer_def = schema.layer(name)
            present = _columns(ref, cursor, name)
            # Locked; refused where another editor saved a row since the version the caller read.
            versions.check_versions(cursor, ref.schema, name, {
                int(fid): values.get(versions.VERSION_COLUMN) for fid, values in rows.items()}, key=FID_COLUMN)
            for fid, values in rows.items():
                if not _update_row(ref, cursor, layer_def, srid, FID_COLUMN, int(fid), values, present):
                    raise WorkspaceError(tr("Cannot update feature {fid} of {layer}: {reason}").format(
                        fid=fid, layer=name, reason=tr("there is no such row")))


def change_rows(reference, changes):
    """Apply ``{layer: {"update": {uuid: {field: value}}, "insert": [row], "delete": [uuid]}}``
    in one transaction: all of it or, on any failure, none of it. A row's geometry is ISO
    WKT under ``GEOMETRY_COLUMN`` (or WKB under ``"wkb"``); a ``None`` value empties a field.
    Updates and deletes of a uuid the workspace does not have are left out."""
    with transaction(reference) as (ref, cursor):
        _complete_layers(ref, cursor, changes)
        srid = _srid(ref, cursor)
        for name, change in changes.items():
            layer_def = schema.layer(name)
            present = _columns(ref, cursor, name)
            deleted = list(change.get("delete", ()))
            read = {uuid: None for uuid in deleted}   # locked, and refused where stale
            read.update({uuid: values.get(versions.VERSION_COLUMN)
                         for uuid, values in change.get("update", {}).items()})
            versions.check_versions(cursor, ref.schema, name, read)
            if deleted:
                cursor.execute(sql.SQL("DELETE FROM {} WHERE uuid = ANY(%s)").format(_table(ref, name)), (deleted,))
            for uuid, values in change.get("update", {}).items():
                _update_row(ref, cursor, layer_def, srid, "uuid", uuid, values, present)
            _insert_rows(ref, cursor, layer_def, list(change.get("insert", ())), srid, present)


def upsert_points(reference, layer_name, fields, rows):
    """Insert point rows, or update the row with the same ``uuid``, in one transaction.

    ``fields``: the schema field names each row carries, in order; ``rows``:
    ``(values, (x, y))`` in the workspace CRS. Returns ``(inserted, updated)``."""
    layer_def = schema.layer(layer_name)
    if layer_def.geometry != schema.POINT or "uuid" not in fields:
        raise ValueError("upsert_points needs a point layer and a uuid")
    field_defs = [layer_def.field(name) for name in fields]   # only schema names reach the SQL
    with transaction(reference) as (ref, cursor):
        _complete_layers(ref, cursor, [layer_name])
        srid = _srid(ref, cursor)
        names = [field.name for field in field_defs]
        # COPY into a scratch table of the same column types, then one INSERT … ON CONFLICT:
        # the rows travel as one CSV stream (measured: 100,000 rows in about a third of the
        # time of INSERT … VALUES pages).
        cursor.execute(sql.SQL("CREATE TEMPORARY TABLE csiap_incoming ON COMMIT DROP AS SELECT {} FROM {} "
                               "WITH NO DATA").format(sql.SQL(", ").join(_ident(n) for n in names),
                                                      _table(ref, layer_name)))
        cursor.execute("ALTER TABLE csiap_incoming ADD COLUMN csiap_x double precision, "
                       "ADD COLUMN csiap_y double precision, ADD COLUMN csiap_order serial")
        stream = io.StringIO()
        for values, (x, y) in rows:
            stream.write("\t".join([_copy_value(field, value) for field, value in zip(field_defs, values)]
                                   + [repr(float(x)), repr(float(y))]))
            stream.write("\n")
        stream.seek(0)
        cursor.copy_expert(sql.SQL("COPY csiap_incoming ({}, csiap_x, csiap_y) FROM STDIN").format(
            sql.SQL(", ").join(_ident(n) for n in names)).as_string(cursor), stream)
        columns = names + [GEOMETRY_COLUMN]
        cursor.execute(sql.SQL(
            "INSERT INTO {} ({}) SELECT {}, ST_SetSRID(ST_MakePoint(csiap_x, csiap_y), {}) FROM csiap_incoming "
            "ORDER BY csiap_order ON CONFLICT (uuid) DO UPDATE SET {} RETURNING (xmax = 0)").format(
                _table(ref, layer_name), sql.SQL(", ").join(_ident(n) for n in columns),
                sql.SQL(", ").join(_ident(n) for n in names), sql.Literal(int(srid)),
                sql.SQL(", ").join(sql.SQL("{0} = EXCLUDED.{0}").format(_ident(n)) for n in columns if n != "uuid")))
        outcome = cursor.fetchall()
    inserted = sum(1 for (new,) in outcome if new)
    return inserted, len(outcome) - inserted


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_value(field, value):
    """A value in COPY's text format for the field's column: \\N for NULL, text escaped."""
    value = _value(field, value)
    if value is None:
        return "\\N"
    if field.type == schema.INTEGER and isinstance(value, float) and value.is_integer():
        return str(int(value))   # COPY reads "3.0" as no integer
    if isinstance(value, float):
        return repr(value)
    return str(value).translate(_COPY_ESCAPES)


def _plain(value):
    """A value read from PostgreSQL as the GeoPackage reader gives it (dates as
    ``YYYY/MM/DD``, booleans as 0/1), so rows of the two backends compare equal."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.datetime):
        return value.strftime("%Y/%m/%d %H:%M:%S")
    if isinstance(value, datetime.date):
        return value.strftime("%Y/%m/%d")
    return value


def read_features(reference, layer_name):
    """Every row of a layer as ``{field: value}`` (no fid), the geometry as ISO WKT
    under ``GEOMETRY_COLUMN``; None where the schema has no such layer. Read-only."""
    with _cursor(reference) as (ref, cursor):
        columns = _columns(ref, cursor, layer_name)
        if not columns:
            return None
        names = [name for name in columns if name not in BOOKKEEPING_COLUMNS and name != GEOMETRY_COLUMN]
        spatial = GEOMETRY_COLUMN in columns
        selected = [_ident(name) for name in names]
        if spatial:
            selected.append(sql.SQL("ST_AsBinary({})").format(_ident(GEOMETRY_COLUMN)))
        cursor.execute(sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
            sql.SQL(", ").join(selected), _table(ref, layer_name), _ident(FID_COLUMN)))
        rows = []
        for record in cursor:
            row = {name: _plain(value) for name, value in zip(names, record)}
            if spatial:
                wkb = record[-1]
                row[GEOMETRY_COLUMN] = ogr.CreateGeometryFromWkb(bytes(wkb)).ExportToIsoWkt() if wkb else None
            rows.append(row)
        return rows


def _language(ref, cursor):
    cursor.execute(sql.SQL("SELECT version, language FROM {}").format(_table(ref, VERSION_TABLE)))
    versions = [(_version_number(version), language) for version, language in cursor.fetchall()]
    language = max(versions, key=lambda v: v[0] if v[0] is not None else -1)[1] if versions else None
    return language if language in schema.LANGUAGES else schema.DEFAULT_LANGUAGE


def workspace_language(reference):
    """The language the workspace was created in (its code lists and aliases)."""
    with _cursor(reference) as (ref, cursor):
        _check_workspace(ref, cursor)
        return _language(ref, cursor)


def read_schema_version(reference):
    """The schema version of the workspace, read without changing it; ``WorkspaceError``
    where the schema is missing, not a workspace, or made by a newer plugin."""
    with _cursor(reference) as (ref, cursor):
        _check_workspace(ref, cursor)
        tables = _tables(ref, cursor)
        cursor.execute(sql.SQL("SELECT version FROM {}").format(_table(ref, VERSION_TABLE)))
        values = [row[0] for row in cursor.fetchall()]
    where = ref.shown()
    missing = [lyr.name for lyr in schema.LAYERS if lyr.name not in tables and lyr.group != "results"]
    return checked_version(where, values, missing)


def last_changed(reference):
    """When a row of the workspace was last written (UTC, ISO 8601 to the second): the newest
    ``edited_at`` the row versions keep; "" where none was."""
    with _cursor(reference) as (ref, cursor):
        _check_workspace(ref, cursor)
        tables = sorted(_tables(ref, cursor) & {layer_def.name for layer_def in schema.LAYERS})
        times = []
        for table in tables:
            if versions.EDITED_AT_COLUMN in _columns(ref, cursor, table):
                cursor.execute(sql.SQL("SELECT max({}) FROM {}").format(
                    _ident(versions.EDITED_AT_COLUMN), _table(ref, table)))
                times.append(cursor.fetchone()[0])
    newest = max((t for t in times if t is not None), default=None)
    return newest.astimezone(datetime.timezone.utc).isoformat(timespec="seconds") if newest else ""


def kelurahan_identity(reference):
    """``(uuid, name)`` of the workspace's kelurahan row, ``(None, None)`` where it has none."""
    with _cursor(reference) as (ref, cursor):
        cursor.execute(sql.SQL("SELECT uuid, name FROM {} ORDER BY {} LIMIT 1").format(
            _table(ref, "kelurahan"), _ident(FID_COLUMN)))
        row = cursor.fetchone()
    return tuple(row) if row else (None, None)


def schema_exists(reference):
    """Whether the reference's schema exists (``create_workspace`` refuses to replace it silently)."""
    with _cursor(reference) as (ref, cursor):
        return _schema_exists(cursor, ref.schema)


# --- QGIS's view of the schema --------------------------------------------------------

_SRID_CACHE = {}
PROJECT_NAME = "csiap"
_QGIS_WKB = {schema.POINT: "Point", schema.MULTIPOLYGON: "MultiPolygon",
             schema.MULTILINESTRING: "MultiLineString", None: "NoGeometry"}


def workspace_srid(reference):
    """The SRID of the workspace (asked once per reference and session: layer sources need it)."""
    ref = parse_reference(reference)
    key = (ref.dsn(), ref.schema)
    if key not in _SRID_CACHE:
        with _cursor(ref) as (_ref, cursor):
            _check_workspace(ref, cursor)
            _SRID_CACHE[key] = _srid(ref, cursor)
    return _SRID_CACHE[key]


def _forget_srid(ref):
    _SRID_CACHE.pop((ref.dsn(), ref.schema), None)


def _data_source_uri(ref):
    """A ``QgsDataSourceUri`` holding the reference's connection."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    keywords = ref.keywords
    user, password = ("", "") if ref.authcfg else (keywords.get("user", ""), keywords.get("password", ""))
    if keywords.get("service"):
        uri.setConnection(keywords["service"], keywords.get("dbname", ""), user, password, _ssl_mode(keywords),
                          ref.authcfg)
    else:
        uri.setConnection(keywords.get("host", ""), keywords.get("port", ""), keywords.get("dbname", ""),
                          user, password, _ssl_mode(keywords), ref.authcfg)
    return uri


def _ssl_mode(keywords):
    from qgis.core import QgsDataSourceUri

    return QgsDataSourceUri.decodeSslMode(keywords.get("sslmode", "prefer"))


def layer_source(reference, layer_def):
    """The postgres provider's source of a workspace layer: schema, table, geometry
    column, key ``fid``, SRID and geometry type given, so that QGIS does not scan."""
    from qgis.core import QgsWkbTypes

    ref = parse_reference(reference)
    uri = _data_source_uri(ref)
    uri.setDataSource(ref.schema, layer_def.name, GEOMETRY_COLUMN if layer_def.is_spatial else "", "", FID_COLUMN)
    uri.setKeyColumn(FID_COLUMN)
    if layer_def.is_spatial:
        uri.setSrid(str(workspace_srid(ref)))
    uri.setWkbType(QgsWkbTypes.parseType(_QGIS_WKB[layer_def.geometry]))
    return uri.uri(False)


def same_workspace(source, reference):
    """Whether a postgres layer source is a table of the workspace ``reference``:
    ``(True, table)``, else ``(False, None)``."""
    from qgis.core import QgsDataSourceUri

    ref = parse_reference(reference)
    uri = QgsDataSourceUri(source)
    mine = _data_source_uri(ref)
    same = (uri.schema() == ref.schema and uri.database() == mine.database() and uri.host() == mine.host()
            and (uri.port() or "5432") == (mine.port() or "5432") and uri.service() == mine.service())
    return (True, uri.table()) if same else (False, None)


def project_uri(reference):
    """Where the workspace's QGIS project is kept: in the schema itself, through QGIS's
    PostgreSQL project storage, so that every editor opens the same one."""
    from urllib.parse import quote, urlencode

    ref = parse_reference(reference)
    keywords = ref.keywords
    user = "" if ref.authcfg else quote(keywords.get("user", ""), safe="")
    if keywords.get("password") and not ref.authcfg:
        user += ":" + quote(keywords["password"], safe="")
    host = keywords.get("host", "")
    if keywords.get("port"):
        host += ":" + keywords["port"]
    query = {key: keywords[key] for key in ("service", "sslmode") if keywords.get(key)}
    if ref.authcfg:
        query["authcfg"] = ref.authcfg
    query.update({"dbname": keywords.get("dbname", ""), "schema": ref.schema, "project": PROJECT_NAME})
    return "postgresql://{}{}?{}".format(user + "@" if user else "", host, urlencode(query))


def project_exists(reference):
    """Whether the schema holds the workspace's QGIS project."""
    with _cursor(reference) as (ref, cursor):
        if "qgis_projects" not in _tables(ref, cursor):
            return False
        cursor.execute(sql.SQL("SELECT 1 FROM {} WHERE name = %s").format(_table(ref, "qgis_projects")),
                       (PROJECT_NAME,))
        return cursor.fetchone() is not None


def same_schema(reference, other):
    """Whether two references name the same schema of the same database on the same server."""
    def key(text):
        ref = parse_reference(text)
        keywords = _resolved(ref)
        return (keywords.get("host", ""), str(keywords.get("port") or "5432"), keywords.get("dbname", ""), ref.schema)
    try:
        return key(reference) == key(other)
    except WorkspaceError:
        return False


_RESOLVED = {}


def _resolved(ref):
    """host, port and dbname of a reference, those of its service looked up (by libpq itself:
    connecting once) where it names one."""
    if not ref.keywords.get("service"):
        return dict(ref.keywords, dbname=ref.database)
    if ref.dsn() not in _RESOLVED:
        connection = _connect(ref)
        try:
            _RESOLVED[ref.dsn()] = connection.get_dsn_parameters()
        finally:
            connection.close()
    return _RESOLVED[ref.dsn()]


def reference_of_source(source):
    """``(workspace reference, table)`` of a postgres layer source, ``(None, None)`` where
    it is not a table of a CSIAP layer."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri(source)
    if not uri.schema() or uri.table() not in {layer_def.name for layer_def in schema.LAYERS}:
        return None, None
    keywords = {"service": uri.service(), "host": uri.host(), "port": uri.port(), "dbname": uri.database(),
                "user": uri.username(), "password": uri.password()}
    keywords = {key: value for key, value in keywords.items() if value}
    authcfg = " authcfg=" + uri.authConfigId() if uri.authConfigId() else ""
    return psycopg2.extensions.make_dsn(**keywords) + authcfg + " schema=" + uri.schema(), uri.table()


def workspace_schemas(connection_uri):
    """The schemas of the database of a QGIS PostgreSQL connection (its ``uri()``) that
    hold a CSIAP workspace (a ``schema_version`` table), sorted: the menu's *Open
    workspace…* lists them. One catalogue query: the provider connection's own table
    listing resolves every table's columns (measured: 10-14 s for 100 workspaces)."""
    from qgis.core import QgsDataSourceUri

    keywords = psycopg2.extensions.parse_dsn(QgsDataSourceUri(connection_uri).connectionInfo(True))
    ref = Reference(without_password(connection_uri), keywords, "")
    connection = _connect(ref)
    try:
        with storage_errors(ref), connection.cursor() as cursor:
            cursor.execute("SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE c.relname = %s AND c.relkind IN ('r', 'p') ORDER BY n.nspname", (VERSION_TABLE,))
            return [row[0] for row in cursor.fetchall()]
    finally:
        connection.close()
