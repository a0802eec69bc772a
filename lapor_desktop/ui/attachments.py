"""Getting a photo or scan ready for the store: type and size checks, photo downscaling.

Runs on a worker thread (QImage is safe off the GUI thread; QPixmap is not): the result carries
a small QImage thumbnail that the GUI turns into an icon.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader

from lapor_desktop.core.fileio import UnsafeFile, open_regular_file
from lapor_desktop.domain.attachments import ACCEPTED_TYPES, SNIFF_BYTES, sniff_type

PHOTO_TYPES = ("image/jpeg", "image/png", "image/webp", "image/bmp", "image/tiff")
THUMB_PX = 72
JPEG_QUALITY = 85


@dataclass
class Prepared:
    source: Path  # what the clerk chose
    path: Path  # what goes to the store (a downscaled copy or the source itself)
    filename: str
    mime: str
    size: int
    downscaled: bool
    thumb: QImage | None


class Rejected(Exception):
    """``code``: unsupported | too_large | missing | symlink | special | unreadable."""

    def __init__(self, code: str, filename: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.filename = filename
        self.params = params


def prepare(source: Path | str, *, work_dir: Path, downscale_above_kb: int, max_pixels: int,
            max_mb: int) -> Prepared:
    src = Path(source)
    name = src.name
    # the same gate the store uses: a regular file (no symlink, pipe, device or folder), its
    # type read from its first bytes, not its name
    try:
        with open_regular_file(src) as fh:
            size = os.fstat(fh.fileno()).st_size
            mime = sniff_type(fh.read(SNIFF_BYTES))
    except UnsafeFile as exc:
        raise Rejected({"missing": "missing", "symlink": "symlink", "special": "special"}
                       .get(exc.code, "unreadable"), name) from None
    except OSError:
        raise Rejected("unreadable", name) from None
    if mime not in ACCEPTED_TYPES:
        raise Rejected("unsupported", name)
    path, downscaled, thumb = src, False, None
    if mime.startswith("image/"):
        reader = QImageReader(str(src))
        reader.setAutoTransform(True)  # phone photos: honour the EXIF orientation
        img = reader.read()
        if img.isNull():
            raise Rejected("unreadable", name)
        long_side = max(img.width(), img.height())
        if mime in PHOTO_TYPES and size > downscale_above_kb * 1024 and long_side > 0:
            if long_side > max_pixels:
                img = img.scaled(max_pixels, max_pixels, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            work_dir.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256(str(src.resolve()).encode() + str(size).encode()).hexdigest()[:16]
            out = work_dir / f"{src.stem[:60]}-{digest}.jpg"
            if img.hasAlphaChannel():
                img = img.convertToFormat(QImage.Format.Format_RGB32)
            if not img.save(str(out), "JPEG", JPEG_QUALITY):
                raise Rejected("unreadable", name)
            path, downscaled = out, True
            name = f"{src.stem}.jpg"
            mime = "image/jpeg"
            size = out.stat().st_size
        thumb = img.scaled(THUMB_PX, THUMB_PX, Qt.AspectRatioMode.KeepAspectRatio,
                           Qt.TransformationMode.SmoothTransformation)
    if size > max_mb * 1024 * 1024:
        raise Rejected("too_large", name, size_mb=round(size / 1048576, 1), max_mb=max_mb)
    return Prepared(source=src, path=path, filename=name, mime=mime, size=size, downscaled=downscaled,
                    thumb=thumb)
