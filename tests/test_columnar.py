"""The columnar path of csiap:areaindicators (OGR's Arrow stream, numpy's
point-in-polygon and tallies) against the feature-by-feature path through
QGIS and GEOS: the same rows on random RT grids with points on shared edges,
on vertices, in holes and outside, and on random answers; and the pieces by
hand (the attach rule's boundary cases, booleans read back as written)."""

import os
import shutil

import numpy
import pytest
from csiap_planner.core.pointinarea import AreaGrid, polygon_rings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import MultiPolygon, Point, Polygon, box

X0, Y0 = 700000.0, 9300000.0
YEAR = 2026
ACCESS = ["own", "shared", "public", "none", None]
TOILET = ["flush", "pit_slab", "pit_open", "hanging", "none", None]
CONTAINMENT = ["septic_tank", "sewer", "pit", "open_drain", "unknown", None]
WATER = ["piped", "protected_well", "unprotected_well", "borehole", "surface", None]
WASTE = ["collected", "burned", "river", "open_dump", None]
HANDS = ["soap_water", "water_only", "none", None]


# --- By hand ----------------------------------------------------------------------

def grid_of(polygons):
    areas = [(polygon_rings(p.wkb), p.bounds) for p in polygons]
    return AreaGrid(areas, list(range(len(polygons))))


def test_points_on_edges_vertices_and_holes_by_hand():
    left = Polygon(box(0, 0, 10, 10).exterior.coords, [box(4, 4, 6, 6).exterior.coords])
    right = box(10, 0, 20, 10)
    triangle = Polygon([(20, 0), (30, 0), (20, 10)])  # a diagonal edge from (30, 0) to (20, 10)
    grid = grid_of([left, right, triangle])
    points = {
        (2, 2): 0,      # inside the first square
        (5, 5): -1,     # in its hole
        (4, 5): 0,      # on the hole's edge: the boundary of area 0 only
        (10, 5): 0,     # on the shared edge: the lower rank
        (10, 10): 0,    # a shared vertex
        (15, 5): 1,
        (20, 5): 1,     # shared by the square and the triangle: rank 1 before 2
        (25, 5): 2,     # exactly on the diagonal (30 - 5 = 25): its boundary, no other area
        (25.000000001, 5): -1,  # just beyond it
        (24.999999999, 5): 2,
        (30, 0): 2,     # a vertex
        (-1, 5): -1, (31, 0): -1,
    }
    xy = numpy.array(list(points), dtype=float)
    where, unsure = grid.locate(xy[:, 0], xy[:, 1])
    assert dict(zip(points, where.tolist())) == points
    assert not unsure.any()
    where, _unsure = grid.locate(numpy.array([numpy.nan]), numpy.array([1.0]))
    assert where.tolist() == [-1]


def test_ranks_and_what_the_grid_cannot_test():
    square = box(0, 0, 10, 10)
    # Two areas drawn over each other: interior in both, the lower rank wins, whatever the order.
    grid = AreaGrid([(polygon_rings(square.wkb), square.bounds)] * 2, [1, 0])
    assert grid.locate(numpy.array([5.0]), numpy.array([5.0]))[0].tolist() == [1]
    # An area that is not plain polygons is handed back for its nearby points only.
    grid = AreaGrid([(None, (0, 0, 10, 10)), (polygon_rings(box(20, 0, 30, 10).wkb), (20, 0, 30, 10))], [0, 1])
    where, unsure = grid.locate(numpy.array([5.0, 25.0]), numpy.array([5.0, 5.0]))
    assert unsure.tolist() == [True, False] and where.tolist()[1] == 1
    assert polygon_rings(Point(1, 2).wkb) is None


# --- Columnar against feature by feature, on random workspaces -------------------------

def lattice(rng, nx, ny):
    """Vertices of a grid of 100 m cells, the inner ones moved by up to 30 m in
    steps of 0.5 m: shared edges slant, and their midpoints stay exact numbers."""
    points = {}
    for i in range(nx + 1):
        for j in range(ny + 1):
            inner = 0 < i < nx and 0 < j < ny
            dx, dy = (rng.randint(-60, 60) / 2, rng.randint(-60, 60) / 2) if inner else (0, 0)
            points[i, j] = (X0 + 100 * i + dx, Y0 + 100 * j + dy)
    return points


def areas_of(rng, nx, ny):
    """RT polygons over the lattice: some cells split along a diagonal into two RT,
    one with a hole, one RT drawn as two polygons, codes that sort as numbers."""
    corners = lattice(rng, nx, ny)
    rows, number = [], 0
    for j in range(ny):
        for i in range(nx):
            a, b, c, d = corners[i, j], corners[i + 1, j], corners[i + 1, j + 1], corners[i, j + 1]
            pieces = [Polygon([a, b, c]), Polygon([a, c, d])] if rng.random() < 0.3 else [Polygon([a, b, c, d])]
            for piece in pieces:
                number += 1
                if len(pieces) == 1 and rng.random() < 0.15:
                    centre = piece.centroid
                    piece = Polygon(piece.exterior.coords, [box(centre.x - 10, centre.y - 10,
                                                                centre.x + 10, centre.y + 10).exterior.coords])
                rw = "{}".format(1 + i * 3 // nx) if rng.random() < 0.5 else "0{}".format(1 + i * 3 // nx)
                rows.append({"uuid": "rt-{}".format(number), "rw": rw, "code": str(rng.choice([number, number + 8])),
                             "population": rng.choice([None, 0, 120, 450]), "name": "RT {}".format(number),
                             "geometry": piece})
    if rng.random() < 0.5:  # the same code drawn twice: one area
        twin = dict(rows[0], uuid="rt-twin", geometry=box(X0 + 100 * nx, Y0, X0 + 100 * nx + 40, Y0 + 40))
        rows.append(twin)
    return rows, corners


def points_of(rng, corners, count, nx, ny):
    """Points on lattice vertices, on edge midpoints (exact), a third of the way
    along an edge (rounded), in holes, outside, and anywhere."""
    vertices = list(corners.values())
    points = []
    for _ in range(count):
        kind = rng.random()
        if kind < 0.15:
            points.append(Point(rng.choice(vertices)))
        elif kind < 0.35:
            (i, j) = rng.choice(list(corners))
            k = (min(i + 1, nx), j) if rng.random() < 0.5 else (i, min(j + 1, ny))
            (ax, ay), (bx, by) = corners[i, j], corners[k]
            share = 0.5 if rng.random() < 0.6 else 1 / 3
            points.append(Point(ax + (bx - ax) * share, ay + (by - ay) * share))
        elif kind < 0.4:
            points.append(Point(X0 - 5 - rng.random() * 50, Y0 + rng.random() * 100))
        else:
            points.append(Point(X0 + rng.uniform(0, 100 * nx), Y0 + rng.uniform(0, 100 * ny)))
    return points


def households_of(rng, points):
    rows = []
    for n, point in enumerate(points):
        rows.append({
            "uuid": "hh-{}".format(n), "geometry": point, "members": rng.choice([None, 1, 4, 7]),
            "low_income": rng.choice([None, True, False]), "standing_water": rng.choice([None, True, False]),
            "toilet_access": rng.choice(ACCESS), "toilet_type": rng.choice(TOILET),
            "containment": rng.choice(CONTAINMENT), "water_source": rng.choice(WATER),
            "solid_waste": rng.choice(WASTE), "handwashing": rng.choice(HANDS),
            "last_desludged_year": rng.choice([None, 2015, 2021, 2024, YEAR]),
            "well_distance_m": rng.choice([None, 3.5, 9.999, 10.0, 10.5, rng.uniform(0, 25)]),
        })
    return rows


def fresh_workspace(sample_workspace, folder, name):
    gpkg, project = sample_workspace
    target = os.path.join(folder, name + ".gpkg")
    shutil.copy(gpkg, target)
    shutil.copy(project, os.path.join(folder, name + os.path.splitext(project)[1]))
    return target


def same_rows(path, level, **parameters):
    from csiap_planner.workspace.indicators import compute_indicators

    runs = [compute_indicators(path, level, reference_year=YEAR, columnar=columnar, **parameters)
            for columnar in (False, True)]
    rows = [[{k: v for k, v in row.items() if k not in ("uuid", "computed_at")} for row in run.rows]
            for run in runs]
    assert rows[1] == rows[0]
    assert (runs[1].outside, runs[1].thin, runs[1].uncoded) == (runs[0].outside, runs[0].thin, runs[0].uncoded)
    return runs[1]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2 ** 32 - 1), nx=st.integers(1, 5), ny=st.integers(1, 4), count=st.integers(0, 300))
def test_columnar_gives_the_rows_of_feature_by_feature(qgis_app, sample_workspace, seed_rows, tmp_path_factory,
                                                       seed, nx, ny, count):
    import random

    # A seed, not st.randoms(): hundreds of points drawn one by one exceed hypothesis's entropy limit.
    rng = random.Random(seed)
    path = fresh_workspace(sample_workspace, str(tmp_path_factory.mktemp("columnar")), "random")
    rt, corners = areas_of(rng, nx, ny)
    seed_rows(path, "rt", rt)
    points = points_of(rng, corners, count, nx, ny)
    households = households_of(rng, points)
    seed_rows(path, "households", households)
    seed_rows(path, "problems", [
        {"uuid": "p-{}".format(n), "geometry": point, "category": rng.choice(["genangan", "babs", "other", None]),
         "season": rng.choice(["rainy", "dry", None])} for n, point in enumerate(points[::7])])
    # Public wells 6-8-10 m from a septic tank (10 m: not closer than SNI 03-2398-2002 allows), and other kinds.
    tanks = [h["geometry"] for h in households if h["containment"] == "septic_tank"]
    seed_rows(path, "facilities", [
        {"uuid": "f-{}".format(n), "kind": rng.choice(["public_well", "public_well", "mosque"]),
         "geometry": Point(tank.x + dx, tank.y + dy)}
        for n, (tank, (dx, dy)) in enumerate(zip(tanks[:12], [(6, 8), (6, 7.99), (0, 9.5), (10, 0)] * 3))])
    run = same_rows(path, "RT", min_surveyed=rng.choice([1, 5, 10]))
    assert len(run.rows) >= 1


def test_rw_level_and_a_polygon_made_valid(qgis_app, sample_workspace, seed_rows, tmp_path):
    import random

    rng = random.Random(5)
    path = fresh_workspace(sample_workspace, str(tmp_path), "rw")
    corners = lattice(rng, 4, 3)
    rows = []
    for n, i in enumerate(range(0, 4, 2)):
        ring = [corners[i, 0], corners[i + 2, 0], corners[i + 2, 3], corners[i, 3]]
        rows.append({"uuid": "rw-{}".format(n), "code": "{:02d}".format(n + 1), "geometry": Polygon(ring)})
    # A bow-tie (self-crossing, invalid): QGIS makes it valid, and both paths test that.
    rows.append({"uuid": "rw-bow", "code": "10", "geometry": Polygon(
        [(X0 + 500, Y0), (X0 + 600, Y0 + 100), (X0 + 600, Y0), (X0 + 500, Y0 + 100)])})
    rows.append({"uuid": "rw-multi", "code": "3", "geometry": MultiPolygon(
        [box(X0 + 700, Y0, X0 + 750, Y0 + 50), box(X0 + 800, Y0, X0 + 850, Y0 + 50)])})
    seed_rows(path, "rw", rows)
    points = points_of(rng, corners, 400, 4, 3) + [Point(X0 + 550, Y0 + 50), Point(X0 + 550, Y0 + 20),
                                                   Point(X0 + 575, Y0 + 50), Point(X0 + 750, Y0 + 25)]
    seed_rows(path, "households", households_of(rng, points))
    run = same_rows(path, "RW")
    assert {row["rw"] for row in run.rows} == {"01", "02", "10", "3"}
    assert sum(row["households_surveyed"] for row in run.rows if row["rw"] == "10") >= 2


@pytest.mark.parametrize("through", ["integers", "sqlite"])
def test_booleans_and_nulls_read_back_as_written(qgis_app, sample_workspace, seed_rows, tmp_path, monkeypatch,
                                                 through):
    """GDAL 3.6.2's Arrow stream loses boolean values: the reader must not, whether
    it reads them as integers (where GDAL lets it) or from sqlite (where not)."""
    import random

    from csiap_planner.workspace import columnar
    from csiap_planner.workspace.columnar import read_columns
    from osgeo import ogr

    if through == "sqlite":
        monkeypatch.setattr(columnar, "_boolean_as_integer", lambda field_definition: False)

    rng = random.Random(2)
    path = fresh_workspace(sample_workspace, str(tmp_path), "flags")
    rows = households_of(rng, [Point(X0 + n, Y0) for n in range(2000)])
    seed_rows(path, "households", rows)
    got = read_columns(path, "households", ["low_income", "standing_water", "members", "toilet_access"])
    dataset = ogr.Open(path)
    order = [f.GetField("uuid") for f in dataset.GetLayerByName("households")]
    dataset = None
    by_uuid = {row["uuid"]: row for row in rows}
    for name in ("low_income", "standing_water", "members", "toilet_access"):
        column = got[name]
        assert [column.values[c] for c in column.codes] == [by_uuid[u][name] for u in order], name
    assert got.x.tolist() == [by_uuid[u]["geometry"].x for u in order]


@pytest.mark.parametrize("wkt", ["POINT Z (700010 9300010 5)", "MULTIPOINT ((700010 9300010))"])
def test_geometries_other_than_2d_points(qgis_app, sample_workspace, seed_rows, tmp_path, wkt):
    """A point with a height, or a multipoint OGR let into the layer: placed as QGIS places it."""
    from osgeo import ogr
    from shapely import wkt as shapely_wkt

    path = fresh_workspace(sample_workspace, str(tmp_path), "odd")
    seed_rows(path, "rt", [{"uuid": "a", "rw": "01", "code": "01", "geometry": box(X0, Y0, X0 + 50, Y0 + 50)}])
    seed_rows(path, "households", [{"uuid": "h", "toilet_access": "own", "geometry": Point(X0 + 1, Y0 + 1)}])
    dataset = ogr.Open(path, 1)
    layer = dataset.GetLayerByName("households")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature["uuid"] = "odd"
    feature.SetGeometry(ogr.CreateGeometryFromWkt(shapely_wkt.loads(wkt).wkt))
    layer.CreateFeature(feature)
    dataset = layer = feature = None
    run = same_rows(path, "RT")
    assert run.rows[0]["households_surveyed"] in (1, 2)


# --- PostGIS: counted in the database, the same rows as the GeoPackage ------------------

def seed_postgis(server, reference, layer_name, rows):
    """Write rows into a workspace schema with psycopg2 on a connection of its own
    (independent of the plugin), ``geometry`` a shapely geometry."""
    import psycopg2
    from psycopg2 import sql

    schema_name = reference.rsplit("schema=", 1)[1]
    connection = psycopg2.connect(server)
    with connection, connection.cursor() as cursor:
        cursor.execute("SELECT srid, type FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s",
                       (schema_name, layer_name))
        srid, kind = cursor.fetchone()
        for row in rows:
            names = [name for name, value in row.items() if value is not None and name != "geometry"]
            geometry = row["geometry"]
            if kind.upper().startswith("MULTI") and geometry.geom_type == "Polygon":
                geometry = MultiPolygon([geometry])
            cursor.execute(sql.SQL("INSERT INTO {} ({}, geom) VALUES ({}, ST_GeomFromText(%s, %s))").format(
                sql.Identifier(schema_name, layer_name), sql.SQL(", ").join(map(sql.Identifier, names)),
                sql.SQL(", ").join(sql.Placeholder() * len(names))),
                [row[name] for name in names] + [geometry.wkt, srid])
    connection.close()


def comparable(run):
    return [{k: v for k, v in row.items() if k not in ("uuid", "computed_at")} for row in run.rows]


@pytest.mark.parametrize("seed", [3, 11])
def test_postgis_counts_in_the_database_the_rows_of_the_geopackage(
        qgis_app, sample_workspace, seed_rows, tmp_path, postgis_server, postgis_reference, seed):
    import random

    from csiap_planner.workspace import create_workspace
    from csiap_planner.workspace.indicators import compute_indicators

    from tests.conftest import boundary_layer

    create_workspace(postgis_reference, "Pondok Pinang", boundary=boundary_layer(), kecamatan="Kebayoran Lama")
    path = fresh_workspace(sample_workspace, str(tmp_path), "pg")
    rng = random.Random(seed)
    rt, corners = areas_of(rng, 4, 3)
    points = points_of(rng, corners, 400, 4, 3)
    households = households_of(rng, points)
    tanks = [h["geometry"] for h in households if h["containment"] == "septic_tank"]
    layers = {
        "rt": rt, "households": households,
        "problems": [{"uuid": "p-{}".format(n), "geometry": point, "category": rng.choice(["genangan", "babs", None]),
                      "season": rng.choice(["rainy", None])} for n, point in enumerate(points[::5])],
        "facilities": [{"uuid": "f-{}".format(n), "kind": kind, "geometry": Point(tank.x + dx, tank.y + dy)}
                       for n, (tank, (dx, dy), kind) in enumerate(zip(
                           tanks, [(6, 8), (6, 7.99), (0, 9.5), (10, 0), (30, 0)] * 2,
                           ["public_well"] * 8 + ["mosque"] * 2))],
    }
    for name, rows in layers.items():
        seed_rows(path, name, rows)
        seed_postgis(postgis_server, postgis_reference, name, rows)
    expected = compute_indicators(path, "RT", reference_year=YEAR, columnar=False)
    in_database = compute_indicators(postgis_reference, "RT", reference_year=YEAR)
    assert comparable(in_database) == comparable(expected)
    assert (in_database.outside, in_database.thin) == (expected.outside, expected.thin)
    assert sum(row["public_wells_near_septic"] for row in expected.rows) >= 1
    by_features = compute_indicators(postgis_reference, "RT", reference_year=YEAR, columnar=False)
    assert comparable(by_features) == comparable(expected)
