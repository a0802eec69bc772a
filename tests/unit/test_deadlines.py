"""Working-day deadlines: weekends, Indonesian holidays and cuti bersama 2026, closures, pauses."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from lapor_desktop.core.settings import Settings
from lapor_desktop.domain.deadlines import (
    NO_DEADLINE,
    DeadlineInfo,
    DeadlinePolicy,
    WorkingCalendar,
    completion_deadline,
    deadline_for,
    deadline_with_pauses,
    local_date,
    receipt_deadline,
)
from lapor_desktop.domain.enums import Status
from lapor_desktop.domain.model import ComplaintState, Pause

D = date
CAL = WorkingCalendar()
POLICY = DeadlinePolicy()

# March 2026: Mon 2 .. Fri 6, Sat 7, Sun 8, Mon 9 .. ; Nyepi and Idul Fitri around 18-24 March.
MON, TUE, WED, THU, FRI, SAT, SUN = (D(2026, 3, d) for d in range(2, 9))
NEXT_MON = D(2026, 3, 9)


# ----------------------------------------------------------------------------- calendar facts
def test_the_holidays_package_knows_2026():
    """The dates the tests below rely on (holidays' ``public`` + ``government`` categories)."""
    days_off = {
        D(2026, 1, 1): "Tahun Baru Masehi",
        D(2026, 3, 18): "Cuti Bersama Hari Suci Nyepi",
        D(2026, 3, 19): "Hari Suci Nyepi",
        D(2026, 3, 20): "Cuti Bersama Hari Raya Idul Fitri",
        D(2026, 3, 23): "Cuti Bersama Hari Raya Idul Fitri",
        D(2026, 3, 24): "Cuti Bersama Hari Raya Idul Fitri",
        D(2026, 4, 3): "Wafat Yesus Kristus",
        D(2026, 12, 24): "Cuti Bersama Hari Raya Natal",
        D(2026, 12, 25): "Hari Raya Natal",
    }
    for d, name in days_off.items():
        assert not CAL.is_working_day(d), d
        assert CAL.holiday_name(d) == name
    # Idul Fitri itself falls on a weekend in 2026
    assert CAL.holiday_name(D(2026, 3, 21)) == "Hari Raya Idul Fitri"
    assert D(2026, 3, 21).weekday() == 5
    assert CAL.holiday_name(MON) is None


def test_weekdays_and_weekends():
    assert all(CAL.is_working_day(d) for d in (MON, TUE, WED, THU, FRI))
    assert not CAL.is_working_day(SAT)
    assert not CAL.is_working_day(SUN)


def test_holidays_are_cached_per_year():
    cal = WorkingCalendar()
    first = cal.holidays_in(2026)
    assert cal.holidays_in(2026) is first
    assert all(d.year == 2026 for d in first)
    assert D(2027, 1, 1) in cal.holidays_in(2027)


# ----------------------------------------------------------------------------- adding days
@pytest.mark.parametrize("start, n, due", [
    (MON, 3, THU),  # Monday + 3 = Thursday
    (SAT, 3, D(2026, 3, 11)),  # Saturday + 3 = Wednesday
    (SUN, 3, D(2026, 3, 11)),
    (FRI, 3, D(2026, 3, 11)),  # across the weekend
    (THU, 1, FRI),
    (FRI, 1, NEXT_MON),
    (MON, 0, MON),  # day 0 is the start when it is a working day
    (SAT, 0, NEXT_MON),  # else the next working day
    (MON, 5, NEXT_MON),
    (MON, 10, D(2026, 3, 16)),
    (THU, -3, MON),  # counting backwards
])
def test_add_working_days_weekends(start, n, due):
    assert CAL.add_working_days(start, n) == due


def test_idul_fitri_and_nyepi_2026():
    # Mon 16 March + 3: Tue 17 (1); 18-24 are Nyepi, Idul Fitri and cuti bersama; Wed 25 (2), Thu 26 (3)
    assert CAL.add_working_days(D(2026, 3, 16), 3) == D(2026, 3, 26)
    # without the cuti bersama days: only Nyepi (Thu 19) is off on a weekday
    plain = WorkingCalendar(include_cuti_bersama=False)
    assert plain.is_working_day(D(2026, 3, 20))
    assert plain.add_working_days(D(2026, 3, 16), 3) == D(2026, 3, 20)


def test_christmas_2026():
    # Wed 23 Dec + 3: Thu 24 cuti bersama, Fri 25 Christmas, weekend, Mon 28 (1), Tue 29 (2), Wed 30 (3)
    assert D(2026, 12, 25).weekday() == 4
    assert CAL.add_working_days(D(2026, 12, 23), 3) == D(2026, 12, 30)
    assert WorkingCalendar(include_cuti_bersama=False).add_working_days(D(2026, 12, 23), 3) == D(2026, 12, 29)


def test_across_new_year():
    # Thu 31 Dec 2026 + 1: Fri 1 Jan 2027 is New Year, so Monday 4 January
    assert CAL.add_working_days(D(2026, 12, 31), 1) == D(2027, 1, 4)


def test_admin_added_closure():
    closed_wed = WorkingCalendar(closures=[WED])
    assert not closed_wed.is_working_day(WED)
    assert closed_wed.holiday_name(WED) == "Cuti bersama / libur kantor"
    assert closed_wed.add_working_days(MON, 3) == FRI
    assert CAL.add_working_days(MON, 3) == THU  # other calendars unaffected


def test_extra_working_day_and_precedence():
    cal = WorkingCalendar(extra_working_days=[SAT, D(2026, 12, 25)])
    assert cal.is_working_day(SAT) and cal.is_working_day(D(2026, 12, 25))
    assert cal.add_working_days(THU, 3) == NEXT_MON  # Fri (1), Sat (2), Mon (3)
    both = WorkingCalendar(closures=[SAT], extra_working_days=[SAT])
    assert not both.is_working_day(SAT)  # a closure wins


def test_next_and_previous_working_day():
    assert CAL.next_working_day(THU) == FRI
    assert CAL.next_working_day(FRI) == NEXT_MON
    assert CAL.next_working_day(SAT) == NEXT_MON
    assert CAL.next_working_day(D(2026, 12, 23)) == D(2026, 12, 28)
    assert CAL.previous_working_day(NEXT_MON) == FRI
    assert CAL.working_day_on_or_after(MON) == MON
    assert CAL.working_day_on_or_after(SUN) == NEXT_MON


@pytest.mark.parametrize("a, b, n", [
    (MON, THU, 3), (THU, MON, -3), (MON, MON, 0), (FRI, NEXT_MON, 1), (SAT, SUN, 0),
    (SAT, NEXT_MON, 1), (NEXT_MON, SAT, -1), (D(2026, 3, 16), D(2026, 3, 26), 3),
    (D(2026, 12, 23), D(2026, 12, 30), 3),
])
def test_working_days_between(a, b, n):
    assert CAL.working_days_between(a, b) == n


def test_between_inverts_add_over_a_year():
    cal = WorkingCalendar(closures=[D(2026, 7, 7)])
    start = D(2026, 1, 1)
    for i in range(0, 365, 3):
        s = start + timedelta(days=i)
        for n in (1, 3, 5, 10):
            due = cal.add_working_days(s, n)
            assert cal.is_working_day(due)
            assert cal.working_days_between(s, due) == n
            assert cal.working_days_between(due, s) == -n


# ----------------------------------------------------------------------------- pauses
@pytest.mark.parametrize("pauses, due, why", [
    ([], THU, "no pause"),
    ([(TUE, THU)], NEXT_MON, "Tue and Wed paused: two working days later"),
    ([(TUE, TUE)], THU, "an empty pause"),
    ([(WED, TUE)], THU, "an end before the start is empty"),
    ([(MON, TUE)], THU, "the receipt day is day 0 anyway"),
    ([(D(2026, 2, 20), D(2026, 3, 1))], THU, "a pause before receipt"),
    ([(FRI, D(2026, 3, 11))], THU, "a pause starting after the deadline changes nothing"),
    ([(THU, FRI)], FRI, "a pause starting on the deadline day extends it"),
    ([(TUE, THU), (NEXT_MON, D(2026, 3, 10))], D(2026, 3, 10),
     "the second pause starts after the first deadline but before the extended one"),
    ([(TUE, THU), (WED, FRI)], D(2026, 3, 10), "overlapping pauses do not double count"),
    ([(THU, D(2026, 3, 10))], D(2026, 3, 10), "a weekend inside a pause is not counted twice"),
])
def test_deadline_with_pauses(pauses, due, why):
    assert deadline_with_pauses(MON, 3, pauses, CAL) == due, why


def test_pause_of_several_working_days():
    # five-day follow-up from Mon 2 March; paused Fri 6 .. Mon 9 (end Tue 10 excluded): 2 working days
    assert deadline_with_pauses(MON, 5, [(FRI, D(2026, 3, 10))], CAL) == D(2026, 3, 11)
    assert CAL.add_working_days(MON, 5) == NEXT_MON


def test_open_pause_runs_to_today_inclusive():
    pauses = [(TUE, None)]
    assert deadline_with_pauses(MON, 3, pauses, CAL, today=WED) == NEXT_MON
    assert deadline_with_pauses(MON, 3, pauses, CAL, today=FRI) == D(2026, 3, 11)
    # a closed pause ending on the same day counts that day again
    assert deadline_with_pauses(MON, 3, [(TUE, WED)], CAL) == FRI


def test_pause_across_holidays_only_counts_working_days():
    # paused Tue 17 .. Wed 25 March: only Tue 17 is a working day in between
    assert deadline_with_pauses(D(2026, 3, 16), 3, [(D(2026, 3, 17), D(2026, 3, 25))], CAL) \
        == D(2026, 3, 27)


def test_pause_with_zero_days():
    assert deadline_with_pauses(MON, 0, [(MON, WED)], CAL) == WED
    assert deadline_with_pauses(SAT, 0, [], CAL) == NEXT_MON


# ----------------------------------------------------------------------------- per complaint
def st(status, **kw) -> ComplaintState:
    kw.setdefault("received_at", "2026-03-02T01:00:00.000Z")  # Mon 10:00 WIT
    return ComplaintState(id="c1", status=status, **kw)


def info(state, today, **kw) -> DeadlineInfo:
    return deadline_for(state, POLICY, CAL, today, **kw)


@pytest.mark.parametrize("status", [Status.BELUM_TERVERIFIKASI, Status.TERVERIFIKASI,
                                    Status.BUKAN_WEWENANG])
def test_verify_deadline(status):
    assert info(st(status), MON) == DeadlineInfo("verify", THU, False, "ok", 3)
    assert info(st(status), TUE) == DeadlineInfo("verify", THU, False, "ok", 2)
    assert info(st(status), WED) == DeadlineInfo("verify", THU, False, "due_soon", 1)
    assert info(st(status), THU) == DeadlineInfo("verify", THU, False, "due_soon", 0)
    assert info(st(status), FRI) == DeadlineInfo("verify", THU, False, "overdue", -1)
    assert info(st(status), NEXT_MON) == DeadlineInfo("verify", THU, False, "overdue", -2)


def test_due_soon_over_a_weekend():
    s = st(Status.BELUM_TERVERIFIKASI, received_at="2026-03-04T01:00:00.000Z")  # Wed -> Mon
    assert info(s, THU).state == "ok"
    assert info(s, FRI) == DeadlineInfo("verify", NEXT_MON, False, "due_soon", 1)
    assert info(s, SAT) == DeadlineInfo("verify", NEXT_MON, False, "due_soon", 1)
    assert info(s, NEXT_MON).state == "due_soon"
    assert info(s, D(2026, 3, 10)).state == "overdue"


def test_local_date_of_the_office():
    # 16:00 UTC Sunday is 01:00 Monday in Tidore (WIT, UTC+9)
    s = st(Status.BELUM_TERVERIFIKASI, received_at="2026-03-01T16:00:00.000Z")
    assert info(s, MON).due == THU
    assert deadline_for(s, POLICY, CAL, MON, tz="UTC").due == WED  # Sunday + 3 in UTC
    assert local_date("2026-03-01T16:00:00.000Z") == MON
    assert local_date("2026-03-02T10:00:00+09:00", "Asia/Jakarta") == MON
    assert local_date("2026-03-01T16:00:00") == MON  # naive = UTC
    assert local_date("") is None and local_date("kemarin") is None


def test_closed_pause_extends_verify_deadline():
    s = st(Status.TERVERIFIKASI,
           pauses=[Pause(start="2026-03-03T02:00:00.000Z", end="2026-03-05T02:00:00.000Z")])
    assert info(s, WED) == DeadlineInfo("verify", NEXT_MON, False, "ok", 3)


def test_waiting_for_information_is_paused():
    s = st(Status.MENUNGGU_KELENGKAPAN, pauses=[Pause(start="2026-03-03T02:00:00.000Z")])
    assert info(s, WED) == DeadlineInfo("verify", NEXT_MON, True, "paused", 3)
    # long after the deadline: still "paused", never "overdue", due moves with today
    later = info(s, D(2026, 3, 12))
    assert later.state == "paused" and later.paused and later.due == D(2026, 3, 17)


def test_paused_without_a_recorded_pause():
    # e.g. an imported "Menunggu Kelengkapan Informasi" row: paused from today
    s = st(Status.MENUNGGU_KELENGKAPAN)
    got = info(s, WED)
    assert got.state == "paused" and got.due == FRI  # Tue (1), Wed paused, Thu (2), Fri (3)


def test_followup_deadline():
    s = st(Status.TERDISPOSISI, forwarded_at="2026-03-04T03:00:00.000Z")  # Wed + 5
    assert info(s, WED) == DeadlineInfo("followup", D(2026, 3, 11), False, "ok", 5)
    assert info(s, D(2026, 3, 10)).state == "due_soon"
    assert info(s, D(2026, 3, 12)).state == "overdue"
    # a verify pause before forwarding does not move the agency's deadline
    s.pauses = [Pause(start="2026-03-03T00:00:00.000Z", end="2026-03-04T00:00:00.000Z")]
    assert info(s, WED).due == D(2026, 3, 11)


def test_followup_after_reopening_counts_from_the_reply():
    s = st(Status.TERDISPOSISI, forwarded_at="2026-03-04T03:00:00.000Z",
           last_reply_at="2026-03-16T03:00:00.000Z")  # Mon 16 + 5 across Nyepi/Idul Fitri
    assert info(s, D(2026, 3, 16)).due == D(2026, 3, 30)


def test_followup_without_forward_time_uses_receipt():
    assert info(st(Status.TERDISPOSISI), MON).due == NEXT_MON


def test_autoclose_deadline():
    s = st(Status.DITINDAKLANJUTI, forwarded_at="2026-03-04T03:00:00.000Z",
           followed_up_at="2026-03-11T03:00:00.000Z")
    # Wed 11 + 10 working days across Nyepi and Idul Fitri 2026 -> Wed 1 April
    assert info(s, D(2026, 3, 11)) == DeadlineInfo("autoclose", D(2026, 4, 1), False, "ok", 10)
    assert info(s, D(2026, 4, 2)).state == "overdue"
    # a reporter reply restarts the count; Good Friday (3 April) is skipped
    s.last_reply_at = "2026-03-26T03:00:00.000Z"
    assert info(s, D(2026, 3, 26)).due == D(2026, 4, 10)
    # an older reply changes nothing
    s.last_reply_at = "2026-03-05T03:00:00.000Z"
    assert info(s, D(2026, 3, 11)).due == D(2026, 4, 1)


@pytest.mark.parametrize("status", [Status.SELESAI, Status.DIARSIPKAN, Status.KONTEN_TERBLOKIR,
                                    "", "draft"])
def test_no_deadline(status):
    assert info(st(status), MON) == NO_DEADLINE
    assert NO_DEADLINE.state == "none" and NO_DEADLINE.kind is None


def test_no_deadline_without_a_start_time():
    assert info(st(Status.BELUM_TERVERIFIKASI, received_at=""), MON) == NO_DEADLINE


def test_custom_policy_and_settings():
    policy = DeadlinePolicy.from_settings(Settings(verify_days=2, followup_days=7))
    assert policy == DeadlinePolicy(verify_days=2, followup_days=7, autoclose_days=10,
                                    completion_days=60)
    assert deadline_for(st(Status.BELUM_TERVERIFIKASI), policy, CAL, MON).due == WED


def test_receipt_deadline():
    assert receipt_deadline("2026-03-02T01:00:00.000Z", POLICY, CAL) == THU
    assert receipt_deadline("2026-12-23T00:30:00.000Z", POLICY, CAL, "Asia/Jayapura") == D(2026, 12, 30)
    assert receipt_deadline("2026-03-16T02:00:00.000Z", POLICY, CAL) == D(2026, 3, 26)
    with pytest.raises(ValueError):
        receipt_deadline("not a time", POLICY, CAL)


def test_completion_deadline():
    assert completion_deadline(st(Status.TERDISPOSISI), POLICY) == D(2026, 5, 1)
    s = st(Status.TERVERIFIKASI,
           pauses=[Pause(start="2026-03-03T02:00:00.000Z", end="2026-03-05T02:00:00.000Z")])
    assert completion_deadline(s, POLICY) == D(2026, 5, 4)
    s.pauses.append(Pause(start="2026-03-06T02:00:00.000Z"))
    assert completion_deadline(s, POLICY) is None
