"""The excreta flow diagram (SFD) drawn with Qt's own painter, as SVG or PNG, and its
tables (the SFD matrix, the flows, the assumption register) as CSV.

Every flow of ``core.sfd`` that ends somewhere is one arrow from the left edge:
green arrows run left to right to the end for what is safely managed (treated, or
contained and not emptied); red arrows turn down at the stage where the excreta
reach the environment; a grey one for the unknown share. An arrow's width is its
share of people (``WIDTH_PER_PCT`` pixels a percent). Arrows are stacked with the
green ones on top and the red ones by the stage they leave at, latest first, so
no arrow turning down crosses another. Shafts are drawn as rectangles in pixel
coordinates computed here (``layout``), so a test reads their widths back from
the SVG. Method and sources: ``core.sfd`` and ``core.reference``.
"""

import os
from dataclasses import dataclass

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPen, QPolygonF

from ..compat import text_flags
from ..core import reference
from ..core.sfd import FLOW_LABELS, UNKNOWN, UNKNOWN_REASON_LABELS, assumption_register
from ..i18n import tr
from ..workspace.geopackage import WorkspaceError
from .diagrams import render
from .tables import write_csv

SIZE = QSize(1400, 820)
WIDTH_PER_PCT = 2.4          # 100 % of the people: 240 px
GREEN, RED, GREY = "#2e7d32", "#c62828", "#8d8d8d"
LEFT, RIGHT = 60.0, 1080.0
TOP = 120.0
GAP = 22.0                   # between two arrows: room for the label above each
HEAD = 16.0
BOTTOM_MARGIN = 150.0
# Where each stage begins (x), left to right.
STAGES = (("containment", 300.0), ("emptying", 500.0), ("transport", 700.0), ("treatment", 900.0))
STAGE_LABELS = {
    "containment": ("Penampungan", "Containment"),
    "emptying": ("Penyedotan", "Emptying"),
    "transport": ("Pengangkutan", "Transport"),
    "treatment": ("Pengolahan", "Treatment"),
}
STAGE_X = dict(STAGES)
# The arrows: (flow, colour, where it ends: "end", a stage it stops at ("stop:<stage>",
# safe and still), or the stage where it turns down).
ARROWS = (
    ("ww_treated", GREEN, "end"),
    ("fs_treated", GREEN, "end"),
    ("fs_contained_not_emptied", GREEN, "stop:emptying"),
    ("ww_not_treated", RED, "treatment"),
    ("fs_not_treated", RED, "treatment"),
    ("fs_not_delivered", RED, "transport"),
    ("fs_not_contained_not_emptied", RED, "containment"),
    ("ww_not_contained", RED, "containment"),
    ("open_defecation", RED, "containment"),
    (UNKNOWN, GREY, "containment"),
)


@dataclass(frozen=True)
class Arrow:
    flow: str
    colour: str
    share: float      # % of the area's people
    width: float      # px
    top: float        # y of the shaft's upper edge
    end_x: float      # where the horizontal shaft ends (its head, or its corner)
    turns_down: bool
    bottom: float     # y where a turning arrow's head points


def layout(sfd, size=SIZE):
    """``[Arrow]`` of ``sfd`` in drawing order; flows of 0 % are not drawn."""
    arrows = []
    y = TOP
    drops = {}   # stage → x where the next arrow turning down there must end (shifted left each time)
    shown = [(flow, colour, end) for flow, colour, end in ARROWS if sfd.flows.get(flow, 0.0) > 1e-9]
    total_height = sum(sfd.flows[f] * WIDTH_PER_PCT + GAP for f, _c, _e in shown)
    bottom = max(TOP + total_height + 40.0, size.height() - BOTTOM_MARGIN)
    for flow, colour, end in shown:
        share = sfd.flows[flow]
        width = share * WIDTH_PER_PCT
        y += GAP
        if end == "end":
            arrows.append(Arrow(flow, colour, share, width, y, RIGHT, False, bottom))
        elif end.startswith("stop:"):
            arrows.append(Arrow(flow, colour, share, width, y, STAGE_X[end[5:]], False, bottom))
        else:
            # The corner's outer edge; the next arrow leaving at this stage ends left of this one's down-shaft.
            corner = drops.get(end, STAGE_X[end] + 80.0)
            arrows.append(Arrow(flow, colour, share, width, y, corner, True, bottom))
            drops[end] = corner - width - 12.0
        y += width
    return arrows


def sfd_painter(sfd, language):
    arrows = layout(sfd)

    def draw(painter, size):
        font = QFont("Sans Serif")
        font.setPixelSize(22)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#000000"), 1))
        title = tr("Excreta flow diagram (SFD)", language) + " — " + _area_title(sfd, language)
        painter.drawText(QRectF(LEFT, 10, size.width() - 2 * LEFT, 34), text_flags(Qt.AlignmentFlag.AlignLeft), title)
        font.setBold(False)
        font.setPixelSize(15)
        painter.setFont(font)
        subtitle = tr("Shares of people ({people:.0f} persons in {households} households surveyed); groundwater "
                      "pollution risk {risk}{assumed}.", language).format(
            people=sfd.people, households=sfd.households, risk=sfd.risk.code,
            assumed=tr(" (assumed: the survey cannot tell)", language) if sfd.risk.assumed else "")
        painter.drawText(QRectF(LEFT, 44, size.width() - 2 * LEFT, 24), text_flags(Qt.AlignmentFlag.AlignLeft),
                         subtitle)
        painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
        for stage, x in STAGES:
            painter.drawLine(QPointF(x, TOP - 30), QPointF(x, arrows[0].bottom if arrows else TOP))
            painter.drawText(QRectF(x + 4, TOP - 40, 190, 20), text_flags(Qt.AlignmentFlag.AlignLeft),
                             STAGE_LABELS[stage][0 if language == "id" else 1])
        small = QFont(font)
        small.setPixelSize(13)
        painter.setFont(small)
        for arrow in arrows:
            _draw_arrow(painter, arrow)
            painter.setPen(QPen(QColor("#000000"), 1))
            label = "{}: {:.1f} %".format(FLOW_LABELS[arrow.flow].text(language), arrow.share)
            painter.drawText(QRectF(LEFT, arrow.top - GAP + 3, 520, GAP - 4),
                             text_flags(Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom), label)
            if arrow.turns_down:
                x = arrow.end_x - arrow.width
                painter.drawText(QRectF(x - 30, arrow.bottom + HEAD + 2, arrow.width + 60, 18),
                                 text_flags(Qt.AlignmentFlag.AlignHCenter), "{:.0f} %".format(arrow.share))
        _summary(painter, sfd, language, size, arrows)

    return draw


def _draw_arrow(painter, arrow):
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(arrow.colour))
    top, width = arrow.top, arrow.width
    if not arrow.turns_down:
        painter.drawRect(QRectF(LEFT, top, arrow.end_x - LEFT, width))
        head = max(width / 2 + 4, 6)
        painter.drawPolygon(QPolygonF([QPointF(arrow.end_x, top + width / 2 - head),
                                       QPointF(arrow.end_x + HEAD, top + width / 2),
                                       QPointF(arrow.end_x, top + width / 2 + head)]))
        return
    # Along to the corner, then down: two shafts of the same width (the share).
    left = arrow.end_x - width
    painter.drawRect(QRectF(LEFT, top, left - LEFT, width))
    painter.drawRect(QRectF(left, top, width, arrow.bottom - top))
    head = max(width / 2 + 4, 6)
    centre = left + width / 2
    painter.drawPolygon(QPolygonF([QPointF(centre - head, arrow.bottom), QPointF(centre, arrow.bottom + HEAD),
                                   QPointF(centre + head, arrow.bottom)]))


def _summary(painter, sfd, language, size, arrows):
    x = RIGHT + HEAD + 14
    font = painter.font()
    font.setPixelSize(17)
    font.setBold(True)
    painter.setFont(font)
    lines = [(GREEN, "safe"), (RED, "unsafe"), (GREY, UNKNOWN)]
    for number, (colour, flow) in enumerate(lines):
        painter.setPen(QPen(QColor(colour), 1))
        painter.drawText(QRectF(x, TOP + number * 56, size.width() - x - 10, 52),
                         text_flags(Qt.AlignmentFlag.AlignLeft, Qt.TextFlag.TextWordWrap),
                         "{}: {:.0f} %".format(FLOW_LABELS[flow].text(language), sfd.flows[flow]))
    font.setBold(False)
    font.setPixelSize(12)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#000000"), 1))
    notes = [tr("Source: SFD Manual v2.0 and SFD FAQ (SuSanA); assumptions in the register beside the diagram "
                "(IPLT treats {iplt:g} %, IPAL komunal functioning {ipal:g} %).", language).format(
        iplt=sfd.assumptions.iplt_treated_pct, ipal=sfd.assumptions.ipal_functioning_pct)]
    if sfd.unknown_reasons:
        notes.append(tr("Unknown: answers missing for", language) + " " + ", ".join(
            "{} ({:.0f} %)".format(UNKNOWN_REASON_LABELS[name].text(language).lower(), share)
            for name, share in sfd.unknown_reasons.items()))
    bottom = arrows[0].bottom if arrows else size.height() - BOTTOM_MARGIN
    painter.drawText(QRectF(LEFT, bottom + HEAD + 30, size.width() - 2 * LEFT, size.height() - bottom - HEAD - 32),
                     text_flags(Qt.AlignmentFlag.AlignLeft, Qt.TextFlag.TextWordWrap), "\n".join(notes))


def _area_title(sfd, language):
    plan = ", " + tr("after the action plan", language) if sfd.after_plan else ""
    if sfd.level == "kelurahan":
        return (sfd.name or tr("Kelurahan", language)) + plan
    name = " ({})".format(sfd.name) if sfd.name else ""
    if sfd.level == "RW":
        return "RW {}{}{}".format(sfd.code, name, plan)
    rw, _slash, rt = sfd.code.partition("/")
    return "RW {} / RT {}{}{}".format(rw, rt, name, plan)


def render_sfd(path, sfd, language):
    """The diagram of a drawable ``AreaSfd`` into ``path`` (.svg or .png)."""
    return render(path, sfd_painter(sfd, language), SIZE)


# --- Files ------------------------------------------------------------------------

def file_stem(sfd):
    """"sfd_kelurahan", "sfd_rw_03", "sfd_rt_03_015"; after the plan "sfd_rw_03_rencana"."""
    plan = "_rencana" if sfd.after_plan else ""
    if sfd.level == "kelurahan":
        return "sfd_kelurahan" + plan
    return "sfd_{}_{}{}".format(sfd.level.lower(), sfd.code.replace("/", "_").replace(" ", "_"), plan)


MATRIX_HEADER = ("cell", "households", "p", "F3", "F4", "F5", "W4", "W5")


def _pct(value):
    return "" if value is None else round(value, 2)


def write_matrix(path, sfd):
    """The SFD matrix: a row a selection-grid cell (and the unknown share), p and the
    flow variables in percent (F3 emptied, F4 delivered, F5 treated; W4/W5 for sewers)."""
    rows = [[r["cell"], r["households"], *(_pct(r[k]) for k in MATRIX_HEADER[2:])] for r in sfd.matrix]
    return write_csv(path, MATRIX_HEADER, rows)


def write_flows(path, sfd, language):
    rows = [[name, FLOW_LABELS[name].text(language), _pct(value)] for name, value in sfd.flows.items()]
    return write_csv(path, ("flow", tr("Flow", language), tr("Share of people (%)", language)), rows)


def write_register(folder, assumptions, language):
    """The assumption register, as CSV and as text."""
    register = assumption_register(assumptions)
    csv_path = os.path.join(folder, "sfd_asumsi.csv")
    write_csv(csv_path, ("name", tr("Assumption", language), tr("Value", language), tr("Source", language),
                         tr("Official figure", language)),
              [[a.name, a.label.text(language), a.value, a.source, tr("yes", language) if a.official else
                tr("no", language)] for a in register])
    text_path = os.path.join(folder, "sfd_asumsi.txt")
    with open(text_path, "w", encoding="utf-8") as handle:
        handle.write(tr("SFD assumption register", language) + "\n\n")
        for a in register:
            handle.write("- {}: {:g}\n  {}\n".format(a.label.text(language), a.value, a.source))
        handle.write("\n" + tr("Sources: {manual}; {faq}.", language).format(manual=reference.SFD_MANUAL,
                                                                             faq=reference.SFD_FAQ) + "\n")
    return [csv_path, text_path]


def write_summary(path, diagrams, language):
    """One row an area: households, people, T and its answers, safe / unsafe / unknown, or why no diagram."""
    header = ("level", "location_code", tr("Name", language), tr("Households surveyed", language),
              tr("People", language), tr("Households without their size (counted at the mean)", language),
              tr("Mean household size", language), "T", tr("T assumed (the survey cannot tell)", language),
              tr("Groundwater depth (m)", language),
              tr("Facilities < 10 m from a well (%)", language), tr("Drinking water from groundwater (%)", language),
              tr("Safely managed (%)", language), tr("Not safely managed (%)", language), tr("Unknown (%)", language),
              tr("No diagram because", language))
    rows = []
    for sfd in diagrams:
        risk = sfd.risk
        rows.append([sfd.level, sfd.code, sfd.name, sfd.households, round(sfd.people, 1) if sfd.people else "",
                     sfd.imputed_members if risk is not None else "",
                     "" if sfd.mean_members is None else round(sfd.mean_members, 2),
                     "" if risk is None else risk.code,
                     "" if risk is None else tr("yes", language) if risk.assumed else tr("no", language),
                     "" if risk is None else _pct(risk.depth_m), "" if risk is None else _pct(risk.near_source_pct),
                     "" if risk is None else _pct(risk.groundwater_drinking_pct),
                     *(_pct(sfd.flows.get(k)) if sfd.drawable else "" for k in ("safe", "unsafe", UNKNOWN)),
                     sfd.reason_text(language)])
    return write_csv(path, header, rows)


def export_diagrams(diagrams, folder, language, assumptions, feedback=None):
    """Write every area's files into ``folder``; returns ``(files, figures)``,
    ``figures`` as ``[(png path, caption)]`` of the areas drawn."""
    os.makedirs(folder, exist_ok=True)
    files, figures = [], []
    for number, sfd in enumerate(diagrams):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / max(len(diagrams), 1))
        if not sfd.drawable:
            continue
        stem = os.path.join(folder, file_stem(sfd))
        files.append(write_matrix(stem + ".csv", sfd))
        files.append(write_flows(stem + "_aliran.csv", sfd, language))
        files.append(render_sfd(stem + ".svg", sfd, language))
        png = render_sfd(stem + ".png", sfd, language)
        files.append(png)
        figures.append((png, caption(sfd, language)))
    plan = "_rencana" if any(sfd.after_plan for sfd in diagrams) else ""
    files.append(write_summary(os.path.join(folder, "sfd_ringkasan{}.csv".format(plan)), diagrams, language))
    files.extend(write_register(folder, assumptions, language))
    return files, figures


def caption(sfd, language):
    return tr("Excreta flow diagram (SFD), {area}: safely managed {safe:.0f} %, not safely managed {unsafe:.0f} %, "
              "unknown {unknown:.0f} % of people. Assumptions: see the SFD assumption register.", language).format(
        area=_area_title(sfd, language), safe=sfd.flows["safe"], unsafe=sfd.flows["unsafe"],
        unknown=sfd.flows[UNKNOWN])


def annex_figures(path, folder, language, assumptions=None, after_plan=False):
    """The kelurahan's SFD and one per RW, drawn into ``folder``: ``[(image path, caption)]``
    for the annex (areas with too little data have none; ``sfd_ringkasan.csv`` says why).
    ``after_plan``: the kelurahan's SFD after the action plan follows its SFD of now."""
    from ..core.sfd import DEFAULTS
    from ..workspace.sfd import area_diagrams

    assumptions = assumptions or DEFAULTS
    try:
        diagrams = area_diagrams(path, "kelurahan", assumptions) + area_diagrams(path, "RW", assumptions)
    except WorkspaceError:   # no RW polygons yet: nothing to draw an SFD of (the annex says so)
        return []
    _files, figures = export_diagrams(diagrams, folder, language, assumptions)
    if after_plan:
        _files, planned = export_diagrams(area_diagrams(path, "kelurahan", assumptions, after_the_plan=True),
                                          folder, language, assumptions)
        figures[1:1] = planned
    return figures

