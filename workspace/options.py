"""The workspace's option catalogue and scoring criteria.

Seeded from ``core.options`` the first time they are needed, then read from
the workspace, so a planner's edits (a local land need, a price) are what
screening and scoring use.
"""

import uuid

from ..core.options import CRITERIA, OPTIONS, Criterion, Option, Requirement
from ..core.screening import RULES
from .project import read_rows

# Requirement names are the options table's field names.
REQUIREMENT_FIELDS = tuple(RULES)


def catalogue_seed(path):
    """The default options and criteria rows the workspace still lacks.

    Nothing is written here: the algorithm that first needs the catalogue
    stores these rows in the same transaction as its results, so a failed
    run leaves the workspace as it was.
    """
    return {name: _defaults(name) for name in ("options", "criteria") if not read_rows(path, name)}


def _defaults(name):
    """The catalogue's default rows of ``options`` or ``criteria``."""
    if name == "options":
        return [_option_row(o) for o in OPTIONS]
    return [{"uuid": str(uuid.uuid4()), "code": c.code, "name_id": c.name_id, "name_en": c.name_en,
             "direction": c.direction, "unit": c.unit, "default_weight": c.weight, "source": c.source}
            for c in CRITERIA]


def _rows(path, name):
    """The workspace's rows of ``name``, or the defaults it would be seeded with."""
    return read_rows(path, name) or _defaults(name)


def _option_row(option):
    row = {"uuid": str(uuid.uuid4()), "code": option.code, "name_id": option.name_id, "name_en": option.name_en,
           "system": option.system, "max_households": option.max_households}
    for name, requirement in option.requirements.items():
        row[name] = requirement.value
    row["source"] = "; ".join(sorted({r.source for r in option.requirements.values() if not r.assumption}))
    row["assumptions"] = ", ".join(n for n, r in option.requirements.items() if r.assumption)
    return row


def read_catalogue(path):
    """The workspace's options as ``core.options.Option``, in table order."""
    options = []
    for row in _rows(path, "options"):
        assumed = {a.strip() for a in (row.get("assumptions") or "").split(",") if a.strip()}
        requirements = {name: Requirement(row[name], row.get("source") or "", name in assumed)
                        for name in REQUIREMENT_FIELDS if row.get(name) is not None}
        # A boolean requirement stored as "no" means the rule does not apply.
        requirements = {n: r for n, r in requirements.items()
                        if not (n in ("truck_access", "needs_sewer") and not r.value)}
        options.append(Option(row["code"], row["name_id"], row.get("name_en") or row["name_id"],
                              row.get("system") or "", requirements, row.get("max_households")))
    return tuple(options)


def read_criteria(path):
    return tuple(Criterion(r["code"], r["name_id"], r.get("name_en") or r["name_id"], r.get("direction") or "gain",
                           r.get("unit") or "", float(r.get("default_weight") or 0), r.get("source") or "")
                 for r in _rows(path, "criteria"))
