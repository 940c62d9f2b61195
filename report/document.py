"""The annex document (PDF): cover, contents, the maps, the tables, the
process figures and the sources, laid out by Qt's text engine and printed to
PDF with page numbers, in the contents too. Nothing beyond what QGIS ships."""

import csv
import datetime
import html
import os

from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from qgis.PyQt.QtGui import QFont, QImage, QPageSize, QPainter, QPdfWriter, QTextDocument, QTextOption

from ..core.annex import provenance_lines
from ..i18n import tr

IMAGE_WIDTH = 620
IMAGE_HEIGHT = 820  # with its heading, an image fits the text height of an A4 page (972 px)
DPI = 96          # the printer's resolution: HTML pixel sizes (the images) keep their meaning
MARGIN_MM = 20
CONTENTS = "<!--contents-->"


def _table(header, rows, limit=None):
    shown = rows if limit is None else rows[:limit]
    cells = "".join("<th>{}</th>".format(html.escape(str(h))) for h in header)
    body = "".join("<tr>{}</tr>".format("".join("<td>{}</td>".format(html.escape(str(c))) for c in row))
                   for row in shown)
    more = "" if limit is None or len(rows) <= limit else "<p><i>… {}</i></p>".format(len(rows) - limit)
    return '<table border="1" cellspacing="0" cellpadding="2"><tr>{}</tr>{}</table>{}'.format(cells, body, more)


def _csv(path):
    with open(path, encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def write_document(path, annex, files, tables, language):
    document = QTextDocument()
    document.setDefaultStyleSheet("h1 { font-size: 20pt; } h2 { font-size: 14pt; } td, th { font-size: 7pt; }")
    chapters = [tr("Maps", language), tr("Tables", language), tr("Participatory process", language),
                tr("Sources and rules", language)]
    parts = ['<h1>{}</h1><h2>{} {}</h2><p>{}</p><p>{}</p>'.format(
        html.escape(tr("CSIAP annex", language)), html.escape(tr("Kelurahan", language)),
        html.escape(annex.kelurahan.get("name") or ""), html.escape(annex.place()),
        html.escape(datetime.date.today().isoformat()))]
    if annex.synthetic:
        parts.append("<p><b>{}</b></p>".format(html.escape(tr(
            "Sample: RT, households and problems are SYNTHETIC, not real data.", language))))
    headings = ["{}. {}".format(number, chapter) for number, chapter in enumerate(chapters, 1)]
    parts.append(CONTENTS)
    parts.append('<h1 style="page-break-before: always">{}</h1>'.format(html.escape(headings[0])))
    for kind, file, title in files:
        if kind == "map" and file.endswith(".png"):
            parts.append('<h2>{}</h2><p>{}</p>'.format(html.escape(title), _image(document, file)))

    parts.append('<h1 style="page-break-before: always">{}</h1>'.format(html.escape(headings[1])))
    for _key, (title, (header, rows)) in tables.items():
        if header:
            parts.append("<h2>{}</h2>{}".format(html.escape(title), _table(header, rows)))

    parts.append('<h1 style="page-break-before: always">{}</h1>'.format(html.escape(headings[2])))
    for kind, file, _title in files:
        if kind == "process" and file.endswith(".png"):
            # In a paragraph of its own: an image after a heading would join the heading's block.
            parts.append('<p>{}</p>'.format(_image(document, file)))
        elif kind == "process" and file.endswith(".csv"):
            header, rows = _csv(file)
            parts.append("<h2>{}</h2>{}".format(html.escape(os.path.basename(file)), _table(header, rows)))

    parts.append('<h1 style="page-break-before: always">{}</h1><ul>{}</ul>'.format(
        html.escape(headings[3]), "".join("<li>{}</li>".format(html.escape(line)) for line in provenance_lines())))
    body = "".join(parts)

    # QPdfWriter, not QPrinter: it works off the main thread too (the export runs as a background task).
    printer = QPdfWriter(path)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0))
    printer.setResolution(DPI)
    printer.setTitle(tr("CSIAP annex", language))
    # Laid out twice: the contents give the page of each chapter, known once laid out.
    # Their lines are as many either way, so the second layout pages as the first.
    pages = ["" for _heading in headings]
    for _round in range(2):
        document.setHtml(body.replace(CONTENTS, _contents(tr("Contents", language), headings, pages)))
        _paginate(document, printer)
        pages = [str(_page_of(document, heading)) for heading in headings]
    footer = "{} — {} {}".format(tr("CSIAP annex", language), tr("Kelurahan", language),
                                 annex.kelurahan.get("name") or "")
    _print(document, printer, footer)
    return path


def _image(document, file):
    """An ``<img>`` of the PNG at ``file``, with both its width and its height: given
    the width alone, Qt's text engine off the main thread (the export's background
    task) takes the height from a screen resolution it does not have, and stretches it."""
    image = QImage(file)
    name = os.path.basename(file)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    scale = min(IMAGE_WIDTH / max(image.width(), 1), IMAGE_HEIGHT / max(image.height(), 1))
    return '<img src="{}" width="{}" height="{}">'.format(name, round(image.width() * scale),
                                                           round(image.height() * scale))


def _contents(title, headings, pages):
    # Inline sizes: the document's 7 pt for table cells is for the data tables.
    rows = "".join('<tr><td width="90%" style="font-size: 11pt">{}</td>'
                   '<td align="right" style="font-size: 11pt">{}</td></tr>'.format(html.escape(h), p)
                   for h, p in zip(headings, pages))
    return '<h2>{}</h2><table width="100%" cellpadding="3">{}</table>'.format(html.escape(title), rows)


def _paginate(document, printer):
    """A4 pages at the printer's resolution, with margins, as QTextDocument.print lays them out."""
    document.documentLayout().setPaintDevice(printer)
    document.setPageSize(QSizeF(printer.width(), printer.height()))
    frame = document.rootFrame().frameFormat()
    frame.setMargin(MARGIN_MM / 25.4 * DPI)
    document.rootFrame().setFrameFormat(frame)


def _page_of(document, text):
    """The page (from 1) of the chapter heading reading ``text`` (not its line in the contents)."""
    block = document.begin()
    while block.isValid():
        if block.text() == text and block.blockFormat().headingLevel() == 1:
            top = document.documentLayout().blockBoundingRect(block).top()
            return int(top // document.pageSize().height()) + 1
        block = block.next()
    return 0


def _print(document, printer, footer):
    """Every page, with ``footer`` and "page / pages" at its foot."""
    size = document.pageSize()
    count = document.pageCount()
    margin = MARGIN_MM / 25.4 * DPI
    painter = QPainter(printer)
    try:
        for index in range(count):
            if index:
                printer.newPage()
            view = QRectF(0, index * size.height(), size.width(), size.height())
            painter.save()
            painter.translate(0, -view.top())
            document.drawContents(painter, view)
            painter.restore()
            painter.setFont(QFont(document.defaultFont().family(), 8))
            foot = QRectF(margin, size.height() - margin * 0.8, size.width() - 2 * margin, margin * 0.5)
            # QTextOption, not int flags: Qt 6's enums are no ints.
            painter.drawText(foot, footer, QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
            painter.drawText(foot, "{} / {}".format(index + 1, count),
                             QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
    finally:
        painter.end()
