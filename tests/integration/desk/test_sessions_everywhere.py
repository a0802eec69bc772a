"""Every service that acts for someone refuses an ``Actor`` made by hand (issue 14 item 2): the
ones converted to sessions after the first round (note_plan, add_to_existing, similar, imports,
settings, closures, office contact, accounts, receipts, re-keying, exports, dashboard)."""

from __future__ import annotations

from datetime import date

import pytest

from lapor_desktop.core.errors import PermissionDenied
from lapor_desktop.domain.model import Actor
from lapor_desktop.services.dashboard import DashboardService
from lapor_desktop.services.exports import ExportService
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.services.imports import ImportService
from lapor_desktop.services.office_contact import OfficeContactService
from lapor_desktop.services.queue import QueueQuery
from lapor_desktop.services.reference import ReferenceService
from lapor_desktop.services.rekey import RekeyService
from lapor_desktop.services.settings import SettingsService
from lapor_desktop.services.users import UserService

from desk_helpers import walk_in

GHOST = Actor(login="admin", role="admin", name="Admin")  # a real login, but no session


def test_every_converted_service_refuses_a_hand_made_actor_and_takes_a_session(desk, svc, tmp_path):
    users = UserService(desk)
    admin = users.sign_in("admin", "rahasia-admin")
    clerk = users.sign_in("loket", "rahasia-loket")
    rec = svc.record(clerk, walk_in())
    csv = tmp_path / "x.csv"
    csv.write_text("", encoding="utf-8")
    calls = {
        "note_plan": lambda a: svc.note_plan(a, rec.id),
        "add_to_existing": lambda a: svc.add_to_existing(a, rec.id, "Pelapor datang lagi."),
        "similar": lambda a: svc.similar(a, text="jalan rusak"),
        "import_file": lambda a: ImportService(desk).import_file(a, csv),
        "save_general": lambda a: SettingsService(desk).save_general(a, verify_days=3),
        "set_ca_bundle": lambda a: SettingsService(desk).set_ca_bundle(a, ""),
        "add_closure": lambda a: ReferenceService(desk).add_closure(a, "2026-12-24", "Cuti bersama"),
        "office_contact": lambda a: OfficeContactService(desk).save(a, phone="0921 123456"),
        "users.add": lambda a: users.add(a, login="baru", role="verifier", password="rahasia-baru"),
        "users.change": lambda a: users.change(a, "verif", role="supervisor"),
        "users.disable": lambda a: users.set_disabled(a, "bos", True),
        "users.passwd": lambda a: users.set_password(a, "loket", "sandi-baru-loket"),
        "users.unlock": lambda a: users.unlock(a, "loket"),
        "receipt": lambda a: FrontDeskService(desk).receipt(a, rec.id, reprint=True),
        "find_for_reprint": lambda a: FrontDeskService(desk).find_for_reprint(a, rec.receipt_number),
        "rekey.sheet": lambda a: RekeyService(desk).sheet(a, rec.id),
        "export.count": lambda a: ExportService(desk).count(a, QueueQuery()),
        "dashboard": lambda a: DashboardService(desk).compute(a, date(2026, 11, 1), date(2026, 11, 30)),
    }
    for name, call in calls.items():
        with pytest.raises(PermissionDenied) as e:
            call(GHOST)
        assert e.value.code == "session_required", name
    for name, call in calls.items():  # and the admin's real session passes the same door
        try:
            call(admin)
        except PermissionDenied as exc:
            assert exc.code != "session_required", name
        except Exception:  # noqa: BLE001 - what the call itself says of its input is not this test's
            pass
