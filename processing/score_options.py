"""csiap:scoreoptions — the scoring matrix per location, ranked and saved as a session."""

import datetime

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .. import compat
from ..core import schema
from ..i18n import tr, ui_language
from .base import CsiapAlgorithm

LEVELS = ("RT", "RW", "site")
RANKING_FIELDS = (("location_code", compat.STRING), ("option_code", compat.STRING), ("score", compat.DOUBLE),
                  ("rank", compat.INT), ("tied", compat.BOOL), ("sensitive_to", compat.STRING),
                  ("explanation", compat.STRING))


class ScoreOptions(CsiapAlgorithm):
    ID = "scoreoptions"
    GROUP = "options"

    def displayName(self):
        return tr("Score technical options")

    def shortHelpString(self):
        return tr(
            "Ranks the feasible technical options of each location (from 'Screen technical options') with the "
            "scoring matrix of a rembuk or FGD, and saves it as a scoring session: forum, date, participants by "
            "gender, weights, every score and the ranking. Input layers are never changed.\n\n"
            "Scores: a table with the columns location, option, criterion and value (a 1-5 score or a raw value "
            "such as a cost); without one, each location's starting values come from its own data: cost per "
            "household from the unit costs (fixed + per household × households + per metre × pipe length, the "
            "pipe estimated from area and density), land needed against land available, site suitability 0-1 "
            "(trapezoid functions per condition, multiplied; a condition without data lowers nothing), the health "
            "benefit of removing the place's own hazards; O&M and acceptance stay catalogue defaults until the "
            "residents judge them. Each criterion is normalised min-max across the options of a location "
            "(reversed where lower is better) and weighted; a sentence says which criterion puts the first "
            "option above the second.\n\n"
            "Weights: 'code=weight' pairs (e.g. cost=25; om=20), or an AHP pairwise matrix in the criteria's "
            "order (rows separated by ';', e.g. 1 3 5; 1/3 1 3; 1/5 1/3 1); the consistency ratio uses Saaty's "
            "random index and a CR of 0.10 or more is reported as inconsistent. Options with equal scores share "
            "a rank; the ranking lists which weight, moved by ±20 %, would change each option's rank.") + "\n\n" + tr(
            "Participants (optional): a table of each participant's or group's own inputs, one value a row, with "
            "the columns participant, gender (f/m), group, kind (weight, pairwise or score), location, option, "
            "criterion, criterion_2 (pairwise: compared with) and value. Numbers may be written as Indonesians "
            "write them (350.000, Rp 2.500.000, 4,5). Pairwise matrices are put together by their element-wise "
            "geometric mean (Aczél & Saaty 1983), typed weights by their mean; scores by their median, which one "
            "loud participant cannot pull away and which stays on the 1-5 scale. Each participant's consistency "
            "ratio, Goepel's consensus and the weights of women and men are reported, and every input is saved "
            "with the session. A bad row (text for a number, a matrix that is not reciprocal, a score outside "
            "1-5) stops the run and nothing is saved.")

    def initAlgorithm(self, config=None):
        self.add_workspace_parameter()
        self.addParameter(QgsProcessingParameterEnum(
            "LEVEL", tr("Locations"), options=["RT", "RW", tr("Candidate sites")], defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "SCORES", tr("Scores (location, option, criterion, value)"), [compat.SOURCE_TABLE], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "PARTICIPANTS", tr("Participants' inputs (participant, gender, group, kind, …, value)"),
            [compat.SOURCE_TABLE], optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "WEIGHTING", tr("Weighting"),
            options=[schema.WEIGHTING.label(c, ui_language()) for c in schema.WEIGHTING.values()],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString("WEIGHTS", tr("Weights (code=weight; …)"), optional=True))
        self.addParameter(QgsProcessingParameterString("PAIRWISE", tr("AHP pairwise matrix (rows separated by ;)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "FORUM", tr("Forum"), options=[schema.FORUM.label(c, ui_language()) for c in schema.FORUM.values()],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString("SESSION_DATE", tr("Date (YYYY-MM-DD; empty = today)"),
                                                       optional=True))
        for name, label in (("PARTICIPANTS_FEMALE", tr("Women taking part")),
                            ("PARTICIPANTS_MALE", tr("Men taking part"))):
            self.addParameter(QgsProcessingParameterNumber(name, label, compat.INTEGER_NUMBER, optional=True,
                                                           minValue=0))
        self.addParameter(QgsProcessingParameterString("MEETING", tr("Meeting id (uuid)"), optional=True))
        self.addParameter(QgsProcessingParameterString("NOTES", tr("Notes"), optional=True))
        self.add_language_parameter()
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Ranking"), optional=True,
                                                            createByDefault=True))
        self.addOutput(QgsProcessingOutputString("SESSION", tr("Scoring session")))
        self.addOutput(QgsProcessingOutputNumber("CONSISTENCY_RATIO", tr("Consistency ratio (CR)")))
        self.addOutput(QgsProcessingOutputNumber("LOCATIONS", tr("Locations ranked")))

    def run_algorithm(self, parameters, context, feedback):
        from ..core.scoring import ScoringError
        from ..workspace import WorkspaceError
        from ..workspace.options import read_criteria
        from ..workspace.scoring import Session, save_session, score_matrix
        from ..workspace.starting import explanations, starting_cells

        path = self.workspace_path(parameters, context)
        language = self.language(parameters, context)
        level = LEVELS[self.parameterAsEnum(parameters, "LEVEL", context)]
        criteria = read_criteria(path)
        codes = [c.code for c in criteria]
        session = Session(
            forum=schema.FORUM.values()[self.parameterAsEnum(parameters, "FORUM", context)],
            session_date=self.parameterAsString(parameters, "SESSION_DATE", context).strip()
            or datetime.date.today().isoformat(),
            location_level=level,
            participants_female=self._count(parameters, "PARTICIPANTS_FEMALE", context),
            participants_male=self._count(parameters, "PARTICIPANTS_MALE", context),
            meeting_uuid=self.parameterAsString(parameters, "MEETING", context).strip() or None,
            weighting=schema.WEIGHTING.values()[self.parameterAsEnum(parameters, "WEIGHTING", context)],
            notes=self.parameterAsString(parameters, "NOTES", context).strip() or None)
        try:
            weights = self._weights(parameters, context, session, criteria, language, feedback)
            cells = None
            matrix = self._matrix(parameters, context, path, level, language)
            if matrix is None:   # no scores table: the values each place's own data gives
                cells = starting_cells(path, level, language)
                matrix = {location: {o: {c: cell.value for c, cell in row.items()} for o, row in options.items()}
                          for location, options in cells.items()}
            weights, matrix, inputs = self._participants(parameters, context, session, weights, matrix, criteria,
                                                         level, language, feedback)
            results = score_matrix(matrix, weights, {c.code: c.direction for c in criteria})
        except ScoringError as error:
            raise WorkspaceError(scoring_message(error, codes, language)) from error
        if not results:
            raise WorkspaceError(tr("No location has options to score: run 'Screen technical options' at this "
                                    "level first, or give a scores table.", language))
        sentences = explanations(path, results, weights, cells, language)
        session_uuid = save_session(path, session, matrix, weights, results, cells, sentences, inputs)
        dest_id = self._write_ranking(parameters, context, results, sentences)
        self._report(results, sentences, feedback, language)
        return {"OUTPUT": dest_id, "SESSION": session_uuid, "CONSISTENCY_RATIO": session.consistency_ratio,
                "LOCATIONS": len(results)}

    def _count(self, parameters, name, context):
        if parameters.get(name) in (None, ""):
            return None
        return self.parameterAsInt(parameters, name, context)

    def _weights(self, parameters, context, session, criteria, language, feedback):
        from ..core.scoring import CR_LIMIT, ScoringError, parse_pairwise, parse_weights

        codes = [c.code for c in criteria]
        if session.weighting == "ahp":
            session.pairwise = parse_pairwise(self.parameterAsString(parameters, "PAIRWISE", context))
            if len(session.pairwise) != len(codes):
                raise ScoringError("ahp_size", "{} × {}".format(len(session.pairwise), len(codes)))
            weights = session.effective_weights(codes)
            feedback.pushInfo(tr("AHP: CR = {cr:.3f}; weights {weights}.", language).format(
                cr=session.consistency_ratio, weights=", ".join("{} {:.1%}".format(c, w) for c, w in weights.items())))
            if session.consistency_ratio >= CR_LIMIT:
                feedback.pushWarning(tr("The pairwise comparisons are inconsistent (CR = {cr:.2f} ≥ 0.10): revisit "
                                        "them with the forum before using the ranking.", language).format(
                    cr=session.consistency_ratio))
            return weights
        typed = parse_weights(self.parameterAsString(parameters, "WEIGHTS", context))
        unknown = sorted(set(typed) - set(codes))
        if unknown:
            raise ScoringError("weight_unknown", ", ".join(unknown))
        session.weights = {c.code: typed.get(c.code, c.weight if not typed else 0.0) for c in criteria}
        return session.weights

    def _matrix(self, parameters, context, path, level, language):
        from ..core.numbers import NotANumber, read_number
        from ..workspace import WorkspaceError
        from ..workspace.fields import plain

        source = self.parameterAsSource(parameters, "SCORES", context)
        if source is None:
            return None
        names = source.fields().names()
        missing = [n for n in ("location", "option", "criterion", "value") if n not in names]
        if missing:
            raise WorkspaceError(tr("The scores table lacks the columns: {columns}.", language).format(
                columns=", ".join(missing)))
        matrix = {}
        for row, feature in enumerate(source.getFeatures(), start=1):
            value = plain(feature["value"])
            try:
                number = read_number(value)
            except NotANumber:
                raise WorkspaceError(tr("Scores table, row {row} ({location}, {option}, {criterion}): '{value}' is "
                                        "not a number.", language).format(
                    row=row, location=feature["location"], option=feature["option"], criterion=feature["criterion"],
                    value=value)) from None
            matrix.setdefault(str(feature["location"]), {}).setdefault(str(feature["option"]), {})[
                str(feature["criterion"])] = number
        return matrix

    def _participants(self, parameters, context, session, weights, matrix, criteria, level, language, feedback):
        """The participants' inputs put together: (weights, matrix, rows to save). Without
        a participants table, the weights and matrix as they are."""
        from ..core.participants import InputError, aggregate, from_rows, with_scores
        from ..workspace import WorkspaceError
        from ..workspace.participants import input_message, input_rows, report, source_rows

        source = self.parameterAsSource(parameters, "PARTICIPANTS", context)
        if source is None:
            return weights, matrix, ()
        codes = [c.code for c in criteria]
        try:
            people = from_rows(source_rows(source), codes)
            together = aggregate(people, codes, {c.code: c.unit for c in criteria})
        except InputError as error:
            raise WorkspaceError(input_message(error, language)) from error
        report(together, feedback, language)
        if together.weights:
            weights = together.weights
            session.weighting = "ahp" if together.method == "aij" else "direct"
            session.weights, session.pairwise = weights, together.pairwise
            session.consistency_ratio = together.consistency_ratio
        return weights, with_scores(matrix, people), input_rows(people, codes, level)

    def _write_ranking(self, parameters, context, results, sentences):
        from ..workspace.fields import table_fields
        from ..workspace.scoring import sensitive_to

        fields = table_fields(RANKING_FIELDS)
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, compat.WKB_NO_GEOMETRY)
        if sink is None:
            return None
        for location, (result, flips) in results.items():
            for ranked in result.ranking:
                feature = QgsFeature(fields)
                feature.setAttributes([location, ranked.option, ranked.score, ranked.rank, ranked.tied,
                                       sensitive_to(flips, ranked.option),
                                       sentences.get(location) if ranked.rank == 1 else None])
                sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest_id

    def _report(self, results, sentences, feedback, language):
        for location, (result, _flips) in results.items():
            order = ", ".join("{}. {} ({:.2f}){}".format(r.rank, r.option, r.score, " =" if r.tied else "")
                              for r in result.ranking)
            feedback.pushInfo("{}: {}".format(location, order))
            if sentences.get(location):
                feedback.pushInfo("  " + sentences[location])
            for option, criteria in result.incomplete.items():
                feedback.pushWarning(tr("{location}: {option} has no value for {criteria} and is not ranked.",
                                        language).format(location=location, option=option,
                                                         criteria=", ".join(criteria)))


def scoring_message(error, codes, language):
    """A ``ScoringError`` told in the user's language."""
    messages = {
        "ahp_size": tr("The pairwise matrix must be square, one row per criterion ({codes}): {detail}.", language),
        "ahp_shape": tr("The pairwise matrix is not square: {detail}.", language),
        "ahp_value": tr("Pairwise judgements must be positive numbers: {detail}.", language),
        "ahp_diagonal": tr("A criterion compared with itself must be 1: {detail}.", language),
        "ahp_reciprocal": tr("The pairwise matrix is not reciprocal (a[j,i] must be 1/a[i,j]): {detail}.", language),
        "ahp_text": tr("The pairwise matrix cannot be read: {detail}.", language),
        "weight_text": tr("A weight cannot be read: {detail}.", language),
        "weight_unknown": tr("Weights for unknown criteria: {detail}. The criteria are {codes}.", language),
        "weight_negative": tr("Weights cannot be negative.", language),
        "weight_zero": tr("The weights add up to zero; give at least one criterion a weight.", language),
    }
    return messages.get(error.kind, "{detail}").format(detail=error.detail, codes=", ".join(codes))
