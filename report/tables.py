"""The annex tables, as XLSX (one sheet each) and CSV, with headers in the
chosen language, written with GDAL/OGR and the csv module: nothing beyond what
QGIS ships. Personal fields never reach a table.
"""

import csv
import os

from osgeo import gdal, ogr

from ..core import schema
from ..core.actions import totals
from ..i18n import tr
from ..workspace.geopackage import WorkspaceError
from ..workspace.options import option_names, read_catalogue
from ..workspace.priorities import location_order
from ..workspace.project import read_rows
from ..workspace.scoring import load_session, sessions
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


def scores_table(path, language):
    """The newest scoring session's scores, one row per location, option and criterion."""
    newest = newest_session(path)
    if newest is None:
        return [], []
    names = option_names(path, language)
    criteria = {r["code"]: _name(r, language) for r in read_rows(path, "criteria")}
    fields = ("location_code", "option_code", "criterion_code", "score", "raw_value", "reason", "is_assumption")
    header = [schema.layer("scores").field(f).alias.text(language) for f in fields]
    rows = sorted((r for r in read_rows(path, "scores") if r["session_uuid"] == newest),
                  key=lambda r: (_location_order(r), r["option_code"], r["criterion_code"]))
    table = []
    for row in rows:
        values = [cell("scores", f, row.get(f), language) for f in fields]
        values[1] = names.get(row["option_code"], row["option_code"])
        values[2] = criteria.get(row["criterion_code"], row["criterion_code"])
        table.append(values)
    return header, table


def priorities_table(path, language):
    """Every location's priority as csiap:prioritiseareas computed it, with its components."""
    fields = ("location_level", "computed_rank", "location_code", "status", "priority_score", "need_score",
              "risk_score", "problems_score", "readiness_score", "unsafe_excreta_score", "reasons", "method")
    header = [schema.layer("priorities").field(f).alias.text(language) for f in fields]
    # RW and RT are ranked apart (each has its rank 1): each level's rows together, RW first.
    rows = sorted(read_rows(path, "priorities"),
                  key=lambda r: (r.get("location_level") != "RW", r.get("computed_rank") is None,
                                 r.get("computed_rank") or 0, _location_order(r)))
    return header, [[cell("priorities", f, r.get(f), language) for f in fields] for r in rows]


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


# --- The document's summaries (issue 13): a few rows per table, the per-location rows stay in the XLSX ---

def _name(row, language):
    return row.get("name_en") if language == "en" and row.get("name_en") else row.get("name_id") or row.get("code")


def area_summary(path, language):
    """Per RW: its RT, population and households (from the RT) and the households surveyed."""
    per_rw = {}
    for rt in read_rows(path, "rt"):
        entry = per_rw.setdefault(rt.get("rw") or "", [0, 0, 0, 0])
        entry[0] += 1
        entry[1] += int(rt.get("population") or 0)
        entry[2] += int(rt.get("households") or 0)
    for household in read_rows(path, "households"):
        per_rw.setdefault(household.get("rw") or "", [0, 0, 0, 0])[3] += 1
    header = ["RW", tr("RT", language), tr("Population", language), tr("Households (KK)", language),
              tr("Households surveyed", language)]
    rows = [[rw or "–"] + values for rw, values in sorted(per_rw.items(), key=lambda item: _code_key(item[0]))]
    if rows:
        rows.append([tr("Total", language)] + [sum(r[k] for r in rows) for k in range(1, 5)])
    for column in (2, 3):   # not typed in for any RT: unknown, not zero
        if rows and not rows[-1][column]:
            for row in rows:
                row[column] = "–"
    return header, rows


def _code_key(code):
    """RW and RT numbers in their counting order ("2" before "10"), text after."""
    text = str(code or "")
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def problem_summary(path, language):
    """Per problem category: how many problems were named, in how many RT, and by season."""
    seasons = schema.SEASON.values()
    counts = {}
    for row in read_rows(path, "problems"):
        entry = counts.setdefault(row.get("category") or "other", {"count": 0, "rt": set(), "season": {}})
        entry["count"] += 1
        entry["rt"].add((row.get("rw"), row.get("rt")))
        season = row.get("season") or ""
        entry["season"][season] = entry["season"].get(season, 0) + 1
    header = [schema.layer("problems").field("category").alias.text(language), tr("Problems", language),
              tr("RT affected", language)] + [schema.SEASON.label(s, language) for s in seasons]
    order = list(schema.PROBLEM_CATEGORY.values())
    rows = [[schema.PROBLEM_CATEGORY.label(c, language) or c, e["count"], len(e["rt"])]
            + [e["season"].get(s, 0) for s in seasons]
            for c, e in sorted(counts.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99)]
    return header, rows


def risk_summary(path, language, top=10):
    """``(classes, highest)``: the number of areas in each risk class, and the ``top`` areas
    of highest risk index."""
    rows = read_rows(path, "area_indicators")
    by_class = {}
    for row in rows:
        key = str(row.get("risk_class") or "")
        by_class[key] = by_class.get(key, 0) + 1
    classes = ([schema.layer("area_indicators").field("risk_class").alias.text(language), tr("Areas", language)],
               [[schema.RISK_CLASS.label(c, language) or c or "–", by_class[c]]
                for c in list(schema.RISK_CLASS.values()) + sorted(set(by_class) - set(schema.RISK_CLASS.values()))
                if c in by_class])
    fields = ("rw", "rt", "households_surveyed", "babs_households", "layak_share", "risk_index", "risk_class")
    ranked = sorted((r for r in rows if r.get("risk_index") is not None and not r.get("data_thin")),
                    key=lambda r: -float(r["risk_index"]))[:top]
    highest = ([schema.layer("area_indicators").field(f).alias.text(language) for f in fields],
               [[cell("area_indicators", f, r.get(f), language) for f in fields] for r in ranked])
    return classes, highest


def option_catalogue(path, language):
    """The catalogue (the workspace's, or the plugin's defaults): each option with its system,
    the households one unit serves, the land it needs and the sources of its rules."""
    fields = ("system", "max_households", "land_m2", "source")
    header = [tr("Technical option", language)] + [schema.layer("options").field(f).alias.text(language)
                                                   for f in fields]
    rows = []
    for option in read_catalogue(path):
        land = option.requirement("land_m2")
        sources = "; ".join(dict.fromkeys(r.source for r in option.requirements.values() if r.source))
        rows.append([option.name_id if language == "id" else option.name_en,
                     schema.SANITATION_SYSTEM.label(option.system, language) or option.system,
                     option.max_households if option.max_households is not None else "",
                     land.value if land is not None else "", sources])
    return header, rows


def option_summary(path, language):
    """Per option: in how many locations it was screened, found feasible, and ranked first
    in the newest scoring session (the per-location rows are in the XLSX)."""
    names = option_names(path, language)
    screened, feasible, first = {}, {}, {}
    for row in read_rows(path, "screening"):
        option = row.get("option_code")
        screened[option] = screened.get(option, 0) + 1
        if row.get("feasible"):
            feasible[option] = feasible.get(option, 0) + 1
    newest = newest_session(path)
    seen = set()
    for row in read_rows(path, "ranking"):
        # A tie shares rank 1: the first stored counts, as on the priorities map.
        if row["session_uuid"] == newest and row["rank"] == 1 and row["location_code"] not in seen:
            seen.add(row["location_code"])
            first[row["option_code"]] = first.get(row["option_code"], 0) + 1
    header = [tr("Technical option", language), tr("Locations screened", language),
              tr("Feasible in (locations)", language), tr("Ranked first in (locations)", language)]
    codes = list(names) + sorted((set(screened) | set(first)) - set(names), key=str)
    rows = [[names.get(code, code), screened.get(code, 0), feasible.get(code, 0), first.get(code, 0)]
            for code in codes if screened.get(code) or first.get(code)]
    return header, rows


def scoring_matrix(path, language):
    """The matrik skoring of the newest session: per option (rows) and criterion (columns, with
    its weight), the mean score over the locations scored; ``([], [], None)`` without a session."""
    newest = newest_session(path)
    if newest is None:
        return [], [], None
    session, _raw = load_session(path, newest)
    criteria = {r["code"]: _name(r, language) for r in read_rows(path, "criteria")}
    names = option_names(path, language)
    sums = {}
    used = []
    for score in read_rows(path, "scores"):
        # The 1-5 score the rembuk gave (or accepted), not the raw value it started from.
        if score["session_uuid"] != newest or score.get("score") is None:
            continue
        criterion = score["criterion_code"]
        if criterion not in used:
            used.append(criterion)
        total = sums.setdefault(score["option_code"], {}).setdefault(criterion, [0.0, 0])
        total[0] += float(score["score"])
        total[1] += 1
    order = [c for c in criteria if c in used] + [c for c in used if c not in criteria]
    # As shares of 100 %: direct weights are stored as typed, AHP ones come from the judgements.
    weights = {c: float(w) for c, w in session.effective_weights(order).items() if w is not None}
    whole = sum(weights.values()) or 1.0
    header = [tr("Technical option", language)] + [
        "{} ({:.0f} %)".format(criteria.get(c, c), 100.0 * weights[c] / whole) if c in weights
        else criteria.get(c, c) for c in order]
    rows = [[names.get(option, option)] + [round(totals[c][0] / totals[c][1], 2) if c in totals else ""
                                           for c in order]
            for option, totals in sorted(sums.items(), key=lambda item: list(names).index(item[0])
                                         if item[0] in names else 999)]
    label = "{} {}".format(session.session_date, schema.FORUM.label(session.forum, language) or "").strip()
    return header, rows, label


def _location_order(row):
    return tuple(_code_key(part) for part in str(row.get("location_code") or "").split("/"))


def priority_tables(path, language, top=10, level=None):
    """``(ranked, survey_first, agreed_at)`` of chapter 4, or ``None`` when csiap:prioritiseareas
    has not run: the ``top`` locations of ``level`` (where it was computed; else RT, else RW) in the
    order the plan follows (``workspace.priorities.location_order``: the newest rembuk's agreed
    order, then the computed one), each with the reason of its change; the locations to survey
    first that no rembuk placed; the meeting whose order it is."""
    computed = read_rows(path, "priorities")
    if not computed:
        return None
    levels = {r.get("location_level") for r in computed}
    level = level if level in levels else ("RT" if "RT" in levels else "RW")
    by_code = {r["location_code"]: r for r in computed if r.get("location_level") == level}
    order = location_order(path, level)
    meeting_uuid = next((item["meeting_uuid"] for item in order if item["meeting_uuid"]), None)
    reasons = {r["location_code"]: r.get("change_reason") for r in read_rows(path, "agreed_priorities")
               if r.get("meeting_uuid") == meeting_uuid and r.get("location_level") == level}
    header = [tr("Priority", language), schema.layer("priorities").field("computed_rank").alias.text(language),
              schema.layer("priorities").field("location_code").alias.text(language),
              schema.layer("priorities").field("priority_score").alias.text(language),
              schema.layer("priorities").field("reasons").alias.text(language),
              schema.layer("agreed_priorities").field("change_reason").alias.text(language)]
    rows = []
    for item in (i for i in order if i["rank"] is not None):
        row = by_code.get(item["location_code"], {})
        rows.append([item["rank"], item["computed_rank"], item["location_code"],
                     cell("priorities", "priority_score", item.get("priority_score"), language),
                     row.get("reasons") or "", reasons.get(item["location_code"]) or ""])
    thin_header = [schema.layer("priorities").field("location_code").alias.text(language),
                   schema.layer("priorities").field("reasons").alias.text(language)]
    thin = [[item["location_code"], by_code.get(item["location_code"], {}).get("reasons") or ""]
            for item in order if item["rank"] is None]
    agreed_at = []
    if meeting_uuid is not None:
        meeting = next((m for m in read_rows(path, "meetings") if m["uuid"] == meeting_uuid), {})
        agreed_at.append("{} {}".format(meeting.get("meeting_date") or "", meeting.get("title") or "").strip()
                         or str(meeting_uuid))
    return (header, rows[:top]), (thin_header, thin), agreed_at


def action_rows(path):
    """The plan's rows in priority order (the location's priority, then its code)."""
    return sorted(read_rows(path, "actions"),
                  key=lambda r: (r.get("priority_rank") is None, r.get("priority_rank") or 0, _location_order(r)))


def money(value):
    """Rupiah as the plan prints it: whole, grouped by thousands with dots."""
    return "{:,.0f}".format(float(value or 0)).replace(",", ".")


def action_table(path, language, rows=None):
    """The action plan, one row an action, with the option's name, never its code."""
    names = option_names(path, language)
    fields = ("priority_rank", "location_code", "kind", "option_code", "households_served", "persons_served",
              "total_cost", "funding_source", "plan_year", "status")
    header = [schema.layer("actions").field(f).alias.text(language) for f in fields]
    table = []
    for row in action_rows(path) if rows is None else rows:
        values = [cell("actions", f, row.get(f), language) for f in fields]
        option = row.get("option_code")
        values[3] = names.get(option, option) if option else (row.get("description") or "")
        values[6] = money(row.get("total_cost"))
        table.append(values)
    return header, table


def action_totals(rows, language):
    """``(by funding source, by RW)`` tables of core.actions.totals, each ending in the total."""
    sums = totals(rows)
    by_funding = ([schema.layer("actions").field("funding_source").alias.text(language), tr("Amount (Rp)", language)],
                  [[schema.FUNDING_SOURCE.label(source, language) or tr("Not yet chosen", language)
                    if source else tr("Not yet chosen", language), money(amount)]
                   for source, amount in sums["by_funding"].items()])
    by_rw = (["RW", tr("Amount (Rp)", language)],
             [[rw or "–", money(amount)] for rw, amount in sorted(sums["by_rw"].items(),
                                                                   key=lambda item: _code_key(item[0]))])
    for _header, table in (by_funding, by_rw):
        table.append([tr("Total", language), money(sums["total"])])
    return by_funding, by_rw
