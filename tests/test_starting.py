"""Location-aware starting values, worked by hand: two RTs with different
households, density and groundwater get the values the stated formulas give;
a missing condition changes nothing; the sentence that explains a ranking;
unit costs imported from a price list, bad rows named, nothing saved half-way."""

import math

import pytest
from csiap_planner.core.costs import DEFAULT_UNIT_COSTS, cost_per_household, read_price
from csiap_planner.core.options import OPTIONS, option
from csiap_planner.core.scoring import score_location
from csiap_planner.core.starting import format_number, separating, starting_cells
from csiap_planner.core.suitability import Trapezoid, suitability
from shapely.geometry import box

from tests.conftest import _workspace_state, connect_workspace

X0, Y0 = 700000.0, 9300000.0
CRITERIA = ["cost", "om", "land", "acceptance", "health", "suitability"]

# RT A: 48 KK on 2 ha (96 jiwa/ha), groundwater 0.6 m; RT B: 150 KK on 3 ha (220 jiwa/ha), groundwater 3.5 m.
RT_A = {"households": 48, "area_ha": 2.0, "density": 96.0, "groundwater_depth_m": 0.6, "slope_pct": 1.0,
        "flood_prone": False, "truck_access": True, "households_surveyed": 40, "layak_households": 20,
        "babs_households": 4, "wells_near_septic": 6}
RT_B = {"households": 150, "area_ha": 3.0, "density": 220.0, "groundwater_depth_m": 3.5, "slope_pct": 2.0,
        "flood_prone": False, "truck_access": True, "households_surveyed": 60, "layak_households": 60,
        "babs_households": 0, "wells_near_septic": 0}


def by_hand_ipal(households, area_ha):
    """IPAL komunal, the seeded prices written out: Rp 350 juta per plant of up to 200 KK,
    Rp 1 juta per house connection, Rp 250.000 per metre of sewer; sewer length
    KK × (6 m + ½ √(area per KK))."""
    plants = math.ceil(households / 200)
    metres = households * (6 + 0.5 * math.sqrt(area_ha * 10000 / households))
    return (plants * 350e6 + 1e6 * households + 250e3 * metres) / households


def cells(place, codes):
    return starting_cells(place, [option(c) for c in codes], CRITERIA, DEFAULT_UNIT_COSTS)


def test_two_rts_get_the_values_of_the_formulas():
    a = cells(RT_A, ["ipal_komunal", "mck"])
    b = cells(RT_B, ["ipal_komunal", "septic_shared", "septic_individual"])
    # Cost per KK.
    assert a["ipal_komunal"]["cost"].value == pytest.approx(by_hand_ipal(48, 2.0))
    assert b["ipal_komunal"]["cost"].value == pytest.approx(by_hand_ipal(150, 3.0))
    assert a["mck"]["cost"].value == pytest.approx(150e6 / 48)            # one block for up to 100 KK
    assert b["septic_shared"]["cost"].value == pytest.approx((15 * 6e6 + 150 * 0.6e6 + 150e3 * 150 * 6) / 150)
    # Individual tank: Rp 4 juta, and Rp 150.000 per metre of pipe from the toilet, half the plot's side.
    assert b["septic_individual"]["cost"].value == pytest.approx(4e6 + 150e3 * 0.5 * math.sqrt(30000 / 150))
    assert a["ipal_komunal"]["cost"].numbers["pipe_m"] == pytest.approx(48 * (6 + 0.5 * math.sqrt(20000 / 48)))
    # Land: 150 m² per plant, no land recorded → m² per KK.
    assert a["ipal_komunal"]["land"].value == pytest.approx(150 / 48)
    assert b["septic_shared"]["land"].value == pytest.approx(15 * 10 / 150)   # 15 tanks of 10 m²
    assert b["septic_individual"]["land"].value == 0
    # Site suitability: IPAL at A: density (96 − 25) / (100 − 25); groundwater, slope, flooding, truck 1.
    assert a["ipal_komunal"]["suitability"].value == pytest.approx((96 - 25) / 75)
    # Shared septic tank at B: density (300 − 220) / (300 − 100); groundwater 3.5 ≥ 3, slope 2 ≤ 10.
    assert b["septic_shared"]["suitability"].value == pytest.approx((300 - 220) / 200)
    # Health at A: without adequate access 20/40, BABS 4/40, wells 6/40.
    present = {"unsafe_access": 0.5, "babs": 0.1, "wells_near_septic": 0.15}
    assert a["ipal_komunal"]["health"].value == pytest.approx(5.0)          # removes all three
    removed = 0.5 * 0.5 + 0.1 * 1 + 0.15 * 0.5                              # MCK: half, all, half
    assert a["mck"]["health"].value == pytest.approx(1 + 4 * removed / sum(present.values()))
    assert b["ipal_komunal"]["health"].value == 3.0 and b["ipal_komunal"]["health"].reason == "health_no_hazard"
    # O&M and acceptance: the community's, not yet judged.
    assert {a["mck"][c].reason for c in ("om", "acceptance")} == {"not_judged"}


def test_economies_of_scale_show():
    ipal = option("ipal_komunal")
    small = cost_per_household(DEFAULT_UNIT_COSTS, "ipal_komunal", 20, ipal.max_households, 1.0, 20)
    large = cost_per_household(DEFAULT_UNIT_COSTS, "ipal_komunal", 150, ipal.max_households, 7.5, 150)
    assert large.per_household < small.per_household
    assert small.per_household == pytest.approx(by_hand_ipal(20, 1.0))


def test_a_missing_condition_changes_nothing():
    known = suitability("ipal_komunal", RT_A)
    for condition in ("slope_pct", "groundwater_depth_m", "truck_access", "flood_prone"):   # each scored 1 here
        without = suitability("ipal_komunal", dict(RT_A, **{condition: None}))
        assert without.score == pytest.approx(known.score) and condition in without.unchecked
    # Density lowers the score where known (0.947); unknown, it lowers nothing.
    assert suitability("ipal_komunal", dict(RT_A, density=None)).score == pytest.approx(1.0)
    nothing = cells({"households": 48}, ["ipal_komunal"])["ipal_komunal"]["suitability"]
    assert nothing.value == 1.0 and nothing.reason == "suitability_unchecked"
    assert Trapezoid(1, 2, 3, 4)(0.5) == 0 and Trapezoid(1, 2, 3, 4)(1.5) == 0.5 and Trapezoid(1, 2, 3, 4)(3.5) == 0.5


def test_every_membership_has_a_source():
    from csiap_planner.core.suitability import MEMBERSHIP

    assert set(MEMBERSHIP) == {o.code for o in OPTIONS}
    for functions in MEMBERSHIP.values():
        for function in functions.values():
            assert function.source and (function.assumption or "Sanitasi.Net" in function.source)


def test_numbers_are_written_as_indonesians_write_them():
    assert format_number(2500000, "id") == "2.500.000" and format_number(2500000, "en") == "2,500,000"
    assert format_number(0.6, "id", 1) == "0,6" and format_number(0.6, "en", 1) == "0.6"
    assert read_price("Rp 2.500.000") == 2500000 and read_price("350.000") == 350000 and read_price("4,5") == 4.5
    with pytest.raises(ValueError):
        read_price("dua juta")


def test_the_criterion_that_separates_the_top_two():
    place = dict(RT_A, groundwater_depth_m=1.8)
    matrix = cells(place, ["ipal_komunal", "septic_shared"])
    values = {o: {c: cell.value for c, cell in row.items()} for o, row in matrix.items()}
    weights = {"cost": 1, "om": 0, "land": 0, "acceptance": 0, "health": 2, "suitability": 0}
    result = score_location(values, weights, {"cost": "cost", "land": "cost"})
    # By hand: IPAL wins health (5 against 4.44), loses cost; weight 2 against 1.
    assert result.ranking[0].option == "ipal_komunal"
    assert separating(result, weights) == ("ipal_komunal", "septic_shared", ["health"])


def geodesic_ha(polygon, crs="EPSG:32748"):
    import geopandas
    from pyproj import Geod

    ring = geopandas.GeoSeries([polygon], crs=crs).to_crs(4326).iloc[0].exterior
    area, _perimeter = Geod(ellps="WGS84").polygon_area_perimeter(*ring.xy)
    return abs(area) / 10000.0


def seeded(workspace, seed_rows, land=(None, None)):
    """RT A (48 KK, 2 ha, groundwater 0.6 m) and RT B (150 KK, 3 ha, groundwater 3.5 m);
    ``land``: the land each records itself (m²)."""
    rows = [
        {"uuid": "a", "rw": "001", "code": "001", "households": 48, "population": 192, "groundwater_depth_m": 0.6,
         "slope_pct": 1.0, "truck_access": True, "flood_prone": False, "sewer_nearby": False,
         "geometry": box(X0, Y0, X0 + 100, Y0 + 200)},
        {"uuid": "b", "rw": "001", "code": "002", "households": 150, "population": 660, "groundwater_depth_m": 3.5,
         "slope_pct": 2.0, "truck_access": True, "flood_prone": False, "sewer_nearby": False,
         "geometry": box(X0 + 100, Y0, X0 + 250, Y0 + 200)},
    ]
    seed_rows(workspace, "rt", [dict(row, land_available_m2=m2) for row, m2 in zip(rows, land)])


def test_the_workspace_scores_from_each_place_and_explains_it(csiap_processing, any_workspace, seed_rows):
    import processing

    seeded(any_workspace, seed_rows)
    processing.run("csiap:areaindicators", {"WORKSPACE": any_workspace, "LEVEL": 0})
    processing.run("csiap:screenoptions", {"WORKSPACE": any_workspace, "LEVEL": 0, "LANGUAGE": 0})
    result = processing.run("csiap:scoreoptions", {"WORKSPACE": any_workspace, "LEVEL": 0, "LANGUAGE": 0})
    with connect_workspace(any_workspace) as db:
        cost = dict(db.execute("SELECT location_code, raw_value FROM scores WHERE session_uuid = ? AND "
                               "option_code = 'ipal_komunal' AND criterion_code = 'cost'", (result["SESSION"],)))
        reasons = dict(db.execute("SELECT location_code || ' ' || criterion_code, reason FROM scores WHERE "
                                  "session_uuid = ? AND option_code = 'ipal_komunal'", (result["SESSION"],)))
        sentences = db.execute("SELECT location_code, explanation FROM ranking WHERE session_uuid = ? AND rank = 1",
                               (result["SESSION"],)).fetchall()
        feasible = {}
        for code, option in db.execute("SELECT location_code, option_code FROM screening WHERE feasible"):
            feasible[code] = ",".join(filter(None, (feasible.get(code), option)))
    # The boxes above, 2 ha and 3 ha on the grid, measured on the ellipsoid as the indicators do.
    area_a, area_b = geodesic_ha(box(X0, Y0, X0 + 100, Y0 + 200)), geodesic_ha(box(X0 + 100, Y0, X0 + 250, Y0 + 200))
    assert area_a == pytest.approx(2.0, rel=2e-3) and area_b == pytest.approx(3.0, rel=2e-3)
    assert cost == {"001/001": pytest.approx(by_hand_ipal(48, area_a)),
                    "001/002": pytest.approx(by_hand_ipal(150, area_b))}
    assert reasons["001/001 om"].startswith("belum dinilai warga")
    assert reasons["001/001 cost"].startswith("Rp {} per KK".format(format_number(cost["001/001"], "id")))
    assert "septic_shared" not in feasible["001/001"] and "septic_shared" in feasible["001/002"]  # 0.6 m < 1.5 m
    assert len(sentences) == 2
    for _location, sentence in sentences:
        assert " di atas " in sentence and " karena " in sentence, sentence


def digest(path):
    return _workspace_state(path)


def test_a_price_list_replaces_the_prices_of_the_options_it_prices(csiap_processing, any_workspace, tmp_path):
    import processing

    prices = tmp_path / "hspk.csv"
    prices.write_text("opsi;uraian;satuan;harga;tahun;sumber\n"
                      "mck;Bangunan MCK++;tetap;Rp 200.000.000;2025;HSPK Kota Contoh 2025\n"
                      "mck;Sambungan;per KK;350.000;2025;HSPK Kota Contoh 2025\n", encoding="utf-8")
    result = processing.run("csiap:importunitcosts", {"WORKSPACE": any_workspace, "INPUT": str(prices)})
    with connect_workspace(any_workspace) as db:
        rows = db.execute("SELECT option_code, unit, price, year, source, is_assumption FROM unit_costs").fetchall()
    mck = sorted(r for r in rows if r[0] == "mck")
    assert mck == [("mck", "fixed", 200000000.0, 2025, "HSPK Kota Contoh 2025", 0),
                   ("mck", "per_household", 350000.0, 2025, "HSPK Kota Contoh 2025", 0)]
    others = [r for r in rows if r[0] != "mck"]
    assert len(others) == len([c for c in DEFAULT_UNIT_COSTS if c.option != "mck"]) == result["IMPORTED"] - 2


@pytest.mark.parametrize("line,message", [
    ("mck;Bangunan MCK++;tetap;;2025", "Baris 3 \\(Bangunan MCK\\+\\+\\): tidak ada harganya"),
    ("mck;Bangunan MCK++;tetap;dua juta;2025", "Baris 3 \\(Bangunan MCK\\+\\+\\): harga 'dua juta' bukan angka"),
])
def test_a_bad_price_is_named_and_nothing_is_saved(csiap_processing, any_workspace, tmp_path, refused, line, message):
    import processing

    prices = tmp_path / "hspk.csv"
    prices.write_text("opsi;uraian;satuan;harga;tahun\nmck;Sambungan;per KK;350.000;2025\n" + line + "\n",
                      encoding="utf-8")
    before = digest(any_workspace)
    with refused(message):
        processing.run("csiap:importunitcosts", {"WORKSPACE": any_workspace, "INPUT": str(prices), "LANGUAGE": 0})
    assert digest(any_workspace) == before


def test_reasons_and_the_sentence_in_indonesian(qgis_app):
    from csiap_planner.workspace.starting import explanation, worded

    place = dict(RT_A, groundwater_depth_m=1.8)
    found = worded(cells(place, ["ipal_komunal", "septic_shared"]), "id")
    ipal, shared = found["ipal_komunal"], found["septic_shared"]
    assert ipal["cost"].reason.startswith("Rp {} per KK: 1 unit untuk 48 KK".format(
        format_number(by_hand_ipal(48, 2.0), "id")))
    assert ipal["health"].reason.startswith("Menghilangkan di sini: KK tanpa akses layak (20 KK), BABS (4 KK), "
                                            "sumur kurang dari 10 m dari tangki septik (6)")
    assert "tersisa: sumur kurang dari 10 m" in shared["health"].reason   # a soak-away leaves the wells
    assert "belum diperiksa (tanpa data, tidak menurunkan nilai): Pemakaian air" in ipal["suitability"].reason
    assert ipal["om"].reason.startswith("belum dinilai warga") and not ipal["om"].judged
    values = {o: {c: cell.value for c, cell in row.items()} for o, row in found.items()}
    weights = {"cost": 0, "om": 0, "land": 0, "acceptance": 0, "health": 1, "suitability": 3}
    result = score_location(values, weights, {"cost": "cost", "land": "cost"})
    names = {"ipal_komunal": "IPAL komunal dengan perpipaan (shallow/small-bore sewer)",
             "septic_shared": "Tangki septik bersama (2-10 rumah)"}
    # Suitability of the soak-away at 1.8 m: (1.8 − 1.5) / (3 − 1.5) = 0.2, so the groundwater separates them.
    assert explanation(result, weights, found, names, {}, "id") == (
        "IPAL komunal dengan perpipaan di atas Tangki septik bersama karena muka air tanah dangkal (1,8 m) dan "
        "menghilangkan sumur kurang dari 10 m dari tangki septik (6)")


def test_a_price_list_in_xlsx_with_numbers_and_text(csiap_processing, any_workspace, tmp_path):
    from osgeo import gdal, ogr

    import processing

    path = str(tmp_path / "hspk.xlsx")
    sheet = gdal.GetDriverByName("XLSX").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    layer = sheet.CreateLayer("HSPK", None, ogr.wkbNone)
    for name, kind in (("option", ogr.OFTString), ("item", ogr.OFTString), ("unit", ogr.OFTString),
                       ("price", ogr.OFTString), ("year", ogr.OFTInteger), ("assumption", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for values in (("ipal_komunal", "IPAL", "fixed", "Rp 420.000.000", 2025, "tidak"),
                   ("ipal_komunal", "Pipa", "per meter", "275000", 2025, "ya")):
        feature = ogr.Feature(layer.GetLayerDefn())
        for index, value in enumerate(values):
            feature.SetField(index, value)
        layer.CreateFeature(feature)
    sheet = None
    processing.run("csiap:importunitcosts", {"WORKSPACE": any_workspace, "INPUT": path})
    with connect_workspace(any_workspace) as db:
        rows = sorted(db.execute("SELECT unit, price, year, is_assumption FROM unit_costs WHERE option_code = "
                                 "'ipal_komunal'"))
    assert rows == [("fixed", 420000000.0, 2025, 0), ("per_metre", 275000.0, 2025, 1)]


def test_every_bad_row_is_named_at_once(csiap_processing, any_workspace, tmp_path, refused):
    import processing

    prices = tmp_path / "hspk.csv"
    prices.write_text("option,item,unit,price\nmck,Block,per hectare,1000\ntoilet,Toilet,fixed,5\n", encoding="utf-8")
    before = digest(any_workspace)
    with refused("Row 2 \\(Block\\): the unit 'per hectare' is not fixed, per KK or per metre\nRow 3 \\(Toilet\\): "
                 "the option 'toilet' is not in the catalogue"):
        processing.run("csiap:importunitcosts", {"WORKSPACE": any_workspace, "INPUT": str(prices), "LANGUAGE": 1})
    assert digest(any_workspace) == before


def test_land_from_the_rts_own_field_where_no_site_gives_land(qgis_app):
    """Worked by hand: an IPAL komunal for 48 KK is one plant of 150 m² (up to 200 KK)."""
    from csiap_planner.workspace.starting import worded

    own = cells(dict(RT_A, land_m2=300.0, land_source="area"), ["ipal_komunal", "septic_individual"])
    assert own["ipal_komunal"]["land"].value == pytest.approx(150 / 300)
    assert own["ipal_komunal"]["land"].reason == "land_ratio_area"
    assert own["septic_individual"]["land"].reason == "land_none"          # on the household's own plot
    site = cells(dict(RT_A, land_m2=600.0, land_source="site"), ["ipal_komunal"])["ipal_komunal"]["land"]
    assert (site.value, site.reason) == (pytest.approx(150 / 600), "land_ratio")
    reasons = {key: worded(found, "en")["ipal_komunal"]["land"].reason for key, found in (("own", own), ("site", {
        "ipal_komunal": {"land": site}}))}
    assert reasons["own"].startswith("Needs 150 m² of the 300 m² of land the RT/RW records itself; no candidate "
                                     "site records land (1 unit(s))")
    assert reasons["site"].startswith("Needs 150 m² of the 600 m² of land at the candidate site (1 unit(s))")
    assert "dicatat RT/RW sendiri" in worded(own, "id")["ipal_komunal"]["land"].reason


def test_the_workspace_takes_a_sites_land_first_then_the_rts_own(csiap_processing, any_workspace, seed_rows):
    """RT A records 300 m² itself and has no site; RT B records 100 m² but a public site of
    400 m² lies in it (and a private one of 5000 m², which does not count)."""
    from csiap_planner.workspace.starting import starting_cells as workspace_cells
    from shapely.geometry import Point

    import processing

    seeded(any_workspace, seed_rows, land=(300.0, 100.0))
    seed_rows(any_workspace, "candidate_sites", [
        {"uuid": "s1", "rw": "001", "rt": "002", "name": "Lapangan", "land_status": "government",
         "land_area_m2": 400.0, "geometry": Point(X0 + 150, Y0 + 100)},
        {"uuid": "s2", "rw": "001", "rt": "002", "name": "Kebun", "land_status": "private",
         "land_area_m2": 5000.0, "geometry": Point(X0 + 200, Y0 + 100)}])
    processing.run("csiap:areaindicators", {"WORKSPACE": any_workspace, "LEVEL": 0})
    processing.run("csiap:screenoptions", {"WORKSPACE": any_workspace, "LEVEL": 0, "LANGUAGE": 1})
    found = workspace_cells(any_workspace, "RT", "en")
    a, b = found["001/001"]["ipal_komunal"]["land"], found["001/002"]["ipal_komunal"]["land"]
    assert a.value == pytest.approx(150 / 300) and "the RT/RW records itself" in a.reason
    assert b.value == pytest.approx(150 / 400) and "at the candidate site" in b.reason


def test_a_typed_matrix_is_explained_by_the_criterion_name_with_its_abbreviations_kept(qgis_app):
    """Without starting cells (a typed matrix) the sentence names the criterion: "per KK",
    not "per kk" as a plain lowercasing wrote it."""
    from csiap_planner.workspace.starting import explanation

    values = {"mck": {"cost": 2000000}, "septic_shared": {"cost": 3000000}}
    weights = {"cost": 1}
    result = score_location(values, weights, {"cost": "cost"})
    names = {"mck": "MCK / MCK++", "septic_shared": "Tangki septik bersama (2-10 rumah)"}
    sentence = explanation(result, weights, None, names, {"cost": "Biaya pembangunan per KK"}, "id")
    assert sentence.startswith("MCK / MCK++ di atas Tangki septik bersama")
    assert sentence.endswith("biaya pembangunan per KK"), sentence
