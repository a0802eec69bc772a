"""Attachment bytes on disk, content-addressed by SHA-256 (``blobs/ab/abcdef...``)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from lapor_desktop.core.fileio import atomic_write


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

    def put_bytes(self, data: bytes) -> tuple[str, int]:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha)
        if not target.exists():
            self._write_atomic(target, lambda fh: fh.write(data))
        return sha, len(data)

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
