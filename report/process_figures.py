"""The process figures and tables of the annex: the Venn diagram, the seasonal
calendar (SVG and PNG), and the stages, meetings and KSM tables (CSV).
Used by ``csiap:processfigures`` and the annex export."""

import os

from ..core import schema
from ..core.process import attendance_warning, in_date_order, progress, women_share
from ..i18n import tr
from ..workspace.process import stages
from ..workspace.project import read_rows
from .diagrams import render_calendar, render_venn
from .tables import cell, write_csv


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
