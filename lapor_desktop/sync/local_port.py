"""What the sync engine needs from the desk's database (``LocalPort``, implemented by
``services/sync/port.DeskPort``) and the values that cross it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from lapor_desktop.protocol.wire import ItemResult, WireEvent

if TYPE_CHECKING:
    from .engine import SyncReport


@dataclass(frozen=True)
class PendingEvent:
    """An outbox entry as the engine sees it: the wire body and its canonical size."""

    body: dict[str, Any]  # WireEvent fields, no server_seq
    size: int  # len(canonical_json(body))

    @property
    def id(self) -> str:
        return self.body["id"]


@dataclass(frozen=True)
class ApplyResult:
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    received: int = 0  # pulled events new to this desk
    conflicts: int = 0  # touched complaints with an open conflict after the fold
    restamped: int = 0  # refused for a clock too far ahead (hlc_ahead), re-stamped, pending again


@dataclass(frozen=True)
class LocalBlob:
    sha256: str
    size: int
    present: bool


class LocalPort(Protocol):
    """What the engine needs from the desk's database (one short transaction per call)."""

    def device_id(self) -> str: ...

    def cursor(self) -> str: ...

    def reset_inflight(self) -> None:
        """Make anything a crashed run left half-done pending again (called at run start)."""

    def pending_count(self) -> int: ...

    def pending_batch(self, max_bytes: int, max_events: int) -> list[PendingEvent]:
        """Oldest outbox entries, whole events, total canonical size <= max_bytes (at least one)."""

    def still_waiting(self, stamps: Mapping[str, str]) -> bool:
        """Every one of these events (id -> HLC) is still in the outbox with that HLC (not
        re-stamped: an early exchange carried them)."""

    def apply_exchange(self, sent_ids: Sequence[str], results: Sequence[ItemResult],
                       pulled: Sequence[WireEvent], new_cursor: str, server_time: str) -> ApplyResult:
        """ONE local transaction: mark pushed events, store pulled ones and fold them, move cursor."""

    def note_clock(self, offset_ms: int, server_time: str) -> None:
        """Remember the learned clock offset; the HLC observes the hub's time."""

    def reference_state(self) -> tuple[str | None, str | None]:
        """(ETag, ISO time of the last check)."""

    def apply_reference(self, data: dict[str, Any] | None, etag: str | None, checked_at: str) -> str | None:
        """Apply reference data (None: unchanged); a refusal's reason, or None when applied."""

    def local_blobs(self, shas: Sequence[str]) -> list[LocalBlob]:
        """Which of these blobs this desk has bytes for (size from the attachment record)."""

    def open_blob(self, sha256: str) -> BinaryIO: ...

    def mark_uploaded(self, sha256: str) -> None: ...

    # optional: ``set_aside(items)`` keeps pulled events that broke a rule (sync.pullcheck.SetAside)
    # optional: ``office_policy()`` -> {"timezone", "autoclose_days", "changed_at"}, sent with every
    # request so the hub's auto-close job uses the office's own rules (hub/offices.py)

    def batch_hint(self) -> int | None:
        """The batch target a previous run ended with (compressed bytes), if any."""

    def record_run(self, report: "SyncReport") -> None: ...
