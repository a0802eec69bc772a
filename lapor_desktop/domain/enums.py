"""The vocabulary of the domain: roles, statuses, classifications, channels, event types, actions.

Codes are stable and go on the wire and into the database; labels are the official Indonesian
wording (used in exports and the command line; the UI translates the codes itself).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FRONT_DESK = "front_desk"
    VERIFIER = "verifier"
    LIAISON = "liaison"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    # roles that only arrive through the hub
    REPORTER = "reporter"
    SYSTEM = "system"
    HUB = "hub"


STAFF_ROLES = (Role.FRONT_DESK, Role.VERIFIER, Role.LIAISON, Role.SUPERVISOR, Role.ADMIN)


class Status(StrEnum):
    BELUM_TERVERIFIKASI = "belum_terverifikasi"
    TERVERIFIKASI = "terverifikasi"
    MENUNGGU_KELENGKAPAN = "menunggu_kelengkapan"
    TERDISPOSISI = "terdisposisi"
    DITINDAKLANJUTI = "ditindaklanjuti"
    BUKAN_WEWENANG = "bukan_wewenang"
    SELESAI = "selesai"
    DIARSIPKAN = "diarsipkan"
    KONTEN_TERBLOKIR = "konten_terblokir"


STATUS_LABELS = {
    Status.BELUM_TERVERIFIKASI: "Belum Terverifikasi",
    Status.TERVERIFIKASI: "Terverifikasi",
    Status.MENUNGGU_KELENGKAPAN: "Menunggu Kelengkapan Informasi",
    Status.TERDISPOSISI: "Terdisposisi",
    Status.DITINDAKLANJUTI: "Ditindaklanjuti",
    Status.BUKAN_WEWENANG: "Bukan Wewenang",
    Status.SELESAI: "Selesai",
    Status.DIARSIPKAN: "Diarsipkan",
    Status.KONTEN_TERBLOKIR: "Konten Terblokir",
}

FINAL_STATUSES = frozenset({Status.SELESAI, Status.DIARSIPKAN, Status.KONTEN_TERBLOKIR})


class Classification(StrEnum):
    BERKADAR_PENGAWASAN = "berkadar_pengawasan"
    TIDAK_BERKADAR_PENGAWASAN = "tidak_berkadar_pengawasan"
    PERMINTAAN_INFORMASI = "permintaan_informasi"
    ASPIRASI = "aspirasi"


CLASSIFICATION_LABELS = {
    Classification.BERKADAR_PENGAWASAN: "Pengaduan Berkadar Pengawasan",
    Classification.TIDAK_BERKADAR_PENGAWASAN: "Pengaduan Tidak Berkadar Pengawasan",
    Classification.PERMINTAAN_INFORMASI: "Permintaan Informasi",
    Classification.ASPIRASI: "Aspirasi",
}

# Sumber Laporan: the values seen in real LAPOR! exports. Reference data; the store copies it.
CHANNELS: dict[str, str] = {
    "tatap_muka": "Tatap Muka",
    "pos_surat": "Pos Surat",
    "hotline": "Hotline Service",
    "sms": "SMS",
    "whatsapp": "Whatsapp",
    "email": "Email",
    "website": "Website",
    "android": "Android",
    "ios": "iOS",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "telegram": "Telegram",
    "kotak_saran": "Kotak Saran",
    "media_massa": "Media Massa",
    "lapor_instansi": "Lapor Instansi",
    "call_center_112": "Call Center 112",
    "lainnya": "Lainnya",
}
DEFAULT_CHANNEL = "tatap_muka"


class EventType(StrEnum):
    CREATED = "complaint.created"
    EDITED = "complaint.edited"
    FLAGS_CHANGED = "complaint.flags_changed"
    VERIFIED = "complaint.verified"
    INFO_REQUESTED = "complaint.info_requested"
    INFO_RECEIVED = "complaint.info_received"
    FORWARDED = "complaint.forwarded"
    DECLINED = "complaint.declined"
    FOLLOWED_UP = "complaint.followed_up"
    REPORTER_REPLIED = "complaint.reporter_replied"
    CLOSED = "complaint.closed"
    ARCHIVED = "complaint.archived"
    REOPENED = "complaint.reopened"
    COMMENTED = "complaint.commented"
    ATTACHMENT_ADDED = "complaint.attachment_added"
    TRACKING_ASSIGNED = "complaint.tracking_assigned"
    IMPORTED = "complaint.imported"
    # office-wide staff accounts (domain/accounts.py): they travel in the office's account stream
    ACCOUNT_CREATED = "account.created"
    ACCOUNT_UPDATED = "account.updated"
    ACCOUNT_PASSWORD_SET = "account.password_set"


CREATION_TYPES = frozenset({EventType.CREATED, EventType.IMPORTED})
ACCOUNT_TYPES = frozenset({EventType.ACCOUNT_CREATED, EventType.ACCOUNT_UPDATED, EventType.ACCOUNT_PASSWORD_SET})
# the ``complaint_id`` every account event carries: the office's account stream, not a complaint
ACCOUNTS_STREAM = "00000000-0000-0000-0000-0000000acc75"


class Action(StrEnum):
    """What a person can do to a complaint; each action writes one event."""

    EDIT = "edit"
    CHANGE_FLAGS = "change_flags"
    VERIFY = "verify"
    REQUEST_INFO = "request_info"
    RECEIVE_INFO = "receive_info"
    FORWARD = "forward"
    DECLINE = "decline"
    FOLLOW_UP = "follow_up"
    RECORD_REPLY = "record_reply"
    CLOSE = "close"
    ARCHIVE = "archive"
    REOPEN = "reopen"
    COMMENT = "comment"
    ATTACH = "attach"


ACTION_EVENT = {
    Action.EDIT: EventType.EDITED,
    Action.CHANGE_FLAGS: EventType.FLAGS_CHANGED,
    Action.VERIFY: EventType.VERIFIED,
    Action.REQUEST_INFO: EventType.INFO_REQUESTED,
    Action.RECEIVE_INFO: EventType.INFO_RECEIVED,
    Action.FORWARD: EventType.FORWARDED,
    Action.DECLINE: EventType.DECLINED,
    Action.FOLLOW_UP: EventType.FOLLOWED_UP,
    Action.RECORD_REPLY: EventType.REPORTER_REPLIED,
    Action.CLOSE: EventType.CLOSED,
    Action.ARCHIVE: EventType.ARCHIVED,
    Action.REOPEN: EventType.REOPENED,
    Action.COMMENT: EventType.COMMENTED,
    Action.ATTACH: EventType.ATTACHMENT_ADDED,
}

EDITABLE_FIELDS = ("title", "body_final", "classification", "category_id", "location",
                   "incident_date", "reporter",
                   # the number national LAPOR! gave the complaint when an admin re-keyed it there
                   "national_tracking_id")
