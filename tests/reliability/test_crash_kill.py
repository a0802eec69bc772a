"""SIGKILL in the middle of writing: the file stays sound and every acknowledged complaint is there."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.services.desk import setup_desk

WRITER = Path(__file__).with_name("crash_writer.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # writer processes killed in a loop
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_while_writing_loses_nothing_acknowledged(tmp_path: Path):
    home = tmp_path / "home"
    setup_desk(AppPaths.under(home), office_code="TIDORE", office_name="Kota Tidore Kepulauan", desk_code="K1").close()
    rng = random.Random(20261128)
    acked: list[str] = []
    for run in range(6):
        batch = rng.choice([1, 1, 5, 50])
        proc = subprocess.Popen([sys.executable, str(WRITER), str(home), str(batch)], stdout=subprocess.PIPE,
                                env={**os.environ, "PYTHONUNBUFFERED": "1",
                                     "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])})
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        os.set_blocking(fd, False)
        raw = b""
        started = None
        give_up = time.monotonic() + 60
        while time.monotonic() < give_up:
            try:
                chunk = os.read(fd, 1 << 16)
            except BlockingIOError:
                chunk = None
            if chunk:
                raw += chunk
            if started is None and b"ready\n" in raw:
                started = time.monotonic()
                deadline = started + rng.uniform(0.2, 1.5)
            if started is not None and time.monotonic() >= deadline:
                break
            if chunk is None:
                time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        os.set_blocking(fd, True)
        raw += proc.stdout.read()
        buf = raw.decode().split("ready\n", 1)[-1]
        # only complete lines were acknowledged
        acked += [line for line in buf.split("\n")[:-1] if line]
    assert len(acked) > 20, "the writer should have committed something in each run"
    db = home / "data" / "lapor-desk.sqlite3"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = {r[0] for r in conn.execute("select id from complaints")}
    missing = set(acked) - stored
    assert not missing, f"{len(missing)} acknowledged complaints lost"
    # every stored complaint has its created event and its outbox entry: nothing half-written
    orphans = conn.execute(
        "select count(*) from complaints c where not exists (select 1 from events e where e.complaint_id = c.id "
        "and e.type = 'complaint.created') or not exists (select 1 from outbox o join events e on e.id = o.event_id "
        "where e.complaint_id = c.id)").fetchone()[0]
    assert orphans == 0
    fts = conn.execute("select count(*) from complaints_fts").fetchone()[0]
    assert fts == len(stored)
    receipts = [r[0] for r in conn.execute("select receipt_number from complaints")]
    assert len(receipts) == len(set(receipts))
