"""Issue 15 item 14: a run the user cancels, in QGIS's Processing dialog and as a background
task (as the toolbox and the menu's export run it), is reported as cancelled, not as
"Execution failed", and leaves the workspace as it was."""

import time

import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingFeedback
from qgis.PyQt.QtWidgets import QApplication, QTextEdit


def table_rows(query, path, table):
    return query(path, "SELECT * FROM {} ORDER BY fid".format(table))


def dialog_log(dialog):
    return "\n".join(edit.toPlainText() for edit in dialog.findChildren(QTextEdit))


def run_and_cancel(dialog, timeout=120):
    """Run the dialog's algorithm as its Run button does (a QgsTask), press Cancel at once,
    and wait for the task to end; returns whether it ended successfully."""
    ended = []
    dialog.algorithmFinished.connect(lambda ok, _results: ended.append(ok))
    dialog.runAlgorithm()
    dialog.cancelButton().click()
    start = time.monotonic()
    while not ended and time.monotonic() - start < timeout:
        QApplication.processEvents()
        time.sleep(0.01)
    while QgsApplication.taskManager().countActiveTasks():
        QApplication.processEvents()
    return ended


def test_cancelled_in_the_dialog_is_reported_as_cancelled(csiap_processing, qgis_iface, any_workspace,
                                                          sample_path, query, monkeypatch):
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()   # pytest-qgis's iface has none; the dialog's widgets ask for it
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)
    before = table_rows(query, any_workspace, "rw")
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("csiap:importboundaries")
    dialog = algorithm.createCustomParametersWidget(None)
    assert dialog is not None, "the algorithm has QGIS's dialog with its cancel report"
    dialog.setParameters({"INPUT": sample_path + "|layername=rw", "LEVEL": 0, "CODE_FIELD": "RW",
                          "WORKSPACE": any_workspace})
    assert run_and_cancel(dialog) == [False]
    log = dialog_log(dialog)
    assert "Execution failed" not in log, log
    assert "Cancelled" in log or "Dibatalkan" in log, log
    assert table_rows(query, any_workspace, "rw") == before == []
    dialog.deleteLater()


def test_cancelled_run_says_so_also_outside_the_dialog(csiap_processing, any_workspace, sample_path, query):
    """processing.run / qgis_process: an error (no results) whose message says it was cancelled."""
    import processing

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        processing.run("csiap:attachtoareas", {"WORKSPACE": any_workspace}, feedback=feedback)
    assert table_rows(query, any_workspace, "households") == []
