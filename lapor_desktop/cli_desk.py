"""The command line's desk commands: users, intake, doctor, backup, backups, restore."""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path

from lapor_desktop import __version__
from lapor_desktop.cli_common import (EXIT_NOT_SET_UP, EXIT_OK, EXIT_STORE, EXIT_USAGE, tell)
from lapor_desktop.core.text import say as words


class _Usage(Exception):
    """A usage problem found by a command; the message is already in the user's language."""


def _read_password(from_stdin: bool, lang: str) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise _Usage(words("cli.password_no_keyboard", lang))
    try:
        first = getpass.getpass("Kata sandi / Password: ")
        second = getpass.getpass("Ulangi / Repeat: ")
    except EOFError:
        raise _Usage(words("cli.password_none", lang)) from None
    if first != second:
        raise _Usage(words("cli.passwords_differ", lang))
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
                tell("cli.no_accounts", lang)
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
                tell("cli.unlocked", lang, login=args.login)
            else:
                tell("cli.not_paused", lang, login=args.login)
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

    def problem(code: str, key: str = "", **params: object) -> None:
        problems.append({"code": code, "message": words(key or f"cli.doctor.{code}", lang, **params)})

    settings = Settings()
    try:
        if paths.settings_file.exists():
            settings = load_settings(paths.settings_file)
    except Exception as exc:  # noqa: BLE001 - reported, the other checks still run
        problem("settings_unreadable", file=paths.settings_file, error=exc)
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        if folder.exists() and not os.access(folder, os.W_OK):
            problem("folder_read_only", folder=folder)
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
            problem("database_missing", file=paths.db_path)
    elif not fc.ok:
        problem(f"database_{fc.problem}", "cli.doctor.database_damaged", problem=fc.problem, detail=fc.detail)
    if fc.ok:
        if fc.revision != head_revision():
            problem("schema_old", revision=fc.revision, head=head_revision())
        report["counts"] = _counts(paths.db_path, problem, settings.device_id)
    if not settings.is_set_up:
        problem("not_set_up")
    good = _backup_report(paths, settings, report, problem)
    if settings.is_set_up and fc.ok and not good:
        problem("no_backup")
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
            problem("second_folder_missing", folder=second)
    state = paths.data_dir / "integrity-check.json"
    try:
        report["integrity_checked_at"] = json.loads(state.read_text(encoding="utf-8")).get("last_run")
    except (OSError, ValueError):
        report["integrity_checked_at"] = None
    if (paths.data_dir / "integrity-problem.json").is_file():
        problem("integrity_problem")
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
        problem("event_chain_broken", event=bad.id, seq=bad.device_seq)


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
        problem("counts_failed", error=exc)
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
        tell("cli.no_backups", lang, folder=folder)
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
        tell("cli.restore_what", lang)
        return EXIT_USAGE
    if args.file and not Path(args.file).is_file():
        tell("cli.backup_file_not_found", lang, file=args.file)
        return EXIT_USAGE
    try:
        used, moved = backup_svc.restore(paths, Path(args.file) if args.file else None, latest=args.latest)
    except LaporError as exc:
        if exc.params.get("problem") == "in_use":
            tell("cli.restore_in_use", lang)
            return EXIT_STORE
        if exc.code == "no_backup":
            tell("cli.restore_no_good_backup", lang, folder=paths.backups_dir)
            return EXIT_STORE
        tell("cli.restore_unusable", lang, file=exc.params.get("file"), problem=exc.params.get("problem"))
        return EXIT_STORE
    print(json.dumps({"restored_from": str(used), "replaced_kept_at": str(moved) if moved else None},
                     ensure_ascii=False))
    tell("cli.restored", lang)
    return EXIT_OK
