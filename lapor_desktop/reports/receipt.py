"""The receipt (tanda terima) handed to a reporter at the desk. Pure Python: no Qt.

``build_receipt`` gathers what the receipt shows from a complaint's state; ``receipt_html``
lays it out for A4 paper or an 80 mm thermal roll (the UI draws the HTML with QTextDocument).
Indonesian by default, English on request; the words are the message catalogue's (``receipt.*`` and
``classification.*``, ``status.*`` in ``core/messages.py``, the Indonesian read from the .ts without Qt).

A receipt prints only what is true: the office's own ways to ask about the complaint (its desk
and address, phone, WhatsApp and a status page from the settings, each only when set); the
number the office's hub gives is called a tracking number from the office hub, not a national
one. The verification deadline is printed only while the complaint waits for verification; a
reprint says so ("CETAK ULANG") and names who reprinted it and when.

An anonymous complaint's receipt carries no reporter identity at all.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from lapor_desktop.core.clock import parse_iso
from lapor_desktop.core.datefmt import ZONE_ABBR, format_datetime
from lapor_desktop.core.text import LANGUAGES, words
from lapor_desktop.domain.enums import CHANNELS, Status
from lapor_desktop.domain.model import ComplaintState

LAYOUTS = ("a4", "thermal")

_MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
_DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# channel names as the program shows them (the national export writes "Whatsapp")
_CHANNEL_NAMES = {**CHANNELS, "whatsapp": "WhatsApp"}

class _Words:
    """The receipt's words in one language: ``receipt.<name>`` of the message catalogue
    (core/messages.py; Indonesian from the .ts, read without Qt)."""

    def __init__(self, lang: str) -> None:
        self.words = words(lang)

    def __getitem__(self, name: str) -> str:
        return ":" if name == "follow_how" else self.words("receipt." + name)


@dataclass(frozen=True)
class OfficeContact:
    """How a reporter reaches this office (from the settings); empty parts are left out."""

    phone: str = ""
    whatsapp: str = ""
    address: str = ""
    status_url: str = ""  # a status page the office's hub offers, if any


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
    national_tracking_id: str | None = None  # once an admin re-keyed it into national LAPOR!
    officer: str = ""  # who recorded the complaint
    status: str = Status.BELUM_TERVERIFIKASI.value  # at the time of printing
    contact: OfficeContact = OfficeContact()
    reprinted_by: str = ""  # a reprint: who prints it now (empty for the first print)
    reprinted_at: datetime | None = None

    @property
    def reprint(self) -> bool:
        return bool(self.reprinted_by)

    @property
    def awaiting_verification(self) -> bool:
        """Only then does the verification deadline mean anything to the reporter."""
        return self.status == Status.BELUM_TERVERIFIKASI.value


def build_receipt(state: ComplaintState, *, office_name: str, deadline: date, tz: str,
                  verify_days: int = 3, officer: str = "", contact: OfficeContact | None = None,
                  reprinted_by: str = "", reprinted_at: datetime | None = None) -> Receipt:
    zone = ZoneInfo(tz)
    received = parse_iso(state.received_at).astimezone(zone)
    name = None
    if not state.anonymous and isinstance(state.reporter, dict):
        name = (state.reporter.get("name") or None)
    return Receipt(office_name=office_name, office_code=state.office_code,
                   receipt_number=state.receipt_number, received_local=received,
                   tz_abbr=ZONE_ABBR.get(tz, received.strftime("%Z") or tz), title=state.title,
                   classification=state.classification, channel=state.channel,
                   anonymous=bool(state.anonymous), confidential=bool(state.confidential),
                   reporter_name=name, deadline=deadline, verify_days=verify_days,
                   tracking_id=state.tracking_id or None, national_tracking_id=state.national_tracking_id or None,
                   officer=officer,
                   status=str(state.status or Status.BELUM_TERVERIFIKASI.value), contact=contact or OfficeContact(),
                   reprinted_by=reprinted_by,
                   reprinted_at=reprinted_at.astimezone(zone) if reprinted_at is not None else None)


def format_date(d: date, lang: str = "id", weekday: bool = True) -> str:
    """``Kamis, 3 Desember 2026`` / ``Thursday, 3 December 2026``."""
    months, days = (_MONTHS_ID, _DAYS_ID) if lang == "id" else (_MONTHS_EN, _DAYS_EN)
    text = f"{d.day} {months[d.month - 1]} {d.year}"
    return f"{days[d.weekday()]}, {text}" if weekday else text


def _fields(r: Receipt, lang: str) -> list[tuple[str, str]]:
    w = _Words(lang)
    if r.classification:
        cls = words(lang).get("classification." + r.classification) or r.classification
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
        (w["channel"], _CHANNEL_NAMES.get(r.channel, r.channel)),
        (w["reporter"], w["anonymous_reporter"] if r.anonymous else (r.reporter_name or "—")),
        (w["privacy"], "; ".join(privacy)),
    ]
    if r.tracking_id:
        rows.append((w["tracking"], r.tracking_id))
    if r.national_tracking_id:
        rows.append((w["national"], r.national_tracking_id))
    if not r.awaiting_verification:
        rows.append((w["status"], _status_name(r.status, lang)))
    return rows


def _status_name(code: str, lang: str) -> str:
    return words(lang).get("status." + code) or code


def _deadline_text(r: Receipt, lang: str) -> str:
    return format_date(r.deadline, lang)


def _when(d: datetime, tz_abbr: str, lang: str) -> str:
    return f"{format_date(d.date(), lang, weekday=False)} {d.strftime('%H:%M')} {tz_abbr}"


def follow_lines(r: Receipt, lang: str = "id") -> tuple[str, list[str]]:
    """What to quote, and the office's own ways to ask: only what this office really offers."""
    w = _Words(lang)
    intro = w["follow_intro"].format(receipt=r.receipt_number)
    if r.tracking_id:
        intro += w["follow_intro_tid"].format(tid=r.tracking_id)
    c = r.contact
    ways = [w["follow_visit_addr"].format(office=r.office_name, address=c.address.strip()) if c.address.strip()
            else w["follow_visit"].format(office=r.office_name)]
    if c.phone.strip():
        ways.append(w["follow_phone"].format(phone=c.phone.strip()))
    if c.whatsapp.strip():
        ways.append(w["follow_wa"].format(wa=c.whatsapp.strip()))
    if c.status_url.strip():
        ways.append(w["follow_status"].format(url=c.status_url.strip()))
    return intro + w["follow_how"], ways


def _people(r: Receipt, lang: str) -> list[str]:
    w = _Words(lang)
    out = []
    if r.officer:
        out.append(f"{w['officer']}: {r.officer}")
    if r.reprint:
        when = f", {_when(r.reprinted_at, r.tz_abbr, lang)}" if r.reprinted_at is not None else ""
        out.append(f"{w['reprinted_by']}: {r.reprinted_by}{when}")
    return out


def receipt_html(r: Receipt, layout: str = "a4", lang: str = "id") -> str:
    """HTML in the subset QTextDocument understands (tables, inline styles, no CSS layout)."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown receipt layout {layout!r}")
    if lang not in LANGUAGES:
        lang = "id"
    w = _Words(lang)
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
                f"<span style='color:#444'>({e(w['deadline_note'].format(n=r.verify_days))})</span></p>"
                if r.awaiting_verification else "")
    people = "".join(f"<p style='color:#444'>{e(x)}</p>" for x in _people(r, lang))
    intro, ways = follow_lines(r, lang)
    follow = (f"<p><b>{e(w['follow'])}</b><br/>{e(intro)}</p>"
              + "".join(f"<p style='margin-left:10px'>• {e(x)}</p>" for x in ways))
    mark = (f"<p align='center' style='font-size:{big - 4 if not thermal else base + 1}pt; color:#b00020'>"
            f"<b>{e(w['reprint'])}</b></p>" if r.reprint else "")
    rule = "<hr/>"
    return (
        f"<html><body style='font-family:\"DejaVu Sans\",\"Segoe UI\",Arial,sans-serif; "
        f"font-size:{base}pt'>"
        f"<p align='center'><b>{e(r.office_name)}</b><br/>"
        f"<span style='color:#444'>{e(w['sub'])}</span></p>"
        f"{rule}"
        f"<p align='center' style='font-size:{big - 4 if not thermal else base + 1}pt'><b>{e(w['heading'])}</b></p>"
        f"{mark}"
        f"<p align='center'>{e(w['receipt'])}<br/>"
        f"<span style='font-size:{big}pt'><b>{e(r.receipt_number)}</b></span></p>"
        f"{rule}"
        f"<table width='100%' cellspacing='0' cellpadding='{1 if thermal else 4}'>{rows}</table>"
        f"{deadline}"
        f"{rule}"
        f"{follow}"
        f"{people}"
        f"<p style='color:#444; font-size:{base - 1}pt'><i>{e(w['footer'])}</i></p>"
        "</body></html>"
    )
