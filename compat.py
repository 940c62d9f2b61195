"""The few names that differ between QGIS 3.22 (Qt 5) and later QGIS / Qt 6.

Everything else in the plugin uses forms both accept (scoped enums at their
old place, ``qgis.PyQt`` imports, ``exec()``)."""

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsEditFormConfig,
    QgsFeatureRequest,
    QgsField,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeatureSource,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant
from qgis.PyQt.QtXml import QDomDocument

# QAction and the undo framework live in QtGui in Qt 6, in QtWidgets in Qt 5.
try:
    from qgis.PyQt.QtGui import QAction, QUndoCommand, QUndoStack
except ImportError:
    from qgis.PyQt.QtWidgets import QAction, QUndoCommand, QUndoStack

# Qgis.ProcessingParameterFlag arrived in 3.36.
try:
    PARAMETER_ADVANCED = Qgis.ProcessingParameterFlag.Advanced
except AttributeError:
    PARAMETER_ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced

# Qgis.ProcessingAlgorithmFlag arrived in 3.36.
try:
    ALGORITHM_NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
except AttributeError:
    ALGORITHM_NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading

# Qgis.ProcessingSourceType arrived in 3.36; QgsProcessing.SourceType is the 3.22 name.
try:
    SOURCE_POLYGON = Qgis.ProcessingSourceType.VectorPolygon
    SOURCE_POINT = Qgis.ProcessingSourceType.VectorPoint
    SOURCE_ANY_GEOMETRY = Qgis.ProcessingSourceType.VectorAnyGeometry
    SOURCE_TABLE = Qgis.ProcessingSourceType.Vector
except AttributeError:
    SOURCE_POLYGON = QgsProcessing.SourceType.TypeVectorPolygon
    SOURCE_POINT = QgsProcessing.SourceType.TypeVectorPoint
    SOURCE_ANY_GEOMETRY = QgsProcessing.SourceType.TypeVectorAnyGeometry
    SOURCE_TABLE = QgsProcessing.SourceType.TypeVector


def _moved(new, old):
    """``new()``, an enum value at its home in ``Qgis``, where this QGIS has it; else ``old()``
    (called only then: a later QGIS 4 may drop the old home)."""
    try:
        return new()
    except AttributeError:
        return old()


# Qgis.WkbType, GeometryType, LayoutUnit and DistanceUnit arrived in 3.30, Qgis.FeatureRequestFlag
# and ProcessingFeatureSourceFlag in 3.36; QgsWkbTypes.* and QgsUnitTypes.* are the old homes.
WKB_NO_GEOMETRY = _moved(lambda: Qgis.WkbType.NoGeometry, lambda: QgsWkbTypes.Type.NoGeometry)
WKB_MULTI_POLYGON = _moved(lambda: Qgis.WkbType.MultiPolygon, lambda: QgsWkbTypes.Type.MultiPolygon)
POINT_GEOMETRY = _moved(lambda: Qgis.GeometryType.Point, lambda: QgsWkbTypes.GeometryType.PointGeometry)
LINE_GEOMETRY = _moved(lambda: Qgis.GeometryType.Line, lambda: QgsWkbTypes.GeometryType.LineGeometry)
POLYGON_GEOMETRY = _moved(lambda: Qgis.GeometryType.Polygon, lambda: QgsWkbTypes.GeometryType.PolygonGeometry)
LAYOUT_MILLIMETERS = _moved(lambda: Qgis.LayoutUnit.Millimeters, lambda: QgsUnitTypes.LayoutUnit.LayoutMillimeters)
DISTANCE_METERS = _moved(lambda: Qgis.DistanceUnit.Meters, lambda: QgsUnitTypes.DistanceUnit.DistanceMeters)
REQUEST_NO_GEOMETRY = _moved(lambda: Qgis.FeatureRequestFlag.NoGeometry,
                             lambda: QgsFeatureRequest.Flag.NoGeometry)
SKIP_GEOMETRY_VALIDITY_CHECKS = _moved(lambda: Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks,
                                       lambda: QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)

# Qgis.ProcessingNumberParameterType arrived in 3.36.
try:
    INTEGER_NUMBER = Qgis.ProcessingNumberParameterType.Integer
    DOUBLE_NUMBER = Qgis.ProcessingNumberParameterType.Double
except AttributeError:
    INTEGER_NUMBER = QgsProcessingParameterNumber.Type.Integer
    DOUBLE_NUMBER = QgsProcessingParameterNumber.Type.Double

# Qgis.GeometryValidationEngine arrived in 3.24.
try:
    GEOS_VALIDATION = Qgis.GeometryValidationEngine.Geos
except AttributeError:
    GEOS_VALIDATION = QgsGeometry.ValidationMethod.ValidatorGeos

# Qgis.AttributeFormLayout / AttributeEditorContainerType arrived in 3.32.
try:
    FORM_TAB_LAYOUT = Qgis.AttributeFormLayout.DragAndDrop
except AttributeError:
    FORM_TAB_LAYOUT = QgsEditFormConfig.EditorLayout.TabLayout


def form_container(name, parent, group_box):
    """A tab (``group_box`` False) or a group box of a drag-and-drop form."""
    if hasattr(Qgis, "AttributeEditorContainerType"):
        kind = Qgis.AttributeEditorContainerType.GroupBox if group_box else Qgis.AttributeEditorContainerType.Tab
        container = QgsAttributeEditorContainer(name, parent)
        container.setType(kind)
        return container
    container = QgsAttributeEditorContainer(name, parent)
    container.setIsGroupBox(group_box)
    return container


# QgsField takes QMetaType from 3.38 on and QVariant.Type before; Qt 6 has no QVariant.Type.
_NEW_FIELD_TYPES = Qgis.QGIS_VERSION_INT >= 33800
if _NEW_FIELD_TYPES:
    STRING, INT, DOUBLE, DATE, BOOL = (QMetaType.Type.QString, QMetaType.Type.Int, QMetaType.Type.Double,
                                       QMetaType.Type.QDate, QMetaType.Type.Bool)
else:
    STRING, INT, DOUBLE, DATE, BOOL = (QVariant.String, QVariant.Int, QVariant.Double,
                                       QVariant.Date, QVariant.Bool)


def make_field(name, field_type):
    return QgsField(name, field_type)


__all__ = ["QAction", "QUndoCommand", "QUndoStack", "PARAMETER_ADVANCED", "SOURCE_POLYGON", "SOURCE_POINT",
           "SOURCE_ANY_GEOMETRY", "SOURCE_TABLE", "INTEGER_NUMBER", "DOUBLE_NUMBER", "GEOS_VALIDATION",
           "STRING", "INT", "DOUBLE", "DATE", "BOOL", "make_field", "FORM_TAB_LAYOUT", "form_container",
           "WKB_NO_GEOMETRY", "WKB_MULTI_POLYGON", "POINT_GEOMETRY", "LINE_GEOMETRY", "POLYGON_GEOMETRY",
           "LAYOUT_MILLIMETERS", "DISTANCE_METERS", "REQUEST_NO_GEOMETRY", "SKIP_GEOMETRY_VALIDITY_CHECKS",
           "sld_document"]


def sld_document(layer):
    """The layer's style as an SLD ``QDomDocument``: exportSldStyleV3 from 3.44 on,
    where exportSldStyle is deprecated."""
    if hasattr(layer, "exportSldStyleV3"):
        from qgis.core import QgsSldExportContext

        return layer.exportSldStyleV3(QgsSldExportContext())
    document = QDomDocument()
    layer.exportSldStyle(document, "")
    return document


def text_flags(*flags):
    """Alignment and text flags as the int QPainter.drawText takes: Qt 5's enums are
    ints, Qt 6's are Python enums (with a ``value``) that do not mix with ``|``."""
    combined = 0
    for flag in flags:
        combined |= int(getattr(flag, "value", flag))
    return combined
