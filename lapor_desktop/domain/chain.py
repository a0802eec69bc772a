"""Per-device event chains: each event names the hash of its device's previous event. Pure.

A desk's events form one chain in ``device_seq`` order: an event's ``prev`` is the chain hash of
the device's event with the next lower ``device_seq`` (None for the device's first event, and on
events from desks made before chains). The hub keeps the chain hash of every event it received
from a device and checks each pushed event's ``prev`` against it (``hub/accounts.py``), so an
event rewritten or deleted on a desk after it was written breaks the link the hub sees next.

The chain hash is SHA-256 of the event's canonical JSON without ``hlc`` and ``server_seq``: the
hub gives ``server_seq``, and a desk re-stamps ``hlc`` by design when the hub refused an event as
dated too far ahead (SYNC.md T8); every other field, ``prev`` included, is covered.
"""

from __future__ import annotations

import hashlib
import json

from .model import Event


def chain_hash(event: Event) -> str:
    body = event.to_wire()
    body.pop("hlc", None)
    body.pop("server_seq", None)
    raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def first_break(events: "list[Event]") -> Event | None:
    """The first event (in ``device_seq`` order) of one device's events whose ``prev`` does not
    name the chain hash of the event before it; None when the chain holds. Events without
    ``prev`` (written before chains) are not checked."""
    before: Event | None = None
    for e in sorted(events, key=lambda e: e.device_seq):
        if e.prev is not None and before is not None and e.prev != chain_hash(before):
            return e
        before = e
    return None
