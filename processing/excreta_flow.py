"""csiap:excretaflow — the excreta flow diagram (SFD) of the kelurahan, each RW or each RT."""

from qgis.core import (
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from .. import compat
from ..core import reference
from ..i18n import tr
from .base import CsiapAlgorithm

# Parameter name → the Assumptions field it sets.
ASSUMPTION_PARAMETERS = {
    "IPLT_TREATED": "iplt_treated_pct",
    "IPAL_FUNCTIONING": "ipal_functioning_pct",
    "SEWER_TREATED": "sewer_treated_pct",
    "SHALLOW_GROUNDWATER": "shallow_groundwater_m",
    "NEAR_SOURCE_SHARE": "near_source_share_pct",
    "GROUNDWATER_DRINKING_SHARE": "groundwater_drinking_share_pct",
}


class ExcretaFlow(CsiapAlgorithm):
    ID = "excretaflow"
    GROUP = "analysis"
    WRITES_WORKSPACE = False

    def displayName(self):
        return tr("Excreta flow diagram (SFD)")

    def shortHelpString(self):
        return tr(
            "Draws the excreta flow diagram (SFD, SuSanA) of the kelurahan, each RW or each RT from the household "
            "survey: each household's system is placed in a cell of the SFD Manual's selection grid (e.g. "
            "T1A2C5); shares are of people (household members). Green arrows run to the right for what is "
            "safely managed; red arrows turn down where excreta reach the environment; arrow widths are the "
            "shares. A drain (saluran, got), open or covered, is 'not contained' (SFD FAQ 41); an IPAL komunal's "
            "network is a decentralised sewer (FAQ 29); 'emptied' means a substantial part of the sludge was "
            "removed (FAQ 28).\n\n"
            "A household whose answers do not decide its cell counts in the 'unknown' share, shown as such. "
            "What a survey cannot tell is an assumption with a stated default: the share the IPLT treats (FAQ 21's "
            "guiding values: 0 %, 50 % or 95 %), the share of IPAL komunal that function, the city sewer's plant. "
            "The groundwater pollution risk (T1 low, T2 significant) is answered from the RTs' groundwater depth, "
            "the wells' distance to the containers and the drinking-water sources.\n\n"
            "Writes per area the SFD matrix (cells, p, F3, F4, F5, W4, W5) as CSV, the flows as CSV, and the "
            "diagram as SVG and PNG; beside them the assumption register and a summary. Areas with too little "
            "data get no diagram, and the summary says why. Optionally, a second diagram per area 'after the action "
            "plan': the options of its building actions applied to the households in their service area (a sewer "
            "or IPAL komunal connects every household, a septic tank serves those whose excreta are not contained, "
            "an MCK those without a toilet). The workspace is not changed.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            "LEVEL", tr("Level"), options=[tr("Kelurahan"), "RW", "RT"], defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "IPLT_TREATED", tr("Sludge treated at the IPLT (% of what it receives; SFD FAQ 21: 0, 50 or 95)"),
            compat.DOUBLE_NUMBER, defaultValue=reference.SFD_IPLT_TREATED_PCT.value, minValue=0, maxValue=100))
        self.addParameter(QgsProcessingParameterNumber(
            "IPAL_FUNCTIONING", tr("IPAL komunal that function (%)"),
            compat.DOUBLE_NUMBER, defaultValue=reference.SFD_IPAL_FUNCTIONING_PCT.value, minValue=0, maxValue=100))
        advanced = [
            QgsProcessingParameterNumber(
                "SEWER_TREATED", tr("Wastewater treated by the city sewer's plant (%)"), compat.DOUBLE_NUMBER,
                defaultValue=reference.SFD_SEWER_TREATED_PCT.value, minValue=0, maxValue=100),
            QgsProcessingParameterNumber(
                "SHALLOW_GROUNDWATER", tr("Groundwater counts as shallow under (m)"), compat.DOUBLE_NUMBER,
                defaultValue=reference.SFD_SHALLOW_GROUNDWATER_M.value, minValue=0, maxValue=100),
            QgsProcessingParameterNumber(
                "NEAR_SOURCE_SHARE", tr("Significant risk where wells under 10 m from a container are at least "
                                        "(% of households)"), compat.DOUBLE_NUMBER,
                defaultValue=reference.SFD_NEAR_SOURCE_SHARE_PCT.value, minValue=0, maxValue=100),
            QgsProcessingParameterNumber(
                "GROUNDWATER_DRINKING_SHARE", tr("Groundwater counts as a drinking source from (% of people)"),
                compat.DOUBLE_NUMBER, defaultValue=reference.SFD_GROUNDWATER_DRINKING_SHARE_PCT.value,
                minValue=0, maxValue=100),
            QgsProcessingParameterNumber(
                "MIN_SURVEYED", tr("Fewest surveyed households for a diagram"), compat.INTEGER_NUMBER,
                defaultValue=int(reference.MIN_SURVEYED_HOUSEHOLDS.value), minValue=1),
        ]
        for parameter in advanced:
            self.add_advanced_parameter(parameter)
        self.addParameter(QgsProcessingParameterBoolean(
            "AFTER_PLAN", tr("Also draw the SFD after the action plan (its options applied to the households they "
                             "serve)"), defaultValue=False))
        self.add_language_parameter()
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputMultipleLayers("FILES", tr("Files written")))
        self.addOutput(QgsProcessingOutputNumber("AREAS", tr("Areas drawn")))
        self.addOutput(QgsProcessingOutputNumber("THIN", tr("Areas without a diagram")))

    def run_algorithm(self, parameters, context, feedback):
        from ..core.sfd import Assumptions, SfdError
        from ..report.sfd_diagram import export_diagrams
        from ..workspace import WorkspaceError
        from ..workspace.sfd import LEVELS, area_diagrams, ipal_condition

        path = self.workspace_path(parameters, context)
        if not path:
            raise WorkspaceError(tr("Choose a workspace."))
        language = self.language(parameters, context)
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        assumptions = Assumptions(**{field: self.parameterAsDouble(parameters, name, context)
                                     for name, field in ASSUMPTION_PARAMETERS.items()})
        minimum = self.parameterAsInt(parameters, "MIN_SURVEYED", context)
        try:
            diagrams = area_diagrams(path, level, assumptions, minimum, feedback)
            planned = (area_diagrams(path, level, assumptions, minimum, feedback, after_the_plan=True)
                       if self.parameterAsBoolean(parameters, "AFTER_PLAN", context) else [])
        except SfdError as error:
            raise WorkspaceError(error.text(language)) from None
        plants, known, functioning = ipal_condition(path)
        if known:
            message = tr("The workspace maps {plants} IPAL komunal; {functioning} of the {known} with a recorded "
                         "condition are in good or fair condition ({share:.0f} %). The diagram assumes {used:g} % "
                         "function.", language)
            feedback.pushInfo(message.format(plants=plants, functioning=functioning, known=known,
                                             share=100.0 * functioning / known, used=assumptions.ipal_functioning_pct))
        files, figures = export_diagrams(diagrams, folder, language, assumptions, feedback)
        if planned:
            more_files, more_figures = export_diagrams(planned, folder, language, assumptions, feedback)
            files += [f for f in more_files if f not in files]
            figures += more_figures
        if feedback.isCanceled():
            raise WorkspaceError(tr("Cancelled.", language))
        for sfd in diagrams + planned:
            if sfd.drawable:
                feedback.pushInfo(tr("{code}: safely managed {safe:.0f} %, not safely managed {unsafe:.0f} %, "
                                     "unknown {unknown:.0f} % of people ({risk}).", language).format(
                    code=sfd.code + (" " + tr("(after the action plan)", language) if sfd.after_plan else ""),
                    safe=sfd.flows["safe"], unsafe=sfd.flows["unsafe"], unknown=sfd.flows["unknown"],
                    risk=sfd.risk.code))
            elif not sfd.after_plan:   # said once, for the diagram of now
                feedback.pushWarning("{}: {}".format(sfd.code, sfd.reason_text(language)))
        return {"OUTPUT_FOLDER": folder, "FILES": files, "AREAS": sum(1 for sfd in diagrams if sfd.drawable),
                "THIN": sum(1 for sfd in diagrams if not sfd.drawable)}
