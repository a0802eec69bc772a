"""The command line. Thin: parses, checks the database (start-up guard), calls services, prints,
returns an exit code. Commands live in cli_desk.py (users, intake, doctor, backups) and
cli_sync.py (enroll, sync).

Exit codes: 0 ok; 1 usage or validation error (bad input, some intake lines rejected,
wrong login); 2 other failure; 3 database problem; 4 desk not set up yet; sync and enroll add
5 not enrolled, 6 auth refused by the hub, 7 hub unreachable, 8 partial sync (see README).
Global options (--data-dir, --lang, -v) are accepted before or after the command; --help is in
the language chosen by --lang (or LAPOR_LANG), Indonesian by default.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from lapor_desktop import __version__
from lapor_desktop.cli_common import (EXIT_AUTH_REFUSED, EXIT_FAIL, EXIT_NOT_ENROLLED, EXIT_NOT_SET_UP,  # noqa: F401
                                      EXIT_OK, EXIT_PARTIAL, EXIT_STORE, EXIT_UNREACHABLE, EXIT_USAGE,
                                      failure_text, folder_error_text, say_errors, store_error_text, tell)
from lapor_desktop.cli_sync import sync_exit_code  # noqa: F401 - part of this module's interface

log = logging.getLogger("lapor_desktop.cli")

# commands that must run even when the database is missing or damaged (they are the way out)
_NO_GUARD = {"restore", "backups", "doctor"}


class _Parser(argparse.ArgumentParser):
    lang = "id"

    def error(self, message: str) -> None:  # usage errors exit 1, not argparse's 2
        self.print_usage(sys.stderr)
        word = "galat" if self.lang == "id" else "error"
        self.exit(EXIT_USAGE, f"{self.prog}: {word}: {message}\n")


def _pre_lang(argv: list[str]) -> str:
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("id", "en") else "id"
        if a.startswith("--lang="):
            v = a.split("=", 1)[1]
            return v if v in ("id", "en") else "id"
    env = os.environ.get("LAPOR_LANG", "id")
    return env if env in ("id", "en") else "id"


def _users_parsers(sub, add, t, P) -> None:  # type: ignore[no-untyped-def]  # noqa: N803
    """``lapor-desktop users …``: office-wide staff accounts (services/users.py, services/accounts.py)."""
    u = add(sub, "users", "akun petugas", "staff accounts")
    usub = u.add_subparsers(dest="users_command", metavar=t("TINDAKAN", "ACTION"), required=True, parser_class=P)
    ua = add(usub, "add", "tambah akun", "add an account")
    ua.add_argument("login")
    ua.add_argument("--role", required=True, help="front_desk, verifier, liaison, supervisor, admin")
    ua.add_argument("--name", default="", help=t("nama lengkap", "full name"))
    ua.add_argument("--agency-id", type=int, help=t("instansi (untuk penghubung)", "agency (for a liaison)"))
    ua.add_argument("--password-stdin", action="store_true",
                    help=t("baca kata sandi dari stdin (untuk pipa/skrip)", "read the password from stdin (pipes, scripts)"))
    add(usub, "list", "daftar akun", "list accounts")
    for name, id_, en in (("disable", "nonaktifkan akun", "disable an account"),
                          ("enable", "aktifkan akun", "enable an account"),
                          ("unlock", "buka jeda masuk setelah 5 kali gagal", "lift the pause after 5 failed sign-ins")):
        add(usub, name, id_, en).add_argument("login")
    pw = add(usub, "passwd", "ganti kata sandi", "change a password")
    pw.add_argument("login")
    pw.add_argument("--password-stdin", action="store_true",
                    help=t("baca kata sandi dari stdin", "read the password from stdin"))
    sr = add(usub, "set-role", "ganti peran atau instansi akun", "change an account's role or agency")
    sr.add_argument("login")
    sr.add_argument("--role", required=True, help="front_desk, verifier, liaison, supervisor, admin")
    sr.add_argument("--agency-id", type=int, help=t("instansi (untuk penghubung)", "agency (for a liaison)"))
    sr.add_argument("--name", default=None, help=t("nama lengkap", "full name"))
    for sp in usub.choices.values():  # office-wide changes name who made them (services/accounts.py)
        sp.add_argument("--as", dest="as_login", metavar="LOGIN", default=None,
                        help=t("admin yang mengubah (default: admin tertua meja ini)",
                               "the admin making the change (default: this desk's oldest admin)"))


def _parser_class(lang: str, t):  # type: ignore[no-untyped-def]
    """The parser class of every level: usage errors exit 1, help and titles in ``lang``."""

    class Fmt(argparse.HelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
            return super().add_usage(usage, actions, groups, t("pemakaian: ", "usage: ") if prefix is None else prefix)

    class P(_Parser):
        def __init__(self, *a, **kw) -> None:  # type: ignore[no-untyped-def]
            kw.setdefault("formatter_class", Fmt)
            kw["add_help"] = False
            super().__init__(*a, **kw)
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=t("tampilkan bantuan ini lalu keluar", "show this help and exit"))
            if lang == "id":
                self._positionals.title = "argumen posisi"
                self._optionals.title = "opsi"

    P.lang = lang
    return P


def _common_options(t, suppress: bool) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
    """--data-dir, --lang, -v: before the command (defaults) and after it (suppressed defaults)."""
    c = argparse.ArgumentParser(add_help=False)
    d = argparse.SUPPRESS if suppress else None
    c.add_argument("--data-dir", metavar="DIR", default=d,
                   help=t("folder data (default: LAPOR_DESKTOP_HOME atau folder pengguna)",
                          "data folder (default: LAPOR_DESKTOP_HOME or the user's folder)"))
    c.add_argument("--lang", choices=["id", "en"], default=d,
                   help=t("bahasa (default: id)", "language (default: id)"))
    c.add_argument("-v", "--verbose", action="store_true", default=d if suppress else False,
                   help=t("catatan log terperinci", "detailed log"))
    return c


def _setup_parser(sub, add, t) -> None:  # type: ignore[no-untyped-def]
    s = add(sub, "setup", "siapkan meja ini untuk sebuah kantor", "set up this desk for an office")
    s.add_argument("--office-code", required=True, help=t("kode kantor, mis. TIDORE", "office code, e.g. TIDORE"))
    s.add_argument("--office-name", required=True, help=t("nama kantor", "office name"))
    s.add_argument("--device-name", default="", help=t("nama meja/komputer ini", "name of this desk/computer"))
    s.add_argument("--desk-code", default="", help=t("kode meja pada nomor tanda terima (default: dibuat otomatis)",
                                                     "desk code in receipt numbers (default: made automatically)"))
    s.add_argument("--reference", type=Path,
                   help=t("berkas JSON data referensi (instansi, wilayah, ...); nama berkas bawaan, mis. "
                          "tidore-kepulauan.json, juga diterima",
                          "reference data JSON file (agencies, regions, ...); a bundled file's name, e.g. "
                          "tidore-kepulauan.json, also works"))
    s.add_argument("--timezone", help=t("zona waktu kantor (default Asia/Jayapura, WIT)",
                                        "office time zone (default Asia/Jayapura, WIT)"))


def _desk_parsers(sub, add, t, P) -> None:  # type: ignore[no-untyped-def]  # noqa: N803
    """intake, doctor, backup, backups, restore."""
    i = add(sub, "intake", "catat pengaduan dari JSON Lines", "record complaints from JSON Lines")
    i.add_argument("file", help=t("berkas .jsonl atau - untuk stdin", ".jsonl file or - for stdin"))
    i.add_argument("--as", dest="as_login", required=True, metavar="LOGIN",
                   help=t("petugas yang mencatat", "the officer recording"))

    add(sub, "doctor", "periksa lokasi data, skema, integritas, jumlah, cadangan",
        "check data folders, schema, integrity, counts, backups")

    b = add(sub, "backup", "buat cadangan basis data yang sudah diperiksa", "make a checked backup of the database")
    b.add_argument("--to", type=Path, metavar="DIR", help=t("folder tujuan (default: folder backups)",
                                                            "target folder (default: the backups folder)"))
    bl = add(sub, "backups", "cadangan yang ada", "existing backups")
    blsub = bl.add_subparsers(dest="backups_command", metavar=t("TINDAKAN", "ACTION"), required=True, parser_class=P)
    bll = add(blsub, "list", "daftar cadangan (terbaru dulu) dan keadaannya", "list backups (newest first) and their state")
    bll.add_argument("--dir", metavar="DIR", help=t("folder cadangan lain (mis. USB)", "another backup folder (e.g. USB)"))
    bls = add(blsub, "set", "folder cadangan kedua (mis. drive USB) dan batas umur cadangan",
              "the second backup folder (e.g. a USB drive) and the backup age limit")
    bls.add_argument("--second-folder", metavar="DIR", help=t("folder cadangan kedua; \"\" untuk tidak memakai",
                                                               "second backup folder; \"\" for none"))
    bls.add_argument("--warn-hours", type=int, metavar="N", help=t("peringatan bila cadangan terbaru lebih tua "
                                                                   "dari N jam", "warn when the newest backup is "
                                                                   "older than N hours"))
    rs = add(sub, "restore", "pulihkan basis data dari cadangan (diperiksa dulu; yang lama disimpan)",
             "restore the database from a backup (checked first; the old one is kept)")
    rs.add_argument("file", nargs="?", help=t("berkas cadangan", "backup file"))
    rs.add_argument("--latest", action="store_true", help=t("cadangan baik yang terbaru", "the newest good backup"))


def _reference_parsers(sub, add, t, P) -> None:  # type: ignore[no-untyped-def]  # noqa: N803
    """reference data and office closure days."""
    r = add(sub, "reference", "data referensi", "reference data")
    rsub = r.add_subparsers(dest="reference_command", metavar=t("TINDAKAN", "ACTION"), required=True, parser_class=P)
    add(rsub, "load", "muat berkas JSON referensi", "load a reference JSON file").add_argument("file", type=Path)

    c = add(sub, "closures", "hari libur kantor tambahan (cuti bersama)", "extra office closure days")
    csub = c.add_subparsers(dest="closures_command", metavar=t("TINDAKAN", "ACTION"), required=True, parser_class=P)
    add(csub, "list", "daftar hari libur", "list closure days")
    ca = add(csub, "add", "tambah hari libur", "add a closure day")
    ca.add_argument("date", help="YYYY-MM-DD")
    ca.add_argument("name", nargs="?", default="Cuti bersama")
    add(csub, "remove", "hapus hari libur", "remove a closure day").add_argument("date")


def _sync_parsers(sub, add, t) -> None:  # type: ignore[no-untyped-def]
    """enroll, sync, sync-status."""
    en = add(sub, "enroll", "daftarkan meja ini pada hub", "enrol this desk with a hub")
    en.add_argument("--hub", required=True, metavar="URL", help=t("alamat hub, mis. https://hub.example.go.id",
                                                                  "hub address, e.g. https://hub.example.go.id"))
    en.add_argument("--code", required=True, help=t("kode pendaftaran sekali pakai dari admin hub",
                                                    "single-use enrolment code from the hub admin"))
    en.add_argument("--device-name", default=None, help=t("nama meja ini di hub", "this desk's name at the hub"))
    en.add_argument("--ca-bundle", default=None, metavar="FILE",
                    help=t("berkas CA (PEM) untuk sertifikat hub dari CA pemerintah",
                           "CA file (PEM) for a hub certificate from a government CA"))

    sy = add(sub, "sync", "satu kali sinkronisasi penuh (untuk Task Scheduler/cron)",
             "one full sync (for Task Scheduler/cron)")
    sy.add_argument("--quiet", action="store_true", help=t("tanpa baris kemajuan di stderr", "no progress lines on stderr"))
    sy.add_argument("--reference", action="store_true", help=t("periksa data referensi sekarang juga",
                                                               "check reference data now"))
    sy.add_argument("--json", action="store_true", help=t("cetak laporan JSON di stdout", "print a JSON report on stdout"))
    sy.add_argument("--retries", type=int, default=5, metavar="N",
                    help=t("percobaan ulang per permintaan bila jaringan putus (default 5; jeda 1 s, 2 s, 4 s ...)",
                           "retries per request when the link drops (default 5; waits 1 s, 2 s, 4 s ...)"))

    add(sub, "sync-status", "status sinkronisasi (JSON): antrean, riwayat, ditolak, selisih jam",
        "sync status (JSON): queue, history, rejected, clock skew")


def build_parser(lang: str = "id") -> argparse.ArgumentParser:
    def t(id_: str, en: str) -> str:
        return id_ if lang == "id" else en

    P = _parser_class(lang, t)  # noqa: N806
    sub_common = _common_options(t, True)
    p = P(prog="lapor-desktop", parents=[_common_options(t, False)],
          description=t("LAPOR! Desk: meja pengaduan luring untuk SP4N-LAPOR!",
                        "LAPOR! Desk: offline complaint desk for SP4N-LAPOR!"),
          epilog=t("Opsi umum (--data-dir, --lang, -v) boleh ditulis sebelum atau sesudah perintah.",
                   "Global options (--data-dir, --lang, -v) may come before or after the command."))
    p.add_argument("--version", action="version", version=f"lapor-desktop {__version__}",
                   help=t("tampilkan versi lalu keluar", "show the version and exit"))
    p.add_argument("--demo", action="store_true",
                   help=t("buka profil demo dengan data contoh dan hub latihan",
                          "open the demo profile with sample data and a training hub"))
    p.add_argument("--self-test", action="store_true",
                   help=t("uji mandiri tanpa layar lalu keluar", "headless self-test, then exit"))
    sub = p.add_subparsers(dest="command", metavar=t("PERINTAH", "COMMAND"), parser_class=P,
                           title=t("perintah", "commands"))

    def add(parent, name: str, id_: str, en: str):  # type: ignore[no-untyped-def]
        return parent.add_parser(name, help=t(id_, en), description=t(id_, en), parents=[sub_common])

    add(sub, "gui", "jalankan program (default)", "run the program (default)")
    _setup_parser(sub, add, t)
    _users_parsers(sub, add, t, P)
    _desk_parsers(sub, add, t, P)
    _reference_parsers(sub, add, t, P)
    _sync_parsers(sub, add, t)
    from lapor_desktop import cli_exchange

    cli_exchange.add_parsers(sub, add, t)
    from lapor_desktop import cli_audit

    cli_audit.add_parsers(sub, add, t)
    return p


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or os.environ.get("LAPOR_LANG", "id")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_pre_lang(argv))
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if command == "gui" or args.demo or args.self_test:
        from lapor_desktop.app import run_gui  # Qt only when the GUI is wanted

        return run_gui(args)

    from lapor_desktop.core.errors import InvalidInput, LaporError, NotSetUp, StoreError
    from lapor_desktop.core.logsetup import setup_logging
    from lapor_desktop.core.paths import AppPaths

    lang = _lang(args)
    paths = AppPaths.resolve(args.data_dir)
    setup_logging(paths.log_file, logging.DEBUG if args.verbose else logging.INFO)
    try:
        if command not in _NO_GUARD:
            code = guard(paths, lang)
            if code is not None:
                return code
        return _dispatch(command, args, paths, lang)
    except InvalidInput as exc:
        tell("cli.invalid_input", lang)
        say_errors(exc.errors, lang)
        return EXIT_USAGE
    except NotSetUp:
        tell("cli.not_set_up", lang)
        return EXIT_NOT_SET_UP
    except StoreError as exc:
        print(store_error_text(exc.code, str(exc.params.get("folder", paths.data_dir)), str(exc), lang),
              file=sys.stderr)
        return EXIT_STORE
    except LaporError as exc:
        print(failure_text(exc, lang), file=sys.stderr)
        return exc.exit_code if exc.exit_code else EXIT_FAIL
    except PermissionError as exc:  # a folder that cannot be written (read-only disk, rights)
        print(folder_error_text(str(Path(exc.filename).parent if exc.filename else paths.data_dir),
                                exc.strerror or str(exc), lang), file=sys.stderr)
        return EXIT_FAIL
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC
            print(store_error_text("disk_full", str(Path(exc.filename).parent if exc.filename else paths.data_dir),
                                   str(exc), lang), file=sys.stderr)
            return EXIT_STORE
        if exc.errno == 30:  # EROFS
            print(folder_error_text(str(exc.filename or paths.data_dir), exc.strerror or str(exc), lang),
                  file=sys.stderr)
            return EXIT_FAIL
        raise


def guard(paths, lang: str) -> int | None:  # type: ignore[no-untyped-def]
    """The start-up guard (services/backup.py); an exit code when the command must not run."""
    from lapor_desktop.services.backup import startup_check

    rep = startup_check(paths)
    if rep.ok:
        return None
    print(rep.sentence(lang), file=sys.stderr)
    return EXIT_STORE


def _setup(args, paths, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.services.desk import find_reference, setup_desk

    ref = None
    if args.reference is not None:
        ref = find_reference(args.reference)
        if ref is None:
            tell("cli.reference_not_found", lang, file=args.reference, cwd=Path.cwd())
            return EXIT_USAGE
    desk = setup_desk(paths, office_code=args.office_code, office_name=args.office_name,
                      device_name=args.device_name, desk_code=args.desk_code,
                      reference_file=ref, timezone=args.timezone)
    st = desk.settings
    print(json.dumps({"office_code": st.office_code, "office_name": st.office_name,
                      "device_id": st.device_id, "desk_code": st.desk_code,
                      "data_dir": str(paths.data_dir)}, ensure_ascii=False))
    desk.close()
    return EXIT_OK


def _dispatch(command: str, args: argparse.Namespace, paths, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop import cli_desk

    if command == "setup":
        return _setup(args, paths, lang)
    if command == "doctor":
        return cli_desk.doctor(paths, lang)
    if command == "backups":
        return cli_desk.backups_list(paths, args, lang)
    if command == "restore":
        return cli_desk.restore(paths, args, lang)
    if command == "backup":
        if not paths.db_path.is_file():
            tell("cli.no_database", lang)
            return EXIT_NOT_SET_UP
        return cli_desk.backup(paths, args, lang)

    if command == "sync-status":  # an up-to-date database is read without SQLAlchemy
        from lapor_desktop.cli_sync import sync_status_quick

        code = sync_status_quick(paths, lang)
        if code is not None:
            return code
    early = None
    if command == "sync":  # its first request goes out while the database layer loads
        from lapor_desktop.services.sync.early import send_first_exchange

        early = send_first_exchange(paths)
    from lapor_desktop.services.desk import open_desk

    try:
        desk = open_desk(paths)
    except BaseException:
        _end_early(early)
        raise
    try:
        if command == "users":
            return cli_desk.users(desk, args, lang)
        if command == "intake":
            from lapor_desktop.cli_intake import intake

            return intake(desk, args, lang)
        if command == "reference":
            from lapor_desktop.services.reference import ReferenceService

            counts = ReferenceService(desk).load_file(args.file)
            print(json.dumps(counts))
            return EXIT_OK
        if command in ("export", "import", "report", "template"):
            from lapor_desktop import cli_exchange

            return cli_exchange.run(command, desk, args, lang)
        if command == "audit":
            from lapor_desktop import cli_audit

            return cli_audit.run(desk, args, lang)
        if command in ("enroll", "sync", "sync-status"):
            from lapor_desktop.cli_sync import sync_commands

            return sync_commands(command, desk, args, lang, early)
        if command == "closures":
            from lapor_desktop.services.reference import ReferenceService

            svc = ReferenceService(desk)
            if args.closures_command == "list":
                for c in svc.closures():
                    print(f"{c.day}\t{c.name}")
            elif args.closures_command == "add":
                svc.add_closure(None, args.date, args.name)
            else:
                svc.remove_closure(None, args.date)
            return EXIT_OK
    finally:
        _end_early(early)
        desk.close()
    return EXIT_USAGE


def _end_early(early) -> None:  # type: ignore[no-untyped-def]
    """An early first exchange's thread and connection end with the command, taken or not."""
    if early is not None:
        transport, exchange = early
        exchange.end()
        transport.close()


if __name__ == "__main__":
    raise SystemExit(main())
