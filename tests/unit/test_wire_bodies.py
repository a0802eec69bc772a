"""The sync bodies built from the models (protocol/wire.py) are the bytes the wire always had."""

from __future__ import annotations

import json

from lapor_desktop.protocol.codes import Outcome, RejectCode
from lapor_desktop.protocol.wire import ItemResult, SyncPage, SyncRequest, SyncResponse, canonical_json

DEVICE = "00000000-0000-7000-8000-000000000001"


def test_a_request_is_the_canonical_json_of_the_fields_set_with_the_events_last():
    events = [canonical_json({"id": "e1", "data": {"title": "Jalan"}}), canonical_json({"id": "e2"})]
    fields = {"protocol": 1, "device_id": DEVICE, "cursor": "42", "client_time": "2026-11-28T08:00:00.000Z",
              "max_pull_bytes": 65536, "office_policy": None}
    body = SyncRequest(**fields).encode(events)
    # the form desks have always sent: sorted fields, then "events" (hand-built before issue 13)
    assert body == canonical_json(fields)[:-1] + b',"events":[' + b",".join(events) + b"]}"
    assert "resync_own" not in json.loads(body)  # only what was set goes out


def test_an_answer_leaves_out_what_is_null_and_reads_back():
    results = [ItemResult(id="a", outcome=Outcome.ACCEPTED, server_seq=7),
               ItemResult(id="b", outcome=Outcome.REJECTED, code=RejectCode.MALFORMED,
                          detail="data.title is required for complaint.created")]
    pulled = b'{"server_seq":8,"id":"x"},{"server_seq":9,"id":"y"}'
    body = SyncResponse(results=results, events=[], cursor="9", has_more=False, missing_blobs=["ab"],
                        server_time="2026-11-28T08:00:00.000Z").encode(pulled)
    data = json.loads(body)
    assert list(data) == ["results", "events", "cursor", "has_more", "missing_blobs", "server_time"]
    assert data["results"] == [{"id": "a", "outcome": "accepted", "server_seq": 7},
                               {"id": "b", "outcome": "rejected", "code": "malformed",
                                "detail": "data.title is required for complaint.created"}]
    assert [e["server_seq"] for e in data["events"]] == [8, 9]
    page = SyncPage.model_validate_json(body, strict=True)
    assert page.results[1].code == RejectCode.MALFORMED and page.cursor == "9"
