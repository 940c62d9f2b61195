"""The participants' tab of the Matrik Skoring dock: add a participant or group
(name, gender, group), see each one's consistency ratio (flagged at CR ≥ 0.10),
the group's consensus and the weights of women and men side by side.

The panel only shows and asks; the dock holds the inputs (``core.participants``
computes)."""

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import schema
from ..core.scoring import CR_LIMIT
from ..i18n import tr
from ..workspace.participants import decimal

READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
FLAGGED = QColor("#f4b6b6")
GROUP_GENDER = {"women": "f", "men": "m"}


class ParticipantsPanel(QWidget):
    add_requested = pyqtSignal(str, str, str)     # name, gender code or "", group code or ""
    remove_requested = pyqtSignal(int)

    def __init__(self, language, parent=None):
        super().__init__(parent)
        self.language = language
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(tr("e.g. Kelompok perempuan RT 003"))
        self.group_combo = QComboBox()
        self.group_combo.addItem("—", "")
        for code in schema.PARTICIPANT_GROUP.values():
            self.group_combo.addItem(schema.PARTICIPANT_GROUP.label(code, language), code)
        self.group_combo.currentIndexChanged.connect(self._group_chosen)
        self.gender_combo = QComboBox()
        self.gender_combo.addItem(tr("— (mixed)"), "")
        for code in schema.GENDER.values():
            self.gender_combo.addItem(schema.GENDER.label(code, language), code)
        form.addRow(tr("Participant or group"), self.name_edit)
        form.addRow(tr("Group"), self.group_combo)
        form.addRow(tr("Gender"), self.gender_combo)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add participant"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(tr("Remove selected"))
        self.remove_button.clicked.connect(self._remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout.addLayout(buttons)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Participant or group"), tr("Gender"), tr("Group"),
                                              tr("Weighting"), "CR"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(110)
        layout.addWidget(self.table)
        self.consensus_label = QLabel()
        self.consensus_label.setWordWrap(True)
        layout.addWidget(self.consensus_label)
        layout.addWidget(QLabel(tr("Weights of women and men")))
        self.gender_table = QTableWidget(0, 3)
        self.gender_table.setHorizontalHeaderLabels([tr("Women"), tr("Men"), tr("All")])
        self.gender_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.gender_table.setMinimumHeight(120)
        layout.addWidget(self.gender_table)
        help_text = QLabel(tr(
            "Choose a participant under 'Inputs of' to type its weights, pairwise comparisons and 1-5 scores. "
            "The ranking uses them all: pairwise matrices put together by their element-wise geometric mean "
            "(Aczél & Saaty 1983), typed weights by their mean; each cell's score is the median of those who "
            "scored it, because one loud participant cannot pull a median away and it stays on the 1-5 scale. "
            "Consensus: Goepel's AHP consensus indicator (0 % none, 100 % all agree)."))
        help_text.setWordWrap(True)
        layout.addWidget(help_text)

    def _group_chosen(self):
        gender = GROUP_GENDER.get(self.group_combo.currentData())
        if gender:
            self.gender_combo.setCurrentIndex(self.gender_combo.findData(gender))

    def _add(self):
        self.add_requested.emit(self.name_edit.text(), self.gender_combo.currentData() or "",
                                self.group_combo.currentData() or "")
        self.name_edit.clear()

    def _remove(self):
        row = self.table.currentRow()
        if row >= 0:
            self.remove_requested.emit(row)

    def show_group(self, participants, group, criteria, criterion_name):
        """The participants with their CR, the consensus, and women's vs men's weights."""
        self.table.setRowCount(len(participants))
        for row, participant in enumerate(participants):
            ratio = group.ratios.get(participant.name) if group else None
            texts = (participant.name, schema.GENDER.label(participant.gender, self.language) or "—",
                     schema.PARTICIPANT_GROUP.label(participant.group, self.language) or "—",
                     schema.WEIGHTING.label(participant.weighting, self.language) or "",
                     "—" if ratio is None else decimal(ratio, 3, self.language))
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setFlags(READ_ONLY)
                if column == 4 and ratio is not None and ratio >= CR_LIMIT:
                    item.setBackground(FLAGGED)
                    item.setToolTip(tr("Inconsistent (CR ≥ {limit}): revisit this group's comparisons.").format(
                        limit=decimal(CR_LIMIT, 2, self.language)))
                self.table.setItem(row, column, item)
        if group is None or group.consensus is None:
            self.consensus_label.setText(tr("Consensus: needs the weights of two participants or more."))
        else:
            text = tr("Consensus (Goepel): {percent} % among {count} participants.").format(
                percent=decimal(100 * group.consensus, 0, self.language), count=len(group.ratios))
            if group.inconsistent:
                text += " " + tr("Inconsistent (CR ≥ {limit}): {names}.").format(
                    limit=decimal(CR_LIMIT, 2, self.language), names=", ".join(group.inconsistent))
            self.consensus_label.setText(text)
        self.gender_table.setRowCount(len(criteria))
        self.gender_table.setVerticalHeaderLabels([criterion_name(c) for c in criteria])
        for row, criterion in enumerate(criteria):
            columns = ((group.by_gender.get("f") if group else None), (group.by_gender.get("m") if group else None),
                       (group.weights if group else None))
            for column, weights in enumerate(columns):
                text = "—" if not weights else "{} %".format(decimal(100 * weights[criterion], 1, self.language))
                item = QTableWidgetItem(text)
                item.setFlags(READ_ONLY)
                self.gender_table.setItem(row, column, item)
