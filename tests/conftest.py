"""Test set-up: the plugin is imported as ``csiap_planner`` through a link in
``build/plugins`` (the repository root is never on sys.path: QGIS has its own
top-level ``processing``), and QGIS runs through pytest-qgis."""

import contextlib
import os
import shutil
import sys
import traceback

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLUGINS = os.path.join(ROOT, "build", "plugins")
LINK = os.path.join(PLUGINS, "csiap_planner")
SAMPLE = os.path.join(ROOT, "sample", "pondok_pinang.gpkg")
SHARED_DATA = os.path.join(os.path.dirname(ROOT), "shared", "data", "jakarta")
if os.path.isdir("/usr/share/proj"):
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")

# `python -m pytest` puts the working directory (the repository root) first on
# sys.path, where our `processing/` would hide QGIS's own: take it off.
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != ROOT]
os.makedirs(PLUGINS, exist_ok=True)
if not os.path.islink(LINK) and not os.path.exists(LINK):
    os.symlink(ROOT, LINK)
if PLUGINS not in sys.path:
    sys.path.insert(0, PLUGINS)
if "/usr/share/qgis/python/plugins" not in sys.path:
    sys.path.append("/usr/share/qgis/python/plugins")


@pytest.fixture(scope="session")
def sample_path():
    return SAMPLE


_providers = []


@pytest.fixture()
def csiap_processing(qgis_app, qgis_processing):
    """Processing with the csiap provider registered (as initProcessing does);
    registered again where a plugin test has unloaded it."""
    from csiap_planner.processing.provider import CsiapProvider
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("csiap")
    if provider is None:
        provider = CsiapProvider()
        _providers.append(provider)  # held here: the registry does not keep the Python object alive
        registry.addProvider(provider)
    yield provider


def boundary_layer():
    """The sample's kelurahan outline as a layer. Tests make their own and let
    it go with the test: a layer still held by pytest when pytest-qgis calls
    exitQgis crashes the exit."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(SAMPLE + "|layername=kelurahan", "kelurahan", "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture(scope="session")
def sample_boundary_layer():
    return boundary_layer


@pytest.fixture(scope="session")
def sample_workspace(tmp_path_factory, qgis_app):
    """A workspace of the sample kelurahan in Indonesian, created once."""
    from csiap_planner.workspace import create_workspace

    folder = tmp_path_factory.mktemp("workspace")
    return create_workspace(str(folder / "pondok_pinang.gpkg"), "Pondok Pinang", boundary=boundary_layer(),
                            kecamatan="Kebayoran Lama")


@pytest.fixture()
def workspace_copy(tmp_path, sample_workspace):
    """A private copy of the sample workspace (GeoPackage and project)."""
    gpkg, project = sample_workspace
    target = tmp_path / os.path.basename(gpkg)
    shutil.copy(gpkg, target)
    shutil.copy(project, tmp_path / os.path.basename(project))
    return str(target)


def _attach_oracle(points, areas):
    """The attach rule with geopandas, independent of the plugin: interior
    first, else the lowest (rw, code), compared as numbers, among touching areas.
    ``{point index: (rw, code) or None}``."""
    import geopandas

    joined = geopandas.sjoin(points, areas, how="left", predicate="intersects")
    result = {}
    for index, group in joined.groupby(level=0):
        if group["code"].isna().all():
            result[index] = None
            continue
        point = points.geometry.loc[index]
        candidates = [(r.rw, r.code) for r in group.itertuples()]
        inside = [c for c in candidates
                  if areas[(areas.rw == c[0]) & (areas.code == c[1])].geometry.iloc[0].contains(point)]
        pool = inside or candidates
        result[index] = min(pool, key=lambda c: (int(c[0]), int(c[1])))
    return result


@pytest.fixture(scope="session")
def attach_oracle():
    return _attach_oracle


def _seed_rows(path, layer_name, rows):
    """Write ``rows`` (dicts; ``geometry`` a shapely geometry) into a workspace
    layer independently of the plugin and of QGIS: plain GDAL into a GeoPackage,
    psycopg2 into a PostGIS workspace (``is_postgis_reference``)."""
    if is_postgis_reference(path):
        _seed_postgis_rows(path, layer_name, rows)
        return
    from osgeo import ogr

    dataset = ogr.Open(str(path), 1)
    layer = dataset.GetLayerByName(layer_name)
    multi = ogr.GT_Flatten(layer.GetGeomType()) == ogr.wkbMultiPolygon
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in row.items():
            if name == "geometry":
                geometry = ogr.CreateGeometryFromWkt(value.wkt)
                feature.SetGeometry(ogr.ForceToMultiPolygon(geometry) if multi else geometry)
            elif value is not None:
                feature[name] = value
        assert layer.CreateFeature(feature) == 0
    dataset = None


@pytest.fixture(scope="session")
def seed_rows():
    return _seed_rows


def _import_sample(workspace, households=True, problems=True):
    """The sample's RW (real) and RT (synthetic), and its surveys, into
    ``workspace`` as `make demo` imports them (Processing must be running)."""
    import processing

    processing.run("csiap:importboundaries", {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW",
                                              "WORKSPACE": workspace})
    processing.run("csiap:importboundaries", {"INPUT": SAMPLE + "|layername=rt_synthetic", "LEVEL": 1,
                                              "CODE_FIELD": "RT", "RW_FIELD": "RW", "WORKSPACE": workspace})
    for wanted, target, name in ((households, 0, "survey_households_synthetic.csv"),
                                 (problems, 1, "survey_problems_synthetic.csv")):
        if wanted:
            processing.run("csiap:importsurvey", {"INPUT": os.path.join(os.path.dirname(SAMPLE), name),
                                                  "TARGET": target, "WORKSPACE": workspace})


@pytest.fixture(scope="session")
def import_sample():
    return _import_sample


@contextlib.contextmanager
def _refused(match):
    """``pytest.raises(QgsProcessingException, match=...)`` that frees the tracebacks of the
    whole exception chain on the way out: their frames hold QGIS objects (sources,
    geometries) which must go before QGIS exits, or the exit segfaults."""
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=match) as caught:
        yield caught
    error = caught.value
    while error is not None:
        traceback.clear_frames(error.__traceback__)
        error = error.__cause__ or error.__context__
    traceback.clear_frames(caught.tb)


@pytest.fixture(scope="session")
def refused():
    return _refused


def _screen_rts(workspace, seed_rows):
    """Three RTs screened (options at RT level) in ``workspace``: RW 001 / RT 001 and
    RT 002 (flood-prone) with options, RW 002 / RT 001 without any (no desludging truck,
    no sewer nearby); and one rembuk, ``m1``."""
    from shapely.geometry import box

    import processing

    x0, y0 = 700000.0, 9300000.0
    seed_rows(workspace, "rt", [
        {"uuid": "a", "rw": "001", "code": "001", "households": 40, "truck_access": True, "flood_prone": False,
         "geometry": box(x0, y0, x0 + 100, y0 + 100)},
        {"uuid": "b", "rw": "001", "code": "002", "households": 30, "truck_access": True, "flood_prone": True,
         "geometry": box(x0 + 100, y0, x0 + 200, y0 + 100)},
        {"uuid": "c", "rw": "002", "code": "001", "households": 20, "truck_access": False, "sewer_nearby": False,
         "geometry": box(x0, y0 + 100, x0 + 100, y0 + 200)}])
    seed_rows(workspace, "meetings", [{"uuid": "m1", "kind": "rembuk_rt", "title": "Rembuk RT 001 II",
                                       "meeting_date": "2026-10-03"}])
    processing.run("csiap:screenoptions", {"WORKSPACE": workspace, "LEVEL": 0})
    return workspace


@pytest.fixture()
def screened_rts(csiap_processing, workspace_copy, seed_rows):
    """The sample workspace GeoPackage with three RTs screened (``_screen_rts``); for the
    scoring docks' tests."""
    return _screen_rts(workspace_copy, seed_rows)


@pytest.fixture()
def any_screened_rts(csiap_processing, any_workspace, seed_rows):
    """``screened_rts`` on each backend (``any_workspace``)."""
    return _screen_rts(any_workspace, seed_rows)


def _query(path, sql, *values):
    """Rows of a SQL query on a workspace, independent of the plugin: sqlite3 on a
    GeoPackage, psycopg2 on a PostGIS schema (its tables first on the search path;
    ``?`` placeholders become psycopg2's ``%s``; dates come as 'YYYY-MM-DD', as a GeoPackage
    keeps them)."""
    if is_postgis_reference(path):
        import datetime

        with _pg_cursor(path) as cursor:
            cursor.execute(sql.replace("%", "%%").replace("?", "%s"), values)
            if cursor.description is None:   # a write: committed, no rows
                return []
            return [tuple(v.isoformat() if isinstance(v, datetime.date) else v for v in row)
                    for row in cursor.fetchall()]
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(sql, values).fetchall()
        connection.commit()   # a write (a test's own change to the workspace)
        return rows
    finally:
        connection.close()


class _Rows(list):
    """Rows of ``_Connection.execute``: a list with sqlite3's fetchall/fetchone."""

    def fetchall(self):
        return list(self)

    def fetchone(self):
        return self[0] if self else None


class _Connection:
    """``sqlite3.connect(path)`` for either backend, as far as the tests use it:
    ``execute(sql, values)`` (through ``_query``), in a ``with`` block, ``close()``."""

    def __init__(self, reference):
        self.reference = reference

    def execute(self, sql, values=()):
        return _Rows(_query(self.reference, sql, *values))

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def connect_workspace(reference):
    """A sqlite3-like connection to a workspace on either backend (``_Connection``)."""
    return _Connection(reference)


@pytest.fixture(scope="session")
def query():
    return _query


# --- Older workspaces, as their plugin versions wrote them (tests/data) --------------

@pytest.fixture()
def schema2_workspace(tmp_path):
    """A private copy of the workspace plugin 0.2.0 wrote (schema 2; scripts/make_schema2_fixture.py)."""
    for ext in ("gpkg", "qgz"):
        shutil.copy(os.path.join(os.path.dirname(__file__), "data", "workspace_schema2." + ext), tmp_path)
    return str(tmp_path / "workspace_schema2.gpkg")


# --- PostgreSQL/PostGIS (issue 18) ---------------------------------------------------
# `make test` runs the suite through scripts/with_postgres.sh, which starts a throw-away
# cluster on a local port and gives its address as CSIAP_TEST_PG. The tests that need
# it are skipped, loudly, only where no server can be had, and fail in CI.

TEST_DATABASE = "csiap_test"


@pytest.fixture(scope="session")
def postgis_server():
    """The libpq URI of a database with PostGIS (``…/csiap_test``), made once per run."""
    address = os.environ.get("CSIAP_TEST_PG")
    if not address:
        reason = ("no PostgreSQL test cluster: CSIAP_TEST_PG is not set (run the tests with `make test`, "
                  "which starts one through scripts/with_postgres.sh)")
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    import psycopg2

    connection = psycopg2.connect(address)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (TEST_DATABASE,))
        if cursor.fetchone() is None:
            cursor.execute("CREATE DATABASE {}".format(TEST_DATABASE))
    connection.close()
    database = address.rsplit("/", 1)[0] + "/" + TEST_DATABASE
    connection = psycopg2.connect(database)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    connection.close()
    return database


_schema_count = [0]


@pytest.fixture()
def postgis_reference(postgis_server, request):
    """A workspace reference to a schema of its own in the test database, not yet made:
    ``postgresql://…/csiap_test?schema=t_<n>_<test name>``; dropped after the test."""
    import re

    _schema_count[0] += 1
    name = "t{}_{}".format(_schema_count[0], re.sub(r"[^a-z0-9_]", "_", request.node.name.lower()))[:60]
    yield "{}?schema={}".format(postgis_server, name)
    _drop_schema(postgis_server, name)


def _drop_schema(server, name):
    """Drop a test schema and its default styles (rows of ``public.layer_styles``)."""
    import psycopg2

    connection = psycopg2.connect(server)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS \"{}\" CASCADE".format(name))
        cursor.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
        if cursor.fetchone()[0]:
            cursor.execute("DELETE FROM public.layer_styles WHERE f_table_schema = %s", (name,))
    connection.close()


# --- Each workspace test on both backends (issue 18) ---------------------------------
# ``any_workspace`` is the sample workspace on a GeoPackage and on PostGIS, and the helpers
# below read and write both independently of the plugin (sqlite3/GDAL, psycopg2).

PG_SAMPLE_SCHEMA = "csiap_sample_template"
BACKENDS = ("gpkg", "postgis")


def is_postgis_reference(reference):
    """Whether a test's workspace reference names a PostGIS schema (``…?schema=…``)."""
    text = str(reference)
    return not text.lower().endswith(".gpkg") and "schema=" in text


def _pg_address(reference):
    """``(libpq address, schema)`` of a test's PostGIS reference."""
    import re

    found = re.search(r"[?&\s]schema=([^&\s]*)", str(reference))
    address = str(reference)[:found.start()] + str(reference)[found.end():]
    return address, found.group(1)


@contextlib.contextmanager
def _pg_cursor(reference):
    """A psycopg2 cursor on a PostGIS workspace, its schema first on the search path;
    committed at the end."""
    import psycopg2
    from psycopg2 import sql

    address, name = _pg_address(reference)
    connection = psycopg2.connect(address)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql.SQL("SET search_path TO {}, public").format(sql.Identifier(name)))
            yield cursor
        connection.commit()
    finally:
        connection.close()


def _seed_postgis_rows(reference, layer_name, rows):
    """``seed_rows`` into a PostGIS table with psycopg2 (``ST_Multi`` where the column is multi)."""
    from psycopg2 import sql

    with _pg_cursor(reference) as cursor:
        cursor.execute("SELECT type, srid FROM geometry_columns WHERE f_table_schema = current_schema() "
                       "AND f_table_name = %s", (layer_name,))
        found = cursor.fetchone()
        cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                       "AND table_name = %s AND data_type = 'boolean'", (layer_name,))
        booleans = {name for (name,) in cursor.fetchall()}   # seeded as 0/1 too, as a GeoPackage keeps them
        for row in rows:
            row = {name: bool(value) if name in booleans and value is not None else value
                   for name, value in row.items()}
            names = [name for name, value in row.items() if value is not None]
            values, slots = [], []
            for name in names:
                if name == "geometry":
                    shape = "ST_Multi(ST_GeomFromText(%s, %s))" if found[0].startswith("MULTI") else \
                        "ST_GeomFromText(%s, %s)"
                    slots.append(sql.SQL(shape))
                    values += [row[name].wkt, found[1]]
                else:
                    slots.append(sql.Placeholder())
                    values.append(row[name])
            columns = [sql.Identifier("geom" if name == "geometry" else name) for name in names]
            cursor.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                sql.Identifier(layer_name), sql.SQL(", ").join(columns), sql.SQL(", ").join(slots)), values)


def _read_layer(reference, layer_name):
    """A workspace layer as a (Geo)DataFrame, in fid order, without the fid, its geometry in
    ``geometry`` (as ``geopandas.read_file`` gives a GeoPackage's): fiona on a GeoPackage,
    psycopg2 on PostGIS (dates as 'YYYY-MM-DD', as fiona gives them)."""
    import datetime

    import geopandas
    import pandas
    import shapely.wkb

    if not is_postgis_reference(reference):
        frame = geopandas.read_file(reference, layer=layer_name)
        # Debian 13's geopandas (pyogrio) reads a date as a timestamp, Debian 12's (fiona) as its
        # text: the text, as below (the data model has dates, no date-times).
        for name in frame.columns:
            if pandas.api.types.is_datetime64_any_dtype(frame[name]):
                frame[name] = frame[name].dt.strftime("%Y-%m-%d").where(frame[name].notna(), None)
        return frame
    with _pg_cursor(reference) as cursor:
        cursor.execute("SELECT srid FROM geometry_columns WHERE f_table_schema = current_schema() "
                       "AND f_table_name = %s", (layer_name,))
        srid = cursor.fetchone()
        cursor.execute("SELECT * FROM {} ORDER BY fid".format('"{}"'.format(layer_name.replace('"', '""'))))
        names = [column.name for column in cursor.description]
        rows = cursor.fetchall()
        if srid is not None:
            cursor.execute("SELECT ST_AsBinary(geom) FROM {} ORDER BY fid".format(
                '"{}"'.format(layer_name.replace('"', '""'))))
            shapes = [shapely.wkb.loads(bytes(wkb)) if wkb is not None else None for (wkb,) in cursor.fetchall()]
    frame = pandas.DataFrame([[v.isoformat() if isinstance(v, datetime.date) else v for v in row] for row in rows],
                             columns=names)
    frame = frame.drop(columns=["fid"] + (["geom"] if srid is not None else []))
    if srid is None:
        return frame
    return geopandas.GeoDataFrame(frame, geometry=shapes, crs="EPSG:{}".format(srid[0]))


@pytest.fixture(scope="session")
def read_layer():
    return _read_layer


def _table_rows(reference, layer_name):
    """Every row of a workspace layer as a dict (``geometry`` a shapely geometry or None),
    in fid order, read independently of the plugin (``_read_layer``)."""
    frame = _read_layer(reference, layer_name)
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return rows


@pytest.fixture(scope="session")
def table_rows():
    return _table_rows


def _workspace_state(reference):
    """A fingerprint of everything a workspace holds, to show that a refused run changed
    nothing: the GeoPackage file's sha256; every table's rows of a PostGIS schema (and
    its default styles), hashed in the database."""
    import hashlib

    if not is_postgis_reference(reference):
        with open(reference, "rb") as stream:
            return hashlib.sha256(stream.read()).hexdigest()
    state = {}
    with _pg_cursor(reference) as cursor:
        cursor.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        for (table,) in sorted(cursor.fetchall()):
            quoted = '"{}"'.format(table.replace('"', '""'))
            cursor.execute("SELECT count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                           "FROM {} AS t".format(quoted))
            state[table] = cursor.fetchone()
        cursor.execute("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "
                       "public.layer_styles AS t WHERE f_table_schema = current_schema()")
        state["layer_styles"] = cursor.fetchone()
    return state


@pytest.fixture(scope="session")
def workspace_state():
    return _workspace_state


def _copy_schema(server, source, target):
    """A copy of the workspace schema ``source`` as ``target``, in SQL (a fraction of a
    second; making one takes seconds): each table with its columns, keys, indexes and
    comments, its own sequences, its rows, the triggers and functions of the schema, the
    default styles and the stored project (its layers pointed at ``target``). The
    statements go to the server as one script: one round trip, not a few per table."""
    import io
    import zipfile

    import psycopg2
    import psycopg2.extras
    from psycopg2 import sql

    def ident(*names):
        return sql.Identifier(*names)

    connection = psycopg2.connect(server)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = %s", (source,))
            kinds = cursor.fetchall()
            # Other kinds of objects (views…) would be left out of the copy: fail loudly instead.
            assert {kind for _name, kind in kinds} <= {"r", "S", "i"}, kinds
            tables = sorted(name for name, kind in kinds if kind == "r")
            # Serial columns: their default names a sequence of the source schema; the copy gets its
            # own, at the same value (pg_get_serial_sequence gives the name quoted by the server).
            cursor.execute("SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_schema) || '.' "
                           "|| quote_ident(table_name), column_name) FROM information_schema.columns "
                           "WHERE table_schema = %s AND column_default LIKE 'nextval(%%'", (source,))
            serials = cursor.fetchall()
            script = [sql.SQL("CREATE SCHEMA {}").format(ident(target))]
            for table in tables:
                script.append(sql.SQL("CREATE TABLE {} (LIKE {} INCLUDING ALL)").format(
                    ident(target, table), ident(source, table)))
            for table, column, source_sequence in serials:
                sequence = "{}_{}_seq".format(table, column)
                quoted = sql.Literal('"{}"."{}"'.format(target, sequence))
                script += [
                    sql.SQL("CREATE SEQUENCE {} OWNED BY {}.{}").format(
                        ident(target, sequence), ident(target, table), ident(column)),
                    sql.SQL("ALTER TABLE {} ALTER COLUMN {} SET DEFAULT nextval({}::regclass)").format(
                        ident(target, table), ident(column), quoted),
                    sql.SQL("SELECT setval({}, last_value, is_called) FROM {}").format(
                        quoted, sql.SQL(source_sequence))]
            for table in tables:
                if table != "qgis_projects":
                    script.append(sql.SQL("INSERT INTO {} SELECT * FROM {}").format(
                        ident(target, table), ident(source, table)))
            cursor.execute(sql.SQL("; ").join(script))
            if "qgis_projects" in tables:
                cursor.execute(sql.SQL("SELECT name, metadata, content FROM {}").format(ident(source, "qgis_projects")))
                for name, metadata, content in cursor.fetchall():
                    cursor.execute(sql.SQL("INSERT INTO {} (name, metadata, content) VALUES (%s, %s, %s)").format(
                        ident(target, "qgis_projects")), (name, psycopg2.extras.Json(metadata),
                                                          _project_for_schema(bytes(content), source, target, io,
                                                                              zipfile)))
            # Functions and triggers of the schema (row versions, where the backend has them).
            cursor.execute("SELECT pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace n ON "
                           "n.oid = p.pronamespace WHERE n.nspname = %s", (source,))
            for (definition,) in cursor.fetchall():
                cursor.execute(definition.replace(source, target))
            cursor.execute("SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND NOT t.tgisinternal",
                           (source,))
            for (definition,) in cursor.fetchall():
                cursor.execute(definition.replace(source, target))
            cursor.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
            if cursor.fetchone()[0]:
                cursor.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                               "AND table_name = 'layer_styles' AND column_name NOT IN ('id', 'f_table_schema')")
                columns = [ident(column) for (column,) in cursor.fetchall()]
                cursor.execute(sql.SQL(
                    "INSERT INTO public.layer_styles (f_table_schema, {columns}) "
                    "SELECT %s, {columns} FROM public.layer_styles WHERE f_table_schema = %s").format(
                        columns=sql.SQL(", ").join(columns)), (target, source))
        connection.commit()
    finally:
        connection.close()


def _project_for_schema(content, source, target, io, zipfile):
    """A stored .qgz (QGIS's project storage) with every mention of ``source`` made ``target``."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(content)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.endswith(".qgs"):
                data = data.replace(source.encode(), target.encode())
            new.writestr(item, data)
    return out.getvalue()


@pytest.fixture(scope="session")
def postgis_sample(postgis_server, qgis_app):
    """The sample workspace (as ``sample_workspace``) in the schema csiap_sample_template of
    the test database, made once per run with the plugin; tests get copies (``any_workspace``)."""
    from csiap_planner.workspace import create_workspace

    _drop_schema(postgis_server, PG_SAMPLE_SCHEMA)   # a run killed half-way on a cluster kept running
    reference = "{}?schema={}".format(postgis_server, PG_SAMPLE_SCHEMA)
    create_workspace(reference, "Pondok Pinang", boundary=boundary_layer(), kecamatan="Kebayoran Lama")
    yield reference
    _drop_schema(postgis_server, PG_SAMPLE_SCHEMA)


@pytest.fixture(params=BACKENDS)
def backend(request):
    """Where the test's workspace is kept: "gpkg" or "postgis"."""
    return request.param


@pytest.fixture()
def any_workspace(request, backend):
    """A private copy of the sample workspace on each backend: the GeoPackage and project
    (``workspace_copy``), or a schema of its own copied from ``postgis_sample``
    (``postgis_reference``, dropped after the test)."""
    if backend == "gpkg":
        return request.getfixturevalue("workspace_copy")
    sample = request.getfixturevalue("postgis_sample")
    reference = request.getfixturevalue("postgis_reference")
    server, source = _pg_address(sample)
    _copy_schema(server, source, _pg_address(reference)[1])
    return reference
