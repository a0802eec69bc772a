"""Seconds since this process started, for start-up timings (``lapor-desktop --self-test``).

Read from the operating system, so the figure includes the interpreter's (or a frozen bundle's
bootloader's) own start-up, not only the time since our first import. ``None`` where unknown.
"""

from __future__ import annotations

import os
import sys
import time


def seconds_since_start() -> float | None:
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: starttime, in ticks
            with open("/proc/uptime", encoding="ascii") as f:
                return max(0.0, float(f.read().split()[0]) - started)
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            created, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
            kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(created),
                                     ctypes.byref(exited), ctypes.byref(kernel), ctypes.byref(user))
            kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

            def ticks(ft: wintypes.FILETIME) -> int:  # 100 ns units
                return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

            return max(0.0, (ticks(now) - ticks(created)) / 1e7)
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


_T0 = time.perf_counter()


def seconds_since_import() -> float:
    """Fallback: seconds since this module was imported."""
    return time.perf_counter() - _T0
