"""Sync use cases: enrolment, the device token, one sync run, background sync, attachments.

This is where the engine (``sync/``, no database) meets the store (``store/``, no network):
:class:`DeskPort` implements :class:`~lapor_desktop.sync.engine.LocalPort` with the store's
repositories, one ``Database.session()`` (one SQLite transaction) per exchange.

What the UI calls (never on the GUI thread; every call below may block on disk or network):

* ``enroll(desk, hub_url, code)`` -> :class:`Enrolled`
* ``SyncService(desk).run(progress, cancel)`` -> :class:`SyncReport`
* ``SyncService(desk).probe()`` -> :class:`HubHealth`
* ``SyncService(desk).overview()`` -> :class:`SyncOverview` (pending, last runs, rejected, skew,
  token store kind) and the smaller ``history()``, ``pending_count()``, ``rejected()``, ``skew()``
* ``fetch_complaint_attachments(desk, complaint_id)`` when a complaint is opened
* :class:`BackgroundSync` runs all this on its own thread (probe with backoff, every N minutes,
  ``sync_now()``, then a few of the other desks' attachments when ``background_attachments`` is
  on), calling ``on_change(BackgroundState)`` from that thread.

The package, by job: ``tokens`` (the device token), ``enrolment``, ``port`` (the engine's
LocalPort over the store), ``attachments`` (downloads of other desks' files), ``service``
(:class:`SyncService`), ``background`` (:class:`BackgroundSync`).
"""

from __future__ import annotations

from lapor_desktop.sync.transport import CancelToken  # noqa: F401 - the UI cancels downloads with it

from ..sync_status import (  # noqa: F401 - part of this package's interface
    CLOCK_OFFSET,
    ERROR_TEXT,
    LAST_SYNC,
    REJECT_TEXT,
    SERVER_TIME,
    SkewInfo,
    SyncOverview,
    explain,
)
from .attachments import BACKGROUND_ATTACHMENTS  # noqa: F401
from .background import BackgroundConfig, BackgroundState, BackgroundSync
from .enrolment import Enrolled, enroll
from .errors import HubAuthRefused, HubUnreachable, NotEnrolled
from .port import (  # noqa: F401
    APPLY_CHUNK,
    APPLY_MAX,
    APPLY_PAUSE,
    BATCH_TARGET,
    CURSOR,
    HLC_FLOOR,
    HUB_ID,
    REF_CHECKED,
    REF_ERROR,
    REF_ETAG,
    DeskPort,
    reference_for_store,
)
from .service import HubHealth, SyncService, fetch_complaint_attachments, pulled_as_rejected
from .tokens import KEYRING_SERVICE, TOKEN_FILE, TokenStore  # noqa: F401

__all__ = [
    "BackgroundConfig", "BackgroundState", "BackgroundSync", "DeskPort", "Enrolled", "HubAuthRefused",
    "HubHealth", "HubUnreachable", "NotEnrolled", "SkewInfo", "SyncOverview", "SyncService", "TokenStore",
    "enroll", "explain", "fetch_complaint_attachments", "pulled_as_rejected", "reference_for_store",
]
