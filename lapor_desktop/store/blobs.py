"""Attachment bytes on disk, content-addressed by SHA-256 (``blobs/ab/abcdef...``)."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import BinaryIO

from lapor_desktop.core.fileio import atomic_write, fsync_dir


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        sha256 = sha256.lower()
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def put_file(self, source: Path) -> tuple[str, int]:
        h = hashlib.sha256()
        size = 0
        with open(source, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
                size += len(chunk)
        sha = h.hexdigest()
        target = self.path(sha)
        if not target.exists():
            def copy(out) -> None:  # type: ignore[no-untyped-def]
                with open(source, "rb") as src:
                    shutil.copyfileobj(src, out, 1 << 20)
            self._write_atomic(target, copy)
        return sha, size

    def open(self, sha256: str):  # type: ignore[no-untyped-def]
        return open(self.path(sha256), "rb")

    def _write_atomic(self, target: Path, writer) -> None:  # type: ignore[no-untyped-def]
        atomic_write(target, writer)


class BlobTooLarge(ValueError):
    """The stream held more than the limit; nothing was stored."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit} bytes")
        self.limit = limit


def put_stream(store: BlobStore, source: BinaryIO, max_bytes: int) -> tuple[str, int]:
    """Copy an open file into the store in one pass (what is hashed is what is stored), at most
    ``max_bytes``; :class:`BlobTooLarge` and nothing stored when there is more."""
    store.root.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".in.", suffix=".tmp", dir=store.root)
    h = hashlib.sha256()
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in iter(lambda: source.read(1 << 20), b""):
                size += len(chunk)
                if size > max_bytes:
                    raise BlobTooLarge(max_bytes)
                h.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = h.hexdigest()
        target = store.path(sha)
        if target.exists():
            os.unlink(tmp)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
            fsync_dir(target.parent)
        return sha, size
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
