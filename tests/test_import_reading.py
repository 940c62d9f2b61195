"""The pure helpers of issue 14's importers, on hand-worked cases: which id a row
is known by, which CRS metres come from, which field a column was meant for, OSM
tags, the closest kelurahan names, CSV cells that would run as formulas."""

import pytest


def test_odk_edit_chains_lead_to_the_first_submission():
    from csiap_planner.core.survey import edit_roots

    # C replaces B, which replaces A; D stands alone; an edit of X (not in the file) keeps X's id.
    assert edit_roots(["C", "A", "B", "D", "E"], ["B", "", "A", "", "X"]) == ["A", "A", "A", "D", "X"]
    # A broken chain that loops ends instead of hanging.
    assert set(edit_roots(["A", "B"], ["B", "A"])) <= {"A", "B"}


def test_a_row_without_id_gets_the_same_id_on_every_import():
    from csiap_planner.core.survey import stable_id

    row = ["own", "4", "-6.2755", "106.7852"]
    assert stable_id(row) == stable_id(list(row))
    assert stable_id([c for c in row]) != stable_id(["own", "5", "-6.2755", "106.7852"])
    assert stable_id(["own", 4.0]) == stable_id(["own", "4"])   # XLSX numbers and CSV text alike


@pytest.mark.parametrize("x,y,expected", [
    (106.7852, -6.2755, None), (-6.2755, 106.7852, None),           # degrees, also swapped
    (697497.0, 9306005.0, "EPSG:32748"), (11887274.0, -699986.0, "EPSG:3857"),
    (463595.0, 397389.0, "UTM 46N"), (9306005.0, 697497.0, "swapped"), (5e7, 5e7, "")])
def test_metres_are_told_from_degrees_with_the_crs_they_likely_are(x, y, expected):
    from csiap_planner.core.survey import looks_like_metres

    hint = looks_like_metres(x, y)
    if expected is None or expected == "":
        assert hint == expected
    else:
        assert expected in hint


@pytest.mark.parametrize("column,field", [("head_name", "household_head"), ("toilet", "toilet_access"),
                                          ("sumber_air", "water_source"), ("jumlah_jiwa", "members"),
                                          ("memebrs", "members"), ("hp", None)])
def test_an_unknown_column_is_matched_to_the_field_it_was_meant_for(column, field):
    from csiap_planner.core import schema
    from csiap_planner.core.survey import suggest_field

    layer = schema.layer("households")
    assert suggest_field(column, layer, [f.name for f in layer.fields if not f.computed]) == field


def test_export_metadata_and_coordinates_are_not_unknown_columns():
    from csiap_planner.core import schema
    from csiap_planner.core.survey import coordinate_columns, find_columns, find_coordinates, unknown_columns

    columns = ["start", "end", "_id", "_uuid", "_submission_time", "location", "_location_latitude",
               "_location_longitude", "_location_altitude", "_location_precision", "members", "head_name"]
    layer = schema.layer("households")
    how = find_coordinates(columns)
    unknown = unknown_columns(columns, layer, find_columns(columns, layer), coordinate_columns(columns, how))
    assert unknown == [("head_name", "household_head")]


def test_osm_other_tags_are_read_as_key_value():
    from csiap_planner.core.boundaries import hstore, is_hstore, kelurahan_in

    tags = '"admin_level"=>"9","name"=>"Kampung \\"Baru\\"","alt_name"=>"Pondok Pinang"'
    assert hstore(tags) == {"admin_level": "9", "name": 'Kampung "Baru"', "alt_name": "Pondok Pinang"}
    assert is_hstore(tags) and not is_hstore("Pondok Pinang") and not is_hstore(None)
    assert kelurahan_in(tags, "pondok  pinang") == "Pondok Pinang"   # the tag that matches the filter
    assert kelurahan_in(tags) == 'Kampung "Baru"'                    # else the name
    assert kelurahan_in("PONDOK PINANG", "x") == "PONDOK PINANG"      # a plain value stays itself


def test_closest_kelurahan_names():
    from csiap_planner.core.boundaries import closest_names

    names = ["PONDOK PINANG", "PONDOK LABU", "CIPULIR", None, "GROGOL UTARA"]
    assert closest_names("Kel. Pondok Pinnang", names)[0] == "PONDOK PINANG"
    assert closest_names("zzz", names, 2) == ["CIPULIR", "GROGOL UTARA"]   # nothing alike: some of what is there


@pytest.mark.parametrize("value,expected", [("=1+1", "'=1+1"), ("+62 812", "'+62 812"), ("-", "'-"),
                                            ("@A1", "'@A1"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("a=b", "a=b"),
                                            (-3, -3), (2.5, 2.5), ("", ""), (None, None)])
def test_formula_cells_get_an_apostrophe(value, expected):
    from csiap_planner.report.tables import safe_cell

    assert safe_cell(value) == expected


def test_rows_of_the_lines_that_needed_windows_1252():
    from csiap_planner.workspace.survey import _rows_of_lines

    # Rows end on lines 2, 3, 5 (row 3 spans lines 4-5, a quoted line break): line 4 is in row 3.
    assert _rows_of_lines([3, 4], [2, 3, 5]) == [2, 3]
