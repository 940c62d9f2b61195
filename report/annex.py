"""The CSIAP annex of a workspace: maps (overview and atlas pages), tables,
process figures and the annex document, into one folder with a manifest.

Used by ``csiap:exportannex``. Reads the workspace, writes only into the
output folder. Public by default: no names, NIK or phone numbers anywhere.
"""

import csv
import datetime
import json
import os
import tempfile
import textwrap

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsFeature,
    QgsFeedback,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsPalLayerSettings,
    QgsProject,
    QgsRendererCategory,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)

from ..compat import INT, STRING, make_field
from ..core import reference, schema
from ..core.annex import DATA_SOURCES, MAPS, provenance_lines
from ..core.priorities import SURVEY_FIRST
from ..core.scoring import RANDOM_INDEX_SOURCE
from ..core.sfd import DEFAULTS as SFD_DEFAULTS
from ..core.sfd import assumption_register
from ..i18n import tr
from ..workspace import kelurahan_name
from ..workspace.actions import newest_session as newest_session_at
from ..workspace.actions import planned_actions
from ..workspace.fields import plain
from ..workspace.geopackage import WorkspaceError
from ..workspace.priorities import location_order
from ..workspace.project import has_row, layer_uri, provider, read_rows, workspace_name
from ..workspace.screening import location_code
from ..workspace.styles import category_labels
from .document import AnnexDocument
from .layouts import add_note, export_pdf, export_png, fill_layout, load_layout, pdf_settings
from .plan_tables import write_plan_tables
from .process_figures import export_figures
from .sfd_diagram import annex_figures
from .tables import (
    action_rows,
    action_table,
    action_totals,
    area_summary,
    indicator_table,
    newest_session,
    option_catalogue,
    option_names,
    option_summary,
    priorities_table,
    priority_tables,
    problem_summary,
    problem_table,
    ranking_table,
    risk_summary,
    scores_table,
    scoring_matrix,
    screening_table,
    write_csv,
    write_xlsx,
)

LEGEND_WIDTH = 36   # characters a legend line holds beside the map on every paper (QGIS 3.22 cannot wrap by width)
OPTION_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d")
# The peta prioritas's classes of the plan's rank (the last open-ended), darkest first.
RANK_CLASSES = ((1, 5), (6, 10), (11, 20), (21, None))
RANK_COLOURS = ("#bd0026", "#f03b20", "#fd8d3c", "#fed976")


def priority_level(path, atlas_level=None):
    """The level whose location priorities the peta prioritas draws: the one csiap:prioritiseareas
    computed; where it ran at both, the atlas's level (its pages then show the same locations),
    else RT, the finer one. None where no priorities were computed."""
    computed = {row.get("location_level") for row in read_rows(path, "priorities")}
    for level in (atlas_level, "RT", "RW"):
        if level in ("RT", "RW") and level in computed:
            return level
    return None


def _case(field, values):
    """An expression giving ``values[field]`` (NULL for a value not in it)."""
    if not values:
        return "NULL"
    return "CASE {} END".format(" ".join("WHEN \"{}\" = {} THEN {}".format(
        field, QgsExpression.quotedValue(key), QgsExpression.quotedValue(value)) for key, value in values.items()))


def _label_settings(expression, size, bold, quadrant):
    """A label over the polygon's centre, ``above`` or ``below`` it; the rank's (bold) is never
    hidden by another label, the smaller text gives way where labels crowd."""
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = expression
    try:   # Qgis.LabelPlacement arrived in 3.26
        settings.placement = Qgis.LabelPlacement.OverPoint
        settings.quadOffset = Qgis.LabelQuadrantPosition.Above if quadrant == "above" \
            else Qgis.LabelQuadrantPosition.Below
    except AttributeError:
        settings.placement = QgsPalLayerSettings.Placement.OverPoint
        settings.quadOffset = QgsPalLayerSettings.QuadrantPosition.QuadrantAbove if quadrant == "above" \
            else QgsPalLayerSettings.QuadrantPosition.QuadrantBelow
    # Apart by their buffers: touching labels collide, and the smaller would give way.
    settings.yOffset = -1.2 if quadrant == "above" else 1.2
    # Over the RW names (priority 5): the rank first, never hidden; the RT and option next.
    settings.priority = 10 if bold else 8
    if bold:
        if hasattr(settings, "placementSettings"):   # 3.26 on; displayAll before
            settings.placementSettings().setOverlapHandling(Qgis.LabelOverlapHandling.AllowOverlapIfRequired)
        else:
            settings.displayAll = True
    text_format = QgsTextFormat()
    text_format.setSize(size)
    if bold:
        text_format.setNamedStyle("Bold")
        font = text_format.font()
        font.setBold(True)
        text_format.setFont(font)
    buffer = text_format.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text_format.setBuffer(buffer)
    settings.setFormat(text_format)
    return settings


def legend_label(text):
    """``text`` broken into lines that fit the legend column."""
    return textwrap.fill(text, LEGEND_WIDTH, break_long_words=False)


class Annex:
    """Everything needed to draw the annex of one workspace in one language."""

    def __init__(self, path, language, atlas_level=None):
        self.path = path
        self.language = language
        self.project = QgsProject()
        self.layers = {}
        for layer_def in schema.LAYERS:
            if layer_def.is_spatial:
                layer = QgsVectorLayer(layer_uri(path, layer_def.name), layer_def.title.text(language),
                                       provider(path))
                if layer.isValid():
                    self._relabel(layer, layer_def)
                    self.layers[layer_def.name] = layer
        # The peta prioritas: the location priorities where computed, else the top options.
        self.priority_level = priority_level(path, atlas_level)
        if self.priority_level is None:
            self.layers.pop("priorities", None)
            self.layers["top_options"] = self._top_options_layer()
        else:
            self._style_priorities(self.layers["priorities"], self.priority_level)
        if "actions" in self.layers:
            self._style_actions(self.layers["actions"])
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

    def _top_options(self, level=None):
        """``{location code: option code}``: the option ranked first in the newest scoring
        session (of ``level``, where given; the first stored where options tie)."""
        newest = newest_session(self.path) if level is None else newest_session_at(self.path, level)
        best = {}
        if newest is not None:
            for row in read_rows(self.path, "ranking"):
                if row["session_uuid"] == newest and row["rank"] == 1:
                    best.setdefault(row["location_code"], row["option_code"])
        return best

    def _top_options_layer(self):
        """RT (or RW) polygons coloured by the option ranked first in the newest
        scoring session; hatched over where too few households were surveyed, so
        a proposal resting on little data does not read as settled. The peta prioritas
        draws it only where no location priorities were computed yet."""
        best = self._top_options()
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

    def _style_priorities(self, layer, level):
        """The workspace's ``priorities`` of ``level``, coloured by the plan's rank (the order
        ``location_order`` gives: the newest rembuk's agreed order first, then the computed one)
        in classes, the locations to survey first dashed grey; each labelled with its rank and,
        smaller, its RT/RW and the option ranked first there."""
        order = location_order(self.path, level)
        ranks = {item["location_code"]: item["rank"] for item in order if item["rank"] is not None}
        names = option_names(self.path, self.language)
        options = {code: names.get(option, option) for code, option in self._top_options(level).items() if option}
        # The level by the rules' filters, not a subset string: that reopens the layer's dataset,
        # and every read of the GeoPackage after it (in QGIS's WAL mode) failed with "unable to
        # open database file".
        at_level = '"location_level" = {}'.format(QgsExpression.quotedValue(level))
        # Computed on the layer object only (the GeoPackage is not written): the rank of the
        # plan and the option's name, read by the renderer and the labels below.
        layer.addExpressionField(_case("location_code", ranks), make_field("plan_rank", INT))
        layer.addExpressionField(_case("location_code", options), make_field("top_option", STRING))
        root = QgsRuleBasedRenderer.Rule(None)
        for (first, last), colour in zip(RANK_CLASSES, RANK_COLOURS):
            label = (tr("Priority {first}–{last}", self.language) if last else
                     tr("Priority {first} and after", self.language)).format(first=first, last=last)
            root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
                {"color": colour, "outline_color": "#404040", "outline_width": "0.3"}), 0, 0,
                at_level + ' AND "plan_rank" >= {}'.format(first) + (' AND "plan_rank" <= {}'.format(last) if last
                                                                      else ""),
                legend_label(label)))
        root.appendChild(QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
            {"color": "#e0e0e0", "outline_color": "#606060", "outline_width": "0.5", "outline_style": "dash"}),
            0, 0, at_level + ' AND "plan_rank" IS NULL',
            legend_label(schema.PRIORITY_STATUS.label(SURVEY_FIRST, self.language))))
        layer.setRenderer(QgsRuleBasedRenderer(root))
        place = "'RT ' || \"rt\" || '/RW ' || \"rw\"" if level == "RT" else "'RW ' || \"rw\""
        rank = _label_settings("coalesce(to_string(\"plan_rank\"), {})".format(
            QgsExpression.quotedValue(tr("survey first", self.language))), 11, True, "above")
        where = _label_settings("{} || coalesce('\\n' || \"top_option\", '')".format(place), 6, False, "below")
        labels = QgsRuleBasedLabeling.Rule(None)
        for settings in (rank, where):
            labels.appendChild(QgsRuleBasedLabeling.Rule(settings, 0, 0, at_level))
        layer.setLabeling(QgsRuleBasedLabeling(labels))
        layer.setLabelsEnabled(True)

    def _style_actions(self, layer):
        """The action plan's service areas, coloured by kind of action and labelled with the
        option's name (never its code) and the households it serves."""
        categories = []
        for k, kind in enumerate(schema.ACTION_KIND.values()):
            symbol = QgsFillSymbol.createSimple({"color": OPTION_COLOURS[k % len(OPTION_COLOURS)],
                                                 "outline_color": "#202020", "outline_width": "0.5"})
            symbol.setOpacity(0.75)   # the RT labels beneath stay readable
            categories.append(QgsRendererCategory(kind, symbol, legend_label(
                schema.ACTION_KIND.label(kind, self.language))))
        layer.setRenderer(QgsCategorizedSymbolRenderer("kind", categories))
        names = option_names(self.path, self.language)
        option = "CASE {} ELSE \"description\" END".format(" ".join(
            "WHEN \"option_code\" = {} THEN {}".format(QgsExpression.quotedValue(code), QgsExpression.quotedValue(name))
            for code, name in names.items())) if names else '"description"'
        settings = QgsPalLayerSettings()
        settings.isExpression = True
        settings.fieldName = "coalesce({}, '') || '\\n' || coalesce(\"households_served\", 0) || ' {}'".format(
            option, tr("HH", self.language))
        text_format = QgsTextFormat()
        text_format.setSize(7)
        buffer = text_format.buffer()
        buffer.setEnabled(True)
        buffer.setSize(0.8)
        text_format.setBuffer(buffer)
        settings.setFormat(text_format)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)

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
        shown = [n for n in annex_map.layers if n in self.layers]
        layers = [self.layers[n] for n in shown]
        legend = [self.layers[n] for n in shown if n not in ("rw", "rt", "kelurahan")]
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
        if annex_map.key == "peta_prioritas" and self.priority_level is None:
            add_note(layout, tr("Location priorities not computed yet (csiap:prioritiseareas): the map shows the "
                                "option ranked first in each location.", self.language))
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

    def export_maps(self, folder, paper, atlas_level, feedback=None, document_folder=None):
        """The maps' files; ``self.document_maps`` gets each map's landscape PNG for the annex
        document (the paper's own, or an A3 landscape one in ``document_folder`` when the
        paper is A4 portrait: a map page of the document is landscape, never a quarter page)."""
        files = []
        self.document_maps = {}
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
            self.document_maps[annex_map.key] = files[-1][1]
            if paper == "a4_portrait" and document_folder is not None:
                self.document_maps[annex_map.key] = export_png(self.layout(annex_map, "a3_landscape", number),
                                                               os.path.join(document_folder, annex_map.key + ".png"),
                                                               dpi=110)
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


def add_sfd(chapter, figures, language):
    """The SFDs in "masalah dan risiko", the assumption register beside them."""
    if not figures:
        chapter.paragraph(tr("No excreta flow diagram: no area has enough households with the survey's toilet "
                             "answers (see sfd/sfd_ringkasan.csv for why, area by area).", language))
        return
    chapter.section(tr("Where the excreta goes (SFD)", language))
    chapter.add_figures(figures)
    header = [tr("Assumption", language), tr("Value", language), tr("Source", language)]
    rows = [[a.label.text(language), "{:g} {}".format(a.value, "m" if a.name.endswith("_m") else "%"), a.source]
            for a in assumption_register(SFD_DEFAULTS)]
    chapter.table(tr("SFD assumption register", language), header, rows,
                  note=tr("Sources: {manual}; {faq}.", language).format(manual=reference.SFD_MANUAL,
                                                                       faq=reference.SFD_FAQ))


def export_annex(path, folder, language, paper="a3_landscape", atlas_level="RW", include_personal=False,
                 feedback=None, extra_figures=None):
    """Write the annex of the workspace at ``path`` into ``folder``; return the manifest entries.

    ``extra_figures``: ``{chapter number: [(image path, caption)]}`` added to those chapters
    of the document (chapter 2 takes the SFD of the kelurahan and of each RW)."""
    os.makedirs(folder, exist_ok=True)
    annex = Annex(path, language, atlas_level)
    with tempfile.TemporaryDirectory() as scratch:
        files = annex.export_maps(os.path.join(folder, "peta"), paper, atlas_level, feedback, scratch)
        # The plan's figures computed now, as the Musrenbang list and the RKM print them, so
        # that the chapter's totals and theirs agree; the stored rows where a row is bad.
        actions, plan_error = action_rows(path), None
        if actions:
            try:
                actions = planned_actions(path, language, feedback)
            except WorkspaceError as error:
                # Its message only: the exception's frames hold the plan's geometries and layers.
                plan_error = str(error)
        # Per location x option rows (and the long per-RT ones) are appendices: XLSX and CSV.
        tables = {
            "indikator": (tr("Indicators per area", language), indicator_table(path, language)),
            "masalah": (tr("Problems per RT", language), problem_table(path, language)),
            "penyaringan": (tr("Screening of technical options", language), screening_table(path, language)),
            "skoring": (tr("Ranking of technical options", language), ranking_table(path, language)),
            "nilai": (tr("Scores per location, option and criterion", language), scores_table(path, language)),
            "prioritas": (tr("Location priorities", language), priorities_table(path, language)),
            "rencana_aksi": (tr("Action plan", language), action_table(path, language, actions)),
        }
        table_folder = os.path.join(folder, "tabel")
        os.makedirs(table_folder, exist_ok=True)
        for key, (title, (header, rows)) in tables.items():
            files.append(("table", write_csv(os.path.join(table_folder, key + ".csv"), header, rows), title))
        files.append(("table", write_xlsx(os.path.join(table_folder, "tabel_lampiran.xlsx"),
                                          {key: table for key, (_title, table) in tables.items()}),
                      tr("All tables", language)))
        if actions:
            # The Musrenbang proposal list and the RKM draft (as csiap:exportproposals writes them).
            titles = {"usulan_musrenbang": tr("Musrenbang proposal list", language), "rkm": tr("RKM draft", language)}
            plan_files = []
            if plan_error is None:
                try:
                    plan_files = write_plan_tables(path, os.path.join(folder, "usulan"), language, actions=actions)
                except WorkspaceError as error:
                    plan_error = str(error)
            if plan_error is not None and feedback is not None:   # a row to correct first: the rest still helps
                feedback.pushWarning(tr("No Musrenbang list or RKM draft in the annex: {reason}",
                                        language).format(reason=plan_error))
            for plan_file in plan_files:
                stem = os.path.splitext(os.path.basename(plan_file))[0]
                files.append(("table", plan_file, titles.get(stem, stem)))
        # The excreta flow diagrams of the kelurahan and of each RW (and, with a plan, the
        # kelurahan's after it), their matrices and the assumption register.
        sfd_folder = os.path.join(folder, "sfd")
        sfd_figures = annex_figures(path, sfd_folder, language, after_plan=bool(actions))
        if os.path.isdir(sfd_folder):
            files += [("sfd", os.path.join(sfd_folder, name), name) for name in sorted(os.listdir(sfd_folder))]
        if feedback is not None:
            feedback.setProgress(75)
        for figure in export_figures(path, os.path.join(folder, "proses"), language, include_personal):
            files.append(("process", figure, os.path.basename(figure)))
        document = annex_document(annex, files, actions, include_personal)
        add_sfd(document.chapters[1], sfd_figures, language)
        for chapter, figures in (extra_figures or {}).items():
            document.chapters[chapter - 1].add_figures(figures)
        pdf = document.write(os.path.join(folder, "lampiran_csiap.pdf"))
    files.append(("document", pdf, tr("CSIAP annex", language)))
    manifest = [{"kind": kind, "file": os.path.relpath(f, folder), "title": title} for kind, f, title in files]
    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump({"workspace": workspace_name(path), "language": language, "paper": paper,
                   "atlas": atlas_level, "personal_data": include_personal,
                   "created": datetime.datetime.now().isoformat(timespec="seconds"),
                   "provenance": provenance_lines(), "files": manifest}, handle, ensure_ascii=False, indent=1)
    if feedback is not None:
        feedback.setProgress(100)
    return manifest


APPENDIX = "tabel/tabel_lampiran.xlsx"


def annex_document(annex, files, actions, include_personal=False):
    """The annex document in a CSIAP's order, its seven chapters filled from the workspace
    and the files just written (maps, process figures and tables); not yet written."""
    language, path = annex.language, annex.path
    name = annex.kelurahan.get("name") or kelurahan_name(path) or ""
    cover = [("{} {}".format(tr("Kelurahan", language), name), True), (annex.place(), False),
             (datetime.date.today().isoformat(), False)]
    if annex.synthetic:
        cover.append((tr("Sample: RT, households and problems are SYNTHETIC, not real data.", language), True))
    document = AnnexDocument(language, tr("CSIAP annex", language), cover, "{} — {} {} · {}".format(
        tr("CSIAP annex", language), tr("Kelurahan", language), name,
        tr("sources and rules: chapter 7", language)))

    def add_maps(chapter):
        for annex_map in MAPS:
            if annex_map.chapter == chapter.number and annex_map.key in annex.document_maps:
                chapter.map(annex.document_maps[annex_map.key], "{} — {} {}".format(
                    annex_map.title.text(language), tr("Kelurahan", language), name))

    # 1 Gambaran umum wilayah
    chapter = document.chapter(tr("Overview of the Area", language))
    header, rows = area_summary(path, language)
    chapter.paragraph(tr("Kelurahan {name} ({place}) has {rw} RW and {rt} RT; {surveyed} households were "
                         "surveyed for the social map.", language).format(
        name=name, place=annex.place(), rw=len(read_rows(path, "rw")), rt=len(read_rows(path, "rt")),
        surveyed=rows[-1][4] if rows else 0))
    chapter.table(tr("Population and households per RW", language), header, rows,
                  DATA_SOURCES.text(language), total=True)
    add_maps(chapter)

    # 2 Masalah dan risiko
    chapter = document.chapter(tr("Problems and Risks", language))
    chapter.paragraph(tr("The problems residents named and the sanitation risk of each area. The tables per RT "
                         "are appendices: {file} (sheets indikator and masalah).", language).format(file=APPENDIX))
    header, rows = problem_summary(path, language)
    if rows:
        chapter.table(tr("Problems named by residents, by category and season", language), header, rows)
    else:
        chapter.paragraph(tr("No problems have been recorded yet.", language))
    (class_header, class_rows), (top_header, top_rows) = risk_summary(path, language)
    if class_rows:
        chapter.table(tr("Areas per sanitation risk class", language), class_header, class_rows,
                      reference.RISK_METHOD_SOURCE)
    if top_rows:
        chapter.table(tr("The {count} areas of highest sanitation risk", language).format(count=len(top_rows)),
                      top_header, top_rows, reference.MIN_SURVEYED_HOUSEHOLDS.source)
    add_maps(chapter)

    # 3 Opsi teknis dan matrik skoring
    chapter = document.chapter(tr("Technical Options and Scoring Matrix", language))
    chapter.paragraph(tr("The technical options of the catalogue, where each is feasible, and how the rembuk "
                         "scored them. The rows per location and option are appendices: {file} (sheets "
                         "penyaringan, nilai and skoring).", language).format(file=APPENDIX))
    header, rows = option_catalogue(path, language)
    chapter.table(tr("Technical options of the catalogue", language), header, rows)
    header, rows = option_summary(path, language)
    if rows:
        chapter.table(tr("Screening and ranking: in how many locations each option is feasible and ranked first",
                         language), header, rows)
    else:
        chapter.paragraph(tr("The options have not been screened yet (csiap:screenoptions).", language))
    header, rows, session = scoring_matrix(path, language)
    if rows:
        chapter.table(tr("Scoring matrix: the mean score (1-5) of each option on each criterion, with its "
                         "weight; scoring session {session}", language).format(session=session), header, rows,
                      RANDOM_INDEX_SOURCE)
    else:
        chapter.paragraph(tr("No scoring session has been saved yet (csiap:scoreoptions).", language))
    add_maps(chapter)

    # 4 Prioritas lokasi
    chapter = document.chapter(tr("Location Priorities", language))
    priorities = priority_tables(path, language, level=annex.priority_level)
    if priorities is None:
        chapter.paragraph(tr("The location priorities have not been computed yet: run csiap:prioritiseareas.",
                             language))
    else:
        (header, rows), (thin_header, thin_rows), agreed_at = priorities
        if agreed_at:
            chapter.paragraph(tr("The order below is the one agreed at: {meetings}. Each change from the computed "
                                 "order gives its reason.", language).format(meetings="; ".join(agreed_at)))
        else:
            chapter.paragraph(tr("The order below is the computed one: no rembuk has agreed an order yet.",
                                 language))
        chapter.table(tr("The {count} locations of highest priority", language).format(count=len(rows)),
                      header, rows)
        if thin_rows:
            chapter.table(tr("Locations to survey first: too few households surveyed to rank them", language),
                          thin_header, thin_rows, reference.MIN_SURVEYED_HOUSEHOLDS.source)
        else:
            chapter.paragraph(tr("No location has to be surveyed first.", language))
        chapter.paragraph(tr("Every location's priority with its components: {file} (sheet prioritas).",
                             language).format(file=APPENDIX))
    add_maps(chapter)

    # 5 Rencana aksi
    chapter = document.chapter(tr("Action Plan", language))
    if not actions:
        chapter.paragraph(tr("The action plan is still empty: draft it with csiap:draftactionplan or add the "
                             "actions in the Rencana Aksi dock.", language))
    else:
        chapter.paragraph(tr("The actions in the order of their location's priority, with the households and "
                             "persons they serve, their cost and who pays it.", language))
        header, rows = action_table(path, language, actions)
        chapter.table(tr("Action plan", language), header, rows)
        by_funding, by_rw = action_totals(actions, language)
        chapter.table(tr("Cost by funding source (the community's cash and in-kind shares as swadaya)", language),
                      *by_funding, total=True)
        chapter.table(tr("Cost by RW", language), *by_rw, total=True)
        add_maps(chapter)
        for kind, file, _title in files:
            if kind == "atlas" and os.path.basename(file).startswith("peta_rencana_aksi"):
                chapter.paragraph(tr("The map has a page per RW (or RT) in {file}.", language).format(
                    file="peta/" + os.path.basename(file)))

    # 6 Proses partisipatif
    chapter = document.chapter(tr("Participatory Process", language))
    chapter.paragraph(tr("How the plan was made: the stages, the meetings and who attended, the KSM, and the "
                         "community's own diagrams.", language))
    process = {os.path.basename(file): file for kind, file, _title in files if kind == "process"}
    for section, caption, csv_name in (
            (tr("Planning Stages", language), tr("Stages of the participatory planning and their progress",
                                                  language), "tahapan.csv"),
            (tr("Rembuk and FGD", language), tr("Meetings: date, place, attendance of women and men, decisions",
                                                 language), "rembuk_fgd.csv"),
            (tr("KSM", language), tr("The KSM: roles and members", language), "ksm.csv")):
        chapter.section(section)
        header, rows = _csv(process[csv_name]) if csv_name in process else ([], [])
        if csv_name == "rembuk_fgd.csv" and header:
            # The page's width: the stage and the RT stay in the CSV.
            keep = [k for k, title in enumerate(header) if title not in (
                schema.layer("meetings").field("stage").alias.text(language),
                schema.layer("meetings").field("rt").alias.text(language))]
            header, rows = [header[k] for k in keep], [[row[k] for k in keep] for row in rows]
        if rows:
            chapter.table(caption, header, rows)
        else:
            chapter.paragraph(tr("Nothing recorded yet.", language))
    for section, caption, image in (
            (tr("Institutions Diagram", language), tr("Institutions diagram (Venn): importance and closeness of "
                                                     "each institution to the community", language),
             "diagram_kelembagaan.png"),
            (tr("Seasonal Calendar", language), tr("Seasonal calendar: rain, flooding, illness, income and work "
                                                "by month", language), "kalender_musim.png")):
        chapter.section(section)
        if image in process:
            chapter.figure(process[image], caption)
        else:
            chapter.paragraph(tr("Nothing recorded yet.", language))

    # 7 Sumber dan aturan
    chapter = document.chapter(tr("Sources and Rules", language))
    chapter.paragraph(DATA_SOURCES.text(language))
    chapter.items(provenance_lines())
    chapter.section(tr("Files of this annex", language))
    chapter.paragraph(tr("Beside this document, in the folder of the annex:", language))
    chapter.items(["{} — {}".format(title if kind != "process" else os.path.basename(file), os.path.join(
        os.path.basename(os.path.dirname(file)), os.path.basename(file))) for kind, file, title in files
        if kind in ("atlas", "table")])

    document.signature_page(tr("Approval", language), tr(
        "Agreed at ........................, on ........................", language),
        _signers(path, language, include_personal))
    return document


def _signers(path, language, include_personal):
    """The KSM chair, the Lurah and the TFL; their names only when personal data is asked for
    (the Lurah's name is not in the workspace: always a line to sign over)."""
    chair = facilitator = None
    if include_personal:
        chair = next((m.get("full_name") for m in read_rows(path, "ksm_members") if m.get("role") == "ketua"), None)
        meetings = sorted((m for m in read_rows(path, "meetings") if m.get("facilitator")),
                          key=lambda m: str(m.get("meeting_date") or ""))
        facilitator = meetings[-1]["facilitator"] if meetings else None
    return [(tr("Chair of the KSM", language), chair), (tr("Lurah", language), None),
            (tr("Facilitator (TFL)", language), facilitator)]


def _csv(path):
    with open(path, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    return (rows[0], rows[1:]) if rows else ([], [])
