"""The "Masalah Sanitasi" dock: the problems people named, grouped RW → RT.

Counts by category and season for the chosen group, filters, click a problem
to zoom to it and flash it; each problem shows the rembuk or FGD where it was
named and its photo (stored as a path relative to the project).
"""

import os
import textwrap

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import schema
from ..core.areas import code_key
from ..i18n import tr, ui_language
from ..workspace.fields import plain
from .formats import meeting_text
from .project_layers import follow_edits, unfollow_edits, workspace_layers
from .workspace_banner import WorkspaceBanner

FID_ROLE = Qt.ItemDataRole.UserRole


class ProblemsDock(QDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Masalah Sanitasi"), parent)
        self.setObjectName("CsiapProblemsDock")
        self.iface = iface
        self.language = ui_language()
        self.layers = {}
        self._build()

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.banner = WorkspaceBanner()
        layout.addWidget(self.banner)
        filters = QFormLayout()
        self.category_combo = QComboBox()
        self.season_combo = QComboBox()
        for combo, codelist in ((self.category_combo, schema.PROBLEM_CATEGORY), (self.season_combo, schema.SEASON)):
            combo.addItem(tr("All"), None)
            for code in codelist.codes:
                combo.addItem(code.label.text(self.language), code.value)
            combo.currentIndexChanged.connect(self.refresh)
        filters.addRow(schema.layer("problems").field("category").alias.text(self.language), self.category_combo)
        filters.addRow(schema.layer("problems").field("season").alias.text(self.language), self.season_combo)
        layout.addLayout(filters)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout.addWidget(self.empty)
        # The tree, the table and the detail share the height; the user moves the dividers.
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Where / what"), tr("Problems")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.setMinimumHeight(120)
        splitter.addWidget(self.tree)
        self.table = QTableWidget(0, len(schema.SEASON.codes) + 1)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setHorizontalHeaderLabels([textwrap.fill(label, 10) for label in (
            [schema.SEASON.label(s, self.language) for s in schema.SEASON.values()] + [tr("Season not given")])])
        self.table.setMinimumHeight(120)
        splitter.addWidget(self.table)
        details = QWidget()
        detail_layout = QVBoxLayout(details)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        detail_layout.addWidget(self.detail)
        self.photo = QLabel()
        detail_layout.addWidget(self.photo)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.setWidget(body)
        self._show_banner()

    def _show_banner(self):
        self.banner.setVisible(not self.layers)
        for widget in (self.category_combo, self.season_combo, self.tree, self.table):
            widget.setEnabled(bool(self.layers))

    def follow_workspace(self, path, layers):
        """The project's workspace changed (``plugin.project_layers.ProjectWorkspace``)."""
        self.set_layers(layers)

    def set_layers(self, layers=None):
        previous = self.layers.get("problems")
        if previous is not None:
            unfollow_edits(previous, self.refresh)
        self.layers = dict(layers if layers is not None else workspace_layers())
        problems = self.layers.get("problems")
        if problems is not None:
            follow_edits(problems, self.refresh)
        self.detail.clear()
        self.photo.clear()
        self._show_banner()
        self.refresh()

    def problems(self):
        """``[(fid, {field: value})]`` passing the filters."""
        layer = self.layers.get("problems")
        if layer is None:
            return []
        category, season = self.category_combo.currentData(), self.season_combo.currentData()
        rows = []
        for feature in layer.getFeatures():
            values = {name: plain(feature[name]) for name in layer.fields().names()}
            if (category is None or values.get("category") == category) and \
                    (season is None or values.get("season") == season):
                rows.append((feature.id(), values))
        return rows

    def refresh(self, *args):
        """Rebuild the tree RW → RT → problem, with counts at each level."""
        rows = self.problems()
        grouped = {}
        for fid, values in rows:
            grouped.setdefault(values.get("rw") or "?", {}).setdefault(values.get("rt") or "?", []).append(
                (fid, values))
        self.tree.clear()
        for rw in sorted(grouped, key=code_key):
            rts = grouped[rw]
            rw_item = QTreeWidgetItem(["RW " + rw, str(sum(len(v) for v in rts.values()))])
            rw_item.setData(0, FID_ROLE, [fid for v in rts.values() for fid, _values in v])
            for rt in sorted(rts, key=code_key):
                rt_item = QTreeWidgetItem(["RT " + rt, str(len(rts[rt]))])
                rt_item.setData(0, FID_ROLE, [fid for fid, _values in rts[rt]])
                for fid, values in rts[rt]:
                    label = schema.PROBLEM_CATEGORY.label(values.get("category"), self.language) or "?"
                    leaf = QTreeWidgetItem([label, values.get("description") or ""])
                    leaf.setData(0, FID_ROLE, fid)
                    for column in (0, 1):   # a narrow dock: the whole text on hovering
                        leaf.setToolTip(column, leaf.text(column))
                    rt_item.addChild(leaf)
                rw_item.addChild(rt_item)
            self.tree.addTopLevelItem(rw_item)
        filtered = self.category_combo.currentData() is not None or self.season_combo.currentData() is not None
        if not rows and self.layers.get("problems") is not None:
            self.empty.setText(tr("No problem matches the chosen category and season.") if filtered
                               else tr("No problem has been recorded in this workspace yet."))
        self.empty.setVisible(not rows and self.layers.get("problems") is not None)
        self._fill_table([values for _fid, values in rows])

    def _fill_table(self, rows):
        """Problems by category (rows) and season (columns)."""
        seasons = list(schema.SEASON.values()) + [None]
        categories = [c for c in schema.PROBLEM_CATEGORY.values() if any(r.get("category") == c for r in rows)]
        self.table.setRowCount(len(categories))
        self.table.setVerticalHeaderLabels([schema.PROBLEM_CATEGORY.label(c, self.language) for c in categories])
        for row, category in enumerate(categories):
            for column, season in enumerate(seasons):
                count = sum(1 for r in rows if r.get("category") == category and r.get("season") == season)
                self.table.setItem(row, column, QTableWidgetItem(str(count)))

    def _clicked(self, item):
        data = item.data(0, FID_ROLE)
        fids = data if isinstance(data, list) else [data]
        self.show_problems(fids)
        if not isinstance(data, list):
            self._show_detail(data)

    def show_problems(self, fids):
        """Zoom to the problems and flash them."""
        layer = self.layers.get("problems")
        if layer is None or not fids or self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        # Not through the selection: selecting, then clearing, left "0 features selected" in the status bar.
        canvas.zoomToFeatureIds(layer, fids)
        canvas.flashFeatureIds(layer, fids)

    def _show_detail(self, fid):
        layer = self.layers["problems"]
        feature = layer.getFeature(fid)
        meeting = self.meeting_title(plain(feature["meeting_uuid"]))
        lines = [schema.PROBLEM_CATEGORY.label(plain(feature["category"]), self.language) or "",
                 plain(feature["description"]) or "",
                 tr("Named at: {meeting}").format(meeting=meeting or tr("(not recorded)"))]
        self.detail.setText("\n".join(line for line in lines if line))
        path = self.photo_path(plain(feature["photo"]))
        pixmap = QPixmap(path) if path else QPixmap()
        self.photo.setPixmap(pixmap.scaledToWidth(220) if not pixmap.isNull() else QPixmap())

    def meeting_title(self, meeting_uuid):
        meetings = self.layers.get("meetings")
        if not meeting_uuid or meetings is None:
            return None
        for feature in meetings.getFeatures():
            if feature["uuid"] == meeting_uuid:
                return meeting_text({name: plain(feature[name]) for name in ("meeting_date", "title", "kind")},
                                    self.language)
        return None

    @staticmethod
    def photo_path(stored):
        """Photos are stored relative to the project, so the folder can travel."""
        if not stored:
            return None
        if os.path.isabs(stored):
            return stored
        home = QgsProject.instance().homePath()
        # A project kept in a database (a PostGIS workspace) has no folder: "postgresql:/".
        return os.path.join(home, stored) if os.path.isdir(home) else None
