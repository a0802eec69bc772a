"""Attachments on disk, content-addressed by SHA-256, uploaded resumably (tus-like).

``<dir>/<sha>`` is a complete, verified blob; ``<dir>/<sha>.part`` the bytes received so far of
an upload whose declared length is kept in the ``blob_uploads`` table. A device may touch only
blobs that an attachment event of its office announced (else 404: existence is not revealed).
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from lapor_desktop.core.clock import iso_utc
from lapor_desktop.sync.protocol import ProblemCode

from .auth import DeviceInfo
from .service import HubError, HubService
from .storage import Attachment, Blob, BlobUpload


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

    def _lock(self, sha: str) -> threading.Lock:
        with self._locks_guard:
            return self._locks.setdefault(sha, threading.Lock())

    def path(self, sha: str) -> Path:
        return self.dir / sha

    def _part(self, sha: str) -> Path:
        return self.dir / f"{sha}.part"

    def _allowed(self, device: DeviceInfo, sha: str) -> None:
        with self.service.db.read() as s:
            hit = s.execute(select(Attachment.sha256).where(Attachment.sha256 == sha,
                                                            Attachment.office_code == device.office_code)
                            .limit(1)).first()
        if hit is None:
            raise HubError(404, ProblemCode.NOT_FOUND, "no such blob for this office")

    def state(self, device: DeviceInfo, sha: str) -> BlobState:
        self._allowed(device, sha)
        return self._state(sha)

    def _state(self, sha: str) -> BlobState:
        done = self.path(sha)
        if done.exists():
            size = done.stat().st_size
            return BlobState(size, size, True)
        with self.service.db.read() as s:
            up = s.get(BlobUpload, sha)
            length = up.length if up else None
        part = self._part(sha)
        if length is None:
            raise HubError(404, ProblemCode.NOT_FOUND, "the hub has none of this blob")
        offset = part.stat().st_size if part.exists() else 0
        return BlobState(offset, length, False)

    def append(self, device: DeviceInfo, sha: str, offset: int, length: int, chunk: bytes) -> BlobState:
        """Append ``chunk`` at ``offset``. Raises HubError 409 (offset/length), 413, 422 (hash)."""
        self._allowed(device, sha)
        if length > self.max_bytes:
            raise HubError(413, ProblemCode.TOO_LARGE,
                           f"blobs may be at most {self.max_bytes} bytes")
        with self._lock(sha):
            done = self.path(sha)
            if done.exists():
                size = done.stat().st_size
                if offset == size and not chunk:
                    return BlobState(size, size, True)
                raise HubError(409, ProblemCode.OFFSET_MISMATCH, "the hub already has this blob",
                               headers={"Upload-Offset": str(size), "Upload-Length": str(size)})
            part = self._part(sha)
            with self.service.db.plain() as s:
                up = s.get(BlobUpload, sha)
                if up is None:
                    if part.exists():
                        part.unlink()
                    s.add(BlobUpload(sha256=sha, length=length, started_at=iso_utc(self.service.now())))
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
                return BlobState(current, declared, False)
            return self._finish(sha, part, declared)

    def _finish(self, sha: str, part: Path, length: int) -> BlobState:
        digest = hashlib.sha256()
        with open(part, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        ok = digest.hexdigest() == sha
        if ok:
            os.replace(part, self.path(sha))
        else:
            part.unlink(missing_ok=True)
        with self.service.db.plain() as s:
            up = s.get(BlobUpload, sha)
            if up is not None:
                s.delete(up)
            if ok and s.get(Blob, sha) is None:
                s.add(Blob(sha256=sha, size=length, stored_at=iso_utc(self.service.now())))
        if not ok:
            raise HubError(422, ProblemCode.HASH_MISMATCH,
                           "the bytes do not hash to the blob's SHA-256; they were dropped",
                           headers={"Upload-Offset": "0"})
        return BlobState(length, length, True)

    def file_for_download(self, device: DeviceInfo, sha: str) -> Path:
        self._allowed(device, sha)
        done = self.path(sha)
        if not done.exists():
            raise HubError(404, ProblemCode.NOT_FOUND, "the hub does not have this blob (yet)")
        return done
