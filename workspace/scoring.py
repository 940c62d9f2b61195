"""Scoring sessions in a workspace: the matrix, the weights, the ranking, saved together.

Used by ``csiap:scoreoptions`` and the "Matrik Skoring" dock. A session is
never overwritten: every save adds a ``scoring_sessions`` row with its
``scores`` and ``ranking`` rows, in one transaction. Input layers are only read.
"""

import datetime
import json
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..core.scoring import ahp, score_location, sensitivity
from .options import catalogue_seed, read_criteria
from .project import read_rows
from .starting import feasible_options, starting_cells  # noqa: F401 (feasible_options: part of this interface)
from .storage import write_rows


@dataclass
class Session:
    """Who scored, where and with which weights."""

    forum: str = "rembuk_rt"
    session_date: str = ""
    location_level: str = "RT"
    participants_female: Optional[int] = None
    participants_male: Optional[int] = None
    meeting_uuid: Optional[str] = None
    weighting: str = "direct"
    weights: Dict[str, float] = field(default_factory=dict)
    pairwise: Optional[List[List[float]]] = None
    notes: Optional[str] = None
    uuid: Optional[str] = None
    consistency_ratio: Optional[float] = None

    def effective_weights(self, criteria_codes):
        """Direct weights, or the AHP eigenvector over ``criteria_codes`` (in that order)."""
        if self.weighting == "ahp" and self.pairwise:
            result = ahp(self.pairwise)
            self.consistency_ratio = result.cr
            return dict(zip(criteria_codes, result.weights))
        return dict(self.weights)


def starting_matrix(path, level):
    """``{location: {option: {criterion: value}}}``: the feasible options of each
    screened location with the values derived from its own data (``starting_cells``
    has each value's reason, numbers, source and assumption flag)."""
    return {location: {o: {c: cell.value for c, cell in row.items()} for o, row in options.items()}
            for location, options in starting_cells(path, level, "en").items()}


def score_matrix(matrix, weights, directions):
    """``{location: (core.scoring.Result, flips)}``."""
    return {location: (score_location(values, weights, directions), sensitivity(values, weights, directions))
            for location, values in matrix.items() if values}


def sensitive_to(flips, option):
    """"cost -20%, om +20%": the weight changes that move ``option``'s rank, or None."""
    moved = sorted({"{} {:+.0f}%".format(f.criterion, 100 * f.change) for f in flips if option in f.ranks})
    return ", ".join(moved) or None


def save_session(path, session, matrix, weights, results, cells=None, explanations=None, inputs=()):
    """Store a session, its matrix and its ranking (and ``inputs``, its participants'
    ``scoring_inputs`` rows, see workspace.participants) in one transaction; return
    the session uuid.

    ``cells``: the starting cells (``starting_cells``) whose reason and assumption
    flag go with each score whose value was not changed; ``explanations``:
    ``{location: sentence}`` stored on the location's first-ranked rows."""
    session.uuid = str(uuid.uuid4())
    criteria = read_criteria(path)
    units = {c.code: c.unit for c in criteria}
    session_row = {
        "uuid": session.uuid, "meeting_uuid": session.meeting_uuid, "forum": session.forum,
        "session_date": session.session_date or datetime.date.today().isoformat(),
        "location_level": session.location_level, "participants_female": session.participants_female,
        "participants_male": session.participants_male, "weighting": session.weighting,
        "weights_json": json.dumps({"weights": weights, "pairwise": session.pairwise,
                                    "directions": {c.code: c.direction for c in criteria}}, sort_keys=True),
        "consistency_ratio": session.consistency_ratio, "notes": session.notes}
    scores = []
    for location, options in matrix.items():
        for option, values in options.items():
            for criterion, value in values.items():
                if value is None:
                    continue
                on_scale = units.get(criterion) == "1-5" and 1 <= float(value) <= 5
                cell = ((cells or {}).get(location) or {}).get(option, {}).get(criterion)
                kept = cell is not None and cell.value is not None and float(cell.value) == float(value)
                scores.append({"uuid": str(uuid.uuid4()), "session_uuid": session.uuid,
                               "location_level": session.location_level, "location_code": location,
                               "option_code": option, "criterion_code": criterion, "raw_value": float(value),
                               "score": float(value) if on_scale else None,
                               "reason": cell.reason if kept else None,
                               "is_assumption": cell.assumption if kept else None})
    ranking = []
    for location, (result, flips) in results.items():
        for ranked in result.ranking:
            ranking.append({"uuid": str(uuid.uuid4()), "session_uuid": session.uuid,
                            "location_level": session.location_level, "location_code": location,
                            "option_code": ranked.option, "score": ranked.score, "rank": ranked.rank,
                            "tied": ranked.tied, "sensitive_to": sensitive_to(flips, ranked.option),
                            "explanation": (explanations or {}).get(location) if ranked.rank == 1 else None})
    tables = dict(catalogue_seed(path), scoring_sessions=[session_row], scores=scores, ranking=ranking)
    if inputs:
        tables["scoring_inputs"] = [dict(row, uuid=str(uuid.uuid4()), session_uuid=session.uuid) for row in inputs]
    write_rows(path, tables, replace=False)
    return session.uuid


def sessions(path):
    """The saved sessions, newest first: by date, and among one date the last saved
    first (rows are read in the order they were saved). ``[(uuid, label)]``."""
    rows = sorted(read_rows(path, "scoring_sessions"), key=lambda r: str(r.get("session_date") or ""))
    return [(r["uuid"], "{} {}".format(r.get("session_date") or "", r.get("forum") or "").strip())
            for r in reversed(rows)]


def load_session(path, session_uuid):
    """A saved session and its matrix ``{location: {option: {criterion: value}}}``."""
    row = next((r for r in read_rows(path, "scoring_sessions") if r["uuid"] == session_uuid), None)
    if row is None:
        return None, {}
    stored = json.loads(row.get("weights_json") or "{}")
    session = Session(row.get("forum") or "rembuk_rt", str(row.get("session_date") or ""),
                      row.get("location_level") or "RT", row.get("participants_female"),
                      row.get("participants_male"), row.get("meeting_uuid"), row.get("weighting") or "direct",
                      stored.get("weights") or {}, stored.get("pairwise"), row.get("notes"), row["uuid"],
                      row.get("consistency_ratio"))
    matrix = {}
    for score in read_rows(path, "scores"):
        if score["session_uuid"] == session_uuid:
            matrix.setdefault(score["location_code"], {}).setdefault(score["option_code"], {})[
                score["criterion_code"]] = score["raw_value"]
    return session, matrix
