"""Import reports for people: one message per defect and a readable summary.

Shared by the boundary and survey imports, in the language the user chose.
"""

import html
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from qgis.core import QgsGeometry

from ..core import schema
from ..i18n import tr


@dataclass
class Defect:
    """Something wrong with one input feature or row, and what the import did about it."""

    fid: Optional[int]
    kelurahan: str
    code: str
    kind: str
    action: str
    detail: str = ""
    area_m2: Optional[float] = None
    geometry: Optional[QgsGeometry] = None


def defect_message(defect, what, language):
    """"RW 003 (PONDOK PINANG), feature 12: Invalid geometry (…) — repaired and imported."""
    where = "{} {}".format(what, defect.code).strip() if defect.code else what
    if defect.kelurahan:
        where = "{} ({})".format(where, defect.kelurahan)
    if defect.fid is not None:
        where = tr("{where}, feature {fid}", language).format(where=where, fid=defect.fid)
    text = "{}: {}".format(where, schema.IMPORT_DEFECT.label(defect.kind, language))
    if defect.detail:
        text += " ({})".format(defect.detail)
    return "{} — {}.".format(text, schema.IMPORT_ACTION.label(defect.action, language).lower())


def summary_lines(counts, defects, language):
    """Plain-text summary: the balance of rows, then defects by kind and action."""
    lines = [tr("Input: {total}. Imported: {imported}. Rejected: {rejected}. Left out by the filter: {filtered}.",
                language).format(**counts)]
    by_kind = Counter((d.kind, d.action) for d in defects)
    for (kind, action), count in sorted(by_kind.items()):
        lines.append("  {}: {} × {}".format(schema.IMPORT_DEFECT.label(kind, language), count,
                                           schema.IMPORT_ACTION.label(action, language).lower()))
    return lines


def write_summary_html(path, title, counts, messages, defects, language, notes=()):
    """A self-contained HTML page a facilitator can open or print."""
    rows = "\n".join("<tr><td>{}</td><td>{}</td></tr>".format(
        html.escape(schema.IMPORT_DEFECT.label(d.kind, language)), html.escape(m)) for d, m in zip(defects, messages))
    lines = summary_lines(counts, defects, language)
    body = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;margin:2em}} td{{border-bottom:1px solid #ccc;padding:2px 8px}}</style></head>
<body><h1>{title}</h1>
<p>{balance}</p>
{notes}<ul>{kinds}</ul>
<table><tr><th>{kind_header}</th><th>{message_header}</th></tr>
{rows}
</table></body></html>
""".format(lang=language, title=html.escape(title), balance=html.escape(lines[0]),
           notes="".join("<p>{}</p>\n".format(html.escape(note)) for note in notes),
           kinds="".join("<li>{}</li>".format(html.escape(line.strip())) for line in lines[1:]),
           kind_header=html.escape(tr("Defect", language)), message_header=html.escape(tr("What and where", language)),
           rows=rows)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(body)
