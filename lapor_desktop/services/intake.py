"""Bulk intake from JSON Lines: one complaint object per line.

Good lines are recorded (in batches, each batch one transaction); a bad line is reported with its
line number and field errors and never stops the others.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lapor_desktop.core import jsonlimits
from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.domain.field_errors import FieldError, field_error
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.validation import validate_complaint
from lapor_desktop.store import intake_keys as intake_key_repo
from lapor_desktop.store import reference as ref_repo

from .complaints import AttachmentIn, ComplaintService

BATCH = 500
MAX_LINE_DEPTH = 20  # a complaint line is object > reporter/location/attachments: 2-3 levels


@dataclass
class LineResult:
    line: int
    id: str | None = None
    receipt_number: str | None = None
    errors: list[FieldError] = field(default_factory=list)
    already_recorded: bool = False  # by an earlier run of the same file (same intake_id or fingerprint)

    def to_json(self, lang: str = "id") -> dict[str, Any]:
        if self.errors:
            return {"line": self.line, "ok": False,
                    "errors": [{"field": e.field, "code": e.code,
                                "message": e.message if lang == "id" else e.message_en} for e in self.errors]}
        out: dict[str, Any] = {"line": self.line, "ok": True, "id": self.id, "receipt_number": self.receipt_number}
        if self.already_recorded:
            out["already_recorded"] = True
        return out


def intake_key(obj: dict[str, Any], line_no: int, source: str | None) -> tuple[str | None, FieldError | None]:
    """The line's own ``intake_id`` (popped from ``obj``), else a fingerprint of the source's name,
    the line number and the line's content: running the same file again gives the same keys."""
    own = obj.pop("intake_id", None)
    if own is not None:
        if not isinstance(own, (str, int)) or not str(own).strip() or len(str(own)) > 100:
            return None, field_error("intake_id", "intake_id_format", "intake.intake_id_format")
        return "id:" + str(own).strip(), None
    canon = json.dumps(obj, sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(f"{source or '-'}\n{line_no}\n{canon}".encode()).hexdigest()
    return "fp:" + digest, None


def _bad_json(line_no: int, exc: Exception) -> LineResult:
    return LineResult(line_no, errors=[field_error("line", "json", "intake.json", reason=str(exc))])


def _line_error(line_no: int, code: str, **params: object) -> LineResult:
    return LineResult(line_no, errors=[field_error("line", code, f"intake.{code}", **params)])


def read_jsonl(lines: Iterable[str | bytes]) -> Iterator[tuple[int, dict[str, Any] | None, LineResult | None]]:
    """``(line number, object, None)`` for a good line, ``(line number, None, error)`` for a bad
    one; blank lines and ``#`` comments are skipped. Lines may be text or bytes (UTF-8, a BOM is
    dropped). Nothing a line holds raises out of here: bytes that are not UTF-8, invalid JSON,
    nesting deeper than :data:`MAX_LINE_DEPTH`, a value that is not an object are each that line's
    error, and the next line is read."""
    for n, raw in enumerate(lines, start=1):
        if isinstance(raw, (bytes, bytearray)):
            try:
                raw = bytes(raw).decode("utf-8")
            except UnicodeDecodeError as exc:
                yield n, None, _line_error(n, "encoding", byte=exc.start + 1)
                continue
        raw = raw.strip().lstrip("\ufeff").strip()
        if not raw or raw.startswith("#"):
            continue
        try:
            obj = jsonlimits.loads(raw, max_depth=MAX_LINE_DEPTH)
        except jsonlimits.JsonTooDeep:
            yield n, None, _line_error(n, "too_deep", max=MAX_LINE_DEPTH)
            continue
        except (ValueError, RecursionError) as exc:
            yield n, None, _bad_json(n, exc if not isinstance(exc, RecursionError) else ValueError("too deep"))
            continue
        if not isinstance(obj, dict):
            yield n, None, _line_error(n, "not_object")
            continue
        yield n, obj, None


def intake_lines(service: ComplaintService, actor: Actor, lines: Iterable[str],
                 base_dir: Path | None = None, source: str | None = None) -> Iterator[LineResult]:
    """Validate every line, record the good ones in batches, yield one result per line in order.
    ``source`` (the file's name) goes into each line's fingerprint; lines an earlier run recorded
    are reported with ``already_recorded`` and not recorded again."""
    desk = service.desk
    desk.require_set_up()
    with desk.db.read() as s:
        known = ref_repo.category_ids(s) or None
    pending: list[tuple[int, dict[str, Any], list[AttachmentIn]]] = []
    keys: dict[int, str | None] = {}

    def flush() -> Iterator[LineResult]:
        if not pending:
            return
        with desk.db.read() as s:
            done = intake_key_repo.find(s, [k for n, _, _ in pending if (k := keys.get(n))])
        todo = [(n, d, a) for n, d, a in pending if keys.get(n) not in done]
        results: dict[int, LineResult] = {}
        for n, _, _ in pending:
            if keys.get(n) in done:
                cid, receipt = done[keys[n]]  # type: ignore[index]
                results[n] = LineResult(n, cid, receipt, already_recorded=True)
        try:
            recorded = service.record_many(actor, [(d, a) for _, d, a in todo],
                                           intake_keys=[keys.get(n) for n, _, _ in todo]) if todo else []
        except InvalidInput:
            # an attachment problem in one line: fall back to one by one so the others still land
            for n, d, a in todo:
                try:
                    r = service.record_many(actor, [(d, a)], intake_keys=[keys.get(n)])[0]
                    results[n] = LineResult(n, r.id, r.receipt_number)
                except InvalidInput as exc:
                    results[n] = LineResult(n, errors=list(exc.errors))
        else:
            for (n, _, _), r in zip(todo, recorded):
                results[n] = LineResult(n, r.id, r.receipt_number)
        for n, _, _ in pending:
            yield results[n]
        pending.clear()

    for n, obj, bad in read_jsonl(lines):
        if bad is not None:
            yield from flush()
            yield bad
            continue
        assert obj is not None
        key, key_error = intake_key(obj, n, source)
        keys[n] = key
        atts_raw = obj.pop("attachments", None) or []
        d = service.normalise_intake(obj)
        errors = validate_complaint(d, known_categories=known, today=desk.today())
        if key_error is not None:
            errors.append(key_error)
        atts: list[AttachmentIn] = []
        if not isinstance(atts_raw, list):
            errors.append(field_error("attachments", "not_list", "intake.attachments_not_list"))
        else:
            for i, a in enumerate(atts_raw):
                if not isinstance(a, str):
                    errors.append(field_error(f"attachments.{i}", "not_text", "intake.attachment_not_text"))
                    continue
                p = Path(a)
                if not p.is_absolute() and base_dir is not None:
                    p = base_dir / p
                atts.append(AttachmentIn(p))
        if errors:
            yield from flush()
            yield LineResult(n, errors=errors)
            continue
        pending.append((n, d, atts))
        if len(pending) >= BATCH:
            yield from flush()
    yield from flush()
