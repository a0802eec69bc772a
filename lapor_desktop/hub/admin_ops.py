"""The hub admin's operations (``lapor-hub`` commands): offices and their policy, enrolment codes,
devices and their revocation, the hub's audit log. A part of :class:`~.service.HubService`
(which holds the database, the clock and ``_audit``)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from lapor_desktop.core.clock import iso_utc
from lapor_desktop.protocol.codes import ProblemCode

from . import offices
from .auth import hash_secret, new_enrollment_code, normalise_code
from .errors import HubError
from .storage import Audit, Device, EnrollmentCode, Office


class HubAdmin:
    """Mixed into HubService: needs ``self.db``, ``self.now()`` and ``self._audit``."""

    # ================================================================== admin
    def add_office(self, code: str, name: str, tz: str | None = None,
                   autoclose_days: int | None = None) -> bool:
        """Add (or rename) an office; ``tz``/``autoclose_days`` as in :meth:`set_office`."""
        with self.db.write() as s:
            office = s.get(Office, code)
            created = office is None
            if office is None:
                office = Office(code=code, name=name, created_at=iso_utc(self.now()))
                s.add(office)
            office.name = name
            self._set_policy(office, tz, autoclose_days)
            return created

    def set_office(self, code: str, name: str | None = None, tz: str | None = None,
                   autoclose_days: int | None = None) -> None:
        """The hub admin's values for an office whose desks send no policy of their own
        (``hub/offices.py``); refused (HubError 409) once a desk has sent one."""
        with self.db.write() as s:
            office = s.get(Office, code)
            if office is None:
                raise HubError(404, "unknown_office", f"no office {code!r}")
            if name:
                office.name = name
            self._set_policy(office, tz, autoclose_days)

    @staticmethod
    def _set_policy(office: Office, tz: str | None, days: int | None) -> None:
        refused = offices.set_by_admin(office, tz, days)
        if refused is not None:
            raise HubError(*refused)

    def list_offices(self) -> list[dict[str, Any]]:
        with self.db.read() as s:
            return [offices.describe(o) for o in s.scalars(select(Office).order_by(Office.code))]

    def make_enrollment_code(self, office_code: str | None, expires: timedelta,
                             for_device: str | None = None) -> tuple[str, str, str]:
        """A single-use code: for a new device of ``office_code``, or (``for_device``) to
        re-enrol that known device, whose old token the enrolment then replaces.
        Returns (code, expires_at, office_code)."""
        code = new_enrollment_code()
        now = self.now()
        with self.db.write() as s:
            if for_device is not None:
                dev = s.get(Device, for_device)
                if dev is None:
                    raise HubError(404, ProblemCode.NOT_FOUND, f"no device {for_device}")
                office_code = dev.office_code
                self._audit(s, "re_enrolment_code_issued", for_device, office_code,
                            f"expires {iso_utc(now + expires)}")
            if office_code is None or s.get(Office, office_code) is None:
                raise HubError(404, ProblemCode.NOT_FOUND, f"no office {office_code!r}")
            s.add(EnrollmentCode(code_hash=hash_secret(normalise_code(code)), office_code=office_code,
                                 created_at=iso_utc(now), expires_at=iso_utc(now + expires),
                                 for_device=for_device))
        return code, iso_utc(now + expires), office_code

    def audit_log(self, limit: int = 1000) -> list[dict[str, Any]]:
        with self.db.read() as s:
            rows = s.scalars(select(Audit).order_by(Audit.id.desc()).limit(limit)).all()
            return [{"at": a.at, "action": a.action, "device_id": a.device_id,
                     "office_code": a.office_code, "detail": a.detail} for a in rows]

    def list_devices(self) -> list[dict[str, Any]]:
        with self.db.read() as s:
            return [{"device_id": d.device_id, "office_code": d.office_code, "name": d.name,
                     "client_version": d.client_version, "created_at": d.created_at,
                     "last_seen_at": d.last_seen_at, "revoked_at": d.revoked_at}
                    for d in s.scalars(select(Device).order_by(Device.created_at))]

    def revoke_device(self, device_id: str) -> bool:
        with self.db.write() as s:
            dev = s.get(Device, device_id)
            if dev is None:
                raise HubError(404, ProblemCode.NOT_FOUND, f"no device {device_id}")
            if dev.revoked_at:
                return False
            dev.revoked_at = iso_utc(self.now())
            self._audit(s, "revoked", device_id, dev.office_code)
            return True
