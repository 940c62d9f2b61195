"""csiap:agreepriorities — the order of locations a rembuk agreed, with a reason for each change."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterEnum, QgsProcessingParameterString

from ..i18n import tr
from .area_indicators import LEVELS  # the levels of the indicators that priorities rank
from .base import CsiapAlgorithm


class AgreePriorities(CsiapAlgorithm):
    ID = "agreepriorities"
    GROUP = "plan"

    def displayName(self):
        return tr("Record the agreed priorities")

    def shortHelpString(self):
        return tr(
            "Stores the order of locations a rembuk agreed, with the meeting that agreed it. ORDER: the location "
            "codes first to last, separated by commas, as the priorities name them (an RT as RW/RT, e.g. "
            "'002/001, 001/003'; an RW by its number). REASONS: for every location whose agreed place differs "
            "from its computed rank, the rembuk's reason, as 'code=reason; code=reason'; a change without a "
            "reason is refused, naming the location.\n\n"
            "MEETING: the meeting's id or its title in the workspace's meetings. Every meeting's agreement is "
            "kept; the plan follows the newest meeting's (by its date). The same meeting agreeing again replaces "
            "its own order for that level. An unknown meeting or location is refused by name, and nothing is "
            "written.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterString("MEETING", tr("Meeting (id or title)")))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Level"), options=list(LEVELS), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            "ORDER", tr("Agreed order (location codes, first to last, e.g. 002/001, 001/003)")))
        self.addParameter(QgsProcessingParameterString(
            "REASONS", tr("Reasons for changes (code=reason; code=reason)"), optional=True, multiLine=True))
        self.add_language_parameter()
        self.addOutput(QgsProcessingOutputNumber("AGREED", tr("Locations in the agreed order")))
        self.addOutput(QgsProcessingOutputNumber("CHANGED", tr("Locations moved from the computed rank")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace.priorities import agree_priorities

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        rows = agree_priorities(path, self.parameterAsString(parameters, "MEETING", context),
                                level, self.parameterAsString(parameters, "ORDER", context),
                                self.parameterAsString(parameters, "REASONS", context), language)
        changed = [r for r in rows if r["moved"]]   # a place inside a tie is no change
        for row in rows:
            computed = row["computed_rank"] if row["computed_rank"] is not None else "-"
            line = tr("{rank}. {code} (computed {computed})", language).format(
                rank=row["agreed_rank"], code=row["location_code"], computed=computed)
            if row["change_reason"]:
                line += ": " + row["change_reason"]
            feedback.pushInfo(line)
        return {"AGREED": len(rows), "CHANGED": len(changed)}
