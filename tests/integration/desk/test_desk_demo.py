"""The demo profile: every role can sign in, complaints sit in every state, deadlines computed."""

from __future__ import annotations

from datetime import datetime, timezone

from lapor_desktop.core.paths import AppPaths
from lapor_desktop.services.demo import DEMO_ACCOUNTS, DEMO_PASSWORD, build_demo, demo_profile
from lapor_desktop.services.desk import open_desk
from lapor_desktop.services.users import UserService
from lapor_desktop.store import repo


def test_demo_profile_has_every_state_and_every_role(tmp_path):
    paths = AppPaths.under(tmp_path / "demo")
    build_demo(paths, n=80, now=datetime(2026, 11, 27, 3, 0, tzinfo=timezone.utc))
    desk = open_desk(paths)
    try:
        assert desk.settings.training and "LATIHAN" in desk.settings.office_name
        with desk.db.read() as s:
            c = repo.counts(s)
            with_due = s.execute(repo.text("select count(*) from complaints where due_date is not null")).scalar()
        assert c.complaints == 80
        assert {"belum_terverifikasi", "terdisposisi", "ditindaklanjuti", "selesai", "diarsipkan"} <= set(c.by_status)
        assert with_due > 0
        users = UserService(desk)
        roles = {users.authenticate(a.login, DEMO_PASSWORD).role for a in DEMO_ACCOUNTS}
        assert roles == {"admin", "verifier", "front_desk", "liaison", "supervisor"}
    finally:
        desk.close()


def test_demo_copies_from_a_template_and_never_touches_it(tmp_path):
    cache = tmp_path / "cache"
    first = demo_profile(cache, tmp_path / "run1", n=12)
    second = demo_profile(cache, tmp_path / "run2", n=12)
    assert first.db_path.exists() and second.db_path.exists()
    desk = open_desk(first)
    try:
        with desk.db.session() as s:
            s.execute(repo.text("delete from outbox"))
    finally:
        desk.close()
    # the template and the other profile are untouched by what a trainee does
    desk = open_desk(demo_profile(cache, tmp_path / "run3", n=12))
    try:
        with desk.db.read() as s:
            assert repo.counts(s).outbox > 0
    finally:
        desk.close()
