"""What a desk checks in every pulled event before it applies it (issue 12).

A pull page is read event by event: an event that breaks a rule (not a valid wire event, an HLC
more than :data:`~lapor_desktop.protocol.wire.MAX_HLC_SKEW_MS` ahead of the hub's own
``server_time`` in the same answer, ``data`` that fails the per-type checks) is *set aside*: it
is kept as a rejected record (the desk stores it, ``sync-status`` and the Sinkronisasi page show
it), never applied and never observed by the desk's clock. The other events of the page are
applied as usual and the cursor moves past the bad one, so one bad event never blocks the pull.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from lapor_desktop.core.clock import parse_iso, to_ms

from lapor_desktop.protocol.codes import RejectCode
from lapor_desktop.protocol.events import check_event_data, check_stream, hlc_ahead_by
from lapor_desktop.protocol.wire import MAX_HLC_SKEW_MS, SyncPage, SyncResponse, WireEvent

BODY_KEEP = 64 << 10  # characters of a set-aside event kept for the record


@dataclass(frozen=True)
class SetAside:
    event_id: str
    server_seq: int | None
    complaint_id: str | None
    type: str | None
    code: str
    detail: str
    body: str


def _text(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def screen(page: SyncPage, skew_ms: int = MAX_HLC_SKEW_MS) -> SyncResponse:
    """The page as a :class:`SyncResponse` of the events that pass; the others in ``set_aside``."""
    try:
        hub_ms: int | None = to_ms(parse_iso(page.server_time))
    except (ValueError, TypeError, OverflowError):
        hub_ms = None
    good: list[WireEvent] = []
    aside: list[SetAside] = []
    for i, raw in enumerate(page.events):
        problem = _problem(raw, hub_ms, skew_ms)
        if isinstance(problem, WireEvent):
            good.append(problem)
            continue
        code, detail = problem
        d = raw if isinstance(raw, dict) else {}
        seq = d.get("server_seq")
        aside.append(SetAside(
            event_id=_text(d.get("id"), 64) or f"page-{page.cursor}-{i}",
            server_seq=seq if isinstance(seq, int) and not isinstance(seq, bool) else None,
            complaint_id=_text(d.get("complaint_id"), 64), type=_text(d.get("type"), 100),
            code=code, detail=detail[:500],
            body=json.dumps(raw, ensure_ascii=False, default=str)[:BODY_KEEP]))
    resp = SyncResponse(results=page.results, events=good, cursor=page.cursor, has_more=page.has_more,
                        missing_blobs=page.missing_blobs, server_time=page.server_time)
    resp.set_aside = aside
    return resp


def _problem(raw: Any, hub_ms: int | None, skew_ms: int) -> WireEvent | tuple[str, str]:
    try:
        ev = WireEvent.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()))
        return RejectCode.MALFORMED, f"{where}: {first.get('msg', 'invalid')}"
    if ev.server_seq is None:
        return RejectCode.MALFORMED, "server_seq: missing"
    if hub_ms is not None:
        ahead = hlc_ahead_by(ev.hlc, hub_ms)
        if ahead > skew_ms:
            return (RejectCode.HLC_AHEAD,
                    f"hlc {ev.hlc} is {ahead // 60000} minutes ahead of the hub's clock "
                    f"(at most {skew_ms // 60000} allowed)")
    bad = check_event_data(ev.type, ev.data) or check_stream(ev.type, ev.complaint_id)
    if bad is not None:
        return RejectCode.MALFORMED, bad
    return ev
