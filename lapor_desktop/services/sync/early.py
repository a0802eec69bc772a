"""``lapor-desktop sync``'s first exchange, sent before the database layer loads.

Task Scheduler starts ``lapor-desktop sync`` every few minutes. A run's first exchange needs the
settings, the device token, the cursor, a few other meta values and the oldest waiting events,
all of which are read here with the standard library's ``sqlite3`` (``store/sync_read.py``, the
queries ``sync-status`` and the run's own port use; the batch by ``batch.outbox_batch``), not
SQLAlchemy. The engine builds the request as it builds every request (``SyncEngine.send_early``),
and it goes out on its own thread while SQLAlchemy and the store load (``EarlyExchange``): on a
satellite link its round trip and the loading overlap. The run then takes the answer as its
first exchange (``sync/engine.py``), with every check and retry an exchange has.

Nothing is sent early, and the run goes its usual way, when anything is unusual: not set up or not
enrolled, no token, the database missing, unreadable or of another schema version (it is migrated
first), an account the office's stream does not have yet (the run announces it first, or the hub
would refuse its events), a stored event that cannot be read.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from lapor_desktop.core.settings import Settings, load_settings, office_policy
from lapor_desktop.store import sync_read
from lapor_desktop.store.revisions import head_revision

from .batch import outbox_batch
from .tokens import TokenStore

if TYPE_CHECKING:
    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.sync.early_exchange import EarlyExchange
    from lapor_desktop.sync.local_port import PendingEvent
    from lapor_desktop.sync.transport import HttpTransport

log = logging.getLogger(__name__)


class EarlyPort:
    """The part of the engine's port a first exchange reads (``SyncEngine.send_early``), on a
    read-only ``sqlite3`` connection in one snapshot; ``close`` when the request is built."""

    def __init__(self, settings: Settings, conn: sqlite3.Connection) -> None:
        self.settings = settings
        self.conn = conn

    def device_id(self) -> str:
        return self.settings.device_id

    def cursor(self) -> str:
        return sync_read.cursor(self.conn)

    def resync_own(self) -> bool:
        return sync_read.resync_own(self.conn)

    def office_policy(self) -> dict[str, object]:
        return office_policy(self.settings)

    def batch_hint(self) -> int | None:
        return sync_read.batch_hint(self.conn)

    def pending_batch(self, max_bytes: int, max_events: int) -> list[PendingEvent]:
        return outbox_batch(self.conn, max_bytes, max_events)

    def close(self) -> None:
        self.conn.close()


def read_port(paths: AppPaths) -> EarlyPort | None:
    """The desk's state for a first exchange, or ``None`` when it must not go early (module
    docstring)."""
    settings = load_settings(paths.settings_file)
    if not (settings.is_set_up and settings.hub_url and settings.device_id):
        return None
    conn = sync_read.open_read_only(paths.db_path, head_revision())
    if conn is None:
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for every read
        if not sync_read.unannounced_logins(conn):  # else the run announces them before their events
            return EarlyPort(settings, conn)
    except Exception:  # noqa: BLE001 - (sqlite3.Error, a damaged account event, ...) the usual way
        log.debug("no early first exchange", exc_info=True)
    conn.close()
    return None


def send_first_exchange(paths: AppPaths) -> tuple[HttpTransport, EarlyExchange] | None:
    """Send the first exchange now (the transport, to be the run's, and the exchange under way),
    or ``None`` when the run must send it itself."""
    port = None
    try:
        port = read_port(paths)
        token = TokenStore(paths.config_dir, port.settings).load(port.device_id()) if port else None
        if port is None or not token:
            return None
        from lapor_desktop.sync.engine import SyncEngine
        from lapor_desktop.sync.transport import HttpTransport

        st = port.settings
        transport = HttpTransport(st.hub_url, token, ca_bundle=st.ca_bundle or None)
        try:
            return transport, SyncEngine(transport, port).send_early()  # type: ignore[arg-type]
        except BaseException:
            transport.close()
            raise
    except Exception:  # (sqlite3.Error, a damaged event or cursor, ...) the run then goes its usual way
        log.debug("no early first exchange", exc_info=True)
        return None
    finally:
        if port is not None:
            port.close()
