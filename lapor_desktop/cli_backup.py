"""The command line's backup commands that know the second folder: ``backup`` (a checked backup,
then its checked copy in the second folder) and ``backups set`` (the second folder, the age limit)."""

from __future__ import annotations

import json
import sys

from lapor_desktop.cli_common import EXIT_OK, EXIT_USAGE, tell
from lapor_desktop.core.text import say as words


def _settings(paths):  # type: ignore[no-untyped-def]
    from lapor_desktop.core.settings import Settings, load_settings

    return load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()


def mirror_sentence(m, lang: str) -> str:  # type: ignore[no-untyped-def]
    """A warning for a copy that did not reach the second folder (the first backup stands)."""
    key = m.problem if m.problem in ("missing", "disk_full", "verify_failed") else "other"
    return words(f"cli.mirror.{key}", lang, folder=m.folder, detail=m.detail)


def backup(paths, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.services.backup_schedule import run_backup

    out = run_backup(paths, _settings(paths), "manual", to=args.to)
    print(str(out.path))
    if out.mirror is not None:
        if out.mirror.ok:
            print(str(out.mirror.path))
        else:
            print(mirror_sentence(out.mirror, lang), file=sys.stderr)
    return EXIT_OK


def backups_set(paths, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.core.settings import save_settings
    from lapor_desktop.services.backup_schedule import apply_backup_settings

    if args.second_folder is None and args.warn_hours is None:
        st = _settings(paths)
        print(json.dumps({"second_folder": st.backup_second_dir, "warn_hours": st.backup_warn_hours},
                         ensure_ascii=False))
        return EXIT_OK
    st = _settings(paths)
    errors = apply_backup_settings(st, paths, second_dir=args.second_folder, warn_hours=args.warn_hours)
    if errors:
        for e in errors:
            print(e.message if lang == "id" else e.message_en, file=sys.stderr)
        return EXIT_USAGE
    save_settings(paths.settings_file, st)
    print(json.dumps({"second_folder": st.backup_second_dir, "warn_hours": st.backup_warn_hours},
                     ensure_ascii=False))
    if st.backup_second_dir and not __import__("pathlib").Path(st.backup_second_dir).is_dir():
        tell("cli.second_folder_absent", lang, folder=st.backup_second_dir)
    return EXIT_OK
