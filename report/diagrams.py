"""Drawing the Venn diagram of institutions and the seasonal calendar, with
Qt's own painter (SVG or PNG): nothing beyond what QGIS ships.

Shapes are drawn in pixel coordinates computed here (no painter transforms),
so a drawing can be checked against ``core.process`` by reading the SVG back.
Black-and-white friendly: the calendar shows intensity as dots as well as
shading; the Venn diagram tells institutions apart by label, not colour.
"""

import math

from qgis.PyQt.QtCore import QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen
from qgis.PyQt.QtSvg import QSvgGenerator

from ..compat import text_flags
from ..core import schema
from ..core.process import COMMUNITY_RADIUS, MAX_DISTANCE, calendar_matrix, venn_layout

MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
COMMUNITY = schema.Label("Masyarakat", "Community")
VENN_KEY = schema.Label("Ukuran lingkaran: kepentingan lembaga. Jarak ke lingkaran Masyarakat: kedekatan.",
                        "Circle size: importance of the institution. Distance to the Community circle: closeness.")
VENN_SIZE = QSize(900, 900)
CALENDAR_SIZE = QSize(1200, 420)


def _paint(device, draw, size):
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw(painter, size)
    finally:
        painter.end()


def image(draw, size):
    """The drawing on a white ``QImage`` (also the docks' live previews)."""
    picture = QImage(size, QImage.Format.Format_ARGB32)
    picture.fill(QColor("white"))
    _paint(picture, draw, size)
    return picture


def render(path, draw, size):
    """Draw with ``draw(painter, size)`` into ``path`` (.svg, or an image format such as .png)."""
    if path.lower().endswith(".svg"):
        device = QSvgGenerator()
        device.setFileName(path)
        device.setSize(size)
        device.setViewBox(QRectF(0, 0, size.width(), size.height()))
        _paint(device, draw, size)
    elif not image(draw, size).save(path):
        raise OSError(path)
    return path


def venn_scale(size):
    """Pixels per diagram unit: the farthest, largest circle still fits."""
    return min(size.width(), size.height()) / (2 * (MAX_DISTANCE + 1.0))


def venn_painter(institutions, language):
    community, circles = venn_layout(institutions)

    def draw(painter, size):
        scale = venn_scale(size)
        centre = QPointF(size.width() / 2, size.height() / 2)
        font = QFont("Sans Serif")
        font.setPixelSize(max(10, int(scale * 0.22)))
        painter.setFont(font)
        painter.setPen(QPen(QColor("#000000"), 2))
        painter.setBrush(QColor(255, 230, 150, 200))
        _circle(painter, centre, COMMUNITY_RADIUS * scale)
        metrics = painter.fontMetrics()
        wrap = text_flags(Qt.AlignmentFlag.AlignCenter, Qt.TextFlag.TextWordWrap)
        key = QRectF(10, size.height() - 40, size.width() - 20, 36)
        painter.drawText(key, wrap, VENN_KEY.text(language))
        painter.setBrush(QColor(120, 170, 220, 110))
        points = [QPointF(centre.x() + c.x * scale, centre.y() - c.y * scale) for c in circles]
        for circle, point in zip(circles, points):
            _circle(painter, point, circle.radius * scale)
        # Labels after every circle, on a white ground: none hidden under another circle,
        # and none over another (placed one by one where no earlier one is).
        community_label = _label_size(metrics, COMMUNITY.text(language), wrap, 2 * COMMUNITY_RADIUS * scale)
        taken = [QRectF(metrics.boundingRect(key.toRect(), wrap, VENN_KEY.text(language)))]
        community_box = QRectF(centre.x() - community_label.width() / 2, centre.y() - COMMUNITY_RADIUS * scale * 0.9,
                               community_label.width(), community_label.height())
        labels = [(community_box, COMMUNITY.text(language), None)]
        taken.append(community_box)
        bounds = QRectF(0, 0, size.width(), size.height())
        for circle, point in zip(circles, points):
            radius = circle.radius * scale
            box, leader = place_label(point, radius, centre, _label_size(metrics, circle.name, wrap, 2 * radius),
                                      _label_size(metrics, circle.name, wrap, LABEL_WIDTH), taken, bounds)
            taken.append(box)
            labels.append((box, circle.name, leader))
        painter.setPen(QPen(QColor("#000000"), 1))
        for box, name, leader in labels:
            if leader is not None:
                painter.drawLine(*leader)
            painter.fillRect(box, QColor(255, 255, 255, 200))
            painter.drawText(box, wrap, name)

    return draw


# The widest a label is wrapped to, in pixels of the 900 px drawing.
LABEL_WIDTH = 180
# Room between a label and its neighbours or its circle.
LABEL_GAP = 4


def _label_size(metrics, text, flags, width):
    """The size of ``text`` wrapped to at most ``width`` pixels, with the ground's margin."""
    return QRectF(metrics.boundingRect(0, 0, int(width), 10000, flags, text)).adjusted(
        -LABEL_GAP, -LABEL_GAP / 2, LABEL_GAP, LABEL_GAP / 2).size()


def place_label(point, radius, centre, inside_size, size, taken, bounds):
    """Where the label of the circle at ``point`` goes: centred inside it where it fits
    there (wrapped to ``inside_size``) and is free, else outside (``size``), away from the
    diagram's centre first, the nearest place not over any rectangle of ``taken`` and within
    ``bounds``; returns the label's rectangle and its leader line (None inside)."""
    width, height = inside_size.width(), inside_size.height()
    inside = QRectF(point.x() - width / 2, point.y() - height / 2, width, height)
    if math.hypot(width / 2, height / 2) <= radius and _free(inside, taken, bounds):
        return inside, None
    outward = math.atan2(point.y() - centre.y(), point.x() - centre.x()) if point != centre else -math.pi / 2
    step = max(size.height(), 10)
    fallback = None
    for ring in range(int(max(bounds.width(), bounds.height()) / step) + 1):
        distance = radius + LABEL_GAP + ring * step
        for turn in range(0, 181, 15):
            for angle in {outward + math.radians(turn), outward - math.radians(turn)}:
                dx, dy = math.cos(angle), math.sin(angle)
                # The rectangle's centre so that its nearest side touches the point at ``distance``.
                reach = abs(dx) * size.width() / 2 + abs(dy) * size.height() / 2
                box = QRectF(point.x() + dx * (distance + reach) - size.width() / 2,
                             point.y() + dy * (distance + reach) - size.height() / 2, size.width(), size.height())
                if _free(box, taken, bounds):
                    edge = QPointF(point.x() + dx * radius, point.y() + dy * radius)
                    return box, (edge, _nearest(box, edge))
                fallback = fallback or box
    return fallback, None   # not reached on a drawing of this size


def _free(box, taken, bounds):
    return bounds.contains(box) and not any(box.intersects(other) for other in taken)


def _nearest(box, point):
    """The point of ``box`` nearest to ``point`` (where the leader line meets the label)."""
    return QPointF(min(max(point.x(), box.left()), box.right()), min(max(point.y(), box.top()), box.bottom()))


def _circle(painter, centre, radius):
    painter.drawEllipse(centre, radius, radius)


def _box(centre, half):
    return QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half)


def calendar_painter(rows, language):
    matrix = calendar_matrix(rows)

    def draw(painter, size):
        label_width = size.width() * 0.22
        header = 40
        cell_width = (size.width() - label_width) / 12
        cell_height = (size.height() - header) / max(len(matrix), 1)
        font = QFont("Sans Serif")
        font.setPixelSize(16)
        painter.setFont(font)
        painter.setPen(QPen(QColor("#000000"), 1))
        for month, name in enumerate(MONTHS.get(language, MONTHS["id"])):
            painter.drawText(QRectF(label_width + month * cell_width, 0, cell_width, header),
                             text_flags(Qt.AlignmentFlag.AlignCenter), name)
        for row, (item, months) in enumerate(matrix.items()):
            top = header + row * cell_height
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawText(QRectF(4, top, label_width - 8, cell_height),
                             text_flags(Qt.AlignmentFlag.AlignVCenter, Qt.TextFlag.TextWordWrap),
                             schema.CALENDAR_ITEM.label(item, language))
            for month, intensity in enumerate(months):
                left = label_width + month * cell_width
                shade = 255 - 55 * intensity
                painter.setBrush(QColor(shade, shade, shade))
                painter.drawRect(QRectF(left, top, cell_width, cell_height))
                # As many dots as the intensity: readable in black and white.
                painter.setBrush(QColor("#000000"))
                for dot in range(intensity):
                    x = left + cell_width * (dot + 1) / (intensity + 1)
                    painter.drawEllipse(QPointF(x, top + cell_height / 2), 5, 5)

    return draw


def render_venn(path, institutions, language):
    return render(path, venn_painter(institutions, language), VENN_SIZE)


def render_calendar(path, rows, language):
    return render(path, calendar_painter(rows, language), CALENDAR_SIZE)
