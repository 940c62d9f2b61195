"""Benchmark: csiap:areaindicators against geopandas, in the same run (issue 18 part 6).

For N generated households × M generated RT polygons (a jittered grid in
UTM 48S), each way of counting households per RT runs in a process of its own,
so that its peak memory (ru_maxrss of the child) is its own:

- ours: ``workspace.indicators.compute_indicators`` on the GeoPackage (attach
  rule, every indicator, risk index, written to the workspace);
- postgis: the same on a PostGIS schema filled with the same rows (the same seed), where the
  PostGIS backend is there and ``CSIAP_TEST_PG`` names a server
  (``scripts/with_postgres.sh`` gives a throw-away one);
- geopandas: current geopandas with pyogrio and shapely 2, pip-installed into
  ``build/bench-venv`` (made here, without the system's packages):
  ``read_file`` + ``sjoin(predicate="intersects")`` + ``groupby`` of the
  JMP ladder step (counts only: less work than ours). The anchor;
- qgis (``--qgis``): ``native:joinattributesbylocation`` + ``native:aggregate``.

Targets (issue 18): ours ≤ 1.0× geopandas, ≤ 1 GB peak at 1 M × 10 k.

Run by hand: ``make bench`` runs the default sizes (100 k × 2 k and 1 M × 10 k);
``python bench/bench_area_indicators.py 100000x2000`` one size. Data is made
once per size under build/bench-data and copied for each run.
"""

import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts"))

X0, Y0 = 700000.0, 9300000.0
SIZES = ("100000x2000", "1000000x10000")
ACCESS = ("own", "own", "own", "shared", "public", "none", None)
CONTAINMENT = ("septic_tank", "septic_tank", "pit", "open_drain", "unknown", None)
BENCH_VENV = os.path.join(ROOT, "build", "bench-venv")
BENCH_PACKAGES = ("geopandas", "pyogrio", "shapely")
DATA = os.path.join(ROOT, "build", "bench-data")


def make_data(folder, households, areas):
    """A workspace GeoPackage with ``areas`` RT polygons and ``households`` households."""
    path = os.path.join(folder, "bench.gpkg")
    fill(path, households, areas)
    return path


def fill(target, households, areas):
    """Create the workspace ``target`` (a GeoPackage or a PostGIS schema) and fill it:
    the same rows for the same sizes (one seed)."""
    from qgis_app import start

    start()
    from csiap_planner.workspace import create_workspace
    from csiap_planner.workspace.storage import upsert_points, write_rows
    from qgis.core import QgsCoordinateReferenceSystem
    from shapely.geometry import MultiPolygon, box

    side = int(areas ** 0.5)
    cell = 100.0
    create_workspace(target, "Bench", crs=QgsCoordinateReferenceSystem("EPSG:32748"))
    rng = random.Random(1)
    rows = []
    for k in range(areas):
        i, j = k % side, k // side
        rows.append({"uuid": "rt{}".format(k), "rw": "{:03d}".format(j // 10 + 1), "code": "{:03d}".format(k + 1),
                     "wkb": MultiPolygon([box(X0 + i * cell, Y0 + j * cell, X0 + (i + 1) * cell,
                                              Y0 + (j + 1) * cell)]).wkb})
    write_rows(target, {"rt": rows})
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
    upsert_points(target, "households", names, points)


def run_ours(path):
    from csiap_planner.workspace.indicators import compute_indicators

    run = compute_indicators(path, "RT")
    return sum(row["households_surveyed"] for row in run.rows)


def run_postgis(path):
    return run_ours(path)  # the same call: the reference names a PostGIS schema


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


RUNS = {"ours": run_ours, "postgis": run_postgis, "geopandas": run_geopandas, "qgis": run_qgis}


def measure(method, path):
    """Run one method in this process; print JSON with seconds and peak MB."""
    if method != "geopandas":  # the bench venv has no QGIS, and needs none
        from qgis_app import start

        start()
    started = time.perf_counter()
    counted = RUNS[method](path)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"method": method, "seconds": seconds, "peak_mb": peak, "counted": counted}))


def bench_python():
    """The bench venv's python, made (python3 -m venv, pip) where it is missing."""
    python = os.path.join(BENCH_VENV, "bin", "python")
    check = [python, "-c", "import geopandas, pyogrio, shapely"]
    if not os.path.exists(python) or subprocess.run(check, capture_output=True).returncode != 0:
        subprocess.run(["/usr/bin/python3", "-m", "venv", "--clear", BENCH_VENV], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", *BENCH_PACKAGES], check=True)
    return python


def versions(python):
    code = ("import geopandas, pyogrio, shapely; print('geopandas', geopandas.__version__, '· pyogrio',"
            " pyogrio.__version__, '(GDAL', pyogrio.__gdal_version_string__ + ') · shapely', shapely.__version__)")
    return subprocess.run([python, "-c", code], check=True, capture_output=True, text=True).stdout.strip()


def data_for(households, areas):
    """The bench workspace of that size, made once under build/bench-data."""
    folder = os.path.join(DATA, "{}x{}".format(households, areas))
    path = os.path.join(folder, "bench.gpkg")
    if not os.path.exists(path):
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        subprocess.run([sys.executable, __file__, "--make", folder, str(households), str(areas)], check=True)
    return path


def postgis_workspace(households, areas):
    """The same workspace in a PostGIS schema of the server ``CSIAP_TEST_PG`` names
    (database csiap_bench), or None where there is none; made per run (the server
    of scripts/with_postgres.sh is thrown away at its end)."""
    server = os.environ.get("CSIAP_TEST_PG")
    if not server:
        print("postgis: skipped (no CSIAP_TEST_PG: run through scripts/with_postgres.sh)")
        return None
    import psycopg2

    connection = psycopg2.connect(server)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = 'csiap_bench'")
        if cursor.fetchone() is None:
            cursor.execute("CREATE DATABASE csiap_bench")
    connection.close()
    database = server.rsplit("/", 1)[0] + "/csiap_bench"
    connection = psycopg2.connect(database)
    connection.autocommit = True
    name = "bench_{}x{}".format(households, areas)
    with connection.cursor() as cursor:
        cursor.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        cursor.execute("DROP SCHEMA IF EXISTS {} CASCADE".format(name))
    connection.close()
    reference = "{}?schema={}".format(database, name)
    subprocess.run([sys.executable, __file__, "--fill", reference, str(households), str(areas)], check=True)
    # The statistics autovacuum gathers a minute after a bulk load, gathered now.
    connection = psycopg2.connect(database)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()
    return reference


def run_child(python, method, path):
    out = subprocess.run([python, __file__, "--measure", method, path], check=True, capture_output=True,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(arguments):
    with_qgis = "--qgis" in arguments
    sizes = [a for a in arguments if not a.startswith("--")] or SIZES
    python = bench_python()
    print("anchor:", versions(python))
    print("{:>14} {:>10} {:>9} {:>9} {:>8}".format("size", "method", "seconds", "peak MB", "× gpd"))
    for size in sizes:
        households, areas = (int(x) for x in size.split("x"))
        source = data_for(households, areas)
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "bench.gpkg")
            results = {}
            results["geopandas"] = run_child(python, "geopandas", source)
            shutil.copy(source, path)  # ours writes its results: into a copy
            results["ours"] = run_child(sys.executable, "ours", path)
            reference = postgis_workspace(households, areas)
            if reference:
                results["postgis"] = run_child(sys.executable, "postgis", reference)
            if with_qgis:
                results["qgis"] = run_child(sys.executable, "qgis", source)
        anchor = results["geopandas"]["seconds"]
        for method, r in results.items():
            print("{:>14} {:>10} {:>9.2f} {:>9.0f} {:>8.2f}   ({} counted)".format(
                size, method, r["seconds"], r["peak_mb"], r["seconds"] / anchor, r["counted"]))
        sys.stdout.flush()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        make_data(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1:2] == ["--measure"]:
        measure(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["--fill"]:
        fill(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        main(sys.argv[1:])
