"""Choosing a projected CRS for a kelurahan. Pure Python."""


class CrsError(ValueError):
    pass


def utm_epsg(longitude: float, latitude: float) -> int:
    """EPSG code of the WGS 84 / UTM zone holding a WGS 84 point.

    Areas and distances (ha, jiwa/ha, well-to-septic-tank metres) need a
    metric CRS; UTM keeps a kelurahan's distortion far below what planning
    needs. Indonesia spans zones 46 to 54 on both sides of the equator, so
    the hemisphere matters (north 326xx, south 327xx).
    """
    if not (-180.0 <= longitude <= 180.0) or not (-80.0 <= latitude <= 84.0):
        raise CrsError("({}, {}) is not a WGS 84 longitude/latitude inside the UTM range".format(
            longitude, latitude))
    zone = min(int((longitude + 180.0) // 6.0) + 1, 60)
    return (32600 if latitude >= 0 else 32700) + zone
