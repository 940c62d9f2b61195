"""csiap:createworkspace through the Processing framework, as a model or batch would run it."""

import geopandas
import pytest
from qgis.core import QgsProcessingException


def test_provider_lists_the_algorithm(csiap_processing):
    algorithm = csiap_processing.algorithm("createworkspace")
    assert algorithm is not None
    names = [p.name() for p in algorithm.parameterDefinitions()]
    assert names[:5] == ["KELURAHAN", "KODE", "BOUNDARY", "CRS", "LANGUAGE"]
    assert "OUTPUT" in names
    # Algorithm ids are lowercase letters only (DESIGN.md, public interface).
    for alg in csiap_processing.algorithms():
        assert alg.name().isalpha() and alg.name().islower()


def test_run_creates_workspace_and_project(csiap_processing, tmp_path, sample_path):
    import processing

    result = processing.run("csiap:createworkspace", {
        "KELURAHAN": "Pondok Pinang",
        "KODE": "",
        "BOUNDARY": sample_path + "|layername=kelurahan",
        "LANGUAGE": 1,
        "OUTPUT": str(tmp_path / "pp.gpkg"),
    })
    assert result["OUTPUT"] == str(tmp_path / "pp.gpkg")
    assert result["PROJECT"] == str(tmp_path / "pp.qgz")
    kelurahan = geopandas.read_file(result["OUTPUT"], layer="kelurahan")
    assert kelurahan.crs.to_epsg() == 32748
    assert kelurahan["kemendagri_code"].isna().all()


def test_a_crs_override_wins_over_the_boundary(csiap_processing, tmp_path, sample_path):
    import processing

    result = processing.run("csiap:createworkspace", {
        "KELURAHAN": "Pondok Pinang", "BOUNDARY": sample_path + "|layername=kelurahan",
        "CRS": "EPSG:23836",  # DGN95 / Indonesia TM-3 zone 48.2
        "OUTPUT": str(tmp_path / "tm3.gpkg"),
    })
    assert geopandas.read_file(result["OUTPUT"], layer="kelurahan").crs.to_epsg() == 23836


def test_a_clear_error_when_neither_boundary_nor_crs(csiap_processing, tmp_path):
    import processing

    with pytest.raises(QgsProcessingException, match="boundary"):
        processing.run("csiap:createworkspace", {"KELURAHAN": "X", "OUTPUT": str(tmp_path / "x.gpkg")})
    assert not (tmp_path / "x.gpkg").exists()
