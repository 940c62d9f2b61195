"""csiap:upgradeworkspace — bring a workspace made by an older CSIAP Planner to this one's schema."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString

from .. import compat
from ..core import schema
from ..i18n import tr
from .base import CsiapAlgorithm


class UpgradeWorkspace(CsiapAlgorithm):
    ID = "upgradeworkspace"
    GROUP = "tools"

    def displayName(self):
        return tr("Upgrade workspace")

    def shortHelpString(self):
        return tr(
            "Brings a workspace made by an older CSIAP Planner to the schema of this one, so the other "
            "algorithms can work in it: new layers, fields, code lists, forms and default styles are added; "
            "nothing is removed and every row stays.\n\n"
            "Copies of the old GeoPackage and project are kept beside them (name.schema1.gpkg, "
            "name.schema1.qgz). Close the workspace's project before upgrading it. A workspace that is "
            "already current is left as it is.\n\n"
            "A PostGIS workspace (postgresql://…?schema=…) is upgraded in place, in one transaction that only "
            "adds; its project, kept in the schema, gets the new layers and forms.")

    def flags(self):
        # The main thread: it looks at the open project, whose layers must not read the file being replaced.
        return super().flags() | compat.ALGORITHM_NO_THREADING

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addOutput(QgsProcessingOutputString("WORKSPACE", tr("Workspace")))
        self.addOutput(QgsProcessingOutputNumber("VERSION", tr("Schema version")))
        self.addOutput(QgsProcessingOutputString("BACKUPS", tr("Copies of the old files")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace import WorkspaceError, open_workspace
        from ..workspace.project import same_file, workspace_source
        from ..workspace.upgrade import upgrade_workspace

        workspace = open_workspace(self.parameterAsFile(parameters, "WORKSPACE", context))
        path = workspace.path
        project = context.project()
        open_here = [workspace_source(layer)[0] for layer in (project.mapLayers().values() if project else ())]
        if any(source and same_file(source, path) for source in open_here):
            raise WorkspaceError(tr("The open project uses this workspace. Close the project first, or upgrade the "
                                    "workspace from the menu CSIAP Planner → Open workspace…"))
        backups = upgrade_workspace(path, feedback)
        if backups:
            feedback.pushInfo(tr("Upgraded to schema version {version}. The old files are kept as: {files}").format(
                version=schema.SCHEMA_VERSION, files=", ".join(backups)))
        elif workspace.version < schema.SCHEMA_VERSION:   # a PostGIS workspace: upgraded in place
            feedback.pushInfo(tr("Upgraded to schema version {version} in place; nothing was removed.").format(
                version=schema.SCHEMA_VERSION))
        else:
            feedback.pushInfo(tr("The workspace is already at schema version {version}; nothing to do.").format(
                version=schema.SCHEMA_VERSION))
        return {"WORKSPACE": path, "VERSION": schema.SCHEMA_VERSION, "BACKUPS": ";".join(backups)}
