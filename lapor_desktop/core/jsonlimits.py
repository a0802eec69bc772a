"""JSON read with a bound on nesting, so hostile input is an error, never a ``RecursionError``.

Python's ``json`` parser recurses once per ``[``/``{``: a line of 5,000 brackets ends in a
``RecursionError`` (not a ``ValueError``), and a validator walking the result recurses again.
:func:`loads` counts the nesting first, in one linear pass over the brackets and quotes (escapes
inside strings are honoured), and refuses anything deeper than ``max_depth`` with
:class:`JsonTooDeep`, a ``ValueError``. :func:`depth_exceeds` does the same for a value already
parsed (what a transport or a caller hands over), without recursion.
"""

from __future__ import annotations

import json
import re
from typing import Any

_SIGNIFICANT = re.compile(r'[\[\]{}"\\]')


class JsonTooDeep(ValueError):
    """The JSON is nested more than ``limit`` levels deep."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"JSON is nested more than {limit} levels deep")
        self.limit = limit


def text_depth_exceeds(text: str, limit: int) -> bool:
    """True when the JSON text opens more than ``limit`` arrays/objects inside one another."""
    depth = 0
    in_string = False
    skip = -1
    for m in _SIGNIFICANT.finditer(text):
        i = m.start()
        if i == skip:  # the character after a backslash inside a string
            continue
        c = text[i]
        if in_string:
            if c == "\\":
                skip = i + 1
            elif c == '"':
                in_string = False
            continue
        if c == '"':
            in_string = True
        elif c == "[" or c == "{":
            depth += 1
            if depth > limit:
                return True
        elif c == "]" or c == "}":
            depth -= 1
    return False


def depth_exceeds(value: Any, limit: int) -> bool:
    """True when a parsed value (dicts and lists) is nested more than ``limit`` levels deep."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        v, d = stack.pop()
        if isinstance(v, dict):
            children = v.values()
        elif isinstance(v, (list, tuple)):
            children = v
        else:
            continue
        if d > limit:
            return True
        stack.extend((c, d + 1) for c in children if isinstance(c, (dict, list, tuple)))
    return False


def loads(text: str | bytes, *, max_depth: int) -> Any:
    """``json.loads`` that refuses nesting deeper than ``max_depth`` (:class:`JsonTooDeep`).

    Other bad input raises ``ValueError`` as ``json.loads`` does (bytes that are not UTF-8
    included: ``UnicodeDecodeError`` is a ``ValueError``).
    """
    if isinstance(text, (bytes, bytearray)):
        text = bytes(text).decode("utf-8-sig")
    if text_depth_exceeds(text, max_depth):
        raise JsonTooDeep(max_depth)
    try:
        return json.loads(text)
    except RecursionError:  # a bracket count the scan missed must still not escape as a crash
        raise JsonTooDeep(max_depth) from None
