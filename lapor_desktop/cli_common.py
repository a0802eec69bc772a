"""What the command-line modules share: exit codes and the way errors are printed."""

from __future__ import annotations

import sys

EXIT_OK, EXIT_USAGE, EXIT_FAIL, EXIT_STORE, EXIT_NOT_SET_UP = 0, 1, 2, 3, 4
EXIT_NOT_ENROLLED, EXIT_AUTH_REFUSED, EXIT_UNREACHABLE, EXIT_PARTIAL = 5, 6, 7, 8


def say(lang: str, id_: str, en: str) -> None:
    print(id_ if lang == "id" else en, file=sys.stderr)


def say_errors(errors: list, lang: str) -> None:
    for e in errors:
        msg = e.message if lang == "id" else e.message_en
        print(f"  {msg}" if e.field and msg.startswith(e.field) else f"  {e.field}: {msg}", file=sys.stderr)


def store_error_text(code: str, folder: str, detail: str, lang: str) -> str:
    """One sentence for a StoreError: what happened, which folder, what to do."""
    id_en = {
        "disk_full": (f"Disk penuh: folder data {folder} tidak dapat ditulis. Kosongkan ruang disk (minimal "
                      "beberapa ratus MB) lalu ulangi; tidak ada yang hilang.",
                      f"The disk is full: the data folder {folder} cannot be written. Free some disk space "
                      "(a few hundred MB at least) and try again; nothing was lost."),
        "read_only": (f"Folder data {folder} hanya-baca; tidak ada yang dapat disimpan. Minta administrator "
                      "memberi izin tulis pada folder itu; tidak ada yang hilang.",
                      f"The data folder {folder} is read-only; nothing can be saved. Ask the administrator "
                      "to make it writable; nothing was lost."),
        "corrupt": (f"Basis data di {folder} rusak; penulisan dihentikan. Jalankan: lapor-desktop doctor, "
                    "lalu lapor-desktop restore --latest.",
                    f"The database in {folder} is damaged; writing stopped. Run: lapor-desktop doctor, then "
                    "lapor-desktop restore --latest."),
        "cannot_open": (f"Basis data di {folder} tidak dapat dibuka. Periksa izin folder itu.",
                        f"The database in {folder} cannot be opened. Check the folder's permissions."),
        "backup_copy_failed": (f"Cadangan tidak dapat ditulis ke {folder} ({detail}). Tidak ada berkas cadangan "
                               "setengah jadi yang tertinggal.",
                               f"The backup could not be written to {folder} ({detail}). No half-written "
                               "backup was left."),
        "backup_verify_failed": (f"Cadangan di {folder} gagal diperiksa ({detail}) dan tidak disimpan.",
                                 f"The backup in {folder} failed its check ({detail}) and was not kept."),
        "backup_write_failed": (f"Cadangan tidak dapat ditulis ke {folder} ({detail}).",
                                f"The backup could not be written to {folder} ({detail})."),
    }
    pair = id_en.get(code, (f"Masalah basis data di {folder}: {detail}", f"Database problem in {folder}: {detail}"))
    return pair[0] if lang == "id" else pair[1]


def failure_text(exc: Exception, lang: str) -> str:
    """One line for a failure with a stable code: the catalogue's words for the code when it has
    them (``error.<code>`` in core/messages.py, Indonesian from the .ts), else the error's own text;
    the code stays in brackets for whoever helps the user."""
    from lapor_desktop.core.messages import MESSAGES
    from lapor_desktop.core.text import say as words

    code = getattr(exc, "code", "error")
    key = f"error.{code}"
    text = words(key, lang, **getattr(exc, "params", {})) if key in MESSAGES else str(exc)
    return f"Gagal: {text} ({code})" if lang == "id" else f"Failed: {text} ({code})"


def folder_error_text(folder: str, reason: str, lang: str) -> str:
    return (f"Folder {folder} tidak dapat ditulis ({reason}). Periksa izin folder dan ruang disk, lalu ulangi."
            if lang == "id" else
            f"The folder {folder} cannot be written ({reason}). Check the folder's permissions and free "
            "disk space, then try again.")
