"""csiap:screenoptions — the technical options feasible at each RT, RW or candidate site."""

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
)

from .. import compat
from ..core import schema
from ..i18n import tr
from .base import CsiapAlgorithm

LEVELS = ("RT", "RW", "site")
OUTPUT_FIELDS = ("location_level", "location_code", "rw", "rt", "option_code", "feasible", "excluded_by", "reasons",
                 "unchecked")


class ScreenOptions(CsiapAlgorithm):
    ID = "screenoptions"
    GROUP = "options"

    def displayName(self):
        return tr("Screen technical options")

    def shortHelpString(self):
        return tr(
            "For every RT, RW or candidate site of a workspace, which technical options can be built there "
            "(individual or shared septic tank, MCK, IPAL komunal with sewer, connection to an existing "
            "off-site system; Permen PUPR 04/PRT/M/2017), and for every option left out, the rule and the "
            "value that excluded it.\n\n"
            "Conditions come from the location's fields (groundwater depth, soil permeability, slope, water use, "
            "desludging-truck access, flooding, sewer nearby), its households and density class from 'Area "
            "indicators', and the land from its candidate sites. A condition with no value never excludes an "
            "option: it is listed as not checked. Figures of the catalogue that have no source are marked as "
            "assumptions; edit them in the workspace's technical options table.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            "LEVEL", tr("Locations"), options=["RT", "RW", tr("Candidate sites")], defaultValue=0))
        self.add_language_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Screening"), optional=True,
                                                            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("LOCATIONS", tr("Locations screened")))
        self.addOutput(QgsProcessingOutputNumber("FEASIBLE", tr("Feasible location-option pairs")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace.fields import table_fields
        from ..workspace.screening import screen_workspace

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        rows = screen_workspace(path, level, language, feedback)
        fields = table_fields((name, compat.BOOL if name == "feasible" else compat.STRING) for name in OUTPUT_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, compat.WKB_NO_GEOMETRY)
        for row in rows:
            if sink is not None:
                feature = QgsFeature(fields)
                feature.setAttributes([row[name] for name in OUTPUT_FIELDS])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        locations = sorted({row["location_code"] for row in rows})
        for code in locations:
            feasible = [r["option_code"] for r in rows if r["location_code"] == code and r["feasible"]]
            feedback.pushInfo(tr("{level} {code}: {options}", language).format(
                level=schema.LOCATION_LEVEL.label(level, language), code=code,
                options=", ".join(feasible) or tr("no feasible option", language)))
        return {"OUTPUT": dest_id, "LOCATIONS": len(locations), "FEASIBLE": sum(r["feasible"] for r in rows)}
