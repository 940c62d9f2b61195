"""csiap:importboundaries: the real Jakarta RW layer and its documented defects,
one crafted case per defect kind, every input format, RT with and without an
RW field; checked with geopandas and by hand."""

import hashlib
import os
import traceback
from collections import Counter

import geopandas
import pytest
from shapely.geometry import Polygon, box

EPSG = 32748
X0, Y0 = 700000.0, 9300000.0
RW_JAKARTA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), os.pardir, "shared", "data",
                          "jakarta", "rw_jakarta.shp")


def digest(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def run(parameters):
    import processing

    return processing.run("csiap:importboundaries", parameters)


@pytest.fixture()
def square_workspace(tmp_path, csiap_processing):
    """A workspace whose kelurahan is the 400 m × 300 m square at (X0, Y0), UTM 48S."""
    outline = tmp_path / "outline.geojson"
    geopandas.GeoDataFrame({"name": ["Kampung Uji"]}, geometry=[box(X0, Y0, X0 + 400, Y0 + 300)],
                           crs=EPSG).to_file(outline, driver="GeoJSON")
    import processing

    result = processing.run("csiap:createworkspace", {
        "KELURAHAN": "Kampung Uji", "BOUNDARY": str(outline), "OUTPUT": str(tmp_path / "uji.gpkg")})
    return result["OUTPUT"]


def crafted_rw():
    """One feature per defect kind, inside the square kelurahan unless said otherwise."""
    rows = [
        ("Kampung Uji", "RW 01", box(X0, Y0, X0 + 100, Y0 + 100)),                  # good
        ("Kampung Uji", "02", box(X0 + 95, Y0, X0 + 200, Y0 + 100)),                # overlaps RW 01 by 500 m²
        ("Kampung Uji", None, box(X0 + 200, Y0, X0 + 300, Y0 + 100)),               # empty code
        ("Kampung Uji", "Taman Kota", box(X0 + 300, Y0, X0 + 400, Y0 + 100)),       # not a code
        ("KEL. KAMPUNG UJI", "3", box(X0, Y0 + 100, X0 + 100, Y0 + 200)),           # RW 03 twice: merged
        ("kampung  uji", "RW 003", box(X0 + 100, Y0 + 100, X0 + 200, Y0 + 200)),
        ("Kampung Uji", "4", Polygon([(X0 + 200, Y0 + 100), (X0 + 300, Y0 + 200), (X0 + 300, Y0 + 100),
                                      (X0 + 200, Y0 + 200)])),                       # bow-tie: repaired
        ("Kampung Uji", "5", Polygon(box(X0, Y0 + 200, X0 + 400, Y0 + 300).exterior.coords,
                                     [box(X0 + 50, Y0 + 230, X0 + 100, Y0 + 280).exterior.coords])),  # a gap
        ("Kampung Uji", "6", box(X0 + 1000, Y0, X0 + 1100, Y0 + 100)),              # wholly outside: rejected
        ("Kampung Lain", "7", box(X0 + 300, Y0 + 100, X0 + 400, Y0 + 200)),         # other kelurahan: filtered
    ]
    return geopandas.GeoDataFrame({"KEL": [r[0] for r in rows], "NO_RW": [r[1] for r in rows],
                                   "JIWA": [100 * (i + 1) for i in range(len(rows))]},
                                  geometry=[r[2] for r in rows], crs=EPSG)


def test_each_defect_kind_is_reported_and_only_good_rows_land(square_workspace, tmp_path, read_layer):
    source = tmp_path / "rw.geojson"
    crafted_rw().to_crs(4326).to_file(source, driver="GeoJSON")  # another CRS: reprojected on import
    result = run({"INPUT": str(source), "LEVEL": 0, "CODE_FIELD": "NO_RW", "KELURAHAN_FIELD": "KEL",
                  "POPULATION_FIELD": "JIWA", "WORKSPACE": square_workspace, "LANGUAGE": 1,
                  "DEFECTS": str(tmp_path / "defects.gpkg"), "REJECTED": str(tmp_path / "rejected.gpkg"),
                  "REPORT": str(tmp_path / "report.html")})
    defects = geopandas.read_file(result["DEFECTS"])
    found = Counter(zip(defects.defect, defects.action))
    assert found == Counter({("empty_code", "rejected"): 1, ("not_a_code", "rejected"): 1,
                             ("duplicate_code", "merged"): 2, ("invalid_geometry", "repaired"): 1,
                             ("overlap", "imported"): 1, ("gap", "imported"): 1,
                             ("outside_kelurahan", "rejected"): 1})
    overlap = defects[defects.defect == "overlap"].iloc[0]
    assert overlap.area_m2 == pytest.approx(500, rel=0.01) and overlap.code == "001"
    assert defects[defects.defect == "gap"].iloc[0].area_m2 == pytest.approx(2500, rel=0.01)
    assert "Taman Kota" in defects[defects.defect == "not_a_code"].iloc[0].message
    # Input = imported + rejected + left out by the kelurahan filter.
    assert (result["INPUT_COUNT"], result["IMPORTED"], result["REJECTED_COUNT"], result["FILTERED"]) == (10, 6, 3, 1)
    rejected = geopandas.read_file(result["REJECTED"])
    assert sorted(rejected.reject_kind) == ["empty_code", "not_a_code", "outside_kelurahan"]
    assert set(rejected.columns) >= {"KEL", "NO_RW", "JIWA", "reject_reason"}
    stored = read_layer(square_workspace, "rw").sort_values("code")
    assert stored.code.tolist() == ["001", "002", "003", "004", "005"]
    merged = stored[stored.code == "003"].iloc[0]
    assert merged.geometry.area == pytest.approx(20000, rel=1e-6) and merged.population == 500 + 600
    assert stored[stored.code == "004"].geometry.iloc[0].area == pytest.approx(5000, rel=1e-6)  # bow-tie's two halves
    assert stored.area_ha.sum() == pytest.approx(stored.geometry.area.sum() / 10000, rel=0.002)
    assert "Empty code" in open(result["REPORT"], encoding="utf-8").read()


def test_unreadable_counts_are_noted_not_guessed(square_workspace, tmp_path, read_layer):
    """Population typed as text: "1.234" is 1234 (Indonesian thousands dot; a count has
    no decimals), "banyak", "-5" and "3.5" households are left empty with a note, never
    truncated or dropped silently; the areas still land."""
    typed = ["250", "12,0", "1.234", "banyak", "-5"]
    frame = geopandas.GeoDataFrame({"NO_RW": [str(i + 1) for i in range(5)], "JIWA": typed,
                                    "KK": ["60", "", "3.5", "40", "7"]},
                                   geometry=[box(X0 + 80 * i, Y0, X0 + 80 * (i + 1), Y0 + 300) for i in range(5)],
                                   crs=EPSG)
    source = tmp_path / "counts.geojson"
    frame.to_file(source, driver="GeoJSON")
    result = run({"INPUT": str(source), "LEVEL": 0, "CODE_FIELD": "NO_RW", "POPULATION_FIELD": "JIWA",
                  "HOUSEHOLDS_FIELD": "KK", "WORKSPACE": square_workspace, "LANGUAGE": 1,
                  "DEFECTS": str(tmp_path / "defects.gpkg")})
    assert result["IMPORTED"] == 5
    stored = read_layer(square_workspace, "rw").sort_values("code")
    assert stored.population.tolist()[:3] == [250, 12, 1234] and stored.population.isna().tolist() == [
        False, False, False, True, True]
    assert stored.households.isna().tolist() == [False, True, True, False, False]
    defects = geopandas.read_file(result["DEFECTS"])
    noted = defects[defects.defect == "bad_value"]
    assert sorted(noted.code) == ["003", "004", "005"] and set(noted.action) == {"imported"}
    assert any("(KK = '3.5' (not a whole number))" in m for m in noted.message)
    assert any("JIWA = 'banyak'" in m for m in noted.message) and any("(below 0)" in m for m in noted.message)
    checked = run({"INPUT": str(source), "LEVEL": 0, "CODE_FIELD": "NO_RW", "POPULATION_FIELD": "JIWA",
                   "VALIDATE_ONLY": True, "DEFECTS": str(tmp_path / "id.gpkg")})   # Indonesian by default
    assert any("(bukan angka)" in m for m in geopandas.read_file(checked["DEFECTS"]).message)


def test_messages_are_in_indonesian_by_default(square_workspace, tmp_path):
    source = tmp_path / "rw.gpkg"
    crafted_rw().to_file(source, driver="GPKG")
    result = run({"INPUT": str(source), "LEVEL": 0, "CODE_FIELD": "NO_RW", "KELURAHAN": "Kampung Uji",
                  "KELURAHAN_FIELD": "KEL", "WORKSPACE": square_workspace, "VALIDATE_ONLY": True,
                  "DEFECTS": str(tmp_path / "d.gpkg")})
    messages = " ".join(geopandas.read_file(result["DEFECTS"]).message)
    assert "Nomor kosong" in messages and "ditolak" in messages and "Geometri tidak valid" in messages


@pytest.mark.parametrize("driver,suffix", [("ESRI Shapefile", "shp"), ("GPKG", "gpkg"), ("GeoJSON", "geojson"),
                                           ("KML", "kml")])
def test_every_input_format_gives_the_same_import(square_workspace, tmp_path, driver, suffix):
    from osgeo import gdal

    geojson = tmp_path / "input.geojson"
    crafted_rw().to_crs(4326).to_file(geojson, driver="GeoJSON")
    source = tmp_path / ("rw." + suffix)
    assert gdal.VectorTranslate(str(source), str(geojson), format=driver) is not None
    before = digest(square_workspace)
    result = run({"INPUT": str(source), "LEVEL": 0, "CODE_FIELD": "NO_RW", "KELURAHAN_FIELD": "KEL",
                  "WORKSPACE": square_workspace, "VALIDATE_ONLY": True})
    assert digest(square_workspace) == before  # only checked: nothing written
    assert (result["INPUT_COUNT"], result["IMPORTED"], result["REJECTED_COUNT"], result["FILTERED"]) == (10, 6, 3, 1)


def test_rt_with_rw_field_and_rw_from_the_map(square_workspace, tmp_path, seed_rows, read_layer):
    seed_rows(square_workspace, "rw", [{"uuid": "a", "code": "001", "geometry": box(X0, Y0, X0 + 200, Y0 + 300)},
                                       {"uuid": "b", "code": "002", "geometry": box(X0 + 200, Y0, X0 + 400, Y0 + 300)}])
    rts = geopandas.GeoDataFrame({
        "RT": ["1", "2", "3", "1"], "RW": ["1", "1", "1", "2"]}, geometry=[
        box(X0, Y0, X0 + 100, Y0 + 150), box(X0 + 100, Y0, X0 + 200, Y0 + 150),
        box(X0, Y0 + 150, X0 + 230, Y0 + 300),   # 30 m into RW 002: RT outside its RW
        box(X0 + 200, Y0, X0 + 400, Y0 + 300)], crs=EPSG)
    source = tmp_path / "rt.shp"
    rts.to_file(source)
    result = run({"INPUT": str(source), "LEVEL": 1, "CODE_FIELD": "RT", "RW_FIELD": "RW",
                  "WORKSPACE": square_workspace, "DEFECTS": str(tmp_path / "d.gpkg")})
    defects = geopandas.read_file(result["DEFECTS"])
    outside = defects[defects.defect == "rt_outside_rw"]
    assert len(outside) == 1 and outside.iloc[0].area_m2 == pytest.approx(30 * 150, rel=0.01)
    stored = read_layer(square_workspace, "rt")
    assert sorted(zip(stored.rw, stored.code)) == [("001", "001"), ("001", "002"), ("001", "003"), ("002", "001")]
    # Without the RW field, each RT takes the RW it overlaps most (RT 3: 200 of its 230 m in RW 001).
    result = run({"INPUT": str(source), "LEVEL": 1, "CODE_FIELD": "RT", "WORKSPACE": square_workspace})
    stored = read_layer(square_workspace, "rt")
    assert sorted(zip(stored.rw, stored.code)) == [("001", "001"), ("001", "002"), ("001", "003"), ("002", "001")]
    assert result["IMPORTED"] == 4 and len(stored) == 4  # replaced, not appended


def test_append_rejects_codes_already_there(square_workspace, tmp_path, read_layer):
    first, everything = tmp_path / "first.gpkg", tmp_path / "all.gpkg"
    crafted_rw().iloc[:2].to_file(first, driver="GPKG")   # RW 001 and 002
    crafted_rw().to_file(everything, driver="GPKG")
    parameters = {"LEVEL": 0, "CODE_FIELD": "NO_RW", "KELURAHAN_FIELD": "KEL", "WORKSPACE": square_workspace}
    run(dict(parameters, INPUT=str(first)))
    result = run(dict(parameters, INPUT=str(everything), MODE=1, DEFECTS=str(tmp_path / "d.gpkg")))
    defects = geopandas.read_file(result["DEFECTS"])
    assert sorted(defects[defects.defect == "already_in_workspace"].code) == ["001", "002"]
    assert sorted(read_layer(square_workspace, "rw").code) == ["001", "002", "003", "004", "005"]


def test_nothing_to_import_fails_and_leaves_the_workspace(square_workspace, tmp_path):
    from qgis.core import QgsProcessingException

    source = tmp_path / "rw.gpkg"
    crafted_rw().to_file(source, driver="GPKG")
    before = digest(square_workspace)
    with pytest.raises(QgsProcessingException, match="Nothing to import|Tidak ada") as caught:
        run({"INPUT": str(source), "LEVEL": 0, "CODE_FIELD": "NO_RW", "KELURAHAN_FIELD": "KEL",
             "KELURAHAN": "Somewhere Else", "WORKSPACE": square_workspace})
    traceback.clear_frames(caught.tb)
    assert digest(square_workspace) == before


@pytest.mark.skipif(not os.path.exists(RW_JAKARTA), reason="needs ../shared/data")
def test_jakarta_validation_reports_its_documented_defects(csiap_processing, tmp_path):
    result = run({"INPUT": RW_JAKARTA, "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KEL_NAME",
                  "VALIDATE_ONLY": True, "DEFECTS": str(tmp_path / "d.gpkg"), "REJECTED": str(tmp_path / "r.gpkg")})
    defects = geopandas.read_file(result["DEFECTS"])
    kinds = Counter(defects.defect)
    # SOURCE.md: 35 empty RW, 1 non-RW value, 1 invalid geometry, 51 kelurahan+RW pairs on 107 polygons.
    assert kinds["empty_code"] == 35 and kinds["not_a_code"] == 1 and kinds["invalid_geometry"] == 1
    duplicates = defects[defects.defect == "duplicate_code"]
    assert len(duplicates) == 107 and duplicates.groupby(["kelurahan", "code"]).ngroups == 51
    assert result["INPUT_COUNT"] == 2685 == result["IMPORTED"] + result["REJECTED_COUNT"] + result["FILTERED"]
    assert len(geopandas.read_file(result["REJECTED"])) == result["REJECTED_COUNT"] == 36


@pytest.mark.skipif(not os.path.exists(RW_JAKARTA), reason="needs ../shared/data")
def test_pondok_pinang_out_of_jakarta(any_workspace, csiap_processing, read_layer):
    result = run({"INPUT": RW_JAKARTA, "LEVEL": 0, "CODE_FIELD": "RW", "KELURAHAN_FIELD": "KEL_NAME",
                  "CONDITION_MAPPING": "flood_prone=FLOODPRONE",
                  "WORKSPACE": any_workspace})   # the workspace's own kelurahan name filters
    assert (result["IMPORTED"], result["REJECTED_COUNT"]) == (17, 0)
    assert result["FILTERED"] == 2685 - 17
    stored = read_layer(any_workspace, "rw")
    assert sorted(stored.code) == ["{:03d}".format(n) for n in range(1, 18)]
    source = geopandas.read_file(RW_JAKARTA)
    source = source[source.KEL_NAME == "PONDOK PINANG"].to_crs(EPSG)
    assert stored.geometry.area.sum() == pytest.approx(source.geometry.area.sum(), rel=1e-6)
    flooded = {"{:03d}".format(int(r.RW.split()[-1])): r.FLOODPRONE.upper() == "YES" for r in source.itertuples()}
    assert {r.code: bool(r.flood_prone) for r in stored.itertuples()} == flooded and any(flooded.values())
