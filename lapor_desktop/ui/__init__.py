"""The desktop user interface (the only package that imports PySide6)."""

from . import qtcompat as _qtcompat  # noqa: F401 - must run before any other Qt use
