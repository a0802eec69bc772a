"""Attachments on disk, content-addressed by SHA-256, uploaded resumably (tus-like).

``<dir>/<sha>`` is a complete, verified blob. Uploads are per office: ``<dir>/<sha>.<office>.part``
holds the bytes one office sent so far, and its ``blob_uploads`` row the declared length (which
must be the size the office announced in its attachment event) and when it last progressed; a
record without progress for ``upload_expiry`` is dropped, bytes and all.

Scope (trust model, SECURITY.md): an office may read a blob only when it announced it in an
accepted attachment event AND proved it holds the bytes: it, or a desk of it, uploaded them (a
``blob_owners`` row). Announcing someone else's hash gives nothing: to that office the hub
answers exactly as if it had never seen the hash (404, listed in ``missing_blobs``) until its own
upload of the same bytes completes.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from lapor_desktop.core.clock import iso_utc, parse_iso
from lapor_desktop.protocol.codes import ProblemCode

from .auth import DeviceInfo
from .service import HubError, HubService
from .storage import Attachment, Blob, BlobOwner, BlobUpload


@dataclass
class BlobState:
    offset: int
    length: int
    complete: bool


class BlobStore:
    def __init__(self, service: HubService, directory: Path, max_bytes: int) -> None:
        self.service = service
        self.dir = Path(directory)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max_bytes
        self._locks: dict[str, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    @property
    def expiry(self) -> timedelta:
        return self.service.config.upload_expiry

    def _lock(self, sha: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(sha, threading.Lock())

    def path(self, sha: str) -> Path:
        return self.dir / sha

    def _part(self, sha: str, office: str) -> Path:
        return self.dir / f"{sha}.{office}.part"

    # ---------------------------------------------------------------- scope
    def _announced_sizes(self, device: DeviceInfo, sha: str) -> set[int]:
        """Sizes this office announced for ``sha``; 404 when it announced none."""
        with self.service.db.read() as s:
            sizes = set(s.scalars(select(Attachment.size).where(
                Attachment.sha256 == sha, Attachment.office_code == device.office_code)))
        if not sizes:
            raise HubError(404, ProblemCode.NOT_FOUND, "no such blob for this office")
        return sizes

    def _owned(self, device: DeviceInfo, sha: str) -> bool:
        with self.service.db.read() as s:
            return s.get(BlobOwner, (sha, device.office_code)) is not None

    def _expired(self, up: BlobUpload) -> bool:
        return parse_iso(up.updated_at) + self.expiry <= self.service.now()

    # ---------------------------------------------------------------- state
    def state(self, device: DeviceInfo, sha: str) -> BlobState:
        self._announced_sizes(device, sha)
        done = self.path(sha)
        if self._owned(device, sha) and done.exists():
            size = done.stat().st_size
            return BlobState(size, size, True)
        with self._lock(sha):
            with self.service.db.plain() as s:
                up = s.get(BlobUpload, (sha, device.office_code))
                if up is not None and self._expired(up):
                    self._drop(s, up)
                    up = None
                length = up.length if up else None
        if length is None:
            raise HubError(404, ProblemCode.NOT_FOUND, "the hub has none of this blob")
        part = self._part(sha, device.office_code)
        offset = part.stat().st_size if part.exists() else 0
        return BlobState(offset, length, False)

    def _drop(self, s, up: BlobUpload) -> None:  # noqa: ANN001
        self._part(up.sha256, up.office_code).unlink(missing_ok=True)
        s.delete(up)

    def expire_uploads(self) -> int:
        """Drop every upload record (and its bytes) without progress for ``upload_expiry``."""
        cutoff = iso_utc(self.service.now() - self.expiry)
        with self.service.db.plain() as s:
            stale = s.scalars(select(BlobUpload).where(BlobUpload.updated_at <= cutoff)).all()
            for up in stale:
                self._drop(s, up)
        return len(stale)

    # ---------------------------------------------------------------- upload
    def append(self, device: DeviceInfo, sha: str, offset: int, length: int, chunk: bytes) -> BlobState:
        """Append ``chunk`` at ``offset``. Raises HubError 409 (offset/length), 413, 422 (hash),
        507 (quota)."""
        sizes = self._announced_sizes(device, sha)
        if length > self.max_bytes:
            raise HubError(413, ProblemCode.TOO_LARGE,
                           f"blobs may be at most {self.max_bytes} bytes")
        if length not in sizes:
            announced = ", ".join(str(n) for n in sorted(sizes))
            raise HubError(409, ProblemCode.LENGTH_MISMATCH,
                           f"Upload-Length {length} is not the size announced in the attachment event "
                           f"({announced} bytes)")
        office = device.office_code
        with self._lock(sha):
            done = self.path(sha)
            if done.exists() and self._owned(device, sha):
                size = done.stat().st_size
                if offset == size and not chunk:
                    return BlobState(size, size, True)
                raise HubError(409, ProblemCode.OFFSET_MISMATCH, "the hub already has this blob",
                               headers={"Upload-Offset": str(size), "Upload-Length": str(size)})
            part = self._part(sha, office)
            now = iso_utc(self.service.now())
            with self.service.db.plain() as s:  # uploads of one hash queue on the per-hash lock
                up = s.get(BlobUpload, (sha, office))
                if up is not None and self._expired(up):
                    self._drop(s, up)
                    s.flush()
                    up = None
                if up is None:
                    self.service.charge(s, device, length, check_only=True)
                    part.unlink(missing_ok=True)
                    s.add(BlobUpload(sha256=sha, office_code=office, length=length, started_at=now,
                                     updated_at=now))
                    declared = length
                else:
                    declared = up.length
            current = part.stat().st_size if part.exists() else 0
            if declared != length:
                raise HubError(409, ProblemCode.LENGTH_MISMATCH,
                               f"Upload-Length differs from the {declared} bytes declared first",
                               headers={"Upload-Offset": str(current), "Upload-Length": str(declared)})
            if offset != current:
                raise HubError(409, ProblemCode.OFFSET_MISMATCH,
                               f"the hub has {current} bytes of this blob",
                               headers={"Upload-Offset": str(current), "Upload-Length": str(declared)})
            if current + len(chunk) > declared:
                raise HubError(413, ProblemCode.TOO_LARGE, "the chunk goes past Upload-Length",
                               headers={"Upload-Offset": str(current)})
            with open(part, "ab") as fh:
                fh.write(chunk)
                fh.flush()
                os.fsync(fh.fileno())
            current += len(chunk)
            if current < declared:
                if chunk:
                    with self.service.db.plain() as s:
                        up = s.get(BlobUpload, (sha, office))
                        if up is not None:
                            up.updated_at = iso_utc(self.service.now())
                return BlobState(current, declared, False)
            return self._finish(device, sha, part, declared)

    def _finish(self, device: DeviceInfo, sha: str, part: Path, length: int) -> BlobState:
        digest = hashlib.sha256()
        with open(part, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        ok = digest.hexdigest() == sha
        done = self.path(sha)
        if ok and not done.exists():
            os.replace(part, done)
        else:  # a mismatch, or possession proven of bytes the hub already holds
            part.unlink(missing_ok=True)
        now = iso_utc(self.service.now())
        with self.service.db.write() as s:
            up = s.get(BlobUpload, (sha, device.office_code))
            if up is not None:
                s.delete(up)
            if ok:
                if s.get(Blob, sha) is None:
                    s.add(Blob(sha256=sha, size=length, stored_at=now))
                if s.get(BlobOwner, (sha, device.office_code)) is None:
                    s.add(BlobOwner(sha256=sha, office_code=device.office_code, stored_at=now))
                    # checked when the upload began; proven bytes are never refused at the end
                    self.service.charge(s, device, length, force=True)
        if not ok:
            raise HubError(422, ProblemCode.HASH_MISMATCH,
                           "the bytes do not hash to the blob's SHA-256; they were dropped",
                           headers={"Upload-Offset": "0"})
        return BlobState(length, length, True)

    # ---------------------------------------------------------------- download
    def file_for_download(self, device: DeviceInfo, sha: str) -> Path:
        self._announced_sizes(device, sha)
        done = self.path(sha)
        if not self._owned(device, sha) or not done.exists():
            raise HubError(404, ProblemCode.NOT_FOUND, "the hub does not have this blob (yet)")
        return done
