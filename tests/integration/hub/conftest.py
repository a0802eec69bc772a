"""Fixtures for the hub's contract tests: a real ``lapor-hub serve`` on loopback, and test desks.

The ``hub`` fixture is the session's ``shared_hub`` (tests/conftest.py), parametrised over the engines: SQLite always, PostgreSQL
when ``LAPOR_TEST_PG_URL`` is set (``eval "$(bash .ci/pg-setup.sh)"`` sets it).
"""

from __future__ import annotations

import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
import requests

_ROOT = Path(__file__).resolve().parents[3]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.core.clock import HybridLogicalClock, SystemClock, iso_utc  # noqa: E402
from lapor_desktop.core.ids import uuid7  # noqa: E402
from tests.support.hub import HubProcess, pg_url  # noqa: E402

ENGINES = [
    "sqlite",
    pytest.param("postgres", marks=[pytest.mark.pg,
                                    pytest.mark.skipif(not pg_url(), reason="LAPOR_TEST_PG_URL not set")]),
]


@pytest.fixture(scope="session")
def hub(shared_hub) -> HubProcess:
    """The session's hub, per engine (tests/conftest.py)."""
    return shared_hub


def new_office() -> str:
    return "OF" + uuid.uuid4().hex[:8].upper()


class Desk:
    """A minimal desk speaking the protocol with requests (no desk code involved)."""

    def __init__(self, hub: HubProcess, office: str, creds: dict[str, Any] | None = None,
                 add_office: bool = True) -> None:
        self.hub = hub
        self.office = office
        creds = creds or hub.enroll(office, add_office=add_office)
        self.device_id = creds["device_id"]
        self.token = creds["token"]
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {self.token}"
        self.seq = 0
        self.hlc = HybridLogicalClock(SystemClock())
        self.cursor = "0"

    def event(self, etype: str, complaint_id: str, data: dict[str, Any] | None = None,
              base: str | None = None, occurred_at: str | None = None) -> dict[str, Any]:
        self.seq += 1
        return {"id": uuid7(), "complaint_id": complaint_id, "type": etype, "device_id": self.device_id,
                "device_seq": self.seq, "hlc": self.hlc.tick(),
                "occurred_at": occurred_at or iso_utc(datetime.now(timezone.utc)),
                "actor": {"user": "loket", "role": "front_desk"}, "base": base, "data": data or {}}

    def created(self, complaint_id: str | None = None, **data: Any) -> dict[str, Any]:
        body = {"title": "Jalan berlubang di Jl. Sultan", "body": "Mohon segera diperbaiki.",
                "office_code": self.office, "channel": "tatap_muka", "confidential": True,
                "anonymous": False}
        body.update(data)
        return self.event("complaint.created", complaint_id or uuid7(), body)

    def post_sync(self, events: list[dict] | None = None, cursor: str | None = None,
                  max_pull_bytes: int | None = None, **kw: Any) -> requests.Response:
        body: dict[str, Any] = {"protocol": 1, "device_id": self.device_id,
                                "cursor": self.cursor if cursor is None else cursor,
                                "client_time": iso_utc(datetime.now(timezone.utc)),
                                "events": events or []}
        if max_pull_bytes is not None:
            body["max_pull_bytes"] = max_pull_bytes
        return self.http.post(self.hub.api + "/sync", json=body, timeout=30, **kw)

    def sync(self, events: list[dict] | None = None, **kw: Any) -> dict[str, Any]:
        r = self.post_sync(events, **kw)
        assert r.status_code == 200, r.text
        return r.json()

    def pull_all(self, max_pull_bytes: int | None = None, limit: int = 10_000) -> list[dict[str, Any]]:
        """Pull every page from the current cursor; advances ``self.cursor``."""
        out: list[dict[str, Any]] = []
        for _ in range(limit):
            page = self.sync(max_pull_bytes=max_pull_bytes)
            out.extend(page["events"])
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return out
        raise AssertionError("pull did not finish")


@pytest.fixture
def make_desk(hub):
    def _make(office: str | None = None, **kw: Any) -> Desk:
        return Desk(hub, office or new_office(), **kw)

    return _make
