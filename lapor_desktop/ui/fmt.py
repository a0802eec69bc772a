"""Dates and times as officers read them: the office's zone, the UI language's format
(QLocale("id_ID") when the language is Indonesian: "12 Jan 2026 08:03")."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

from lapor_desktop.core.clock import parse_iso


def _locale() -> QLocale:
    return QLocale()  # the default set by i18n.install_translator (id_ID or en_US)


def local_dt(iso: str | None, tz: ZoneInfo) -> datetime | None:
    if not iso:
        return None
    try:
        return parse_iso(iso).astimezone(tz)
    except (ValueError, TypeError):
        return None


def fmt_date(d: date | None) -> str:
    if d is None:
        return ""
    return _locale().toString(QDate(d.year, d.month, d.day), "d MMM yyyy")


def fmt_datetime(iso: str | None, tz: ZoneInfo) -> str:
    dt = local_dt(iso, tz)
    if dt is None:
        return ""
    loc = _locale()
    return (loc.toString(QDate(dt.year, dt.month, dt.day), "d MMM yyyy") + " "
            + loc.toString(QTime(dt.hour, dt.minute), "HH.mm" if loc.language() == QLocale.Language.Indonesian
                           else "HH:mm"))


def fmt_date_iso(value: str | None) -> str:
    if not value:
        return ""
    try:
        return fmt_date(date.fromisoformat(value[:10]))
    except ValueError:
        return value
