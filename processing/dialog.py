"""The Processing dialog of CSIAP algorithms (toolbox, menu, locator): QGIS's own, except
that a run the user cancelled is reported as cancelled, not as "Execution failed"."""

from processing.gui.AlgorithmDialog import AlgorithmDialog as ProcessingDialog
from qgis.PyQt.QtCore import QCoreApplication

from ..i18n import tr

# What QGIS's dialog reports when a run ends without results (its text is not translated
# on 3.22: the seconds are formatted in before tr()).
FAILED = "Execution failed after"


# Named as QGIS's class: PyQt translates the dialog's own texts in the context of the class name.
class AlgorithmDialog(ProcessingDialog):
    def createFeedback(self):  # noqa: N802
        feedback = super().createFeedback()
        report_error = feedback.reportError

        def report(error, fatal_error=False):
            # Only the dialog's own closing line is replaced (a Python call; the algorithm's
            # messages reach the log from C++ and are shown as they are).
            failed = (FAILED, QCoreApplication.translate("AlgorithmDialog", FAILED))
            if feedback.isCanceled() and error.startswith(failed):
                feedback.pushWarning(tr("Cancelled by the user: nothing was changed."))
            else:
                report_error(error, fatal_error)

        feedback.reportError = report
        return feedback
