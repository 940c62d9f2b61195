"""The annex document (PDF) made in a worker thread, as the export from the menu
or the toolbox dialog runs (a QgsTask): every image keeps its aspect ratio
(pdfimages, independent of Qt), and the maps fit their page."""

import os
import re
import shutil
import subprocess
import types

import pytest

pytestmark = pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils")


def png(path, width, height, colour):
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(path)
    return path


def run_in_task(function):
    """Run ``function`` as a real QgsTask in QGIS's task manager (a worker thread); its result."""
    from qgis.core import QgsApplication, QgsTask
    from qgis.PyQt.QtCore import QThread
    from qgis.PyQt.QtWidgets import QApplication

    outcome = {}

    def work(task):
        outcome["worker"] = QThread.currentThread() is not QApplication.instance().thread()
        return function()

    def finished(exception, result=None):
        outcome.update(exception=exception, result=result)

    task = QgsTask.fromFunction("annex document", work, on_finished=finished)
    QgsApplication.taskManager().addTask(task)
    for _tick in range(600):
        QApplication.processEvents()
        if "exception" in outcome:
            break
        QThread.msleep(50)
    assert "exception" in outcome, "the task did not finish"
    assert outcome["exception"] is None, outcome["exception"]
    assert outcome["worker"], "the task ran on the main thread"
    return outcome["result"]


def pdf_images(path):
    """``[(width, height, x_ppi, y_ppi, page)]`` of every image in the PDF, from pdfimages."""
    lines = subprocess.run(["pdfimages", "-list", path], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    images = []
    for line in lines:
        columns = line.split()
        # page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
        images.append((int(columns[3]), int(columns[4]), int(columns[12]), int(columns[13]), int(columns[0])))
    return images


def test_images_keep_their_aspect_ratio_when_made_in_a_worker_thread(qgis_app, tmp_path):
    from csiap_planner.report.document import write_document

    files = [("map", png(str(tmp_path / "peta_lebar.png"), 1600, 1131, "#1b9e77"), "Peta lebar"),
             ("map", png(str(tmp_path / "peta_tegak.png"), 800, 1131, "#d95f02"), "Peta tegak"),
             ("process", png(str(tmp_path / "diagram.png"), 900, 600, "#7570b3"), "")]
    annex = types.SimpleNamespace(kelurahan={"name": "Pondok Pinang"}, synthetic=False,
                                  place=lambda: "Kebayoran Lama")
    path = str(tmp_path / "lampiran_csiap.pdf")
    run_in_task(lambda: write_document(path, annex, files, {}, "id"))
    images = pdf_images(path)
    assert len(images) == 3, images
    for width, height, x_ppi, y_ppi, _page in images:
        assert abs(x_ppi - y_ppi) <= 0.02 * max(x_ppi, y_ppi), (width, height, x_ppi, y_ppi)
    # Each map on one page: it does not spill onto the next under the footer.
    pages = [page for *_size, page in images]
    assert len(set(pages)) == 3, images
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 5
    # The image drawn no larger than the text width of an A4 page (20 mm margins): 170 mm.
    for width, _height, x_ppi, _y_ppi, _page in images:
        assert width / x_ppi * 25.4 <= 171, (width, x_ppi)
    assert os.path.getsize(path) > 1000
