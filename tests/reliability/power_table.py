"""Power cuts and full disks for ``kill_table.py`` (run by hand; see its docstring).

- checkpoint: a writer records complaints and forces a checkpoint every few batches; it is
  SIGKILLed a few milliseconds after it says a checkpoint starts (a kill that lands before the
  checkpoint ends is counted in "kills"). Afterwards ``doctor`` must pass and every complaint the
  writer acknowledged must be there.
- copy: while a writer records (and checkpoints), it is frozen (SIGSTOP) at a random moment, the
  data files (database and -wal; the -shm is memory SQLite rebuilds) and settings are copied
  elsewhere, and it runs on (SIGCONT): the copy is the disk as a power cut at that instant would
  leave it. Every copy must pass ``doctor`` and hold every complaint acknowledged before the freeze.
- full disk: the profile on a small tmpfs filled to a random few hundred KB of free space, then
  intake, import, backup and restore each run once on the full disk (no traceback, exit 0/2/3),
  the space is freed and the command run again: nothing lost, nothing twice, every file with a
  backup's name good, ``doctor`` passes.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("cut_writer.py")
SAMPLE = REPO / "tests" / "data" / "lapor-v4-export-sample.xlsx"


def _row() -> dict:
    return {"runs": 0, "kills": 0, "lost": 0, "duplicated": 0, "failed_starts": 0}


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "LAPOR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1"}


def _cli(home: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lapor_desktop", *args], env=_env(home), capture_output=True,
                          text=True, timeout=timeout)


def _doctor_ok(home: Path) -> bool:
    return _cli(home, "doctor").returncode == 0


def _stored(db: Path) -> tuple[set[str], int, int]:
    """(complaint ids, rows, rows recorded twice): a walk-in twice is a title twice (each line and
    each writer's complaint has its own), an imported row twice is a Tracking ID twice."""
    conn = sqlite3.connect(db)
    try:
        ids = {r[0] for r in conn.execute("SELECT id FROM complaints")}
        rows = len(ids)
        local, titles = conn.execute("SELECT count(*), count(DISTINCT title) FROM complaints "
                                     "WHERE tracking_id IS NULL").fetchone()
        imported, tracking = conn.execute("SELECT count(tracking_id), count(DISTINCT tracking_id) "
                                          "FROM complaints").fetchone()
        return ids, rows, (local - titles) + (imported - tracking)
    finally:
        conn.close()


def _imported(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(DISTINCT tracking_id) FROM complaints").fetchone()[0]
    finally:
        conn.close()


def _sample_rows() -> int:
    import openpyxl

    ws = openpyxl.load_workbook(SAMPLE, read_only=True).worksheets[0]
    return sum(1 for row in ws.iter_rows(min_row=2, values_only=True) if any(v not in (None, "") for v in row))


class _Writer:
    def __init__(self, home: Path, tag: str, every: int) -> None:
        self.proc = subprocess.Popen([sys.executable, str(WRITER), str(home), tag, str(every)],
                                     stdout=subprocess.PIPE, env=_env(home))
        assert self.proc.stdout is not None
        self.fd = self.proc.stdout.fileno()
        os.set_blocking(self.fd, False)
        self.raw = b""

    def pump(self) -> bool:
        try:
            chunk = os.read(self.fd, 1 << 16)
        except BlockingIOError:
            return False
        if chunk:
            self.raw += chunk
        return bool(chunk)

    def lines(self) -> list[str]:
        return self.raw.decode().split("\n")[:-1]  # only complete lines were said

    def acked(self) -> list[str]:
        return [x for x in self.lines() if x and x not in ("ready", "ckpt", "ckpt-done")]

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=20)
        os.set_blocking(self.fd, True)
        self.raw += self.proc.stdout.read()  # type: ignore[union-attr]
        self.proc.stdout.close()  # type: ignore[union-attr]


def _new_desk(home: Path) -> None:
    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.services.desk import setup_desk

    setup_desk(AppPaths.under(home), office_code="TIDORE", office_name="Kota Tidore", desk_code="P1").close()


def checkpoint_kills(tmp: Path, runs: int, rng: random.Random) -> dict:
    row = _row()
    home = tmp / "ckpt"
    _new_desk(home)
    acked: set[str] = set()
    for r in range(runs):
        w = _Writer(home, f"c{r}", every=rng.choice([1, 2, 3]))
        want_ckpts = rng.randint(1, 4)
        give_up = time.monotonic() + 90
        while time.monotonic() < give_up:
            if not w.pump():
                time.sleep(0.001)
            if w.lines().count("ckpt") >= want_ckpts:
                break
        time.sleep(rng.uniform(0, 0.015))
        w.kill()
        lines = w.lines()
        row["runs"] += 1
        marks = [x for x in lines if x in ("ckpt", "ckpt-done")]
        row["kills"] += bool(marks) and marks[-1] == "ckpt"  # killed inside a checkpoint
        acked |= set(w.acked())
        if not _doctor_ok(home):
            row["failed_starts"] += 1
            continue
        ids, rows, titles = _stored(home / "data" / "lapor-desk.sqlite3")
        row["lost"] += len(acked - ids)
        row["duplicated"] += titles
    return row


def copy_cuts(tmp: Path, copies: int, rng: random.Random, per_writer: int = 5) -> dict:
    row = _row()
    home = tmp / "copy"
    _new_desk(home)
    n = 0
    while n < copies:
        w = _Writer(home, f"w{n}", every=rng.choice([0, 2, 4]))
        while "ready" not in w.lines():
            w.pump()
            time.sleep(0.01)
        for _ in range(min(per_writer, copies - n)):
            end = time.monotonic() + rng.uniform(0.3, 1.5)
            while time.monotonic() < end:
                if not w.pump():
                    time.sleep(0.002)
            w.proc.send_signal(signal.SIGSTOP)
            time.sleep(0.02)
            while w.pump():
                pass
            before = set(w.acked())
            cut = tmp / f"cut-{n}"
            shutil.copytree(home / "config", cut / "config")
            (cut / "data").mkdir(parents=True)
            for name in ("lapor-desk.sqlite3", "lapor-desk.sqlite3-wal"):
                src = home / "data" / name
                if src.exists():
                    shutil.copyfile(src, cut / "data" / name)
            w.proc.send_signal(signal.SIGCONT)
            n += 1
            row["runs"] += 1
            row["kills"] += 1
            if not _doctor_ok(cut):
                row["failed_starts"] += 1
                continue
            ids, rows, titles = _stored(cut / "data" / "lapor-desk.sqlite3")
            row["lost"] += len(before - ids)
            row["duplicated"] += titles
            shutil.rmtree(cut, ignore_errors=True)
        w.kill()
    return row


# ---------------------------------------------------------------- full disk

def _mount(where: Path, size: str) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True).returncode == 0


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True)


def _fill(disk: Path, leave: int) -> Path:
    filler = disk / "filler.bin"
    with open(filler, "wb", buffering=0) as fh:
        for size in (1 << 20, 65536, 4096):
            try:
                while True:
                    fh.write(b"\0" * size)
            except OSError:
                pass
    if leave:
        with open(filler, "r+b") as fh:
            fh.truncate(max(0, filler.stat().st_size - leave))
    return filler


def _line(tag: str, i: int) -> dict:
    return {"title": f"Air bersih tidak mengalir {tag} {i}",
            "body": "Air PDAM tidak mengalir sejak seminggu di Dokiri, warga membeli air galon. " * 12,
            "reporter": {"name": f"Warga {i}"}}


def full_disk_runs(tmp: Path, runs: int, rng: random.Random) -> dict[str, dict]:
    """One row per kind of write; ``kills`` counts the runs whose first try failed on the full disk."""
    from lapor_desktop.store import backup as bk

    rows = {k: _row() | {"tracebacks": 0} for k in ("full:intake", "full:import", "full:backup", "full:restore")}
    sample = _sample_rows()
    disk = tmp / "disk"
    if not _mount(disk, "48m"):
        for r in rows.values():
            r["skipped"] = "cannot mount a tmpfs here (needs root)"
        return rows
    try:
        for run in range(runs):
            home = disk / f"home-{run}"
            _new_desk(home)
            r = subprocess.run([sys.executable, "-m", "lapor_desktop", "users", "add", "budi", "--role", "admin",
                                "--password-stdin"], input="sandi-rahasia\n", env=_env(home), capture_output=True,
                               text=True)
            assert r.returncode == 0, r.stderr
            seed = home / "seed.jsonl"
            seed.write_text("\n".join(json.dumps(_line("s", i)) for i in range(60)) + "\n", encoding="utf-8")
            assert _cli(home, "intake", "--as", "budi", str(seed)).returncode == 0
            assert _cli(home, "backup").returncode == 0
            db = home / "data" / "lapor-desk.sqlite3"
            total = _stored(db)[1]
            batch = home / f"batch-{run}.jsonl"
            batch.write_text("\n".join(json.dumps(_line(f"b{run}", i)) for i in range(300)) + "\n", encoding="utf-8")
            kinds = [("full:intake", ("intake", "--as", "budi", str(batch))),
                     ("full:import", ("import", "--as", "budi", str(SAMPLE))),
                     ("full:backup", ("backup",)),
                     ("full:restore", ("restore", "--latest"))]
            rng.shuffle(kinds)
            for kind, args in kinds:
                row = rows[kind]
                before = _stored(db)[1]
                filler = _fill(disk, rng.randint(0, 400_000))
                first = _cli(home, *args)
                filler.unlink()
                row["runs"] += 1
                row["kills"] += first.returncode != 0
                row["tracebacks"] += "Traceback" in first.stderr
                again = _cli(home, *args)
                if again.returncode != 0 or not _doctor_ok(home):
                    row["failed_starts"] += 1
                    continue
                ids, n, twice = _stored(db)
                row["duplicated"] += twice
                if kind == "full:intake":
                    row["lost"] += max(0, before + 300 - n)
                elif kind == "full:import":
                    row["lost"] += max(0, sample - _imported(db)) + max(0, before - n)
                elif kind == "full:backup":
                    for b in bk.list_backups(home / "data" / "backups"):
                        if not bk.check_file(b.path, full=True).ok:
                            row["lost"] += 1  # a file with a backup's name that is not whole
                    row["lost"] += max(0, before - n)
                else:  # restore: the newest good backup (the seed) is back whole; what was recorded
                    # after it comes back from the hub at the next sync (not part of this run)
                    row["lost"] += max(0, total - n)
    finally:
        _umount(disk)
    return rows
