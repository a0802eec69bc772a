"""What the hub checks of each pushed event's actor and chain (issue 14). hub/service.py's push
calls :class:`PushChecks` once per event, after the envelope, id and clock checks.

**Actor.** The office's accounts are the account events its desks pushed (``domain/accounts.py``,
the account stream). An event is accepted only when its actor is an account of the device's
office (``actor_unknown``), active at the event's HLC (``actor_disabled``; creation counts from
the start, so a desk's backlog from before its accounts were shared still passes) and of a role
that may write that event type (``actor_not_allowed``; ``domain/permissions.may_write_event``,
the one table). Two exceptions, both documented in SECURITY.md:

* an office whose desks never sent an account (desks from before office-wide accounts) is not
  checked by actor, as before: the first account event an enrolled desk sends starts the checks;
* an ``account.created`` of a login the office already has changes nothing (the first creation
  in event order stands) and is accepted from any of its desks (a new desk's first-run accounts);
  one that would sort before the existing creation is refused (``account_exists``);
* while an office has no active admin on the hub, it is being founded: account events from its
  enrolled desks are accepted (the enrolment code the hub admin issued for that office is what
  vouches for the desk). From its first active admin on, only an active admin changes accounts
  (anyone may set their own password).

**Chain.** Each event's ``prev`` must be the chain hash of the device's event with the next lower
``device_seq`` that the hub received (``event_links``); otherwise the event is refused
``chain_broken`` and the break is written to the hub's audit log (``lapor-hub audit``). The link
of every event that got this far is kept, refused or not, so only the event at a break is
refused and the chain goes on from it. Events without ``prev`` (desks from before chains) pass
while the device has sent no chained event; a device's chain starts at its first event the hub
keeps a link for (events stored before revision h0005 have none).
"""

from __future__ import annotations

import json
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lapor_desktop.domain import accounts as acc
from lapor_desktop.domain.chain import chain_hash
from lapor_desktop.domain.enums import ACCOUNT_TYPES, ACCOUNTS_STREAM, EventType
from lapor_desktop.domain.model import Event
from lapor_desktop.domain.permissions import may_write_event
from lapor_desktop.protocol.codes import RejectCode
from lapor_desktop.protocol.events import check_stream
from lapor_desktop.protocol.wire import WireEvent

from .storage import EventLink, StoredEvent

Verdict = tuple[str, str] | None
_Link = tuple[int, str, "str | None", str]  # device_seq, hash, prev, event_id


class PushChecks:
    """The actor and chain checks of one push (one device, one write transaction)."""

    def __init__(self, s: Session, office: str, device_id: str) -> None:
        self.s = s
        self.office = office
        self.device_id = device_id
        self._stream: list[Event] | None = None
        self._accounts: dict[str, acc.AccountState] | None = None
        self.breaks: list[str] = []  # details of chain breaks found (for the audit log)
        self._top_link: _Link | None = None
        self._top_loaded = False
        self._new: dict[int, _Link] = {}  # links of this push, by device_seq

    # ------------------------------------------------------------------ accounts
    def stream(self) -> list[Event]:
        if self._stream is None:
            bodies = self.s.scalars(select(StoredEvent.body).where(StoredEvent.office_code == self.office,
                                                                   StoredEvent.complaint_id == ACCOUNTS_STREAM))
            self._stream = acc.order(Event.from_wire(json.loads(b)) for b in bodies)
        return self._stream

    def accounts(self) -> dict[str, acc.AccountState]:
        if self._accounts is None:
            self._accounts = acc.fold_accounts(self.stream())
        return self._accounts

    def actor(self, ev: WireEvent) -> Verdict:
        problem = check_stream(ev.type, ev.complaint_id)
        if problem is not None:
            return RejectCode.MALFORMED, problem
        stream = self.stream()
        if not stream:
            return None  # an office whose desks never sent an account: not checked by actor
        if ev.type == EventType.ACCOUNT_CREATED:
            first = next((e for e in stream if e.type == EventType.ACCOUNT_CREATED
                          and e.data.get("login") == ev.data.get("login")), None)
            if first is not None:
                if ev.to_event().sort_key < first.sort_key:
                    return RejectCode.ACCOUNT_EXISTS, f"the office already has the account {ev.data.get('login')!r}"
                return None  # changes nothing (the first creation stands): a new desk's own copy
        if ev.type in ACCOUNT_TYPES and not acc.has_active_admin(self.accounts()):
            return None  # being founded
        login = ev.actor.user
        state = acc.state_at(stream, login, ev.hlc)
        if state is None:
            return RejectCode.ACTOR_UNKNOWN, f"{login!r} is not an account of office {self.office}"
        if state.disabled:
            return RejectCode.ACTOR_DISABLED, f"the account {login!r} was disabled at the event's time"
        if state.role != ev.actor.role or not may_write_event(
                state.role, ev.type, actor_login=login, target_login=ev.data.get("login")):
            return (RejectCode.ACTOR_NOT_ALLOWED,
                    f"the account {login!r} ({state.role}) may not write {ev.type}")
        return None

    def accepted(self, ev: WireEvent) -> None:
        """An accepted account event joins the stream the next events are judged by."""
        if ev.type in ACCOUNT_TYPES:
            self._stream = acc.order([*self.stream(), ev.to_event()])
            self._accounts = None

    # ------------------------------------------------------------------ chain
    def chain(self, ev: WireEvent) -> Verdict:
        """Check ``ev.prev`` against the device's chain and keep ``ev``'s link (written by
        :meth:`flush`, once per push)."""
        link = chain_hash(ev.to_event())
        top = self._top()
        seq = ev.device_seq
        if top is not None and seq > top[0]:
            same, before = None, top  # the usual case: the next event of the device, no query
        else:
            same = self._link(seq)
            before = None if same is not None else self._link_below(seq)
        if same is not None:
            if same[1] == link:
                return None  # sent again (re-stamped after hlc_ahead): judged the first time
            return self._broken(ev, f"device_seq {seq} was already used by another event")
        self._new[seq] = (seq, link, ev.prev, ev.id)
        if top is None or seq > top[0]:
            self._top_link = self._new[seq]
        if before is None:
            return None  # the device's chain starts here
        if ev.prev is None:
            if before[2] is None:
                return None  # a desk from before chains
            return self._broken(ev, f"device_seq {seq} names no previous event")
        if ev.prev != before[1]:
            return self._broken(ev, f"device_seq {seq} does not follow device_seq {before[0]} as the hub "
                                    "received it")
        return None

    def flush(self) -> None:
        """Write the links of this push (one statement)."""
        if self._new:
            self.s.execute(insert(EventLink), [{"device_id": self.device_id, "device_seq": q, "hash": h,
                                                "prev": p, "event_id": e} for q, h, p, e in self._new.values()])
            self._new.clear()

    def _top(self) -> _Link | None:
        """The device's link with the highest ``device_seq`` (loaded once per push)."""
        if not self._top_loaded:
            row = self.s.execute(select(EventLink.device_seq, EventLink.hash, EventLink.prev, EventLink.event_id)
                                 .where(EventLink.device_id == self.device_id)
                                 .order_by(EventLink.device_seq.desc()).limit(1)).first()
            self._top_link = tuple(row) if row is not None else None  # type: ignore[assignment]
            self._top_loaded = True
        return self._top_link

    def _link(self, seq: int) -> _Link | None:
        if seq in self._new:
            return self._new[seq]
        row = self.s.execute(select(EventLink.device_seq, EventLink.hash, EventLink.prev, EventLink.event_id)
                             .where(EventLink.device_id == self.device_id, EventLink.device_seq == seq)).first()
        return tuple(row) if row is not None else None  # type: ignore[return-value]

    def _link_below(self, seq: int) -> _Link | None:
        row = self.s.execute(select(EventLink.device_seq, EventLink.hash, EventLink.prev, EventLink.event_id)
                             .where(EventLink.device_id == self.device_id, EventLink.device_seq < seq)
                             .order_by(EventLink.device_seq.desc()).limit(1)).first()
        found: _Link | None = tuple(row) if row is not None else None  # type: ignore[assignment]
        mine = [q for q in self._new if q < seq]
        if mine and (found is None or max(mine) > found[0]):
            return self._new[max(mine)]
        return found

    def _broken(self, ev: WireEvent, why: str) -> Verdict:
        self.breaks.append(f"{why} (event {ev.id})")
        return (RejectCode.CHAIN_BROKEN,
                f"{why}: an event of this desk was changed or deleted after it was written")
