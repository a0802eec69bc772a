"""The command line's desk commands: users, intake, doctor, backup, backups, restore."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

from lapor_desktop import __version__
from lapor_desktop.cli_common import (EXIT_NOT_SET_UP, EXIT_OK, EXIT_STORE, EXIT_USAGE, say)


class _Usage(Exception):
    """A usage problem found by a command; the message is already in the user's language."""


def _read_password(from_stdin: bool, lang: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise _Usage("Kata sandi tidak dapat ditanyakan karena masukan bukan dari papan ketik. Untuk masukan "
                     "dari pipa/berkas tambahkan --password-stdin." if lang == "id" else
                     "The password cannot be asked for: input is not a keyboard. For piped input add "
                     "--password-stdin.")
    try:
        first = getpass.getpass("Kata sandi / Password: ")
        second = getpass.getpass("Ulangi / Repeat: ")
    except EOFError:
        raise _Usage("Tidak ada kata sandi yang dimasukkan." if lang == "id" else "No password was entered.") from None
    if first != second:
        raise _Usage("Kata sandi tidak sama." if lang == "id" else "The passwords differ.")
    return first


def users(desk, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.services.users import UserService

    svc = UserService(desk)
    cmd = args.users_command
    # --as LOGIN: that admin's session (the command line's trusted local path); without it the
    # machine's administrator, named in the office's account events as this desk's oldest admin
    as_login = getattr(args, "as_login", None)
    actor = svc.open_local_session(as_login) if as_login else None
    try:
        if cmd == "add":
            password = _read_password(args.password_stdin, lang)
            u = svc.add(actor, login=args.login, role=args.role, password=password, name=args.name,
                        agency_id=args.agency_id)
            print(json.dumps({"login": u.login, "role": u.role, "name": u.name, "agency_id": u.agency_id}))
        elif cmd == "list":
            rows = svc.list()
            if not rows:
                say(lang, "Belum ada akun. Tambahkan dengan: lapor-desktop users add LOGIN --role admin "
                          "--password-stdin",
                    "No accounts yet. Add one with: lapor-desktop users add LOGIN --role admin --password-stdin")
            for u in rows:
                state = "nonaktif" if u.disabled else "aktif"
                print(f"{u.login}\t{u.role}\t{u.name}\t{u.agency_id or ''}\t{state}")
        elif cmd in ("disable", "enable"):
            svc.set_disabled(actor, args.login, cmd == "disable")
        elif cmd == "set-role":
            u = svc.change(actor, args.login, role=args.role, agency_id=args.agency_id, name=args.name)
            print(json.dumps({"login": u.login, "role": u.role, "name": u.name, "agency_id": u.agency_id}))
        elif cmd == "unlock":
            if svc.unlock(actor, args.login):
                say(lang, f"Jeda masuk untuk {args.login} sudah dibuka.", f"Sign-in pause lifted for {args.login}.")
            else:
                say(lang, f"Masuk untuk {args.login} tidak sedang dijeda.", f"Sign-in was not paused for {args.login}.")
        elif cmd == "passwd":
            svc.set_password(actor, args.login, _read_password(args.password_stdin, lang))
    except _Usage as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    finally:
        if actor is not None:
            svc.sign_out(actor)
    return EXIT_OK


# ---------------------------------------------------------------- doctor

def doctor(paths, lang: str) -> int:  # type: ignore[no-untyped-def]
    """Every check runs; each problem found is listed (never stops at the first). Creates nothing."""
    import os

    from lapor_desktop.core.settings import Settings, load_settings
    from lapor_desktop.store import backup as bk
    from lapor_desktop.store.revisions import head_revision, known_revisions

    problems: list[dict] = []

    def problem(code: str, id_: str, en: str) -> None:
        problems.append({"code": code, "message": id_ if lang == "id" else en})

    settings = Settings()
    try:
        if paths.settings_file.exists():
            settings = load_settings(paths.settings_file)
    except Exception as exc:  # noqa: BLE001 - reported, the other checks still run
        problem("settings_unreadable", f"Berkas pengaturan {paths.settings_file} tidak dapat dibaca ({exc}).",
                f"The settings file {paths.settings_file} cannot be read ({exc}).")
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        if folder.exists() and not os.access(folder, os.W_OK):
            problem("folder_read_only", f"Folder {folder} tidak dapat ditulis.", f"The folder {folder} cannot be written.")
    fc = bk.check_file(paths.db_path, full=True, known_revisions=known_revisions())
    report: dict = {
        "version": __version__, "data_dir": str(paths.data_dir), "config_dir": str(paths.config_dir),
        "log_dir": str(paths.log_dir), "database": str(paths.db_path),
        "database_bytes": paths.db_path.stat().st_size if paths.db_path.is_file() else 0,
        "schema": fc.revision, "schema_head": head_revision(),
        "integrity": "ok" if fc.ok else (fc.problem if fc.problem != "missing" else "no database"),
        "set_up": settings.is_set_up, "office_code": settings.office_code,
        "desk_code": settings.desk_code, "device_id": settings.device_id,
    }
    if fc.problem == "missing":
        if settings.is_set_up:
            problem("database_missing", f"Basis data {paths.db_path} tidak ada padahal meja ini sudah disiapkan.",
                    f"The database {paths.db_path} is missing although this desk is set up.")
    elif not fc.ok:
        problem(f"database_{fc.problem}", f"Basis data rusak ({fc.problem}): {fc.detail}",
                f"The database is damaged ({fc.problem}): {fc.detail}")
    if fc.ok:
        if fc.revision != head_revision():
            problem("schema_old", f"Skema {fc.revision} belum diperbarui ke {head_revision()} (diperbarui saat "
                                  "program dibuka).", f"Schema {fc.revision} is older than {head_revision()} "
                                                      "(updated when the program opens).")
        report["counts"] = _counts(paths.db_path, problem, settings.device_id)
    if not settings.is_set_up:
        problem("not_set_up", "Meja ini belum disiapkan. Jalankan: lapor-desktop setup --office-code KODE "
                              "--office-name NAMA (atau buka program untuk wizard penyiapan).",
                "This desk is not set up. Run: lapor-desktop setup --office-code CODE --office-name NAME "
                "(or open the program for the set-up wizard).")
    good = _backup_report(paths, settings, report, problem)
    if settings.is_set_up and fc.ok and not good:
        problem("no_backup", "Belum ada cadangan yang baik. Jalankan: lapor-desktop backup",
                "There is no good backup yet. Run: lapor-desktop backup")
    report["problems"] = problems
    print(json.dumps(report, ensure_ascii=False, indent=2))
    for p in problems:
        print(p["message"], file=sys.stderr)
    if not fc.ok and fc.problem != "missing" or fc.problem == "missing" and settings.is_set_up:
        return EXIT_STORE
    if any(p["code"] == "counts_failed" for p in problems):
        return EXIT_STORE
    if not settings.is_set_up:
        return EXIT_NOT_SET_UP
    return EXIT_OK


def _backup_report(paths, settings, report: dict, problem):  # type: ignore[no-untyped-def]
    """doctor's backups: both folders' newest good backup, the weekly check, its damage mark."""
    from lapor_desktop.store import backup as bk
    from lapor_desktop.store.revisions import known_revisions

    backups = bk.list_backups(paths.backups_dir)
    good = bk.newest_good(paths.backups_dir, known_revisions()) if backups else None
    report["backups"] = {"count": len(backups),
                         "newest_good": good[0].taken_at.isoformat() if good else None,
                         "newest_good_file": str(good[0].path) if good else None}
    second = (settings.backup_second_dir or "").strip()
    report["backups"]["second_folder"] = second or None
    if second:
        second_good = bk.newest_good(Path(second), known_revisions()) if Path(second).is_dir() else None
        report["backups"]["second_newest_good"] = second_good[0].taken_at.isoformat() if second_good else None
        if not Path(second).is_dir():
            problem("second_folder_missing", f"Folder cadangan kedua {second} tidak ada (drive USB belum dipasang?).",
                    f"The second backup folder {second} is not there (USB drive not plugged in?).")
    state = paths.data_dir / "integrity-check.json"
    try:
        report["integrity_checked_at"] = json.loads(state.read_text(encoding="utf-8")).get("last_run")
    except (OSError, ValueError):
        report["integrity_checked_at"] = None
    if (paths.data_dir / "integrity-problem.json").is_file():
        problem("integrity_problem", "Pemeriksaan mingguan menemukan kerusakan; buka program (atau jalankan perintah "
                                     "apa pun) agar berkas diperiksa penuh dan cadangan ditawarkan.",
                "The weekly check found damage; start the program (or any command) so the file is checked in full "
                "and a backup is offered.")
    return good


def _check_chain(conn, device_id: str, problem) -> None:  # type: ignore[no-untyped-def]
    """This desk's own event chain (domain/chain.py): an event rewritten or deleted after it was
    written breaks it."""
    import json as _json
    import sqlite3

    from lapor_desktop.domain.chain import first_break
    from lapor_desktop.domain.model import Event

    try:
        rows = conn.execute("SELECT id, complaint_id, type, device_id, device_seq, hlc, occurred_at, actor_user, "
                            "actor_role, data_json, base, prev FROM events WHERE device_id = ?", (device_id,)).fetchall()
    except sqlite3.Error:
        return  # a database from before chains
    events = [Event(id=r[0], complaint_id=r[1], type=r[2], device_id=r[3], device_seq=r[4], hlc=r[5],
                    occurred_at=r[6], actor_user=r[7], actor_role=r[8], data=_json.loads(r[9]), base=r[10],
                    prev=r[11]) for r in rows]
    bad = first_break(events)
    if bad is not None:
        problem("event_chain_broken",
                f"Riwayat kejadian meja ini telah diubah atau dihapus sebelum kejadian {bad.id} "
                f"(nomor urut {bad.device_seq}).",
                f"This desk's event history was changed or deleted before event {bad.id} "
                f"(sequence {bad.device_seq}).")


def _counts(db_path: Path, problem, device_id: str = "") -> dict:  # type: ignore[no-untyped-def]
    import sqlite3

    out: dict = {}
    try:
        conn = sqlite3.connect(f"file:{db_path.as_posix()}?mode=ro", uri=True)
        try:
            q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
            out = {"complaints": q("SELECT count(*) FROM complaints"), "events": q("SELECT count(*) FROM events"),
                   "outbox_pending": q("SELECT count(*) FROM outbox"), "users": q("SELECT count(*) FROM users"),
                   "attachments": q("SELECT count(*) FROM attachments"),
                   "by_status": dict(conn.execute("SELECT status, count(*) FROM complaints GROUP BY status").fetchall())}
            if device_id:
                _check_chain(conn, device_id, problem)
            for key, sql in (("rejected_events", "SELECT count(*) FROM events WHERE reject_code IS NOT NULL"),
                             ("conflicts", "SELECT count(*) FROM complaints WHERE has_conflict = 1")):
                try:
                    out[key] = q(sql)
                except sqlite3.Error:
                    pass
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problem("counts_failed", f"Jumlah data tidak dapat dibaca: {exc}", f"Counts could not be read: {exc}")
    return out


# ---------------------------------------------------------------- backup, backups, restore

def backup(paths, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.cli_backup import backup as backup_cmd

    return backup_cmd(paths, args, lang)


def backups_list(paths, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    if getattr(args, "backups_command", "list") == "set":
        from lapor_desktop.cli_backup import backups_set

        return backups_set(paths, args, lang)
    from lapor_desktop.store import backup as bk
    from lapor_desktop.store.revisions import known_revisions

    folder = Path(args.dir) if getattr(args, "dir", None) else paths.backups_dir
    items = bk.list_backups(folder)
    if not items:
        say(lang, f"Belum ada cadangan di {folder}. Buat dengan: lapor-desktop backup",
            f"No backups in {folder} yet. Make one with: lapor-desktop backup")
    revs = known_revisions()
    for b in items:
        fc = bk.check_file(b.path, known_revisions=revs)
        state = "baik" if fc.ok else f"rusak:{fc.problem}"
        if lang != "id":
            state = "good" if fc.ok else f"bad:{fc.problem}"
        print(f"{b.taken_at.astimezone():%Y-%m-%d %H:%M}\t{b.label}\t{b.size}\t{state}\t"
              f"{fc.counts.get('complaints', '')}\t{b.path}")
    return EXIT_OK


def restore(paths, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.core.errors import LaporError
    from lapor_desktop.services import backup as backup_svc

    if not args.latest and not args.file:
        say(lang, "Sebutkan berkas cadangan atau --latest.", "Name a backup file or --latest.")
        return EXIT_USAGE
    if args.file and not Path(args.file).is_file():
        say(lang, f"Berkas cadangan tidak ditemukan: {args.file}", f"Backup file not found: {args.file}")
        return EXIT_USAGE
    try:
        used, moved = backup_svc.restore(paths, Path(args.file) if args.file else None, latest=args.latest)
    except LaporError as exc:
        if exc.params.get("problem") == "in_use":
            say(lang, "Basis data sedang dipakai (program LAPOR! Desk atau sinkronisasi terjadwal masih berjalan). "
                      "Tutup program itu dulu, lalu ulangi; tidak ada yang diubah.",
                "The database is in use (LAPOR! Desk or a scheduled sync is running). Close it first, then try "
                "again; nothing was changed.")
            return EXIT_STORE
        if exc.code == "no_backup":
            say(lang, f"Tidak ada cadangan yang baik di {paths.backups_dir}.",
                f"There is no good backup in {paths.backups_dir}.")
            return EXIT_STORE
        say(lang, f"Cadangan {exc.params.get('file')} tidak dapat dipakai ({exc.params.get('problem')}); "
                  "tidak ada yang diubah.",
            f"The backup {exc.params.get('file')} cannot be used ({exc.params.get('problem')}); nothing was changed.")
        return EXIT_STORE
    print(json.dumps({"restored_from": str(used), "replaced_kept_at": str(moved) if moved else None},
                     ensure_ascii=False))
    say(lang, "Cadangan dipulihkan. Jalankan lapor-desktop sync untuk mengambil dari hub yang belum ada "
              "di cadangan.",
        "The backup was restored. Run lapor-desktop sync to fetch from the hub what the backup lacks.")
    return EXIT_OK
