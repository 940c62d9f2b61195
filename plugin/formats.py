"""Dates and numbers as the docks show them, in the language of the UI (1 Des 2026,
30 %), and typed dates read back in the forms people type them."""

import datetime
import re

from ..core.process import meeting_title

MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def show_date(iso, language):
    """``"2026-12-01"`` → ``"1 Des 2026"``; "" for no date; an unreadable value as it is."""
    if not iso:
        return ""
    try:
        day = datetime.date.fromisoformat(str(iso)[:10])
    except ValueError:
        return str(iso)
    return "{} {} {}".format(day.day, MONTHS[language][day.month - 1], day.year)


def read_date(text):
    """A typed date as ISO ``yyyy-mm-dd``: ``2026-12-01``, ``1/12/2026``, ``01-12-2026``,
    ``1.12.2026`` (day first, as in Indonesia) or ``1 Des 2026`` / ``1 Dec 2026``;
    "" for an empty text; None where it is no date (31/02, 13/13, "besok")."""
    text = text.strip()
    if not text:
        return ""
    parts = None
    found = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if found:
        parts = int(found.group(1)), int(found.group(2)), int(found.group(3))
    found = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
    if found:
        parts = int(found.group(3)), int(found.group(2)), int(found.group(1))
    found = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{4})", text)
    if found:
        month = found.group(2).capitalize()
        number = next((names.index(month) + 1 for names in MONTHS.values() if month in names), None)
        parts = (int(found.group(3)), number, int(found.group(1))) if number else None
    if parts is None:
        return None
    try:
        return datetime.date(*parts).isoformat()
    except ValueError:
        return None


def show_percent(value, language):
    """``30.0`` → ``"30 %"``; one decimal where it matters, with a decimal comma in Indonesian."""
    if value is None:
        return ""
    text = "{:.0f}".format(value) if abs(value - round(value)) < 0.05 else "{:.1f}".format(value)
    return (text.replace(".", ",") if language == "id" else text) + " %"


def meeting_text(meeting, language):
    """How the docks name a meeting: its date (1 Des 2026) and its title (or kind)."""
    parts = (show_date(meeting.get("meeting_date"), language), meeting_title(meeting, language))
    return " ".join(part for part in parts if part)
