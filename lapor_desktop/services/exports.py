"""Exports of any queue view or filter: the official LAPOR! v4 layout, CSV, XLSX and JSON Lines.

* ``lapor-v4``: an XLSX with exactly the 20 national columns (``reports.lapor_v4``); a complaint
  that came from a national export and has not changed on the desk since is written back cell for
  cell as it was read.
* ``csv``: UTF-8 with a byte-order mark (Excel then reads Indonesian text right), one row per
  complaint, the office's columns; cells that a spreadsheet would run as a formula are quoted.
* ``xlsx``: the same columns with the full text.
* ``jsonl``: the whole record, one JSON object per line.

The rows are the ones the signed-in actor's queue would show for the same filter (a liaison only
ever gets its agency's), in the same order; the reporter's identity is written only where the
actor may see it. Rows are read and written in chunks, so 200,000 complaints never sit in memory.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from lapor_desktop.core.errors import InvalidInput, PermissionDenied
from lapor_desktop.domain.enums import CHANNELS, EventType
from lapor_desktop.domain.model import Actor
from lapor_desktop.domain.permissions import Right, may
from lapor_desktop.domain.field_errors import field_error
from lapor_desktop.reports import lapor_v4 as v4
from lapor_desktop.store import queue_queries as qq
from lapor_desktop.store import reference as ref_repo
from lapor_desktop.store.models import ComplaintRow, EventRow

from .desk import Desk
from .session import signed_in
from .queue import QueueQuery, QueueService
from .visibility import IDENTITY_COLUMNS, mask_record

FORMATS = ("lapor-v4", "csv", "xlsx", "jsonl")
CHUNK = 1000
Progress = Callable[[int, int], None]  # (rows written, rows in all)

IDENTITY = IDENTITY_COLUMNS
# (projection column or computed key, Indonesian header, English header)
TABLE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("receipt_number", "Nomor Tanda Terima", "Receipt number"),
    ("national_tracking_id", "Tracking ID LAPOR!", "LAPOR! Tracking ID"),
    ("tracking_id", "Nomor hub kantor", "Office hub number"),
    ("status_text", "Status", "Status"),
    ("received_local", "Diterima", "Received"),
    ("classification_text", "Klasifikasi", "Classification"),
    ("category_id", "ID Kategori", "Category ID"),
    ("category_name", "Kategori", "Category"),
    ("title", "Judul", "Title"),
    ("body_initial", "Isi Laporan Awal", "Original text"),
    ("body_final", "Isi Laporan Akhir", "Final text"),
    ("channel_text", "Sumber", "Channel"),
    ("privacy", "Tipe (Anonim/Rahasia)", "Privacy (Anonymous/Confidential)"),
    ("reporter_name", "Nama Pelapor", "Reporter's name"),
    ("reporter_nik", "NIK", "NIK"),
    ("reporter_phone", "Telepon", "Phone"),
    ("reporter_email", "Email", "Email"),
    ("reporter_address", "Alamat", "Address"),
    ("province", "Provinsi", "Province"),
    ("city", "Kota/Kabupaten", "City/Regency"),
    ("district", "Kecamatan", "District"),
    ("village", "Kelurahan", "Village"),
    ("incident_date", "Tanggal Kejadian", "Incident date"),
    ("agency_id", "ID Instansi", "Agency ID"),
    ("agency_name", "Instansi Terdisposisi", "Agency"),
    ("due_kind", "Tenggat (jenis)", "Deadline (kind)"),
    ("due_date", "Tenggat", "Deadline"),
    ("closed_local", "Ditutup", "Closed"),
    ("close_reason", "Alasan Tutup/Arsip", "Close/archive reason"),
    ("id", "ID", "ID"),
)
# the whole record for JSON Lines (projection columns; internal bookkeeping left out)
JSON_FIELDS = ("id", "receipt_number", "tracking_id", "national_tracking_id", "office_code", "status", "classification", "channel",
               "category_id", "title", "body_initial", "body_final", *IDENTITY, "anonymous", "confidential",
               "province", "city", "district", "village", "incident_date", "agency_id", "agency_name",
               "received_at", "updated_at", "closed_at", "closed_by", "close_reason", "due_kind", "due_date",
               "paused", "created_by", "attachment_count")
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def _export_error(fmt: str) -> InvalidInput:
    return InvalidInput([field_error("format", "unknown_format", "export.unknown_format", format=fmt,
                                     formats=", ".join(FORMATS))])


class ExportService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.queue = QueueService(desk)

    def count(self, actor: Actor, query: QueueQuery) -> int:
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        return self.queue.count(actor, query)

    def export(self, actor: Actor, query: QueueQuery, fmt: str, out: Path | IO[bytes],
               progress: Progress | None = None, lang: str = "id") -> int:
        """Write the complaints of ``query`` as ``fmt`` to a path (written to a temporary name and
        renamed when complete) or an open binary stream. Returns the number of complaints."""
        signed_in(self.desk, actor)  # a live session of this desk, never a hand-made Actor
        if not may(actor.role, Right.EXPORT):
            raise PermissionDenied(f"role {actor.role} may not export", code="permission_denied")
        if fmt not in FORMATS:
            raise _export_error(fmt)
        n = self._export(actor, query, fmt, out, progress, lang)
        from . import audit

        used = sorted(k for k, v in query.to_json().items() if v and k not in ("sort", "descending"))
        audit.record(self.desk, actor, audit.Kind.EXPORTED, format=fmt, count=n, filters=used)
        return n

    def _export(self, actor: Actor, query: QueueQuery, fmt: str, out: Path | IO[bytes],
                progress: Progress | None, lang: str) -> int:
        if isinstance(out, Path):
            tmp = out.with_name(f".{out.name}.part")
            try:
                with tmp.open("wb") as fh:
                    n = self._write(actor, query, fmt, fh, progress, lang)
                    fh.flush()
                    os.fsync(fh.fileno())
                os.replace(tmp, out)
            finally:
                if tmp.exists():
                    tmp.unlink()
            return n
        return self._write(actor, query, fmt, out, progress, lang)

    # ------------------------------------------------------------------ reading in chunks
    def _records(self, actor: Actor, query: QueueQuery) -> tuple[int, Iterator[dict[str, Any]]]:
        desk = self.desk
        with desk.db.read() as s:
            nums = list(qq.ordered_nums(s, self.queue.to_filter(actor, query), query.sort, query.descending))
            cats = {c.id: c.name for c in ref_repo.categories(s)}
        table = ComplaintRow.__table__

        def gen() -> Iterator[dict[str, Any]]:
            for k in range(0, len(nums), CHUNK):
                chunk = nums[k:k + CHUNK]
                with desk.db.read() as s:
                    conn = s.connection()
                    rows = {r["num"]: dict(r) for r in conn.execute(
                        select(table).where(table.c.num.in_(chunk))).mappings()}
                    national = _unchanged_imports(conn, {r["id"]: r["last_hlc"] for r in rows.values()})
                for num in chunk:
                    r = rows.get(num)
                    if r is None:  # deleted meanwhile (cannot happen today; harmless)
                        continue
                    r["identity_hidden"] = mask_record(actor, r)
                    r["category_name"] = cats.get(r["category_id"]) if r["category_id"] is not None else None
                    r["national_row"] = national.get(r["id"])
                    yield r

        return len(nums), gen()

    def _write(self, actor: Actor, query: QueueQuery, fmt: str, fh: IO[bytes],
               progress: Progress | None, lang: str) -> int:
        total, records = self._records(actor, query)
        written = 0

        def tick() -> None:
            if progress and (written % 500 == 0 or written == total):
                progress(written, total)

        if progress:
            progress(0, total)
        if fmt == "jsonl":
            for r in records:
                rec = {f: r.get(f) for f in JSON_FIELDS}
                rec["anonymous"], rec["confidential"] = bool(rec["anonymous"]), bool(rec["confidential"])
                rec["paused"] = bool(rec["paused"])
                rec["category_name"] = r["category_name"]
                rec["identity_hidden"] = r["identity_hidden"]
                fh.write(json.dumps(rec, ensure_ascii=False).encode("utf-8") + b"\n")
                written += 1
                tick()
        elif fmt == "csv":
            text = io.TextIOWrapper(fh, encoding="utf-8-sig", newline="", write_through=True)
            w = csv.writer(text)
            w.writerow([h_id if lang == "id" else h_en for _, h_id, h_en in TABLE_COLUMNS])
            for r in records:
                w.writerow([_csv_safe(v) for v in self._table_row(r)])
                written += 1
                tick()
            text.flush()
            text.detach()
        else:
            written = self._write_xlsx(fmt, records, fh, tick_total=(progress, total), lang=lang)
        if progress:
            progress(written, total)
        return written

    def _table_row(self, r: Mapping[str, Any]) -> list[Any]:
        row = dict(r)
        row["status_text"] = v4.status_text(r["status"], r.get("closed_by"))
        row["received_local"] = self._local(r.get("received_at"))
        row["closed_local"] = self._local(r.get("closed_at"))
        row["classification_text"] = v4.classification_text(r.get("classification"))
        row["channel_text"] = CHANNELS.get(r.get("channel") or "", r.get("channel"))
        row["privacy"] = v4.privacy_text(bool(r["anonymous"]), bool(r["confidential"]))
        return [row.get(k) for k, _, _ in TABLE_COLUMNS]

    def _local(self, iso: str | None) -> str | None:
        if not iso:
            return None
        from lapor_desktop.core.clock import parse_iso

        return parse_iso(iso).astimezone(self.desk.tz).strftime("%Y-%m-%d %H:%M:%S")

    def _write_xlsx(self, fmt: str, records: Iterator[dict[str, Any]], fh: IO[bytes],
                    tick_total: tuple[Progress | None, int], lang: str) -> int:
        import openpyxl  # only when exporting
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        progress, total = tick_total
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet(v4.SHEET_TITLE if fmt == "lapor-v4" else "Pengaduan")

        def cell(v: Any) -> Any:
            if isinstance(v, str):
                v = ILLEGAL_CHARACTERS_RE.sub("", v)
                c = WriteOnlyCell(ws, value=v)
                c.data_type = "s"  # text stays text: never a formula
                return c
            return v

        if fmt == "lapor-v4":
            ws.append(list(v4.COLUMNS))
            parent = self.desk.settings.office_name
            with self.desk.db.read() as s:
                cats = {c.id: c.name for c in ref_repo.categories(s)}
            rows: Iterator[list[Any]] = (v4.export_row(r, category_names=cats, parent_agency=parent,
                                                       national_row=r["national_row"]) for r in records)
        else:
            ws.append([h_id if lang == "id" else h_en for _, h_id, h_en in TABLE_COLUMNS])
            rows = (self._table_row(r) for r in records)
        written = 0
        for values in rows:
            ws.append([cell(v) for v in values])
            written += 1
            if progress and written % 500 == 0:
                progress(written, total)
        wb.save(fh)
        return written


def _csv_safe(v: Any) -> Any:
    if isinstance(v, str) and (v.startswith(_FORMULA_START) or (v.startswith("-") and v[1:2].isalpha())):
        return "'" + v
    return v


def _unchanged_imports(conn: Any, last_hlc: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    """National rows of complaints whose newest event is still the import that brought them."""
    if not last_hlc:
        return {}
    out: dict[str, dict[str, Any]] = {}
    ids = list(last_hlc)
    for k in range(0, len(ids), 500):
        for cid, hlc, data_json in conn.execute(
                select(EventRow.complaint_id, EventRow.hlc, EventRow.data_json)
                .where(EventRow.complaint_id.in_(ids[k:k + 500]), EventRow.type == EventType.IMPORTED.value)):
            if hlc != last_hlc.get(cid):
                continue
            try:
                row = json.loads(data_json).get("national_row")
            except ValueError:
                continue
            if isinstance(row, dict):
                out[cid] = row
    return out


__all__ = ["FORMATS", "ExportService"]
