"""Process records in a workspace: the stages checklist, meetings, KSM,
institutions (Venn diagram) and the seasonal calendar. Their figures and
tables are drawn by ``report.process_figures``.
"""

import uuid

from ..core.process import STAGE_ACTIVITIES
from .attach import update_rows
from .project import read_rows
from .storage import write_rows

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
