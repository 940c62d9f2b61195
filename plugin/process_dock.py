"""The "Tahapan PP" dock: the participatory planning process at a glance.

Tabs: the stages and their activities as a checklist with dates, linked
meetings and progress; the meetings (added, edited and deleted here, or in
the layer's own form: the list follows the layer) with attendance by gender
and the women's-share warning; the Venn diagram editor (institutions,
importance, closeness) and the seasonal calendar editor, each with its live
drawing. A typed value the dock cannot read is refused with a message and the
cell gets its previous value back: nothing unreadable is stored as NULL.
Reading and saving go through ``workspace.process`` and the meetings layer.
"""

import datetime
import textwrap
import uuid

from qgis.core import QgsFeature
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
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
    meeting_title,
    progress,
    women_share,
)
from ..i18n import tr, ui_language
from ..report.diagrams import CALENDAR_SIZE, VENN_SIZE, calendar_painter, image, venn_painter
from ..workspace.fields import plain
from ..workspace.process import replace_records, stages, update_stage
from ..workspace.project import open_layer, read_rows
from .formats import MONTHS, meeting_text, read_date, show_date, show_percent
from .project_layers import follow_edits, unfollow_edits
from .workspace_banner import WorkspaceBanner

ACTIVITY_ROLE = Qt.ItemDataRole.UserRole
STORED_ROLE = Qt.ItemDataRole.UserRole + 1   # a cell's last value that was read: restored on a refusal
INSTITUTION_COLUMNS = ("name", "kind", "importance", "closeness")
MEETING_FIELDS = ("meeting_date", "kind", "stage", "title", "place", "attendance_female", "attendance_male")
PREVIEW_WIDTH = 400
ACTIVITY_WIDTH = 12


def preview(draw, size, width):
    return QPixmap.fromImage(image(draw, size)).scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)


def scrolled(widget):
    """``widget`` in a scroll area: a tab scrolls rather than growing past a laptop's screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class ProcessDock(QDockWidget):
    def __init__(self, parent=None):
        super().__init__(tr("Tahapan PP"), parent)
        self.setObjectName("CsiapProcessDock")
        self.language = ui_language()
        self.workspace = None
        self.meetings_layer = None
        self.meeting_rows = []
        self.warnings = []
        self._filling = False
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.banner = WorkspaceBanner()
        layout.addWidget(self.banner)
        tabs = QTabWidget()
        # Short tab names: all four fit a narrow dock; the full title is the tab's tooltip.
        for page, text, title in (
                (self._stages_tab(), tr("Stages"), tr("Stages")),
                (self._meetings_tab(), tr("Meetings"), schema.layer("meetings").title.text(self.language)),
                (self._venn_tab(), tr("Venn"), schema.layer("institutions").title.text(self.language)),
                (self._calendar_tab(), tr("Calendar"), schema.layer("season_calendar").title.text(self.language))):
            tabs.setTabToolTip(tabs.addTab(scrolled(page), text), title)
        self.tabs = tabs
        layout.addWidget(tabs, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #b2182b")
        layout.addWidget(self.status)
        self.setWidget(body)
        self._show_banner()

    def _show_banner(self):
        self.banner.setVisible(not self.workspace)
        self.tabs.setEnabled(bool(self.workspace))

    def say(self, message):
        """A message to the user under the tabs (a refused value, a save without a workspace)."""
        self.status.setText(message)

    # --- following the project ------------------------------------------------------

    def follow_workspace(self, path, layers):
        """The project's workspace changed (``plugin.project_layers.ProjectWorkspace``)."""
        self.set_workspace(path, layers.get("meetings"))

    def set_workspace(self, path, meetings_layer=None):
        """Show the records of the workspace at ``path`` (None: no workspace). Meetings are
        read from ``meetings_layer`` (the project's, unsaved edits included) or, without one,
        from a layer of the dock's own on the file; either way the list follows its changes."""
        if self.meetings_layer is not None:
            unfollow_edits(self.meetings_layer, self._meetings_changed)
            if not sip.isdeleted(self.meetings_layer) and self.meetings_layer.parent() is self:
                self.meetings_layer.deleteLater()   # the dock's own layer, on the previous file
        self.workspace = path or None
        self.meetings_layer = None
        if self.workspace:
            if meetings_layer is None or sip.isdeleted(meetings_layer):
                meetings_layer = open_layer(self.workspace, schema.layer("meetings"), self.language)
                meetings_layer.setParent(self)   # the dock's own: goes with the dock
            self.meetings_layer = meetings_layer
            follow_edits(self.meetings_layer, self._meetings_changed)
        self.say("")
        self._show_banner()
        self.refresh()

    def refresh(self):
        if not self.workspace:
            for table in (self.meetings, self.institutions):
                table.setRowCount(0)
            self.tree.clear()
            self.meeting_rows = []
            return
        self._read_meetings()
        self._fill_stages()
        self._fill_meetings()
        self._fill_institutions()
        self._fill_calendar()

    def _need_workspace(self):
        """True with a workspace open; else say how to get one."""
        if self.workspace:
            return True
        self.say(tr("Nothing was saved: no workspace is open. Open a workspace project, or create a workspace."))
        return False

    # --- stages -----------------------------------------------------------------------

    def _stages_tab(self):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Activity"), tr("Planned"), tr("Done")])
        # Activity names in full, on two lines where needed, not cut ("Rembuk k…"): a tree
        # does not wrap text by itself, so the names come wrapped (ACTIVITY_WIDTH characters).
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.itemChanged.connect(self._stage_edited)
        self.tree.currentItemChanged.connect(self._activity_chosen)
        # Only the dates are typed; a double click opens them for editing.
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.itemDoubleClicked.connect(self._edit_date)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumHeight(220)
        self.tree.setToolTip(tr("Tick an activity when it is done; double-click a date to type it "
                                "(2026-12-01, 1/12/2026 or 1 Des 2026)."))
        layout.addWidget(self.tree, 1)
        chooser = QFormLayout()
        self.activity_meeting = QComboBox()
        self.activity_meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.activity_meeting.setMinimumContentsLength(18)
        self.activity_meeting.setEnabled(False)
        self.activity_meeting.currentIndexChanged.connect(self._meeting_chosen)
        chooser.addRow(schema.MEETING.alias.text(self.language), self.activity_meeting)
        layout.addLayout(chooser)
        form = QFormLayout()
        self.bars = {}
        for stage, _activities in STAGE_ACTIVITIES:
            self.bars[stage] = QProgressBar()
            form.addRow(schema.STAGE.label(stage, self.language), self.bars[stage])
        self.bars["all"] = QProgressBar()
        form.addRow(tr("All stages"), self.bars["all"])
        layout.addLayout(form)
        return widget

    def _fill_stages(self):
        self._filling = True
        try:
            rows = stages(self.workspace)
            self.stage_rows = {r["activity"]: r for r in rows}
            current = self.tree.currentItem().data(0, ACTIVITY_ROLE) if self.tree.currentItem() else None
            self.tree.clear()
            for stage, activities in STAGE_ACTIVITIES:
                parent = QTreeWidgetItem([schema.STAGE.label(stage, self.language)])
                self.tree.addTopLevelItem(parent)
                for row in (r for r in rows if r["activity"] in activities):
                    name = schema.STAGE_ACTIVITY.label(row["activity"], self.language)
                    item = QTreeWidgetItem([textwrap.fill(name, ACTIVITY_WIDTH)])
                    item.setData(0, ACTIVITY_ROLE, row["activity"])
                    item.setToolTip(0, name)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
                    self._show_stage(item, row)
                    parent.addChild(item)
                parent.setExpanded(True)
            if current:
                self.tree.setCurrentItem(self._activity_item(current))
        finally:
            self._filling = False
        self._fill_activity_meeting()
        self._show_progress(rows)

    def _show_stage(self, item, row):
        for column, name in ((1, "planned_date"), (2, "done_date")):
            item.setText(column, show_date(row.get(name), self.language))
            item.setData(column, STORED_ROLE, item.text(column))
        item.setCheckState(0, Qt.CheckState.Checked if row.get("done_date") else Qt.CheckState.Unchecked)

    def _activity_chosen(self, *args):
        self._fill_activity_meeting()

    def _fill_activity_meeting(self):
        """The meeting chooser, on the activity chosen in the tree."""
        item = self.tree.currentItem()
        activity = item.data(0, ACTIVITY_ROLE) if item else None
        combo = self.activity_meeting
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem("", None)
            for meeting in self.meeting_rows:
                combo.addItem(meeting_text(meeting, self.language), meeting["uuid"])
                combo.setItemData(combo.count() - 1, combo.itemText(combo.count() - 1), Qt.ItemDataRole.ToolTipRole)
            chosen = (getattr(self, "stage_rows", {}).get(activity) or {}).get("meeting_uuid")
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.setToolTip(combo.currentText())
            # The list opens as wide as the longest meeting, not cut to the dock ("Rembuk k…").
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            combo.setEnabled(activity is not None)
        finally:
            combo.blockSignals(False)

    def _meeting_chosen(self, *args):
        item = self.tree.currentItem()
        activity = item.data(0, ACTIVITY_ROLE) if item else None
        if not activity or not self._need_workspace():
            return
        update_stage(self.workspace, activity, meeting_uuid=self.activity_meeting.currentData())
        self.stage_rows[activity]["meeting_uuid"] = self.activity_meeting.currentData()
        self.activity_meeting.setToolTip(self.activity_meeting.currentText())

    def meeting_combo(self, activity):
        """The meeting chooser, on ``activity`` (for tests and scripts)."""
        item = self._activity_item(activity)
        if item is None:
            return None
        self.tree.setCurrentItem(item)
        return self.activity_meeting

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
        if not self._need_workspace():
            return
        if column == 0:   # the check box: done today, or not done
            done = item.checkState(0) == Qt.CheckState.Checked
            stored = self.stage_rows[activity].get("done_date")
            value = (stored or datetime.date.today().isoformat()) if done else None
            update_stage(self.workspace, activity, done_date=value)
        elif column in (1, 2):
            name = ("planned_date", "done_date")[column - 1]
            text = item.text(column)
            if text != item.data(column, STORED_ROLE):
                value = read_date(text)
                if value is None:
                    self.say(tr("{activity}: \"{text}\" is not a date; type it as 2026-12-01, 1/12/2026 or "
                                "1 Des 2026. The date was not changed.").format(activity=item.toolTip(0), text=text))
                else:
                    update_stage(self.workspace, activity, **{name: value or None})
                    self.say("")
        # The item is updated in place: rebuilding the tree here would delete the
        # item Qt is still emitting the change for (a crash seen in CI).
        rows = stages(self.workspace)
        self.stage_rows = {r["activity"]: r for r in rows}
        self._filling = True
        try:
            self._show_stage(item, self.stage_rows[activity])
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
        label = QLabel(tr("Warn where women are fewer than"))
        label.setWordWrap(True)
        row.addWidget(label, 1)
        row.addWidget(self.threshold)
        layout.addLayout(row)
        meetings = schema.layer("meetings")
        self.meetings = QTableWidget(0, 4)
        # Headers on two lines: every column, the women's share too, fits a narrow dock.
        self.meetings.setHorizontalHeaderLabels([textwrap.fill(text, 10) for text in (
            meetings.field("meeting_date").alias.text(self.language), meetings.field("title").alias.text(self.language),
            tr("Women / men"), tr("Women (%)"))])
        self.meetings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.meetings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.meetings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.meetings.verticalHeader().hide()
        header = self.meetings.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.meetings.setMinimumHeight(150)
        self.meetings.itemSelectionChanged.connect(self._meeting_selected)
        layout.addWidget(self.meetings, 1)

        # The chosen meeting, edited here (or a new one).
        form = QFormLayout()
        self.meeting_date = QDateEdit()
        self.meeting_date.setCalendarPopup(True)
        self.meeting_date.setDisplayFormat("d MMM yyyy" if self.language == "en" else "dd/MM/yyyy")
        self.meeting_kind = QComboBox()
        for code in schema.MEETING_KIND.codes:
            self.meeting_kind.addItem(code.label.text(self.language), code.value)
        self.meeting_stage = QComboBox()
        self.meeting_stage.addItem("", None)
        for code in schema.STAGE.codes:
            self.meeting_stage.addItem(code.label.text(self.language), code.value)
        self.meeting_title = QLineEdit()
        self.meeting_place = QLineEdit()
        self.meeting_women, self.meeting_men = QSpinBox(), QSpinBox()
        for spin in (self.meeting_women, self.meeting_men):
            spin.setRange(0, 9999)
        for name, editor in zip(MEETING_FIELDS, (self.meeting_date, self.meeting_kind, self.meeting_stage,
                                                 self.meeting_title, self.meeting_place, self.meeting_women,
                                                 self.meeting_men)):
            form.addRow(meetings.field(name).alias.text(self.language), editor)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.new_meeting_button = QPushButton(tr("New"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.save_meeting_button = QPushButton(tr("Save meeting"))
        self.save_meeting_button.clicked.connect(self.save_meeting)
        self.delete_meeting_button = QPushButton(tr("Delete"))
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        for button in (self.new_meeting_button, self.save_meeting_button, self.delete_meeting_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.editing_meeting = None   # the uuid of the meeting in the form; None for a new one
        self.new_meeting()
        return widget

    def _read_meetings(self):
        layer = self.meetings_layer
        if layer is None or sip.isdeleted(layer):
            self.meeting_rows = []
            return
        names = layer.fields().names()
        self.meeting_rows = in_date_order(
            [dict({n: plain(f[n]) for n in names}, fid=f.id()) for f in layer.getFeatures()])

    def _meetings_changed(self, *args):
        """The meetings layer changed (the dock, the layer's form, an import): lists follow."""
        self._read_meetings()
        self._fill_meetings()
        self._fill_activity_meeting()

    def meeting_labels(self):
        """The meetings as listed (for tests and scripts)."""
        return [meeting_text(m, self.language) for m in self.meeting_rows]

    def _fill_meetings(self, *args):
        self.meetings.blockSignals(True)
        try:
            self.meetings.setRowCount(len(self.meeting_rows))
            self.warnings = []
            for row, meeting in enumerate(self.meeting_rows):
                share = women_share(meeting)
                warn = attendance_warning(meeting, self.threshold.value())
                texts = [show_date(meeting.get("meeting_date"), self.language), meeting_title(meeting, self.language),
                         "{} / {}".format(_text(meeting.get("attendance_female")),
                                          _text(meeting.get("attendance_male"))),
                         show_percent(share, self.language) + (" ⚠" if warn else "")]
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setData(ACTIVITY_ROLE, meeting["uuid"])
                    item.setToolTip(text)
                    if warn:
                        item.setBackground(QColor("#fdd0a2"))
                        item.setToolTip(tr("Women were {share:.0f} % of those attending, below {limit:.0f} %.")
                                        .format(share=share, limit=self.threshold.value()))
                    self.meetings.setItem(row, column, item)
                if warn:
                    self.warnings.append(meeting["uuid"])
        finally:
            self.meetings.blockSignals(False)

    def _meeting_selected(self):
        row = self.meetings.currentRow()
        if 0 <= row < len(self.meeting_rows):
            self.edit_meeting(self.meeting_rows[row]["uuid"])

    def new_meeting(self):
        """An empty form for a new meeting, dated today."""
        self.editing_meeting = None
        self.meeting_date.setDate(QDate.currentDate())
        self.meeting_kind.setCurrentIndex(max(self.meeting_kind.findData("rembuk_rt"), 0))
        self.meeting_stage.setCurrentIndex(0)
        for editor in (self.meeting_title, self.meeting_place):
            editor.clear()
        for spin in (self.meeting_women, self.meeting_men):
            spin.setValue(0)
        self.delete_meeting_button.setEnabled(False)

    def edit_meeting(self, meeting_uuid):
        """Show a meeting in the form, to be changed and saved (or deleted)."""
        meeting = next((m for m in self.meeting_rows if m["uuid"] == meeting_uuid), None)
        if meeting is None:
            return
        self.editing_meeting = meeting_uuid
        date = QDate.fromString(str(meeting.get("meeting_date") or ""), "yyyy-MM-dd")
        self.meeting_date.setDate(date if date.isValid() else QDate.currentDate())
        self.meeting_kind.setCurrentIndex(max(self.meeting_kind.findData(meeting.get("kind")), 0))
        self.meeting_stage.setCurrentIndex(max(self.meeting_stage.findData(meeting.get("stage")), 0))
        self.meeting_title.setText(meeting.get("title") or "")
        self.meeting_place.setText(meeting.get("place") or "")
        self.meeting_women.setValue(meeting.get("attendance_female") or 0)
        self.meeting_men.setValue(meeting.get("attendance_male") or 0)
        self.delete_meeting_button.setEnabled(True)

    def _form_values(self):
        return {"meeting_date": self.meeting_date.date(), "kind": self.meeting_kind.currentData(),
                "stage": self.meeting_stage.currentData(), "title": self.meeting_title.text().strip() or None,
                "place": self.meeting_place.text().strip() or None,
                "attendance_female": self.meeting_women.value(), "attendance_male": self.meeting_men.value()}

    def save_meeting(self):
        """Add the meeting in the form, or save the changes to the one chosen; its uuid."""
        if not self._need_workspace():
            return None
        layer = self.meetings_layer
        values = self._form_values()
        was_editing = layer.isEditable()
        if not was_editing:
            layer.startEditing()
        fields = layer.fields()
        if self.editing_meeting is None:
            feature = QgsFeature(fields)
            meeting_uuid = str(uuid.uuid4())
            for name, value in dict(values, uuid=meeting_uuid, data_source="rembuk").items():
                if fields.indexOf(name) >= 0:
                    feature.setAttribute(fields.indexOf(name), value)
            done = layer.addFeature(feature)
        else:
            meeting_uuid = self.editing_meeting
            fid = next(m["fid"] for m in self.meeting_rows if m["uuid"] == meeting_uuid)
            done = layer.changeAttributeValues(fid, {fields.indexOf(n): v for n, v in values.items()})
        if not self._finish_edit(layer, was_editing, done):
            return None
        self.say(tr("Meeting saved.") if not was_editing else tr(
            "Meeting kept in the layer's unsaved edits: save the layer to store it."))
        self._meetings_changed()
        self.edit_meeting(meeting_uuid)
        return meeting_uuid

    def delete_meeting(self):
        """Delete the meeting in the form (activities and problems that name it keep its uuid)."""
        if not self._need_workspace() or self.editing_meeting is None:
            return False
        layer = self.meetings_layer
        fid = next((m["fid"] for m in self.meeting_rows if m["uuid"] == self.editing_meeting), None)
        if fid is None:
            return False
        was_editing = layer.isEditable()
        if not was_editing:
            layer.startEditing()
        if not self._finish_edit(layer, was_editing, layer.deleteFeature(fid)):
            return False
        self.say(tr("Meeting deleted."))
        self.new_meeting()
        self._meetings_changed()
        return True

    def _finish_edit(self, layer, was_editing, done):
        """Save an edit the dock began (an edit session the user had open stays theirs)."""
        if done and (was_editing or layer.commitChanges()):
            return True
        reason = "; ".join(layer.commitErrors()) if not was_editing else ""
        if not was_editing:
            layer.rollBack()
        self.say(tr("The meeting could not be saved: {reason}").format(reason=reason or tr("the layer refused it")))
        return False

    # --- Venn diagram -----------------------------------------------------------------

    def _venn_tab(self):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self.institutions = QTableWidget(0, len(INSTITUTION_COLUMNS))
        self.institutions.setHorizontalHeaderLabels([schema.layer("institutions").field(c).alias.text(self.language)
                                                     for c in INSTITUTION_COLUMNS])
        self.institutions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.institutions.setMinimumHeight(160)
        self.institutions.setToolTip(tr("Kind: {kinds}. Importance and closeness: 1 to 5.").format(
            kinds=", ".join(schema.INSTITUTION_KIND.label(k, self.language) for k in schema.INSTITUTION_KIND.values())))
        self.institutions.itemChanged.connect(self._institution_edited)
        layout.addWidget(self.institutions, 1)
        buttons = QHBoxLayout()
        for text, slot in ((tr("Add"), self._add_institution), (tr("Remove"), self._remove_institution),
                           (tr("Save"), self.save_institutions)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.venn_preview = QLabel()
        self.venn_preview.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.venn_preview)
        return widget

    def _fill_institutions(self):
        self._filling = True
        try:
            rows = read_rows(self.workspace, "institutions")
            self.institutions.setRowCount(len(rows))
            for row, institution in enumerate(rows):
                for column, name in enumerate(INSTITUTION_COLUMNS):
                    value = institution.get(name)
                    if name == "kind":
                        value = schema.INSTITUTION_KIND.label(value, self.language) or value
                    self._set_cell(self.institutions, row, column, _text(value))
        finally:
            self._filling = False
        self._venn_changed()

    @staticmethod
    def _set_cell(table, row, column, text):
        item = QTableWidgetItem(text)
        item.setData(STORED_ROLE, text)
        table.setItem(row, column, item)

    def _read_institution(self, column, text):
        """``(value, message)`` of a typed Venn cell: the value to store, or a message why not."""
        name = INSTITUTION_COLUMNS[column]
        if not text or name == "name":
            return (text or None), None
        if name == "kind":
            code = _code_of(schema.INSTITUTION_KIND, text)
            if code is None:
                return None, tr("\"{text}\" is no kind of institution; choose one of: {kinds}.").format(
                    text=text, kinds=", ".join(schema.INSTITUTION_KIND.label(k, self.language)
                                               for k in schema.INSTITUTION_KIND.values()))
            return code, None
        if text.isdigit() and 1 <= int(text) <= 5:
            return int(text), None
        return None, tr("{field}: \"{text}\" is not a whole number from 1 to 5.").format(
            field=schema.layer("institutions").field(name).alias.text(self.language), text=text)

    def _institution_edited(self, item):
        if self._filling:
            return
        self._refuse_or_keep(item, lambda text: self._read_institution(item.column(), text))
        self._venn_changed()

    def _refuse_or_keep(self, item, read):
        """Keep a typed cell if ``read`` can read it; else say why and put its last value back."""
        text = item.text().strip()
        _value, message = read(text)
        self._filling = True
        try:
            if message:
                self.say(message + " " + tr("The cell keeps its value."))
                item.setText(item.data(STORED_ROLE) or "")
            else:
                item.setData(STORED_ROLE, item.text())
                self.say("")
        finally:
            self._filling = False

    def institution_rows(self):
        """The table as rows (``kind`` as its code)."""
        rows = []
        for row in range(self.institutions.rowCount()):
            values = {}
            for column, name in enumerate(INSTITUTION_COLUMNS):
                item = self.institutions.item(row, column)
                values[name] = self._read_institution(column, item.text().strip() if item else "")[0]
            if values["name"]:
                rows.append(values)
        return rows

    def _venn_changed(self, *args):
        if not self._filling:
            self.venn_preview.setPixmap(preview(venn_painter(self.institution_rows(), self.language), VENN_SIZE,
                                                PREVIEW_WIDTH))

    def _add_institution(self):
        self.institutions.insertRow(self.institutions.rowCount())

    def _remove_institution(self):
        self.institutions.removeRow(self.institutions.currentRow())
        self._venn_changed()

    def save_institutions(self):
        if not self._need_workspace():
            return
        replace_records(self.workspace, "institutions", self.institution_rows())
        self._fill_institutions()
        self.say(tr("Venn diagram saved."))

    # --- seasonal calendar ------------------------------------------------------------

    def _calendar_tab(self):
        widget = QWidget()
        layout = QVBoxLayout(widget)
        self.calendar = QTableWidget(len(schema.CALENDAR_ITEM.codes), 12)
        # Item names on two lines: the months get the width.
        self.calendar.setVerticalHeaderLabels([textwrap.fill(c.label.text(self.language), 11)
                                               for c in schema.CALENDAR_ITEM.codes])
        self.calendar.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.calendar.setHorizontalHeaderLabels([m[:1] if self.language == "en" else m[:3]
                                                 for m in MONTHS[self.language]])
        # Twelve months side by side in a narrow dock: each column shares the width.
        header = self.calendar.horizontalHeader()
        header.setMinimumSectionSize(16)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for month, name in enumerate(MONTHS[self.language]):
            self.calendar.horizontalHeaderItem(month).setToolTip(name)
        self.calendar.setMinimumHeight(self.calendar.verticalHeader().length() + 40)
        self.calendar.itemChanged.connect(self._calendar_edited)
        hint = QLabel(tr("Intensity per month: 0 none, 1 low, 2 medium, 3 high"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.calendar)
        save = QPushButton(tr("Save"))
        save.clicked.connect(self.save_calendar)
        layout.addWidget(save)
        self.calendar_preview = QLabel()
        self.calendar_preview.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.calendar_preview)
        return widget

    def _fill_calendar(self):
        self._filling = True
        try:
            matrix = calendar_matrix(read_rows(self.workspace, "season_calendar"))
            for row, item in enumerate(schema.CALENDAR_ITEM.values()):
                for month in range(12):
                    value = matrix.get(item, [None] * 12)[month]
                    self._set_cell(self.calendar, row, month, "" if value is None else str(value))
        finally:
            self._filling = False
        self._calendar_changed()

    @staticmethod
    def _read_intensity(text):
        if not text:
            return None, None
        if text.isdigit() and int(text) <= 3:
            return int(text), None
        return None, tr("Intensity \"{text}\" is not 0, 1, 2 or 3 (none, low, medium, high).").format(text=text)

    def _calendar_edited(self, item):
        if self._filling:
            return
        self._refuse_or_keep(item, self._read_intensity)
        self._calendar_changed()

    def calendar_rows(self):
        rows = []
        for row, item in enumerate(schema.CALENDAR_ITEM.values()):
            for month in range(12):
                cell = self.calendar.item(row, month)
                value = self._read_intensity(cell.text().strip() if cell else "")[0]
                if value is not None:
                    rows.append({"item": item, "month": month + 1, "intensity": value})
        return rows

    def _calendar_changed(self, *args):
        if not self._filling:
            self.calendar_preview.setPixmap(preview(calendar_painter(self.calendar_rows(), self.language),
                                                    CALENDAR_SIZE, PREVIEW_WIDTH))

    def save_calendar(self):
        if not self._need_workspace():
            return
        replace_records(self.workspace, "season_calendar", self.calendar_rows())
        self._fill_calendar()
        self.say(tr("Seasonal calendar saved."))

    def sizeHint(self):  # noqa: N802
        return QSize(440, 600)

    def minimumSizeHint(self):  # noqa: N802
        # Small: the tabs scroll. A large one would make the maximised main window outgrow a laptop screen.
        return QSize(300, 200)


def _code_of(codelist, text):
    """The code of a code list typed as its code or its label, in either language (any case)."""
    wanted = text.strip().lower()
    for code in codelist.codes:
        if wanted in (code.value.lower(), code.label.id.lower(), code.label.en.lower()):
            return code.value
    return None


def _text(value):
    return "" if value is None else str(value)
