"""Walk-ins into national LAPOR!: offices re-key paper and walk-in complaints into lapor.go.id by
hand. This service gives the re-keying sheet (the fields in the national form's order, identity only
where the user may see it), suggests the national complaint an imported export holds for the same
complaint (same date, similar title and text, same reporter where visible), and records the
national Tracking ID as an edit (``national_tracking_id``), so it syncs like any other change.

The number the office's hub issued stays the office's own number (``tracking_id``); the national
one is ``national_tracking_id``. When a suggestion is confirmed, the imported copy of the same
complaint is archived with a reason naming the walk-in, so the queues count it once; later imports
of that national row leave it alone (``services.imports`` finds the walk-in by its national number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select

from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.domain.deadlines import local_date
from lapor_desktop.domain.enums import CHANNELS, CLASSIFICATION_LABELS, FINAL_STATUSES, Action
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, sees_identity
from lapor_desktop.domain.field_errors import field_error
from lapor_desktop.domain.validation import NATIONAL_ID_RE
from lapor_desktop.store import reference as ref_repo
from lapor_desktop.store.models import ComplaintRow, EventRow

from .complaints import ComplaintService
from .desk import Desk
from .session import signed_in

_WORD = re.compile(r"[0-9a-zA-Z\u00c0-\u024f]{3,}")
MIN_SCORE = 0.3
DAYS_APART = 2


@dataclass(frozen=True)
class SheetLine:
    key: str  # stable: the UI translates its label
    value: str


@dataclass(frozen=True)
class Suggestion:
    complaint_id: str
    national_tracking_id: str
    title: str
    received_at: str
    score: float
    same_reporter: bool


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text or "")}


class RekeyService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.complaints = ComplaintService(desk)

    def sheet(self, actor: Actor, complaint_id: str) -> list[SheetLine]:
        """What the national "input laporan" form asks, in its order, ready to copy."""
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        self.complaints.check_right(actor, Right.REKEY)
        d = self.complaints.detail(actor, complaint_id)  # masks the identity where it must
        st = d.state
        with self.desk.db.read() as s:
            cats = {c.id: c.name for c in ref_repo.categories(s)}
        loc = st.location if isinstance(st.location, dict) else {}
        rep = st.reporter if isinstance(st.reporter, dict) and not d.identity_hidden else {}
        privacy = "|".join(p for p, on in (("Anonim", st.anonymous), ("Rahasia", st.confidential)) if on)
        cls = next((label for k, label in CLASSIFICATION_LABELS.items() if k.value == st.classification), "")
        lines = [
            ("title", st.title), ("body", st.body_final or st.body_initial),
            ("incident_date", st.incident_date or ""),
            ("province", loc.get("province") or ""), ("city", loc.get("city") or ""),
            ("district", loc.get("district") or ""), ("village", loc.get("village") or ""),
            ("category", cats.get(st.category_id, "") if st.category_id is not None else ""),
            ("channel", CHANNELS.get(st.channel, st.channel or "")), ("classification", cls),
            ("privacy", privacy),
            ("reporter_name", rep.get("name") or ""), ("reporter_nik", rep.get("nik") or ""),
            ("reporter_phone", rep.get("phone") or ""), ("reporter_email", rep.get("email") or ""),
            ("receipt_number", st.receipt_number or ""), ("office_number", st.tracking_id or ""),
        ]
        return [SheetLine(k, str(v)) for k, v in lines]

    def suggestions(self, actor: Actor, complaint_id: str, limit: int = 5) -> list[Suggestion]:
        """Complaints from a national export that may be this one (best first). "Same reporter" is
        only ever said of complaints whose identity the actor may see on both sides."""
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        self.complaints.check_right(actor, Right.REKEY)
        d = self.complaints.detail(actor, complaint_id)
        st = d.state
        tz = self.desk.tz_name
        day = local_date(st.received_at, tz)
        if day is None:
            return []
        mine = _words(f"{st.title} {st.body_initial}")
        nik = (st.reporter or {}).get("nik") if isinstance(st.reporter, dict) and not d.identity_hidden else None
        c = ComplaintRow.__table__.c
        lo = (day - timedelta(days=DAYS_APART + 1)).isoformat()
        hi = (day + timedelta(days=DAYS_APART + 2)).isoformat()
        with self.desk.db.read() as s:
            imported = select(EventRow.complaint_id).where(EventRow.type == "complaint.imported")
            rows = s.connection().execute(
                select(c.id, c.national_tracking_id, c.title, c.body_initial, c.received_at, c.reporter_nik,
                       c.status, c.anonymous)
                .where(c.id.in_(imported), c.national_tracking_id.is_not(None), c.id != complaint_id,
                       c.received_at >= lo, c.received_at < hi)).all()
        out = []
        for r in rows:
            other = local_date(r.received_at, tz)
            if other is None or abs((other - day).days) > DAYS_APART:
                continue
            theirs = _words(f"{r.title} {r.body_initial}")
            score = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
            same = bool(nik) and nik == r.reporter_nik and sees_identity(actor.role, anonymous=bool(r.anonymous))
            if same:
                score = min(1.0, score + 0.3)
            if score >= MIN_SCORE:
                out.append(Suggestion(r.id, r.national_tracking_id, r.title, r.received_at, round(score, 2), same))
        out.sort(key=lambda x: -x.score)
        return out[:limit]

    def set_national_id(self, actor: Actor, complaint_id: str, national_id: str,
                        matched_complaint_id: str | None = None) -> None:
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        self.complaints.check_right(actor, Right.REKEY)
        nid = (national_id or "").strip()
        if not NATIONAL_ID_RE.fullmatch(nid):
            raise InvalidInput([field_error("national_tracking_id", "bad_national_id", "edit.bad_national_id")])
        with self.desk.db.read() as s:
            holders = [cid for cid in s.scalars(select(ComplaintRow.id).where(
                ComplaintRow.national_tracking_id == nid)) if cid != complaint_id]
        if any(h != matched_complaint_id for h in holders):
            raise InvalidInput([field_error("national_tracking_id", "national_id_taken", "rekey.national_id_taken",
                                            national_id=nid)])
        self.complaints.act(actor, complaint_id, Action.EDIT, {"fields": {"national_tracking_id": nid}})
        if matched_complaint_id:
            twin = self.complaints.state(matched_complaint_id)
            if twin.status not in FINAL_STATUSES:
                receipt = self.complaints.state(complaint_id).receipt_number or complaint_id
                self.complaints.act(actor, matched_complaint_id, Action.ARCHIVE, {
                    "reason": f"Sama dengan laporan {receipt} yang dicatat di kantor ini (Tracking ID LAPOR! {nid})."})
