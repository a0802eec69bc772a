"""The command line's ``enroll``, ``sync`` and ``sync-status`` (exit codes: README "Exit codes")."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lapor_desktop.cli_common import (EXIT_AUTH_REFUSED, EXIT_FAIL, EXIT_NOT_ENROLLED, EXIT_OK, EXIT_PARTIAL,
                                      EXIT_UNREACHABLE, EXIT_USAGE, tell, words)


def sync_commands(command: str, desk, args, lang: str, early=None) -> int:  # type: ignore[no-untyped-def]
    """enroll, sync, sync-status. Exit codes: README "Exit codes". ``early``: (transport, exchange)
    of ``sync``'s first exchange, already sent (``services/sync/early.py``)."""
    if command == "sync-status":
        return sync_status(desk, lang)
    from lapor_desktop.services import sync as sync_svc

    desk.require_set_up()
    if command == "enroll":
        if args.ca_bundle:
            ca = Path(args.ca_bundle).expanduser().resolve()
            if not ca.is_file():
                tell("cli.ca_not_found", lang, file=str(ca))
                return EXIT_USAGE
            desk.settings.ca_bundle = str(ca)
            desk.save_settings()
        try:
            res = sync_svc.enroll(desk, args.hub, args.code, device_name=args.device_name)
        except sync_svc.HubAuthRefused as exc:
            tell("cli.enrol_refused", lang, code=exc.code)
            return EXIT_AUTH_REFUSED
        except sync_svc.HubUnreachable as exc:
            if exc.code == "tls_error":
                print(sync_svc.explain("tls_error", lang), file=sys.stderr)
            else:  # nothing retries an enrolment: say what to do
                tell("cli.enrol_unreachable", lang, hub=args.hub)
            return EXIT_UNREACHABLE
        print(json.dumps({"device_id": res.device_id, "office_code": res.office_code, "hub_id": res.hub_id,
                          "hub_url": res.hub_url, "token_store": res.token_store}, ensure_ascii=False))
        if res.token_store == "file":
            tell("cli.token_in_file", lang)
        return EXIT_OK
    from lapor_desktop.sync.engine import EngineConfig

    retries = max(0, getattr(args, "retries", 5) or 0)
    transport, first = early if early is not None else (None, None)
    svc = sync_svc.SyncService(desk, config=EngineConfig(max_attempts=retries + 1), transport=transport,
                               early=first)
    if not svc.enrolled:
        print(sync_svc.explain("not_enrolled", lang) + " " + words("cli.enroll_hint", lang), file=sys.stderr)
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
        line = words("cli.sync_summary", lang, outcome=rep.outcome, sent=rep.sent, received=rep.received,
                     rejected=rep.rejected, pending=rep.pending_after)
        extra = [msg] if msg else []
        if rep.skew_warning:
            extra.append(words("cli.sync_skew", lang))
        print("; ".join([line, *extra]), file=sys.stderr)
    if rep.reference_error:
        tell("cli.reference_refused", lang, reason=rep.reference_error)
    return sync_exit_code(rep)


def sync_status(desk, lang: str) -> int:  # type: ignore[no-untyped-def]
    """``sync-status``: read from the desk only (services/sync_status: no engine, no HTTP)."""
    from lapor_desktop.services.sync_status import overview

    desk.require_set_up()
    return _print_overview(overview(desk, runs=10, rejected=50), lang)


def sync_status_quick(paths, lang: str) -> int | None:  # type: ignore[no-untyped-def]
    """``sync-status`` without SQLAlchemy: the settings and a read-only sqlite3 connection, when the
    database is there and its schema current. ``None`` when it is not (missing, older, unreadable):
    the caller then opens the desk as every command does (migrating first) and asks ``sync_status``."""
    import sqlite3

    from lapor_desktop.core.errors import NotSetUp
    from lapor_desktop.core.settings import load_settings
    from lapor_desktop.services.sync_status import overview_of
    from lapor_desktop.store.revisions import head_revision
    from lapor_desktop.store.sync_read import open_read_only

    settings = load_settings(paths.settings_file)
    conn = open_read_only(paths.db_path, head_revision())
    if conn is None:
        return None
    try:
        if not settings.is_set_up:
            raise NotSetUp("this desk is not set up yet: run `lapor-desktop setup`")
        conn.execute("BEGIN")  # one snapshot for every read
        ov = overview_of(conn, settings, runs=10, rejected=50)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return _print_overview(ov, lang)


def _print_overview(ov, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.services.sync_status import explain

    print(json.dumps({
        "enrolled": ov.enrolled, "hub_url": ov.hub_url, "token_store": ov.token_store,
        "pending": ov.pending, "blobs_waiting": ov.blobs_waiting, "rejected_count": ov.rejected_count,
        "last_sync_at": ov.last_sync_at,
        "skew": {"offset_ms": ov.skew.offset_ms, "warning": ov.skew.warning},
        "runs": [{"started_at": r.started_at, "duration_ms": r.duration_ms, "outcome": r.outcome,
                  "sent": r.sent, "received": r.received, "rejected": r.rejected,
                  "bytes_up": r.bytes_up, "bytes_down": r.bytes_down, "pending_after": r.pending_after,
                  "error": explain(r.error_code, lang) or None} for r in ov.runs],
        "rejected": [{"event_id": r.id, "complaint_id": r.complaint_id, "type": r.type,
                      "receipt_number": r.receipt_number, "code": r.reject_code,
                      "reason": explain(r.reject_code, lang), "detail": r.reject_detail}
                     for r in ov.rejected],
        "rejected_pulled_count": ov.rejected_pulled_count,
        "audit_trail_refused": ov.audit_problem,
        "rejected_pulled": [{"event_id": r.event_id, "server_seq": r.server_seq, "complaint_id": r.complaint_id,
                             "type": r.type, "code": r.code, "reason": explain("pulled_" + r.code, lang),
                             "detail": r.detail, "received_at": r.received_at} for r in ov.rejected_pulled],
    }, ensure_ascii=False, indent=2))
    return EXIT_OK


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
