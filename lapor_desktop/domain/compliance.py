"""Deadline compliance for reports: pure rules on dates, the office's working calendar and policy.

For a set of complaints (each with its office-local dates of receipt, first verification or
forward, forward, first follow-up and closing), as of ``today``:

* verified on time: verified (or forwarded) within ``verify_days`` working days of receipt. Counted
  over the complaints that were verified, or whose verification deadline has passed unverified.
* followed up on time: the agency's first follow-up within ``followup_days`` working days of the
  forward. Counted over the forwarded complaints that were followed up, or whose follow-up
  deadline has passed.
* closed on time: closed within ``completion_days`` calendar days of receipt. Counted over the
  complaints that were closed, or that have been open longer than that.
* median working days to close, over the closed ones.

A share is ``None`` when nothing is counted yet (the report says "—", not 0 %).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from .deadlines import DeadlinePolicy, WorkingCalendar


@dataclass(frozen=True)
class Milestones:
    received: date
    verified: date | None = None
    forwarded: date | None = None
    followed_up: date | None = None
    closed: date | None = None


@dataclass(frozen=True)
class Share:
    on_time: int
    counted: int

    @property
    def ratio(self) -> float | None:
        return self.on_time / self.counted if self.counted else None


@dataclass(frozen=True)
class Compliance:
    verified: Share
    followed_up: Share
    closed: Share
    median_days_to_close: float | None
    closed_count: int


def compliance(items: list[Milestones], policy: DeadlinePolicy, cal: WorkingCalendar, today: date) -> Compliance:
    v_on = v_n = f_on = f_n = c_on = c_n = 0
    days_to_close: list[int] = []
    for m in items:
        verify_due = cal.add_working_days(m.received, policy.verify_days)
        if m.verified is not None:
            v_n += 1
            v_on += m.verified <= verify_due
        elif today > verify_due:
            v_n += 1
        if m.forwarded is not None:
            follow_due = cal.add_working_days(m.forwarded, policy.followup_days)
            if m.followed_up is not None:
                f_n += 1
                f_on += m.followed_up <= follow_due
            elif today > follow_due:
                f_n += 1
        close_due = m.received + timedelta(days=policy.completion_days)
        if m.closed is not None:
            c_n += 1
            c_on += m.closed <= close_due
            days_to_close.append(max(0, cal.working_days_between(m.received, m.closed)))
        elif today > close_due:
            c_n += 1
    return Compliance(Share(v_on, v_n), Share(f_on, f_n), Share(c_on, c_n),
                      float(median(days_to_close)) if days_to_close else None, len(days_to_close))
