"""The kabupaten/kota view: many kelurahan workspaces into one GeoPackage (csiap:consolidate).

Each kelurahan is read through the storage door (``storage`` and ``project.open_layer``
with its reference), so a GeoPackage and a PostGIS schema read alike. A kelurahan is read
whole before anything is written, and one that is of an older schema, cannot be read, or
is given twice is refused with its reason: never half-included. The consolidated file is
built beside its place and moved there at the end (nothing half-written), and holds no
personal field (``core.schema.KOTA_LAYERS`` has none).
"""

import os
import re

from qgis.core import QgsCoordinateTransformContext, QgsFeatureRequest

from ..core import actions as core_actions
from ..core import consolidate as core_consolidate
from ..core import schema
from ..i18n import tr
from . import geopackage, storage
from .fields import plain
from .priorities import location_order
from .project import has_row, open_layer, shown
from .storage import WorkspaceError

# The workspace layers copied, each with its kelurahan's key (core.schema._kota_copy).
COPIED = ("area_indicators", "priorities", "agreed_priorities", "actions")


# The plugin's own copies beside a workspace: dated backups (an overwritten workspace) and
# the copies an upgrade keeps (workspace.upgrade); and hidden scratch files.
_COPIES = re.compile(r"^\.|\.backup-\d{8}-\d{6}(-\d+)?\.gpkg$|\.schema\d+\.gpkg$", re.IGNORECASE)


def references(text, output=None):
    """The workspace references in ``text``: one per line or separated by ";", blanks and
    surrounding quotes dropped (a path copied from the file manager comes quoted). A folder
    stands for the GeoPackages in it, by name, without the plugin's backup copies and
    ``output`` (a DPIU keeps the kelurahan of a kota in one folder)."""
    found = []
    for part in re.split(r"[;\n\r]", text or ""):
        part = part.strip().strip("\"'").strip()
        if part and os.path.isdir(part):
            found += [os.path.join(part, name) for name in sorted(os.listdir(part))
                      if name.lower().endswith(".gpkg") and not _COPIES.search(name)
                      and not (output and os.path.abspath(os.path.join(part, name)) == os.path.abspath(output))]
        elif part:
            found.append(part)
    return found


class Kelurahan:
    """One kelurahan read whole: its row, its tables' rows, its proposals in its own order."""

    def __init__(self, reference):
        self.reference = reference
        self.version = None
        self.identity = {}
        self.outline = None
        self.rows = {}
        self.proposals = []
        self.reason = None
        self.crs = None
        self.synthetic = False

    @property
    def included(self):
        return self.reason is None

    def key(self):
        return {"kelurahan_uuid": self.identity.get("uuid"), "kelurahan_name": self.identity.get("name"),
                "kelurahan_code": self.identity.get("kemendagri_code")}


def _rows(reference, name, crs, context, feedback):
    """The rows of a workspace layer without its personal fields, the geometry as WKB in ``crs``."""
    layer_def = schema.layer(name)
    layer = open_layer(reference, layer_def, schema.DEFAULT_LANGUAGE)
    present = set(layer.fields().names())
    names = [f.name for f in layer_def.fields if not f.personal and f.name in present]
    request = QgsFeatureRequest()
    if layer_def.is_spatial:
        request.setDestinationCrs(crs, context)
    rows = []
    for feature in layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            raise WorkspaceError(tr("Cancelled."))
        row = {n: plain(feature[n]) for n in names}
        row["fid"] = feature.id()
        geometry = feature.geometry() if layer_def.is_spatial else None
        row["wkb"] = None if geometry is None or geometry.isNull() or geometry.isEmpty() else bytes(geometry.asWkb())
        rows.append(row)
    return rows


def _proposals(reference, actions):
    """The kelurahan's actions in the order of its Musrenbang list (``core.actions.priority_order``),
    each with its location's priority score and whether a rembuk agreed its place."""
    actions = sorted(actions, key=lambda a: a["fid"])
    orders = {}
    proposals = []
    for index in core_actions.priority_order(actions):
        action = actions[index]
        level = action.get("location_level")
        if level in ("RT", "RW") and level not in orders:
            orders[level] = {item["location_code"]: item for item in location_order(reference, level)}
        place = orders.get(level, {}).get(action.get("location_code"), {})
        proposals.append(dict(action, priority_score=place.get("priority_score"),
                              agreed=place.get("agreed_rank") is not None))
    return proposals


def read_kelurahan(reference, crs, context, language, seen, feedback=None):
    """A ``Kelurahan`` read whole from ``reference``, its rows in ``crs`` (None: the kelurahan's
    own); ``reason`` set (and nothing else kept) where it is refused. ``seen``: ``{kelurahan
    uuid: reference}`` of those already included."""
    kelurahan = Kelurahan(reference)
    try:
        kelurahan.version = storage.read_schema_version(reference)
        if kelurahan.version < schema.SCHEMA_VERSION:
            uuid, name = storage.kelurahan_identity(reference)   # named in the kelurahan table
            kelurahan.identity = {"uuid": uuid, "name": name}
            kelurahan.reason = tr(
                "schema version {found}, made by an older CSIAP Planner (this plugin uses {known}): upgrade it "
                "with 'Upgrade workspace' first, then consolidate again", language).format(
                    found=kelurahan.version, known=schema.SCHEMA_VERSION)
            return kelurahan
        storage.check_intact(reference)
        if crs is None:
            crs = open_layer(reference, schema.layer("kelurahan"), schema.DEFAULT_LANGUAGE).crs()
        rows = _rows(reference, "kelurahan", crs, context, feedback)
        if not rows or not rows[0].get("name"):
            kelurahan.reason = tr("it has no kelurahan row with a name: fill in the kelurahan layer first", language)
            return kelurahan
        identity = rows[0]
        if identity.get("uuid") in seen:
            kelurahan.reason = tr("the same kelurahan as {other} (given twice, or a copy of it)", language).format(
                other=shown(seen[identity["uuid"]]))
            kelurahan.identity = identity
            return kelurahan
        copied = {name: _rows(reference, name, crs, context, feedback) for name in COPIED}
        proposals = _proposals(reference, copied["actions"])
        synthetic = any(has_row(reference, name, "data_source", "synthetic") for name in ("rt", "households"))
    except WorkspaceError as error:
        if feedback is not None and feedback.isCanceled():
            raise   # the user's cancel, not this kelurahan's fault
        kelurahan.reason = tr("cannot be read: {reason}", language).format(reason=error)
        return kelurahan
    except (RuntimeError, OSError, ImportError) as error:   # GDAL's exceptions (QGIS >= 3.38); a backend missing
        kelurahan.reason = tr("cannot be read: {reason}", language).format(reason=str(error).strip())
        return kelurahan
    kelurahan.identity, kelurahan.outline = identity, identity.get("wkb")
    kelurahan.rows, kelurahan.proposals, kelurahan.crs, kelurahan.synthetic = copied, proposals, crs, synthetic
    return kelurahan


def _kelurahan_row(kelurahan):
    identity = kelurahan.identity
    row = {"workspace": shown(kelurahan.reference), "kelurahan_uuid": identity.get("uuid"),
           "schema_version": kelurahan.version,
           "status": "included" if kelurahan.included else "refused", "reason": kelurahan.reason}
    row.update({f: identity.get(f) for f in ("name", "kemendagri_code", "kecamatan", "kota_kabupaten", "provinsi")})
    if kelurahan.included:
        actions = kelurahan.rows["actions"]
        first = next((p for p in kelurahan.proposals if p.get("location_code")), None)
        row.update(wkb=kelurahan.outline, action_count=len(actions),
                   total_cost=core_actions.totals(actions)["total"],
                   top_location=first["location_code"] if first else None)
    return row


def _copy(kelurahan, name):
    """The kelurahan's rows of ``name`` as the kota table holds them."""
    layer_def = schema.kota_layer(name)
    fields = set(layer_def.field_names())
    rows = []
    for row in kelurahan.rows[name]:
        copied = dict(kelurahan.key(), source_uuid=row.get("uuid"), wkb=row.get("wkb"))
        copied.update({k: v for k, v in row.items() if k in fields and k not in copied})
        rows.append(copied)
    return rows


def _priority_list(included):
    rows = []
    merged = core_consolidate.priority_list([(k.identity, k.proposals) for k in included])
    for rank, (index, place, proposal) in enumerate(merged, start=1):
        kelurahan = included[index]
        row = dict(kelurahan.key(), rank=rank, kelurahan_place=place, kecamatan=kelurahan.identity.get("kecamatan"),
                   action_uuid=proposal.get("uuid"), wkb=proposal.get("wkb"))
        for field in ("location_level", "location_code", "rw", "rt", "priority_score", "agreed", "kind",
                      "option_code", "description", "households_served", "persons_served", "total_cost",
                      "funding_source", "plan_year"):
            row[field] = proposal.get(field)
        rows.append(row)
    return rows


def _funding_rows(included):
    per_kelurahan, whole = core_consolidate.funding_totals([k.rows["actions"] for k in included])
    rows = []
    for kelurahan, by_source in zip(included, per_kelurahan):
        total = sum(by_source.values())
        rows += [dict(kelurahan.key(), scope="kelurahan", funding_source=source, amount=amount,
                      share_pct=core_consolidate.share_pct(amount, total)) for source, amount in by_source.items()]
    total = sum(whole.values())
    rows += [{"scope": "kota", "funding_source": source, "amount": amount,
              "share_pct": core_consolidate.share_pct(amount, total)} for source, amount in whole.items()]
    return rows


def consolidate(reference_list, output, language, context=None, feedback=None):
    """Read every kelurahan of ``reference_list``, then write the kabupaten/kota GeoPackage
    ``output`` (tables of ``core.schema.KOTA_LAYERS``). Returns the ``Kelurahan`` read, in
    order. Raises ``WorkspaceError`` where none can be included (nothing is written then)."""
    if not reference_list:
        raise WorkspaceError(tr("No workspace given: list the kelurahan workspaces (GeoPackage files or PostGIS "
                                "references), one per line.", language))
    context = context or QgsCoordinateTransformContext()
    read, seen, crs = [], {}, None
    for number, reference in enumerate(reference_list):
        if feedback is not None:
            if feedback.isCanceled():
                raise WorkspaceError(tr("Cancelled.", language))
            feedback.setProgress(80.0 * number / len(reference_list))
        kelurahan = read_kelurahan(reference, crs, context, language, seen, feedback)
        read.append(kelurahan)
        if kelurahan.included:
            crs = kelurahan.crs
            seen[kelurahan.identity["uuid"]] = reference
    included = [k for k in read if k.included]
    if not included:
        raise WorkspaceError(tr("None of the workspaces can be consolidated; nothing was written:", language) + "\n" +
                             "\n".join("{}: {}".format(shown(k.reference), k.reason) for k in read))
    tables = {"kelurahan": [_kelurahan_row(k) for k in read]}
    for name in COPIED:
        tables[name] = [row for k in included for row in _copy(k, name)]
    tables["priority_list"] = _priority_list(included)
    tables["funding_totals"] = _funding_rows(included)
    # A row without a geometry (an empty one, a refused kelurahan's outline) is written without.
    tables = {name: [{k: v for k, v in row.items() if k != "wkb" or v is not None} for row in table]
              for name, table in tables.items()}
    _write_new(output, crs.toWkt(), language, tables)
    return read


def _write_new(output, crs_wkt, language, tables):
    """The GeoPackage built beside ``output`` and moved onto it whole (an earlier one replaced).
    Always a file, whatever the kelurahan's storage: so the GeoPackage module itself writes it."""
    folder, name = os.path.split(os.path.abspath(output))
    built = os.path.join(folder, ".{}.csiap-new.gpkg".format(os.path.splitext(name)[0]))
    _remove(built)
    try:
        geopackage.write_tables(built, crs_wkt, language, schema.KOTA_LAYERS, tables)
        os.replace(built, output)
    finally:
        _remove(built)


def _remove(path):
    for leftover in (path, path + "-journal", path + "-wal", path + "-shm"):
        if os.path.exists(leftover):
            os.remove(leftover)
