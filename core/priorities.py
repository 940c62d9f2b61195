"""Which locations first: the SSK *area berisiko* method on the RTs or RWs of one kelurahan. Pure Python.

- Each parameter is scored 1-4 by equal intervals (max − min) / 4 over the
  locations compared, an edge taking the higher score, as ``core.risk`` classes
  the EHRA index (the reading of Buku Pedoman Pemutakhiran SSK 2017 in
  ``core.reference.SSK_AREA_BERISIKO``). A higher score always means "sooner".
- A criterion's score is the mean of its parameters' scores:
  need = households without safely managed (aman) access (%) and open
  defecation (%); risk = the sanitation risk index; problems = Σ severity of
  the problems residents named; readiness = land available (m²) and whether at
  least one technical option is feasible; unsafe_excreta = the SFD's share of
  excreta not safely managed.
- The priority score is Σ weight × criterion score, weights scaled to 1 over
  the criteria the location has a score for (a criterion with no data is left
  out of that location's score, and its reasons say so).
- Thin areas (too few households surveyed) are never scored as low need: they
  take the status ``survey_first``, no score and no computed rank, and are put
  after every ranked location. A rank would read as "low priority"; the truth
  is "not known yet".
- Ties share a rank (competition ranking, 1, 1, 3), as in ``core.scoring``.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from .areas import code_key
from .numbers import NotANumber, read_number
from .reference import DEFAULT_PRIORITY_WEIGHTS, PRIORITY_CRITERIA
from .risk import equal_interval_classes

RANKED, SURVEY_FIRST = "ranked", "survey_first"
TIE_TOLERANCE = 1e-9
# The parameters of each criterion, as ``Location`` names them.
PARAMETERS = {
    "need": ("not_aman_share", "babs_share"),
    "risk": ("risk_index",),
    "problems": ("problem_severity",),
    "readiness": ("land_m2", "feasible"),
    "unsafe_excreta": ("unsafe_excreta",),
}


class PriorityError(ValueError):
    """Input that cannot be ranked on; ``kind`` says why, ``criterion`` and ``value`` what."""

    def __init__(self, kind, criterion="", value=""):
        super().__init__("{}: {} {}".format(kind, criterion, value))
        self.kind = kind
        self.criterion = criterion
        self.value = value


@dataclass
class Location:
    """One RT or RW and the figures the criteria read (None where unknown)."""

    code: str
    thin: bool = False
    not_aman_share: Optional[float] = None      # % of households answering, without aman access
    babs_share: Optional[float] = None          # % open defecation
    risk_index: Optional[float] = None          # EHRA IRS, 0-100
    problem_severity: float = 0.0               # Σ severity (1-3) of the problems named
    land_m2: Optional[float] = None             # None: no land recorded (scored as 0 m²)
    feasible: Optional[bool] = None             # None: options not screened here
    unsafe_excreta: Optional[float] = None      # SFD share 0-1


@dataclass
class Priority:
    code: str
    status: str
    scores: Dict[str, Optional[float]] = field(default_factory=dict)      # criterion → 1-4 (mean)
    parameters: Dict[str, Optional[int]] = field(default_factory=dict)    # parameter → 1-4
    priority_score: Optional[float] = None
    rank: Optional[int] = None
    tied: bool = False
    left_out: List[str] = field(default_factory=list)   # weighted criteria without data here


def parse_weights(text):
    """"need=40, risk=30; problems=20" → ``{"need": 40.0, …}``. A comma followed by a
    name and "=" separates pairs, any other comma is a decimal comma ("need=37,5").
    Raises ``PriorityError`` naming the criterion whose weight is text or unknown."""
    weights = {}
    for part in re.split(r"[;\n]|,(?=\s*[A-Za-z_]+\s*=)", text or ""):
        if not part.strip():
            continue
        if "=" not in part:
            raise PriorityError("weight_pair", part.strip())
        name, value = (piece.strip() for piece in part.split("=", 1))
        if name not in PRIORITY_CRITERIA:
            raise PriorityError("weight_unknown", name)
        try:
            number = read_number(value, thousands=False)
        except NotANumber:
            raise PriorityError("weight_text", name, value) from None
        if number is None:
            raise PriorityError("weight_text", name, value)
        weights[name] = number
    return weights


def normalised_weights(weights):
    """Every criterion's weight scaled to sum to 1 (a criterion not given weighs 0).
    A negative weight is refused naming its criterion; weights summing to 0 are refused."""
    for criterion, weight in weights.items():
        if criterion not in PRIORITY_CRITERIA:
            raise PriorityError("weight_unknown", criterion)
        if weight is None or weight < 0:
            raise PriorityError("weight_negative", criterion, weight)
    total = float(sum(weights.values()))
    if total <= 0:
        raise PriorityError("weight_zero")
    return {c: float(weights.get(c, 0.0)) / total for c in PRIORITY_CRITERIA}


def _scores(values):
    """1-4 by equal intervals, None kept."""
    return [None if c is None else int(c) for c in equal_interval_classes(values)]


def prioritise(locations, weights=None):
    """``[Priority]`` of ``locations`` in their order: ranked best first, then survey-first."""
    weights = normalised_weights(dict(DEFAULT_PRIORITY_WEIGHTS if weights is None else weights))
    ranked = [loc for loc in locations if not loc.thin]
    parameter_scores = {}
    for parameters in PARAMETERS.values():
        for name in parameters:
            values = [_parameter_value(loc, name) for loc in ranked]
            parameter_scores[name] = dict(zip((loc.code for loc in ranked), _scores(values)))
    results = []
    for loc in locations:
        if loc.thin:
            results.append(Priority(loc.code, SURVEY_FIRST))
            continue
        result = Priority(loc.code, RANKED)
        for criterion, parameters in PARAMETERS.items():
            scored = {name: parameter_scores[name][loc.code] for name in parameters}
            result.parameters.update(scored)
            known = [s for s in scored.values() if s is not None]
            result.scores[criterion] = sum(known) / len(known) if known else None
        weighted = {c: w for c, w in weights.items() if w > 0}
        result.left_out = [c for c in weighted if result.scores[c] is None]
        present = {c: w for c, w in weighted.items() if result.scores[c] is not None}
        if present:
            total = sum(present.values())
            result.priority_score = sum(w / total * result.scores[c] for c, w in present.items())
        else:
            result.status = SURVEY_FIRST   # nothing known that the weights look at
        results.append(result)
    _rank([r for r in results if r.status == RANKED])
    return sorted(results, key=_order)


def _parameter_value(loc, name):
    if name == "land_m2":
        return float(loc.land_m2 or 0.0)   # no land recorded: none identified yet
    if name == "feasible":
        return None if loc.feasible is None else float(bool(loc.feasible))
    if name == "unsafe_excreta":
        return None if loc.unsafe_excreta is None else float(loc.unsafe_excreta)
    value = getattr(loc, name)
    return None if value is None else float(value)


def _rank(results):
    """Competition ranking by priority score, highest first: equal scores share a rank."""
    ordered = sorted(results, key=lambda r: (-r.priority_score, code_key(r.code)))
    previous = None
    for position, result in enumerate(ordered, start=1):
        if previous is not None and abs(previous.priority_score - result.priority_score) <= TIE_TOLERANCE:
            result.rank = previous.rank
            result.tied = previous.tied = True
        else:
            result.rank = position
        previous = result


def _order(result):
    """Ranked first, by rank then code; survey-first after them, by code."""
    if result.status == RANKED:
        return (0, result.rank, code_key(result.code))
    return (1, 0, code_key(result.code))


def check_unsafe_excreta(shares):
    """The SFD's ``{location_code: share 0-1 or None}``; refuses a share outside 0-1 or text."""
    checked = {}
    for code, share in (shares or {}).items():
        if share is None:
            checked[code] = None
            continue
        try:
            value = read_number(share, thousands=False)
        except NotANumber:
            raise PriorityError("share_text", code, share) from None
        if value is None or not 0.0 <= value <= 1.0:
            raise PriorityError("share_range", code, share)
        checked[code] = value
    return checked


# --- The rembuk's agreed order -------------------------------------------------

@dataclass
class Agreed:
    code: str
    agreed_rank: int
    computed_rank: Optional[int]
    change_reason: Optional[str]
    moved: bool = False


def unchanged_place(rank, position, tied):
    """Whether ``position`` keeps the computed ``rank`` that ``tied`` locations share.

    Ranks are competition ranks (1, 1, 3): the locations tied at rank 3 fill places 3
    and 4 in whatever order, so none of them moved. A location without a computed rank
    (survey first) always moved."""
    return rank is not None and rank <= position < rank + tied


def parse_order(text):
    """"002/001, 001/003" → ``["002/001", "001/003"]`` (";" or new lines also separate)."""
    return [part.strip() for part in re.split(r"[,;\n]", text or "") if part.strip()]


def parse_reasons(text):
    """"002/001=banjir tiap tahun; 001/003=lahan wakaf siap" → ``{code: reason}``."""
    reasons = {}
    for part in re.split(r"[;\n]", text or ""):
        if not part.strip():
            continue
        if "=" not in part:
            raise PriorityError("reason_pair", part.strip())
        code, reason = (piece.strip() for piece in part.split("=", 1))
        reasons[code] = reason
    return reasons


def agree(order, computed, reasons):
    """The agreed order checked against the computed ranks.

    ``order``: codes in agreed order; ``computed``: ``{code: computed rank or None}``
    for every known location; ``reasons``: ``{code: reason}``. Refuses an unknown or
    repeated code, a reason for a code not in the order, and a change from the computed
    rank without a reason, each naming the location. A place inside its tie (see
    ``unchanged_place``) is no change; a reason given for it anyway is kept."""
    if not order:
        raise PriorityError("order_empty")
    seen = set()
    for code in order:
        if code not in computed:
            raise PriorityError("order_unknown", code)
        if code in seen:
            raise PriorityError("order_repeated", code)
        seen.add(code)
    for code in reasons:
        if code not in seen:
            raise PriorityError("reason_unknown", code)
    tied = Counter(rank for rank in computed.values() if rank is not None)
    rows = []
    for position, code in enumerate(order, start=1):
        reason = (reasons.get(code) or "").strip() or None
        moved = not unchanged_place(computed[code], position, tied[computed[code]])
        if moved and reason is None:
            raise PriorityError("reason_missing", code, computed[code])
        rows.append(Agreed(code, position, computed[code], reason, moved))
    return rows
