"""The scoring matrix (matrik skoring): weights, AHP, normalisation, ranking,
sensitivity. Pure Python.

- Weights are entered directly or derived from an AHP pairwise comparison
  matrix (Saaty): the principal eigenvector, λmax, CI = (λmax − n)/(n − 1),
  CR = CI / RI(n) with Saaty's random index for n = 1…10. For n ≤ 2 every
  reciprocal matrix is consistent: CR = 0, no division by RI = 0.
- Each criterion is normalised min–max across the options of one location,
  reversed for a cost criterion (lower is better); the score is Σ weight ×
  normalised value, weights scaled to sum to 1.
- Options with the same score share a rank (1, 1, 3) and are flagged as tied.
- Sensitivity: every weight moved by ±20 % in turn (the others rescaled);
  the options whose rank changes are listed.
"""

from dataclasses import dataclass
from operator import mul
from typing import Dict, List, Optional, Tuple

from .numbers import NotANumber, read_fraction

# Saaty's random consistency index, by matrix size n (index 0 unused).
RANDOM_INDEX = (None, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
RANDOM_INDEX_SOURCE = "Saaty, T.L. (1980) The Analytic Hierarchy Process; RI n = 1…10"
CR_LIMIT = 0.10
SENSITIVITY_STEP = 0.20
TIE_TOLERANCE = 1e-9


class ScoringError(ValueError):
    """Input the matrix cannot be computed from; ``kind`` and ``detail`` say why."""

    def __init__(self, kind, detail=""):
        super().__init__("{}: {}".format(kind, detail))
        self.kind = kind
        self.detail = detail


@dataclass
class Ahp:
    weights: Tuple[float, ...]
    lambda_max: float
    ci: float
    ri: float
    cr: float

    @property
    def consistent(self):
        return self.cr < CR_LIMIT


def ahp(matrix, tolerance=1e-3):
    """Weights and consistency of a reciprocal pairwise comparison matrix."""
    n = len(matrix)
    if n == 0 or n >= len(RANDOM_INDEX):
        raise ScoringError("ahp_size", "n = {} (1 to {} criteria)".format(n, len(RANDOM_INDEX) - 1))
    for i, row in enumerate(matrix):
        if len(row) != n:
            raise ScoringError("ahp_shape", "row {} has {} values, not {}".format(i + 1, len(row), n))
        for j, value in enumerate(row):
            if value is None or value <= 0:
                raise ScoringError("ahp_value", "a[{},{}] = {}".format(i + 1, j + 1, value))
            if i == j and abs(value - 1) > tolerance:
                raise ScoringError("ahp_diagonal", "a[{0},{0}] = {1}".format(i + 1, value))
            if abs(value * matrix[j][i] - 1) > tolerance:
                raise ScoringError("ahp_reciprocal", "a[{0},{1}] × a[{1},{0}] = {2:g}".format(
                    i + 1, j + 1, value * matrix[j][i]))
    weights = _principal_eigenvector(matrix)
    product = [sum(matrix[i][j] * weights[j] for j in range(n)) for i in range(n)]
    lambda_max = sum(product[i] / weights[i] for i in range(n)) / n
    if n <= 2:
        return Ahp(tuple(weights), float(n), 0.0, 0.0, 0.0)
    ci = (lambda_max - n) / (n - 1)
    ri = RANDOM_INDEX[n]
    return Ahp(tuple(weights), lambda_max, ci, ri, ci / ri)


def _principal_eigenvector(matrix, iterations=1000, precision=1e-13):
    """Power iteration: converges for positive matrices (Perron–Frobenius)."""
    n = len(matrix)
    vector = [1.0 / n] * n
    for _ in range(iterations):
        product = [sum(matrix[i][j] * vector[j] for j in range(n)) for i in range(n)]
        total = sum(product)
        following = [v / total for v in product]
        if max(abs(a - b) for a, b in zip(following, vector)) < precision:
            return following
        vector = following
    return vector


def pairwise_matrix(n, judgements):
    """A reciprocal matrix from the upper triangle: ``{(i, j): a_ij}`` for i < j (0-based)."""
    matrix = [[1.0] * n for _ in range(n)]
    for (i, j), value in judgements.items():
        if value <= 0:
            raise ScoringError("ahp_value", "a[{},{}] = {}".format(i + 1, j + 1, value))
        matrix[i][j] = float(value)
        matrix[j][i] = 1.0 / float(value)
    return matrix


def normalised_weights(weights):
    """``{criterion: weight}`` scaled to sum to 1; negative or all-zero weights refused."""
    if any(w is None or w < 0 for w in weights.values()):
        raise ScoringError("weight_negative")
    total = float(sum(weights.values()))
    if total <= 0:
        raise ScoringError("weight_zero")
    return {c: w / total for c, w in weights.items()}


@dataclass
class Ranked:
    option: str
    score: float
    rank: int
    tied: bool


@dataclass
class Result:
    ranking: List[Ranked]
    normalised: Dict[str, Dict[str, float]]
    incomplete: Dict[str, List[str]]   # option → criteria without a value


class Prepared:
    """One location's matrix normalised once, to be weighted many times
    (the ranking, then every step of the sensitivity analysis)."""

    def __init__(self, values, criteria, directions):
        self.criteria = list(criteria)
        incomplete = {o: [c for c in self.criteria if v.get(c) is None] for o, v in values.items()}
        self.incomplete = {o: missing for o, missing in incomplete.items() if missing}
        self.options = [o for o in values if o not in self.incomplete]
        columns = []
        for criterion in self.criteria:
            column = [float(values[o][criterion]) for o in self.options]
            low, high = (min(column), max(column)) if column else (0.0, 0.0)
            span = high - low
            if span == 0:
                columns.append([1.0] * len(column))  # nothing tells the options apart: no effect on the ranking
            elif directions.get(criterion, "gain") == "cost":
                columns.append([(high - v) / span for v in column])
            else:
                columns.append([(v - low) / span for v in column])
        self.rows = [list(row) for row in zip(*columns)] if columns else [[] for _ in self.options]

    def scores(self, weights):
        """``{option: Σ weight × normalised value}`` with ``weights`` already scaled to 1."""
        vector = [weights.get(c, 0.0) for c in self.criteria]
        return {o: sum(map(mul, row, vector)) for o, row in zip(self.options, self.rows)}

    def normalised(self):
        return {o: dict(zip(self.criteria, row)) for o, row in zip(self.options, self.rows)}


def score_location(values, weights, directions):
    """Rank the options of one location.

    ``values``: ``{option: {criterion: number or None}}``; ``weights``:
    ``{criterion: weight}``; ``directions``: ``{criterion: "gain"|"cost"}``.
    An option missing a value of a weighted criterion is not ranked (listed
    in ``incomplete``) rather than scored as if the value were the worst.
    """
    weights = normalised_weights(weights)
    prepared = Prepared(values, [c for c, w in weights.items() if w > 0], directions)
    return Result(rank(prepared.scores(weights)), prepared.normalised(), prepared.incomplete)


def rank(scores):
    """Competition ranking, best first: equal scores share a rank and are tied."""
    ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    ranking = []
    for position, (option, score) in enumerate(ordered):
        if ranking and abs(ranking[-1].score - score) <= TIE_TOLERANCE:
            place = ranking[-1].rank
            ranking[-1].tied = True
            tied = True
        else:
            place, tied = position + 1, False
        ranking.append(Ranked(option, score, place, tied))
    return ranking


@dataclass
class Flip:
    criterion: str
    change: float                       # +0.2 or −0.2
    ranks: Dict[str, Tuple[int, int]]   # option → (rank before, rank after)


def sensitivity(values, weights, directions, step=SENSITIVITY_STEP):
    """For each weighted criterion and each of ±``step``: the options whose rank changes."""
    prepared = Prepared(values, [c for c, w in weights.items() if w > 0], directions)
    base = {r.option: r.rank for r in rank(prepared.scores(normalised_weights(weights)))}
    flips = []
    for criterion, weight in weights.items():
        if weight <= 0:
            continue
        for change in (step, -step):
            moved = dict(weights)
            moved[criterion] = weight * (1 + change)
            after = {r.option: r.rank for r in rank(prepared.scores(normalised_weights(moved)))}
            changed = {o: (base[o], after[o]) for o in base if base[o] != after[o]}
            if changed:
                flips.append(Flip(criterion, change, changed))
    return flips


def top(result) -> Optional[List[str]]:
    """The option(s) ranked first, or None when nothing could be ranked."""
    return [r.option for r in result.ranking if r.rank == 1] or None


def parse_number(text):
    """"3", "0,5", "350.000", "Rp 2.500.000" or "1/3" (``core.numbers``); raises ValueError."""
    number = read_fraction(text)
    if number is None:
        raise NotANumber(text)
    return number


def parse_pairwise(text):
    """A matrix from rows separated by ";" or new lines, values by spaces or
    commas ("1 3 5; 1/3 1 3; 1/5 1/3 1"; decimals with a point, or fractions).
    Raises ``ScoringError("ahp_text")``."""
    rows = [row for row in text.replace("\n", ";").split(";") if row.strip()]
    try:
        return [[parse_number(v) for v in row.replace(",", " ").split()] for row in rows]
    except (ValueError, ZeroDivisionError):
        raise ScoringError("ahp_text", text) from None


def parse_weights(text):
    """"cost=25; om=20" → ``{"cost": 25.0, "om": 20.0}``."""
    weights = {}
    for part in text.replace("\n", ";").split(";"):
        if "=" in part:
            name, value = part.split("=", 1)
            try:
                weights[name.strip()] = parse_number(value)
            except (ValueError, ZeroDivisionError):
                raise ScoringError("weight_text", part.strip()) from None
    return weights
