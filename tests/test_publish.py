"""Publishing a workspace into a shared one and taking it offline again (issue 18, part 3).

Every row is checked with sqlite3 (and psycopg2, for PostGIS) directly, not with the
plugin's readers: the GeoPackage geometry blobs and PostGIS's WKB decoded by shapely."""

import os
import shutil
import sqlite3
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import field_setup  # noqa: E402

LAYERS = ("kelurahan", "rw", "rt", "households", "problems", "actions", "meetings")
# GeoPackage geometry header: the envelope's size by its flags' bits 1-3 (GeoPackage 1.3, 2.1.3).
ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _geometry(blob):
    from shapely import wkb

    if blob is None:
        return None
    flags = blob[3]
    start = 8 + ENVELOPE_BYTES[(flags >> 1) & 7]
    return wkb.loads(bytes(blob[start:]))


def _plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _columns(layer_name):
    from csiap_planner.core import schema

    return schema.layer(layer_name).field_names()


def rows_of(reference, layer_name):
    """``{uuid: {column: value, "geom": shapely geometry}}``, read with sqlite3 or psycopg2."""
    columns = _columns(layer_name)
    spatial = layer_name not in ("meetings",)
    if "schema=" in reference:
        import psycopg2

        database, name = reference.split("?schema=")
        connection = psycopg2.connect(database)
        try:
            with connection.cursor() as cursor:
                cursor.execute('SELECT {}{} FROM "{}"."{}"'.format(
                    ", ".join('"{}"'.format(c) for c in columns), ', ST_AsBinary("geom")' if spatial else "",
                    name, layer_name))
                found = cursor.fetchall()
        finally:
            connection.close()
        from shapely import wkb

        def decode(value):
            return None if value is None else wkb.loads(bytes(value))
    else:
        connection = sqlite3.connect(reference)
        try:
            found = connection.execute('SELECT {}{} FROM "{}"'.format(
                ", ".join('"{}"'.format(c) for c in columns), ', "geom"' if spatial else "", layer_name)).fetchall()
        finally:
            connection.close()
        decode = _geometry
    result = {}
    for row in found:
        values = dict(zip(columns, (_plain(v) for v in row[:len(columns)])))
        if spatial:
            values["geom"] = decode(row[len(columns)])
        assert values["uuid"] not in result, ("doubled", layer_name, values["uuid"])
        result[values["uuid"]] = values
    return result


def styles_of(reference):
    """``{(layer, style name)}`` of the default styles stored with the workspace."""
    if "schema=" in reference:
        import psycopg2

        database, name = reference.split("?schema=")
        connection = psycopg2.connect(database)
        try:
            with connection.cursor() as cursor:
                cursor.execute('SELECT f_table_name, stylename FROM public.layer_styles WHERE f_table_schema = %s '
                               'AND useasdefault', (name,))
                return set(cursor.fetchall())
        finally:
            connection.close()
    connection = sqlite3.connect(reference)
    try:
        return set(connection.execute('SELECT f_table_name, styleName FROM layer_styles WHERE useAsDefault'))
    finally:
        connection.close()


def project_layers(reference):
    """The workspace layers of the QGIS project kept beside (or, PostGIS, in) the workspace."""
    from csiap_planner.workspace import project_path_for
    from qgis.core import QgsProject

    project = QgsProject()
    try:
        assert project.read(project_path_for(reference)), project_path_for(reference)
        return {layer.source().split("layername=")[-1].split("table=")[-1].split(".")[-1].split(" ")[0].strip('"')
                for layer in project.mapLayers().values() if layer.isValid()}
    finally:
        project.clear()


def assert_same_rows(source, target, layers=LAYERS):
    for layer_name in layers:
        ours, theirs = rows_of(source, layer_name), rows_of(target, layer_name)
        assert set(ours) == set(theirs), layer_name
        for uuid, row in ours.items():
            there = theirs[uuid]
            for column, value in row.items():
                if column == "geom":
                    assert (value is None) == (there[column] is None), (layer_name, uuid)
                    if value is not None:
                        assert value.equals_exact(there[column], 1e-6), (layer_name, uuid)
                elif isinstance(value, float):
                    assert there[column] == pytest.approx(value), (layer_name, uuid, column)
                else:
                    assert there[column] == value, (layer_name, uuid, column)


def _execute(path, sql, *values):
    connection = sqlite3.connect(path)
    # The GeoPackage's R-tree triggers call these (GDAL registers them in its own connections).
    connection.create_function("ST_IsEmpty", 1, lambda blob: blob is None or bool(blob[3] & 16))
    for name in ("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY"):
        connection.create_function(name, 1, lambda blob, name=name: _bound(blob, name))
    try:
        connection.execute(sql, values)
        connection.commit()
    finally:
        connection.close()


def _bound(blob, name):
    bounds = _geometry(blob).bounds
    return bounds[("ST_MinX", "ST_MinY", "ST_MaxX", "ST_MaxY").index(name)]


@pytest.fixture()
def source(workspace_copy, seed_rows):
    """The field tests' small workspace, plus a meeting (a date) and RT flags (booleans)."""
    path = field_setup.make_workspace(workspace_copy, seed_rows)
    seed_rows(path, "meetings", [{"uuid": "m1", "kind": "rembuk_rt", "title": "Rembuk RT 001",
                                  "meeting_date": "2026-10-03", "attendance_female": 12,
                                  "attendance_male": 9, "mbr_represented": True}])
    _execute(path, "UPDATE rt SET truck_access = 1, flood_prone = 0 WHERE uuid = 'rt1'")
    return path


def _publish(source, target, **extra):
    import processing

    return processing.run("csiap:publishworkspace", dict({"WORKSPACE": source, "TARGET": target}, **extra))


@pytest.fixture(params=["gpkg", "postgis"])
def target(request, tmp_path):
    """Where to publish: a new GeoPackage, or a new schema of the test database."""
    if request.param == "gpkg":
        (tmp_path / "shared").mkdir()
        return str(tmp_path / "shared" / "shared.gpkg")
    return request.getfixturevalue("postgis_reference")


def test_publish_copies_every_row_and_again_changes_nothing(csiap_processing, source, target, seed_rows):
    first = _publish(source, target)
    assert_same_rows(source, target)
    total = sum(len(rows_of(source, name)) for name in LAYERS)
    assert first["ADDED"] >= total and first["UPDATED"] == first["KEPT"] == first["DELETED"] == 0
    # The schema as createworkspace makes it: its version, its language, the default styles.
    from csiap_planner.workspace import storage

    assert storage.read_schema_version(target) == 3
    assert storage.workspace_language(target) == storage.workspace_language(source)
    assert storage.kelurahan_identity(target) == storage.kelurahan_identity(source)
    assert styles_of(target) == styles_of(source) and len(styles_of(source)) >= 10
    assert project_layers(target) >= set(LAYERS)   # its QGIS project, as createworkspace writes it

    second = _publish(source, target)
    assert second["ADDED"] == second["UPDATED"] == second["DELETED"] == 0
    assert second["UNCHANGED"] == first["ADDED"]
    assert_same_rows(source, target)   # rows_of asserts no uuid twice

    # An edit, a moved point and a new row in the source reach the target; nothing else changes.
    _execute(source, "UPDATE households SET members = 7, household_head = 'Siti Aminah' WHERE uuid = 'h1'")
    _execute(source, "UPDATE meetings SET meeting_date = '2026-11-04' WHERE uuid = 'm1'")
    from osgeo import ogr

    dataset = ogr.Open(source, 1)
    layer = dataset.GetLayerByName("households")
    layer.SetAttributeFilter("uuid = 'h2'")
    feature = next(iter(layer))
    moved = (field_setup.X0 + 55.5, field_setup.Y0 + 44.25)
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(*moved)))
    assert layer.SetFeature(feature) == 0
    layer = dataset = None
    from shapely.geometry import Point

    seed_rows(source, "households", [{"uuid": "h5", "rw": "002", "rt": "001", "members": 5,
                                       "geometry": Point(field_setup.X0 + 170, field_setup.Y0 + 70)}])
    third = _publish(source, target)
    assert (third["ADDED"], third["UPDATED"], third["DELETED"]) == (1, 3, 0)
    assert_same_rows(source, target)
    households = rows_of(target, "households")
    assert households["h1"]["members"] == 7 and households["h1"]["household_head"] == "Siti Aminah"
    assert (households["h2"]["geom"].x, households["h2"]["geom"].y) == moved
    assert rows_of(target, "meetings")["m1"]["meeting_date"] == "2026-11-04"


def _add_in_target(target, uuid, seed_rows):
    """Another editor's household, written straight into the target (sqlite3 / psycopg2)."""
    if "schema=" in target:
        import psycopg2

        database, name = target.split("?schema=")
        connection = psycopg2.connect(database)
        with connection, connection.cursor() as cursor:
            cursor.execute('INSERT INTO "{}".households (uuid, rw, rt, members, geom) VALUES '
                           "(%s, '001', '001', 2, ST_SetSRID(ST_MakePoint(%s, %s), "
                           "(SELECT srid FROM geometry_columns WHERE f_table_schema = %s AND "
                           "f_table_name = 'households')))".format(name),
                           (uuid, field_setup.X0 + 5, field_setup.Y0 + 5, name))
        connection.close()
    else:
        from shapely.geometry import Point

        seed_rows(target, "households", [{"uuid": uuid, "rw": "001", "rt": "001", "members": 2,
                                           "geometry": Point(field_setup.X0 + 5, field_setup.Y0 + 5)}])


def test_rows_only_in_the_target_are_kept_unless_asked(csiap_processing, source, target, seed_rows):
    _publish(source, target)
    _add_in_target(target, "other-editor", seed_rows)
    _execute(source, "DELETE FROM households WHERE uuid = 'h3'")
    kept = _publish(source, target)
    assert kept["KEPT"] == 2 and kept["DELETED"] == 0
    assert {"other-editor", "h3"} <= set(rows_of(target, "households"))
    mirrored = _publish(source, target, DELETE_MISSING=True)
    assert mirrored["DELETED"] == 2 and mirrored["KEPT"] == 0
    assert_same_rows(source, target)


def _snapshot(reference):
    return {name: rows_of(reference, name) for name in LAYERS}


def _set_version(reference, version):
    """An older schema_version, as an older plugin left it (sqlite3 / psycopg2)."""
    if "schema=" in reference:
        import psycopg2

        database, name = reference.split("?schema=")
        connection = psycopg2.connect(database)
        with connection, connection.cursor() as cursor:
            cursor.execute('UPDATE "{}".schema_version SET version = %s'.format(name), (version,))
        connection.close()
    else:
        _execute(reference, "UPDATE schema_version SET version = ?", version)


def test_another_kelurahan_or_schema_version_is_refused(csiap_processing, source, target, refused,
                                                        sample_boundary_layer):
    from csiap_planner.workspace import create_workspace

    create_workspace(target, "Karet", boundary=sample_boundary_layer())
    before = _snapshot(target)
    with refused("berisi kelurahan lain \\(Karet, uuid .* daripada .*pondok_pinang.gpkg \\(Pondok Pinang"):
        _publish(source, target)
    assert _snapshot(target) == before
    _set_version(target, 2)   # the version is checked first: refused for it, whatever kelurahan it holds
    with refused("memakai skema versi 2; plugin ini menyalin workspace versi 3"):
        _publish(source, target)
    assert _snapshot(target) == before


def test_a_target_that_names_no_workspace_is_refused(csiap_processing, source, tmp_path, refused, monkeypatch):
    """A name typed without a schema or .gpkg: refused, not made into a file of that name."""
    monkeypatch.chdir(tmp_path)
    before = set(os.listdir(tmp_path))
    with refused("pondok_pinang tidak menyebut workspace: isi skema PostGIS"):
        _publish(source, "pondok_pinang")
    assert set(os.listdir(tmp_path)) == before


def test_another_crs_is_refused(csiap_processing, source, tmp_path, refused):
    from csiap_planner.workspace import create_workspace
    from qgis.core import QgsCoordinateReferenceSystem

    other, _project = create_workspace(str(tmp_path / "other" / "tm3.gpkg"), "Pondok Pinang",
                                       crs=QgsCoordinateReferenceSystem("EPSG:23830"))
    _execute(other, "DELETE FROM kelurahan")   # an empty workspace of no kelurahan yet
    with refused("tm3.gpkg disimpan dalam EPSG:23830, .*pondok_pinang.gpkg dalam EPSG:32748"):
        _publish(source, other)
    assert rows_of(other, "households") == {}


def _failing_trigger(target):
    """A trigger refusing every new problem: the write fails half-way, after the households."""
    if "schema=" in target:
        import psycopg2

        database, name = target.split("?schema=")
        connection = psycopg2.connect(database)
        with connection, connection.cursor() as cursor:
            cursor.execute("CREATE FUNCTION \"{0}\".refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
                           "'refused by the test'; END $$ LANGUAGE plpgsql".format(name))
            cursor.execute('CREATE TRIGGER refuse BEFORE INSERT ON "{0}".problems FOR EACH ROW EXECUTE '
                           'FUNCTION "{0}".refuse()'.format(name))
        connection.close()
    else:
        _execute(target, "CREATE TRIGGER refuse BEFORE INSERT ON problems BEGIN SELECT RAISE(ABORT, "
                         "'refused by the test'); END")


def test_a_failure_leaves_the_target_as_it_was(csiap_processing, source, target, refused, seed_rows):
    _publish(source, target)
    _execute(source, "DELETE FROM problems")
    _publish(source, target, DELETE_MISSING=True)
    before = _snapshot(target)
    _failing_trigger(target)
    _execute(source, "UPDATE households SET members = 9")
    from shapely.geometry import Point

    seed_rows(source, "problems", [{"uuid": "p9", "category": "babs", "geometry": Point(field_setup.X0 + 1,
                                                                                       field_setup.Y0 + 1)}])
    with refused("refused by the test"):
        _publish(source, target)
    assert _snapshot(target) == before


def test_a_new_schema_that_fails_is_removed(csiap_processing, source, postgis_reference, refused, seed_rows):
    """A line among the household points (a GeoPackage takes it, with a warning; PostGIS's point
    column does not): the write fails after the schema was made, and the schema goes again."""
    import psycopg2
    from osgeo import gdal
    from shapely.geometry import LineString

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        seed_rows(source, "households", [{"uuid": "h-line", "geometry": LineString(
            [(field_setup.X0, field_setup.Y0), (field_setup.X0 + 9, field_setup.Y0 + 9)])}])
    finally:
        gdal.PopErrorHandler()
    with refused("Geometry type \\(LineString\\) does not match column type \\(Point\\)"):
        _publish(source, postgis_reference)
    database, name = postgis_reference.split("?schema=")
    connection = psycopg2.connect(database)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (name,))
            assert cursor.fetchone()[0] == 0
    finally:
        connection.close()


def test_take_offline_and_publish_back(csiap_processing, source, target, tmp_path):
    """GeoPackage → shared → a new GeoPackage with its project: the same rows; edited offline,
    published back."""
    _publish(source, target)
    offline = str(tmp_path / "lapangan" / "pondok_pinang.gpkg")
    import processing

    result = processing.run("csiap:takeoffline", {"SOURCE": target, "OUTPUT": offline})
    assert result["OUTPUT"] == offline and os.path.isfile(result["PROJECT"])
    assert_same_rows(target, offline)
    assert_same_rows(source, offline)
    from csiap_planner.workspace import open_workspace, storage
    from qgis.core import QgsProject

    assert open_workspace(offline).version == 3
    assert storage.kelurahan_identity(offline) == storage.kelurahan_identity(source)
    project = QgsProject()
    try:
        assert project.read(result["PROJECT"])
        households = [layer for layer in project.mapLayers().values()
                      if layer.source().endswith("layername=households")]
        assert households and households[0].featureCount() == 4
        assert households[0].source().startswith(offline)
    finally:
        project.clear()
    # Field packages are made from it as from any workspace.
    processing.run("csiap:packagefield", {"WORKSPACE": offline, "TEAM": "Tim 1",
                                          "OUTPUT_FOLDER": str(tmp_path / "paket")})
    assert set(rows_of(str(tmp_path / "paket" / "data.gpkg"), "households")) == {"h1", "h2", "h3", "h4"}
    # Edited in the field, then published back: the shared workspace has the edit.
    _execute(offline, "UPDATE problems SET severity = '3' WHERE uuid = 'p2'")
    back = _publish(offline, target)
    assert back["UPDATED"] == 1 and back["ADDED"] == 0
    assert rows_of(target, "problems")["p2"]["severity"] == "3"
    shutil.rmtree(os.path.dirname(offline))


def test_take_offline_refuses_an_existing_workspace(csiap_processing, source, tmp_path, refused):
    existing = str(tmp_path / "x.gpkg")
    shutil.copy(source, existing)
    import processing

    with refused("x.gpkg sudah ada"):
        processing.run("csiap:takeoffline", {"SOURCE": source, "OUTPUT": existing})


def test_what_counts_as_an_edit(qgis_app):
    """A hand-worked layer: the same date, boolean and point as the two backends write them are no
    edit; a changed value or a point moved by a centimetre is; a row without a uuid is refused."""
    import datetime

    from csiap_planner.core import schema
    from csiap_planner.workspace import WorkspaceError
    from csiap_planner.workspace.publish import layer_changes

    meetings, households = schema.layer("meetings"), schema.layer("households")
    ours = [{"uuid": "m1", "meeting_date": "2026/10/03", "mbr_represented": 1, "attendance_female": 12},
            {"uuid": "m2", "meeting_date": "2026/10/04", "mbr_represented": 0, "attendance_female": 3},
            {"uuid": "m3", "title": "Baru"}]
    theirs = [{"uuid": "m1", "meeting_date": datetime.date(2026, 10, 3), "mbr_represented": True,
               "attendance_female": 12},
              {"uuid": "m2", "meeting_date": datetime.date(2026, 10, 4), "mbr_represented": False,
               "attendance_female": 4},
              {"uuid": "m9", "title": "Penyunting lain"}]
    change, count = layer_changes(meetings, ours, theirs)
    assert change == {"update": {"m2": {"attendance_female": 3}}, "insert": [ours[2]], "delete": []}
    assert (count.added, count.updated, count.unchanged, count.kept, count.deleted) == (1, 1, 1, 1, 0)
    change, count = layer_changes(meetings, ours, theirs, delete_missing=True)
    assert change["delete"] == ["m9"] and (count.kept, count.deleted) == (0, 1)

    points = [{"uuid": "h1", "geom": "POINT (700010.123456789 9300010.5)"},
              {"uuid": "h2", "geom": "POINT (700020 9300020)"}]
    there = [{"uuid": "h1", "geom": "POINT(700010.1234568 9300010.5)"},
             {"uuid": "h2", "geom": "POINT(700020.01 9300020)"}]
    change, count = layer_changes(households, points, there)
    assert change["update"] == {"h2": {"geom": "POINT (700020 9300020)"}} and count.unchanged == 1
    with pytest.raises(WorkspaceError, match="Row 2 of Households in a.gpkg has no uuid"):
        layer_changes(households, [points[0], {"uuid": "", "geom": None}], [], language="en", source="a.gpkg")


def _schema_shape(database, name):
    """The tables and typed columns (with their comments: the aliases), the code lists, the schema
    version and the styles of a PostGIS schema, from PostgreSQL's catalogue."""
    import psycopg2

    connection = psycopg2.connect(database)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT c.table_name, c.column_name, c.udt_name, c.is_nullable, "
                           "col_description(format('%%I.%%I', c.table_schema, c.table_name)::regclass, "
                           "c.ordinal_position) FROM information_schema.columns c WHERE c.table_schema = %s "
                           "AND c.table_name NOT IN ('qgis_projects')", (name,))
            columns = set(cursor.fetchall())
            cursor.execute('SELECT codelist, value, label FROM "{}".code_lists'.format(name))
            codes = set(cursor.fetchall())
            cursor.execute('SELECT version, language FROM "{}".schema_version'.format(name))
            versions = cursor.fetchall()
            cursor.execute("SELECT type, srid FROM geometry_columns WHERE f_table_schema = %s", (name,))
            geometries = sorted(cursor.fetchall())
    finally:
        connection.close()
    return columns, codes, versions, geometries


def test_a_published_schema_is_the_schema_createworkspace_makes(csiap_processing, source, postgis_reference,
                                                                 sample_boundary_layer):
    from csiap_planner.workspace import create_workspace

    _publish(source, postgis_reference)
    database, name = postgis_reference.split("?schema=")
    made = "{}?schema={}_made".format(database, name)
    try:
        create_workspace(made, "Pondok Pinang", boundary=sample_boundary_layer())
        published, created = _schema_shape(database, name), _schema_shape(database, name + "_made")
        assert published[0] == created[0] and len(published[0]) > 300
        assert published[1] == created[1] and len(published[1]) > 50
        assert published[2] == created[2] == [(3, "id")]
        assert published[3] == created[3]
        assert styles_of(postgis_reference) == {(t, s) for t, s in styles_of(made)}
    finally:
        import psycopg2

        connection = psycopg2.connect(database)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute('DROP SCHEMA IF EXISTS "{}_made" CASCADE'.format(name))
            cursor.execute("DELETE FROM public.layer_styles WHERE f_table_schema = %s", (name + "_made",))
        connection.close()
