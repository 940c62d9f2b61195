"""Benchmark: csiap:areaindicators against two anchors in the same run.

For N generated households × M generated RT polygons (a jittered grid in
UTM 48S), three ways to count households per RT:

- ours: ``workspace.indicators.compute_indicators`` (attach rule, every
  indicator, risk index, written to the workspace);
- geopandas: ``sjoin(points, rt, predicate="intersects")`` + ``groupby`` of
  the JMP ladder step (counts only: less work than ours);
- QGIS native: ``native:joinattributesbylocation`` + ``native:aggregate``.

Each run is a fresh process so that its peak memory (ru_maxrss) is its own.
Targets (issue 4): ours ≤ 1.0× geopandas, ≤ 1 GB at 1 M × 10 k.

Run by hand: ``make bench`` runs the small sizes; ``python bench/bench_area_indicators.py
1000000x10000`` one size. Data is made once per size in a temporary folder.
"""

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scripts"))
from qgis_app import start  # noqa: E402

X0, Y0 = 700000.0, 9300000.0
SIZES = ("10000x2000", "100000x2000", "100000x10000")
METHODS = ("ours", "geopandas", "qgis")
ACCESS = ("own", "own", "own", "shared", "public", "none", None)
CONTAINMENT = ("septic_tank", "septic_tank", "pit", "open_drain", "unknown", None)


def make_data(folder, households, areas):
    """A workspace with ``areas`` RT polygons and ``households`` households."""
    start()
    from csiap_planner.workspace import create_workspace
    from csiap_planner.workspace.geopackage import upsert_points, write_rows
    from qgis.core import QgsCoordinateReferenceSystem
    from shapely.geometry import MultiPolygon, box

    path = os.path.join(folder, "bench.gpkg")
    side = int(areas ** 0.5)
    cell = 100.0
    create_workspace(path, "Bench", crs=QgsCoordinateReferenceSystem("EPSG:32748"))
    rng = random.Random(1)
    rows = []
    for k in range(areas):
        i, j = k % side, k // side
        rows.append({"uuid": "rt{}".format(k), "rw": "{:03d}".format(j // 10 + 1), "code": "{:03d}".format(k + 1),
                     "wkb": MultiPolygon([box(X0 + i * cell, Y0 + j * cell, X0 + (i + 1) * cell,
                                              Y0 + (j + 1) * cell)]).wkb})
    write_rows(path, {"rt": rows})
    width, height = side * cell, (areas // side + 1) * cell
    names = ["uuid", "members", "toilet_access", "toilet_type", "containment", "last_desludged_year",
             "water_source", "handwashing", "solid_waste", "standing_water"]
    points = []
    for n in range(households):
        points.append((["h{}".format(n), rng.randint(1, 8), rng.choice(ACCESS), rng.choice(("flush", "pit_slab", None)),
                        rng.choice(CONTAINMENT), rng.choice((None, 2015, 2020, 2024)),
                        rng.choice(("piped", "borehole", "unprotected_well")), rng.choice(("soap_water", "none")),
                        rng.choice(("collected", "burned")), rng.random() < 0.3],
                       (X0 + rng.uniform(0, width), Y0 + rng.uniform(0, height))))
    upsert_points(path, "households", names, points)
    return path


def run_ours(path):
    from csiap_planner.workspace.indicators import compute_indicators

    run = compute_indicators(path, "RT")
    return sum(row["households_surveyed"] for row in run.rows)


def run_geopandas(path):
    import geopandas
    import numpy

    households = geopandas.read_file(path, layer="households").drop(columns=["rw", "rt"])
    rt = geopandas.read_file(path, layer="rt")[["rw", "code", "geometry"]]
    joined = geopandas.sjoin(households, rt, how="inner", predicate="intersects")
    joined = joined[~joined.index.duplicated()]
    step = numpy.where(joined.toilet_access == "none", "open_defecation",
                       numpy.where(joined.toilet_access.isin(["shared", "public"]), "limited", "basic"))
    counts = joined.assign(step=step).groupby(["rw", "code", "step"]).size()
    return int(counts.sum())


def run_qgis(path):
    import processing

    joined = processing.run("native:joinattributesbylocation", {
        "INPUT": path + "|layername=households", "JOIN": path + "|layername=rt", "PREDICATE": [0],
        "JOIN_FIELDS": ["rw", "code"], "METHOD": 1, "PREFIX": "area_", "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    aggregated = processing.run("native:aggregate", {
        "INPUT": joined, "GROUP_BY": "concat(\"area_rw\", '/', \"area_code\")",
        "AGGREGATES": [{"aggregate": "count", "delimiter": ",", "input": "\"uuid\"", "length": 0,
                        "name": "households", "precision": 0, "type": 2}],
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    return int(sum(f["households"] for f in aggregated.getFeatures() if f["households"]))


def measure(method, path):
    """Run one method in this process; print JSON with seconds and peak MB."""
    start()
    function = {"ours": run_ours, "geopandas": run_geopandas, "qgis": run_qgis}[method]
    started = time.perf_counter()
    counted = function(path)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"method": method, "seconds": seconds, "peak_mb": peak, "counted": counted}))


def main(sizes):
    print("{:>14} {:>10} {:>9} {:>9} {:>8}".format("size", "method", "seconds", "peak MB", "× gpd"))
    for size in sizes:
        households, areas = (int(x) for x in size.split("x"))
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run([sys.executable, __file__, "--make", folder, str(households), str(areas)], check=True)
            path = os.path.join(folder, "bench.gpkg")
            results = {}
            for method in METHODS:
                out = subprocess.run([sys.executable, __file__, "--measure", method, path], check=True,
                                     capture_output=True, text=True).stdout
                results[method] = json.loads(out.strip().splitlines()[-1])
            anchor = results["geopandas"]["seconds"]
            for method in METHODS:
                r = results[method]
                print("{:>14} {:>10} {:>9.2f} {:>9.0f} {:>8.2f}   ({} counted)".format(
                    size, method, r["seconds"], r["peak_mb"], r["seconds"] / anchor, r["counted"]))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make_data(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1:2] == ["--measure"]:
        measure(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1:] or SIZES)
