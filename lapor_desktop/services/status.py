"""What the status bar shows: changes waiting to sync, the last successful sync, the hub."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from lapor_desktop.store import repo
from lapor_desktop.store.models import OutboxRow

from .desk import Desk

LAST_SYNC_KEY = "last_sync_at"


@dataclass(frozen=True)
class DeskStatus:
    outbox: int  # events waiting to be sent
    last_sync_at: str | None  # ISO UTC of the last successful sync; None = never
    hub_enrolled: bool  # a hub address is configured
    hub_url: str


class StatusService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def snapshot(self) -> DeskStatus:
        with self.desk.db.read() as s:
            outbox = int(s.scalar(select(func.count()).select_from(OutboxRow)) or 0)
            last = repo.meta_get(s, LAST_SYNC_KEY)
        url = (self.desk.settings.hub_url or "").strip()
        return DeskStatus(outbox=outbox, last_sync_at=last or None, hub_enrolled=bool(url), hub_url=url)
