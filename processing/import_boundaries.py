"""csiap:importboundaries — RW or RT polygons from any vector layer, checked and reported."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from .. import compat
from ..core import schema
from ..i18n import tr
from .base import CsiapAlgorithm

LEVELS = ("RW", "RT")
DEFECT_FIELDS = (("input_fid", compat.INT), ("kelurahan", compat.STRING), ("level", compat.STRING),
                 ("code", compat.STRING), ("defect", compat.STRING), ("action", compat.STRING),
                 ("detail", compat.STRING), ("message", compat.STRING), ("area_m2", compat.DOUBLE))


class ImportBoundaries(CsiapAlgorithm):
    ID = "importboundaries"
    GROUP = "workspace"

    def displayName(self):
        return tr("Import RW/RT boundaries")

    def shortHelpString(self):
        return tr(
            "Imports RW or RT polygons from any vector layer (shapefile, GeoPackage, GeoJSON, KML) into a "
            "workspace: codes such as 'RW 03', '03' and '3' are read as the same RW; a kelurahan can be taken "
            "out of a city-wide layer by its name (case, spacing and 'Kelurahan'/'Kel.' ignored); geometries are "
            "reprojected and repaired.\n\n"
            "Every defect is reported per feature: empty or unreadable codes, a code used twice in one "
            "kelurahan (its polygons are merged), invalid geometries (repaired, or rejected when nothing is "
            "left), an RT outside its RW, overlaps and gaps between neighbours above the tolerance, areas "
            "outside the kelurahan. Rejected features are kept in their own layer with the reason; input "
            "features = imported + rejected + left out by the kelurahan filter. Features wholly outside the "
            "workspace's kelurahan are rejected, never merged in; with a kecamatan field, a kelurahan is taken "
            "from its own kecamatan only (two kelurahan of one name are never merged).\n\n"
            "With 'Only check' nothing is written: use it on a whole city's layer before choosing what to "
            "import.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", tr("RW or RT polygons"),
                                                              [compat.SOURCE_POLYGON]))
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Level"), options=list(LEVELS), defaultValue=0))
        self.addParameter(QgsProcessingParameterField("CODE_FIELD", tr("Field with the RW/RT number"),
                                                      parentLayerParameterName="INPUT"))
        for name, label in (("RW_FIELD", tr("Field with the parent RW number (RT only; else taken from the map)")),
                            ("NAME_FIELD", tr("Field with the name")),
                            ("POPULATION_FIELD", tr("Field with the population")),
                            ("HOUSEHOLDS_FIELD", tr("Field with the number of households")),
                            ("KELURAHAN_FIELD", tr("Field with the kelurahan name")),
                            ("KECAMATAN_FIELD", tr("Field with the kecamatan name"))):
            self.addParameter(QgsProcessingParameterField(name, label, parentLayerParameterName="INPUT",
                                                          optional=True))
        self.addParameter(QgsProcessingParameterString(
            "CONDITION_MAPPING", tr("Site conditions from the input (condition=column; …), e.g. "
                                    "flood_prone=FLOODPRONE; groundwater_depth_m=MAT"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "KELURAHAN", tr("Take only this kelurahan (default: the workspace's, where a kelurahan field is given)"),
            optional=True))
        self.addParameter(QgsProcessingParameterString(
            "KECAMATAN", tr("Of this kecamatan (default: the workspace's, where a kecamatan field is given)"),
            optional=True))
        self.add_workspace_parameter(optional=True)
        self.addParameter(QgsProcessingParameterEnum(
            "MODE", tr("Existing polygons of this level"), options=[tr("Replace them"), tr("Keep them and add")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean("VALIDATE_ONLY", tr("Only check; write nothing"),
                                                        defaultValue=False))
        self.add_advanced_parameter(QgsProcessingParameterNumber(
            "TOLERANCE", tr("Overlap and gap tolerance (m²)"), compat.DOUBLE_NUMBER, defaultValue=10.0, minValue=0))
        self.add_language_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink("DEFECTS", tr("Import report (defects)"),
                                                            optional=True, createByDefault=True))
        self.addParameter(QgsProcessingParameterFeatureSink("REJECTED", tr("Rejected features"),
                                                            optional=True, createByDefault=True))
        self.add_report_parameter()
        for name, label in (("INPUT_COUNT", tr("Input features")), ("IMPORTED", tr("Imported features")),
                            ("REJECTED_COUNT", tr("Rejected features")), ("FILTERED", tr("Other kelurahan")),
                            ("DEFECT_COUNT", tr("Defects"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("NOTES", tr("Notes on the layer")))

    def run_algorithm(self, parameters, context, feedback):
        from ..core.crs import CrsError
        from ..workspace import WorkspaceError, choose_crs, kelurahan_name, workspace_crs
        from ..workspace.boundaries import BoundaryImport, Mapping
        from ..workspace.project import read_rows

        language = self.language(parameters, context)
        source = self.parameterAsSource(parameters, "INPUT", context)
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        validate_only = self.parameterAsBoolean(parameters, "VALIDATE_ONLY", context)
        workspace_path = self.workspace_path(parameters, context)
        if not workspace_path and not validate_only:
            raise WorkspaceError(tr("Choose a workspace to import into, or tick 'Only check'.", language))
        mapping = Mapping(*(self.parameterAsString(parameters, name, context) or None for name in (
            "CODE_FIELD", "RW_FIELD", "NAME_FIELD", "POPULATION_FIELD", "HOUSEHOLDS_FIELD", "KELURAHAN_FIELD",
            "KECAMATAN_FIELD")))
        mapping.conditions = self._condition_mapping(parameters, context, source, language)
        wanted = self.parameterAsString(parameters, "KELURAHAN", context).strip()
        if not wanted and mapping.kelurahan and workspace_path:
            wanted = kelurahan_name(workspace_path)
        kecamatan = self.parameterAsString(parameters, "KECAMATAN", context).strip()
        if not kecamatan and mapping.kecamatan and workspace_path:
            kecamatan = next(iter(read_rows(workspace_path, "kelurahan")), {}).get("kecamatan") or ""
        if workspace_path:
            crs = workspace_crs(workspace_path)
        else:
            try:
                crs = choose_crs(source.sourceCrs(), source.sourceExtent(),
                                 transform_context=context.transformContext())
            except CrsError:   # metres under a CRS that says degrees, most often
                centre = source.sourceExtent().center()
                raise WorkspaceError(tr(
                    "The layer {name} lies outside the range of longitude and latitude (its centre is at {x:.1f}, "
                    "{y:.1f} in {crs}): is its CRS right? Set the right one in the layer's properties.",
                    language).format(name=source.sourceName(), x=centre.x(), y=centre.y(),
                                     crs=source.sourceCrs().authid())) from None
        importer = BoundaryImport(
            level, mapping, crs, wanted or None, workspace_path,
            self.parameterAsDouble(parameters, "TOLERANCE", context),
            append=self.parameterAsEnum(parameters, "MODE", context) == 1,
            transform_context=context.transformContext(), language=language, kecamatan_filter=kecamatan or None)
        result = importer.check(source, feedback)

        counts = {"total": result.total, "imported": result.imported, "rejected": len(result.rejected),
                  "filtered": result.filtered}
        report, messages = self.report_defects(parameters, context, feedback, tr("Boundary import report", language),
                                               level, counts, result.defects, language, result.notes)
        defects_id = self._write_defects(parameters, context, result, messages, level, crs)
        rejected_id = self._write_rejected(parameters, context, source, result, language)
        if not validate_only:
            if not result.areas:
                raise WorkspaceError(importer.nothing_to_import(result))
            importer.write(result)
            feedback.pushInfo(tr("{count} {level} written to the workspace.", language).format(
                count=len(result.areas), level=level))
        return {"DEFECTS": defects_id, "REJECTED": rejected_id, "REPORT": report,
                "INPUT_COUNT": result.total, "IMPORTED": result.imported, "REJECTED_COUNT": len(result.rejected),
                "FILTERED": result.filtered, "DEFECT_COUNT": len(result.defects), "NOTES": "\n".join(result.notes)}

    def _condition_mapping(self, parameters, context, source, language):
        from ..core.survey import parse_mapping
        from ..workspace import WorkspaceError

        mapping = parse_mapping(self.parameterAsString(parameters, "CONDITION_MAPPING", context))
        known = [f.name for f in schema.CONDITION_FIELDS]
        unknown = [name for name in mapping if name not in known]
        missing = [column for column in mapping.values() if source.fields().indexOf(column) < 0]
        if unknown:
            raise WorkspaceError(tr("Unknown site conditions: {names}. They are: {known}.", language).format(
                names=", ".join(unknown), known=", ".join(known)))
        if missing:
            raise WorkspaceError(tr("The input has no columns {columns}.", language).format(
                columns=", ".join(missing)))
        return mapping

    def _write_defects(self, parameters, context, result, messages, level, crs):
        from ..workspace.fields import table_fields

        fields = table_fields(DEFECT_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, "DEFECTS", context, fields, compat.WKB_MULTI_POLYGON,
                                             crs)
        if sink is None:
            return None
        for defect, message in zip(result.defects, messages):
            feature = QgsFeature(fields)
            if defect.geometry is not None and not defect.geometry.isNull():
                feature.setGeometry(defect.geometry)
            feature.setAttributes([defect.fid, defect.kelurahan, level, defect.code, defect.kind, defect.action,
                                   defect.detail, message, defect.area_m2])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def _write_rejected(self, parameters, context, source, result, language):
        from ..workspace.fields import table_fields

        fields = QgsProcessingUtils.combineFields(
            source.fields(), table_fields((("reject_kind", compat.STRING), ("reject_reason", compat.STRING))))
        sink, dest_id = self.parameterAsSink(parameters, "REJECTED", context, fields, source.wkbType(),
                                             source.sourceCrs())
        if sink is None:
            return None
        for feature, kind, detail in result.rejected:
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            reason = schema.IMPORT_DEFECT.label(kind, language) + (" ({})".format(detail) if detail else "")
            out.setAttributes(feature.attributes() + [kind, reason])
            sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
        return dest_id
