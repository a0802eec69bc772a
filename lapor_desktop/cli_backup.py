"""The command line's backup commands that know the second folder: ``backup`` (a checked backup,
then its checked copy in the second folder) and ``backups set`` (the second folder, the age limit)."""

from __future__ import annotations

import json
import sys

from lapor_desktop.cli_common import EXIT_OK, EXIT_USAGE, say


def _settings(paths):  # type: ignore[no-untyped-def]
    from lapor_desktop.core.settings import Settings, load_settings

    return load_settings(paths.settings_file) if paths.settings_file.exists() else Settings()


def mirror_sentence(m, lang: str) -> str:  # type: ignore[no-untyped-def]
    """A warning for a copy that did not reach the second folder (the first backup stands)."""
    id_en = {
        "missing": (f"Folder cadangan kedua {m.folder} tidak ada (drive USB belum dipasang?). Cadangan hanya "
                    "tersimpan di komputer ini; pasang drive itu lalu jalankan lapor-desktop backup lagi.",
                    f"The second backup folder {m.folder} is not there (USB drive not plugged in?). The backup "
                    "is only on this computer; plug the drive in and run lapor-desktop backup again."),
        "disk_full": (f"Drive cadangan kedua {m.folder} penuh; salinan tidak dibuat. Kosongkan ruang di drive "
                      "itu lalu ulangi. Cadangan di komputer ini tetap ada.",
                      f"The second backup drive {m.folder} is full; no copy was made. Free space on it and try "
                      "again. The backup on this computer stands."),
        "verify_failed": (f"Salinan di {m.folder} gagal diperiksa dan tidak disimpan ({m.detail}). Drive itu "
                          "mungkin rusak; cadangan di komputer ini tetap ada.",
                          f"The copy in {m.folder} failed its check and was not kept ({m.detail}). The drive may "
                          "be faulty; the backup on this computer stands."),
    }
    pair = id_en.get(m.problem, (f"Folder cadangan kedua {m.folder} tidak dapat ditulis ({m.detail}); salinan "
                                 "tidak dibuat. Cadangan di komputer ini tetap ada.",
                                 f"The second backup folder {m.folder} cannot be written ({m.detail}); no copy "
                                 "was made. The backup on this computer stands."))
    return pair[0] if lang == "id" else pair[1]


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
        say(lang, f"Catatan: folder {st.backup_second_dir} belum ada sekarang; salinan dibuat saat drive itu dipasang.",
            f"Note: the folder {st.backup_second_dir} is not there now; copies are made while the drive is plugged in.")
    return EXIT_OK
