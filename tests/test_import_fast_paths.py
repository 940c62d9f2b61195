"""The survey import's fast paths give what the slow ones gave (issue 18, part 6):
the R-tree packed whole against the one SQLite's rtree module builds entry by entry,
read with sqlite3; plain-decimal coordinates against core.survey's reading; and an
imported survey's spatial index against the geometries, with shapely and sqlite3."""

import os
import random
import sqlite3
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import faults  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYNTHETIC = os.path.join(ROOT, "sample", "survey_households_synthetic.csv")
WINDOW = "SELECT id FROM r WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ? ORDER BY id"


def _rtree():
    connection = sqlite3.connect(":memory:", isolation_level=None)
    connection.execute("PRAGMA page_size = 4096")   # a GeoPackage's, as GDAL makes it
    connection.execute('CREATE VIRTUAL TABLE "r" USING rtree(id, minx, maxx, miny, maxy)')
    return connection


def _points(rng, count, first=1):
    points = {first + i: (rng.uniform(690000, 700000), rng.uniform(9300000, 9320000)) for i in range(count)}
    if count > 3:   # where rounding to 4-byte floats goes the other way
        points[first] = (-12.345678901, -0.000001234)
        points[first + 1] = (1e-40, 106.8123456789)
    return points


def _insert_one_by_one(connection, points):
    connection.executemany("INSERT OR REPLACE INTO r VALUES (?, ?, ?, ?, ?)",
                           [(fid, x, x, y, y) for fid, (x, y) in points.items()])


@pytest.mark.parametrize("count", [0, 1, 51, 52, 3000, 20000])
def test_the_packed_rtree_holds_what_sqlite_would_and_answers_the_same(count):
    from csiap_planner.workspace.geopackage import write_rtree

    rng = random.Random(count)
    points = _points(rng, count)
    # Then, as re-imports update and add: a few entries moved and some new (inserted one by
    # one into the packed tree), then every entry moved and more new (the tree packed anew).
    few = {fid: (x + 5.5, y - 5.5) for fid, (x, y) in list(points.items())[:count // 10]}
    few.update(_points(rng, 3, first=count + 1))
    every = {fid: (x - 2.25, y + 2.25) for fid, (x, y) in points.items()}
    every.update(_points(rng, 10, first=count + 4))
    ours, theirs = _rtree(), _rtree()
    for batch in (points, few, every):
        _insert_one_by_one(theirs, batch)
        ours.execute("BEGIN")
        write_rtree(ours, "r", batch)
        ours.execute("COMMIT")
        # The same boxes to the bit (the same outward rounding), and a tree SQLite finds sound.
        assert sorted(ours.execute("SELECT * FROM r")) == sorted(theirs.execute("SELECT * FROM r"))
        assert ours.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    for _ in range(100):
        x, y = rng.uniform(689000, 701000), rng.uniform(9299000, 9321000)
        window = (x + 800, x, y + 1500, y)
        assert ours.execute(WINDOW, window).fetchall() == theirs.execute(WINDOW, window).fetchall()
    # SQLite's own deletes and inserts go on working on the packed tree.
    for connection in (ours, theirs):
        connection.execute("DELETE FROM r WHERE id % 3 = 0")
        _insert_one_by_one(connection, {-7: (695000.0, 9310000.0)})
    assert sorted(ours.execute("SELECT * FROM r")) == sorted(theirs.execute("SELECT * FROM r"))
    assert ours.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"


CELLS = ["-6.2734648", "106.7844584", "+6.25", "-.5", ".5", "0", "-0", "00.10", "12", "6.", "1,5", " -6.27 ",
         "6.2\u00a0", "\u22126.27", "1e5", "1.234", "1.234,5", "١٢.٥", "", None, 6.25, -6, "abc", "6.2.3", "--6"]


@pytest.mark.parametrize("latitude", CELLS)
def test_plain_decimal_coordinates_read_as_core_survey_reads_them(latitude):
    from csiap_planner.core.survey import BadValue, read_coordinates
    from csiap_planner.workspace.survey import _latlon_reader

    how = ("latlon", 0, 1)
    for row in ([latitude, "106.78"], ["-6.27", latitude]):
        try:
            expected = read_coordinates(row, how)
        except BadValue as error:
            with pytest.raises(BadValue) as raised:
                _latlon_reader(how)(row)
            assert raised.value.text("en") == error.text("en")
            continue
        got = _latlon_reader(how)(row)
        assert got == expected and repr(got) == repr(expected)   # -0.0 stays -0.0


def test_an_imported_survey_has_a_sound_spatial_index(workspace_copy, csiap_processing):
    from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer
    from shapely import wkb
    from shapely.geometry import box

    import processing

    for _again in range(2):   # the second import updates every row
        processing.run("csiap:importsurvey", {"INPUT": SYNTHETIC, "TARGET": 0, "WORKSPACE": workspace_copy})
        assert faults.damage(workspace_copy) == []
        with sqlite3.connect(workspace_copy) as db:
            assert db.execute("SELECT rtreecheck('rtree_households_geom')").fetchone()[0] == "ok"
            points = {fid: wkb.loads(bytes(blob[8:])) for fid, blob in db.execute("SELECT fid, geom FROM households")}
    assert len(points) > 1000
    xs, ys = [p.x for p in points.values()], [p.y for p in points.values()]
    layer = QgsVectorLayer(workspace_copy + "|layername=households", "households", "ogr")
    rng = random.Random(5)
    for _ in range(20):   # QGIS's rectangle filter, which asks the R-tree, against shapely
        x, y = rng.uniform(min(xs), max(xs)), rng.uniform(min(ys), max(ys))
        window = box(x, y, x + 150, y + 150)
        expected = sorted(fid for fid, point in points.items() if window.intersects(point))
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(x, y, x + 150, y + 150))
        assert sorted(f.id() for f in layer.getFeatures(request)) == expected
