"""`lapor-desktop export` and `lapor-desktop import`: the bridge to national LAPOR! through its own
files, and exports of any queue filter for the office's spreadsheets."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from lapor_desktop.core.text import Words, say

EXIT_OK, EXIT_USAGE = 0, 1


def add_parsers(sub: Any, add: Any, t: Any) -> None:
    """``add(parent, name, id_text, en_text)`` and ``t(id_text, en_text)`` come from ``cli.build_parser``
    (help in one language; the global options before or after the command)."""
    ex = add(sub, "export", "ekspor pengaduan (lapor-v4, csv, xlsx, jsonl)",
             "export complaints (lapor-v4, csv, xlsx, jsonl)")
    ex.add_argument("--format", dest="fmt", required=True, choices=["lapor-v4", "csv", "xlsx", "jsonl"])
    ex.add_argument("--out", metavar="FILE", default="-", help=t("berkas tujuan, atau - untuk stdout",
                                                               "target file, or - for stdout"))
    ex.add_argument("--as", dest="as_login", required=True, metavar="LOGIN",
                    help=t("petugas yang mengekspor (cakupannya)", "the staff member exporting (their scope)"))
    ex.add_argument("--status", action="append", default=[], metavar="STATUS",
                    help=t("status (kode, boleh diulang), mis. belum_terverifikasi",
                           "status (code, may repeat), e.g. belum_terverifikasi"))
    ex.add_argument("--classification", metavar="CODE")
    ex.add_argument("--category", type=int, metavar="ID")
    ex.add_argument("--agency", type=int, metavar="ID")
    ex.add_argument("--channel", metavar="CODE")
    ex.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                    help=t("diterima sejak (tanggal kantor)", "received from (office date)"))
    ex.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                    help=t("diterima sampai (tanggal kantor)", "received up to (office date)"))
    ex.add_argument("--overdue", action="store_true", help=t("hanya yang lewat tenggat", "overdue only"))
    ex.add_argument("--text", metavar="TEXT", help=t("pencarian teks", "text search"))

    rp = add(sub, "report", "laporan bulanan PDF untuk pimpinan", "monthly PDF report for the head of office")
    rp.add_argument("--month", required=True, metavar="YYYY-MM", help=t("bulan laporan, mis. 2026-11",
                                                                       "the month, e.g. 2026-11"))
    rp.add_argument("--out", metavar="FILE.pdf", help=t("berkas tujuan (default: laporan-bulanan-YYYY-MM.pdf)",
                                                        "target file (default: laporan-bulanan-YYYY-MM.pdf)"))
    rp.add_argument("--as", dest="as_login", required=True, metavar="LOGIN",
                    help=t("petugas yang membuat laporan (cakupannya: penghubung hanya instansinya)",
                           "the staff member (their scope: a liaison sees its agency only)"))

    im = add(sub, "import", "impor ekspor LAPOR! v4 (XLSX atau CSV) atau formulir kertas",
             "import a LAPOR! v4 export (XLSX or CSV) or typed-in paper forms")
    im.add_argument("file", help=t("berkas .xlsx atau .csv", "an .xlsx or .csv file"))
    im.add_argument("--format", dest="fmt", default="lapor-v4", choices=["lapor-v4", "template"],
                    help=t("lapor-v4 (ekspor admin LAPOR!) atau template (formulir kertas yang diketik)",
                           "lapor-v4 (a LAPOR! admin export) or template (typed-in paper forms)"))
    im.add_argument("--as", dest="as_login", required=True, metavar="LOGIN",
                    help=t("petugas yang mengimpor", "the staff member importing"))

    tp = add(sub, "template", "templat XLSX formulir kertas", "the paper-form XLSX template")
    tp.add_argument("--out", metavar="FILE.xlsx", default="formulir-pengaduan.xlsx")


def _actor(desk: Any, login: str) -> Any:
    from lapor_desktop.core.errors import AuthFailed
    from lapor_desktop.services.users import UserService
    from lapor_desktop.store import users as user_repo

    with desk.db.read() as s:
        user = user_repo.get(s, login.strip().lower())
    if user is None or user.disabled:
        raise AuthFailed(f"no active user {login}", code="unknown_user")
    # the command line's trusted path to a session (services/session.py): an active account only
    return UserService(desk).open_local_session(user.login)


def run(command: str, desk: Any, args: argparse.Namespace, lang: str) -> int:
    desk.require_set_up()
    if command == "template":
        from lapor_desktop.services.paper_form import write_template

        out = Path(args.out).expanduser().resolve()
        if not out.parent.is_dir():
            print(say("cli.target_folder_missing", lang, folder=out.parent), file=sys.stderr)
            return EXIT_USAGE
        print(json.dumps({"file": str(write_template(desk, out))}, ensure_ascii=False))
        return EXIT_OK
    actor = _actor(desk, args.as_login)
    if command == "export":
        return _export(desk, actor, args, lang)
    if command == "report":
        return _report(desk, actor, args, lang)
    return _import(desk, actor, args, lang)


def _export(desk: Any, actor: Any, args: argparse.Namespace, lang: str) -> int:
    from lapor_desktop.core.errors import InvalidInput
    from lapor_desktop.domain.field_errors import field_error
    from lapor_desktop.services.exports import ExportService
    from lapor_desktop.services.queue import QueueQuery

    for name in ("date_from", "date_to"):
        v = getattr(args, name)
        if v:
            from datetime import date

            try:
                date.fromisoformat(v)
            except ValueError:
                flag = "--from" if name == "date_from" else "--to"
                raise InvalidInput([field_error(flag, "bad_date", "cli.bad_date", value=v)]) from None
    query = QueueQuery(statuses=tuple(args.status), classification=args.classification,
                       category_id=args.category, agency_id=args.agency, channel=args.channel,
                       date_from=args.date_from, date_to=args.date_to, overdue=args.overdue,
                       text=args.text)
    svc = ExportService(desk)
    if args.out == "-":
        n = svc.export(actor, query, args.fmt, sys.stdout.buffer, lang=lang)
        sys.stdout.buffer.flush()
        print(say("cli.exported", lang, n=n), file=sys.stderr)
        return EXIT_OK
    out = Path(args.out).expanduser()
    if not out.parent.is_dir():
        print(say("cli.target_folder_missing", lang, folder=out.parent), file=sys.stderr)
        return EXIT_USAGE

    def progress(done: int, total: int) -> None:
        if total >= 5000 and sys.stderr.isatty():
            print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

    n = svc.export(actor, query, args.fmt, out.resolve(), progress=progress, lang=lang)
    print(json.dumps({"file": str(out.resolve()), "format": args.fmt, "complaints": n}, ensure_ascii=False))
    return EXIT_OK


def _import(desk: Any, actor: Any, args: argparse.Namespace, lang: str) -> int:
    from lapor_desktop.services.imports import ImportService

    path = Path(args.file).expanduser()
    if not path.is_file():
        print(say("cli.file_not_found", lang, file=path), file=sys.stderr)
        return EXIT_USAGE
    if args.fmt == "template":
        from lapor_desktop.services.paper_form import import_forms

        bad = 0
        for r in import_forms(desk, actor, path):
            d = r.result.to_json(lang)
            d["row"] = r.row
            d.pop("line", None)
            print(json.dumps(d, ensure_ascii=False))
            if r.result.errors:
                bad += 1
                for e in r.result.errors:
                    print(say("cli.form_row_error", lang, row=r.row, field=e.field, message=e.text(Words(lang))),
                          file=sys.stderr)
        return EXIT_USAGE if bad else EXIT_OK
    report = ImportService(desk).import_file(actor, path)
    for r in report.rows:
        print(json.dumps(r.to_json(lang), ensure_ascii=False))
        if r.outcome == "error":
            print(say("import_row.not_imported", lang, row=r.row, column=r.column, message=r.text(Words(lang))),
                  file=sys.stderr)
    summary = report.summary
    print(json.dumps({"summary": summary}, ensure_ascii=False), file=sys.stderr)
    return EXIT_USAGE if summary["error"] else EXIT_OK


def _report(desk: Any, actor: Any, args: argparse.Namespace, lang: str) -> int:
    """The monthly PDF, drawn by Qt offscreen (no window is shown)."""
    import os

    from lapor_desktop.core.errors import InvalidInput
    from lapor_desktop.domain.field_errors import field_error
    from lapor_desktop.services.dashboard import DashboardService, month_bounds

    try:
        first, last = month_bounds(args.month)
    except ValueError:
        raise InvalidInput([field_error("--month", "bad_month", "cli.bad_month", value=args.month)]) from None
    out = Path(args.out or f"laporan-bulanan-{first.strftime('%Y-%m')}.pdf").expanduser().resolve()
    if not out.parent.is_dir():
        print(say("cli.target_folder_missing", lang, folder=out.parent), file=sys.stderr)
        return EXIT_USAGE
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: Qt only paints the PDF
    from lapor_desktop.ui.monthly_report import write_report

    dash = DashboardService(desk).compute(actor, first, last)
    write_report(desk, dash, out, lang)
    from lapor_desktop.services import audit

    audit.record(desk, actor, audit.Kind.REPORT_PRINTED, month=first.strftime("%Y-%m"), format="pdf")
    print(json.dumps({"file": str(out), "month": args.month, "complaints": dash.total,
                      "overdue": dash.overdue_total}, ensure_ascii=False))
    return EXIT_OK
