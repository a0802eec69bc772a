"""Helpers for the hub security tests (tests/security/test_hub_*.py, test_sync_*.py).

A protocol-speaking test desk (plain ``requests``, no desk code), the engine parameters and a
problem+json check. Shared with tests/integration/hub through its conftest.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

import pytest
import requests

from tests.integration.hub.conftest import Desk, new_office  # noqa: F401  (re-exported)
from tests.support.hub import HubProcess, pg_url

PROBLEM = "application/problem+json"

ENGINES = [
    "sqlite",
    pytest.param("postgres", marks=[pytest.mark.pg,
                                    pytest.mark.skipif(not pg_url(), reason="LAPOR_TEST_PG_URL not set")]),
]


def assert_problem(r: requests.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"].startswith(PROBLEM), r.headers
    body = r.json()
    assert set(body) >= {"type", "title", "status", "detail", "code"}
    assert "Traceback" not in r.text
    if code:
        assert body["code"] == code, body
    return body


def announce(desk: Desk, data: bytes, size: int | None = None) -> tuple[str, dict[str, Any]]:
    """A new complaint with one attachment event for ``data``; (sha256, the sync answer)."""
    sha = hashlib.sha256(data).hexdigest()
    create = desk.created()
    att = desk.event("complaint.attachment_added", create["complaint_id"],
                     {"sha256": sha, "filename": "foto.jpg", "mime": "image/jpeg",
                      "size": len(data) if size is None else size})
    resp = desk.sync([create, att])
    assert [r["outcome"] for r in resp["results"]] == ["accepted", "accepted"], resp["results"]
    return sha, resp


def patch(desk: Desk, sha: str, offset: int, length: int, chunk: bytes) -> requests.Response:
    return desk.http.patch(f"{desk.hub.api}/blobs/{sha}", data=chunk, timeout=30, headers={
        "Upload-Offset": str(offset), "Upload-Length": str(length),
        "Content-Type": "application/offset+octet-stream"})


def upload(desk: Desk, sha: str, data: bytes) -> requests.Response:
    return patch(desk, sha, 0, len(data), data)


def random_bytes(n: int) -> bytes:
    return os.urandom(n)


__all__ = ["Desk", "ENGINES", "HubProcess", "announce", "assert_problem", "new_office", "patch",
           "upload"]
