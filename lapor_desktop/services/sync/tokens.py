"""The device token: the OS credential store (keyring), else a user-only file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from lapor_desktop.core.fileio import atomic_write_text

if TYPE_CHECKING:
    from lapor_desktop.core.settings import Settings

    from ..desk import Desk

log = logging.getLogger(__name__)

KEYRING_SERVICE = "lapor-desk"
TOKEN_FILE = "device-token"


class TokenStore:
    """The device token: the OS credential store (keyring), else a user-only file.

    Never in settings.json. Where no secure store exists (a Linux PC without a Secret Service)
    the token goes into ``config_dir/device-token`` created with mode 0600, and
    ``settings.extra["token_store"] = "file"`` makes the UI show a warning.
    """

    def __init__(self, config_dir: Path, settings: Settings) -> None:
        """No open desk needed: ``early.py`` reads the token before the database layer loads."""
        self.config_dir = config_dir
        self.settings = settings

    @classmethod
    def of(cls, desk: Desk) -> TokenStore:
        return cls(desk.paths.config_dir, desk.settings)

    @property
    def file(self) -> Path:
        return self.config_dir / TOKEN_FILE

    @property
    def kind(self) -> str:
        """``keyring``, ``file`` or ``none``."""
        return str(self.settings.extra.get("token_store") or "none")

    def save(self, device_id: str, token: str) -> str:
        try:
            import keyring

            keyring.set_password(KEYRING_SERVICE, device_id, token)
            if keyring.get_password(KEYRING_SERVICE, device_id) != token:
                raise RuntimeError("keyring did not keep the token")
            kind = "keyring"
            self.file.unlink(missing_ok=True)
        except Exception as exc:  # NoKeyringError, a locked or broken backend
            log.warning("no usable OS credential store (%s); the token goes to a user-only file",
                        type(exc).__name__)
            _write_private(self.file, token)
            kind = "file"
        self.settings.extra["token_store"] = kind
        return kind

    def load(self, device_id: str) -> str | None:
        if self.kind == "keyring":
            try:
                import keyring

                token = keyring.get_password(KEYRING_SERVICE, device_id)
                if token:
                    return token
            except Exception as exc:
                log.warning("credential store unreadable (%s)", type(exc).__name__)
        try:
            token = self.file.read_text(encoding="utf-8").strip()
            return token or None
        except OSError:
            return None

    def delete(self, device_id: str) -> None:
        try:
            import keyring

            keyring.delete_password(KEYRING_SERVICE, device_id)
        except Exception:
            pass
        self.file.unlink(missing_ok=True)


def _write_private(path: Path, text: str) -> None:
    """Write a file only the user can read (0600), atomically (temp file + rename)."""
    atomic_write_text(path, text, mode=0o600)
