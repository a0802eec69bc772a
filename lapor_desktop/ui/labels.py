"""Display labels for the domain's codes, translated at the moment they are shown.

English source text here (Qt Linguist picks it up through QT_TRANSLATE_NOOP); the Indonesian
wording, which follows LAPOR!'s official terms, lives in the .ts file.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from lapor_desktop.core.messages import CONTEXT, MESSAGES

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

# the statuses' and the classifications' names are the message catalogue's (core/messages.py,
# status.*, classification.*), shared with the receipt

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


def _catalogue(prefix: str, code: str | None) -> str:
    if not code:
        return ""
    key = prefix + code
    source = MESSAGES.get(key)
    return QCoreApplication.translate(CONTEXT, source, key) if source is not None else code


def status_label(code: str | None) -> str:
    return _catalogue("status.", code)


def classification_label(code: str | None) -> str:
    return _catalogue("classification.", code)


def channel_label(code: str | None, fallback: str | None = None) -> str:
    return _t(CHANNELS, code, fallback)


def similar_reason_label(code: str | None) -> str:
    return _t(SIMILAR_REASONS, code)


# ---------------------------------------------------------------- queue, detail and actions
SYNC_STATES = {
    "pending": QT_TRANSLATE_NOOP("Labels", "waiting"),
    "synced": QT_TRANSLATE_NOOP("Labels", "synced"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
    "conflict": QT_TRANSLATE_NOOP("Labels", "conflict"),
    # per event (timeline)
    "accepted": QT_TRANSLATE_NOOP("Labels", "synced"),
    "duplicate": QT_TRANSLATE_NOOP("Labels", "synced"),
    "remote": QT_TRANSLATE_NOOP("Labels", "from the hub"),
}

DEADLINE_STATES = {
    "ok": QT_TRANSLATE_NOOP("Labels", "on time"),
    "due_soon": QT_TRANSLATE_NOOP("Labels", "due within one working day"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "overdue"),
    "paused": QT_TRANSLATE_NOOP("Labels", "paused"),
    "none": QT_TRANSLATE_NOOP("Labels", "no deadline"),
}

DEADLINE_KINDS = {
    "verify": QT_TRANSLATE_NOOP("Labels", "verify and forward"),
    "followup": QT_TRANSLATE_NOOP("Labels", "agency follow-up"),
    "autoclose": QT_TRANSLATE_NOOP("Labels", "closes automatically"),
}

ACTIONS = {
    "edit": QT_TRANSLATE_NOOP("Labels", "Edit"),
    "change_flags": QT_TRANSLATE_NOOP("Labels", "Privacy"),
    "verify": QT_TRANSLATE_NOOP("Labels", "Verify"),
    "request_info": QT_TRANSLATE_NOOP("Labels", "Ask for information"),
    "receive_info": QT_TRANSLATE_NOOP("Labels", "Information received"),
    "forward": QT_TRANSLATE_NOOP("Labels", "Forward"),
    "decline": QT_TRANSLATE_NOOP("Labels", "Not our authority"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Record follow-up"),
    "record_reply": QT_TRANSLATE_NOOP("Labels", "Reporter's reply"),
    "close": QT_TRANSLATE_NOOP("Labels", "Close"),
    "archive": QT_TRANSLATE_NOOP("Labels", "Archive"),
    "reopen": QT_TRANSLATE_NOOP("Labels", "Reopen"),
    "comment": QT_TRANSLATE_NOOP("Labels", "Internal note"),
    "attach": QT_TRANSLATE_NOOP("Labels", "Add attachment"),
}

EVENTS = {
    "complaint.created": QT_TRANSLATE_NOOP("Labels", "Complaint recorded"),
    "complaint.imported": QT_TRANSLATE_NOOP("Labels", "Imported from LAPOR!"),
    "complaint.edited": QT_TRANSLATE_NOOP("Labels", "Fields edited"),
    "complaint.flags_changed": QT_TRANSLATE_NOOP("Labels", "Privacy changed"),
    "complaint.verified": QT_TRANSLATE_NOOP("Labels", "Verified"),
    "complaint.info_requested": QT_TRANSLATE_NOOP("Labels", "Information requested from the reporter"),
    "complaint.info_received": QT_TRANSLATE_NOOP("Labels", "Missing information received"),
    "complaint.forwarded": QT_TRANSLATE_NOOP("Labels", "Forwarded to an agency"),
    "complaint.declined": QT_TRANSLATE_NOOP("Labels", "Declined: not the agency's authority"),
    "complaint.followed_up": QT_TRANSLATE_NOOP("Labels", "Follow-up recorded"),
    "complaint.reporter_replied": QT_TRANSLATE_NOOP("Labels", "Reporter replied"),
    "complaint.closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "complaint.archived": QT_TRANSLATE_NOOP("Labels", "Archived"),
    "complaint.reopened": QT_TRANSLATE_NOOP("Labels", "Reopened"),
    "complaint.commented": QT_TRANSLATE_NOOP("Labels", "Internal note"),
    "complaint.attachment_added": QT_TRANSLATE_NOOP("Labels", "Attachment added"),
    "complaint.tracking_assigned": QT_TRANSLATE_NOOP("Labels", "Tracking ID assigned"),
}

CONFLICTS = {
    "edit_conflict": QT_TRANSLATE_NOOP("Labels", "edited at the same time on another desk"),
    "wrong_agency": QT_TRANSLATE_NOOP("Labels", "recorded for a different agency"),
    "already_created": QT_TRANSLATE_NOOP("Labels", "recorded twice"),
    "unknown_complaint": QT_TRANSLATE_NOOP("Labels", "the complaint is unknown"),
    "unknown_event_type": QT_TRANSLATE_NOOP("Labels", "unknown kind of change"),
}

FIELDS = {
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "body_final": QT_TRANSLATE_NOOP("Labels", "Complaint text (edited)"),
    "classification": QT_TRANSLATE_NOOP("Labels", "Classification"),
    "category_id": QT_TRANSLATE_NOOP("Labels", "Category"),
    "location": QT_TRANSLATE_NOOP("Labels", "Location"),
    "incident_date": QT_TRANSLATE_NOOP("Labels", "Incident date"),
    "reporter": QT_TRANSLATE_NOOP("Labels", "Reporter"),
}


def sync_state_label(code: str | None) -> str:
    return _t(SYNC_STATES, code)


def deadline_state_label(code: str | None) -> str:
    return _t(DEADLINE_STATES, code)


def deadline_kind_label(code: str | None) -> str:
    return _t(DEADLINE_KINDS, code)


def action_label(code: str | None) -> str:
    return _t(ACTIONS, code)


def event_label(code: str | None) -> str:
    return _t(EVENTS, code)


def conflict_label(code: str | None) -> str:
    if code and code.startswith("invalid_from_"):
        return QCoreApplication.translate("Labels", "not possible while the complaint was: %1").replace(
            "%1", status_label(code[len("invalid_from_"):]))
    return _t(CONFLICTS, code)


def field_label(code: str | None) -> str:
    return _t(FIELDS, code)
