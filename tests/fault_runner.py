"""Runs one csiap algorithm in a process of its own, for the fault-injection
tests (``tests/test_faults.py``), and stops at a named point for the test to
kill it there (``kill -9``).

    python fault_runner.py ALGORITHM_ID PARAMETERS_JSON

With ``CSIAP_PAUSE_AT=<point>`` in the environment, the process prints
``CSIAP_PAUSED <point>`` on stderr at that point and waits. The points are
made here, around the library calls any version of the plugin makes (so the
same tests run against older code too):

- ``gdal-commit`` / ``gdal-committed``: just before / after a GDAL
  ``CommitTransaction`` (the nth with ``@n``);
- ``sqlite-trigger-dropped``: after sqlite3 ran the first ``DROP TRIGGER``;
- ``sqlite-rows-written``: after sqlite3 wrote a batch of rows (``executemany``);
- ``sqlite-commit``: just before sqlite3 commits;
- ``rename-<n>-before`` / ``rename-<n>-after``: around the nth file rename
  (``os.replace``, ``os.rename``, ``shutil.move``).

``CSIAP_GDAL_EXCEPTIONS=1`` turns GDAL exceptions on first, as QGIS >= 3.38 does.
On exit it prints ``CSIAP_RESULT <json>`` (the outputs) or ``CSIAP_ERROR <message>``.
"""

import json
import os
import shutil
import sqlite3
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "build", "plugins"))
sys.path.append("/usr/share/qgis/python/plugins")

PAUSE_AT = os.environ.get("CSIAP_PAUSE_AT", "")
_seen = {}


def point(name):
    """Count this point; stop here if it is the one asked for (``name`` or ``name@n``)."""
    _seen[name] = _seen.get(name, 0) + 1
    if PAUSE_AT in (name, "{}@{}".format(name, _seen[name])):
        sys.stderr.write("CSIAP_PAUSED {}\n".format(PAUSE_AT))
        sys.stderr.flush()
        time.sleep(120)


def _install_points():
    from osgeo import gdal

    commit = gdal.Dataset.CommitTransaction

    def commit_transaction(self, *args):
        point("gdal-commit")
        result = commit(self, *args)
        point("gdal-committed")
        return result

    gdal.Dataset.CommitTransaction = commit_transaction

    class Connection(sqlite3.Connection):
        def execute(self, sql, *args):
            if sql.strip().upper() == "COMMIT":
                point("sqlite-commit")
            cursor = super().execute(sql, *args)
            if sql.lstrip().upper().startswith("DROP TRIGGER"):
                point("sqlite-trigger-dropped")
            return cursor

        def executemany(self, sql, *args):
            cursor = super().executemany(sql, *args)
            point("sqlite-rows-written")
            return cursor

        def commit(self):
            point("sqlite-commit")
            return super().commit()

        def __exit__(self, kind, value, trace):
            if kind is None and self.in_transaction:
                point("sqlite-commit")
            return super().__exit__(kind, value, trace)

    connect = sqlite3.connect

    def connect_traced(*args, **kwargs):
        kwargs.setdefault("factory", Connection)
        return connect(*args, **kwargs)

    sqlite3.connect = connect_traced

    renames = {"count": 0}

    def traced(function):
        def rename(*args, **kwargs):
            renames["count"] += 1
            number = renames["count"]
            point("rename-{}-before".format(number))
            result = function(*args, **kwargs)
            point("rename-{}-after".format(number))
            return result
        return rename

    # shutil.move renames through os.rename: count it once, as the move it is.
    move = shutil.move
    os_rename = os.rename

    def shutil_move(*args, **kwargs):
        os.rename = os_rename
        try:
            return traced(move)(*args, **kwargs)
        finally:
            os.rename = traced_os_rename

    traced_os_rename = traced(os_rename)
    os.replace = traced(os.replace)
    os.rename = traced_os_rename
    shutil.move = shutil_move


def main(algorithm_id, parameters):
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    from csiap_planner.processing.provider import CsiapProvider

    if os.environ.get("CSIAP_GDAL_EXCEPTIONS") == "1":
        from osgeo import gdal

        gdal.UseExceptions()
    provider = CsiapProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("csiap:" + algorithm_id)
    _install_points()
    class Feedback(QgsProcessingFeedback):
        errors = []

        def reportError(self, error, fatalError=False):  # noqa: N802
            self.errors.append(error)
            super().reportError(error, fatalError)

    context, feedback = QgsProcessingContext(), Feedback()
    try:
        results, ok = algorithm.run(parameters, context, feedback)
    except Exception as error:  # a traceback of the algorithm: what the tests count as a crash
        import traceback

        traceback.print_exc()
        sys.stdout.write("CSIAP_CRASH {}: {}\n".format(type(error).__name__, error))
        results, ok = None, None
    if ok:
        sys.stdout.write("CSIAP_RESULT {}\n".format(json.dumps({k: str(v) for k, v in results.items()})))
    elif ok is not None:
        sys.stdout.write("CSIAP_ERROR {}\n".format(json.dumps(feedback.errors)))
    sys.stdout.flush()
    del algorithm, context, feedback
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1], json.loads(sys.argv[2]))
