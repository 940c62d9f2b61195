"""PYQGIS_STARTUP hook for the desktop smoke test: record every message QGIS
logs (Python errors included) into $CSIAP_SMOKE_LOG before plugins load."""

import os

from qgis.core import QgsApplication

_LOG = os.environ["CSIAP_SMOKE_LOG"]


def _record(message, tag, level):
    with open(_LOG, "a", encoding="utf-8") as handle:
        handle.write("{}\t{}\t{}\n".format(int(level), tag, message.replace("\n", "\\n")))


QgsApplication.messageLog().messageReceived.connect(_record)


def _no_dialog(*_args, **_kwargs):
    """Python errors are logged (above) instead of blocking the run in a modal dialog."""


import qgis.utils  # noqa: E402

qgis.utils.open_stack_dialog = _no_dialog
