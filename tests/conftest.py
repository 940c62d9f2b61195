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
    layer with plain GDAL, independent of the plugin and of QGIS."""
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


@pytest.fixture()
def screened_rts(csiap_processing, workspace_copy, seed_rows):
    """The sample workspace with three RTs screened (options at RT level): RW 001 / RT 001
    and RT 002 (flood-prone) with options, RW 002 / RT 001 without any (no desludging
    truck, no sewer nearby); and one rembuk, ``m1``. For the scoring tests."""
    from shapely.geometry import box

    import processing

    x0, y0 = 700000.0, 9300000.0
    seed_rows(workspace_copy, "rt", [
        {"uuid": "a", "rw": "001", "code": "001", "households": 40, "truck_access": True, "flood_prone": False,
         "geometry": box(x0, y0, x0 + 100, y0 + 100)},
        {"uuid": "b", "rw": "001", "code": "002", "households": 30, "truck_access": True, "flood_prone": True,
         "geometry": box(x0 + 100, y0, x0 + 200, y0 + 100)},
        {"uuid": "c", "rw": "002", "code": "001", "households": 20, "truck_access": False, "sewer_nearby": False,
         "geometry": box(x0, y0 + 100, x0 + 100, y0 + 200)}])
    seed_rows(workspace_copy, "meetings", [{"uuid": "m1", "kind": "rembuk_rt", "title": "Rembuk RT 001 II",
                                            "meeting_date": "2026-10-03"}])
    processing.run("csiap:screenoptions", {"WORKSPACE": workspace_copy, "LEVEL": 0})
    return workspace_copy


def _query(path, sql, *values):
    """Rows of a SQL query on a GeoPackage, with sqlite3 (independent of the plugin)."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, values).fetchall()
    finally:
        connection.close()


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

    import psycopg2

    _schema_count[0] += 1
    name = "t{}_{}".format(_schema_count[0], re.sub(r"[^a-z0-9_]", "_", request.node.name.lower()))[:60]
    yield "{}?schema={}".format(postgis_server, name)
    connection = psycopg2.connect(postgis_server)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS \"{}\" CASCADE".format(name))
    connection.close()
