"""Offices on the hub and the deadline policy each keeps: its time zone and auto-close days.

Where the policy comes from (one owner: the office's desk admin)
------------------------------------------------------------------
The desk admin sets the auto-close days (Settings, 1-60) and the time zone (set-up) on the desk,
which shows complaints' auto-close dates by them. Every sync request carries them
(``office_policy``: ``timezone``, ``autoclose_days``, ``changed_at`` = when the desk's admin last
changed them); the hub keeps, per office, the values with the newest ``changed_at``, so two desks
of one office never flip the hub back and forth, and the hub's auto-close job
(:func:`lapor_desktop.hub.national.autoclose`) closes by the same numbers the desk shows.

``lapor-hub offices add/set --timezone --autoclose-days`` sets them for an office none of whose
desks has sent any yet (desks of an older version): such a value is undated (``changed_at`` "")
and the first desk that sends its own replaces it. Without any value the hub uses its
``--timezone`` and the default 10 working days.

A policy that fails the domain's checks (:func:`~lapor_desktop.domain.deadlines.policy_problems`)
is ignored with a warning: it never fails the sync that carried it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lapor_desktop.core.clock import iso_utc, parse_iso
from lapor_desktop.domain.deadlines import DeadlinePolicy, policy_problems

from .storage import HubDB, Office

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OfficePolicy:
    timezone: str | None
    autoclose_days: int | None
    changed_at: str = ""  # ISO UTC; "" = undated (set by the hub admin, or an older desk)


def parse_policy(raw: Any) -> OfficePolicy | None:
    """A sync request's ``office_policy`` if it is usable, else ``None`` (logged, not raised)."""
    if raw is None:
        return None
    if not isinstance(raw, dict):
        log.warning("office_policy ignored: not an object")
        return None
    tz, days, changed = raw.get("timezone"), raw.get("autoclose_days"), raw.get("changed_at") or ""
    problems = policy_problems(tz, days)
    if problems:
        log.warning("office_policy ignored: %s", "; ".join(problems))
        return None
    if tz is None and days is None:
        return None
    try:
        changed = iso_utc(parse_iso(changed)) if changed else ""
    except (TypeError, ValueError):
        changed = ""  # an unreadable time counts as undated
    return OfficePolicy(timezone=tz, autoclose_days=days, changed_at=changed)


def _merged(current: tuple[str | None, int | None, str | None],
            policy: OfficePolicy) -> tuple[str | None, int | None, str] | None:
    """The office's (timezone, autoclose_days, changed_at) after ``policy``; None: no change
    (the office holds a newer change, or the same values)."""
    tz, days, changed = current
    if (changed or "") > policy.changed_at:
        return None
    new = (policy.timezone or tz, policy.autoclose_days or days, policy.changed_at)
    return None if new == (tz, days, changed or "") else new


def needs_recording(s: Session, office_code: str, policy: OfficePolicy) -> bool:
    """Whether :func:`record_policy` would change anything (asked in a read transaction, so an
    unchanged policy costs the sync no write)."""
    row = s.execute(select(Office.timezone, Office.autoclose_days, Office.policy_changed_at)
                    .where(Office.code == office_code)).first()
    return row is not None and _merged(tuple(row), policy) is not None  # type: ignore[arg-type]


def note_policy(db: HubDB, office_code: str, raw: Any) -> None:
    """Keep the policy a desk sent with its sync; a write transaction only when it changes
    anything (most syncs carry what the hub already holds)."""
    policy = parse_policy(raw)
    if policy is None:
        return
    with db.read() as s:
        if not needs_recording(s, office_code, policy):
            return
    with db.write() as s:
        record_policy(s, office_code, policy)


def record_policy(s: Session, office_code: str, policy: OfficePolicy) -> bool:
    """Keep ``policy`` for the office unless the office holds a newer change; True if it changed."""
    office = s.get(Office, office_code)
    if office is None:
        return False
    new = _merged((office.timezone, office.autoclose_days, office.policy_changed_at), policy)
    if new is None:
        return False
    office.timezone, office.autoclose_days, office.policy_changed_at = new
    log.info("office %s: auto-close policy now %s working days in %s", office_code, new[1], new[0])
    return True


def set_by_admin(office: Office, tz: str | None, days: int | None) -> tuple[int, str, str] | None:
    """The hub admin's values for an office whose desks sent none; else why not, as (HTTP-like
    status, code, detail)."""
    if tz is None and days is None:
        return None
    problems = policy_problems(tz, days)
    if problems:
        return 422, "invalid_policy", "; ".join(problems)
    if office.policy_changed_at:
        return (409, "policy_from_desk",
                f"office {office.code}'s desks send their own time zone and auto-close days (last "
                f"changed {office.policy_changed_at}); change them in a desk's Settings "
                "(Pengaturan): the desks' next sync brings them here")
    office.timezone = tz or office.timezone
    office.autoclose_days = days or office.autoclose_days
    return None


@dataclass(frozen=True)
class Rules:
    """What the auto-close job needs of one office."""

    policy: DeadlinePolicy
    timezone: str


def office_rules(s: Session, default_tz: str) -> dict[str, Rules]:
    """Every office's auto-close rules (the hub's defaults where it has none)."""
    default_days = DeadlinePolicy().autoclose_days
    out: dict[str, Rules] = {}
    for code, tz, days in s.execute(select(Office.code, Office.timezone, Office.autoclose_days)):
        out[code] = Rules(DeadlinePolicy(autoclose_days=days or default_days), tz or default_tz)
    return out


def describe(o: Office) -> dict[str, Any]:
    return {"code": o.code, "name": o.name, "created_at": o.created_at, "timezone": o.timezone,
            "autoclose_days": o.autoclose_days, "policy_changed_at": o.policy_changed_at or ""}
