"""``lapor-desktop intake``: JSON Lines in, one JSON line out per input line.

Rerunning the same file (after a kill, a power cut) records nothing twice: each line's
``intake_id`` or fingerprint is stored with its complaint, and lines already recorded are printed
with ``"already_recorded": true`` and counted separately.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lapor_desktop.cli_common import EXIT_OK, EXIT_USAGE, say_errors
from lapor_desktop.core.text import say


def intake(desk, args, lang: str) -> int:  # type: ignore[no-untyped-def]
    from lapor_desktop.core.errors import AuthFailed
    from lapor_desktop.services.complaints import ComplaintService
    from lapor_desktop.services.users import UserService
    from lapor_desktop.services.intake import intake_lines
    from lapor_desktop.store import users as user_repo

    desk.require_set_up()
    with desk.db.read() as s:
        user = user_repo.get(s, args.as_login.strip().lower())
    if user is None or user.disabled:
        raise AuthFailed(f"no active user {args.as_login}", code="unknown_user")
    # the command line's trusted path to a session (services/session.py): an active account only
    actor = UserService(desk).open_local_session(user.login)
    from lapor_desktop.services.backup import make_backup

    make_backup(desk.paths, "pre-intake")  # a checked backup before every bulk import
    if args.file == "-":
        # bytes: a line that is not UTF-8 is that line's error
        stream, base, source = sys.stdin.buffer, Path.cwd(), None
    else:
        path = Path(args.file)
        if not path.is_file():
            print(say("cli.file_not_found", lang, file=path), file=sys.stderr)
            return EXIT_USAGE
        stream, base, source = open(path, "rb"), path.parent, path.name
    ok = bad = 0
    already: list[int] = []
    try:
        for result in intake_lines(ComplaintService(desk), actor, stream, base, source=source):
            print(json.dumps(result.to_json(lang), ensure_ascii=False), flush=False)
            if result.errors:
                bad += 1
                print(say("cli.intake_line_rejected", lang, line=result.line), file=sys.stderr)
                say_errors(result.errors, lang)
            elif result.already_recorded:
                already.append(result.line)
            else:
                ok += 1
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    sys.stdout.flush()
    summary = say("cli.intake_summary", lang, ok=ok, bad=bad)
    if already:
        lines = _ranges(already)
        summary += say("cli.intake_already", lang, count=len(already), lines=lines)
    print(summary, file=sys.stderr)
    return EXIT_OK if bad == 0 else EXIT_USAGE


def _ranges(nums: list[int]) -> str:
    out: list[str] = []
    start = prev = nums[0]
    for n in nums[1:] + [None]:  # type: ignore[list-item]
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(out)
