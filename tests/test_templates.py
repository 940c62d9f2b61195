"""What QGIS 3.40+ and Qt 6 read differently in the shipped styles and layout
templates: labels are left-aligned (3.40 justifies lines ending in a hard break
too), and fonts carry a named style (Qt 6 reads Qt 5's stored weights 50 and 75
as ExtraLight); and the calls deprecated by 3.32–3.44 are not made."""

import glob
import os
import warnings
import xml.etree.ElementTree as ET

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STYLES = os.path.join(ROOT, "styles")
LABEL_TYPE = "65641"   # QgsLayoutItemRegistry::LayoutLabel
QT_ALIGN_LEFT = 0x1
BOLD_LABELS = {"title", "north_label"}


def template_labels(path):
    return [item for item in ET.parse(path).getroot().iter("LayoutItem") if item.get("type") == LABEL_TYPE]


def label_style(item):
    """The named style of a label's font: ``LabelFont style`` (3.22) or ``text-style namedStyle`` (3.24 on)."""
    font = item.find("LabelFont")
    if font is not None:
        return font.get("style")
    return item.find("text-style").get("namedStyle")


@pytest.mark.parametrize("paper", ["a3_landscape", "a1_poster", "a4_portrait"])
def test_template_labels_are_left_aligned_with_named_styles(paper):
    labels = template_labels(os.path.join(STYLES, "csiap_{}.qpt".format(paper)))
    assert {item.get("id") for item in labels} == {"title", "subtitle", "north_label", "sources", "footer"}
    for item in labels:
        assert int(item.get("halign")) == QT_ALIGN_LEFT, item.get("id")
        assert label_style(item) == ("Bold" if item.get("id") in BOLD_LABELS else "Regular"), item.get("id")
    for text_style in ET.parse(os.path.join(STYLES, "csiap_{}.qpt".format(paper))).getroot().iter("text-style"):
        assert text_style.get("namedStyle") in ("Bold", "Regular"), text_style.attrib


def test_layer_styles_store_named_font_styles():
    seen = {}
    for path in sorted(glob.glob(os.path.join(STYLES, "*.qml"))):
        for text_style in ET.parse(path).getroot().iter("text-style"):
            named = text_style.get("namedStyle")
            assert named in ("Bold", "Regular"), (os.path.basename(path), text_style.attrib)
            # The named style agrees with the Qt 5 weight stored beside it (75 bold, 50 regular).
            assert named == ("Bold" if int(text_style.get("fontWeight")) >= 63 else "Regular"), path
            seen[os.path.basename(path)] = named
    assert seen["rw.qml"] == "Bold" and seen["rt.qml"] == "Regular"


def test_loaded_layouts_have_left_aligned_bold_titles(qgis_app):
    from csiap_planner.core.annex import PAPERS
    from csiap_planner.report.layouts import build_layout, load_layout
    from qgis.core import QgsLayoutItemLabel, QgsProject
    from qgis.PyQt.QtCore import Qt

    project = QgsProject()
    for paper in PAPERS:
        for layout in (build_layout(paper, project), load_layout(paper, project)):
            for item_id in ("title", "subtitle", "north_label", "sources", "footer"):
                label = layout.itemById(item_id)
                assert isinstance(label, QgsLayoutItemLabel)
                assert label.hAlign() == Qt.AlignmentFlag.AlignLeft, (paper, item_id)
                font = label.textFormat().font() if hasattr(label, "textFormat") else label.font()
                assert font.bold() == (item_id in BOLD_LABELS), (paper, item_id)


def plugin_deprecations(caught):
    return ["{}:{} {}".format(w.filename, w.lineno, w.message) for w in caught
            if issubclass(w.category, DeprecationWarning) and "csiap_planner" in w.filename]


def test_no_deprecated_qgis_calls_in_styles_layouts_and_attach(csiap_processing, tmp_path):
    """On QGIS 3.22 none of these is deprecated; on 3.32+ parameterAsFields, on 3.44
    exportSldStyle were (PyQGIS warns on each call)."""
    from csiap_planner.core import schema
    from csiap_planner.report.layouts import build_layout
    from csiap_planner.workspace.styles import default_style
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

    import processing

    areas = QgsVectorLayer("Polygon?crs=EPSG:32748&field=code:string", "areas", "memory")
    points = QgsVectorLayer("Point?crs=EPSG:32748&field=name:string", "points", "memory")
    area = QgsFeature(areas.fields())
    area.setAttributes(["001"])
    area.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"))
    areas.dataProvider().addFeatures([area])
    point = QgsFeature(points.fields())
    point.setAttributes(["a"])
    point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(5, 5)))
    points.dataProvider().addFeatures([point])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        build_layout("a4_portrait", QgsProject())
        qml, sld = default_style(schema.layer("rw"), "id")
        result = processing.run("csiap:attachtoareas", {"INPUT": points, "AREAS": areas, "AREA_FIELDS": ["code"],
                                                        "OUTPUT": str(tmp_path / "out.gpkg")})
    assert "<se:Name>" in sld or "<sld:" in sld or "StyledLayerDescriptor" in sld
    assert result["ATTACHED"] == 1
    assert not plugin_deprecations(caught)
