"""Identifiers: UUIDv7 (time-ordered, RFC 9562) made on the client."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def uuid7(ms: int | None = None) -> str:
    """A UUIDv7 string. Monotonic within this process even when called in the same millisecond."""
    global _last_ms, _last_rand
    with _lock:
        now = int(time.time() * 1000) if ms is None else ms
        if now <= _last_ms:
            now = _last_ms
            rand = _last_rand + 1
            if rand >= 1 << 74:
                now += 1
                rand = int.from_bytes(os.urandom(10), "big") >> 6
        else:
            rand = int.from_bytes(os.urandom(10), "big") >> 6  # 74 random bits
        _last_ms, _last_rand = now, rand
    rand_a = (rand >> 62) & 0xFFF
    rand_b = rand & ((1 << 62) - 1)
    value = (now & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))

