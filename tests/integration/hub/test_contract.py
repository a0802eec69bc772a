"""SYNC.md's contract, over real HTTP against a real ``lapor-hub serve`` (SQLite and PostgreSQL)."""

from __future__ import annotations

import gzip
import json

import requests

from lapor_desktop.core.ids import uuid7
from lapor_desktop.protocol.wire import SyncResponse, WireEvent

from .conftest import Desk, new_office

PROBLEM = "application/problem+json"


def assert_problem(r: requests.Response, status: int, code: str | None = None) -> dict:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["content-type"].startswith(PROBLEM), r.headers
    body = r.json()
    assert set(body) >= {"type", "title", "status", "detail", "code"}
    assert body["status"] == status
    assert "Traceback" not in r.text
    if code:
        assert body["code"] == code, body
    return body


# ------------------------------------------------------------------------------ health, auth
def test_health(hub):
    r = requests.get(hub.api + "/health", timeout=10)
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["protocols"] == [1] and body["hub_id"] == hub.hub_id
    assert body["server_time"].endswith("Z")


def test_enrolment_code_is_single_use_and_keeps_device_id(hub):
    office = new_office()
    # this one through the real console entry point, in a process of its own
    hub.admin("offices", "add", office, "Kantor Uji", in_process=False)
    code = hub.admin("enrollment-code", "--office", office, in_process=False).stdout.strip()
    device_id = uuid7()
    body = {"enrollment_code": code, "office_code": office, "device_id": device_id,
            "device_name": "Loket 1", "client_version": "0.1"}
    r = requests.post(hub.api + "/devices", json=body, timeout=10)
    assert r.status_code == 201, r.text
    got = r.json()
    assert got["device_id"] == device_id and got["office_code"] == office and got["hub_id"] == hub.hub_id
    assert len(got["token"]) >= 40
    # the same code for another device: used
    other = dict(body, device_id=uuid7())
    assert_problem(requests.post(hub.api + "/devices", json=other, timeout=10), 403,
                   "enrollment_code_used")
    # the same code again, even for the same device: used (a desk that lost the answer asks the
    # hub admin for a re-enrolment code: tests/security/test_hub_enrolment.py); its token still works
    assert_problem(requests.post(hub.api + "/devices", json=body, timeout=10), 403, "enrollment_code_used")
    ok = requests.get(hub.api + "/reference", headers={"Authorization": f"Bearer {got['token']}"}, timeout=10)
    assert ok.status_code == 200
    # another code, the device id already held: 409
    body3 = dict(body, enrollment_code=hub.enrollment_code(office))
    assert_problem(requests.post(hub.api + "/devices", json=body3, timeout=10), 409, "device_id_taken")
    # no device id sent: the hub makes one
    body4 = {"enrollment_code": hub.enrollment_code(office), "office_code": office}
    r4 = requests.post(hub.api + "/devices", json=body4, timeout=10)
    assert r4.status_code == 201 and len(r4.json()["device_id"]) == 36
    # hub admin sees them
    listing = json.loads(hub.admin("devices", "list", "--json").stdout)
    assert device_id in {d["device_id"] for d in listing}


def test_enrolment_code_expires_and_belongs_to_one_office(hub):
    office = new_office()
    hub.add_office(office)
    expired = hub.enrollment_code(office, expires="0s")
    r = requests.post(hub.api + "/devices", json={"enrollment_code": expired, "office_code": office}, timeout=10)
    assert_problem(r, 403, "enrollment_code_expired")
    code = hub.enrollment_code(office)
    r = requests.post(hub.api + "/devices", json={"enrollment_code": code, "office_code": "ELSEWHERE"}, timeout=10)
    assert_problem(r, 403, "office_mismatch")
    r = requests.post(hub.api + "/devices", json={"enrollment_code": "NOPE-NOPE", "office_code": office}, timeout=10)
    assert_problem(r, 403, "enrollment_code_invalid")
    # the refused attempts did not use it up
    r = requests.post(hub.api + "/devices", json={"enrollment_code": code.lower(), "office_code": office}, timeout=10)
    assert r.status_code == 201


def test_unknown_and_revoked_tokens_get_401(make_desk, hub):
    desk = make_desk()
    assert desk.post_sync().status_code == 200
    r = requests.post(hub.api + "/sync", json={}, timeout=10)
    assert_problem(r, 401, "unauthorized")
    assert r.headers.get("WWW-Authenticate", "").startswith("Bearer")
    r = requests.post(hub.api + "/sync", json={}, headers={"Authorization": "Bearer not-a-token"}, timeout=10)
    assert_problem(r, 401)
    out = hub.admin("devices", "revoke", desk.device_id)
    assert "revoked" in out.stdout
    assert_problem(desk.post_sync(), 401, "unauthorized")
    assert_problem(desk.http.get(hub.api + "/reference", timeout=10), 401)


def test_device_id_must_match_token(make_desk):
    desk = make_desk()
    r = desk.http.post(desk.hub.api + "/sync", json={"protocol": 1, "device_id": uuid7(), "cursor": "0",
                                                     "events": []}, timeout=10)
    assert_problem(r, 403, "device_mismatch")
    r = desk.http.post(desk.hub.api + "/sync", json={"protocol": 2, "device_id": desk.device_id,
                                                     "cursor": "0", "events": []}, timeout=10)
    assert_problem(r, 400, "unsupported_protocol")


# ------------------------------------------------------------------------------ push and pull
def test_push_pull_tracking_id_and_office_scope(hub):
    office = new_office()
    a, b = Desk(hub, office), Desk(hub, office, add_office=False)
    stranger = Desk(hub, new_office())
    create = a.created()
    cid = create["complaint_id"]
    verify = a.event("complaint.verified", cid, {"note": "lengkap"})
    resp = a.sync([create, verify])
    SyncResponse.model_validate(resp)  # the wire models parse what the hub says
    assert [r["outcome"] for r in resp["results"]] == ["accepted", "accepted"]
    assert resp["results"][0]["server_seq"] < resp["results"][1]["server_seq"]
    # the hub's own reaction comes back in the same exchange: the Tracking ID
    tracking = [e for e in resp["events"] if e["type"] == "complaint.tracking_assigned"]
    assert len(tracking) == 1 and tracking[0]["complaint_id"] == cid
    t = tracking[0]
    assert t["device_id"] == hub.hub_id and t["actor"] == {"user": "hub", "role": "system"}
    assert len(t["data"]["tracking_id"]) == 7 and t["data"]["tracking_id"].isdigit()
    assert t["hlc"] > verify["hlc"] > create["hlc"]  # the hub's event sorts after what it reacts to
    # own events are not echoed
    assert all(e["device_id"] != a.device_id for e in resp["events"])
    # another desk of the office gets everything, in server order, with server_seq
    got = b.pull_all()
    assert [e["id"] for e in got if e["complaint_id"] == cid] == [create["id"], verify["id"], t["id"]]
    assert [e["server_seq"] for e in got] == sorted(e["server_seq"] for e in got)
    pulled = {e["id"]: e for e in got}
    strip = dict(pulled[create["id"]])
    strip.pop("server_seq")
    assert strip == create  # byte-for-byte the same event
    WireEvent.model_validate(pulled[verify["id"]])
    # another office sees none of it
    assert [e for e in stranger.pull_all() if e["complaint_id"] == cid] == []
    # nothing new: an empty page, the cursor stays
    again = b.sync()
    assert again["events"] == [] and again["has_more"] is False and again["cursor"] == b.cursor


def test_replayed_batch_is_duplicate_item_by_item(make_desk):
    desk = make_desk()
    create = desk.created()
    cid = create["complaint_id"]
    batch = [create] + [desk.event("complaint.commented", cid, {"text": f"catatan {i}"}) for i in range(4)]
    first = desk.sync(batch)
    assert [r["outcome"] for r in first["results"]] == ["accepted"] * 5
    replay = desk.sync(batch)
    assert [r["outcome"] for r in replay["results"]] == ["duplicate"] * 5
    assert [r["id"] for r in replay["results"]] == [e["id"] for e in batch]
    assert [r["server_seq"] for r in replay["results"]] == [r["server_seq"] for r in first["results"]]
    # a partial replay mixed with new events
    extra = desk.event("complaint.commented", cid, {"text": "baru"})
    mixed = desk.sync([batch[2], extra, batch[2]])
    assert [r["outcome"] for r in mixed["results"]] == ["duplicate", "accepted", "duplicate"]


def test_id_reused_with_another_body_is_id_conflict(make_desk):
    desk = make_desk()
    create = desk.created()
    note = desk.event("complaint.commented", create["complaint_id"], {"text": "asli"})
    desk.sync([create, note])
    forged = dict(note, data={"text": "diubah"})
    res = desk.sync([forged])["results"][0]
    assert res["outcome"] == "rejected" and res["code"] == "id_conflict"
    # within one batch too
    n2 = desk.event("complaint.commented", create["complaint_id"], {"text": "a"})
    res = desk.sync([n2, dict(n2, data={"text": "b"})])["results"]
    assert [r["outcome"] for r in res] == ["accepted", "rejected"] and res[1]["code"] == "id_conflict"


def test_rejections_per_item(hub):
    office = new_office()
    a = Desk(hub, office)
    other = Desk(hub, new_office())
    create = a.created()
    a.sync([create])
    cid = create["complaint_id"]
    events = [
        other.event("complaint.commented", cid, {"text": "bukan kantor saya"}),       # another office's
        other.created(office_code=office),                                           # created for another office
        other.event("complaint.tracking_assigned", cid, {"tracking_id": "1234567"}),  # hub-only type
        other.event("complaint.commented", uuid7(), {"text": "?"}),                  # unknown complaint
        other.event("complaint.forwarded", cid, {"agency_name": "no id"}),           # malformed data
        dict(other.event("complaint.commented", uuid7(), {"text": "x"}), device_id=a.device_id),  # not its own
        other.created(),                                                             # fine
    ]
    res = other.sync(events)["results"]
    assert [(r["outcome"], r.get("code")) for r in res] == [
        ("rejected", "forbidden"), ("rejected", "forbidden"), ("rejected", "forbidden"),
        ("rejected", "unknown_complaint"), ("rejected", "malformed"), ("rejected", "forbidden"),
        ("accepted", None)]
    assert all(r.get("detail") for r in res[:-1])
    # malformed from a's side is 'malformed'
    bad = a.event("complaint.forwarded", cid, {"agency_name": "no id"})
    res = a.sync([bad, a.event("complaint.closed", cid, {"by": "nobody"}),
                  a.event("complaint.attachment_added", cid, {"sha256": "XYZ", "size": 1})])["results"]
    assert {r["code"] for r in res} == {"malformed"}
    # a's complaint saw nothing of other's attempts
    b = Desk(hub, office, add_office=False)
    ids = {e["id"] for e in b.pull_all() if e["complaint_id"] == cid}
    assert not ids & {e["id"] for e in events}


def test_lifecycle_conflicts_are_accepted_not_rejected(make_desk):
    desk = make_desk()
    create = desk.created()
    cid = create["complaint_id"]
    close1 = desk.event("complaint.closed", cid, {"by": "admin", "note": "selesai"})
    follow = desk.event("complaint.followed_up", cid, {"agency_id": 91001, "text": "sudah diperbaiki"})
    res = desk.sync([create, close1, follow])["results"]
    assert [r["outcome"] for r in res] == ["accepted"] * 3


# ------------------------------------------------------------------------------ robustness
def test_oversized_and_too_many(make_desk):
    desk = make_desk()
    big = desk.created(body="x" * (1_100_000))
    r = desk.post_sync([big])
    assert_problem(r, 413, "payload_too_large")
    many = [desk.created() for _ in range(1001)]
    raw = json.dumps({"protocol": 1, "device_id": desk.device_id, "cursor": "0", "events": many}).encode()
    r = desk.http.post(desk.hub.api + "/sync", data=gzip.compress(raw),
                       headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}, timeout=30)
    assert_problem(r, 413, "too_many_events")
    # a gzip bomb: small on the wire, huge inflated
    bomb = gzip.compress(b'{"protocol":1,"events":[],"pad":"' + b"0" * (40 << 20) + b'"}')
    assert len(bomb) < (1 << 20)
    r = desk.http.post(desk.hub.api + "/sync", data=bomb,
                       headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}, timeout=30)
    assert_problem(r, 413, "payload_too_large")
    # chunked (no Content-Length), counted while streaming
    def gen():
        for _ in range(40):
            yield b" " * 65536
    r = desk.http.post(desk.hub.api + "/sync", data=gen(), headers={"Content-Type": "application/json"},
                       timeout=30)
    assert_problem(r, 413, "payload_too_large")


def test_gzip_both_ways(make_desk):
    a = make_desk()
    b = Desk(a.hub, a.office, add_office=False)
    events = [a.created(body="Isi laporan yang cukup panjang. " * 20) for _ in range(20)]
    raw = json.dumps({"protocol": 1, "device_id": a.device_id, "cursor": "0", "events": events}).encode()
    r = a.http.post(a.hub.api + "/sync", data=gzip.compress(raw),
                    headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}, timeout=30)
    assert r.status_code == 200, r.text
    assert [x["outcome"] for x in r.json()["results"]] == ["accepted"] * 20
    r = b.http.post(b.hub.api + "/sync", json={"protocol": 1, "device_id": b.device_id, "cursor": "0"},
                    headers={"Accept-Encoding": "gzip"}, stream=True, timeout=30)
    assert r.headers.get("Content-Encoding") == "gzip"
    wire = r.raw.read(decode_content=False)
    body = json.loads(gzip.decompress(wire))
    assert len(body["events"]) == 40  # 20 created + 20 tracking ids
    assert len(wire) < len(raw) / 3
    r = a.http.post(a.hub.api + "/sync", data=b"{not gzip", headers={"Content-Encoding": "gzip"}, timeout=10)
    assert_problem(r, 400)
    r = a.http.post(a.hub.api + "/sync", data=b"{}", headers={"Content-Encoding": "br"}, timeout=10)
    assert_problem(r, 415, "unsupported_encoding")


def test_bad_requests_write_nothing(make_desk):
    a = make_desk()
    b = Desk(a.hub, a.office, add_office=False)
    b.pull_all()
    api = a.hub.api + "/sync"
    good = a.created()
    r = a.http.post(api, data=b'{"protocol": 1, "events": [', headers={"Content-Type": "application/json"}, timeout=10)
    assert_problem(r, 400, "invalid_json")
    r = a.http.post(api, data=b"[1, 2]", headers={"Content-Type": "application/json"}, timeout=10)
    assert_problem(r, 422, "validation_error")
    for broken in (dict(good, device_seq="7"), dict(good, id="not-a-uuid"), dict(good, hlc=5),
                   dict(good, data=[1]), dict(good, occurred_at="yesterday"), dict(good, actor=None)):
        r = a.post_sync([a.created(), broken])
        assert_problem(r, 422, "validation_error")
    r = a.post_sync([a.created(), dict(good, type="complaint.teleported")])
    assert_problem(r, 422, "unknown_type")
    r = a.http.post(api, data=b'{"protocol":1,"device_id":"%s","cursor":"0","events":[],"max_pull_bytes":1e400}'
                    % a.device_id.encode(), headers={"Content-Type": "application/json"}, timeout=10)
    assert r.status_code in (400, 422) and r.headers["content-type"].startswith(PROBLEM)
    r = a.http.post(api, json={"protocol": 1, "device_id": a.device_id, "cursor": "-1"}, timeout=10)
    assert_problem(r, 422)
    assert b.pull_all() == []  # nothing was written by any of it
    r = a.http.get(a.hub.api + "/no/such/thing", timeout=10)
    assert_problem(r, 404, "not_found")
    r = a.http.delete(api, timeout=10)
    assert_problem(r, 405)


def test_pull_pages_are_bounded_by_bytes(hub):
    office = new_office()
    a, b = Desk(hub, office), Desk(hub, office, add_office=False)
    for _ in range(3):
        a.sync([a.created(body="y" * 2000) for _ in range(20)])
    pages = []
    while True:
        page = b.sync(max_pull_bytes=10_000)
        pages.append(page)
        b.cursor = page["cursor"]
        if not page["has_more"]:
            break
    events = [e for p in pages for e in p["events"]]
    assert len(events) == 120 and len({e["id"] for e in events}) == 120
    assert len(pages) > 10
    for p in pages[:-1]:
        size = sum(len(json.dumps(e, separators=(",", ":"), ensure_ascii=False).encode()) for e in p["events"])
        assert size <= 10_000 + 200 or len(p["events"]) == 1
    # a page never comes back empty while there is more: at least one event even if it is bigger
    c = Desk(hub, office, add_office=False)
    page = c.sync(max_pull_bytes=1)
    assert len(page["events"]) == 1 and page["has_more"] is True


# ------------------------------------------------------------------------------ reference
def test_reference_etag(make_desk, tmp_path):
    desk = make_desk()
    ref = {"categories": [{"id": 1, "name": "Infrastruktur"}],
           "agencies": [{"id": 91001, "name": "Dinas PUPR"}],
           "regions": [{"level": "city", "code": "82.72", "name": "Kota Tidore Kepulauan", "parent": "82"}],
           "channels": [{"code": "tatap_muka", "name": "Tatap Muka"}],
           "closures": [{"date": "2026-12-24", "name": "Cuti bersama Natal"}]}
    f = tmp_path / "ref.json"
    f.write_text(json.dumps(ref), encoding="utf-8")
    desk.hub.admin("reference", "load", str(f))
    r = desk.http.get(desk.hub.api + "/reference", timeout=10)
    assert r.status_code == 200
    etag = r.headers["ETag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    body = r.json()
    assert body["agencies"][0]["name"] == "Dinas PUPR" and body["version"] >= 1
    r2 = desk.http.get(desk.hub.api + "/reference", headers={"If-None-Match": etag}, timeout=10)
    assert r2.status_code == 304 and r2.content == b"" and r2.headers["ETag"] == etag
    # a new load (only agencies) changes the version and the ETag, keeps the other sections
    f.write_text(json.dumps({"agencies": [{"id": 91006, "name": "Dinas Sosial"}]}), encoding="utf-8")
    desk.hub.admin("reference", "load", str(f))
    r3 = desk.http.get(desk.hub.api + "/reference", headers={"If-None-Match": etag}, timeout=10)
    assert r3.status_code == 200 and r3.headers["ETag"] != etag
    assert r3.json()["categories"] == body["categories"] and r3.json()["version"] == body["version"] + 1
    # a bad file is refused, nothing changes
    f.write_text(json.dumps({"agencies": [{"name": "no id"}]}), encoding="utf-8")
    assert desk.hub.admin("reference", "load", str(f), check=False).returncode == 1
    r4 = desk.http.get(desk.hub.api + "/reference", headers={"If-None-Match": r3.headers["ETag"]}, timeout=10)
    assert r4.status_code == 304
