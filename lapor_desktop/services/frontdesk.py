"""The front desk's use cases for the intake screen, on top of ComplaintService.

What the form needs in one call (categories, channels, the office's kecamatan/kelurahan), live
validation without a database round trip (the category ids are passed in, loaded once), and
the receipt of a recorded complaint with its verification deadline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from lapor_desktop.core.errors import NotFound
from lapor_desktop.domain.deadlines import receipt_deadline
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, agency_scoped, sees_complaint, sees_identity
from lapor_desktop.domain.validation import FieldError, validate_complaint
from lapor_desktop.reports.receipt import OfficeContact, Receipt, build_receipt
from lapor_desktop.store import queue_queries as qq
from lapor_desktop.store import repo
from lapor_desktop.store import users as user_repo

from . import audit
from .complaints import AddedToExisting, AttachmentIn, ComplaintService, NotePlan, Recorded
from .desk import Desk
from .session import signed_in
from .similar import SimilarMatch
from .reference import ReferenceService


@dataclass(frozen=True)
class Option:
    code: str
    name: str


@dataclass
class FormReference:
    categories: list[Option] = field(default_factory=list)  # code = str(category id)
    channels: list[Option] = field(default_factory=list)
    city: str = ""
    province: str = ""
    districts: list[Option] = field(default_factory=list)  # kecamatan of the office's city
    villages: dict[str, list[Option]] = field(default_factory=dict)  # district code -> kelurahan/desa
    category_ids: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ReprintMatch:
    id: str
    receipt_number: str | None
    tracking_id: str | None
    title: str
    received_at: str
    reporter_name: str | None  # None when this role may not see it (anonymous)
    matched: str  # receipt | tracking | name


def _fold(text: str) -> str:
    import unicodedata

    t = unicodedata.normalize("NFKD", text)
    return " ".join("".join(ch for ch in t if not unicodedata.combining(ch)).casefold().split())


class FrontDeskService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.complaints = ComplaintService(desk)

    # ---- reference data for the form (database: call off the GUI thread)
    def form_reference(self) -> FormReference:
        ref = ReferenceService(self.desk)
        cats = ref.categories()
        out = FormReference(categories=[Option(str(c.id), c.name) for c in cats],
                            channels=[Option(c.code, c.name) for c in ref.channels()],
                            category_ids=frozenset(c.id for c in cats))
        cities = ref.regions("city")
        wanted = (self.desk.settings.office_city or "").strip().lower()
        city = next((c for c in cities if c.name.lower() == wanted), None) if wanted else None
        city = city or (cities[0] if cities else None)
        if city is not None:
            out.city = city.name
            prov = [p for p in ref.regions("province") if p.code == city.parent_code]
            out.province = prov[0].name if prov else (self.desk.settings.office_province or "")
            for d in ref.regions("district", city.code):
                out.districts.append(Option(d.code, d.name))
                out.villages[d.code] = [Option(v.code, v.name) for v in ref.regions("village", d.code)]
        else:
            out.city = self.desk.settings.office_city or ""
            out.province = self.desk.settings.office_province or ""
        return out

    # ---- validation (pure: safe on the GUI thread)
    def check(self, data: Mapping[str, Any], category_ids: frozenset[int] | None = None) -> list[FieldError]:
        """The same rules ``record`` applies, without touching the database."""
        d = self.complaints.normalise_intake(data)
        return validate_complaint(d, known_categories=set(category_ids) if category_ids else None,
                                  today=self.desk.today())

    # ---- writing and reading (database)
    def record(self, actor: Actor, data: Mapping[str, Any],
               attachments: Sequence[AttachmentIn] = ()) -> Recorded:
        return self.complaints.record(actor, data, attachments)

    def similar(self, actor: Actor, *, text: str = "", nik: str | None = None, phone: str | None = None,
                days: int = 60) -> list[SimilarMatch]:
        return self.complaints.similar(actor, text=text, nik=nik, phone=phone, days=days)

    def note_plan(self, actor: Actor, complaint_id: str) -> NotePlan:
        return self.complaints.note_plan(actor, complaint_id)

    def add_to_existing(self, actor: Actor, complaint_id: str, text: str,
                        attachments: Sequence[AttachmentIn] = (), expected_action: str | None = None
                        ) -> AddedToExisting:
        """The reporter came back about an earlier complaint: add to it instead of a duplicate."""
        return self.complaints.add_to_existing(actor, complaint_id, text, attachments, expected_action)

    def receipt(self, actor: Actor, complaint_id: str, *, reprint: bool = False) -> Receipt:
        """The receipt as it should be printed now (with the hub's tracking number once known), for a
        role that may print receipts; it names the reporter only where the actor may see the identity.

        ``reprint``: printed again later, marked as such, with the name of who reprints it; the
        officer named as having received the complaint is always the one who recorded it."""
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        self.complaints.check_right(actor, Right.REPRINT)
        detail = self.complaints.detail(actor, complaint_id)  # masks the identity where it must
        st = detail.state
        proj = self.desk.projector
        settings = self.desk.settings
        tz = self.desk.tz_name
        due = receipt_deadline(st.received_at, proj.policy, proj.calendar, tz)
        with self.desk.db.read() as s:
            recorder = user_repo.get(s, st.created_by) if st.created_by else None
        officer = (recorder.name or recorder.login) if recorder is not None else (st.created_by or "")
        contact = OfficeContact(phone=settings.office_phone, whatsapp=settings.office_whatsapp,
                                address=settings.office_address, status_url=settings.status_url)
        audit.record(self.desk, actor, audit.Kind.RECEIPT_REPRINTED if reprint else audit.Kind.RECEIPT_PRINTED,
                     complaint_id, identity_shown=not detail.identity_hidden and not st.anonymous)
        return build_receipt(st, office_name=settings.office_name, deadline=due, tz=tz,
                             verify_days=proj.policy.verify_days, officer=officer, contact=contact,
                             reprinted_by=(actor.name or actor.login) if reprint else "",
                             reprinted_at=self.desk.clock.now() if reprint else None)

    def find_for_reprint(self, actor: Actor, text: str, limit: int = 20) -> list[ReprintMatch]:
        """Complaints whose receipt can be reprinted, found by receipt number, the hub's tracking
        number or the reporter's name. A name finds an anonymous complaint only for a role that may
        see who reported it; a liaison finds only complaints forwarded to their agency."""
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        wanted = " ".join((text or "").split())
        if len(wanted) < 3:
            return []
        self.complaints.check_right(actor, Right.REPRINT)
        agency = None
        if agency_scoped(actor.role):
            agency = actor.agency_id if actor.agency_id is not None else -1
        with self.desk.db.read() as s:
            items = qq.first_items(s, qq.QueueFilter(text=wanted, agency_id=agency), limit=200)
        sees_hidden = sees_identity(actor.role, anonymous=True)
        key = _fold(wanted)
        out: list[ReprintMatch] = []
        for it in items:
            name = it.reporter_name if (not it.anonymous or sees_hidden) else None
            receipt = (it.receipt_number or "").upper()
            if receipt and wanted.upper() in receipt:
                how = "receipt"
            elif it.tracking_id and it.tracking_id == wanted:
                how = "tracking"
            elif name and key in _fold(name):
                how = "name"
            else:
                continue
            out.append(ReprintMatch(it.id, it.receipt_number, it.tracking_id, it.title, it.received_at, name, how))
        order = {"receipt": 0, "tracking": 0, "name": 1}
        out.sort(key=lambda m: m.received_at, reverse=True)  # newest first, numbers before names
        out.sort(key=lambda m: order[m.matched])
        return out[:limit]

    def find_by_receipt(self, actor: Actor, receipt_number: str) -> str:
        """The complaint id for a receipt number (exact, case-insensitive), for a role that may
        print receipts; a complaint the actor may not see is not found."""
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        self.complaints.check_right(actor, Right.REPRINT)
        wanted = (receipt_number or "").strip().upper()
        if wanted:
            with self.desk.db.read() as s:
                found = repo.complaint_by_receipt(s, wanted)
            if found is not None and sees_complaint(actor.role, actor.agency_id, found[1]):
                return found[0]
        raise NotFound("no complaint with that receipt number", code="receipt_not_found")
