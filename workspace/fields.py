"""QGIS field lists built from ``core.schema``, and reading features as they come."""

from qgis.core import QgsFeatureRequest, QgsFields, QgsProcessingFeatureSource, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QVariant

from .. import compat
from ..core import schema

_QGS_TYPE = {
    schema.TEXT: compat.STRING,
    schema.INTEGER: compat.INT,
    schema.REAL: compat.DOUBLE,
    schema.DATE: compat.DATE,
    schema.BOOLEAN: compat.BOOL,
}


def table_fields(definitions):
    """``QgsFields`` from ``(name, compat type)`` pairs: the columns of an algorithm's output table."""
    fields = QgsFields()
    for name, kind in definitions:
        fields.append(compat.make_field(name, kind))
    return fields


def qgs_fields(layer_def):
    fields = QgsFields()
    for field in layer_def.fields:
        fields.append(compat.make_field(field.name, _QGS_TYPE[field.type]))
    return fields


def memory_layer(layer_def, crs_authid_or_wkt, name=None):
    """An empty in-memory layer with the fields of ``layer_def``."""
    geometry = layer_def.geometry or "None"
    uri = geometry if not layer_def.is_spatial else "{}?crs={}".format(geometry, crs_authid_or_wkt)
    layer = QgsVectorLayer(uri, name or layer_def.name, "memory")
    layer.dataProvider().addAttributes(list(qgs_fields(layer_def)))
    layer.updateFields()
    return layer


def plain(value):
    """A QGIS attribute value as plain Python: NULL (a null QVariant on QGIS 3,
    None on QGIS 4) → None; a date → "YYYY-MM-DD"."""
    if isinstance(value, QVariant):
        return None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return value


def every_feature(source):
    """The features of a layer or a Processing source, invalid geometries included:
    they are ours to report or repair, not Processing's to refuse."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(QgsFeatureRequest(), compat.SKIP_GEOMETRY_VALIDITY_CHECKS)
    return source.getFeatures()
