"""The demo and training profile: Kota Tidore Kepulauan with one account per role and about 500
complaints in every state, spread over recent months.

Everything is written through the normal services with a clock moved through time, so the
demo's data is exactly what real use produces (events, projections, deadlines, outbox).
``--demo`` builds the accounts first (about a second: the sign-in appears at once) and the
complaints on a background thread while the trainee signs in, all inside its throw-away folder.
"""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from lapor_desktop.core.clock import FixedClock
from lapor_desktop.core.paths import AppPaths, resources_dir
from lapor_desktop.domain.enums import Action, EventType
from lapor_desktop.store import users as user_repo

from .changes import ChangeFeed
from . import accounts
from .complaints import ComplaintService
from .desk import open_desk, setup_desk
from .users import UserService

DEMO_VERSION = 2  # 2: the training accounts are account events (office-wide accounts)
DEMO_PASSWORD = "latihan123"  # a training profile: the login screen shows it


@dataclass(frozen=True)
class DemoAccount:
    login: str
    role: str
    name: str
    agency_id: int | None = None


DEMO_ACCOUNTS = (
    DemoAccount("admin", "admin", "Admin Diskominfo"),
    DemoAccount("verifikator", "verifier", "Verifikator Diskominfo"),
    DemoAccount("loket", "front_desk", "Petugas Loket"),
    DemoAccount("pupr", "liaison", "Penghubung Dinas PUPR", 91001),
    DemoAccount("dinkes", "liaison", "Penghubung Dinas Kesehatan", 91002),
    DemoAccount("dikbud", "liaison", "Penghubung Dinas Pendidikan dan Kebudayaan", 91003),
    DemoAccount("dinsos", "liaison", "Penghubung Dinas Sosial", 91006),
    DemoAccount("pimpinan", "supervisor", "Pimpinan"),
)

# final state -> share of the demo's complaints
MIX = [("belum_terverifikasi", 10), ("menunggu_kelengkapan", 6), ("terverifikasi", 5), ("terdisposisi", 18),
       ("ditindaklanjuti", 14), ("bukan_wewenang", 3), ("selesai", 32), ("diarsipkan", 12)]


def _corpus():  # type: ignore[no-untyped-def]
    from . import demo_corpus

    return demo_corpus


def _plan(rng: random.Random, n: int, now: datetime) -> list[tuple[datetime, int, str, dict]]:
    """A time-ordered list of (when, complaint index, action, payload)."""
    ops: list[tuple[datetime, int, str, dict]] = []
    states = [s for s, w in MIX for _ in range(w)]
    agencies = [91001, 91002, 91003, 91006, 91001, 91002]
    for i in range(n):
        age_days = rng.uniform(0.2, 150) if rng.random() < 0.85 else rng.uniform(0.1, 6)
        t = now - timedelta(days=age_days)
        t = t.replace(hour=rng.randint(0, 7), minute=rng.randint(0, 59))  # 08:00-15:59 WIT
        if t > now:
            t = now - timedelta(hours=1)
        final = rng.choice(states)
        if age_days < 3 and final not in ("belum_terverifikasi", "menunggu_kelengkapan"):
            final = "belum_terverifikasi"
        ops.append((t, i, "create", {}))
        step = t

        def later(days: float) -> datetime:
            nonlocal step
            step = min(now - timedelta(minutes=5), step + timedelta(days=days, minutes=rng.randint(5, 300)))
            return step

        agency = rng.choice(agencies)
        if final == "belum_terverifikasi":
            continue
        if final == "menunggu_kelengkapan":
            ops.append((later(rng.uniform(0.1, 2)), i, Action.REQUEST_INFO, {"note": "Mohon lampirkan foto lokasi dan alamat lengkap."}))
            continue
        ops.append((later(rng.uniform(0.1, 4)), i, Action.VERIFY, {"note": "Laporan lengkap."}))
        if final == "terverifikasi":
            continue
        if final == "diarsipkan" and rng.random() < 0.5:
            ops.append((later(0.5), i, Action.ARCHIVE, {"reason": "Laporan tidak memiliki bukti dukung dan tidak jelas."}))
            continue
        ops.append((later(rng.uniform(0.1, 2)), i, Action.FORWARD, {"agency_id": agency, "note": "Mohon ditindaklanjuti."}))
        if final == "terdisposisi":
            continue
        if final == "bukan_wewenang":
            ops.append((later(rng.uniform(0.5, 3)), i, Action.DECLINE, {"reason": "Bukan kewenangan instansi kami; mohon diteruskan ke instansi lain."}))
            continue
        ops.append((later(rng.uniform(0.5, 8)), i, Action.FOLLOW_UP, {"text": "Petugas sudah turun ke lokasi dan masalah sedang ditangani."}))
        if final == "ditindaklanjuti":
            continue
        if final == "selesai":
            ops.append((later(rng.uniform(1, 10)), i, Action.CLOSE, {"note": "Tindak lanjut diterima pelapor."}))
        else:
            ops.append((later(rng.uniform(1, 10)), i, Action.ARCHIVE, {"reason": "Pelapor tidak menanggapi."}))
    ops.sort(key=lambda o: (o[0], o[1]))
    return ops


_LIAISONS = {a.agency_id: a.login for a in DEMO_ACCOUNTS if a.role == "liaison"}


def _login_for(action: str, agency_id: int | None) -> str:
    if action in (Action.FOLLOW_UP, Action.DECLINE):
        return _LIAISONS[agency_id]  # type: ignore[index]
    return "verifikator"


def build_demo(paths: AppPaths, *, n: int = 500, seed: int = 2026, now: datetime | None = None) -> None:
    """Create the demo profile in ``paths`` (which must be empty or not exist yet)."""
    build_demo_base(paths)
    fill_demo(paths, n=n, seed=seed, now=now)


def build_demo_base(paths: AppPaths) -> None:
    """The part of the demo profile the sign-in needs (office, reference data, the training
    accounts): about a second. The complaints follow with :func:`fill_demo`."""
    ref = resources_dir() / "reference" / "tidore-kepulauan.json"
    setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan (LATIHAN)",
               device_name="Meja latihan", desk_code="LT1", reference_file=ref).close()
    desk = open_desk(paths)
    try:
        desk.settings.training = True
        desk.settings.office_city = "Kota Tidore Kepulauan"
        desk.save_settings()
        users = UserService(desk)
        first, *rest = DEMO_ACCOUNTS
        users.add(None, login=first.login, role=first.role, name=first.name, password=DEMO_PASSWORD)
        # one shared (public) training password: hashed once, not once per account (each hash
        # takes about half a second on purpose)
        with desk.db.session() as s:
            shared = user_repo.password_hash(s, first.login)
            for a in rest:  # office-wide accounts: each one an account event (services/accounts.py)
                u = user_repo.add(s, login=a.login, name=a.name, role=a.role, agency_id=a.agency_id,
                                  password_hash=shared, created_at=desk.now_iso())
                accounts.record(desk, s, None, EventType.ACCOUNT_CREATED, accounts.created_data(u, shared))
    finally:
        desk.close()


@dataclass
class FillProgress:
    """How far :func:`fill_demo` is (read from another thread: plain ints, written in order)."""

    total: int = 0
    done: int = 0
    finished: bool = False
    failed: bool = False
    cancelled: bool = False  # set by the caller: the fill stops at the next step


class FillCancelled(Exception):
    """:func:`fill_demo` was stopped (the program ends before the data is complete)."""


def fill_demo(paths: AppPaths, *, n: int = 500, seed: int = 2026, now: datetime | None = None,
              progress: FillProgress | None = None, changes: ChangeFeed | None = None) -> None:
    """The demo's complaints, written through the normal services with a clock moved through
    time. The program may already run on the same profile (the demo fills it while the trainee
    signs in): every write is its own short transaction, announced on ``changes`` (the running
    program's desk feed) when given."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    progress = progress or FillProgress()
    rng = random.Random(seed)
    plan = _plan(rng, n, now)
    progress.total = len(plan)
    clock = FixedClock(plan[0][0] if plan else now)
    desk = open_desk(paths, clock=clock, run_migrations=False)
    if changes is not None:
        desk.changes = changes
    try:
        svc = ComplaintService(desk)
        corpus = _corpus()
        # the training accounts' sessions, through the trusted local path (services/session.py)
        users = UserService(desk)
        sessions: dict[str, Any] = {}

        def session_of(login: str) -> Any:
            if login not in sessions:
                sessions[login] = users.open_local_session(login)
            return sessions[login]

        clerk = session_of("loket")
        ids: dict[int, str] = {}
        agency_of: dict[int, int] = {}
        settled: dict[int, tuple[str, int]] = {}
        for when, i, action, payload in plan:
            if progress.cancelled:
                raise FillCancelled()
            clock.set(when)
            if action == "create":
                data = corpus.complaint(rng, i)
                settled[i] = (data.get("classification") or "tidak_berkadar_pengawasan",
                              data.get("category_id") or corpus.TOPICS[i % len(corpus.TOPICS)][2])
                ids[i] = svc.record(clerk, data).id
            else:
                if action == Action.VERIFY:  # verification settles the classification and the category
                    payload = {**payload, "classification": settled[i][0], "category_id": settled[i][1]}
                if action == Action.FORWARD:
                    agency_of[i] = payload["agency_id"]
                svc.act(session_of(_login_for(action, agency_of.get(i))), ids[i], action, payload)
            progress.done += 1
        clock.set(now)
        svc.recompute_deadlines()
    except FillCancelled:
        raise
    except BaseException:
        progress.failed = True
        raise
    finally:
        desk.close()
        progress.finished = True
    (paths.data_dir / "demo.json").write_text(json.dumps({"demo_version": DEMO_VERSION, "complaints": n}),
                                              encoding="utf-8")


def demo_profile(cache_dir: Path, target: Path, *, n: int = 500) -> AppPaths:
    """A fresh throw-away demo profile at ``target``, copied from a cached template when possible
    (scripts and tests; the program's ``--demo`` builds into its own throw-away folder instead)."""
    template = cache_dir / f"demo-template-v{DEMO_VERSION}-{n}"
    marker = template / "data" / "demo.json"
    if not marker.exists():
        shutil.rmtree(template, ignore_errors=True)
        build_demo(AppPaths.under(template), n=n)
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(template, target, ignore=shutil.ignore_patterns("*.log", "logs"))
    return AppPaths.under(target)
