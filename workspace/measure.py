"""Measuring geometries the same way everywhere in a workspace."""

from qgis.core import QgsCoordinateTransformContext, QgsDistanceArea


def hectares(crs, transform_context=None):
    """A function giving the ellipsoidal area in hectares of a geometry in ``crs``.

    Setting up the ellipsoid is slow: make one per CRS, not one per area.
    """
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, transform_context or QgsCoordinateTransformContext())
    measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
    return lambda geometry: measure.measureArea(geometry) / 10000.0


def area_ha(geometry, crs, transform_context=None):
    """Ellipsoidal area in hectares, right whatever the CRS."""
    return hectares(crs, transform_context)(geometry)
