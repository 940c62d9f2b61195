"""Write the layout templates ``styles/csiap_<paper>.qpt`` (a developer tool).

Run with the system Python that has PyQGIS, from the repository root:
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_templates.py
"""

import os
import sys

from qgis_app import ROOT, start


def main():
    start()
    from csiap_planner.core.annex import PAPERS
    from csiap_planner.report.layouts import build_layout, save_template
    from qgis.core import QgsProject

    project = QgsProject()
    for paper in PAPERS:
        path = os.path.join(ROOT, "styles", "csiap_{}.qpt".format(paper))
        save_template(build_layout(paper, project), path)
        # No machine's absolute path in a shipped template: load_layout finds the arrow.
        with open(path, encoding="utf-8") as handle:
            text = handle.read().replace(os.path.join(ROOT, "styles", "north_arrow.svg"), "north_arrow.svg")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        print("wrote", path)


if __name__ == "__main__":
    sys.exit(main())
