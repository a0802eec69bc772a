"""Which bulk-intake lines are already recorded (see IntakeKeyRow)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import IntakeKeyRow


def remember(s: Session, rows: Iterable[tuple[str | None, str, str | None]], recorded_at: str) -> None:
    s.add_all([IntakeKeyRow(key=k, complaint_id=cid, receipt_number=receipt, recorded_at=recorded_at)
               for k, cid, receipt in rows if k])


def find(s: Session, keys: Sequence[str]) -> dict[str, tuple[str, str | None]]:
    """key -> (complaint id, receipt number) for the keys already recorded."""
    out: dict[str, tuple[str, str | None]] = {}
    keys = list(keys)
    for i in range(0, len(keys), 500):
        for row in s.execute(select(IntakeKeyRow.key, IntakeKeyRow.complaint_id, IntakeKeyRow.receipt_number)
                             .where(IntakeKeyRow.key.in_(keys[i:i + 500]))):
            out[row.key] = (row.complaint_id, row.receipt_number)
    return out
