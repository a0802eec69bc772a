"""Dates and times as officers read them, in the UI's language (QLocale's default, set by
i18n.install_translator) and the office's time zone. The formats live in
``core/datefmt.py`` (shared with the printed receipt): ``2 Des 2026 03.41 WIT`` /
``2 Dec 2026 03:41 WIT``; dates ``2 Des 2026``."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale

from lapor_desktop.core import datefmt
from lapor_desktop.core.clock import parse_iso


def ui_lang() -> str:
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"


def local_dt(iso: str | None, tz: ZoneInfo) -> datetime | None:
    if not iso:
        return None
    try:
        return parse_iso(iso).astimezone(tz)
    except (ValueError, TypeError):
        return None


def fmt_date(d: date | None) -> str:
    return datefmt.format_date(d, ui_lang())


def fmt_datetime(iso: str | datetime | None, tz: ZoneInfo) -> str:
    """``2 Des 2026 03.41 WIT``: an ISO timestamp (or an aware datetime) in the office's zone."""
    dt = iso if isinstance(iso, datetime) else local_dt(iso, tz)
    if dt is None:
        return ""
    return datefmt.format_datetime(dt, ui_lang(), tz)


def fmt_time(iso: str | datetime | None, tz: ZoneInfo) -> str:
    """``03.41 WIT``."""
    dt = iso if isinstance(iso, datetime) else local_dt(iso, tz)
    return datefmt.format_time(dt, ui_lang(), tz) if dt is not None else ""


def fmt_date_iso(value: str | None) -> str:
    if not value:
        return ""
    try:
        return fmt_date(date.fromisoformat(value[:10]))
    except ValueError:
        return value


def fmt_short(iso: str | None, tz: ZoneInfo, *, time: bool = False) -> str:
    """``07-07-2026`` (``07-07-2026 14:59`` with the time): compact, for one-line lists; ``""``
    when the timestamp cannot be read."""
    dt = local_dt(iso, tz)
    return dt.strftime("%d-%m-%Y %H:%M" if time else "%d-%m-%Y") if dt is not None else ""
