"""csiap:exportproposals — the Musrenbang proposal list and the RKM draft (XLSX and CSV)."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFolderDestination

from ..i18n import tr
from .base import CsiapAlgorithm


class ExportProposals(CsiapAlgorithm):
    ID = "exportproposals"
    GROUP = "plan"
    WRITES_WORKSPACE = False

    def displayName(self):
        return tr("Export Musrenbang list and RKM")

    def shortHelpString(self):
        return tr(
            "Writes the action plan as the kelurahan Musrenbang proposal list (usulan_musrenbang.xlsx and .csv: "
            "proposed activity, location (RT/RW), volume, unit, estimated cost, funding source, beneficiaries in "
            "households and persons, priority, proposed by) and the RKM draft (rkm.xlsx and .csv: activity, "
            "volume, a mark for each month it runs, responsible, and the community's swadaya in cash and in "
            "kind, Rp), in priority order, with option names.\n\n"
            "The figures are computed at export from the households in each action's area and the unit costs. "
            "The column set is the plugin's own: Permendagri 86/2017 sets the Musrenbang procedure, each "
            "kabupaten/kota its form; the files say so in their notes rows. No personal data is written. The "
            "workspace is only read.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.add_language_parameter(tr("Language of the tables"))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("FILES", tr("Files written")))

    def run_algorithm(self, parameters, context, feedback):
        from ..report.plan_tables import write_plan_tables

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        files = write_plan_tables(path, folder, language, feedback)
        for name in files:
            feedback.pushInfo(name)
        return {"OUTPUT_FOLDER": folder, "FILES": len(files)}
