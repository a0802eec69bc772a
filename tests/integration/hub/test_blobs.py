"""Resumable blob upload (tus-like), Range downloads, missing_blobs, office scope."""

from __future__ import annotations

import hashlib
import os

import requests

from .conftest import Desk, new_office
from .test_contract import assert_problem


def _announce(desk: Desk, data: bytes) -> tuple[str, dict]:
    sha = hashlib.sha256(data).hexdigest()
    create = desk.created()
    att = desk.event("complaint.attachment_added", create["complaint_id"],
                     {"sha256": sha, "filename": "foto.jpg", "mime": "image/jpeg", "size": len(data)})
    resp = desk.sync([create, att])
    assert [r["outcome"] for r in resp["results"]] == ["accepted", "accepted"]
    return sha, resp


def test_resumable_upload_offsets_and_range(hub):
    office = new_office()
    desk = Desk(hub, office)
    data = os.urandom(300_000)
    sha, resp = _announce(desk, data)
    assert sha in resp["missing_blobs"]
    url = f"{hub.api}/blobs/{sha}"
    assert desk.http.head(url, timeout=10).status_code == 404
    n = len(data)

    def patch(offset: int, chunk: bytes) -> requests.Response:
        return desk.http.patch(url, data=chunk, timeout=30, headers={
            "Upload-Offset": str(offset), "Upload-Length": str(n),
            "Content-Type": "application/offset+octet-stream"})

    r = patch(0, data[:100_000])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == "100000"
    h = desk.http.head(url, timeout=10)
    assert h.status_code == 200 and h.headers["Upload-Offset"] == "100000" and h.headers["Upload-Length"] == str(n)
    # a resend of the first chunk (the desk lost the answer): 409 with the hub's offset
    r = patch(0, data[:100_000])
    assert r.status_code == 409 and r.headers["Upload-Offset"] == "100000"
    assert_problem(r, 409, "offset_mismatch")
    r = patch(250_000, data[250_000:])
    assert r.status_code == 409 and r.headers["Upload-Offset"] == "100000"
    # not complete yet: still missing, and not downloadable
    assert sha in desk.sync()["missing_blobs"]
    assert desk.http.get(url, timeout=10).status_code == 404
    r = patch(100_000, data[100_000:])
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(n)
    assert desk.sync()["missing_blobs"] == []
    h = desk.http.head(url, timeout=10)
    assert h.headers["Upload-Offset"] == str(n) == h.headers["Upload-Length"]
    # another desk of the office downloads it, whole and by range
    other = Desk(hub, office, add_office=False)
    g = other.http.get(url, timeout=30)
    assert g.status_code == 200 and g.content == data
    g = other.http.get(url, headers={"Range": "bytes=1000-1999"}, timeout=30)
    assert g.status_code == 206 and g.content == data[1000:2000]
    assert g.headers["Content-Range"] == f"bytes 1000-1999/{n}"
    g = other.http.get(url, headers={"Range": "bytes=299990-"}, timeout=30)
    assert g.status_code == 206 and g.content == data[299_990:]
    # a blob the hub has costs no body bytes: the complete answer
    r = patch(n, b"")
    assert r.status_code == 204 and r.headers["Upload-Offset"] == str(n)
    # another office cannot see that it exists
    stranger = Desk(hub, new_office())
    assert_problem(stranger.http.get(url, timeout=10), 404)
    assert stranger.http.head(url, timeout=10).status_code == 404
    assert_problem(stranger.http.patch(url, data=b"x", headers={"Upload-Offset": "0", "Upload-Length": "1"},
                                       timeout=10), 404)


def test_hash_mismatch_is_422_and_bytes_dropped(make_desk):
    desk = make_desk()
    data = os.urandom(50_000)
    sha, _ = _announce(desk, data)
    url = f"{desk.hub.api}/blobs/{sha}"
    wrong = bytearray(data)
    wrong[-1] ^= 0xFF
    hdr = {"Upload-Length": str(len(data))}
    r = desk.http.patch(url, data=bytes(wrong[:20_000]), headers=dict(hdr, **{"Upload-Offset": "0"}), timeout=10)
    assert r.status_code == 204
    r = desk.http.patch(url, data=bytes(wrong[20_000:]), headers=dict(hdr, **{"Upload-Offset": "20000"}), timeout=10)
    assert_problem(r, 422, "hash_mismatch")
    assert desk.http.head(url, timeout=10).status_code == 404  # dropped
    assert sha in desk.sync()["missing_blobs"]
    # the right bytes then go through in one chunk
    r = desk.http.patch(url, data=data, headers=dict(hdr, **{"Upload-Offset": "0"}), timeout=10)
    assert r.status_code == 204
    assert desk.sync()["missing_blobs"] == []


def test_blob_limits_and_bad_headers(make_desk):
    desk = make_desk()
    data = b"%PDF-1.4 tiny"
    sha, _ = _announce(desk, data)
    url = f"{desk.hub.api}/blobs/{sha}"
    r = desk.http.patch(url, data=data, headers={"Upload-Offset": "0", "Upload-Length": str(26 << 20)}, timeout=10)
    assert_problem(r, 413, "payload_too_large")
    r = desk.http.patch(url, data=data, headers={"Upload-Offset": "zero", "Upload-Length": "13"}, timeout=10)
    assert_problem(r, 400)
    r = desk.http.patch(url, data=data, headers={"Upload-Length": "13"}, timeout=10)
    assert_problem(r, 400)
    r = desk.http.patch(url, data=data + b"extra", headers={"Upload-Offset": "0", "Upload-Length": "13"}, timeout=10)
    assert_problem(r, 413)
    assert_problem(desk.http.get(f"{desk.hub.api}/blobs/not-a-sha", timeout=10), 404)
    r = desk.http.patch(url, data=data, headers={"Upload-Offset": "0", "Upload-Length": "13"}, timeout=10)
    assert r.status_code == 204
    r = desk.http.patch(url, data=data, headers={"Upload-Offset": "0", "Upload-Length": "13"}, timeout=10)
    assert r.status_code == 409 and r.headers["Upload-Offset"] == "13"
