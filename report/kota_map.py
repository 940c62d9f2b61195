"""The kabupaten/kota map of csiap:consolidate: the kelurahan consolidated, coloured by
the estimated cost of their action plans (four classes of equal counts), labelled with
their name, cost and first priority location; legend, scale bar, north arrow, and the
sources and rules in the footer, in the chosen language. Drawn on the annex's A3
landscape template (``report.layouts``)."""

import datetime

from qgis.core import (
    QgsExpression,
    QgsFillSymbol,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from ..compat import INT, STRING, make_field
from ..core import reference
from ..core.annex import DATA_SOURCES
from ..core.consolidate import cost_classes
from ..i18n import tr
from ..workspace.geopackage import WorkspaceError
from ..workspace.project import layer_uri, shown
from .annex import _label_settings, legend_label
from .layouts import A3, _place, export_pdf, fill_layout, load_layout
from .tables import money

COST_COLOURS = ("#fee5d9", "#fcae91", "#fb6a4a", "#cb181d")


def _case(values, kind):
    """An expression field giving ``values[kelurahan uuid]``, on this layer object only."""
    cases = " ".join("WHEN \"kelurahan_uuid\" = {} THEN {}".format(
        QgsExpression.quotedValue(key), QgsExpression.quotedValue(value)) for key, value in values.items())
    return ("CASE {} END".format(cases) if cases else "NULL"), kind


def _style(layer, language):
    """Coloured by cost class, labelled with name, cost and the first priority location (expression
    fields on this layer object: the file is not written)."""
    features = [f for f in layer.getFeatures() if f["status"] == "included"]
    costs = [float(f["total_cost"] or 0) for f in features]
    numbers, bounds = cost_classes(costs)
    classes = dict(zip((f["kelurahan_uuid"] for f in features), numbers))
    labels = {f["kelurahan_uuid"]: "{}\nRp {}{}".format(f["name"], money(f["total_cost"]), "\n" + tr(
        "first: {location}", language).format(location=f["top_location"]) if f["top_location"] else "")
        for f in features}
    layer.addExpressionField(*_case(classes, make_field("cost_class", INT)))
    layer.addExpressionField(*_case(labels, make_field("map_label", STRING)))
    root = QgsRuleBasedRenderer.Rule(None)
    # The lightest and the darkest colour always, the others between where there are more classes.
    colours = [COST_COLOURS[round(k * (len(COST_COLOURS) - 1) / max(len(bounds) - 1, 1))] for k in range(len(bounds))]
    for k, ((low, high), colour) in enumerate(zip(bounds, colours), start=1):
        label = tr("Rp {low} – {high}", language).format(low=money(low), high=money(high))
        root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
            {"color": colour, "outline_color": "#404040", "outline_width": "0.4"}), 0, 0,
            '"cost_class" = {}'.format(k), legend_label(label)))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(_label_settings('"map_label"', 9, True, "above")))
    layer.setLabelsEnabled(True)


def export_kota_map(gpkg_path, pdf_path, language, read):
    """The kota map PDF of the consolidated GeoPackage ``gpkg_path``; ``read``: the
    ``workspace.consolidate.Kelurahan`` read (their names, refusals, synthetic data)."""
    project = QgsProject()
    try:
        layer = QgsVectorLayer(layer_uri(gpkg_path, "kelurahan"),
                               tr("Estimated cost of the action plan", language), "ogr")
        if not layer.isValid():
            raise WorkspaceError(tr("Cannot read {path}.", language).format(path=gpkg_path))
        _style(layer, language)
        project.addMapLayer(layer)
        project.setCrs(layer.crs())
        included = [k for k in read if k.included]
        refused = [k for k in read if not k.included]
        kota = sorted({k.identity.get("kota_kabupaten") for k in included if k.identity.get("kota_kabupaten")})
        total = sum(float(p.get("total_cost") or 0) for k in included for p in k.proposals)
        sources = [DATA_SOURCES.text(language), reference.KOTA_PRIORITY_LIST.source,
                   tr("Costs: the action plans of the kelurahan workspaces, as stored there.", language)]
        synthetic = [k.identity.get("name") for k in included if k.synthetic]
        if synthetic:
            sources.insert(0, tr("SYNTHETIC data (sample, not real) in: {names}.", language).format(
                names=", ".join(synthetic)))
        if refused:
            sources.append(tr("Not included: {names}.", language).format(names="; ".join(
                "{} ({})".format(k.identity.get("name") or shown(k.reference), k.reason) for k in refused)))
        counts = tr("{included} kelurahan consolidated, {refused} not included; estimated cost Rp {total}",
                    language).format(included=len(included), refused=len(refused), total=money(total))
        texts = {
            "title": tr("Kelurahan sanitation action plans", language),
            "subtitle": " · ".join(kota + [counts]),
            "sources": "\n".join(sources),
            "footer": tr("{date} · CSIAP Planner", language).format(date=datetime.date.today().isoformat()),
            "north_label": "U" if language == "id" else "N",
        }
        extent = layer.extent()
        layout = load_layout("a3_landscape", project)
        fill_layout(layout, texts, [layer], [layer], extent.buffered(max(extent.width(), extent.height()) * 0.05),
                    [layer], extent)
        layout.itemById("inset").setVisibility(False)   # the map is the whole set already
        # The sources (the rule, the kelurahan left out) take the inset's place and more: the legend
        # holds four classes at most.
        x, y, width, _height = A3["legend"]
        _place(layout.itemById("sources"), (x, y + 60, width, A3["footer"][1] - y - 62))
        export_pdf(layout, pdf_path)
        del layout
        return pdf_path
    finally:
        project.clear()
