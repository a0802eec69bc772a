"""Training mode (``lapor-hub serve --training``): a classroom hub that plays the national side.

It sets up a training office, loads the sample reference data, prints enrolment codes for the
trainees' desks, and every few seconds acts like the agencies and the reporters out there: some
forwarded complaints get an agency follow-up, some followed-up complaints get a reporter reply.
Those events travel to the desks through the normal pull, like real national activity would.
"""

from __future__ import annotations

import json
import logging
import random
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from lapor_desktop.core.clock import parse_iso
from lapor_desktop.core.paths import resources_dir
from lapor_desktop.domain.enums import EventType
from lapor_desktop.domain.lifecycle import check_event, fold
from lapor_desktop.domain.model import Event

from . import national
from .storage import Complaint, StoredEvent

log = logging.getLogger(__name__)

TRAINING_OFFICE = ("TIDORE", "Pemerintah Kota Tidore Kepulauan (LATIHAN)")

FOLLOW_UPS = [
    "Petugas sudah meninjau lokasi; perbaikan dijadwalkan minggu ini.",
    "Laporan sudah kami terima dan sedang ditangani oleh bidang terkait.",
    "Tim teknis telah turun ke lapangan dan masalah sudah diperbaiki.",
    "Kami sudah berkoordinasi dengan kelurahan; mohon bersabar, penanganan berjalan.",
]
REPLIES = [
    "Terima kasih, sudah diperbaiki.",
    "Belum ada perubahan di lokasi, mohon ditindaklanjuti lagi.",
    "Terima kasih atas tanggapannya.",
]


def prepare(service, desks: int, expires: timedelta) -> list[str]:  # type: ignore[no-untyped-def]
    """The training office, the sample reference data, and one enrolment code per desk."""
    code, name = TRAINING_OFFICE
    service.add_office(code, name)
    body, _etag = service.reference()
    if not json.loads(body).get("categories"):
        sample = resources_dir() / "reference" / "hub-sample-reference.json"
        service.load_reference(json.loads(Path(sample).read_text(encoding="utf-8")))
    return [service.make_enrollment_code(code, expires)[0] for _ in range(desks)]


def act_like_the_nation(service, rng: random.Random, *, max_actions: int = 3,  # type: ignore[no-untyped-def]
                        min_age: timedelta = timedelta(seconds=20), now: datetime | None = None) -> list[str]:
    """One round of simulated agency follow-ups and reporter replies. Returns the event types made."""
    now = now or service.now()
    made: list[str] = []
    with service.db.write() as s:
        forwarded = s.scalars(select(Complaint).where(Complaint.status == "terdisposisi")
                              .order_by(Complaint.updated_at).limit(50)).all()
        answered = s.scalars(select(Complaint).where(Complaint.status == "ditindaklanjuti")
                             .order_by(Complaint.updated_at).limit(50)).all()
        picks = [(c, EventType.FOLLOWED_UP) for c in rng.sample(forwarded, min(len(forwarded), max_actions))]
        picks += [(c, EventType.REPORTER_REPLIED) for c in rng.sample(answered, min(len(answered), 1))
                  if rng.random() < 0.5]
        if not picks:
            return []
        events = national.load_events(s, [c.complaint_id for c, _ in picks])
        seq = s.execute(select(func.max(StoredEvent.server_seq))).scalar() or 0
        touched = []
        for comp, etype in picks:
            state = fold(events[comp.complaint_id])
            if state is None or (comp.updated_at and now - parse_iso(comp.updated_at) < min_age):
                continue
            if etype == EventType.FOLLOWED_UP:
                data = {"agency_id": state.agency_id, "text": rng.choice(FOLLOW_UPS)}
            else:
                data = {"text": rng.choice(REPLIES)}
            seq += 1
            row = service.maker.make(s, comp, str(etype), data, seq, now, after_hlc=comp.last_hlc or None)
            probe = Event.from_wire(json.loads(row.body))
            if not check_event(state, probe).ok:
                seq -= 1
                continue
            s.add(row)
            touched.append(comp)
            made.append(str(etype))
        if touched:
            s.flush()
            events = national.load_events(s, [c.complaint_id for c in touched])
            for comp in touched:
                national.apply_state(comp, fold(events[comp.complaint_id]))
    if made:
        log.info("training: %d national events", len(made))
    return made
