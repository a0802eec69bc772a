"""Where the program keeps its files.

Order of precedence: an explicit ``--data-dir``, then ``LAPOR_DESKTOP_HOME``, then the
platform's usual folders (platformdirs). With a home folder set, everything lives below it,
so tests and the demo never touch a real profile.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "LaporDesk"
APP_AUTHOR = "LAPOR"
ENV_HOME = "LAPOR_DESKTOP_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / "lapor-desk.sqlite3"

    @property
    def blobs_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "lapor-desk.log"

    def ensure(self) -> "AppPaths":
        for p in (self.data_dir, self.config_dir, self.blobs_dir, self.backups_dir, self.drafts_dir):
            p.mkdir(parents=True, exist_ok=True)
        for p in (self.log_dir, self.cache_dir):  # nice to have: never a reason to stop
            try:
                p.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass
        return self

    @classmethod
    def under(cls, home: Path | str) -> "AppPaths":
        home = Path(home).expanduser().resolve()
        return cls(data_dir=home / "data", config_dir=home / "config",
                   log_dir=home / "logs", cache_dir=home / "cache")

    @classmethod
    def resolve(cls, data_dir: Path | str | None = None) -> "AppPaths":
        if data_dir:
            return cls.under(data_dir)
        env = os.environ.get(ENV_HOME)
        if env:
            return cls.under(env)
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        )


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in development, bundled when frozen/installed."""
    import sys

    candidates = []
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        candidates.append(Path(frozen_base) / "resources")
    here = Path(__file__).resolve().parent.parent  # lapor_desktop/
    candidates.append(here / "resources")  # installed: package data
    candidates.append(here.parent / "resources")  # development checkout
    for c in candidates:
        if (c / "reference").is_dir():
            return c
    return candidates[-1]
