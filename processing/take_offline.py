"""csiap:takeoffline — a shared (PostGIS) workspace copied into a new GeoPackage workspace for the field."""

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
)

from ..i18n import tr
from .base import CsiapAlgorithm
from .publish_workspace import target_parameter


class TakeOffline(CsiapAlgorithm):
    ID = "takeoffline"
    GROUP = "tools"
    # Reads the shared workspace only: the GeoPackage is a new file.
    WRITES_WORKSPACE = False

    def displayName(self):
        return tr("Take workspace offline")

    def shortHelpString(self):
        return tr(
            "Copies a shared workspace (a schema of a PostgreSQL/PostGIS database: a QGIS connection name and "
            "the schema, 'service=… schema=…' or 'postgresql://…?schema=…') into a new workspace GeoPackage with "
            "its QGIS project, as 'Create workspace' writes them: every layer and row, the forms, code lists and "
            "styles. Take it where there is no network (field packages for the teams are made from it as from "
            "any workspace), then bring the work back with 'Publish workspace'.\n\n"
            "An existing workspace is never replaced silently: tick 'Replace an existing workspace' to replace "
            "it; its GeoPackage and project are then kept beside it as name.backup-date-time.gpkg and .qgz.")

    def initAlgorithm(self, config=None):
        self.addParameter(target_parameter("SOURCE", tr("Shared workspace (PostGIS connection and schema)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Workspace"), tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE", tr("Replace an existing workspace (its files are kept as a dated backup)"),
            defaultValue=False))
        self.addOutput(QgsProcessingOutputFile("PROJECT", tr("QGIS project")))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows copied")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace import WorkspaceError, publish

        source = self.parameterAsString(parameters, "SOURCE", context).strip()
        if not source:
            raise WorkspaceError(tr("Give the shared workspace to take offline."))
        gpkg, project, counts = publish.take_offline(
            source, self.parameterAsFileOutput(parameters, "OUTPUT", context),
            overwrite=self.parameterAsBoolean(parameters, "OVERWRITE", context), feedback=feedback)
        for line in publish.summary_lines(counts, None):
            feedback.pushInfo(line)
        feedback.pushInfo(tr("Workspace written: {path}").format(path=gpkg))
        feedback.pushInfo(tr("Project written: {path}").format(path=project))
        return {"OUTPUT": gpkg, "PROJECT": project, "ROWS": publish.totals(counts).added}
