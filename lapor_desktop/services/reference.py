"""Reference data use cases: categories, agencies, regions, channels, closure days."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from lapor_desktop.core.errors import InvalidInput, PermissionDenied
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.domain.field_errors import field_error
from lapor_desktop.store import reference as ref_repo
from lapor_desktop.protocol.reference import (
    ReferenceData,
    ReferenceInvalid,
    parse_reference,
    validate_reference,
)

from .changes import Changes
from .session import signed_in
from .desk import Desk, reference_errors


class ReferenceService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def load_file(self, path: Path) -> dict[str, int]:
        """``lapor-desktop reference load``: the file is checked completely before anything changes."""
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise InvalidInput([field_error("file", "unreadable", "closures.reference_unreadable",
                                            reason=str(exc))]) from exc
        try:
            data = parse_reference(raw)
        except ReferenceInvalid as exc:
            raise InvalidInput(reference_errors(exc)) from None
        return self._apply(data)

    def load(self, data: Any) -> dict[str, int]:
        """Reference data (the hub's /reference shape or a desk file's), checked completely by the
        shared validator; a fault raises ``InvalidInput`` naming the item, and nothing changes."""
        try:
            checked = validate_reference(data)
        except ReferenceInvalid as exc:
            raise InvalidInput(reference_errors(exc)) from None
        return self._apply(checked)

    def _apply(self, data: ReferenceData, *, keep_empty: bool = True) -> dict[str, int]:
        sections = data.present_sections()
        if not keep_empty:  # from a hub: an empty section there must not wipe what shipped here
            sections = {k: v for k, v in sections.items() if v}
        with self.desk.db.session() as s:
            counts = ref_repo.replace_reference(s, sections)
        self.desk.changes.announce(Changes(settings=True))
        if "closures" in counts:
            from .complaints import ComplaintService

            ComplaintService(self.desk).recompute_deadlines()
        return counts

    def apply_from_hub(self, data: Any) -> dict[str, int]:
        """What a sync brought: checked like a file; empty sections keep the desk's own."""
        try:
            checked = validate_reference(data)
        except ReferenceInvalid as exc:
            raise InvalidInput(reference_errors(exc)) from None
        return self._apply(checked, keep_empty=False)

    def categories(self) -> list[ref_repo.Category]:
        with self.desk.db.read() as s:
            return ref_repo.categories(s)

    def agencies(self) -> list[ref_repo.Agency]:
        with self.desk.db.read() as s:
            return ref_repo.agencies(s)

    def regions(self, level: str | None = None, parent_code: str | None = None) -> list[ref_repo.Region]:
        with self.desk.db.read() as s:
            return ref_repo.regions(s, level, parent_code)

    def channels(self) -> list[ref_repo.Channel]:
        with self.desk.db.read() as s:
            return ref_repo.channels(s)

    def closures(self) -> list[ref_repo.Closure]:
        with self.desk.db.read() as s:
            return ref_repo.closures(s)

    def _check_admin(self, actor: Actor | None) -> None:
        if actor is not None:  # None: the machine's own administrator (command line)
            signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        if actor is not None and not may(actor.role, Right.SETTINGS):
            raise PermissionDenied("only an admin changes closure days", code="admin_only")

    def add_closure(self, actor: Actor | None, day: str, name: str) -> None:
        self._check_admin(actor)
        try:
            d = date.fromisoformat(day)
        except ValueError:
            raise InvalidInput([field_error("date", "date_format", "closures.date_format")]) from None
        with self.desk.db.session() as s:
            ref_repo.add_closure(s, d.isoformat(), name.strip() or "Cuti bersama")
        self.desk.changes.announce(Changes(settings=True))
        from .complaints import ComplaintService

        ComplaintService(self.desk).recompute_deadlines([d])

    def remove_closure(self, actor: Actor | None, day: str) -> bool:
        self._check_admin(actor)
        with self.desk.db.session() as s:
            removed = ref_repo.remove_closure(s, day)
        if removed:
            self.desk.changes.announce(Changes(settings=True))
        from .complaints import ComplaintService

        try:
            changed = [date.fromisoformat(day)]
        except ValueError:
            changed = []
        if removed:
            ComplaintService(self.desk).recompute_deadlines(changed)
        return removed
