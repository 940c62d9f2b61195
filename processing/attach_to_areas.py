"""csiap:attachtoareas — which RT/RW each feature lies in."""

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
)

from .. import compat
from ..i18n import tr
from .base import CsiapAlgorithm

OUTSIDE_FIELD = "outside_areas"


class AttachToAreas(CsiapAlgorithm):
    ID = "attachtoareas"
    GROUP = "analysis"

    def displayName(self):
        return tr("Attach to RT/RW")

    def shortHelpString(self):
        return tr(
            "Fills the RW and RT of households, facilities, problems and candidate sites from the RT "
            "polygons of a workspace (or its RW polygons where there are no RT yet), in one transaction.\n\n"
            "Or, without a workspace, copies the chosen fields of any polygon layer onto any layer: "
            "points take the polygon they lie in, lines and polygons the one they overlap most.\n\n"
            "A point exactly on a boundary shared by several areas goes to the area with the lowest "
            "code (compared as numbers). Features outside every area are kept, with empty codes, "
            "and counted.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter(optional=True)
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Features to attach (without a workspace)"), [compat.SOURCE_ANY_GEOMETRY], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "AREAS", tr("Areas (without a workspace)"), [compat.SOURCE_POLYGON], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "AREA_FIELDS", tr("Area fields to copy"), parentLayerParameterName="AREAS",
            allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Attached features"), optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("ATTACHED", tr("Features attached")))
        self.addOutput(QgsProcessingOutputNumber("OUTSIDE", tr("Features outside every area")))

    def run_algorithm(self, parameters, context, feedback):
        workspace_path = self.workspace_path(parameters, context)
        if workspace_path:
            return self._attach_workspace(workspace_path, feedback)
        return self._attach_layer(parameters, context, feedback)

    def _attach_workspace(self, path, feedback):
        from ..workspace.attach import attach_workspace

        summary, level = attach_workspace(path, feedback=feedback)
        attached = sum(count for count, _outside in summary.values())
        outside = sum(len(fids) for _count, fids in summary.values())
        for layer, (count, fids) in summary.items():
            feedback.pushInfo(tr("{layer}: {count} attached to {level}.").format(
                layer=layer, count=count, level=level.upper()))
            if fids:
                feedback.reportError(tr("{layer}: features {fids} lie outside every {level}.").format(
                    layer=layer, fids=", ".join(str(f) for f in fids), level=level.upper()))
        return {"OUTPUT": None, "ATTACHED": attached, "OUTSIDE": outside}

    def _attach_layer(self, parameters, context, feedback):
        from ..workspace.attach import AreaIndex

        source = self.parameterAsSource(parameters, "INPUT", context)
        areas = self.parameterAsSource(parameters, "AREAS", context)
        if source is None or areas is None:
            raise QgsProcessingException(tr("Give a workspace, or both the features and the areas."))
        # parameterAsStrings (3.32 on) replaces parameterAsFields, deprecated there.
        as_strings = getattr(self, "parameterAsStrings", self.parameterAsFields)
        names = as_strings(parameters, "AREA_FIELDS", context) or [
            f.name() for f in areas.fields()]
        added = QgsFields()
        for name in names:
            added.append(areas.fields().field(name))
        added.append(compat.make_field(OUTSIDE_FIELD, compat.BOOL))
        # Names already in the input get a suffix (rw -> rw_2) rather than overwriting it.
        fields = QgsProcessingUtils.combineFields(source.fields(), added)
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, source.wkbType(),
                                             source.sourceCrs())
        transform = QgsCoordinateTransform(areas.sourceCrs(), source.sourceCrs(), context.transformContext())
        index = AreaIndex(areas.getFeatures(), lambda f: tuple(f[n] for n in names), transform)
        total = source.featureCount() or 1
        attached = outside = 0
        for step, feature in enumerate(source.getFeatures()):
            if feedback.isCanceled():
                break
            code = index.code_for(feature.geometry())
            values = list(code) if code is not None else [None] * len(names)
            outside += code is None
            attached += code is not None
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(feature.attributes() + values + [code is None])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
            feedback.setProgress(100.0 * step / total)
        if outside:
            feedback.reportError(tr("{count} features lie outside every area; their area fields are empty.").format(
                count=outside))
        return {"OUTPUT": dest_id, "ATTACHED": attached, "OUTSIDE": outside}
