"""What the next push sends: the oldest waiting events, whole, within a size (canonical bytes).

One home for the run's port (``port.DeskPort``, on its session's connection) and for ``sync``'s
early first exchange (``early.py``, on a read-only ``sqlite3`` connection, before SQLAlchemy
loads): both read the outbox through ``store/sync_read.pending_events``.
"""

from __future__ import annotations

from lapor_desktop.protocol.wire import canonical_json
from lapor_desktop.store import sync_read
from lapor_desktop.sync.local_port import PendingEvent


def outbox_batch(conn: sync_read.Connection, max_bytes: int, max_events: int) -> list[PendingEvent]:
    """Oldest outbox entries, whole events, total canonical size <= ``max_bytes`` (at least one)."""
    events = sync_read.pending_events(conn, int(max_bytes * 1.1) + 2048, max_events)
    out: list[PendingEvent] = []
    total = 0
    for e in events:
        body = e.to_wire()
        body.pop("server_seq", None)
        size = len(canonical_json(body)) + 1
        if out and total + size > max_bytes:
            break
        out.append(PendingEvent(body, size))
        total += size
    return out
