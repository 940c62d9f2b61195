"""Map layouts for the rembuk and the annex: the templates and their filling.

Three templates (``styles/csiap_<paper>.qpt``), made by ``build_layout`` and
saved by ``scripts/make_templates.py``: A3 landscape and A1 poster for the
wall, A4 portrait for the annex pages. Items have fixed ids so that a user can
edit a template in QGIS (logos, fonts, positions), drop it in their profile
folder ``csiap_planner/templates/`` and have it used instead of ours.
"""

import os

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFillSymbol,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont
from qgis.PyQt.QtXml import QDomDocument

from ..compat import DISTANCE_METERS, LAYOUT_MILLIMETERS
from ..core.annex import PAPER_SIZES_MM
from ..i18n import tr
from ..workspace.geopackage import WorkspaceError

STYLES_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "styles")
NORTH_ARROW = os.path.join(STYLES_DIR, "north_arrow.svg")
ITEM_IDS = ("title", "subtitle", "map", "legend", "inset", "scalebar", "north_arrow", "north_label", "sources",
            "footer", "logo_left", "logo_right")

# Item frames in mm on A3 landscape; the A1 poster is the same page twice as large.
A3 = {
    "title": (10, 8, 300, 12), "subtitle": (10, 20, 300, 8), "map": (10, 30, 300, 257),
    "legend": (315, 30, 95, 140), "inset": (315, 175, 95, 70), "scalebar": (15, 272, 90, 10),
    "north_arrow": (292, 34, 12, 14), "north_label": (292, 48, 12, 6), "sources": (315, 248, 95, 32),
    "footer": (315, 281, 95, 8), "logo_left": (330, 6, 35, 20), "logo_right": (372, 6, 35, 20),
}
A4 = {
    "title": (10, 8, 190, 10), "subtitle": (10, 18, 190, 7), "map": (10, 27, 190, 175),
    "legend": (10, 206, 118, 62), "inset": (132, 206, 68, 50), "scalebar": (14, 190, 70, 9),
    "north_arrow": (184, 30, 12, 14), "north_label": (184, 44, 12, 6), "sources": (10, 270, 190, 16),
    "footer": (10, 287, 190, 6), "logo_left": (150, 4, 24, 16), "logo_right": (176, 4, 24, 16),
}


def frames(paper):
    if paper == "a4_portrait":
        return A4
    factor = 2.0 if paper == "a1_poster" else 1.0
    return {key: tuple(v * factor for v in frame) for key, frame in A3.items()}


def _place(item, frame):
    x, y, width, height = frame
    item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MILLIMETERS))
    item.attemptResize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))


def _valid_extent(item):
    """Give a map item a real extent of its own shape if it has none: an empty
    extent is saved in a template as NaN, and nothing can be zoomed from NaN.
    (Not ``setExtent`` with another shape: it would resize the item.)"""
    extent = item.extent()
    if extent.isEmpty() or extent.width() != extent.width():
        rect = item.rect()
        item.setExtent(QgsRectangle(0, 0, rect.width(), rect.height()))


def _label(layout, item_id, frame, size, bold=False):
    label = QgsLayoutItemLabel(layout)
    # A named style, not only a weight: Qt 6 reads Qt 5's stored weights (50, 75) as ExtraLight.
    style = "Bold" if bold else "Regular"
    font = QFont("Sans Serif")
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setStyleName(style)
    if hasattr(label, "setTextFormat"):   # 3.24 on; setFont is deprecated from 3.40
        text_format = QgsTextFormat.fromQFont(font)
        text_format.setNamedStyle(style)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
    # Left, not QGIS's default (justified): 3.40 on also stretches lines ending in a hard break.
    label.setHAlign(Qt.AlignmentFlag.AlignLeft)
    label.setId(item_id)
    layout.addLayoutItem(label)
    _place(label, frame)
    return label


def build_layout(paper, project):
    """A new layout of ``paper`` with every item, empty of data."""
    if paper not in PAPER_SIZES_MM:
        raise WorkspaceError(tr("Unknown paper {paper}.").format(paper=paper))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    width, height = PAPER_SIZES_MM[paper]
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, LAYOUT_MILLIMETERS))
    layout.setName("csiap_" + paper)
    scale = 2.0 if paper == "a1_poster" else 1.0
    box = frames(paper)
    _label(layout, "title", box["title"], 20 * scale, bold=True)
    _label(layout, "subtitle", box["subtitle"], 11 * scale)
    main = QgsLayoutItemMap(layout)
    main.setId("map")
    main.setFrameEnabled(True)
    layout.addLayoutItem(main)
    _place(main, box["map"])
    inset = QgsLayoutItemMap(layout)
    inset.setId("inset")
    inset.setFrameEnabled(True)
    layout.addLayoutItem(inset)
    _place(inset, box["inset"])
    for item in (main, inset):
        _valid_extent(item)
    overview = QgsLayoutItemMapOverview("extent", inset)
    overview.setLinkedMap(main)
    overview.setFrameSymbol(QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#d7191c",
                                                        "outline_width": "0.8"}))
    inset.overviews().addOverview(overview)
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    legend.setLegendFilterByMapEnabled(True)   # only what the page shows
    layout.addLayoutItem(legend)
    _place(legend, box["legend"])
    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setLinkedMap(main)
    scalebar.setUnits(DISTANCE_METERS)
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(100)
    scalebar.setUnitLabel("m")
    text_format = scalebar.textFormat()
    text_format.setNamedStyle("Regular")
    scalebar.setTextFormat(text_format)
    layout.addLayoutItem(scalebar)
    _place(scalebar, box["scalebar"])
    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(NORTH_ARROW)
    arrow.setLinkedMap(main)
    layout.addLayoutItem(arrow)
    _place(arrow, box["north_arrow"])
    _label(layout, "north_label", box["north_label"], 9 * scale, bold=True)
    _label(layout, "sources", box["sources"], 6.5 * scale)
    _label(layout, "footer", box["footer"], 7 * scale)
    for logo in ("logo_left", "logo_right"):
        picture = QgsLayoutItemPicture(layout)
        picture.setId(logo)
        picture.setVisibility(False)   # shown when a logo is given
        layout.addLayoutItem(picture)
        _place(picture, box[logo])
    return layout


def template_path(paper):
    """The user's template for ``paper`` if they saved one in their profile, else ours."""
    name = "csiap_{}.qpt".format(paper)
    user = os.path.join(QgsApplication.qgisSettingsDirPath(), "csiap_planner", "templates", name)
    return user if os.path.isfile(user) else os.path.join(STYLES_DIR, name)


def load_layout(paper, project):
    """A layout from the template of ``paper`` (the user's or ours)."""
    path = template_path(paper)
    with open(path, encoding="utf-8") as handle:
        document = QDomDocument()
        document.setContent(handle.read())
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise WorkspaceError(tr("The layout template {path} cannot be read.").format(path=path))
    arrow = layout.itemById("north_arrow")
    if isinstance(arrow, QgsLayoutItemPicture) and not os.path.isfile(arrow.picturePath()):
        arrow.setPicturePath(NORTH_ARROW)   # shipped templates name it relative to styles/
    missing = [i for i in ("title", "map", "legend") if layout.itemById(i) is None]
    if missing:
        raise WorkspaceError(tr("The layout template {path} lacks the items {items}.").format(
            path=path, items=", ".join(missing)))
    return layout


def save_template(layout, path):
    if not layout.saveAsTemplate(path, QgsReadWriteContext()):
        raise WorkspaceError(tr("Cannot write {path}.").format(path=path))


def fill_layout(layout, texts, layers, legend_layers, extent, inset_layers, inset_extent, logos=()):
    """Put the texts, the map's layers and extent, the legend and the inset in place.

    ``texts``: ``{item id: text}``; ``logos``: up to two image paths.
    """
    for item_id, text in texts.items():
        item = layout.itemById(item_id)
        if isinstance(item, QgsLayoutItemLabel):
            item.setText(text)
    crs = layers[0].crs() if layers else None
    main = layout.itemById("map")
    main.setLayers(layers)
    main.setKeepLayerSet(True)
    if crs is not None:
        main.setCrs(crs)   # the workspace's projected CRS: extents and the scale bar in metres
    _valid_extent(main)
    main.zoomToExtent(extent)
    inset = layout.itemById("inset")
    if inset is not None:
        if crs is not None:
            inset.setCrs(crs)
        inset.setLayers(inset_layers)
        inset.setKeepLayerSet(True)
        _valid_extent(inset)
        inset.zoomToExtent(inset_extent)
    legend = layout.itemById("legend")
    root = QgsLayerTree()
    for layer in legend_layers:
        root.addLayer(layer)
    legend.model().setRootGroup(root)
    layout.csiap_legend_root = root   # the legend does not own its tree: keep it alive with the layout
    legend.adjustBoxSize()
    scalebar = layout.itemById("scalebar")
    if isinstance(scalebar, QgsLayoutItemScaleBar):
        scalebar.applyDefaultSize(DISTANCE_METERS)
    for item_id, path in zip(("logo_left", "logo_right"), logos):
        picture = layout.itemById(item_id)
        if picture is not None and path:
            picture.setPicturePath(path)
            picture.setVisibility(True)
    layout.refresh()


def export_png(layout, path, dpi=150):
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.exportMetadata = False
    # QGIS then tries to georeference the PNG in place, which GDAL's PNG driver
    # refuses with a harmless "no update access" error: keep it off the console.
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        result = QgsLayoutExporter(layout).exportToImage(path, settings)
    finally:
        gdal.PopErrorHandler()
    if result != QgsLayoutExporter.ExportResult.Success:
        raise WorkspaceError(tr("Cannot export {path}.").format(path=path))
    return path


PDF_AUTHOR = "CSIAP Planner"


def pdf_settings(dpi, project=None, author=None):
    """Vector PDF with text as text: searchable, a third of the size, and a sixth
    faster than text drawn as outlines (measured on the sample's atlas).

    QGIS writes the layout's project metadata into the PDF, whose author is the
    computer's account name by default: ``project`` gets ``author`` (the KSM, when
    given) or the plugin as its author instead, so a shared annex names no one."""
    if project is not None:
        metadata = project.metadata()
        metadata.setAuthor(author or PDF_AUTHOR)
        project.setMetadata(metadata)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText   # Qgis.* from 3.22 on; QGIS 4 keeps only it
    return settings


def export_pdf(layout, path, dpi=200):
    result = QgsLayoutExporter(layout).exportToPdf(path, pdf_settings(dpi, layout.project()))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise WorkspaceError(tr("Cannot export {path}.").format(path=path))
    return path



def add_note(layout, text):
    """A boxed note in the map's top-left corner (what the map does not show yet, and why)."""
    main = layout.itemById("map")
    position, size = main.positionWithUnits(), main.sizeWithUnits()
    scale = size.width() / 300.0   # the A3 map's width: the note grows with the paper, as the titles do
    note = _label(layout, "note", (position.x() + 4 * scale, position.y() + 4 * scale, size.width() * 0.6,
                                   12 * scale), 10 * max(scale, 0.8), bold=True)
    note.setText(text)
    note.setBackgroundEnabled(True)
    note.setBackgroundColor(QColor("#fff7bc"))
    note.setFrameEnabled(True)
    note.setMarginX(2 * scale)
    note.setMarginY(2 * scale)
    note.adjustSizeToText()
    return note
