"""csiap:processfigures — the Venn diagram, seasonal calendar, stages, meetings and KSM tables."""

from qgis.core import (
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from .. import compat
from ..core import reference
from ..i18n import tr
from .base import CsiapAlgorithm


class ProcessFigures(CsiapAlgorithm):
    ID = "processfigures"
    GROUP = "plan"
    WRITES_WORKSPACE = False

    def displayName(self):
        return tr("Process figures and tables")

    def shortHelpString(self):
        return tr(
            "Draws the Venn diagram of institutions (circle size: importance; distance from the community: "
            "closeness) and the seasonal calendar (months × items, intensity 0-3 as shading and dots), as SVG "
            "and PNG, and writes the stages with their progress, the meetings with attendance by gender and the "
            "KSM roles as CSV tables, in the chosen language.\n\n"
            "Meetings where women were fewer than the threshold of those attending are marked (default 30 %: "
            "the participation target of community-based programmes, not a regulation). Names of KSM members "
            "and facilitators are left out unless asked for; NIK and phone numbers never appear.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterNumber(
            "WOMEN_THRESHOLD", tr("Warn where women are fewer than (% of those attending)"),
            compat.DOUBLE_NUMBER, defaultValue=reference.WOMEN_ATTENDANCE_MIN_PCT.value, minValue=0, maxValue=100))
        self.addParameter(QgsProcessingParameterBoolean(
            "INCLUDE_PERSONAL", tr("Include names of people (not for public annexes)"), defaultValue=False))
        self.add_language_parameter()
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputMultipleLayers("FILES", tr("Files written")))

    def run_algorithm(self, parameters, context, feedback):
        from ..report.process_figures import export_figures

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        files = export_figures(path, folder, language,
                               self.parameterAsBoolean(parameters, "INCLUDE_PERSONAL", context),
                               self.parameterAsDouble(parameters, "WOMEN_THRESHOLD", context))
        for name in files:
            feedback.pushInfo(name)
        return {"OUTPUT_FOLDER": folder, "FILES": files}
