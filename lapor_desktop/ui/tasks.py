"""Background work for the GUI: a serial database executor and a small network pool.

Every database call runs on one worker thread ("lapor-db"), so writes are serialised and the
GUI thread never waits on SQLite. Network work runs on a small pool. A result or an error comes
back to the GUI thread through the one bridge (``ui/bridge.py``); callbacks therefore run on the
GUI thread and may touch widgets. Worker functions must never touch widgets.

    runner.db(lambda: service.record(actor, data), on_done=self._saved, on_error=self._failed)

What an operation changed reaches the screens through the same bridge: a screen subscribes with
``runner.on_changes(desk, self._changed)`` (``services/changes.py`` says what a change names).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from .bridge import Bridge, ChangeSubscription

if TYPE_CHECKING:
    from lapor_desktop.services.changes import Changes
    from lapor_desktop.services.desk import Desk

log = logging.getLogger(__name__)

Callback = Callable[[Any], None] | None
ErrorCallback = Callable[[BaseException], None] | None


class TaskRunner(QObject):
    """Run callables off the GUI thread; deliver results on it."""

    error = Signal(object)  # an error nobody handled (the main window shows it)
    busy_changed = Signal(bool)
    # emitted on the GUI thread at the start of shutdown(): timers and pollers that submit work
    # stop here, so nothing fires into a runner that no longer takes work
    stopping = Signal()

    def __init__(self, parent: QObject | None = None, network_workers: int = 3) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lapor-db")
        self._net = ThreadPoolExecutor(max_workers=network_workers, thread_name_prefix="lapor-net")
        self._pending = 0
        self._closed = False
        self.bridge = Bridge(self)  # results, the sync thread's states and changes reach the GUI thread here
        self._watched: dict[int, Callable[[], None]] = {}  # desk feeds announcing into the bridge

    # ------------------------------------------------------------------ submitting
    def db(self, fn: Callable[[], Any], on_done: Callback = None, on_error: ErrorCallback = None) -> Future:
        """Database (or other disk) work, one at a time in submission order."""
        return self._submit(self._db, fn, on_done, on_error)

    def net(self, fn: Callable[[], Any], on_done: Callback = None, on_error: ErrorCallback = None) -> Future:
        """Network work, a few at a time."""
        return self._submit(self._net, fn, on_done, on_error)

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[[], Any], on_done: Callback,
                on_error: ErrorCallback) -> Future:
        if self._closed:
            raise RuntimeError("task runner is shut down")
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        post, deliver = self.bridge.post, self._deliver

        def work() -> Any:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                post(partial(deliver, (on_done, on_error, None, exc)))
                raise
            post(partial(deliver, (on_done, on_error, result, None)))
            return result

        return pool.submit(work)

    # ------------------------------------------------------------------ changes
    def watch(self, desk: Desk) -> None:
        """Carry what ``desk``'s services announce into the bridge (once per desk)."""
        feed = desk.changes
        if id(feed) not in self._watched:
            bridge = self.bridge
            self._watched[id(feed)] = feed.subscribe(lambda ch: bridge.announce(feed, ch))

    def on_changes(self, desk: Desk, handler: Callable[[Changes], None], owner: QObject) -> ChangeSubscription:
        """Call ``handler(changes)`` on the GUI thread after each operation that changed something on
        ``desk`` (merged when several arrive at once), for as long as ``owner`` lives."""
        self.watch(desk)
        return ChangeSubscription(self.bridge, desk.changes, handler, owner)

    def one_at_a_time(self, start: Callable[[], None]) -> Callable[[], None]:
        """``start`` (which submits database reads) made to run at most once at a time: asked again
        while its reads are queued, it runs once more after them. Changes that arrive faster than
        a screen re-reads (a sync, the demo's filler) cost one re-read in flight, not a pile."""
        busy = [False, False]  # running, asked again

        def done(_r: Any = None) -> None:
            busy[0] = False
            if busy[1]:
                busy[1] = False
                run()

        def run() -> None:
            if busy[0]:
                busy[1] = True
                return
            if self._closed:
                return
            busy[0] = True
            start()
            self.db(lambda: None, on_done=done, on_error=done)  # the database thread runs in order

        return run

    # ------------------------------------------------------------------ delivering (GUI thread)
    def _deliver(self, payload: tuple) -> None:
        on_done, on_error, result, exc = payload
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        try:
            if exc is not None:
                if on_error is not None:
                    on_error(exc)
                else:
                    log.error("background task failed: %s", type(exc).__name__, exc_info=exc)
                    self.error.emit(exc)
            elif on_done is not None:
                on_done(result)
        except Exception:  # a broken callback must not take the event loop down
            log.exception("task callback failed")

    # ------------------------------------------------------------------ state
    @property
    def pending(self) -> int:
        return self._pending

    def is_idle(self) -> bool:
        return self._pending == 0

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Process events until every submitted task has been delivered (tests, shutdown)."""
        deadline = time.monotonic() + timeout
        while self._pending and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        return self._pending == 0

    @property
    def closed(self) -> bool:
        return self._closed

    def shutdown(self, wait: bool = True) -> None:
        """Tell every subscriber to stop submitting, finish queued database work (nothing typed is
        dropped), then stop the workers."""
        if not self._closed:
            self.stopping.emit()
        self._closed = True
        for unsubscribe in self._watched.values():
            unsubscribe()
        self._watched.clear()
        self._db.shutdown(wait=wait)
        self._net.shutdown(wait=wait, cancel_futures=True)
