"""csiap:mergefield — the returned field packages merged back into the workspace, three-way, by uuid."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMultipleLayers,
)

from ..i18n import tr
from .base import CsiapAlgorithm


class MergeField(CsiapAlgorithm):
    ID = "mergefield"
    GROUP = "tools"

    def displayName(self):
        return tr("Merge field packages")

    def shortHelpString(self):
        return tr(
            "Brings the edits of field teams back into the workspace: choose the package.json (or any file) "
            "of each returned package folder. Each row is matched by its uuid and compared three ways: the "
            "package's base (the rows as packaged), the package, and the workspace now.\n\n"
            "A row changed only in a package takes the package's values; changes of different columns by "
            "different teams all apply; new rows are added, and a row deleted in the field is deleted where no "
            "one else changed it. The same column set to different values (by two teams, or by a team and the "
            "office since packaging), a moved point moved elsewhere too, and an edit against a delete are "
            "conflicts: they go to the layer 'Field merge conflicts', on the map, and nothing is overwritten "
            "until they are resolved in the conflicts panel, unless you choose a policy (office wins, field "
            "wins, newest wins; never for an edit against a delete).\n\n"
            "All in one transaction: a failure leaves the workspace as it was, and merging the same packages "
            "again changes nothing. A package from another kelurahan is refused; one from an older plugin is "
            "read as upgraded.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "PACKAGES", tr("Returned packages (their package.json)"), QgsProcessing.SourceType.TypeFile))
        self.addParameter(QgsProcessingParameterEnum(
            "POLICY", tr("Conflicts"), options=[
                tr("Keep them to resolve (nothing overwritten)"), tr("Office wins"), tr("Field wins"),
                tr("Newest wins")], defaultValue=0))
        self.add_language_parameter(tr("Language of the report"))
        self.add_report_parameter()
        self.addOutput(QgsProcessingOutputNumber("CHANGES", tr("Rows changed")))
        self.addOutput(QgsProcessingOutputNumber("CONFLICTS", tr("New conflicts")))
        self.addOutput(QgsProcessingOutputNumber("PHOTOS", tr("Photos copied")))

    def run_algorithm(self, parameters, context, feedback):
        from ..core import merge
        from ..workspace import field

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        policy = merge.POLICIES[self.parameterAsEnum(parameters, "POLICY", context)]
        folders = self.parameterAsFileList(parameters, "PACKAGES", context)
        result = field.merge_packages(path, folders, policy=policy, language=language, feedback=feedback)
        lines = field.report_lines(result, policy, language)
        for line in lines:
            feedback.pushInfo(line)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report:
            field.write_report(report, tr("Merge of field packages", language), lines)
        return {"CHANGES": result["changes"], "CONFLICTS": result["conflicts"], "PHOTOS": result["photos"],
                "REPORT": report or None}
