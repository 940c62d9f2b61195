"""Start a headless QGIS with Processing and the CSIAP provider (scripts and benchmarks)."""

import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The plugin is imported under its install name through build/plugins/csiap_planner
# (made by `make deps`); the repository root itself must never be on sys.path.
sys.path.insert(0, os.path.join(ROOT, "build", "plugins"))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import QgsApplication  # noqa: E402

_running = {}


def start():
    """Return the running QgsApplication, with Processing and our provider loaded
    (started once: a second QgsApplication would replace, and destroy, the first)."""
    if "app" in _running:
        return _running["app"]
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from csiap_planner.processing.provider import CsiapProvider

    # Held here: the registry does not keep the Python object alive.
    _running["app"], _running["provider"] = app, CsiapProvider()
    QgsApplication.processingRegistry().addProvider(_running["provider"])
    return app
