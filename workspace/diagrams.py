"""Drawing the Venn diagram of institutions and the seasonal calendar, with
Qt's own painter (SVG or PNG): nothing beyond what QGIS ships.

Shapes are drawn in pixel coordinates computed here (no painter transforms),
so a drawing can be checked against ``core.process`` by reading the SVG back.
Black-and-white friendly: the calendar shows intensity as dots as well as
shading; the Venn diagram tells institutions apart by label, not colour.
"""

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
        painter.drawText(_box(centre, COMMUNITY_RADIUS * scale * 0.9),
                         text_flags(Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignTop), COMMUNITY.text(language))
        painter.drawText(QRectF(10, size.height() - 40, size.width() - 20, 36),
                         text_flags(Qt.AlignmentFlag.AlignCenter, Qt.TextFlag.TextWordWrap), VENN_KEY.text(language))
        painter.setBrush(QColor(120, 170, 220, 110))
        points = [QPointF(centre.x() + c.x * scale, centre.y() - c.y * scale) for c in circles]
        for circle, point in zip(circles, points):
            _circle(painter, point, circle.radius * scale)
        # Labels after every circle, on a white ground: none hidden under another circle.
        metrics = painter.fontMetrics()
        for circle, point in zip(circles, points):
            box = _box(point, max(circle.radius, 0.6) * scale)
            flags = text_flags(Qt.AlignmentFlag.AlignCenter, Qt.TextFlag.TextWordWrap)
            ground = QRectF(metrics.boundingRect(box.toRect(), flags, circle.name)).adjusted(-2, -1, 2, 1)
            painter.fillRect(ground, QColor(255, 255, 255, 200))
            painter.drawText(box, flags, circle.name)

    return draw


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
