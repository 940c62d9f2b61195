"""Upgrading a workspace made by plugin 0.2.0 (schema 2) to the current schema.

``tests/data/workspace_schema2.*`` were written by the 0.2.0 code itself
(scripts/make_schema2_fixture.py, from a worktree of 0c6f012): RW, RT with
site conditions, households with personal fields, a planner's edit of the
option catalogue, a screening and a scoring session. Checks read the file
with sqlite3 and GDAL, never through the upgrade code.
"""

import os
import sqlite3

import pytest
from csiap_planner.core import schema

from tests.workspace_files import columns

# What schema 3 adds, written out by hand.
UNIT_COST_COLUMNS = ["fid", "uuid", "option_code", "item", "unit", "price", "year", "source", "is_assumption",
                     "notes"]
NEW_COLUMNS = {"scores": ["reason", "is_assumption"], "ranking": ["explanation"]}
OLD_CRITERIA = ["cost", "om", "land", "acceptance", "health"]


def snapshot(path):
    """``{table: (columns, rows)}`` of every user table but the styles (the plugin's, replaced)."""
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents") if r[0] != "layer_styles"]
        found = {}
        for table in tables:
            names = columns(db, table)
            # Names come from the file itself, not from a user.
            found[table] = (names, db.execute("SELECT {} FROM \"{}\" ORDER BY rowid".format(
                ", ".join('"{}"'.format(n) for n in names), table)).fetchall())
    return found


def test_schema2_upgrade_keeps_every_row_and_adds_unit_costs(qgis_app, schema2_workspace):
    from csiap_planner.workspace.upgrade import upgrade_workspace
    from osgeo import gdal

    before = snapshot(schema2_workspace)
    assert len(before["scores"][1]) == 30 and len(before["households"][1]) == 24   # the fixture as made

    kept = upgrade_workspace(schema2_workspace)

    assert [os.path.basename(p) for p in kept] == ["workspace_schema2.schema2.gpkg", "workspace_schema2.schema2.qgz"]
    after = snapshot(schema2_workspace)
    for table, (names, rows) in before.items():
        if table == "schema_version":
            continue
        with sqlite3.connect(schema2_workspace) as db:
            stored = db.execute("SELECT {} FROM \"{}\" ORDER BY rowid".format(
                ", ".join('"{}"'.format(n) for n in names), table)).fetchall()
        if table == "criteria":   # the five of 0.2.0 first, as they were; site suitability added after them
            assert stored[:len(rows)] == rows and len(stored) == len(rows) + 1
        else:
            assert stored == rows, table
    with sqlite3.connect(schema2_workspace) as db:
        assert columns(db, "unit_costs") == UNIT_COST_COLUMNS
        for table, added in NEW_COLUMNS.items():
            assert columns(db, table)[-len(added):] == added, table
        versions = [r[0] for r in db.execute("SELECT version FROM schema_version ORDER BY fid")]
        assert versions == [2, schema.SCHEMA_VERSION]
        assert [r[0] for r in db.execute("SELECT code FROM criteria ORDER BY fid")] == OLD_CRITERIA + ["suitability"]
        assert db.execute("SELECT land_m2 FROM options WHERE code = 'ipal_komunal'").fetchone()[0] == 120
        assert db.execute("SELECT count(*) FROM unit_costs").fetchone()[0] == 0   # seeded when first needed
        assert db.execute("SELECT title FROM gpkg_data_columns WHERE table_name = 'unit_costs' AND "
                          "column_name = 'price'").fetchone()[0] == "Harga (Rp)"
    assert set(after) - set(before) >= {"unit_costs"}
    dataset = gdal.OpenEx(schema2_workspace)
    assert dataset.GetFieldDomain("cost_unit_id") is not None
    dataset = None


def test_an_upgraded_schema2_workspace_scores_from_its_own_data(csiap_processing, schema2_workspace):
    import processing

    processing.run("csiap:upgradeworkspace", {"WORKSPACE": schema2_workspace})
    processing.run("csiap:screenoptions", {"WORKSPACE": schema2_workspace, "LEVEL": 0, "LANGUAGE": 1})
    result = processing.run("csiap:scoreoptions", {"WORKSPACE": schema2_workspace, "LEVEL": 0, "LANGUAGE": 1})
    with sqlite3.connect(schema2_workspace) as db:
        assert db.execute("SELECT count(*) FROM unit_costs").fetchone()[0] > 0
        costs = db.execute("SELECT location_code, raw_value FROM scores WHERE session_uuid = ? AND "
                           "criterion_code = 'cost' AND option_code = 'mck'", (result["SESSION"],)).fetchall()
        households = dict(db.execute("SELECT rw || '/' || code, households FROM rt"))
        # MCK: one block of Rp 150.000.000 per 100 households (ceil), the seeded price.
        for location, value in costs:
            units = -(-households[location] // 100)
            assert value == pytest.approx(units * 150000000 / households[location]), location
        assert len({value for _location, value in costs}) == len(costs) > 1
        reasons = db.execute("SELECT reason FROM scores WHERE session_uuid = ? AND criterion_code = 'om'",
                             (result["SESSION"],)).fetchall()
        assert reasons and all(r[0].startswith("belum dinilai warga") for r in reasons)
        sentences = db.execute("SELECT explanation FROM ranking WHERE session_uuid = ? AND rank = 1",
                               (result["SESSION"],)).fetchall()
        assert sentences and all(s[0] for s in sentences)
