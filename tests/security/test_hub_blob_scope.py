"""Finding 4: another office's attachment cannot be read by announcing its hash, and
``missing_blobs`` reveals nothing about what other offices uploaded."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.support.hubsec import Desk, announce, new_office, upload  # noqa: E402


@pytest.fixture(scope="session")
def hub(shared_hub):
    """The session's hub, per engine (tests/conftest.py); each test has offices of its own."""
    return shared_hub


def test_a_hash_from_another_office_gives_nothing_until_possession_is_proven(hub):
    secret = os.urandom(40_000)
    owner = Desk(hub, new_office())
    sha, _ = announce(owner, secret)
    assert upload(owner, sha, secret).status_code == 204
    mate = Desk(hub, owner.office)  # a desk of the owner's office may read it
    assert mate.http.get(f"{hub.api}/blobs/{sha}", timeout=10).content == secret

    thief = Desk(hub, new_office())
    _, resp = announce(thief, secret)
    # the hub answers exactly as for a hash it never saw
    never = os.urandom(40_000)
    never_sha, never_resp = announce(thief, never)
    assert sha in resp["missing_blobs"] and never_sha in never_resp["missing_blobs"]
    assert thief.http.get(f"{hub.api}/blobs/{sha}", timeout=10).status_code == 404
    assert thief.http.head(f"{hub.api}/blobs/{sha}", timeout=10).status_code == 404
    assert thief.http.head(f"{hub.api}/blobs/{never_sha}", timeout=10).status_code == 404
    # wrong bytes do not prove possession
    fake = os.urandom(len(secret))
    r = upload(thief, sha, fake)
    assert r.status_code == 422
    assert thief.http.get(f"{hub.api}/blobs/{sha}", timeout=10).status_code == 404
    # an office that really holds the same file proves it by uploading, then may read it
    assert upload(thief, sha, secret).status_code == 204
    assert thief.http.get(f"{hub.api}/blobs/{sha}", timeout=10).content == secret
    assert sha not in thief.sync()["missing_blobs"]
    assert hashlib.sha256(owner.http.get(f"{hub.api}/blobs/{sha}", timeout=10).content).hexdigest() == sha
