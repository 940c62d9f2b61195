"""csiap:exportannex — the CSIAP annex bundle: maps, atlas pages, tables, figures, the document."""

from qgis.core import (
    Qgis,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
)

from .. import compat
from ..i18n import tr
from .base import CsiapAlgorithm


class ExportAnnex(CsiapAlgorithm):
    ID = "exportannex"
    GROUP = "plan"
    WRITES_WORKSPACE = False

    def flags(self):
        # QGIS before 3.40 logs "Cannot load HTML based item label in background threads"
        # for every label of a layout made in a task (its label item's constructor), and
        # layouts made on the main thread but drawn in a task trip Qt's thread checks. There,
        # run on the main thread, as QGIS's own layout exports do; the dialog stays live
        # through the progress of every page. Later QGIS draws them in the background.
        if Qgis.QGIS_VERSION_INT < 34000:
            return super().flags() | compat.ALGORITHM_NO_THREADING
        return super().flags()

    def displayName(self):
        return tr("Export the CSIAP annex")

    def shortHelpString(self):
        return tr(
            "Writes the mapped annexes of the CSIAP into one folder: the social, problems, risk, location "
            "priorities and action plan maps (overview and one page per RW or RT) as PDF and PNG from the layout "
            "templates (A3 landscape or A1 poster for the rembuk, A4 portrait for the annex; a template saved in "
            "your profile folder csiap_planner/templates/ is used instead of ours); the tables (indicators, "
            "problems per RT, screening, scores, ranking, priorities, the action plan) as XLSX and CSV; the "
            "Musrenbang proposal list and the RKM draft; the excreta flow diagrams (SFD) of the kelurahan and of "
            "each RW with their assumption register; the Venn diagram, seasonal calendar, stages and meetings; "
            "the annex document (PDF) in a CSIAP's order (seven numbered chapters, numbered captions, maps on "
            "landscape pages, a signature page) with its contents, page numbers and sources; and manifest.json "
            "listing every file.\n\n"
            "By default no names, NIK or phone numbers appear in any file.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.add_language_parameter(tr("Language of the annex"))
        self.addParameter(QgsProcessingParameterEnum(
            "PAPER", tr("Paper"), options=[tr("A3 landscape"), tr("A1 poster"), tr("A4 portrait")], defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "ATLAS_LEVEL", tr("A page per"), options=[tr("None (overview only)"), "RW", "RT"], defaultValue=1))
        self.addParameter(QgsProcessingParameterBoolean(
            "INCLUDE_PERSONAL", tr("Include names of people (not for public annexes)"), defaultValue=False))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("FILES", tr("Files written")))

    def run_algorithm(self, parameters, context, feedback):
        from ..core.annex import ATLAS_LEVELS, PAPERS
        from ..report.annex import export_annex

        path = self.workspace_path(parameters, context)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        manifest = export_annex(
            path, folder, self.language(parameters, context),
            PAPERS[self.parameterAsEnum(parameters, "PAPER", context)],
            ATLAS_LEVELS[self.parameterAsEnum(parameters, "ATLAS_LEVEL", context)],
            self.parameterAsBoolean(parameters, "INCLUDE_PERSONAL", context), feedback)
        for entry in manifest:
            feedback.pushInfo(entry["file"])
        return {"OUTPUT_FOLDER": folder, "FILES": len(manifest)}
