"""The automatic UTM zone, checked against pyproj's own UTM lookup."""

import pytest
from csiap_planner.core.crs import CrsError, utm_epsg
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj.aoi import AreaOfInterest
from pyproj.database import query_utm_crs_info


def pyproj_utm(lon, lat):
    infos = query_utm_crs_info(datum_name="WGS 84", area_of_interest=AreaOfInterest(lon, lat, lon, lat))
    return {int(info.code) for info in infos if info.auth_name == "EPSG" and info.code.startswith("32")}


@settings(max_examples=60, deadline=None)
# Indonesia: 95°E to 141°E, 11°S to 6°N; points on a zone border are left out
# (there pyproj names both zones, and either is right).
@given(st.floats(95.01, 140.99), st.floats(-10.99, 5.99).filter(lambda v: abs(v) > 1e-6))
def test_zone_matches_pyproj_across_indonesia(lon, lat):
    if abs(lon / 6.0 - round(lon / 6.0)) < 1e-6:
        return
    assert utm_epsg(lon, lat) in pyproj_utm(lon, lat)


def test_known_kelurahan():
    # Jakarta lies in UTM 48S; Makassar in 50S; Medan (north of the equator) in 47N.
    assert utm_epsg(106.78, -6.27) == 32748
    assert utm_epsg(119.42, -5.14) == 32750
    assert utm_epsg(98.67, 3.59) == 32647


@pytest.mark.parametrize("lon,lat", [(200, 0), (106, -95), (float("nan"), 0)])
def test_outside_the_utm_range_is_refused(lon, lat):
    with pytest.raises(CrsError):
        utm_epsg(lon, lat)
