"""The "Tahapan PP" dock: the participatory planning process at a glance.

Tabs: the stages and their activities as a checklist with dates, linked
meetings and progress; the meetings with attendance by gender and the
women's-share warning; the Venn diagram editor (institutions, importance,
closeness) and the seasonal calendar editor, each with its live drawing.
Reading and saving go through ``workspace.process``.
"""

import datetime

from qgis.PyQt.QtCore import QDate, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import reference, schema
from ..core.process import (
    STAGE_ACTIVITIES,
    attendance_warning,
    calendar_matrix,
    in_date_order,
    meeting_label,
    meeting_title,
    progress,
    women_share,
)
from ..i18n import tr, ui_language
from ..workspace.diagrams import CALENDAR_SIZE, VENN_SIZE, calendar_painter, image, venn_painter
from ..workspace.process import replace_records, stages, update_stage
from ..workspace.project import read_rows

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole
INSTITUTION_COLUMNS = ("name", "kind", "importance", "closeness")


def preview(draw, size, width):
    return QPixmap.fromImage(image(draw, size)).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


class ProcessDock(QDockWidget):
    def __init__(self, parent=None):
        super().__init__(tr("Tahapan PP"), parent)
        self.setObjectName("CsiapProcessDock")
        self.language = ui_language()
        self.workspace = None
        self._filling = False
        tabs = QTabWidget()
        tabs.addTab(self._stages_tab(), tr("Stages"))
        tabs.addTab(self._meetings_tab(), schema.layer("meetings").title.text(self.language))
        tabs.addTab(self._venn_tab(), schema.layer("institutions").title.text(self.language))
        tabs.addTab(self._calendar_tab(), schema.layer("season_calendar").title.text(self.language))
        self.tabs = tabs
        self.setWidget(tabs)

    # --- stages -----------------------------------------------------------------------

    def _stages_tab(self):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Activity"), tr("Planned"), tr("Done"), schema.MEETING.alias.text(self.language)])
        self.tree.itemChanged.connect(self._stage_edited)
        # Only the dates are typed; a double click opens them for editing.
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemDoubleClicked.connect(self._edit_date)
        # A narrow dock: the activity takes the room left by the dates and the meeting.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 110)
        layout.addWidget(self.tree)
        form = QFormLayout()
        self.bars = {}
        for stage, _activities in STAGE_ACTIVITIES:
            self.bars[stage] = QProgressBar()
            form.addRow(schema.STAGE.label(stage, self.language), self.bars[stage])
        self.bars["all"] = QProgressBar()
        form.addRow(tr("All stages"), self.bars["all"])
        layout.addLayout(form)
        return widget

    def set_workspace(self, path):
        self.workspace = path
        self.refresh()

    def refresh(self):
        if not self.workspace:
            return
        self._fill_stages()
        self._fill_meetings()
        self._fill_institutions()
        self._fill_calendar()

    def _fill_stages(self):
        self._filling = True
        try:
            rows = stages(self.workspace)
            meetings = in_date_order(read_rows(self.workspace, "meetings"))
            self.tree.clear()
            for stage, activities in STAGE_ACTIVITIES:
                parent = QTreeWidgetItem([schema.STAGE.label(stage, self.language)])
                self.tree.addTopLevelItem(parent)
                for row in (r for r in rows if r["activity"] in activities):
                    item = QTreeWidgetItem([schema.STAGE_ACTIVITY.label(row["activity"], self.language),
                                            row.get("planned_date") or "", row.get("done_date") or ""])
                    item.setData(0, ACTIVITY_ROLE, row["activity"])
                    item.setToolTip(0, item.text(0))
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                    item.setCheckState(0, Qt.CheckState.Checked if row.get("done_date") else Qt.CheckState.Unchecked)
                    parent.addChild(item)
                    self.tree.setItemWidget(item, 3, self._meeting_combo(row, meetings))
                parent.setExpanded(True)
        finally:
            self._filling = False
        self._show_progress(rows)

    def _meeting_combo(self, row, meetings):
        """The rembuk or FGD where the activity took place, chosen from the meetings."""
        combo = QComboBox()
        combo.addItem("", None)
        for meeting in meetings:
            combo.addItem(meeting_label(meeting, self.language), meeting["uuid"])
        combo.setCurrentIndex(max(combo.findData(row.get("meeting_uuid")), 0))
        combo.setToolTip(combo.currentText())
        combo.currentIndexChanged.connect(
            lambda _index, activity=row["activity"], combo=combo: self._meeting_chosen(activity, combo))
        return combo

    def _meeting_chosen(self, activity, combo):
        update_stage(self.workspace, activity, meeting_uuid=combo.currentData())
        combo.setToolTip(combo.currentText())

    def meeting_combo(self, activity):
        """The meeting chooser of an activity (for tests and scripts)."""
        item = self._activity_item(activity)
        return self.tree.itemWidget(item, 3) if item else None

    def _edit_date(self, item, column):
        if column in (1, 2) and item.data(0, ACTIVITY_ROLE):
            self.tree.editItem(item, column)

    def _show_progress(self, rows):
        per_stage, overall = progress(rows)
        for p in per_stage + [overall]:
            self.bars[p.stage].setMaximum(p.total)
            self.bars[p.stage].setValue(p.done)
            self.bars[p.stage].setFormat("{} / {}".format(p.done, p.total))

    def _stage_edited(self, item, column):
        activity = item.data(0, ACTIVITY_ROLE)
        if self._filling or not activity:
            return
        if column == 0:   # the check box: done today, or not done
            done = item.checkState(0) == Qt.CheckState.Checked
            value = (item.text(2) or datetime.date.today().isoformat()) if done else None
            update_stage(self.workspace, activity, done_date=value)
        elif column in (1, 2):
            text = item.text(column).strip()
            if not text or QDate.fromString(text, "yyyy-MM-dd").isValid():
                update_stage(self.workspace, activity, **{("planned_date", "done_date")[column - 1]: text or None})
        # The item is updated in place: rebuilding the tree here would delete the
        # item Qt is still emitting the change for (a crash seen in CI).
        rows = stages(self.workspace)
        row = next(r for r in rows if r["activity"] == activity)
        self._filling = True
        try:
            item.setText(1, row.get("planned_date") or "")
            item.setText(2, row.get("done_date") or "")
            item.setCheckState(0, Qt.CheckState.Checked if row.get("done_date") else Qt.CheckState.Unchecked)
        finally:
            self._filling = False
        self._show_progress(rows)

    def _activity_item(self, activity):
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            for k in range(parent.childCount()):
                if parent.child(k).data(0, ACTIVITY_ROLE) == activity:
                    return parent.child(k)
        return None

    def set_done(self, activity, done=True):
        """Tick (or untick) an activity, as a click on its check box does."""
        self._activity_item(activity).setCheckState(0, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    def set_date(self, activity, column, text):
        """Type a planned (column 1) or done (column 2) date, as the editor does."""
        self._activity_item(activity).setText(column, text)

    # --- meetings ---------------------------------------------------------------------

    def _meetings_tab(self):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        row = QHBoxLayout()
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(reference.WOMEN_ATTENDANCE_MIN_PCT.value)
        self.threshold.setToolTip(reference.WOMEN_ATTENDANCE_MIN_PCT.source)
        self.threshold.valueChanged.connect(self._fill_meetings)
        row.addWidget(QLabel(tr("Warn where women are fewer than")))
        row.addWidget(self.threshold)
        layout.addLayout(row)
        self.meetings = QTableWidget(0, 5)
        self.meetings.setHorizontalHeaderLabels([schema.layer("meetings").field("meeting_date").alias.text(
            self.language), schema.layer("meetings").field("title").alias.text(self.language), tr("Women"),
            tr("Men"), tr("Women (%)")])
        layout.addWidget(self.meetings)
        return widget

    def _fill_meetings(self, *args):
        if not self.workspace:
            return
        rows = in_date_order(read_rows(self.workspace, "meetings"))
        self.meetings.setRowCount(len(rows))
        self.warnings = []
        for row, meeting in enumerate(rows):
            share = women_share(meeting)
            warn = attendance_warning(meeting, self.threshold.value())
            texts = [meeting.get("meeting_date") or "", meeting_title(meeting, self.language),
                     _text(meeting.get("attendance_female")), _text(meeting.get("attendance_male")),
                     "" if share is None else "{:.0f}{}".format(share, " ⚠" if warn else "")]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if warn:
                    item.setBackground(QColor("#fdd0a2"))
                    item.setToolTip(tr("Women were {share:.0f} % of those attending, below {limit:.0f} %.").format(
                        share=share, limit=self.threshold.value()))
                self.meetings.setItem(row, column, item)
            if warn:
                self.warnings.append(meeting["uuid"])

    # --- Venn diagram -----------------------------------------------------------------

    def _venn_tab(self):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self.institutions = QTableWidget(0, len(INSTITUTION_COLUMNS))
        self.institutions.setHorizontalHeaderLabels([schema.layer("institutions").field(c).alias.text(self.language)
                                                     for c in INSTITUTION_COLUMNS])
        self.institutions.itemChanged.connect(self._venn_changed)
        layout.addWidget(self.institutions)
        buttons = QHBoxLayout()
        for text, slot in ((tr("Add"), self._add_institution), (tr("Remove"), self._remove_institution),
                           (tr("Save"), self.save_institutions)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.venn_preview = QLabel()
        layout.addWidget(self.venn_preview)
        return widget

    def _fill_institutions(self):
        self._filling = True
        try:
            rows = read_rows(self.workspace, "institutions")
            self.institutions.setRowCount(len(rows))
            for row, institution in enumerate(rows):
                for column, name in enumerate(INSTITUTION_COLUMNS):
                    self.institutions.setItem(row, column, QTableWidgetItem(_text(institution.get(name))))
        finally:
            self._filling = False
        self._venn_changed()

    def institution_rows(self):
        """The table as rows; importance and closeness kept within 1-5."""
        rows = []
        for row in range(self.institutions.rowCount()):
            values = {name: (self.institutions.item(row, column).text().strip()
                             if self.institutions.item(row, column) else "")
                      for column, name in enumerate(INSTITUTION_COLUMNS)}
            if not values["name"]:
                continue
            for name in ("importance", "closeness"):
                values[name] = min(5, max(1, int(values[name]))) if values[name].isdigit() else None
            values["kind"] = values["kind"] if values["kind"] in schema.INSTITUTION_KIND.values() else None
            rows.append(values)
        return rows

    def _venn_changed(self, *args):
        if not self._filling:
            self.venn_preview.setPixmap(preview(venn_painter(self.institution_rows(), self.language), VENN_SIZE, 300))

    def _add_institution(self):
        self.institutions.insertRow(self.institutions.rowCount())

    def _remove_institution(self):
        self.institutions.removeRow(self.institutions.currentRow())
        self._venn_changed()

    def save_institutions(self):
        replace_records(self.workspace, "institutions", self.institution_rows())
        self._fill_institutions()

    # --- seasonal calendar ------------------------------------------------------------

    def _calendar_tab(self):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self.calendar = QTableWidget(len(schema.CALENDAR_ITEM.codes), 12)
        self.calendar.setVerticalHeaderLabels([c.label.text(self.language) for c in schema.CALENDAR_ITEM.codes])
        self.calendar.setHorizontalHeaderLabels([str(m) for m in range(1, 13)])
        self.calendar.itemChanged.connect(self._calendar_changed)
        layout.addWidget(QLabel(tr("Intensity per month: 0 none, 1 low, 2 medium, 3 high")))
        layout.addWidget(self.calendar)
        save = QPushButton(tr("Save"))
        save.clicked.connect(self.save_calendar)
        layout.addWidget(save)
        self.calendar_preview = QLabel()
        layout.addWidget(self.calendar_preview)
        return widget

    def _fill_calendar(self):
        self._filling = True
        try:
            matrix = calendar_matrix(read_rows(self.workspace, "season_calendar"))
            for row, item in enumerate(schema.CALENDAR_ITEM.values()):
                for month in range(12):
                    value = matrix.get(item, [None] * 12)[month]
                    self.calendar.setItem(row, month, QTableWidgetItem("" if value is None else str(value)))
        finally:
            self._filling = False
        self._calendar_changed()

    def calendar_rows(self):
        rows = []
        for row, item in enumerate(schema.CALENDAR_ITEM.values()):
            for month in range(12):
                cell = self.calendar.item(row, month)
                text = cell.text().strip() if cell else ""
                if text.isdigit():
                    rows.append({"item": item, "month": month + 1, "intensity": min(3, int(text))})
        return rows

    def _calendar_changed(self, *args):
        if not self._filling:
            self.calendar_preview.setPixmap(preview(calendar_painter(self.calendar_rows(), self.language),
                                                    CALENDAR_SIZE, 420))

    def save_calendar(self):
        replace_records(self.workspace, "season_calendar", self.calendar_rows())
        self._fill_calendar()

    def sizeHint(self):  # noqa: N802
        return QSize(440, 600)


def _text(value):
    return "" if value is None else str(value)
