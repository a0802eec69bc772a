"""How many generated examples a property or fuzz test runs: all of them in the full run, a
quarter in the developer's fast lane.

The fast lane is a run whose ``-m`` expression leaves out the slow tests (``-m "not slow ..."``,
README); ``tests/conftest.py`` sets :data:`FAST` before the test modules are imported, so their
``@settings(max_examples=examples(300))`` read it. The full run (CI, the README's test command,
no ``-m``) keeps every count as written. Each test keeps at least :data:`FLOOR` examples, and
every ``@example`` (the known attacks) runs in both lanes. The schemathesis test also leaves out its
coverage phase (boundary values, thousands of requests) in the fast lane
(``tests/integration/hub/test_schemathesis.py``).
"""

from __future__ import annotations

FAST = False
FLOOR = 10
SHARE = 4  # the fast lane runs one example in SHARE


def examples(n: int) -> int:
    """``n`` in the full run; ``n // SHARE`` (at least FLOOR) in the fast lane."""
    return max(min(n, FLOOR), n // SHARE) if FAST else n


def fast_lane(markexpr: str | None) -> bool:
    """Whether a ``-m`` expression is the fast lane's: it leaves out the slow tests."""
    return "not slow" in " ".join((markexpr or "").split())
