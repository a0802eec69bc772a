"""Fixtures for the desk's sync tests: a real ``lapor-hub`` process, the link simulator in front
of it, and desks (temporary profiles, set up, with staff, enrolled through the simulator).

The keyring backend is the failing one (``PYTHON_KEYRING_BACKEND``): tokens go to the
user-only file, as on a Linux PC without a Secret Service; one test swaps in a memory backend.
"""

from __future__ import annotations

import os
import random
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

_ROOT = Path(__file__).resolve().parents[3]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from lapor_desktop.core.clock import Clock  # noqa: E402
from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.domain.model import Actor  # noqa: E402
from lapor_desktop.services.complaints import ComplaintService  # noqa: E402
from lapor_desktop.services.desk import Desk, open_desk, setup_desk  # noqa: E402
from lapor_desktop.services.sync import SyncService, enroll  # noqa: E402
from lapor_desktop.services.users import UserService  # noqa: E402
from lapor_desktop.sync.engine import EngineConfig  # noqa: E402
from tests.support.hub import HubProcess  # noqa: E402
from tests.support.linksim import LinkSim  # noqa: E402
from tests.support.sessions import signed

FRONT = Actor("loket", "front_desk", "Petugas Loket")
VERIFIER = Actor("verif", "verifier", "Verifikator")
ADMIN = Actor("admin", "admin", "Admin")

WORDS = ("jalan berlubang lampu jalan mati sampah menumpuk air bersih tidak mengalir pelayanan "
         "puskesmas lambat pungutan liar sekolah dokter listrik padam jembatan rusak banjir "
         "kelurahan kecamatan bantuan sosial tidak tepat sasaran antrean panjang kantor").split()


def new_office() -> str:
    return "OF" + uuid.uuid4().hex[:8].upper()


def complaint_data(rng: random.Random, i: int = 0) -> dict[str, Any]:
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 70)))
    return {
        "title": f"Laporan {i}: " + " ".join(rng.choice(WORDS) for _ in range(5)),
        "body": body.capitalize() + ".",
        "classification": "tidak_berkadar_pengawasan",
        "category_id": 928,
        "reporter": {"name": f"Warga {rng.randint(1, 9999)}", "phone": f"0812{rng.randint(10_000_000, 99_999_999)}"},
        "location": {"district": "Tidore Timur", "village": "Dokiri"},
    }


def record(desk: Desk, n: int, seed: int = 1) -> list[str]:
    """n complaints recorded at this desk (one transaction per 200); their ids."""
    rng = random.Random(seed)
    svc = ComplaintService(desk)
    ids: list[str] = []
    for start in range(0, n, 200):
        batch = [(complaint_data(rng, start + i), []) for i in range(min(200, n - start))]
        ids += [r.id for r in svc.record_many(signed(svc, FRONT), batch)]
    return ids


class DeskFactory:
    def __init__(self, hub: HubProcess, link: LinkSim, tmp: Path) -> None:
        self.hub, self.link, self.tmp = hub, link, tmp
        self.desks: list[Desk] = []

    def new(self, office: str | None = None, *, clock: Clock | None = None, enrolled: bool = True,
            url: str | None = None) -> Desk:
        office = office or new_office()
        if office not in self.hub._offices:
            self.hub.add_office(office)
        paths = AppPaths.under(self.tmp / f"desk-{uuid.uuid4().hex[:6]}")
        setup_desk(paths, office_code=office, office_name=f"Kantor {office}").close()
        desk = open_desk(paths, clock=clock)
        users = UserService(desk)
        users.add(None, login="loket", role="front_desk", password="rahasia-loket")
        users.add(None, login="verif", role="verifier", password="rahasia-verif")
        users.add(None, login="admin", role="admin", password="rahasia-admin")
        self.desks.append(desk)
        if enrolled:
            enroll(desk, url or self.link.url, self.hub._pooled_code(office))
        return desk

    def close(self) -> None:
        for d in self.desks:
            d.close()


def fast_config(**kw: Any) -> EngineConfig:
    """Retries without long waits (tests): backoff 0.05 s doubling, capped at 1 s."""
    base = dict(backoff_base=0.05, backoff_cap=1.0, max_attempts=8)
    base.update(kw)
    return EngineConfig(**base)


def sync(desk: Desk, **kw: Any):
    """One run; ``transport``/``early``: a first exchange already sent (services/sync/early.py)."""
    svc = SyncService(desk, config=kw.pop("config", None) or fast_config(), transport=kw.pop("transport", None),
                      early=kw.pop("early", None))
    try:
        return svc.run(**kw)
    finally:
        svc.close()


@pytest.fixture(scope="session")
def sync_hub(tmp_path_factory) -> HubProcess:
    """One real hub for the desk's sync tests, for the whole session (with pytest-xdist: per
    worker): every desk works in an office of its own (``new_office()``), so the tests do not
    see each other's complaints. A module that changes what the whole hub holds (its reference
    data, an auto-close run over every office) overrides ``hub`` with a hub of its own
    (``own_hub``)."""
    with HubProcess(tmp_path_factory.mktemp("hub"), rate=1000.0, burst=2000.0) as h:
        yield h


@pytest.fixture(scope="session")
def hub(sync_hub) -> HubProcess:
    return sync_hub


@contextmanager
def own_hub(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A hub for one module (``@pytest.fixture(scope="module") def hub(...)``)."""
    with HubProcess(tmp_path_factory.mktemp("hub"), rate=1000.0, burst=2000.0) as h:
        yield h


@pytest.fixture
def link(hub):
    sim = LinkSim(hub.port, rtt=0.01)
    yield sim
    sim.close()


@pytest.fixture
def desks(hub, link, tmp_path):
    f = DeskFactory(hub, link, tmp_path)
    yield f
    f.close()
