"""Several editors at once, no lost update: row versions in a PostGIS workspace (issue 18).

Two planners may edit the same household or action from two QGIS sessions. Each row
of a workspace table carries ``row_version`` (1 when written, one more at every
update), ``edited_by`` and ``edited_at``, all kept by one trigger function
(``install``). A writer says which version it read by sending ``row_version`` with
its update; the trigger refuses an update whose ``row_version`` is not the current
one, with a message naming the feature and who changed it since and when. An update
that does not send ``row_version`` claims nothing and is taken as it comes (a
``psql`` session, an older plugin): the version still goes up, so the others' stale
edits are caught.

Who sends the version read:

- the plugin's own writes (``workspace.postgis``): ``check_versions`` locks the rows
  they update or replace (``SELECT … FOR UPDATE``, in their one transaction) and
  compares the versions the caller read; an edit that another connection holds
  uncommitted is waited for (``LOCK_WAIT_MS`` at most), then refused, never overwritten;
- edits made in QGIS (attribute table, forms, the map tools): QGIS's postgres provider
  sends only the changed columns (``QgsPostgresProvider::changeAttributeValues`` and
  ``changeFeatures`` build ``UPDATE … SET <changed columns>``), so ``guard_layer``
  puts into the layer's edit buffer, just before a commit, each edited feature's
  ``row_version`` as it was when the feature was first edited.

SQL lives here (a storage module beside ``postgis.py``): identifiers through
``psycopg2.sql``, values always as parameters. psycopg2 is imported inside functions.
"""

import getpass

from qgis.core import Qgis, QgsApplication, QgsFeatureRequest, QgsMessageLog, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QThread, QTimer

from .. import compat
from ..core import schema
from ..i18n import tr, ui_language
from .geopackage import FID_COLUMN, WorkspaceError

VERSION_COLUMN = "row_version"
EDITOR_COLUMN = "edited_by"
EDITED_AT_COLUMN = "edited_at"
COLUMNS = (VERSION_COLUMN, EDITOR_COLUMN, EDITED_AT_COLUMN)
# The session setting naming the person who edits (``SET csiap.editor = 'Budi'``);
# without it the trigger records the database user.
EDITOR_SETTING = "csiap.editor"
# The trigger's SQLSTATE for a stale update ("409 Conflict"; class CS is no PostgreSQL class).
STALE_SQLSTATE = "CS409"
LOCK_NOT_AVAILABLE = "55P03"
DEADLOCK_DETECTED = "40P01"
# How long a plugin write waits for a row another connection holds uncommitted.
LOCK_WAIT_MS = 10000
FUNCTION = "csiap_row_version"
TRIGGER = "csiap_row_version"
# How edited_at is shown, in the trigger's message and in ours (the session's time zone).
TIME_FORMAT = "YYYY-MM-DD HH24:MI:SS TZ"
# Stale rows named one by one in a refusal; the others are counted.
NAMED_AT_MOST = 10
# Fields that tell a person which feature it is after the layer's display field: its
# code, and where it is.
LOCATION_FIELDS = ("code", "location_code", "rw", "rt")

_FUNCTION_SQL = """
CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $body$
-- TG_ARGV[0]: the refusal's message in the workspace language, a format() string
-- (%1$s uuid, %2$s what a person recognises, %3$s who, %4$s when, %5$s version sent,
-- %6$s current version); then pairs (field, label) of the fields a person recognises.
DECLARE
    old_row jsonb;
    named text := '';
    i integer := 1;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.row_version IS DISTINCT FROM OLD.row_version THEN
            old_row := to_jsonb(OLD);
            WHILE i + 1 < TG_NARGS LOOP
                IF coalesce(old_row ->> TG_ARGV[i], '') <> '' THEN
                    named := named || CASE WHEN named = '' THEN '' ELSE ', ' END
                             || TG_ARGV[i + 1] || ': ' || (old_row ->> TG_ARGV[i]);
                END IF;
                i := i + 2;
            END LOOP;
            IF named <> '' THEN
                named := ' (' || named || ')';
            END IF;
            RAISE EXCEPTION USING ERRCODE = '{stale}',
                MESSAGE = format(TG_ARGV[0], old_row ->> 'uuid', named, coalesce(OLD.edited_by, '?'),
                                 coalesce(to_char(OLD.edited_at, '{time_format}'), '?'),
                                 coalesce(NEW.row_version::text, '-'), OLD.row_version),
                SCHEMA = TG_TABLE_SCHEMA, TABLE = TG_TABLE_NAME, COLUMN = 'row_version';
        END IF;
        NEW.row_version := OLD.row_version + 1;
    ELSE
        NEW.row_version := coalesce(NEW.row_version, 1);
    END IF;
    NEW.edited_by := coalesce(nullif(current_setting('{setting}', true), ''), current_user);
    NEW.edited_at := now();
    RETURN NEW;
END
$body$
"""


def _sql():
    from psycopg2 import sql

    return sql


def recognised_fields(layer_name):
    """``(field, ...)`` that tell a person which feature of ``layer_name`` it is, from
    the schema: its display field, its code, then where it is (location, else RW and RT);
    never personal data (a household's head is not named in a message others read)."""
    layer = schema.layer(layer_name)
    names = layer.field_names()
    personal = set(layer.personal_fields())
    wanted = [layer.display_field] if layer.display_field != "uuid" else []
    location = [n for n in LOCATION_FIELDS if n in names]
    if "location_code" in location:   # "003/005" already says RW and RT
        location = ["location_code"]
    return tuple(n for n in dict.fromkeys(wanted + location) if n in names and n not in personal)


def _stale_text(language):
    return tr("{layer} (table {table}), feature {uuid}{fields}: changed by {editor} at {time} after it was read "
              "(version {read} was read, it is now version {current}). The change was not saved: read the layer "
              "again (reload it) and make the change again.", language)


def trigger_message(layer_name, language):
    """The trigger's refusal for ``layer_name`` in ``language``, as a PostgreSQL ``format()`` string."""
    layer = schema.layer(layer_name)
    return _stale_text(language).replace("%", "%%").format(
        layer=layer.title.text(language).replace("%", "%%"), table=layer.name, uuid="%1$s", fields="%2$s",
        editor="%3$s", time="%4$s", read="%5$s", current="%6$s")


def install(cursor, schema_name, table_names, language=schema.DEFAULT_LANGUAGE):
    """Add ``row_version``, ``edited_by`` and ``edited_at`` to each table of ``table_names``
    (layers of ``core.schema``) in ``schema_name`` where missing, and keep them with one
    trigger function (``BEFORE INSERT OR UPDATE`` on each table). Idempotent: run again by
    every schema write and upgrade (the message follows the workspace language). Runs in
    the caller's transaction."""
    sql = _sql()
    function = sql.Identifier(schema_name, FUNCTION)
    cursor.execute(sql.SQL(_FUNCTION_SQL.format(function="{function}", stale=STALE_SQLSTATE,
                                                time_format=TIME_FORMAT, setting=EDITOR_SETTING)).format(
        function=function))
    for name in table_names:
        table = sql.Identifier(schema_name, name)
        cursor.execute(sql.SQL(
            "ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {version} integer NOT NULL DEFAULT 1, "
            "ADD COLUMN IF NOT EXISTS {editor} text, ADD COLUMN IF NOT EXISTS {at} timestamptz").format(
            table=table, version=sql.Identifier(VERSION_COLUMN), editor=sql.Identifier(EDITOR_COLUMN),
            at=sql.Identifier(EDITED_AT_COLUMN)))
        arguments = [trigger_message(name, language)]
        for field in recognised_fields(name):
            arguments += [field, schema.layer(name).field(field).alias.text(language)]
        # DROP + CREATE rather than CREATE OR REPLACE TRIGGER (PostgreSQL 14+): older servers too.
        cursor.execute(sql.SQL("DROP TRIGGER IF EXISTS {trigger} ON {table}").format(
            trigger=sql.Identifier(TRIGGER), table=table))
        cursor.execute(sql.SQL(
            "CREATE TRIGGER {trigger} BEFORE INSERT OR UPDATE ON {table} FOR EACH ROW "
            "EXECUTE PROCEDURE {function}({arguments})").format(
            trigger=sql.Identifier(TRIGGER), table=table, function=function,
            arguments=sql.SQL(", ").join(sql.Literal(a) for a in arguments)))


# --- Who edits --------------------------------------------------------------------

def editor_name():
    """The person editing, as QGIS knows them (their full name, else their login), else the OS user."""
    return QgsApplication.userFullName() or QgsApplication.userLoginName() or getpass.getuser()


def set_editor(cursor, editor=None):
    """Name the person editing through this connection (``csiap.editor``, the whole session)."""
    cursor.execute("SELECT set_config(%s, %s, false)", (EDITOR_SETTING, editor or editor_name()))


# --- The plugin's own writes: row locks and the stale check ------------------------

def _select_locked(cursor, schema_name, layer_name, key, keys=None, condition=None):
    """Lock and read the rows to be written: ``{key value: row}``, a row holding the
    version, who and when, and the recognised fields as text. ``keys``: rows whose ``key``
    is one of them; ``condition``: ``True`` (every row) or ``(field, value)``."""
    sql = _sql()
    fields = recognised_fields(layer_name)
    columns = [sql.Identifier(key), sql.Identifier("uuid"), sql.Identifier(FID_COLUMN), sql.Identifier(VERSION_COLUMN),
               sql.Identifier(EDITOR_COLUMN),
               sql.SQL("to_char({}, {})").format(sql.Identifier(EDITED_AT_COLUMN), sql.Literal(TIME_FORMAT))]
    columns += [sql.SQL("{}::text").format(sql.Identifier(f)) for f in fields]
    query = sql.SQL("SELECT {columns} FROM {table}").format(
        columns=sql.SQL(", ").join(columns), table=sql.Identifier(schema_name, layer_name))
    parameters = []
    if keys is not None:
        query += sql.SQL(" WHERE {} = ANY(%s)").format(sql.Identifier(key))
        parameters.append(list(keys))
    elif condition is not True and condition:
        # As write_rows deletes them: a value None replaces the rows where the field is empty.
        query += sql.SQL(" WHERE {} IS NOT DISTINCT FROM %s").format(sql.Identifier(condition[0]))
        parameters.append(condition[1])
    # One order for every writer: two algorithms locking the same rows never deadlock.
    query += sql.SQL(" ORDER BY {} FOR UPDATE").format(sql.Identifier(key))
    # Transaction-local: the wait for a row another connection holds is bounded.
    cursor.execute("SELECT set_config('lock_timeout', %s, true)", (str(LOCK_WAIT_MS),))
    cursor.execute(query, parameters)
    rows = {}
    for record in cursor.fetchall():
        rows[record[0]] = {"uuid": record[1], "fid": record[2], "version": record[3], "editor": record[4],
                           "time": record[5], "fields": dict(zip(fields, record[6:]))}
    return rows


def _feature_text(layer_name, row, language):
    layer = schema.layer(layer_name)
    named = ", ".join("{}: {}".format(layer.field(f).alias.text(language), v)
                      for f, v in row["fields"].items() if v not in (None, ""))
    return " ({})".format(named) if named else ""


def stale_message(layer_name, row, read, language=None):
    """The refusal for one row read at version ``read`` and now at ``row["version"]``."""
    language = language or ui_language()
    layer = schema.layer(layer_name)
    return _stale_text(language).format(
        layer=layer.title.text(language), table=layer.name, uuid=row["uuid"],
        fields=_feature_text(layer_name, row, language), editor=row["editor"] or "?", time=row["time"] or "?",
        read=read, current=row["version"])


def check_versions(cursor, schema_name, layer_name, read_versions, key="uuid", language=None):
    """Lock the rows of ``layer_name`` whose ``key`` is in ``read_versions`` (``{key value:
    version the writer read, or None where it read none}``) for the rest of the caller's
    transaction, and refuse (``WorkspaceError``, nothing written) when any was changed
    since it was read. Returns ``{key value: current version}``: write it back as
    ``row_version`` with the update, and the trigger counts it up."""
    locked = lock_rows(cursor, schema_name, layer_name, keys=read_versions, key=key, language=language)
    refuse_stale(layer_name, locked, read_versions, language)
    return {k: row["version"] for k, row in locked.items()}


def lock_rows(cursor, schema_name, layer_name, keys=None, key="uuid", replace=None, language=None):
    """``SELECT … FOR UPDATE`` the rows a write changes: those whose ``key`` is in
    ``keys``, or with ``replace`` (``True`` or ``(field, value)``, as ``write_rows``) those
    it replaces. Waits ``LOCK_WAIT_MS`` at most for a row another connection holds
    uncommitted, then refuses. Returns ``{key value: row}`` (see ``_select_locked``)."""
    try:
        return _select_locked(cursor, schema_name, layer_name, key,
                              keys=None if replace else list(keys or ()), condition=replace)
    except Exception as error:  # psycopg2.Error: imported lazily
        raised = database_error(error, layer_name, language)
        if raised is None:
            raise
        raise raised from error


def replacing(cursor, schema_name, layer_name, replace, rows, language=None):
    """The rows a replacing write (``write_rows`` with ``replace``: ``True`` or ``(field,
    value)``) inserts, checked: the rows it replaces are locked first, and one that a new
    row keeps (same uuid) is refused where it changed since the caller read it (the
    ``row_version`` the new row carries). A kept row keeps its ``fid`` and its version goes
    on (its current one and one): an edit made in QGIS from before the write then meets
    the row again and is refused, rather than updating a deleted fid, silently, to no
    effect. Any other ``fid`` a row carries is left out (the table gives one)."""
    locked = lock_rows(cursor, schema_name, layer_name, replace=replace, language=language)
    refuse_stale(layer_name, locked, {row.get("uuid"): row.get(VERSION_COLUMN) for row in rows
                                      if row.get("uuid") in locked}, language)
    written = []
    for row in rows:
        row = {k: v for k, v in row.items() if k != FID_COLUMN}
        kept = locked.get(row.get("uuid"))
        if kept is not None:
            row.update({FID_COLUMN: kept["fid"], VERSION_COLUMN: kept["version"] + 1})
        written.append(row)
    return written


def refuse_stale(layer_name, locked, read_versions, language=None):
    """Raise ``WorkspaceError`` naming every row of ``locked`` (``lock_rows``) whose current
    version is not the one in ``read_versions`` (rows read at no known version pass)."""
    stale = [(row, read_versions[k]) for k, row in locked.items()
             if read_versions.get(k) is not None and int(read_versions[k]) != row["version"]]
    if not stale:
        return
    lines = [stale_message(layer_name, row, read, language) for row, read in stale[:NAMED_AT_MOST]]
    if len(stale) > NAMED_AT_MOST:
        lines.append(tr("… and {count} more rows changed in the meantime.", language).format(
            count=len(stale) - NAMED_AT_MOST))
    raise WorkspaceError(tr("Nothing was written: another editor changed these rows after they were read.",
                            language) + "\n" + "\n".join(lines))


def database_error(error, layer_name=None, language=None):
    """The ``WorkspaceError`` for a psycopg2 error of a conflicting edit (the trigger's
    refusal, a lock not granted in time, a deadlock), or None for any other error."""
    code = getattr(error, "pgcode", None)
    diag = getattr(error, "diag", None)
    if code == STALE_SQLSTATE:
        # The trigger's own message, in the workspace language, names the feature and who.
        return WorkspaceError(tr("Nothing was written: {reason}", language).format(
            reason=(diag.message_primary if diag is not None else None) or str(error).strip()))
    if code in (LOCK_NOT_AVAILABLE, DEADLOCK_DETECTED):
        layer = schema.layer(layer_name) if layer_name else None
        return WorkspaceError(tr(
            "Nothing was written: another editor is saving rows of {layer} at this moment (their change is not "
            "finished after {seconds:g} s). Try again in a moment.", language).format(
            layer=layer.title.text(language or ui_language()) if layer else tr("the workspace", language),
            seconds=LOCK_WAIT_MS / 1000.0))
    return None


# --- Edits made in QGIS -------------------------------------------------------------

GUARD_NAME = "csiap_version_guard"


def guard_layer(layer):
    """Make ``layer`` (a QGIS postgres layer of a workspace table with ``row_version``)
    send, with every feature it saves, the version that feature had when it was first
    edited, so that a save over another editor's newer change is refused by the trigger
    (QGIS shows the trigger's message); the version columns become read-only in its forms
    and attribute table. Idempotent; returns the guard (None for a layer without
    ``row_version``), a child of the layer: it lives as long as the layer."""
    if not isinstance(layer, QgsVectorLayer) or layer.fields().indexOf(VERSION_COLUMN) < 0:
        return None
    existing = layer.findChild(QObject, GUARD_NAME)
    if existing is not None:
        return existing
    config = layer.editFormConfig()
    for name in COLUMNS:
        index = layer.fields().indexOf(name)
        if index >= 0:
            config.setReadOnly(index, True)
    layer.setEditFormConfig(config)
    return VersionGuard(layer)


def guard_layers(layers):
    """``guard_layer`` for every PostgreSQL layer among ``layers`` (connected to the
    project's ``layersAdded``: a layer added by hand from the Browser is guarded too)."""
    for layer in layers:
        if isinstance(layer, QgsVectorLayer) and layer.providerType() == "postgres":
            guard_layer(layer)


class VersionGuard(QObject):
    """Remembers each edited feature's version at its first edit; sends it at the commit.

    In QGIS (an event loop running) the versions of the features first edited in one go
    (the field calculator over every household, a paste into the attribute table) are read
    in one request when QGIS is back in its event loop, not one request per feature (1 ms
    each, measured: 3000 features took 3.4 s); a script without an event loop has each read
    at once, else it would wait for the commit."""

    def __init__(self, layer):
        super().__init__(layer)
        self.setObjectName(GUARD_NAME)
        self.layer = layer
        self.read = {}
        self.unread = set()
        self.uuids = {}
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._read_versions)
        layer.attributeValueChanged.connect(self._edited)
        layer.geometryChanged.connect(self._edited)
        layer.beforeCommitChanges.connect(self._before_commit)
        layer.afterCommitChanges.connect(self._forget)
        layer.afterRollBack.connect(self._forget)

    def _stored_versions(self, fids):
        """``{fid: version}`` as stored now (the database's, not the edit buffer's); each
        feature's uuid is kept too, to name it should it be deleted meanwhile."""
        provider = self.layer.dataProvider()
        index, uuid = provider.fields().indexOf(VERSION_COLUMN), provider.fields().indexOf("uuid")
        request = QgsFeatureRequest()
        request.setFilterFids(list(fids))
        request.setFlags(compat.REQUEST_NO_GEOMETRY)
        request.setSubsetOfAttributes([i for i in (index, uuid) if i >= 0])
        stored = {}
        for feature in provider.getFeatures(request):
            stored[feature.id()] = feature.attribute(index)
            if uuid >= 0:
                self.uuids[feature.id()] = feature.attribute(uuid)
        return stored

    def _edited(self, fid, *args):
        # Negative ids are features added in this session: nobody else has them yet.
        if fid < 0 or fid in self.read or fid in self.unread:
            return
        self.unread.add(fid)
        if QThread.currentThread().loopLevel() > 0:
            self._later.start()
        else:
            self._read_versions()

    def _read_versions(self):
        if self.unread:
            stored = self._stored_versions(self.unread)
            for fid in self.unread:
                self.read[fid] = stored.get(fid)
            self.unread.clear()

    def _before_commit(self, *args):
        buffer = self.layer.editBuffer()
        if buffer is None:
            return
        self._later.stop()
        self._read_versions()
        index = self.layer.fields().indexOf(VERSION_COLUMN)
        edited = sorted(f for f in set(buffer.changedAttributeValues()) | set(buffer.changedGeometries()) if f >= 0)
        # One request: the versions of features edited before the guard came, and which
        # edited rows another editor or an algorithm deleted meanwhile.
        stored = self._stored_versions(edited) if edited else {}
        for fid, version in stored.items():
            if self.read.get(fid) is None:
                self.read[fid] = version
        gone = [fid for fid in edited if fid not in stored]
        if gone:
            self._say_deleted(gone)
        for fid in edited:
            version = self.read.get(fid)
            if version is not None:
                # Into the edit buffer although the value looks unchanged: the provider
                # then writes "row_version = <version read>" with the feature.
                buffer.changeAttributeValue(fid, index, version)

    def _say_deleted(self, fids):
        """The provider would update these rows to no effect, silently: say so."""
        names = ", ".join(str(self.uuids.get(fid) or fid) for fid in fids)
        message = tr("{layer}: another editor or an algorithm deleted features you edited ({features}) after "
                     "you began; your changes to them cannot be saved.").format(layer=self.layer.name(),
                                                                                features=names)
        QgsMessageLog.logMessage(message, "CSIAP Planner", Qgis.MessageLevel.Warning)
        try:
            from qgis.utils import iface
        except ImportError:
            iface = None
        if iface is not None and hasattr(iface, "messageBar"):
            iface.messageBar().pushWarning("CSIAP Planner", message)

    def _forget(self, *args):
        self._later.stop()
        self.read.clear()
        self.unread.clear()
        self.uuids.clear()
