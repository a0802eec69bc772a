"""``lapor-desktop audit verify``: check the audit trail's chain (``domain/audit.verify_chain``).

Prints ``ok`` with the number of entries and exits 0, or names the first broken link (which
entry, what is wrong) and exits 2 (``EXIT_FAIL``)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from lapor_desktop.cli_common import EXIT_FAIL, EXIT_OK
from lapor_desktop.core.text import say


def add_parsers(sub: Any, add: Any, t: Any) -> None:
    a = add(sub, "audit", "jejak audit", "audit trail")
    asub = a.add_subparsers(dest="audit_command", metavar=t("TINDAKAN", "ACTION"), required=True,
                            parser_class=type(a))
    v = add(asub, "verify", "periksa keutuhan rantai jejak audit", "check the audit trail's chain")
    v.add_argument("--json", action="store_true", help=t("cetak hasil JSON", "print the result as JSON"))


def run(desk: Any, args: argparse.Namespace, lang: str) -> int:
    from lapor_desktop.services.audit import verify_file

    verdict = verify_file(desk)
    if args.json:
        b = verdict.broken
        print(json.dumps({"ok": verdict.ok, "count": verdict.count,
                          "broken": None if b is None else {"seq": b.seq, "code": b.code,
                                                            "message": b.message_id if lang == "id" else b.message_en}},
                         ensure_ascii=False))
    elif verdict.broken is None:
        print(say("cli.audit_ok", lang, count=verdict.count))
    else:
        b = verdict.broken
        print(say("cli.audit_broken", lang, seq=b.seq, code=b.code, message=b.message_id if lang == "id" else
                  b.message_en), file=sys.stdout)
    return EXIT_OK if verdict.ok else EXIT_FAIL
