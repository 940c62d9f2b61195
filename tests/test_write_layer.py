"""The workspace's write layer (issue 14, items 1-8): what each write refuses,
and what it leaves, read back independently (sqlite3, hashlib, geopandas)."""

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess

import geopandas
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "sample", "pondok_pinang.gpkg")
RW = {"INPUT": SAMPLE + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW"}


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def _triggers(path, table):
    with sqlite3.connect(path) as db:
        return sorted(row[0] for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)))


def test_a_failed_point_write_keeps_the_rows_and_the_triggers(workspace_copy):
    """Item 1: the triggers are set aside inside the transaction, so a write that fails
    half-way puts them back with the rows (before: dropped for good)."""
    from csiap_planner.workspace.geopackage import WorkspaceError, upsert_points

    triggers = _triggers(workspace_copy, "households")
    assert len(triggers) == 8
    good = (["a-1", 3], (700000.0, 9300000.0))
    twice = (["a-1", 4], (700001.0, 9300001.0))  # the same new uuid twice: the UNIQUE index refuses the second
    with pytest.raises(WorkspaceError):
        upsert_points(workspace_copy, "households", ["uuid", "members"], [good, twice])
    assert _triggers(workspace_copy, "households") == triggers
    with sqlite3.connect(workspace_copy) as db:
        assert db.execute("SELECT count(*) FROM households").fetchone()[0] == 0
        assert db.execute("SELECT count(*) FROM rtree_households_geom").fetchone()[0] == 0


def test_a_path_with_spaces_and_non_ascii_works(csiap_processing, tmp_path):
    """Item 7: the sqlite URI is escaped."""
    import processing

    folder = "Pondok Pinang – Jakarta é"
    path = str(tmp_path / folder / "ws 1 é.gpkg")
    processing.run("csiap:createworkspace", {"KELURAHAN": "Pondok Pinang", "BOUNDARY": SAMPLE + "|layername=kelurahan",
                                             "OUTPUT": path})
    result = processing.run("csiap:importboundaries", dict(RW, WORKSPACE=path))
    assert result["IMPORTED"] == len(geopandas.read_file(SAMPLE, layer="rw"))
    assert len(geopandas.read_file(path, layer="rw")) == result["IMPORTED"]
    assert sorted(os.listdir(tmp_path)) == [folder]


def test_the_storage_layer_reads_and_writes_a_path_with_percent_20(workspace_copy, tmp_path):
    """Item 7: "%20" in a folder name reaches the file system as it is (before: read as a space).
    QGIS 3.22 with GDAL 3.6 cannot read layers from such a path at all (GDAL's read-only
    NOLOCK open builds an unescaped URI), so this is the storage layer alone; the algorithms
    refuse such a path there (the tests after this one)."""
    from csiap_planner.workspace.geopackage import read_schema_version, upsert_points, workspace_language, write_rows

    os.makedirs(str(tmp_path / "Kelurahan%20Pondok"))
    path = str(tmp_path / "Kelurahan%20Pondok" / "ws.gpkg")
    shutil.copy(workspace_copy, path)
    from csiap_planner.core.schema import SCHEMA_VERSION

    assert read_schema_version(path) == SCHEMA_VERSION and workspace_language(path) == "id"
    write_rows(path, {"meetings": [{"uuid": "m-1", "title": "Rembuk warga"}]}, replace=False)
    assert upsert_points(path, "households", ["uuid", "members"], [(["h-1", 4], (700000.0, 9300000.0))]) == (1, 0)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT title FROM meetings").fetchall() == [("Rembuk warga",)]
        assert db.execute("SELECT uuid, members FROM households").fetchall() == [("h-1", 4)]
    assert not os.path.exists(str(tmp_path / "Kelurahan Pondok"))


# What an SQLite URI reads as syntax in a file name: "%" and two hex digits, "?", "#".
URI_SYNTAX = r"%[0-9A-Fa-f]{2}|[?#]"
# The refusal, in either language, naming the character.
REFUSAL = '(holds|memuat) "{}"[^\\n]*(Rename the folder|Ganti nama folder)'


def _gdal_reads_without_lock(scratch, folder):
    """Independently of the plugin: whether this GDAL opens a GeoPackage in ``folder`` the way
    QGIS reads layers (read-only with NOLOCK, which goes through an SQLite ``file:`` URI) and
    sees its rows (GDAL 3.6 reads "%20" in such a URI as a space)."""
    from osgeo import gdal

    os.makedirs(str(scratch / "oracle" / folder))
    copy = str(scratch / "oracle" / folder / "copy.gpkg")
    shutil.copy(SAMPLE, copy)
    with sqlite3.connect(copy) as db:
        rows = db.execute("SELECT count(*) FROM rw").fetchone()[0]
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.OpenEx(copy, gdal.OF_VECTOR, open_options=["NOLOCK=YES"])
        return dataset is not None and dataset.GetLayerByName("rw").GetFeatureCount() == rows
    except RuntimeError:   # GDAL exceptions on (QGIS >= 3.38)
        return False
    finally:
        dataset = None
        gdal.PopErrorHandler()
        shutil.rmtree(str(scratch / "oracle"))


@pytest.mark.parametrize("folder", ["Kelurahan%20Pondok", "Pondok #3", "Apa? Pondok", "Kel 100% (RW 5)"])
def test_createworkspace_in_a_folder_whose_name_holds_uri_syntax(csiap_processing, tmp_path, refused, folder):
    """Item 7: createworkspace into such a folder either works all the way (the project's layers
    read back by QGIS, counted against sqlite3) or, where this QGIS and GDAL cannot read layers
    there, is refused at once, naming the character, with the folder left empty (before: a
    late "The layer kelurahan … cannot be opened")."""
    from qgis.core import QgsProject

    import processing

    target = tmp_path / folder
    target.mkdir()
    path = str(target / "ws.gpkg")
    parameters = {"KELURAHAN": "Pondok Pinang", "BOUNDARY": SAMPLE + "|layername=kelurahan", "OUTPUT": path}
    if not _gdal_reads_without_lock(tmp_path, folder):
        with refused(REFUSAL.format(re.escape(re.search(URI_SYNTAX, folder).group(0)))):
            processing.run("csiap:createworkspace", parameters)
        with refused(REFUSAL.format(re.escape(re.search(URI_SYNTAX, folder).group(0)))):   # nor is a folder made
            processing.run("csiap:createworkspace", dict(parameters, OUTPUT=str(target / folder / "ws.gpkg")))
        assert os.listdir(str(target)) == []
        return
    processing.run("csiap:createworkspace", parameters)
    result = processing.run("csiap:importboundaries", dict(RW, WORKSPACE=path))
    with sqlite3.connect(path) as db:   # the file name as it is, no URI
        counts = {table: db.execute("SELECT count(*) FROM {}".format(table)).fetchone()[0]
                  for table in ("kelurahan", "rw", "schema_version")}
    assert counts["rw"] == result["IMPORTED"] == len(geopandas.read_file(SAMPLE, layer="rw"))
    project = QgsProject()
    try:
        assert project.read(str(target / "ws.qgz"))
        layers = {layer.source().split("layername=")[1].split("|")[0]: layer
                  for layer in project.mapLayers().values()}
        assert layers and all(layer.isValid() for layer in layers.values())
        assert all(os.path.samefile(layer.source().split("|")[0], path) for layer in layers.values())
        for table in ("kelurahan", "rw"):
            assert sum(1 for _feature in layers[table].getFeatures()) == counts[table] > 0, table
    finally:
        project.clear()
    assert sorted(os.listdir(str(target))) == ["ws.gpkg", "ws.qgz"]
    assert os.listdir(str(tmp_path)) == [folder]


def test_an_algorithm_refuses_a_workspace_copied_into_such_a_folder(csiap_processing, workspace_copy, tmp_path,
                                                                      refused):
    """Item 7: a workspace moved into a "%20" folder is refused by every algorithm before it reads
    or writes anything where QGIS cannot read its layers there (before: the import ran on layers
    read as empty, so the kelurahan outline check was skipped); else it works."""
    import processing

    os.makedirs(str(tmp_path / "Kelurahan%20Pondok"))
    path = str(tmp_path / "Kelurahan%20Pondok" / "ws.gpkg")
    shutil.copy(workspace_copy, path)
    before = digest(path)
    if not _gdal_reads_without_lock(tmp_path, "Kelurahan%20Pondok"):
        for algorithm, parameters in (("importboundaries", RW), ("areaindicators", {}), ("attachtoareas", {})):
            with refused(REFUSAL.format("%20")):
                processing.run("csiap:" + algorithm, dict(parameters, WORKSPACE=path))
        assert digest(path) == before
        return
    result = processing.run("csiap:importboundaries", dict(RW, WORKSPACE=path))
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM rw").fetchone()[0] == result["IMPORTED"] > 0


@pytest.mark.parametrize("value", ["two", "", "3a", None])
def test_a_schema_version_holding_text_is_refused_clearly(csiap_processing, workspace_copy, refused, value):
    """Item 7: text in schema_version (hand-edited) is refused with a message, not a TypeError."""
    import processing

    with sqlite3.connect(workspace_copy) as db:
        db.execute("UPDATE schema_version SET version = ?", (value,))
    before = digest(workspace_copy)
    with refused("^[^\\n]*(empty schema_version|schema_version table holds|schema_version berisi|schema_version di)"):
        processing.run("csiap:importboundaries", dict(RW, WORKSPACE=workspace_copy))
    assert digest(workspace_copy) == before


def _spoil_page(path, table):
    """Garbage over the first page of ``table`` (its b-tree root)."""
    with sqlite3.connect(path) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(bytes((i * 37 + 11) % 256 for i in range(page_size)))


@pytest.mark.parametrize("algorithm,parameters", [
    ("importboundaries", RW),
    ("areaindicators", {}),
    ("exportannex", {"ATLAS_LEVEL": 0}),
])
def test_a_damaged_workspace_is_refused_with_a_message(csiap_processing, workspace_copy, tmp_path, refused,
                                                        algorithm, parameters):
    """Item 6: a garbage page (in a table the run does not read) is found before anything is done."""
    import processing

    _spoil_page(workspace_copy, "meetings")
    before = digest(workspace_copy)
    with refused("damaged|rusak"):
        processing.run("csiap:" + algorithm, dict(parameters, WORKSPACE=workspace_copy,
                                                  OUTPUT_FOLDER=str(tmp_path / "out")))
    assert digest(workspace_copy) == before


def test_createworkspace_refuses_an_existing_workspace_unless_overwrite(csiap_processing, workspace_copy, refused):
    """Item 5: no silent overwrite; with OVERWRITE, a dated backup of both files."""
    import processing

    project = os.path.splitext(workspace_copy)[0] + ".qgz"
    processing.run("csiap:importboundaries", dict(RW, WORKSPACE=workspace_copy))
    old = (digest(workspace_copy), digest(project))
    parameters = {"KELURAHAN": "Pondok Pinang", "BOUNDARY": SAMPLE + "|layername=kelurahan", "OUTPUT": workspace_copy}
    with refused("already exists|sudah ada"):
        processing.run("csiap:createworkspace", parameters)
    assert (digest(workspace_copy), digest(project)) == old

    processing.run("csiap:createworkspace", dict(parameters, OVERWRITE=True))
    assert len(geopandas.read_file(workspace_copy, layer="rw")) == 0
    folder = os.path.dirname(workspace_copy)
    backups = sorted(f for f in os.listdir(folder) if ".backup-" in f)
    assert [os.path.splitext(f)[1] for f in backups] == [".gpkg", ".qgz"]
    assert (digest(os.path.join(folder, backups[0])), digest(os.path.join(folder, backups[1]))) == old
    assert len(geopandas.read_file(os.path.join(folder, backups[0]), layer="rw")) > 0

    processing.run("csiap:createworkspace", dict(parameters, OVERWRITE=True))  # a second backup, not over the first
    assert len([f for f in os.listdir(folder) if ".backup-" in f]) == 4
    assert sorted(f for f in os.listdir(folder) if f.startswith(".")) == []


def test_the_annex_export_only_reads(csiap_processing, workspace_copy, tmp_path):
    """Item 8: exporting writes nothing into the workspace (the stages checklist was written)."""
    import processing

    with sqlite3.connect(workspace_copy) as db:
        assert db.execute("SELECT count(*) FROM stages").fetchone()[0] == 0
    before = digest(workspace_copy)
    processing.run("csiap:exportannex", {"WORKSPACE": workspace_copy, "ATLAS_LEVEL": 0,
                                         "OUTPUT_FOLDER": str(tmp_path / "annex")})
    assert digest(workspace_copy) == before
    from csiap_planner.core.process import STAGE_ACTIVITIES

    # The checklist is still in the annex, every activity of the method, read without writing.
    found = [os.path.join(d, f) for d, _s, files in os.walk(tmp_path / "annex") for f in files if f == "tahapan.csv"]
    assert found
    with open(found[0], encoding="utf-8-sig") as handle:
        lines = handle.read().splitlines()
    assert len(lines) > sum(len(a) for _s, a in STAGE_ACTIVITIES)


def test_the_annex_exports_from_a_read_only_workspace(csiap_processing, workspace_copy, tmp_path):
    """Item 8 on a read-only file system (a read-only bind mount; root only)."""
    import processing

    folder = tmp_path / "readonly"
    folder.mkdir()
    source = os.path.dirname(workspace_copy)
    if subprocess.run(["mount", "--bind", source, str(folder)], capture_output=True).returncode != 0:
        pytest.skip("cannot bind-mount here (not root)")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], check=True)
        path = str(folder / os.path.basename(workspace_copy))
        with pytest.raises(OSError):
            open(path, "r+b")
        processing.run("csiap:exportannex", {"WORKSPACE": path, "ATLAS_LEVEL": 0,
                                             "OUTPUT_FOLDER": str(tmp_path / "annex")})
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
    assert os.path.isfile(tmp_path / "annex" / "manifest.json")


def test_stages_are_written_when_one_is_set(workspace_copy):
    """Item 8: the checklist rows are still made, by the first edit of a stage."""
    from csiap_planner.core.process import STAGE_ACTIVITIES
    from csiap_planner.workspace.process import stages, update_stage

    activity = STAGE_ACTIVITIES[0][1][0]
    assert len(stages(workspace_copy)) == sum(len(a) for _s, a in STAGE_ACTIVITIES)
    update_stage(workspace_copy, activity, done_date="2026-09-01")
    with sqlite3.connect(workspace_copy) as db:
        stored = dict(db.execute("SELECT activity, done_date FROM stages"))
    assert len(stored) == sum(len(a) for _s, a in STAGE_ACTIVITIES) and stored[activity] == "2026-09-01"


def test_bandit_finds_no_sql_built_from_strings():
    """Issue 16 item 4: the plugin repository's scan (Bandit B608) passes on workspace/."""
    bandit = shutil.which("bandit") or os.path.join(os.path.dirname(os.sys.executable), "bandit")
    if not os.path.exists(bandit):
        pytest.skip("bandit is not installed")
    result = subprocess.run([bandit, "-q", "-t", "B608", "-r", os.path.join(ROOT, "workspace")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_a_journal_left_by_a_killed_writer_is_rolled_back_and_the_work_goes_on(csiap_processing, workspace_copy):
    """A writer killed after it began changing the file leaves a "hot" journal: the next
    algorithm rolls it back (before: every read-only open failed, "attempt to write a
    readonly database"), then works."""
    import processing

    with sqlite3.connect(workspace_copy) as db:
        styles = db.execute("SELECT styleQML FROM layer_styles ORDER BY id").fetchall()
    killed = subprocess.run([os.sys.executable, "-c", (
        "import os, sqlite3\n"
        "db = sqlite3.connect({!r}, isolation_level=None)\n"
        "db.execute('PRAGMA cache_size = 1')\n"
        "db.execute('BEGIN')\n"
        "db.execute(\"UPDATE layer_styles SET styleQML = styleQML || 'x'\")\n"
        "os._exit(9)\n").format(workspace_copy)])
    assert killed.returncode == 9
    with open(workspace_copy + "-journal", "rb") as journal:
        assert journal.read(8) == b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7"  # the header of a hot journal
    result = processing.run("csiap:importboundaries", dict(RW, WORKSPACE=workspace_copy))
    assert result["IMPORTED"] > 0
    assert not os.path.exists(workspace_copy + "-journal")
    with sqlite3.connect(workspace_copy) as db:
        assert db.execute("SELECT styleQML FROM layer_styles ORDER BY id").fetchall() == styles
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


@pytest.mark.parametrize("action", ["ABORT", "ROLLBACK"])
def test_a_replace_whose_delete_fails_changes_nothing_and_says_so(csiap_processing, workspace_copy, refused, action):
    """Item 2: every statement's result is checked. A hostile file's trigger refuses the
    DELETE of a replace (ROLLBACK: SQLite ends the transaction itself, as on a full disk);
    before, the failure went unseen, the new rows were added to the old ones and the
    import reported success."""
    import processing

    processing.run("csiap:importboundaries", dict(RW, WORKSPACE=workspace_copy))
    with sqlite3.connect(workspace_copy) as db:
        db.execute("CREATE TRIGGER keep_rw BEFORE DELETE ON rw BEGIN SELECT RAISE({}, 'RW rows are kept'); END"
                   .format(action))
    before = geopandas.read_file(workspace_copy, layer="rw")
    with refused("^[^\\n]*RW rows are kept"):
        processing.run("csiap:importboundaries", dict(RW, WORKSPACE=workspace_copy))
    after = geopandas.read_file(workspace_copy, layer="rw")
    assert sorted(after.uuid) == sorted(before.uuid) and len(after) == len(before)
