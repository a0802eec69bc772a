"""Finding 8: slow clients are cut off. Slow-loris connections (headers dribbled a byte at a
time, or a body that stops) are closed by the hub after its read timeouts, while an honest desk
keeps being served. Bounded: every socket is closed by the test within 20 s."""

from __future__ import annotations

import socket
import sys
import time
from pathlib import Path

import pytest
import requests

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.support.hubsec import HubProcess  # noqa: E402

SLOW = 40


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    with HubProcess(tmp_path_factory.mktemp("hub"),
                    extra_args=["--header-timeout", "2", "--body-timeout", "2"]) as h:
        yield h


def _closed_by_peer(sock: socket.socket) -> bool:
    try:
        sock.settimeout(0.01)
        return sock.recv(1024) == b"" or True  # an answer (408/400) then close also counts
    except (TimeoutError, BlockingIOError, socket.timeout):
        return False
    except OSError:
        return True


def test_slow_loris_connections_are_cut_off(hub):
    socks: list[socket.socket] = []
    try:
        for i in range(SLOW):
            s = socket.create_connection(("127.0.0.1", hub.port), timeout=5)
            if i % 2:
                s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # headers never end
            else:
                s.sendall(b"POST /api/v1/devices HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          b"Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
            socks.append(s)
        start = time.monotonic()
        open_ = set(range(SLOW))
        while open_ and time.monotonic() - start < 12:
            # keep dribbling one byte now and then, as a slow-loris client does
            for i in list(open_):
                try:
                    socks[i].sendall(b"X")
                except OSError:
                    open_.discard(i)
                    continue
                if _closed_by_peer(socks[i]):
                    open_.discard(i)
            # the honest desk is still served while the slow ones hang on
            assert requests.get(hub.api + "/health", timeout=5).status_code == 200
            time.sleep(0.5)
        assert not open_, f"{len(open_)} of {SLOW} slow connections still open after 12 s"
        assert time.monotonic() - start < 10
    finally:
        for s in socks:
            s.close()
