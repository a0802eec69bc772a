"""The official LAPOR! v4 admin export layout: its 20 columns, its date and time text, its national
status and privacy wording. Pure format code shared by the import and the export; no database.

The national admin pages write dates as ``18 Jan 2024`` (English month abbreviations) and times as
``01:33:26``, in Western Indonesian Time (the national system's clock): ``NATIONAL_TZ``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timezone
from typing import Any
from zoneinfo import ZoneInfo

from lapor_desktop.core.clock import iso_utc
from lapor_desktop.core.text import say
from lapor_desktop.domain.enums import CHANNELS, CLASSIFICATION_LABELS, STATUS_LABELS, Status

COLUMNS: tuple[str, ...] = (
    "Tracking ID", "Tanggal Laporan Masuk", "Waktu Laporan Masuk", "Klasifikasi Laporan", "ID Kategori",
    "Kategori", "Judul Laporan", "Isi Laporan Awal", "Isi Laporan Akhir", "Tipe Laporan (Anonim/Rahasia)",
    "Sumber Laporan", "Instansi Induk", "ID Instansi Terdisposisi", "Instansi Terdisposisi",
    "Status Laporan", "Alasan Tunda/Arsip", "Provinsi", "Kota/Kabupaten", "Kecamatan", "Kelurahan",
)
NATIONAL_TZ = ZoneInfo("Asia/Jakarta")
SHEET_TITLE = "Laporan"

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NUM = {m.lower(): i for i, m in enumerate(_MONTHS, start=1)}
# Indonesian abbreviations seen in hand-edited files
_MONTH_NUM.update({"mei": 5, "agu": 8, "agt": 8, "okt": 10, "des": 12})
_DATE_RE = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s*$")
_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*$")

# national status wording, by (status, closed/archived by)
_CLOSED_BY = {"system": "Sistem", "admin": "Admin", "reporter": "Pelapor"}


class RowError(ValueError):
    """One row of a file cannot be read: ``column`` names the cell; ``code`` is stable, its words
    the catalogue's ``key`` (``import_row.*`` in core/messages.py) filled with ``params``."""

    def __init__(self, column: str, code: str, key: str = "", **params: Any) -> None:
        self.column, self.code, self.key, self.params = column, code, key or f"import_row.{code}", params
        super().__init__(self.message_en)

    @property
    def message_id(self) -> str:
        return say(self.key, "id", **self.params)

    @property
    def message_en(self) -> str:
        return say(self.key, "en", **self.params)


# ---------------------------------------------------------------------------------------- dates
def format_date(d: date) -> str:
    return f"{d.day:02d} {_MONTHS[d.month - 1]} {d.year}"


def format_time(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"


def parse_date(value: Any, column: str = "Tanggal Laporan Masuk") -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    m = _DATE_RE.match(text)
    if m:
        month = _MONTH_NUM.get(m.group(2).lower())
        if month:
            try:
                return date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                pass
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise RowError(column, "bad_date", value=text) from None


def parse_time(value: Any, column: str = "Waktu Laporan Masuk") -> time:
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0)
    text = str(value or "").strip()
    if not text:
        return time(0, 0, 0)
    m = _TIME_RE.match(text)
    if m:
        try:
            return time(int(m.group(1)), int(m.group(2)), int(m.group(3) or 0))
        except ValueError:
            pass
    raise RowError(column, "bad_time", value=text)


def received_at_from(day: date, at: time) -> str:
    """The national date and time (WIB) as the desk's UTC timestamp."""
    return iso_utc(datetime.combine(day, at, tzinfo=NATIONAL_TZ).astimezone(timezone.utc))


def national_date_time(received_at: str) -> tuple[str, str]:
    """``received_at`` (ISO, UTC) as the national file writes it: ('18 Jan 2024', '01:33:26')."""
    when = datetime.fromisoformat(received_at.replace("Z", "+00:00"))
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    local = when.astimezone(NATIONAL_TZ)
    return format_date(local.date()), format_time(local.time())


# ---------------------------------------------------------------------------------------- wording
def privacy_text(anonymous: bool, confidential: bool) -> str | None:
    parts = [p for p, on in (("Anonim", anonymous), ("Rahasia", confidential)) if on]
    return "|".join(parts) or None


def status_text(status: str, closed_by: str | None) -> str:
    """The national wording of a desk status (who closed or archived is part of it)."""
    if status == Status.SELESAI:
        return f"Ditutup oleh {_CLOSED_BY.get(closed_by or 'admin', 'Admin')}"
    if status == Status.DIARSIPKAN:
        return f"Diarsipkan oleh {_CLOSED_BY.get(closed_by or 'admin', 'Admin')}"
    try:
        return STATUS_LABELS[Status(status)]
    except ValueError:
        return status


def classification_text(code: str | None) -> str | None:
    if not code:
        return None
    for k, label in CLASSIFICATION_LABELS.items():
        if k.value == code:
            return label
    return code  # a value the national file had that the program does not know: as it was


def channel_code(label: str) -> str:
    """An exact national label of a known channel becomes its code; anything else stays as it was."""
    for code, text in CHANNELS.items():
        if text == label:
            return code
    return label


def channel_text(value: str | None) -> str | None:
    if not value:
        return None
    return CHANNELS.get(value, value)


# ---------------------------------------------------------------------------------------- cells
def cell_text(value: Any) -> str | None:
    """A cell as text, or None when empty (numbers keep no '.0')."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    text = str(value)
    return text if text.strip() else None


def cell_int(value: Any, column: str) -> int | None:
    text = cell_text(value)
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise RowError(column, "not_number", value=text) from None


def header_problems(header: list[Any]) -> tuple[list[str], list[str]]:
    """(missing columns, unknown columns) of a file's first row."""
    names = [str(h).strip() for h in header if h is not None and str(h).strip()]
    missing = [c for c in COLUMNS if c not in names]
    extra = [n for n in names if n not in COLUMNS]
    return missing, extra


def row_dict(header: list[Any], values: tuple[Any, ...] | list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for i, h in enumerate(header):
        name = str(h).strip() if h is not None else ""
        if name in COLUMNS:
            out[name] = values[i] if i < len(values) else None
    return out


def import_data(row: Mapping[str, Any]) -> dict[str, Any]:
    """One national row as the data of a ``complaint.imported`` event; raises RowError.

    ``national_row`` keeps every cell exactly as read, so an unchanged complaint is written back
    cell for cell; the other keys are what the fold reads.
    """
    tracking = cell_text(row.get("Tracking ID"))
    if tracking is None:
        raise RowError("Tracking ID", "required", "import_row.tracking_required")
    tracking = tracking.strip()
    if not re.fullmatch(r"[0-9A-Za-z-]{1,16}", tracking):
        raise RowError("Tracking ID", "bad_tracking", value=tracking)
    day = parse_date(row.get("Tanggal Laporan Masuk"))
    at = parse_time(row.get("Waktu Laporan Masuk"))
    category_id = cell_int(row.get("ID Kategori"), "ID Kategori")
    agency_id = cell_int(row.get("ID Instansi Terdisposisi"), "ID Instansi Terdisposisi")
    title = cell_text(row.get("Judul Laporan")) or ""
    if not title.strip():
        raise RowError("Judul Laporan", "required", "import_row.title_required")
    national_row: dict[str, Any] = {}
    for c in COLUMNS:
        v = row.get(c)
        if c == "Tanggal Laporan Masuk":
            v = v if isinstance(v, str) else format_date(day)
        elif c == "Waktu Laporan Masuk":
            v = v if isinstance(v, str) else format_time(at)
        elif isinstance(v, float) and v.is_integer():
            v = int(v)
        elif isinstance(v, (datetime, date, time)):
            v = cell_text(v)
        elif isinstance(v, str) and not v.strip():
            v = None
        national_row[c] = v
    body = cell_text(row.get("Isi Laporan Awal")) or ""
    return {
        "tracking_id": tracking,
        "received_at": received_at_from(day, at),
        "classification": (cell_text(row.get("Klasifikasi Laporan")) or "").strip(),
        "category_id": category_id,
        "category_name": cell_text(row.get("Kategori")),
        "title": title,
        "body": body,
        "body_final": cell_text(row.get("Isi Laporan Akhir")) or body,
        "privacy": cell_text(row.get("Tipe Laporan (Anonim/Rahasia)")) or "",
        "channel": channel_code((cell_text(row.get("Sumber Laporan")) or "").strip()),
        "parent_agency": cell_text(row.get("Instansi Induk")),
        "agency_id": agency_id,
        "agency_name": cell_text(row.get("Instansi Terdisposisi")),
        "status": (cell_text(row.get("Status Laporan")) or "").strip(),
        "reason": cell_text(row.get("Alasan Tunda/Arsip")),
        "location": {k: cell_text(row.get(c)) for k, c in (("province", "Provinsi"), ("city", "Kota/Kabupaten"),
                                                           ("district", "Kecamatan"), ("village", "Kelurahan"))
                     if cell_text(row.get(c)) is not None},
        "national_row": national_row,
    }


def export_row(c: Mapping[str, Any], *, category_names: Mapping[int, str], parent_agency: str,
               national_row: Mapping[str, Any] | None = None) -> list[Any]:
    """One complaint (projection columns) as the 20 national cells.

    ``national_row``: the cells of the import this complaint came from, when nothing changed on
    the desk since; then they are written back as they were read.
    """
    if national_row is not None:
        return [national_row.get(col) for col in COLUMNS]
    day, at = national_date_time(c["received_at"])
    cat = c.get("category_id")
    return [
        c.get("national_tracking_id") or None,  # national LAPOR!'s number: empty until re-keyed there
        day,
        at,
        classification_text(c.get("classification")),
        cat,
        category_names.get(cat) if cat is not None else None,
        c.get("title") or None,
        c.get("body_initial") or None,
        c.get("body_final") or c.get("body_initial") or None,
        privacy_text(bool(c.get("anonymous")), bool(c.get("confidential"))),
        channel_text(c.get("channel")),
        parent_agency or None,
        c.get("agency_id"),
        c.get("agency_name") or None,
        status_text(c.get("status") or "", c.get("closed_by")),
        c.get("close_reason") if c.get("status") in (Status.DIARSIPKAN, Status.SELESAI) else None,
        c.get("province"),
        c.get("city"),
        c.get("district"),
        c.get("village"),
    ]
