"""Time: an injectable clock and the hybrid logical clock (HLC) that orders events.

All stored times are UTC ISO-8601 strings with milliseconds and a trailing ``Z``.
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:  # aware, UTC
        ...


class SystemClock:
    """The machine's clock, optionally corrected by an offset learned from the hub."""

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset


class FixedClock:
    """A clock for tests: stands still until moved."""

    def __init__(self, at: datetime) -> None:
        self._at = at.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self._at

    def advance(self, **kwargs: float) -> None:
        self._at += timedelta(**kwargs)

    def set(self, at: datetime) -> None:
        self._at = at.astimezone(timezone.utc)


def iso_utc(dt: datetime) -> str:
    """``2026-11-28T08:00:00.000Z``"""
    dt = dt.astimezone(timezone.utc)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> datetime:
    """Parse an ISO-8601 timestamp; a naive one is taken as UTC."""
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    dt = datetime.fromisoformat(value)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(timezone.utc)


def to_ms(dt: datetime) -> int:
    return int(dt.timestamp() * 1000)


# --------------------------------------------------------------------------- HLC
HLC_COUNTER_MAX = 99999
SKEW_WARN_MS = 5 * 60 * 1000  # a desk clock this far from the hub's is shown as a warning
HLC_MS_LIMIT = 10**15 - 1  # 15 digits of milliseconds (year 33658); nothing at or past it is adopted


def format_hlc(ms: int, counter: int) -> str:
    """Sortable as a string: 15 digits of milliseconds, a dash, 5 digits of counter."""
    return f"{ms:015d}-{counter:05d}"


def parse_hlc(value: str) -> tuple[int, int]:
    ms, _, counter = value.partition("-")
    return int(ms), int(counter or 0)


class HybridLogicalClock:
    """Kulkarni et al.'s HLC. ``tick()`` for a local event, ``observe()`` for a received one.

    Causal order is kept even when the wall clock is hours off: an event made after
    seeing another always sorts after it.

    ``max_ahead_ms`` (the hub's, and the desks' for what they pull): a reading more than this
    ahead of the wall clock is never adopted, neither as ``last`` nor by ``observe`` (which
    then returns False), so no stored or received value can drag the clock away; every
    reading keeps the 15-digit pattern.
    """

    def __init__(self, clock: Clock, last: str | None = None, max_ahead_ms: int | None = None) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self.max_ahead_ms = max_ahead_ms
        self._ms, self._counter = (0, 0)
        if last:
            ms, counter = parse_hlc(last)
            if self.acceptable(ms):
                self._ms, self._counter = ms, counter

    def acceptable(self, ms: int) -> bool:
        """Whether a reading of ``ms`` milliseconds may be adopted (within the bound)."""
        if ms >= HLC_MS_LIMIT:
            return False
        return self.max_ahead_ms is None or ms <= to_ms(self._clock.now()) + self.max_ahead_ms

    @property
    def last(self) -> str:
        return format_hlc(self._ms, self._counter)

    def tick(self) -> str:
        with self._lock:
            wall = to_ms(self._clock.now())
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._counter += 1
                if self._counter > HLC_COUNTER_MAX:
                    self._ms, self._counter = self._ms + 1, 0
            return format_hlc(self._ms, self._counter)

    def observe(self, remote: str) -> bool:
        """Move past ``remote``; False (and no change) when it is beyond the bound."""
        r_ms, r_counter = parse_hlc(remote)
        if not self.acceptable(r_ms):
            return False
        with self._lock:
            wall = to_ms(self._clock.now())
            new_ms = max(self._ms, r_ms, wall)
            if new_ms == self._ms and new_ms == r_ms:
                counter = max(self._counter, r_counter) + 1
            elif new_ms == self._ms:
                counter = self._counter + 1
            elif new_ms == r_ms:
                counter = r_counter + 1
            else:
                counter = 0
            if counter > HLC_COUNTER_MAX:
                new_ms, counter = new_ms + 1, 0
            self._ms, self._counter = new_ms, counter
        return True
