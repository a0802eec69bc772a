"""An office behind a proxy can sync: the desk goes through the proxy the PC is set up with.

A small forwarding HTTP proxy on loopback records every request it carries to the real hub; with
``HTTP_PROXY``/``HTTPS_PROXY`` pointing at it (and ``NO_PROXY`` not covering the hub), enrolment
and a whole sync go through it. ``NO_PROXY`` covering the hub, or the transport's test option,
keep the desk off it.
"""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from lapor_desktop.services.sync import SyncService, enroll
from lapor_desktop.sync.transport import HttpTransport

from .conftest import fast_config, new_office, record

_HOP = {"connection", "keep-alive", "proxy-connection", "proxy-authorization", "transfer-encoding",
        "te", "trailer", "upgrade"}


class _Proxy(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Forward)
        self.seen: list[tuple[str, str]] = []  # (method, absolute URL) as the desk asked
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def close(self) -> None:
        self.shutdown()
        self.server_close()


class _Forward(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # type: ignore[no-untyped-def]
        pass

    def _relay(self) -> None:
        server: _Proxy = self.server  # type: ignore[assignment]
        server.seen.append((self.command, self.path))
        target = urlsplit(self.path)  # a proxy is asked with the absolute URL
        if target.scheme != "http" or not target.hostname:
            self.send_error(400, "absolute http URL expected")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
        conn = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
        try:
            path = target.path + (f"?{target.query}" if target.query else "")
            conn.request(self.command, path, body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
        finally:
            conn.close()
        self.send_response(answer.status, answer.reason)
        for k, v in answer.getheaders():
            if k.lower() not in _HOP and k.lower() != "content-length":
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_PATCH = do_HEAD = do_DELETE = _relay


@pytest.fixture
def proxy(monkeypatch):
    p = _Proxy()
    for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy"):
        monkeypatch.setenv(name, p.url)
    yield p
    p.close()


def _paths(p: _Proxy) -> list[str]:
    return [urlsplit(url).path for _, url in p.seen]


def test_enrolment_and_sync_go_through_the_pcs_proxy(hub, desks, proxy):
    office = new_office()
    desk = desks.new(office, enrolled=False)
    enroll(desk, hub.url, hub._pooled_code(office))
    ids = record(desk, 3)
    svc = SyncService(desk, config=fast_config())
    try:
        report = svc.run()
        assert svc.probe().ok
    finally:
        svc.close()
    # the complaints and the desk's three accounts (office-wide accounts travel as events)
    assert report.complete and report.accepted == len(ids) + 3, report.to_dict()
    paths = _paths(proxy)
    assert "/api/v1/devices" in paths and "/api/v1/sync" in paths and "/api/v1/health" in paths
    assert all(url.startswith(hub.url + "/") for _, url in proxy.seen)


def test_no_proxy_and_the_test_option_keep_the_desk_off_the_proxy(hub, proxy, monkeypatch):
    off = HttpTransport(hub.url, system_proxy=False)
    try:
        assert off.health().hub_id == hub.hub_id
    finally:
        off.close()
    assert proxy.seen == []
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    bypassed = HttpTransport(hub.url)
    try:
        assert bypassed.health().hub_id == hub.hub_id
    finally:
        bypassed.close()
    assert proxy.seen == []
    monkeypatch.delenv("NO_PROXY")
    through = HttpTransport(hub.url)
    try:
        assert through.health().hub_id == hub.hub_id
    finally:
        through.close()
    assert _paths(proxy) == ["/api/v1/health"]
