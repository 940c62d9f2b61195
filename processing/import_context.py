"""csiap:importcontext — the surrounding kelurahan, for the inset of the annex maps."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from .. import compat
from ..i18n import tr
from .base import CsiapAlgorithm


class ImportContext(CsiapAlgorithm):
    ID = "importcontext"
    GROUP = "workspace"

    def displayName(self):
        return tr("Import surrounding areas")

    def shortHelpString(self):
        return tr(
            "The other kelurahan of the kecamatan (or whatever areas surround the workspace's kelurahan), for the "
            "inset of the annex maps: the kelurahan is shown in its kecamatan, its neighbours named.\n\n"
            "Give the field with the area's name; features of one name (the RW of one kelurahan) become one area. "
            "With a kecamatan field, the features of the kecamatan that covers most of the kelurahan are taken; "
            "without one, those within the distance. They replace the surrounding areas already there; nothing is "
            "analysed on them.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Kelurahan (or RW) polygons of the city or kecamatan"), [compat.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterField("NAME_FIELD", tr("Area name field"),
                                                      parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterField("KECAMATAN_FIELD", tr("Kecamatan field"),
                                                      parentLayerParameterName="INPUT", optional=True))
        self.addParameter(QgsProcessingParameterDistance(
            "DISTANCE", tr("Without a kecamatan field: areas within"), defaultValue=2000.0, minValue=0.0,
            parentParameterName="INPUT"))
        self.add_language_parameter()
        self.addOutput(QgsProcessingOutputNumber("AREAS", tr("Surrounding areas stored")))
        self.addOutput(QgsProcessingOutputString("KECAMATAN", tr("Kecamatan")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace.context import import_context

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        count, kecamatan = import_context(
            path, self.parameterAsSource(parameters, "INPUT", context),
            self.parameterAsString(parameters, "NAME_FIELD", context),
            self.parameterAsString(parameters, "KECAMATAN_FIELD", context) or None,
            self.parameterAsDouble(parameters, "DISTANCE", context), language,
            context.transformContext(), feedback)
        feedback.pushInfo(tr("{count} surrounding areas stored.", language).format(count=count))
        return {"AREAS": count, "KECAMATAN": kecamatan or ""}
