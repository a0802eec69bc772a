"""The office's contact details that receipts print (issue 11, item 23): only an admin sets them,
each part is checked, and the receipt prints what was saved (and nothing national)."""

from __future__ import annotations

import pytest

from lapor_desktop.core.errors import InvalidInput, PermissionDenied
from lapor_desktop.services.frontdesk import FrontDeskService
from lapor_desktop.services.office_contact import OfficeContactService

from desk_helpers import walk_in
from tests.support.receipts import receipt_words


def test_admin_sets_the_contact_and_the_receipt_prints_it(desk, actors):
    svc = OfficeContactService(desk)
    svc.save(actors["admin"], phone="(0921) 316-1234", whatsapp="0812 4000 1234",
             address="Jl. Sultan Mansyur,   Soasio", status_url="https://lapor.tidorekota.go.id/status")
    fd = FrontDeskService(desk)
    rec = fd.record(actors["front_desk"], walk_in())
    text = receipt_words(fd.receipt(actors["front_desk"], rec.id))
    assert "telepon (0921) 316-1234" in text and "WhatsApp 0812 4000 1234" in text
    assert "Jl. Sultan Mansyur, Soasio" in text and "https://lapor.tidorekota.go.id/status" in text
    assert "www.lapor.go.id" not in text
    # kept in the settings file: a new desk object reads it back
    from lapor_desktop.core.settings import load_settings

    assert load_settings(desk.paths.settings_file).office_whatsapp == "0812 4000 1234"


def test_only_an_admin_and_bad_parts_are_named(desk, actors):
    svc = OfficeContactService(desk)
    with pytest.raises(PermissionDenied):
        svc.save(actors["front_desk"], phone="0921-3161234")
    with pytest.raises(InvalidInput) as ei:
        svc.save(actors["admin"], phone="12", whatsapp="+44 20 7946 0000", status_url="lapor kota")
    fields = {e.field: e.message for e in ei.value.errors}
    assert set(fields) == {"office_phone", "office_whatsapp", "status_url"}
    assert fields["office_phone"].startswith("Nomor telepon kantor")
    assert fields["office_whatsapp"].startswith("Nomor WhatsApp kantor")
    assert desk.settings.office_phone == ""  # nothing half-saved
