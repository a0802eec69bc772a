"""Run by hand: SIGKILL ``lapor-desktop`` at random moments during intake, backup and restore, and
print a table: runs, kills, lost, duplicated, failed starts.

    PYTHONPATH=. python tests/reliability/kill_table.py [--runs 10] [--lines 1500] [--seed 1]

- intake: a JSON Lines file of ``--lines`` complaints is run, killed at a random moment, and run
  again until it finishes; then every line must be recorded exactly once (lost: lines missing;
  duplicated: complaints beyond one per line).
- backup: ``lapor-desktop backup`` killed at a random moment; every file that carries a backup's
  name must pass the full check with the database's counts (a file that looks good but is not
  counts as lost), and the database must still open with all complaints.
- restore: ``lapor-desktop restore --latest`` killed at a random moment; afterwards the database
  must be a whole one (the old or the restored; both hold every complaint here) and ``doctor``
  must pass (a failed start otherwise).
- checkpoint, copy (power cuts) and full:intake/import/backup/restore (a real full disk):
  see ``power_table.py``. ``--power-cuts N`` is split between the two power-cut kinds; for the
  full-disk rows "kills" counts the first tries the full disk stopped, and "tracebacks" must be 0.
A failed start is any ``doctor`` afterwards that does not exit 0.

    PYTHONPATH=. python tests/reliability/kill_table.py --runs 5 --lines 800 --power-cuts 50 --full-disk 2
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.services.desk import setup_desk  # noqa: E402
from lapor_desktop.services.users import UserService  # noqa: E402
from lapor_desktop.store import backup as bk  # noqa: E402


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "LAPOR_DESKTOP_HOME": str(home), "PYTHONPATH": str(REPO)}


def _cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "lapor_desktop", *args]


def _killed(home: Path, args: list[str], delay: float) -> bool:
    """Start the command, SIGKILL it after ``delay`` s; True when it was still running."""
    p = subprocess.Popen(_cmd(*args), env=_env(home), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        p.wait(delay)
        return False
    except subprocess.TimeoutExpired:
        p.send_signal(signal.SIGKILL)
        p.wait()
        return True


def _doctor_ok(home: Path) -> bool:
    return subprocess.run(_cmd("doctor"), env=_env(home), capture_output=True, timeout=120).returncode == 0


def _count(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select count(*) from complaints").fetchone()[0]
    finally:
        conn.close()


def _desk(home: Path, n: int) -> AppPaths:
    paths = AppPaths.under(home)
    desk = setup_desk(paths, office_code="TIDORE", office_name="Kota Tidore", desk_code="R1")
    UserService(desk).add(None, login="budi", role="front_desk", password="sandi-rahasia")
    desk.close()
    if n:
        f = home / "seed.jsonl"
        f.write_text("\n".join(json.dumps(_line(i)) for i in range(n)) + "\n", encoding="utf-8")
        subprocess.run(_cmd("intake", "--as", "budi", str(f)), env=_env(home), capture_output=True, check=True)
    return paths


def _line(i: int) -> dict:
    return {"title": f"Lampu jalan padam nomor {i}",
            "body": "Lampu penerangan jalan di pesisir Dokiri padam, rawan kecelakaan malam hari. " * 3,
            "reporter": {"name": f"Warga {i}"}}


def intake_runs(tmp: Path, runs: int, lines: int, rng: random.Random) -> dict:
    row = {"runs": 0, "kills": 0, "lost": 0, "duplicated": 0, "failed_starts": 0}
    for r in range(runs):
        home = tmp / f"intake-{r}"
        paths = _desk(home, 0)
        f = home / "masuk.jsonl"
        f.write_text("\n".join(json.dumps(_line(i)) for i in range(lines)) + "\n", encoding="utf-8")
        row["runs"] += 1
        row["kills"] += _killed(home, ["intake", "--as", "budi", str(f)], rng.uniform(0.6, 2.5))
        done = subprocess.run(_cmd("intake", "--as", "budi", str(f)), env=_env(home), capture_output=True, timeout=300)
        if done.returncode != 0:
            row["failed_starts"] += 1
            continue
        n = _count(paths.db_path)
        row["lost"] += max(0, lines - n)
        row["duplicated"] += max(0, n - lines)
        row["failed_starts"] += not _doctor_ok(home)
    return row


def backup_runs(tmp: Path, runs: int, lines: int, rng: random.Random) -> dict:
    row = {"runs": 0, "kills": 0, "lost": 0, "duplicated": 0, "failed_starts": 0}
    home = tmp / "backup"
    paths = _desk(home, lines)
    total = _count(paths.db_path)
    for _ in range(runs):
        row["runs"] += 1
        row["kills"] += _killed(home, ["backup"], rng.uniform(0.2, 1.1))
        for b in bk.list_backups(paths.backups_dir):  # every file named as a backup must be whole
            if b.label != "manual":  # the seeding intake's own pre-intake backup (of the empty desk)
                continue
            fc = bk.check_file(b.path, full=True)
            if not fc.ok or fc.counts.get("complaints") != total:
                row["lost"] += 1
                b.path.rename(b.path.with_suffix(".bad"))
        row["failed_starts"] += not _doctor_ok(home)
        row["lost"] += max(0, total - _count(paths.db_path))
    return row


def restore_runs(tmp: Path, runs: int, lines: int, rng: random.Random) -> dict:
    row = {"runs": 0, "kills": 0, "lost": 0, "duplicated": 0, "failed_starts": 0}
    home = tmp / "restore"
    paths = _desk(home, lines)
    subprocess.run(_cmd("backup"), env=_env(home), capture_output=True, check=True)
    total = _count(paths.db_path)
    for _ in range(runs):
        row["runs"] += 1
        row["kills"] += _killed(home, ["restore", "--latest"], rng.uniform(0.2, 1.1))
        if not _doctor_ok(home):
            row["failed_starts"] += 1
            continue
        n = _count(paths.db_path)
        row["lost"] += max(0, total - n)
        row["duplicated"] += max(0, n - total)
    return row


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--lines", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--power-cuts", type=int, default=50, help="checkpoint kills + mid-write copies")
    ap.add_argument("--full-disk", type=int, default=2, help="runs of each kind of write on a full disk")
    a = ap.parse_args()
    from power_table import checkpoint_kills, copy_cuts, full_disk_runs

    rng = random.Random(a.seed)
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="lapor-kill-") as tmp:
        rows = {}
        if a.runs:
            rows = {"intake": intake_runs(Path(tmp), a.runs, a.lines, rng),
                    "backup": backup_runs(Path(tmp), a.runs, a.lines, rng),
                    "restore": restore_runs(Path(tmp), a.runs, a.lines, rng)}
        if a.power_cuts:
            rows["checkpoint"] = checkpoint_kills(Path(tmp), a.power_cuts // 2, rng)
            rows["copy"] = copy_cuts(Path(tmp), a.power_cuts - a.power_cuts // 2, rng)
        if a.full_disk:
            rows.update(full_disk_runs(Path(tmp), a.full_disk, rng))
    print(f"{'kind':<14}{'runs':>6}{'kills':>7}{'lost':>6}{'duplicated':>12}{'failed starts':>15}{'tracebacks':>12}")
    for kind, r in rows.items():
        print(f"{kind:<14}{r['runs']:>6}{r['kills']:>7}{r['lost']:>6}{r['duplicated']:>12}{r['failed_starts']:>15}"
              f"{r.get('tracebacks', 0):>12}" + (f"  (skipped: {r['skipped']})" if r.get("skipped") else ""))
    print(f"({time.monotonic() - t0:.0f} s, seed {a.seed}, {a.lines} lines)")
    bad = any(r["lost"] or r["duplicated"] or r["failed_starts"] or r.get("tracebacks") for r in rows.values())
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
