"""The one door to where a workspace is stored (issue 18).

A workspace is named by a *reference*, a string:

- a GeoPackage file: ``/data/pondok_pinang.gpkg`` (one kelurahan, offline);
- a schema in a PostgreSQL/PostGIS database (shared, several editors): the
  connection and ``schema=``, as ``postgresql://user@host:5432/db?schema=pondok_pinang``,
  ``service=pokja schema=pondok_pinang`` (any libpq key=value) or
  ``Pokja Kota|schema=pondok_pinang`` (a connection saved in QGIS's Data Source Manager).

Every module above storage calls the functions here, never a backend:
``geopackage.py`` and ``postgis.py`` are the only modules that speak SQL, and
each has every function named below with the same arguments and meaning.
"""

import re

from . import geopackage
from .geopackage import FID_COLUMN, GEOMETRY_COLUMN, WorkspaceError

__all__ = ["WorkspaceError", "FID_COLUMN", "GEOMETRY_COLUMN", "is_postgis", "backend"] + [
    "write_schema", "upgrade_schema", "write_rows", "update_rows", "change_rows", "read_features",
    "upsert_points", "workspace_language", "read_schema_version", "check_intact", "storage_error",
    "storage_errors", "kelurahan_identity", "last_changed"]

_SCHEMA_KEY = re.compile(r"(?:^|[?&|\s])schema=")


def is_postgis(reference):
    """Whether ``reference`` names a PostGIS schema rather than a GeoPackage file."""
    text = str(reference or "").strip()
    return not text.lower().endswith(".gpkg") and _SCHEMA_KEY.search(text) is not None


def backend(reference):
    """The storage module of ``reference``: ``geopackage`` or ``postgis``."""
    if is_postgis(reference):
        from . import postgis  # psycopg2 is loaded only where a database is used

        return postgis
    return geopackage


def _through_backend(name):
    """``name(reference, ...)`` of the reference's backend."""
    def call(reference, *args, **kwargs):
        return getattr(backend(reference), name)(reference, *args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = getattr(geopackage, name).__doc__
    return call


write_schema = _through_backend("write_schema")
upgrade_schema = _through_backend("upgrade_schema")
write_rows = _through_backend("write_rows")
update_rows = _through_backend("update_rows")
change_rows = _through_backend("change_rows")
read_features = _through_backend("read_features")
upsert_points = _through_backend("upsert_points")
workspace_language = _through_backend("workspace_language")
read_schema_version = _through_backend("read_schema_version")
check_intact = _through_backend("check_intact")
storage_error = _through_backend("storage_error")
storage_errors = _through_backend("storage_errors")
kelurahan_identity = _through_backend("kelurahan_identity")
last_changed = _through_backend("last_changed")
