"""Finding 10: a desk of office A replaying office B's event verbatim learns nothing about B:
no ``duplicate``, no ``server_seq``, nothing of B's data in the answer."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from tests.support.hubsec import Desk, new_office  # noqa: E402


@pytest.fixture(scope="session")
def hub(shared_hub):
    """The session's hub, per engine (tests/conftest.py); each test has offices of its own."""
    return shared_hub


def test_replaying_another_offices_event_reveals_nothing(hub):
    b = Desk(hub, new_office())
    ev = b.created(title="Rahasia kantor B")
    first = b.sync([ev])["results"][0]
    assert first["outcome"] == "accepted"
    a = Desk(hub, new_office())
    resp = a.sync([ev])
    (res,) = resp["results"]
    assert res["outcome"] == "rejected", res
    assert "server_seq" not in res or res["server_seq"] is None
    assert "Rahasia" not in repr(resp) and b.office not in repr(resp)
    # the same answer as for an event of another device the hub never saw
    fresh = b.created()
    never = a.sync([fresh])["results"][0]
    assert (never["outcome"], never["code"], never["detail"]) == (res["outcome"], res["code"], res["detail"])
    # B's own retry is still a harmless duplicate
    again = b.sync([ev])["results"][0]
    assert again["outcome"] == "duplicate" and again["server_seq"] == first["server_seq"]
