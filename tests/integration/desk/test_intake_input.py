"""Intake input as people type it (issue 11, item 25): official labels in any case are taken as
the codes they stand for, and short programme titles are accepted."""

from __future__ import annotations

import pytest

from lapor_desktop.core.errors import InvalidInput

from desk_helpers import walk_in


def test_labels_in_any_case_are_stored_as_codes(svc, actors):
    rec = svc.record(actors["front_desk"], walk_in(classification="Pengaduan Tidak Berkadar Pengawasan",
                                                   channel="tatap muka", title="DTKS"))
    st = svc.state(rec.id)
    assert (st.classification, st.channel, st.title) == ("tidak_berkadar_pengawasan", "tatap_muka", "DTKS")
    rec = svc.record(actors["front_desk"], walk_in(classification="ASPIRASI", channel="WhatsApp", title="IKD"))
    st = svc.state(rec.id)
    assert (st.classification, st.channel) == ("aspirasi", "whatsapp")


def test_an_unknown_label_is_refused_with_what_is_accepted(svc, actors):
    with pytest.raises(InvalidInput) as ei:
        svc.record(actors["front_desk"], walk_in(classification="Pengaduan Tidak Berkadar"))
    (e,) = [e for e in ei.value.errors if e.field == "classification"]
    assert "Pengaduan Tidak Berkadar Pengawasan (kode tidak_berkadar_pengawasan)" in e.message
