"""Finding 9: the hub's SQLite runs synchronous=FULL, so an acknowledged event survives a power
cut (WAL with NORMAL may lose the last transactions)."""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from sqlalchemy import text  # noqa: E402

from lapor_desktop.hub.storage import HubDB  # noqa: E402
from tests.support.hubsec import HubProcess  # noqa: E402

FULL = 2


def test_the_hub_sqlite_engine_runs_synchronous_full(tmp_path):
    with HubProcess(tmp_path) as hub:  # a real hub made the file
        db = HubDB(hub.db_url)
        try:
            for engine in (db.engine, db.write_engine, db.read_engine):
                with engine.connect() as conn:
                    assert conn.execute(text("PRAGMA synchronous")).scalar() == FULL
                    assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        finally:
            db.dispose()
