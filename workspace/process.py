"""Process records in a workspace: the stages checklist, meetings, KSM,
institutions (Venn diagram) and the seasonal calendar; and their figures and
tables for the annex.
"""

import os
import uuid

from ..core import schema
from ..core.process import STAGE_ACTIVITIES, attendance_warning, in_date_order, progress, women_share
from ..i18n import tr
from .attach import update_rows
from .diagrams import render_calendar, render_venn
from .geopackage import write_rows
from .project import read_rows
from .tables import cell, write_csv

RECORD_LAYERS = ("meetings", "institutions", "season_calendar", "stages", "ksm_members")


def _missing_stages(rows):
    present = {row["activity"] for row in rows}
    return [{"uuid": str(uuid.uuid4()), "stage": stage, "activity": activity}
            for stage, activities in STAGE_ACTIVITIES for activity in activities if activity not in present]


def ensure_stages(path):
    """Give the workspace the method's checklist (one row per activity) if it has none."""
    missing = _missing_stages(read_rows(path, "stages"))
    if missing:
        write_rows(path, {"stages": missing}, replace=False)


def stages(path):
    """The checklist rows, in the method's order; an activity the workspace has no
    row for yet comes as an empty row (reading never writes: exports only read)."""
    order = [a for _stage, activities in STAGE_ACTIVITIES for a in activities]
    rows = read_rows(path, "stages")
    rows += _missing_stages(rows)
    return sorted(rows, key=lambda r: order.index(r["activity"]) if r["activity"] in order else len(order))


def update_stage(path, activity, **values):
    """Set ``planned_date``, ``done_date``, ``meeting_uuid`` or ``notes`` of one activity."""
    allowed = {"planned_date", "done_date", "meeting_uuid", "notes"}
    ensure_stages(path)
    row = next(r for r in stages(path) if r["activity"] == activity)
    update_rows(path, {"stages": {row["fid"]: {k: v for k, v in values.items() if k in allowed}}})


def replace_records(path, layer_name, rows):
    """Replace every row of an edited record table (institutions, calendar), in one transaction."""
    write_rows(path, {layer_name: [dict(row, uuid=row.get("uuid") or str(uuid.uuid4())) for row in rows]},
               replace=True)


def import_records(path, records):
    """Add ``{layer: [row, …]}`` of process records (a programme's log, the sample)."""
    write_rows(path, {name: [dict(row, uuid=row.get("uuid") or str(uuid.uuid4())) for row in rows]
                      for name, rows in records.items() if name in RECORD_LAYERS}, replace=False)


def _alias(layer, field, language):
    return schema.layer(layer).field(field).alias.text(language)


def export_figures(path, folder, language, include_personal=False, threshold=None):
    """The Venn diagram, the seasonal calendar (SVG and PNG), and the stages,
    meetings and KSM tables (CSV) into ``folder``; returns the files written.

    Names of people (KSM members, facilitators) only with ``include_personal``.
    """
    os.makedirs(folder, exist_ok=True)
    files = []
    institutions = read_rows(path, "institutions")
    calendar = read_rows(path, "season_calendar")
    for suffix in (".svg", ".png"):
        files.append(render_venn(os.path.join(folder, "diagram_kelembagaan" + suffix), institutions, language))
        files.append(render_calendar(os.path.join(folder, "kalender_musim" + suffix), calendar, language))

    rows = stages(path)
    per_stage, overall = progress(rows)
    meetings = {r["uuid"]: r for r in read_rows(path, "meetings")}
    header = [_alias("stages", f, language) for f in ("stage", "activity", "planned_date", "done_date")] + [
        _alias("stages", "meeting_uuid", language)]
    table = [[schema.STAGE.label(r["stage"], language), schema.STAGE_ACTIVITY.label(r["activity"], language),
              r.get("planned_date") or "", r.get("done_date") or "",
              (meetings.get(r.get("meeting_uuid")) or {}).get("title") or ""] for r in rows]
    table += [[schema.STAGE.label(p.stage, language), tr("progress", language), "", "{:.0f} %".format(p.share), ""]
              for p in per_stage]
    table.append([tr("All stages", language), tr("progress", language), "", "{:.0f} %".format(overall.share), ""])
    files.append(write_csv(os.path.join(folder, "tahapan.csv"), header, table))

    fields = ["meeting_date", "kind", "stage", "title", "place", "rw", "rt", "attendance_female", "attendance_male",
              "mbr_represented", "decisions"] + (["facilitator"] if include_personal else [])
    header = [_alias("meetings", f, language) for f in fields] + [tr("Women (%)", language),
                                                                  tr("Women below the threshold", language)]
    limit = {} if threshold is None else {"threshold": threshold}
    table = []
    for meeting in in_date_order(meetings.values()):
        share = women_share(meeting)
        values = [cell("meetings", f, meeting.get(f), language) for f in fields]
        table.append(values + ["" if share is None else "{:.0f}".format(share),
                               tr("yes", language) if attendance_warning(meeting, **limit) else ""])
    files.append(write_csv(os.path.join(folder, "rembuk_fgd.csv"), header, table))

    fields = (["full_name"] if include_personal else []) + ["gender", "role", "rw", "joined_date"]
    header = [_alias("ksm_members", f, language) for f in fields]
    table = [[cell("ksm_members", f, m.get(f), language) for f in fields] for m in read_rows(path, "ksm_members")]
    files.append(write_csv(os.path.join(folder, "ksm.csv"), header, table))
    return files
