"""The annex document (PDF) as a CSIAP reads: a cover, the contents, numbered
chapters with numbered figure and table captions, map pages in landscape and a
signature page, laid out by Qt's text engine and printed to PDF with page
numbers, in the contents too. Nothing beyond what QGIS ships.

A chapter is a list of blocks. Text runs are laid out on A4 portrait pages;
a map is a page of its own, A4 landscape, drawn full-page. A heading or a
caption is never left at the foot of a page: once laid out, each one whose
content starts on the next page is moved there (with the headings just above it).
"""

import datetime
import html

from qgis.PyQt.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from qgis.PyQt.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from ..i18n import tr

IMAGE_WIDTH = 620
IMAGE_HEIGHT = 760  # with its caption, an image fits the text height of an A4 page (972 px)
DPI = 96          # the printer's resolution: HTML pixel sizes (the images) keep their meaning
MARGIN_MM = 20
MAP_MARGIN_MM = 12
CONTENTS = "<!--contents-->"
STYLE = "td, th { font-size: 7pt; } p { font-size: 10pt; }"
H1 = '<h1 style="font-size: 16pt">{}</h1>'
H2 = '<h2 style="font-size: 12pt">{}</h2>'
H3 = '<h3 style="font-size: 10pt">{}</h3>'


def _escape(text):
    return html.escape(str(text))


def table_html(header, rows, total=False):
    """A bordered table, its header row repeated on every page it runs onto; with ``total``
    its last row (the sum) in bold."""
    cells = "".join("<th>{}</th>".format(_escape(h)) for h in header)
    body = "".join("<tr>{}</tr>".format("".join(
        ("<td><b>{}</b></td>" if total and index == len(rows) - 1 else "<td>{}</td>").format(_escape(c))
        for c in row)) for index, row in enumerate(rows))
    return ('<table border="1" cellspacing="0" cellpadding="2" width="100%"><thead><tr>{}</tr></thead>{}'
            '</table>'.format(cells, body))


class Chapter:
    """One numbered chapter: its blocks in order, its figures and tables numbered as added."""

    def __init__(self, number, title, language):
        self.number = number
        self.title = title
        self.language = language
        self.blocks = []        # ("html", text) or ("map", image path, caption)
        self.figures = 0
        self.tables = 0
        self.sections = 0
        self.captions = []      # ("figure" or "table", caption), for the lists in the contents

    @property
    def heading(self):
        return "{}. {}".format(self.number, self.title)

    def _caption(self, kind, caption):
        if kind == "figure":
            self.figures += 1
            number = self.figures
            word = tr("Figure", self.language)
        else:
            self.tables += 1
            number = self.tables
            word = tr("Table", self.language)
        text = "{} {}.{} {}".format(word, self.number, number, caption)
        self.captions.append((kind, text))
        return text

    def section(self, title):
        self.sections += 1
        self.blocks.append(("html", H2.format("{}.{} {}".format(self.number, self.sections, _escape(title)))))

    def paragraph(self, text):
        self.blocks.append(("html", "<p>{}</p>".format(_escape(text))))

    def items(self, lines):
        self.blocks.append(("html", "<ul>{}</ul>".format("".join("<li>{}</li>".format(_escape(line))
                                                                  for line in lines))))

    def table(self, caption, header, rows, note=None, total=False):
        """A numbered table, its caption above it; ``note`` (a source, a hint) below; with
        ``total`` its last row is the sum, in bold."""
        text = H3.format(_escape(self._caption("table", caption))) + table_html(header, rows, total)
        if note:
            text += '<p style="font-size: 8pt"><i>{}</i></p>'.format(_escape(note))
        self.blocks.append(("html", text))

    def figure(self, path, caption):
        """A numbered figure in the text (a diagram, a calendar, the SFD), its caption above it."""
        self.blocks.append(("figure", path, self._caption("figure", caption)))

    def add_figures(self, figures):
        """Every ``(image path, caption)`` of ``figures`` as a numbered figure, in order."""
        for path, caption in figures:
            self.figure(path, caption)

    def map(self, path, caption):
        """A numbered map on a landscape page of its own, drawn as large as the page holds."""
        self.blocks.append(("map", path, self._caption("figure", caption)))


class AnnexDocument:
    """The cover, the chapters and a signature page; ``write`` prints them."""

    def __init__(self, language, title, cover_lines, footer):
        self.language = language
        self.title = title
        self.cover_lines = cover_lines      # [(text, bold)]
        self.footer = footer
        self.chapters = []
        self.signatures = None

    def chapter(self, title):
        chapter = Chapter(len(self.chapters) + 1, title, self.language)
        self.chapters.append(chapter)
        return chapter

    def signature_page(self, title, place_line, signers):
        """``signers``: ``[(role, name or None)]``; a blank line to sign over where no name is given."""
        self.signatures = (title, place_line, signers)

    # --- layout -----------------------------------------------------------------------

    def _runs(self):
        """The document as runs: ``("text", html, images)`` laid out on portrait pages, or
        ``("map", path, caption)``, a landscape page."""
        cover = ['<h1 style="font-size: 22pt">{}</h1>'.format(_escape(self.title))]
        cover += ["<p>{}</p>".format("<b>{}</b>".format(_escape(t)) if bold else _escape(t))
                  for t, bold in self.cover_lines]
        runs = [["text", "".join(cover) + CONTENTS, []]]
        for chapter in self.chapters:
            runs.append(["text", H1.format(_escape(chapter.heading)), []])
            for block in chapter.blocks:
                if block[0] == "map":
                    runs.append(["map", block[1], block[2]])
                    continue
                if runs[-1][0] != "text":
                    runs.append(["text", "", []])
                if block[0] == "html":
                    runs[-1][1] += block[1]
                else:
                    # In a paragraph of its own: an image after a heading would join the heading's block.
                    runs[-1][1] += H3.format(_escape(block[2])) + "<p><!--image:{}--></p>".format(len(runs[-1][2]))
                    runs[-1][2].append(block[1])
        if self.signatures is not None:
            title, place_line, signers = self.signatures
            cells = "".join(
                '<td align="center" width="33%"><p>{}</p><p><br><br><br><br></p><p>{}</p></td>'.format(
                    _escape(role), _escape("( {} )".format(name) if name else "( ........................ )"))
                for role, name in signers)
            runs.append(["text", H2.format(_escape(title)) + '<p>{}</p><table width="100%" cellpadding="6"><tr>{}'
                         '</tr></table>'.format(_escape(place_line), cells), []])
        return runs

    def write(self, path):
        # QPdfWriter, not QPrinter: it works off the main thread too (the export runs as a background task).
        printer = QPdfWriter(path)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageMargins(QMarginsF(0, 0, 0, 0))
        printer.setResolution(DPI)
        printer.setTitle(self.title)
        portrait = QSizeF(printer.width(), printer.height())
        runs = self._runs()
        headings = [chapter.heading for chapter in self.chapters]
        captions = [caption for chapter in self.chapters for _kind, caption in chapter.captions]
        entries = [(heading, 1) for heading in headings] + [(caption, 3) for caption in captions]
        # Laid out twice: the contents give the page of each chapter, figure and table, known once
        # laid out. Their lines are as many either way, so the second layout pages as the first.
        pages = {}
        for _round in range(2):
            laid_out = []
            first_page = 1
            found = {}
            contents = _contents(self.language, self.chapters, pages)
            for kind, *rest in runs:
                if kind == "map":
                    laid_out.append(("map", rest[0], rest[1], first_page))
                    found.setdefault(rest[1], first_page)
                    first_page += 1
                    continue
                document = _text_document(rest[0].replace(CONTENTS, contents), rest[1], portrait, printer)
                for text, level in entries:
                    page = 0 if text in found else _page_of(document, text, level)
                    if page:
                        found[text] = first_page + page - 1
                laid_out.append(("text", document, None, first_page))
                first_page += document.pageCount()
            pages = found
        _print(laid_out, printer, self.footer, first_page - 1)
        return path


def _text_document(body, images, size, printer):
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    for index, file in enumerate(images):
        body = body.replace("<!--image:{}-->".format(index), _image(document, file))
    document.setHtml(body)
    _plain_heading_sizes(document)
    _paginate(document, printer, size)
    _keep_with_next(document)
    return document


def _plain_heading_sizes(document):
    """Headings at the sizes their HTML gives: Qt's HTML import scales them up again
    (h1 to h3 by a font-size adjustment) on top of any size a style gives. A heading
    is one run of text in one format: its first character's format, unscaled, is all of it's."""
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.length() > 1:
            cursor = QTextCursor(block)
            cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
            text_format = cursor.charFormat()
            text_format.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(text_format)
        block = block.next()


def _image(document, file):
    """An ``<img>`` of the PNG at ``file``, with both its width and its height: given
    the width alone, Qt's text engine off the main thread (the export's background
    task) takes the height from a screen resolution it does not have, and stretches it."""
    image = QImage(file)
    name = "image:" + file
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    scale = min(IMAGE_WIDTH / max(image.width(), 1), IMAGE_HEIGHT / max(image.height(), 1))
    return '<img src="{}" width="{}" height="{}">'.format(_escape(name), round(image.width() * scale),
                                                           round(image.height() * scale))


def _contents(language, chapters, pages):
    """The chapters, then the list of figures and of tables, each with its page (blank until known)."""
    def rows(texts, size):
        # Inline sizes: the document's 7 pt for table cells is for the data tables.
        return '<table width="100%" cellpadding="2">{}</table>'.format("".join(
            '<tr><td width="92%" style="font-size: {size}pt">{}</td><td align="right" style="font-size: {size}pt">'
            '{}</td></tr>'.format(_escape(text), pages.get(text, ""), size=size) for text in texts))

    parts = [H2.format(_escape(tr("Contents", language))) + rows([c.heading for c in chapters], 11)]
    for kind, title in (("figure", tr("List of figures", language)), ("table", tr("List of tables", language))):
        texts = [caption for chapter in chapters for k, caption in chapter.captions if k == kind]
        if texts:
            parts.append(H2.format(_escape(title)) + rows(texts, 8))
    return "".join(parts)


def _paginate(document, printer, size):
    """A4 pages at the printer's resolution, with margins, as QTextDocument.print lays them out."""
    document.documentLayout().setPaintDevice(printer)
    document.setPageSize(size)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(MARGIN_MM / 25.4 * DPI)
    document.rootFrame().setFrameFormat(frame)


def _is_heading(block):
    return block.blockFormat().headingLevel() > 0 and block.text().strip() != ""


def _first_line_bottom(document, block):
    rect = document.documentLayout().blockBoundingRect(block)
    line = block.layout().lineAt(0)
    if not line.isValid():
        return rect.bottom()
    return rect.top() + line.y() + line.height()


def _keep_with_next(document):
    """Move every heading (chapter, section, caption) whose content starts on a later page
    to that page, with the headings right above it: a heading never ends a page."""
    height = document.pageSize().height()
    fixed = set()
    for _attempt in range(500):
        block = document.begin()
        moved = False
        while block.isValid() and not moved:
            if _is_heading(block):
                content = block.next()
                while content.isValid() and (content.text().strip() == "" or _is_heading(content)):
                    content = content.next()
                top = document.documentLayout().blockBoundingRect(block).top()
                if content.isValid() and int(top // height) != int((_first_line_bottom(document, content) - 1)
                                                                    // height):
                    start = block
                    while start.previous().isValid() and _is_heading(start.previous()):
                        start = start.previous()
                    if start.blockNumber() not in fixed and start.blockNumber() != 0:
                        fixed.add(start.blockNumber())
                        page_break = QTextBlockFormat()
                        page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                        QTextCursor(start).mergeBlockFormat(page_break)
                        _relayout(document)
                        moved = True
            block = block.next()
        if not moved:
            return


def _relayout(document):
    """Lay the whole document out again: after a block's format changes (a page break),
    Qt lays out lazily and reports the blocks after it as empty, at one place, so a page
    of figures would be counted as holding them all (and the pages they needed not printed)."""
    document.markContentsDirty(0, document.characterCount())
    document.size()


def _page_of(document, text, level=1):
    """The page (from 1) of the heading of ``level`` reading ``text`` (not its line in the
    contents), or 0."""
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == level and block.text() == text:
            top = document.documentLayout().blockBoundingRect(block).top()
            return int(top // document.pageSize().height()) + 1
        block = block.next()
    return 0


def _set_page(printer, painter, orientation, first):
    """The next page in ``orientation``; the painter drawing on all of it."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
    if not first:
        printer.newPage()
    # The painter keeps the first page's window: give it the new page's.
    painter.setViewport(0, 0, printer.width(), printer.height())
    painter.setWindow(0, 0, printer.width(), printer.height())


def _footer(painter, width, height, margin, footer, number, count):
    painter.setFont(QFont("Sans Serif", 8))
    foot = QRectF(margin, height - margin * 0.8, width - 2 * margin, margin * 0.5)
    # QTextOption, not int flags: Qt 6's enums are no ints.
    painter.drawText(foot, footer, QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
    painter.drawText(foot, "{} / {}".format(number, count),
                     QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))


def _print(laid_out, printer, footer, count):
    """Every page, with ``footer`` and "page / pages" at its foot."""
    painter = QPainter(printer)
    first = True
    try:
        for kind, content, caption, first_page in laid_out:
            if kind == "map":
                _set_page(printer, painter, QPageLayout.Orientation.Landscape, first)
                first = False
                _map_page(painter, printer.width(), printer.height(), content, caption)
                _footer(painter, printer.width(), printer.height(), MAP_MARGIN_MM / 25.4 * DPI, footer,
                        first_page, count)
                continue
            size = content.pageSize()
            for index in range(content.pageCount()):
                _set_page(printer, painter, QPageLayout.Orientation.Portrait, first)
                first = False
                view = QRectF(0, index * size.height(), size.width(), size.height())
                painter.save()
                painter.translate(0, -view.top())
                content.drawContents(painter, view)
                painter.restore()
                _footer(painter, size.width(), size.height(), MARGIN_MM / 25.4 * DPI, footer,
                        first_page + index, count)
    finally:
        painter.end()


def _map_page(painter, width, height, path, caption):
    """The map image as large as the landscape page holds below its caption, its shape kept."""
    margin = MAP_MARGIN_MM / 25.4 * DPI
    font = QFont("Sans Serif", 12)
    font.setBold(True)
    painter.setFont(font)
    title = QRectF(margin, margin * 0.6, width - 2 * margin, 24)
    painter.drawText(title, caption, QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
    image = QImage(path)
    room = QRectF(margin, title.bottom() + 6, width - 2 * margin, height - title.bottom() - 6 - margin)
    scale = min(room.width() / max(image.width(), 1), room.height() / max(image.height(), 1))
    target = QRectF(room.left(), room.top(), image.width() * scale, image.height() * scale)
    painter.drawImage(target, image)


def today():
    return datetime.date.today().isoformat()
