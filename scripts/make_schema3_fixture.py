"""Write tests/data/workspace_schema3.{gpkg,qgz}: a workspace made by plugin
0.3.0 (schema 3), with rows in every kind of table a planner fills, for the
upgrade tests.

It must be made by the 0.3.0 code itself, so run it from a checkout of the
commit schema 4 was built on:

    git worktree add /tmp/v3/csiap_planner 7381674
    (cd /tmp/v3/csiap_planner && lrelease i18n/csiap_planner_id.ts -qm i18n/csiap_planner_id.qm)
    QT_QPA_PLATFORM=offscreen python3 scripts/make_schema3_fixture.py /tmp/v3 tests/data

The rows of make_schema2_fixture.py (the RW of the sample, real, © OpenStreetMap
contributors; the four synthetic RT of RW 001 with their site conditions and
counts; 24 households with made-up names, NIK and phone numbers; the option
catalogue with an edited land need; a screening), and what schema 3 added: an
imported HSPK price row (unit_costs), the land the RT and RW have for a shared
facility (land_available_m2), and a scoring session of 0.3.0's
``csiap:scoreoptions`` with two participants' inputs (scoring_inputs), the
reason of every starting score and the sentence explaining each ranking.
Every row but the RW is synthetic.
"""

import csv
import os
import sqlite3
import sys
import tempfile

# The 0.1.0 and 0.2.0 scripts' workspace and rows, made here by the 0.3.0 code:
# make_schema1_fixture puts the old plugin (sys.argv[1]) first on sys.path.
import make_schema1_fixture as rows_of_0_1_0  # noqa: E402
import make_schema2_fixture as rows_of_0_2_0  # noqa: E402

TARGET = sys.argv[2]
# Land (m²) each RT, and RW 001, has for a shared facility (a 0.3.0 planner's edits).
RT_LAND = {"001": 150.0, "002": 0.0, "003": 60.0, "004": 300.0}
RW_LAND = {"001": 500.0}
# One row of a kota's HSPK (Harga Satuan Pokok Kegiatan) price list, imported as 0.3.0 imports it.
HSPK = [{"opsi": "ipal_komunal", "uraian": "Pipa PVC D-150 mm terpasang (HSPK, sintetis)", "satuan": "per meter",
         "harga": "285.000", "tahun": "2025", "sumber": "HSPK Kota Administrasi Jakarta Selatan 2025 (sintetis)",
         "asumsi": "no"}]
# Two participants of the rembuk: their weights, and one judges the acceptance of an option in RT 001.
PARTICIPANTS = [
    {"participant": "Peserta A", "gender": "f", "group": "women", "kind": "weight", "criterion": "cost",
     "value": "30"},
    {"participant": "Peserta A", "gender": "f", "group": "women", "kind": "weight", "criterion": "health",
     "value": "40"},
    {"participant": "Peserta A", "gender": "f", "group": "women", "kind": "weight", "criterion": "acceptance",
     "value": "30"},
    {"participant": "Peserta B", "gender": "m", "group": "men", "kind": "weight", "criterion": "cost",
     "value": "50"},
    {"participant": "Peserta B", "gender": "m", "group": "men", "kind": "weight", "criterion": "health",
     "value": "20"},
    {"participant": "Peserta B", "gender": "m", "group": "men", "kind": "weight", "criterion": "acceptance",
     "value": "30"},
    {"participant": "Peserta B", "gender": "m", "group": "men", "kind": "score", "location": "001/001",
     "option": "mck", "criterion": "acceptance", "value": "4"},
]


def add_land(path):
    from osgeo import ogr

    dataset = ogr.Open(path, 1)   # through GDAL: the layers' R-tree triggers need its SQL functions
    for name, land in (("rt", RT_LAND), ("rw", RW_LAND)):
        layer = dataset.GetLayerByName(name)
        for feature in layer:
            if feature["code"] in land:
                feature["land_available_m2"] = land[feature["code"]]
                layer.SetFeature(feature)
    dataset = None


def write_csv(folder, name, rows):
    path = os.path.join(folder, name)
    names = list(dict.fromkeys(key for row in rows for key in row))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, names)
        writer.writeheader()
        writer.writerows(rows)
    return path


def price_screen_and_score(path):
    """What 0.3.0's algorithms write: the HSPK row, a screening of the RT, and a
    scoring session from each RT's own data with the participants' inputs."""
    from csiap_planner.processing.provider import CsiapProvider
    from processing.core.Processing import Processing
    from qgis.core import QgsApplication

    import processing

    Processing.initialize()
    provider = CsiapProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    folder = tempfile.mkdtemp()
    processing.run("csiap:importunitcosts", {"WORKSPACE": path, "INPUT": write_csv(folder, "hspk.csv", HSPK),
                                             "LANGUAGE": 0})
    processing.run("csiap:screenoptions", {"WORKSPACE": path, "LEVEL": 0, "LANGUAGE": 0})
    connection = sqlite3.connect(path)
    with connection:   # the planner's edit of the catalogue (seeded by the screening), as in the 0.2.0 fixture
        connection.execute("UPDATE options SET land_m2 = 120 WHERE code = 'ipal_komunal'")
    connection.close()
    participants = write_csv(folder, "peserta.csv", PARTICIPANTS)
    processing.run("csiap:scoreoptions", {
        "WORKSPACE": path, "LEVEL": 0, "PARTICIPANTS": participants, "FORUM": 1, "SESSION_DATE": "2026-11-14",
        "PARTICIPANTS_FEMALE": 8, "PARTICIPANTS_MALE": 7, "NOTES": "sesi 0.3.0 (sintetis)", "LANGUAGE": 0,
        "OUTPUT": "TEMPORARY_OUTPUT"})
    return provider


if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    gpkg = os.path.abspath(os.path.join(TARGET, "workspace_schema3.gpkg"))
    rows_of_0_1_0.make_workspace(gpkg)
    rows_of_0_1_0.fill(gpkg)
    rows_of_0_2_0.add_conditions(gpkg)
    add_land(gpkg)
    _provider = price_screen_and_score(gpkg)   # held until QGIS exits
    connection = sqlite3.connect(gpkg)
    connection.execute("VACUUM")
    connection.close()
    app.exitQgis()
