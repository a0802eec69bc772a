"""``lapor-hub``: serve the sync protocol, and the hub admin's commands.

    lapor-hub serve --db URL [--host 127.0.0.1] [--port 8600] [--data-dir DIR]
                    [--ssl-certfile F --ssl-keyfile F] [--autoclose-interval 600]
                    [--training [--training-desks 5] [--training-interval 30]]
                    [--max-hlc-skew 10m] [--quota-device-mb 2048] [--quota-office-mb 20480]
                    [--upload-expiry 24h] [--header-timeout 15] [--body-timeout 60]
                    [--limit-concurrency 400]
    lapor-hub offices add CODE NAME [--timezone TZ] [--autoclose-days N] | offices list
    lapor-hub offices set CODE [--name NAME] [--timezone TZ] [--autoclose-days N]
    lapor-hub enrollment-code --office CODE [--expires 72h] [--count N]
    lapor-hub enrollment-code --device DEVICE_ID [--expires 72h]   (re-enrol a known desk)
    lapor-hub devices list [--json] | devices revoke DEVICE_ID
    lapor-hub audit [--json] [--limit N]
    lapor-hub reference load FILE | reference show
    lapor-hub autoclose [--now ISO]

Every command takes ``--db`` (or ``LAPOR_HUB_DB``); default ``sqlite:///lapor-hub.sqlite3``.
Exit codes: 0 ok, 1 bad input / not found, 2 usage.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import tempfile
import threading
from datetime import timedelta
from pathlib import Path

from lapor_desktop.core.clock import SystemClock, parse_iso
from lapor_desktop.core.logsetup import setup_logging
from lapor_desktop.protocol.wire import DEFAULT_MAX_BLOB_BYTES, OFFICE_CODE_PATTERN

log = logging.getLogger("lapor_desktop.hub")

DEFAULT_DB = "sqlite:///lapor-hub.sqlite3"
ENV_DB = "LAPOR_HUB_DB"


def parse_duration(text: str) -> timedelta:
    m = re.fullmatch(r"\s*(\d+)\s*([smhd]?)\s*", text or "")
    if not m:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (e.g. 72h, 30m, 7d)")
    n, unit = int(m.group(1)), m.group(2) or "h"
    return timedelta(**{{"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}[unit]: n})


_opened: list = []


def _service(args, **config):
    from .service import HubConfig, HubService
    from .storage import HubDB

    db = HubDB(args.db)
    _opened.append(db)
    return HubService(db, HubConfig(**config), clock=SystemClock())


def _data_dir(args) -> Path:
    if getattr(args, "data_dir", None):
        return Path(args.data_dir)
    if args.db.startswith("sqlite:///") and args.db != "sqlite:///:memory:":
        return Path(args.db[len("sqlite:///"):]).resolve().parent / "lapor-hub-data"
    return Path(tempfile.mkdtemp(prefix="lapor-hub-"))


# ------------------------------------------------------------------------------ commands
def cmd_serve(args) -> int:
    import uvicorn

    from .app import create_app, wrap
    from .blobs import BlobStore

    data_dir = _data_dir(args)
    data_dir.mkdir(parents=True, exist_ok=True)
    setup_logging(data_dir / "logs" / "lapor-hub.log", level=getattr(logging, args.log_level.upper()),
                  stderr=True)
    service = _service(args, timezone=args.timezone,
                       max_hlc_skew=args.max_hlc_skew, quota_device_bytes=args.quota_device_mb << 20,
                       quota_office_bytes=args.quota_office_mb << 20, upload_expiry=args.upload_expiry)
    blob_dir = Path(args.blob_dir) if args.blob_dir else data_dir / "blobs"
    blobs = BlobStore(service, blob_dir, args.max_blob_mb << 20)
    app = create_app(service, blobs, rate=args.rate, burst=args.burst,
                     enroll_rate=args.enroll_rate, enroll_burst=args.enroll_burst)

    stop = threading.Event()
    _start_housekeeping(args, service, blobs, stop)
    if args.training:
        _start_training(args, service, stop)

    scheme = "https" if args.ssl_certfile else "http"
    print(f"lapor-hub {service.hub_id} serving {scheme}://{args.host}:{args.port}/api/v1 "
          f"(database {'postgresql' if service.db.is_postgres else 'sqlite'}, data {data_dir})",
          file=sys.stderr, flush=True)
    config = _uvicorn_config(args, wrap(app))
    try:
        uvicorn.Server(config).run()
    finally:
        stop.set()
        service.db.dispose()
    return 0


def _start_housekeeping(args, service, blobs, stop: threading.Event) -> None:  # type: ignore[no-untyped-def]
    """Threads until ``stop``: auto-close every --autoclose-interval, and dropping stalled uploads."""
    def autoclose_loop() -> None:
        while not stop.wait(args.autoclose_interval):
            try:
                service.autoclose()
            except Exception:
                log.exception("auto-close run failed")

    def housekeeping_loop() -> None:
        period = max(1.0, min(3600.0, args.upload_expiry.total_seconds() / 4))
        while not stop.wait(period):
            try:
                dropped = blobs.expire_uploads()
                if dropped:
                    log.info("dropped %d upload(s) without progress", dropped)
            except Exception:
                log.exception("upload expiry run failed")

    if args.autoclose_interval > 0:
        threading.Thread(target=autoclose_loop, name="autoclose", daemon=True).start()
    threading.Thread(target=housekeeping_loop, name="housekeeping", daemon=True).start()


def _start_training(args, service, stop: threading.Event) -> None:  # type: ignore[no-untyped-def]
    """A classroom hub: its codes printed, and simulated national activity until ``stop``."""
    import random

    from . import training

    codes = training.prepare(service, args.training_desks, timedelta(days=7))
    print(f"TRAINING HUB (LATIHAN) office {training.TRAINING_OFFICE[0]}: enrolment codes for "
          f"{len(codes)} desks:", file=sys.stderr, flush=True)
    for code in codes:
        print(code, flush=True)
    rng = random.Random()

    def training_loop() -> None:
        while not stop.wait(args.training_interval):
            try:
                training.act_like_the_nation(service, rng,
                                             min_age=timedelta(seconds=args.training_interval))
            except Exception:
                log.exception("training round failed")

    threading.Thread(target=training_loop, name="training", daemon=True).start()


def _uvicorn_config(args, asgi_app):  # type: ignore[no-untyped-def]
    import uvicorn

    from .server import ServerLimits, uvicorn_options

    limits = ServerLimits(header_timeout=args.header_timeout, body_timeout=args.body_timeout,
                          keep_alive=args.keep_alive, limit_concurrency=args.limit_concurrency)
    return uvicorn.Config(asgi_app, host=args.host, port=args.port, workers=1,
                          ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile,
                          log_level=args.log_level.lower(), access_log=args.access_log,
                          server_header=False, proxy_headers=False, log_config=None,
                          **uvicorn_options(limits))


def cmd_offices(args) -> int:
    from .service import HubError

    service = _service(args)
    if args.action == "list":
        for o in service.list_offices():
            days = o["autoclose_days"] or "-"
            print(f"{o['code']}\t{o['name']}\t{o['timezone'] or '-'}\t{days}\t"
                  f"{'from a desk ' + o['policy_changed_at'] if o['policy_changed_at'] else 'hub admin'}")
        return 0
    if not re.fullmatch(OFFICE_CODE_PATTERN, args.code):
        print(f"not an office code: {args.code!r} (letters, digits, . _ -)", file=sys.stderr)
        return 1
    try:
        if args.action == "add":
            created = service.add_office(args.code, args.name, args.timezone, args.autoclose_days)
            print(f"office {args.code} {'added' if created else 'renamed'}")
        else:
            service.set_office(args.code, args.name, args.timezone, args.autoclose_days)
            print(f"office {args.code} changed")
    except HubError as exc:
        print(exc.detail, file=sys.stderr)
        return 1
    return 0


def cmd_enrollment_code(args) -> int:
    from .service import HubError

    service = _service(args)
    if bool(args.office) == bool(args.device):
        print("give either --office CODE (a new desk) or --device DEVICE_ID (re-enrol a known desk)",
              file=sys.stderr)
        return 2
    if args.device and args.count != 1:
        print("--device makes one code", file=sys.stderr)
        return 2
    for _ in range(max(1, args.count)):
        try:
            code, expires, office = service.make_enrollment_code(args.office, args.expires,
                                                                 for_device=args.device)
        except HubError as exc:
            print(exc.detail, file=sys.stderr)
            return 1
        print(code)
    if args.device:
        print(f"re-enrolment of device {args.device} (office {office}), single use, expires {expires}; "
              "the device's old token stops working when the code is used", file=sys.stderr)
    else:
        print(f"office {office}, single use, expires {expires}", file=sys.stderr)
    return 0


def cmd_audit(args) -> int:
    service = _service(args)
    rows = service.audit_log(args.limit)
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        for a in rows:
            print(f"{a['at']}\t{a['action']}\t{a['device_id'] or '-'}\t{a['office_code'] or '-'}\t{a['detail']}")
    return 0


def cmd_devices(args) -> int:
    from .service import HubError

    service = _service(args)
    if args.action == "list":
        devices = service.list_devices()
        if args.json:
            print(json.dumps(devices, indent=2))
        else:
            for d in devices:
                state = "revoked" if d["revoked_at"] else "active"
                print(f"{d['device_id']}\t{d['office_code']}\t{state}\t{d['name']}\t"
                      f"last seen {d['last_seen_at'] or '-'}")
        return 0
    try:
        changed = service.revoke_device(args.device_id)
    except HubError as exc:
        print(exc.detail, file=sys.stderr)
        return 1
    print(f"device {args.device_id} {'revoked' if changed else 'was already revoked'}")
    return 0


def cmd_reference(args) -> int:
    from lapor_desktop.protocol.reference import ReferenceInvalid, parse_reference

    service = _service(args)
    if args.action == "show":
        body, etag = service.reference()
        print(json.dumps(json.loads(body), ensure_ascii=False, indent=2))
        print(f"ETag {etag}", file=sys.stderr)
        return 0
    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        print(f"cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    try:
        data = parse_reference(raw)
        version, etag = service.load_reference(data.model_dump(mode="json", exclude_unset=True))
    except ReferenceInvalid as exc:
        print(f"cannot load {args.file}: nothing was stored; the hub keeps serving its current "
              f"reference data. Fix these and load again:", file=sys.stderr)
        for line in exc.lines("en"):
            print(f"  {line}", file=sys.stderr)
        return 1
    print(f"reference version {version} loaded, ETag {etag}")
    return 0


def cmd_autoclose(args) -> int:
    service = _service(args, timezone=args.timezone)
    now = parse_iso(args.now) if args.now else None
    closed = service.autoclose(now)
    for cid in closed:
        print(cid)
    print(f"{len(closed)} complaint(s) closed by system", file=sys.stderr)
    return 0


# ------------------------------------------------------------------------------ parser
def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=os.environ.get(ENV_DB, DEFAULT_DB),
                        help="sqlite:///PATH or postgresql+psycopg://USER:PASS@HOST/DB (env LAPOR_HUB_DB)")
    p = argparse.ArgumentParser(prog="lapor-hub", description="LAPOR! Desk sync hub (protocol v1)")
    sub = p.add_subparsers(dest="command", required=True)

    _add_serve(sub, common)
    _add_offices(sub, common)
    _add_admin_commands(sub, common)
    return p


def _add_serve(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    s = sub.add_parser("serve", parents=[common], help="serve the sync protocol over HTTP(S)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8600)
    s.add_argument("--data-dir", help="blobs and logs (default: beside the SQLite file)")
    s.add_argument("--blob-dir", help="where blobs are kept (default: DATA_DIR/blobs)")
    s.add_argument("--max-blob-mb", type=int, default=DEFAULT_MAX_BLOB_BYTES >> 20)
    s.add_argument("--ssl-certfile")
    s.add_argument("--ssl-keyfile")
    s.add_argument("--autoclose-interval", type=float, default=600.0,
                   help="seconds between auto-close runs; 0 disables")
    s.add_argument("--rate", type=float, default=20.0, help="requests per second per device")
    s.add_argument("--burst", type=float, default=40.0, help="burst size of the per-device limit")
    s.add_argument("--enroll-rate", type=float, default=2.0,
                   help="enrolment attempts per second per client address")
    s.add_argument("--enroll-burst", type=float, default=10.0)
    s.add_argument("--timezone", default="Asia/Jakarta",
                   help="auto-close time zone of offices that have none of their own")
    s.add_argument("--training", action="store_true",
                   help="classroom hub: training office, sample reference data, enrolment codes printed, "
                        "simulated agency follow-ups and reporter replies")
    s.add_argument("--training-desks", type=int, default=5, help="enrolment codes to print in training mode")
    s.add_argument("--training-interval", type=float, default=30.0,
                   help="seconds between simulated national activity rounds in training mode")
    s.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    s.add_argument("--access-log", action="store_true", help="log every request (paths only)")
    s.add_argument("--max-hlc-skew", type=parse_duration, default=timedelta(minutes=10),
                   help="refuse events whose clock (hlc) is further ahead of the hub's (default 10m)")
    s.add_argument("--quota-device-mb", type=int, default=2048,
                   help="storage per device (events and attachments), MB; 0 = unlimited")
    s.add_argument("--quota-office-mb", type=int, default=20480,
                   help="storage per office (events and attachments), MB; 0 = unlimited")
    s.add_argument("--upload-expiry", type=parse_duration, default=timedelta(hours=24),
                   help="drop a partial attachment upload without progress for this long (default 24h)")
    s.add_argument("--header-timeout", type=float, default=15.0,
                   help="seconds a client has to send a request's headers")
    s.add_argument("--body-timeout", type=float, default=60.0,
                   help="seconds a request body may stall between two pieces")
    s.add_argument("--keep-alive", type=float, default=15.0, help="seconds an idle connection is kept")
    s.add_argument("--limit-concurrency", type=int, default=400,
                   help="connections and requests at once; more are answered 503")
    s.set_defaults(func=cmd_serve)


def _add_offices(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    o = sub.add_parser("offices", help="offices the hub serves")
    osub = o.add_subparsers(dest="action", required=True)
    policy = argparse.ArgumentParser(add_help=False)
    policy.add_argument("--timezone", help="the office's time zone for auto-close (e.g. Asia/Jayapura); "
                        "used until a desk of the office sends its own with a sync")
    policy.add_argument("--autoclose-days", type=int,
                        help="working days after follow-up before the system closes a complaint "
                             "(1-60); used until a desk of the office sends its own")
    oa = osub.add_parser("add", parents=[common, policy], help="add (or rename) an office")
    oa.add_argument("code")
    oa.add_argument("name")
    os_ = osub.add_parser("set", parents=[common, policy],
                          help="change an office's name, time zone or auto-close days")
    os_.add_argument("code")
    os_.add_argument("--name")
    osub.add_parser("list", parents=[common],
                    help="code, name, time zone, auto-close days, where they came from")
    o.set_defaults(func=cmd_offices)


def _add_admin_commands(sub, common: argparse.ArgumentParser) -> None:  # type: ignore[no-untyped-def]
    """enrollment-code, devices, reference, audit and autoclose."""
    e = sub.add_parser("enrollment-code", parents=[common], help="print a single-use enrolment code")
    e.add_argument("--office", help="the office a new desk joins")
    e.add_argument("--device", help="re-enrol this known desk (its old token is revoked on use)")
    e.add_argument("--expires", type=parse_duration, default=timedelta(hours=72),
                   help="lifetime, e.g. 72h (default), 30m, 7d")
    e.add_argument("--count", type=int, default=1, help="how many codes to print, one a line")
    e.set_defaults(func=cmd_enrollment_code)

    d = sub.add_parser("devices", help="enrolled desks")
    dsub = d.add_subparsers(dest="action", required=True)
    dl = dsub.add_parser("list", parents=[common])
    dl.add_argument("--json", action="store_true")
    dr = dsub.add_parser("revoke", parents=[common])
    dr.add_argument("device_id")
    d.set_defaults(func=cmd_devices)

    r = sub.add_parser("reference", help="reference data served at GET /reference")
    rsub = r.add_subparsers(dest="action", required=True)
    rl = rsub.add_parser("load", parents=[common], help="load sections from a JSON file")
    rl.add_argument("file")
    rsub.add_parser("show", parents=[common])
    r.set_defaults(func=cmd_reference)

    au = sub.add_parser("audit", parents=[common], help="enrolments, re-enrolments and revocations")
    au.add_argument("--json", action="store_true")
    au.add_argument("--limit", type=int, default=1000)
    au.set_defaults(func=cmd_audit)

    a = sub.add_parser("autoclose", parents=[common],
                       help="close by system what got no reply within its office's auto-close "
                            "working days after follow-up")
    a.add_argument("--now", help="ISO-8601 instant to judge 'today' by (default: now)")
    a.add_argument("--timezone", default="Asia/Jakarta",
                   help="time zone of offices that have none of their own")
    a.set_defaults(func=cmd_autoclose)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command != "serve":
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except ValueError as exc:
        print(f"lapor-hub: {exc}", file=sys.stderr)
        return 1
    finally:
        while _opened:
            _opened.pop().dispose()


if __name__ == "__main__":
    sys.exit(main())
