"""Small readers of a workspace file for the upgrade tests, with sqlite3 (not the plugin)."""

import hashlib


def sha256(path):
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def columns(db, table):
    """The column names of ``table`` (an sqlite3 connection)."""
    return [row[1] for row in db.execute("SELECT * FROM pragma_table_info(?)", (table,))]
