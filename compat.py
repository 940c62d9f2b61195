"""The few names that differ between QGIS 3.22 (Qt 5) and later QGIS / Qt 6.

Everything else in the plugin uses forms both accept (scoped enums at their
old place, ``qgis.PyQt`` imports, ``exec()``)."""

from qgis.core import (
    Qgis,
    QgsAttributeEditorContainer,
    QgsEditFormConfig,
    QgsField,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

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
           "STRING", "INT", "DOUBLE", "DATE", "BOOL", "make_field", "FORM_TAB_LAYOUT", "form_container"]


def text_flags(*flags):
    """Alignment and text flags as the int QPainter.drawText takes: Qt 5's enums are
    ints, Qt 6's are Python enums (with a ``value``) that do not mix with ``|``."""
    combined = 0
    for flag in flags:
        combined |= int(getattr(flag, "value", flag))
    return combined
