"""Measuring geometries the same way everywhere in a workspace."""

from qgis.core import QgsCoordinateTransformContext, QgsDistanceArea


def area_ha(geometry, crs, transform_context=None):
    """Ellipsoidal area in hectares, right whatever the CRS."""
    measure = QgsDistanceArea()
    measure.setSourceCrs(crs, transform_context or QgsCoordinateTransformContext())
    measure.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
    return measure.measureArea(geometry) / 10000.0
