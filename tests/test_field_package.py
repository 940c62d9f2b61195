"""csiap:packagefield: a team's folder for QField / Mergin Maps (issue 19), checked with
sqlite3 and by opening its project in QGIS from another folder."""

import json
import os
import re
import sqlite3
import stat
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import field_setup  # noqa: E402

EDITED = {"households", "facilities", "problems", "candidate_sites", "actions"}
READ_ONLY = {"kelurahan", "rw", "rt", "meetings"}


def _package(workspace, folder, team="Tim RW 001", **extra):
    import processing

    parameters = {"WORKSPACE": workspace, "TEAM": team, "OUTPUT_FOLDER": str(folder)}
    parameters.update(extra)
    return processing.run("csiap:packagefield", parameters)


def _query(path, sql, *args):
    db = sqlite3.connect(path)
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()


def test_package_of_one_rw(csiap_processing, workspace_copy, seed_rows, tmp_path):
    workspace = field_setup.make_workspace(workspace_copy, seed_rows)
    folder = tmp_path / "pkg"
    result = _package(workspace, folder, RW="RW 1")   # as people write it: the workspace's "001"
    data, base = str(folder / "data.gpkg"), str(folder / "base.gpkg")
    tables = {row[0] for row in _query(data, "SELECT table_name FROM gpkg_contents")}
    assert tables == EDITED | READ_ONLY | {"schema_version", "layer_styles"}
    assert sorted(r[0] for r in _query(data, "SELECT uuid FROM households")) == ["h1", "h2", "h3"]
    assert [r[0] for r in _query(data, "SELECT code FROM rw")] == ["001"]
    assert [r[0] for r in _query(data, "SELECT uuid FROM problems")] == ["p1"]
    assert [r[0] for r in _query(data, "SELECT uuid FROM actions")] == ["a1"]
    # The other RW's personal data is not in the file, not even in its free pages.
    with open(data, "rb") as handle:
        assert b"Joko Rahasia" not in handle.read()
    # The base: the same rows, read-only.
    for table in EDITED:
        assert _query(data, "SELECT * FROM {}".format(table)) == _query(base, "SELECT * FROM {}".format(table))
    assert not os.stat(base).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    metadata = json.loads((folder / "package.json").read_text(encoding="utf-8"))
    assert metadata["team"] == "Tim RW 001" and metadata["rw"] == "001"
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", metadata["packaged_at"])
    assert metadata["kelurahan_uuid"] == _query(workspace, "SELECT uuid FROM kelurahan")[0][0]
    assert metadata["kelurahan"] == "Pondok Pinang" and metadata["schema_version"] == 3
    # Photos under DCIM/, the rows pointing at them by relative paths.
    assert _query(data, "SELECT photo FROM households WHERE uuid = 'h1'") == [("DCIM/h1.jpg",)]
    with open(os.path.join(os.path.dirname(workspace), "photos", "h1.jpg"), "rb") as original:
        assert (folder / "DCIM" / "h1.jpg").read_bytes() == original.read()
    assert not (folder / "DCIM" / "h4.jpg").exists()
    assert result["PROJECT"] == str(folder / "project.qgs")


def _check_field_app_constraints(project_path):
    """What QField needs of a project: GeoPackage layers (an MBTiles/GeoPackage basemap),
    only the widgets it supports, no absolute path anywhere in the .qgs."""
    from csiap_planner.core import schema
    from qgis.core import QgsProject

    text = open(project_path, encoding="utf-8").read()
    sources = re.findall(r"<datasource>([^<]*)</datasource>", text)
    assert sources and all(s.startswith("./") for s in sources if s), sources
    assert not re.search(r"(?<![\w.])/(tmp|home|root|usr)/", text)
    project = QgsProject()
    assert project.read(project_path)
    try:
        layers = list(project.mapLayers().values())
        for layer in layers:
            assert layer.isValid(), layer.name()
            path = layer.source().split("|")[0]
            assert os.path.splitext(path)[1].lower() in (".gpkg", ".mbtiles"), path
            if layer.type() == layer.VectorLayer:
                assert path.endswith(".gpkg")
                for index in range(layer.fields().count()):
                    widget = layer.editorWidgetSetup(index).type()
                    assert widget in schema.FIELD_APP_WIDGETS, (layer.name(), layer.fields()[index].name(), widget)
        return {layer.source().split("layername=")[-1]: layer for layer in layers}, project
    except BaseException:
        project.clear()
        raise


def test_package_opens_in_qgis_from_another_folder(csiap_processing, workspace_copy, seed_rows, tmp_path):
    from osgeo import gdal

    workspace = field_setup.make_workspace(workspace_copy, seed_rows)
    basemap = str(tmp_path / "orthophoto.gpkg")
    raster = gdal.GetDriverByName("GPKG").Create(basemap, 8, 8, 3, gdal.GDT_Byte)
    raster.SetGeoTransform((field_setup.X0, 25, 0, field_setup.Y0 + 200, 0, -25))
    raster.SetProjection(_query(workspace, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = "
                                           "(SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'rw')")[0][0])
    raster = None
    _package(workspace, tmp_path / "pkg", BASEMAP=basemap)
    elsewhere = field_setup.copy_folder(str(tmp_path / "pkg"), str(tmp_path / "tablet" / "Tim 1"))
    layers, project = _check_field_app_constraints(os.path.join(elsewhere, "project.qgs"))
    try:
        assert set(layers) >= EDITED | READ_ONLY
        households = layers["households"]
        assert households.featureCount() == 4
        assert os.path.dirname(households.source().split("|")[0]) == elsewhere
        # The forms: tabs, value maps with the code list, the photo's attachment widget.
        index = households.fields().indexOf("toilet_access")
        assert households.editorWidgetSetup(index).type() == "ValueMap"
        assert households.editorWidgetSetup(households.fields().indexOf("photo")).type() == "ExternalResource"
        assert households.editFormConfig().tabs()
        assert all(layers[name].readOnly() for name in READ_ONLY)
        assert not any(layers[name].readOnly() for name in EDITED)
        assert any(layer.type() == layer.RasterLayer for layer in layers.values())
    finally:
        project.clear()


def test_package_refusals(csiap_processing, workspace_copy, seed_rows, tmp_path, refused):
    workspace = field_setup.make_workspace(workspace_copy, seed_rows)
    with refused("no RW 009; its RW are: 001, 002"):
        _package(workspace, tmp_path / "a", RW="009")
    assert not (tmp_path / "a").exists()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("x")
    with refused("is not empty"):
        _package(workspace, tmp_path / "b")
    with refused("Give the team"):
        _package(workspace, tmp_path / "c", team="  ")


def _seed_meetings(workspace, seed_rows):
    seed_rows(workspace, "meetings", [
        {"uuid": "m1", "kind": "rembuk_rw", "title": "Rembuk RW 1", "rw": "1", "facilitator": "Pemandu Satu"},
        {"uuid": "m2", "kind": "rembuk_rw", "title": "Rembuk RW 2", "rw": "002", "facilitator": "Pemandu Dua"},
        {"uuid": "m3", "kind": "rembuk_rw", "title": "Rembuk kelurahan", "facilitator": "Pemandu Kelurahan"},
    ])


def test_package_leaves_meetings_personal_data_and_other_rw_out(csiap_processing, workspace_copy, seed_rows,
                                                                tmp_path):
    workspace = field_setup.make_workspace(workspace_copy, seed_rows)
    _seed_meetings(workspace, seed_rows)
    kinds = {r[0] for r in _query(workspace, "SELECT kind FROM meetings")}
    assert kinds   # the seed took (the code list accepted "rembuk")
    # One RW: its own meetings and the kelurahan-wide one, no facilitator anywhere.
    folder = tmp_path / "pkg_rw"
    _package(workspace, folder, RW="001")
    data = str(folder / "data.gpkg")
    assert sorted(r[0] for r in _query(data, "SELECT uuid FROM meetings")) == ["m1", "m3"]
    assert _query(data, "SELECT count(*) FROM meetings WHERE facilitator IS NOT NULL") == [(0,)]
    for path in (data, str(folder / "base.gpkg")):
        with open(path, "rb") as handle:
            content = handle.read()
        assert b"Pemandu" not in content and b"Rembuk RW 2" not in content
    # The edited layers keep their personal data: the team visits those households.
    assert _query(data, "SELECT household_head FROM households WHERE uuid = 'h1'") == [("Siti",)]
    # The whole kelurahan: every meeting, still no facilitator.
    folder = tmp_path / "pkg_all"
    _package(workspace, folder, team="Tim kelurahan")
    data = str(folder / "data.gpkg")
    assert sorted(r[0] for r in _query(data, "SELECT uuid FROM meetings")) == ["m1", "m2", "m3"]
    assert _query(data, "SELECT count(*) FROM meetings WHERE facilitator IS NOT NULL") == [(0,)]
    with open(data, "rb") as handle:
        assert b"Pemandu" not in handle.read()
    # The workspace itself is untouched.
    assert _query(workspace, "SELECT facilitator FROM meetings WHERE uuid = 'm2'") == [("Pemandu Dua",)]
