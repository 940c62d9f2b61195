"""csiap:surveyform — the household survey as an XLSForm for KoboToolbox or ODK."""

from qgis.core import QgsProcessingParameterFileDestination

from ..i18n import tr
from .base import CsiapAlgorithm


class SurveyForm(CsiapAlgorithm):
    ID = "surveyform"
    GROUP = "workspace"

    def displayName(self):
        return tr("Survey form (XLSForm)")

    def shortHelpString(self):
        return tr(
            "Writes the CSIAP household survey as an XLSForm (.xlsx) in Indonesian and English, made from the "
            "workspace data model: upload it to KoboToolbox or ODK Central, collect on a phone, and import "
            "the CSV export with 'Import survey' without mapping any column.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("XLSForm"), fileFilter="XLSForm (*.xlsx)"))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace.xlsform import write_household_form

        path = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        write_household_form(path)
        feedback.pushInfo(tr("Form written to {path}.").format(path=path))
        return {"OUTPUT": path}
