"""Screening technical options: each rule's exclusion and its reason, unknown
conditions never excluding, and csiap:screenoptions on a workspace."""

import geopandas
import pytest
from csiap_planner.core.options import OPTIONS, Option, Requirement
from csiap_planner.core.screening import RULES, screen
from shapely.geometry import Point, box

X0, Y0 = 700000.0, 9300000.0

# A location where every rule passes, and for each rule one value that breaks it.
GOOD = {"households": 50, "land_m2": 500.0, "truck_access": True, "groundwater_depth_m": 5.0,
        "permeability_cm_h": 10.0, "slope_pct": 2.0, "water_lpcd": 100.0, "density_class": "low",
        "flood_prone": False, "sewer_nearby": True}
BREAK = {"min_households": ("households", 1), "land_m2": ("land_m2", 5.0), "truck_access": ("truck_access", False),
         "min_groundwater_depth_m": ("groundwater_depth_m", 0.8),
         "min_permeability_cm_h": ("permeability_cm_h", 0.5), "max_slope_pct": ("slope_pct", 30.0),
         "min_water_lpcd": ("water_lpcd", 15.0), "max_density": ("density_class", "very_high"),
         "flood_ok": ("flood_prone", True), "needs_sewer": ("sewer_nearby", False)}
REQUIRE = {"min_households": 2, "land_m2": 10.0, "truck_access": True, "min_groundwater_depth_m": 1.5,
           "min_permeability_cm_h": 2.5, "max_slope_pct": 15.0, "min_water_lpcd": 60.0, "max_density": "medium",
           "flood_ok": False, "needs_sewer": True}


def test_every_rule_is_exercised():
    assert set(BREAK) == set(RULES) == set(REQUIRE)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_each_rule_excludes_with_its_value(rule):
    option = Option("x", "x", "x", "spald_s", {rule: Requirement(REQUIRE[rule], "test", assumption=True)})
    assert screen(GOOD, [option])[0].feasible
    condition, value = BREAK[rule]
    result = screen(dict(GOOD, **{condition: value}), [option])[0]
    assert not result.feasible
    [exclusion] = result.exclusions
    assert (exclusion.rule, exclusion.required, exclusion.actual, exclusion.assumption) == \
        (rule, REQUIRE[rule], value, True)
    unknown = screen(dict(GOOD, **{condition: None}), [option])[0]
    assert unknown.feasible and unknown.unchecked == [rule]   # no data never excludes


def test_catalogue_by_hand_on_a_dense_flooded_rt():
    rt = {"households": 8, "density_class": "high", "flood_prone": True, "truck_access": True, "land_m2": 20.0}
    results = {r.option: r for r in screen(rt, OPTIONS)}
    assert {e.rule for e in results["septic_individual"].exclusions} == {"max_density", "flood_ok"}
    assert {e.rule for e in results["septic_shared"].exclusions} == {"flood_ok"}
    assert {e.rule for e in results["mck"].exclusions} == {"min_households", "land_m2"}
    assert {e.rule for e in results["ipal_komunal"].exclusions} == {"min_households", "land_m2"}
    assert results["sewer_connection"].feasible and results["sewer_connection"].unchecked == ["needs_sewer",
                                                                                           "min_water_lpcd"]
    for option in OPTIONS:
        for requirement in option.requirements.values():
            assert requirement.source and (requirement.assumption or "Permen" in requirement.source
                                           or "Sanitasi.Net" in requirement.source)


def test_screen_options_on_a_workspace(csiap_processing, any_workspace, seed_rows, tmp_path, read_layer):
    import processing

    seed_rows(any_workspace, "rt", [
        {"uuid": "a", "rw": "001", "code": "001", "households": 40, "truck_access": False, "flood_prone": False,
         "geometry": box(X0, Y0, X0 + 100, Y0 + 100)},
        {"uuid": "b", "rw": "001", "code": "002", "households": 6, "truck_access": True, "flood_prone": True,
         "groundwater_depth_m": 0.5, "geometry": box(X0 + 100, Y0, X0 + 200, Y0 + 100)},
    ])
    seed_rows(any_workspace, "candidate_sites", [
        {"uuid": "s1", "rw": "001", "rt": "001", "name": "Lahan wakaf", "land_status": "waqf", "land_area_m2": 200.0,
         "geometry": Point(X0 + 50, Y0 + 50)}])
    result = processing.run("csiap:screenoptions", {"WORKSPACE": any_workspace, "LEVEL": 0, "LANGUAGE": 0,
                                                    "OUTPUT": str(tmp_path / "screening.gpkg")})
    stored = read_layer(any_workspace, "screening")
    assert result["LOCATIONS"] == 2 and len(stored) == 2 * len(OPTIONS)
    rows = {(r.location_code, r.option_code): r for r in stored.itertuples()}
    # RT 001: no truck access excludes every option that needs a desludging truck.
    assert not rows["001/001", "septic_individual"].feasible
    assert "Akses truk tinja: perlu dapat dijangkau truk tinja" in rows["001/001", "septic_individual"].reasons
    assert rows["001/001", "ipal_komunal"].excluded_by == "truck_access"  # 200 m² of waqf land is enough
    # RT 002: 6 households, flooded, shallow groundwater.
    assert set(rows["001/002", "septic_shared"].excluded_by.split(", ")) == {"min_groundwater_depth_m", "flood_ok"}
    assert "(angka asumsi)" in rows["001/002", "septic_shared"].reasons
    assert rows["001/002", "mck"].excluded_by.split(", ")[0] == "min_households"
    out = geopandas.read_file(result["OUTPUT"])
    assert len(out) == len(stored) and out.feasible.sum() == result["FEASIBLE"]
    # Catalogue seeded into the workspace, editable there.
    assert sorted(read_layer(any_workspace, "options").code) == sorted(o.code for o in OPTIONS)
    processing.run("csiap:screenoptions", {"WORKSPACE": any_workspace, "LEVEL": 0})
    assert len(read_layer(any_workspace, "screening")) == len(stored)   # replaced, not doubled


def test_a_failed_screening_or_scoring_leaves_the_workspace_as_it_was(csiap_processing, any_workspace, workspace_state):
    import traceback

    from qgis.core import QgsProcessingException

    import processing

    before = workspace_state(any_workspace)
    for algorithm, parameters in (("csiap:screenoptions", {"LEVEL": 0}), ("csiap:scoreoptions", {"LEVEL": 0})):
        with pytest.raises(QgsProcessingException) as caught:
            processing.run(algorithm, dict(parameters, WORKSPACE=any_workspace))
        traceback.clear_frames(caught.tb)
    # Not even the option catalogue, which a successful run stores with its results.
    assert workspace_state(any_workspace) == before
