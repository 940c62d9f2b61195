"""The QGIS Desktop side: plugin class, menu, toolbar (docks come later)."""
