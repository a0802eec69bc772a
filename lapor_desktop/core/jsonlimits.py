"""JSON read with a bound on nesting, so hostile input is an error, never a ``RecursionError``.

Python's ``json`` parser recurses once per ``[``/``{``: a line of 5,000 brackets ends in a
``RecursionError`` (not a ``ValueError``), and a validator walking the result recurses again.
:func:`loads` turns the parser's ``RecursionError`` into :class:`JsonTooDeep` (a ``ValueError``)
and refuses a parsed value deeper than ``max_depth`` too; :func:`depth_exceeds` checks a value
already parsed (what a transport or a caller hands over), without recursion.
"""

from __future__ import annotations

import json
from typing import Any


class JsonTooDeep(ValueError):
    """The JSON is nested more than ``limit`` levels deep."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"JSON is nested more than {limit} levels deep")
        self.limit = limit


def depth_exceeds(value: Any, limit: int) -> bool:
    """True when a parsed value (dicts and lists) is nested more than ``limit`` levels deep.
    Level by level, without recursion."""
    level = [value]
    depth = 0
    while True:
        containers = [v for v in level if isinstance(v, (dict, list, tuple))]
        if not containers:
            return False
        depth += 1
        if depth > limit:
            return True
        level = []
        for c in containers:
            level.extend(c.values() if isinstance(c, dict) else c)


def loads(text: str | bytes, *, max_depth: int) -> Any:
    """``json.loads`` that refuses nesting deeper than ``max_depth`` (:class:`JsonTooDeep`).

    Other bad input raises ``ValueError`` as ``json.loads`` does (bytes that are not UTF-8
    included: ``UnicodeDecodeError`` is a ``ValueError``).
    """
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8-sig")
    try:
        value = json.loads(text)
    except RecursionError:  # the C parser stops at the interpreter's recursion limit, cleanly
        raise JsonTooDeep(max_depth) from None
    if depth_exceeds(value, max_depth):
        raise JsonTooDeep(max_depth)
    return value
