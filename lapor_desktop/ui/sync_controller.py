"""The bridge between the background sync thread and the GUI.

:class:`SyncController` owns the one :class:`~lapor_desktop.services.sync.BackgroundSync` of the
main window. BackgroundSync calls ``on_change`` FROM ITS OWN THREAD; the controller puts the
state on a queue and emits an argument-less signal with a queued connection (the pattern of
``ui/tasks.py``), so ``state_changed`` is always emitted on the GUI thread and no widget is
ever touched from the sync thread.
"""

from __future__ import annotations

import copy
import queue
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from lapor_desktop.services.desk import Desk
from lapor_desktop.services.sync import BackgroundConfig, BackgroundState, BackgroundSync


class SyncController(QObject):
    """Owns the window's BackgroundSync and delivers its state on the GUI thread."""

    _wake = Signal()
    state_changed = Signal(object)  # BackgroundState, always on the GUI thread
    finished = Signal(object)  # the SyncReport of a run that just ended

    def __init__(self, desk: Desk, parent: QObject | None = None, *,
                 config: BackgroundConfig | None = None, background: BackgroundSync | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._posted = False
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
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
        self._queue.put(st)
        if not self._posted:
            self._posted = True
            self._wake.emit()

    # GUI thread
    def _drain(self) -> None:
        self._posted = False
        latest = None
        while True:
            try:
                latest = self._queue.get_nowait()
            except queue.Empty:
                break
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
