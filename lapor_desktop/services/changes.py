"""What an operation changed: the change notification the screens subscribe to.

Every service operation that writes announces, after its commit, what it changed on its desk's
feed (``desk.changes.announce(Changes(...))``), as Anki's operations hand ``OpChanges`` to
``operation_did_execute``. Listeners are called in the thread that announces (the database
thread, the background sync thread, the command line's only thread); the GUI subscribes through
its one bridge (``ui/bridge.py``), which delivers on the GUI thread. With no listener (the command
line) an announcement costs nothing.

    complaints  the complaints whose events or row changed (a save, an action, a pull, due dates);
                a local write also adds to what waits to be sent
    queue       the queue's rows or counts may differ (which rows, their order, their columns)
    sync        the sync state: a run, refused or set-aside events, enrolment, the hub's clock
    settings    the desk's settings: deadlines, limits, language, closures, reference data,
                the office's contact ways, the hub address
    accounts    staff accounts and sign-in pauses
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changes:
    complaints: frozenset[str] = frozenset()
    queue: bool = False
    sync: bool = False
    settings: bool = False
    accounts: bool = False

    @classmethod
    def to_complaints(cls, ids: Iterable[str]) -> Changes:
        """Events written to these complaints (their rows, so the queue)."""
        ids = frozenset(ids)
        return cls(complaints=ids, queue=bool(ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.complaints | other.complaints, self.queue or other.queue, self.sync or other.sync,
                       self.settings or other.settings, self.accounts or other.accounts)

    def __bool__(self) -> bool:
        return bool(self.complaints) or self.queue or self.sync or self.settings or self.accounts


Listener = Callable[[Changes], None]


class ChangeFeed:
    """The listeners of one desk's changes."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` after every announcement; returns the function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def announce(self, changes: Changes) -> None:
        """Tell every listener (in this thread). A failing listener never fails the operation."""
        if not changes:
            return
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(changes)
            except Exception:  # noqa: BLE001 - the operation is committed; a listener's fault is logged
                log.exception("a change listener failed")


__all__ = ["ChangeFeed", "Changes"]
