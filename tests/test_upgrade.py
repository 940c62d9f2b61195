"""Upgrading a workspace made by plugin 0.1.0 (schema 1) to the current schema.

``tests/data/workspace_schema1.*`` were written by the 0.1.0 code itself
(scripts/make_schema1_fixture.py), with rows typed into them, so the test
reads what a planner's old file really holds. Checks go through sqlite3,
GDAL and a fresh QgsProject, not through the upgrade code.
"""

import os
import shutil
import sqlite3
import traceback

import pytest
from csiap_planner.core import schema

from tests.workspace_files import columns, sha256

DATA = os.path.join(os.path.dirname(__file__), "data")
# What schema 2 (plugin 0.2.0) added and the algorithms need, written out by hand.
SITE_CONDITIONS = ["groundwater_depth_m", "permeability_cm_h", "slope_pct", "water_lpcd", "truck_access",
                   "flood_prone", "sewer_nearby"]
NEW_OPTION_FIELDS = ["min_permeability_cm_h", "max_density", "needs_sewer", "assumptions"]
NEW_TABLES = ["screening", "ranking", "risk_weights"]


@pytest.fixture()
def old_workspace(tmp_path):
    for ext in ("gpkg", "qgz"):
        shutil.copy(os.path.join(DATA, "workspace_schema1." + ext), tmp_path)
    return str(tmp_path / "workspace_schema1.gpkg")


def user_tables(path):
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT table_name FROM gpkg_contents ORDER BY table_name")]


def rows(path, table, names):
    with sqlite3.connect(path) as db:
        # Table and column names come from the file itself, not from a user.
        return db.execute("SELECT {} FROM \"{}\" ORDER BY rowid".format(
            ", ".join('"{}"'.format(n) for n in names), table)).fetchall()


def customise_old_project(project_path, sample_path):
    """What a planner did in 0.1.0: added a layer of their own and recoloured RW."""
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtGui import QColor

    project = QgsProject()
    assert project.read(project_path)
    roads = QgsVectorLayer(sample_path + "|layername=roads_osm2012", "Jalan (saya)", "ogr")
    project.addMapLayer(roads)
    rw = project.mapLayersByName("RW")[0]
    rw.renderer().symbol().setColor(QColor("#123456"))
    assert project.write(project_path)
    project.clear()


def form_fields(elements):
    from qgis.core import QgsAttributeEditorContainer

    names = []
    for element in elements:
        if isinstance(element, QgsAttributeEditorContainer):
            names += form_fields(element.children())
        else:
            names.append(element.name())
    return names


def test_upgrade_keeps_every_row_and_adds_what_the_schema_added(qgis_app, old_workspace, sample_path):
    from csiap_planner.workspace import current_workspace
    from csiap_planner.workspace.upgrade import upgrade_workspace
    from osgeo import gdal
    from qgis.core import QgsEditFormConfig, QgsProject

    project_path = old_workspace.replace(".gpkg", ".qgz")
    customise_old_project(project_path, sample_path)
    before = {path: sha256(path) for path in (old_workspace, project_path)}
    old_tables = user_tables(old_workspace)
    with sqlite3.connect(old_workspace) as db:
        old_columns = {table: columns(db, table) for table in old_tables}

    kept = upgrade_workspace(old_workspace)

    assert kept == [old_workspace.replace(".gpkg", ".schema1.gpkg"), project_path.replace(".qgz", ".schema1.qgz")]
    assert [sha256(p) for p in kept] == list(before.values())   # the old files, byte for byte
    assert sorted(os.listdir(os.path.dirname(old_workspace))) == sorted(
        os.path.basename(p) for p in list(before) + kept)        # no scratch left behind
    # Every old table, column and value is still there (schema_version gains a row; styles are the plugin's).
    for table in (t for t in old_tables if t != "layer_styles"):
        old_rows = rows(kept[0], table, old_columns[table])
        assert rows(old_workspace, table, old_columns[table])[:len(old_rows)] == old_rows, table
    assert len(rows(old_workspace, "households", ["fid"])) == 24 and len(rows(old_workspace, "rt", ["fid"])) == 4
    with sqlite3.connect(old_workspace) as db:
        for table in ("rt", "rw", "candidate_sites"):
            assert set(SITE_CONDITIONS) <= set(columns(db, table)), table
        assert set(NEW_OPTION_FIELDS) <= set(columns(db, "options"))
        assert "is_assumption" in columns(db, "options")          # nothing removed
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert set(NEW_TABLES) <= tables
        versions = [r[0] for r in db.execute("SELECT version FROM schema_version ORDER BY fid")]
        assert versions == [1, schema.SCHEMA_VERSION]
        assert db.execute("SELECT title FROM gpkg_data_columns WHERE table_name = 'rt' AND column_name = "
                          "'groundwater_depth_m'").fetchone()[0] == "Kedalaman muka air tanah (m)"
        styles = dict(db.execute("SELECT f_table_name, styleQML FROM layer_styles WHERE styleName = 'csiap'"))
        assert len(styles) == db.execute("SELECT count(*) FROM layer_styles").fetchone()[0]  # replaced, not doubled
        assert "groundwater_depth_m" in styles["rt"]
    dataset = gdal.OpenEx(old_workspace)
    assert dataset.GetFieldDomain("screening_rule_id") is not None
    dataset = None
    assert current_workspace(old_workspace).version == schema.SCHEMA_VERSION

    # The project: the user's layer and colour stay; new layers and forms arrive.
    project = QgsProject()
    try:
        assert project.read(project_path)
        names = [layer.name() for layer in project.mapLayers().values()]
        assert "Jalan (saya)" in names and "Hasil penyaringan opsi" in names, names
        assert project.mapLayersByName("RW")[0].renderer().symbol().color().name() == "#123456"
        rt = project.mapLayersByName("RT")[0]
        index = rt.fields().indexFromName("groundwater_depth_m")
        assert rt.attributeAlias(index) == "Kedalaman muka air tanah (m)"
        households = project.mapLayersByName("Rumah tangga (KK)")[0]
        form = households.editFormConfig()   # 0.1.0 had a plain form; 0.2.0 has tabs
        assert form.layout() == QgsEditFormConfig.EditorLayout.TabLayout
        assert "household_head" in form_fields(form.tabs()) and "containment" in form_fields(form.tabs())
    finally:
        project.clear()


def test_algorithms_refuse_an_older_workspace_until_it_is_upgraded(csiap_processing, old_workspace):
    from qgis.core import QgsProcessingException, QgsProject

    import processing

    before = sha256(old_workspace)
    with pytest.raises(QgsProcessingException, match="older CSIAP Planner.*Upgrade workspace") as caught:
        processing.run("csiap:screenoptions", {"WORKSPACE": old_workspace, "LANGUAGE": 1})
    traceback.clear_frames(caught.tb)   # its frames hold QGIS objects: freed before QGIS exits
    assert sha256(old_workspace) == before

    # Not under the layers of the open project.
    try:
        assert QgsProject.instance().read(old_workspace.replace(".gpkg", ".qgz"))
        with pytest.raises(QgsProcessingException, match="open project uses this workspace") as caught:
            processing.run("csiap:upgradeworkspace", {"WORKSPACE": old_workspace})
        traceback.clear_frames(caught.tb)
    finally:
        QgsProject.instance().clear()
    assert sha256(old_workspace) == before

    result = processing.run("csiap:upgradeworkspace", {"WORKSPACE": old_workspace})
    assert result["VERSION"] == schema.SCHEMA_VERSION and result["BACKUPS"].endswith("workspace_schema1.schema1.qgz")
    screened = processing.run("csiap:screenoptions", {"WORKSPACE": old_workspace, "LANGUAGE": 1})
    assert screened["LOCATIONS"] == 4   # the four RT typed in 0.1.0
    with sqlite3.connect(old_workspace) as db:
        assert db.execute("SELECT count(DISTINCT location_code) FROM screening").fetchone()[0] == 4

    # Upgrading a current workspace does nothing.
    current = sha256(old_workspace)
    again = processing.run("csiap:upgradeworkspace", {"WORKSPACE": old_workspace})
    assert again["BACKUPS"] == "" and sha256(old_workspace) == current


@pytest.mark.parametrize("failing,error,message", [
    ("upgrade_schema", "workspace", "disk full"), ("upgrade_project", "workspace", "disk full"),
    ("replace", "os", "cannot be replaced.*Close the projects")])   # Windows, the file still open
def test_a_failed_upgrade_changes_nothing(qgis_app, old_workspace, monkeypatch, failing, error, message):
    from csiap_planner.workspace import WorkspaceError, upgrade

    def fail(*args):
        raise WorkspaceError("disk full") if error == "workspace" else PermissionError(13, "in use")

    monkeypatch.setattr(upgrade.os if failing == "replace" else upgrade, failing, fail)
    folder = os.path.dirname(old_workspace)
    before = {name: sha256(os.path.join(folder, name)) for name in os.listdir(folder)}
    with pytest.raises(WorkspaceError, match=message):
        upgrade.upgrade_workspace(old_workspace)
    assert {name: sha256(os.path.join(folder, name)) for name in os.listdir(folder)} == before


def test_backups_in_the_way_are_not_overwritten(qgis_app, old_workspace):
    from csiap_planner.workspace import WorkspaceError
    from csiap_planner.workspace.upgrade import upgrade_workspace

    in_the_way = old_workspace.replace(".gpkg", ".schema1.gpkg")
    with open(in_the_way, "w") as handle:
        handle.write("somebody's file")
    before = sha256(old_workspace)
    with pytest.raises(WorkspaceError, match="in the way"):
        upgrade_workspace(old_workspace)
    assert sha256(old_workspace) == before and open(in_the_way).read() == "somebody's file"


def test_plugin_offers_the_upgrade_and_asks_first(qgis_iface, old_workspace, monkeypatch):
    import importlib

    from csiap_planner.plugin.project_layers import workspace_layers
    from csiap_planner.workspace.geopackage import read_schema_version
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QMessageBox

    plugin = importlib.import_module("csiap_planner").classFactory(qgis_iface)
    asked = []
    try:
        # A project read on an old workspace: the docks leave it alone, the message bar offers the upgrade.
        assert QgsProject.instance().read(old_workspace.replace(".gpkg", ".qgz"))
        assert workspace_layers() == {}
        assert plugin.offer_upgrade() == old_workspace
        # Read as a map canvas would, so that QGIS holds the old file open in its pools.
        for layer in QgsProject.instance().mapLayers().values():
            assert len(list(layer.getFeatures())) >= 0
        QgsProject.instance().clear()

        before = sha256(old_workspace)
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
        assert plugin.open_workspace(old_workspace) is False
        assert sha256(old_workspace) == before and "schema1.gpkg" in asked[0]

        # Unsaved changes in the open project: Cancel keeps everything as it was.
        QgsProject.instance().setTitle("unsaved work")
        assert QgsProject.instance().isDirty()
        answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel])
        monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
        assert plugin.open_workspace(old_workspace) is False
        assert sha256(old_workspace) == before and QgsProject.instance().title() == "unsaved work"

        answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Discard])
        assert plugin.open_workspace(old_workspace) is True
        assert read_schema_version(old_workspace) == schema.SCHEMA_VERSION
        layers = workspace_layers()
        assert set(layers) >= {"rt", "households", "screening"}
        # QGIS reads the upgraded file, not a handle on the old one.
        assert "groundwater_depth_m" in layers["rt"].fields().names() and layers["screening"].isValid()
        assert layers["rt"].featureCount() == 4 and len(list(layers["rt"].getFeatures())) == 4
        del layers
        assert plugin.offer_upgrade() is None
    finally:
        QgsProject.instance().clear()
