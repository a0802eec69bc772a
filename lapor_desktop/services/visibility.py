"""What the signed-in actor may see, applied to what the services hand out: one complaint's state
and timeline, queue rows, export records. The rules are ``domain/permissions.py``; this module
only takes out what they say the actor may not see, so every service masks the same way.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import replace
from typing import Any

from lapor_desktop.core.errors import PermissionDenied
from lapor_desktop.domain.enums import EventType
from lapor_desktop.domain.model import Actor, ComplaintState
from lapor_desktop.domain.permissions import sees_complaint, sees_identity
from lapor_desktop.store import queue_queries as qq
from lapor_desktop.store import repo

# the projection's identity columns (queue rows, exports)
IDENTITY_COLUMNS = ("reporter_name", "reporter_nik", "reporter_phone", "reporter_email", "reporter_address")


def check_sees(actor: Actor, state: ComplaintState) -> None:
    """Refuse a complaint the actor may not see at all (a liaison: another agency's)."""
    if not sees_complaint(actor.role, actor.agency_id, state.agency_id):
        raise PermissionDenied("not forwarded to your agency", code="not_your_agency")


def mask_timeline_entry(t: repo.TimelineEntry) -> repo.TimelineEntry:
    """The entry without the reporter's identity (the creation and edits of the reporter)."""
    e = t.event
    if e.type not in (EventType.CREATED, EventType.IMPORTED) and not (
            e.type == EventType.EDITED and "reporter" in (e.data.get("fields") or {})):
        return t
    data = dict(e.data)
    if "reporter" in data:
        data["reporter"] = None
    if isinstance(data.get("fields"), dict):
        data["fields"] = {k: v for k, v in data["fields"].items() if k != "reporter"}
    return replace(t, event=replace(e, data=data))


def mask_record(actor: Actor, record: MutableMapping[str, Any]) -> bool:
    """Blank the identity columns of a projection row the actor may not see them on (in place).
    Returns True when they were hidden."""
    if sees_identity(actor.role, anonymous=bool(record.get("anonymous"))):
        return False
    for f in IDENTITY_COLUMNS:
        if f in record:
            record[f] = None
    return True


def mask_queue_item(actor: Actor, item: qq.QueueItem) -> qq.QueueItem:
    if item.reporter_name is None or sees_identity(actor.role, anonymous=item.anonymous):
        return item
    return replace(item, reporter_name=None)
