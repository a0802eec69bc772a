"""Deleting the database's -wal file while the program runs loses no acknowledged complaint: the
desk notices (after the next write, or on its periodic look) and copies what the deleted file
holds into the main file, so even a crash or power cut right afterwards loses nothing (issue 15).

The program runs in a child process that ends without closing anything (``os._exit``), as a
crash would; the test then opens the file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.services.desk import setup_desk

REPO = Path(__file__).resolve().parents[3]

CHILD = r'''
import json, os, sys
from pathlib import Path
from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import open_desk
from tests.support.sessions import signed

paths = AppPaths.under(sys.argv[1])
mode = sys.argv[2]
desk = open_desk(paths)
svc = ComplaintService(desk)
actor = signed(svc, Actor("budi", "front_desk", "Budi"))
acked = []
def record(n):
    for i in range(n):
        acked.append(svc.record(actor, {"title": f"Lampu jalan padam nomor {len(acked)}",
                                        "body": "Lampu jalan padam di Dokiri.", "reporter": {"name": "Warga"}}).id)
record(5)
Path(str(paths.db_path) + "-wal").unlink()   # someone tidies the data folder
if mode == "writes":
    record(5)                                # each acknowledged to the clerk
    incidents = desk.db.wal.take_incidents()
    record(3)                                # the desk carries on
else:
    first, second = desk.db.wal.check(), desk.db.wal.check()   # the GUI's periodic look
    incidents = [i for i in (first, second) if i is not None]
print(json.dumps({"acked": acked, "incidents": [i.recovered for i in incidents]}), flush=True)
os._exit(0)                                  # a crash: nothing is closed
'''


def _run(tmp_path: Path, mode: str) -> tuple[dict, int]:
    paths = AppPaths.under(tmp_path / "home")
    setup_desk(paths, office_code="TIDORE", office_name="Kota Tidore", desk_code="W1").close()
    r = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "home"), mode], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    out = json.loads(r.stdout.strip().splitlines()[-1])
    conn = sqlite3.connect(paths.db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        have = {row[0] for row in conn.execute("SELECT id FROM complaints")}
    finally:
        conn.close()
    return out, len(set(out["acked"]) - have)


def test_wal_deleted_between_saves_loses_no_acknowledged_complaint(tmp_path: Path):
    out, lost = _run(tmp_path, "writes")
    assert len(out["acked"]) == 13 and lost == 0
    assert out["incidents"] == [True]  # noticed once, recovered, and the GUI is told


def test_wal_deleted_while_idle_is_noticed_by_the_periodic_check(tmp_path: Path):
    out, lost = _run(tmp_path, "idle")
    assert len(out["acked"]) == 5 and lost == 0
    assert out["incidents"] == [True]
