"""Dashboard figures against counts worked out by hand on a small fixed data set, with a closure
day inside the verification window (deadline compliance across holidays)."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from lapor_desktop.domain.enums import Action
from lapor_desktop.services.dashboard import DashboardService, month_bounds
from lapor_desktop.services.reference import ReferenceService

from desk_helpers import walk_in
from tests.support.sessions import signed


def at(day: int, month: int = 11) -> datetime:
    return datetime(2026, month, day, 1, 0, tzinfo=timezone.utc)  # 10:00 WIT


@pytest.fixture
def scenario(desk, svc, clock, actors):  # type: ignore[no-untyped-def]
    """Mon 23 Nov: A, B, C received (C is Rahasia, the walk-in default). Wed 25 Nov is an office
    closure, so verification is due Fri 27 Nov (not Thu 26). A forwarded Fri 27 (on time), B
    forwarded Mon 30 (late), C never verified. A followed up Tue 1 Dec (due Fri 4 Dec) and closed
    the same day: 5 working days after receipt. D received Tue 1 Dec (today): not due yet."""
    ReferenceService(desk).add_closure(actors["admin"], "2026-11-25", "Cuti bersama")
    clock.set(at(23))
    a = svc.record(signed(svc, actors["front_desk"]), walk_in(title="Jalan rusak A", confidential=False)).id
    b = svc.record(signed(svc, actors["front_desk"]), walk_in(title="Jalan rusak B", confidential=False,
                                                 channel="pos_surat")).id
    c = svc.record(signed(svc, actors["front_desk"]), walk_in(title="Pungli C")).id
    clock.set(at(27))
    svc.act(signed(svc, actors["verifier"]), a, Action.FORWARD, {"agency_id": 91001})
    clock.set(at(30))
    svc.act(signed(svc, actors["verifier"]), b, Action.FORWARD, {"agency_id": 91001})
    clock.set(at(1, 12))
    svc.act(signed(svc, actors["liaison"]), a, Action.FOLLOW_UP, {"text": "Sudah ditambal."})
    svc.act(signed(svc, actors["verifier"]), a, Action.CLOSE, {"note": "Selesai."})
    d = svc.record(signed(svc, actors["front_desk"]), walk_in(title="Lampu D", confidential=False)).id
    return {"a": a, "b": b, "c": c, "d": d}


def test_counts_and_compliance_match_the_hand_computed_figures(desk, scenario, actors):
    dash = DashboardService(desk).compute(actors["supervisor"], *month_bounds("2026-11"))
    # November: A, B, C (D was received in December)
    assert dash.total == 3 and dash.confidential == 1
    assert dict(dash.by_status) == {"selesai": 1, "terdisposisi": 1, "belum_terverifikasi": 1}
    assert dict(dash.by_channel) == {"tatap_muka": 2, "pos_surat": 1}
    assert {(k, n) for k, _name, n in dash.by_agency} == {(91001, 2), (None, 1)}
    comp = dash.compliance
    assert (comp.verified.on_time, comp.verified.counted) == (1, 3)  # A on time; B late; C overdue
    assert (comp.followed_up.on_time, comp.followed_up.counted) == (1, 1)  # B not due yet
    assert (comp.closed.on_time, comp.closed.counted) == (1, 1)
    assert comp.median_days_to_close == 5.0  # Tue, Thu, Fri, Mon, Tue: the closure does not count
    # the overdue list: C only, and without its title (Rahasia)
    assert dash.overdue_total == 1 and dash.overdue[0].id == scenario["c"]
    assert dash.overdue[0].title is None and dash.overdue[0].confidential
    # weekly trend over November: every week present, the receipts in the week of 23 Nov
    assert dash.trend_unit == "week"
    assert dict(dash.trend)[date(2026, 11, 23)] == 3 and sum(n for _, n in dash.trend) == 3
    # December: D only, not yet counted for compliance
    dec = DashboardService(desk).compute(actors["supervisor"], *month_bounds("2026-12"))
    assert dec.total == 1 and dec.compliance.verified.counted == 0 and dec.compliance.verified.ratio is None


def test_a_liaison_sees_its_agency_only(desk, scenario, actors):
    dash = DashboardService(desk).compute(actors["liaison"], date(2026, 11, 1), date(2026, 12, 31))
    assert dash.total == 2 and dash.agency_id == 91001
    assert dash.overdue_total == 0  # C is nobody's agency's yet
    other = DashboardService(desk).compute(actors["liaison_other"], date(2026, 11, 1), date(2026, 12, 31))
    assert other.total == 0


def test_a_bar_opens_the_matching_queue_view(desk, scenario, actors):
    from lapor_desktop.services.queue import QueueService

    dash = DashboardService(desk).compute(actors["supervisor"], *month_bounds("2026-11"))
    q = dash.query_for("status", "terdisposisi")
    assert QueueService(desk).count(actors["supervisor"], q) == 1
    assert QueueService(desk).count(actors["supervisor"], dash.query_for("channel", "tatap_muka")) == 2
    with pytest.raises(ValueError):
        month_bounds("2026-13")
