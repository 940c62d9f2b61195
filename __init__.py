"""CSIAP Planner: a QGIS plugin for community-based urban sanitation planning."""


def classFactory(iface):  # noqa: N802 - the name QGIS looks for
    from .plugin.main import CsiapPlannerPlugin

    return CsiapPlannerPlugin(iface)
