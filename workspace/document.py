"""The annex document (PDF): cover, contents, the maps, the tables, the
process figures and the sources, laid out by Qt's text engine and printed to
PDF with page numbers. Nothing beyond what QGIS ships."""

import csv
import datetime
import html
import os

from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QImage, QPageSize, QPdfWriter, QTextDocument

from ..core.annex import provenance_lines
from ..i18n import tr

IMAGE_WIDTH = 620


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
    parts.append("<h2>{}</h2><ol>{}</ol>".format(html.escape(tr("Contents", language)), "".join(
        "<li>{}</li>".format(html.escape(c)) for c in chapters)))

    parts.append('<h1 style="page-break-before: always">1. {}</h1>'.format(html.escape(chapters[0])))
    for kind, file, title in files:
        if kind == "map" and file.endswith(".png"):
            name = os.path.basename(file)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage(file))
            parts.append('<h2>{}</h2><img src="{}" width="{}">'.format(html.escape(title), name, IMAGE_WIDTH))

    parts.append('<h1 style="page-break-before: always">2. {}</h1>'.format(html.escape(chapters[1])))
    for _key, (title, (header, rows)) in tables.items():
        if header:
            parts.append("<h2>{}</h2>{}".format(html.escape(title), _table(header, rows)))

    parts.append('<h1 style="page-break-before: always">3. {}</h1>'.format(html.escape(chapters[2])))
    for kind, file, _title in files:
        if kind == "process" and file.endswith(".png"):
            name = os.path.basename(file)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage(file))
            parts.append('<img src="{}" width="{}"><br>'.format(name, IMAGE_WIDTH))
        elif kind == "process" and file.endswith(".csv"):
            header, rows = _csv(file)
            parts.append("<h2>{}</h2>{}".format(html.escape(os.path.basename(file)), _table(header, rows)))

    parts.append('<h1 style="page-break-before: always">4. {}</h1><ul>{}</ul>'.format(
        html.escape(chapters[3]), "".join("<li>{}</li>".format(html.escape(line)) for line in provenance_lines())))
    document.setHtml("".join(parts))

    # QPdfWriter, not QPrinter: it works off the main thread too (the export runs as a background task).
    printer = QPdfWriter(path)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setResolution(96)
    printer.setTitle(tr("CSIAP annex", language))
    # Left unpaginated, QTextDocument.print lays the pages out with margins and
    # numbers them at the foot (print_ with Qt 5 bindings, print with Qt 6).
    printing = getattr(document, "print_", None) or document.print
    printing(printer)
    return path
