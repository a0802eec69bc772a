"""No dead code in the program: vulture finds nothing in ``lapor_desktop`` at 60 % confidence
(every unused function, method, class, variable, attribute, import and unreachable line).

Uses count from the whole repository (the tests too: a helper the tests call is used); what only
a framework or Qt calls, or reads by reflection, is named in ``tests/dead_code_whitelist.py``.
Alembic's revision scripts are left out (Alembic calls them by file)."""

from __future__ import annotations

from pathlib import Path

import vulture

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "lapor_desktop"
CONFIDENCE = 60
EXCLUDE = ["*/migrations/versions/*"]


def test_vulture_finds_no_dead_code_in_the_program():
    v = vulture.Vulture()
    v.scavenge([str(PACKAGE), str(ROOT / "tests")], exclude=EXCLUDE)
    dead = [f"{item.filename.relative_to(ROOT)}:{item.first_lineno}: {item.message} ({item.confidence} %)"
            for item in v.get_unused_code(min_confidence=CONFIDENCE)
            if PACKAGE in Path(item.filename).resolve().parents]
    assert dead == [], "unused code (delete it, or name a framework callback in the whitelist):\n" + "\n".join(dead)
