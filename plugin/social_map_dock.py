"""The "Peta Sosial" dock: draw the social map with the community in one click.

A palette of households (by toilet access), public facilities and problems,
each with its map symbol. Choosing one arms a map tool; a click adds the
feature to the layer's edit buffer with its kind filled in, its RT and RW
from the polygons (``workspace.attach``: the code of ``csiap:attachtoareas``),
and opens its form (Cancel takes the feature back out). A click outside every
RT asks first: the feature would have no RT/RW. Counts per RT of the chosen RW follow every change;
undo/redo go through the layer's own edit buffer. Saving the layer fills
RT/RW of anything moved or added by other tools too.
"""

import textwrap
import uuid

from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsProject,
    QgsSymbolLayerUtils,
)
from qgis.gui import QgsMapTool
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QSize, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from .. import compat
from ..core import palette, schema
from ..core.areas import code_key
from ..i18n import tr, ui_language
from ..workspace.attach import attach_edits, layer_area_index
from ..workspace.forms import attribute_dialog
from .project_layers import disconnect, follow_edits, unfollow_edits, workspace_layers
from .workspace_banner import WorkspaceBanner

COUNTED = ("households", "facilities", "problems")


def symbol_icon(entry):
    properties = {"name": entry.shape, "color": entry.colour if entry.filled else "#ffffff",
                  "outline_color": "#000000" if entry.filled else entry.colour, "size": "4"}
    return QgsSymbolLayerUtils.symbolPreviewIcon(QgsMarkerSymbol.createSimple(properties), QSize(18, 18))


class AddFeatureTool(QgsMapTool):
    """One click, one feature of the armed palette entry."""

    def __init__(self, canvas, dock):
        super().__init__(canvas)
        self.dock = dock
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event):  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.dock.add_at(event.mapPoint())


class SocialMapDock(QDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Peta Sosial"), parent)
        self.setObjectName("CsiapSocialMapDock")
        self.iface = iface
        self.language = ui_language()
        self.layers = {}
        self.areas = None
        self.armed = None
        self.show_forms = True
        self.last_layer = None
        self.tool = None
        self._build()

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.banner = WorkspaceBanner()
        layout.addWidget(self.banner)
        self.toolbox = QToolBox()
        self.lists = {}
        longest = 0
        for name, entries in (("households", palette.HOUSEHOLDS), ("facilities", palette.FACILITIES),
                              ("problems", palette.PROBLEMS)):
            widget = QListWidget()
            widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            for entry in entries:
                item = QListWidgetItem(symbol_icon(entry), entry.label.text(self.language))
                item.setData(Qt.ItemDataRole.UserRole, entry.key)
                item.setToolTip(item.text())   # a long name, in a narrow dock
                widget.addItem(item)
            longest = max(longest, len(entries))
            widget.itemClicked.connect(lambda item, layer=name: self.arm(layer, item.data(Qt.ItemDataRole.UserRole)))
            self.lists[name] = widget
            self.toolbox.addItem(widget, schema.layer(name).title.text(self.language))
        # Every entry of the longest page shown without scrolling: the page's height is the toolbox's.
        row = max(self.lists["households"].sizeHintForRow(0), 20)
        pages = sum(button.sizeHint().height() for button in self.toolbox.findChildren(QAbstractButton))
        # Frames, spacing, and the horizontal scroll bar a long name brings.
        frame = 2 * self.lists["households"].frameWidth() + 6 * self.toolbox.count() + \
            self.lists["households"].horizontalScrollBar().sizeHint().height()
        self.toolbox.setMinimumHeight(pages + row * longest + frame)
        layout.addWidget(self.toolbox)
        self.armed_label = QLabel(tr("Choose what to draw, then click on the map."))
        self.armed_label.setWordWrap(True)
        layout.addWidget(self.armed_label)
        form = QFormLayout()
        self.rw_combo = QComboBox()
        self.rw_combo.currentIndexChanged.connect(self.refresh_counts)
        form.addRow(tr("Counts in RW"), self.rw_combo)
        layout.addLayout(form)
        self.counts = QTableWidget(0, len(COUNTED) + 1)
        self.counts.setHorizontalHeaderLabels(["RT"] + [textwrap.fill(schema.layer(n).title.text(self.language), 14)
                                                        for n in COUNTED])
        self.counts.verticalHeader().hide()   # the RT column names the rows
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts.setMinimumHeight(200)
        layout.addWidget(self.counts)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(tr("Redo"))
        self.redo_button.clicked.connect(self.redo)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        layout.addLayout(buttons)
        # Scrolls rather than growing past a laptop's screen.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self._show_banner()

    def _show_banner(self):
        self.banner.setVisible(not self.layers)
        for widget in (self.toolbox, self.rw_combo, self.counts, self.undo_button, self.redo_button):
            widget.setEnabled(bool(self.layers))

    # --- layers -----------------------------------------------------------------------

    def follow_workspace(self, path, layers):
        """The project's workspace changed (``plugin.project_layers.ProjectWorkspace``)."""
        self.set_layers(layers)

    def set_layers(self, layers=None):
        """Work on the workspace layers of the open project (or those given)."""
        for layer in self.layers.values():
            unfollow_edits(layer, self.refresh_counts)
            if not sip.isdeleted(layer):
                disconnect(layer.beforeCommitChanges, self._attach_before_commit)
        if self.last_layer is not None and self.last_layer not in (layers or {}).values():
            self.last_layer = None
        self.layers = dict(layers if layers is not None else workspace_layers())
        self.areas = layer_area_index(self.layers.get("rt"), self.layers.get("rw"))
        for name in COUNTED:
            layer = self.layers.get(name)
            if layer is None:
                continue
            follow_edits(layer, self.refresh_counts)
            layer.beforeCommitChanges.connect(self._attach_before_commit)
        self._fill_rw()
        self._show_banner()

    def _fill_rw(self):
        codes = set()
        for name in ("rw", "rt"):
            layer = self.layers.get(name)
            if layer is not None:
                field = "code" if name == "rw" else "rw"
                codes |= {f[field] for f in layer.getFeatures() if isinstance(f[field], str)}
        self.rw_combo.blockSignals(True)
        self.rw_combo.clear()
        for code in sorted(codes, key=code_key):
            self.rw_combo.addItem("RW " + code, code)
        self.rw_combo.setCurrentIndex(max(self.rw_combo.findData(self.starting_rw(codes)), 0))
        self.rw_combo.blockSignals(False)
        self.refresh_counts()

    def starting_rw(self, codes):
        """The RW the counts open on: the one in the middle of the map view, else the
        first with something counted in it (not an all-zero first RW)."""
        rw_layer = self.layers.get("rw")
        if self.iface is not None and rw_layer is not None:
            canvas = self.iface.mapCanvas()
            centre = QgsGeometry.fromPointXY(canvas.extent().center())
            crs = canvas.mapSettings().destinationCrs()
            if crs.isValid() and crs != rw_layer.crs():
                centre.transform(QgsCoordinateTransform(crs, rw_layer.crs(), QgsProject.instance()))
            request = QgsFeatureRequest().setFilterRect(centre.boundingBox())
            for feature in rw_layer.getFeatures(request):
                if feature.geometry().intersects(centre) and feature["code"] in codes:
                    return feature["code"]
        for name in COUNTED:
            layer = self.layers.get(name)
            if layer is None:
                continue
            used = {f["rw"] for f in layer.getFeatures(QgsFeatureRequest().setFlags(
                compat.REQUEST_NO_GEOMETRY).setSubsetOfAttributes(["rw"], layer.fields()))}
            found = sorted((c for c in used if c in codes), key=code_key)
            if found:
                return found[0]
        return None

    def _attach_before_commit(self):
        layer = self.sender()
        if layer is not None and self.areas is not None:
            attach_edits(layer, self.areas)

    # --- drawing ----------------------------------------------------------------------

    def arm(self, layer_name, key):
        """Choose a palette entry; the map tool then adds one on each click."""
        self.armed = palette.entry(layer_name, key)
        self.armed_label.setText(tr("Click on the map to add: {what}").format(
            what=self.armed.label.text(self.language)))
        if self.iface is not None:
            if self.tool is None:
                self.tool = AddFeatureTool(self.iface.mapCanvas(), self)
            self.iface.mapCanvas().setMapTool(self.tool)

    def add_at(self, point, canvas_crs=None):
        """Add the armed entry at ``point`` (map canvas coordinates); return the new feature's id."""
        if self.armed is None:
            return None
        layer = self.layers.get(self.armed.layer)
        if layer is None:
            self.armed_label.setText(tr("Open a workspace project first: its layer {layer} is not in the map.").format(
                layer=self.armed.layer))
            return None
        geometry = QgsGeometry.fromPointXY(point)
        source_crs = canvas_crs or (self.iface.mapCanvas().mapSettings().destinationCrs() if self.iface else None)
        if source_crs is not None and source_crs.isValid() and source_crs != layer.crs():
            geometry.transform(QgsCoordinateTransform(source_crs, layer.crs(), QgsProject.instance()))
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        # Drawn with the community at a rembuk: surveyed (or reported) today.
        today = QDate.currentDate()
        values = dict(self.armed.preset, uuid=str(uuid.uuid4()), data_source="rembuk", survey_date=today,
                      reported_date=today)
        area = self.areas.code_for(geometry) if self.areas is not None else None
        if area is None and not self.confirm_outside():
            self.armed_label.setText(tr("Not added: the point is outside every RT of the workspace."))
            return None
        values["rw"], values["rt"] = area if area is not None else (None, None)
        for name, value in values.items():
            index = layer.fields().indexOf(name)
            if index >= 0:
                feature.setAttribute(index, value)
        if not layer.isEditable():
            layer.startEditing()
        layer.beginEditCommand(tr("Add {what}").format(what=self.armed.label.text(self.language)))
        added = layer.addFeature(feature)
        layer.endEditCommand()
        if not added:
            return None
        self.last_layer = layer
        fid = feature.id()  # set by addFeature: negative until the layer is saved
        if self.show_forms and not self.form_accepted(layer, fid):
            layer.undoStack().undo()   # Cancel: the feature goes out of the edit buffer
            self.armed_label.setText(tr("Cancelled: nothing was added."))
            return None
        return fid

    def confirm_outside(self):
        """Whether to add a point that lies outside every RT (it would have no RT/RW)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, tr("Peta Sosial"), tr(
            "This point lies outside every RT of the workspace (outside the kelurahan, or where no RT is "
            "drawn): it would have no RT and RW. Add it anyway?"), buttons.Yes | buttons.No, buttons.No)
        return answer == buttons.Yes

    def form_accepted(self, layer, fid):
        """The new feature's form, modal: True once its values are kept (OK)."""
        parent = self.iface.mainWindow() if self.iface is not None else self
        dialog = attribute_dialog(layer, layer.getFeature(fid), parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def undo(self):
        if self.last_layer is not None:
            self.last_layer.undoStack().undo()

    def redo(self):
        if self.last_layer is not None:
            self.last_layer.undoStack().redo()

    # --- counts -----------------------------------------------------------------------

    def count_per_rt(self, rw):
        """``{rt: {layer: count}}`` in RW ``rw``, unsaved edits included."""
        rts = sorted({f["code"] for f in self.layers["rt"].getFeatures() if f["rw"] == rw}, key=code_key) \
            if "rt" in self.layers else []
        counts = {rt: {name: 0 for name in COUNTED} for rt in rts}
        request = QgsFeatureRequest().setFilterExpression(QgsExpression.createFieldEqualityExpression("rw", rw))
        for name in COUNTED:
            layer = self.layers.get(name)
            if layer is None:
                continue
            for feature in layer.getFeatures(request):
                rt = feature["rt"] if isinstance(feature["rt"], str) else tr("(no RT)")
                counts.setdefault(rt, {n: 0 for n in COUNTED})[name] += 1
        return counts

    def refresh_counts(self, *args):
        rw = self.rw_combo.currentData()
        counts = self.count_per_rt(rw) if rw else {}
        self.counts.setRowCount(len(counts))
        for row, (rt, by_layer) in enumerate(counts.items()):
            for column, text in enumerate([rt] + [str(by_layer[n]) for n in COUNTED]):
                self.counts.setItem(row, column, QTableWidgetItem(text))
