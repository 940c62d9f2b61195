"""Scoring by the rembuk's participants: each participant or group (the women's
group, the men's group, RT delegates …) gives its own weights — typed, or as
an AHP pairwise matrix — and its own scores; this module checks each input
and aggregates them. Pure Python.

- Pairwise judgements: the element-wise geometric mean of the participants'
  matrices (aggregation of individual judgements, AIJ; Aczél & Saaty 1983,
  "Procedures for synthesizing ratio judgements", J. Math. Psychology 27).
  It is the only mean that keeps the aggregate reciprocal, and n identical
  matrices give that matrix back.
- Where some participants typed weights instead, each participant's weights
  (its eigenvector, or its typed weights scaled to 1) are averaged
  (aggregation of individual priorities, AIP; Forman & Peniwati 1998,
  "Aggregating individual judgments and priorities with the AHP", EJOR 108).
  The arithmetic mean, so that a zero weight is one voice, not a veto.
- Scores: the median of the participants who scored a cell. It is robust to
  one loud participant (one extreme score moves it at most to the next
  participant's score) and it stays on the 1–5 scale people used; where no
  participant scored a cell, the starting value stays.
- Each participant's consistency ratio (Saaty), flagged at CR ≥ 0.10.
- Consensus: Goepel's AHP consensus indicator S* (Goepel 2013, "Implementing
  the Analytic Hierarchy Process as a standard method for multi-criteria
  decision making in corporate enterprises", ISAHP 2013; as in BPMSG's AHP-OS):
  Shannon entropies of the participants' priorities, Hα (mean of each one's),
  Hγ (of their mean), Hβ = Hγ − Hα; S* = (e^−Hβ − 1/c) / (1 − 1/c) with
  c = e^(Hγ,max − Hα,min), Hγ,max = ln n and Hα,min the entropy of one criterion
  judged M = 9 times as important as every other. 0 = no consensus, 1 = all agree.
"""

import math
import statistics
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from . import schema
from .numbers import NotANumber, read_fraction, read_number
from .scoring import CR_LIMIT, ScoringError, ahp

SCALE_MAX = 9          # Saaty's fundamental scale: judgements from 1/9 to 9
RECIPROCAL_TOLERANCE = 0.02   # "0,33" typed for 1/3 is reciprocal enough
SCORE_RANGE = (1.0, 5.0)
INPUT_KINDS = ("weight", "pairwise", "score")


class InputError(ValueError):
    """A participant's input that cannot be used. ``kind`` says why, ``participant``
    and ``cell`` (criterion codes, or location/option/criterion, or a row number)
    where, ``value`` what was given."""

    def __init__(self, kind, participant, cell="", value=""):
        super().__init__("{}: {} {} {!r}".format(kind, participant, cell, value))
        self.kind, self.participant, self.cell, self.value = kind, participant, cell, value


@dataclass
class Participant:
    """One participant or group of a scoring session."""

    name: str
    gender: Optional[str] = None        # schema.GENDER: "f", "m"; None for a mixed group
    group: Optional[str] = None         # schema.PARTICIPANT_GROUP
    weighting: str = "direct"           # "direct" or "ahp"
    weights: Dict[str, float] = field(default_factory=dict)
    pairwise: Optional[List[List[float]]] = None
    scores: Dict[str, Dict[str, Dict[str, float]]] = field(default_factory=dict)  # location → option → criterion

    def uses_pairwise(self):
        return self.weighting == "ahp" and self.pairwise is not None

    def consistency_ratio(self):
        """Saaty's CR of this participant's own pairwise matrix, or None."""
        return ahp(self.pairwise).cr if self.uses_pairwise() else None

    def priorities(self, criteria):
        """``{criterion: weight}`` summing to 1: the eigenvector, or the typed weights scaled."""
        if self.uses_pairwise():
            return dict(zip(criteria, ahp(self.pairwise).weights))
        total = sum(self.weights.get(c) or 0.0 for c in criteria)
        return {c: (self.weights.get(c) or 0.0) / total for c in criteria} if total > 0 else None


def check(participant, criteria, units):
    """Raise ``InputError`` on the first input of ``participant`` that cannot be used.

    ``criteria``: the criterion codes in the matrix's order; ``units``:
    ``{criterion: unit}`` ("1-5" criteria take scores from 1 to 5).
    """
    name = participant.name
    if not (name or "").strip():
        raise InputError("no_name", "?")
    if participant.uses_pairwise():
        matrix = participant.pairwise
        n = len(criteria)
        if len(matrix) != n or any(len(row) != n for row in matrix):
            raise InputError("pairwise_shape", name, "{} × {}".format(len(matrix), n))
        for i, row in enumerate(matrix):
            for j, value in enumerate(row):
                cell = "{} × {}".format(criteria[i], criteria[j])
                if value is None or not 1.0 / SCALE_MAX - 1e-9 <= value <= SCALE_MAX + 1e-9:
                    raise InputError("pairwise_value", name, cell, value)
                if i == j and abs(value - 1) > RECIPROCAL_TOLERANCE:
                    raise InputError("pairwise_diagonal", name, cell, value)
                if j > i and abs(value * matrix[j][i] - 1) > RECIPROCAL_TOLERANCE:
                    raise InputError("pairwise_reciprocal", name, cell, "{:g} × {:g}".format(value, matrix[j][i]))
    else:
        for criterion, value in participant.weights.items():
            if criterion not in criteria:
                raise InputError("unknown_criterion", name, criterion, value)
            if value is None or value < 0:
                raise InputError("weight_negative", name, criterion, value)
        if participant.weights and sum(participant.weights.values()) <= 0:
            raise InputError("weight_zero", name)
    for location, options in participant.scores.items():
        for option, values in options.items():
            for criterion, value in values.items():
                cell = "{} / {} / {}".format(location, option, criterion)
                if criterion not in criteria:
                    raise InputError("unknown_criterion", name, cell, value)
                if value is None:
                    continue
                if units.get(criterion) == "1-5" and not SCORE_RANGE[0] <= value <= SCORE_RANGE[1]:
                    raise InputError("score_range", name, cell, value)
                if value < 0:
                    raise InputError("score_negative", name, cell, value)


def geometric_mean(matrices, weights=None):
    """The element-wise geometric mean of square matrices of one size (Aczél & Saaty 1983);
    ``weights``: one per matrix, summing to 1 (the weighted form), else equal."""
    k, n = len(matrices), len(matrices[0])
    weights = weights or [1.0 / k] * k
    return [[math.exp(sum(w * math.log(m[i][j]) for w, m in zip(weights, matrices))) for j in range(n)]
            for i in range(n)]


def scores_given(participants):
    """``{(location, option, criterion): [value, …]}``: what the participants scored, in their order."""
    given = {}
    for participant in participants:
        for location, options in participant.scores.items():
            for option, values in options.items():
                for criterion, value in values.items():
                    if value is not None:
                        given.setdefault((location, option, criterion), []).append(value)
    return given


def median_scores(participants):
    """``{location: {option: {criterion: median}}}`` over the participants who scored each cell."""
    result = {}
    for (location, option, criterion), values in scores_given(participants).items():
        result.setdefault(location, {}).setdefault(option, {})[criterion] = statistics.median(values)
    return result


def with_scores(matrix, participants):
    """``matrix`` (``{location: {option: {criterion: value}}}``) with every cell the
    participants scored replaced by their median; cells nobody scored keep their value.
    Only options already in the matrix (the feasible ones) are taken."""
    medians = median_scores(participants)
    result = {}
    for location, options in matrix.items():
        result[location] = {}
        for option, values in options.items():
            result[location][option] = dict(values, **medians.get(location, {}).get(option, {}))
    return result


def _entropy(priorities):
    return -sum(p * math.log(p) for p in priorities if p > 0)


def consensus(priority_vectors, scale_max=SCALE_MAX):
    """Goepel's AHP consensus S* (0–1) of ``[[w1, …, wn], …]`` (each summing to 1);
    None for fewer than two participants or one criterion."""
    k = len(priority_vectors)
    if k < 2 or len(priority_vectors[0]) < 2:
        return None
    n = len(priority_vectors[0])
    h_alpha = sum(_entropy(w) for w in priority_vectors) / k
    mean = [sum(w[i] for w in priority_vectors) / k for i in range(n)]
    h_beta = _entropy(mean) - h_alpha
    top, rest = scale_max / (n + scale_max - 1.0), 1.0 / (n + scale_max - 1.0)
    h_alpha_min = -top * math.log(top) - (n - 1) * rest * math.log(rest)
    c = math.exp(math.log(n) - h_alpha_min)
    # Typed weights can be more extreme than the 1-9 scale allows (a weight of 0): kept within 0–1.
    return min(1.0, max(0.0, (math.exp(-h_beta) - 1.0 / c) / (1.0 - 1.0 / c)))


@dataclass
class Aggregate:
    """What the participants gave, put together."""

    weights: Optional[Dict[str, float]]          # summing to 1; None without weights from anyone
    method: Optional[str]                        # "aij" (geometric mean of matrices), "aip" (mean of weights)
    pairwise: Optional[List[List[float]]]        # the aggregate matrix (AIJ only)
    consistency_ratio: Optional[float]           # of the aggregate matrix (AIJ only)
    ratios: Dict[str, Optional[float]]           # each participant's own CR (None: typed weights)
    inconsistent: List[str]                      # participants with CR ≥ 0.10
    consensus: Optional[float]
    by_gender: Dict[str, Optional[Dict[str, float]]]   # "f" / "m" → their aggregate weights


def _weights_of(participants, criteria):
    """(weights, method, matrix, cr) of ``participants``' weights put together."""
    weighing = [p for p in participants if p.uses_pairwise() or any(p.weights.values())]
    if not weighing:
        return None, None, None, None
    if all(p.uses_pairwise() for p in weighing):
        matrix = geometric_mean([p.pairwise for p in weighing])
        result = ahp(matrix)
        return dict(zip(criteria, result.weights)), "aij", matrix, result.cr
    vectors = [p.priorities(criteria) for p in weighing]
    return {c: sum(v[c] for v in vectors) / len(vectors) for c in criteria}, "aip", None, None


def aggregate(participants, criteria, units=None):
    """Check every participant (``InputError`` on the first bad input) and put
    their weights together; scores are put together by ``with_scores``."""
    names = set()
    for participant in participants:
        check(participant, criteria, units or {})
        if participant.name in names:
            raise InputError("duplicate_name", participant.name)
        names.add(participant.name)
    try:
        weights, method, matrix, cr = _weights_of(participants, criteria)
        ratios = {p.name: p.consistency_ratio() for p in participants}
        vectors = [p.priorities(criteria) for p in participants if p.uses_pairwise() or any(p.weights.values())]
    except ScoringError as error:   # check() lets no such matrix through; kept as a guard
        raise InputError(error.kind, "?", error.detail) from error
    by_gender = {g: _weights_of([p for p in participants if p.gender == g], criteria)[0] for g in ("f", "m")}
    return Aggregate(weights, method, matrix, cr, ratios,
                     sorted(n for n, r in ratios.items() if r is not None and r >= CR_LIMIT),
                     consensus([[v[c] for c in criteria] for v in vectors]), by_gender)


def _number(value, row, name, kind):
    try:
        return (read_fraction if kind == "pairwise" else read_number)(value)
    except NotANumber:
        raise InputError("not_a_number", name, str(row), value) from None


def from_rows(rows, criteria):
    """Participants from long-format rows (a CSV or a workspace table), each a dict:
    ``participant``, ``gender``, ``group``, ``kind`` (weight / pairwise / score),
    ``location``, ``option``, ``criterion``, ``criterion_2`` (pairwise: compared
    with), ``value``. ``row`` numbers (from 1, after the header) name bad rows.
    A pairwise judgement gives its reciprocal too, unless that one is given."""
    found, given = {}, {}
    for row_number, row in enumerate(rows, start=1):
        name = str(row.get("participant") or "").strip()
        if not name:
            raise InputError("no_name", "?", str(row_number))
        kind = str(row.get("kind") or "").strip().lower()
        if kind not in INPUT_KINDS:
            raise InputError("unknown_kind", name, str(row_number), kind)
        participant = found.get(name)
        if participant is None:
            participant = found[name] = Participant(
                name, _code(schema.GENDER, row.get("gender"), name, row_number),
                _code(schema.PARTICIPANT_GROUP, row.get("group"), name, row_number))
        value = _number(row.get("value"), row_number, name, kind)
        criterion = str(row.get("criterion") or "").strip()
        if criterion not in criteria:
            raise InputError("unknown_criterion", name, str(row_number), criterion)
        if kind == "weight":
            participant.weights[criterion] = value
        elif kind == "score":
            location, option = str(row.get("location") or "").strip(), str(row.get("option") or "").strip()
            participant.scores.setdefault(location, {}).setdefault(option, {})[criterion] = value
        else:
            other = str(row.get("criterion_2") or "").strip()
            if other not in criteria:
                raise InputError("unknown_criterion", name, str(row_number), other)
            if value is None or value <= 0:
                raise InputError("pairwise_value", name, "{} × {}".format(criterion, other), value)
            if participant.pairwise is None:
                participant.pairwise = [[1.0] * len(criteria) for _ in criteria]
                participant.weighting = "ahp"
            i, j = criteria.index(criterion), criteria.index(other)
            participant.pairwise[i][j] = value
            given.setdefault(name, set()).add((i, j))
            if (j, i) not in given[name]:
                participant.pairwise[j][i] = 1.0 / value
    return list(found.values())


def _code(codelist, value, name, row_number):
    """A code of ``codelist`` from its code or its label in either language; None when empty."""
    text = str(value or "").strip().lower()
    if not text:
        return None
    for code in codelist.codes:
        if text in (code.value.lower(), code.label.id.lower(), code.label.en.lower()):
            return code.value
    raise InputError("unknown_" + codelist.name, name, str(row_number), value)


def to_rows(participant, criteria):
    """The rows of one participant, in the form ``from_rows`` reads (no row for an
    empty cell; a pairwise matrix by its upper triangle)."""
    base = {"participant": participant.name, "gender": participant.gender, "group": participant.group}
    rows = []
    if participant.uses_pairwise():
        for i, first in enumerate(criteria):
            for j in range(i + 1, len(criteria)):
                rows.append(dict(base, kind="pairwise", criterion=first, criterion_2=criteria[j],
                                 value=participant.pairwise[i][j]))
    else:
        rows += [dict(base, kind="weight", criterion=c, value=v) for c, v in participant.weights.items()
                 if v is not None]
    for location, options in participant.scores.items():
        for option, values in options.items():
            rows += [dict(base, kind="score", location=location, option=option, criterion=c, value=v)
                     for c, v in values.items() if v is not None]
    return rows
