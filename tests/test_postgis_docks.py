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
    dialog.deleteLater()


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
    from csiap_planner.plugin.project_layers import same_workspace

    reference = "Pokja Kota|schema=pondok_pinang"
    day = datetime.date(2027, 3, 1)
    assert annex_folder(reference, day) == os.path.join(
        os.path.expanduser("~"), "CSIAP", "pondok_pinang", "lampiran", "2027-03-01")
    assert annex_folder("postgresql://u@h:5432/db?schema=cipete&sslmode=disable", day).endswith(
        os.path.join("CSIAP", "cipete", "lampiran", "2027-03-01"))
    assert same_workspace(reference, reference)
    assert not same_workspace(reference, "Pokja Kota|schema=cipete")
    assert not same_workspace(reference, "/data/pondok_pinang.gpkg")
    assert not same_workspace(None, reference)
