"""A workspace kept in a PostGIS schema (issue 18): made, opened, written and read through
workspace/storage.py, checked with psycopg2 on its own connection (not through the code
under test), and opened by QGIS's postgres provider with its default styles."""

import contextlib
import getpass
import uuid

import pytest

from tests.conftest import SAMPLE, boundary_layer

psycopg2 = pytest.importorskip("psycopg2")


def _schema_of(reference):
    return reference.rsplit("schema=", 1)[1]


@contextlib.contextmanager
def _database(server):
    connection = psycopg2.connect(server)
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            yield cursor
    finally:
        connection.close()


def _rows(server, reference, sql, *values):
    with _database(server) as cursor:
        cursor.execute("SET search_path TO {}, public".format(psycopg2.extensions.quote_ident(
            _schema_of(reference), cursor)))
        cursor.execute(sql, values)
        return cursor.fetchall()


@pytest.fixture()
def pg_workspace(qgis_app, postgis_reference):
    """A workspace of the sample kelurahan in its own schema of the test database."""
    from csiap_planner.workspace import create_workspace

    create_workspace(postgis_reference, "Pondok Pinang", boundary=boundary_layer(), kecamatan="Kebayoran Lama")
    return postgis_reference


def test_created_schema_has_every_layer_as_a_typed_table(pg_workspace, postgis_server):
    from csiap_planner.core import schema
    from csiap_planner.workspace import open_workspace

    assert open_workspace(pg_workspace).version == schema.SCHEMA_VERSION
    name = _schema_of(pg_workspace)
    columns = _rows(postgis_server, pg_workspace,
                    "SELECT table_name, column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = %s", name)
    types = {(table, column): kind for table, column, kind in columns}
    expected = {"text": "text", "integer": "integer", "real": "double precision", "date": "date",
                "boolean": "boolean"}
    for layer_def in schema.LAYERS:
        assert types[(layer_def.name, "fid")] == "integer"   # QGIS's feature id (see _table_ddl)
        for field in layer_def.fields:
            assert types[(layer_def.name, field.name)] == expected[field.type], (layer_def.name, field.name)
    geometry = dict(((t, (g, s)) for t, g, s in _rows(
        postgis_server, pg_workspace,
        "SELECT f_table_name, type, srid FROM geometry_columns WHERE f_table_schema = %s", name)))
    assert geometry["rw"] == ("MULTIPOLYGON", 32748)
    assert geometry["households"] == ("POINT", 32748)
    spatial = [lyr.name for lyr in schema.LAYERS if lyr.is_spatial]
    assert sorted(geometry) == sorted(spatial)
    gist = {t for (t,) in _rows(postgis_server, pg_workspace,
                                "SELECT tablename FROM pg_indexes WHERE schemaname = %s AND indexdef LIKE '%%gist%%'",
                                name)}
    assert gist == set(spatial)
    # Code lists: every code, labelled in the workspace language (Indonesian by default).
    codes = _rows(postgis_server, pg_workspace, "SELECT codelist, value, label FROM code_lists")
    assert len(codes) == sum(len(c.codes) for c in schema.CODELISTS)
    toilet = {v: label for c, v, label in codes if c == schema.TOILET_ACCESS.name}
    assert toilet == {c.value: c.label.id for c in schema.TOILET_ACCESS.codes}
    # Aliases as column comments.
    (comment,), = _rows(postgis_server, pg_workspace, "SELECT col_description(%s::regclass, "
                        "(SELECT attnum FROM pg_attribute WHERE attrelid = %s::regclass AND attname = 'name'))",
                        '"{}".kelurahan'.format(name), '"{}".kelurahan'.format(name))
    assert comment == schema.layer("kelurahan").field("name").alias.id
    (version, language), = _rows(postgis_server, pg_workspace, "SELECT version, language FROM schema_version")
    assert (version, language) == (schema.SCHEMA_VERSION, "id")
    (kelurahan, kecamatan, area), = _rows(postgis_server, pg_workspace,
                                          "SELECT name, kecamatan, ST_Area(geom) / 10000 FROM kelurahan")
    assert (kelurahan, kecamatan) == ("Pondok Pinang", "Kebayoran Lama")
    # The outline's area against the sample's own, read by sqlite3 from the GeoPackage's table.
    assert area == pytest.approx(_sample_area_ha(), rel=1e-3)


def _sample_area_ha():
    from osgeo import ogr, osr



    dataset = ogr.Open(SAMPLE)
    feature = next(iter(dataset.GetLayerByName("kelurahan")))
    geometry = feature.GetGeometryRef().Clone()
    target = osr.SpatialReference()
    target.ImportFromEPSG(32748)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source = dataset.GetLayerByName("kelurahan").GetSpatialRef()
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geometry.Transform(osr.CoordinateTransformation(source, target))
    return geometry.GetArea() / 10000


def test_rows_written_and_read_back(pg_workspace, postgis_server):
    from csiap_planner.workspace import storage

    rows = [{"uuid": str(uuid.uuid4()), "code": "0{}".format(n), "name": "RW 0{}".format(n),
             "wkb": _square_wkb(700000 + n * 100, 9300000)} for n in (1, 2)]
    storage.write_rows(pg_workspace, {"rw": rows})
    read = storage.read_features(pg_workspace, "rw")
    assert [(r["uuid"], r["code"]) for r in read] == [(r["uuid"], r["code"]) for r in rows]
    assert read[0]["geom"].startswith("MULTIPOLYGON (((700100 9300000")
    assert _rows(postgis_server, pg_workspace, "SELECT code, ST_Area(geom) FROM rw ORDER BY code") == [
        ("01", 2500.0), ("02", 2500.0)]
    # replace=(field, value): only those rows go.
    storage.write_rows(pg_workspace, {"rw": [dict(rows[0], uuid=str(uuid.uuid4()), code="03")]},
                       replace=("code", "01"))
    assert sorted(c for (c,) in _rows(postgis_server, pg_workspace, "SELECT code FROM rw")) == ["02", "03"]
    assert storage.kelurahan_identity(pg_workspace)[1] == "Pondok Pinang"
    assert storage.workspace_language(pg_workspace) == "id"


def _square_wkb(x, y, side=50):
    from osgeo import ogr

    ring = "{0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}".format(x, y, x + side, y + side)
    return ogr.CreateGeometryFromWkt("POLYGON (({}))".format(ring)).ExportToWkb()


def test_change_rows_is_all_or_nothing(pg_workspace, postgis_server):
    from csiap_planner.workspace import storage

    first, second = str(uuid.uuid4()), str(uuid.uuid4())
    storage.write_rows(pg_workspace, {"rw": [
        {"uuid": first, "code": "01", "name": "Satu", "wkb": _square_wkb(700000, 9300000)},
        {"uuid": second, "code": "02", "name": "Dua", "wkb": _square_wkb(700100, 9300000)}]})
    before = _rows(postgis_server, pg_workspace, "SELECT fid, uuid, code, name, ST_AsText(geom) FROM rw ORDER BY fid")
    # An update and a delete that would succeed, then an insert that fails (a uuid that is taken).
    with pytest.raises(storage.WorkspaceError):
        storage.change_rows(pg_workspace, {"rw": {
            "update": {first: {"name": "Diubah", "geom": "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"}},
            "delete": [second],
            "insert": [{"uuid": first, "code": "09"}]}})
    assert _rows(postgis_server, pg_workspace,
                 "SELECT fid, uuid, code, name, ST_AsText(geom) FROM rw ORDER BY fid") == before
    # The same without the failing insert goes through, whole.
    storage.change_rows(pg_workspace, {"rw": {
        "update": {first: {"name": "Diubah", "geom": "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"}},
        "delete": [second], "insert": [{"uuid": str(uuid.uuid4()), "code": "09"}]}})
    assert _rows(postgis_server, pg_workspace, "SELECT code, name, ST_Area(geom) FROM rw ORDER BY code") == [
        ("01", "Diubah", 0.5), ("09", None, None)]


def test_update_rows_is_all_or_nothing(pg_workspace, postgis_server):
    from csiap_planner.workspace import storage

    storage.write_rows(pg_workspace, {"rw": [
        {"uuid": str(uuid.uuid4()), "code": "01", "wkb": _square_wkb(700000, 9300000)},
        {"uuid": str(uuid.uuid4()), "code": "02", "wkb": _square_wkb(700100, 9300000)}]})
    fids = [fid for (fid,) in _rows(postgis_server, pg_workspace, "SELECT fid FROM rw ORDER BY fid")]
    # The second row's value is not a number: the first row's update goes back with it.
    with pytest.raises(storage.WorkspaceError):
        storage.update_rows(pg_workspace, {"rw": {fids[0]: {"households": 5}, fids[1]: {"households": "lima"}}})
    with pytest.raises(storage.WorkspaceError, match="no such row|tidak ada"):
        storage.update_rows(pg_workspace, {"rw": {fids[0]: {"households": 5}, 999999: {"households": 1}}})
    assert _rows(postgis_server, pg_workspace, "SELECT households FROM rw ORDER BY fid") == [(None,), (None,)]
    storage.update_rows(pg_workspace, {"rw": {fids[0]: {"households": 5}, fids[1]: {"households": 7}}})
    assert _rows(postgis_server, pg_workspace, "SELECT households FROM rw ORDER BY fid") == [(5,), (7,)]


def test_upsert_points_inserts_then_updates_by_uuid(pg_workspace, postgis_server):
    from csiap_planner.workspace import storage

    keys = [str(uuid.uuid4()) for _ in range(3)]
    rows = [((key, "Kepala {}".format(n)), (700000.0 + n, 9300000.0)) for n, key in enumerate(keys)]
    assert storage.upsert_points(pg_workspace, "households", ["uuid", "household_head"], rows) == (3, 0)
    moved = [((keys[0], "Baru"), (700500.0, 9300500.0)), ((str(uuid.uuid4()), "Empat"), (1.0, 2.0))]
    assert storage.upsert_points(pg_workspace, "households", ["uuid", "household_head"], moved) == (1, 1)
    assert _rows(postgis_server, pg_workspace, "SELECT household_head, ST_X(geom), ST_Y(geom) FROM households "
                 "WHERE uuid = %s", keys[0]) == [("Baru", 700500.0, 9300500.0)]
    assert _rows(postgis_server, pg_workspace, "SELECT count(*) FROM households") == [(4,)]
    # Values of every kind, as they travel through COPY: text with tabs, new lines and
    # backslashes, an empty text (not NULL), NULLs, integers given as floats, booleans, dates.
    fields = ["uuid", "household_head", "notes", "members", "low_income", "survey_date"]
    odd = [((keys[1], "Tab\there", "", 4.0, True, "2026/09/07"), (1.0, 2.0)),
           ((keys[2], "Baris\nbaru \\ garis", None, None, 0, None), (3.0, 4.0))]
    assert storage.upsert_points(pg_workspace, "households", fields, odd) == (0, 2)
    assert _rows(postgis_server, pg_workspace, "SELECT household_head, notes, members, low_income, survey_date::text "
                 "FROM households WHERE uuid = ANY(%s) ORDER BY household_head DESC", [keys[1], keys[2]]) == [
        ("Tab\there", "", 4, True, "2026-09-07"), ("Baris\nbaru \\ garis", None, None, False, None)]


def _with(reference, **changes):
    """The reference with other connection keywords (libpq key=value form)."""
    keywords = psycopg2.extensions.parse_dsn(reference.rsplit("?schema=", 1)[0])
    keywords.update(changes)
    return "{} schema={}".format(psycopg2.extensions.make_dsn(**keywords), _schema_of(reference))


def _closed_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return str(probe.getsockname()[1])


def test_messages_name_what_is_wrong(pg_workspace, postgis_server):
    from csiap_planner.workspace import open_workspace, storage

    with pytest.raises(storage.WorkspaceError, match="cannot be reached"):
        open_workspace(_with(pg_workspace, port=_closed_port()))
    with pytest.raises(storage.WorkspaceError, match="database of .* does not exist"):
        open_workspace(_with(pg_workspace, dbname="no_such_database"))
    with pytest.raises(storage.WorkspaceError, match="user name or password"):
        open_workspace(_with(pg_workspace, user="no_such_user"))
    with pytest.raises(storage.WorkspaceError, match="schema of .* does not exist"):
        open_workspace(pg_workspace.replace("schema=", "schema=missing_"))
    with _database(postgis_server) as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS not_a_workspace CASCADE")
        cursor.execute("CREATE SCHEMA not_a_workspace; CREATE TABLE not_a_workspace.rw (id integer)")
    try:
        with pytest.raises(storage.WorkspaceError, match="not a CSIAP Planner workspace"):
            open_workspace(postgis_server + "?schema=not_a_workspace")
        with pytest.raises(storage.WorkspaceError, match="not a CSIAP Planner workspace"):
            storage.write_rows(postgis_server + "?schema=not_a_workspace", {"rw": []})
    finally:
        with _database(postgis_server) as cursor:
            cursor.execute("DROP SCHEMA not_a_workspace CASCADE")
    _rows(postgis_server, pg_workspace, "UPDATE schema_version SET version = 99 RETURNING 1")
    with pytest.raises(storage.WorkspaceError, match="newer CSIAP Planner"):
        open_workspace(pg_workspace)
    # The password never reaches a message.
    with pytest.raises(storage.WorkspaceError) as raised:
        open_workspace(_with(pg_workspace, port=_closed_port(), password="rahasia"))
    assert "rahasia" not in str(raised.value)


def test_permission_denied_and_lock_timeout(pg_workspace, postgis_server, monkeypatch):
    from csiap_planner.workspace import postgis, storage

    row = {"uuid": str(uuid.uuid4()), "code": "01", "wkb": _square_wkb(700000, 9300000)}
    with _database(postgis_server) as cursor:
        cursor.execute("DO $$ BEGIN CREATE ROLE csiap_reader LOGIN; EXCEPTION WHEN duplicate_object THEN END $$")
        cursor.execute("GRANT USAGE ON SCHEMA {0} TO csiap_reader; GRANT SELECT ON ALL TABLES IN SCHEMA {0} "
                       "TO csiap_reader".format(_schema_of(pg_workspace)))
    with pytest.raises(storage.WorkspaceError, match="may not change"):
        storage.write_rows(_with(pg_workspace, user="csiap_reader"), {"rw": [row]})
    monkeypatch.setattr(postgis, "BUSY_TIMEOUT_MS", 300)
    editor = psycopg2.connect(postgis_server)
    try:
        with editor.cursor() as cursor:   # another editor, in the middle of a transaction
            cursor.execute('LOCK TABLE "{}".rw IN EXCLUSIVE MODE'.format(_schema_of(pg_workspace)))
            with pytest.raises(storage.WorkspaceError, match="another editor"):
                storage.write_rows(pg_workspace, {"rw": [row]})
    finally:
        editor.rollback()
        editor.close()
    storage.write_rows(pg_workspace, {"rw": [row]})
    assert _rows(postgis_server, pg_workspace, "SELECT code FROM rw") == [("01",)]


def test_existing_schema_refused_then_kept_as_a_backup(pg_workspace, postgis_server):
    from csiap_planner.workspace import create_workspace, storage

    name = _schema_of(pg_workspace)
    (old_uuid,), = _rows(postgis_server, pg_workspace, "SELECT uuid FROM kelurahan")
    with pytest.raises(storage.WorkspaceError, match="already exists"):
        create_workspace(pg_workspace, "Lain")
    create_workspace(pg_workspace, "Lain", boundary=boundary_layer(), overwrite=True)
    # <schema>_backup_YYYYMMDD_HHMMSS, the schema's name cut to fit PostgreSQL's 63 characters.
    backups = [n for (n,) in _rows(postgis_server, pg_workspace,
                                   "SELECT nspname FROM pg_namespace WHERE nspname ~ %s",
                                   "^{}_backup_[0-9]{{8}}_[0-9]{{6}}$".format(name[:63 - 23]))]
    try:
        assert len(backups) == 1
        assert _rows(postgis_server, pg_workspace, 'SELECT uuid, name FROM "{}".kelurahan'.format(backups[0])) == [
            (old_uuid, "Pondok Pinang")]
        assert [n for (n,) in _rows(postgis_server, pg_workspace, "SELECT name FROM kelurahan")] == ["Lain"]
        # The backup's default styles went with it; the new schema has its own.
        counts = dict(_rows(postgis_server, pg_workspace, "SELECT f_table_schema, count(*) FROM public.layer_styles "
                            "WHERE f_table_schema IN (%s, %s) GROUP BY 1", name, backups[0]))
        assert counts[name] == counts[backups[0]] > 0
    finally:
        with _database(postgis_server) as cursor:
            for backup in backups:
                cursor.execute('DROP SCHEMA "{}" CASCADE'.format(backup))


def test_qgis_reads_the_rows_with_the_default_style_and_the_stored_project(pg_workspace, postgis_server):
    from csiap_planner.core import schema
    from csiap_planner.workspace import project_path_for
    from csiap_planner.workspace.project import open_layer, read_rows
    from qgis.core import QgsProject

    layer = open_layer(pg_workspace, schema.layer("households"), "id")
    assert layer.providerType() == "postgres"
    assert layer.name() == schema.layer("households").title.id
    # The renderer of styles/households.qml (an expression-categorised one), loaded as the default style.
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    assert "toilet_access" in renderer.classAttribute()
    widget = layer.editorWidgetSetup(layer.fields().indexOf("toilet_access"))
    assert widget.type() == "ValueMap"
    assert layer.fields().field("toilet_access").alias() == schema.layer("households").field("toilet_access").alias.id
    # QGIS's feature ids are the fid values (update_rows is keyed by them), gaps and all.
    from csiap_planner.workspace import storage

    storage.write_rows(pg_workspace, {"rw": [{"uuid": str(uuid.uuid4()), "code": "0{}".format(n)} for n in range(5)]})
    _rows(postgis_server, pg_workspace, "DELETE FROM rw WHERE code IN ('00', '02') RETURNING 1")
    rw = open_layer(pg_workspace, schema.layer("rw"), "id")
    assert sorted((f.id(), f["code"]) for f in rw.getFeatures()) == sorted(
        _rows(postgis_server, pg_workspace, "SELECT fid, code FROM rw"))
    kelurahan = read_rows(pg_workspace, "kelurahan")
    assert [row["name"] for row in kelurahan] == ["Pondok Pinang"]
    # The project is kept in the schema; its layers are the schema's tables.
    project = QgsProject()
    try:
        assert project.read(project_path_for(pg_workspace)), project.error()
        layers = list(project.mapLayers().values())
        assert len(layers) == len(schema.LAYERS)
        assert all(lyr.isValid() and lyr.providerType() == "postgres" for lyr in layers)
        assert {lyr.dataProvider().uri().table() for lyr in layers} == {lyr.name for lyr in schema.LAYERS}
        assert {lyr.dataProvider().uri().schema() for lyr in layers} == {_schema_of(pg_workspace)}
        assert project.relationManager().relations()
    finally:
        project.clear()
    assert _rows(postgis_server, pg_workspace, "SELECT name FROM qgis_projects") == [("csiap",)]


@pytest.mark.parametrize("form", ["uri_with_options", "service", "saved_connection"])
def test_every_form_of_reference_names_the_same_workspace(pg_workspace, postgis_server, form, tmp_path,
                                                          monkeypatch):
    """A libpq URI with other options around schema=, a service of a pg_service.conf, and a
    connection saved in QGIS (Data Source Manager): psycopg2 and QGIS's layers both reach it."""
    from csiap_planner.core import schema
    from csiap_planner.workspace import open_workspace, storage
    from csiap_planner.workspace.project import open_layer, same_file, workspace_source
    from qgis.core import QgsProviderRegistry

    keywords = psycopg2.extensions.parse_dsn(postgis_server)
    name = _schema_of(pg_workspace)
    if form == "uri_with_options":
        reference = "{}?schema={}&sslmode=disable&connect_timeout=5".format(postgis_server, name)
    elif form == "service":
        services = tmp_path / "pg_service.conf"
        services.write_text("[csiap_pokja]\nhost={host}\nport={port}\ndbname={dbname}\nuser={user}\n".format(
            **keywords), encoding="utf-8")
        monkeypatch.setenv("PGSERVICEFILE", str(services))
        reference = "service=csiap_pokja schema={}".format(name)
    else:
        metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
        connection = metadata.createConnection(
            "host={host} port={port} dbname='{dbname}' user='{user}'".format(**keywords), {"saveUsername": True})
        metadata.saveConnection(connection, "Pokja Kota CSIAP")
        reference = "Pokja Kota CSIAP|schema={}".format(name)
    try:
        assert open_workspace(reference).version == schema.SCHEMA_VERSION
        assert storage.kelurahan_identity(reference)[1] == "Pondok Pinang"
        layer = open_layer(reference, schema.layer("kelurahan"), "id")
        assert [f["name"] for f in layer.getFeatures()] == ["Pondok Pinang"]
        # The layer's source leads back to the same workspace (how the docks find it in a project).
        found, table = workspace_source(layer)
        assert table == "kelurahan" and same_file(found, pg_workspace) and same_file(reference, pg_workspace)
        if form == "service":   # made through the service: its styles name the service's database
            from csiap_planner.workspace import create_workspace

            create_workspace(reference.replace("schema=", "schema=s_"), "Lain", boundary=boundary_layer())
            assert _rows(postgis_server, pg_workspace, "SELECT DISTINCT f_table_catalog FROM public.layer_styles "
                         "WHERE f_table_schema = %s", "s_" + name) == [(keywords["dbname"],)]
            layer = open_layer(reference.replace("schema=", "schema=s_"), schema.layer("households"), "id")
            assert layer.renderer().type() == "categorizedSymbol"   # the default style, found
    finally:
        if form == "saved_connection":
            metadata.deleteConnection("Pokja Kota CSIAP")
        if form == "service":
            with _database(postgis_server) as cursor:
                cursor.execute('DROP SCHEMA IF EXISTS "s_{}" CASCADE'.format(name))
    with pytest.raises(storage.WorkspaceError, match="no PostgreSQL connection named"):
        open_workspace("No Such Connection|schema={}".format(name))


def test_the_docks_find_a_postgis_workspace_in_its_project(pg_workspace):
    """The docks learn the workspace from the open project's layers (plugin/project_layers.py)."""
    from csiap_planner.core import schema
    from csiap_planner.plugin.project_layers import project_workspace, workspace_layers
    from csiap_planner.workspace import current_workspace, project_path_for
    from csiap_planner.workspace.project import same_file
    from qgis.core import QgsProject

    project = QgsProject.instance()
    try:
        assert project.read(project_path_for(pg_workspace)), project.error()
        assert set(workspace_layers(project)) == {lyr.name for lyr in schema.LAYERS}
        found = project_workspace(project)
        assert same_file(found, pg_workspace) and "password" not in found
        assert current_workspace(found).version == schema.SCHEMA_VERSION
    finally:
        project.clear()


def test_a_qgis_authentication_configuration_gives_the_login_and_stays_an_id(pg_workspace, postgis_server):
    """``authcfg=`` (as QGIS's layer sources and saved connections carry it): the login comes
    from QGIS's authentication database; layers, the project and messages keep the id only."""
    from csiap_planner.core import schema
    from csiap_planner.workspace import current_workspace, open_workspace, storage
    from csiap_planner.workspace.project import open_layer, same_file, shown, workspace_source
    from qgis.core import QgsApplication, QgsAuthMethodConfig

    manager = QgsApplication.authManager()
    assert manager.setMasterPassword("csiap-test-master", True)   # the test profile's own auth database
    config = QgsAuthMethodConfig()
    config.setName("Pokja CSIAP test")
    config.setMethod("Basic")
    keywords = psycopg2.extensions.parse_dsn(postgis_server)
    config.setConfig("username", keywords["user"])
    config.setConfig("password", "rahasia-pokja")
    assert manager.storeAuthenticationConfig(config)[0]
    try:
        # No user of its own: without the configuration libpq would log in as this computer's user.
        bare = "host={host} port={port} dbname={dbname} schema={schema}".format(schema=_schema_of(pg_workspace),
                                                                                **keywords)
        if keywords["user"] != getpass.getuser():
            with pytest.raises(storage.WorkspaceError, match="user name or password"):
                open_workspace(bare)
        reference = bare.replace(" schema=", " authcfg={} schema=".format(config.id()))
        assert open_workspace(reference).version == schema.SCHEMA_VERSION
        layer = open_layer(reference, schema.layer("kelurahan"), "id")
        assert [f["name"] for f in layer.getFeatures()] == ["Pondok Pinang"]
        assert "authcfg=" + config.id() in layer.source() and "rahasia" not in layer.source()
        found, _table = workspace_source(layer)
        assert same_file(found, pg_workspace) and current_workspace(found).version == schema.SCHEMA_VERSION
        assert "rahasia" not in shown(reference) and "authcfg=" + config.id() in shown(reference)
    finally:
        manager.removeAuthenticationConfig(config.id())
