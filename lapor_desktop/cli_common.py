"""What the command-line modules share: exit codes and the way errors are printed (their words: the
catalogue, core/messages.py and the .ts, through ``core/text.say``; no Qt)."""

from __future__ import annotations

import sys
from typing import Any

EXIT_OK, EXIT_USAGE, EXIT_FAIL, EXIT_STORE, EXIT_NOT_SET_UP = 0, 1, 2, 3, 4
EXIT_NOT_ENROLLED, EXIT_AUTH_REFUSED, EXIT_UNREACHABLE, EXIT_PARTIAL = 5, 6, 7, 8


def words(key: str, lang: str, **params: Any) -> str:
    """The catalogue's ``key`` in ``lang`` (imported when first needed: ``--version`` reads none)."""
    from lapor_desktop.core.text import say

    return say(key, lang, **params)


def tell(key: str, lang: str, **params: object) -> None:
    """Print the catalogue's ``key`` (core/messages.py; Indonesian from the .ts) to stderr."""
    print(words(key, lang, **params), file=sys.stderr)


def say_errors(errors: list, lang: str) -> None:
    for e in errors:
        msg = e.message if lang == "id" else e.message_en
        print(f"  {msg}" if e.field and msg.startswith(e.field) else f"  {e.field}: {msg}", file=sys.stderr)


STORE_CODES = ("disk_full", "read_only", "corrupt", "cannot_open", "backup_copy_failed", "backup_verify_failed",
               "backup_write_failed")


def store_error_text(code: str, folder: str, detail: str, lang: str) -> str:
    """One sentence for a StoreError: what happened, which folder, what to do (``cli.store.*``)."""
    return words(f"cli.store.{code if code in STORE_CODES else 'other'}", lang, folder=folder, detail=detail)


def failure_text(exc: Exception, lang: str) -> str:
    """One line for a failure with a stable code: the catalogue's words for the code when it has
    them (``error.<code>`` in core/messages.py, Indonesian from the .ts), else the error's own text;
    the code stays in brackets for whoever helps the user."""
    from lapor_desktop.core.messages import MESSAGES

    code = getattr(exc, "code", "error")
    key = f"error.{code}"
    text = words(key, lang, **getattr(exc, "params", {})) if key in MESSAGES else str(exc)
    return words("cli.failed", lang, text=text, code=code)


def folder_error_text(folder: str, reason: str, lang: str) -> str:
    return words("cli.folder_not_writable", lang, folder=folder, reason=reason)
