"""The test suite's two backends (issue 18): ``any_workspace`` is the same sample
workspace on a GeoPackage and on PostGIS, and the helpers that read and seed rows
independently of the plugin (``seed_rows``, ``read_layer``, ``table_rows``, ``query``)
give the same rows on both."""

import pytest
from shapely.geometry import Point, box

from tests.conftest import PG_SAMPLE_SCHEMA, _pg_address, _pg_cursor

X0, Y0 = 700000.0, 9300000.0


def test_the_sample_workspace_is_the_same_on_both_backends(any_workspace, backend, sample_workspace, read_layer):
    from csiap_planner.core import schema

    gpkg, _project = sample_workspace
    for layer_def in schema.LAYERS:
        mine, sample = read_layer(any_workspace, layer_def.name), read_layer(gpkg, layer_def.name)
        assert len(mine) == len(sample), layer_def.name
        assert set(f.name for f in layer_def.fields) <= set(mine.columns), layer_def.name
    (name, kecamatan), = [(r["name"], r["kecamatan"]) for _i, r in read_layer(any_workspace, "kelurahan").iterrows()]
    assert (name, kecamatan) == ("Pondok Pinang", "Kebayoran Lama")
    outline = read_layer(any_workspace, "kelurahan").geometry.iloc[0]
    assert outline.area == pytest.approx(read_layer(gpkg, "kelurahan").geometry.iloc[0].area, rel=1e-9)


def test_seeded_rows_read_back_the_same(any_workspace, seed_rows, table_rows, query):
    seed_rows(any_workspace, "rt", [
        {"uuid": "a", "rw": "001", "code": "001", "households": 40, "truck_access": True, "flood_prone": False,
         "geometry": box(X0, Y0, X0 + 100, Y0 + 100)}])
    seed_rows(any_workspace, "meetings", [{"uuid": "m1", "kind": "rembuk_rt", "meeting_date": "2026-10-03"}])
    seed_rows(any_workspace, "households", [{"uuid": "h1", "members": 4, "geometry": Point(X0 + 5, Y0 + 5)}])
    (rt,) = table_rows(any_workspace, "rt")
    assert (rt["uuid"], rt["rw"], rt["code"], rt["households"]) == ("a", "001", "001", 40)
    assert (rt["truck_access"], rt["flood_prone"]) == (True, False)
    assert type(rt["truck_access"]) is bool and type(rt["households"]) is int
    assert rt["geometry"].geom_type == "MultiPolygon" and rt["geometry"].area == pytest.approx(10000)
    (meeting,) = table_rows(any_workspace, "meetings")
    assert (meeting["kind"], meeting["meeting_date"]) == ("rembuk_rt", "2026-10-03")
    (house,) = table_rows(any_workspace, "households")
    assert (house["members"], house["geometry"].x) == (4, X0 + 5)
    assert query(any_workspace, "SELECT code, households FROM rt WHERE uuid = ?", "a") == [("001", 40)]


@pytest.mark.parametrize("backend", ["postgis"])   # a GeoPackage's copy is a file copy (shutil.copy)
def test_a_postgis_copy_is_a_workspace_of_its_own(any_workspace, postgis_sample, seed_rows, table_rows):
    """The copied schema has its own sequences, default styles and project: a row written
    to the copy is not in the template, and QGIS opens the copy's layers styled."""
    from csiap_planner.core import schema
    from csiap_planner.workspace import open_workspace
    from qgis.core import QgsProject

    assert open_workspace(any_workspace).version == schema.SCHEMA_VERSION
    seed_rows(any_workspace, "rw", [{"uuid": "w", "code": "001", "geometry": box(X0, Y0, X0 + 10, Y0 + 10)}])
    assert [r["uuid"] for r in table_rows(any_workspace, "rw")] == ["w"]
    assert table_rows(postgis_sample, "rw") == []
    copy = _pg_address(any_workspace)[1]
    with _pg_cursor(any_workspace) as cursor:
        cursor.execute("SELECT fid FROM rw")
        assert cursor.fetchall() == [(1,)]
        cursor.execute("SELECT count(*) FROM public.layer_styles WHERE f_table_schema = %s", (copy,))
        styles = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM public.layer_styles WHERE f_table_schema = %s", (PG_SAMPLE_SCHEMA,))
        assert styles == cursor.fetchone()[0] == len(schema.LAYERS)
    from csiap_planner.workspace import project_path_for

    project = QgsProject()
    assert project.read(project_path_for(any_workspace))
    sources = [layer.source() for layer in project.mapLayers().values()]
    assert sources and all('"{}".'.format(copy) in source for source in sources)
    assert not any(PG_SAMPLE_SCHEMA in source for source in sources)
    project.clear()
