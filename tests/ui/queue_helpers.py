"""Shared helpers for the queue tests: a small demo profile, a page, crafted conflicts."""

from __future__ import annotations

import uuid
from pathlib import Path

from lapor_desktop.core.paths import AppPaths
from tests.support.sessions import signed


def demo_copy(template: Path, target: Path) -> AppPaths:
    import shutil

    shutil.copytree(template, target)
    return AppPaths.under(target)


def make_page(desk, runner, actor, qtbot, lang: str = "id"):  # type: ignore[no-untyped-def]
    from lapor_desktop.ui.queue_page import QueuePage

    page = QueuePage(desk, runner, signed(desk, actor), lang=lang)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitUntil(lambda: bool(page.model.complete and page.counts), timeout=10000)
    runner.wait_idle(5)
    return page


def wait_loaded(page, runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    runner.wait_idle(5)
    qtbot.waitUntil(lambda: page.model.complete and not page.model.loading, timeout=10000)
    runner.wait_idle(5)


def make_edit_conflict(desk, complaint_id: str, title_a: str, title_b: str) -> list[str]:
    """Two complaint.edited events with the same base from two other desks (as a sync would bring)."""
    from lapor_desktop.core.ids import uuid7
    from lapor_desktop.domain.model import Event
    from lapor_desktop.store import repo
    from lapor_desktop.store.projection import write_projection

    with desk.db.session() as s:
        events = repo.load_events(s, complaint_id)
        base = next((e.id for e in reversed(events) if e.type == "complaint.edited"), None)
        out = []
        for title, who in ((title_a, "andi"), (title_b, "rina")):
            out.append(Event(id=uuid7(), complaint_id=complaint_id, type="complaint.edited",
                             device_id=str(uuid.uuid4()), device_seq=1, hlc=desk.hlc.tick(),
                             occurred_at=desk.now_iso(), actor_user=who, actor_role="verifier",
                             data={"fields": {"title": title}}, base=base))
        repo.insert_remote_events(s, out, desk.now_iso())
        write_projection(s, desk.projector, [complaint_id])
    return [e.id for e in out]
