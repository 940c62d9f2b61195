"""The sample workflow, as scripts/demo.py runs it, on a GeoPackage and on a PostGIS schema
(issue 18): the same inputs give the same rows, indicators and ranking on both. The
households per RT are checked against an independent geopandas spatial join of the
survey's own points and the sample's RT polygons."""

import json
import math
import os
import re
import time

import pytest

from tests.conftest import SAMPLE, _providers, boundary_layer

psycopg2 = pytest.importorskip("psycopg2")

SAMPLE_FOLDER = os.path.dirname(SAMPLE)
# Computed when an algorithm runs, so never the same twice; left out of the comparison.
VOLATILE = {"uuid", "computed_at", "session_uuid", "created_at", "updated_at", "location_uuid", "option_uuid",
            "priority_uuid", "action_uuid", "agreed_at", "meeting_uuid", "area_uuid", "criterion_uuid"}
COMPARED = ("rw", "rt", "context_areas", "households", "problems", "unit_costs", "meetings", "institutions",
            "area_indicators", "screening", "scores", "ranking", "priorities", "actions")


def run_workflow(workspace, folder):
    """The demo's steps into ``workspace``; the algorithms' results, by step."""
    from csiap_planner.workspace.priorities import location_order
    from csiap_planner.workspace.process import import_records

    import processing

    sample = SAMPLE
    results = {}
    results["create"] = processing.run("csiap:createworkspace", {
        "KELURAHAN": "Pondok Pinang", "KECAMATAN": "Kebayoran Lama", "BOUNDARY": boundary_layer(), "LANGUAGE": 0,
        "OUTPUT": workspace, "OVERWRITE": True})
    results["rw"] = processing.run("csiap:importboundaries", {
        "INPUT": sample + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KEL_NAME",
        "CONDITION_MAPPING": "flood_prone=FLOODPRONE", "WORKSPACE": workspace})
    results["rt"] = processing.run("csiap:importboundaries", {
        "INPUT": sample + "|layername=rt_synthetic", "LEVEL": 1, "CODE_FIELD": "RT", "RW_FIELD": "RW",
        "HOUSEHOLDS_FIELD": "JUMLAH_KK", "POPULATION_FIELD": "JUMLAH_JIWA",
        "CONDITION_MAPPING": "flood_prone=FLOODPRONE; groundwater_depth_m=AIR_TANAH_M; "
                             "truck_access=AKSES_TRUK; sewer_nearby=SPALD_T; permeability_cm_h=PERMEABILITAS_CM_JAM; "
                             "slope_pct=KEMIRINGAN_PCT; water_lpcd=AIR_L_ORANG_HARI",
        "WORKSPACE": workspace})
    for target, name in ((0, "survey_households_synthetic.csv"), (1, "survey_problems_synthetic.csv")):
        results[name] = processing.run("csiap:importsurvey", {
            "INPUT": os.path.join(SAMPLE_FOLDER, name), "TARGET": target, "WORKSPACE": workspace})
    results["context"] = processing.run("csiap:importcontext", {
        "INPUT": sample + "|layername=kelurahan_kebayoran_lama", "NAME_FIELD": "KEL_NAME2",
        "KECAMATAN_FIELD": "KEC_NAME_1", "WORKSPACE": workspace})
    prices = os.path.join(folder, "hspk.csv")
    os.makedirs(folder, exist_ok=True)
    with open(prices, "w", encoding="utf-8") as handle:
        handle.write("opsi;uraian;satuan;harga;tahun;sumber\n"
                     "mck;Bangunan MCK++;tetap;Rp 200.000.000;2025;HSPK Kota Contoh 2025\n")
    results["prices"] = processing.run("csiap:importunitcosts", {"WORKSPACE": workspace, "INPUT": prices})
    results["attach"] = processing.run("csiap:attachtoareas", {"WORKSPACE": workspace})
    results["indicators"] = processing.run("csiap:areaindicators", {"WORKSPACE": workspace, "LEVEL": 0})
    results["screening"] = processing.run("csiap:screenoptions", {"WORKSPACE": workspace, "LEVEL": 0})
    results["scoring"] = processing.run("csiap:scoreoptions", {
        "WORKSPACE": workspace, "LEVEL": 0, "FORUM": 1, "WEIGHTING": 1,
        "PAIRWISE": "1 2 3 2 1 1; 1/2 1 2 1 1/2 1/2; 1/3 1/2 1 1/2 1/3 1/3; 1/2 1 2 1 1/2 1/2; 1 2 3 2 1 1; "
                    "1 2 3 2 1 1",
        "PARTICIPANTS_FEMALE": 14, "PARTICIPANTS_MALE": 17, "NOTES": "Contoh sintetis"})
    with open(os.path.join(SAMPLE_FOLDER, "process_records_synthetic.json"), encoding="utf-8") as handle:
        import_records(workspace, json.load(handle))
    results["figures"] = processing.run("csiap:processfigures", {
        "WORKSPACE": workspace, "OUTPUT_FOLDER": os.path.join(folder, "proses")})
    results["sfd"] = processing.run("csiap:excretaflow", {
        "WORKSPACE": workspace, "LEVEL": 1, "OUTPUT_FOLDER": os.path.join(folder, "sfd")})
    results["priorities"] = processing.run("csiap:prioritiseareas", {"WORKSPACE": workspace, "LEVEL": 0})
    # The rembuk agrees the computed order but takes the second RT first (as the demo's swap).
    ranked = [item for item in location_order(workspace, "RT") if item["rank"]][:4]
    order = [ranked[1], ranked[0]] + ranked[2:]
    results["agreed"] = processing.run("csiap:agreepriorities", {
        "WORKSPACE": workspace, "MEETING": "m07", "LEVEL": 0,
        "ORDER": ", ".join(item["location_code"] for item in order),
        "REASONS": "; ".join("{}=Contoh sintetis".format(item["location_code"]) for item in order[:2])})
    results["plan"] = processing.run("csiap:draftactionplan", {"WORKSPACE": workspace, "LEVEL": 0})
    results["proposals"] = processing.run("csiap:exportproposals", {
        "WORKSPACE": workspace, "OUTPUT_FOLDER": os.path.join(folder, "usulan")})
    results["annex"] = processing.run("csiap:exportannex", {
        "WORKSPACE": workspace, "ATLAS_LEVEL": 1, "OUTPUT_FOLDER": os.path.join(folder, "lampiran")})
    return results


def _comparable(rows):
    """Rows without what differs by run (uuids, times), numbers rounded, in a stable order."""
    def value(v):
        if isinstance(v, float):
            return round(v, 6)
        if isinstance(v, str) and v.startswith(("MULTIPOLYGON", "POINT", "MULTILINESTRING")):
            from osgeo import ogr

            geometry = ogr.CreateGeometryFromWkt(v)
            centre = geometry.Centroid()
            area = geometry.GetArea() if v.startswith("MULTIPOLYGON") else geometry.Length()
            return ("geometry", round(area, 3), round(centre.GetX(), 3), round(centre.GetY(), 3))
        return v
    cleaned = [tuple(sorted((k, value(v)) for k, v in row.items() if k not in VOLATILE)) for row in rows]
    return sorted(cleaned, key=repr)


@pytest.fixture(scope="module")
def workflows(qgis_app, qgis_processing, tmp_path_factory, postgis_server):
    """The workflow run once on each backend: ``{backend: (workspace, results)}``."""
    from csiap_planner.processing.provider import CsiapProvider
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    if registry.providerById("csiap") is None:
        provider = CsiapProvider()
        _providers.append(provider)   # held for the session, as csiap_processing does
        registry.addProvider(provider)
    folder = tmp_path_factory.mktemp("workflow")
    gpkg = str(folder / "pondok_pinang.gpkg")
    reference = postgis_server + "?schema=workflow_pondok_pinang"
    runs = {}
    for backend, workspace in (("gpkg", gpkg), ("postgis", reference)):
        started = time.perf_counter()
        runs[backend] = (workspace, run_workflow(workspace, str(folder / backend)))
        print("\nThe workflow on {}: {:.1f} s".format(backend, time.perf_counter() - started))
    yield runs
    with psycopg2.connect(postgis_server) as connection, connection.cursor() as cursor:
        cursor.execute("DROP SCHEMA IF EXISTS workflow_pondok_pinang CASCADE")
        cursor.execute("DELETE FROM public.layer_styles WHERE f_table_schema = 'workflow_pondok_pinang'")


def test_the_algorithms_report_the_same_on_both(workflows):
    gpkg, postgis = workflows["gpkg"][1], workflows["postgis"][1]
    for step, result in gpkg.items():
        for key, value in result.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                assert postgis[step][key] == value, (step, key)
    assert gpkg["survey_households_synthetic.csv"]["INSERTED"] > 0
    assert gpkg["priorities"]["RANKED"] > 0


@pytest.mark.parametrize("layer", COMPARED)
def test_the_same_rows_on_both(workflows, layer):
    from csiap_planner.workspace.storage import read_features

    gpkg = read_features(workflows["gpkg"][0], layer)
    postgis = read_features(workflows["postgis"][0], layer)
    assert len(gpkg) == len(postgis) > 0
    if layer in ("households", "problems"):   # uuids from the survey itself: row by row
        postgis = {row["uuid"]: row for row in postgis}
        for row in gpkg:
            assert _comparable([postgis[row["uuid"]]]) == _comparable([row]), row["uuid"]
    assert _comparable(postgis.values() if isinstance(postgis, dict) else postgis) == _comparable(gpkg)


def test_households_per_rt_match_an_independent_spatial_join(workflows):
    """geopandas: the survey's points (its own latitude/longitude columns) joined to the
    sample's RT polygons; the indicators' surveyed households per RT on both backends."""
    import geopandas
    import pandas
    from csiap_planner.workspace.storage import read_features

    survey = pandas.read_csv(os.path.join(SAMPLE_FOLDER, "survey_households_synthetic.csv"), sep=";", dtype=str)
    points = geopandas.GeoDataFrame(survey, geometry=geopandas.points_from_xy(
        survey["_location_longitude"].astype(float), survey["_location_latitude"].astype(float)), crs="EPSG:4326")
    rt = geopandas.read_file(SAMPLE, layer="rt_synthetic").to_crs("EPSG:32748")
    joined = geopandas.sjoin(points.to_crs("EPSG:32748"), rt, predicate="within")
    def number(text):   # "RW 01" → 1
        return int(re.sub(r"\D", "", str(text)))

    columns = [name + "_right" if name + "_right" in joined else name for name in ("RW", "RT")]
    expected = {(number(rw), number(code)): n for (rw, code), n in joined.groupby(columns).size().items()}
    for backend in ("gpkg", "postgis"):
        rows = read_features(workflows[backend][0], "area_indicators")
        counted = {(number(r["rw"]), number(r["rt"])): r["households_surveyed"] for r in rows
                   if r["households_surveyed"]}
        assert counted == expected, backend


def test_the_ranking_is_the_same_on_both(workflows):
    from csiap_planner.workspace.priorities import location_order

    orders = {backend: [(item["location_code"], item["rank"], None if item["priority_score"] is None
                         else round(item["priority_score"], 6)) for item in location_order(workflows[backend][0], "RT")]
              for backend in ("gpkg", "postgis")}
    assert orders["gpkg"] == orders["postgis"] and len(orders["gpkg"]) > 0
    assert not any(isinstance(score, float) and math.isnan(score) for _c, _r, score in orders["gpkg"])


def test_the_annex_has_the_same_files_on_both(workflows):
    for step in ("annex", "proposals", "figures", "sfd"):
        gpkg, postgis = workflows["gpkg"][1][step], workflows["postgis"][1][step]
        def names(value):   # file lists by name: the two runs write to folders of their own
            return sorted(os.path.basename(v) for v in value) if isinstance(value, list) else value

        files = {key: names(value) for key, value in gpkg.items() if "FILES" in key}
        assert files and all(names(postgis[key]) == value for key, value in files.items()), step


def _schema(reference):
    return reference.split("schema=", 1)[1]


def test_a_field_package_goes_out_of_and_back_into_a_postgis_workspace(csiap_processing, postgis_reference,
                                                                        seed_rows, query, tmp_path, monkeypatch):
    """packagefield from a PostGIS workspace, a device's edits (plain GDAL, as QField writes),
    mergefield back: the edit, the new row and its photo reach the schema (read with psycopg2)."""
    import sqlite3

    from shapely.geometry import Point

    import processing
    from tests import field_setup

    monkeypatch.setenv("HOME", str(tmp_path / "home"))   # the workspace's photo folder, ~/CSIAP/<schema>
    processing.run("csiap:createworkspace", {"KELURAHAN": "Pondok Pinang", "BOUNDARY": boundary_layer(),
                                             "LANGUAGE": 1, "OUTPUT": postgis_reference})
    x0, y0 = field_setup.X0, field_setup.Y0
    seed_rows(postgis_reference, "rw", [{"uuid": "rw1", "code": "001", "geometry": field_setup.square(x0, y0, 100)}])
    seed_rows(postgis_reference, "rt", [{"uuid": "rt1", "rw": "001", "code": "001",
                                         "geometry": field_setup.square(x0, y0, 100)}])
    seed_rows(postgis_reference, "households", [
        {"uuid": "h1", "rw": "001", "rt": "001", "household_head": "Siti Rahasia", "members": 4,
         "toilet_access": "own", "geometry": Point(x0 + 10, y0 + 10)},
        {"uuid": "h2", "rw": "001", "rt": "001", "household_head": "Budi", "members": 3,
         "toilet_access": "own", "geometry": Point(x0 + 20, y0 + 20)}])
    folder = str(tmp_path / "A")
    processing.run("csiap:packagefield", {"WORKSPACE": postgis_reference, "TEAM": "Tim A", "OUTPUT_FOLDER": folder})
    data = os.path.join(folder, "data.gpkg")
    connection = sqlite3.connect(data)
    try:
        # The team visits these households: the head's name goes with them (as from a GeoPackage).
        assert sorted(connection.execute("SELECT uuid, members, household_head FROM households")) == [
            ("h1", 4, "Siti Rahasia"), ("h2", 3, "Budi")]
    finally:
        connection.close()
    assert not [name for name in os.listdir(folder) if name.startswith(".workspace")]
    field_setup.edit(data, "households", "h1", {"members": 5})
    photo = field_setup.take_photo(folder, "IMG_0001.jpg", b"\xff\xd8 new \xff\xd9")
    field_setup.add(data, "households", {"uuid": "hA", "rw": "001", "members": 2, "toilet_access": "public",
                                         "photo": photo}, (x0 + 50, y0 + 50))
    processing.run("csiap:mergefield", {"WORKSPACE": postgis_reference, "PACKAGES": [os.path.join(folder,
                                                                                                   "package.json")],
                                        "POLICY": 0, "LANGUAGE": 1})
    rows = dict(((uuid, (members, head, rt, photo_path)) for uuid, members, head, rt, photo_path in query(
        postgis_reference, "SELECT uuid, members, household_head, rt, photo FROM households")))
    assert rows == {"h1": (5, "Siti Rahasia", "001", None), "h2": (3, "Budi", "001", None),
                    "hA": (2, None, "001", "DCIM/IMG_0001.jpg")}
    with open(os.path.join(str(tmp_path / "home"), "CSIAP", _schema(postgis_reference), "DCIM",
                           "IMG_0001.jpg"), "rb") as handle:
        assert handle.read() == b"\xff\xd8 new \xff\xd9"
