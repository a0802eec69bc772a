"""Deadlines in working days (hari kerja), with Indonesian holidays, office closures and pauses.

Counting rule used everywhere: the start day (the day a complaint was received, forwarded, ...)
is day 0 and never counts; the deadline is the n-th working day after it. Received Monday with
3 days to verify: due Thursday. Received Saturday: due Wednesday.

A working day is a Monday-Friday that is neither a national holiday nor a cuti bersama day (both
from the ``holidays`` package: its ``public`` and ``government`` categories for Indonesia) nor a
closure the office admin added, unless the admin declared it an extra working day.

Pure: no clock. ``today`` is always passed in, and timestamps (ISO UTC) are turned into the
office's local date with ``zoneinfo``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Protocol
from zoneinfo import ZoneInfo

from lapor_desktop.core.settings import DEFAULT_TZ

from .enums import FINAL_STATUSES, Status
from .model import ComplaintState

_ONE = timedelta(days=1)


# ----------------------------------------------------------------------------- the calendar
class WorkingCalendar:
    """Which days are working days for the office.

    ``closures``: extra days off the admin added (cuti bersama not yet in the ``holidays``
    package, local closures). ``extra_working_days``: days that are worked although they fall
    on a weekend or holiday (a declared swap day). A day in both is a closure.
    ``include_cuti_bersama``: also take the package's cuti bersama days (its ``government``
    category); on by default because government offices are closed then.

    National holidays are loaded lazily, one year at a time, and cached.
    """

    def __init__(self, closures: Iterable[date] = (), extra_working_days: Iterable[date] = (),
                 *, include_cuti_bersama: bool = True, country: str = "ID") -> None:
        self.closures: frozenset[date] = frozenset(closures)
        self.extra_working_days: frozenset[date] = frozenset(extra_working_days) - self.closures
        self.include_cuti_bersama = include_cuti_bersama
        self.country = country
        self._years: dict[int, dict[date, str]] = {}
        self._lock = threading.Lock()

    # -- holidays
    def _load_year(self, year: int) -> dict[date, str]:
        import holidays as _holidays  # here, not at import: most commands never need a holiday

        categories = ("public", "government") if self.include_cuti_bersama else ("public",)
        try:
            h = _holidays.country_holidays(self.country, years=year, categories=categories,
                                           language="id")
        except (NotImplementedError, TypeError, ValueError, KeyError):
            # an older ``holidays`` without categories or the Indonesian names
            try:
                h = _holidays.country_holidays(self.country, years=year)
            except (NotImplementedError, KeyError):
                h = {}
        return {d: str(name) for d, name in h.items() if d.year == year}

    def holidays_in(self, year: int) -> dict[date, str]:
        """National holidays (and cuti bersama) of ``year``: date -> Indonesian name."""
        cached = self._years.get(year)
        if cached is None:
            with self._lock:
                cached = self._years.get(year)
                if cached is None:
                    cached = self._load_year(year)
                    self._years[year] = cached
        return cached

    def holiday_name(self, d: date) -> str | None:
        """Why ``d`` is a day off, if it is a holiday or a closure (weekends give ``None``)."""
        if d in self.closures:
            return self.holidays_in(d.year).get(d) or "Cuti bersama / libur kantor"
        return self.holidays_in(d.year).get(d)

    # -- working days
    def is_working_day(self, d: date) -> bool:
        if d in self.closures:
            return False
        if d in self.extra_working_days:
            return True
        if d.weekday() >= 5:
            return False
        return d not in self.holidays_in(d.year)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        d += _ONE
        while not self.is_working_day(d):
            d += _ONE
        return d

    def previous_working_day(self, d: date) -> date:
        """The last working day strictly before ``d``."""
        d -= _ONE
        while not self.is_working_day(d):
            d -= _ONE
        return d

    def working_day_on_or_after(self, d: date) -> date:
        return d if self.is_working_day(d) else self.next_working_day(d)

    def add_working_days(self, start: date, n: int) -> date:
        """The n-th working day after ``start`` (``start`` itself is day 0 and never counts).

        Monday + 3 is Thursday; Saturday + 3 is Wednesday. ``n == 0`` gives ``start`` when it is
        a working day, else the next working day. A negative ``n`` counts backwards.
        """
        if n == 0:
            return self.working_day_on_or_after(start)
        d = start
        step = self.next_working_day if n > 0 else self.previous_working_day
        for _ in range(abs(n)):
            d = step(d)
        return d

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days after ``a`` up to and including ``b``; negative (the
        working days after ``b`` up to and including ``a``) when ``b < a``; 0 when equal.
        For n >= 1, ``working_days_between(s, add_working_days(s, n)) == n``."""
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        d = a + _ONE
        while d <= b:
            if self.is_working_day(d):
                count += 1
            d += _ONE
        return count


# ----------------------------------------------------------------------------- policy
@dataclass
class DeadlinePolicy:
    verify_days: int = 3  # working days from receipt to verify and forward
    followup_days: int = 5  # working days from forwarding to the agency's follow-up
    autoclose_days: int = 10  # working days after the follow-up without a reply
    completion_days: int = 60  # calendar days from a complete file

    @classmethod
    def from_settings(cls, settings: object) -> "DeadlinePolicy":
        """From ``core.settings.Settings`` (or anything with the same attribute names)."""
        default = cls()
        return cls(**{name: int(getattr(settings, name, getattr(default, name)))
                      for name in ("verify_days", "followup_days", "autoclose_days",
                                   "completion_days")})


AUTOCLOSE_DAYS_RANGE = (1, 60)  # what an admin may set, on the desk and on the hub


def policy_problems(timezone_name: object, autoclose_days: object) -> list[str]:
    """What is wrong with an office's time zone and auto-close days (English, naming the field);
    empty when both are usable. ``None`` stands for "not given" and is never wrong."""
    problems: list[str] = []
    if timezone_name is not None:
        if not isinstance(timezone_name, str) or not _zone_ok(timezone_name):
            problems.append(f"timezone: {str(timezone_name)[:64]!r} is not a known time zone "
                            "(e.g. Asia/Jayapura, Asia/Makassar, Asia/Jakarta)")
    if autoclose_days is not None:
        lo, hi = AUTOCLOSE_DAYS_RANGE
        if isinstance(autoclose_days, bool) or not isinstance(autoclose_days, int) \
                or not lo <= autoclose_days <= hi:
            problems.append(f"autoclose_days: {str(autoclose_days)[:20]!r} is not a whole number "
                            f"from {lo} to {hi}")
    return problems


def _zone_ok(name: str) -> bool:
    if not 0 < len(name) <= 64:
        return False
    try:
        ZoneInfo(name)
    except (ValueError, OSError, KeyError):  # ZoneInfoNotFoundError is a KeyError
        return False
    return True


# ----------------------------------------------------------------------------- pauses
def deadline_with_pauses(start: date, n: int, pauses: Iterable[tuple[date, date | None]],
                         cal: WorkingCalendar, today: date | None = None) -> date:
    """The n-th working day after ``start``, not counting working days on which the clock was
    paused.

    Exact rule: a pause ``(s, e)`` covers the days ``s <= d < e`` (the day the missing
    information arrived counts again); an open pause ``(s, None)`` covers ``s <= d <= today``
    (so it is shown as if the information arrived tomorrow). Walking forward from the day
    after ``start``, each working day that is covered by a pause is skipped, each other working
    day counts; the deadline is the day the count reaches ``n``. Consequences:

    * every covered working day up to the deadline pushes it one working day later;
    * a pause that starts after the deadline (as extended by earlier pauses) changes nothing:
      the deadline had already passed when it began; one starting on the deadline day extends it;
    * weekends and holidays inside a pause are not counted twice; days on or before ``start``
      never count anyway, so pauses before ``start`` change nothing;
    * a pause whose end is on or before its start is empty.

    ``today`` is needed only for an open pause; when it is ``None`` the machine's date is used.
    ``n == 0``: the first working day on or after ``start`` that is not covered; ``n < 0``:
    plain ``cal.add_working_days`` (pauses ignored).
    """
    intervals: list[tuple[date, date]] = []  # [s, e) half-open
    for s, e in pauses:
        if e is None:
            end = (today if today is not None else date.today()) + _ONE
        else:
            end = e
        if end > s:
            intervals.append((s, end))
    intervals.sort()

    def covered(d: date) -> bool:
        return any(s <= d < e for s, e in intervals)

    if n < 0:
        return cal.add_working_days(start, n)  # counting backwards: plain arithmetic
    if n == 0:
        d = start
        while not cal.is_working_day(d) or covered(d):
            d += _ONE
        return d
    d = start
    count = 0
    while True:
        d += _ONE
        if cal.is_working_day(d) and not covered(d):
            count += 1
            if count >= n:
                return d


# ----------------------------------------------------------------------------- per complaint
@dataclass(frozen=True)
class DeadlineInfo:
    kind: str | None  # "verify" | "followup" | "autoclose" | None
    due: date | None
    paused: bool
    state: str  # "ok" | "due_soon" | "overdue" | "paused" | "none"
    working_days_left: int | None  # 0 on the due day, negative when overdue


NO_DEADLINE = DeadlineInfo(kind=None, due=None, paused=False, state="none", working_days_left=None)


def local_date(iso: str | None, tz: str = DEFAULT_TZ) -> date | None:
    """The office's local calendar date of an ISO timestamp (naive = UTC); ``None`` if unusable."""
    if not iso or not isinstance(iso, str):
        return None
    value = iso.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        try:  # a bare date
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt.astimezone(ZoneInfo(tz)).date()


def _latest(*isos: str | None) -> str | None:
    present = [v for v in isos if v]
    if not present:
        return None
    # ISO UTC strings from the program sort as text; compare as instants to be safe
    return max(present, key=lambda v: _instant(v))


def _instant(iso: str) -> datetime:
    value = iso.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return datetime.min.replace(tzinfo=timezone.utc)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=timezone.utc)
    return dt


def _pause_dates(state: ComplaintState, tz: str) -> list[tuple[date, date | None]]:
    out: list[tuple[date, date | None]] = []
    for p in state.pauses:
        s = local_date(p.start, tz)
        if s is None:
            continue
        e = local_date(p.end, tz) if p.end else None
        if p.end and e is None:
            continue  # an unreadable end: ignore the pause rather than pause forever
        out.append((s, e))
    return out


def classify_due(due: date, today: date, cal: WorkingCalendar) -> str:
    if today > due:
        return "overdue"
    if due == today or due <= cal.next_working_day(today):
        return "due_soon"
    return "ok"


def deadline_for(state: ComplaintState, policy: DeadlinePolicy, cal: WorkingCalendar,
                 today: date, tz: str = DEFAULT_TZ) -> DeadlineInfo:
    """The deadline that matters now for this complaint.

    * ``belum_terverifikasi``, ``terverifikasi``, ``bukan_wewenang``: ``verify``, from the local
      date of ``received_at`` + ``verify_days``, extended by the pauses (``state.pauses``). For
      ``bukan_wewenang`` the state keeps no decline time, so the clock is still the receipt's.
    * ``menunggu_kelengkapan``: ``verify`` with ``state == "paused"``; the due date is computed
      as if the open pause ended at the end of ``today``.
    * ``terdisposisi``: ``followup``, from the later of ``forwarded_at`` and ``last_reply_at``
      (a reporter's reply that reopened a closed complaint restarts the agency's clock) +
      ``followup_days``; without ``forwarded_at`` (an imported row) from ``received_at``.
    * ``ditindaklanjuti``: ``autoclose``, :func:`autoclose_date` (the rule the hub closes by).
    * final statuses, an unknown status or no usable start time: ``kind None``, ``state "none"``.

    ``state``: ``overdue`` when ``today > due``; ``due_soon`` when the due day is today or the
    next working day; else ``ok``. ``working_days_left`` is ``working_days_between(today, due)``.
    """
    status = state.status
    if not status or status in FINAL_STATUSES:
        return NO_DEADLINE
    try:
        status = Status(status)
    except ValueError:
        return NO_DEADLINE
    paused = False
    pauses: list[tuple[date, date | None]] = []
    if status in (Status.BELUM_TERVERIFIKASI, Status.TERVERIFIKASI, Status.BUKAN_WEWENANG,
                  Status.MENUNGGU_KELENGKAPAN):
        kind, start_iso, n = "verify", state.received_at, policy.verify_days
        pauses = _pause_dates(state, tz)
        paused = status == Status.MENUNGGU_KELENGKAPAN
        if paused and not any(e is None for _, e in pauses):
            # paused without an open pause on record (imported row): pause from today
            pauses.append((today, None))
    elif status == Status.TERDISPOSISI:
        kind, n = "followup", policy.followup_days
        start_iso = _latest(state.forwarded_at, state.last_reply_at) if state.forwarded_at \
            else state.received_at
    elif status == AUTOCLOSE_STATUS:
        due = autoclose_date(state, policy, cal, tz)
        if due is None:
            return NO_DEADLINE
        return DeadlineInfo(kind="autoclose", due=due, paused=False,
                            state=classify_due(due, today, cal),
                            working_days_left=cal.working_days_between(today, due))
    else:  # pragma: no cover - every open status is handled above
        return NO_DEADLINE
    start = local_date(start_iso, tz)
    if start is None:
        return NO_DEADLINE
    due = deadline_with_pauses(start, n, pauses, cal, today=today)
    left = cal.working_days_between(today, due)
    st = "paused" if paused else classify_due(due, today, cal)
    return DeadlineInfo(kind=kind, due=due, paused=paused, state=st, working_days_left=left)


# ----------------------------------------------------------------------------- auto-close
AUTOCLOSE_STATUS = Status.DITINDAKLANJUTI


class AutocloseMarks(Protocol):
    """What the auto-close rule reads of a complaint: the desk's ``ComplaintState`` and the hub's
    ``complaints`` row both have these attributes (ISO UTC strings or ``None``)."""

    status: str
    followed_up_at: str | None
    last_reply_at: str | None
    forwarded_at: str | None
    received_at: str | None


def autoclose_date(c: AutocloseMarks, policy: DeadlinePolicy, cal: WorkingCalendar,
                   tz: str = DEFAULT_TZ) -> date | None:
    """The last day a followed-up complaint waits for the reporter: the office-local date of the
    later of ``followed_up_at`` and ``last_reply_at`` (imported complaints have neither: then
    ``forwarded_at``, then ``received_at``) + ``policy.autoclose_days`` working days of ``cal``.

    ``None`` when the complaint is not ``ditindaklanjuti`` or has no usable time. The one rule for
    both sides: the desk shows this date, the hub closes the complaint on the day after it
    (:func:`autoclose_due`).
    """
    try:
        if Status(c.status) != AUTOCLOSE_STATUS:
            return None
    except ValueError:
        return None
    start_iso = _latest(c.followed_up_at, c.last_reply_at) or c.forwarded_at or c.received_at
    start = local_date(start_iso, tz)
    if start is None:
        return None
    return cal.add_working_days(start, policy.autoclose_days)


def autoclose_due(c: AutocloseMarks, policy: DeadlinePolicy, cal: WorkingCalendar, today: date,
                  tz: str = DEFAULT_TZ) -> bool:
    """True when the system closes the complaint on ``today`` (office-local): its auto-close date
    has passed without a reply."""
    due = autoclose_date(c, policy, cal, tz)
    return due is not None and today > due


def receipt_deadline(received_at_iso: str, policy: DeadlinePolicy, cal: WorkingCalendar,
                     tz: str = DEFAULT_TZ) -> date:
    """The "diverifikasi paling lambat" date printed on the receipt: the local receipt date +
    ``verify_days`` working days. Raises ``ValueError`` for an unreadable timestamp."""
    start = local_date(received_at_iso, tz)
    if start is None:
        raise ValueError(f"not an ISO timestamp: {received_at_iso!r}")
    return cal.add_working_days(start, policy.verify_days)


def completion_deadline(state: ComplaintState, policy: DeadlinePolicy,
                        tz: str = DEFAULT_TZ) -> date | None:
    """The overall limit: ``completion_days`` calendar days from a complete file, i.e. from the
    end of the last closed pause when there was one after receipt, else from receipt. ``None``
    while waiting for the reporter, or without a usable receipt time."""
    if state.paused:
        return None
    base = local_date(state.received_at, tz)
    if base is None:
        return None
    for p in state.pauses:
        e = local_date(p.end, tz) if p.end else None
        if e is not None and e > base:
            base = e
    return base + timedelta(days=policy.completion_days)
