"""After a restore from backup: the desk pulls its own later events back from the hub (the
``resync_own`` flag in meta) and its counters catch up with them, so a complaint recorded after the
restore never reuses a device sequence number or a receipt number the hub already holds."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from . import repo
from .models import ComplaintRow, EventRow, ReceiptCounterRow

from .sync_read import RESYNC_OWN  # noqa: F401 - read here by the sync port


def catch_up_counters(s: Session, device_id: str, receipt_prefix: str) -> None:
    top = s.scalar(select(func.max(EventRow.device_seq)).where(EventRow.device_id == device_id)) or 0
    if top > int(repo.meta_get(s, "device_seq", "0") or 0):
        repo.meta_set(s, "device_seq", str(top))
    if not receipt_prefix:
        return
    rows = s.execute(select(ComplaintRow.receipt_number)
                     .where(ComplaintRow.receipt_number.like(receipt_prefix + "%"))).scalars()
    best: dict[str, int] = {}
    for receipt in rows:
        parts = (receipt or "")[len(receipt_prefix):].split("-")
        if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
            best[parts[0]] = max(best.get(parts[0], 0), int(parts[1]))
    for day, seq in best.items():
        row = s.get(ReceiptCounterRow, day)
        if row is None:
            s.add(ReceiptCounterRow(day=day, last_seq=seq))
        elif row.last_seq < seq:
            row.last_seq = seq
