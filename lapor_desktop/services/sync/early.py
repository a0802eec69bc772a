"""``lapor-desktop sync``'s first exchange, sent before the database layer loads.

Task Scheduler starts ``lapor-desktop sync`` every few minutes, and most runs find nothing to send.
Such a run's first exchange is a pull from the cursor: it needs the settings, the device token,
the cursor and a few other meta values, all of which are read here with the standard library's
``sqlite3`` (``store/sync_read.py``, the queries ``sync-status`` uses), not SQLAlchemy. So the
request goes out on its own thread while SQLAlchemy and the store load (``EarlyExchange``), and on
a satellite link its round trip and the loading overlap. The run then takes the answer as its
first exchange (``sync/engine.py``), with every check and retry an exchange has.

Nothing is sent early, and the run goes its usual way, when anything is unusual: not set up or not
enrolled, no token, the database missing, unreadable or of another schema version (it is migrated
first), events waiting to be sent (then the first exchange carries them).
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from lapor_desktop.core.settings import Settings, load_settings, office_policy
from lapor_desktop.store import sync_read
from lapor_desktop.store.revisions import head_revision

from .tokens import TokenStore

if TYPE_CHECKING:
    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.sync.early_exchange import EarlyExchange
    from lapor_desktop.sync.transport import HttpTransport

log = logging.getLogger(__name__)


class EarlyPort:
    """The part of the engine's port a first exchange with no events reads (``SyncEngine.send_early``),
    from values read before the database layer loads."""

    def __init__(self, settings: Settings, cursor: str, resync_own: bool, batch_hint: int | None) -> None:
        self.settings = settings
        self._cursor = cursor
        self._resync_own = resync_own
        self._batch_hint = batch_hint

    def device_id(self) -> str:
        return self.settings.device_id

    def cursor(self) -> str:
        return self._cursor

    def resync_own(self) -> bool:
        return self._resync_own

    def office_policy(self) -> dict[str, object]:
        return office_policy(self.settings)

    def batch_hint(self) -> int | None:
        return self._batch_hint


def read_port(paths: AppPaths) -> EarlyPort | None:
    """What the first exchange needs, or ``None`` when it must not go early (module docstring)."""
    settings = load_settings(paths.settings_file)
    if not (settings.is_set_up and settings.hub_url and settings.device_id):
        return None
    conn = sync_read.open_read_only(paths.db_path, head_revision())
    if conn is None:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot
        if sync_read.pending_count(conn):
            return None
        cursor = sync_read.meta_get(conn, sync_read.CURSOR) or "0"
        resync = sync_read.meta_get(conn, sync_read.RESYNC_OWN) == "1"
        hint = sync_read.meta_get(conn, sync_read.BATCH_TARGET)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    try:
        batch_hint = int(hint) if hint else None
    except ValueError:
        batch_hint = None
    return EarlyPort(settings, cursor, resync, batch_hint)


def send_first_exchange(paths: AppPaths) -> tuple[HttpTransport, EarlyExchange] | None:
    """Send the first exchange now (the transport, to be the run's, and the exchange under way),
    or ``None`` when the run must send it itself."""
    try:
        port = read_port(paths)
        token = TokenStore(paths.config_dir, port.settings).load(port.device_id()) if port else None
        if port is None or not token:
            return None
        from lapor_desktop.sync import pullcheck  # noqa: F401 - loaded here, not on the request's thread
        from lapor_desktop.sync.engine import SyncEngine
        from lapor_desktop.sync.transport import HttpTransport

        st = port.settings
        transport = HttpTransport(st.hub_url, token, ca_bundle=st.ca_bundle or None)
        return transport, SyncEngine(transport, port).send_early()  # type: ignore[arg-type]
    except Exception:  # the run then goes its usual way, and reports what is wrong
        log.debug("no early first exchange", exc_info=True)
        return None
