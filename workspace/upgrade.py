"""Bringing a workspace made by an older CSIAP Planner to the current schema.

Upgrading is asked for, never done behind the user's back: the algorithms
refuse an older workspace with a message saying how to upgrade it
(``csiap:upgradeworkspace``, or opening it from the CSIAP Planner menu).

Nothing is lost. The GeoPackage and its project are first copied beside
themselves (``<name>.schema1.gpkg`` and ``.qgz``); the GeoPackage is
upgraded on a scratch copy that replaces it only once complete; the project
keeps the user's own layers and settings and gets the new layers and forms.
"""

import os
import shutil
import tempfile

from ..core import schema
from ..i18n import tr
from . import project_path_for
from .options import missing_criteria
from .project import upgrade_project
from .storage import (
    WorkspaceError,
    backend,
    is_postgis,
    read_schema_version,
    upgrade_schema,
    workspace_language,
    write_rows,
)
from .styles import default_styles


def backup_paths(path, version):
    """Where the files of a workspace of schema ``version`` are kept on upgrade."""
    base = os.path.splitext(path)[0]
    return "{}.schema{}.gpkg".format(base, version), "{}.schema{}.qgz".format(base, version)


def upgrade_workspace(path, feedback=None):
    """Upgrade the workspace at ``path`` (and its project, if there is one).

    Returns the copies kept of the old files; none if it was current already.
    Close the project first: the GeoPackage is replaced on disk.
    """
    found = read_schema_version(path)
    if found >= schema.SCHEMA_VERSION:
        return []
    if is_postgis(path):
        return _upgrade_postgis(path, feedback)
    language = workspace_language(path)
    styles = default_styles(language, feedback, progress_share=60.0)
    project_path = project_path_for(path)
    pairs = [(original, backup) for original, backup in zip((path, project_path), backup_paths(path, found))
             if os.path.exists(original)]
    taken = [backup for _original, backup in pairs if os.path.exists(backup)]
    if taken:
        raise WorkspaceError(tr("{path} is in the way of the copy of the old workspace; move it "
                                "elsewhere and upgrade again.").format(path=taken[0]))
    scratch = tempfile.mkdtemp(prefix=".csiap-", dir=os.path.dirname(os.path.abspath(path)))
    try:
        built = os.path.join(scratch, os.path.basename(path))
        shutil.copy2(path, built)
        upgrade_schema(built, styles)
        replaced = False
        try:
            for original, backup in pairs:
                shutil.copy2(original, backup)
            os.replace(built, path)
            replaced = True
            # Schema 3 adds a criterion (site suitability) to a catalogue seeded before it.
            added = missing_criteria(path)
            if added:
                write_rows(path, {"criteria": added}, replace=False)
            if os.path.exists(project_path):
                upgrade_project(path, project_path, language)
        except Exception as error:
            # Put the old files back; the copies go, so that a next try finds its way clear.
            for original, backup in pairs:
                if os.path.exists(backup):
                    if replaced:
                        shutil.copy2(backup, original)
                    os.remove(backup)
            if isinstance(error, OSError):   # Windows: a program still has the file open
                raise WorkspaceError(tr("{path} cannot be replaced ({reason}). Close the projects and programs "
                                        "using it, then upgrade again.").format(path=path, reason=error)) from error
            raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if feedback is not None:
        feedback.setProgress(100)
    return [backup for _original, backup in pairs]


def _upgrade_postgis(reference, feedback=None):
    """Upgrade a PostGIS workspace in place: PostgreSQL's DDL is transactional, so the
    schema's step (tables, fields, code lists, styles, version) is one transaction that
    either happens whole or not at all, and it only adds: no copy is needed. The
    project kept in the schema gets the new layers and forms."""
    language = workspace_language(reference)
    styles = default_styles(language, feedback, progress_share=60.0)
    upgrade_schema(reference, styles)
    added = missing_criteria(reference)
    if added:
        write_rows(reference, {"criteria": added}, replace=False)
    if backend(reference).project_exists(reference):
        upgrade_project(reference, project_path_for(reference), language)
    if feedback is not None:
        feedback.setProgress(100)
    return []
