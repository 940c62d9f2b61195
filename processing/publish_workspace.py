"""csiap:publishworkspace — a workspace's rows copied by uuid into a shared (PostGIS) workspace."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..i18n import tr
from .base import CsiapAlgorithm

COUNTS = ("ADDED", "UPDATED", "UNCHANGED", "KEPT", "DELETED")


def target_parameter(name, label):
    """A workspace reference typed or pasted: a PostGIS schema (or a GeoPackage path)."""
    return QgsProcessingParameterString(name, label)


class PublishWorkspace(CsiapAlgorithm):
    ID = "publishworkspace"
    GROUP = "tools"

    def displayName(self):
        return tr("Publish workspace")

    def shortHelpString(self):
        return tr(
            "Copies every layer of a workspace (a kelurahan's GeoPackage) into a shared workspace, a schema of a "
            "PostgreSQL/PostGIS database where several people work: a QGIS connection name and the schema "
            "('Pokja Kota|schema=pondok_pinang'), 'service=pokja schema=pondok_pinang', or "
            "'postgresql://user@host:5432/db?schema=pondok_pinang'. Where the schema does not exist yet it is "
            "made, with the same layers, fields, code lists, styles and schema version.\n\n"
            "Rows are matched by their uuid: a row the shared workspace lacks is added, one it has is updated "
            "with this workspace's values, so publishing again only brings the edits made since and never "
            "doubles a row.\n\n"
            "Rows only in the shared workspace are kept: they are another editor's work, or rows deleted here "
            "since the last publish, and the two cannot be told apart. Tick 'Delete the rows this workspace "
            "lacks' (DELETE_MISSING) only where this workspace holds everybody's work (for example a kelurahan "
            "taken offline and edited only there): the shared workspace then becomes its copy and every row it "
            "lacks is deleted.\n\n"
            "A shared workspace of another kelurahan, of another schema version or in another CRS is refused. "
            "Everything is written in one transaction: a failure leaves the shared workspace as it was.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(target_parameter("TARGET", tr("Shared workspace (PostGIS connection and schema)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "DELETE_MISSING", tr("Delete the rows this workspace lacks (the shared workspace becomes its copy)"),
            defaultValue=False))
        self.addOutput(QgsProcessingOutputString("TARGET", tr("Shared workspace")))
        for name, label in zip(COUNTS, (tr("Rows added"), tr("Rows updated"), tr("Rows unchanged"),
                                        tr("Rows only in the shared workspace, kept"), tr("Rows deleted"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace import WorkspaceError, publish

        source = self.workspace_path(parameters, context)
        target = self.parameterAsString(parameters, "TARGET", context).strip()
        if not target:
            raise WorkspaceError(tr("Give the shared workspace to publish into."))
        counts = publish.copy_workspace(source, target, self.parameterAsBoolean(parameters, "DELETE_MISSING", context),
                                        feedback=feedback)
        # The layers to reload after the run are the shared workspace's: it is the one written.
        self.workspace = target
        for line in publish.summary_lines(counts, None):
            feedback.pushInfo(line)
        total = publish.totals(counts)
        result = {"TARGET": target}
        result.update(zip(COUNTS, (total.added, total.updated, total.unchanged, total.kept, total.deleted)))
        return result
