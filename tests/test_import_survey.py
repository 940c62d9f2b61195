"""csiap:importsurvey: Kobo, ODK and hand-made exports in every format, every
coordinate defect, labels and codes, re-import by uuid, and generated messy
CSVs (hypothesis): rows in = imported + rejected, never a crash."""

import csv
import html
import os
import uuid

import geopandas
import pandas
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from tests.conftest import _read_layer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYNTHETIC = os.path.join(ROOT, "sample", "survey_households_synthetic.csv")
# Inside Pondok Pinang (the sample workspace's kelurahan), and elsewhere.
INSIDE = (-6.2755, 106.7852)
JAKARTA_OUTSIDE = (-6.1754, 106.8272)   # Monas: Indonesia, not Pondok Pinang


def run(parameters):
    import processing

    return processing.run("csiap:importsurvey", parameters)


def households(path):
    return _read_layer(path, "households")


def write_csv(path, rows, delimiter=";", encoding="utf-8"):
    with open(path, "w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerows(rows)
    return str(path)


def test_kobo_export_imports_without_mapping_and_reimport_updates(any_workspace, csiap_processing):
    result = run({"INPUT": SYNTHETIC, "TARGET": 0, "WORKSPACE": any_workspace})
    source = pandas.read_csv(SYNTHETIC, sep=";", dtype=str, keep_default_na=False)
    assert (result["INPUT_COUNT"], result["INSERTED"], result["REJECTED_COUNT"]) == (len(source), len(source), 0)
    stored = households(any_workspace).set_index("uuid")
    row = source.iloc[7]
    got = stored.loc[row["_uuid"]]
    for name in ("toilet_access", "water_source", "handwashing", "solid_waste"):
        assert (got[name] or "") == row[name], name
    assert got["members"] == (int(row["members"]) if row["members"] else None) or pandas.isna(got["members"])
    assert got["data_source"] == "synthetic"
    # Positions: the export's WGS 84 coordinates, in the workspace CRS.
    expected = geopandas.GeoSeries([Point(float(row["_location_longitude"]), float(row["_location_latitude"]))],
                                   crs=4326).to_crs(stored.crs).iloc[0]
    assert got.geometry.distance(expected) < 0.01
    again = run({"INPUT": SYNTHETIC, "TARGET": 0, "WORKSPACE": any_workspace})
    assert (again["INSERTED"], again["UPDATED"]) == (0, len(source))
    assert len(households(any_workspace)) == len(source)


def test_every_coordinate_defect_is_rejected_with_its_reason(any_workspace, csiap_processing, tmp_path):
    lat, lon = INSIDE
    header = ["_uuid", "toilet_access", "members", "low_income", "survey_date", "_location_latitude",
              "_location_longitude"]
    rows = [
        ["a", "Jamban sendiri", "4", "ya", "07/09/2026", str(lat).replace(".", ","), str(lon).replace(".", ",")],
        ["b", "own", "3", "no", "2026-09-07", str(lon), str(lat)],                # swapped
        ["c", "own", "3", "no", "2026-09-07", "0", "0"],                          # zero
        ["d", "own", "3", "no", "2026-09-07", "51.5", "-0.12"],                   # London
        ["e", "own", "3", "no", "2026-09-07", str(JAKARTA_OUTSIDE[0]), str(JAKARTA_OUTSIDE[1])],
        ["f", "own", "3", "no", "2026-09-07", "", ""],                            # none
        ["g", "kadang-kadang", "45", "mungkin", "31/02/2026", str(lat), str(lon + 0.001)],  # bad answers
        ["a", "own", "3", "no", "2026-09-07", str(lat), str(lon)],                # same uuid again
        ["h", "Tidak ada (BABS)", "2", "TIDAK", "2026-09-08", str(lat + 0.001), str(lon)],
    ]
    source = write_csv(tmp_path / "survey.csv", [header] + rows, delimiter=";", encoding="cp1252")
    result = run({"INPUT": source, "TARGET": 0, "WORKSPACE": any_workspace, "LANGUAGE": 1,
                  "REJECTED": str(tmp_path / "rejected.gpkg"), "REPORT": str(tmp_path / "report.html")})
    assert result["INPUT_COUNT"] == len(rows) == result["INSERTED"] + result["UPDATED"] + result["REJECTED_COUNT"]
    rejected = geopandas.read_file(result["REJECTED"]).set_index("row")
    # "a" twice: the later row (8) is the edit and wins; row 1 is kept among the rejected with why.
    assert rejected.reject_kind.to_dict() == {1: "duplicate_uuid", 2: "swapped_coordinates", 3: "zero_coordinates",
                                              4: "outside_indonesia", 5: "outside_kelurahan", 6: "no_coordinates"}
    assert "row 8" in rejected.loc[1, "reject_reason"]
    assert rejected.loc[2, "_uuid"] == "b"   # the row as it was, with its reason
    stored = households(any_workspace).set_index("uuid")
    assert sorted(stored.index) == ["a", "g", "h"]
    a = stored.loc["a"]
    assert (a.toilet_access, a.members, bool(a.low_income), str(a.survey_date)[:10]) == ("own", 3, False, "2026-09-07")
    assert stored.loc["h"].toilet_access == "none" and not stored.loc["h"].low_income
    g = stored.loc["g"]
    assert pandas.isna(g.toilet_access) and pandas.isna(g.members) and pandas.isna(g.low_income)
    assert result["NOTES"] == 4   # toilet_access, members (45 > 30), low_income, 31 February
    report = html.unescape(open(result["REPORT"], encoding="utf-8").read())
    assert "Latitude and longitude swapped" in report and "members = '45' (above 30)" in report


def test_odk_central_columns_and_uuid_prefix(any_workspace, csiap_processing, tmp_path):
    lat, lon = INSIDE
    header = ["SubmissionDate", "household-toilet_access", "household-members", "location-Latitude",
              "location-Longitude", "location-Altitude", "meta-instanceID", "KEY"]
    rows = [["2026-09-07", "shared", "5", str(lat), str(lon), "20", "uuid:0f9d", "uuid:0f9d"]]
    result = run({"INPUT": write_csv(tmp_path / "odk.csv", [header] + rows, delimiter=","), "TARGET": 0,
                  "WORKSPACE": any_workspace})
    assert result["INSERTED"] == 1
    stored = households(any_workspace).iloc[0]
    assert (stored.uuid, stored.toilet_access, stored.members) == ("0f9d", "shared", 5)


def test_geopoint_column_explicit_mapping_and_problems(any_workspace, csiap_processing, tmp_path, read_layer):
    lat, lon = INSIDE
    header = ["id", "jenis", "musim", "lokasi"]
    rows = [["p1", "Genangan air", "Musim hujan", "{} {} 0 5".format(lat, lon)],
            ["p2", "", "dry", "{} {} 0 5".format(lat, lon)]]   # no category: required
    result = run({"INPUT": write_csv(tmp_path / "p.csv", [header] + rows, delimiter="\t"), "TARGET": 1,
                  "WORKSPACE": any_workspace, "FIELD_MAPPING": "uuid=id; category=jenis; season=musim"})
    assert (result["INSERTED"], result["REJECTED_COUNT"]) == (1, 1)
    stored = read_layer(any_workspace, "problems").iloc[0]
    assert (stored.uuid, stored.category, stored.season) == ("p1", "genangan", "rainy")


@pytest.mark.parametrize("driver,suffix", [("XLSX", "xlsx"), ("GeoJSON", "geojson"), ("GPKG", "gpkg")])
def test_other_formats(any_workspace, csiap_processing, tmp_path, driver, suffix):
    lat, lon = INSIDE
    frame = geopandas.GeoDataFrame(
        {"uuid": ["x1", "x2"], "toilet_access": ["own", "none"], "members": [4, 2],
         "latitude": [lat, lat + 0.0005], "longitude": [lon, lon]},
        geometry=[Point(lon, lat), Point(lon, lat + 0.0005)], crs=4326)
    path = tmp_path / ("survey." + suffix)
    if driver == "XLSX":
        from osgeo import gdal

        frame.drop(columns="geometry").to_csv(tmp_path / "s.csv", index=False)
        assert gdal.VectorTranslate(str(path), str(tmp_path / "s.csv"), format="XLSX") is not None
    elif driver == "GPKG":
        frame.drop(columns=["latitude", "longitude"]).to_crs(32748).to_file(path, driver=driver)
    else:
        frame.drop(columns=["latitude", "longitude"]).to_file(path, driver=driver)
    result = run({"INPUT": str(path), "TARGET": 0, "WORKSPACE": any_workspace})
    assert (result["INSERTED"], result["REJECTED_COUNT"]) == (2, 0)
    stored = households(any_workspace).set_index("uuid")
    assert stored.loc["x2"].toilet_access == "none" and stored.loc["x1"].members == 4
    expected = frame.to_crs(stored.crs).set_index("uuid").geometry
    assert stored.loc["x2"].geometry.distance(expected.loc["x2"]) < 0.01


cell = st.one_of(st.text(max_size=8), st.sampled_from(["own", "ya", "4", "4,5", "", "-6,2755", "106.7852", "NULL"]))
coordinate = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(str), st.text(max_size=6),
                       st.sampled_from([str(INSIDE[0]), str(INSIDE[1]), "0", ""]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
# Found by hypothesis: csv.Sniffer read rows of empty answers as one column.
@example(rows=[("", "", "", "0.0", "0.0")] * 4, delimiter="\t", encoding="utf-8")
# Found by hypothesis: a file with its header and no rows failed on an empty transpose.
@example(rows=[("", "", "", "", "")], delimiter=",", encoding="utf-8")
# Found by hypothesis: one row in metres among rows at (0, 0) refused the whole file; now only most rows do.
@example(rows=[("", "", "", "0.0", "0.0")] * 9 + [("", "", "", "0.0", "10000000.0")], delimiter=",", encoding="utf-8")
# The whole file in metres: refused with the CRS to choose.
@example(rows=[("", "", "", "9306005.0", "697497.0")], delimiter=",", encoding="utf-8")
@given(st.lists(st.tuples(cell, cell, cell, coordinate, coordinate), min_size=1, max_size=12),
       st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "cp1252"]))
def test_generated_messy_csvs_balance(any_workspace, csiap_processing, tmp_path_factory, rows, delimiter, encoding):
    header = ["toilet_access", "members", "low_income", "lat", "lon"]
    clean = [[c.replace("\x00", "").encode(encoding, "replace").decode(encoding) for c in row] for row in rows]
    clean = [row for row in clean if any(row)]
    path = tmp_path_factory.mktemp("messy") / "{}.csv".format(uuid.uuid4().hex)
    write_csv(path, [header] + [[c.replace("\r", " ").replace("\n", " ") for c in row] for row in clean],
              delimiter=delimiter, encoding=encoding)
    before = len(households(any_workspace))
    from qgis.core import QgsProcessingException

    try:
        result = run({"INPUT": str(path), "TARGET": 0, "WORKSPACE": any_workspace, "LANGUAGE": 1})
    except QgsProcessingException as error:
        # Found by hypothesis: a file whose only coordinates are metres (1e7, 0) is refused, by name.
        assert "look like metres" in str(error), str(error)
        assert len(households(any_workspace)) == before
        return
    assert result["INPUT_COUNT"] == result["INSERTED"] + result["UPDATED"] + result["REJECTED_COUNT"]
    assert len(households(any_workspace)) == before + result["INSERTED"]


# GeoPackage only: it names the workspace file through a link (another path to the same file).
def test_the_open_project_and_its_docks_show_what_was_imported(workspace_copy, csiap_processing, qgis_iface,
                                                                  tmp_path):
    """Run from the toolbox with the workspace's project open: its layers read the new rows
    (feature count, extent), not what the provider cached when the project opened, and the
    Masalah Sanitasi dock counts them."""
    from csiap_planner.plugin.problems_dock import ProblemsDock
    from csiap_planner.plugin.project_layers import workspace_layers
    from qgis.core import QgsProject

    lat, lon = INSIDE
    rows = [["_uuid", "category", "season", "lat", "lon"]] + [
        ["n{}".format(i), "genangan", "rainy", str(lat + i * 0.0002), str(lon)] for i in range(5)]
    dock = ProblemsDock(qgis_iface)
    try:
        assert QgsProject.instance().read(workspace_copy.replace(".gpkg", ".qgz"))
        layer = workspace_layers()["problems"]
        dock.set_layers(workspace_layers())
        before = layer.featureCount()
        assert before == len(geopandas.read_file(workspace_copy, layer="problems"))
        # Named through a link, as another path to the same file would be (C:/ vs c:\\ on Windows).
        link = tmp_path / "link"
        link.symlink_to(os.path.dirname(workspace_copy))
        result = run({"INPUT": write_csv(tmp_path / "more.csv", rows), "TARGET": 1,
                      "WORKSPACE": str(link / os.path.basename(workspace_copy))})
        assert result["INSERTED"] == 5
        assert layer.featureCount() == before + 5 == len(geopandas.read_file(workspace_copy, layer="problems"))
        shown = [dock.tree.topLevelItem(i) for i in range(dock.tree.topLevelItemCount())]
        assert sum(int(item.text(1)) for item in shown) == before + 5   # the tree, refreshed by itself
        del layer
    finally:
        dock.set_layers({})
        dock.deleteLater()
        QgsProject.instance().clear()


@pytest.mark.parametrize("text,integer,expected", [
    ("12", True, 12), ("1.234", True, 1234), (" 2.500 ", True, 2500), ("12.345.678", True, 12345678),
    ("1.234", False, 1.234), ("1,5", False, 1.5), ("12,0", True, 12),
    ("1.23", True, None), ("1.2345", True, None), ("1,234", True, None), ("1.234,5", True, None)])
def test_numbers_as_indonesian_spreadsheets_write_them(text, integer, expected):
    """Worked by hand: a count takes thousands dots; a comma is always a decimal comma."""
    from csiap_planner.core.survey import BadValue, to_number

    if expected is None:
        with pytest.raises(BadValue):
            to_number(text, integer)
    else:
        assert to_number(text, integer) == expected
