"""csiap:attachtoareas against geopandas (sjoin) on generated RT grids:
points inside, exactly on shared boundaries, in holes, outside; multipolygons;
input in another CRS; and the workspace mode."""

import traceback

import geopandas
import pytest
from csiap_planner.core.areas import choose_area, code_key
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import MultiPolygon, Point, Polygon, box

CELL = 100.0  # metres
EPSG = 32748


def rt_grid():
    """3 × 3 RT cells of 100 m in UTM 48S near Jakarta; RT "05" has a hole and
    RT "10" is a multipolygon (two separate cells)."""
    x0, y0 = 700000.0, 9300000.0
    rows = []
    code = 1
    for j in range(3):
        for i in range(3):
            cell = box(x0 + i * CELL, y0 + j * CELL, x0 + (i + 1) * CELL, y0 + (j + 1) * CELL)
            if code == 5:
                cell = Polygon(cell.exterior.coords, [box(x0 + 140, y0 + 140, x0 + 160, y0 + 160).exterior.coords])
            rows.append({"rw": "01", "code": "{:02d}".format(code), "geometry": cell})
            code += 1
    far = box(x0 + 400, y0, x0 + 450, y0 + 50)
    far2 = box(x0 + 400, y0 + 200, x0 + 450, y0 + 250)
    rows.append({"rw": "02", "code": "10", "geometry": MultiPolygon([far, far2])})
    return geopandas.GeoDataFrame(rows, crs=EPSG)


@pytest.fixture(scope="module")
def grid_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("grid") / "rt.gpkg"
    rt_grid().to_file(path, layer="rt", driver="GPKG")
    return str(path)


def test_rule_by_hand():
    # On the edge shared by RT 10 and RT 2: RT 2 (numbers, not text: "10" < "2" as text).
    assert choose_area([("10", 0.0, False), ("2", 0.0, False)]) == "2"
    assert choose_area([("10", 0.0, True), ("2", 0.0, False)]) == "10"
    assert choose_area([("01", 5.0, False), ("02", 7.5, False)]) == "02"  # largest overlap
    assert choose_area([]) is None
    assert code_key("RW 03") < code_key("RW 10") and code_key(("01", "9")) < code_key(("01", "10"))


def index_of(grid_path):
    from csiap_planner.workspace.attach import AreaIndex
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(grid_path + "|layername=rt", "rt", "ogr")
    return AreaIndex(layer.getFeatures(), lambda f: (f["rw"], f["code"]))


def special_points():
    x0, y0 = 700000.0, 9300000.0
    return [
        Point(x0 + 50, y0 + 50),     # inside RT 01
        Point(x0 + 100, y0 + 50),    # on the edge RT 01 | RT 02
        Point(x0 + 100, y0 + 100),   # on the corner of RT 01, 02, 04, 05
        Point(x0 + 150, y0 + 150),   # in the hole of RT 05: outside
        Point(x0 + 140, y0 + 150),   # on the hole's edge: RT 05
        Point(x0 + 425, y0 + 225),   # second part of multipolygon RT 10
        Point(x0 + 1000, y0 + 1000),  # outside everything
        Point(x0, y0 + 300),         # outer corner of RT 07
    ]


def test_special_points_match_geopandas(qgis_app, grid_file, attach_oracle):
    from qgis.core import QgsGeometry, QgsPointXY

    areas = rt_grid()
    points = geopandas.GeoDataFrame(geometry=special_points(), crs=EPSG)
    expected = attach_oracle(points, areas)
    index = index_of(grid_file)
    got = {i: index.code_for(QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))) for i, p in enumerate(points.geometry)}
    assert got == expected
    assert got[1] == ("01", "01") and got[2] == ("01", "01") and got[3] is None and got[4] == ("01", "05")


coordinate = st.one_of(
    st.floats(-50, 500, allow_nan=False),
    st.integers(-1, 5).map(lambda k: k * CELL),  # exactly on grid lines
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(coordinate, coordinate), min_size=1, max_size=20))
def test_generated_points_match_geopandas(qgis_app, grid_file, attach_oracle, offsets):
    from qgis.core import QgsGeometry, QgsPointXY

    points = geopandas.GeoDataFrame(
        geometry=[Point(700000.0 + dx, 9300000.0 + dy) for dx, dy in offsets], crs=EPSG)
    index = index_of(grid_file)
    got = {i: index.code_for(QgsGeometry.fromPointXY(QgsPointXY(p.x, p.y))) for i, p in enumerate(points.geometry)}
    assert got == attach_oracle(points, rt_grid())


def test_algorithm_with_input_in_another_crs(csiap_processing, grid_file, tmp_path, attach_oracle):
    import processing

    x0, y0 = 700000.0, 9300000.0
    utm_points = geopandas.GeoDataFrame(
        {"name": ["a", "b", "c", "d"]},
        geometry=[Point(x0 + 20, y0 + 30), Point(x0 + 260, y0 + 180), Point(x0 + 420, y0 + 30),
                  Point(x0 + 900, y0 + 900)], crs=EPSG)
    path = tmp_path / "points.gpkg"
    utm_points.to_crs(4326).to_file(path, layer="points", driver="GPKG")
    result = processing.run("csiap:attachtoareas", {
        "INPUT": str(path) + "|layername=points", "AREAS": grid_file + "|layername=rt",
        "AREA_FIELDS": ["rw", "code"], "OUTPUT": str(tmp_path / "out.gpkg")})
    out = geopandas.read_file(result["OUTPUT"])
    expected = attach_oracle(utm_points, rt_grid())
    got = [None if r.outside_areas else (r.rw, r.code) for r in out.itertuples()]
    assert got == [expected[i] for i in range(4)] == [("01", "01"), ("01", "06"), ("02", "10"), None]
    assert (result["ATTACHED"], result["OUTSIDE"]) == (3, 1)
    assert out.crs.to_epsg() == 4326  # the input's CRS is kept


def test_lines_and_polygons_take_the_largest_overlap(csiap_processing, grid_file, tmp_path):
    from shapely.geometry import LineString

    import processing

    x0, y0 = 700000.0, 9300000.0
    features = geopandas.GeoDataFrame(
        {"kind": ["drain"]},
        geometry=[LineString([(x0 + 10, y0 + 50), (x0 + 170, y0 + 50)])], crs=EPSG)  # 90 m in 01, 70 m in 02
    path = tmp_path / "drains.gpkg"
    features.to_file(path, layer="drains", driver="GPKG")
    result = processing.run("csiap:attachtoareas", {
        "INPUT": str(path) + "|layername=drains", "AREAS": grid_file + "|layername=rt",
        "AREA_FIELDS": ["code"], "OUTPUT": str(tmp_path / "out.gpkg")})
    overlaps = rt_grid().geometry.intersection(features.geometry.iloc[0]).length
    assert geopandas.read_file(result["OUTPUT"])["code"].iloc[0] == rt_grid()["code"].iloc[overlaps.idxmax()] == "01"


def test_workspace_mode_fills_rw_rt_in_one_transaction(csiap_processing, any_workspace, seed_rows, attach_oracle,
                                                       read_layer):
    import processing

    grid, points = rt_grid(), special_points()
    seed_rows(any_workspace, "rt", [{"uuid": "rt-" + r.code, "rw": r.rw, "code": r.code, "geometry": r.geometry}
                                      for r in grid.itertuples()])
    seed_rows(any_workspace, "households", [{"uuid": "hh-{}".format(n), "geometry": p} for n, p in enumerate(points)])
    result = processing.run("csiap:attachtoareas", {"WORKSPACE": any_workspace})
    stored = read_layer(any_workspace, "households")
    stored = stored.sort_values("uuid", key=lambda s: s.str[3:].astype(int))
    expected = attach_oracle(geopandas.GeoDataFrame(geometry=points, crs=EPSG), grid)
    got = [None if not isinstance(r.rw, str) else (r.rw, r.rt) for r in stored.itertuples()]  # NULL reads as NaN
    assert got == [expected[i] for i in range(len(points))]
    assert result["OUTSIDE"] == sum(v is None for v in expected.values())


def test_workspace_without_areas_is_refused_unchanged(csiap_processing, any_workspace, workspace_state):

    from qgis.core import QgsProcessingException

    import processing

    before = workspace_state(any_workspace)
    with pytest.raises(QgsProcessingException, match="no RT or RW") as caught:
        processing.run("csiap:attachtoareas", {"WORKSPACE": any_workspace})
    # The traceback's frames hold QGIS objects; freed now, not after QGIS has exited.
    traceback.clear_frames(caught.tb)
    assert workspace_state(any_workspace) == before
