"""The CSIAP annex of a workspace: maps (overview and atlas pages), tables,
process figures and the annex document, into one folder with a manifest.

Used by ``csiap:exportannex``. Reads the workspace, writes only into the
output folder. Public by default: no names, NIK or phone numbers anywhere.
"""

import datetime
import json
import os
import textwrap

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFeature,
    QgsFeedback,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

from ..core import schema
from ..core.annex import DATA_SOURCES, MAPS, provenance_lines
from ..i18n import tr
from ..workspace import kelurahan_name
from ..workspace.fields import plain
from ..workspace.geopackage import WorkspaceError
from ..workspace.project import has_row, layer_uri, read_rows
from ..workspace.screening import location_code
from ..workspace.styles import category_labels
from .document import write_document
from .layouts import export_pdf, export_png, fill_layout, load_layout, pdf_settings
from .process_figures import export_figures
from .tables import (
    indicator_table,
    newest_session,
    option_names,
    problem_table,
    ranking_table,
    screening_table,
    write_csv,
    write_xlsx,
)

LEGEND_WIDTH = 36   # characters a legend line holds beside the map on every paper (QGIS 3.22 cannot wrap by width)
OPTION_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d")


def legend_label(text):
    """``text`` broken into lines that fit the legend column."""
    return textwrap.fill(text, LEGEND_WIDTH, break_long_words=False)


class Annex:
    """Everything needed to draw the annex of one workspace in one language."""

    def __init__(self, path, language):
        self.path = path
        self.language = language
        self.project = QgsProject()
        self.layers = {}
        for layer_def in schema.LAYERS:
            if layer_def.is_spatial:
                layer = QgsVectorLayer(layer_uri(path, layer_def.name), layer_def.title.text(language), "ogr")
                if layer.isValid():
                    self._relabel(layer, layer_def)
                    self.layers[layer_def.name] = layer
        self.layers["priorities"] = self._priorities_layer()
        self.project.addMapLayers(list(self.layers.values()))
        self.project.setCrs(self.layers["kelurahan"].crs())
        kelurahan = read_rows(path, "kelurahan")
        self.kelurahan = kelurahan[0] if kelurahan else {}
        # Read once: every page's sources and the document's cover say it.
        self.synthetic = any(has_row(path, name, "data_source", "synthetic") for name in ("rt", "households"))
        self.outline = self.layers["kelurahan"].extent()

    def _relabel(self, layer, layer_def):
        """Legend in the export's language, whatever the workspace's language."""
        renderer = layer.renderer()
        if isinstance(renderer, QgsCategorizedSymbolRenderer):
            labels = category_labels(layer_def, renderer.classAttribute(), self.language)
            for index, category in enumerate(renderer.categories()):
                if labels.get(str(category.value())):
                    renderer.updateCategoryLabel(index, legend_label(labels[str(category.value())]))

    def _priorities_layer(self):
        """RT (or RW) polygons coloured by the option ranked first in the newest
        scoring session; hatched over where too few households were surveyed, so
        a proposal resting on little data does not read as settled."""
        newest = newest_session(self.path)
        best = {}
        if newest is not None:
            for row in read_rows(self.path, "ranking"):
                if row["session_uuid"] == newest and row["rank"] == 1:
                    best.setdefault(row["location_code"], row["option_code"])
        names = option_names(self.path, self.language)
        indicators = self.layers.get("area_indicators")
        layer = QgsVectorLayer("MultiPolygon?crs={}&field=location:string&field=option:string&field=thin:integer"
                               .format(indicators.crs().authid() if indicators else "EPSG:4326"),
                               tr("Proposed option", self.language), "memory")
        features = []
        for area in (indicators.getFeatures() if indicators else []):
            rw, rt = plain(area["rw"]), plain(area["rt"])
            code = location_code("RW" if rt is None else "RT", rw, rt)
            feature = QgsFeature(layer.fields())
            feature.setGeometry(area.geometry())
            feature.setAttributes([code, best.get(code), 1 if plain(area["data_thin"]) else 0])
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        root = QgsRuleBasedRenderer.Rule(None)
        for k, option in enumerate(sorted({o for o in best.values() if o})):
            root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
                {"color": OPTION_COLOURS[k % len(OPTION_COLOURS)], "outline_color": "#404040",
                 "outline_width": "0.3"}), 0, 0, '"option" = {}'.format(QgsExpression.quotedValue(option)),
                legend_label(names.get(option, option))))
        root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
            {"color": "#f0f0f0", "outline_color": "#808080", "outline_style": "dot"}), 0, 0, '"option" IS NULL',
            legend_label(tr("No option ranked (not scored or nothing feasible)", self.language))))
        # Drawn over the option's colour (rules overlap). A dashed edge, not hatching: Qt's PDF
        # writer turns pattern fills into images (a page ten times the size, labels blurred).
        uncertain = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#202020", "outline_width": "0.7",
                                                "outline_style": "dash"})
        root.appendChild(QgsRuleBasedRenderer.Rule(uncertain, 0, 0, '"thin" = 1', legend_label(tr(
            "Too few households surveyed: proposal not yet certain", self.language))))
        layer.setRenderer(QgsRuleBasedRenderer(root))
        return layer

    # --- texts --------------------------------------------------------------------------

    def place(self):
        k = self.kelurahan
        parts = [k.get("kecamatan") and tr("Kecamatan {name}", self.language).format(name=k["kecamatan"]),
                 k.get("kota_kabupaten"), k.get("provinsi")]
        return ", ".join(p for p in parts if p)

    def texts(self, annex_map, number, where=""):
        title = "{} — {} {}".format(annex_map.title.text(self.language), tr("Kelurahan", self.language),
                                     self.kelurahan.get("name") or kelurahan_name(self.path) or "")
        sources = [DATA_SOURCES.text(self.language)] + list(annex_map.rules)
        if self.synthetic:
            sources.insert(0, tr("Sample: RT, households and problems are SYNTHETIC, not real data.", self.language))
        return {
            "title": title + (" — " + where if where else ""),
            "subtitle": self.place(),
            "sources": "\n".join(sources),
            "footer": tr("{date} · Map {number} · CSIAP Planner", self.language).format(
                date=datetime.date.today().isoformat(), number=number),
            "north_label": "U" if self.language == "id" else "N",
        }

    # --- maps ---------------------------------------------------------------------------

    def layout(self, annex_map, paper, number, where="", extent=None, in_kecamatan=True):
        """One map page. Its inset shows the kelurahan in its kecamatan (the surrounding
        areas, where imported); atlas pages (``in_kecamatan=False``) show the page's
        place in the kelurahan instead."""
        layout = load_layout(paper, self.project)
        layers = [self.layers[n] for n in annex_map.layers if n in self.layers]
        legend = [layer for name, layer in zip(annex_map.layers, layers) if name not in ("rw", "rt", "kelurahan")]
        outline = self.outline
        context = self.layers.get("context_areas")
        if in_kecamatan and context is not None and context.featureCount() > 0:
            around = context.extent()
            around.combineExtentWith(outline)
            inset_layers, inset_extent = [self.layers["kelurahan"], context], around.buffered(around.width() * 0.05)
        else:
            inset_layers = [self.layers["rw"], self.layers["kelurahan"]]
            inset_extent = outline.buffered(max(outline.width(), outline.height()) * 0.15)
        fill_layout(layout, self.texts(annex_map, number, where), layers, legend,
                    extent or outline.buffered(outline.width() * 0.03), inset_layers, inset_extent)
        return layout

    def atlas_layout(self, annex_map, paper, number, level):
        """A layout whose atlas runs over the RW (or RT) polygons, one page each."""
        coverage = self.layers["rw" if level == "RW" else "rt"]
        layout = self.layout(annex_map, paper, number, in_kecamatan=False)
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setEnabled(True)
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"code"' if level == "RW" else "\"rw\" || '/' || \"code\"")
        atlas.setFilenameExpression("'{}_' || {}".format(annex_map.key, '"code"' if level == "RW"
                                                          else "\"rw\" || '_' || \"code\""))
        main = layout.itemById("map")
        main.setAtlasDriven(True)
        main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        main.setAtlasMargin(0.15)
        where = "'RW ' || \"code\"" if level == "RW" else "'RW ' || \"rw\" || ' / RT ' || \"code\""
        layout.itemById("title").setText("{} — [% {} %]".format(self.texts(annex_map, number)["title"], where))
        return layout

    def export_maps(self, folder, paper, atlas_level, feedback=None):
        files = []
        os.makedirs(folder, exist_ok=True)
        for number, annex_map in enumerate(MAPS, start=1):
            if feedback is not None:
                if feedback.isCanceled():
                    raise WorkspaceError(tr("Cancelled."))
                feedback.setProgress(60.0 * (number - 1) / len(MAPS))
                feedback.pushInfo(annex_map.title.text(self.language))
            layout = self.layout(annex_map, paper, number)
            base = os.path.join(folder, annex_map.key)
            files.append(("map", export_pdf(layout, base + ".pdf"), annex_map.title.text(self.language)))
            files.append(("map", export_png(layout, base + ".png", dpi=110), annex_map.title.text(self.language)))
            if atlas_level in ("RW", "RT"):
                atlas_layout = self.atlas_layout(annex_map, paper, number, atlas_level)
                pdf = base + "_per_{}.pdf".format(atlas_level.lower())
                result, error = QgsLayoutExporter.exportToPdf(atlas_layout.atlas(), pdf,
                                                              pdf_settings(150, atlas_layout.project()),
                                                              _page_feedback(feedback, number))
                if result == QgsLayoutExporter.ExportResult.Canceled:
                    raise WorkspaceError(tr("Cancelled."))
                if result != QgsLayoutExporter.ExportResult.Success:
                    raise WorkspaceError(tr("Cannot export {path}: {reason}").format(path=pdf, reason=error))
                files.append(("atlas", pdf, "{} ({})".format(annex_map.title.text(self.language), atlas_level)))
        return files


def _page_feedback(feedback, number):
    """The atlas export's feedback: its pages move the export's progress (on the main thread
    that is what lets the dialog draw and take a Cancel) and a Cancel stops it."""
    if feedback is None:
        return None
    pages = QgsFeedback(feedback)
    start = 60.0 * (number - 1) / len(MAPS)
    pages.progressChanged.connect(lambda value: feedback.setProgress(start + 60.0 / len(MAPS) * value / 100))
    feedback.canceled.connect(pages.cancel)
    return pages


def export_annex(path, folder, language, paper="a3_landscape", atlas_level="RW", include_personal=False,
                 feedback=None):
    """Write the annex of the workspace at ``path`` into ``folder``; return the manifest entries."""
    os.makedirs(folder, exist_ok=True)
    annex = Annex(path, language)
    files = annex.export_maps(os.path.join(folder, "peta"), paper, atlas_level, feedback)
    tables = {
        "indikator": (tr("Indicators per area", language), indicator_table(path, language)),
        "masalah": (tr("Problems per RT", language), problem_table(path, language)),
        "penyaringan": (tr("Screening of technical options", language), screening_table(path, language)),
        "skoring": (tr("Ranking of technical options", language), ranking_table(path, language)),
    }
    table_folder = os.path.join(folder, "tabel")
    os.makedirs(table_folder, exist_ok=True)
    for key, (title, (header, rows)) in tables.items():
        files.append(("table", write_csv(os.path.join(table_folder, key + ".csv"), header, rows), title))
    files.append(("table", write_xlsx(os.path.join(table_folder, "tabel_lampiran.xlsx"),
                                      {key: table for key, (_title, table) in tables.items()}),
                  tr("All tables", language)))
    if feedback is not None:
        feedback.setProgress(75)
    for figure in export_figures(path, os.path.join(folder, "proses"), language, include_personal):
        files.append(("process", figure, os.path.basename(figure)))
    document = write_document(os.path.join(folder, "lampiran_csiap.pdf"), annex, files, tables, language)
    files.append(("document", document, tr("CSIAP annex", language)))
    manifest = [{"kind": kind, "file": os.path.relpath(f, folder), "title": title} for kind, f, title in files]
    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump({"workspace": os.path.basename(path), "language": language, "paper": paper,
                   "atlas": atlas_level, "personal_data": include_personal,
                   "created": datetime.datetime.now().isoformat(timespec="seconds"),
                   "provenance": provenance_lines(), "files": manifest}, handle, ensure_ascii=False, indent=1)
    if feedback is not None:
        feedback.setProgress(100)
    return manifest

