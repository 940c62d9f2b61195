"""The participatory process: stages and their activities, attendance, the
Venn diagram of institutions and the seasonal calendar. Pure Python: the
numbers and the geometry; drawing is ``workspace.diagrams``.
"""

import math
from dataclasses import dataclass
from typing import List, Optional, Tuple

from . import reference, schema

# The activities of each stage, in the order the method runs them.
STAGE_ACTIVITIES = (
    ("persiapan_sosial", ("sosialisasi", "rembuk_kelurahan_1", "rembuk_kelurahan_2", "rembuk_rtrw_1",
                          "rembuk_rtrw_2", "rembuk_rtrw_3")),
    ("pelembagaan", ("ksm_formation", "ksm_ratification", "ksm_proposal", "ksm_roles")),
    ("perencanaan", ("mapping", "identification", "elaboration", "drafting", "consultation", "verification",
                     "musrenbang")),
)


def stage_of(activity):
    for stage, activities in STAGE_ACTIVITIES:
        if activity in activities:
            return stage
    raise KeyError(activity)


@dataclass
class Progress:
    stage: str
    done: int
    total: int

    @property
    def share(self):
        return 100.0 * self.done / self.total if self.total else 0.0


def progress(rows):
    """Per stage and overall: activities with a done date, of all the method's activities.

    ``rows``: stage rows (``activity``, ``done_date``). Returns ``(per_stage, overall)``.
    """
    done = {r["activity"] for r in rows if r.get("done_date")}
    per_stage = [Progress(stage, sum(a in done for a in activities), len(activities))
                 for stage, activities in STAGE_ACTIVITIES]
    return per_stage, Progress("all", sum(p.done for p in per_stage), sum(p.total for p in per_stage))


def in_date_order(meetings):
    """Meetings (``{field: value}``) from the earliest; undated ones first."""
    return sorted(meetings, key=lambda m: str(m.get("meeting_date") or ""))


def meeting_title(meeting, language):
    """A meeting's title, or its kind ("Rembuk RT") where it has none."""
    return meeting.get("title") or schema.MEETING_KIND.label(meeting.get("kind"), language) or ""


def meeting_label(meeting, language):
    """How a meeting is named in lists: its date and title."""
    return " ".join(str(part) for part in (meeting.get("meeting_date"), meeting_title(meeting, language)) if part)


def women_share(meeting):
    """Women as a percentage of those attending, or None when attendance was not recorded."""
    women, men = meeting.get("attendance_female"), meeting.get("attendance_male")
    if women is None or men is None or women + men == 0:
        return None
    return 100.0 * women / (women + men)


def attendance_warning(meeting, threshold=reference.WOMEN_ATTENDANCE_MIN_PCT.value):
    """True where women were fewer than ``threshold`` % of those attending."""
    share = women_share(meeting)
    return share is not None and share < threshold


# --- Venn diagram (diagram kelembagaan) -------------------------------------------

@dataclass
class Circle:
    name: str
    x: float
    y: float
    radius: float
    importance: Optional[int]
    closeness: Optional[int]


COMMUNITY_RADIUS = 1.0
MAX_DISTANCE = 4.0


def radius_for(importance):
    """More important, bigger: 1 → 0.3, 5 → 0.9 (community circle: 1.0)."""
    return 0.15 + 0.15 * (importance or 1)


def distance_for(closeness):
    """Closer to the community, nearer its centre: 5 → 0.5 (overlapping the
    community circle), 1 → 4.0 (far outside)."""
    return 0.5 + (5 - (closeness or 1)) * (MAX_DISTANCE - 0.5) / 4


def venn_layout(institutions) -> Tuple[Circle, List[Circle]]:
    """The community circle at (0, 0) and one circle per institution, spread
    evenly around it in the order given (sorted by name for a stable picture)."""
    community = Circle("community", 0.0, 0.0, COMMUNITY_RADIUS, None, None)
    ordered = sorted(institutions, key=lambda r: (r.get("name") or "").lower())
    circles = []
    for k, row in enumerate(ordered):
        angle = 2 * math.pi * k / max(len(ordered), 1) + math.pi / 2
        distance = distance_for(row.get("closeness"))
        circles.append(Circle(row.get("name") or "?", distance * math.cos(angle), distance * math.sin(angle),
                              radius_for(row.get("importance")), row.get("importance"), row.get("closeness")))
    return community, circles


# --- Seasonal calendar (kalender musim) -------------------------------------------

def calendar_matrix(rows):
    """``{item: [intensity for months 1..12]}`` in the code list's order; a month
    without a row is 0. Items with no row at all are left out."""
    matrix = {}
    for code in schema.CALENDAR_ITEM.values():
        months = [0] * 12
        present = False
        for row in rows:
            if row.get("item") == code and row.get("month"):
                months[int(row["month"]) - 1] = int(row.get("intensity") or 0)
                present = True
        if present:
            matrix[code] = months
    return matrix
