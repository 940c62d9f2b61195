"""What every CSIAP algorithm shares: group, translation, help, errors."""

import os
import sqlite3

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtCore import QObject, QUrl, pyqtSignal

from .. import compat
from ..core import schema
from ..i18n import tr, ui_language


class WorkspaceSignals(QObject):
    """``written(path)``: an algorithm has written to the workspace at ``path``
    (emitted in the main thread, once it is done); the plugin's docks reload."""

    written = pyqtSignal(str)


workspace_signals = WorkspaceSignals()

# The toolbox's groups in the order of the work; the number keeps that order in the
# toolbox, which sorts groups by name. Each is a page of the user guide (docs/guide/).
GROUPS = {
    "workspace": lambda: tr("1 · Workspace and import"),
    "analysis": lambda: tr("2 · Analysis"),
    "options": lambda: tr("3 · Options and scoring"),
    "plan": lambda: tr("4 · Plan and annex"),
    "tools": lambda: tr("5 · Tools"),
}
# A GeoPackage, or anything typed (a PostGIS reference): see add_workspace_parameter.
WORKSPACE_FILTER = lambda: tr("GeoPackage (*.gpkg);;All files (*)")  # noqa: E731
GUIDE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "guide")


def guide_url(page, anchor="", language=None):
    """The local file URL of a page of the user guide shipped in the plugin (read offline)."""
    url = QUrl.fromLocalFile(os.path.join(GUIDE, language or ui_language(), page + ".html"))
    if anchor:
        url.setFragment(anchor)
    return url.toString()


class CsiapAlgorithm(QgsProcessingAlgorithm):
    """Base class: subclasses declare ``initAlgorithm`` and implement
    ``run_algorithm`` (not ``run``: QgsProcessingAlgorithm has one).

    ``run_algorithm`` raises ``WorkspaceError`` with a message for the user; it is shown
    as a Processing error, and the workspace is left as it was.
    """

    # Overridden by each algorithm.
    ID = ""
    # False where an algorithm only reads the workspace (exports).
    WRITES_WORKSPACE = True
    # Its toolbox group, a key of GROUPS.
    GROUP = "tools"

    def name(self):
        return self.ID

    def group(self):
        return GROUPS[self.GROUP]()

    def groupId(self):
        return self.GROUP

    def helpUrl(self):  # noqa: N802
        return guide_url(self.GROUP, self.ID)

    def createInstance(self):
        return type(self)()

    def add_language_parameter(self, label=None):
        parameter = QgsProcessingParameterEnum(
            "LANGUAGE", label or tr("Language of layer names, forms and labels"),
            options=[tr("Bahasa Indonesia"), tr("English")], defaultValue=0)
        self.addParameter(parameter)

    def add_advanced_parameter(self, parameter):
        """A parameter under the dialog's "Advanced" fold."""
        parameter.setFlags(parameter.flags() | compat.PARAMETER_ADVANCED)
        self.addParameter(parameter)

    def add_workspace_parameter(self, optional=False):
        """WORKSPACE: a GeoPackage file, or a PostGIS workspace typed as its reference
        (``postgresql://user@host/db?schema=x``, ``service=x schema=y``, ``Saved connection|schema=x``).
        "All files" keeps a typed reference acceptable (an extension would refuse it)."""
        self.addParameter(QgsProcessingParameterFile(
            "WORKSPACE", tr("Workspace (GeoPackage file, or PostGIS: postgresql://…?schema=…)"),
            fileFilter=WORKSPACE_FILTER(), optional=optional))

    def workspace_path(self, parameters, context):
        """The chosen workspace, checked to be one of the current schema; "" if none was chosen."""
        from ..workspace import current_workspace
        from ..workspace.storage import check_intact

        path = self.parameterAsFile(parameters, "WORKSPACE", context)
        self.workspace = current_workspace(path).path if path else ""
        if self.workspace:
            # A damaged file is refused before anything is read from it or written to it.
            check_intact(self.workspace)
        return self.workspace

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """In the main thread, once the work is done: the open project's layers of
        the workspace show what was written behind them (map, counts, tables)."""
        from ..workspace.project import reload_workspace_layers

        if self.WRITES_WORKSPACE and getattr(self, "workspace", ""):
            if context.project() is not None:
                reload_workspace_layers(context.project(), self.workspace)
            workspace_signals.written.emit(self.workspace)
        return {}

    def add_report_parameter(self):
        self.addParameter(QgsProcessingParameterFileDestination(
            "REPORT", tr("Summary report"), fileFilter="HTML (*.html)", optional=True, createByDefault=False))

    def report_defects(self, parameters, context, feedback, title, what, counts, defects, language, notes=()):
        """Log every defect of an import (rejections as errors) and its summary,
        write the HTML report if asked; return the report path (or None) and
        the messages, in ``language``."""
        from ..workspace.reports import defect_message, summary_lines, write_summary_html

        messages = [defect_message(d, what, language) for d in defects]
        for defect, message in zip(defects, messages):
            if defect.action == "rejected":
                feedback.reportError(message)
            else:
                feedback.pushWarning(message)
        for note in notes:   # about the whole input: columns left out, encoding, header row
            feedback.pushWarning(note)
        for line in summary_lines(counts, defects, language):
            feedback.pushInfo(line)
        report = self.parameterAsFileOutput(parameters, "REPORT", context)
        if report:
            write_summary_html(report, title, counts, messages, defects, language, notes)
        return report or None, messages

    def language(self, parameters, context):
        return schema.LANGUAGES[self.parameterAsEnum(parameters, "LANGUAGE", context)]

    def createCustomParametersWidget(self, parent=None):  # noqa: N802
        """QGIS's dialog, reporting a cancelled run as cancelled (Desktop only: imported here)."""
        from .dialog import AlgorithmDialog

        return AlgorithmDialog(self, parent=parent)

    def processAlgorithm(self, parameters, context, feedback):
        from ..workspace import WorkspaceError
        from ..workspace.storage import storage_error

        try:
            return self.run_algorithm(parameters, context, feedback)
        except WorkspaceError as error:
            message = str(error)
        except (sqlite3.Error, RuntimeError) as error:
            # A GDAL/OGR error raised as an exception (QGIS >= 3.38 turns them on for every
            # plugin) or an SQLite one that no storage helper caught: still the user's message.
            workspace = getattr(self, "workspace", "")
            message = str(storage_error(workspace, error)) if workspace else tr(
                "A file could not be read or written: {reason}").format(reason=str(error).strip())
        if feedback is not None and feedback.isCanceled():
            # Whatever the interrupted step raised, the user asked for it: say so, not "failed".
            message = tr("Cancelled; the workspace was not changed.") if self.WRITES_WORKSPACE else tr("Cancelled.")
        # Raised unchained, outside the handler: Processing keeps the exception alive, and a
        # chained one would keep the failed run's frames (its layers, geometries, rows) with it.
        raise QgsProcessingException(message)

    def run_algorithm(self, parameters, context, feedback):
        raise NotImplementedError
