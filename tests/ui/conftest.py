"""pytest-qt fixtures: an offscreen Qt, a temporary profile per test (never a real one),
real SQLite, real widgets, the Indonesian translation installed."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import

import shutil
from pathlib import Path

import pytest

from lapor_desktop.core.paths import AppPaths, resources_dir
from tests.support.sessions import signed

PASSWORD = "rahasia123"
VALID_NIK = "8272011503900001"
REFERENCE = resources_dir() / "reference" / "tidore-kepulauan.json"


@pytest.fixture(scope="session")
def template_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A set-up profile (office, Tidore reference data, a clerk, an admin), copied per test."""
    from lapor_desktop.services.desk import setup_desk
    from lapor_desktop.services.users import UserService

    home = tmp_path_factory.mktemp("template") / "home"
    paths = AppPaths.under(home)
    desk = setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan",
                      reference_file=REFERENCE)
    users = UserService(desk)
    users.add(None, login="budi", role="front_desk", password=PASSWORD, name="Budi Santoso")
    users.add(None, login="admin", role="admin", password=PASSWORD, name="Admin")
    desk.close()
    return home


@pytest.fixture
def home(tmp_path: Path, template_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    shutil.copytree(template_home, h)
    monkeypatch.setenv("LAPOR_DESKTOP_HOME", str(h))
    return h


@pytest.fixture
def paths(home: Path) -> AppPaths:
    return AppPaths.under(home)


@pytest.fixture
def desk(paths: AppPaths):  # type: ignore[no-untyped-def]
    from lapor_desktop.services.desk import open_desk

    d = open_desk(paths)
    yield d
    d.close()


@pytest.fixture(scope="session", autouse=True)
def indonesian(qapp):  # type: ignore[no-untyped-def]
    from lapor_desktop.ui.i18n import install_translator

    assert install_translator(qapp, "id") == "id"
    yield


@pytest.fixture(scope="session", autouse=True)
def app_style(qapp):  # type: ignore[no-untyped-def]
    """The program's one style sheet, as its start-up puts it on the application (ui/look.py):
    the screens are tested as they look."""
    from lapor_desktop.ui.look import install_app_style

    install_app_style(qapp)
    yield


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> list:
    """A modal question would hang an offscreen test: record it and answer "no"."""
    asked: list = []
    from lapor_desktop.ui import dialogs

    def ask(parent, title, text, yes, no, default_yes=False):  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return getattr(ask, "answer", False)

    monkeypatch.setattr(dialogs, "ask", ask)
    monkeypatch.setattr(dialogs, "inform", lambda *a, **k: asked.append(a[1:3]))
    return asked


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    from lapor_desktop.ui.tasks import TaskRunner

    r = TaskRunner()
    yield r
    r.wait_idle(10)
    r.shutdown(wait=True)


@pytest.fixture
def actor(desk):  # type: ignore[no-untyped-def]
    from lapor_desktop.services.users import UserService

    return UserService(desk).open_local_session("budi")


@pytest.fixture
def window(desk, runner, actor, qtbot):  # type: ignore[no-untyped-def]
    from lapor_desktop.ui.main_window import MainWindow

    w = MainWindow(desk, runner, signed(desk, actor), lang="id")
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: w.intake.ref_loaded, timeout=5000)
    runner.wait_idle(5)
    yield w
    w.intake._dirty = False  # no close prompt
    w.intake._draft_timer.stop()
    w.close()  # stops the window's timers before the runner fixture shuts the runner down
    runner.wait_idle(5)


@pytest.fixture
def page(window):  # type: ignore[no-untyped-def]
    return window.intake


def fill_valid(page, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A complete, valid walk-in complaint (not by keyboard: for tests about something else)."""
    from PySide6.QtCore import QDate

    page.title.setText("Jalan berlubang di depan Pasar Goto")
    page.body.setPlainText("Jalan di depan Pasar Goto berlubang besar sejak dua minggu lalu.")
    page.category.setCurrentIndex(page.category.findData(1397))
    page.incident_date.setDate(QDate(2026, 1, 5))
    page.reporter_name.setText("Siti Rahmawati")
    page.reporter_nik.setText(VALID_NIK)
    page.reporter_phone.setText("0812-4455-6677")
    page.reporter_email.setText("siti@contoh.go.id")
    page.kecamatan.setCurrentIndex(page.kecamatan.findText("Tidore"))
    page.kelurahan.setCurrentIndex(page.kelurahan.findText("Goto"))
