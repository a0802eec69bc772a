"""Helpers for the start-up, backup and restore tests: a desk with data, ways to damage its file,
the command line (in this process, or as a real process)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.backup import make_backup
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import setup_desk
from lapor_desktop.services.users import UserService
from tests.support.cli import run_cli, run_process
from tests.support.sessions import signed

REPO = Path(__file__).resolve().parents[3]


def cli(home: Path, *args: str, stdin: str | None = None, process: bool = False) -> subprocess.CompletedProcess:
    """``lapor-desktop ARGS`` on ``home``: ``main()`` in this process (tests/support/cli.py), or
    with ``process=True`` ``python -m lapor_desktop`` as a real process."""
    run = run_process if process else run_cli
    return run(args, env={"LAPOR_DESKTOP_HOME": str(home), "LAPOR_LANG": None}, stdin=stdin)


def make_desk(home: Path, complaints: int = 300, backup: bool = True) -> AppPaths:
    paths = AppPaths.under(home)
    desk = setup_desk(paths, office_code="TIDORE", office_name="Kota Tidore", desk_code="D1")
    UserService(desk).add(None, login="budi", role="front_desk", password="sandi-rahasia", name="Budi")
    svc = ComplaintService(desk)
    items = [({"title": f"Lampu jalan padam nomor {i}", "body": "Lampu penerangan jalan di Dokiri padam " * 3,
               "reporter": {"name": f"Warga {i}"}}, ()) for i in range(complaints)]
    svc.record_many(signed(svc, Actor("budi", "front_desk", "Budi")), items)
    desk.close()
    if backup:
        make_backup(paths, "manual")
    return paths


def _truncate(p: Path) -> None:
    with open(p, "r+b") as fh:
        fh.truncate(p.stat().st_size // 3)


def _random_middle(p: Path) -> None:
    with open(p, "r+b") as fh:
        fh.seek(p.stat().st_size // 2 - 32768)
        fh.write(os.urandom(65536))


def _zero_header(p: Path) -> None:
    with open(p, "r+b") as fh:
        fh.write(b"\0" * 100)


def _garbage(p: Path) -> None:
    p.write_bytes(os.urandom(50_000))


def _folder(p: Path) -> None:
    p.unlink()
    p.mkdir()
    (p / "x.txt").write_text("not a database")
