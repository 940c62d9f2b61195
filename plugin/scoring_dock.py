"""The "Matrik Skoring" dock: the options × criteria matrix of one location,
the weights (direct or pairwise), and the ranking with its bar chart, updated
as a cell is typed; saved to the workspace as a scoring session; undo/redo.

A rembuk scores group by group: each participant or group (women's group,
men's group, RT delegates …) can hold its own weights or pairwise matrix and
its own scores; the ranking then follows their aggregate (geometric mean of
the matrices, median of the scores: ``core.participants``), with each one's
consistency ratio, the consensus and the weights of women and men beside each
other (``participants_panel``).

Made for a 1366×768 laptop: the work sits in tabs, each in a scroll area, the
matrix and the ranking share a splitter, and undo/redo/save stay below the tabs.

The dock holds no scoring logic: ``core.scoring`` and ``core.participants``
compute, ``workspace.scoring`` and ``workspace.participants`` load and save.
"""

import re
import statistics
import textwrap

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDate, QLocale, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPainter, QTextOption
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..compat import QUndoCommand, QUndoStack
from ..core import schema
from ..core.options import DEFAULT_PERFORMANCE_SOURCE
from ..core.participants import (
    SCALE_MAX,
    SCORE_RANGE,
    InputError,
    Participant,
    aggregate,
    scores_given,
    with_scores,
)
from ..core.process import in_date_order, meeting_label
from ..core.scoring import CR_LIMIT, ScoringError, ahp, parse_number, score_location
from ..i18n import tr, ui_language
from ..workspace.options import option_names, read_criteria
from ..workspace.participants import decimal, input_message, input_rows, read_participants
from ..workspace.project import read_rows
from ..workspace.scoring import Session, load_session, save_session, score_matrix
from ..workspace.starting import explanation, explanations, starting_cells
from .participants_panel import ParticipantsPanel
from .project_layers import disconnect, project_workspace

EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
GREYED = QColor("#dcdcdc")
ASSUMED = QColor("#fff4cc")    # a starting value nobody has judged yet
MEDIAN = QColor("#d9ecff")     # the participants' median
MONTHS_ID = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
BASE = 0   # the holder of the shared matrix; participants are 1, 2, …


class ScoreChart(QWidget):
    """Horizontal bars of the options' scores, best on top; ties in the same colour."""

    def __init__(self, language="en", parent=None):
        super().__init__(parent)
        self.language = language
        self.ranking = []
        self.names = {}
        self.setMinimumHeight(60)

    def set_ranking(self, ranking, names=None):
        self.ranking = list(ranking)
        self.names = names or {}
        # A line of text per option, so that the bars' labels never overlap.
        self.setMinimumHeight(max(60, (self.fontMetrics().height() + 2) * len(self.ranking)))
        self.update()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        try:
            rows = max(len(self.ranking), 1)
            height = self.height() / rows
            label_width = self.width() * 0.45
            best = max([r.score for r in self.ranking] + [1e-9])
            number = painter.fontMetrics().horizontalAdvance("0.000") + 6
            # QTextOption, not int flags: Qt 6's enums are no ints.
            middle = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            for k, ranked in enumerate(self.ranking):
                top = k * height
                painter.setPen(QColor("#202020"))
                name = "{}. {}".format(ranked.rank, self.names.get(ranked.option, ranked.option))
                name = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(label_width - 6))
                painter.drawText(QRectF(2, top, label_width - 4, height), name, middle)
                width = (self.width() - label_width - number) * ranked.score / best
                painter.fillRect(QRectF(label_width, top + height * 0.2, max(width, 1), height * 0.6),
                                 QColor("#d95f02" if ranked.tied else "#1b9e77"))
                painter.drawText(QRectF(label_width + width + 4, top, number, height),
                                 decimal(ranked.score, 2, self.language), middle)
        finally:
            painter.end()


class SetValue(QUndoCommand):
    """One edited cell of the matrix, the weights or the pairwise table of one holder
    (``key[0]``: the shared matrix, or a participant)."""

    def __init__(self, dock, kind, key, old, new):
        super().__init__(tr("Edit {cell}").format(cell="/".join(str(k) for k in key[1:])))
        self.dock, self.kind, self.key, self.old, self.new = dock, kind, key, old, new

    def redo(self):
        self.dock.apply_value(self.kind, self.key, self.new)

    def undo(self):
        self.dock.apply_value(self.kind, self.key, self.old)


class Change(QUndoCommand):
    """Any other undoable change (a participant added or removed): two callables."""

    def __init__(self, text, do, undo):
        super().__init__(text)
        self._do, self._undo = do, undo

    def redo(self):
        self._do()

    def undo(self):
        self._undo()


def location_label(level, code):
    """"RW 002 / RT 001" for an RT, "RW 002" for an RW, the site's name for a site."""
    if level == "RT" and code and "/" in code:
        rw, rt = code.split("/", 1)
        return "RW {} / RT {}".format(rw, rt)
    if level == "RW" and code:
        return "RW {}".format(code)
    return code or ""


def _searchable(text):
    """Lower case, leading zeros dropped: "rt 1" finds "RW 002 / RT 001"."""
    return re.sub(r"\b0+(\d)", r"\1", text.lower())


def date_label(iso, language):
    """"3 Okt 2026" in Indonesian, "3 Oct 2026" in English, from "2026-10-03"."""
    date = QDate.fromString(str(iso or "")[:10], "yyyy-MM-dd")
    if not date.isValid():
        return str(iso or "")
    if language == "id":
        return "{} {} {}".format(date.day(), MONTHS_ID[date.month() - 1], date.year())
    return date.toString("d MMM yyyy")


def starting_cell(raw):
    """(value, note) of a starting-matrix cell: a number, or a ``workspace.starting.StartingCell``
    (its ``value``, and its ``reason``/``source``/``assumption`` for the tooltip)."""
    if raw is None or isinstance(raw, (int, float)):
        return raw, None
    get = raw.get if isinstance(raw, dict) else (lambda key, default=None: getattr(raw, key, default))
    value = get("value")
    parts = [str(get(key)) for key in ("reason", "source") if get(key)]
    if get("assumption"):
        parts.append(tr("assumption"))
    return value, " — ".join(parts) or None


class ScoringDock(QDockWidget):
    def __init__(self, parent=None, follow_project=None):
        super().__init__(tr("Matrik Skoring"), parent)
        self.setObjectName("CsiapScoringDock")
        self.language = ui_language()
        self.workspace = None
        self.level = "RT"
        self.matrix = {}
        self.cells = {}   # the starting cells (workspace.starting) behind the matrix: reasons, sources
        self.criteria, self.directions, self.weights = [], {}, {}
        self.criterion_details = {}
        self.pairwise = None
        self.base_weighting = "direct"
        self.participants = []
        self.holder = BASE
        self.option_names = {}
        self.notes = {}                # (location, option, criterion) → where a starting value comes from
        self.judged = set()            # cells someone typed: no longer a catalogue assumption
        self.screening = {}            # location → [(option, reasons)] of the options left out
        self.ranking = []
        self.group = None              # core.participants.Aggregate of the participants, or None
        self.undo_stack = QUndoStack(self)
        self._filling = False
        self._headers = {}            # (table, horizontal) → the criteria its header shows
        self._catalogue_notes = {}    # criterion → "Catalogue starting value: …"
        self._italic = QFont()
        self._italic.setItalic(True)
        self._build()
        # A dock inside QGIS's window follows the open project's workspace (issue 15:
        # it kept writing to the previous one); a free-standing one (tests) is pointed by hand.
        self.follows_project = parent is not None if follow_project is None else follow_project
        if self.follows_project:
            project, slot = QgsProject.instance(), self.follow_project
            project.cleared.connect(slot)
            project.readProject.connect(slot)
            # Let go of the project when the dock goes (the plugin unloaded).
            self.destroyed.connect(lambda *_: (disconnect(project.cleared, slot),
                                               disconnect(project.readProject, slot)))

    # --- building -------------------------------------------------------------------

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QFormLayout()
        self.level_combo = QComboBox()
        for code in schema.LOCATION_LEVEL.values():
            self.level_combo.addItem(schema.LOCATION_LEVEL.label(code, self.language), code)
        self.level_combo.setCurrentIndex(self.level_combo.findData(self.level))
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.location_search = QLineEdit()
        self.location_search.setPlaceholderText(tr("Search: RW 2, RT 1…"))
        self.location_search.setClearButtonEnabled(True)
        self.location_search.textChanged.connect(self._fill_locations)
        self.location_combo = QComboBox()
        self.location_combo.currentIndexChanged.connect(self._fill_tables)
        where = QHBoxLayout()   # level, search and location on one row: height is short on a laptop
        where.addWidget(self.level_combo, 1)
        where.addWidget(self.location_search, 2)
        where.addWidget(self.location_combo, 3)
        self.session_combo = QComboBox()
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(20)
        self.session_combo.activated.connect(self._session_chosen)
        self.holder_combo = QComboBox()
        self.holder_combo.currentIndexChanged.connect(self._holder_changed)
        top.addRow(tr("Location"), where)
        top.addRow(tr("Scoring session"), self.session_combo)
        top.addRow(tr("Inputs of"), self.holder_combo)
        layout.addLayout(top)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._matrix_tab(), tr("Matrix and ranking"))
        self.tabs.addTab(_scrolled(self._weights_tab()), tr("Weights"))
        self.panel = ParticipantsPanel(self.language)
        self.panel.add_requested.connect(self.add_participant)
        self.panel.remove_requested.connect(self.remove_participant)
        self.tabs.addTab(_scrolled(self.panel), tr("Participants"))
        self.tabs.addTab(_scrolled(self._session_tab()), tr("Session"))
        layout.addWidget(self.tabs, 1)

        buttons = QHBoxLayout()
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(tr("Redo"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.save_button = QPushButton(tr("Save session"))
        self.save_button.clicked.connect(self.save)
        for button in (self.undo_button, self.redo_button, self.save_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMaximumHeight(self.status.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.status)
        self.setWidget(body)

    def _matrix_tab(self):
        splitter = QSplitter(Qt.Orientation.Vertical)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.matrix_label = QLabel(tr("Options × criteria (score 1-5 or raw value)"))
        self.matrix_label.setWordWrap(True)
        upper_layout.addWidget(self.matrix_label)
        self.matrix_table = QTableWidget()
        self.matrix_table.setMinimumHeight(90)
        self.matrix_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix_table.itemChanged.connect(self._matrix_edited)
        upper_layout.addWidget(self.matrix_table)
        splitter.addWidget(upper)
        self.ranking_table = QTableWidget(0, 3)
        self.ranking_table.setHorizontalHeaderLabels([tr("Rank"), tr("Technical option"), tr("Score")])
        header = self.ranking_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ranking_table.verticalHeader().hide()   # the rank column numbers the rows
        self.ranking_table.setMinimumHeight(60)
        # The ranking and its chart side by side: height is what a laptop lacks.
        results = QSplitter(Qt.Orientation.Horizontal)
        results.addWidget(self.ranking_table)
        self.chart = ScoreChart(self.language)
        results.addWidget(self.chart)
        results.setSizes([300, 200])
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        # Why the first option is above the second here (workspace.starting.explanation):
        # whole where there is room, scrolled where a laptop's dock is short (issue 15).
        self.explanation = Sentence()
        self.explanation_label = self.explanation.label
        lower_layout.addWidget(self.explanation)
        lower_layout.addWidget(results, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 150])   # the matrix first: it is what the rembuk types in
        return splitter

    def _weights_tab(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        weighting = QHBoxLayout()
        self.weighting_combo = QComboBox()
        for code in schema.WEIGHTING.values():
            self.weighting_combo.addItem(schema.WEIGHTING.label(code, self.language), code)
        self.weighting_combo.currentIndexChanged.connect(self._weighting_changed)
        weighting.addWidget(self.weighting_combo)
        layout.addLayout(weighting)
        self.cr_label = QLabel()
        self.cr_label.setWordWrap(True)
        layout.addWidget(self.cr_label)
        self.weights_stack = QStackedWidget()
        self.weights_table = QTableWidget(1, 0)
        self.weights_table.verticalHeader().hide()
        self.weights_table.setMinimumHeight(90)
        self.weights_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.weights_table.itemChanged.connect(self._weight_edited)
        self.pairwise_table = QTableWidget()
        self.pairwise_table.itemChanged.connect(self._pairwise_edited)
        # Large enough to type in: cells of at least 64 × 30 px.
        self.pairwise_table.horizontalHeader().setMinimumSectionSize(64)
        self.pairwise_table.verticalHeader().setDefaultSectionSize(30)
        self.weights_stack.addWidget(self.weights_table)
        self.weights_stack.addWidget(self.pairwise_table)
        layout.addWidget(self.weights_stack, 1)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        layout.addWidget(self.total_label)
        return page

    def _session_tab(self):
        page = QWidget()
        session = QFormLayout(page)
        self.forum_combo = QComboBox()
        for code in schema.FORUM.values():
            self.forum_combo.addItem(schema.FORUM.label(code, self.language), code)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        if self.language == "id":   # "3 Okt 2026"
            self.date_edit.setLocale(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        self.date_edit.setDisplayFormat("d MMM yyyy")
        self.female_spin, self.male_spin = QSpinBox(), QSpinBox()
        for spin in (self.female_spin, self.male_spin):
            spin.setRange(0, 10000)
        self.meeting_combo = QComboBox()
        self.meeting_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_combo.setMinimumContentsLength(18)
        session.addRow(tr("Meeting"), self.meeting_combo)
        session.addRow(tr("Forum"), self.forum_combo)
        session.addRow(tr("Date"), self.date_edit)
        session.addRow(tr("Women taking part"), self.female_spin)
        session.addRow(tr("Men taking part"), self.male_spin)
        return page

    # --- following the project ---------------------------------------------------------

    def follow_project(self, *args):
        """The project changed (opened, cleared, another one read): work on its workspace, or none."""
        try:
            path = project_workspace()
            if path != self.workspace:
                self.set_workspace(path)
        except RuntimeError:   # the project's layers, or this dock, are being deleted
            pass

    # --- loading ----------------------------------------------------------------------

    def set_workspace(self, path):
        """Show the workspace's screened locations with their starting values (None: no workspace)."""
        self.workspace = path
        self.participants = []
        self.holder = BASE
        if path:
            self._load_level()
        else:
            self.show_matrix({}, [], {}, {})
            self.session_combo.clear()
            self.meeting_combo.clear()
            self.status.setText(self._no_workspace_text())

    def _no_workspace_text(self):
        return tr("No workspace is open: open a workspace's project (CSIAP Planner → Open workspace…) or create "
                  "one (CSIAP Planner → Create workspace…).")

    def workspace_written(self):
        """An algorithm wrote to the workspace (screening, a scoring run): show what it
        wrote, unless edits made here are not saved yet."""
        if self.undo_stack.isClean():
            self._load_level()
        else:
            self.status.setText(tr("The workspace has new results: save this session, or undo its edits, "
                                   "then choose the level again to see them."))

    def _load_level(self):
        if not self.workspace:
            return
        criteria = read_criteria(self.workspace)
        self.criterion_details = {c.code: c for c in criteria}
        self._catalogue_notes = {}
        self.option_names = option_names(self.workspace, self.language)
        self.screening = {}
        for row in read_rows(self.workspace, "screening"):
            if row.get("location_level") == self.level and not row.get("feasible"):
                self.screening.setdefault(row["location_code"], []).append((row["option_code"], row.get("reasons")))
        matrix, self.notes = {}, {}
        self.cells = starting_cells(self.workspace, self.level, self.language)
        for location, options in self.cells.items():
            matrix[location] = {}
            for option, values in options.items():
                matrix[location][option] = {}
                for criterion, raw in values.items():
                    value, note = starting_cell(raw)
                    matrix[location][option][criterion] = value
                    if note:
                        self.notes[(location, option, criterion)] = note
        self.participants, self.judged = [], set()
        self.show_matrix(matrix, [c.code for c in criteria], {c.code: c.weight for c in criteria},
                         {c.code: c.direction for c in criteria})
        self._fill_sessions()
        self._fill_meetings()
        if not self.matrix:
            self.status.setText(tr("No screened locations at this level: run 'Screen technical options' first."))

    def _fill_meetings(self):
        """The rembuk and FGD of the workspace, so that a session names the meeting that scored."""
        self.meeting_combo.clear()
        self.meeting_combo.addItem(tr("(not recorded)"), None)
        for row in in_date_order(read_rows(self.workspace, "meetings")):
            self.meeting_combo.addItem(meeting_label(row, self.language), row["uuid"])

    def _fill_sessions(self):
        """Saved sessions, newest first: date, forum, level and the location(s) scored."""
        self.session_combo.clear()
        self.session_combo.addItem(tr("New session"), None)
        for uuid, label in self.session_labels():
            self.session_combo.addItem(label, uuid)

    def session_labels(self):
        """``[(uuid, "3 Okt 2026 · Rembuk RT · RT · RW 001 / RT 002")]``, newest first."""
        meetings = {r["uuid"]: r for r in read_rows(self.workspace, "meetings")}
        places = {}
        for row in read_rows(self.workspace, "ranking"):
            places.setdefault(row.get("session_uuid"), set()).add(row.get("location_code"))
        rows = sorted(read_rows(self.workspace, "scoring_sessions"), key=lambda r: str(r.get("session_date") or ""))
        labels = []
        for row in reversed(rows):
            level = row.get("location_level") or "RT"
            where = sorted(places.get(row["uuid"], ()))
            meeting = meetings.get(row.get("meeting_uuid")) or {}
            if len(where) == 1:
                place = location_label(level, where[0])
            elif meeting.get("rt") and meeting.get("rw"):
                place = location_label("RT", "{}/{}".format(meeting["rw"], meeting["rt"]))
            else:
                place = tr("{count} locations").format(count=len(where))
            parts = (date_label(row.get("session_date"), self.language),
                     schema.FORUM.label(row.get("forum"), self.language) or row.get("forum") or "",
                     schema.LOCATION_LEVEL.label(level, self.language) or level, place)
            labels.append((row["uuid"], " · ".join(p for p in parts if p)))
        return labels

    def _level_changed(self):
        self.level = self.level_combo.currentData()
        self._load_level()

    def _session_chosen(self):
        uuid = self.session_combo.currentData()
        if uuid:
            self.load_session(uuid)

    def load_session(self, uuid):
        session, matrix = load_session(self.workspace, uuid)
        if session is None:
            return
        self.forum_combo.setCurrentIndex(max(self.forum_combo.findData(session.forum), 0))
        self.date_edit.setDate(QDate.fromString(session.session_date[:10], "yyyy-MM-dd"))
        self.meeting_combo.setCurrentIndex(max(self.meeting_combo.findData(session.meeting_uuid), 0))
        self.female_spin.setValue(session.participants_female or 0)
        self.male_spin.setValue(session.participants_male or 0)
        self.participants = read_participants(self.workspace, uuid, self.criteria)
        if self.participants:
            # The session stored the group's result; the shared matrix starts from it again.
            self.pairwise, self.base_weighting = None, "direct"
        else:
            self.pairwise, self.base_weighting = session.pairwise, session.weighting
        weights = session.weights or self.weights
        self.judged = {(loc, o, c) for loc, options in matrix.items() for o, values in options.items() for c in values}
        self.show_matrix(matrix, self.criteria, weights, self.directions)

    def show_matrix(self, matrix, criteria, weights, directions):
        """Show ``{location: {option: {criterion: value}}}`` (also for tests and benchmarks)."""
        self.matrix = {loc: {o: dict(v) for o, v in options.items()} for loc, options in matrix.items()}
        self.criteria, self.weights, self.directions = list(criteria), dict(weights), dict(directions)
        if self.pairwise is None or len(self.pairwise) != len(self.criteria):
            self.pairwise = [[1.0] * len(self.criteria) for _ in self.criteria]
        self.undo_stack.clear()
        self.holder = min(self.holder, len(self.participants))
        self._fill_holders()
        self._fill_locations()

    def _fill_locations(self):
        """The locations whose label or code holds the search text."""
        current = self.location_combo.currentData()
        wanted = _searchable(self.location_search.text().strip())
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        for location in sorted(self.matrix):
            label = location_label(self.level, location)
            if wanted in _searchable(label) or wanted in _searchable(location):
                self.location_combo.addItem(label, location)
        self.location_combo.setCurrentIndex(max(self.location_combo.findData(current), 0))
        self.location_combo.blockSignals(False)
        self._fill_tables()
        if wanted and not self.location_combo.count():
            self.status.setText(tr("No location matches '{text}'.").format(text=self.location_search.text()))

    def _fill_holders(self):
        self.holder_combo.blockSignals(True)
        self.holder_combo.clear()
        self.holder_combo.addItem(tr("Shared matrix (facilitator)"), BASE)
        for index, participant in enumerate(self.participants, start=1):
            self.holder_combo.addItem(participant.name, index)
        self.holder_combo.setCurrentIndex(self.holder)
        self.holder_combo.blockSignals(False)

    def current_location(self):
        return self.location_combo.currentData()

    # --- what the tables show: the shared matrix, or one participant's inputs -------------

    def _participant(self):
        return self.participants[self.holder - 1] if self.holder != BASE else None

    def _holder_weighting(self):
        participant = self._participant()
        return participant.weighting if participant else self.base_weighting

    def _holder_pairwise(self):
        participant = self._participant()
        if participant is None:
            return self.pairwise
        if participant.pairwise is None or len(participant.pairwise) != len(self.criteria):
            participant.pairwise = [[1.0] * len(self.criteria) for _ in self.criteria]
        return participant.pairwise

    def _holder_weights(self):
        participant = self._participant()
        return participant.weights if participant else self.weights

    def _holder_value(self, location, option, criterion):
        participant = self._participant()
        if participant is None:
            return self.matrix[location][option].get(criterion)
        return participant.scores.get(location, {}).get(option, {}).get(criterion)

    def _fill_tables(self):
        self._filling = True
        try:
            location = self.current_location()
            options = self.matrix.get(location, {})
            participant = self._participant()
            self._shared_note = tr("Empty: this group has not scored it; the shared value is {value}.")
            self._median_note = tr("Median of the scores of {count} participants ({values}): change them under "
                                   "'Inputs of'.")
            scored = {} if participant else {(o, c): values for (where, o, c), values
                                             in scores_given(self.participants).items() if where == location}
            table = self.matrix_table
            table.setRowCount(len(options))
            table.setColumnCount(len(self.criteria))
            self._criterion_headers(table, horizontal=True)
            # Option names, wrapped: the two septic tanks read apart ("individual" / "bersama").
            table.setVerticalHeaderLabels([textwrap.fill(self.option_names.get(o, o), 28, break_on_hyphens=False)
                                          for o in options])
            for row, option in enumerate(options):
                table.verticalHeaderItem(row).setToolTip("{} ({})".format(self.option_names.get(option, option),
                                                                          option))
                for column, criterion in enumerate(self.criteria):
                    given = scored.get((option, criterion))
                    if given:   # the shared matrix shows the participants' median, not typed here
                        item = QTableWidgetItem(self._number(statistics.median(given)))
                        item.setFlags(READ_ONLY)
                        item.setBackground(MEDIAN)
                        item.setToolTip(self._median_note.format(count=len(given), values=", ".join(
                            self._number(v) for v in given)))
                    else:
                        value = self._holder_value(location, option, criterion)
                        item = _item("" if value is None else self._number(value))
                        self._explain(item, location, option, criterion, participant)
                    table.setItem(row, column, item)
            self.matrix_label.setText(tr("Scores of {holder} (1-5 or raw value; empty: not scored)").format(
                holder=participant.name) if participant else tr("Options × criteria (score 1-5 or raw value)"))
            self._fill_weights()
        finally:
            self._filling = False
        self.recompute()
        if location is not None and not options:
            self.status.setText(self._no_option_text(location))

    def _explain(self, item, location, option, criterion, participant):
        """The cell's tooltip: where a starting value comes from, or the group's value."""
        key = (location, option, criterion)
        if participant is not None:
            shared = self.matrix[location][option].get(criterion)
            item.setToolTip(self._shared_note.format(value="" if shared is None else self._number(shared)))
            return
        if key in self.judged:
            return
        note = self.notes.get(key) or self._catalogue_note(criterion)
        item.setToolTip(note)
        item.setBackground(ASSUMED)
        item.setFont(self._italic)

    def _catalogue_note(self, criterion):
        if criterion not in self._catalogue_notes:
            detail = self.criterion_details.get(criterion)
            self._catalogue_notes[criterion] = tr(
                "Catalogue starting value: {source}. Not yet judged by the community.").format(
                    source=detail.source if detail else DEFAULT_PERFORMANCE_SOURCE)
        return self._catalogue_notes[criterion]

    def _no_option_text(self, location):
        left_out = self.screening.get(location, [])
        reasons = "; ".join("{}: {}".format(self.option_names.get(o, o), r or tr("excluded")) for o, r in left_out)
        return tr("{location}: no technical option can be built here. {reasons}").format(
            location=location_label(self.level, location), reasons=reasons)

    def _fill_weights(self):
        weights = self._holder_weights()
        self.weights_table.setColumnCount(len(self.criteria))
        self._criterion_headers(self.weights_table, horizontal=True)
        for column, criterion in enumerate(self.criteria):
            value = weights.get(criterion)
            self.weights_table.setItem(0, column, _item("" if value is None else self._number(value)))
        pairwise = self._holder_pairwise()
        n = len(self.criteria)
        self.pairwise_table.setRowCount(n)
        self.pairwise_table.setColumnCount(n)
        self._criterion_headers(self.pairwise_table, horizontal=True)
        self._criterion_headers(self.pairwise_table, horizontal=False)
        for i in range(n):
            for j in range(n):
                item = _item(self._fraction(pairwise[i][j]))
                if j <= i:  # the diagonal is 1 and the lower triangle the reciprocal: greyed, not typed
                    item.setFlags(READ_ONLY)
                    item.setBackground(GREYED)
                    item.setForeground(QColor("#505050"))
                self.pairwise_table.setItem(i, j, item)
        # Every row in view without scrolling: the wrapped header, n rows of 30 px, the frame.
        self.pairwise_table.verticalHeader().setMinimumSectionSize(30)
        header = self.pairwise_table.horizontalHeader().sizeHint().height()
        scrollbar = self.pairwise_table.horizontalScrollBar().sizeHint().height()   # a narrow dock scrolls across
        self.pairwise_table.setMinimumHeight(header + 30 * n + 2 * self.pairwise_table.frameWidth() + scrollbar + 4)
        self.weighting_combo.blockSignals(True)
        self.weighting_combo.setCurrentIndex(max(self.weighting_combo.findData(self._holder_weighting()), 0))
        self.weighting_combo.blockSignals(False)
        self.weights_stack.setCurrentIndex(0 if self._holder_weighting() == "direct" else 1)

    def _criterion_headers(self, table, horizontal):
        """Criteria named in the user's language (wrapped to keep columns narrow), with
        direction, unit and source as the tooltip; codes where a criterion has no name.
        Set again only when the criteria change: a header item costs a re-layout."""
        shown = tuple((code, self._criterion_name(code)) for code in self.criteria)
        first = table.horizontalHeaderItem(0) if horizontal else table.verticalHeaderItem(0)
        if self._headers.get((id(table), horizontal)) == shown and (first is not None or not shown):
            return
        self._headers[(id(table), horizontal)] = shown
        for index, code in enumerate(self.criteria):
            item = QTableWidgetItem(textwrap.fill(self._criterion_name(code), 16) if horizontal
                                    else self._criterion_name(code))
            criterion = self.criterion_details.get(code)
            if criterion is not None:
                better = tr("higher is better") if criterion.direction == "gain" else tr("lower is better")
                item.setToolTip("{} ({}; {})\n{}".format(self._criterion_name(code), criterion.unit, better,
                                                         criterion.source))
            if horizontal:
                table.setHorizontalHeaderItem(index, item)
            else:
                table.setVerticalHeaderItem(index, item)
        header = table.horizontalHeader() if horizontal else table.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _criterion_name(self, code):
        criterion = self.criterion_details.get(code)
        return (criterion.name_id if self.language == "id" else criterion.name_en) if criterion else code

    # --- editing ----------------------------------------------------------------------

    def _holder_changed(self):
        self.holder = max(self.holder_combo.currentIndex(), 0)
        self._fill_tables()

    def _matrix_edited(self, item):
        if self._filling:
            return
        location = self.current_location()
        option = list(self.matrix.get(location, {}))[item.row()]
        criterion = self.criteria[item.column()]
        old = self._holder_value(location, option, criterion)
        self._push("matrix", (self.holder, location, option, criterion), old, item.text())

    def _weight_edited(self, item):
        if not self._filling:
            criterion = self.criteria[item.column()]
            self._push("weight", (self.holder, criterion), self._holder_weights().get(criterion), item.text())

    def _pairwise_edited(self, item):
        if not self._filling:
            key = (self.holder, item.row(), item.column())
            self._push("pairwise", key, self._holder_pairwise()[item.row()][item.column()], item.text())

    def _push(self, kind, key, old, text):
        """Push an edit, or refuse it with a message (the value in force stays: nothing
        unreadable is stored, and never as an empty value over the old one)."""
        problem = None
        try:
            new = parse_number(text) if text.strip() else None
        except (ValueError, ZeroDivisionError):
            new, problem = None, tr("'{text}' is not a number ({cell}).").format(text=text,
                                                                               cell=self._cell_name(kind, key))
        if problem is None:
            problem = self._refusal(kind, key, new)
        if problem is not None:
            self._fill_tables()  # back to the value in force
            holder = self._participant()
            self.status.setText("{}{}".format("{}: ".format(holder.name) if holder else "", problem))
            return
        if new != old:
            self.undo_stack.push(SetValue(self, kind, key, old, new))

    def _cell_name(self, kind, key):
        """The cell ``key`` of a ``kind`` table in words: which weight, which score, which comparison."""
        if kind == "weight":
            return tr("weight of {criterion}").format(criterion=self._criterion_name(key[1]))
        if kind == "pairwise":
            return "{} × {}".format(self._criterion_name(self.criteria[key[1]]),
                                    self._criterion_name(self.criteria[key[2]]))
        return "{}, {}".format(self.option_names.get(key[2], key[2]), self._criterion_name(key[3]))

    def _refusal(self, kind, key, value):
        """Why ``value`` cannot go into the cell ``key``, or None."""
        if kind == "pairwise":
            if value is None or not 1.0 / SCALE_MAX - 1e-9 <= value <= SCALE_MAX + 1e-9:
                return tr("A pairwise judgement goes from 1/9 to 9 ({first} × {second}).").format(
                    first=self._criterion_name(self.criteria[key[1]]),
                    second=self._criterion_name(self.criteria[key[2]]))
            return None
        if value is None:
            return None if kind == "weight" or key[0] != BASE else tr(
                "Every option needs a value: type one, or undo.")
        criterion = key[-1]
        if value < 0:
            return tr("{criterion}: a value cannot be negative.").format(criterion=self._criterion_name(criterion))
        detail = self.criterion_details.get(criterion)
        if kind == "matrix" and detail is not None and detail.unit == "1-5" and not (
                SCORE_RANGE[0] <= value <= SCORE_RANGE[1]):
            return tr("{option}, {criterion}: a score goes from 1 to 5, not {value}.").format(
                option=self.option_names.get(key[2], key[2]), criterion=self._criterion_name(criterion),
                value=self._number(value))
        return None

    def apply_value(self, kind, key, value):
        """Set one value (from an edit, an undo or a redo) and re-rank."""
        holder = key[0]
        participant = self.participants[holder - 1] if holder != BASE else None
        if kind == "matrix":
            location, option, criterion = key[1:]
            if participant is None:
                self.matrix[location][option][criterion] = value
            else:
                cells = participant.scores.setdefault(location, {}).setdefault(option, {})
                if value is None:
                    cells.pop(criterion, None)
                else:
                    cells[criterion] = value
            self.judged.add((location, option, criterion))
            if self.current_location() != location:
                self.location_combo.setCurrentIndex(self.location_combo.findData(location))
        elif kind == "weight":
            weights = participant.weights if participant else self.weights
            if value is None and participant is not None:
                weights.pop(key[1], None)
            else:
                weights[key[1]] = value or 0.0
        else:
            i, j = key[1:]
            matrix = participant.pairwise if participant else self.pairwise
            matrix[i][j] = value or 1.0
            matrix[j][i] = 1.0 / (value or 1.0)
        if self.holder != holder:
            self.holder_combo.setCurrentIndex(holder)
        self._fill_tables()

    def _weighting_changed(self):
        code = self.weighting_combo.currentData()
        participant = self._participant()
        if participant is not None:
            participant.weighting = code
            self._holder_pairwise()
        else:
            self.base_weighting = code
        self.weights_stack.setCurrentIndex(0 if code == "direct" else 1)
        self.recompute()

    def add_participant(self, name, gender=None, group=None):
        """Add a participant or group (undoable); its inputs start empty."""
        name, gender, group = (name or "").strip(), gender or None, group or None
        if not name:
            self.status.setText(tr("Give the participant or group a name."))
            return False
        if name in {p.name for p in self.participants}:
            self.status.setText(tr("'{name}' is already in this session.").format(name=name))
            return False
        participant = Participant(name, gender, group)

        def add():
            self.participants.append(participant)
            self.holder = len(self.participants)
            self._fill_holders()
            self._fill_tables()

        def remove():
            self.participants.remove(participant)
            self.holder = BASE
            self._fill_holders()
            self._fill_tables()

        self.undo_stack.push(Change(tr("Add {name}").format(name=name), add, remove))
        return True

    def remove_participant(self, index):
        """Remove the participant at ``index`` (0-based; undoable)."""
        if not 0 <= index < len(self.participants):
            return
        participant = self.participants[index]

        def remove():
            self.participants.remove(participant)
            self.holder = BASE
            self._fill_holders()
            self._fill_tables()

        def put_back():
            self.participants.insert(index, participant)
            self._fill_holders()
            self._fill_tables()

        self.undo_stack.push(Change(tr("Remove {name}").format(name=participant.name), remove, put_back))

    # --- computing --------------------------------------------------------------------

    def effective_weights(self):
        """The weights in force: the participants' aggregate where they gave weights; else
        typed, or from the shared pairwise matrix (AHP). ``(weights, cr)``."""
        self._show_cr()
        if self.group is not None and self.group.weights:
            return dict(self.group.weights), self.group.consistency_ratio
        if self.base_weighting == "ahp" and self.criteria:
            return dict(zip(self.criteria, ahp(self.pairwise).weights)), ahp(self.pairwise).cr
        return dict(self.weights), None

    def _show_cr(self):
        """The CR of the matrix on screen, with the locale's decimal mark: "CR = 0,901 — … (≥ 0,10)"."""
        if self._holder_weighting() != "ahp" or not self.criteria:
            self.cr_label.setText("")
            return
        cr = ahp(self._holder_pairwise()).cr
        text = tr("CR = {cr}").format(cr=decimal(cr, 3, self.language))
        if cr >= CR_LIMIT:
            text += " — " + tr("inconsistent (≥ {limit}): revisit the comparisons").format(
                limit=decimal(CR_LIMIT, 2, self.language))
        self.cr_label.setText(text)

    def _show_total(self):
        weights = self._holder_weights()
        total = sum(w or 0.0 for w in weights.values())
        if self._holder_weighting() != "direct" or not self.criteria:
            self.total_label.setText("")
        elif abs(total - 100) < 1e-9:
            self.total_label.setText(tr("Total of the weights: 100."))
        elif total > 0:
            first = next((c for c in self.criteria if weights.get(c)), self.criteria[0])
            self.total_label.setText(tr(
                "Total of the weights: {total}, not 100. That is fine: each weight counts as its share of the "
                "total ({criterion}: {weight} of {total} = {share} %).").format(
                    total=self._number(total), criterion=self._criterion_name(first),
                    weight=self._number(weights.get(first) or 0), share=decimal(100 * (weights.get(first) or 0)
                                                                              / total, 1, self.language)))
        else:
            self.total_label.setText(tr("Total of the weights: 0. Give at least one criterion a weight."))

    def group_matrix(self):
        """The matrix the ranking uses: the shared one, with the participants' medians."""
        return with_scores(self.matrix, self.participants) if self.participants else self.matrix

    def recompute(self):
        """Rank the current location's options; update the tables, the chart and the panel."""
        self.group = None
        problem = None
        if self.participants:
            try:
                self.group = aggregate(self.participants, self.criteria, self._units())
            except InputError as error:
                problem = input_message(error, self.language)
        self.panel.show_group(self.participants, self.group, self.criteria, self._criterion_name)
        self._show_total()
        options = self.group_matrix().get(self.current_location(), {})
        try:
            weights, _cr = self.effective_weights()
            result = score_location(options, weights, self.directions) if options else None
        except ScoringError as error:
            self.status.setText(str(error))
            return
        self.ranking = result.ranking if result else []
        self.ranking_table.setRowCount(len(self.ranking))
        for row, ranked in enumerate(self.ranking):
            rank_text = "{}{}".format(ranked.rank, " =" if ranked.tied else "")
            for column, text in enumerate((rank_text, self.option_names.get(ranked.option, ranked.option),
                                           decimal(ranked.score, 3, self.language))):
                item = QTableWidgetItem(text)
                item.setFlags(READ_ONLY)
                self.ranking_table.setItem(row, column, item)
        self.chart.set_ranking(self.ranking, self.option_names)
        sentence = self._sentence(result, weights, options) if result else ""
        self.explanation.setText(sentence)
        self.explanation_label.setToolTip(sentence)
        missing = result.incomplete if result else {}
        messages = [problem] if problem else []
        messages += [tr("{option}: no value for {criteria}").format(
            option=self.option_names.get(o, o), criteria=", ".join(self._criterion_name(k) for k in c))
            for o, c in missing.items()]
        self.status.setText("; ".join(messages))

    def _sentence(self, result, weights, options):
        """The sentence of the current location, from the values as they stand: a starting
        cell's numbers are quoted only while its value is the one ranked (not typed over)."""
        cells = {o: {c: cell for c, cell in row.items() if cell.value == options.get(o, {}).get(c)}
                 for o, row in self.cells.get(self.current_location(), {}).items()}
        names = {c: self._criterion_name(c) for c in self.criteria}
        return explanation(result, weights, cells, self.option_names, names, self.language) or ""

    def _units(self):
        return {c: d.unit for c, d in self.criterion_details.items()}

    # --- saving -----------------------------------------------------------------------

    def save(self):
        """Save every location's matrix and ranking, and each participant's inputs, as a new
        session; return its uuid, or None (with the reason shown) when it cannot be saved."""
        if not self.workspace:
            self.status.setText(self._no_workspace_text())
            return None
        if not self.matrix:
            self.status.setText(tr("Nothing to save: run 'Screen technical options' first."))
            return None
        try:
            group = aggregate(self.participants, self.criteria, self._units()) if self.participants else None
        except InputError as error:
            self.status.setText(input_message(error, self.language))
            return None
        weights, cr = self.effective_weights()
        weighting, pairwise = self.base_weighting, self.pairwise if self.base_weighting == "ahp" else None
        if group is not None and group.weights:
            weighting, pairwise = ("ahp", group.pairwise) if group.method == "aij" else ("direct", None)
        session = Session(
            forum=self.forum_combo.currentData(), session_date=self.date_edit.date().toString("yyyy-MM-dd"),
            location_level=self.level, participants_female=self.female_spin.value(),
            participants_male=self.male_spin.value(), meeting_uuid=self.meeting_combo.currentData(),
            weighting=weighting, weights=weights, pairwise=pairwise, consistency_ratio=cr)
        matrix = self.group_matrix()
        results = score_matrix(matrix, weights, self.directions)
        uuid = save_session(self.workspace, session, matrix, weights, results, self.cells,
                            explanations(self.workspace, results, weights, self.cells, self.language),
                            inputs=input_rows(self.participants, self.criteria, self.level))
        self._fill_sessions()
        self.session_combo.setCurrentIndex(self.session_combo.findData(uuid))
        self.undo_stack.setClean()
        self.status.setText(tr("Session saved."))
        return uuid

    # --- numbers as the user reads them ----------------------------------------------------

    def _number(self, value):
        """4500000 as "4.500.000" and 4.5 as "4,5" in Indonesian (read back by core.numbers);
        "4500000" and "4.5" in English, so that no comma is taken for a decimal comma."""
        text = "{:.10g}".format(value)
        if self.language != "id" or "e" in text:
            return text
        whole, _, fraction = text.partition(".")
        sign = "-" if whole.startswith("-") else ""
        digits = whole.lstrip("-")
        grouped = ".".join(digits[max(0, k - 3):k] for k in range(len(digits), 0, -3)[::-1]) if len(digits) > 3 \
            else digits
        return sign + grouped + ("," + fraction if fraction else "")

    def _fraction(self, value):
        if value >= 1 or value <= 0:
            return self._number(value)
        return "1/{:g}".format(round(1 / value, 6))


def _item(text):
    item = QTableWidgetItem(text)
    item.setFlags(EDITABLE)
    return item


class Sentence(QScrollArea):
    """A wrapped, selectable sentence as tall as it needs, up to ``MOST_LINES`` lines; a longer
    one, or one in a short dock, scrolls (a label alone was cut short, whole only in its tooltip)."""

    MOST_LINES = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def _lines(self, count):
        return count * self.label.fontMetrics().lineSpacing() + 2 * self.label.margin()

    def sizeHint(self):
        # The height the sentence takes at the width it is given, not at the label's own guess.
        needed = self.label.heightForWidth(max(self.viewport().width(), 1)) if self.label.text() else 0
        return QSize(super().sizeHint().width(), max(self._lines(1), min(needed, self._lines(self.MOST_LINES))))

    def minimumSizeHint(self):
        return QSize(super().minimumSizeHint().width(), self._lines(3))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()   # narrower means more lines

    def setText(self, text):
        self.label.setText(text)
        self.verticalScrollBar().setValue(0)   # a new sentence is read from its start
        self.updateGeometry()


def _scrolled(widget):
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
