"""csiap:mergefield: three simulated devices edit packages of one workspace (plain GDAL,
as QField writes); the merge is checked against the rules by reading the workspace
with sqlite3 and shapely, never through the plugin (issue 19)."""

import json
import os
import shutil
import sqlite3
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import faults  # noqa: E402
import field_setup  # noqa: E402
from field_setup import X0, Y0  # noqa: E402


def _query(path, sql, *args):
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def _sql(path, *statements):
    """Statements through plain GDAL (a GeoPackage's triggers need its SQL functions)."""
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    for statement in statements:
        dataset.ExecuteSQL(statement)
    dataset = None


def _value(path, table, column, uuid):
    rows = _query(path, 'SELECT "{}" FROM "{}" WHERE uuid = ?'.format(column, table), uuid)
    return rows[0][0] if rows else "(absent)"


def _point(path, table, uuid):
    from shapely import wkb

    blob = _query(path, 'SELECT geom FROM "{}" WHERE uuid = ?'.format(table), uuid)[0][0]
    flags = blob[3]
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
    return wkb.loads(bytes(blob[8 + envelope:]))


def _package(workspace, folder, team, rw=None):
    import processing

    parameters = {"WORKSPACE": workspace, "TEAM": team, "OUTPUT_FOLDER": str(folder)}
    if rw:
        parameters["RW"] = rw
    processing.run("csiap:packagefield", parameters)
    return str(folder)


def _merge(workspace, folders, policy=0, report=None):
    import processing

    parameters = {"WORKSPACE": workspace, "PACKAGES": [os.path.join(f, "package.json") for f in folders],
                  "POLICY": policy, "LANGUAGE": 1}
    if report:
        parameters["REPORT"] = report
    return processing.run("csiap:mergefield", parameters)


@pytest.fixture()
def devices(csiap_processing, workspace_copy, seed_rows, tmp_path):
    """The workspace, and three packages edited on three devices (A and B: the whole
    kelurahan; C: RW 002), plus an office edit made after packaging."""
    workspace = field_setup.make_workspace(workspace_copy, seed_rows)
    a = _package(workspace, tmp_path / "A", "Tim A")
    b = _package(workspace, tmp_path / "B", "Tim B")
    c = _package(workspace, tmp_path / "C", "Tim C", rw="002")
    da, db, dc = (os.path.join(f, "data.gpkg") for f in (a, b, c))
    # Device A: h1 (only A), h2's toilet (B changes its members), h3 members 7 (B says 8),
    # p1 severity (the office changes it too), deletes a1 (B edits it), a new household with a photo.
    field_setup.edit(da, "households", "h1", {"members": 5})
    field_setup.edit(da, "households", "h2", {"toilet_access": "shared"})
    field_setup.edit(da, "households", "h3", {"members": 7})
    field_setup.edit(da, "problems", "p1", {"severity": "3"})
    field_setup.delete(da, "actions", "a1")
    photo = field_setup.take_photo(a, "IMG_0001.jpg", b"\xff\xd8 new photo \xff\xd9")
    field_setup.add(da, "households", {"uuid": "hA", "rw": "001", "members": 2, "toilet_access": "public",
                                       "photo": photo}, (X0 + 50, Y0 + 50))
    # Device B: h2 members, h3 members 8, h4 moved, a1 edited, h1's photo replaced by the same file (unchanged).
    field_setup.edit(db, "households", "h2", {"members": 4})
    field_setup.edit(db, "households", "h3", {"members": 8})
    field_setup.edit(db, "households", "h4", point=(X0 + 55, Y0 + 55))
    field_setup.edit(db, "actions", "a1", {"description": "MCK++ RW 001"})
    # ... and h1 moved across the street into RW 002 (its RW and RT stay as they were in the package).
    field_setup.edit(db, "households", "h1", point=(X0 + 120, Y0 + 20))
    # Device C (RW 002): deletes p2, adds a household with an unknown toilet code, moves h4 too.
    field_setup.delete(dc, "problems", "p2")
    field_setup.add(dc, "households", {"uuid": "hC", "rw": "002", "members": 3, "toilet_access": "kloset"},
                    (X0 + 170, Y0 + 70))
    field_setup.edit(dc, "households", "h4", point=(X0 + 190, Y0 + 90))
    # ... and photographs h4 again: the same file name as A's new photo, another picture.
    field_setup.edit(dc, "households", "h4", {"photo": field_setup.take_photo(c, "IMG_0001.jpg", b"C's photo")})
    # The office, since packaging: p1's severity.
    _sql(workspace, "UPDATE problems SET severity = '1' WHERE uuid = 'p1'")
    return workspace, (a, b, c)


def test_three_devices(devices, tmp_path):
    workspace, folders = devices
    report = str(tmp_path / "merge.html")
    result = _merge(workspace, folders, report=report)
    # Changed only in one package: taken.
    assert _value(workspace, "households", "members", "h1") == 5
    # Moved by another: the point moves and its RW/RT follow the polygons it now lies in.
    assert _point(workspace, "households", "h1").coords[0] == (X0 + 120, Y0 + 20)
    assert (_value(workspace, "households", "rw", "h1"), _value(workspace, "households", "rt", "h1")) == (
        "002", "001")
    # Different columns by different packages: both.
    assert (_value(workspace, "households", "toilet_access", "h2"),
            _value(workspace, "households", "members", "h2")) == ("shared", 4)
    # Same column, two values: a conflict; nothing overwritten.
    assert _value(workspace, "households", "members", "h3") == 6
    # A package against an office edit: a conflict; the office's value stays.
    assert _value(workspace, "problems", "severity", "p1") == "1"
    # Edit against delete: the row stays.
    assert _value(workspace, "actions", "description", "a1") == "MCK++ RW 001"
    # A delete no one else touched; a new row; a rejected row.
    assert _value(workspace, "problems", "uuid", "p2") == "(absent)"
    assert _value(workspace, "households", "members", "hA") == 2
    assert _value(workspace, "households", "uuid", "hC") == "(absent)"
    # A point moved by two devices differently: a conflict on the geometry; not moved.
    assert _point(workspace, "households", "h4").coords[0] == (X0 + 150, Y0 + 50)
    # The new photo is copied into the workspace's DCIM/ and named relatively.
    photo = _value(workspace, "households", "photo", "hA")
    assert photo == "DCIM/IMG_0001.jpg"
    with open(os.path.join(os.path.dirname(workspace), photo), "rb") as handle:
        assert handle.read() == b"\xff\xd8 new photo \xff\xd9"
    # The photo packaged from the workspace comes back under its own path.
    assert _value(workspace, "households", "photo", "h1") == "photos/h1.jpg"
    # Two teams' photos of one name: neither overwrites the other.
    assert _value(workspace, "households", "photo", "h4") == "DCIM/Tim_C_IMG_0001.jpg"
    with open(os.path.join(os.path.dirname(workspace), "DCIM", "Tim_C_IMG_0001.jpg"), "rb") as handle:
        assert handle.read() == b"C's photo"
    assert result["PHOTOS"] == 2
    conflicts = sorted(_query(workspace, "SELECT layer_name, feature_uuid, column_name, base_value, ours, theirs, "
                                         "package, resolved FROM merge_conflicts"))
    assert [(c[0], c[1], c[2], c[6]) for c in conflicts] == [
        ("actions", "a1", "(row)", "Tim A"),
        ("households", "h3", "members", "Tim A"), ("households", "h3", "members", "Tim B"),
        ("households", "h4", "geom", "Tim B"), ("households", "h4", "geom", "Tim C"),
        ("problems", "p1", "severity", "Tim A")]
    h3 = {c[6]: c[3:6] for c in conflicts if c[1] == "h3"}
    assert h3 == {"Tim A": ("6", "6", "7"), "Tim B": ("6", "6", "8")}
    assert [c[3:6] for c in conflicts if c[1] == "p1"] == [("2", "1", "3")]
    assert all(c[7] == 0 for c in conflicts)
    # Each conflict lies on its feature.
    from shapely import wkb

    for uuid, blob in _query(workspace, "SELECT feature_uuid, geom FROM merge_conflicts"):
        flags = blob[3]
        envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
        place = wkb.loads(bytes(blob[8 + envelope:]))
        table = "actions" if uuid == "a1" else ("problems" if uuid.startswith("p") else "households")
        assert _point(workspace, table, uuid).distance(place) < 1e-6, uuid
    assert result["CONFLICTS"] == 6
    # The report: rows = unchanged + applied + conflicts + rejected, and the rejected row's reason.
    text = open(report, encoding="utf-8").read()
    # Tim A households: h1, h2 applied; h3 conflict; h4 unchanged; hA applied: 5 rows.
    assert "Tim A · Households: 5 rows = 1 unchanged + 3 applied + 1 in conflict + 0 rejected." in text
    # Tim B households: h1 (moved), h2 applied; h3, h4 in conflict.
    assert "Tim B · Households: 4 rows = 0 unchanged + 2 applied + 2 in conflict + 0 rejected." in text
    # Tim C households (RW 002): h4 conflict, hC rejected.
    assert "Tim C · Households: 2 rows = 0 unchanged + 0 applied + 1 in conflict + 1 rejected." in text
    assert "row hC: rejected, Toilet access holds &#x27;kloset&#x27;, not one of its codes" in text
    assert "Tim C · Sanitation problems: 1 rows = 0 unchanged + 1 applied + 0 in conflict + 0 rejected." in text
    assert "nothing is overwritten" in text


def test_merging_again_changes_nothing(devices, tmp_path):
    workspace, folders = devices
    backwards = str(tmp_path / "backwards.gpkg")
    shutil.copy(workspace, backwards)
    _merge(workspace, folders)
    # The packages in another order: the same workspace, the same conflicts.
    _merge(backwards, list(reversed(folders)))
    assert faults.rows(backwards) == faults.rows(workspace)
    before = faults.rows(workspace)
    conflicts = _query(workspace, "SELECT * FROM merge_conflicts ORDER BY fid")
    result = _merge(workspace, folders)
    assert result["CHANGES"] == 0 and result["CONFLICTS"] == 0 and result["PHOTOS"] == 0
    assert faults.rows(workspace) == before
    assert _query(workspace, "SELECT * FROM merge_conflicts ORDER BY fid") == conflicts


def test_policies(devices, tmp_path):
    workspace, folders = devices
    office = str(tmp_path / "office.gpkg")
    shutil.copy(workspace, office)
    _merge(office, folders, policy=1)
    assert _value(office, "households", "members", "h3") == 6
    assert _value(office, "problems", "severity", "p1") == "1"
    assert {r for r in _query(office, "SELECT resolved, resolution, resolved_by FROM merge_conflicts "
                                      "WHERE column_name != '(row)'")} == {(1, "ours", "policy: office")}
    newest = str(tmp_path / "newest.gpkg")
    shutil.copy2(workspace, newest)
    _merge(newest, folders, policy=3)
    # Newest wins: between A and B, B's package saved later; the office's p1 was saved after every package.
    assert _value(newest, "households", "members", "h3") == 8
    assert _value(newest, "problems", "severity", "p1") == "1"
    _merge(workspace, folders, policy=2)
    # Field wins: the package saved last (B after A) for h3; the package against the office for p1.
    assert _value(workspace, "households", "members", "h3") == 8
    assert _value(workspace, "problems", "severity", "p1") == "3"
    # An edit against a delete is never settled by a policy.
    assert _query(workspace, "SELECT resolved FROM merge_conflicts WHERE column_name = '(row)'") == [(0,)]
    assert _value(workspace, "actions", "uuid", "a1") == "a1"


def test_resolving_conflicts(devices):
    from csiap_planner.workspace.field import resolve_conflicts

    workspace, folders = devices
    _merge(workspace, folders)
    ids = dict(((f, p), u) for u, f, p in _query(
        workspace, "SELECT uuid, feature_uuid || column_name, package FROM merge_conflicts"))
    from csiap_planner.workspace import WorkspaceError

    # Two teams' values for one column cannot both be taken.
    with pytest.raises(WorkspaceError, match="different values"):
        resolve_conflicts(workspace, [ids[("h3members", "Tim A")], ids[("h3members", "Tim B")]], "theirs")
    assert _value(workspace, "households", "members", "h3") == 6
    assert resolve_conflicts(workspace, [ids[("h3members", "Tim B")]], "theirs", "test") == 1
    assert _value(workspace, "households", "members", "h3") == 8
    # Tim B's place of h4 taken: in RW 001 now, and its RW and RT say so.
    assert resolve_conflicts(workspace, [ids[("h4geom", "Tim B")]], "theirs") == 1
    assert _point(workspace, "households", "h4").coords[0] == (X0 + 55, Y0 + 55)
    assert _value(workspace, "households", "rw", "h4") == "001"
    assert resolve_conflicts(workspace, [ids[("a1(row)", "Tim A")]], "theirs") == 1
    assert _value(workspace, "actions", "uuid", "a1") == "(absent)"
    assert resolve_conflicts(workspace, [ids[("p1severity", "Tim A")], ids[("h3members", "Tim A")],
                                         ids[("h4geom", "Tim C")]], "ours") == 3
    assert _value(workspace, "problems", "severity", "p1") == "1"
    assert _query(workspace, "SELECT count(*) FROM merge_conflicts WHERE resolved = 0")[0][0] == 0
    # Resolved conflicts are not raised again by a re-run.
    _merge(workspace, folders)
    assert _query(workspace, "SELECT count(*) FROM merge_conflicts")[0][0] == 6
    assert _value(workspace, "households", "members", "h3") == 8


def test_office_deleted_a_row_the_field_edited(csiap_processing, workspace_copy, seed_rows, tmp_path):
    from csiap_planner.workspace.field import resolve_conflicts

    workspace = field_setup.make_workspace(workspace_copy, seed_rows)
    folder = _package(workspace, tmp_path / "A", "Tim A")
    field_setup.edit(os.path.join(folder, "data.gpkg"), "households", "h2", {"members": 9})
    _sql(workspace, "DELETE FROM households WHERE uuid = 'h2'")
    _merge(workspace, [folder])
    assert _value(workspace, "households", "uuid", "h2") == "(absent)"
    [(uuid, ours, theirs)] = _query(workspace, "SELECT uuid, ours, theirs FROM merge_conflicts")
    assert ours == "(deleted)" and json.loads(theirs)["members"] == 9
    resolve_conflicts(workspace, [uuid], "theirs")
    assert _value(workspace, "households", "members", "h2") == 9
    assert _point(workspace, "households", "h2").coords[0] == (X0 + 20, Y0 + 20)


def test_schema_safety(csiap_processing, workspace_copy, seed_rows, tmp_path, refused):
    workspace = field_setup.make_workspace(workspace_copy, seed_rows)
    other = _package(workspace, tmp_path / "other", "Tim X")
    for name in ("data.gpkg", "base.gpkg"):
        path = os.path.join(other, name)
        os.chmod(path, 0o644)
        _sql(path, "UPDATE kelurahan SET uuid = 'another-kelurahan', name = 'Cipete'")
    with refused("comes from another workspace .kelurahan Cipete"):
        _merge(workspace, [other])
    newer = _package(workspace, tmp_path / "newer", "Tim N")
    _sql(os.path.join(newer, "data.gpkg"), "UPDATE schema_version SET version = 99")
    with refused("newer CSIAP Planner .schema version 99"):
        _merge(workspace, [newer])
    # An older package (schema 2: no action plan, households without a later field): merged, every row kept.
    old = _package(workspace, tmp_path / "old", "Tim O")
    for name in ("data.gpkg", "base.gpkg"):
        path = os.path.join(old, name)
        os.chmod(path, 0o644)
        from osgeo import ogr

        dataset = ogr.Open(path, 1)
        dataset.ExecuteSQL("DELETE FROM schema_version")
        dataset.ExecuteSQL("INSERT INTO schema_version (version) VALUES (2)")
        dataset.DeleteLayer(dataset.GetLayerByName("actions").GetName())
        dataset.ExecuteSQL("ALTER TABLE households DROP COLUMN notes")
        dataset = None
    field_setup.edit(os.path.join(old, "data.gpkg"), "households", "h1", {"members": 10})
    _sql(workspace, "UPDATE households SET notes = 'office note' WHERE uuid = 'h2'")
    before = _query(workspace, "SELECT count(*) FROM households")[0][0]
    _merge(workspace, [old])
    assert _value(workspace, "households", "members", "h1") == 10
    assert _value(workspace, "households", "notes", "h2") == "office note"
    assert _query(workspace, "SELECT count(*) FROM households")[0][0] == before
    assert _value(workspace, "actions", "uuid", "a1") == "a1"


@pytest.mark.parametrize("point", ["gdal-commit", "gdal-committed"])
def test_kill_during_the_merge_leaves_the_workspace_as_it_was(devices, tmp_path, point):
    """Killed (SIGKILL) just before its one commit, the merge leaves the workspace as it
    was; just after, as a complete merge leaves it. Never anything between."""
    workspace, folders = devices
    complete = str(tmp_path / "complete.gpkg")
    shutil.copy(workspace, complete)
    _merge(complete, folders)
    before = faults.rows(workspace)
    run = faults.run("mergefield", {"WORKSPACE": workspace, "POLICY": 0,
                                    "PACKAGES": [os.path.join(f, "package.json") for f in folders]}, pause_at=point)
    assert run.status == "killed", run
    assert faults.damage(workspace) == []
    assert faults.rows(workspace) == (before if point == "gdal-commit" else faults.rows(complete))
    # A whole run afterwards merges as if nothing had happened.
    _merge(workspace, folders)
    assert faults.rows(workspace) == faults.rows(complete)


def test_conflicts_dock_lists_zooms_and_resolves(devices, qgis_iface):
    from csiap_planner.core import schema
    from csiap_planner.plugin.conflicts_dock import ConflictsDock
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    workspace, folders = devices
    _merge(workspace, folders)
    canvas = qgis_iface.mapCanvas()
    canvas.resize(600, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(
        "EPSG:{}".format(_query(workspace, "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'rw'")[0][0])))
    canvas.setExtent(QgsRectangle(X0 - 500, Y0 - 500, X0 - 400, Y0 - 400))
    dock = ConflictsDock(qgis_iface)
    try:
        dock.set_workspace(workspace)
        assert dock.table.rowCount() == 6
        # Fits a laptop's dock area (1366×768, QGIS maximised).
        hint = dock.minimumSizeHint()
        assert hint.width() <= 420 and hint.height() <= 600, hint
        texts = [[dock.table.item(r, c).text() for c in range(6)] for r in range(6)]
        members = schema.layer("households").field("members").alias.text(dock.language)
        h3 = [r for r, row in enumerate(texts) if row[1] == members and row[5] == "Tim B"]
        assert len(h3) == 1 and texts[h3[0]][2:5] == ["6", "6", "8"]
        dock.zoom_to(dock.conflicts[h3[0]])
        centre = canvas.center()
        assert abs(centre.x() - (X0 + 30)) < 1e-6 and abs(centre.y() - (Y0 + 30)) < 1e-6
        dock.table.selectRow(h3[0])
        assert dock.resolve_selected("theirs") == 1
        assert _value(workspace, "households", "members", "h3") == 8
        assert dock.table.rowCount() == 5
        # In bulk: every conflict left, the office's values kept.
        dock.table.selectAll()
        assert dock.resolve_selected("ours") == 5
        assert dock.table.rowCount() == 0
        assert _value(workspace, "problems", "severity", "p1") == "1"
        dock.show_resolved.setChecked(True)
        assert dock.table.rowCount() == 6
    finally:
        dock.deleteLater()


def test_conflicts_dock_says_when_it_cannot_read_them(qgis_iface, workspace_copy, monkeypatch):
    """A conflicts table that cannot be read is said so, not shown as "0 conflicts"."""
    from csiap_planner.plugin import conflicts_dock
    from csiap_planner.workspace.geopackage import WorkspaceError

    def unreadable(path, name):
        raise WorkspaceError("merge_conflicts: disk I/O error")

    monkeypatch.setattr(conflicts_dock, "read_features", unreadable)
    dock = conflicts_dock.ConflictsDock(qgis_iface)
    try:
        dock.set_workspace(workspace_copy)
        assert dock.summary.text() == "merge_conflicts: disk I/O error" and dock.table.rowCount() == 0
    finally:
        dock.deleteLater()
