"""Each event type's ``data`` on the wire (protocol/events.py): in the hub's OpenAPI document, and
checked item by item, the field named, on a real hub."""

from __future__ import annotations

import pytest
import requests

from lapor_desktop.core.ids import uuid7
from lapor_desktop.domain.enums import ACCOUNTS_STREAM, EventType

from .conftest import Desk, new_office

# one bad ``data`` per type: the field the hub must name in its detail
BAD_DATA: dict[str, tuple[dict, str]] = {
    EventType.CREATED: ({"office_code": "X"}, "data.title"),
    EventType.EDITED: ({"fields": {"status": "selesai"}}, "data.fields"),
    EventType.FLAGS_CHANGED: ({"anonymous": "ya"}, "data.anonymous"),
    EventType.VERIFIED: ({"note": 5}, "data.note"),
    EventType.INFO_REQUESTED: ({"note": ["?"]}, "data.note"),
    EventType.INFO_RECEIVED: ({"note": {"a": 1}}, "data.note"),
    EventType.FORWARDED: ({"agency_id": "dinas"}, "data.agency_id"),
    EventType.DECLINED: ({"agency_id": 1.5}, "data.agency_id"),
    EventType.FOLLOWED_UP: ({"agency_id": 3}, "data.text"),
    EventType.REPORTER_REPLIED: ({"text": None}, "data.text"),
    EventType.CLOSED: ({"by": "pelapor"}, "data.by"),
    EventType.ARCHIVED: ({"by": "admin", "reason": False}, "data.reason"),
    EventType.REOPENED: ({"reason": 7}, "data.reason"),
    EventType.COMMENTED: ({"text": "x", "resolves": "not a list"}, "data.resolves"),
    EventType.ATTACHMENT_ADDED: ({"sha256": "a" * 64, "size": -1}, "data.size"),
    EventType.IMPORTED: ({"office_code": "bad code!"}, "data.office_code"),
    EventType.ACCOUNT_CREATED: ({"login": "budi", "role": {"admin": True}}, "data.role"),
    EventType.ACCOUNT_UPDATED: ({"login": "budi", "role": ["admin"]}, "data.role"),
    EventType.ACCOUNT_PASSWORD_SET: ({"login": "budi", "password_hash": "hunter2"}, "data.password_hash"),
}


def test_the_openapi_document_shows_each_event_types_data(hub):
    doc = requests.get(hub.api + "/openapi.json", timeout=30).json()
    comps = doc["components"]["schemas"]
    items = comps["SyncRequest"]["properties"]["events"]["items"]
    mapping = items["discriminator"]["mapping"]
    assert items["discriminator"]["propertyName"] == "type"
    assert set(mapping) == {t.value for t in EventType}
    for etype, ref in mapping.items():
        event = comps[ref.rsplit("/", 1)[1]]
        data_ref = event["properties"]["data"]["$ref"]
        data = comps[data_ref.rsplit("/", 1)[1]]
        assert data["type"] == "object", etype
    created = comps["ComplaintCreatedData"]
    assert {"title", "office_code"} <= set(created["required"])
    assert comps["ClosedData"]["properties"]["by"]["enum"] == ["admin", "reporter", "system"]
    # the pulled events of an answer are shown the same way
    answer = comps["SyncResponse"]["properties"]["events"]["items"]
    assert answer["discriminator"]["mapping"] == mapping


def test_bad_data_of_every_type_is_rejected_naming_the_field(hub):
    desk = Desk(hub, new_office())
    created = desk.created()
    assert desk.sync([created])["results"][0]["outcome"] == "accepted"
    cid = created["complaint_id"]
    events, want = [], {}
    for etype, (data, field) in BAD_DATA.items():
        stream = ACCOUNTS_STREAM if etype.startswith("account.") else (
            uuid7() if etype in (EventType.CREATED, EventType.IMPORTED) else cid)
        ev = desk.event(etype, stream, data)
        ev["actor"] = {"user": "admin", "role": "admin"}
        events.append(ev)
        want[ev["id"]] = (etype, field)
    r = desk.post_sync(events)
    assert r.status_code == 200, r.text  # one bad item never fails the batch
    results = r.json()["results"]
    assert len(results) == len(events)
    for res in results:
        etype, field = want[res["id"]]
        assert (res["outcome"], res["code"]) == ("rejected", "malformed"), (etype, res)
        assert field in res["detail"], (etype, res["detail"])


@pytest.mark.parametrize("role", [{"admin": True}, ["admin"], 7])
def test_an_account_event_with_a_role_that_is_not_text_is_malformed_not_a_server_error(hub, role):
    desk = Desk(hub, new_office())
    ev = desk.event("account.updated", ACCOUNTS_STREAM, {"login": "budi", "role": role})
    r = desk.post_sync([ev])
    assert r.status_code == 200, r.text
    (res,) = r.json()["results"]
    assert (res["outcome"], res["code"]) == ("rejected", "malformed")
    assert "data.role" in res["detail"]
