"""Finding 1: one desk's far-future HLC must not stop sync for every office on the hub.

Before the fix the hub accepted ``999999999999999-99999``, observed it when making the Tracking ID
event and from then on wrote 16-digit HLCs that no desk could read (``bad_answer``).
"""

from __future__ import annotations

import re
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.core.clock import format_hlc, parse_hlc, to_ms  # noqa: E402
from lapor_desktop.sync.protocol import HLC_PATTERN  # noqa: E402
from tests.support.hubsec import ENGINES, Desk, HubProcess, new_office  # noqa: E402

POISON = "999999999999999-99999"


@pytest.fixture(scope="module", params=ENGINES)
def hub(request, tmp_path_factory):
    with HubProcess(tmp_path_factory.mktemp("hub"), engine=request.param) as h:
        yield h


def _ahead(minutes: float) -> str:
    return format_hlc(to_ms(datetime.now(timezone.utc) + timedelta(minutes=minutes)), 0)


def test_the_hub_refuses_an_hlc_beyond_the_skew_bound_per_event(hub):
    desk = Desk(hub, new_office())
    poisoned = desk.created()
    poisoned["hlc"] = POISON
    in_2099 = desk.created()
    in_2099["hlc"] = format_hlc(to_ms(datetime(2099, 1, 1, tzinfo=timezone.utc)), 0)
    slightly_ahead = desk.created()
    slightly_ahead["hlc"] = _ahead(3)  # within the 10-minute default: a desk clock a bit fast
    honest = desk.created()
    resp = desk.sync([poisoned, in_2099, slightly_ahead, honest])
    outcomes = [(r["outcome"], r.get("code")) for r in resp["results"]]
    assert outcomes == [("rejected", "hlc_ahead"), ("rejected", "hlc_ahead"),
                        ("accepted", None), ("accepted", None)], outcomes
    assert "10" in resp["results"][0]["detail"]  # the bound is named


def test_after_a_poisoned_hlc_every_office_keeps_syncing(hub):
    """Three offices; one desk of the first pushes the poison; every desk then pulls pages whose
    HLCs all match the protocol pattern and stay near the hub's clock."""
    offices = [new_office() for _ in range(3)]
    desks = {o: [Desk(hub, o), Desk(hub, o)] for o in offices}
    bad = desks[offices[0]][0]
    ev = bad.created()
    ev["hlc"] = POISON
    assert bad.sync([ev])["results"][0]["outcome"] == "rejected"
    # a complaint of the same office after the attempt: the hub's Tracking ID event must be sane
    for o in offices:
        writer, reader = desks[o]
        writer.sync([writer.created()])
        pulled = reader.pull_all()
        created = [e for e in pulled if e["type"] == "complaint.created"]
        tracking = [e for e in pulled if e["type"] == "complaint.tracking_assigned"]
        assert len(created) == 1 and len(tracking) == 1, [e["type"] for e in pulled]
        horizon = to_ms(datetime.now(timezone.utc) + timedelta(minutes=11))
        for e in pulled:
            assert re.fullmatch(HLC_PATTERN, e["hlc"]), e["hlc"]
            assert parse_hlc(e["hlc"])[0] <= horizon, e["hlc"]
