"""Entry point of the frozen (PyInstaller) build.

One program, several executables in the same folder (see lapor-desktop.spec):

* ``lapor-desktop`` (windowed on Windows) and ``lapor-desktop-cli`` (Windows only, a console
  program for ``setup``, ``users``, ``doctor``, ``sync`` ... typed in a terminal): the desk's
  command line, ``lapor_desktop.cli.main``, exactly as the ``pip install`` entry point;
* ``lapor-hub``: the hub's command line, ``lapor_desktop.hub.cli.main``.

The executable's own name picks which one runs. ``lapor-desktop hub ARGS`` also runs the hub, so
a frozen desk can start a training hub with ``[sys.executable, "hub", "serve", ...]``.
``lapor-desktop --bundle-check`` prints what the bundle found (holidays, time zones, keyring
backend, migrations, translations, uvicorn's dynamic modules) as JSON; packaging/build.sh and
packaging/ci-bundle.sh run it.
"""

from __future__ import annotations

import os
import sys


def _program() -> str:
    name = os.path.basename(sys.argv[0] or sys.executable).lower()
    if name.endswith(".exe"):
        name = name[:-4]
    if name.startswith("lapor-hub"):
        return "hub"
    if len(sys.argv) > 1 and sys.argv[1] == "hub":
        del sys.argv[1]
        return "hub"
    if len(sys.argv) > 1 and sys.argv[1] == "--bundle-check":
        return "check"
    return "desk"


def _bundle_check() -> int:
    """What a frozen build needs at run time and PyInstaller cannot see statically."""
    import importlib
    import json
    from datetime import date

    report: dict[str, object] = {"frozen": bool(getattr(sys, "frozen", False))}
    ok = True

    from lapor_desktop.domain.deadlines import WorkingCalendar

    cal = WorkingCalendar()
    days = cal.holidays_in(2025)
    report["holidays_2025"] = len(days)
    report["holiday_2025_03_31"] = days.get(date(2025, 3, 31))  # Idulfitri
    ok &= len(days) >= 15 and bool(days.get(date(2025, 3, 31)))
    # received Thursday 27 March 2025, 5 working days: weekends alone would give 3 April; Idulfitri
    # (31 March, 1 April) and its cuti bersama push the deadline further
    due = cal.add_working_days(date(2025, 3, 27), 5)
    report["deadline_2025_03_27_plus_5"] = due.isoformat()
    ok &= due > date(2025, 4, 3)

    from datetime import datetime
    from zoneinfo import ZoneInfo

    import tzdata  # noqa: F401 - Windows has no system zone files; zoneinfo falls back to it

    offset = datetime(2025, 1, 1, tzinfo=ZoneInfo("Asia/Jayapura")).utcoffset()
    report["tz_asia_jayapura"] = str(offset)
    ok &= offset is not None and offset.total_seconds() == 9 * 3600

    from lapor_desktop.store.migrate import head_revision

    report["migrations_head"] = head_revision()
    ok &= bool(report["migrations_head"])

    import tempfile

    from lapor_desktop.hub.storage import HubDB
    from lapor_desktop.hub.storage import head_revision as hub_head

    report["hub_migrations_head"] = hub_head()
    with tempfile.TemporaryDirectory() as tmp:  # what a demo or classroom hub does first
        hub_db = HubDB(f"sqlite:///{tmp}/hub.sqlite3")
        try:
            report["hub_schema_created"] = bool(hub_db.create_schema())
        except Exception as exc:  # noqa: BLE001 - reported as a failed check
            report["hub_schema_created"] = f"{type(exc).__name__}: {exc}"
        finally:
            hub_db.dispose()
    ok &= bool(report["hub_migrations_head"]) and report["hub_schema_created"] is True

    from lapor_desktop.core.paths import resources_dir

    res = resources_dir()
    report["resources"] = str(res)
    report["reference"] = sorted(p.name for p in (res / "reference").glob("*.json"))
    report["translations"] = sorted(p.name for p in (res / "translations").glob("*"))
    # every .ts has its catalogue compiled at build time (the bundle carries no lrelease)
    from lapor_desktop.ui.qm_catalogue import qm_name

    sources = sorted((res / "translations").glob("*.ts"))
    report["translations_uncompiled"] = [ts.name for ts in sources if not (ts.parent / qm_name(ts)).is_file()]
    ok &= bool(sources) and not report["translations_uncompiled"]
    ok &= (res / "reference" / "tidore-kepulauan.json").exists()
    report["style_sheet"] = (res / "lapor_desktop.qss").exists()  # the one style sheet (ui/look.py)
    ok &= report["style_sheet"]

    try:
        import keyring

        report["keyring"] = type(keyring.get_keyring()).__module__
    except Exception as exc:  # noqa: BLE001 - reported, not fatal (no Secret Service in CI)
        report["keyring"] = f"{type(exc).__name__}: {exc}"

    missing = []
    for mod in ("uvicorn.loops.auto", "uvicorn.protocols.http.auto", "uvicorn.protocols.websockets.auto",
                "uvicorn.lifespan.on", "lapor_desktop.hub.app", "argon2", "openpyxl", "sqlite3", "numpy", "pyqtgraph",
                "lapor_desktop.ui.charts"):
        try:
            importlib.import_module(mod)
        except Exception as exc:  # noqa: BLE001
            missing.append(f"{mod}: {exc}")
    report["missing_modules"] = missing
    ok &= not missing

    import sqlite3

    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        report["sqlite_fts5"] = True
    except sqlite3.OperationalError:
        report["sqlite_fts5"] = False
        ok = False
    con.close()

    report["ok"] = bool(ok)
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0 if ok else 1


def main() -> int:
    program = _program()
    if program == "hub":
        from lapor_desktop.hub.cli import main as hub_main

        return hub_main()
    if program == "check":
        return _bundle_check()
    from lapor_desktop.cli import main as desk_main

    return desk_main()


if __name__ == "__main__":
    if sys.platform == "win32":
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
