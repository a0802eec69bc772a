"""The audited "show identity" (Tampilkan identitas): on an Anonim complaint the verifier and the
admin (``permissions.may_reveal_identity``) may see the reporter's identity for one view, by a
deliberate action with a reason. The reason is checked (``domain/audit.reason_errors``: required,
no NIK, phone number or the reporter's name in it), the reveal is written to the audit trail
first, and only then is the unmasked detail handed out; nothing is kept: the next detail read is
masked again.
"""

from __future__ import annotations

from lapor_desktop.core.errors import InvalidAction, InvalidInput, NotFound, PermissionDenied
from lapor_desktop.domain.audit import Kind, clean_reason, reason_errors
from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.domain.permissions import may_reveal_identity
from lapor_desktop.store import repo

from . import audit
from .complaints import ComplaintDetail, ComplaintService
from .desk import Desk
from .session import Session, signed_in
from .visibility import check_sees

REASON_FIELD = "reason"


class IdentityService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def reveal(self, session: Session, complaint_id: str, reason: str) -> ComplaintDetail:
        """The detail with the reporter's identity, for this view only; audited with the reason."""
        actor = signed_in(self.desk, session)
        with self.desk.db.session() as s:
            state = fold(repo.load_events(s, complaint_id))
            if state is None:
                raise NotFound("no such complaint", code="complaint_not_found")
            check_sees(actor, state)
            if not state.anonymous:
                raise InvalidAction("nothing is hidden on this complaint", code="not_anonymous")
            if not may_reveal_identity(actor.role, anonymous=True):
                raise PermissionDenied(f"role {actor.role} may not reveal an Anonim reporter's identity",
                                       code="identity_hidden")
            rep = state.reporter if isinstance(state.reporter, dict) else {}
            errors = reason_errors(reason, field_name=REASON_FIELD, names=[str(rep.get("name") or "")])
            if errors:
                raise InvalidInput(errors)
            shown = sorted(k for k, v in rep.items() if v)
            audit.write(s, self.desk, actor, Kind.IDENTITY_REVEALED, complaint_id,
                        reason=clean_reason(reason), fields=shown)
        return ComplaintService(self.desk).detail_for(actor, complaint_id, revealed=True)
