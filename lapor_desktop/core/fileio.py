"""Files written so that a crash or power cut leaves the old content or the new, never half.

Temporary file in the same folder, flushed and fsynced, renamed over the target, and the folder
fsynced so the rename itself survives a power cut (POSIX).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(path: Path, writer: Callable[[BinaryIO], object], *, mode: int | None = None) -> None:
    """Call ``writer`` with a binary file, then put it in place of ``path`` atomically.

    ``mode`` (e.g. 0o600) is set on the temporary file before anything is written to it.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if mode is not None:
            os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as fh:
            writer(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, mode: int | None = None) -> None:
    data = text.encode("utf-8")
    atomic_write(path, lambda fh: fh.write(data), mode=mode)


# ------------------------------------------------------------------ reading a file someone chose
class UnsafeFile(Exception):
    """A path that must not be read as an attachment. ``code``: missing | symlink | special |
    unreadable."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code = code


_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def open_regular_file(path: Path | str) -> BinaryIO:
    """Open a regular file for reading, and nothing else.

    A symbolic link (``evil.pdf -> /etc/shadow``) is refused, not followed: it is checked with
    ``lstat`` and opened with ``O_NOFOLLOW`` where the platform has it, so a link swapped in
    between the two still fails. A FIFO, a device, a socket or a folder is refused; ``O_NONBLOCK``
    keeps a FIFO from blocking the open. The opened file must be the one that was checked (same
    device and inode). Raises :class:`UnsafeFile`.
    """
    p = os.fspath(path)
    try:
        st = os.lstat(p)
    except FileNotFoundError:
        raise UnsafeFile("missing") from None
    except OSError as exc:
        raise UnsafeFile("unreadable", exc.strerror or "") from None
    if stat.S_ISLNK(st.st_mode):
        raise UnsafeFile("symlink")
    if not stat.S_ISREG(st.st_mode):
        raise UnsafeFile("special")
    try:
        fd = os.open(p, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise UnsafeFile("symlink") from None
        if exc.errno == errno.ENOENT:
            raise UnsafeFile("missing") from None
        raise UnsafeFile("unreadable", exc.strerror or "") from None
    try:
        got = os.fstat(fd)
        if not stat.S_ISREG(got.st_mode):
            raise UnsafeFile("special")
        if (got.st_dev, got.st_ino) != (st.st_dev, st.st_ino):
            raise UnsafeFile("unreadable", "the file changed while it was opened")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
