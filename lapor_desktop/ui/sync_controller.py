"""The window's background sync, delivered on the GUI thread through the one bridge.

:class:`SyncController` owns the one :class:`~lapor_desktop.services.sync.BackgroundSync` of the
main window. BackgroundSync calls ``on_change`` FROM ITS OWN THREAD; the controller keeps the
newest state and posts its delivery through the task runner's bridge (``ui/bridge.py``), so
``state_changed`` is always emitted on the GUI thread, states that arrive faster than the GUI
takes them are coalesced to the newest, and no widget is ever touched from the sync thread. What
a run changed (pulled complaints, the sync state) reaches the screens as change notifications
announced by the services it calls.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from lapor_desktop.services.desk import Desk
from lapor_desktop.services.sync import BackgroundConfig, BackgroundState, BackgroundSync

from .bridge import Bridge


class SyncController(QObject):
    """Owns the window's BackgroundSync and delivers its state on the GUI thread."""

    state_changed = Signal(object)  # BackgroundState, always on the GUI thread
    finished = Signal(object)  # the SyncReport of a run that just ended

    def __init__(self, desk: Desk, bridge: Bridge, parent: QObject | None = None, *,
                 config: BackgroundConfig | None = None, background: BackgroundSync | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.bridge = bridge
        self._lock = threading.Lock()
        self._latest: BackgroundState | None = None  # posted, not yet delivered
        self.background = background or BackgroundSync(desk, self._post, config or BackgroundConfig())
        if background is not None:
            background.on_change = self._post
        self.state: BackgroundState | None = None
        self.started = False
        self._last_report: Any = None

    # any thread
    def _post(self, st: BackgroundState) -> None:
        if st.progress is not None:  # the engine keeps mutating its Progress: send a snapshot
            st = replace(st, progress=copy.copy(st.progress))
        with self._lock:
            waiting, self._latest = self._latest is not None, st
        if not waiting:
            self.bridge.post(self._deliver)

    # GUI thread
    def _deliver(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is None:
            return
        self.state = latest
        self.state_changed.emit(latest)
        if latest.last_report is not None and latest.last_report is not self._last_report:
            self._last_report = latest.last_report
            self.finished.emit(latest.last_report)

    def start(self) -> None:
        if not self.started:
            self.started = True
            self.background.start()

    def sync_now(self) -> None:
        if not self.started:
            self.start()  # a fresh loop probes /health and syncs at once (no second run queued)
            return
        self.background.sync_now()

    def cancel(self) -> None:
        self.background.cancel()

    def stop(self, timeout: float = 5.0) -> None:
        if self.started:
            self.background.stop(timeout)
            self.started = False

    @property
    def syncing(self) -> bool:
        return self.state is not None and self.state.state == "syncing"
