"""csiap:areaindicators — indicators, density, access ladder and risk per RT/RW."""

import datetime

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .. import compat
from ..core import reference, schema
from ..i18n import tr, ui_language
from .base import CsiapAlgorithm

LEVELS = ("RT", "RW")
WEIGHT_PARAMETERS = {component: "WEIGHT_" + component.upper() for component in reference.RISK_COMPONENTS}


class AreaIndicators(CsiapAlgorithm):
    ID = "areaindicators"
    GROUP = "analysis"

    def displayName(self):
        return tr("Area indicators and risk")

    def shortHelpString(self):
        return tr(
            "Counts, for every RT (or RW) of a workspace, the households surveyed, population, area and "
            "density class, the households on each step of the JMP sanitation ladder, adequate (layak) "
            "and safely managed (aman) access, open defecation, septic tanks not emptied for over 3 years "
            "(Permen PUPR 04/PRT/M/2017), wells closer than 10 m to a septic tank (SNI 03-2398-2002), "
            "low-income households and the problems by category and season.\n\n"
            "The sanitation risk index follows EHRA: for each component the share of households at risk, "
            "weighted; four classes by equal intervals. The default weights (20 % each) are the plugin's, "
            "not official: enter your Pokja's weights and their source.\n\n"
            "Areas with fewer surveyed households than the minimum are marked 'too little data' and get "
            "no risk class. Households, problems and public wells are placed in their area from their "
            "location, with the same rule as 'Attach to RT/RW'. The results replace the area indicators "
            "layer of the workspace; nothing else is changed.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterEnum("LEVEL", tr("Level"), options=list(LEVELS), defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(
            "DENSITY_CLASSES", tr("Density classes"),
            options=[schema.DENSITY_PRESET.label(p.name, ui_language()) for p in reference.DENSITY_PRESETS],
            defaultValue=0))
        advanced = [
            QgsProcessingParameterNumber(
                "MIN_SURVEYED", tr("Fewest surveyed households for a risk class"),
                compat.INTEGER_NUMBER, defaultValue=int(reference.MIN_SURVEYED_HOUSEHOLDS.value), minValue=1),
            QgsProcessingParameterString(
                "WEIGHTS_SOURCE", tr("Source of the risk weights (e.g. Pokja decision, date)"), optional=True),
            QgsProcessingParameterNumber(
                "REFERENCE_YEAR", tr("Reference year for desludging (0 = this year)"),
                compat.INTEGER_NUMBER, defaultValue=0, minValue=0, maxValue=2100),
        ]
        labels = {
            "water": tr("Weight: water source (%)"),
            "wastewater": tr("Weight: domestic wastewater (%)"),
            "solid_waste": tr("Weight: solid waste (%)"),
            "drainage": tr("Weight: standing water / drainage (%)"),
            "hygiene": tr("Weight: hygiene behaviour (%)"),
        }
        for component, name in WEIGHT_PARAMETERS.items():
            advanced.append(QgsProcessingParameterNumber(
                name, labels[component], compat.DOUBLE_NUMBER,
                defaultValue=reference.DEFAULT_RISK_WEIGHTS[component], minValue=0, maxValue=100))
        for parameter in advanced:
            self.add_advanced_parameter(parameter)
        self.add_language_parameter()
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("Area indicators")))
        self.addOutput(QgsProcessingOutputNumber("AREAS", tr("Areas")))
        self.addOutput(QgsProcessingOutputNumber("THIN", tr("Areas with too little data")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace import WorkspaceError
        from ..workspace.indicators import compute_indicators
        from ..workspace.project import layer_uri

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        preset = reference.DENSITY_PRESETS[self.parameterAsEnum(parameters, "DENSITY_CLASSES", context)]
        weights = {c: self.parameterAsDouble(parameters, name, context) for c, name in WEIGHT_PARAMETERS.items()}
        if sum(weights.values()) <= 0:
            raise WorkspaceError(tr("The risk weights add up to zero; give at least one a weight.", language))
        source = self.parameterAsString(parameters, "WEIGHTS_SOURCE", context).strip()
        if weights != reference.DEFAULT_RISK_WEIGHTS and not source:
            source = tr("User weights (source not recorded)", language)
            feedback.reportError(tr("The weights differ from the defaults but their source is empty: "
                                    "record who set them and when.", language))
        if abs(sum(weights.values()) - 100.0) > 0.5:
            feedback.pushWarning(tr("The weights add up to {total:g} %, not 100 %; they were scaled to 100 %.",
                                    language).format(total=sum(weights.values())))
        year = self.parameterAsInt(parameters, "REFERENCE_YEAR", context) or datetime.date.today().year

        run = compute_indicators(
            path, level, weights, source or None, preset.name,
            self.parameterAsInt(parameters, "MIN_SURVEYED", context), year, feedback)
        self._report(run, language, feedback)
        return {"OUTPUT": layer_uri(path, "area_indicators"), "AREAS": len(run.rows), "THIN": run.thin}

    def _report(self, run, language, feedback):
        from ..core.risk import THIN

        for fid in run.uncoded:
            feedback.reportError(tr("{level} polygon {fid} has no code and was left out.", language).format(
                level=run.level, fid=fid))
        for layer, count in run.outside.items():
            if count:
                feedback.reportError(tr("{count} {layer} lie outside every {level} and are not counted.",
                                        language).format(count=count, layer=schema.layer(layer).title.text(language),
                                                         level=run.level))
        for row in run.rows:
            area = "RW {}".format(row["rw"]) if row["rt"] is None else "RW {} / RT {}".format(row["rw"], row["rt"])
            risk = (schema.RISK_CLASS.label(row["risk_class"], language) if row["risk_class"] != THIN
                    else tr("too little data", language))
            index = "-" if row["risk_index"] is None else "{:.1f}".format(row["risk_index"])
            feedback.pushInfo(tr("{area}: {surveyed} households surveyed, risk index {index}, {risk}.",
                                 language).format(area=area, surveyed=row["households_surveyed"],
                                                  index=index, risk=risk))
        if run.thin:
            feedback.pushWarning(tr("{count} areas have too little data for a risk class; survey more households "
                                    "there before ranking them.", language).format(count=run.thin))
