"""Upgrading the newest released workspace, 0.2.0's (schema 2), to the current schema,
checked against core/schema.py as a whole.

``tests/data/workspace_schema2.*`` were written by the 0.2.0 code itself
(scripts/make_schema2_fixture.py): RW, RT with site conditions, households with
personal fields, a planner's edit of the option catalogue, a screening and a
scoring session.

What the upgraded file must hold is read from core/schema.py, layer by layer
and field by field, so that every layer a later schema adds is checked too;
the file itself is read with sqlite3 and a fresh QgsProject, never through the
upgrade code.
"""

import os
import sqlite3
import traceback

import pytest
from csiap_planner.core import schema

from tests.workspace_files import columns, sha256

# How GDAL declares each schema type in a GeoPackage (a 32-bit integer is a MEDIUMINT).
DECLARED = {schema.TEXT: "TEXT", schema.INTEGER: "MEDIUMINT", schema.REAL: "REAL", schema.DATE: "DATE",
            schema.BOOLEAN: "BOOLEAN"}
USER_LAYER, USER_COLOUR = "Jalan (saya)", "#123456"


def snapshot(path):
    """``{table: {column: [value, ...]}}`` of every table of the file (in rowid order)."""
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
        found = {}
        for table in tables:
            # Names come from the file itself, not from a user.
            found[table] = {name: [r[0] for r in db.execute('SELECT "{}" FROM "{}" ORDER BY rowid'.format(
                name, table))] for name in columns(db, table)}
    return found


def customise_old_project(project_path, sample_path):
    """What a planner did in 0.2.0: added a layer of their own and recoloured RW."""
    from qgis.core import QgsProject, QgsVectorLayer
    from qgis.PyQt.QtGui import QColor

    project = QgsProject()
    assert project.read(project_path)
    project.addMapLayer(QgsVectorLayer(sample_path + "|layername=roads_osm2012", USER_LAYER, "ogr"))
    project.mapLayersByName("RW")[0].renderer().symbol().setColor(QColor(USER_COLOUR))
    assert project.write(project_path)
    project.clear()


def test_the_upgrade_keeps_every_row_and_adds_the_current_schema(csiap_processing, schema2_workspace,
                                                                      sample_path):
    from qgis.core import QgsProject

    import processing

    project_path = schema2_workspace.replace(".gpkg", ".qgz")
    customise_old_project(project_path, sample_path)
    originals = {path: sha256(path) for path in (schema2_workspace, project_path)}
    before = snapshot(schema2_workspace)

    result = processing.run("csiap:upgradeworkspace", {"WORKSPACE": schema2_workspace})

    assert result["VERSION"] == schema.SCHEMA_VERSION == 3
    kept = result["BACKUPS"].split(";")
    assert [os.path.basename(p) for p in kept] == ["workspace_schema2.schema2.gpkg", "workspace_schema2.schema2.qgz"]
    assert [sha256(p) for p in kept] == list(originals.values())   # the old files, byte for byte
    assert sorted(os.listdir(os.path.dirname(schema2_workspace))) == sorted(
        os.path.basename(p) for p in list(originals) + kept)     # no scratch left behind

    # Every old table, column and value, unchanged (the plugin's styles are replaced).
    after = snapshot(schema2_workspace)
    for table, old_columns in before.items():
        if table == "layer_styles":
            continue
        for name, values in old_columns.items():
            assert name in after[table], (table, name)
            # schema_version gains a row; the criteria gain site suitability (schema 3) after the old ones.
            if table in ("schema_version", "criteria"):
                assert after[table][name][:len(values)] == values, (table, name)
            else:
                assert after[table][name] == values, (table, name)
    assert len(after["schema_version"]["version"]) == 2 and after["schema_version"]["version"][-1] == 3

    # Every layer and field of the current schema, with its type, code list, alias and default style.
    with sqlite3.connect(schema2_workspace) as db:
        kinds = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents"))
        geometries = dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns"))
        declared = {}
        for layer_def in schema.LAYERS:
            assert layer_def.name in kinds, layer_def.name
            declared[layer_def.name] = {row[1]: row[2] for row in db.execute(
                "SELECT * FROM pragma_table_info(?)", (layer_def.name,))}
        titles = {(t, c): (title, constraint) for t, c, title, constraint in db.execute(
            "SELECT table_name, column_name, title, constraint_name FROM gpkg_data_columns")}
        codes = {}
        for name, value in db.execute("SELECT constraint_name, value FROM gpkg_data_column_constraints "
                                      "WHERE constraint_type = 'enum'"):
            codes.setdefault(name, set()).add(value)
        styles = [r[0] for r in db.execute("SELECT f_table_name FROM layer_styles WHERE styleName = 'csiap'")]
    for layer_def in schema.LAYERS:
        if layer_def.is_spatial:
            assert kinds[layer_def.name] == "features"
            assert geometries[layer_def.name] == layer_def.geometry.upper(), layer_def.name
        else:
            assert kinds[layer_def.name] == "attributes", layer_def.name
        for field in layer_def.fields:
            where = "{}.{}".format(layer_def.name, field.name)
            assert declared[layer_def.name].get(field.name) == DECLARED[field.type], where
            title, constraint = titles[(layer_def.name, field.name)]
            assert title == field.alias.id, where      # a workspace in Indonesian
            if field.codelist is not None:
                assert constraint == field.codelist.name + "_id", where
                assert codes[constraint] == set(field.codelist.values()), where
    assert sorted(styles) == sorted(layer_def.name for layer_def in schema.LAYERS)   # one each, none doubled

    # The project: the user's layer and colour stay; every layer of the schema is there, with its form.
    project = QgsProject()
    try:
        assert project.read(project_path)
        names = [layer.name() for layer in project.mapLayers().values()]
        assert USER_LAYER in names, names
        assert project.mapLayersByName("RW")[0].renderer().symbol().color().name() == USER_COLOUR
        in_project = {}
        for layer in project.mapLayers().values():
            path, _sep, options = layer.source().partition("|")
            if os.path.realpath(path) == os.path.realpath(schema2_workspace):
                in_project[options.split("layername=")[1].split("|")[0]] = layer
        for layer_def in schema.LAYERS:
            layer = in_project.get(layer_def.name)
            assert layer is not None and layer.isValid(), layer_def.name
            assert layer.featureCount() == len(next(iter(after[layer_def.name].values()))), layer_def.name
            for field in layer_def.fields:
                index = layer.fields().indexFromName(field.name)
                where = "{}.{}".format(layer_def.name, field.name)
                assert index >= 0, where
                assert layer.attributeAlias(index) == field.alias.id, where
                # The uuid is made by the form, never typed: hidden.
                widget = "Hidden" if field.widget == schema.WIDGET_UUID else field.widget
                assert layer.editorWidgetSetup(index).type() == widget, where
    finally:
        project.clear()


def required_values(algorithm, tmp_path, sample_path):
    """Values for an algorithm's required parameters, so that only the workspace can stop it."""
    from qgis.core import (
        QgsProcessingDestinationParameter,
        QgsProcessingParameterBoolean,
        QgsProcessingParameterDefinition,
        QgsProcessingParameterEnum,
        QgsProcessingParameterField,
        QgsProcessingParameterFile,
        QgsProcessingParameterMultipleLayers,
        QgsProcessingParameterNumber,
        QgsProcessingParameterString,
    )

    table = tmp_path / "input.csv"
    table.write_text("option,unit,price\nmck,fixed,1\n")
    values = {}
    for parameter in algorithm.parameterDefinitions():
        optional = parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
        if parameter.name() == "WORKSPACE" or optional or parameter.defaultValue() is not None:
            continue
        if isinstance(parameter, QgsProcessingDestinationParameter):
            values[parameter.name()] = str(tmp_path / "out" / parameter.name())
        elif isinstance(parameter, QgsProcessingParameterField):
            values[parameter.name()] = "RW"
        elif isinstance(parameter, QgsProcessingParameterFile):
            values[parameter.name()] = str(table)
        elif isinstance(parameter, QgsProcessingParameterEnum):
            values[parameter.name()] = 0
        elif isinstance(parameter, QgsProcessingParameterNumber):
            values[parameter.name()] = max(1, parameter.minimum())
        elif isinstance(parameter, QgsProcessingParameterBoolean):
            values[parameter.name()] = False
        elif isinstance(parameter, QgsProcessingParameterString):
            values[parameter.name()] = "x"
        elif isinstance(parameter, QgsProcessingParameterMultipleLayers):
            values[parameter.name()] = [sample_path + "|layername=rw"]
        else:   # a layer: the sample's RW
            values[parameter.name()] = sample_path + "|layername=rw"
    return values


def test_every_algorithm_refuses_a_schema2_workspace_until_it_is_upgraded(csiap_processing, schema2_workspace,
                                                                          tmp_path, sample_path):
    from qgis.core import QgsProcessingException

    import processing

    before = sha256(schema2_workspace)
    refused = []
    for algorithm in csiap_processing.algorithms():
        names = [p.name() for p in algorithm.parameterDefinitions()]
        if "WORKSPACE" not in names or algorithm.name() == "upgradeworkspace":
            continue
        parameters = dict(required_values(algorithm, tmp_path, sample_path), WORKSPACE=schema2_workspace)
        with pytest.raises(QgsProcessingException, match="older CSIAP Planner.*schema version 2.*Upgrade workspace"
                           ) as caught:
            processing.run(algorithm.id(), parameters)
        traceback.clear_frames(caught.tb)   # its frames hold QGIS objects: freed before QGIS exits
        refused.append(algorithm.name())
    assert {"screenoptions", "scoreoptions", "exportannex", "importunitcosts"} <= set(refused)
    assert sha256(schema2_workspace) == before

    processing.run("csiap:upgradeworkspace", {"WORKSPACE": schema2_workspace})
    screened = processing.run("csiap:screenoptions", {"WORKSPACE": schema2_workspace, "LANGUAGE": 1})
    assert screened["LOCATIONS"] == 4   # the four RT of 0.2.0
    scored = processing.run("csiap:scoreoptions", {"WORKSPACE": schema2_workspace, "LANGUAGE": 1})
    with sqlite3.connect(schema2_workspace) as db:
        assert db.execute("SELECT count(*) FROM scoring_sessions").fetchone()[0] == 2   # 0.2.0's stays
        assert db.execute("SELECT count(*) FROM ranking WHERE session_uuid = ?",
                          (scored["SESSION"],)).fetchone()[0] > 0


def test_a_code_list_that_gained_codes_gets_them_and_keeps_the_old_ones(qgis_app, schema2_workspace):
    """A newer schema may add codes to a code list an older file has: the upgrade adds them
    to the file's domain; a code the file has and the schema dropped stays (rows may hold it)."""
    from csiap_planner.workspace.upgrade import upgrade_workspace
    from osgeo import gdal

    codelist = schema.layer("households").field("containment").codelist
    domain = codelist.name + "_id"
    gained, dropped = codelist.values()[-1], "tangki_lama"
    with sqlite3.connect(schema2_workspace) as db:   # the file as an older code list left it
        assert db.execute("DELETE FROM gpkg_data_column_constraints WHERE constraint_name = ? AND value = ?",
                          (domain, gained)).rowcount == 1
        db.execute("INSERT INTO gpkg_data_column_constraints (constraint_name, constraint_type, value, "
                   "description) VALUES (?, 'enum', ?, 'Tangki lama')", (domain, dropped))
    upgrade_workspace(schema2_workspace)
    with sqlite3.connect(schema2_workspace) as db:
        codes = dict(db.execute("SELECT value, description FROM gpkg_data_column_constraints "
                                "WHERE constraint_name = ?", (domain,)))
    assert set(codes) == set(codelist.values()) | {dropped}
    assert codes[gained] == codelist.codes[-1].label.id and codes[dropped] == "Tangki lama"
    dataset = gdal.OpenEx(schema2_workspace)   # and GDAL (QGIS's reader) reads them so
    assert set(dataset.GetFieldDomain(domain).GetEnumeration()) == set(codes)
    dataset = None
