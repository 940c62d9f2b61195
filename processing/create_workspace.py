"""csiap:createworkspace — a new workspace GeoPackage and its QGIS project."""

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..compat import SOURCE_POLYGON
from ..i18n import tr
from .base import WORKSPACE_FILTER, CsiapAlgorithm


class CreateWorkspace(CsiapAlgorithm):
    ID = "createworkspace"
    GROUP = "workspace"

    def displayName(self):
        return tr("Create workspace")

    def shortHelpString(self):
        return tr(
            "Creates the planning workspace of one kelurahan: a GeoPackage holding every layer and "
            "table of the CSIAP data model (RW, RT, households, facilities, problems, meetings, "
            "scoring and more) with forms and styles, and a QGIS project beside it.\n\n"
            "Give a boundary layer to draw the kelurahan outline and to choose the UTM zone "
            "automatically, or choose a projected CRS yourself.\n\n"
            "An existing workspace is never replaced silently: tick 'Replace an existing workspace' to "
            "replace it; its GeoPackage and project are then kept beside it as name.backup-date-time.gpkg "
            "and .qgz.\n\n"
            "A workspace shared by several editors lives in a PostgreSQL/PostGIS database: type its reference as "
            "the workspace, for example postgresql://user@host:5432/database?schema=pondok_pinang (one schema per "
            "kelurahan; the project is kept in the schema). A schema being replaced is kept as "
            "schema_backup_date_time.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString("KELURAHAN", tr("Kelurahan / desa name")))
        self.addParameter(QgsProcessingParameterString(
            "KODE", tr("Kemendagri code of the kelurahan"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "BOUNDARY", tr("Kelurahan boundary"), [SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            "CRS", tr("CRS (empty: the UTM zone of the boundary)"), optional=True))
        self.add_language_parameter()
        for name, label in (("KECAMATAN", tr("Kecamatan")), ("KOTA_KABUPATEN", tr("City / regency")),
                            ("PROVINSI", tr("Province"))):
            self.add_advanced_parameter(QgsProcessingParameterString(name, label, optional=True))
        # A GeoPackage file, or a PostGIS schema typed as its reference (a new schema).
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Workspace (GeoPackage file, or PostGIS: postgresql://…?schema=…)"), WORKSPACE_FILTER()))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE", tr("Replace an existing workspace (its files are kept as a dated backup)"),
            defaultValue=False))
        self.addOutput(QgsProcessingOutputFile("PROJECT", tr("QGIS project")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace import create_workspace
        from ..workspace.boundaries import city_wide_warning
        from ..workspace.project import shown
        from ..workspace.storage import is_postgis

        boundary = self.parameterAsSource(parameters, "BOUNDARY", context)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if is_postgis(output) and output.startswith("./"):
            # The dialog's destination widget reads "Pokja|schema=x" as a relative file name (measured).
            output = output[2:]
        gpkg, project = create_workspace(
            output,
            self.parameterAsString(parameters, "KELURAHAN", context),
            language=self.language(parameters, context),
            kemendagri_code=self.parameterAsString(parameters, "KODE", context),
            kecamatan=self.parameterAsString(parameters, "KECAMATAN", context),
            kota_kabupaten=self.parameterAsString(parameters, "KOTA_KABUPATEN", context),
            provinsi=self.parameterAsString(parameters, "PROVINSI", context),
            boundary=boundary,
            crs=crs if crs.isValid() else None,
            transform_context=context.transformContext(),
            feedback=feedback,
            overwrite=self.parameterAsBoolean(parameters, "OVERWRITE", context),
        )
        warning = city_wide_warning(boundary, gpkg, self.language(parameters, context))
        if warning:   # a whole city's layer merged into one "kelurahan"
            feedback.pushWarning(warning)
        feedback.pushInfo(tr("Workspace written: {path}").format(path=shown(gpkg)))
        feedback.pushInfo(tr("Project written: {path}").format(path=shown(project)))
        return {"OUTPUT": gpkg, "PROJECT": project}
