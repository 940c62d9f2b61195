"""Write tests/data/workspace_schema2.{gpkg,qgz}: a workspace made by plugin
0.2.0 (schema 2), with rows in every kind of table a planner fills, for the
upgrade tests.

It must be made by the 0.2.0 code itself, so run it from a checkout of the
commit schema 3 was built on:

    git worktree add /tmp/v2/csiap_planner 0c6f012
    (cd /tmp/v2/csiap_planner && lrelease i18n/csiap_planner_id.ts -qm i18n/csiap_planner_id.qm)
    QT_QPA_PLATFORM=offscreen python3 scripts/make_schema2_fixture.py /tmp/v2 tests/data

The rows of make_schema1_fixture.py (the RW of the sample, real, © OpenStreetMap
contributors; the four synthetic RT of RW 01; 24 households with made-up names,
NIK and phone numbers), the RT's site conditions and counts, the option
catalogue with an edited land need, a screening and a scoring session of the
0.2.0 code. Every row but the RW is synthetic.
"""

import os
import sqlite3
import sys

# The 0.1.0 script's workspace and rows (17 RW, the 4 RT of RW 001, 24 households),
# made here by the 0.2.0 code: it puts the old plugin first on sys.path.
import make_schema1_fixture as rows_of_0_1_0  # noqa: E402

TARGET = sys.argv[2]
# Site conditions and registered counts typed into the 4 RT (a 0.2.0 planner's edits).
RT_CONDITIONS = (
    ("001", 30, 120, 0.8, 1, 1), ("002", 50, 200, 2.5, 0, 0), ("003", 70, 280, 4.0, 1, 0), ("004", 90, 360, 1.2, 0, 0))


def add_conditions(path):
    from osgeo import ogr

    dataset = ogr.Open(path, 1)
    layer = dataset.GetLayerByName("rt")
    typed = {row[0]: row[1:] for row in RT_CONDITIONS}
    for feature in layer:
        households, population, groundwater, truck, flood = typed[feature["code"]]
        for name, value in (("households", households), ("population", population),
                            ("groundwater_depth_m", groundwater), ("truck_access", truck), ("flood_prone", flood),
                            ("sewer_nearby", 0)):
            feature[name] = value
        layer.SetFeature(feature)
    dataset = None


def screen_and_score(path):
    """What 0.2.0's algorithms write: the catalogue (a land need edited by the
    planner), a screening of the RT and a scoring session with its ranking."""
    from csiap_planner.workspace.scoring import Session, save_session, score_matrix, starting_matrix
    from csiap_planner.workspace.screening import screen_workspace

    screen_workspace(path, "RT", "id")
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE options SET land_m2 = 120 WHERE code = 'ipal_komunal'")
    connection.close()
    matrix = starting_matrix(path, "RT")
    weights = {"cost": 30.0, "om": 20.0, "land": 10.0, "acceptance": 20.0, "health": 20.0}
    directions = {"cost": "cost", "land": "cost", "om": "gain", "acceptance": "gain", "health": "gain"}
    session = Session(forum="rembuk_rw", session_date="2026-10-05", participants_female=9, participants_male=11,
                      weights=weights, notes="sesi 0.2.0 (sintetis)")
    save_session(path, session, matrix, weights, score_matrix(matrix, weights, directions))


if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    gpkg = os.path.abspath(os.path.join(TARGET, "workspace_schema2.gpkg"))
    rows_of_0_1_0.make_workspace(gpkg)
    rows_of_0_1_0.fill(gpkg)
    add_conditions(gpkg)
    screen_and_score(gpkg)
    connection = sqlite3.connect(gpkg)
    connection.execute("VACUUM")
    connection.close()
    app.exitQgis()
