"""A created workspace, read back independently (sqlite3, fiona, geopandas,
the project XML), holds every layer, field, alias and code list of the
schema; bad files are refused without being touched."""

import hashlib
import os
import shutil
import sqlite3
import xml.etree.ElementTree as ET
import zipfile

import fiona
import geopandas
import pytest
from csiap_planner.core import schema
from csiap_planner.workspace import WorkspaceError, create_workspace, open_workspace

SQL_TYPES = {schema.TEXT: "TEXT", schema.INTEGER: "MEDIUMINT", schema.REAL: "REAL",
             schema.DATE: "DATE", schema.BOOLEAN: "BOOLEAN"}
GPKG_GEOMETRY = {schema.POINT: "POINT", schema.MULTIPOLYGON: "MULTIPOLYGON",
                 schema.MULTILINESTRING: "MULTILINESTRING"}


def digest(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def connect(path):
    return sqlite3.connect("file:{}?mode=ro".format(path), uri=True)


def test_every_layer_and_field_is_in_the_geopackage(sample_workspace):
    gpkg, _project = sample_workspace
    with connect(gpkg) as db:
        contents = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents"))
        geometry = dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
        for layer in schema.LAYERS:
            assert contents[layer.name] == ("features" if layer.is_spatial else "attributes")
            if layer.is_spatial:
                assert geometry[layer.name] == GPKG_GEOMETRY[layer.geometry]
            columns = {row[1]: row[2] for row in db.execute("PRAGMA table_info('{}')".format(layer.name))}
            for field in layer.fields:
                assert field.name in columns, (layer.name, field.name)
                assert columns[field.name].upper().startswith(SQL_TYPES[field.type][:4]) or (
                    field.type == schema.INTEGER and columns[field.name].upper() in ("INTEGER", "INT")), \
                    (layer.name, field.name, columns[field.name])
        # uuid is unique: a second row with the same key is refused by the file itself.
        assert any("UNIQUE" in (sql or "").upper() and "uuid" in sql for (sql,) in db.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'households'"))


def test_aliases_and_code_lists_are_stored_in_the_language(sample_workspace):
    gpkg, _project = sample_workspace
    with connect(gpkg) as db:
        aliases = {(t, c): n for t, c, n in db.execute(
            "SELECT table_name, column_name, title FROM gpkg_data_columns")}
        domains = {}
        for name, value, description in db.execute(
                "SELECT constraint_name, value, description FROM gpkg_data_column_constraints "
                "WHERE constraint_type = 'enum'"):
            domains.setdefault(name, {})[value] = description
        bound = {(t, c): d for t, c, d in db.execute(
            "SELECT table_name, column_name, constraint_name FROM gpkg_data_columns "
            "WHERE constraint_name IS NOT NULL")}
    for layer in schema.LAYERS:
        for field in layer.fields:
            assert aliases[(layer.name, field.name)] == field.alias.id
            if field.codelist is not None:
                domain = domains[bound[(layer.name, field.name)]]
                assert domain == {c.value: c.label.id for c in field.codelist.codes}


def test_english_workspace_has_english_aliases_labels_and_groups(tmp_path, sample_boundary_layer):
    gpkg, project = create_workspace(str(tmp_path / "en.gpkg"), "Pondok Pinang", language="en",
                                     boundary=sample_boundary_layer())
    with connect(gpkg) as db:
        alias = db.execute("SELECT title FROM gpkg_data_columns WHERE table_name = 'households' "
                           "AND column_name = 'toilet_access'").fetchone()[0]
        labels = {v: d for v, d in db.execute(
            "SELECT value, description FROM gpkg_data_column_constraints WHERE constraint_name = 'toilet_access_en'")}
    assert alias == "Toilet access"
    assert labels["none"] == "None (open defecation)"
    groups = [g.get("name") for g in project_xml(project).iter("layer-tree-group") if g.get("name")]
    assert groups == [g.title.en for g in schema.GROUPS]


def test_schema_version_and_relations_are_recorded(sample_workspace):
    gpkg, _project = sample_workspace
    with connect(gpkg) as db:
        assert db.execute("SELECT max(version) FROM schema_version").fetchone()[0] == schema.SCHEMA_VERSION
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "gpkgext_relations" in tables:  # GDAL >= 3.6 writes them
            stored = {(b, r, c) for b, r, c in db.execute(
                "SELECT base_table_name, related_table_name, mapping_table_name FROM gpkgext_relations")}
            assert {(r.parent, r.child) for r in schema.RELATIONS} == {(b, r) for b, r, _ in stored}


def test_kelurahan_outline_area_and_crs_match_geopandas(sample_workspace, sample_path):
    gpkg, _project = sample_workspace
    stored = geopandas.read_file(gpkg, layer="kelurahan")
    source = geopandas.read_file(sample_path, layer="kelurahan")
    assert stored.crs.to_epsg() == 32748  # Jakarta: WGS 84 / UTM 48S
    assert list(stored["name"]) == ["Pondok Pinang"]
    assert list(stored["kecamatan"]) == ["Kebayoran Lama"]
    expected_ha = source.to_crs(source.estimate_utm_crs()).area.sum() / 10000
    assert stored["area_ha"].iloc[0] == pytest.approx(expected_ha, rel=2e-3)
    # The outline covers the source polygons.
    assert stored.geometry.iloc[0].symmetric_difference(
        source.to_crs(32748).unary_union).area < 1.0  # m²
    assert len(stored["uuid"].iloc[0]) == 36


def test_fiona_reads_every_layer(sample_workspace):
    gpkg, _project = sample_workspace
    layers = set(fiona.listlayers(gpkg))
    assert {layer.name for layer in schema.LAYERS} <= layers
    with fiona.open(gpkg, layer="households") as households:
        assert list(households.schema["properties"]) == list(schema.layer("households").field_names())


def test_layers_open_in_qgis_styled_and_with_forms(sample_workspace):
    from qgis.core import QgsCategorizedSymbolRenderer, QgsVectorLayer

    gpkg, _project = sample_workspace
    for layer_def in schema.LAYERS:
        layer = QgsVectorLayer("{}|layername={}".format(gpkg, layer_def.name), layer_def.name, "ogr")
        assert layer.isValid()
        for field in layer_def.fields:
            index = layer.fields().indexFromName(field.name)
            assert layer.attributeAlias(index) == field.alias.id, (layer_def.name, field.name)
            setup = layer.editorWidgetSetup(index)
            assert setup.type() in schema.FIELD_APP_WIDGETS
            if field.codelist is not None:
                assert setup.type() == "ValueMap"
                pairs = [item for entry in setup.config()["map"] for item in entry.items()]
                # First QGIS's NULL entry, labelled empty (an unanswered choice shows blank), then the codes.
                assert pairs == [("", "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}")] + [
                    (c.label.id, c.value) for c in field.codelist.codes]
    households = QgsVectorLayer(gpkg + "|layername=households", "households", "ogr")
    renderer = households.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    # Categories from the social-map palette, labelled in the workspace's language.
    from csiap_planner.core import palette

    assert {c.value(): c.label() for c in renderer.categories()} == {e.key: e.label.id for e in palette.HOUSEHOLDS}
    members = households.fields().indexFromName("members")
    assert households.editorWidgetSetup(members).config()["Max"] == 30
    assert "30" in households.constraintExpression(members)


def project_xml(project_path):
    with zipfile.ZipFile(project_path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".qgs"))
        return ET.fromstring(archive.read(name))


def test_project_groups_layers_relations_and_relative_paths(sample_workspace):
    gpkg, project = sample_workspace
    assert os.path.splitext(project)[0] == os.path.splitext(gpkg)[0]
    root = project_xml(project)
    groups = [g.get("name") for g in root.iter("layer-tree-group") if g.get("name")]
    assert groups == [g.title.id for g in schema.GROUPS]
    sources = [e.text for e in root.iter("datasource") if e.text]
    assert len(sources) == len(schema.LAYERS)
    assert all(s.startswith("./pondok_pinang.gpkg|layername=") for s in sources), sources
    relations = {r.get("id") for r in root.iter("relation")}
    assert relations == {r.id for r in schema.RELATIONS}
    assert root.find("projectCrs/spatialrefsys/authid").text == "EPSG:32748"


def test_a_file_that_is_not_a_workspace_is_refused_unchanged(tmp_path, sample_path):
    copy = tmp_path / "not_a_workspace.gpkg"
    shutil.copy(sample_path, copy)
    before = digest(copy)
    with pytest.raises(WorkspaceError, match="schema_version"):
        open_workspace(str(copy))
    assert digest(copy) == before
    text = tmp_path / "notes.gpkg"
    text.write_text("rembuk RW 03")
    with pytest.raises(WorkspaceError):
        open_workspace(str(text))
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(str(tmp_path / "missing.gpkg"))


def test_a_newer_workspace_is_refused_unchanged(any_workspace, query, workspace_state):
    query(any_workspace, "INSERT INTO schema_version (version, applied_at) VALUES (?, 'later')",
          schema.SCHEMA_VERSION + 1)
    before = workspace_state(any_workspace)
    with pytest.raises(WorkspaceError, match="newer"):
        open_workspace(any_workspace)
    assert workspace_state(any_workspace) == before


def test_open_workspace_gives_its_layers(any_workspace, backend, query):
    workspace = open_workspace(any_workspace)
    assert workspace.version == schema.SCHEMA_VERSION
    assert workspace.layer("rw").isValid()
    if backend == "gpkg":
        assert os.path.exists(workspace.project_path)
    else:   # kept in the schema, by QGIS's PostgreSQL project storage
        assert len(query(any_workspace, "SELECT content FROM qgis_projects")) == 1
        assert "schema=" in workspace.project_path


def test_failed_creation_leaves_the_old_workspace_as_it_was(any_workspace, backend, monkeypatch, workspace_state,
                                                            query):
    import csiap_planner.workspace as workspace_module

    project = workspace_module.project_path_for(any_workspace)
    before = (workspace_state(any_workspace), digest(project) if backend == "gpkg" else None)

    def broken_project(*_args, **_kwargs):
        raise WorkspaceError("disk full")

    monkeypatch.setattr(workspace_module, "write_project", broken_project)
    with pytest.raises(WorkspaceError, match="disk full"):
        create_workspace(any_workspace, "Another kelurahan", crs=_utm48s(), overwrite=True)
    assert (workspace_state(any_workspace), digest(project) if backend == "gpkg" else None) == before
    if backend == "gpkg":
        folder = os.path.dirname(any_workspace)
        assert sorted(os.listdir(folder)) == sorted([os.path.basename(any_workspace), os.path.basename(project)])
    else:   # no backup schema left behind: the old one is back under its own name
        name = any_workspace.rsplit("schema=", 1)[1]
        assert query(any_workspace, "SELECT nspname FROM pg_namespace WHERE nspname LIKE ?", name + "%") == [(name,)]


def _utm48s():
    from qgis.core import QgsCoordinateReferenceSystem

    return QgsCoordinateReferenceSystem("EPSG:32748")


def test_crs_must_come_from_a_boundary_or_be_projected(tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem

    with pytest.raises(WorkspaceError, match="boundary"):
        create_workspace(str(tmp_path / "a.gpkg"), "Pondok Pinang")
    with pytest.raises(WorkspaceError, match="degrees"):
        create_workspace(str(tmp_path / "b.gpkg"), "Pondok Pinang", crs=QgsCoordinateReferenceSystem("EPSG:4326"))
    with pytest.raises(WorkspaceError, match="name"):
        create_workspace(str(tmp_path / "c.gpkg"), "  ", crs=_utm48s())
    assert os.listdir(tmp_path) == []


def test_without_boundary_the_kelurahan_row_keeps_its_name(tmp_path):
    gpkg, _project = create_workspace(str(tmp_path / "c.gpkg"), "Cipinang", crs=_utm48s(),
                                      kemendagri_code="31.75.01.1003")
    rows = geopandas.read_file(gpkg, layer="kelurahan")
    assert list(rows["name"]) == ["Cipinang"] and list(rows["kemendagri_code"]) == ["31.75.01.1003"]
    assert rows.geometry.iloc[0] is None
