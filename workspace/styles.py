"""Default layer styles: ``styles/<layer>.qml`` plus the schema's forms, with
category labels in the workspace's language. They are stored in the
GeoPackage's ``layer_styles`` table, where QGIS and QField find a layer's
default style, so layers open styled and with their forms anywhere."""

import os

from qgis.core import QgsCategorizedSymbolRenderer, QgsMapLayer, QgsReadWriteContext
from qgis.PyQt.QtXml import QDomDocument

from .. import compat
from ..core import palette, schema
from ..i18n import tr
from .fields import memory_layer
from .forms import configure_layer
from .geopackage import WorkspaceError

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "styles")
STYLE_CATEGORIES = (QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Labeling
                    | QgsMapLayer.StyleCategory.Rendering)


def style_path(layer_name):
    return os.path.join(STYLES_DIR, layer_name + ".qml")


def apply_style(layer, layer_def, language):
    """Load the layer's .qml (where we ship one) and relabel its categories."""
    path = style_path(layer_def.name)
    if not os.path.exists(path):
        return
    message, ok = layer.loadNamedStyle(path, STYLE_CATEGORIES)
    if not ok:
        raise WorkspaceError(tr("Cannot load the style {path}: {reason}").format(path=path, reason=message))
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        labels = category_labels(layer_def, renderer.classAttribute(), language)
        for index, category in enumerate(renderer.categories()):
            label = labels.get(str(category.value()))
            if label:
                renderer.updateCategoryLabel(index, label)


def category_labels(layer_def, attribute, language):
    """``{category value: label}``: a field's code list, or, where the style
    categorises by an expression, the social-map palette's entries."""
    if attribute in layer_def.field_names():
        codelist = layer_def.field(attribute).codelist
        return {c.value: c.label.text(language) for c in codelist.codes} if codelist else {}
    return {e.key: e.label.text(language) for e in palette.PALETTE if e.layer == layer_def.name}


def default_styles(language, feedback=None, progress_share=80.0):
    """``{layer: (qml, sld)}`` for every layer of the schema; building them is the
    slow part of writing a workspace, so it reports progress and can be cancelled."""
    styles = {}
    for step, layer_def in enumerate(schema.LAYERS):
        if feedback is not None:
            if feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled; nothing was written."))
            feedback.setProgress(progress_share * step / len(schema.LAYERS))
        styles[layer_def.name] = default_style(layer_def, language)
    return styles


def default_style(layer_def, language):
    """``(qml, sld)`` text of the layer's default style: symbols, labels and forms."""
    layer = memory_layer(layer_def, "EPSG:4326")
    apply_style(layer, layer_def, language)
    configure_layer(layer, layer_def, language)
    document = QDomDocument()
    error = layer.exportNamedStyle(document, QgsReadWriteContext())
    if error:
        raise WorkspaceError(tr("Cannot build the style of {layer}: {reason}").format(
            layer=layer_def.name, reason=error))
    sld = ""
    if layer_def.is_spatial:
        sld = compat.sld_document(layer).toString()
    return document.toString(), sld
