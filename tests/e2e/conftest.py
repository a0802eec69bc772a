"""Fixtures for the tests that press real keys: an X session per test, set-up profiles."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from lapor_desktop.core.paths import AppPaths, resources_dir

from .xsession import XSession, missing_tools

PASSWORD = "rahasia123"
REFERENCE = resources_dir() / "reference" / "tidore-kepulauan.json"
AGENCY_ID = 91001
# login, role, name, agency
ACCOUNTS = [("budi", "front_desk", "Budi Santoso", None), ("vera", "verifier", "Vera Verifikator", None),
            ("lia", "liaison", "Lia Penghubung", AGENCY_ID), ("supri", "supervisor", "Supri Pengawas", None),
            ("admin", "admin", "Admin Kantor", None)]
SHOTS = Path(os.environ.get("LAPOR_E2E_SHOTS", "/tmp/shots-keys"))


def pytest_collection_modifyitems(items):  # type: ignore[no-untyped-def]
    for item in items:
        if "e2e" in item.path.parts:
            item.add_marker(pytest.mark.e2e)


def _session(tmp_path: Path) -> XSession:
    missing = missing_tools()
    if missing:
        pytest.skip("no X server can be started here: missing " + ", ".join(missing)
                    + " (apt-get install xvfb openbox xdotool)")
    try:
        return XSession(tmp_path)
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"no X server can be started here: {exc}")


@pytest.fixture
def xs(tmp_path: Path):  # type: ignore[no-untyped-def]
    s = _session(tmp_path)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(scope="session")
def template_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up desk (Tidore reference data) with one account per role."""
    from lapor_desktop.services.desk import setup_desk
    from lapor_desktop.services.users import UserService

    home = tmp_path_factory.mktemp("e2e-template") / "profile"
    desk = setup_desk(AppPaths.under(home), office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan",
                      reference_file=REFERENCE)
    users = UserService(desk)
    for login, role, name, agency in ACCOUNTS:
        users.add(None, login=login, role=role, password=PASSWORD, name=name, agency_id=agency)
    desk.close()
    return home


@pytest.fixture
def profile(tmp_path: Path, template_profile: Path) -> Path:
    home = tmp_path / "profile"
    shutil.copytree(template_profile, home)
    return home


def open_store(home: Path):  # type: ignore[no-untyped-def]
    from lapor_desktop.services.desk import open_desk

    return open_desk(AppPaths.under(home))


def sign_in(xs: XSession, login: str, password: str = PASSWORD) -> None:
    """Type the login, Enter, the password, Enter: the way a clerk signs in."""
    xs.wait_window("Masuk|Sign in")
    xs.type(login)
    xs.key("Return")
    xs.type(password)
    xs.key("Return")
