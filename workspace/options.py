"""The workspace's option catalogue and scoring criteria.

Seeded from ``core.options`` the first time they are needed, then read from
the workspace, so a planner's edits (a local land need, a price) are what
screening and scoring use.
"""

import uuid

from ..core.costs import COLUMNS, DEFAULT_UNIT_COSTS, UnitCost, UnitCostError, unit_cost_from_row
from ..core.options import CRITERIA, OPTIONS, Criterion, Option, Requirement
from ..core.screening import RULES
from ..i18n import tr
from .project import read_rows
from .storage import WorkspaceError, write_rows
from .survey import read_table

# Requirement names are the options table's field names.
REQUIREMENT_FIELDS = tuple(RULES)
CATALOGUE_TABLES = ("options", "criteria", "unit_costs")


def catalogue_seed(path):
    """The default options and criteria rows the workspace still lacks.

    Nothing is written here: the algorithm that first needs the catalogue
    stores these rows in the same transaction as its results, so a failed
    run leaves the workspace as it was.
    """
    return {name: _defaults(name) for name in CATALOGUE_TABLES if not read_rows(path, name)}


def _defaults(name):
    """The catalogue's default rows of ``options``, ``criteria`` or ``unit_costs``."""
    if name == "options":
        return [_option_row(o) for o in OPTIONS]
    if name == "unit_costs":
        return [unit_cost_row(c) for c in DEFAULT_UNIT_COSTS]
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


def unit_cost_row(cost):
    return {"uuid": str(uuid.uuid4()), "option_code": cost.option, "item": cost.item, "unit": cost.unit,
            "price": cost.price, "year": cost.year, "source": cost.source, "is_assumption": cost.assumption}


def read_unit_costs(path):
    """The workspace's unit costs as ``core.costs.UnitCost`` (the plugin's defaults until seeded)."""
    return tuple(UnitCost(r["option_code"], r.get("item") or "", r["unit"], float(r["price"]), r.get("year"),
                          r.get("source") or "", bool(r.get("is_assumption")))
                 for r in _rows(path, "unit_costs") if r.get("price") is not None)


def missing_criteria(path):
    """Default criteria rows a workspace's criteria table lacks by code (a criterion
    a newer plugin added: site suitability in schema 3); none where the table is
    still empty, as it is then seeded whole the first time it is needed."""
    present = {r["code"] for r in read_rows(path, "criteria")}
    return [row for row in _defaults("criteria") if present and row["code"] not in present]


def import_unit_costs(path, table_path, language):
    """Read a price list (CSV or XLSX: option, item, unit, price, year, source,
    assumption) into ``unit_costs``: its rows replace those of the options it
    prices, the others stay. Every bad row is named in one ``WorkspaceError``
    and nothing is written. Returns the rows stored."""
    table = read_table(table_path)
    names = [str(c).strip().lower() for c in table.columns]
    where = {key: next((names.index(n) for n in aliases if n in names), None) for key, aliases in COLUMNS.items()}
    missing = [key for key in ("option", "unit", "price") if where[key] is None]
    if missing:
        raise WorkspaceError(tr("The price list lacks the columns: {columns}.", language).format(
            columns=", ".join(missing)))
    known = {o.code for o in read_catalogue(path)}
    costs, problems = [], []
    for number, values in enumerate(table.rows, start=2):   # row 1 holds the column names
        row = {key: (values[i] if i is not None and i < len(values) else None) for key, i in where.items()}
        try:
            costs.append(unit_cost_from_row(number, row, known))
        except UnitCostError as error:
            problems.append(unit_cost_message(error, row, language))
    if problems:
        raise WorkspaceError(tr("Nothing was imported; correct these rows of the price list:", language) + "\n" +
                             "\n".join(problems))
    if not costs:
        raise WorkspaceError(tr("The price list has no rows.", language))
    priced = {c.option for c in costs}
    # The options the list does not price keep their rows (the defaults, where never seeded).
    kept = [dict(r) for r in _rows(path, "unit_costs") if r.get("option_code") not in priced]
    for row in kept:
        row.pop("fid", None)
    rows = kept + [unit_cost_row(c) for c in costs]
    write_rows(path, {"unit_costs": rows}, replace=True)
    return rows


def unit_cost_message(error, row, language):
    """"Row 4 (Pipa PVC): the price "dua juta" is not a number"."""
    reasons = {
        "unknown_option": tr("the option {value!r} is not in the catalogue", language),
        "unknown_unit": tr("the unit {value!r} is not fixed, per KK or per metre", language),
        "no_price": tr("it has no price", language),
        "price_text": tr("the price {value!r} is not a number", language),
        "price_negative": tr("the price {value} is below zero", language),
        "year_text": tr("the year {value!r} is not a year", language),
    }
    return tr("Row {row} ({item}): {reason}", language).format(
        row=error.row, item=row.get("item") or row.get("option") or "-",
        reason=reasons[error.kind].format(value=error.value))


def option_names(path, language):
    """``{option code: its name in language}`` (the catalogue's defaults where none is stored yet)."""
    return {o.code: (o.name_id if language == "id" else o.name_en) for o in read_catalogue(path)}
