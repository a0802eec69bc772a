"""Finding 3 on the Sinkronisasi page: reference data a desk refused is said in plain words,
naming the item, while the desk keeps its previous reference data."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.core.paths import AppPaths  # noqa: E402
from lapor_desktop.services.desk import open_desk, setup_desk  # noqa: E402
from lapor_desktop.services.sync import BackgroundState, DeskPort  # noqa: E402
from lapor_desktop.sync.engine import SyncReport  # noqa: E402


def test_the_page_says_the_reference_was_refused_and_what_is_wrong(tmp_path, qtbot, qapp):
    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.sync_page import SyncPage
    from lapor_desktop.ui.tasks import TaskRunner

    install_translator(qapp, "id")
    paths = AppPaths.under(tmp_path / "desk")
    setup_desk(paths, office_code="TDR", office_name="Kantor").close()
    desk = open_desk(paths)
    runner = TaskRunner()
    try:
        problem = DeskPort(desk).apply_reference(
            {"closures": [{"date": "2026-13-45", "name": "Rusak"}], "version": 3}, '"x"', "2026-12-01T00:00:00.000Z")
        assert problem
        page = SyncPage(desk, runner, "id")
        qtbot.addWidget(page)
        page.show_state(BackgroundState("idle", True, last_report=SyncReport(outcome="ok", reference_error=problem)))
        text = page.detail_label.text()
        assert "Data referensi dari hub ditolak" in text and "data referensi sebelumnya" in text
        assert "closures[0].date" in text and "2026-13-45" in text and "bukan tanggal yang sah" in text
        assert page.detail_label.isVisibleTo(page)
    finally:
        runner.wait_idle(10)
        runner.shutdown(wait=True)
        desk.close()
