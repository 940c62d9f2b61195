"""Regenerate the default layer styles in ``styles/`` (a developer tool).

Run with the system Python that has PyQGIS, from the repository root:
    /usr/bin/python3 scripts/make_styles.py [layer ...]

Categories take their values from ``core/schema`` code lists; their labels
are rewritten in the workspace's language when a workspace is created.
Point categories differ by shape as well as colour so that the social map
reads on a projector and in black-and-white print.
"""

import importlib.util
import os
import sys

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _load_schema():
    spec = importlib.util.spec_from_file_location("csiap_schema", os.path.join(ROOT, "core", "schema.py"))
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


schema = _load_schema()


def _load_palette():
    # core/palette.py imports ``from . import schema``: load it as part of a package.
    sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))
    from csiap_planner.core import palette

    return palette


palette = _load_palette()

# value: (shape, fill colour)
FACILITY_SYMBOLS = palette.FACILITY_SYMBOLS
PROBLEM_SYMBOLS = palette.PROBLEM_SYMBOLS
DRAIN_SYMBOLS = {"drain": ("#6baed6", 0.5), "canal": ("#3182bd", 1.0), "river": ("#08519c", 1.6),
                 "sewer": ("#636363", 0.6)}
RISK_COLOURS = {"1": "#1a9641", "2": "#ffffbf", "3": "#fdae61", "4": "#d7191c", "thin": "#d9d9d9"}


def marker(shape, colour, size=3.0, filled=True):
    """Filled with ``colour``; or hollow, drawn in ``colour`` (tells apart in black and white too)."""
    if not filled:
        return QgsMarkerSymbol.createSimple({"name": shape, "color": "#ffffff", "outline_color": colour,
                                             "outline_width": "0.8", "size": str(size)})
    return QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": "#000000",
                                         "outline_width": "0.3", "size": str(size)})


def categorized(field, codelist, make_symbol):
    categories = [QgsRendererCategory(code.value, make_symbol(code.value), code.label.id)
                  for code in codelist.codes]
    return QgsCategorizedSymbolRenderer(field, categories)


def labeling(expression, size=10, bold=True, colour="#000000"):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    font = QFont("Sans Serif")
    font.setBold(bold)
    text.setFont(font)
    # A named style, not only a weight: Qt 6 reads Qt 5's stored weights (50, 75) as ExtraLight.
    text.setNamedStyle("Bold" if bold else "Regular")
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def save(name, geometry, renderer, labels=None):
    if ONLY and name not in ONLY:
        return
    layer = QgsVectorLayer("{}?crs=EPSG:4326".format(geometry), name, "memory")
    layer.setRenderer(renderer)
    if labels is not None:
        layer.setLabeling(labels)
        layer.setLabelsEnabled(True)
    path = os.path.join(ROOT, "styles", name + ".qml")
    categories = (layer.StyleCategory.Symbology | layer.StyleCategory.Labeling
                  | layer.StyleCategory.Rendering)
    message, ok = layer.saveNamedStyle(path, categories)
    if not ok:
        raise RuntimeError(message)
    print("wrote", path)


def outline(colour, width, style="solid", fill="no"):
    return QgsFillSymbol.createSimple({"color": "0,0,0,0", "style": fill, "outline_color": colour,
                                       "outline_width": str(width), "outline_style": style})


def main():
    save("kelurahan", "MultiPolygon", QgsSingleSymbolRenderer(outline("#000000", 1.2, "dash")))
    save("context_areas", "MultiPolygon", QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#efefef", "outline_color": "#a0a0a0", "outline_width": "0.4"})),
         labeling('"name"', 8, bold=False, colour="#606060"))
    save("rw", "MultiPolygon", QgsSingleSymbolRenderer(outline("#404040", 0.8)),
         labeling("'RW ' || \"code\"", 11))
    save("rt", "MultiPolygon", QgsSingleSymbolRenderer(outline("#808080", 0.3, "dot")),
         labeling("'RT ' || \"code\"", 8, bold=False))
    save("households", "Point", QgsCategorizedSymbolRenderer(palette.HOUSEHOLD_CATEGORY_EXPRESSION, [
        QgsRendererCategory(e.key, marker(e.shape, e.colour, 2.4, e.filled), e.label.id)
        for e in palette.HOUSEHOLDS]))
    save("facilities", "Point", categorized(
        "kind", schema.FACILITY_KIND, lambda v: marker(*FACILITY_SYMBOLS[v], size=4.0)))
    save("problems", "Point", categorized(
        "category", schema.PROBLEM_CATEGORY, lambda v: marker(*PROBLEM_SYMBOLS[v], size=4.2)))
    # No Qt brush patterns (hatching) anywhere: Qt's PDF writer turns them into images,
    # and a whole atlas page with them (10 times the size, blurred labels).
    save("problem_areas", "MultiPolygon", QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "215,25,28,70", "outline_color": "#d7191c", "outline_width": "0.6", "outline_style": "dash"})))
    save("drains", "MultiLineString", categorized(
        "kind", schema.DRAIN_KIND, lambda v: QgsLineSymbol.createSimple(
            {"line_color": DRAIN_SYMBOLS[v][0], "line_width": str(DRAIN_SYMBOLS[v][1])})))
    save("candidate_sites", "Point", QgsSingleSymbolRenderer(marker("star", "#ffd700", 5.0)),
         labeling('"name"', 8, bold=False))
    save("area_indicators", "MultiPolygon", categorized(
        "risk_class", schema.RISK_CLASS, lambda v: QgsFillSymbol.createSimple(
            {"color": RISK_COLOURS[v], "outline_color": "#606060", "outline_width": "0.3",
             "outline_style": "dash" if v == "thin" else "solid"})),
        labeling("coalesce('RT ' || \"rt\", 'RW ' || \"rw\") || '\\n' || "
                 "coalesce(format_number(\"risk_index\", 1), '-')", 8, bold=False))
    # Field-merge conflicts (issue 19): open ones stand out in red, resolved ones fade to grey.
    save("merge_conflicts", "Point", QgsCategorizedSymbolRenderer("resolved", [
        QgsRendererCategory(False, marker("triangle", "#d7191c", 5.0), "Belum diselesaikan"),
        QgsRendererCategory(True, marker("triangle", "#9e9e9e", 3.5, filled=False), "Sudah diselesaikan")]))

    save("priorities", "MultiPolygon", categorized(
        "status", schema.PRIORITY_STATUS, lambda v: QgsFillSymbol.createSimple(
            {"color": PRIORITY_COLOURS[v], "outline_color": "#606060", "outline_width": "0.3",
             "outline_style": "dash" if v == "survey_first" else "solid"})),
        labeling("coalesce('#' || \"computed_rank\", '?')", 9))
    # Translucent (no patterns, see above): an action's service area over the RT.
    save("actions", "MultiPolygon", categorized(
        "kind", schema.ACTION_KIND, lambda v: QgsFillSymbol.createSimple(
            {"color": ACTION_COLOURS[v], "outline_color": ACTION_COLOURS[v][:-4] + ",255",
             "outline_width": "0.6"})),
        labeling("coalesce('#' || \"priority_rank\" || ' ', '') || coalesce(\"description\", \"option_code\")",
                 8, bold=False))


PRIORITY_COLOURS = {"ranked": "253,141,60,140", "survey_first": "200,200,200,90"}
ACTION_COLOURS = {"build": "49,130,189,110", "rehabilitate": "107,174,214,110", "behaviour_change": "116,196,118,110",
                  "om": "158,154,200,110", "institutional": "189,189,189,110"}

# Layer names on the command line: write only their styles (Qt reorders XML
# attributes on every run, so rewriting all the others is noise in a diff).
ONLY = set(sys.argv[1:])

if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
