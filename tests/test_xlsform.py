"""The household XLSForm: made from the schema, committed in sample/ without
drift, and a submission exported from it imports with no mapping."""

import csv
import os

import pytest
from csiap_planner.core import schema, xlsform

from tests.conftest import connect_workspace

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMMITTED = os.path.join(ROOT, "sample", "household_survey.xlsx")


def read_sheets(path):
    from osgeo import gdal

    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
        sheets = {}
        for name in xlsform.SHEET_COLUMNS:
            layer = dataset.GetLayerByName(name)
            definition = layer.GetLayerDefn()
            columns = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
            sheets[name] = [{c: f.GetField(c) for c in columns if f.GetField(c)} for f in layer]
        return sheets
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)


def test_every_household_field_and_code_is_in_the_form():
    form = xlsform.household_form("test")
    questions = {row["name"]: row for row in form["survey"]}
    for field in schema.layer("households").fields:
        if field.name in xlsform.LEFT_OUT:
            continue
        assert field.name in questions, field.name
        if field.codelist is not None:
            assert questions[field.name]["type"] == "select_one " + field.codelist.name
            listed = [c["name"] for c in form["choices"] if c["list_name"] == field.codelist.name]
            assert listed == list(field.codelist.values())
    assert questions["members"]["constraint"] == ". >= 1 and . <= 30"
    assert questions["containment"]["relevant"] == "${toilet_access} != 'none'"
    for row in form["survey"][3:]:
        assert row[xlsform.LABEL_ID] and row[xlsform.LABEL_EN], row["name"]


def test_the_committed_form_is_the_schema_form(csiap_processing, tmp_path):
    """Regenerate with: processing.run("csiap:surveyform", {"OUTPUT": "sample/household_survey.xlsx"})."""
    import processing

    fresh = processing.run("csiap:surveyform", {"OUTPUT": str(tmp_path / "form.xlsx")})["OUTPUT"]
    assert read_sheets(fresh) == read_sheets(COMMITTED)
    assert read_sheets(fresh)["settings"][0]["form_id"] == xlsform.FORM_ID


def answer(row, choices):
    """A plausible answer to one question of the form."""
    kind = row["type"]
    if kind.startswith("select_one "):
        options = [c["name"] for c in choices if c["list_name"] == kind.split()[1]]
        return options[0] if kind.split()[1] != "toilet_access" else "own"
    return {"integer": "2019" if row["name"] == "last_desludged_year" else "4", "decimal": "7,5",
            "date": "2026-09-07", "image": "rumah_12.jpg"}.get(kind, "teks " + row["name"])


def test_a_kobo_export_of_the_form_imports_without_mapping(any_workspace, csiap_processing, tmp_path, read_layer):
    """The columns KoboToolbox writes for this form: every question by name, the
    geopoint split into _location_latitude/_longitude/…, and _uuid."""

    import processing

    sheets = read_sheets(COMMITTED)
    questions = [r for r in sheets["survey"] if r["type"] not in ("start", "end", "geopoint")]
    header = ["start", "end", "location", "_location_latitude", "_location_longitude", "_location_altitude",
              "_location_precision"] + [q["name"] for q in questions] + ["_id", "_uuid", "_submission_time"]
    row = ["2026-09-07T08:00:00", "2026-09-07T08:07:00", "-6.2755 106.7852 0 5", "-6.2755", "106.7852", "0", "5"]
    row += [answer(q, sheets["choices"]) for q in questions] + ["1", "5b1f0c1e-1111-4b5e-9b1a-8d0e7c1a2b3c",
                                                               "2026-09-07T18:00:00"]
    path = tmp_path / "kobo.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows([header, row])
    result = processing.run("csiap:importsurvey", {"INPUT": str(path), "TARGET": 0, "WORKSPACE": any_workspace})
    assert (result["INSERTED"], result["REJECTED_COUNT"], result["NOTES"]) == (1, 0, 0)
    stored = read_layer(any_workspace, "households").iloc[0]
    for question in questions:
        assert stored[question["name"]] is not None and str(stored[question["name"]]) != "nan", question["name"]
    assert stored["uuid"] == "5b1f0c1e-1111-4b5e-9b1a-8d0e7c1a2b3c" and stored["well_distance_m"] == pytest.approx(7.5)


def test_pyxform_converts_the_written_form_without_a_warning(csiap_processing, tmp_path):
    """pyxform (what KoboToolbox and ODK Central run on upload) converts the form that
    csiap:surveyform writes, with no warning at all."""
    import re

    from pyxform.xls2xform import convert

    import processing

    path = processing.run("csiap:surveyform", {"OUTPUT": str(tmp_path / "form.xlsx")})["OUTPUT"]
    result = convert(xlsform=path, validate=False)
    assert result.warnings == []
    xform = result.xform
    # The photo is scaled on the phone; every question has its hint in English too.
    assert re.search(r'type="binary"[^>]*orx:max-pixels="{}"'.format(xlsform.PHOTO_MAX_PIXELS), xform) or re.search(
        r'orx:max-pixels="{}"[^>]*type="binary"'.format(xlsform.PHOTO_MAX_PIXELS), xform)
    english = xform.split('<translation lang="English (en)"', 1)[1].split("</translation>", 1)[0]
    for field in schema.layer("households").fields:
        if field.name not in xlsform.LEFT_OUT:
            assert 'id="/data/{}:hint"'.format(field.name) in english, field.name


def test_every_question_has_hint_and_message_in_both_languages():
    """Made from the schema, so a field another issue adds gets them too."""
    form = xlsform.household_form("test")
    for row in form["survey"][2:]:
        assert row[xlsform.HINT_ID] and row[xlsform.HINT_EN], row["name"]
        if row.get("constraint"):
            assert row[xlsform.MESSAGE_ID] and row[xlsform.MESSAGE_EN], row["name"]
    extra = schema.Field("water_bill", schema.INTEGER, schema.Label("Tagihan air", "Water bill"), minimum=0)
    row = xlsform._question(extra)
    assert (row["constraint"], row[xlsform.MESSAGE_EN], row[xlsform.HINT_EN]) == (
        ". >= 0", "Enter at least 0.", "At least 0.")


def test_odk_central_edits_and_duplicates_on_reimport(any_workspace, csiap_processing, tmp_path):
    """ODK Central exports of this form: the second export holds A's edit (a new
    instanceID, deprecatedID naming A) and B twice. A is replaced, B is merged: two rows."""

    import processing

    header = ["SubmissionDate", "toilet_access", "members", "location-Latitude", "location-Longitude",
              "location-Altitude", "location-Accuracy", "meta-instanceID", "meta-deprecatedID", "KEY"]
    lat, lon = "-6.2755", "106.7852"
    first = [["2026-09-07", "own", "4", lat, lon, "0", "5", "uuid:A", "", "uuid:A"],
             ["2026-09-07", "shared", "3", lat, lon, "0", "5", "uuid:B", "", "uuid:B"]]
    second = [["2026-09-08", "none", "5", lat, lon, "0", "5", "uuid:A2", "uuid:A", "uuid:A2"],
              first[1], first[1]]
    for name, rows in (("first.csv", first), ("second.csv", second)):
        with open(tmp_path / name, "w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([header] + rows)
        processing.run("csiap:importsurvey", {"INPUT": str(tmp_path / name), "TARGET": 0,
                                              "WORKSPACE": any_workspace})
    db = connect_workspace(any_workspace)
    try:
        stored = db.execute("SELECT uuid, toilet_access, members FROM households ORDER BY uuid").fetchall()
    finally:
        db.close()
    assert stored == [("A", "none", 5), ("B", "shared", 3)]
