"""Fixtures for the desk's store and services: a real SQLite file in a temporary profile."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from lapor_desktop.core.clock import FixedClock
from lapor_desktop.core.paths import AppPaths
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.complaints import ComplaintService
from lapor_desktop.services.desk import open_desk, setup_desk
from lapor_desktop.services.users import UserService

REFERENCE = {
    "agencies": [
        {"id": 91001, "name": "Dinas Pekerjaan Umum dan Penataan Ruang Kota Tidore Kepulauan"},
        {"id": 91006, "name": "Dinas Sosial Kota Tidore Kepulauan"},
    ],
    "regions": [
        {"level": "district", "code": "82.72.04", "name": "Tidore Timur"},
        {"level": "village", "code": "82.72.04.1001", "name": "Dokiri", "parent": "82.72.04"},
    ],
}

# Monday 2026-11-23, 09:00 WIT
MONDAY = datetime(2026, 11, 23, 0, 0, tzinfo=timezone.utc)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.under(tmp_path / "profile")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MONDAY)


@pytest.fixture
def desk(paths: AppPaths, clock: FixedClock, tmp_path: Path):
    ref = tmp_path / "ref.json"
    import json

    ref.write_text(json.dumps(REFERENCE), encoding="utf-8")
    setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan",
               desk_code="A1", reference_file=ref).close()
    d = open_desk(paths, clock=clock)
    users = UserService(d)
    users.add(None, login="loket", role="front_desk", password="rahasia-loket", name="Petugas Loket")
    users.add(None, login="verif", role="verifier", password="rahasia-verif", name="Verifikator")
    users.add(None, login="pupr", role="liaison", password="rahasia-pupr", name="Penghubung PUPR", agency_id=91001)
    users.add(None, login="sosial", role="liaison", password="rahasia-sosial", agency_id=91006)
    users.add(None, login="bos", role="supervisor", password="rahasia-bos")
    users.add(None, login="admin", role="admin", password="rahasia-admin")
    yield d
    d.close()


@pytest.fixture
def svc(desk) -> ComplaintService:
    return ComplaintService(desk)


ACTORS = {
    "front_desk": Actor("loket", "front_desk", "Petugas Loket"),
    "verifier": Actor("verif", "verifier", "Verifikator"),
    "liaison": Actor("pupr", "liaison", "Penghubung PUPR", 91001),
    "liaison_other": Actor("sosial", "liaison", "", 91006),
    "supervisor": Actor("bos", "supervisor"),
    "admin": Actor("admin", "admin"),
}


@pytest.fixture
def actors(desk) -> dict[str, Actor]:
    """Live sessions of the desk's accounts (a Session is an Actor), by role."""
    from tests.support.sessions import signed

    return {k: signed(desk, a) for k, a in ACTORS.items()}
