"""The annex document (PDF) made in a worker thread, as the export from the menu
or the toolbox dialog runs (a QgsTask): every image keeps its aspect ratio
(pdfimages, independent of Qt), and the maps fit their page."""

import os
import re
import shutil
import subprocess

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


def page_sizes(path):
    """``[(width, height)]`` in points of every page, from pdfinfo."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", path], capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.M)]


def test_images_keep_their_aspect_ratio_when_made_in_a_worker_thread(qgis_app, tmp_path):
    """Issue 13: maps are pages of their own, landscape, drawn as large as the page holds;
    a figure (a diagram) stays within the text of a portrait page."""
    from csiap_planner.report.document import AnnexDocument

    document = AnnexDocument("id", "Lampiran CSIAP", [("Kelurahan Pondok Pinang", True)], "Lampiran CSIAP")
    chapter = document.chapter("Gambaran Umum Wilayah")
    chapter.paragraph("Teks pembuka.")
    chapter.map(png(str(tmp_path / "peta_lebar.png"), 1600, 1131, "#1b9e77"), "Peta lebar")
    chapter.map(png(str(tmp_path / "peta_tegak.png"), 800, 1131, "#d95f02"), "Peta tegak")
    chapter.figure(png(str(tmp_path / "diagram.png"), 900, 600, "#7570b3"), "Diagram")
    path = str(tmp_path / "lampiran_csiap.pdf")
    run_in_task(lambda: document.write(path))
    images = pdf_images(path)
    assert len(images) == 3, images
    for width, height, x_ppi, y_ppi, _page in images:
        assert abs(x_ppi - y_ppi) <= 0.02 * max(x_ppi, y_ppi), (width, height, x_ppi, y_ppi)
    # Each image on a page of its own: cover, chapter text, two map pages, the diagram's page.
    pages = [page for *_size, page in images]
    assert pages == [3, 4, 5], images
    sizes = page_sizes(path)
    assert len(sizes) == 5
    assert [width > height for width, height in sizes] == [False, False, True, True, False]
    (wide, wide_h, wide_ppi, _y, _p), (tall, tall_h, tall_ppi, _y2, _p2), (diagram, _h, diagram_ppi, _y3, _p3) = images
    # The maps fill the landscape page below their caption (297 x 210 mm less 12 mm margins): at
    # its A3 shape the wide one reaches 259 mm across, the tall one the full height left.
    assert 250 <= wide / wide_ppi * 25.4 <= 274, (wide, wide_ppi)
    assert 160 <= tall_h / tall_ppi * 25.4 <= 185, (tall_h, tall_ppi)
    # The diagram no larger than the text width of an A4 page (20 mm margins): 170 mm.
    assert diagram / diagram_ppi * 25.4 <= 171, (diagram, diagram_ppi)
    assert os.path.getsize(path) > 1000
