"""The engine's retry and batch policy with a scripted transport and an in-memory port (no hub)."""

from __future__ import annotations

from lapor_desktop.sync.engine import EngineConfig, SyncEngine
from lapor_desktop.sync.local_port import ApplyResult, PendingEvent
from lapor_desktop.protocol.wire import SyncResponse
from lapor_desktop.sync.transport import AuthRefused, RateLimited, TooLarge, Unreachable, WireCount


class FakePort:
    def __init__(self, n: int) -> None:
        import os

        # incompressible-ish padding, so the learned compression ratio stays put
        self.pending = [PendingEvent({"id": f"e{i}", "pad": os.urandom(450).hex()}, 1000) for i in range(n)]
        self.runs = []
        self.offsets = []

    def device_id(self): return "00000000-0000-7000-8000-000000000001"
    def cursor(self): return "0"
    def reset_inflight(self): pass
    def pending_count(self): return len(self.pending)

    def pending_batch(self, max_bytes, max_events):
        out, total = [], 0
        for p in self.pending[:max_events]:
            if out and total + p.size > max_bytes:
                break
            out.append(p)
            total += p.size
        return out

    def apply_exchange(self, sent_ids, results, pulled, new_cursor, server_time):
        done = {r.id for r in results}
        self.pending = [p for p in self.pending if p.id not in done]
        return ApplyResult(accepted=len(done))

    def note_clock(self, offset_ms, server_time): self.offsets.append(offset_ms)
    def reference_state(self): return "x", "2999-01-01T00:00:00.000Z"
    def apply_reference(self, data, etag, checked_at): pass
    def local_blobs(self, shas): return []
    def open_blob(self, sha): raise AssertionError
    def mark_uploaded(self, sha): pass
    def batch_hint(self): return None
    def record_run(self, report): self.runs.append(report)
    def still_waiting(self, stamps): return set(stamps) <= {p.id for p in self.pending}


class FakeTransport:
    def __init__(self, script) -> None:
        self.script = list(script)
        self.count = WireCount()
        self.on_bytes_up = None
        self.sizes = []

    def sync(self, body, cancel, packed=None):
        import json

        self.count.requests += 1
        self.sizes.append(len(body))
        action = self.script.pop(0) if self.script else "ok"
        if isinstance(action, Exception):
            raise action
        ids = [e["id"] for e in json.loads(body)["events"]]
        return SyncResponse(results=[{"id": i, "outcome": "accepted"} for i in ids], events=[],
                            cursor="1", has_more=False, server_time="2026-11-28T08:00:00.000Z")


def _engine(script, n=50, **cfg):
    sleeps = []
    t = FakeTransport(script)
    port = FakePort(n)
    e = SyncEngine(t, port, config=EngineConfig(**cfg), sleep=sleeps.append)
    return e, t, port, sleeps


def test_413_halves_then_completes():
    e, t, port, sleeps = _engine(["ok", TooLarge(status=413), TooLarge(status=413)], n=1000,
                                 start_batch=64 << 10)
    rep = e.run()
    assert rep.complete and port.pending == []
    assert t.sizes[2] < t.sizes[1] and t.sizes[3] < t.sizes[2]
    assert sleeps == []  # a 413 is not a link failure: resend at once, smaller


def test_retry_after_is_honoured_and_auth_refused_stops_at_once():
    e, t, port, sleeps = _engine([RateLimited(status=429, retry_after=7.0)])
    assert e.run().complete and sleeps == [7.0]
    e, t, port, sleeps = _engine([AuthRefused(status=401)])
    rep = e.run()
    assert rep.outcome == "auth_refused" and t.count.requests == 1 and rep.pending_after == 50


def test_unreachable_backoff_is_jittered_exponential_capped_and_bounded():
    e, t, port, sleeps = _engine([Unreachable("down")] * 20, max_attempts=8, backoff_base=1.0, backoff_cap=300.0)
    rep = e.run()
    assert rep.outcome == "unreachable" and rep.exchanges == 0 and t.count.requests == 8
    assert len(sleeps) == 7
    for k, d in enumerate(sleeps, start=1):
        assert 0.5 * min(300, 2 ** (k - 1)) <= d <= min(300, 2 ** (k - 1))
    assert port.runs and port.runs[0].outcome == "unreachable"


def test_timeouts_shrink_the_batch_and_success_grows_it():
    e, t, port, sleeps = _engine(["ok", Unreachable("t", timeout=True)], n=600, start_batch=64 << 10)
    rep = e.run()
    assert rep.complete
    # sizes: ok(64K) -> timeout at 128K -> halved to 64K -> grows again
    assert t.sizes[2] < t.sizes[1]
    assert t.sizes[3] > t.sizes[2]


def test_a_damaged_cursor_is_told_and_never_sent():
    """The request is built from ``SyncRequest``: a cursor that is no number (a damaged meta
    row) ends the run with the code the hub would have answered, without a request."""
    e, t, port, sleeps = _engine([], n=3)
    port.cursor = lambda: "12; DROP"
    rep = e.run()
    assert not rep.complete and rep.error_code == "validation_error"
    assert t.count.requests == 0 and len(port.pending) == 3
