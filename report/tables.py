"""The annex tables, as XLSX (one sheet each) and CSV, with headers in the
chosen language, written with GDAL/OGR and the csv module: nothing beyond what
QGIS ships. Personal fields never reach a table.
"""

import csv
import os

from osgeo import gdal, ogr

from ..core import schema
from ..i18n import tr
from ..workspace.geopackage import WorkspaceError
from ..workspace.options import option_names
from ..workspace.project import read_rows
from ..workspace.scoring import sessions
from ..workspace.screening import location_code

INDICATOR_FIELDS = ("rw", "rt", "households_surveyed", "population", "density", "density_class", "layak_share",
                    "aman_share", "babs_households", "septic_overdue", "wells_near_septic", "low_income_share",
                    "risk_index", "risk_class", "data_thin")


def cell(layer, field, value, language):
    """A value as people read it: code-list labels, yes/no, rounded shares."""
    definition = schema.layer(layer).field(field)
    if value is None:
        return ""
    if definition.codelist is not None:
        return definition.codelist.label(str(value), language) or value
    if definition.type == schema.BOOLEAN:
        return tr("yes", language) if value else tr("no", language)
    if definition.type == schema.REAL:
        return round(float(value), 1)
    return value


def indicator_table(path, language):
    rows = read_rows(path, "area_indicators")
    header = [schema.layer("area_indicators").field(f).alias.text(language) for f in INDICATOR_FIELDS]
    return header, [[cell("area_indicators", f, r.get(f), language) for f in INDICATOR_FIELDS] for r in rows]


def problem_table(path, language):
    """Problems per RT by category."""
    categories = schema.PROBLEM_CATEGORY.values()
    counts = {}
    for row in read_rows(path, "problems"):
        key = (row.get("rw") or "", row.get("rt") or "")
        counts.setdefault(key, dict.fromkeys(categories, 0))[row.get("category") or "other"] += 1
    header = ["RW", "RT"] + [schema.PROBLEM_CATEGORY.label(c, language) for c in categories] + [tr("Total", language)]
    table = [[rw, rt] + [c[k] for k in categories] + [sum(c.values())] for (rw, rt), c in sorted(counts.items())]
    return header, table


def screening_table(path, language):
    names = option_names(path, language)
    fields = ("location_code", "option_code", "feasible", "reasons", "unchecked")
    header = [schema.layer("screening").field(f).alias.text(language) for f in fields]
    table = []
    for row in read_rows(path, "screening"):
        values = [cell("screening", f, row.get(f), language) for f in fields]
        values[1] = names.get(row.get("option_code"), row.get("option_code"))
        table.append(values)
    return header, table


def ranking_table(path, language):
    """The newest scoring session's ranking per location."""
    newest = newest_session(path)
    if newest is None:
        return [], []
    names = option_names(path, language)
    fields = ("location_code", "rank", "option_code", "score", "tied", "sensitive_to", "explanation")
    # Whether the location had too few households surveyed: its ranking rests on assumptions.
    thin = {location_code("RW" if r.get("rt") is None else "RT", r["rw"], r.get("rt")): r.get("data_thin")
            for r in read_rows(path, "area_indicators")}
    header = [schema.layer("ranking").field(f).alias.text(language) for f in fields] + [
        schema.layer("area_indicators").field("data_thin").alias.text(language)]
    rows = sorted((r for r in read_rows(path, "ranking") if r["session_uuid"] == newest),
                  key=lambda r: (r["location_code"], r["rank"]))
    table = []
    for row in rows:
        values = [cell("ranking", f, row.get(f), language) for f in fields]
        values[2] = names.get(row.get("option_code"), row.get("option_code"))
        values.append(cell("area_indicators", "data_thin", thin.get(row["location_code"]), language))
        table.append(values)
    return header, table


def newest_session(path):
    """The uuid of the scoring session with the latest date (the last saved among
    equal dates), or None."""
    saved = sessions(path)
    return saved[0][0] if saved else None


# A cell a spreadsheet would run as a formula (OWASP's CSV injection rule).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Text that Excel or LibreOffice would read as a formula ("=HYPERLINK(…)",
    "-1+2", "@SUM") gets a leading apostrophe: shown as typed, never run.
    Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([safe_cell(v) for v in header])
        writer.writerows([safe_cell(v) for v in row] for row in rows)
    return path


def write_xlsx(path, sheets):
    """``sheets``: ``{sheet name: (header, rows)}``; every cell written as text or number."""
    if os.path.exists(path):
        os.remove(path)
    try:
        dataset = gdal.GetDriverByName("XLSX").Create(path, 0, 0, 0, gdal.GDT_Unknown)
    except RuntimeError:   # GDAL's exceptions on (QGIS >= 3.38): the same message as without
        dataset = None
    if dataset is None:
        raise WorkspaceError(tr("Cannot create the file {path}: {reason}").format(path=path,
                                                                                reason=gdal.GetLastErrorMsg()))
    for name, (header, rows) in sheets.items():
        layer = dataset.CreateLayer(name[:31], None, ogr.wkbNone)
        kinds = []
        for column, title in enumerate(header):
            values = [row[column] for row in rows if row[column] not in ("", None)]
            numeric = values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
            kinds.append(ogr.OFTReal if numeric else ogr.OFTString)
            layer.CreateField(ogr.FieldDefn(title, kinds[-1]))
        for row in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for column, value in enumerate(row):
                if value not in ("", None):
                    feature.SetField(column, float(value) if kinds[column] == ogr.OFTReal else str(value))
            layer.CreateFeature(feature)
    dataset = None   # written here, on closing: GDAL says nothing when it cannot
    if not os.path.isfile(path):
        raise WorkspaceError(tr("Cannot create the file {path}: {reason}").format(
            path=path, reason=gdal.GetLastErrorMsg() or tr("it was not written")))
    return path
