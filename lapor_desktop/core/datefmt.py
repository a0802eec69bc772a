"""One way to write dates and times, for every screen and every printed page (no Qt here, so the
receipt in ``reports`` uses it too; ``ui/fmt.py`` picks the language from the UI's QLocale).

* date:      ``2 Des 2026``            / ``2 Dec 2026``
* date-time: ``2 Des 2026 03.41 WIT``  / ``2 Dec 2026 03:41 WIT``  (the office's zone, always shown)
* time:      ``03.41 WIT``             / ``03:41 WIT``

The month abbreviations are QLocale's ("MMM" for id_ID and en_US; a test checks they agree).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

MONTHS_SHORT = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
TIME_SEP = {"id": ".", "en": ":"}
ZONE_ABBR = {"Asia/Jayapura": "WIT", "Asia/Makassar": "WITA", "Asia/Jakarta": "WIB", "Asia/Pontianak": "WIB"}


def _lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "id"


def zone_abbr(tz: ZoneInfo | str | None) -> str:
    """WIB / WITA / WIT for the office's zone; another zone by its name."""
    if tz is None:
        return ""
    key = tz if isinstance(tz, str) else getattr(tz, "key", str(tz))
    return ZONE_ABBR.get(key, key)


def format_date(d: date | None, lang: str = "id") -> str:
    if d is None:
        return ""
    return f"{d.day} {MONTHS_SHORT[_lang(lang)][d.month - 1]} {d.year}"


def format_time(dt: datetime | None, lang: str = "id", tz: ZoneInfo | str | None = None) -> str:
    """``dt`` in ``tz`` (when given; an aware ``dt`` is converted) with the zone's abbreviation."""
    if dt is None:
        return ""
    if tz is not None:
        zone = ZoneInfo(tz) if isinstance(tz, str) else tz
        if dt.tzinfo is not None:
            dt = dt.astimezone(zone)
    text = f"{dt.hour:02d}{TIME_SEP[_lang(lang)]}{dt.minute:02d}"
    abbr = zone_abbr(tz)
    return f"{text} {abbr}" if abbr else text


def format_datetime(dt: datetime | None, lang: str = "id", tz: ZoneInfo | str | None = None) -> str:
    if dt is None:
        return ""
    if tz is not None and dt.tzinfo is not None:
        dt = dt.astimezone(ZoneInfo(tz) if isinstance(tz, str) else tz)
    return f"{format_date(dt.date(), lang)} {format_time(dt, lang, tz)}"
