"""Which files may be attached, told by their first bytes, and the words for a refusal.

Pure: the caller reads the first :data:`SNIFF_BYTES` bytes of a file it opened safely
(``core.fileio.open_regular_file``) and asks :func:`sniff_type`. A name says nothing here: a
text file called ``surat.pdf`` is refused, a PNG called ``foto.jpg`` is taken as the PNG it is.
"""

from __future__ import annotations

from .validation import FieldError

# media type -> what a clerk calls it
ACCEPTED_TYPES: dict[str, str] = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WebP",
    "image/tiff": "TIFF",
    "image/bmp": "BMP",
    "application/pdf": "PDF",
}
# media type -> the name endings a file chooser offers for it (the name only helps choosing: the
# content decides)
NAME_PATTERNS: dict[str, tuple[str, ...]] = {
    "image/jpeg": ("*.jpg", "*.jpeg"),
    "image/png": ("*.png",),
    "image/gif": ("*.gif",),
    "image/webp": ("*.webp",),
    "image/tiff": ("*.tif", "*.tiff"),
    "image/bmp": ("*.bmp",),
    "application/pdf": ("*.pdf",),
}
SNIFF_BYTES = 32


def name_patterns() -> str:
    """The accepted kinds as a file chooser's pattern list: ``*.jpg *.jpeg *.png …``."""
    return " ".join(p for t in ACCEPTED_TYPES for p in NAME_PATTERNS[t])
_BMP_DIB_SIZES = {12, 40, 52, 56, 64, 108, 124}


def sniff_type(head: bytes) -> str | None:
    """The accepted media type these first bytes begin, or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image/tiff"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    if head.startswith(b"BM") and len(head) >= 18 and int.from_bytes(head[14:18], "little") in _BMP_DIB_SIZES:
        return "image/bmp"
    return None


_KINDS = ", ".join(ACCEPTED_TYPES.values())

def attachment_error(field: str, code: str, name: str, **params: object) -> FieldError:
    """One refused file: ``code`` is file_missing, file_symlink, file_special, file_unreadable,
    file_type or file_too_large; the message (``attachment.<code>`` in core/messages.py) names the
    file."""
    extra = {"kinds": _KINDS} if code == "file_type" else {}
    return FieldError(field, code, params={"filename": name, **params, **extra}, key=f"attachment.{code}")
