"""How a reporter reaches the office, printed on every receipt: phone, WhatsApp, address and a
status page (when the office's hub offers one). Kept in the desk's settings; only an admin
changes it; every part is checked where it enters and may be left empty (then it is not printed).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lapor_desktop.core.errors import InvalidInput, PermissionDenied
from lapor_desktop.domain.enums import Role
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.contact_fields import validate_phone
from lapor_desktop.domain.field_errors import FieldError, field_error
from lapor_desktop.reports.receipt import OfficeContact

from .session import signed_in
from .desk import Desk

ADDRESS_MAX = 300
URL_MAX = 200


def contact_errors(c: OfficeContact) -> list[FieldError]:
    errors = [e for e in (validate_phone(c.phone, "office_phone"), validate_phone(c.whatsapp, "office_whatsapp"))
              if e is not None]
    if len(c.address) > ADDRESS_MAX:
        errors.append(field_error("office_address", "too_long", "contact.address_too_long", max=ADDRESS_MAX))
    if c.status_url:
        parts = urlsplit(c.status_url)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in c.status_url \
                or len(c.status_url) > URL_MAX:
            errors.append(field_error("status_url", "url_format", "contact.url_format"))
    return errors


class OfficeContactService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def get(self) -> OfficeContact:
        st = self.desk.settings
        return OfficeContact(phone=st.office_phone, whatsapp=st.office_whatsapp, address=st.office_address,
                             status_url=st.status_url)

    def save(self, actor: Actor | None, *, phone: str = "", whatsapp: str = "", address: str = "",
             status_url: str = "") -> OfficeContact:
        """Check everything, then write all of it (nothing half-saved)."""
        if actor is not None:  # None: the machine's own administrator (command line)
            signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        if actor is not None and actor.role != Role.ADMIN:
            raise PermissionDenied("only an admin changes the office's contact details", code="admin_only")
        c = OfficeContact(phone=" ".join((phone or "").split()), whatsapp=" ".join((whatsapp or "").split()),
                          address=" ".join((address or "").split()), status_url=(status_url or "").strip())
        errors = contact_errors(c)
        if errors:
            raise InvalidInput(errors)
        st = self.desk.settings
        changed = [k for k, old, new in (("office_phone", st.office_phone, c.phone),
                                         ("office_whatsapp", st.office_whatsapp, c.whatsapp),
                                         ("office_address", st.office_address, c.address),
                                         ("status_url", st.status_url, c.status_url)) if old != new]
        st.office_phone, st.office_whatsapp, st.office_address, st.status_url = (c.phone, c.whatsapp, c.address,
                                                                              c.status_url)
        self.desk.save_settings()
        if changed:
            from . import audit

            audit.record(self.desk, actor, audit.Kind.SETTINGS_CHANGED, fields=changed)
        return c
