"""Work-around for the Qt binding on Python 3.11.

PySide6 6.12's wheels are built against the stable ABI with Python 3.12 headers, where ``None``,
``True`` and ``False`` are immortal and returning them takes no reference. On Python 3.11 every
binding call that returns one of them (a void method, ``Signal.emit()``, a Python slot or
override returning None...) therefore drops a reference it never took; after some thousands of
calls the interpreter aborts ("none_dealloc: deallocating None"). Measured here: a timer start,
a key event or a signal delivery each lose one reference.

On Python < 3.12 this module gives those three objects a very large reference count at import,
which is what 3.12 does by design (immortal objects). Imported by ``lapor_desktop.ui`` before any
other Qt use. Nothing happens on Python 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_MARGIN = 1 << 40


def _immortalise() -> bool:
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return False
    if hasattr(sys, "gettotalrefcount"):  # a debug build keeps other bookkeeping
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every object in a release build
        refcnt = ctypes.c_ssize_t.from_address(id(obj))
        if refcnt.value < _MARGIN:
            refcnt.value += _MARGIN
    return True


IMMORTALISED = _immortalise()


def emit(signal: Any, *args: Any) -> Any:
    """``signal.emit(*args)`` (kept as one place to adapt signal emission to the binding)."""
    return signal.emit(*args)
