"""csiap:importunitcosts — a kota/kabupaten price list (HSPK) into the workspace's unit costs."""

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFile

from ..i18n import tr
from .base import CsiapAlgorithm


class ImportUnitCosts(CsiapAlgorithm):
    ID = "importunitcosts"
    GROUP = "options"

    def displayName(self):
        return tr("Import unit costs (HSPK)")

    def shortHelpString(self):
        return tr(
            "Reads the kota's or kabupaten's unit price list (HSPK), or the prices of a similar project's RAB, "
            "from a CSV or XLSX file into the workspace's unit costs, which give the starting cost per household "
            "of every option in the scoring matrix.\n\n"
            "Columns (English or Indonesian names): option (the option code, e.g. ipal_komunal), item (uraian), "
            "unit (satuan: fixed / tetap per unit built, per KK, or per metre of pipe), price (harga, Rp: "
            "'Rp 2.500.000', '350.000' and '2500000' all read), year (tahun), source (sumber) and assumption "
            "(asumsi: yes where the price is not from a published list).\n\n"
            "The rows replace the unit costs of the options the list prices; the others stay. A row without a "
            "price, with a price that is not a number, or with an unknown option or unit is named with its "
            "reason, and nothing is imported until every row can be read.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Price list (CSV or XLSX)"), fileFilter="CSV / XLSX (*.csv *.txt *.xlsx *.ods)"))
        self.add_language_parameter()
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", tr("Unit costs stored")))

    def run_algorithm(self, parameters, context, feedback):
        from ..workspace.options import import_unit_costs

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        rows = import_unit_costs(path, self.parameterAsFile(parameters, "INPUT", context), language)
        feedback.pushInfo(tr("{count} unit costs stored.", language).format(count=len(rows)))
        return {"IMPORTED": len(rows)}
