"""The hub refused this desk's audit trail (services/audit_sync.py keeps its answer): the Sinkronisasi
page says so to those who read the trail (admin, supervisor), in Indonesian, and
``lapor-desktop sync-status`` carries it; nobody else is alarmed by it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lapor_desktop.services.sync_status import AUDIT_PROBLEM
from lapor_desktop.store import repo

ROOT = Path(__file__).resolve().parents[2]


def _refused(desk) -> None:  # type: ignore[no-untyped-def]
    with desk.db.session() as s:
        repo.meta_set(s, AUDIT_PROBLEM, "audit_chain_mismatch: entry 12 differs from the hub's")


@pytest.mark.parametrize("sees_audit", [True, False])
def test_the_page_tells_those_who_read_the_trail(desk, runner, qtbot, sees_audit):
    from lapor_desktop.ui.sync_page import SyncPage

    page = SyncPage(desk, runner, lang="id", sees_audit=sees_audit)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loaded_count >= 1, timeout=5000)
    assert not page.audit_banner.isVisible()  # nothing refused: nothing said
    _refused(desk)
    page.reload()
    qtbot.waitUntil(lambda: page.loaded_count >= 2, timeout=5000)
    assert page.audit_banner.isVisible() == sees_audit
    assert "jejak audit" in page.audit_banner.text() and "administrator" in page.audit_banner.text()


def test_sync_status_carries_the_refusal(desk):
    _refused(desk)
    paths = desk.paths
    desk.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    out = subprocess.run([sys.executable, "-m", "lapor_desktop", "--data-dir", str(paths.data_dir.parent),
                          "sync-status"], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["audit_trail_refused"].startswith("audit_chain_mismatch")
