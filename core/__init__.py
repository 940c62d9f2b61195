"""The CSIAP domain in pure Python: schema, code lists, rules. No QGIS here."""
