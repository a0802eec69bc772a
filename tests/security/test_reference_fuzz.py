"""Fuzzing the one reference validator: whatever comes in, the answer is valid data or
``ReferenceInvalid`` naming where and what; never another exception."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

_ROOT = Path(__file__).resolve().parents[2]
if str(_ROOT) not in sys.path:
    sys.path.insert(0, str(_ROOT))

from lapor_desktop.protocol.reference import (  # noqa: E402
    ReferenceData,
    ReferenceInvalid,
    parse_reference,
    validate_reference,
)
from tests.support.lane import examples

scalars = (st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
           | st.sampled_from(["2026-13-45", "2026-02-30", "2026-12-24", "planet", "village", "82.72", "", "0"]))
json_values = st.recursive(scalars, lambda kids: st.lists(kids, max_size=4)
                           | st.dictionaries(st.text(max_size=8), kids, max_size=4), max_leaves=25)
row = st.fixed_dictionaries({}, optional={
    "id": scalars, "name": scalars, "parent": scalars, "parent_id": scalars, "level": scalars,
    "code": scalars, "date": scalars, "day": scalars, "active": scalars})
sections = st.fixed_dictionaries({}, optional={
    k: st.lists(row | json_values, max_size=5) | json_values
    for k in ("categories", "agencies", "regions", "channels", "closures", "version")})


def check(raw) -> None:  # noqa: ANN001
    try:
        data = validate_reference(raw)
    except ReferenceInvalid as exc:
        assert exc.problems and all(p.message_en and p.message_id for p in exc.problems)
        assert str(exc)
        return
    assert isinstance(data, ReferenceData)
    for c in data.closures:  # what passes is really usable
        from datetime import date

        date.fromisoformat(c.date)
    for section in ("categories", "agencies"):
        ids = [r.id for r in getattr(data, section)]
        assert len(ids) == len(set(ids))


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sections)
@example({"closures": [{"date": "2026-13-45"}]})
@example({"categories": [{"id": 1, "name": "a"}, {"id": 1, "name": "b"}]})
@example({"regions": [{"level": "planet", "code": "1", "name": "x"}]})
def test_structured_fuzz(raw):
    check(raw)


@settings(max_examples=examples(300), deadline=None)
@given(json_values)
def test_any_json_value(raw):
    check(raw)


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300) | st.text(max_size=300) | json_values.map(json.dumps))
@example(b"[" * 100_000)
@example('{"closures": ' + "[" * 5000 + "]" * 5000 + "}")
@example(b"\xff\xfe")
def test_any_text_or_bytes(raw):
    try:
        data = parse_reference(raw)
    except ReferenceInvalid as exc:
        assert exc.problems
        return
    assert isinstance(data, ReferenceData)
