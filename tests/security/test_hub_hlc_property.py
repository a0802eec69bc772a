"""Finding 1 (property): whatever HLCs the hub is shown, pushed or stored, its own clock never
leaves the protocol pattern nor runs more than the skew bound ahead of its wall clock."""

from __future__ import annotations

import re
from datetime import datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from lapor_desktop.core.clock import FixedClock, HybridLogicalClock, format_hlc, parse_hlc, to_ms
from lapor_desktop.protocol.wire import HLC_PATTERN
from tests.support.lane import examples

BOUND_MS = 10 * 60 * 1000
WALL = datetime(2026, 12, 1, 8, 0, tzinfo=timezone.utc)

hlc_strings = st.builds(format_hlc, st.integers(0, 10**15 - 1), st.integers(0, 99999))
steps = st.lists(st.one_of(
    st.tuples(st.just("observe"), hlc_strings),
    st.tuples(st.just("tick"), st.none()),
    st.tuples(st.just("advance"), st.integers(-5000, 60_000)),
), max_size=60)


@settings(max_examples=examples(300), deadline=None)
@given(steps=steps, start=st.one_of(st.none(), hlc_strings))
def test_the_hub_clock_never_leaves_the_pattern(steps, start):
    clock = FixedClock(WALL)
    hlc = HybridLogicalClock(clock, last=start, max_ahead_ms=BOUND_MS)
    for op, arg in steps:
        if op == "observe":
            hlc.observe(arg)
        elif op == "advance":
            clock.advance(milliseconds=arg)
        else:
            out = hlc.tick()
            assert re.fullmatch(HLC_PATTERN, out), out
            # never further ahead than the bound (plus counter carries inside one tick burst)
            assert parse_hlc(out)[0] <= to_ms(clock.now()) + BOUND_MS + len(steps), out
        assert re.fullmatch(HLC_PATTERN, hlc.last), hlc.last
