"""The participants' own inputs of a scoring session (``scoring_inputs``):
written with the session in one transaction (``workspace.scoring.save_session``),
read back as ``core.participants.Participant``. No SQL here: rows go through
the storage module."""

from ..core.participants import from_rows, to_rows
from ..i18n import tr, ui_language
from .fields import plain
from .geopackage import WorkspaceError
from .project import read_rows

# scoring_inputs field ← the name core.participants gives it
_FIELDS = (("participant", "participant"), ("gender", "gender"), ("participant_group", "group"),
           ("input_kind", "kind"), ("location_code", "location"), ("option_code", "option"),
           ("criterion_code", "criterion"), ("criterion_code_2", "criterion_2"), ("value", "value"))


def input_rows(participants, criteria, level):
    """The ``scoring_inputs`` rows of ``participants`` (without uuid and session)."""
    rows = []
    for participant in participants:
        for row in to_rows(participant, criteria):
            stored = {field: row.get(name) for field, name in _FIELDS}
            stored["location_level"] = level if row.get("location") else None
            rows.append(stored)
    return rows


def read_participants(path, session_uuid, criteria):
    """The participants of a saved session, in the order they were saved ([] when the
    session had none, or the workspace predates the table)."""
    try:
        rows = read_rows(path, "scoring_inputs")
    except WorkspaceError:
        return []
    mine = [{name: row.get(field) for field, name in _FIELDS}
            for row in rows if row.get("session_uuid") == session_uuid]
    return from_rows(mine, criteria)


def input_message(error, language=None):
    """A ``core.participants.InputError`` told in the user's language, naming the
    participant and the row or cell."""
    messages = {
        "no_name": tr("A participant or group has no name ({cell}).", language),
        "duplicate_name": tr("Two participants are called '{participant}': give each its own name.", language),
        "unknown_kind": tr("{participant}, row {cell}: '{value}' is not weight, pairwise or score.", language),
        "unknown_gender": tr("{participant}, row {cell}: '{value}' is not a gender (f, m, perempuan, laki-laki).",
                             language),
        "unknown_participant_group": tr("{participant}, row {cell}: '{value}' is not a group of the list.",
                                        language),
        "unknown_criterion": tr("{participant}, {cell}: '{value}' is not a criterion of the workspace.", language),
        "not_a_number": tr("{participant}, row {cell}: '{value}' is not a number.", language),
        "pairwise_shape": tr("{participant}: the pairwise matrix must have one row and one column per criterion "
                             "({cell}).", language),
        "pairwise_value": tr("{participant}, pairwise cell {cell}: {value} is not a judgement from 1/9 to 9.",
                             language),
        "pairwise_diagonal": tr("{participant}, pairwise cell {cell}: a criterion compared with itself is 1, "
                                "not {value}.", language),
        "pairwise_reciprocal": tr("{participant}, pairwise cell {cell}: the matrix is not reciprocal ({value} "
                                  "should be 1): the opposite cell must be 1 divided by this one.", language),
        "weight_negative": tr("{participant}, weight of {cell}: {value} is not a weight (0 or more).", language),
        "weight_zero": tr("{participant}: the weights add up to zero.", language),
        "score_range": tr("{participant}, score {cell}: {value} is outside 1-5.", language),
        "score_negative": tr("{participant}, value {cell}: {value} cannot be negative.", language),
    }
    text = messages.get(error.kind, "{participant} {cell}: {value}")
    value = error.value
    if isinstance(value, float):
        value = "{:g}".format(value)
    return text.format(participant=error.participant, cell=error.cell, value=value)


def source_rows(source):
    """The rows of a QGIS feature source (a CSV table) as plain dicts, for ``from_rows``."""
    names = source.fields().names()
    return [{n: plain(f[n]) for n in names} for f in source.getFeatures()]


def decimal(value, digits, language=None):
    """``value`` with ``digits`` decimals and the language's decimal mark: "0,901" in Indonesian."""
    text = "{:.{}f}".format(value, digits)
    return text.replace(".", ",") if (language or ui_language()) == "id" else text


def report(together, feedback, language=None):
    """Tell a Processing run what the participants gave: each CR, the consensus, women's and men's weights."""
    for name, ratio in together.ratios.items():
        if ratio is not None:
            feedback.pushInfo(tr("{participant}: CR = {cr}", language).format(
                participant=name, cr=decimal(ratio, 3, language)))
    if together.inconsistent:
        feedback.pushWarning(tr("Inconsistent pairwise comparisons (CR ≥ 0.10): {names}.", language).format(
            names=", ".join(together.inconsistent)))
    if together.consensus is not None:
        feedback.pushInfo(tr("Consensus (Goepel): {percent} %", language).format(
            percent=decimal(100 * together.consensus, 0, language)))
    for gender, label in (("f", tr("Women", language)), ("m", tr("Men", language))):
        weights = together.by_gender.get(gender)
        if weights:
            feedback.pushInfo("{}: {}".format(label, ", ".join(
                "{} {} %".format(c, decimal(100 * w, 1, language)) for c, w in weights.items())))
