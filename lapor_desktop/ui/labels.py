"""Display labels for the domain's codes, translated at the moment they are shown.

English source text here (Qt Linguist picks it up through QT_TRANSLATE_NOOP); the Indonesian
wording, which follows LAPOR!'s official terms, lives in the .ts file.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "Labels"

ROLES = {
    "front_desk": QT_TRANSLATE_NOOP("Labels", "Front desk officer"),
    "verifier": QT_TRANSLATE_NOOP("Labels", "Verifier (agency admin)"),
    "liaison": QT_TRANSLATE_NOOP("Labels", "Agency liaison"),
    "supervisor": QT_TRANSLATE_NOOP("Labels", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Labels", "System admin"),
    "reporter": QT_TRANSLATE_NOOP("Labels", "Reporter"),
    "system": QT_TRANSLATE_NOOP("Labels", "System"),
    "hub": QT_TRANSLATE_NOOP("Labels", "Hub"),
}

STATUSES = {
    "belum_terverifikasi": QT_TRANSLATE_NOOP("Labels", "Not yet verified"),
    "terverifikasi": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "menunggu_kelengkapan": QT_TRANSLATE_NOOP("Labels", "Waiting for information"),
    "terdisposisi": QT_TRANSLATE_NOOP("Labels", "Forwarded"),
    "ditindaklanjuti": QT_TRANSLATE_NOOP("Labels", "Followed up"),
    "bukan_wewenang": QT_TRANSLATE_NOOP("Labels", "Not our authority"),
    "selesai": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "diarsipkan": QT_TRANSLATE_NOOP("Labels", "Archived"),
    "konten_terblokir": QT_TRANSLATE_NOOP("Labels", "Content blocked"),
}

CLASSIFICATIONS = {
    "berkadar_pengawasan": QT_TRANSLATE_NOOP("Labels", "Complaint with supervisory content"),
    "tidak_berkadar_pengawasan": QT_TRANSLATE_NOOP("Labels", "Complaint without supervisory content"),
    "permintaan_informasi": QT_TRANSLATE_NOOP("Labels", "Request for information"),
    "aspirasi": QT_TRANSLATE_NOOP("Labels", "Aspiration"),
}

CHANNELS = {
    "tatap_muka": QT_TRANSLATE_NOOP("Labels", "Walk-in"),
    "pos_surat": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "hotline": QT_TRANSLATE_NOOP("Labels", "Hotline"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
    "whatsapp": QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "website": QT_TRANSLATE_NOOP("Labels", "Website"),
    "android": QT_TRANSLATE_NOOP("Labels", "Android app"),
    "ios": QT_TRANSLATE_NOOP("Labels", "iOS app"),
    "twitter": QT_TRANSLATE_NOOP("Labels", "Twitter"),
    "facebook": QT_TRANSLATE_NOOP("Labels", "Facebook"),
    "instagram": QT_TRANSLATE_NOOP("Labels", "Instagram"),
    "telegram": QT_TRANSLATE_NOOP("Labels", "Telegram"),
    "kotak_saran": QT_TRANSLATE_NOOP("Labels", "Suggestion box"),
    "media_massa": QT_TRANSLATE_NOOP("Labels", "Mass media"),
    "lapor_instansi": QT_TRANSLATE_NOOP("Labels", "Agency report"),
    "call_center_112": QT_TRANSLATE_NOOP("Labels", "Call Center 112"),
    "lainnya": QT_TRANSLATE_NOOP("Labels", "Other"),
}

SIMILAR_REASONS = {
    "text": QT_TRANSLATE_NOOP("Labels", "similar text"),
    "nik": QT_TRANSLATE_NOOP("Labels", "same NIK"),
    "phone": QT_TRANSLATE_NOOP("Labels", "same phone"),
}


def _t(table: dict[str, str], code: str | None, fallback: str | None = None) -> str:
    if not code:
        return fallback or ""
    source = table.get(code)
    if source is None:
        return fallback or code
    return QCoreApplication.translate(_CTX, source)


def role_label(code: str | None) -> str:
    return _t(ROLES, code)


def status_label(code: str | None) -> str:
    return _t(STATUSES, code)


def classification_label(code: str | None) -> str:
    return _t(CLASSIFICATIONS, code)


def channel_label(code: str | None, fallback: str | None = None) -> str:
    return _t(CHANNELS, code, fallback)


def similar_reason_label(code: str | None) -> str:
    return _t(SIMILAR_REASONS, code)
