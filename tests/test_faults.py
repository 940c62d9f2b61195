"""Fault injection on the workspace's write layer (issue 14).

Each writing algorithm runs in a process of its own, killed (SIGKILL) at named
points of its write (``fault_runner.py``); a full disk is a small tmpfs; two
writers and a reader run at once. After each, read independently (sqlite3,
shapely): SQLite's integrity_check is ok, every GeoPackage trigger (R-tree,
feature count) is there, every R-tree holds exactly its layer's bounding
boxes, and the rows are those from before the run or those a complete run
leaves, never anything between.
"""

import csv
import io
import os
import shutil
import subprocess
import sys
import threading
import time
import traceback
import uuid

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import faults  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample", "pondok_pinang.gpkg")
HOUSEHOLDS = os.path.join(ROOT, "sample", "survey_households_synthetic.csv")

_base = {}


@pytest.fixture()
def base(csiap_processing, tmp_path_factory, sample_workspace, import_sample):
    """A workspace with the sample's RW, RT, households and problems (made once)."""
    if "path" not in _base:
        folder = tmp_path_factory.mktemp("faults_base")
        path = str(folder / "pondok_pinang.gpkg")
        shutil.copy(sample_workspace[0], path)
        import_sample(path)
        _base["path"] = path
    return _base["path"]


def _copy(base_path, folder):
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(str(folder), "pondok_pinang.gpkg")
    shutil.copy(base_path, path)
    return path


def _households_variant(path, seed, new_share=2):
    """The sample's household CSV with every ``new_share``-th row a new household
    (a new ``_uuid``) and the others edited (one more member): inserts and updates."""
    with open(HOUSEHOLDS, encoding="utf-8") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    header, body = table[0], table[1:]
    key, members = header.index("_uuid"), header.index("members")
    for number, row in enumerate(body):
        if number % new_share == 0:
            row[key] = str(uuid.uuid5(uuid.NAMESPACE_URL, "{}-{}".format(seed, number)))
        else:
            row[members] = str(int(row[members] or 0) % 29 + 1)
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\n").writerows([header] + body)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(out.getvalue())
    return path


def _gdal_sql(path, *statements):
    """Statements through plain GDAL (the GeoPackage triggers need its SQL functions)."""
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    for statement in statements:
        dataset.ExecuteSQL(statement)
    dataset = None


def _rename_rw(path):
    """RW names that a re-import replaces: the state before is told apart from the one after."""
    _gdal_sql(path, "UPDATE rw SET name = 'sebelum'")


def _clear_attachment(path):
    _gdal_sql(path, "UPDATE households SET rw = NULL, rt = NULL", "UPDATE problems SET rw = NULL, rt = NULL")


# Every writing algorithm, with the points of its write it is killed at.
GDAL_POINTS = ("gdal-commit", "gdal-committed")
SQLITE_POINTS = ("sqlite-trigger-dropped", "sqlite-rows-written", "sqlite-commit")
CASES = {
    "importboundaries": (lambda ws, folder: {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW",
                                             "WORKSPACE": ws}, _rename_rw, GDAL_POINTS),
    "importsurvey": (lambda ws, folder: {"INPUT": _households_variant(os.path.join(folder, "hh.csv"), "kill"),
                                         "TARGET": 0, "WORKSPACE": ws}, None, SQLITE_POINTS),
    "areaindicators": (lambda ws, folder: {"WORKSPACE": ws}, None, GDAL_POINTS),
    "attachtoareas": (lambda ws, folder: {"WORKSPACE": ws}, _clear_attachment, GDAL_POINTS),
    "screenoptions": (lambda ws, folder: {"WORKSPACE": ws}, None, GDAL_POINTS),
}
# Journal "wal": the workspace as QGIS Desktop leaves a GeoPackage it edited (write-ahead log).
KILLS = [(name, point, "delete") for name, (_p, _prepare, points) in CASES.items() for point in points] + [
    ("importsurvey", "sqlite-trigger-dropped", "wal"), ("importboundaries", "gdal-committed", "wal")]


def _prepared(base_path, folder, name, journal="delete"):
    parameters, prepare, _points = CASES[name]
    path = _copy(base_path, folder)
    if prepare is not None:
        prepare(path)
    if journal != "delete":
        import sqlite3

        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA journal_mode = {}".format(journal)).fetchone()[0] == journal
    return path, parameters(path, str(folder))


@pytest.mark.parametrize("name,point,journal", KILLS, ids=["{}-{}-{}".format(*kill) for kill in KILLS])
def test_a_kill_at_any_point_leaves_the_rows_before_or_after_and_the_file_whole(base, tmp_path, name, point,
                                                                               journal):
    import processing

    path, parameters = _prepared(base, tmp_path / "run", name, journal)
    before = faults.rows(path)
    reference, reference_parameters = _prepared(base, tmp_path / "reference", name, journal)
    processing.run("csiap:" + name, reference_parameters)
    after = faults.rows(reference)
    assert after != before, "the run changes nothing: no test"

    run = faults.run(name, parameters, pause_at=point)
    assert run.status == "killed", run
    assert faults.damage(path) == []
    state = faults.rows(path)
    assert state == before or state == after, "rows between before and after: {}".format(
        [t for t in state if state[t] not in (before.get(t), after.get(t))])
    # SQLite leaves the journal of a write killed before it touched the file (harmless, not
    # "hot"); the next write clears it, and the run then goes through in full.
    processing.run("csiap:" + name, parameters)
    assert faults.rows(path) == after and faults.damage(path) == []
    assert faults.leftovers(os.path.dirname(path), ["pondok_pinang.gpkg", "hh.csv"]) == []


@pytest.mark.parametrize("point", ["rename-{}-{}".format(n, w) for n in (1, 2, 3) for w in ("before", "after")])
def test_a_kill_while_createworkspace_replaces_a_workspace_leaves_the_old_or_the_new(base, tmp_path, point):
    from csiap_planner.workspace.geopackage import read_schema_version

    folder = tmp_path / "create"
    path = _copy(base, folder)
    before = faults.rows(path, ["rw", "rt", "households"])
    parameters = {"KELURAHAN": "Pondok Pinang", "BOUNDARY": SAMPLE + "|layername=kelurahan", "OUTPUT": path,
                  "OVERWRITE": True}
    run = faults.run("createworkspace", parameters, pause_at=point)
    assert not run.crashed, run
    assert os.path.isfile(path), "no workspace at {} after a kill at {}".format(path, point)
    read_schema_version(path)
    assert faults.damage(path) == []
    state = faults.rows(path, ["rw", "rt", "households"])
    new = {"rw": [], "rt": [], "households": []}
    assert state == before or state == new
    assert [entry for entry in os.listdir(folder) if os.path.isdir(os.path.join(folder, entry))] == [], \
        "a scratch folder is left behind"


def _fill(folder, free):
    """Fill the file system of ``folder`` but for ``free`` bytes."""
    filler = os.path.join(folder, "filler")
    written = 0
    # Unbuffered: a buffered file would try again to write what did not fit when it closes,
    # and fail there (whether it does depends on how the workspace's size falls in a block).
    with open(filler, "wb", buffering=0) as handle:
        block = b"\0" * 65536
        try:
            while True:
                written += handle.write(block)
        except OSError:
            pass
    with open(filler, "r+b") as handle:
        handle.truncate(max(0, os.path.getsize(filler) - free))
    return filler


@pytest.fixture()
def small_disk(tmp_path):
    """A 6 MB tmpfs (root only; skipped where the test may not mount one)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (not root)")
    try:
        yield str(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


# Free space left, in bytes: levels at which the code before issue 14 lost the triggers
# (importsurvey, 48-912 KiB) or reported success and wrote nothing (areaindicators, 48-144 KiB).
FULL_DISK = [("importboundaries", 0), ("importboundaries", 98304), ("importsurvey", 0), ("importsurvey", 49152),
             ("importsurvey", 245760), ("areaindicators", 0), ("areaindicators", 49152), ("areaindicators", 147456)]


@pytest.mark.parametrize("name,free", FULL_DISK, ids=["{}-{}k".format(n, f // 1024) for n, f in FULL_DISK])
def test_a_full_disk_fails_with_a_message_and_leaves_the_workspace_as_it_was(base, tmp_path, small_disk, name, free,
                                                                            refused):
    from qgis.core import QgsProcessingException

    import processing

    reference, reference_parameters = _prepared(base, tmp_path / "reference", name)
    processing.run("csiap:" + name, reference_parameters)
    after = faults.rows(reference)
    path, parameters = _prepared(base, small_disk, name)
    before = faults.rows(path)
    filler = _fill(small_disk, free)
    message = None
    try:
        processing.run("csiap:" + name, parameters)
    except QgsProcessingException as error:
        message = str(error)
        traceback.clear_frames(error.__traceback__)
    os.remove(filler)
    state = faults.rows(path)
    if message is None:
        assert state == after, "reported success, but the rows are not a complete run's"
    else:
        assert "full" in message or "penuh" in message, message
        assert state == before, "failed, but the rows changed"
    assert faults.damage(path) == []


LOCKED = [("importboundaries", False), ("importboundaries", True), ("areaindicators", True), ("importsurvey", False)]


@pytest.mark.parametrize("name,exceptions", LOCKED,
                         ids=["{}-gdal-exceptions-{}".format(n, "on" if e else "off") for n, e in LOCKED])
def test_a_reader_holding_the_file_gets_a_bounded_wait_and_a_clear_message(base, tmp_path, monkeypatch, refused,
                                                                          name, exceptions):
    """Also with GDAL exceptions on, as QGIS >= 3.38 has them for every plugin: no RuntimeError."""
    import sqlite3

    from csiap_planner.workspace import geopackage
    from osgeo import gdal

    import processing

    monkeypatch.setattr(geopackage, "BUSY_TIMEOUT_MS", 1000, raising=False)
    path, parameters = _prepared(base, tmp_path, name)
    before = faults.rows(path)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM rt").fetchone()  # QGIS drawing a layer holds a read lock like this
    was = gdal.GetUseExceptions()
    if exceptions:
        gdal.UseExceptions()
    started = time.monotonic()
    try:
        with refused("^[^\\n]*(in use|dipakai)"):
            processing.run("csiap:" + name, parameters)
    finally:
        if not was:
            gdal.DontUseExceptions()
        reader.execute("COMMIT")
        reader.close()
    assert time.monotonic() - started < 30
    assert faults.rows(path) == before
    assert faults.damage(path) == []
    processing.run("csiap:" + name, parameters)  # once the reader has let go, it goes through
    assert faults.rows(path) != before


def test_four_writers_and_a_reader_at_once_lose_no_row(base, tmp_path):
    """Two survey imports into one layer (sqlite3), a boundary import and the indicators
    (GDAL), while a reader keeps reading: each waits its turn, none fails, no row is lost."""
    import sqlite3

    path = _copy(base, tmp_path)
    first = _households_variant(str(tmp_path / "first.csv"), "first", new_share=3)
    second = _households_variant(str(tmp_path / "second.csv"), "second", new_share=3)
    reader_errors, done = [], threading.Event()

    def read():
        # Like QGIS drawing the layers while the algorithms write: short read transactions.
        while not done.is_set():
            try:
                db = sqlite3.connect(path, isolation_level=None, timeout=10)
                db.execute("BEGIN")
                db.execute("SELECT count(*), sum(members) FROM households").fetchone()
                time.sleep(0.05)
                db.execute("COMMIT")
                db.close()
            except sqlite3.Error as error:
                reader_errors.append(str(error))
            time.sleep(0.02)

    reader = threading.Thread(target=read)
    reader.start()
    try:
        started = [faults.start("importsurvey", {"INPUT": first, "TARGET": 0, "WORKSPACE": path}),
                   faults.start("importsurvey", {"INPUT": second, "TARGET": 0, "WORKSPACE": path}),
                   faults.start("importboundaries", {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0,
                                                     "CODE_FIELD": "RW", "WORKSPACE": path}),
                   faults.start("areaindicators", {"WORKSPACE": path})]
        runs = [faults.finish(process, stdout) for process, stdout in started]
    finally:
        done.set()
        reader.join()
    for run in runs:
        assert not run.crashed and run.succeeded, run
    assert reader_errors == []
    assert faults.damage(path) == []
    expected = set()
    for source in (HOUSEHOLDS, first, second):
        with open(source, encoding="utf-8") as handle:
            expected |= {row["_uuid"] for row in csv.DictReader(handle, delimiter=";")}
    with sqlite3.connect(path) as db:
        stored = [row[0] for row in db.execute("SELECT uuid FROM households")]
        rw = db.execute("SELECT count(*) FROM rw").fetchone()[0]
        indicators = db.execute("SELECT count(*) FROM area_indicators").fetchone()[0]
        rt = db.execute("SELECT count(*) FROM rt").fetchone()[0]
    assert len(stored) == len(set(stored)) and set(stored) == expected
    with sqlite3.connect(base) as db:
        assert rw == db.execute("SELECT count(*) FROM rw").fetchone()[0]
    assert indicators == rt > 0
