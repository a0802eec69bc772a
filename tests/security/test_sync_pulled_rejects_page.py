"""Finding 1 on the Sinkronisasi page: pulled events the desk set aside are listed in the rejected
table with their reason in Indonesian (real SQLite profile, real Qt model)."""

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
from lapor_desktop.services.sync import SyncService, pulled_as_rejected  # noqa: E402
from lapor_desktop.sync.pullcheck import SetAside  # noqa: E402


def test_set_aside_pulled_events_show_in_the_rejected_table(tmp_path, qapp):
    from lapor_desktop.ui.sync_page import RejectedModel

    paths = AppPaths.under(tmp_path / "desk")
    setup_desk(paths, office_code="TDR", office_name="Kota Tidore").close()
    desk = open_desk(paths)
    try:
        svc = SyncService(desk)
        item = SetAside("01a00000-0000-7000-8000-0000000000aa", 7, "01a00000-0000-7000-8000-0000000000bb",
                        "complaint.created", "hlc_ahead", "hlc 999999999999999-99999 is far ahead", "{}")
        svc.port.set_aside([item])
        svc.port.set_aside([item])  # a pull replayed after a crash: kept once
        ov = svc.overview()
        assert ov.rejected_pulled_count == 1 and ov.rejected_pulled[0].code == "hlc_ahead"
        model = RejectedModel(desk)
        model.set_rows(list(ov.rejected) + [pulled_as_rejected(p) for p in ov.rejected_pulled], "id")
        assert model.rowCount() == 1
        assert "disisihkan" in model.data(model.index(0, 3))
        assert model.complaint_id(0) is None  # never applied: nothing to open
    finally:
        desk.close()
