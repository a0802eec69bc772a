"""Logging to a rotating file, with personal data (NIK, phone numbers, e-mail) redacted."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path

_PATTERNS = [
    (re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"), "[email]"),
    (re.compile(r"(?<!\d)\d{16}(?!\d)"), "[nik]"),
    (re.compile(r"(?<![\w+])(?:\+62|62|0)[\s.-]?8(?:[\s.-]?\d){7,11}(?!\d)"), "[phone]"),
]


def redact(text: str) -> str:
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


class _FileHandler(logging.handlers.RotatingFileHandler):
    """A log file that, once it cannot be written (disk full, folder made read-only), says so
    once on stderr and drops further records instead of printing a traceback for each."""

    failed = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if not self.failed:
            self.failed = True
            exc = sys.exc_info()[1]
            reason = getattr(exc, "strerror", None) or str(exc)
            print(f"Catatan log tidak dapat ditulis ke {self.baseFilename} ({reason}); "
                  "program tetap berjalan tanpa log berkas. / The log file cannot be written; "
                  "the program carries on without it.", file=sys.stderr)


def setup_logging(log_file: Path | None, level: int = logging.INFO, stderr: bool = False) -> str | None:
    """Log to ``log_file`` (rotating). A log folder that cannot be written never stops the
    program: logging goes to stderr (warnings and worse) and one line says so. Returns that line's
    reason, or None when the file is in use."""
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_lapor", False):
            root.removeHandler(h)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = []
    failed: str | None = None
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            fh = _FileHandler(log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
            handlers.append(fh)
        except OSError as exc:
            failed = exc.strerror or str(exc)
            print(f"Folder log {log_file.parent} tidak dapat ditulis ({failed}); catatan log ditulis ke "
                  f"layar (stderr). / The log folder cannot be written; logging to stderr.", file=sys.stderr)
            se = logging.StreamHandler()
            se.setLevel(logging.WARNING)
            handlers.append(se)
    if stderr:
        handlers.append(logging.StreamHandler())
    for h in handlers:
        h.setFormatter(fmt)
        h.addFilter(RedactingFilter())
        h._lapor = True  # type: ignore[attr-defined]
        root.addHandler(h)
    root.setLevel(level)
    return failed
