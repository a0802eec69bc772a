"""Files written so that a crash or power cut leaves the old content or the new, never half.

Temporary file in the same folder, flushed and fsynced, renamed over the target, and the folder
fsynced so the rename itself survives a power cut (POSIX).
"""

from __future__ import annotations

import os
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
