"""The paper-form template: an XLSX for complaints collected on paper or at outreach events, typed
in later and imported with the same validation as the intake form (``services.intake``).

Row 1 holds the headers; "Klasifikasi", "Sumber", "Anonim" and "Rahasia" offer drop-down lists;
the "Petunjuk" sheet explains each column and lists the categories. A row that fails validation is
reported with its row number and reason; the others are recorded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.domain.enums import CHANNELS, CLASSIFICATION_LABELS
from lapor_desktop.domain.field_errors import field_error
from lapor_desktop.domain.model import Actor
from lapor_desktop.store import reference as ref_repo

from .complaints import ComplaintService
from .desk import Desk
from .intake import LineResult, intake_lines

SHEET = "Pengaduan"
# (field path in the intake object, header, help text)
COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("title", "Judul", "Wajib, 3 sampai 200 huruf: pokok pengaduan dalam beberapa kata."),
    ("body", "Isi laporan", "Wajib, 10 sampai 5.000 huruf: apa, di mana, sejak kapan."),
    ("classification", "Klasifikasi", "Boleh kosong (ditetapkan saat verifikasi); pilih dari daftar."),
    ("channel", "Sumber", "Pilih dari daftar; kosong berarti Tatap Muka."),
    ("category_id", "ID Kategori", "Boleh kosong; angka dari lembar Petunjuk."),
    ("reporter.name", "Nama pelapor", "Wajib kecuali Anonim = Ya."),
    ("reporter.nik", "NIK", "Boleh kosong; 16 angka."),
    ("reporter.phone", "Telepon", "Boleh kosong."),
    ("reporter.email", "Email", "Boleh kosong."),
    ("reporter.address", "Alamat", "Boleh kosong."),
    ("anonymous", "Anonim", "Ya atau Tidak (kosong = Tidak)."),
    ("confidential", "Rahasia", "Ya atau Tidak (kosong = Ya: laporan tidak dipublikasikan)."),
    ("location.province", "Provinsi", "Boleh kosong."),
    ("location.city", "Kota/Kabupaten", "Boleh kosong."),
    ("location.district", "Kecamatan", "Boleh kosong."),
    ("location.village", "Kelurahan/Desa", "Boleh kosong."),
    ("incident_date", "Tanggal kejadian", "Boleh kosong; TTTT-BB-HH, misalnya 2026-11-23."),
)
HEADERS = tuple(h for _, h, _ in COLUMNS)
_YES = {"ya", "y", "yes", "true", "1", "v", "x", "✓"}
_NO = {"tidak", "t", "no", "n", "false", "0", ""}


@dataclass
class FormRowResult:
    row: int
    result: LineResult


def write_template(desk: Desk, path: Path) -> Path:
    import openpyxl
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    with desk.db.read() as s:
        categories = [(c.id, c.name) for c in ref_repo.categories(s)]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = SHEET
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EEF5")
    widths = {"Judul": 32, "Isi laporan": 60, "Klasifikasi": 34, "Sumber": 18, "Nama pelapor": 24,
              "Alamat": 30, "Tanggal kejadian": 16}
    for i, h in enumerate(HEADERS, start=1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = widths.get(h, 14)
    ws.freeze_panes = "A2"
    lists = wb.create_sheet("Daftar")
    cls = list(CLASSIFICATION_LABELS.values())
    chans = list(CHANNELS.values())
    for i, v in enumerate(cls, start=1):
        lists.cell(row=i, column=1, value=v)
    for i, v in enumerate(chans, start=1):
        lists.cell(row=i, column=2, value=v)
    lists.cell(row=1, column=3, value="Ya")
    lists.cell(row=2, column=3, value="Tidak")
    lists.sheet_state = "hidden"

    def dropdown(header: str, ref: str) -> None:
        col = openpyxl.utils.get_column_letter(HEADERS.index(header) + 1)
        dv = DataValidation(type="list", formula1=ref, allow_blank=True, showErrorMessage=True,
                            errorTitle="Isian tidak sah", error="Pilih dari daftar.")
        ws.add_data_validation(dv)
        dv.add(f"{col}2:{col}2000")

    dropdown("Klasifikasi", f"=Daftar!$A$1:$A${len(cls)}")
    dropdown("Sumber", f"=Daftar!$B$1:$B${len(chans)}")
    dropdown("Anonim", "=Daftar!$C$1:$C$2")
    dropdown("Rahasia", "=Daftar!$C$1:$C$2")
    help_ws = wb.create_sheet("Petunjuk")
    help_ws.append(["Kolom", "Cara mengisi"])
    for _f, h, text in COLUMNS:
        help_ws.append([h, text])
    help_ws.append([])
    help_ws.append(["ID Kategori", "Kategori"])
    for cid, name in categories:
        help_ws.append([cid, name])
    help_ws.column_dimensions["A"].width = 18
    help_ws.column_dimensions["B"].width = 80
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    wb.save(tmp)
    tmp.replace(path)
    return path


def _flag(value: Any) -> bool | str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return None if text == "" else False
    return str(value)  # validation reports it as "not yes or no"


def _code(value: Any, table: dict[Any, str]) -> Any:
    if value is None:
        return None
    text = str(value).strip()
    for code, label in table.items():
        if text.lower() in (str(code).lower(), label.lower()):
            return str(code.value if hasattr(code, "value") else code)
    return text


def row_to_intake(values: dict[str, Any]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    for fieldpath, header, _help in COLUMNS:
        v = values.get(header)
        if isinstance(v, str):
            v = v.strip()
            if v == "":
                v = None
        if hasattr(v, "isoformat") and fieldpath == "incident_date":
            v = v.date().isoformat() if hasattr(v, "date") else v.isoformat()
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if fieldpath == "classification":
            v = _code(v, dict(CLASSIFICATION_LABELS))
        elif fieldpath == "channel":
            v = _code(v, CHANNELS)
        elif fieldpath in ("anonymous", "confidential"):
            v = _flag(v)
        elif fieldpath in ("reporter.nik", "reporter.phone") and isinstance(v, int):
            v = str(v)
        if v is None:
            continue
        if "." in fieldpath:
            group, key = fieldpath.split(".")
            obj.setdefault(group, {})[key] = v
        else:
            obj[fieldpath] = v
    return obj


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    import zipfile

    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InvalidInput([field_error("file", "bad_xlsx", "paper_form.bad_xlsx", reason=type(exc).__name__)]) \
            from None
    ws = wb[SHEET] if SHEET in wb.sheetnames else wb.worksheets[0]
    it = ws.iter_rows(values_only=True)
    header = [str(h).strip() if h is not None else "" for h in (next(it, ()) or ())]
    missing = [h for h in ("Judul", "Isi laporan") if h not in header]
    if missing:
        wb.close()
        raise InvalidInput([field_error("file", "missing_columns", "paper_form.missing_columns",
                                        columns=", ".join(missing))])
    try:
        for n, row in enumerate(it, start=2):
            if not row or not any(v is not None and str(v).strip() for v in row):
                continue
            yield n, {h: row[i] if i < len(row) else None for i, h in enumerate(header) if h}
    finally:
        wb.close()


def import_forms(desk: Desk, actor: Actor, path: Path) -> list[FormRowResult]:
    """Record every valid row (same validation and defaults as the intake form)."""
    rows = list(read_rows(Path(path)))
    lines = [json.dumps(row_to_intake(values), ensure_ascii=False, default=str) for _n, values in rows]
    out: list[FormRowResult] = []
    for res in intake_lines(ComplaintService(desk), actor, lines, base_dir=Path(path).parent, source=Path(path).name):
        out.append(FormRowResult(rows[res.line - 1][0], res))
    return out
