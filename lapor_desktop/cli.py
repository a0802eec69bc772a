"""The command line. Thin: parses, calls services, prints, returns an exit code.

Exit codes: 0 ok; 1 usage or validation error (bad input, some intake lines rejected,
wrong login); 2 other failure; 3 database problem; 4 desk not set up yet; sync and enroll add
5 not enrolled, 6 auth refused by the hub, 7 hub unreachable, 8 partial sync (see README).
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from pathlib import Path

from lapor_desktop import __version__

EXIT_OK, EXIT_USAGE, EXIT_FAIL, EXIT_STORE, EXIT_NOT_SET_UP = 0, 1, 2, 3, 4
EXIT_NOT_ENROLLED, EXIT_AUTH_REFUSED, EXIT_UNREACHABLE, EXIT_PARTIAL = 5, 6, 7, 8

log = logging.getLogger("lapor_desktop.cli")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 1, not argparse's 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="lapor-desktop",
                description="LAPOR! Desk: meja pengaduan luring untuk SP4N-LAPOR! / "
                            "offline complaint desk for SP4N-LAPOR!")
    p.add_argument("--version", action="version", version=f"lapor-desktop {__version__}")
    p.add_argument("--data-dir", metavar="DIR", help="folder data (default: LAPOR_DESKTOP_HOME atau folder pengguna)")
    p.add_argument("--lang", choices=["id", "en"], help="bahasa / language (default: id)")
    p.add_argument("--demo", action="store_true", help="buka profil demo dengan data contoh dan hub latihan")
    p.add_argument("--self-test", action="store_true", help="uji mandiri tanpa layar lalu keluar")
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("gui", help="jalankan program (default)")

    s = sub.add_parser("setup", help="siapkan meja ini untuk sebuah kantor / set up this desk")
    s.add_argument("--office-code", required=True, help="kode kantor, mis. TIDORE")
    s.add_argument("--office-name", required=True, help="nama kantor")
    s.add_argument("--device-name", default="", help="nama meja/komputer ini")
    s.add_argument("--desk-code", default="", help="kode meja pada nomor tanda terima (default: dibuat otomatis)")
    s.add_argument("--reference", type=Path, help="berkas JSON data referensi (instansi, wilayah, ...)")
    s.add_argument("--timezone", help="zona waktu kantor (default Asia/Jayapura, WIT)")

    u = sub.add_parser("users", help="akun petugas / staff accounts")
    usub = u.add_subparsers(dest="users_command", metavar="ACTION", required=True, parser_class=_Parser)
    ua = usub.add_parser("add", help="tambah akun")
    ua.add_argument("login")
    ua.add_argument("--role", required=True, help="front_desk, verifier, liaison, supervisor, admin")
    ua.add_argument("--name", default="")
    ua.add_argument("--agency-id", type=int, help="instansi (untuk penghubung/liaison)")
    ua.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari stdin")
    usub.add_parser("list", help="daftar akun")
    for name, help_ in (("disable", "nonaktifkan akun"), ("enable", "aktifkan akun")):
        x = usub.add_parser(name, help=help_)
        x.add_argument("login")
    pw = usub.add_parser("passwd", help="ganti kata sandi")
    pw.add_argument("login")
    pw.add_argument("--password-stdin", action="store_true")

    i = sub.add_parser("intake", help="catat pengaduan dari JSON Lines / record complaints from JSON Lines")
    i.add_argument("file", help="berkas .jsonl atau - untuk stdin")
    i.add_argument("--as", dest="as_login", required=True, metavar="LOGIN", help="petugas yang mencatat")

    sub.add_parser("doctor", help="periksa lokasi data, skema, integritas, jumlah")

    b = sub.add_parser("backup", help="salinan cadangan basis data")
    b.add_argument("--to", type=Path, help="folder tujuan (default: folder backups)")

    r = sub.add_parser("reference", help="data referensi")
    rsub = r.add_subparsers(dest="reference_command", metavar="ACTION", required=True, parser_class=_Parser)
    rl = rsub.add_parser("load", help="muat berkas JSON referensi")
    rl.add_argument("file", type=Path)

    c = sub.add_parser("closures", help="hari libur kantor tambahan (cuti bersama)")
    csub = c.add_subparsers(dest="closures_command", metavar="ACTION", required=True, parser_class=_Parser)
    csub.add_parser("list")
    ca = csub.add_parser("add")
    ca.add_argument("date", help="YYYY-MM-DD")
    ca.add_argument("name", nargs="?", default="Cuti bersama")
    cr = csub.add_parser("remove")
    cr.add_argument("date")

    en = sub.add_parser("enroll", help="daftarkan meja ini pada hub / enrol this desk with a hub")
    en.add_argument("--hub", required=True, metavar="URL", help="alamat hub, mis. https://hub.example.go.id")
    en.add_argument("--code", required=True, help="kode pendaftaran sekali pakai dari admin hub")
    en.add_argument("--device-name", default=None, help="nama meja ini di hub")
    en.add_argument("--ca-bundle", default=None, metavar="FILE",
                    help="berkas CA (PEM) untuk sertifikat hub dari CA pemerintah")

    sy = sub.add_parser("sync", help="satu kali sinkronisasi penuh (untuk Task Scheduler/cron)")
    sy.add_argument("--quiet", action="store_true", help="tanpa baris kemajuan di stderr")
    sy.add_argument("--reference", action="store_true", help="periksa data referensi sekarang juga")
    sy.add_argument("--json", action="store_true", help="cetak laporan JSON di stdout")
    sy.add_argument("--retries", type=int, default=5, metavar="N",
                    help="percobaan ulang per permintaan bila jaringan putus (default 5; jeda 1 s, 2 s, 4 s ...)")

    from lapor_desktop import cli_exchange

    cli_exchange.add_parsers(sub, _Parser)
    sub.add_parser("sync-status", help="status sinkronisasi (JSON): antrean, riwayat, ditolak, selisih jam")
    return p


def _lang(args: argparse.Namespace) -> str:
    return args.lang or os.environ.get("LAPOR_LANG", "id")


def _say_errors(errors: list, lang: str) -> None:
    for e in errors:
        msg = e.message if lang == "id" else e.message_en
        print(f"  {msg}" if e.field and msg.startswith(e.field) else f"  {e.field}: {msg}", file=sys.stderr)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Kata sandi / Password: ")
    second = getpass.getpass("Ulangi / Repeat: ")
    if first != second:
        raise SystemExit("Kata sandi tidak sama / passwords differ")
    return first


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    command = args.command or "gui"
    if command == "gui" or args.demo or args.self_test:
        from lapor_desktop.app import run_gui  # Qt only when the GUI is wanted

        return run_gui(args)

    from lapor_desktop.core.errors import InvalidInput, LaporError, NotSetUp, StoreError
    from lapor_desktop.core.logsetup import setup_logging
    from lapor_desktop.core.paths import AppPaths

    paths = AppPaths.resolve(args.data_dir)
    setup_logging(paths.log_file, logging.DEBUG if args.verbose else logging.INFO)
    lang = _lang(args)
    try:
        return _dispatch(command, args, paths, lang)
    except InvalidInput as exc:
        print("Isian tidak sah / invalid input:" if lang == "id" else "Invalid input:", file=sys.stderr)
        _say_errors(exc.errors, lang)
        return EXIT_USAGE
    except NotSetUp:
        print("Meja ini belum disiapkan. Jalankan: lapor-desktop setup --office-code KODE --office-name NAMA"
              if lang == "id" else
              "This desk is not set up. Run: lapor-desktop setup --office-code CODE --office-name NAME",
              file=sys.stderr)
        return EXIT_NOT_SET_UP
    except StoreError as exc:
        print(f"Masalah basis data: {exc}", file=sys.stderr)
        return EXIT_STORE
    except LaporError as exc:
        print(f"Gagal ({exc.code}): {exc}" if lang == "id" else f"Failed ({exc.code}): {exc}", file=sys.stderr)
        return exc.exit_code if exc.exit_code else EXIT_FAIL


def _dispatch(command: str, args: argparse.Namespace, paths, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.services.desk import open_desk, setup_desk

    if command == "setup":
        desk = setup_desk(paths, office_code=args.office_code, office_name=args.office_name,
                          device_name=args.device_name, desk_code=args.desk_code,
                          reference_file=args.reference, timezone=args.timezone)
        st = desk.settings
        print(json.dumps({"office_code": st.office_code, "office_name": st.office_name,
                          "device_id": st.device_id, "desk_code": st.desk_code,
                          "data_dir": str(paths.data_dir)}, ensure_ascii=False))
        desk.close()
        return EXIT_OK

    desk = open_desk(paths)
    try:
        if command == "users":
            return _users(desk, args, lang)
        if command == "intake":
            return _intake(desk, args, lang)
        if command == "doctor":
            return _doctor(desk, paths)
        if command == "backup":
            from lapor_desktop.store.migrate import backup_file

            target = backup_file(desk.db.path, args.to or paths.backups_dir, "manual")
            print(str(target))
            return EXIT_OK
        if command == "reference":
            from lapor_desktop.services.reference import ReferenceService

            counts = ReferenceService(desk).load_file(args.file)
            print(json.dumps(counts))
            return EXIT_OK
        if command in ("export", "import", "report", "template"):
            from lapor_desktop import cli_exchange

            return cli_exchange.run(command, desk, args, lang)
        if command in ("enroll", "sync", "sync-status"):
            return _sync_commands(command, desk, args, lang)
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
        desk.close()
    return EXIT_USAGE


def _sync_commands(command: str, desk, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    """enroll, sync, sync-status. Exit codes: README "Exit codes"."""
    from lapor_desktop.services import sync as sync_svc

    desk.require_set_up()
    if command == "enroll":
        if args.ca_bundle:
            ca = Path(args.ca_bundle).expanduser().resolve()
            if not ca.is_file():
                print(f"Berkas CA tidak ditemukan: {ca}", file=sys.stderr)
                return EXIT_USAGE
            desk.settings.ca_bundle = str(ca)
            desk.save_settings()
        try:
            res = sync_svc.enroll(desk, args.hub, args.code, device_name=args.device_name)
        except sync_svc.HubAuthRefused as exc:
            print(f"Pendaftaran ditolak hub ({exc.code}). Minta kode baru ke admin hub."
                  if lang == "id" else f"Enrolment refused by the hub ({exc.code}).", file=sys.stderr)
            return EXIT_AUTH_REFUSED
        except sync_svc.HubUnreachable as exc:
            print(sync_svc.explain("tls_error" if exc.code == "tls_error" else "unreachable", lang),
                  file=sys.stderr)
            return EXIT_UNREACHABLE
        print(json.dumps({"device_id": res.device_id, "office_code": res.office_code, "hub_id": res.hub_id,
                          "hub_url": res.hub_url, "token_store": res.token_store}, ensure_ascii=False))
        if res.token_store == "file":
            print("Peringatan: tidak ada penyimpanan kredensial sistem; token disimpan di berkas yang hanya "
                  "dapat dibaca pengguna ini." if lang == "id" else
                  "Warning: no OS credential store; the token is kept in a user-only file.", file=sys.stderr)
        return EXIT_OK
    from lapor_desktop.sync.engine import EngineConfig

    retries = max(0, getattr(args, "retries", 5) or 0)
    svc = sync_svc.SyncService(desk, config=EngineConfig(max_attempts=retries + 1))
    if command == "sync-status":
        ov = svc.overview(runs=10, rejected=50)
        print(json.dumps({
            "enrolled": ov.enrolled, "hub_url": ov.hub_url, "token_store": ov.token_store,
            "pending": ov.pending, "blobs_waiting": ov.blobs_waiting, "rejected_count": ov.rejected_count,
            "last_sync_at": ov.last_sync_at,
            "skew": {"offset_ms": ov.skew.offset_ms, "warning": ov.skew.warning},
            "runs": [{"started_at": r.started_at, "duration_ms": r.duration_ms, "outcome": r.outcome,
                      "sent": r.sent, "received": r.received, "rejected": r.rejected,
                      "bytes_up": r.bytes_up, "bytes_down": r.bytes_down, "pending_after": r.pending_after,
                      "error": sync_svc.explain(r.error_code, lang) or None} for r in ov.runs],
            "rejected": [{"event_id": r.id, "complaint_id": r.complaint_id, "type": r.type,
                          "receipt_number": r.receipt_number, "code": r.reject_code,
                          "reason": sync_svc.explain(r.reject_code, lang), "detail": r.reject_detail}
                         for r in ov.rejected],
            "rejected_pulled_count": ov.rejected_pulled_count,
            "rejected_pulled": [{"event_id": r.event_id, "server_seq": r.server_seq, "complaint_id": r.complaint_id,
                                 "type": r.type, "code": r.code, "reason": sync_svc.explain("pulled_" + r.code, lang),
                                 "detail": r.detail, "received_at": r.received_at} for r in ov.rejected_pulled],
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not svc.enrolled:
        print(sync_svc.explain("not_enrolled", lang) + " (lapor-desktop enroll --hub URL --code KODE)",
              file=sys.stderr)
        return EXIT_NOT_ENROLLED
    quiet = args.quiet
    last = [0.0]

    def progress(p) -> None:  # type: ignore[no-untyped-def]
        import time as _t

        now = _t.monotonic()
        if quiet or (p.phase not in ("done",) and now - last[0] < 0.5):
            return
        last[0] = now
        print(f"[{p.phase}] naik {p.events_up} turun {p.events_down} menunggu {p.pending} "
              f"bytes {p.bytes_up}/{p.bytes_down} lampiran {p.blobs_done}/{p.blobs_total}",
              file=sys.stderr, flush=True)

    try:
        rep = svc.run(progress, refresh_reference=True if args.reference else None)
    finally:
        svc.close()
    if args.json:
        print(json.dumps(rep.to_dict(), ensure_ascii=False))
    if not quiet or rep.outcome != "ok":
        msg = sync_svc.explain(rep.error_code, lang)
        print(f"sinkronisasi: {rep.outcome}; terkirim {rep.sent}, diterima {rep.received}, "
              f"ditolak {rep.rejected}, menunggu {rep.pending_after}"
              + (f"; {msg}" if msg else "") + ("; PERINGATAN: jam meja selisih lebih dari 5 menit dengan hub"
                                              if rep.skew_warning else ""), file=sys.stderr)
    if rep.reference_error:
        print(("Data referensi dari hub ditolak, data lama tetap dipakai: " if lang == "id" else
               "Reference data from the hub refused, the previous data is kept: ") + rep.reference_error,
              file=sys.stderr)
    return sync_exit_code(rep)


def sync_exit_code(rep) -> int:  # type: ignore[no-untyped-def]
    """0 all done; 6 auth refused; 7 nothing exchanged because the hub was unreachable;
    8 partial: something left pending (events, pull pages, attachments), or events rejected in
    this run, or the run was cut after some exchanges; 2 other failure."""
    if rep.outcome == "auth_refused":
        return EXIT_AUTH_REFUSED
    if rep.outcome == "unreachable" and rep.exchanges == 0:
        return EXIT_UNREACHABLE
    if rep.complete and rep.rejected == 0:
        return EXIT_OK
    if rep.outcome == "error" and rep.exchanges == 0 and rep.pending_after == 0:
        return EXIT_FAIL
    return EXIT_PARTIAL


def _users(desk, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.services.users import UserService

    svc = UserService(desk)
    cmd = args.users_command
    if cmd == "add":
        password = _read_password(args.password_stdin)
        u = svc.add(None, login=args.login, role=args.role, password=password, name=args.name,
                    agency_id=args.agency_id)
        print(json.dumps({"login": u.login, "role": u.role, "name": u.name, "agency_id": u.agency_id}))
    elif cmd == "list":
        for u in svc.list():
            state = "nonaktif" if u.disabled else "aktif"
            print(f"{u.login}\t{u.role}\t{u.name}\t{u.agency_id or ''}\t{state}")
    elif cmd in ("disable", "enable"):
        svc.set_disabled(None, args.login, cmd == "disable")
    elif cmd == "passwd":
        svc.set_password(None, args.login, _read_password(args.password_stdin))
    return EXIT_OK


def _intake(desk, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.core.errors import AuthFailed
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.services.intake import intake_lines
    from lapor_desktop.store import users as user_repo

    desk.require_set_up()
    with desk.db.read() as s:
        user = user_repo.get(s, args.as_login.strip().lower())
    if user is None or user.disabled:
        raise AuthFailed(f"no active user {args.as_login}", code="unknown_user")
    actor = Actor(login=user.login, role=user.role, name=user.name, agency_id=user.agency_id)
    if args.file == "-":
        stream, base = sys.stdin.buffer, Path.cwd()  # bytes: a line that is not UTF-8 is that line's error
    else:
        path = Path(args.file)
        if not path.is_file():
            print(f"Berkas tidak ditemukan: {path}" if lang == "id" else f"File not found: {path}", file=sys.stderr)
            return EXIT_USAGE
        stream, base = open(path, "rb"), path.parent
    ok = bad = 0
    try:
        for result in intake_lines(ComplaintService(desk), actor, stream, base):
            print(json.dumps(result.to_json(lang), ensure_ascii=False), flush=False)
            if result.errors:
                bad += 1
                print(f"baris {result.line} ditolak:" if lang == "id" else f"line {result.line} rejected:",
                      file=sys.stderr)
                _say_errors(result.errors, lang)
            else:
                ok += 1
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    sys.stdout.flush()
    print((f"{ok} tercatat, {bad} ditolak" if lang == "id" else f"{ok} recorded, {bad} rejected"), file=sys.stderr)
    return EXIT_OK if bad == 0 else EXIT_USAGE


def _doctor(desk, paths) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.store import repo
    from lapor_desktop.store.migrate import current_revision, head_revision

    integrity = desk.db.integrity_check()
    with desk.db.read() as s:
        c = repo.counts(s)
    report = {
        "version": __version__,
        "data_dir": str(paths.data_dir),
        "config_dir": str(paths.config_dir),
        "log_dir": str(paths.log_dir),
        "database": str(paths.db_path),
        "database_bytes": paths.db_path.stat().st_size if paths.db_path.exists() else 0,
        "schema": current_revision(desk.db),
        "schema_head": head_revision(),
        "integrity": "ok" if integrity == ["ok"] else integrity[:20],
        "set_up": desk.settings.is_set_up,
        "office_code": desk.settings.office_code,
        "desk_code": desk.settings.desk_code,
        "device_id": desk.settings.device_id,
        "counts": {"complaints": c.complaints, "events": c.events, "outbox_pending": c.outbox,
                   "rejected_events": c.rejected, "conflicts": c.conflicts, "users": c.users,
                   "attachments": c.attachments, "by_status": c.by_status},
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return EXIT_OK if integrity == ["ok"] else EXIT_STORE


if __name__ == "__main__":
    raise SystemExit(main())
