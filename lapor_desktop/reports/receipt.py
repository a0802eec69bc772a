"""The receipt (tanda terima) handed to a reporter at the desk. Pure Python: no Qt.

``build_receipt`` gathers what the receipt shows from a complaint's state; ``receipt_html``
lays it out for A4 paper or an 80 mm thermal roll (the UI draws the HTML with QTextDocument);
``receipt_text`` gives the same content as plain text (tests, logs without personal data are
not a goal here: the receipt is for the reporter). Indonesian by default, English on request.

An anonymous complaint's receipt carries no reporter identity at all.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from lapor_desktop.core.clock import parse_iso
from lapor_desktop.core.datefmt import format_datetime
from lapor_desktop.domain.enums import CHANNELS, CLASSIFICATION_LABELS, Classification
from lapor_desktop.domain.model import ComplaintState

LAYOUTS = ("a4", "thermal")

_MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
_DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_TZ_ABBR = {"Asia/Jayapura": "WIT", "Asia/Makassar": "WITA", "Asia/Jakarta": "WIB",
            "Asia/Pontianak": "WIB"}

_CLASS_EN = {
    Classification.BERKADAR_PENGAWASAN: "Complaint with supervisory content",
    Classification.TIDAK_BERKADAR_PENGAWASAN: "Complaint without supervisory content",
    Classification.PERMINTAAN_INFORMASI: "Request for information",
    Classification.ASPIRASI: "Aspiration",
}

_WORDS = {
    "id": {
        "heading": "TANDA TERIMA PENGADUAN",
        "sub": "SP4N-LAPOR! — Layanan Aspirasi dan Pengaduan Online Rakyat",
        "receipt": "Nomor tanda terima",
        "received": "Diterima",
        "title": "Judul laporan",
        "classification": "Klasifikasi",
        "unclassified": "Belum ditentukan (ditetapkan saat verifikasi)",
        "channel": "Sumber laporan",
        "reporter": "Pelapor",
        "anonymous_reporter": "Anonim — identitas pelapor tidak dicantumkan",
        "privacy": "Kerahasiaan",
        "anon": "Anonim (identitas pelapor dirahasiakan)",
        "conf": "Rahasia (isi laporan tidak dipublikasikan)",
        "public": "Terbuka (laporan dapat dipublikasikan)",
        "deadline": "Diverifikasi paling lambat",
        "deadline_note": "{n} hari kerja sejak laporan diterima",
        "tracking": "Tracking ID LAPOR!",
        "follow": "Cara memantau laporan",
        "follow_pending": ("Simpan tanda terima ini. Sebutkan nomor tanda terima di loket ini untuk "
                           "menanyakan perkembangan laporan. Setelah laporan terkirim ke SP4N-LAPOR!, "
                           "laporan mendapat Tracking ID yang dapat ditanyakan di loket ini dengan "
                           "nomor tanda terima di atas, lalu dipantau di www.lapor.go.id."),
        "follow_known": ("Pantau laporan di www.lapor.go.id dengan Tracking ID {tid}, atau sebutkan "
                         "nomor tanda terima di loket ini."),
        "officer": "Petugas",
        "footer": "Tanda terima ini bukan bukti bahwa pengaduan telah diverifikasi.",
    },
    "en": {
        "heading": "COMPLAINT RECEIPT",
        "sub": "SP4N-LAPOR! — national public-service complaint system",
        "receipt": "Receipt number",
        "received": "Received",
        "title": "Title",
        "classification": "Classification",
        "unclassified": "Not yet set (decided at verification)",
        "channel": "Channel",
        "reporter": "Reporter",
        "anonymous_reporter": "Anonymous — no reporter identity shown",
        "privacy": "Privacy",
        "anon": "Anonymous (reporter identity withheld)",
        "conf": "Confidential (the complaint is not published)",
        "public": "Public (the complaint may be published)",
        "deadline": "To be verified by",
        "deadline_note": "{n} working days from receipt",
        "tracking": "LAPOR! Tracking ID",
        "follow": "How to follow this complaint",
        "follow_pending": ("Keep this receipt. Quote the receipt number at this desk to ask about "
                           "progress. Once the complaint has been sent to SP4N-LAPOR! it receives a "
                           "Tracking ID, which this desk can tell you for the receipt number above; "
                           "then follow it on www.lapor.go.id."),
        "follow_known": ("Follow the complaint on www.lapor.go.id with Tracking ID {tid}, or quote "
                         "the receipt number at this desk."),
        "officer": "Officer",
        "footer": "This receipt does not mean the complaint has been verified.",
    },
}


@dataclass(frozen=True)
class Receipt:
    office_name: str
    office_code: str
    receipt_number: str
    received_local: datetime  # aware, in the office's time zone
    tz_abbr: str
    title: str
    classification: str | None  # domain code
    channel: str  # domain code
    anonymous: bool
    confidential: bool
    reporter_name: str | None  # always None for an anonymous complaint
    deadline: date
    verify_days: int
    tracking_id: str | None
    officer: str = ""


def build_receipt(state: ComplaintState, *, office_name: str, deadline: date, tz: str,
                  verify_days: int = 3, officer: str = "") -> Receipt:
    zone = ZoneInfo(tz)
    received = parse_iso(state.received_at).astimezone(zone)
    name = None
    if not state.anonymous and isinstance(state.reporter, dict):
        name = (state.reporter.get("name") or None)
    return Receipt(office_name=office_name, office_code=state.office_code,
                   receipt_number=state.receipt_number, received_local=received,
                   tz_abbr=_TZ_ABBR.get(tz, received.strftime("%Z") or tz), title=state.title,
                   classification=state.classification, channel=state.channel,
                   anonymous=bool(state.anonymous), confidential=bool(state.confidential),
                   reporter_name=name, deadline=deadline, verify_days=verify_days,
                   tracking_id=state.tracking_id or None, officer=officer)


def format_date(d: date, lang: str = "id", weekday: bool = True) -> str:
    """``Kamis, 3 Desember 2026`` / ``Thursday, 3 December 2026``."""
    months, days = (_MONTHS_ID, _DAYS_ID) if lang == "id" else (_MONTHS_EN, _DAYS_EN)
    text = f"{d.day} {months[d.month - 1]} {d.year}"
    return f"{days[d.weekday()]}, {text}" if weekday else text


def _fields(r: Receipt, lang: str) -> list[tuple[str, str]]:
    w = _WORDS[lang]
    if r.classification:
        try:
            c = Classification(r.classification)
            cls = CLASSIFICATION_LABELS[c] if lang == "id" else _CLASS_EN[c]
        except ValueError:
            cls = r.classification
    else:
        cls = w["unclassified"]
    privacy = []
    if r.anonymous:
        privacy.append(w["anon"])
    if r.confidential:
        privacy.append(w["conf"])
    if not privacy:
        privacy.append(w["public"])
    received = format_datetime(r.received_local, lang, r.received_local.tzinfo)  # type: ignore[arg-type]
    rows = [
        (w["received"], received),
        (w["title"], r.title),
        (w["classification"], cls),
        (w["channel"], CHANNELS.get(r.channel, r.channel)),
        (w["reporter"], w["anonymous_reporter"] if r.anonymous else (r.reporter_name or "—")),
        (w["privacy"], "; ".join(privacy)),
    ]
    if r.tracking_id:
        rows.append((w["tracking"], r.tracking_id))
    return rows


def _deadline_text(r: Receipt, lang: str) -> str:
    return format_date(r.deadline, lang)


def _follow_text(r: Receipt, lang: str) -> str:
    w = _WORDS[lang]
    return w["follow_known"].format(tid=r.tracking_id) if r.tracking_id else w["follow_pending"]


def receipt_text(r: Receipt, lang: str = "id") -> str:
    w = _WORDS[lang]
    lines = [r.office_name, w["heading"], f"{w['receipt']}: {r.receipt_number}"]
    lines += [f"{k}: {v}" for k, v in _fields(r, lang)]
    lines.append(f"{w['deadline']}: {_deadline_text(r, lang)} "
                 f"({w['deadline_note'].format(n=r.verify_days)})")
    lines.append(f"{w['follow']}: {_follow_text(r, lang)}")
    if r.officer:
        lines.append(f"{w['officer']}: {r.officer}")
    lines.append(w["footer"])
    return "\n".join(lines)


def receipt_html(r: Receipt, layout: str = "a4", lang: str = "id") -> str:
    """HTML in the subset QTextDocument understands (tables, inline styles, no CSS layout)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown receipt layout {layout!r}")
    if lang not in _WORDS:
        lang = "id"
    w = _WORDS[lang]
    e = html.escape
    thermal = layout == "thermal"
    base = 8 if thermal else 11
    big = 12 if thermal else 20
    rows = "".join(
        (f"<tr><td style='color:#444'>{e(k)}</td></tr><tr><td><b>{e(v)}</b></td></tr>" if thermal
         else f"<tr><td width='32%' style='color:#444'>{e(k)}</td><td><b>{e(v)}</b></td></tr>")
        for k, v in _fields(r, lang))
    deadline = (f"<p style='margin-top:8px'>{e(w['deadline'])}:<br/>"
                f"<span style='font-size:{big - 2}pt'><b>{e(_deadline_text(r, lang))}</b></span><br/>"
                f"<span style='color:#444'>({e(w['deadline_note'].format(n=r.verify_days))})</span></p>")
    officer = (f"<p style='color:#444'>{e(w['officer'])}: {e(r.officer)}</p>" if r.officer else "")
    rule = "<hr/>"
    return (
        f"<html><body style='font-family:\"DejaVu Sans\",\"Segoe UI\",Arial,sans-serif; "
        f"font-size:{base}pt'>"
        f"<p align='center'><b>{e(r.office_name)}</b><br/>"
        f"<span style='color:#444'>{e(w['sub'])}</span></p>"
        f"{rule}"
        f"<p align='center' style='font-size:{big - 4 if not thermal else base + 1}pt'><b>{e(w['heading'])}</b></p>"
        f"<p align='center'>{e(w['receipt'])}<br/>"
        f"<span style='font-size:{big}pt'><b>{e(r.receipt_number)}</b></span></p>"
        f"{rule}"
        f"<table width='100%' cellspacing='0' cellpadding='{1 if thermal else 4}'>{rows}</table>"
        f"{deadline}"
        f"{rule}"
        f"<p><b>{e(w['follow'])}</b><br/>{e(_follow_text(r, lang))}</p>"
        f"{officer}"
        f"<p style='color:#444; font-size:{base - 1}pt'><i>{e(w['footer'])}</i></p>"
        "</body></html>"
    )
