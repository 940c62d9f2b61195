"""The "Matrik Skoring" dock: the options × criteria matrix of one location,
the weights (direct or pairwise), and the ranking with its bar chart, updated
as a cell is typed; saved to the workspace as a scoring session; undo/redo.

The dock holds no scoring logic: ``core.scoring`` ranks, ``workspace.scoring``
loads and saves.
"""

import textwrap

from qgis.PyQt.QtCore import QDate, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QTextOption
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..compat import QUndoCommand, QUndoStack
from ..core import schema
from ..core.process import in_date_order, meeting_label
from ..core.scoring import CR_LIMIT, ScoringError, ahp, parse_number, score_location
from ..i18n import tr, ui_language
from ..workspace.options import read_criteria
from ..workspace.project import read_rows
from ..workspace.scoring import Session, load_session, save_session, score_matrix, sessions, starting_matrix
from ..workspace.tables import option_names

EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ScoreChart(QWidget):
    """Horizontal bars of the options' scores, best on top; ties in the same colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ranking = []
        self.names = {}
        self.setMinimumHeight(100)

    def set_ranking(self, ranking, names=None):
        self.ranking = list(ranking)
        self.names = names or {}
        self.update()

    def paintEvent(self, event):  # noqa: N802
        painter = QPainter(self)
        try:
            rows = max(len(self.ranking), 1)
            height = self.height() / rows
            label_width = self.width() * 0.45
            best = max([r.score for r in self.ranking] + [1e-9])
            # QTextOption, not int flags: Qt 6's enums are no ints.
            middle = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            for k, ranked in enumerate(self.ranking):
                top = k * height
                painter.setPen(QColor("#202020"))
                name = "{}. {}".format(ranked.rank, self.names.get(ranked.option, ranked.option))
                name = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(label_width - 6))
                painter.drawText(QRectF(2, top, label_width - 4, height), name, middle)
                width = (self.width() - label_width - 40) * ranked.score / best
                painter.fillRect(QRectF(label_width, top + height * 0.2, max(width, 1), height * 0.6),
                                 QColor("#d95f02" if ranked.tied else "#1b9e77"))
                painter.drawText(QRectF(label_width + width + 4, top, 40, height), "{:.2f}".format(ranked.score),
                                 middle)
        finally:
            painter.end()


class SetValue(QUndoCommand):
    """One edited cell of the matrix, the weights or the pairwise table."""

    def __init__(self, dock, kind, key, old, new):
        super().__init__(tr("Edit {cell}").format(cell="/".join(str(k) for k in key)))
        self.dock, self.kind, self.key, self.old, self.new = dock, kind, key, old, new

    def redo(self):
        self.dock.apply_value(self.kind, self.key, self.new)

    def undo(self):
        self.dock.apply_value(self.kind, self.key, self.old)


class ScoringDock(QDockWidget):
    def __init__(self, parent=None):
        super().__init__(tr("Matrik Skoring"), parent)
        self.setObjectName("CsiapScoringDock")
        self.language = ui_language()
        self.workspace = None
        self.level = "RT"
        self.matrix = {}
        self.criteria, self.directions, self.weights = [], {}, {}
        self.criterion_details = {}
        self.pairwise = None
        self.option_names = {}
        self.ranking = []
        self.undo_stack = QUndoStack(self)
        self._filling = False
        self._build()

    # --- building -------------------------------------------------------------------

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QFormLayout()
        self.level_combo = QComboBox()
        for code in schema.LOCATION_LEVEL.values():
            self.level_combo.addItem(schema.LOCATION_LEVEL.label(code, self.language), code)
        self.level_combo.setCurrentIndex(self.level_combo.findData(self.level))
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.location_combo = QComboBox()
        self.location_combo.currentIndexChanged.connect(self._fill_tables)
        self.session_combo = QComboBox()
        self.session_combo.activated.connect(self._session_chosen)
        top.addRow(tr("Level"), self.level_combo)
        top.addRow(tr("Location"), self.location_combo)
        top.addRow(tr("Scoring session"), self.session_combo)
        layout.addLayout(top)

        self.matrix_table = QTableWidget()
        self.matrix_table.setMinimumHeight(160)
        self.matrix_table.itemChanged.connect(self._matrix_edited)
        layout.addWidget(QLabel(tr("Options × criteria (score 1-5 or raw value)")))
        layout.addWidget(self.matrix_table)

        weighting = QHBoxLayout()
        self.weighting_combo = QComboBox()
        for code in schema.WEIGHTING.values():
            self.weighting_combo.addItem(schema.WEIGHTING.label(code, self.language), code)
        self.weighting_combo.currentIndexChanged.connect(self._weighting_changed)
        self.cr_label = QLabel()
        weighting.addWidget(self.weighting_combo)
        weighting.addWidget(self.cr_label)
        layout.addLayout(weighting)
        self.weights_stack = QStackedWidget()
        self.weights_table = QTableWidget(1, 0)
        self.weights_table.verticalHeader().hide()
        self.weights_table.itemChanged.connect(self._weight_edited)
        self.pairwise_table = QTableWidget()
        self.pairwise_table.itemChanged.connect(self._pairwise_edited)
        self.weights_stack.addWidget(self.weights_table)
        self.weights_stack.addWidget(self.pairwise_table)
        self.weights_stack.setMaximumHeight(170)
        layout.addWidget(self.weights_stack)

        self.ranking_table = QTableWidget(0, 3)
        self.ranking_table.setHorizontalHeaderLabels([tr("Rank"), tr("Technical option"), tr("Score")])
        self.ranking_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ranking_table.verticalHeader().hide()   # the rank column numbers the rows
        layout.addWidget(self.ranking_table)
        self.chart = ScoreChart()
        layout.addWidget(self.chart)

        session = QFormLayout()
        self.forum_combo = QComboBox()
        for code in schema.FORUM.values():
            self.forum_combo.addItem(schema.FORUM.label(code, self.language), code)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.female_spin, self.male_spin = QSpinBox(), QSpinBox()
        for spin in (self.female_spin, self.male_spin):
            spin.setRange(0, 10000)
        self.meeting_combo = QComboBox()
        session.addRow(tr("Meeting"), self.meeting_combo)
        session.addRow(tr("Forum"), self.forum_combo)
        session.addRow(tr("Date"), self.date_edit)
        session.addRow(tr("Women taking part"), self.female_spin)
        session.addRow(tr("Men taking part"), self.male_spin)
        layout.addLayout(session)

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
        layout.addWidget(self.status)
        self.setWidget(body)

    # --- loading ----------------------------------------------------------------------

    def set_workspace(self, path):
        """Show the workspace's screened locations with the catalogue's starting values."""
        self.workspace = path
        self._load_level()

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
        self.option_names = option_names(self.workspace, self.language)
        self.show_matrix(starting_matrix(self.workspace, self.level), [c.code for c in criteria],
                         {c.code: c.weight for c in criteria}, {c.code: c.direction for c in criteria})
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
        self.session_combo.clear()
        self.session_combo.addItem(tr("New session"), None)
        for uuid, label in sessions(self.workspace):
            self.session_combo.addItem(label, uuid)

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
        self.pairwise = session.pairwise
        self.weighting_combo.setCurrentIndex(max(self.weighting_combo.findData(session.weighting), 0))
        weights = session.weights or self.weights
        self.show_matrix(matrix, self.criteria, weights, self.directions)

    def show_matrix(self, matrix, criteria, weights, directions):
        """Show ``{location: {option: {criterion: value}}}`` (also for tests and benchmarks)."""
        self.matrix = {loc: {o: dict(v) for o, v in options.items()} for loc, options in matrix.items()}
        self.criteria, self.weights, self.directions = list(criteria), dict(weights), dict(directions)
        if self.pairwise is None or len(self.pairwise) != len(self.criteria):
            self.pairwise = [[1.0] * len(self.criteria) for _ in self.criteria]
        self.undo_stack.clear()
        current = self.location_combo.currentData()
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        for location in sorted(self.matrix):
            self.location_combo.addItem(location, location)
        self.location_combo.setCurrentIndex(max(self.location_combo.findData(current), 0))
        self.location_combo.blockSignals(False)
        self._fill_tables()

    def current_location(self):
        return self.location_combo.currentData()

    def _fill_tables(self):
        self._filling = True
        try:
            options = self.matrix.get(self.current_location(), {})
            table = self.matrix_table
            table.setRowCount(len(options))
            table.setColumnCount(len(self.criteria))
            self._criterion_headers(table, horizontal=True)
            # Codes as row headers keep the values in view; the full name is the tooltip.
            table.setVerticalHeaderLabels(list(options))
            for row, option in enumerate(options):
                table.verticalHeaderItem(row).setToolTip(self.option_names.get(option, option))
            for row, values in enumerate(options.values()):
                for column, criterion in enumerate(self.criteria):
                    value = values.get(criterion)
                    table.setItem(row, column, _item("" if value is None else _number(value)))
            self.weights_table.setColumnCount(len(self.criteria))
            self._criterion_headers(self.weights_table, horizontal=True)
            for column, criterion in enumerate(self.criteria):
                self.weights_table.setItem(0, column, _item(_number(self.weights.get(criterion, 0))))
            n = len(self.criteria)
            self.pairwise_table.setRowCount(n)
            self.pairwise_table.setColumnCount(n)
            self._criterion_headers(self.pairwise_table, horizontal=True)
            self._criterion_headers(self.pairwise_table, horizontal=False)
            for i in range(n):
                for j in range(n):
                    item = _item(_fraction(self.pairwise[i][j]))
                    if j <= i:  # the diagonal is 1 and the lower triangle the reciprocal
                        item.setFlags(READ_ONLY)
                    self.pairwise_table.setItem(i, j, item)
        finally:
            self._filling = False
        self.recompute()

    def _criterion_headers(self, table, horizontal):
        """Criteria named in the user's language (wrapped to keep columns narrow), with
        direction, unit and source as the tooltip; codes where a criterion has no name."""
        for index, code in enumerate(self.criteria):
            criterion = self.criterion_details.get(code)
            name = (criterion.name_id if self.language == "id" else criterion.name_en) if criterion else code
            item = QTableWidgetItem(textwrap.fill(name, 16) if horizontal else name)
            if criterion is not None:
                better = tr("higher is better") if criterion.direction == "gain" else tr("lower is better")
                item.setToolTip("{} ({}; {})\n{}".format(name, criterion.unit, better, criterion.source))
            if horizontal:
                table.setHorizontalHeaderItem(index, item)
            else:
                table.setVerticalHeaderItem(index, item)
        header = table.horizontalHeader() if horizontal else table.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    # --- editing ----------------------------------------------------------------------

    def _matrix_edited(self, item):
        if self._filling:
            return
        options = list(self.matrix.get(self.current_location(), {}))
        key = (self.current_location(), options[item.row()], self.criteria[item.column()])
        old = self.matrix[key[0]][key[1]].get(key[2])
        self._push("matrix", key, old, item.text())

    def _weight_edited(self, item):
        if not self._filling:
            criterion = self.criteria[item.column()]
            self._push("weight", (criterion,), self.weights.get(criterion), item.text())

    def _pairwise_edited(self, item):
        if not self._filling:
            key = (item.row(), item.column())
            self._push("pairwise", key, self.pairwise[key[0]][key[1]], item.text())

    def _push(self, kind, key, old, text):
        try:
            new = None if not text.strip() else parse_number(text)
        except (ValueError, ZeroDivisionError):
            self._fill_tables()  # back to the value in force
            self.status.setText(tr("'{text}' is not a number.").format(text=text))
            return
        if new != old:
            self.undo_stack.push(SetValue(self, kind, key, old, new))

    def apply_value(self, kind, key, value):
        """Set one value (from an edit, an undo or a redo) and re-rank."""
        if kind == "matrix":
            self.matrix[key[0]][key[1]][key[2]] = value
            if self.current_location() != key[0]:
                self.location_combo.setCurrentIndex(self.location_combo.findData(key[0]))
        elif kind == "weight":
            self.weights[key[0]] = value or 0.0
        else:
            i, j = key
            self.pairwise[i][j] = value or 1.0
            self.pairwise[j][i] = 1.0 / (value or 1.0)
        self._fill_tables()

    def _weighting_changed(self):
        self.weights_stack.setCurrentIndex(0 if self.weighting_combo.currentData() == "direct" else 1)
        self.recompute()

    def effective_weights(self):
        """The weights in force: typed, or from the pairwise matrix (AHP)."""
        if self.weighting_combo.currentData() == "ahp" and self.criteria:
            result = ahp(self.pairwise)
            text = tr("CR = {cr:.3f}").format(cr=result.cr)
            if result.cr >= CR_LIMIT:
                text += " — " + tr("inconsistent (≥ 0.10): revisit the comparisons")
            self.cr_label.setText(text)
            return dict(zip(self.criteria, result.weights)), result.cr
        self.cr_label.setText("")
        return dict(self.weights), None

    def recompute(self):
        """Rank the current location's options; update the table and the chart."""
        options = self.matrix.get(self.current_location(), {})
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
                                           "{:.3f}".format(ranked.score))):
                item = QTableWidgetItem(text)
                item.setFlags(READ_ONLY)
                self.ranking_table.setItem(row, column, item)
        self.chart.set_ranking(self.ranking, self.option_names)
        missing = result.incomplete if result else {}
        self.status.setText("; ".join(tr("{option}: no value for {criteria}").format(
            option=o, criteria=", ".join(c)) for o, c in missing.items()))

    # --- saving -----------------------------------------------------------------------

    def save(self):
        """Save every location's matrix and ranking as a new session; return its uuid."""
        if not self.workspace or not self.matrix:
            return None
        weights, cr = self.effective_weights()
        session = Session(
            forum=self.forum_combo.currentData(), session_date=self.date_edit.date().toString("yyyy-MM-dd"),
            location_level=self.level, participants_female=self.female_spin.value(),
            participants_male=self.male_spin.value(), meeting_uuid=self.meeting_combo.currentData(),
            weighting=self.weighting_combo.currentData(),
            weights=weights, pairwise=self.pairwise if self.weighting_combo.currentData() == "ahp" else None,
            consistency_ratio=cr)
        uuid = save_session(self.workspace, session, self.matrix, weights,
                            score_matrix(self.matrix, weights, self.directions))
        self._fill_sessions()
        self.session_combo.setCurrentIndex(self.session_combo.findData(uuid))
        self.undo_stack.setClean()
        self.status.setText(tr("Session saved."))
        return uuid


def _item(text):
    item = QTableWidgetItem(text)
    item.setFlags(EDITABLE)
    return item


def _number(value):
    """4500000, not 4.5e+06: costs in rupiah are typed and read in full."""
    return "{:.10g}".format(value)


def _fraction(value):
    if value >= 1 or value <= 0:
        return _number(value)
    return "1/{:g}".format(round(1 / value, 6))
