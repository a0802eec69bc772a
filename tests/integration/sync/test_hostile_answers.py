"""A hub answer that is not a ``SyncResponse`` (protocol/wire.py) is a clear ``bad_answer``.

A hostile or broken hub cannot be the real one, so a small HTTP server on loopback answers
``POST /api/v1/sync`` with what each case gives; the desk's real transport reads it.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from lapor_desktop.core.ids import uuid7
from lapor_desktop.sync.transport import HttpTransport, ProtocolError

GOOD = {"results": [], "events": [], "cursor": "5", "has_more": False, "missing_blobs": [],
        "server_time": "2026-11-28T08:00:00.000Z"}


class _Hub(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, answer: bytes) -> None:
        super().__init__(("127.0.0.1", 0), _Answer)
        self.answer = answer
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class _Answer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body: bytes = self.server.answer  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _answer(**change: object) -> bytes:
    body = dict(GOOD)
    body.update(change)
    return json.dumps({k: v for k, v in body.items() if v is not _DROP}).encode()


_DROP = object()
HOSTILE = {
    "not JSON": b"<html>502 Bad Gateway</html>",
    "a list": b"[]",
    "an unknown outcome": _answer(results=[{"id": "x", "outcome": "maybe"}]),
    "no cursor": _answer(cursor=_DROP),
    "a cursor that is no number": _answer(cursor="-1; DROP TABLE"),
    "has_more as text": _answer(has_more="yes"),
    "no server_time": _answer(server_time=_DROP),
    "events not a list": _answer(events={"id": "x"}),
}


@pytest.fixture
def sync_body() -> bytes:
    return json.dumps({"protocol": 1, "device_id": uuid7(), "cursor": "0", "events": []}).encode()


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_malformed_hub_answer_is_a_bad_answer(case, sync_body):
    hub = _Hub(HOSTILE[case])
    t = HttpTransport(hub.url, "token", system_proxy=False)
    try:
        with pytest.raises(ProtocolError) as err:
            t.sync(sync_body)
        assert err.value.code == "bad_answer"
        assert "SyncPage" in str(err.value)
    finally:
        t.close()
        hub.shutdown()
        hub.server_close()


def test_a_well_formed_answer_reads(sync_body):
    hub = _Hub(_answer(results=[{"id": "e1", "outcome": "accepted", "server_seq": 4}]))
    t = HttpTransport(hub.url, "token", system_proxy=False)
    try:
        resp = t.sync(sync_body)
    finally:
        t.close()
        hub.shutdown()
        hub.server_close()
    assert resp.cursor == "5" and [r.outcome for r in resp.results] == ["accepted"]
    assert resp.results[0].outcome == "accepted" and resp.results[0].server_seq == 4
