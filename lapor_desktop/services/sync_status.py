"""What the Sinkronisasi page and ``lapor-desktop sync-status`` show without talking to the hub:
the queue, the last runs, the rejected events, the clock skew, and the words for error codes.

Only the store is needed here (no engine, no wire models, no HTTP), and only through
``store/sync_read`` (plain sqlite3): ``sync-status`` reads an up-to-date database without
SQLAlchemy (``overview_of`` on a read-only connection), the program through its own session's
connection (``overview``); ``services/sync.py`` re-exports all of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lapor_desktop.core.clock import SKEW_WARN_MS
from lapor_desktop.store import sync_read

if TYPE_CHECKING:
    from lapor_desktop.core.settings import Settings

    from .desk import Desk

# meta keys
CLOCK_OFFSET = "sync.clock_offset_ms"
SERVER_TIME = "sync.server_time"
LAST_SYNC = "last_sync_at"  # services/status.py shows it in the status bar
AUDIT_PROBLEM = "audit_push_problem"  # the hub refused this desk's audit trail (services/audit_sync.py)


# Indonesian explanations of error codes for the Sinkronisasi page (English beside, for logs/CLI)
ERROR_TEXT: dict[str, tuple[str, str]] = {
    "unreachable": ("Hub tidak dapat dihubungi (jaringan putus atau hub mati). Akan dicoba lagi.",
                    "The hub could not be reached (link down or hub off). Will retry."),
    "tls_error": ("Sertifikat hub tidak dapat diverifikasi. Periksa alamat hub atau berkas CA di Pengaturan.",
                  "The hub's certificate could not be verified. Check the hub address or the CA bundle."),
    "auth_refused": ("Hub menolak token perangkat ini (dicabut?). Daftarkan ulang meja di Pengaturan.",
                     "The hub refused this device's token (revoked?). Enrol the desk again."),
    "unauthorized": ("Hub menolak token perangkat ini (dicabut?). Daftarkan ulang meja di Pengaturan.",
                     "The hub refused this device's token (revoked?). Enrol the desk again."),
    "rate_limited": ("Hub sedang sibuk; sinkronisasi ditunda.", "The hub is busy; sync postponed."),
    "server_error": ("Hub mengalami gangguan; akan dicoba lagi.", "The hub failed; will retry."),
    "internal_error": ("Hub mengalami gangguan; akan dicoba lagi.", "The hub failed; will retry."),
    "too_large": ("Paket data terlalu besar untuk hub.", "A batch was too large for the hub."),
    "payload_too_large": ("Paket data terlalu besar untuk hub.", "A batch was too large for the hub."),
    "cancelled": ("Sinkronisasi dibatalkan.", "Sync cancelled."),
    "not_enrolled": ("Meja ini belum terdaftar pada hub. Daftarkan di Pengaturan.",
                     "This desk is not enrolled with a hub."),
    "internal": ("Kesalahan di program meja; lihat log.", "An error in the desk program; see the log."),
    "no_progress": ("Hub menjawab tanpa hasil; hubungi admin hub.", "The hub answered without results."),
    "quota_exceeded": ("Ruang penyimpanan meja atau kantor ini di hub sudah penuh. Hubungi admin hub.",
                       "This desk's or office's storage on the hub is full. Ask the hub admin."),
}
REJECT_TEXT: dict[str, tuple[str, str]] = {
    "id_conflict": ("Nomor kejadian sudah dipakai dengan isi lain.", "The event id was used with another body."),
    "unknown_complaint": ("Hub tidak mengenal pengaduan ini.", "The hub does not know this complaint."),
    "forbidden": ("Pengaduan milik kantor lain, atau tindakan tidak diizinkan.",
                  "Another office's complaint, or an action not allowed."),
    "malformed": ("Isi kejadian tidak sah menurut hub.", "The hub found the event's data invalid."),
    "hlc_ahead": ("Jam kejadian terlalu jauh di depan jam hub. Periksa tanggal dan jam komputer.",
                  "The event's clock is too far ahead of the hub's. Check the computer's date and time."),
    # the hub's checks of who acted (hub/accounts.py) and of this desk's event chain
    "actor_unknown": ("Petugas yang mencatat kejadian ini bukan akun kantor ini di hub. Admin dapat "
                      "menambahkan akunnya di Pengaturan › Petugas.",
                      "The staff member who recorded this event is not an account of this office on the hub. "
                      "An admin can add the account in Settings › Staff."),
    "actor_disabled": ("Akun petugas yang mencatat kejadian ini sudah dinonaktifkan saat kejadian dicatat.",
                       "The account that recorded this event was disabled when it was recorded."),
    "actor_not_allowed": ("Peran petugas yang mencatat kejadian ini tidak boleh melakukan tindakan ini.",
                          "The role of the account that recorded this event may not take this action."),
    "account_exists": ("Kantor ini sudah punya akun dengan nama login ini; akun kantor yang berlaku di "
                       "meja ini setelah sinkronisasi.",
                       "The office already has an account with this login; the office's account applies on "
                       "this desk after the sync."),
    "chain_broken": ("Riwayat kejadian di komputer ini telah diubah atau dihapus setelah dicatat. Hub "
                     "mencatatnya untuk admin; hubungi admin kantor.",
                     "This computer's event history was changed or deleted after it was recorded. The hub "
                     "noted it for the admin; contact the office admin."),
    # pulled events this desk set aside (sync.pullcheck): the desk found them bad, not the hub
    "pulled_hlc_ahead": ("Kejadian dari hub bertanggal terlalu jauh di masa depan; disisihkan, tidak diterapkan.",
                         "An event from the hub is dated too far in the future; set aside, not applied."),
    "pulled_malformed": ("Kejadian dari hub tidak sah; disisihkan, tidak diterapkan.",
                         "An event from the hub is invalid; set aside, not applied."),
}


def explain(code: str | None, lang: str = "id") -> str:
    if not code:
        return ""
    pair = ERROR_TEXT.get(code) or REJECT_TEXT.get(code)
    if pair is None:
        return f"Kesalahan: {code}" if lang == "id" else f"Error: {code}"
    return pair[0] if lang == "id" else pair[1]


# ------------------------------------------------------------------------------- overview
@dataclass(frozen=True)
class SkewInfo:
    offset_ms: int | None
    warning: bool
    server_time: str | None


@dataclass(frozen=True)
class SyncOverview:
    enrolled: bool
    hub_url: str
    token_store: str  # keyring | file | none; "file" -> show a warning
    pending: int
    blobs_waiting: int
    rejected_count: int
    rejected: list[sync_read.RejectedEvent]
    runs: list[sync_read.SyncRun]
    skew: SkewInfo
    last_sync_at: str | None
    rejected_pulled: list[sync_read.PulledReject] = field(default_factory=list)
    rejected_pulled_count: int = 0
    audit_problem: str | None = None  # the hub's refusal of this desk's audit trail, as it answered


def skew(desk: Desk) -> SkewInfo:
    with desk.db.read_raw() as conn:
        return skew_of(conn)


def skew_of(conn: sync_read.Connection) -> SkewInfo:
    raw = sync_read.meta_get(conn, CLOCK_OFFSET)
    server = sync_read.meta_get(conn, SERVER_TIME)
    offset = int(raw) if raw not in (None, "") else None
    return SkewInfo(offset, offset is not None and abs(offset) > SKEW_WARN_MS, server)


def overview(desk: Desk, runs: int = 20, rejected: int = 200) -> SyncOverview:
    with desk.db.read_raw() as conn:
        return overview_of(conn, desk.settings, runs, rejected)


def overview_of(conn: sync_read.Connection, st: Settings, runs: int = 20, rejected: int = 200) -> SyncOverview:
    """The overview read on ``conn`` (one read transaction of the caller's)."""
    last = sync_read.meta_get(conn, LAST_SYNC)
    audit_problem = sync_read.meta_get(conn, AUDIT_PROBLEM)
    return SyncOverview(enrolled=bool(st.hub_url), hub_url=st.hub_url,
                        token_store=str(st.extra.get("token_store") or "none"),
                        pending=sync_read.pending_count(conn), blobs_waiting=sync_read.attachments_not_uploaded(conn),
                        rejected_count=sync_read.rejected_count(conn), rejected=sync_read.rejected_events(conn, rejected),
                        runs=sync_read.last_runs(conn, runs), skew=skew_of(conn), last_sync_at=last or None,
                        rejected_pulled=sync_read.pulled_rejects(conn, rejected),
                        rejected_pulled_count=sync_read.pulled_reject_count(conn),
                        audit_problem=audit_problem or None)
