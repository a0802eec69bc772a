"""Unsaved intake forms kept on disk, so a crash or a power cut loses nothing typed.

A draft is a small JSON file in ``paths.drafts_dir`` (one per form), written atomically
(temporary file, fsync, ``os.replace``, then an fsync of the folder where the platform allows
it). The form writes it a second after the last keystroke and deletes it once the complaint is
saved. At start-up the newest draft is offered back.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lapor_desktop.core.fileio import atomic_write_text, fsync_dir

log = logging.getLogger(__name__)

DRAFT_VERSION = 1
_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class Draft:
    draft_id: str
    saved_at: str  # ISO UTC
    owner: str  # login of the clerk who typed it
    data: dict[str, Any]  # the form's values (see ui/intake.py)
    path: Path


class DraftStore:
    def __init__(self, drafts_dir: Path) -> None:
        self.dir = Path(drafts_dir)

    def _path(self, draft_id: str) -> Path:
        if not _ID.match(draft_id):
            raise ValueError(f"bad draft id {draft_id!r}")
        return self.dir / f"intake-{draft_id}.json"

    def save(self, draft_id: str, data: dict[str, Any], *, owner: str, saved_at: str) -> Path:
        """Write one draft atomically: the old file or the new one, never half of either."""
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self._path(draft_id)
        payload = json.dumps({"version": DRAFT_VERSION, "draft_id": draft_id, "owner": owner,
                              "saved_at": saved_at, "data": data}, ensure_ascii=False, indent=1)
        atomic_write_text(path, payload)
        return path

    def delete(self, draft_id: str) -> None:
        try:
            self._path(draft_id).unlink()
        except FileNotFoundError:
            pass
        fsync_dir(self.dir)

    def load(self, path: Path) -> Draft | None:
        try:
            raw = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.warning("draft unreadable, kept aside: %s", Path(path).name)
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("data"), dict):
            return None
        return Draft(draft_id=str(raw.get("draft_id") or Path(path).stem.removeprefix("intake-")),
                     saved_at=str(raw.get("saved_at") or ""), owner=str(raw.get("owner") or ""),
                     data=raw["data"], path=Path(path))

    def all(self) -> list[Draft]:
        """Every readable draft, newest first."""
        if not self.dir.is_dir():
            return []
        out = []
        for p in self.dir.glob("intake-*.json"):
            d = self.load(p)
            if d is not None:
                out.append(d)
        out.sort(key=lambda d: (d.saved_at, d.path.stat().st_mtime if d.path.exists() else 0), reverse=True)
        return out
