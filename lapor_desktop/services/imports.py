"""Import of official LAPOR! v4 admin exports (XLSX, or CSV with the same header).

Each row becomes (or updates) one complaint, recorded as a ``complaint.imported`` event so the
timeline says where it came from and the other desks get it through the normal sync. A row is
matched by its national Tracking ID: the same row again changes nothing, a changed row (a newer
export) adds one more ``complaint.imported`` event to the same complaint, never a second complaint.
A row that cannot be read is reported with its row number and reason, and the others are imported.
Values the reference lists do not know (channels such as ``Email Instansi``, statuses such as
``Diarsipkan oleh Sistem``, empty privacy cells) are kept exactly as they were.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from lapor_desktop.core.errors import InvalidInput, PermissionDenied
from lapor_desktop.core.ids import uuid7
from lapor_desktop.core.text import Words, fill
from lapor_desktop.domain.enums import EventType
from lapor_desktop.domain.lifecycle import fold
from lapor_desktop.domain.model import Actor, ComplaintState, Event
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.domain.field_errors import WordSource, field_error
from lapor_desktop.reports import lapor_v4 as v4
from lapor_desktop.store import repo
from lapor_desktop.store.projection import write_projection
from lapor_desktop.store.models import ComplaintRow, EventRow

from .changes import Changes
from .desk import Desk
from .session import signed_in

BATCH = 250
MAX_ROWS = 200_000
Progress = Callable[[int, int], None]  # (rows done, rows in the file)


@dataclass
class RowOutcome:
    row: int  # the row number as the spreadsheet shows it (the header is row 1)
    outcome: str  # created | updated | unchanged | skipped | error
    tracking_id: str | None = None
    complaint_id: str | None = None
    column: str | None = None
    code: str | None = None  # why a row was not imported (stable)
    key: str | None = None  # its words in core/messages.py (import_row.*), filled with params
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, words: WordSource) -> str:
        """Why the row was not imported, in the words of ``words`` ("" for an imported row)."""
        return fill(words.get(self.key) or self.key, self.params) if self.key else ""

    @property
    def message_id(self) -> str:
        return self.text(Words("id"))

    @property
    def message_en(self) -> str:
        return self.text(Words("en"))

    def to_json(self, lang: str = "id") -> dict[str, Any]:
        d: dict[str, Any] = {"row": self.row, "outcome": self.outcome}
        if self.tracking_id:
            d["tracking_id"] = self.tracking_id
        if self.complaint_id:
            d["id"] = self.complaint_id
        if self.outcome in ("error", "skipped"):
            d["column"] = self.column
            d["code"] = self.code
            d["message"] = self.text(Words(lang))
        return d


@dataclass
class ImportReport:
    file: str
    rows: list[RowOutcome] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def summary(self) -> dict[str, int]:
        return {k: self.count(k) for k in ("created", "updated", "unchanged", "skipped", "error")}


def _file_error(code: str, key: str = "", **params: object) -> InvalidInput:
    return InvalidInput([field_error("file", code, key or f"import.{code}", **params)])


def read_table(path: Path) -> tuple[list[Any], Iterator[tuple[int, tuple[Any, ...]]], int]:
    """The header row, the data rows (with their spreadsheet row numbers) and how many rows the file
    says it has (0 when it does not say) of an XLSX or CSV export. Raises InvalidInput when the file
    is neither, or is not a LAPOR! v4 export."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise _file_error("unreadable", reason=str(exc.strerror or exc)) from None
    if head.startswith(b"PK\x03\x04"):
        header, rows, total = _read_xlsx(path)
    elif b"\x00" in head or not head:
        raise _file_error("not_export")
    else:
        header, rows, total = _read_csv(path)
    missing, _extra = v4.header_problems(header)
    if missing:
        raise _file_error("missing_columns", columns=", ".join(missing))
    return header, rows, total


def _read_xlsx(path: Path) -> tuple[list[Any], Iterator[tuple[int, tuple[Any, ...]]], int]:
    import openpyxl  # only when importing: keeps the program's start light

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise _file_error("bad_xlsx", reason=type(exc).__name__) from None
    ws = wb[v4.SHEET_TITLE] if v4.SHEET_TITLE in wb.sheetnames else wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    header = list(next(it, ()) or ())

    def rows() -> Iterator[tuple[int, tuple[Any, ...]]]:
        try:
            for n, values in enumerate(it, start=2):
                if values and any(v is not None and str(v).strip() for v in values):
                    yield n, tuple(values)
        finally:
            wb.close()

    try:
        total = max(0, int(ws.max_row or 0) - 1)  # from the sheet's dimension tag; 0 when absent
    except (TypeError, ValueError):
        total = 0
    return header, rows(), total


def _read_csv(path: Path) -> tuple[list[Any], Iterator[tuple[int, tuple[Any, ...]]], int]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _file_error("not_export", "import.not_export_utf8") from None
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    header = next(reader, [])

    def rows() -> Iterator[tuple[int, tuple[Any, ...]]]:
        for n, values in enumerate(reader, start=2):
            if any(v.strip() for v in values):
                yield n, tuple(v if v != "" else None for v in values)

    return header, rows(), max(0, text.count("\n") - 1)


class ImportService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def import_file(self, actor: Actor, path: Path, progress: Progress | None = None) -> ImportReport:
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        self.desk.require_set_up()
        if not may(actor.role, Right.IMPORT):
            raise PermissionDenied(f"role {actor.role} may not import", code="permission_denied")
        header, rows, total = read_table(Path(path))
        if progress:
            progress(0, total)
        report = ImportReport(file=str(path))
        batch: list[tuple[int, dict[str, Any]]] = []
        done = 0
        for n, values in rows:
            done += 1
            if done > MAX_ROWS:
                report.rows.append(RowOutcome(n, "error", column="file", code="too_many_rows",
                                              key="import_row.too_many_rows", params={"max": MAX_ROWS}))
                break
            try:
                data = v4.import_data(v4.row_dict(header, values))
            except v4.RowError as exc:
                report.rows.append(RowOutcome(n, "error", column=exc.column, code=exc.code, key=exc.key,
                                              params=exc.params))
                continue
            batch.append((n, data))
            if len(batch) >= BATCH:
                report.rows += self._write(actor, batch)
                batch = []
                if progress:
                    progress(done, max(total, done))
        if batch:
            report.rows += self._write(actor, batch)
        report.rows.sort(key=lambda r: r.row)
        if progress:
            progress(done, done)
        return report

    # ------------------------------------------------------------------ one transaction per batch
    def _write(self, actor: Actor, batch: list[tuple[int, dict[str, Any]]]) -> list[RowOutcome]:
        desk = self.desk
        office = desk.settings.office_code
        out: list[RowOutcome] = []
        with desk.db.session() as s:
            tids = sorted({d["tracking_id"] for _, d in batch})
            existing = dict(s.execute(select(ComplaintRow.tracking_id, ComplaintRow.id)
                                      .where(ComplaintRow.tracking_id.in_(tids))).all())
            holders = s.execute(select(ComplaintRow.national_tracking_id, ComplaintRow.id, ComplaintRow.receipt_number)
                                .where(ComplaintRow.national_tracking_id.in_(tids))).all()
            last_import = _last_imports(s, list({*existing.values(), *(h.id for h in holders)}))
            # a complaint recorded here and re-keyed into national LAPOR! under this number
            rekeyed = {h.national_tracking_id: h.receipt_number or h.id for h in holders if h.id not in last_import}
            new_states: list[ComplaintState] = []
            refresh: list[str] = []
            events: list[Event] = []
            seq = repo.next_device_seq(s, len(batch))
            now = desk.now_iso()
            for n, data in batch:
                data = dict(data, office_code=office)
                tid = data["tracking_id"]
                if tid in rekeyed:
                    out.append(RowOutcome(n, "skipped", tid, None, "Tracking ID", "rekeyed_here",
                                          "import_row.rekeyed_here", {"receipt": rekeyed[tid]}))
                    continue
                cid = existing.get(tid)
                if cid is not None and cid not in last_import:
                    out.append(RowOutcome(n, "skipped", tid, cid, "Tracking ID", "recorded_here",
                                          "import_row.recorded_here"))
                    continue
                if cid is not None and last_import[cid] == data["national_row"]:
                    out.append(RowOutcome(n, "unchanged", tid, cid))
                    continue
                created = cid is None
                cid = cid or uuid7()
                e = Event(id=uuid7(), complaint_id=cid, type=EventType.IMPORTED, device_id=desk.settings.device_id,
                          device_seq=seq, hlc=desk.hlc.tick(), occurred_at=now, actor_user=actor.login,
                          actor_role=actor.role, data=data, base=None)
                seq += 1
                events.append(e)
                existing[tid] = cid
                last_import[cid] = data["national_row"]
                if created:
                    st = fold([e])
                    assert st is not None
                    new_states.append(st)
                    out.append(RowOutcome(n, "created", tid, cid))
                else:
                    refresh.append(cid)
                    out.append(RowOutcome(n, "updated", tid, cid))
            repo.insert_local_events(s, events, now)
            write_projection(s, desk.projector, created=new_states)
            # (a Tracking ID twice in one file: the second row re-folds the complaint the first made)
            write_projection(s, desk.projector, refresh)
        desk.changes.announce(Changes.to_complaints(e.complaint_id for e in events))
        return out


def _last_imports(s: Any, complaint_ids: list[str]) -> dict[str, dict[str, Any] | None]:
    """For each complaint created or updated by an import: the national row of its latest import."""
    out: dict[str, tuple[str, dict[str, Any] | None]] = {}
    for k in range(0, len(complaint_ids), 500):
        chunk = complaint_ids[k:k + 500]
        for cid, hlc, data_json in s.execute(
                select(EventRow.complaint_id, EventRow.hlc, EventRow.data_json)
                .where(EventRow.complaint_id.in_(chunk), EventRow.type == EventType.IMPORTED.value)):
            if cid not in out or hlc > out[cid][0]:
                try:
                    row = json.loads(data_json).get("national_row")
                except (ValueError, AttributeError):
                    row = None
                out[cid] = (hlc, row)
    return {cid: row for cid, (_h, row) in out.items()}
