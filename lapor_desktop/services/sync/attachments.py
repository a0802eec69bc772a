"""Downloading the attachments other desks added (resumable; one download per blob at a time)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from lapor_desktop.store import syncstore
from lapor_desktop.sync.transport import Cancelled, CancelToken, HttpTransport, ProtocolError, Unreachable

if TYPE_CHECKING:
    from ..desk import Desk

log = logging.getLogger(__name__)

BACKGROUND_ATTACHMENTS = 20  # attachments fetched after each background sync, at most

_DOWNLOADS_GUARD = threading.Lock()
_DOWNLOADS: dict[str, threading.Lock] = {}


def _download_lock(sha: str) -> threading.Lock:
    """One download of a blob at a time in this process (they share its ``.part`` file)."""
    with _DOWNLOADS_GUARD:
        return _DOWNLOADS.setdefault(sha, threading.Lock())


class AttachmentDownloads:
    """:class:`~.service.SyncService`'s attachment downloads (needs ``desk`` and ``transport()``)."""

    desk: Desk

    def transport(self) -> HttpTransport:
        raise NotImplementedError

    def fetch_attachments(self, complaint_id: str | None = None, cancel: CancelToken | None = None,
                          limit: int = 100, *, skip: set[str] | None = None, patient: bool = True) -> int:
        """Download attachments other desks added (all, or one complaint's); resumable. Returns how
        many are now on this desk.

        ``skip``: hashes to pass over; the ones that cannot be fetched now (not on the hub yet,
        damaged) are added to it. ``patient=False`` (background job, opened complaint): give up at
        the first sign that the hub is unreachable instead of retrying each file, and pass over a
        file another thread is downloading.
        """
        cancel = cancel or CancelToken()
        skip = skip if skip is not None else set()
        with self.desk.db.read() as s:
            todo = syncstore.attachments_missing_locally(s, complaint_id, limit, exclude=skip)
        t = self.transport()
        done = 0
        for a in todo:
            cancel.raise_if_cancelled()
            lock = _download_lock(a.sha256)  # the background job and an opened complaint may meet
            if not lock.acquire(blocking=patient):
                continue  # the other one is fetching it
            try:
                if not self.desk.blobs.has(a.sha256) and not self._download(t, a.sha256, cancel, patient):
                    skip.add(a.sha256)
                    continue
            finally:
                lock.release()
            with self.desk.db.session() as s:
                syncstore.mark_present(s, a.sha256)
            done += 1
        return done

    def _download(self, t: HttpTransport, sha: str, cancel: CancelToken, patient: bool = True) -> bool:
        part_dir = self.desk.paths.cache_dir / "downloads"
        part_dir.mkdir(parents=True, exist_ok=True)
        part = part_dir / f"{sha}.part"
        for _attempt in range(5):
            start = part.stat().st_size if part.exists() else 0
            try:
                with open(part, "ab") as fh:
                    t.blob_get(sha, fh, start, cancel)
                break
            except Unreachable:
                if not patient:
                    raise
                if cancel.wait(1.0):
                    raise Cancelled() from None
                continue
            except ProtocolError as exc:
                if exc.status == 416:
                    part.unlink(missing_ok=True)
                    continue
                if exc.status == 404:
                    return False  # not on the hub yet
                raise
        else:
            return False
        got, _size = self.desk.blobs.put_file(part)
        part.unlink(missing_ok=True)
        if got != sha:
            log.warning("a downloaded attachment did not match its hash; dropped")
            try:
                self.desk.blobs.path(got).unlink()
            except OSError:
                pass
            return False
        return True
