"""Finding 5: one bogus PATCH must not block an honest upload for good. A declared
Upload-Length that differs from the announced attachment size is refused, and an upload record
without progress expires (hub setting; 24 h by default, 2 s here)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.support.hubsec import (  # noqa: E402
    ENGINES, Desk, HubProcess, announce, assert_problem, new_office, patch, upload)


@pytest.fixture(scope="module", params=ENGINES)
def hub(request, tmp_path_factory):
    with HubProcess(tmp_path_factory.mktemp("hub"), engine=request.param,
                    extra_args=["--upload-expiry", "2s"]) as h:
        yield h


def test_a_declared_length_other_than_the_announced_size_is_refused(hub):
    honest = Desk(hub, new_office())
    data = os.urandom(50_000)
    sha, _ = announce(honest, data)
    bogus = Desk(hub, honest.office)  # a desk of the same office that saw the event
    announce(bogus, data)
    body = assert_problem(patch(bogus, sha, 0, 10_000_000, b""), 409, "length_mismatch")
    assert "50000" in body["detail"]
    assert upload(honest, sha, data).status_code == 204
    assert honest.http.get(f"{hub.api}/blobs/{sha}", timeout=10).content == data


def test_an_abandoned_upload_expires(hub):
    desk = Desk(hub, new_office())
    data = os.urandom(60_000)
    sha, _ = announce(desk, data)
    assert patch(desk, sha, 0, len(data), data[:1000]).status_code == 204
    head = desk.http.head(f"{hub.api}/blobs/{sha}", timeout=10)
    assert head.headers["Upload-Offset"] == "1000"
    time.sleep(2.5)
    # no progress for longer than the setting: the hub starts afresh
    assert desk.http.head(f"{hub.api}/blobs/{sha}", timeout=10).status_code == 404
    assert upload(desk, sha, data).status_code == 204
