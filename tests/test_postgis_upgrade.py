"""The WORKSPACE parameter takes a PostGIS reference, and csiap:upgradeworkspace upgrades a
PostGIS workspace (issue 18). A schema-2 workspace is made by hand from a new one with
psycopg2 (what schema 3 added dropped, its version set back to 2) and checked with psycopg2."""

import json
import subprocess

import pytest

from tests.conftest import boundary_layer
from tests.test_postgis_storage import _rows, _schema_of
from tests.test_qgis_process import QGIS_PROCESS, environment  # noqa: F401 - a fixture

psycopg2 = pytest.importorskip("psycopg2")

# What schema 3 added, written out by hand (as tests/test_upgrade_schema2.py has them).
UNIT_COST_COLUMNS = ["fid", "uuid", "option_code", "item", "unit", "price", "year", "source", "is_assumption",
                     "notes"]
OLD_CRITERIA = ["cost", "om", "land", "acceptance", "health"]


def _columns(server, reference, table):
    return [c for (c,) in _rows(server, reference, "SELECT column_name FROM information_schema.columns WHERE "
                                "table_schema = %s AND table_name = %s ORDER BY ordinal_position",
                                _schema_of(reference), table)]


@pytest.fixture()
def schema2_reference(csiap_processing, postgis_reference, postgis_server):
    """A PostGIS workspace as schema 2 had it: no unit_costs, no scores.reason/is_assumption
    nor ranking.explanation, the five criteria of 0.2.0, a project without unit_costs."""
    from csiap_planner.core import schema
    from csiap_planner.workspace import project_path_for
    from csiap_planner.workspace.options import _defaults
    from csiap_planner.workspace.project import write_project
    from csiap_planner.workspace.storage import write_rows

    import processing

    result = processing.run("csiap:createworkspace", {
        "KELURAHAN": "Pondok Pinang", "BOUNDARY": boundary_layer(), "LANGUAGE": 0, "OUTPUT": postgis_reference})
    assert result["OUTPUT"] == postgis_reference
    write_rows(postgis_reference, {"criteria": [c for c in _defaults("criteria") if c["code"] in OLD_CRITERIA]})
    name = _schema_of(postgis_reference)
    with psycopg2.connect(postgis_server) as connection, connection.cursor() as cursor:
        cursor.execute('DROP TABLE "{0}".unit_costs; ALTER TABLE "{0}".scores DROP COLUMN reason, '
                       'DROP COLUMN is_assumption; ALTER TABLE "{0}".ranking DROP COLUMN explanation; '
                       'UPDATE "{0}".schema_version SET version = 2'.format(name))
    crs = _rows(postgis_server, postgis_reference, "SELECT srtext FROM spatial_ref_sys WHERE srid = 32748")[0][0]
    write_project(postgis_reference, project_path_for(postgis_reference), crs, "Pondok Pinang", "id",
                  layer_names=[lyr.name for lyr in schema.LAYERS if lyr.name != "unit_costs"])
    return postgis_reference


def test_upgradeworkspace_adds_what_schema_3_added_in_place(csiap_processing, schema2_reference, postgis_server):
    from csiap_planner.workspace import open_workspace, project_path_for
    from qgis.core import QgsProcessingException, QgsProject

    import processing

    ref = schema2_reference
    (kelurahan,), = _rows(postgis_server, ref, "SELECT uuid FROM kelurahan")
    with pytest.raises(QgsProcessingException, match="older CSIAP Planner"):
        processing.run("csiap:screenoptions", {"WORKSPACE": ref, "LEVEL": 0})
    result = processing.run("csiap:upgradeworkspace", {"WORKSPACE": ref})
    assert result["VERSION"] == 3 and result["BACKUPS"] == ""
    # The row versions of several editors (workspace/postgis_versions.py) come with the new table.
    assert _columns(postgis_server, ref, "unit_costs") == UNIT_COST_COLUMNS + ["row_version", "edited_by", "edited_at"]
    assert _columns(postgis_server, ref, "scores")[-2:] == ["reason", "is_assumption"]
    assert "explanation" in _columns(postgis_server, ref, "ranking")
    assert [v for (v,) in _rows(postgis_server, ref, "SELECT version FROM schema_version ORDER BY fid")] == [2, 3]
    criteria = [c for (c,) in _rows(postgis_server, ref, "SELECT code FROM criteria ORDER BY fid")]
    assert criteria[:5] == OLD_CRITERIA and len(criteria) == 6
    assert _rows(postgis_server, ref, "SELECT uuid FROM kelurahan") == [(kelurahan,)]   # rows stay
    assert open_workspace(ref).version == 3
    project = QgsProject()
    try:
        assert project.read(project_path_for(ref))
        tables = {lyr.dataProvider().uri().table(): lyr for lyr in project.mapLayers().values()}
        assert tables["unit_costs"].isValid() and "reason" in tables["scores"].fields().names()
    finally:
        project.clear()
    again = processing.run("csiap:upgradeworkspace", {"WORKSPACE": ref})
    assert again["BACKUPS"] == ""
    assert len(_rows(postgis_server, ref, "SELECT version FROM schema_version")) == 2   # nothing done


@pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process is not installed")
def test_qgis_process_takes_a_postgis_reference(environment, postgis_reference, postgis_server,  # noqa: F811
                                                sample_path):
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "csiap:createworkspace", "--json", "--", "KELURAHAN=Pondok Pinang",
         "BOUNDARY={}|layername=kelurahan".format(sample_path), "LANGUAGE=1", "OUTPUT={}".format(postgis_reference)],
        env=environment, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    assert _rows(postgis_server, postgis_reference, "SELECT name FROM kelurahan") == [("Pondok Pinang",)]
    completed = subprocess.run(
        [QGIS_PROCESS, "run", "csiap:upgradeworkspace", "--json", "--", "WORKSPACE={}".format(postgis_reference)],
        env=environment, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    assert results["WORKSPACE"] == postgis_reference and results["VERSION"] == 3


def test_the_dialog_output_widget_passes_a_reference_to_createworkspace(csiap_processing, postgis_reference,
                                                                        postgis_server):
    """What the dialog's destination widget makes of a typed reference reaches a schema: the URI
    as typed, a saved connection's name as "./name|schema=x" (a relative file name to it)."""
    from csiap_planner.processing.base import WORKSPACE_FILTER
    from qgis.core import QgsProcessingParameterFileDestination, QgsProviderRegistry
    from qgis.gui import QgsProcessingLayerOutputDestinationWidget

    import processing

    # The parameter outlives the widget, which keeps only a pointer to it.
    parameter = QgsProcessingParameterFileDestination("OUTPUT", "Workspace", WORKSPACE_FILTER())
    widget = QgsProcessingLayerOutputDestinationWidget(parameter, False)
    widget.setValue(postgis_reference)
    assert widget.value() == postgis_reference
    keywords = psycopg2.extensions.parse_dsn(postgis_server)
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(
        "host={host} port={port} dbname='{dbname}' user='{user}'".format(**keywords), {"saveUsername": True}),
        "Pokja Dialog")
    try:
        widget.setValue("Pokja Dialog|schema=" + _schema_of(postgis_reference))
        typed = widget.value()
        processing.run("csiap:createworkspace", {"KELURAHAN": "Pondok Pinang", "BOUNDARY": boundary_layer(),
                                                 "OUTPUT": typed})
    finally:
        metadata.deleteConnection("Pokja Dialog")
    assert typed.startswith("./")
    assert _rows(postgis_server, postgis_reference, "SELECT name FROM kelurahan") == [("Pondok Pinang",)]
    del widget
