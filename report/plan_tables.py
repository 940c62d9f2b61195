"""The action plan's tables for the kelurahan: the Musrenbang proposal list
(daftar usulan) and the RKM draft (Rencana Kerja Masyarakat), as XLSX and CSV,
headers in the chosen language, option names (not codes), and no personal data
(only the actions and the households' member counts and MBR flags are read).

Figures come from ``workspace.actions.planned_actions``: computed at export time,
so a list never prints a figure its households or prices no longer give.
"""

import os

from ..core import actions as core_actions
from ..core import schema
from ..core.reference import MUSRENBANG_FORMAT, RKM_FORMAT
from ..i18n import tr
from ..workspace.actions import planned_actions
from ..workspace.geopackage import WorkspaceError
from ..workspace.options import option_names
from ..workspace.project import read_rows
from .tables import write_csv, write_xlsx


def _months(language):
    return [tr("Jan", language), tr("Feb", language), tr("Mar", language), tr("Apr", language), tr("May", language),
            tr("Jun", language), tr("Jul", language), tr("Aug", language), tr("Sep", language), tr("Oct", language),
            tr("Nov", language), tr("Dec", language)]


def activity(action, names, language):
    """"Tangki septik individual + bidang resapan", or the description with the option's name."""
    option = names.get(action.get("option_code"), action.get("option_code"))
    text = action.get("description") or option or schema.ACTION_KIND.label(action.get("kind"), language) or "-"
    if option and option not in text:
        text = "{} ({})".format(text, option)
    return text


def location_text(action, language):
    """"RT 002 / RW 001", "RW 003", or the location code as stored."""
    rw, rt = action.get("rw"), action.get("rt")
    if rw and rt:
        return "RT {} / RW {}".format(rt, rw)
    if rw:
        return "RW {}".format(rw)
    return action.get("location_code") or "-"


def funding_text(action, language):
    """"APBD 85 %; Swadaya masyarakat 15 % (tunai 10 %, natura/tenaga 5 %)"."""
    source = action.get("funding_source")
    cash = core_actions.number_of(action.get("swadaya_cash_pct")) or 0.0
    kind = core_actions.number_of(action.get("swadaya_in_kind_pct")) or 0.0
    label = schema.FUNDING_SOURCE.label(source, language) if source else tr("not decided yet", language)
    if source == core_actions.SWADAYA or not (cash or kind):
        return label
    return tr("{source} {rest:g} %; {swadaya} {share:g} % (cash {cash:g} %, in kind {kind:g} %)", language).format(
        source=label, rest=100 - cash - kind, swadaya=schema.FUNDING_SOURCE.label(core_actions.SWADAYA, language),
        share=cash + kind, cash=cash, kind=kind)


def _number(value):
    return round(float(value), 2) if value not in (None, "") else ""


def _without_members(actions):
    """How many of the households the actions serve are counted as one person (each
    household once, however many actions serve it)."""
    return len(set().union(*[a.get("without_members_served") or () for a in actions]))


def musrenbang_table(path, language, actions=None):
    """``(header, rows)`` of the Musrenbang proposal list, in priority order, with a
    total row and the notes rows (the format's provenance, how persons are counted,
    where the prices come from)."""
    actions = planned_actions(path, language) if actions is None else actions
    names = option_names(path, language)
    meetings = {m["uuid"]: m.get("title") for m in read_rows(path, "meetings")}
    header = [tr("No.", language), tr("Proposed activity", language), tr("Location (RT/RW)", language),
              tr("Volume", language), tr("Unit", language), tr("Estimated cost (Rp)", language),
              tr("Funding source", language), tr("Beneficiaries (households)", language),
              tr("Beneficiaries (persons)", language), tr("Priority", language), tr("Proposed by", language)]
    rows = []
    for number, action in enumerate(actions, start=1):
        meeting = meetings.get(action.get("meeting_uuid"))
        proposer = "KSM" if not meeting else tr("KSM ({meeting})", language).format(meeting=meeting)
        rows.append([number, activity(action, names, language), location_text(action, language),
                     _number(action.get("volume")), action.get("unit") or "", _number(action.get("total_cost")),
                     funding_text(action, language), action.get("households_served") or 0,
                     action.get("persons_served") or 0, action.get("priority_rank") or "", proposer])
    total = core_actions.totals(actions)["total"]
    rows.append(["", tr("Total", language), "", "", "", _number(total), "", "", "", "", ""])
    sources = sorted({a["cost_source"] for a in actions if a.get("cost_source")})
    notes = [MUSRENBANG_FORMAT[language],
             tr("Households and persons served are counted from the surveyed households in each action's area "
                "(a household served by two actions of the same kind counts once, for the first in priority); a "
                "household without a member count counts as one person ({count} such households).",
                language).format(count=_without_members(actions)),
             tr("Prices: {sources}.", language).format(sources="; ".join(sources) or "-")]
    rows += [["", note, "", "", "", "", "", "", "", "", ""] for note in notes]
    return header, rows


def rkm_table(path, language, actions=None):
    """``(header, rows)`` of the RKM draft: activity, volume, a mark per month it
    runs, who is responsible, and the community's share in cash and in kind (Rp)."""
    actions = planned_actions(path, language) if actions is None else actions
    names = option_names(path, language)
    header = ([tr("No.", language), tr("Activity", language), tr("Location (RT/RW)", language),
               tr("Volume", language), tr("Unit", language), tr("Year", language)] + _months(language) +
              [tr("Responsible", language), tr("Swadaya in cash (Rp)", language),
               tr("Swadaya in kind (Rp)", language)])
    rows, cash_total, kind_total = [], 0.0, 0.0
    for number, action in enumerate(actions, start=1):
        months = set(core_actions.schedule_months(action))
        cash, kind = core_actions.swadaya_amounts(action)
        cash_total, kind_total = cash_total + cash, kind_total + kind
        responsible = action.get("responsible")
        rows.append([number, activity(action, names, language), location_text(action, language),
                     _number(action.get("volume")), action.get("unit") or "", action.get("plan_year") or ""] +
                    ["x" if month in months else "" for month in range(1, 13)] +
                    [schema.RESPONSIBLE.label(responsible, language) if responsible else "",
                     _number(cash), _number(kind)])
    blank = [""] * 12
    rows.append(["", tr("Total", language), "", "", "", ""] + blank + ["", _number(cash_total),
                                                                       _number(kind_total)])
    rows.append(["", RKM_FORMAT[language], "", "", "", ""] + blank + ["", "", ""])
    rows.append(["", tr("Months marked x: from the start month to the end month, else the three months of the "
                        "quarter.", language), "", "", "", ""] + blank + ["", "", ""])
    return header, rows


def write_plan_tables(path, folder, language, feedback=None, actions=None):
    """The Musrenbang list and the RKM draft into ``folder`` (XLSX and CSV each), of
    ``actions`` (``planned_actions``, computed here where not given); returns the
    files written."""
    actions = planned_actions(path, language, feedback) if actions is None else actions
    if not actions:
        raise WorkspaceError(tr("The workspace has no action plan yet: run csiap:draftactionplan or add actions "
                                "first.", language))
    os.makedirs(folder, exist_ok=True)
    written = []
    for name, sheet, (header, rows) in (
            ("usulan_musrenbang", tr("Musrenbang proposals", language), musrenbang_table(path, language, actions)),
            ("rkm", tr("RKM draft", language), rkm_table(path, language, actions))):
        written.append(write_xlsx(os.path.join(folder, name + ".xlsx"), {sheet: (header, rows)}))
        written.append(write_csv(os.path.join(folder, name + ".csv"), header, rows))
    return written
