"""Complaints imported from a national LAPOR! export travel to the office's other desks like any
other, through a real hub; a re-import on the second desk changes nothing."""

from __future__ import annotations

from pathlib import Path

from lapor_desktop.services.exports import ExportService
from lapor_desktop.services.imports import ImportService
from lapor_desktop.services.queue import QueueQuery
from lapor_desktop.store.models import ComplaintRow

from .conftest import ADMIN, VERIFIER, sync
from tests.support.sessions import signed

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "lapor-v4-export-sample.xlsx"


def _rows(desk) -> dict[str, tuple]:  # type: ignore[no-untyped-def]
    with desk.db.read() as s:
        return {r.tracking_id: (r.id, r.status, r.title, r.channel) for r in s.query(ComplaintRow)}


def test_imported_complaints_reach_the_other_desk_and_reimport_there_changes_nothing(desks, tmp_path):
    a = desks.new()
    b = desks.new(a.settings.office_code)
    report = ImportService(a).import_file(signed(a, ADMIN), SAMPLE)
    created = report.summary["created"]
    assert created > 0
    assert sync(a).complete
    assert sync(b).complete
    on_a, on_b = _rows(a), _rows(b)
    assert len(on_b) == created and on_b == on_a
    # the hub kept the national Tracking IDs (it assigns its own only to complaints without one)
    assert all(len(tid) == 7 for tid in on_b)
    again = ImportService(b).import_file(signed(b, VERIFIER), SAMPLE)
    assert again.summary["unchanged"] == created and again.summary["created"] == 0
    # desk B writes the same national file back, cell for cell
    out = tmp_path / "b.xlsx"
    assert ExportService(b).export(signed(b, ADMIN), QueueQuery(), "lapor-v4", out) == created
