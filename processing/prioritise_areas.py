"""csiap:prioritiseareas — which RT or RW first: need, risk, problems named, readiness."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)

from ..core import reference, schema
from ..i18n import tr, ui_language
from .area_indicators import LEVELS  # the levels of the indicators that priorities rank
from .base import CsiapAlgorithm

# The SEASON choices: every problem, or those of one season (and those of all year).
SEASONS = (None, "rainy", "dry")


class PrioritiseAreas(CsiapAlgorithm):
    ID = "prioritiseareas"
    GROUP = "plan"

    def displayName(self):
        return tr("Prioritise locations")

    def shortHelpString(self):
        return tr(
            "Ranks the RTs (or RWs) of a workspace: which location first. Four criteria: need (households "
            "without safely managed access, and open defecation, from 'Area indicators and risk'), risk (the "
            "sanitation risk index, IRS), the problems residents named (count × severity, placed in their RT by "
            "location; the reasons give them by season, and SEASON counts only one season's and those of all "
            "year) and readiness (land available from a candidate site or the location itself, and whether at "
            "least one technical option is feasible, from 'Screen technical options'). The workspace records no "
            "willingness of residents; the reasons say so.\n\n"
            "The preset follows the SSK 'area berisiko' method (Buku Pedoman Pemutakhiran SSK 2017): each "
            "parameter is scored 1-4 by equal intervals over the locations compared, and the priority is the sum "
            "of weight × score. The guideline leaves the weights to the Pokja; the plugin's default is 25 % each "
            "(not official). Type your own as 'need=40, risk=30, problems=20, readiness=10' and say who set "
            "them: every weight is stored with its source. A fifth criterion, unsafe_excreta (the SFD's share of "
            "excreta not safely managed), weighs 0 unless you give it a weight.\n\n"
            "Locations with too little survey data are never ranked as low need: they are marked 'survey first', "
            "get no rank and come after all others. The results replace the location priorities of that level; "
            "an order agreed at a rembuk ('Record the agreed priorities') is kept apart and never lost.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Level"), options=list(LEVELS), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "WEIGHTS", tr("Weights (e.g. need=40, risk=30, problems=20, readiness=10; empty = preset)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "WEIGHTS_SOURCE", tr("Source of the weights (e.g. Pokja decision, date)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "SEASON", tr("Problems of"), options=[tr("every season")] + [
                schema.SEASON.label(s, ui_language()) for s in SEASONS[1:]], defaultValue=0))
        self.add_language_parameter()
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("Location priorities")))
        self.addOutput(QgsProcessingOutputNumber("RANKED", tr("Locations ranked")))
        self.addOutput(QgsProcessingOutputNumber("SURVEY_FIRST", tr("Locations to survey first")))

    def run_algorithm(self, parameters, context, feedback):
        from ..core.sfd import SfdError
        from ..workspace import WorkspaceError
        from ..workspace.priorities import compute_priorities, weights_from_text
        from ..workspace.project import layer_uri
        from ..workspace.sfd import unsafe_share

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        typed_source = self.parameterAsString(parameters, "WEIGHTS_SOURCE", context).strip()
        weights, source = weights_from_text(self.parameterAsString(parameters, "WEIGHTS", context), typed_source,
                                            language)
        if weights is not None and not typed_source:
            feedback.pushWarning(tr("The weights are your own but their source is empty: record who set them and "
                                    "when.", language))
        season = SEASONS[self.parameterAsEnum(parameters, "SEASON", context)]
        # The SFD's share of people whose excreta is not safely managed, per location (None: too little data):
        # a full SFD per location, so only made when the weights look at it (the preset weighs it 0).
        unsafe = None
        if ((reference.DEFAULT_PRIORITY_WEIGHTS if weights is None else weights).get("unsafe_excreta") or 0) > 0:
            try:
                unsafe = unsafe_share(path, level)
            except SfdError as error:
                raise WorkspaceError(error.text(language)) from None
        run = compute_priorities(path, level, weights, source, unsafe, language, feedback, season)
        self._report(run, language, feedback)
        ranked = sum(row["status"] == "ranked" for row in run.rows)
        return {"OUTPUT": layer_uri(path, "priorities"), "RANKED": ranked,
                "SURVEY_FIRST": len(run.rows) - ranked}

    def _report(self, run, language, feedback):
        feedback.pushInfo(run.rows[0]["method"] if run.rows else "")
        if run.problems_outside:
            feedback.pushWarning(tr("{count} problems lie outside every {level} and are not counted.",
                                    language).format(count=run.problems_outside, level=run.level))
        if not run.screened:
            feedback.pushWarning(tr("The options were not screened at {level} level: readiness counts the land "
                                    "only. Run 'Screen technical options' first.", language).format(level=run.level))
        for row in run.rows:
            place = "{} {}".format(schema.AREA_LEVEL.label(run.level, language), row["location_code"])
            rank = row["computed_rank"] if row["computed_rank"] is not None else "-"
            feedback.pushInfo("{}. {}: {}".format(rank, place, row["reasons"]))
