"""The ``csiap`` Processing provider.

QGIS and qgis_process import this module, and through it every algorithm module, at each
start, only to list the algorithms: their names, groups, help and parameters. So an algorithm
module imports at its top only what that needs (qgis.core, the base class, i18n, compat and the
small tables of ``core.schema``, ``core.reference``, ``core.survey``), and imports what does the
work (workspace/, report/, the other core modules, GDAL) inside ``run_algorithm`` and the methods
it calls. tests/test_startup.py fails when a heavy module comes back at registration.
"""

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from .agree_priorities import AgreePriorities
from .area_indicators import AreaIndicators
from .attach_to_areas import AttachToAreas
from .consolidate import Consolidate
from .create_workspace import CreateWorkspace
from .draft_action_plan import DraftActionPlan
from .excreta_flow import ExcretaFlow
from .export_annex import ExportAnnex
from .export_proposals import ExportProposals
from .import_boundaries import ImportBoundaries
from .import_context import ImportContext
from .import_survey import ImportSurvey
from .import_unit_costs import ImportUnitCosts
from .merge_field import MergeField
from .package_field import PackageField
from .prioritise_areas import PrioritiseAreas
from .process_figures import ProcessFigures
from .publish_workspace import PublishWorkspace
from .score_options import ScoreOptions
from .screen_options import ScreenOptions
from .survey_form import SurveyForm
from .take_offline import TakeOffline
from .upgrade_workspace import UpgradeWorkspace

ICON = os.path.join(os.path.dirname(os.path.dirname(__file__)), "plugin", "icons", "csiap.svg")

# Later issues add their algorithms here.
ALGORITHMS = (CreateWorkspace, ImportBoundaries, ImportContext, ImportSurvey, SurveyForm, AttachToAreas, AreaIndicators,
              ScreenOptions, ScoreOptions, ProcessFigures, ExportAnnex, UpgradeWorkspace, ImportUnitCosts,
              DraftActionPlan, ExportProposals, PrioritiseAreas, AgreePriorities, ExcretaFlow,
              PackageField, MergeField, PublishWorkspace, TakeOffline, Consolidate)


class CsiapProvider(QgsProcessingProvider):
    def id(self):
        return "csiap"

    def name(self):
        return tr("CSIAP Planner")

    def longName(self):
        return tr("CSIAP Planner: community sanitation improvement action plans")

    def icon(self):
        return QIcon(ICON)

    def svgIconPath(self):
        return ICON

    def loadAlgorithms(self):
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
