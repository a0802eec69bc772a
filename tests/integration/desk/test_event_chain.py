"""Per-device event chains on the desk (issue 14 item 4): every local event names the chain hash
of the desk's previous event, and ``doctor`` finds an older event rewritten with sqlite3."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from lapor_desktop.domain.chain import chain_hash, first_break
from lapor_desktop.services.desk import open_desk
from lapor_desktop.store import repo

from startup_helpers import cli, make_desk


def _own_events(paths):
    desk = open_desk(paths)
    try:
        with desk.db.read() as s:
            from sqlalchemy import select

            from lapor_desktop.store.models import EventRow

            rows = s.scalars(select(EventRow).where(EventRow.device_id == desk.settings.device_id)
                             .order_by(EventRow.device_seq)).all()
            return [repo.event_from_row(r) for r in rows]
    finally:
        desk.close()


def test_each_local_event_names_the_hash_of_the_one_before(tmp_path: Path):
    paths = make_desk(tmp_path / "home", complaints=5, backup=False)
    events = _own_events(paths)
    assert len(events) >= 6  # the account and the five complaints
    assert events[0].prev is None
    for before, e in zip(events, events[1:]):
        assert e.prev == chain_hash(before)
    assert first_break(events) is None


def test_doctor_reports_an_older_event_rewritten_with_sqlite3(tmp_path: Path):
    home = tmp_path / "home"
    paths = make_desk(home, complaints=5, backup=False)
    r = cli(home, "doctor")
    assert "event_chain_broken" not in r.stdout
    middle = _own_events(paths)[3]
    con = sqlite3.connect(paths.db_path)
    with con:
        con.execute("UPDATE events SET actor_user = 'orang-lain' WHERE id = ?", (middle.id,))
    con.close()
    r = cli(home, "doctor")
    assert "Traceback" not in r.stderr
    problems = json.loads(r.stdout)["problems"]
    broken = [p for p in problems if p["code"] == "event_chain_broken"]
    assert broken and "telah diubah atau dihapus" in broken[0]["message"]
