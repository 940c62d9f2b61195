"""The three-way merge of field packages back into the workspace, by uuid.

Each package carries the rows a field team returned and the base: the rows as
they were when the package was made. Against that base, per row and column:

- changed only in the package: the package's value is taken;
- different columns changed by different packages: all apply;
- the same column set to different values, by two packages or by a package
  and the office since packaging: a conflict, and nothing is overwritten
  (unless the user chose a policy: office wins, field wins, newest wins);
- an edit against a delete: a conflict, whatever the policy (a row is never
  deleted, nor brought back, by a policy);
- new rows are added; the geometry is a column like the others.

Pure Python: rows are dicts keyed by column, with ``uuid``; the geometry is a
text (WKB hex or WKT) under ``GEOMETRY``. Everything here is independent of
the order the packages are given in (ties go by package name).
"""

import json
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

GEOMETRY = "geom"
# The column of a conflict about the whole row: an edit against a delete.
ROW = "(row)"
DELETED = "(deleted)"
EDITED = "(edited)"

POLICY_NONE, POLICY_OFFICE, POLICY_FIELD, POLICY_NEWEST = "none", "office", "field", "newest"
POLICIES = (POLICY_NONE, POLICY_OFFICE, POLICY_FIELD, POLICY_NEWEST)


@dataclass
class Package:
    """One returned package, for one layer: its base and its rows (lists: a
    duplicate uuid is kept to be rejected), its name (team) and its time
    (ISO text, compared as text: the newest-wins policy)."""

    name: str
    base: List[dict]
    rows: List[dict]
    when: str = ""


@dataclass
class Conflict:
    uuid: str
    column: str
    base: object
    ours: object
    theirs: object
    package: str
    when: str
    # The geometry of the row (ours, else theirs): where the conflict is shown.
    place: Optional[str] = None
    # "" while open; where a policy settled it (named in ``policy``): "ours" (the
    # office's value kept), "theirs" (this package's taken), "other_package".
    resolution: str = ""
    policy: str = ""

    @property
    def key(self):
        """What makes a conflict the same one on a re-run (the merge is idempotent)."""
        return (self.uuid, self.column, self.package, text(self.theirs))


@dataclass
class Counts:
    """Per package: rows = unchanged + applied + conflicts + rejected."""

    rows: int = 0
    unchanged: int = 0
    applied: int = 0
    conflicts: int = 0
    rejected: List[Tuple[str, str]] = field(default_factory=list)  # (uuid or row number, reason)

    def balanced(self):
        return self.rows == self.unchanged + self.applied + self.conflicts + len(self.rejected)


@dataclass
class Result:
    updates: Dict[str, dict] = field(default_factory=dict)   # uuid -> {column: value}
    inserts: Dict[str, dict] = field(default_factory=dict)   # uuid -> row
    deletes: List[str] = field(default_factory=list)
    conflicts: List[Conflict] = field(default_factory=list)
    counts: Dict[str, Counts] = field(default_factory=dict)

    @property
    def changes(self):
        return len(self.updates) + len(self.inserts) + len(self.deletes)


def same(a, b):
    """Equal values; an empty text and no value are the same (field apps write either)."""
    a = None if a == "" else a
    b = None if b == "" else b
    if isinstance(a, float) or isinstance(b, float):
        try:
            return a is not None and b is not None and abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))
        except (TypeError, ValueError):
            return False
    return a == b


def text(value):
    """A value as the text a conflict stores (rows as JSON)."""
    if value is None:
        return None
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def _rows_equal(a, b, columns):
    return all(same(a.get(c), b.get(c)) for c in columns)


def _checked(package, validate, counts):
    """``{uuid: row}`` of the package's rows that can be merged; the others go to
    ``counts.rejected`` with their reason. ``validate`` sees what the team changed
    (a new row whole): a value the office's copy already held is not the team's to answer for."""
    base = {r.get("uuid"): r for r in package.base if r.get("uuid")}
    seen = {}
    for number, row in enumerate(package.rows, 1):
        seen.setdefault(row.get("uuid") or "", []).append((number, row))
    good = {}
    for uuid, found in seen.items():
        if not uuid:
            counts.rejected.extend(("#{}".format(number), "no uuid") for number, _row in found)
        elif len(found) > 1:
            counts.rejected.extend((uuid, "uuid repeated in the package") for _ in found)
        else:
            row, before = found[0][1], base.get(uuid)
            changed = row if before is None else {
                c: v for c, v in row.items() if c == "uuid" or not same(v, before.get(c))}
            reason = validate(changed) if validate is not None and len(changed) > 1 else None
            if reason:
                counts.rejected.append((uuid, reason))
            else:
                good[uuid] = found[0][1]
    return good


def merge(workspace, packages, policy=POLICY_NONE, office_when="", validate=None, known=()):
    """Merge ``packages`` (``Package``) into ``workspace`` (``{uuid: row}``), one layer.

    ``validate(row)`` gives the reason a package row is refused, or None.
    ``known``: keys of the conflicts already recorded (not recorded again); ``(uuid, ROW,
    None, None)`` for a row whose edit against a delete was resolved.
    Returns a ``Result``: what to write, the new conflicts, the counts. The
    workspace is not changed here (``apply`` shows what writing does).
    """
    if policy not in POLICIES:
        raise ValueError(policy)
    packages = sorted(packages, key=lambda p: p.name)
    result = Result()
    known = set(known)
    good, bases = {}, {}
    for package in packages:
        counts = result.counts.setdefault(package.name, Counts())
        good[package.name] = _checked(package, validate, counts)
        rejected = {uuid for uuid, _reason in counts.rejected}
        bases[package.name] = {r["uuid"]: r for r in package.base if r.get("uuid") and r["uuid"] not in rejected}
        counts.rows = len(package.rows) + len(set(bases[package.name]) - set(good[package.name]))
    # The state of each package's row: "unchanged", "applied" or "conflict" (the worst wins).
    state = {p.name: {} for p in packages}

    def mark(name, uuid, value):
        order = ("unchanged", "applied", "conflict")
        old = state[name].get(uuid, "unchanged")
        state[name][uuid] = value if order.index(value) > order.index(old) else old

    def conflict(package, uuid, column, base, ours, theirs, place, resolution=""):
        mark(package.name, uuid, "conflict")
        found = Conflict(uuid, column, base, ours, theirs, package.name, package.when, place, resolution,
                         policy if resolution else "")
        # (uuid, ROW, None, None): the row's fate was settled (an edit against a delete resolved).
        if found.key not in known and not (column == ROW and (uuid, ROW, None, None) in known):
            known.add(found.key)
            result.conflicts.append(found)

    uuids = set(workspace)
    for package in packages:
        uuids |= set(good[package.name]) | set(bases[package.name])
    for uuid in sorted(uuids):
        ours = workspace.get(uuid)
        touching = [p for p in packages if uuid in good[p.name] or uuid in bases[p.name]]
        for package in touching:
            mark(package.name, uuid, "unchanged")
        if not touching:
            continue
        if ours is None:
            _merge_absent(uuid, touching, good, bases, result, mark, conflict)
            continue
        deleting = [p for p in touching if uuid in bases[p.name] and uuid not in good[p.name]]
        editing = [p for p in touching if uuid in good[p.name]]
        changed = _merge_columns(uuid, ours, editing, good, bases, result, mark, conflict, policy, office_when)
        for package in deleting:
            base = bases[package.name][uuid]
            # The package's columns: one an older package lacks is no edit.
            columns = set(base)
            if not changed and _rows_equal(ours, base, columns) and not any(
                    not _rows_equal(good[p.name][uuid], bases[p.name].get(uuid, {}), columns) for p in editing):
                if uuid not in result.deletes:
                    result.deletes.append(uuid)
                mark(package.name, uuid, "applied")
            else:
                conflict(package, uuid, ROW, EDITED, EDITED, DELETED, ours.get(GEOMETRY) or base.get(GEOMETRY))
        if uuid in result.deletes:
            result.updates.pop(uuid, None)
    for package in packages:
        counts, states = result.counts[package.name], list(state[package.name].values())
        counts.unchanged, counts.applied = states.count("unchanged"), states.count("applied")
        counts.conflicts = states.count("conflict")
    return result


def _merge_absent(uuid, touching, good, bases, result, mark, conflict):
    """A row the workspace does not have: new in a package, or deleted at the office."""
    added = [p for p in touching if uuid in good[p.name] and uuid not in bases[p.name]]
    if added:
        first = good[added[0].name][uuid]
        result.inserts[uuid] = dict(first)
        mark(added[0].name, uuid, "applied")
        for package in added[1:]:
            row = good[package.name][uuid]
            differing = [c for c in sorted(set(row) | set(first)) if not same(row.get(c), first.get(c))]
            for column in differing:
                conflict(package, uuid, column, None, first.get(column), row.get(column), first.get(GEOMETRY))
            if not differing:
                mark(package.name, uuid, "applied")
        return
    for package in touching:
        if uuid in good[package.name]:
            row, base = good[package.name][uuid], bases[package.name][uuid]
            if not _rows_equal(row, base, set(row) | set(base)):
                # Edited in the field, deleted at the office: brought back only if resolved so.
                conflict(package, uuid, ROW, text(base), DELETED, text(row), row.get(GEOMETRY))
        # Deleted in the package and at the office: nothing to do.


def _merge_columns(uuid, ours, editing, good, bases, result, mark, conflict, policy, office_when):
    """The column-by-column merge of a row the workspace has; True if anything applies."""
    proposals = {}   # column -> [(package, base value, their value)]
    for package in editing:
        row = good[package.name][uuid]
        base = bases[package.name].get(uuid, {})
        for column in row:
            if column == "uuid" or same(row[column], base.get(column)):
                continue
            proposals.setdefault(column, []).append((package, base.get(column), row[column]))
    changed = False
    for column, proposed in sorted(proposals.items()):
        office = ours.get(column)
        wanting = [(p, b, t) for p, b, t in proposed if not same(t, office)]
        if not wanting:
            continue   # every package's value is the workspace's already
        values = {text(t) for _p, _b, t in wanting}
        office_edited = any(not same(office, b) for _p, b, _t in wanting)
        place = ours.get(GEOMETRY)
        if len(values) == 1 and not office_edited:
            result.updates.setdefault(uuid, {})[column] = wanting[0][2]
            for package, _b, _t in wanting:
                mark(package.name, uuid, "applied")
            changed = True
            continue
        # Chosen among every package's value (not only those still wanting a change), so that a
        # re-run chooses the same one and changes nothing.
        winner = _policy_winner(policy, proposed, office_when if office_edited else "")
        if winner is not None and not same(winner, office):
            result.updates.setdefault(uuid, {})[column] = winner
            changed = True
        for package, base, theirs in wanting:
            conflict(package, uuid, column, base, office, theirs, place, resolution=_resolution(policy, winner, theirs))
    return changed


def _policy_winner(policy, proposed, office_when):
    """The package value a policy writes over the office's, or None (the office's stays).
    ``office_when``: when the office's value was saved, "" where the office did not change it
    (then, for newest wins, the newest package's value is the newest)."""
    if policy in (POLICY_NONE, POLICY_OFFICE):
        return None
    newest = max(proposed, key=lambda pbt: (pbt[0].when, pbt[0].name))
    if policy == POLICY_NEWEST and office_when and office_when >= newest[0].when:
        return None
    return newest[2]


def _resolution(policy, winner, theirs):
    """How a policy settled a package's conflicting value (schema.MERGE_RESOLUTION)."""
    if policy == POLICY_NONE:
        return ""
    if winner is None:
        return "ours"
    return "theirs" if same(winner, theirs) else "other_package"


def apply(workspace, result):
    """The workspace rows after writing ``result`` (what the workspace layer does, in memory)."""
    rows = {uuid: dict(row) for uuid, row in workspace.items()}
    for uuid, values in result.updates.items():
        rows[uuid].update(values)
    for uuid, row in result.inserts.items():
        rows[uuid] = dict(row)
    for uuid in result.deletes:
        rows.pop(uuid, None)
    return rows


def resolved_value(conflict_row: dict, choice: str) -> Tuple[str, object]:
    """What resolving a recorded conflict with ``choice`` ("ours" or "theirs") does to the
    workspace: ``("keep", None)``, ``("set", value)``, ``("delete", None)`` or ``("insert", row)``."""
    if choice == "ours":
        return "keep", None
    if conflict_row["column"] == ROW:
        if conflict_row["theirs"] == DELETED:
            return "delete", None
        return "insert", json.loads(conflict_row["theirs"])
    return "set", conflict_row["theirs"]

