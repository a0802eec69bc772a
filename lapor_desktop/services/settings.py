"""Settings use cases for the Pengaturan page and the first-run wizard.

* ``SettingsService(desk).save_general(actor, ...)``: language, deadline days and attachment
  limits, validated (FieldErrors with catalogue keys, core/messages.py); deadline changes move the
  due dates of open complaints at once.
* ``account_errors(login, password, name)``: the checks ``UserService.add`` makes, without writing.
* ``first_run(paths, FirstRun)``: the wizard's finish: set up the desk, save the language and the
  region, add the first admin; everything validated before anything is written.

No Qt here; every call may touch the disk and runs on the UI's database thread.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from lapor_desktop.core.datefmt import ZONE_ABBR
from lapor_desktop.core.errors import InvalidInput, PermissionDenied
from lapor_desktop.core.paths import AppPaths, resources_dir
from lapor_desktop.domain.deadlines import AUTOCLOSE_DAYS_RANGE
from lapor_desktop.domain.enums import Role
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.domain.field_errors import FieldError, field_error

from .session import signed_in
from .desk import Desk, office_errors, policy_from, reference_errors, setup_desk
from .users import _LOGIN, UserService, password_errors

LANGUAGES = ("id", "en")
# the zones of Indonesia, in the order offices know them
TIMEZONES = tuple((ZONE_ABBR[z], z) for z in ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"))
DEFAULT_REFERENCE = "tidore-kepulauan.json"

# bounds for the configurable numbers: field -> (minimum, maximum); their names in messages are the
# catalogue's field.<name> (core/messages.py)
_BOUNDS = {
    "verify_days": (1, 30),
    "followup_days": (1, 60),
    "autoclose_days": AUTOCLOSE_DAYS_RANGE,
    "completion_days": (1, 365),
    "photo_max_pixels": (640, 8000),
    "photo_downscale_above_kb": (100, 20000),
    "attachment_max_mb": (1, 200),
    "idle_lock_minutes": (0, 240),
}


def default_reference_file() -> Path:
    return resources_dir() / "reference" / DEFAULT_REFERENCE


def read_reference(path: Path) -> dict:
    """A reference file's content (regions, agencies) for the wizard to show before set-up,
    checked by the shared validator (``InvalidInput`` naming the item when it fails)."""
    from lapor_desktop.protocol.reference import ReferenceInvalid, parse_reference

    try:
        return parse_reference(Path(path).read_bytes()).present_sections()
    except ReferenceInvalid as exc:
        raise InvalidInput(reference_errors(exc, "reference_file")) from None


def account_errors(login: str, password: str, name: str = "") -> list[FieldError]:
    """What ``UserService.add`` would refuse in these fields (no database needed)."""
    errors: list[FieldError] = []
    if not _LOGIN.match((login or "").strip().lower()):
        errors.append(field_error("login", "login_format", "account.login_format"))
    errors += password_errors(password)
    if len(name or "") > 200:
        errors.append(field_error("name", "too_long", "account.name_too_long", max=200))
    return errors


class SettingsService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def save_language(self, language: str) -> None:
        """Anyone may change the desk's language (it takes effect at the next start)."""
        if language not in LANGUAGES:
            raise InvalidInput([field_error("language", "unknown_value", "settings.unknown_language")])
        self.desk.settings.language = language
        self.desk.save_settings()

    def save_general(self, actor: Actor | None, **values: int | str | bool) -> bool:
        """Save language, deadline days and limits; returns True when due dates were recomputed."""
        if actor is not None:  # None: the machine's own administrator (command line, wizard)
            signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        if actor is not None and not may(actor.role, Right.SETTINGS):
            raise PermissionDenied("only an admin changes the desk's settings", code="admin_only")
        errors: list[FieldError] = []
        clean: dict[str, int | str | bool] = {}
        for key, value in values.items():
            if key == "language":
                if value not in LANGUAGES:
                    errors.append(field_error("language", "unknown_value", "settings.unknown_language"))
                clean[key] = str(value)
                continue
            if key == "background_attachments":
                if not isinstance(value, bool):
                    errors.append(field_error(key, "not_bool", "settings.not_bool"))
                clean[key] = bool(value)
                continue
            if key not in _BOUNDS:
                raise ValueError(f"not a general setting: {key}")
            lo, hi = _BOUNDS[key]
            try:
                n = int(value)
            except (TypeError, ValueError):
                n = lo - 1
            if not lo <= n <= hi:
                errors.append(field_error(key, "out_of_range", "settings.out_of_range", min=lo, max=hi))
            clean[key] = n
        if errors:
            raise InvalidInput(errors)
        st = self.desk.settings
        deadlines_changed = any(k.endswith("_days") and getattr(st, k) != v for k, v in clean.items())
        if "autoclose_days" in clean and clean["autoclose_days"] != st.autoclose_days:
            st.policy_changed_at = self.desk.now_iso()  # the hub keeps the newest (hub/offices.py)
        changed = sorted(k for k, v in clean.items() if getattr(st, k) != v)
        for key, value in clean.items():
            setattr(st, key, value)
        self.desk.save_settings()
        if changed:
            from . import audit

            audit.record(self.desk, actor, audit.Kind.SETTINGS_CHANGED, fields=changed)
        if deadlines_changed:
            from .complaints import ComplaintService

            self.desk.projector.policy = policy_from(st)
            ComplaintService(self.desk).recompute_deadlines()
        return deadlines_changed

    def set_ca_bundle(self, actor: Actor | None, path: str) -> None:
        if actor is not None:
            signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        if actor is not None and not may(actor.role, Right.SETTINGS):
            raise PermissionDenied("only an admin changes the hub settings", code="admin_only")
        path = (path or "").strip()
        if path and not Path(path).is_file():
            raise InvalidInput([field_error("ca_bundle", "not_found", "settings.ca_bundle_missing")])
        changed = self.desk.settings.ca_bundle != path
        self.desk.settings.ca_bundle = path
        self.desk.save_settings()
        if changed:
            from . import audit

            audit.record(self.desk, actor, audit.Kind.SETTINGS_CHANGED, fields=["ca_bundle"])


@dataclass(frozen=True)
class FirstRun:
    office_code: str
    office_name: str
    timezone: str
    language: str
    reference_file: Path | None
    admin_login: str
    admin_name: str
    admin_password: str


def first_run_errors(data: FirstRun) -> list[FieldError]:
    errors = office_errors(data.office_code, data.office_name, timezone=data.timezone)
    errors += [replace(e, field="admin_" + e.field) for e in account_errors(data.admin_login, data.admin_password, data.admin_name)]
    return errors


def first_run(paths: AppPaths, data: FirstRun) -> Desk:
    """Set the desk up and add the first admin (re-runnable while the desk has no accounts)."""
    errors = first_run_errors(data)
    if errors:
        raise InvalidInput(errors)
    desk = setup_desk(paths, office_code=data.office_code, office_name=data.office_name,
                      reference_file=data.reference_file, timezone=data.timezone)
    try:
        st = desk.settings
        st.language = data.language if data.language in LANGUAGES else "id"
        if data.reference_file is not None:
            regions = read_reference(data.reference_file).get("regions") or []
            for r in regions:
                if r.get("level") == "province":
                    st.office_province = r.get("name", st.office_province)
                elif r.get("level") == "city":
                    st.office_city = r.get("name", st.office_city)
        desk.save_settings()
        UserService(desk).add(None, login=data.admin_login, role=str(Role.ADMIN), password=data.admin_password,
                              name=data.admin_name)
    except BaseException:
        desk.close()
        raise
    return desk
