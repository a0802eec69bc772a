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
from lapor_desktop.domain.permissions import Right, sees_complaint
from lapor_desktop.domain.validation import FieldError, validate_complaint
from lapor_desktop.reports.receipt import Receipt, build_receipt
from lapor_desktop.store import repo

from .complaints import AddedToExisting, AttachmentIn, ComplaintService, NotePlan, Recorded
from .desk import Desk
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
                days: int = 60) -> list[repo.SimilarItem]:
        return self.complaints.similar(actor, text=text, nik=nik, phone=phone, days=days)

    def note_plan(self, actor: Actor, complaint_id: str) -> NotePlan:
        return self.complaints.note_plan(actor, complaint_id)

    def add_to_existing(self, actor: Actor, complaint_id: str, text: str,
                        attachments: Sequence[AttachmentIn] = (), expected_action: str | None = None
                        ) -> AddedToExisting:
        """The reporter came back about an earlier complaint: add to it instead of a duplicate."""
        return self.complaints.add_to_existing(actor, complaint_id, text, attachments, expected_action)

    def receipt(self, actor: Actor, complaint_id: str) -> Receipt:
        """The receipt as it should be printed now (with the Tracking ID once known), for a role
        that may print receipts. It names the reporter only where the actor may see the identity
        (and never on an Anonim complaint)."""
        self.complaints.check_right(actor, Right.REPRINT)
        detail = self.complaints.detail(actor, complaint_id)  # masks the identity where it must
        st = detail.state
        proj = self.desk.projector
        tz = self.desk.settings.timezone or "Asia/Jayapura"
        due = receipt_deadline(st.received_at, proj.policy, proj.calendar, tz)
        return build_receipt(st, office_name=self.desk.settings.office_name, deadline=due, tz=tz,
                             verify_days=proj.policy.verify_days, officer=actor.name or actor.login)

    def find_by_receipt(self, actor: Actor, receipt_number: str) -> str:
        """The complaint id for a receipt number (exact, case-insensitive), for a role that may
        print receipts; a complaint the actor may not see is not found."""
        self.complaints.check_right(actor, Right.REPRINT)
        wanted = (receipt_number or "").strip().upper()
        if wanted:
            with self.desk.db.read() as s:
                found = repo.complaint_by_receipt(s, wanted)
            if found is not None and sees_complaint(actor.role, actor.agency_id, found[1]):
                return found[0]
        raise NotFound("no complaint with that receipt number", code="receipt_not_found")
