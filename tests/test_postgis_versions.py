"""Several editors at once, no lost update (issue 18 part 4), on a real PostgreSQL/PostGIS
cluster (scripts/with_postgres.sh): two QGIS layers on two connections as two database users
edit the same households and actions; psycopg2 connections stand for an algorithm writing
while a dock holds an uncommitted edit. Every result is read back with plain psycopg2."""

import threading
import time
import urllib.parse

import pytest
from csiap_planner.core import schema
from csiap_planner.workspace import postgis_versions as versions
from csiap_planner.workspace.geopackage import WorkspaceError

EPSG = 32748
_SQL_TYPE = {schema.TEXT: "text", schema.INTEGER: "integer", schema.REAL: "double precision",
             schema.DATE: "date", schema.BOOLEAN: "boolean"}
EDITORS = ("budi", "sari")
HOUSEHOLDS = [("h1", "001", "001"), ("h2", "001", "002"), ("h3", "002", "001")]
ACTIONS = [("a1", "IPAL komunal", "001/001"), ("a2", "Tangki septik individual", "001/002")]


def _connect(uri, user=None, autocommit=True):
    import psycopg2

    if user is not None:
        parts = urllib.parse.urlsplit(uri)
        uri = urllib.parse.urlunsplit(parts._replace(netloc="{}@{}".format(user, parts.netloc.split("@")[-1])))
    connection = psycopg2.connect(uri.split("?")[0])
    connection.autocommit = autocommit
    return connection


def _make_table(cursor, schema_name, layer_name):
    """A workspace table as the PostGIS workspace has it: ``fid serial`` key, the
    schema's fields, a unique ``uuid``, ``geom`` in the workspace CRS."""
    from psycopg2 import sql

    layer = schema.layer(layer_name)
    columns = [sql.SQL("fid serial PRIMARY KEY")]
    columns += [sql.SQL("{} {}").format(sql.Identifier(f.name), sql.SQL(_SQL_TYPE[f.type])) for f in layer.fields]
    columns.append(sql.SQL("geom geometry({}, {})").format(sql.SQL(layer.geometry), sql.Literal(EPSG)))
    cursor.execute(sql.SQL("CREATE TABLE {} ({}, UNIQUE (uuid))").format(
        sql.Identifier(schema_name, layer_name), sql.SQL(", ").join(columns)))


@pytest.fixture()
def shared(postgis_reference):
    """A schema of the test database with the households and actions tables (versions
    installed, Indonesian messages), three households and two actions, and two database
    users, budi and sari, allowed to edit them."""
    from psycopg2 import sql

    database, schema_name = postgis_reference.split("?schema=")
    connection = _connect(database)
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema_name)))
        for name in ("households", "actions"):
            _make_table(cursor, schema_name, name)
        versions.install(cursor, schema_name, ["households", "actions"], "id")
        for uuid, rw, rt in HOUSEHOLDS:
            cursor.execute(sql.SQL("INSERT INTO {} (uuid, rw, rt, members, geom) VALUES "
                                   "(%s, %s, %s, 4, ST_SetSRID(ST_MakePoint(700000, 9300000), %s))").format(
                sql.Identifier(schema_name, "households")), (uuid, rw, rt, EPSG))
        for uuid, description, location in ACTIONS:
            cursor.execute(sql.SQL("INSERT INTO {} (uuid, kind, description, location_level, location_code, volume,"
                                   " geom) VALUES (%s, 'build', %s, 'RT', %s, 1, ST_Multi(ST_Buffer("
                                   "ST_SetSRID(ST_MakePoint(700000, 9300000), %s), 50)))").format(
                sql.Identifier(schema_name, "actions")), (uuid, description, location, EPSG))
        for editor in EDITORS:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (editor,))
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(editor)))
            cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA {s} TO {r}; GRANT ALL ON ALL TABLES IN SCHEMA {s} TO {r}; "
                                   "GRANT ALL ON ALL SEQUENCES IN SCHEMA {s} TO {r}").format(
                s=sql.Identifier(schema_name), r=sql.Identifier(editor)))
    yield {"database": database, "schema": schema_name, "connection": connection}
    connection.close()


def _rows(shared, layer_name, *columns):
    """``{uuid: (column values)}`` of a table, read with plain SQL."""
    from psycopg2 import sql

    with shared["connection"].cursor() as cursor:
        cursor.execute(sql.SQL("SELECT uuid, {} FROM {}").format(
            sql.SQL(", ").join(sql.Identifier(c) for c in columns), sql.Identifier(shared["schema"], layer_name)))
        return {r[0]: r[1:] for r in cursor.fetchall()}


def _qgis_layer(shared, layer_name, editor, guard=True):
    """The table as a QGIS postgres layer connected as ``editor``, guarded as the plugin guards it."""
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    parts = urllib.parse.urlsplit(shared["database"])
    uri = QgsDataSourceUri()
    uri.setConnection(parts.hostname, str(parts.port), parts.path.lstrip("/"), editor, "")
    uri.setDataSource(shared["schema"], layer_name, "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "{} ({})".format(layer_name, editor), "postgres")
    assert layer.isValid(), layer.error().message()
    if guard:
        assert versions.guard_layer(layer) is not None
    return layer


def _idle():
    """QGIS back in its event loop after an edit (the guard reads the versions then)."""
    from qgis.PyQt.QtCore import QCoreApplication

    QCoreApplication.processEvents()


def _fids(layer):
    """``{uuid: fid}`` as this layer numbers its features (each postgres layer has its own map)."""
    return {f["uuid"]: f.id() for f in layer.getFeatures()}


# --- The trigger ------------------------------------------------------------------

def test_install_adds_the_columns_once_and_keeps_them(shared):
    from psycopg2 import sql

    connection = shared["connection"]
    with connection.cursor() as cursor:
        versions.install(cursor, shared["schema"], ["households", "actions"], "en")   # again: nothing doubles
        cursor.execute("SELECT table_name, column_name, data_type, is_nullable, column_default "
                       "FROM information_schema.columns WHERE table_schema = %s AND column_name = ANY(%s) "
                       "ORDER BY table_name, column_name", (shared["schema"], list(versions.COLUMNS)))
        columns = cursor.fetchall()
        cursor.execute("SELECT event_object_table, event_manipulation FROM information_schema.triggers "
                       "WHERE trigger_schema = %s ORDER BY 1, 2", (shared["schema"],))
        triggers = cursor.fetchall()
    assert columns == [(t, "edited_at", "timestamp with time zone", "YES", None) for t in ("actions",)] + [
        ("actions", "edited_by", "text", "YES", None), ("actions", "row_version", "integer", "NO", "1"),
        ("households", "edited_at", "timestamp with time zone", "YES", None),
        ("households", "edited_by", "text", "YES", None), ("households", "row_version", "integer", "NO", "1")]
    assert triggers == [("actions", "INSERT"), ("actions", "UPDATE"), ("households", "INSERT"),
                        ("households", "UPDATE")]
    # A write that says nothing of versions: one more, with who and when.
    budi = _connect(shared["database"], "budi")
    with budi.cursor() as cursor:
        cursor.execute(sql.SQL("UPDATE {} SET members = 6 WHERE uuid = 'h1'").format(
            sql.Identifier(shared["schema"], "households")))
        versions.set_editor(cursor, "Budi Santoso")
        cursor.execute(sql.SQL("UPDATE {} SET members = 7 WHERE uuid = 'h2'").format(
            sql.Identifier(shared["schema"], "households")))
        cursor.execute("SELECT now()")
    budi.close()
    rows = _rows(shared, "households", "members", "row_version", "edited_by", "edited_at")
    assert rows["h1"][:3] == (6, 2, "budi")          # the database user
    assert rows["h2"][:3] == (7, 2, "Budi Santoso")  # the name the session gave
    assert rows["h3"][:3] == (4, 1, "csiap")
    assert abs(time.time() - rows["h2"][3].timestamp()) < 60


def test_an_update_from_a_stale_version_is_refused_naming_feature_and_editor(shared):
    """Plain SQL: sari read h2 at version 1; budi changes it; sari's update sends version 1."""
    import psycopg2
    from psycopg2 import sql

    table = sql.Identifier(shared["schema"], "households")
    budi, sari = _connect(shared["database"], "budi"), _connect(shared["database"], "sari")
    with budi.cursor() as cursor:
        versions.set_editor(cursor, "Budi Santoso")
        cursor.execute(sql.SQL("UPDATE {} SET members = 5, row_version = 1 WHERE uuid = 'h2'").format(table))
    with sari.cursor() as cursor, pytest.raises(psycopg2.Error) as caught:
        cursor.execute(sql.SQL("UPDATE {} SET members = 9, row_version = 1 WHERE uuid = 'h2'").format(table))
    budi.close()
    sari.close()
    error = caught.value
    assert error.pgcode == versions.STALE_SQLSTATE
    assert (error.diag.schema_name, error.diag.table_name) == (shared["schema"], "households")
    message = error.diag.message_primary
    # Installed in Indonesian: the table's title and its name, the uuid, where it is, who, when.
    for part in ("Rumah tangga (KK)", "households", "h2", "RW: 001", "RT: 002", "Budi Santoso", "versi 1", "versi 2"):
        assert part in message, (part, message)
    assert _rows(shared, "households", "members", "row_version")["h2"] == (5, 2)
    refusal = versions.database_error(error, "households", "en")
    assert isinstance(refusal, WorkspaceError)
    assert str(refusal).startswith("Nothing was written: ") and "Budi Santoso" in str(refusal)


def test_the_action_is_named_by_its_description_and_location():
    assert versions.recognised_fields("actions") == ("description", "location_code")
    assert versions.recognised_fields("households") == ("rw", "rt")   # never the head of household
    assert versions.recognised_fields("rt") == ("name", "code", "rw")
    for language in ("id", "en"):
        message = versions.trigger_message("actions", language)
        assert "%1$s" in message and "%6$s" in message and "{" not in message


# --- Two editors in QGIS ------------------------------------------------------------

def test_without_the_guard_qgis_sends_no_version_and_the_second_save_wins(qgis_app, shared):
    """What the guard is for: QGIS's provider writes only the changed columns, so the trigger
    sees no version claimed and cannot refuse; budi's edit is lost (the version still counts)."""
    budi = _qgis_layer(shared, "households", "budi", guard=False)
    sari = _qgis_layer(shared, "households", "sari", guard=False)
    members = budi.fields().indexOf("members")
    b, s = _fids(budi), _fids(sari)
    assert budi.startEditing() and sari.startEditing()
    assert budi.changeAttributeValue(b["h1"], members, 5)
    assert sari.changeAttributeValue(s["h1"], members, 6)
    assert list(sari.editBuffer().changedAttributeValues()[s["h1"]]) == [members]
    assert budi.commitChanges() and sari.commitChanges()
    assert _rows(shared, "households", "members", "row_version", "edited_by")["h1"] == (6, 3, "sari")
    del budi, sari


def test_two_qgis_editors_of_one_household_the_second_is_refused(qgis_app, shared):
    budi, sari = _qgis_layer(shared, "households", "budi"), _qgis_layer(shared, "households", "sari")
    members = budi.fields().indexOf("members")
    notes = sari.fields().indexOf("notes")
    b, s = _fids(budi), _fids(sari)
    assert budi.startEditing() and sari.startEditing()
    assert budi.changeAttributeValue(b["h1"], members, 5)
    assert sari.changeAttributeValue(s["h1"], members, 6)
    assert sari.changeAttributeValue(s["h3"], notes, "dicek ulang")   # goes, or fails, with the rest
    _idle()
    assert budi.commitChanges(), budi.commitErrors()
    assert not sari.commitChanges()
    errors = "\n".join(sari.commitErrors())
    for part in ("Rumah tangga (KK)", "h1", "RW: 001, RT: 001", "budi", "versi 1", "versi 2"):
        assert part in errors, (part, errors)
    rows = _rows(shared, "households", "members", "notes", "row_version", "edited_by")
    assert rows["h1"] == (5, None, 2, "budi")     # budi's edit stands
    assert rows["h3"] == (4, None, 1, "csiap")    # nothing of sari's commit was written
    # Sari discards, reads again, and makes her change on top of budi's.
    sari.rollBack()
    assert sari.startEditing()
    assert sari.changeAttributeValue(s["h1"], members, 6)
    assert sari.commitChanges(), sari.commitErrors()
    assert _rows(shared, "households", "members", "row_version", "edited_by")["h1"] == (6, 3, "sari")
    del budi, sari


def test_edits_made_inside_qgis_event_loop_are_read_there_in_one_go(qgis_app, shared):
    """As in QGIS Desktop (an event loop runs): sari edits every household at once (the field
    calculator), her versions are read when the loop is back, before budi saves h1; her save
    is then refused."""
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    budi, sari = _qgis_layer(shared, "households", "budi"), _qgis_layer(shared, "households", "sari")
    b, s = _fids(budi), _fids(sari)
    members = sari.fields().indexOf("members")
    guard = versions.guard_layer(sari)
    pending = []
    loop = QEventLoop()

    def field_calculator():
        for fid in s.values():
            assert sari.changeAttributeValue(fid, members, 2)
        pending.append(len(guard.unread))
        QTimer.singleShot(0, loop.quit)

    assert sari.startEditing() and budi.startEditing()
    QTimer.singleShot(0, field_calculator)
    loop.exec()
    assert pending == [3] and not guard.unread and guard.read == {fid: 1 for fid in s.values()}
    assert budi.changeAttributeValue(b["h1"], members, 5) and budi.commitChanges(), budi.commitErrors()
    assert not sari.commitChanges()
    assert _rows(shared, "households", "members") == {"h1": (5,), "h2": (4,), "h3": (4,)}
    sari.rollBack()


def test_two_qgis_editors_of_different_households_both_land(qgis_app, shared):
    budi, sari = _qgis_layer(shared, "households", "budi"), _qgis_layer(shared, "households", "sari")
    members = budi.fields().indexOf("members")
    b, s = _fids(budi), _fids(sari)
    assert budi.startEditing() and sari.startEditing()
    assert budi.changeAttributeValue(b["h1"], members, 5)
    assert sari.changeAttributeValue(s["h2"], members, 7)
    assert budi.commitChanges(), budi.commitErrors()
    assert sari.commitChanges(), sari.commitErrors()
    rows = _rows(shared, "households", "members", "row_version", "edited_by")
    assert rows == {"h1": (5, 2, "budi"), "h2": (7, 2, "sari"), "h3": (4, 1, "csiap")}
    del budi, sari


def test_a_moved_point_over_a_newer_edit_is_refused_too(qgis_app, shared):
    """A geometry-only edit: QGIS would send only the geometry; the guard adds the version."""
    from qgis.core import QgsGeometry, QgsPointXY

    budi, sari = _qgis_layer(shared, "households", "budi"), _qgis_layer(shared, "households", "sari")
    b, s = _fids(budi), _fids(sari)
    assert budi.startEditing() and sari.startEditing()
    assert budi.changeAttributeValue(b["h2"], budi.fields().indexOf("members"), 3)
    assert sari.changeGeometry(s["h2"], QgsGeometry.fromPointXY(QgsPointXY(700010, 9300020)))
    _idle()
    assert budi.commitChanges(), budi.commitErrors()
    assert not sari.commitChanges()
    assert "h2" in "\n".join(sari.commitErrors())
    with shared["connection"].cursor() as cursor:
        cursor.execute("SELECT ST_AsText(geom) FROM {}.households WHERE uuid = 'h2'".format(shared["schema"]))
        assert cursor.fetchone()[0] == "POINT(700000 9300000)"
    sari.rollBack()
    del budi, sari


def test_a_layer_added_to_the_project_is_guarded_once(qgis_app, shared):
    """As the plugin connects guard_layers to the project's layersAdded: a layer added from
    the Browser is guarded, its version columns read-only; its save over budi's is refused."""
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QObject

    project = QgsProject()
    project.layersAdded.connect(versions.guard_layers)
    budi = _qgis_layer(shared, "households", "budi")
    sari = _qgis_layer(shared, "households", "sari", guard=False)
    project.addMapLayer(sari)
    assert len(sari.findChildren(QObject, versions.GUARD_NAME)) == 1
    versions.guard_layers([sari])   # again: still one guard
    assert len(sari.findChildren(QObject, versions.GUARD_NAME)) == 1
    config = sari.editFormConfig()
    assert [config.readOnly(sari.fields().indexOf(c)) for c in versions.COLUMNS] == [True, True, True]
    assert not config.readOnly(sari.fields().indexOf("members"))
    b, s = _fids(budi), _fids(sari)
    assert budi.startEditing() and sari.startEditing()
    assert budi.changeAttributeValue(b["h3"], budi.fields().indexOf("members"), 2)
    assert sari.changeAttributeValue(s["h3"], sari.fields().indexOf("members"), 3)
    _idle()
    assert budi.commitChanges(), budi.commitErrors()
    assert not sari.commitChanges()
    assert _rows(shared, "households", "members", "row_version")["h3"] == (2, 2)
    sari.rollBack()
    project.removeAllMapLayers()
    del budi, sari, project


def test_two_qgis_editors_of_one_action(qgis_app, shared):
    budi, sari = _qgis_layer(shared, "actions", "budi"), _qgis_layer(shared, "actions", "sari")
    volume = budi.fields().indexOf("volume")
    b, s = _fids(budi), _fids(sari)
    assert budi.startEditing() and sari.startEditing()
    assert budi.changeAttributeValue(b["a1"], volume, 2.0)
    assert sari.changeAttributeValue(s["a1"], volume, 3.0)
    assert sari.changeAttributeValue(s["a2"], volume, 4.0)
    _idle()
    assert budi.commitChanges(), budi.commitErrors()
    assert not sari.commitChanges()
    errors = "\n".join(sari.commitErrors())
    for part in ("Rencana aksi", "a1", "Usulan kegiatan: IPAL komunal", "Lokasi: 001/001", "budi"):
        assert part in errors, (part, errors)
    assert _rows(shared, "actions", "volume", "row_version") == {"a1": (2.0, 2), "a2": (1.0, 1)}
    sari.rollBack()
    del budi, sari


# --- An algorithm writing while a dock edits ------------------------------------------

def _algorithm_update(shared, read_versions, values, outcome, user="sari"):
    """An algorithm's write as workspace.postgis does it: one transaction, the rows locked
    and their versions checked, then updated; ``outcome`` gets the time taken and the error."""
    from psycopg2 import sql

    connection = _connect(shared["database"], user, autocommit=False)
    started = time.monotonic()
    try:
        with connection, connection.cursor() as cursor:
            current = versions.check_versions(cursor, shared["schema"], "households", read_versions, language="en")
            for uuid, changes in values.items():
                assignments = [sql.SQL("{} = %s").format(sql.Identifier(k)) for k in changes]
                assignments.append(sql.SQL("row_version = %s"))
                cursor.execute(sql.SQL("UPDATE {} SET {} WHERE uuid = %s").format(
                    sql.Identifier(shared["schema"], "households"), sql.SQL(", ").join(assignments)),
                    list(changes.values()) + [current[uuid], uuid])
    except WorkspaceError as error:
        outcome["error"] = error
    finally:
        outcome["seconds"] = time.monotonic() - started
        connection.close()


def _dock_edit_held(shared, seconds, members=8):
    """budi's edit of h1, held uncommitted for ``seconds`` (an edit being saved), then committed."""
    from psycopg2 import sql

    connection = _connect(shared["database"], "budi", autocommit=False)
    cursor = connection.cursor()
    cursor.execute(sql.SQL("UPDATE {} SET members = %s, row_version = 1 WHERE uuid = 'h1'").format(
        sql.Identifier(shared["schema"], "households")), (members,))
    timer = threading.Timer(seconds, connection.commit)
    timer.start()
    return timer, connection


def test_an_algorithm_waits_for_an_uncommitted_edit_then_refuses_its_stale_read(shared):
    """The algorithm read h1 at version 1; budi's edit of h1 is uncommitted when it writes:
    it waits for budi, then sees version 2 and refuses. budi's edit stands."""
    timer, held = _dock_edit_held(shared, 1.0)
    outcome = {}
    _algorithm_update(shared, {"h1": 1, "h2": 1}, {"h1": {"rw": "009"}, "h2": {"rw": "009"}}, outcome)
    timer.join()
    held.close()
    assert outcome["seconds"] >= 0.9      # it waited for budi's transaction
    message = str(outcome["error"])
    assert message.startswith("Nothing was written: another editor changed these rows after they were read.")
    assert "h1" in message and "budi" in message and "version 1 was read, it is now version 2" in message
    assert "h2" not in message.split("\n", 1)[1]
    rows = _rows(shared, "households", "members", "rw", "row_version")
    assert rows["h1"] == (8, "001", 2) and rows["h2"] == (4, "001", 1)   # nothing of the algorithm's


def test_an_algorithm_that_read_nothing_stale_waits_and_writes_after_the_edit(shared):
    """h2 is not the row being edited: the algorithm locks h1 (version unknown: it replaces
    only its own column) and h2, waits for budi, and writes on top of budi's edit."""
    timer, held = _dock_edit_held(shared, 1.0)
    outcome = {}
    _algorithm_update(shared, {"h1": None, "h2": 1}, {"h1": {"rw": "009"}, "h2": {"rw": "009"}}, outcome)
    timer.join()
    held.close()
    assert "error" not in outcome, outcome
    assert outcome["seconds"] >= 0.9
    rows = _rows(shared, "households", "members", "rw", "row_version", "edited_by")
    assert rows["h1"] == (8, "009", 3, "sari") and rows["h2"] == (4, "009", 2, "sari")


def test_an_algorithm_gives_up_on_an_edit_held_too_long(shared, monkeypatch):
    monkeypatch.setattr(versions, "LOCK_WAIT_MS", 300)
    timer, held = _dock_edit_held(shared, 2.0)
    outcome = {}
    _algorithm_update(shared, {"h1": 1}, {"h1": {"rw": "009"}}, outcome)
    timer.join()
    held.close()
    assert 0.25 <= outcome["seconds"] < 1.5
    assert "another editor is saving rows of Households at this moment" in str(outcome["error"])
    assert _rows(shared, "households", "members", "rw", "row_version")["h1"] == (8, "001", 2)


def test_a_replacing_write_refuses_when_a_kept_row_changed(shared):
    """As csiap:draftactionplan rewrites every action: an action edited since the draft read it is not overwritten."""
    from psycopg2 import sql

    with shared["connection"].cursor() as cursor:
        cursor.execute(sql.SQL("UPDATE {} SET volume = 9, row_version = 1 WHERE uuid = 'a2'").format(
            sql.Identifier(shared["schema"], "actions")))
    connection = _connect(shared["database"], "sari", autocommit=False)
    with pytest.raises(WorkspaceError) as caught, connection, connection.cursor() as cursor:
        locked = versions.lock_rows(cursor, shared["schema"], "actions", replace=True, language="id")
        assert sorted(locked) == ["a1", "a2"]
        versions.refuse_stale("actions", locked, {"a1": 1, "a2": 1}, "id")
    connection.close()
    message = str(caught.value)
    assert message.startswith("Tidak ada yang ditulis")
    assert "Usulan kegiatan: Tangki septik individual" in message and "a1" not in message


# --- A real PostGIS workspace (workspace/postgis.py) ----------------------------------------

def _as(reference, user):
    """The workspace reference as another database user sees it."""
    database, schema_name = reference.split("?schema=")
    parts = urllib.parse.urlsplit(database)
    return urllib.parse.urlunsplit(parts._replace(netloc="{}@{}".format(user, parts.netloc.split("@")[-1]))) + \
        "?schema=" + schema_name


@pytest.fixture()
def workspace(qgis_app, postgis_reference):
    """A PostGIS workspace of the sample kelurahan (Indonesian) made by create_workspace, with
    three households and two actions (their own service areas, priced by hand) written by the
    plugin, and budi and sari allowed to edit it."""
    from csiap_planner.workspace import create_workspace
    from csiap_planner.workspace.storage import write_rows
    from psycopg2 import sql
    from shapely.geometry import Point

    from tests.conftest import boundary_layer

    create_workspace(postgis_reference, "Pondok Pinang", boundary=boundary_layer(), kecamatan="Kebayoran Lama")
    x, y = 697000.0, 9313000.0
    write_rows(postgis_reference, {
        "households": [{"uuid": u, "rw": rw, "rt": rt, "members": 4, "wkb": Point(x + i, y).wkb}
                       for i, (u, rw, rt) in enumerate(HOUSEHOLDS)],
        "actions": [{"uuid": u, "kind": "build", "description": d, "location_level": "RT", "location_code": c,
                     "volume": 1.0, "unit_cost": 1000.0, "wkb": Point(x, y).buffer(50).wkb}
                    for u, d, c in ACTIONS]}, replace=False)
    database, schema_name = postgis_reference.split("?schema=")
    connection = _connect(database)
    with connection.cursor() as cursor:
        for editor in EDITORS:
            cursor.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (editor,))
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(editor)))
            cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA {s} TO {r}; GRANT ALL ON ALL TABLES IN SCHEMA {s} TO {r}; "
                                   "GRANT ALL ON ALL SEQUENCES IN SCHEMA {s} TO {r}; "
                                   "GRANT SELECT ON public.layer_styles TO {r}").format(
                s=sql.Identifier(schema_name), r=sql.Identifier(editor)))
    yield {"reference": postgis_reference, "database": database, "schema": schema_name, "connection": connection}
    connection.close()


def _workspace_layer(workspace, layer_name, editor):
    """A workspace layer as the workspace's project opens it (workspace.project), as ``editor``, guarded."""
    from csiap_planner.workspace.project import open_layer

    layer = open_layer(_as(workspace["reference"], editor), schema.layer(layer_name), "id")
    assert layer.providerType() == "postgres"
    assert versions.guard_layer(layer) is not None
    return layer


def test_the_workspace_tables_carry_versions_from_the_start(workspace):
    from csiap_planner.workspace.postgis_versions import editor_name

    rows = _rows(workspace, "households", "row_version", "edited_by")
    assert rows == {u: (1, editor_name()) for u, _rw, _rt in HOUSEHOLDS}   # the plugin names who wrote
    with workspace["connection"].cursor() as cursor:
        cursor.execute("SELECT count(DISTINCT event_object_table) FROM information_schema.triggers "
                       "WHERE trigger_schema = %s AND trigger_name = %s", (workspace["schema"], versions.TRIGGER))
        assert cursor.fetchone()[0] == len(schema.LAYERS)


def test_qgis_feature_ids_are_the_table_fids_after_rows_moved(workspace):
    """update_rows is keyed by the fid the plugin read through QGIS: QGIS's feature id must be
    the table's key, also once an UPDATE has moved rows in the table (an int8 key would not do)."""
    from csiap_planner.workspace.project import open_layer

    with workspace["connection"].cursor() as cursor:
        cursor.execute("UPDATE {}.households SET notes = 'dipindah' WHERE uuid = 'h1'".format(workspace["schema"]))
        cursor.execute("SELECT fid, uuid FROM {}.households".format(workspace["schema"]))
        stored = dict(cursor.fetchall())
    layer = open_layer(workspace["reference"], schema.layer("households"), "id")
    assert {f.id(): f["uuid"] for f in layer.getFeatures()} == stored
    del layer


def test_two_qgis_editors_of_a_workspace(workspace):
    """The households and actions layers of a real workspace, opened twice (budi, sari): the same
    household refused for the second, different actions both land."""
    budi_households, sari_households = (_workspace_layer(workspace, "households", e) for e in EDITORS)
    budi_actions, sari_actions = (_workspace_layer(workspace, "actions", e) for e in EDITORS)
    b, s = _fids(budi_households), _fids(sari_households)
    members = budi_households.fields().indexOf("members")
    for layer in (budi_households, sari_households, budi_actions, sari_actions):
        assert layer.startEditing()
    assert budi_households.changeAttributeValue(b["h2"], members, 5)
    assert sari_households.changeAttributeValue(s["h2"], members, 6)
    ba, sa = _fids(budi_actions), _fids(sari_actions)
    volume = budi_actions.fields().indexOf("volume")
    assert budi_actions.changeAttributeValue(ba["a1"], volume, 2.0)
    assert sari_actions.changeAttributeValue(sa["a2"], volume, 3.0)
    _idle()
    assert budi_households.commitChanges() and budi_actions.commitChanges()
    assert sari_actions.commitChanges(), sari_actions.commitErrors()
    assert not sari_households.commitChanges()
    errors = "\n".join(sari_households.commitErrors())
    assert "Rumah tangga (KK)" in errors and "h2" in errors and "RW: 001, RT: 002" in errors and "budi" in errors
    assert _rows(workspace, "households", "members", "row_version")["h2"] == (5, 2)
    assert _rows(workspace, "actions", "volume", "row_version", "edited_by") == {
        "a1": (2.0, 2, "budi"), "a2": (3.0, 2, "sari")}
    sari_households.rollBack()
    del budi_households, sari_households, budi_actions, sari_actions


def _dock_read(reference):
    """The Rencana Aksi dock's read of the actions (ActionPlanDock.read_actions): ``{uuid: row with fid}``."""
    from csiap_planner.workspace.fields import plain
    from csiap_planner.workspace.project import open_layer

    layer = open_layer(reference, schema.layer("actions"), schema.DEFAULT_LANGUAGE)
    names = [n for n in layer.fields().names() if n != "fid"]
    return {f["uuid"]: dict({n: plain(f[n]) for n in names}, fid=f.id()) for f in layer.getFeatures()}


def test_an_action_edited_from_a_stale_read_is_refused(workspace):
    """The dock read a1 at version 1; budi saves a1 in QGIS; the dock's edit_actions is refused
    naming a1 and budi, and nothing is written. From a fresh read it lands."""
    from csiap_planner.workspace.actions import edit_actions

    read = _dock_read(workspace["reference"])
    assert read["a1"]["row_version"] == 1
    budi = _workspace_layer(workspace, "actions", "budi")
    assert budi.startEditing()
    assert budi.changeAttributeValue(_fids(budi)["a1"], budi.fields().indexOf("notes"), "disepakati rembuk")
    assert budi.commitChanges(), budi.commitErrors()
    edit = {"volume": 4.0, "row_version": read["a1"]["row_version"]}
    with pytest.raises(WorkspaceError) as caught:
        edit_actions(workspace["reference"], {read["a1"]["fid"]: edit}, "id")
    message = str(caught.value)
    assert "a1" in message and "budi" in message and "IPAL komunal" in message
    assert _rows(workspace, "actions", "volume", "notes", "row_version") == {
        "a1": (1.0, "disepakati rembuk", 2), "a2": (1.0, None, 1)}
    fresh = _dock_read(workspace["reference"])
    assert edit_actions(workspace["reference"], {fresh["a1"]["fid"]: {
        "volume": 4.0, "row_version": fresh["a1"]["row_version"]}}, "id") >= 1
    rows = _rows(workspace, "actions", "volume", "total_cost", "notes", "row_version")
    assert rows["a1"] == (4.0, 4000.0, "disepakati rembuk", 3)   # budi's note kept, the total computed
    del budi


def test_recomputing_the_plan_while_an_action_edit_is_being_saved(workspace):
    """csiap:draftactionplan's sibling, recompute_actions (every action's figures, one transaction),
    runs while budi's edit of a1 is uncommitted: it waits, sees a1 changed since it read it,
    and writes nothing; run again, it computes from budi's volume."""
    from csiap_planner.workspace.actions import recompute_actions
    from psycopg2 import sql

    held = _connect(workspace["database"], "budi", autocommit=False)
    cursor = held.cursor()
    cursor.execute(sql.SQL("UPDATE {} SET volume = 3, row_version = 1 WHERE uuid = 'a1'").format(
        sql.Identifier(workspace["schema"], "actions")))
    timer = threading.Timer(1.5, held.commit)
    started = time.monotonic()
    timer.start()
    with pytest.raises(WorkspaceError) as caught:
        recompute_actions(workspace["reference"], "id")
    waited = time.monotonic() - started
    timer.join()
    held.close()
    assert waited >= 1.4
    assert "a1" in str(caught.value) and "budi" in str(caught.value)
    assert _rows(workspace, "actions", "volume", "total_cost") == {"a1": (3.0, None), "a2": (1.0, None)}
    assert recompute_actions(workspace["reference"], "id") == 2
    assert _rows(workspace, "actions", "volume", "total_cost") == {"a1": (3.0, 3000.0), "a2": (1.0, 1000.0)}


def _rewrite_actions(reference, rows):
    """The actions written again in one replacing write, as csiap:draftactionplan writes the rows it
    keeps: every column read through QGIS (its version too), the uuid and values unchanged."""
    from csiap_planner.workspace.storage import write_rows

    records = []
    for row in rows.values():
        record = {k: v for k, v in row.items() if k not in ("fid", "geom")}
        records.append(record)
    write_rows(reference, {"actions": records}, replace=True)


def test_a_plan_rewritten_under_a_pending_qgis_edit_does_not_swallow_it(workspace):
    """sari's pending edit of a1 in QGIS, then the plan is rewritten (a1 kept): her save is
    refused naming a1 (the row kept its fid, its version went on), not lost to a deleted fid."""
    sari = _workspace_layer(workspace, "actions", "sari")
    fids_before = {u: f for u, (f,) in _rows(workspace, "actions", "fid").items()}
    assert sari.startEditing()
    assert sari.changeAttributeValue(_fids(sari)["a1"], sari.fields().indexOf("volume"), 7.0)
    _idle()
    _rewrite_actions(workspace["reference"], _dock_read(workspace["reference"]))
    rows = _rows(workspace, "actions", "fid", "volume", "row_version")
    assert rows == {u: (fids_before[u], 1.0, 2) for u in ("a1", "a2")}
    assert not sari.commitChanges()
    assert "a1" in "\n".join(sari.commitErrors())
    assert _rows(workspace, "actions", "volume", "row_version")["a1"] == (1.0, 2)
    sari.rollBack()
    del sari


def test_a_plan_rewritten_from_a_stale_read_is_refused(workspace):
    """The rewrite read the plan, then budi saved a2: the rewrite writes nothing."""
    read = _dock_read(workspace["reference"])
    with workspace["connection"].cursor() as cursor:
        cursor.execute("SET csiap.editor = 'Budi'")
        cursor.execute("UPDATE {}.actions SET status = 'agreed' WHERE uuid = 'a2'".format(workspace["schema"]))
    with pytest.raises(WorkspaceError) as caught:
        _rewrite_actions(workspace["reference"], read)
    assert "a2" in str(caught.value) and "Budi" in str(caught.value) and "a1" not in str(caught.value)
    assert _rows(workspace, "actions", "status", "row_version") == {"a1": (None, 1), "a2": ("agreed", 2)}


def test_the_plugin_guards_the_layers_of_a_workspace_project_it_opens(qgis_iface, workspace):
    """The plugin loaded, the workspace's project (kept in its schema) opened: every table
    layer of it sends its versions (its version columns read-only in forms)."""
    import importlib

    from csiap_planner.workspace import project_path_for
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QObject

    registry = QgsApplication.processingRegistry()
    if registry.providerById("csiap") is not None:   # registered by another test's fixture
        registry.removeProvider(registry.providerById("csiap"))
    plugin = importlib.import_module("csiap_planner").classFactory(qgis_iface)
    plugin.initGui()
    project = QgsProject.instance()
    try:
        assert project.read(project_path_for(workspace["reference"]))
        layers = [lyr for lyr in project.mapLayers().values() if lyr.providerType() == "postgres"]
        assert {lyr.dataProvider().uri().table() for lyr in layers} >= {"households", "actions"}
        for layer in layers:
            assert len(layer.findChildren(QObject, versions.GUARD_NAME)) == 1, layer.name()
            assert layer.editFormConfig().readOnly(layer.fields().indexOf(versions.VERSION_COLUMN))
    finally:
        project.clear()
        plugin.unload()


def test_an_edit_of_a_feature_deleted_meanwhile_is_said_not_silently_dropped(qgis_app, shared):
    """budi deletes h2 while sari edits it: QGIS would update no row and report success; the
    guard says, in QGIS's message log, that her change to h2 cannot be saved."""
    from qgis.core import QgsApplication

    said = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: said.append((tag, message)))
    budi = _qgis_layer(shared, "households", "budi")
    sari = _qgis_layer(shared, "households", "sari")
    b, s = _fids(budi), _fids(sari)
    assert sari.startEditing() and budi.startEditing()
    assert sari.changeAttributeValue(s["h2"], sari.fields().indexOf("members"), 9)
    _idle()
    assert budi.deleteFeature(b["h2"]) and budi.commitChanges(), budi.commitErrors()
    sari.commitChanges()
    assert any(tag == "CSIAP Planner" and "h2" in message and "cannot be saved" in message for tag, message in said)
    assert "h2" not in _rows(shared, "households", "members")
    sari.rollBack()
    del budi, sari


def test_a_household_added_in_qgis_starts_at_version_one(qgis_app, shared):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    sari = _qgis_layer(shared, "households", "sari")
    feature = QgsFeature(sari.fields())
    feature["uuid"], feature["rw"], feature["rt"], feature["members"] = "h4", "002", "002", 3
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(700100, 9300100)))
    assert sari.startEditing() and sari.addFeature(feature)
    assert sari.commitChanges(), sari.commitErrors()
    assert _rows(shared, "households", "members", "row_version", "edited_by")["h4"] == (3, 1, "sari")
    del sari


def test_a_write_replacing_some_rows_locks_those_only(shared):
    """replace=(field, value), as write_rows has it: the rows of RW 001 are locked, RW 002's
    household stays free for another editor (it saves at once, no wait)."""
    from psycopg2 import sql

    connection = _connect(shared["database"], "sari", autocommit=False)
    with connection, connection.cursor() as cursor:
        locked = versions.lock_rows(cursor, shared["schema"], "households", replace=("rw", "001"))
        assert sorted(locked) == ["h1", "h2"]
        other = _connect(shared["database"], "budi")
        with other.cursor() as budi:
            budi.execute("SET lock_timeout = '200ms'")
            budi.execute(sql.SQL("UPDATE {} SET members = 2 WHERE uuid = 'h3'").format(
                sql.Identifier(shared["schema"], "households")))
        other.close()
    connection.close()
    assert _rows(shared, "households", "members", "row_version")["h3"] == (2, 2)
