"""csiap:importsurvey — household, problem or facility survey rows into a workspace."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from .. import compat
from ..core import schema
from ..core.survey import SURVEY_LAYERS
from ..i18n import tr, ui_language
from .base import CsiapAlgorithm


class ImportSurvey(CsiapAlgorithm):
    ID = "importsurvey"
    GROUP = "workspace"

    def displayName(self):
        return tr("Import survey")

    def shortHelpString(self):
        return tr(
            "Imports household, problem or facility survey rows into a workspace from CSV (any delimiter, "
            "UTF-8 or Latin-1, decimal comma), XLSX, GeoJSON, GeoPackage or any vector file, including "
            "KoboToolbox and ODK exports of the CSIAP household form: columns are found by their field "
            "names (also inside groups), coordinates from latitude/longitude, geopoint or _geolocation "
            "columns, and answers may be codes or labels in Indonesian or English.\n\n"
            "Rows without coordinates, at (0, 0), with latitude and longitude swapped, outside Indonesia or "
            "outside the kelurahan are rejected with the reason; an answer outside its list or range is left "
            "empty and noted. Rows are matched by their ID (uuid, Kobo's root uuid, ODK's instanceID following "
            "deprecatedID edits; without one, an ID made from the row's answers), so importing the same export "
            "again updates them instead of adding them twice; of one ID twice in a file the later row, the edit, "
            "wins. Columns no field takes are listed with the mapping that would take them. Coordinates in metres "
            "(UTM) need their CRS, in the advanced parameters.\n\n"
            "Field mapping, where the columns have other names: field=column pairs separated by ';', "
            "e.g. members=jumlah_jiwa; toilet_access=q5.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Survey file")))
        self.addParameter(QgsProcessingParameterEnum(
            "TARGET", tr("Import into"), options=[schema.layer(n).title.text(ui_language()) for n in SURVEY_LAYERS],
            defaultValue=0))
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterString("FIELD_MAPPING", tr("Field mapping (field=column; …)"),
                                                       optional=True))
        for name, label in (("LATITUDE_FIELD", tr("Latitude column")), ("LONGITUDE_FIELD", tr("Longitude column"))):
            self.add_advanced_parameter(QgsProcessingParameterString(name, label, optional=True))
        self.add_advanced_parameter(QgsProcessingParameterCrs(
            "COORDINATE_CRS", tr("CRS of the coordinate columns (empty: WGS 84 degrees)"), optional=True))
        self.add_language_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink("REJECTED", tr("Rejected rows"),
                                                            optional=True, createByDefault=True))
        self.add_report_parameter()
        for name, label in (("INPUT_COUNT", tr("Rows read")), ("INSERTED", tr("Rows added")),
                            ("UPDATED", tr("Rows updated")), ("REJECTED_COUNT", tr("Rows rejected")),
                            ("NOTES", tr("Answers left empty"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("FILE_NOTES", tr("Notes on the file")))

    def run_algorithm(self, parameters, context, feedback):
        from ..core.survey import parse_mapping
        from ..workspace.survey import SurveyImporter, read_table

        language = self.language(parameters, context)
        path = self.workspace_path(parameters, context)
        layer = SURVEY_LAYERS[self.parameterAsEnum(parameters, "TARGET", context)]
        table = read_table(self.parameterAsFile(parameters, "INPUT", context), language)
        crs = self.parameterAsCrs(parameters, "COORDINATE_CRS", context)
        importer = SurveyImporter(
            path, layer, parse_mapping(self.parameterAsString(parameters, "FIELD_MAPPING", context)),
            self.parameterAsString(parameters, "LATITUDE_FIELD", context) or None,
            self.parameterAsString(parameters, "LONGITUDE_FIELD", context) or None, language,
            crs.toWkt() if crs.isValid() else None)
        result = importer.run(table, feedback)

        counts = {"total": result.total, "imported": result.inserted + result.updated,
                  "rejected": len(result.rejected), "filtered": 0}
        report, _messages = self.report_defects(parameters, context, feedback, tr("Survey import report", language),
                                                tr("Row", language), counts, result.defects, language,
                                                result.notes)
        feedback.pushInfo(tr("{inserted} rows added and {updated} updated in {layer}.", language).format(
            inserted=result.inserted, updated=result.updated, layer=schema.layer(layer).title.text(language)))
        rejected_id = self._write_rejected(parameters, context, result, language)
        return {"REJECTED": rejected_id, "REPORT": report, "INPUT_COUNT": result.total,
                "INSERTED": result.inserted, "UPDATED": result.updated, "REJECTED_COUNT": len(result.rejected),
                "NOTES": sum(d.action != "rejected" for d in result.defects),
                "FILE_NOTES": "\n".join(result.notes)}

    def _write_rejected(self, parameters, context, result, language):
        from ..workspace.fields import table_fields

        fields = table_fields((("row", compat.INT), ("reject_kind", compat.STRING), ("reject_reason", compat.STRING)))
        for column in result.columns:
            if fields.indexOf(column) < 0:
                fields.append(compat.make_field(column, compat.STRING))
        sink, dest_id = self.parameterAsSink(parameters, "REJECTED", context, fields, compat.WKB_NO_GEOMETRY)
        if sink is None:
            return None
        for number, row, kind, detail in result.rejected:
            feature = QgsFeature(fields)
            reason = schema.IMPORT_DEFECT.label(kind, language) + (" ({})".format(detail) if detail else "")
            values = [number, kind, reason] + [None if v is None else str(v) for v in row]
            feature.setAttributes(values[:fields.count()] + [None] * (fields.count() - len(values)))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id
