"""Sync use cases: enrolment, the device token, one sync run, background sync, attachments.

This is where the engine (``sync/``, no database) meets the store (``store/``, no network):
:class:`DeskPort` implements :class:`~lapor_desktop.sync.local_port.LocalPort` with the store's
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
(:class:`SyncService`), ``background`` (:class:`BackgroundSync`), ``early`` (``lapor-desktop sync``'s first exchange, sent before the
database layer loads). Every name below loads its module when first used.
"""

from __future__ import annotations

import importlib
from typing import Any

# name -> the module that has it. Loaded on first use (PEP 562), so ``lapor-desktop sync`` can
# read its token (``tokens``) and send its first exchange (``early``) before the database layer
# loads.
_HOMES = {
    "CancelToken": "lapor_desktop.sync.transport",  # the UI cancels downloads with it
    **dict.fromkeys(("CLOCK_OFFSET", "ERROR_TEXT", "LAST_SYNC", "REJECT_TEXT", "SERVER_TIME", "SkewInfo",
                     "SyncOverview", "explain"), "lapor_desktop.services.sync_status"),
    "BACKGROUND_ATTACHMENTS": ".attachments",
    **dict.fromkeys(("BackgroundConfig", "BackgroundState", "BackgroundSync"), ".background"),
    **dict.fromkeys(("Enrolled", "enroll"), ".enrolment"),
    **dict.fromkeys(("HubAuthRefused", "HubUnreachable", "NotEnrolled"), ".errors"),
    **dict.fromkeys(("APPLY_CHUNK", "APPLY_MAX", "APPLY_PAUSE", "BATCH_TARGET", "CURSOR", "HLC_FLOOR", "HUB_ID",
                     "REF_CHECKED", "REF_ERROR", "REF_ETAG", "DeskPort", "reference_for_store"), ".port"),
    **dict.fromkeys(("HubHealth", "SyncService", "fetch_complaint_attachments", "pulled_as_rejected"),
                    ".service"),
    **dict.fromkeys(("KEYRING_SERVICE", "TOKEN_FILE", "TokenStore"), ".tokens"),
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


__all__ = [
    "BackgroundConfig", "BackgroundState", "BackgroundSync", "DeskPort", "Enrolled", "HubAuthRefused",
    "HubHealth", "HubUnreachable", "NotEnrolled", "SkewInfo", "SyncOverview", "SyncService", "TokenStore",
    "enroll", "explain", "fetch_complaint_attachments", "pulled_as_rejected", "reference_for_store",
]
