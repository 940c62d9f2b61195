"""The "Rencana Aksi" dock: the action plan of the open workspace (layer ``actions``)
in priority order, one action edited at a time, with the totals per funding source,
per RW and overall under the table (``core.actions.totals``: they reconcile), the
link to the meeting that agreed an action, and buttons for the algorithms that
draft the plan and export the Musrenbang proposal list.

Made for a 1366×768 laptop: the table and its totals share a splitter on one tab,
the form of the chosen action scrolls on another. A typed value the dock cannot
read (text in a number, community shares over 100 %) is refused with a message
naming the action, and nothing is written; an accepted edit is written in one
transaction (``workspace.actions.edit_action``, which computes the figures again).
"""

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import schema
from ..core.actions import totals
from ..core.numbers import NotANumber, read_number
from ..core.process import in_date_order
from ..i18n import tr, ui_language
from ..workspace import WorkspaceError
from ..workspace.actions import edit_action
from ..workspace.fields import plain
from ..workspace.options import option_names
from ..workspace.postgis_versions import VERSION_COLUMN
from ..workspace.project import open_layer, read_rows, reload_workspace_layers
from ..workspace.storage import workspace_language
from .formats import MONTHS, meeting_text, show_percent
from .project_layers import follow_edits, unfollow_edits
from .scoring_dock import location_label
from .workspace_banner import WorkspaceBanner

ACTIONS = schema.layer("actions")
DRAFT_ALGORITHM = "csiap:draftactionplan"
EXPORT_ALGORITHM = "csiap:exportproposals"
UUID_ROLE = Qt.ItemDataRole.UserRole
# Typed as numbers in the form: (field, whole numbers only).
NUMBER_FIELDS = (("volume", False), ("unit_cost", False), ("swadaya_cash_pct", False),
                 ("swadaya_in_kind_pct", False), ("plan_year", True))
CHOSEN_FIELDS = ("funding_source", "plan_quarter", "start_month", "end_month", "responsible", "status",
                 "meeting_uuid")
TEXT_FIELDS = ("unit", "notes")


class EditRefused(ValueError):
    """A typed value the dock cannot store; the message names the action and the reason."""


# --- pure helpers: no Qt, testable alone -----------------------------------------------

def total_cost(volume, unit_cost):
    """volume × unit cost, or None while either is missing: the preview while typing
    (saving computes the figures again, households served included: workspace.actions)."""
    if volume is None or unit_cost is None:
        return None
    return volume * unit_cost


def in_priority_order(rows):
    """Actions by location priority (``priority_rank``; unranked last), then location code."""
    return sorted(rows, key=lambda r: (r.get("priority_rank") is None, r.get("priority_rank") or 0,
                                       str(r.get("location_code") or ""), str(r.get("rw") or ""),
                                       str(r.get("rt") or "")))


def location_text(row):
    """"RW 002 / RT 001", as the scoring dock writes locations."""
    level, code = row.get("location_level"), row.get("location_code")
    if code and level in ("RT", "RW"):
        return location_label(level, code)
    if row.get("rt") and row.get("rw"):
        return "RW {} / RT {}".format(row["rw"], row["rt"])
    if row.get("rw"):
        return "RW {}".format(row["rw"])
    return code or ""


def number_text(value, language, decimals=2, grouped=True):
    """4500000 as "4.500.000" and 12.5 as "12,5" in Indonesian; "4,500,000" and "12.5"
    in English; "" for no value. At most ``decimals`` decimals, trailing zeros dropped.
    A value to be typed over is shown ``grouped=False`` in English ("4500"): read back,
    "4,500" would be 4.5, a lone comma being a decimal comma (``core.numbers``)."""
    if value is None:
        return ""
    text = "{:{}.{}f}".format(float(value), "," if grouped or language == "id" else "", decimals)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if language == "id":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def read_edits(texts, chosen, action_name, language):
    """The values to store for an action from the form's typed ``texts`` ({field: text})
    and ``chosen`` values ({field: code or None}). Raises ``EditRefused`` naming
    ``action_name`` and the reason; nothing is then stored."""
    values = {}
    for name, whole in NUMBER_FIELDS:
        field = ACTIONS.field(name)
        label = field.alias.text(language)
        text = (texts.get(name) or "").strip()
        try:
            value = read_number(text, thousands=True)
        except NotANumber:
            raise EditRefused(tr("{action}: '{text}' is not a number ({field}).", language).format(
                action=action_name, text=text, field=label)) from None
        if value is not None:
            if whole and value != int(value):
                raise EditRefused(tr("{action}: {field} must be a whole number, not {value}.", language).format(
                    action=action_name, field=label, value=text))
            if (field.minimum is not None and value < field.minimum) or (
                    field.maximum is not None and value > field.maximum):
                raise EditRefused(tr("{action}: {field} goes from {low} to {high}, not {value}.", language).format(
                    action=action_name, field=label, value=text,
                    low=number_text(field.minimum, language) if field.minimum is not None else "…",
                    high=number_text(field.maximum, language) if field.maximum is not None else "…"))
            value = int(value) if whole else value
        values[name] = value
    cash, kind = values["swadaya_cash_pct"] or 0.0, values["swadaya_in_kind_pct"] or 0.0
    if cash + kind > 100 + 1e-9:
        raise EditRefused(tr("{action}: the community's shares in cash ({cash}) and in kind ({kind}) add up to "
                             "{share}, over 100 % of the cost.", language).format(
            action=action_name, cash=show_percent(cash, language), kind=show_percent(kind, language),
            share=show_percent(cash + kind, language)))
    for name in CHOSEN_FIELDS:
        values[name] = chosen.get(name) or None
    for name in TEXT_FIELDS:
        values[name] = (texts.get(name) or "").strip() or None
    return values


# --- the dock ------------------------------------------------------------------------------

def scrolled(widget):
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    return area


class ActionPlanDock(QDockWidget):
    """``meeting_requested(uuid)``: the user asked to see the meeting that agreed an action
    (the plugin shows it in Tahapan PP)."""

    meeting_requested = pyqtSignal(str)

    def __init__(self, parent=None, language=None):
        super().__init__(tr("Rencana Aksi"), parent)
        self.setObjectName("CsiapActionPlanDock")
        self.language = language or ui_language()
        self.workspace = None
        self.actions_layer = None    # the project's layer, followed for changes made behind the dock
        self.rows = []               # the actions, in priority order, each with its "fid"
        self.meetings = {}           # uuid → meeting row
        self.names = {}              # option code → name
        self.totals = {"by_funding": {}, "by_rw": {}, "total": 0.0}
        self._build()
        self._show_banner()

    # --- building -------------------------------------------------------------------

    def _build(self):
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 2, 2, 2)
        self.banner = WorkspaceBanner()
        layout.addWidget(self.banner)
        buttons = QHBoxLayout()
        self.draft_button = QPushButton(tr("Draft action plan"))
        self.draft_button.setToolTip(tr("Proposes actions from the location priorities and the newest scoring "
                                        "session; rows a rembuk agreed are kept."))
        self.draft_button.clicked.connect(lambda: self.run_algorithm(DRAFT_ALGORITHM))
        self.export_button = QPushButton(tr("Export Musrenbang list"))
        self.export_button.setToolTip(tr("The proposal list (daftar usulan) for the kelurahan Musrenbang, as "
                                         "XLSX and CSV."))
        self.export_button.clicked.connect(lambda: self.run_algorithm(EXPORT_ALGORITHM))
        for button in (self.draft_button, self.export_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._plan_tab(), tr("Plan"))
        self.tabs.addTab(scrolled(self._edit_tab()), tr("Edit action"))
        layout.addWidget(self.tabs, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMaximumHeight(self.status.fontMetrics().lineSpacing() * 4)
        layout.addWidget(self.status)
        self.setWidget(body)

    def columns(self):
        """(key, header) of the table's columns."""
        alias = lambda name: ACTIONS.field(name).alias.text(self.language)  # noqa: E731
        return (("priority_rank", tr("Priority")), ("location", alias("location_code")), ("kind", alias("kind")),
                ("option", alias("option_code")), ("households_served", tr("Households")),
                ("persons_served", tr("Persons")), ("volume", alias("volume")), ("unit", alias("unit")),
                ("unit_cost", alias("unit_cost")), ("total_cost", alias("total_cost")),
                ("funding_source", alias("funding_source")), ("swadaya", tr("Swadaya cash / in kind")),
                ("when", tr("Year / quarter")), ("responsible", alias("responsible")),
                ("status", alias("status")), ("meeting", alias("meeting_uuid")))

    def _plan_tab(self):
        splitter = QSplitter(Qt.Orientation.Vertical)
        columns = self.columns()
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([header for _key, header in columns])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)   # edited in the form
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()   # the priority column numbers the rows
        compact = self.fontMetrics().height() + 6   # more rows on a laptop's screen
        self.table.verticalHeader().setDefaultSectionSize(compact)
        self.table.setMinimumHeight(90)
        self.table.itemSelectionChanged.connect(self._action_chosen)
        self.table.itemDoubleClicked.connect(lambda *_: self.tabs.setCurrentIndex(1))
        splitter.addWidget(self.table)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.totals_table = QTableWidget(0, 2)
        self.totals_table.setHorizontalHeaderLabels([tr("Total of"), tr("Amount (Rp)")])
        self.totals_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.totals_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.totals_table.verticalHeader().hide()
        self.totals_table.verticalHeader().setDefaultSectionSize(compact)
        self.totals_table.setMinimumHeight(70)
        lower_layout.addWidget(self.totals_table, 1)
        self.reconcile_label = QLabel()
        self.reconcile_label.setWordWrap(True)
        lower_layout.addWidget(self.reconcile_label)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([260, 170])
        return splitter

    def _edit_tab(self):
        page = QWidget()
        layout = QVBoxLayout(page)
        self.action_label = QLabel(tr("Choose an action in the plan's table."))
        self.action_label.setWordWrap(True)
        layout.addWidget(self.action_label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)   # a narrow dock: labels above
        alias = lambda name: ACTIONS.field(name).alias.text(self.language)  # noqa: E731
        self.edits = {}
        for name in ("volume", "unit", "unit_cost"):
            self.edits[name] = QLineEdit()
            form.addRow(alias(name), self.edits[name])
        self.total_label = QLabel()
        form.addRow(alias("total_cost"), self.total_label)
        for name in ("volume", "unit_cost"):
            self.edits[name].textChanged.connect(self._show_total)
        self.choosers = {}
        self.choosers["funding_source"] = self._code_combo(schema.FUNDING_SOURCE)
        form.addRow(alias("funding_source"), self.choosers["funding_source"])
        for name in ("swadaya_cash_pct", "swadaya_in_kind_pct", "plan_year"):
            self.edits[name] = QLineEdit()
            form.addRow(alias(name), self.edits[name])
        self.choosers["plan_quarter"] = self._combo([(str(q), q) for q in range(1, 5)])
        form.addRow(alias("plan_quarter"), self.choosers["plan_quarter"])
        months = [(MONTHS[self.language][m - 1], m) for m in range(1, 13)]
        for name in ("start_month", "end_month"):
            self.choosers[name] = self._combo(months)
        when = QHBoxLayout()
        when.addWidget(self.choosers["start_month"])
        when.addWidget(QLabel("–"))
        when.addWidget(self.choosers["end_month"])
        form.addRow(tr("Months"), when)
        self.choosers["responsible"] = self._code_combo(schema.RESPONSIBLE)
        form.addRow(alias("responsible"), self.choosers["responsible"])
        self.choosers["status"] = self._code_combo(schema.ACTION_STATUS)
        form.addRow(alias("status"), self.choosers["status"])
        self.choosers["meeting_uuid"] = QComboBox()
        self.choosers["meeting_uuid"].setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choosers["meeting_uuid"].setMinimumContentsLength(12)
        self.choosers["meeting_uuid"].currentIndexChanged.connect(self._show_meeting_button)
        form.addRow(alias("meeting_uuid"), self.choosers["meeting_uuid"])
        self.edits["notes"] = QLineEdit()
        form.addRow(alias("notes"), self.edits["notes"])
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("Save action"))
        self.save_button.clicked.connect(self.save_action)
        self.meeting_button = QPushButton(tr("Show the meeting"))
        self.meeting_button.setToolTip(tr("Shows the meeting that agreed this action in Tahapan PP."))
        self.meeting_button.clicked.connect(self.show_meeting)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.meeting_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._set_form_enabled(False)
        return page

    @staticmethod
    def _combo(items):
        combo = QComboBox()
        # Narrow: a long label ("Swadaya masyarakat") must not widen the dock past a laptop's room.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.addItem("", None)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _code_combo(self, codelist):
        return self._combo([(codelist.label(value, self.language), value) for value in codelist.values()])

    def _show_banner(self):
        self.banner.setVisible(not self.workspace)
        self.tabs.setEnabled(bool(self.workspace))

    def say(self, message):
        self.status.setText(message)

    # --- following the project ------------------------------------------------------

    def follow_workspace(self, path, layers):
        """The project's workspace changed (``plugin.project_layers.ProjectWorkspace``)."""
        self.set_workspace(path, layers.get("actions"))

    def set_workspace(self, path, actions_layer=None):
        """Show the action plan of the workspace at ``path`` (None: no workspace); follow the
        changes of the project's ``actions_layer`` (an algorithm's rows, the layer's form)."""
        if self.actions_layer is not None:
            unfollow_edits(self.actions_layer, self.refresh)
        self.workspace = path or None
        self.actions_layer = actions_layer if self.workspace else None
        if self.actions_layer is not None:
            follow_edits(self.actions_layer, self.refresh)
        self.say("")
        self._show_banner()
        self.refresh()

    def workspace_written(self):
        """An algorithm wrote to the workspace (a drafted plan): read it again."""
        self.refresh()

    def _need_workspace(self):
        if self.workspace:
            return True
        self.say(tr("No workspace is open: open a workspace's project (CSIAP Planner → Open workspace…) or create "
                    "one (CSIAP Planner → Create workspace…)."))
        return False

    # --- reading and showing -------------------------------------------------------------

    def read_actions(self):
        """The actions of the workspace file, each with its ``fid`` (the row written back)."""
        layer = open_layer(self.workspace, ACTIONS, schema.DEFAULT_LANGUAGE)
        names = [n for n in layer.fields().names() if n != "fid"]
        return [dict({n: plain(f[n]) for n in names}, fid=f.id()) for f in layer.getFeatures()]

    def refresh(self, *args):
        chosen = self.current_uuid()
        if not self.workspace:
            self.rows, self.meetings, self.names = [], {}, {}
        else:
            try:
                self.rows = in_priority_order(self.read_actions())
                self.meetings = {m["uuid"]: m for m in read_rows(self.workspace, "meetings")}
                self.names = option_names(self.workspace, self.language)
            except WorkspaceError as error:
                self.rows, self.meetings = [], {}
                self.say(str(error))
        self._fill_meetings()
        self._fill_table()
        self._fill_totals()
        row = next((k for k, r in enumerate(self.rows) if r["uuid"] == chosen), None)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self._action_chosen()

    def _fill_meetings(self):
        combo = self.choosers["meeting_uuid"]
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for meeting in in_date_order(list(self.meetings.values())):
            combo.addItem(meeting_text(meeting, self.language), meeting["uuid"])
        combo.blockSignals(False)

    def cells(self, row):
        """The texts of one action's row in the table, by column key."""
        language = self.language
        cash, kind = row.get("swadaya_cash_pct"), row.get("swadaya_in_kind_pct")
        year, quarter = row.get("plan_year"), row.get("plan_quarter")
        meeting = self.meetings.get(row.get("meeting_uuid"))
        option = row.get("option_code")
        return {
            "priority_rank": "" if row.get("priority_rank") is None else str(row["priority_rank"]),
            "location": location_text(row),
            "kind": schema.ACTION_KIND.label(row.get("kind"), language) or row.get("kind") or "",
            "option": self.names.get(option, option) or row.get("description") or "",
            "households_served": number_text(row.get("households_served"), language, 0),
            "persons_served": number_text(row.get("persons_served"), language, 0),
            "volume": number_text(row.get("volume"), language),
            "unit": row.get("unit") or "",
            "unit_cost": number_text(row.get("unit_cost"), language, 0),
            "total_cost": number_text(row.get("total_cost"), language, 0),
            "funding_source": schema.FUNDING_SOURCE.label(row.get("funding_source"), language) or "",
            "swadaya": "" if cash is None and kind is None else "{} / {}".format(
                show_percent(cash or 0.0, language), show_percent(kind or 0.0, language)),
            "when": " / ".join(part for part in (
                "" if year is None else str(year),
                "" if quarter is None else tr("Q{quarter}").format(quarter=quarter)) if part),
            "responsible": schema.RESPONSIBLE.label(row.get("responsible"), language) or "",
            "status": schema.ACTION_STATUS.label(row.get("status"), language) or "",
            "meeting": meeting_text(meeting, language) if meeting else "",
        }

    def _fill_table(self):
        keys = [key for key, _header in self.columns()]
        self.table.blockSignals(True)
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(self.rows))
            for row, action in enumerate(self.rows):
                texts = self.cells(action)
                for column, key in enumerate(keys):
                    item = QTableWidgetItem(texts[key])
                    item.setData(UUID_ROLE, action["uuid"])
                    item.setToolTip(texts[key])
                    if key in ("priority_rank", "households_served", "persons_served", "volume", "unit_cost",
                               "total_cost"):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(row, column, item)
        finally:
            self.table.blockSignals(False)

    def _fill_totals(self):
        """Per funding source, per RW and overall (``core.actions.totals``), and whether they reconcile."""
        self.totals = totals(self.rows)
        lines = [(tr("Funding source: {source}").format(
            source=schema.FUNDING_SOURCE.label(source, self.language) or tr("not chosen yet")), amount)
            for source, amount in self.totals["by_funding"].items()]
        lines += [(tr("RW {rw}").format(rw=rw) if rw else tr("No RW"), amount)
                  for rw, amount in self.totals["by_rw"].items()]
        lines.append((tr("Grand total"), self.totals["total"]))
        self.totals_table.setRowCount(len(lines))
        for row, (text, amount) in enumerate(lines):
            what, money = QTableWidgetItem(text), QTableWidgetItem(number_text(amount, self.language, 0))
            money.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row == len(lines) - 1:
                font = what.font()
                font.setBold(True)
                what.setFont(font)
                money.setFont(font)
            self.totals_table.setItem(row, 0, what)
            self.totals_table.setItem(row, 1, money)
        by_funding, by_rw = sum(self.totals["by_funding"].values()), sum(self.totals["by_rw"].values())
        grand = self.totals["total"]
        if not self.rows:
            self.reconcile_label.setText(tr("No action yet: draft the action plan, or add actions to the layer."))
        elif abs(by_funding - grand) < 0.5 and abs(by_rw - grand) < 0.5:
            self.reconcile_label.setText(tr("The totals by funding source and by RW both add up to the grand total."))
        else:
            self.reconcile_label.setText(tr("The totals do not reconcile: by funding source {funding}, by RW {rw}, "
                                            "grand total {total}.").format(
                funding=number_text(by_funding, self.language, 0), rw=number_text(by_rw, self.language, 0),
                total=number_text(grand, self.language, 0)))

    # --- the chosen action ------------------------------------------------------------------

    def current_uuid(self):
        items = self.table.selectedItems()
        return items[0].data(UUID_ROLE) if items else None

    def current_action(self):
        chosen = self.current_uuid()
        return next((r for r in self.rows if r["uuid"] == chosen), None)

    def action_name(self, action):
        """How a message names an action: its place in the plan, location and option."""
        number = self.rows.index(action) + 1 if action in self.rows else "?"
        texts = self.cells(action)
        return tr("Action {number} ({location}, {option})").format(
            number=number, location=texts["location"] or "-", option=texts["option"] or "-")

    def select(self, action_uuid):
        """Choose an action (its row in the table, its values in the form)."""
        row = next((k for k, r in enumerate(self.rows) if r["uuid"] == action_uuid), None)
        if row is not None:
            self.table.selectRow(row)
        return row is not None

    def _set_form_enabled(self, enabled):
        for widget in list(self.edits.values()) + list(self.choosers.values()) + [self.save_button]:
            widget.setEnabled(enabled)
        self._show_meeting_button()

    def _action_chosen(self):
        action = self.current_action()
        self._set_form_enabled(action is not None)
        if action is None:
            self.action_label.setText(tr("Choose an action in the plan's table."))
            for edit in self.edits.values():
                edit.clear()
            for combo in self.choosers.values():
                combo.setCurrentIndex(0)
            self._show_total()
            return
        self.action_label.setText(self.action_name(action))
        for name, edit in self.edits.items():
            value = action.get(name)
            if name in ("volume", "unit_cost", "swadaya_cash_pct", "swadaya_in_kind_pct"):
                edit.setText(number_text(value, self.language, 6 if name == "volume" else 2, grouped=False))
            elif name == "plan_year":
                edit.setText("" if value is None else str(value))
            else:
                edit.setText(value or "")
        for name, combo in self.choosers.items():
            index = combo.findData(action.get(name))
            combo.setCurrentIndex(max(index, 0))
        # An option's unit cost is the unit costs' (csiap:importunitcosts), not typed here.
        self.edits["unit_cost"].setReadOnly(bool(action.get("option_code")))
        self.edits["unit_cost"].setToolTip(
            tr("From the workspace's unit costs: {source}").format(source=action.get("cost_source") or "-")
            if action.get("option_code") else "")
        self._show_total()

    def _show_total(self, *args):
        """volume × unit cost as typed (or why there is none yet)."""
        try:
            volume = read_number(self.edits["volume"].text(), thousands=True)
            unit_cost = read_number(self.edits["unit_cost"].text(), thousands=True)
        except NotANumber:
            self.total_label.setText(tr("(volume and unit cost must be numbers)"))
            return
        cost = total_cost(volume, unit_cost)
        self.total_label.setText(tr("Rp {amount}").format(amount=number_text(cost, self.language, 0))
                                 if cost is not None else tr("(volume × unit cost)"))

    def _show_meeting_button(self, *args):
        self.meeting_button.setEnabled(bool(self.choosers["meeting_uuid"].currentData())
                                       and self.current_action() is not None)

    def form_texts(self):
        return {name: edit.text() for name, edit in self.edits.items()}

    def form_choices(self):
        return {name: combo.currentData() for name, combo in self.choosers.items()}

    def save_action(self):
        """Write the form's values to the chosen action (one transaction); True when written."""
        if not self._need_workspace():
            return False
        action = self.current_action()
        if action is None:
            self.say(tr("Choose an action in the plan's table first."))
            return False
        layer = self.actions_layer
        if layer is not None and not sip.isdeleted(layer) and layer.isEditable():
            self.say(tr("The action plan layer is being edited: save or discard its edits first, then save here."))
            return False
        try:
            values = read_edits(self.form_texts(), self.form_choices(), self.action_name(action), self.language)
        except EditRefused as refusal:
            self.say(str(refusal))
            return False
        if action.get("option_code"):
            # An option's unit cost comes from the unit costs (with their year and source).
            values.pop("unit_cost", None)
        if action.get(VERSION_COLUMN) is not None:
            # The version this form shows (a PostGIS workspace): another planner's save since is not overwritten.
            values[VERSION_COLUMN] = action[VERSION_COLUMN]
        try:
            edit_action(self.workspace, action["fid"], values, self.language)
        except WorkspaceError as error:
            self.say(str(error))
            return False
        name = self.action_name(action)
        # The project's layers read the file again (and tell this dock, which reads it too).
        reload_workspace_layers(QgsProject.instance(), self.workspace)
        self.refresh()
        self.say(tr("Saved: {action}.").format(action=name))
        return True

    def show_meeting(self):
        """Ask for the chosen action's meeting to be shown (in Tahapan PP, by the plugin)."""
        meeting_uuid = self.choosers["meeting_uuid"].currentData()
        if meeting_uuid:
            self.meeting_requested.emit(meeting_uuid)
        return meeting_uuid

    # --- the algorithms ---------------------------------------------------------------------

    def run_algorithm(self, algorithm_id):
        """Open an algorithm's dialog on this workspace (Processing runs it as a background task);
        say so when it is not in the toolbox rather than fail."""
        if not self._need_workspace():
            return None
        if QgsApplication.processingRegistry().algorithmById(algorithm_id) is None:
            self.say(tr("The algorithm {algorithm} is missing from the CSIAP Planner toolbox: update or reinstall "
                        "the plugin.").format(algorithm=algorithm_id))
            return None
        # Imported here: QGIS's own processing plugin is loaded by then.
        from processing import execAlgorithmDialog

        parameters = {"WORKSPACE": self.workspace}
        try:
            parameters["LANGUAGE"] = schema.LANGUAGES.index(workspace_language(self.workspace))
        except (WorkspaceError, ValueError):
            pass
        results = execAlgorithmDialog(algorithm_id, parameters)
        self.refresh()
        return results

    def sizeHint(self):  # noqa: N802
        return QSize(440, 600)

    def minimumSizeHint(self):  # noqa: N802
        # Small: the tabs scroll. A large one would make the maximised main window outgrow a laptop screen.
        return QSize(300, 200)
