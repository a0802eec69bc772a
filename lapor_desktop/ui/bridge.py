"""The one bridge from other threads to the GUI thread, and the change notification.

Work done off the GUI thread (the task runner's database and network workers, the background
sync's own thread) comes back through :meth:`Bridge.post`: the callable goes on a queue and an
argument-less signal with a queued connection wakes the GUI thread, which runs it. No Python
object travels through a cross-thread signal, and no widget is touched from another thread.

The change notification rides on it. Services announce what an operation changed on their desk's
feed (``services/changes.py``) in whatever thread they run; :meth:`Bridge.announce` merges what
arrives until the GUI thread gets to it and emits :attr:`Bridge.changed` once with the sum, so a
burst (a sync applying batch after batch) costs one refresh. Screens subscribe with
:func:`~lapor_desktop.ui.tasks.TaskRunner.on_changes` and re-read exactly what a change touches;
a hidden screen remembers it and re-reads when shown. Nothing polls.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from lapor_desktop.services.changes import ChangeFeed, Changes

log = logging.getLogger(__name__)


class Bridge(QObject):
    _wake = Signal()
    # (the desk's ChangeFeed, Changes), on the GUI thread; what arrived since the last delivery
    changed = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._pending: dict[int, tuple[ChangeFeed, Changes]] = {}
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ any thread
    def post(self, fn: Callable[[], Any]) -> None:
        """Run ``fn`` on the GUI thread, soon (in the order posted)."""
        self._calls.put(fn)
        self._wake.emit()

    def announce(self, feed: ChangeFeed, changes: Changes) -> None:
        """What an operation on ``feed``'s desk changed; delivered merged on the GUI thread."""
        with self._lock:
            was_empty = not self._pending
            prior = self._pending.get(id(feed))
            self._pending[id(feed)] = (feed, changes if prior is None else prior[1] | changes)
        if was_empty:  # one delivery carries everything announced until it runs
            self.post(self._deliver_changes)

    # ------------------------------------------------------------------ GUI thread
    def _deliver_changes(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, {}
        for feed, changes in pending.values():
            self.changed.emit(feed, changes)

    def _drain(self) -> None:
        while True:
            try:
                fn = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                fn()
            except Exception:  # a broken callback must not take the event loop down
                log.exception("a callback from another thread failed")


class ChangeSubscription(QObject):
    """One screen's subscription to one desk's changes (a child of the screen: it ends with it)."""

    def __init__(self, bridge: Bridge, feed: ChangeFeed, handler: Callable[[Changes], None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self.feed = feed
        self.handler = handler
        bridge.changed.connect(self._changed)

    def _changed(self, feed: ChangeFeed, changes: Changes) -> None:
        if feed is self.feed:
            self.handler(changes)


__all__ = ["Bridge", "ChangeSubscription"]
