"""csiap:draftactionplan — a draft rencana aksi from the location priorities and the newest scoring session."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterEnum

from ..i18n import tr
from .base import CsiapAlgorithm

LEVELS = ("RT", "RW")


class DraftActionPlan(CsiapAlgorithm):
    ID = "draftactionplan"
    GROUP = "plan"

    def displayName(self):
        return tr("Draft the action plan")

    def shortHelpString(self):
        return tr(
            "Proposes one action (kind: build) per RT or RW, in the order of the location priorities (the order "
            "the newest rembuk agreed, else the computed one), with the best-ranked option of the newest scoring "
            "session that the screening finds feasible there. Each row's households and persons served, volume "
            "(units needed), unit cost and total are computed from the households in the location's polygon and "
            "the workspace's unit costs, with their year and source. Locations marked 'survey first' get no "
            "action.\n\n"
            "A row a rembuk has agreed (status other than proposed, or edited so that it is no longer a draft) is "
            "never overwritten or deleted: a new draft replaces only the earlier drafted rows still proposed. "
            "Households served by two actions of the same kind are counted once, for the first in priority order. "
            "Run csiap:prioritiseareas and csiap:scoreoptions first.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Locations"), options=list(LEVELS),
                                                     defaultValue=0))
        self.add_language_parameter()
        self.addOutput(QgsProcessingOutputNumber("DRAFTED", tr("Actions drafted")))
        self.addOutput(QgsProcessingOutputNumber("REPLACED", tr("Earlier drafted actions replaced")))
        self.addOutput(QgsProcessingOutputNumber("KEPT", tr("Actions kept as they were")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace.actions import draft_action_plan

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        counts = draft_action_plan(path, level, language, feedback)
        feedback.pushInfo(tr("{drafted} actions drafted, {replaced} earlier drafts replaced, {kept} actions kept "
                             "(agreed or edited).", language).format(**counts))
        if counts["survey_first"]:
            feedback.pushWarning(tr("{count} locations are marked 'survey first' and got no action.",
                                    language).format(count=counts["survey_first"]))
        if counts["no_option"]:
            feedback.pushWarning(tr("{count} locations have no feasible ranked option in the newest scoring "
                                    "session and got no action.", language).format(count=counts["no_option"]))
        if counts["planned"]:
            feedback.pushInfo(tr("{count} locations already have an agreed building action and got no new "
                                 "proposal.", language).format(count=counts["planned"]))
        return {"DRAFTED": counts["drafted"], "REPLACED": counts["replaced"], "KEPT": counts["kept"]}
