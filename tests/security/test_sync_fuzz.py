"""Property-based fuzzing (hypothesis) of the sync request parser (hub) and the pull screening
(desk): arbitrary input never raises anything but a clear refusal, and a bad pulled event never
takes a good one down with it."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lapor_desktop.core.clock import format_hlc, iso_utc, to_ms
from lapor_desktop.core.ids import uuid7
from lapor_desktop.hub.app import parse_json, validate
from lapor_desktop.hub.service import HubError
from lapor_desktop.protocol.codes import RejectCode
from lapor_desktop.protocol.wire import SyncPage, SyncRequest
from lapor_desktop.sync.pullcheck import screen
from tests.support.lane import examples

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=30)


def _good(i: int) -> dict:
    return {"id": uuid7(), "complaint_id": uuid7(), "type": "complaint.commented", "device_id": uuid7(),
            "device_seq": i, "hlc": format_hlc(to_ms(NOW) - 1000 + i, 0), "occurred_at": iso_utc(NOW),
            "actor": {"user": "u", "role": "verifier"}, "base": None, "data": {"text": "ok"},
            "server_seq": 100 + i}


def _mutated(draw_value, base: dict, key: str) -> dict:
    out = dict(base)
    out[key] = draw_value
    return out


event_or_junk = st.one_of(
    json_values,
    st.builds(lambda k, v: _mutated(v, _good(0), k),
              st.sampled_from(["id", "hlc", "type", "data", "server_seq", "actor", "device_seq"]), json_values),
    st.builds(lambda ms: dict(_good(0), hlc=format_hlc(ms, 0)), st.integers(0, 10**15 - 1)),
)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(junk=st.lists(event_or_junk, max_size=6), n_good=st.integers(0, 4))
def test_a_pull_page_is_screened_event_by_event(junk, n_good):
    goods = [_good(i) for i in range(n_good)]
    events = junk + goods
    page = SyncPage.model_validate({"results": [], "events": events, "cursor": "200", "has_more": False,
                                    "missing_blobs": [], "server_time": iso_utc(NOW)})
    resp = screen(page)
    assert len(resp.events) + len(resp.set_aside) == len(events)
    kept = {e.id for e in resp.events}
    assert {g["id"] for g in goods} <= kept  # a bad neighbour never takes a good event down
    for e in resp.events:
        assert int(e.hlc[:15]) <= to_ms(NOW) + 10 * 60 * 1000
    for a in resp.set_aside:
        assert a.code in (RejectCode.MALFORMED, RejectCode.HLC_AHEAD) and a.detail
        assert a.event_id and len(a.body) <= 64 << 10


@settings(max_examples=examples(300), deadline=None)
@given(body=st.one_of(st.binary(max_size=300), json_values.map(lambda v: json.dumps(v).encode()),
                      st.builds(lambda k, v: json.dumps(dict({"protocol": 1, "device_id": uuid7(), "cursor": "0",
                                                              "events": [_good(1)]}, **{k: v})).encode(),
                                st.sampled_from(["protocol", "device_id", "cursor", "events", "max_pull_bytes"]),
                                json_values)))
def test_the_hub_sync_request_parser_refuses_cleanly(body):
    try:
        req = validate(SyncRequest, parse_json(body))
    except HubError as exc:
        assert exc.status in (400, 422) and exc.code and "Traceback" not in exc.detail
        return
    assert isinstance(req, SyncRequest)
