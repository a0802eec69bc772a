"""Typed, versioned settings kept as JSON in the config folder.

Writes are atomic (temporary file + rename), so a power cut never leaves half a file.
An unknown newer schema is refused rather than silently downgraded.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from .fileio import atomic_write_text

DEFAULT_TZ = "Asia/Jayapura"  # WIT (Tidore Kepulauan): the office zone when none is set

SCHEMA_VERSION = 1


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    language: str = "id"
    # the office and this desk
    office_code: str = ""
    office_name: str = ""
    office_province: str = "Maluku Utara"
    office_city: str = ""
    # how a reporter reaches the office (printed on receipts when set)
    office_phone: str = ""
    office_whatsapp: str = ""
    office_address: str = ""
    status_url: str = ""  # a status page the office's hub offers, if any
    timezone: str = DEFAULT_TZ
    device_id: str = ""
    device_name: str = ""
    desk_code: str = ""
    # hub
    hub_url: str = ""
    ca_bundle: str = ""
    sync_interval_minutes: int = 5
    # deadlines (working days), configurable: the 2025 regulation was not read in full
    verify_days: int = 3
    followup_days: int = 5
    autoclose_days: int = 10
    completion_days: int = 60
    # when an admin last changed the time zone or the auto-close days (ISO UTC, "" = never): sent
    # with each sync so the hub keeps the office's newest policy (hub/offices.py)
    policy_changed_at: str = ""
    # attachments
    photo_max_pixels: int = 1600
    photo_downscale_above_kb: int = 800
    attachment_max_mb: int = 25
    # after each background sync, fetch attachments other desks added (a few per run), so an
    # officer opening a complaint does not wait on the link
    background_attachments: bool = True
    # training/demo profile
    training: bool = False
    # the window locks after this many minutes without a key press or a click (0: never)
    idle_lock_minutes: int = 10
    # backups: a second folder (a USB drive) each checked backup is also copied to ("" = none), and
    # the age (hours) past which the status bar warns that the newest good backup is too old
    backup_second_dir: str = ""
    backup_warn_hours: int = 48
    extra: dict = field(default_factory=dict)

    @property
    def is_set_up(self) -> bool:
        return bool(self.office_code and self.device_id)


class SettingsError(Exception):
    pass


def load_settings(path: Path) -> Settings:
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SettingsError(f"settings file unreadable: {path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise SettingsError(f"settings file is not an object: {path}")
    version = int(raw.get("schema_version", 1))
    if version > SCHEMA_VERSION:
        raise SettingsError(f"settings schema {version} is newer than this program ({SCHEMA_VERSION})")
    known = {f.name: f for f in fields(Settings)}
    kwargs = {}
    for name, value in raw.items():
        if name in known:
            kwargs[name] = value
    kwargs["schema_version"] = SCHEMA_VERSION
    s = Settings(**kwargs)
    # coerce simple types so a hand-edited file cannot smuggle in a wrong type
    defaults = Settings()
    for f in fields(Settings):
        default = getattr(defaults, f.name)
        value = getattr(s, f.name)
        if isinstance(default, bool):
            setattr(s, f.name, bool(value))
        elif isinstance(default, int):
            try:
                setattr(s, f.name, int(value))
            except (TypeError, ValueError):
                setattr(s, f.name, default)
        elif isinstance(default, str):
            setattr(s, f.name, "" if value is None else str(value))
    return s


def save_settings(path: Path, settings: Settings) -> None:
    data = json.dumps(asdict(settings), ensure_ascii=False, indent=2, sort_keys=True)
    atomic_write_text(path, data)


def office_policy(settings: Settings) -> dict[str, object]:
    """What a sync tells the hub about this office's auto-close rules (``hub/offices.py``)."""
    return {"timezone": settings.timezone or DEFAULT_TZ, "autoclose_days": settings.autoclose_days,
            "changed_at": settings.policy_changed_at}
