"""The plugin's Desktop side on a PostGIS workspace (issue 18, part 2), against a real
PostgreSQL/PostGIS cluster (scripts/with_postgres.sh; skipped loudly without one):
the menu's "Open workspace…" finds the workspaces of a connection saved in QGIS (checked
against the database's catalogue, read with psycopg2), and the plugin's references stay
neutral (no file assumed)."""

import datetime
import os
import socket
import uuid

import pytest
from shapely.geometry import box

from tests.test_postgis_upgrade import schema2_reference  # noqa: F401 - a fixture


def _libpq_parts(uri):
    """``(user, host, port, database)`` of ``postgresql://user@host:port/db``."""
    from urllib.parse import urlparse

    parsed = urlparse(uri)
    return parsed.username, parsed.hostname, parsed.port, parsed.path.lstrip("/")


@pytest.fixture()
def saved_connection(qgis_app, postgis_server):
    """A PostgreSQL connection to the test database saved in QGIS (the Data Source Manager's
    list) under a name of its own; removed after the test."""
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    user, host, port, database = _libpq_parts(postgis_server)
    uri = QgsDataSourceUri()
    uri.setConnection(host, str(port), database, user, "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    name = "Pokja Kota {}".format(uuid.uuid4().hex[:8])
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True}), name)
    yield name
    metadata.deleteConnection(name)


@pytest.fixture()
def schemas(postgis_server):
    """Three schemas: two holding a (bare) workspace version table, one without; dropped after."""
    import psycopg2

    tag = uuid.uuid4().hex[:6]
    names = {"with": ["kel_a_" + tag, "kel_b_" + tag], "without": ["other_" + tag]}
    connection = psycopg2.connect(postgis_server)
    connection.autocommit = True
    with connection.cursor() as cursor:
        for name in names["with"]:
            cursor.execute('CREATE SCHEMA "{0}"; CREATE TABLE "{0}".schema_version (version integer)'.format(name))
        for name in names["without"]:
            cursor.execute('CREATE SCHEMA "{0}"; CREATE TABLE "{0}".households (uuid text)'.format(name))
    yield names
    with connection.cursor() as cursor:
        for name in names["with"] + names["without"]:
            cursor.execute('DROP SCHEMA "{}" CASCADE'.format(name))
    connection.close()


def catalogue_workspaces(uri):
    """The schemas with a schema_version table, as the database's own catalogue lists them."""
    import psycopg2

    connection = psycopg2.connect(uri)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT table_schema FROM information_schema.tables WHERE table_name = 'schema_version'")
            return sorted(row[0] for row in cursor.fetchall())
    finally:
        connection.close()


def test_open_dialog_lists_the_workspaces_of_a_saved_connection(saved_connection, schemas, postgis_server):
    from csiap_planner.plugin.open_workspace_dialog import OpenWorkspaceDialog
    from qgis.core import QgsSettings
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    dialog = OpenWorkspaceDialog()
    assert dialog.postgis_choice.isEnabled()
    dialog.connection.setCurrentText(saved_connection)
    dialog.postgis_choice.setChecked(True)
    listed = [dialog.workspace.itemText(k) for k in range(dialog.workspace.count())]
    # Every workspace schema of the database (other tests' too), and only those.
    assert listed == catalogue_workspaces(postgis_server)
    assert set(schemas["with"]) <= set(listed) and not set(schemas["without"]) & set(listed)
    dialog.workspace.setCurrentText(schemas["with"][1])
    assert dialog.reference() == "{}|schema={}".format(saved_connection, schemas["with"][1])
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    # Fits a laptop screen with room to spare.
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 600, hint
    # Opened: the next dialog starts on the same database, its workspaces listed.
    dialog.accept()
    dialog.deleteLater()
    again = OpenWorkspaceDialog()
    try:
        assert again.postgis_choice.isChecked() and again.connection.currentText() == saved_connection
        assert again.workspace.count() == len(listed)
    finally:
        again.deleteLater()
        QgsSettings().remove("csiap_planner/open_workspace")


def test_open_dialog_file_choice_and_an_unreachable_database(qgis_app, tmp_path):
    from csiap_planner.plugin.open_workspace_dialog import OpenWorkspaceDialog
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    with socket.socket() as probe:   # a local port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    uri = QgsDataSourceUri()
    uri.setConnection("127.0.0.1", str(port), "nowhere", "csiap", "")
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(uri.uri(False), {})

    dialog = OpenWorkspaceDialog(connections={"Server mati": connection})
    open_button = dialog.buttons.button(QDialogButtonBox.StandardButton.Open)
    assert dialog.file_choice.isChecked() and not open_button.isEnabled()
    dialog.file.setFilePath(str(tmp_path / "pondok_pinang.gpkg"))
    assert dialog.reference() == str(tmp_path / "pondok_pinang.gpkg") and open_button.isEnabled()

    dialog.postgis_choice.setChecked(True)
    assert dialog.workspace.count() == 0 and dialog.reference() == "" and not open_button.isEnabled()
    assert "Server mati" in dialog.message.text()
    dialog.deleteLater()

    # No saved connection: the PostGIS choice is off, and the message says how to add one.
    bare = OpenWorkspaceDialog(connections={})
    assert not bare.postgis_choice.isEnabled() and "PostgreSQL" in bare.message.text()
    bare.deleteLater()


def test_references_are_neutral(qgis_app):
    """The plugin's own helpers take a PostGIS reference as it is, never as a file."""
    from csiap_planner.plugin.main import annex_folder
    from csiap_planner.workspace.project import same_file

    reference = "Pokja Kota|schema=pondok_pinang"
    day = datetime.date(2027, 3, 1)
    assert annex_folder(reference, day) == os.path.join(
        os.path.expanduser("~"), "CSIAP", "pondok_pinang", "lampiran", "2027-03-01")
    assert annex_folder("postgresql://u@h:5432/db?schema=cipete&sslmode=disable", day).endswith(
        os.path.join("CSIAP", "cipete", "lampiran", "2027-03-01"))
    # What the docks compare an algorithm's write with (main.workspace_written).
    assert same_file("host=h port=5432 dbname=db schema=cipete", "postgresql://u@h/db?schema=cipete")
    assert not same_file("host=h dbname=db schema=cipete", "host=h dbname=db schema=pondok_pinang")
    assert not same_file("host=h dbname=db schema=cipete", "/data/cipete.gpkg")


# --- The docks on a PostGIS workspace (its project kept in the database) ----------------

X0, Y0 = 700000.0, 9300000.0
M = 1_000_000


def schema_of(reference):
    return reference.rsplit("schema=", 1)[1]


def pg_rows(server, sql, *values):
    """Rows of a query on the test database, with psycopg2 (independent of the plugin)."""
    import psycopg2

    connection = psycopg2.connect(server)
    try:
        with connection.cursor() as cursor:
            cursor.execute(sql, values)
            return cursor.fetchall()
    finally:
        connection.close()


def rt_cells():
    """Two RW of two RT each, 100 m cells (as tests/test_digitising_docks.py)."""
    return [{"uuid": "rt{}".format(i), "rw": rw, "code": rt,
             "geometry": box(X0 + i * 100, Y0, X0 + (i + 1) * 100, Y0 + 100)}
            for i, (rw, rt) in enumerate((("001", "001"), ("001", "002"), ("002", "001"), ("002", "002")))]


def with_wkb(rows):
    """Rows with a shapely ``geometry`` as storage rows (``wkb``), multipolygons where the layer is."""
    from shapely.geometry import MultiPolygon

    return [{k: v for k, v in dict(row, wkb=MultiPolygon([row["geometry"]]).wkb).items() if k != "geometry"}
            for row in rows]


@pytest.fixture()
def pg_workspace(qgis_app, postgis_reference, sample_boundary_layer):
    """A workspace of the sample kelurahan in a schema of its own, its project in the schema;
    ``(reference, project URI)``. The open project is cleared after the test."""
    from csiap_planner.workspace import create_workspace
    from qgis.core import QgsProject

    reference, project = create_workspace(postgis_reference, "Pondok Pinang", language="id",
                                          boundary=sample_boundary_layer(), kecamatan="Kebayoran Lama")
    yield reference, project
    QgsProject.instance().clear()


@pytest.fixture()
def python_errors(monkeypatch):
    """Exceptions raised in Qt slots (PyQt hands them to sys.excepthook), collected."""
    import sys

    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, trace: caught.append(error))
    return caught


@pytest.fixture()
def plugin(qgis_iface):
    import importlib

    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.providerById("csiap") is not None:  # registered by another test's fixture
        registry.removeProvider(registry.providerById("csiap"))
    loaded = importlib.import_module("csiap_planner").classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()


DOCKS = ("show_social_map_dock", "show_problems_dock", "show_scoring_dock", "show_process_dock",
         "show_action_plan_dock", "show_conflicts_dock")


def test_the_project_of_a_postgis_workspace_is_followed_by_every_dock(pg_workspace, plugin, postgis_server,
                                                                       python_errors):
    from csiap_planner.core import schema
    from csiap_planner.workspace.project import same_file
    from qgis.core import QgsProject

    reference, project_uri = pg_workspace
    assert project_uri.startswith("postgresql://")
    # The project is in the schema (QGIS's project storage table), read from there.
    assert pg_rows(postgis_server, 'SELECT name FROM "{}".qgis_projects'.format(schema_of(reference)))
    assert QgsProject.instance().read(project_uri)
    followed = plugin.project_workspace
    assert followed.path and same_file(followed.path, reference)
    tables = {row[0] for row in pg_rows(postgis_server, "SELECT table_name FROM information_schema.tables "
                                        "WHERE table_schema = %s", schema_of(reference))}
    assert set(followed.layers) == {layer.name for layer in schema.LAYERS} and set(followed.layers) <= tables
    assert {layer.providerType() for layer in followed.layers.values()} == {"postgres"}
    for show in DOCKS:
        dock = getattr(plugin, show)()
        shown = getattr(dock, "workspace", None) or getattr(dock, "layers", None)
        assert shown, show
        if getattr(dock, "workspace", None):
            assert same_file(dock.workspace, reference), show
        banner = getattr(dock, "banner", None)
        assert banner is None or banner.isHidden(), show
    # A photo stored relative to the project has no folder to be found in (the project is in the
    # database, its home "postgresql:/"): none is shown, rather than a path that names nothing.
    assert plugin.problems_dock.photo_path("DCIM/genangan.jpg") is None
    assert plugin.problems_dock.photo_path("/data/foto/genangan.jpg") == "/data/foto/genangan.jpg"
    # The conflicts dock read the (empty) conflicts table, not an error.
    assert plugin.conflicts_dock.summary.text().startswith("0 "), plugin.conflicts_dock.summary.text()
    # The menu's way in opens the same project, by the reference the dialog gives.
    QgsProject.instance().clear()
    assert plugin.project_workspace.path is None and not plugin.action_plan_dock.banner.isHidden()
    assert plugin.open_workspace(reference)
    assert same_file(plugin.project_workspace.path, reference)
    assert python_errors == []


def test_an_action_plan_edit_reaches_the_database(pg_workspace, plugin, postgis_server, python_errors):
    from csiap_planner.workspace.storage import write_rows
    from qgis.core import QgsProject

    reference, project_uri = pg_workspace
    write_rows(reference, {
        "rt": with_wkb(rt_cells()),
        "meetings": [{"uuid": "m-rembuk", "meeting_date": "2026-11-03", "kind": "rembuk_rt", "title": "Rembuk RT 1"}],
        "actions": [{"uuid": "a-stbm", "kind": "behaviour_change", "description": "Kampanye STBM",
                     "location_level": "RT", "location_code": "002/002", "rw": "002", "rt": "002", "volume": 1,
                     "unit": "paket", "unit_cost": 5 * M, "total_cost": 5 * M, "funding_source": "csr"},
                    {"uuid": "a-mck", "kind": "rehabilitate", "description": "MCK", "location_level": "RT",
                     "location_code": "001/001", "rw": "001", "rt": "001", "volume": 1, "unit": "unit",
                     "unit_cost": 50 * M, "total_cost": 50 * M, "funding_source": "swadaya"}]})
    assert QgsProject.instance().read(project_uri)
    dock = plugin.show_action_plan_dock()
    assert dock.table.rowCount() == 2
    assert dock.select("a-stbm")
    dock.edits["volume"].setText("3")
    dock.choosers["meeting_uuid"].setCurrentIndex(dock.choosers["meeting_uuid"].findData("m-rembuk"))
    assert dock.save_action(), dock.status.text()
    query = 'SELECT uuid, volume, unit_cost, total_cost, meeting_uuid FROM "{}".actions ORDER BY uuid'.format(
        schema_of(reference))
    # By hand: 3 × Rp 5,000,000; the other action unchanged.
    assert pg_rows(postgis_server, query) == [("a-mck", 1, 50 * M, 50 * M, None),
                                              ("a-stbm", 3, 5 * M, 15 * M, "m-rembuk")]
    # The project's layer reads the new value too.
    layer = plugin.project_workspace.layers["actions"]
    assert sorted(f["total_cost"] for f in layer.getFeatures()) == [15 * M, 50 * M]
    # A bad share is refused naming the action; the database keeps what it had.
    dock.edits["swadaya_cash_pct"].setText("150")
    assert not dock.save_action() and "Kampanye STBM" in dock.status.text()
    assert pg_rows(postgis_server, query)[1] == ("a-stbm", 3, 5 * M, 15 * M, "m-rembuk")
    assert python_errors == []


def test_digitising_attaches_rw_and_rt_on_save(pg_workspace, qgis_iface, attach_oracle, postgis_server,
                                               python_errors):
    import geopandas
    from csiap_planner.plugin.project_layers import workspace_layers
    from csiap_planner.plugin.social_map_dock import SocialMapDock
    from csiap_planner.workspace.storage import write_rows
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsRectangle
    from shapely.geometry import Point

    from tests.test_digitising_docks import click

    reference, project_uri = pg_workspace
    write_rows(reference, {"rt": with_wkb(rt_cells()), "rw": with_wkb([
        {"uuid": "w1", "code": "001", "geometry": box(X0, Y0, X0 + 200, Y0 + 100)},
        {"uuid": "w2", "code": "002", "geometry": box(X0 + 200, Y0, X0 + 400, Y0 + 100)}])})
    assert QgsProject.instance().read(project_uri)
    layers = workspace_layers()
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 200)
    canvas.setDestinationCrs(layers["households"].crs())
    canvas.setExtent(QgsRectangle(X0 - 10, Y0 - 10, X0 + 410, Y0 + 110))
    dock = SocialMapDock(qgis_iface)
    dock.show_forms = False
    dock.set_layers(layers)
    dock.arm("households", "own_septic")
    clicks = ((X0 + 30, Y0 + 50), (X0 + 150, Y0 + 70), (X0 + 330, Y0 + 40))
    for x, y in clicks:
        click(canvas, dock.tool, x, y)
    households = layers["households"]
    # And one drawn with QGIS's own tools: its RT is filled when the layer is saved.
    other = QgsFeature(households.fields())
    other.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(X0 + 250, Y0 + 50)))
    other.setAttribute("uuid", "drawn-elsewhere")
    households.addFeature(other)
    assert households.commitChanges(), households.commitErrors()
    stored = pg_rows(postgis_server, 'SELECT uuid, rw, rt, ST_X(geom), ST_Y(geom) FROM "{}".households'.format(
        schema_of(reference)))
    assert len(stored) == 4
    points = geopandas.GeoDataFrame({"uuid": [r[0] for r in stored]},
                                    geometry=[Point(r[3], r[4]) for r in stored], crs=32748)
    expected = attach_oracle(points, geopandas.GeoDataFrame(rt_cells(), crs=32748))
    assert [(r[1], r[2]) for r in stored] == [expected[i] for i in range(4)]
    assert ("drawn-elsewhere", "002", "001") in [r[:3] for r in stored]
    dock.set_layers({})
    dock.deleteLater()
    assert python_errors == []


def test_the_scoring_dock_stores_a_score(pg_workspace, screened_rts, postgis_server, python_errors):
    """The GeoPackage workspace of tests/conftest.py screened_rts and the same RT and rembuk in
    PostGIS, screened by the same algorithm: the dock shows one matrix and ranking for both; a
    cell edited and saved on PostGIS is in the database's scores, with the ranking core.scoring
    gives for the stored numbers."""
    from csiap_planner.core.scoring import score_location
    from csiap_planner.plugin.scoring_dock import ScoringDock
    from csiap_planner.workspace.storage import write_rows

    import processing

    reference, _project = pg_workspace
    write_rows(reference, {"rt": with_wkb([
        {"uuid": "a", "rw": "001", "code": "001", "households": 40, "truck_access": True, "flood_prone": False,
         "geometry": box(X0, Y0, X0 + 100, Y0 + 100)},
        {"uuid": "b", "rw": "001", "code": "002", "households": 30, "truck_access": True, "flood_prone": True,
         "geometry": box(X0 + 100, Y0, X0 + 200, Y0 + 100)},
        {"uuid": "c", "rw": "002", "code": "001", "households": 20, "truck_access": False, "sewer_nearby": False,
         "geometry": box(X0, Y0 + 100, X0 + 100, Y0 + 200)}]),
        "meetings": [{"uuid": "m1", "kind": "rembuk_rt", "title": "Rembuk RT 001 II", "meeting_date": "2026-10-03"}]})
    processing.run("csiap:screenoptions", {"WORKSPACE": reference, "LEVEL": 0})

    on_file, on_database = ScoringDock(), ScoringDock()
    on_file.set_workspace(screened_rts)
    on_database.set_workspace(reference)
    assert on_database.matrix and on_database.matrix == on_file.matrix
    assert [(r.option, r.rank) for r in on_database.ranking] == [(r.option, r.rank) for r in on_file.ranking]

    dock = on_database
    options = list(dock.matrix["001/001"])
    last = [r.option for r in dock.ranking][-1]
    dock.matrix_table.item(options.index(last), dock.criteria.index("cost")).setText("1000")
    dock.meeting_combo.setCurrentIndex(dock.meeting_combo.findData("m1"))
    session = dock.save()
    assert session, dock.status.text()
    name = schema_of(reference)
    stored = pg_rows(postgis_server, 'SELECT location_code, option_code, criterion_code, raw_value FROM "{}".scores '
                     "WHERE session_uuid = %s".format(name), session)
    cells = {(location, option, criterion): float(value) for location, row in dock.matrix.items()
             for option, values in row.items() for criterion, value in values.items() if value is not None}
    assert {(r[0], r[1], r[2]): r[3] for r in stored} == cells and len(stored) == len(cells)
    assert cells[("001/001", last, "cost")] == 1000.0
    assert pg_rows(postgis_server, 'SELECT meeting_uuid FROM "{}".scoring_sessions WHERE uuid = %s'.format(name),
                   session) == [("m1",)]
    ranked = pg_rows(postgis_server, 'SELECT option_code, rank FROM "{}".ranking WHERE session_uuid = %s AND '
                     "location_code = '001/001'".format(name), session)
    expected = score_location({option: {criterion: cells.get(("001/001", option, criterion))
                                        for criterion in dock.criteria} for option in options},
                              dock.weights, dock.directions)
    assert sorted(ranked) == sorted((r.option, r.rank) for r in expected.ranking)
    for widget in (on_file, on_database):
        widget.deleteLater()
    assert python_errors == []


def test_switching_between_a_postgis_and_a_geopackage_project(pg_workspace, workspace_copy, plugin, python_errors):
    """Every dock open, the project switched PostGIS → GeoPackage → PostGIS (by the menu's way
    in) → none: each dock is on the open project's workspace at every step, and no slot raises."""
    from csiap_planner.workspace.project import same_file, workspace_source
    from qgis.core import QgsProject

    reference, project_uri = pg_workspace
    project = QgsProject.instance()

    def workspaces_of_docks():
        found = {}
        for show in DOCKS:
            dock = getattr(plugin, show)()
            if hasattr(dock, "workspace"):
                found[show] = dock.workspace or None
            else:   # the map docks hold the project's layers
                sources = {workspace_source(layer)[0] for layer in dock.layers.values()}
                assert len(sources) <= 1, sources
                found[show] = next(iter(sources), None)
        return found

    def on(expected):
        found = workspaces_of_docks()
        assert all(path and same_file(path, expected) for path in found.values()), (expected, found)
        assert same_file(plugin.project_workspace.path, expected)

    assert project.read(project_uri)
    on(reference)
    assert project.read(workspace_copy[:-len(".gpkg")] + ".qgz")
    on(workspace_copy)
    assert {layer.providerType() for layer in plugin.social_map_dock.layers.values()} == {"ogr"}
    assert plugin.open_workspace(reference)
    on(reference)
    assert {layer.providerType() for layer in plugin.social_map_dock.layers.values()} == {"postgres"}
    project.clear()
    assert set(workspaces_of_docks().values()) == {None} and plugin.project_workspace.path is None
    assert python_errors == []


def test_an_older_postgis_workspace_is_upgraded_from_the_menu(schema2_reference, plugin, postgis_server,  # noqa: F811
                                                              monkeypatch, python_errors):
    """Its project opened: the message bar offers the upgrade; Open workspace… asks (no copies
    are promised: the schema is upgraded in place), upgrades, and opens the project."""
    from csiap_planner.core import schema
    from csiap_planner.plugin import main
    from csiap_planner.workspace import project_path_for
    from csiap_planner.workspace.project import same_file
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QMessageBox

    reference = schema2_reference
    name = schema_of(reference)
    assert main.project_exists(project_path_for(reference))
    assert not main.project_exists(project_path_for(reference).replace("project=csiap", "project=nowhere"))
    assert QgsProject.instance().read(project_path_for(reference))
    assert plugin.project_workspace.path is None   # an older workspace is offered an upgrade, not edited
    assert same_file(plugin.offer_upgrade(), reference)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *buttons: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    assert plugin.open_workspace(reference)
    assert len(asked) == 1 and "(schema version 2)" in asked[0] and "copies" not in asked[0]
    # One row per version the workspace had: the newest is this plugin's.
    assert pg_rows(postgis_server, 'SELECT max(version) FROM "{}".schema_version'.format(name)) == [
        (schema.SCHEMA_VERSION,)]
    assert pg_rows(postgis_server, "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND "
                   "table_name = 'unit_costs'", name) == [(1,)]
    assert same_file(plugin.project_workspace.path, reference)
    assert "unit_costs" in plugin.project_workspace.layers
    assert same_file(plugin.show_action_plan_dock().workspace, reference)
    QgsProject.instance().clear()
    assert python_errors == []


def test_open_workspace_through_a_saved_connection(pg_workspace, saved_connection, plugin, monkeypatch,
                                                  python_errors):
    """The menu's whole way in: the dialog, the saved connection and the workspace's schema
    chosen, its project opened, the docks on it."""
    from csiap_planner.plugin import open_workspace_dialog
    from csiap_planner.workspace.project import same_file

    reference, _project = pg_workspace
    chosen = []

    def choose(dialog):
        dialog.postgis_choice.setChecked(True)
        dialog.connection.setCurrentText(saved_connection)
        dialog.workspace.setCurrentText(schema_of(reference))
        chosen.append(dialog.reference())
        return True

    monkeypatch.setattr(open_workspace_dialog.OpenWorkspaceDialog, "exec", choose)
    assert plugin.choose_and_open_workspace()
    assert chosen == ["{}|schema={}".format(saved_connection, schema_of(reference))]
    assert same_file(chosen[0], reference)
    assert same_file(plugin.project_workspace.path, reference)
    assert same_file(plugin.show_scoring_dock().workspace, reference)
    assert python_errors == []


def test_the_process_dock_writes_meetings_stages_and_the_venn_to_the_database(pg_workspace, plugin,
                                                                              postgis_server, python_errors):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QDate
    from qgis.PyQt.QtWidgets import QTableWidgetItem

    reference, project_uri = pg_workspace
    name = schema_of(reference)
    assert QgsProject.instance().read(project_uri)
    dock = plugin.show_process_dock()

    def meetings():
        return {row[0]: row[1:] for row in pg_rows(postgis_server, "SELECT uuid, title, meeting_date, "
                                                   'attendance_female, attendance_male, kind FROM "{}".meetings'
                                                   .format(name))}

    dock.new_meeting()
    dock.meeting_date.setDate(QDate(2026, 10, 5))
    dock.meeting_kind.setCurrentIndex(dock.meeting_kind.findData("fgd"))
    dock.meeting_title.setText("FGD perempuan RW 002")
    dock.meeting_women.setValue(14)
    dock.meeting_men.setValue(2)
    new = dock.save_meeting()
    assert new, dock.status.text()
    assert meetings() == {new: ("FGD perempuan RW 002", datetime.date(2026, 10, 5), 14, 2, "fgd")}
    dock.edit_meeting(new)
    dock.meeting_men.setValue(6)
    assert dock.save_meeting() == new and meetings()[new][3] == 6

    dock.set_done("mapping")
    dock.meeting_combo("mapping").setCurrentIndex(dock.meeting_combo("mapping").findData(new))
    assert pg_rows(postgis_server, 'SELECT done_date, meeting_uuid FROM "{}".stages WHERE activity = %s'.format(
        name), "mapping") == [(datetime.date.today(), new)]

    dock._add_institution()
    last = dock.institutions.rowCount() - 1
    for column, text in enumerate(("Bank sampah", "community", "3", "4")):
        dock.institutions.setItem(last, column, QTableWidgetItem(text))
    dock.save_institutions()
    assert pg_rows(postgis_server, 'SELECT importance, closeness FROM "{}".institutions WHERE name = %s'.format(
        name), "Bank sampah") == [(3, 4)]
    assert dock.delete_meeting() and meetings() == {}
    assert python_errors == []
