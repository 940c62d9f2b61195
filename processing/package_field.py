"""csiap:packagefield — a copy of the workspace for one field team's tablet (QField, Mergin Maps)."""

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputFolder,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..i18n import tr
from .base import CsiapAlgorithm


class PackageField(CsiapAlgorithm):
    ID = "packagefield"
    GROUP = "tools"
    # Reads the workspace only: the package is a new folder.
    WRITES_WORKSPACE = False

    def displayName(self):
        return tr("Package for a field team")

    def shortHelpString(self):
        return tr(
            "Writes a folder for one field team or tablet: a GeoPackage with the layers the team edits "
            "(households, facilities, problems, candidate sites, the action plan; the boundaries and meetings "
            "read-only), optionally only the team's RW, a QGIS project with the forms and styles that QField "
            "and Mergin Maps open (relative paths only), the photos under DCIM/, and a read-only copy of the "
            "rows as packaged (base.gpkg), which 'Merge field packages' compares against to bring the team's "
            "edits back without losing anyone's.\n\n"
            "The team name and the time are kept in package.json, with the workspace's kelurahan and schema "
            "version: a package is merged only into the workspace it was made from. A basemap (an MBTiles or "
            "GeoPackage raster you have) can be added; the plugin never downloads one.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterString("TEAM", tr("Team or device name")))
        self.addParameter(QgsProcessingParameterString("RW", tr("Only this RW (its number; empty: the whole "
                                                                "kelurahan)"), optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "BASEMAP", tr("Basemap (MBTiles or GeoPackage raster)"), optional=True,
            fileFilter="MBTiles / GeoPackage (*.mbtiles *.gpkg)"))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Package folder")))
        self.addOutput(QgsProcessingOutputFolder("FOLDER", tr("Package folder")))
        self.addOutput(QgsProcessingOutputFile("PROJECT", tr("Project for QField")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace import field

        path = self.workspace_path(parameters, context)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        team = self.parameterAsString(parameters, "TEAM", context)
        rw = self.parameterAsString(parameters, "RW", context).strip() or None
        basemap = self.parameterAsFile(parameters, "BASEMAP", context) or None
        metadata = field.make_package(path, folder, team, rw=rw, basemap=basemap, feedback=feedback)
        feedback.pushInfo(tr("Package of {team} written to {folder} ({photos} photos).").format(
            team=metadata["team"], folder=folder, photos=len(metadata["photos"])))
        return {"FOLDER": folder, "PROJECT": field.project_file(folder), "OUTPUT_FOLDER": folder}
