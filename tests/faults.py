"""Helpers of the fault-injection tests: a workspace examined independently of
the plugin (sqlite3 and shapely only), and an algorithm run in a process of
its own (``fault_runner.py``) that can be killed at a named point."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading

from shapely import wkb

RUNNER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fault_runner.py")
# Columns that differ between two runs of the same algorithm on the same input.
VOLATILE = ("fid",)


def _volatile(column):
    return column in VOLATILE or column.endswith("uuid") or column.endswith("_at")


def _blob_bounds(blob):
    """(minx, miny, maxx, maxy) of a GeoPackage geometry blob, None if empty."""
    flags = blob[3]
    if (flags >> 4) & 1:
        return None
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    geometry = wkb.loads(bytes(blob[8 + envelope:]))
    return None if geometry.is_empty else geometry.bounds


def _q(name):
    return '"{}"'.format(name.replace('"', '""'))


def damage(path):
    """Everything wrong with the GeoPackage at ``path`` ([] if nothing): SQLite's
    integrity_check, the R-tree and feature-count triggers of every layer, each
    R-tree against the bounding boxes of its layer's geometries, and the feature
    counts. Opened read-write, as the next program to open it would (a hot
    journal left by a killed writer is rolled back)."""
    problems = []
    db = sqlite3.connect(path)
    try:
        result = [row[0] for row in db.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            return ["integrity_check: {}".format("; ".join(result[:3]))]
        triggers = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        for table, column in db.execute(
                "SELECT table_name, column_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'"):
            for suffix in ("insert", "update1", "update2", "update3", "update4", "delete"):
                name = "rtree_{}_{}_{}".format(table, column, suffix)
                if name not in triggers:
                    problems.append("trigger {} missing".format(name))
            index = {row[0]: row[1:] for row in db.execute(
                "SELECT id, minx, maxx, miny, maxy FROM {}".format(_q("rtree_{}_{}".format(table, column))))}
            boxes = {}
            for fid, blob in db.execute("SELECT fid, {} FROM {}".format(_q(column), _q(table))):
                bounds = _blob_bounds(blob) if blob is not None else None
                if bounds is not None:
                    boxes[fid] = bounds
            if set(index) != set(boxes):
                problems.append("R-tree of {}: {} entries for {} geometries ({} stale, {} missing)".format(
                    table, len(index), len(boxes), len(set(index) - set(boxes)), len(set(boxes) - set(index))))
            for fid, (minx, miny, maxx, maxy) in boxes.items():
                if fid in index:
                    r_minx, r_maxx, r_miny, r_maxy = index[fid]
                    # The R-tree stores 32-bit floats, rounded outwards.
                    tolerance = 1e-6 * max(abs(minx), abs(miny), abs(maxx), abs(maxy), 1.0) + 1e-3
                    if max(abs(r_minx - minx), abs(r_maxx - maxx), abs(r_miny - miny), abs(r_maxy - maxy)) > tolerance:
                        problems.append("R-tree of {}: box of feature {} is not its geometry's".format(table, fid))
                        break
        for table, count in db.execute("SELECT table_name, feature_count FROM gpkg_ogr_contents"):
            for kind in ("insert", "delete"):
                name = "trigger_{}_feature_count_{}".format(kind, table)
                if name not in triggers:
                    problems.append("trigger {} missing".format(name))
            if count is not None:
                real = db.execute("SELECT count(*) FROM {}".format(_q(table))).fetchone()[0]
                if real != count:
                    problems.append("feature count of {}: {} recorded, {} rows".format(table, count, real))
    finally:
        db.close()
    return problems


def rows(path, tables=None):
    """The rows of the workspace's layers, ``{layer: sorted rows}``, without the
    columns that differ between runs (fid, uuids, timestamps)."""
    db = sqlite3.connect(path)
    try:
        names = tables or [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents")]
        state = {}
        for table in names:
            columns = [row[1] for row in db.execute("SELECT * FROM pragma_table_info(?)", (table,))
                       if not _volatile(row[1])]
            state[table] = sorted(tuple(repr(v) for v in row) for row in db.execute(
                "SELECT {} FROM {}".format(", ".join(_q(c) for c in columns), _q(table))))
        return state
    finally:
        db.close()


def leftovers(folder, expected):
    """Files and folders in ``folder`` other than ``expected`` (journals, scratch folders)."""
    return sorted(set(os.listdir(folder)) - set(expected))


class Run:
    """The outcome of an algorithm run in its own process."""

    def __init__(self, status, stdout, stderr):
        self.status, self.stdout, self.stderr = status, stdout, stderr

    @property
    def crashed(self):
        return "Traceback" in self.stderr or "CSIAP_CRASH" in self.stdout

    @property
    def errors(self):
        for line in self.stdout.splitlines():
            if line.startswith("CSIAP_ERROR "):
                return json.loads(line[len("CSIAP_ERROR "):])
        return []

    @property
    def succeeded(self):
        return any(line.startswith("CSIAP_RESULT ") for line in self.stdout.splitlines())

    def __repr__(self):
        return "Run({}, stdout={!r}, stderr={!r})".format(self.status, self.stdout[-800:], self.stderr[-1500:])


def start(algorithm, parameters, pause_at=None, environment=None):
    """Start ``csiap:<algorithm>`` in its own process; ``(process, stdout file)``."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CSIAP_PAUSE_AT=pause_at or "", **(environment or {}))
    stdout = tempfile.TemporaryFile(mode="w+")
    process = subprocess.Popen([sys.executable, RUNNER, algorithm, json.dumps(parameters)],
                               stdout=stdout, stderr=subprocess.PIPE, text=True, env=env)
    return process, stdout


def finish(process, stdout, pause_at=None, timeout=180):
    """Wait for the process; with ``pause_at``, kill it (SIGKILL) as soon as it
    stops there. Returns a ``Run`` ("killed", "finished" or "timeout")."""
    timer = threading.Timer(timeout, process.kill)
    timer.start()
    status, stderr = "finished", []
    try:
        for line in process.stderr:
            stderr.append(line)
            if pause_at and line.startswith("CSIAP_PAUSED"):
                os.kill(process.pid, signal.SIGKILL)
                status = "killed"
                break
        process.wait()
    finally:
        timer.cancel()
    if status != "killed" and process.returncode == -signal.SIGKILL:
        status = "timeout"
    stderr.extend(process.stderr.read().splitlines(True))
    stdout.seek(0)
    text = stdout.read()
    stdout.close()
    return Run(status, text, "".join(stderr))


def run(algorithm, parameters, pause_at=None, environment=None):
    process, stdout = start(algorithm, parameters, pause_at, environment)
    return finish(process, stdout, pause_at)
