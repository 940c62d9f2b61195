"""Benchmark: csiap:exportannex of the sample with a page per RT (all 113 RT ×
4 maps, A4), against a bare QgsLayoutExporter export of the same pages (the
same layouts, built beforehand) in the same run.

Targets (issue 7): ≤ 30 s, and ≤ 1.2× the bare export with the same PDF settings
(text as text; QGIS's defaults, text as outlines, printed too).
Run by hand: ``make bench`` (builds the sample workspace with `make demo`'s steps first).
"""

import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "scripts"))
from qgis_app import start  # noqa: E402, I001

import demo  # noqa: E402

PAPER, LEVEL = "a4_portrait", "RT"


def bare_export(workspace, folder, settings):
    """The same pages with QgsLayoutExporter alone: overview PDF and PNG, atlas PDF, per map.
    ``settings(dpi)`` gives the PDF settings (ours, or QGIS's defaults)."""
    from csiap_planner.core.annex import MAPS
    from csiap_planner.report.annex import Annex
    from qgis.core import QgsLayoutExporter

    annex = Annex(workspace, "id")
    layouts = [(m, annex.layout(m, PAPER, n), annex.atlas_layout(m, PAPER, n, LEVEL)) for n, m in
               enumerate(MAPS, start=1)]
    started = time.perf_counter()
    for annex_map, layout, atlas_layout in layouts:
        base = os.path.join(folder, annex_map.key)
        QgsLayoutExporter(layout).exportToPdf(base + ".pdf", settings(200))
        image = QgsLayoutExporter.ImageExportSettings()
        image.dpi = 110
        QgsLayoutExporter(layout).exportToImage(base + ".png", image)
        QgsLayoutExporter.exportToPdf(atlas_layout.atlas(), base + "_atlas.pdf", settings(150))
    return time.perf_counter() - started


def qgis_defaults(dpi):
    from qgis.core import QgsLayoutExporter

    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    return settings


def main():
    start()
    from csiap_planner.report.annex import export_annex

    with tempfile.TemporaryDirectory() as folder:
        demo.main(os.path.join(folder, "demo"))
        workspace = os.path.join(folder, "demo", "pondok_pinang.gpkg")
        from csiap_planner.report.layouts import pdf_settings

        bare = {}
        for name, settings in (("same settings", pdf_settings), ("QGIS defaults", qgis_defaults)):
            os.makedirs(os.path.join(folder, name))
            bare[name] = bare_export(workspace, os.path.join(folder, name), settings)
        started = time.perf_counter()
        manifest = export_annex(workspace, os.path.join(folder, "ours"), "id", PAPER, LEVEL)
        ours = time.perf_counter() - started
    print("annex of the sample, a page per RT ({} files): {:.1f} s (target ≤ 30 s)".format(len(manifest), ours))
    for name, seconds in bare.items():
        print("  bare QgsLayoutExporter of the same pages, {}: {:.1f} s; ratio {:.2f} (target ≤ 1.2 against "
              "the same settings)".format(name, seconds, ours / seconds))


if __name__ == "__main__":
    main()
