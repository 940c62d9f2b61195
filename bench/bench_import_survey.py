"""Benchmark: csiap:importsurvey of a 100,000-row household CSV against
``ogr2ogr`` CSV → GeoPackage of the same file, in the same run.

The CSV repeats the synthetic sample's KoboToolbox-style rows with fresh
uuids. ours = read, check coordinates (Indonesia, kelurahan), convert every
answer, write into a fresh workspace in one transaction; the anchor only
parses and copies. Target (issue 3): ≤ 1.5×. Best of 5, the runs of the two
interleaved (a busy moment of a shared machine then hits both), in wall-clock
time and in CPU time (steadier where other work competes for the cores).

Run by hand: ``make bench``.
"""

import csv
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scripts"))
from qgis_app import ROOT, start  # noqa: E402

ROWS = 100000
REPEAT = 5
SAMPLE = os.path.join(ROOT, "sample")


def make_csv(path, rows):
    with open(os.path.join(SAMPLE, "survey_households_synthetic.csv"), encoding="utf-8") as handle:
        sample = list(csv.DictReader(handle, delimiter=";"))
    rng = random.Random(1)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(sample[0]), delimiter=";")
        writer.writeheader()
        for n in range(rows):
            row = dict(sample[n % len(sample)])
            row["_uuid"] = "{:032x}".format(rng.getrandbits(128))
            writer.writerow(row)


def cpu_seconds():
    """CPU time (user + system) of this process and of its finished children."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(function):
    """Wall-clock and CPU seconds of one call."""
    started, cpu = time.perf_counter(), cpu_seconds()
    function()
    return time.perf_counter() - started, cpu_seconds() - cpu


def main():
    start()
    import processing

    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "households.csv")
        make_csv(source, ROWS)
        empty = os.path.join(folder, "empty.gpkg")
        processing.run("csiap:createworkspace", {
            "KELURAHAN": "Pondok Pinang", "BOUNDARY": os.path.join(SAMPLE, "pondok_pinang.gpkg|layername=kelurahan"),
            "OUTPUT": empty})
        workspace = os.path.join(folder, "w.gpkg")
        anchor_out = os.path.join(folder, "anchor.gpkg")

        def ours():
            shutil.copy(empty, workspace)
            result = processing.run("csiap:importsurvey", {"INPUT": source, "TARGET": 0, "WORKSPACE": workspace})
            assert result["INSERTED"] == ROWS, result

        def anchor():
            if os.path.exists(anchor_out):
                os.remove(anchor_out)
            subprocess.run(["ogr2ogr", "-f", "GPKG", anchor_out, source, "-oo", "X_POSSIBLE_NAMES=_location_longitude",
                            "-oo", "Y_POSSIBLE_NAMES=_location_latitude", "-a_srs", "EPSG:4326", "-nln", "households"],
                           check=True)

        runs = {ours: [], anchor: []}
        for _ in range(REPEAT):
            for function in (anchor, ours):
                runs[function].append(timed(function))
    for n, clock in enumerate(("wall-clock", "CPU")):
        ours_seconds, anchor_seconds = (min(run[n] for run in runs[f]) for f in (ours, anchor))
        print("{} rows, {} time: importsurvey {:.2f} s, ogr2ogr {:.2f} s, ratio {:.2f} (target ≤ 1.5)".format(
            ROWS, clock, ours_seconds, anchor_seconds, ours_seconds / anchor_seconds))


if __name__ == "__main__":
    main()
