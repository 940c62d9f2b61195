"""csiap:consolidate — many kelurahan workspaces into one kabupaten/kota GeoPackage, and its map."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..i18n import tr
from .base import CsiapAlgorithm


class Consolidate(CsiapAlgorithm):
    ID = "consolidate"
    GROUP = "plan"
    WRITES_WORKSPACE = False

    def displayName(self):
        return tr("Consolidate kelurahan (kota)")

    def shortHelpString(self):
        return tr(
            "The kabupaten/kota view for the DPIU or Satker: the plans of many kelurahan in one GeoPackage, for "
            "the kecamatan and kota Musrenbang.\n\n"
            "Workspaces: one per line (or separated by ;), each a kelurahan GeoPackage or a PostGIS workspace "
            "reference (postgresql://…?schema=NAME, service=… schema=NAME, or a saved connection "
            "name|schema=NAME), or a folder: every GeoPackage in it but the plugin's backup copies.\n\n"
            "The GeoPackage holds: kelurahan (one row per workspace given, with its outline, whether it was "
            "included and, if not, why); the indicators per RT/RW, the location priorities, the agreed priority "
            "orders and the action plans of every kelurahan included, each row with its kelurahan's name and "
            "Kemendagri code; priority_list, the proposals of all kelurahan in one order, round by round (every "
            "kelurahan's first proposal, then every second one, and so on: each kelurahan's own order is kept), "
            "within a round by the priority score of the proposal's location (the rule and its source are in the "
            "map's footer); and funding_totals, the estimated costs by funding source per "
            "kelurahan and in all (the swadaya shares counted as swadaya).\n\n"
            "A workspace of an older schema (upgrade it first), one that cannot be read, or a kelurahan given "
            "twice is reported and left out whole, never half-included. No personal data is copied. The "
            "workspaces are only read. The map (PDF, optional) colours the kelurahan by the estimated cost of "
            "their plans.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            "INPUT", tr("Kelurahan workspaces (one per line: GeoPackage, PostGIS reference or folder)"),
            multiLine=True))
        self.add_language_parameter(tr("Language of the tables, reasons and map"))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Kabupaten/kota GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "MAP", tr("Kota map (PDF)"), fileFilter="PDF (*.pdf)", optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("INCLUDED", tr("Kelurahan included")))
        self.addOutput(QgsProcessingOutputNumber("REFUSED", tr("Kelurahan not included")))
        self.addOutput(QgsProcessingOutputNumber("PROPOSALS", tr("Proposals in the priority list")))

    def run_algorithm(self, parameters, context, feedback):
        from ..report.kota_map import export_kota_map
        from ..workspace.consolidate import consolidate, references
        from ..workspace.project import shown

        language = self.language(parameters, context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        read = consolidate(references(self.parameterAsString(parameters, "INPUT", context), output), output, language,
                           context.transformContext(), feedback)
        for kelurahan in read:
            if kelurahan.included:
                feedback.pushInfo(tr("{name}: included, {actions} proposals.", language).format(
                    name=kelurahan.identity.get("name"), actions=len(kelurahan.proposals)))
            else:
                feedback.reportError(tr("{workspace}: not included: {reason}", language).format(
                    workspace=shown(kelurahan.reference), reason=kelurahan.reason))
        included = [k for k in read if k.included]
        result = {"OUTPUT": output, "INCLUDED": len(included), "REFUSED": len(read) - len(included),
                  "PROPOSALS": sum(len(k.proposals) for k in included)}
        pdf = self.parameterAsFileOutput(parameters, "MAP", context)
        if pdf:
            feedback.setProgress(90)
            result["MAP"] = export_kota_map(output, pdf, language, read)
        return result
