"""The desk: one opened profile (paths, settings, database, clocks) that services work on.

``open_desk`` is the composition step shared by the command line and the GUI: it migrates the
database (after a backup copy), seeds reference data on first use and builds the projector that
keeps deadlines. It does no network work.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import timezone as dt_timezone
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from lapor_desktop.core.clock import Clock, HybridLogicalClock, SystemClock, iso_utc
from lapor_desktop.core.errors import InvalidInput, LaporError, NotSetUp
from lapor_desktop.core.paths import AppPaths, resources_dir
from lapor_desktop.core.settings import Settings, load_settings, save_settings
from lapor_desktop.core.settings import DEFAULT_TZ
from lapor_desktop.domain.deadlines import DeadlinePolicy, WorkingCalendar
from lapor_desktop.domain.enums import CHANNELS
from lapor_desktop.domain.field_errors import FieldError, field_error
from lapor_desktop.store import reference as ref_repo
from lapor_desktop.store import repo
from lapor_desktop.store.blobs import BlobStore
from lapor_desktop.store.db import Database
from lapor_desktop.store.migrate import MigrationResult, migrate
from lapor_desktop.store.models import CategoryRow, ChannelRow, EventRow
from lapor_desktop.store.projection import Projector

from .changes import ChangeFeed, Changes

if TYPE_CHECKING:
    from lapor_desktop.protocol.reference import ReferenceInvalid

log = logging.getLogger(__name__)

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def desk_code_for(device_id: str) -> str:
    """Four Crockford base-32 characters from the device id's random bits (about a million values)."""
    n = uuid.UUID(device_id).int & ((1 << 20) - 1)
    return "".join(_CROCKFORD[(n >> s) & 31] for s in (15, 10, 5, 0))


@dataclass
class Desk:
    paths: AppPaths
    settings: Settings
    db: Database
    clock: Clock
    hlc: HybridLogicalClock
    blobs: BlobStore
    projector: Projector
    migration: MigrationResult | None = None
    extra: dict = field(default_factory=dict)
    changes: ChangeFeed = field(default_factory=ChangeFeed)  # what operations changed (services/changes.py)

    # ---- time in the office's zone
    @property
    def tz_name(self) -> str:
        return self.settings.timezone or DEFAULT_TZ

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.tz_name)

    def now_iso(self) -> str:
        return iso_utc(self.clock.now())

    def local_now(self) -> datetime:
        return self.clock.now().astimezone(self.tz)

    def today(self) -> date:
        return self.local_now().date()

    def save_settings(self) -> None:
        save_settings(self.paths.settings_file, self.settings)
        self.changes.announce(Changes(settings=True))

    def require_set_up(self) -> None:
        if not self.settings.is_set_up:
            raise NotSetUp("this desk is not set up yet: run `lapor-desktop setup`")

    def reload_calendar(self) -> None:
        with self.db.read() as s:
            days = closure_days(ref_repo.closures(s))
        self.projector.calendar = WorkingCalendar(closures=days)

    def close(self) -> None:
        self.db.dispose()


def closure_days(rows: Iterable[ref_repo.Closure]) -> list[date]:
    """The stored closure days that are real dates. Whatever else is stored (an older version
    applied unchecked reference data, a hand edit) is skipped with a warning: a desk always
    starts, and its deadlines use the days it can read."""
    days: list[date] = []
    for c in rows:
        try:
            days.append(date.fromisoformat(str(c.day)))
        except (TypeError, ValueError):
            log.warning("closure day %r in the database is not a date; it is skipped "
                        "(remove it: lapor-desktop closures remove %s)", str(c.day)[:40], str(c.day)[:40])
    return days


def reference_errors(exc: ReferenceInvalid, whole: str = "file") -> list[FieldError]:
    """The reference validator's problems as field errors with the catalogue's words
    (``reference.*``; ``whole``: the field for a problem of the whole file)."""
    errors = [FieldError(p.where or whole, p.code, params={"where": p.where, **p.params}, key=p.key)
              for p in exc.problems]
    if exc.more:
        errors.append(field_error(whole, "more", "reference.more", more=exc.more))
    return errors


def policy_from(settings: Settings) -> DeadlinePolicy:
    return DeadlinePolicy(verify_days=settings.verify_days, followup_days=settings.followup_days,
                          autoclose_days=settings.autoclose_days, completion_days=settings.completion_days)


def open_desk(paths: AppPaths, *, clock: Clock | None = None, run_migrations: bool = True) -> Desk:
    paths.ensure()
    settings = load_settings(paths.settings_file)
    clock = clock or SystemClock()
    db = Database(paths.db_path)
    result = migrate(db, paths.backups_dir) if run_migrations else None
    with db.read() as s:
        last_hlc = s.scalar(select(func.max(EventRow.hlc)))
        days = closure_days(ref_repo.closures(s))
    hlc = HybridLogicalClock(clock, last_hlc)
    desk = Desk(paths=paths, settings=settings, db=db, clock=clock, hlc=hlc,
                blobs=BlobStore(paths.blobs_dir), projector=None, migration=result)  # type: ignore[arg-type]
    desk.projector = Projector(calendar=WorkingCalendar(closures=days), policy=policy_from(settings),
                                    tz=desk.tz_name, today=desk.today)
    _seed_reference(desk)
    return desk


def _seed_reference(desk: Desk) -> None:
    """LAPOR!'s categories and the channel list ship with the program; load them once."""
    with desk.db.session() as s:
        have_categories = s.scalar(select(func.count()).select_from(CategoryRow))
        have_channels = s.scalar(select(func.count()).select_from(ChannelRow))
        data: dict = {}
        if not have_categories:
            data["categories"] = load_resource_json("reference/categories.json")["categories"]
        if not have_channels:
            data["channels"] = [{"code": k, "name": v} for k, v in CHANNELS.items()]
        if data:
            ref_repo.replace_reference(s, data)


def load_resource_json(relative: str) -> dict:
    path = resources_dir() / relative
    return json.loads(path.read_text(encoding="utf-8"))


_OFFICE_CODE_CHARS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def office_errors(office_code: str, office_name: str, desk_code: str = "",
                  timezone: str | None = None) -> list[FieldError]:
    """The checks ``setup_desk`` makes, without writing anything (the set-up wizard shows them)."""
    code = (office_code or "").strip().upper()
    errors: list[FieldError] = []
    if not (2 <= len(code) <= 12) or not set(code) <= _OFFICE_CODE_CHARS:
        errors.append(field_error("office_code", "office_code_format", "office.code_format"))
    if not (office_name or "").strip():
        errors.append(field_error("office_name", "required", "office.name_required"))
    dcode = (desk_code or "").strip().upper()
    if dcode and (not (2 <= len(dcode) <= 6) or not set(dcode) <= _OFFICE_CODE_CHARS):
        errors.append(field_error("desk_code", "desk_code_format", "office.desk_code_format"))
    if timezone:
        try:
            ZoneInfo(timezone)
        except Exception:  # noqa: BLE001 - ZoneInfo raises several kinds
            errors.append(field_error("timezone", "unknown_value", "office.unknown_timezone"))
    return errors


def find_reference(name: Path | str) -> Path | None:
    """A reference file as given (relative to the working folder), else one of the bundled
    reference files by name (``tidore-kepulauan.json`` or ``tidore-kepulauan``)."""
    p = Path(name).expanduser()
    if p.is_file():
        return p.resolve()
    bundled = resources_dir() / "reference"
    for candidate in (bundled / p.name, bundled / f"{p.name}.json"):
        if candidate.is_file():
            return candidate
    return None


def setup_desk(paths: AppPaths, *, office_code: str, office_name: str, device_name: str = "",
               desk_code: str = "", reference_file: Path | None = None,
               timezone: str | None = None) -> Desk:
    """First-time set-up (re-runnable): office, this desk's identity, reference data."""
    code = (office_code or "").strip().upper()
    dcode = (desk_code or "").strip().upper()
    errors = office_errors(office_code, office_name, desk_code, timezone)
    from lapor_desktop.protocol.reference import ReferenceInvalid, parse_reference  # pydantic

    ref_data = None
    if reference_file is not None:  # read and check first: nothing is written when it fails
        try:
            ref_data = parse_reference(Path(reference_file).read_bytes())  # the one validator
        except OSError as exc:
            errors.append(field_error("reference", "reference_unreadable", "office.reference_unreadable",
                                      file=str(reference_file), reason=str(exc)))
        except ReferenceInvalid as exc:
            errors += reference_errors(exc, "reference_file")
    if errors:
        raise InvalidInput(errors)
    paths.ensure()
    settings = load_settings(paths.settings_file)
    if settings.office_code and settings.office_code != code:
        desk = open_desk(paths)
        try:
            with desk.db.read() as s:
                n = repo.counts(s).complaints
        finally:
            desk.close()
        if n:
            raise LaporError(f"this desk already holds {n} complaints of office {settings.office_code}",
                             code="office_change_refused")
    settings.office_code = code
    settings.office_name = office_name.strip()
    if device_name:
        settings.device_name = device_name.strip()
    if not settings.device_id:
        settings.device_id = str(uuid.uuid4())
    settings.desk_code = dcode or settings.desk_code or desk_code_for(settings.device_id)
    if timezone and timezone != settings.timezone:
        settings.timezone = timezone
        settings.policy_changed_at = iso_utc(datetime.now(dt_timezone.utc))
    save_settings(paths.settings_file, settings)
    desk = open_desk(paths)
    if ref_data is not None:
        with desk.db.session() as s:
            ref_repo.replace_reference(s, ref_data.present_sections())
        desk.reload_calendar()
    log.info("desk set up for office %s, desk %s", code, settings.desk_code)
    return desk
