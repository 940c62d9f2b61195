"""csiap:importcontext: the surrounding kelurahan for the annex maps' inset,
checked with geopandas on the sample's six kelurahan of Kebayoran Lama and, where
../shared is there, on the real Jakarta RW layer (dissolved into kelurahan)."""

import os

import geopandas
import pytest

from tests.conftest import _read_layer

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(os.path.dirname(HERE), os.pardir, "shared", "data", "jakarta")
UTM = 32748


def run(parameters):
    import processing

    return processing.run("csiap:importcontext", parameters)


def stored(workspace):
    return _read_layer(workspace, "context_areas").to_crs(UTM)


def test_the_kecamatan_of_the_kelurahan_is_taken(csiap_processing, any_workspace, sample_path, read_layer):
    result = run({"WORKSPACE": any_workspace, "INPUT": sample_path + "|layername=kelurahan_kebayoran_lama",
                  "NAME_FIELD": "KEL_NAME2", "KECAMATAN_FIELD": "KEC_NAME_1"})
    assert (result["AREAS"], result["KECAMATAN"]) == (6, "KECAMATAN KEBAYORAN LAMA")
    source = read_layer(sample_path, "kelurahan_kebayoran_lama").to_crs(UTM)
    areas = stored(any_workspace).set_index("name")
    assert sorted(areas.index) == sorted(source.KEL_NAME2)
    for row in source.itertuples():
        assert areas.loc[row.KEL_NAME2].geometry.area == pytest.approx(row.geometry.area, rel=1e-6)
    assert set(areas.kecamatan) == {"KECAMATAN KEBAYORAN LAMA"} and set(areas.data_source) == {"import"}


def test_without_a_kecamatan_field_the_areas_within_the_distance(csiap_processing, any_workspace, sample_path,
                                                                 read_layer):
    source = read_layer(sample_path, "kelurahan_kebayoran_lama").to_crs(UTM)
    outline = read_layer(sample_path, "kelurahan").to_crs(UTM).geometry.iloc[0]   # one feature
    near = sorted(source[source.geometry.distance(outline) <= 500].KEL_NAME2)
    assert 1 < len(near) < 6   # the distance decides: not none, not all
    result = run({"WORKSPACE": any_workspace, "INPUT": sample_path + "|layername=kelurahan_kebayoran_lama",
                  "NAME_FIELD": "KEL_NAME2", "DISTANCE": 500})
    assert result["AREAS"] == len(near) and result["KECAMATAN"] == ""
    assert sorted(stored(any_workspace).name) == near


@pytest.mark.skipif(not os.path.exists(os.path.join(SHARED, "rw_jakarta.shp")), reason="needs ../shared/data")
def test_city_rw_become_the_kelurahan_of_the_kecamatan(csiap_processing, any_workspace):
    """The real RW layer of all Jakarta: its RW tile the kelurahan exactly, so each
    dissolved area equals the kelurahan polygon of the kelurahan layer."""
    result = run({"WORKSPACE": any_workspace, "INPUT": os.path.join(SHARED, "rw_jakarta.shp"),
                  "NAME_FIELD": "KEL_NAME", "KECAMATAN_FIELD": "KEC_NAME"})
    kelurahan = geopandas.read_file(os.path.join(SHARED, "kelurahan_jakarta.shp")).to_crs(UTM)
    expected = kelurahan[kelurahan.KEC_NAME_1 == "KECAMATAN KEBAYORAN LAMA"]
    assert result["AREAS"] == len(expected) == 6
    areas = stored(any_workspace)
    for row in expected.itertuples():
        match = areas[areas.name.str.upper() == row.KEL_NAME2.upper()]
        assert len(match) == 1, row.KEL_NAME2
        assert match.geometry.iloc[0].area == pytest.approx(row.geometry.area, rel=0.005)


def test_a_layer_elsewhere_is_refused_and_nothing_changes(csiap_processing, any_workspace, tmp_path, sample_path,
                                                          refused, read_layer, workspace_state):
    from shapely.affinity import translate

    far = read_layer(sample_path, "kelurahan_kebayoran_lama")
    far["geometry"] = far.geometry.apply(lambda g: translate(g, xoff=3.0))   # Sumatra-ward, 3° west
    path = tmp_path / "far.gpkg"
    far.to_file(path, driver="GPKG")
    before = workspace_state(any_workspace)
    with refused("overlaps the kelurahan"):
        run({"WORKSPACE": any_workspace, "INPUT": str(path), "NAME_FIELD": "KEL_NAME2",
             "KECAMATAN_FIELD": "KEC_NAME_1", "LANGUAGE": 1})
    with refused("within 2000 m"):
        run({"WORKSPACE": any_workspace, "INPUT": str(path), "NAME_FIELD": "KEL_NAME2", "LANGUAGE": 1})
    assert workspace_state(any_workspace) == before


def test_the_overview_inset_shows_the_kecamatan_and_atlas_pages_the_kelurahan(csiap_processing, any_workspace,
                                                                              sample_path, read_layer):
    from csiap_planner.core.annex import MAPS
    from csiap_planner.report.annex import Annex

    run({"WORKSPACE": any_workspace, "INPUT": sample_path + "|layername=kelurahan_kebayoran_lama",
         "NAME_FIELD": "KEL_NAME2", "KECAMATAN_FIELD": "KEC_NAME_1"})
    kecamatan = read_layer(any_workspace, "context_areas").total_bounds   # workspace CRS
    annex = Annex(any_workspace, "id")
    assert annex.synthetic is False   # real boundaries only: no synthetic label on its maps
    layout = annex.layout(MAPS[0], "a3_landscape", 1)
    inset = layout.itemById("inset")
    shown = inset.extent()
    assert shown.xMinimum() <= kecamatan[0] and shown.yMinimum() <= kecamatan[1]
    assert shown.xMaximum() >= kecamatan[2] and shown.yMaximum() >= kecamatan[3]
    assert [layer.name() for layer in inset.layers()] == ["Kelurahan/desa", "Wilayah sekitar"]
    atlas_layout = annex.atlas_layout(MAPS[0], "a3_landscape", 1, "RW")
    assert atlas_layout.itemById("inset").extent().height() < shown.height() / 2   # the kelurahan, not the kecamatan
    del inset, layout, atlas_layout, annex
