"""The error value of field checks (``FieldError``), the field names its words use, the limits of
the complaint's text fields, and the checks every field shares (presence, type, length).

Pure: no I/O. :mod:`.validation` (whole complaints and edits) and :mod:`.contact_fields` (NIK,
phone, e-mail) build on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


# ----------------------------------------------------------------------------- the error value
@dataclass(frozen=True)
class FieldError:
    field: str  # dotted path: "title", "reporter.nik", "location.village"
    code: str  # stable: "required", "too_long", "nik_length", ...
    message: str  # Indonesian, names the field
    message_en: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)


def errors_by_field(errors: Iterable[FieldError]) -> dict[str, list[FieldError]]:
    """Group errors by field path, keeping their order."""
    out: dict[str, list[FieldError]] = {}
    for e in errors:
        out.setdefault(e.field, []).append(e)
    return out


# ----------------------------------------------------------------------------- labels and limits
# (Indonesian, English) field names as used in messages, lower case as they read mid-sentence.
FIELD_LABELS: dict[str, tuple[str, str]] = {
    "": ("data laporan", "complaint data"),
    "title": ("judul laporan", "title"),
    "body": ("isi laporan", "complaint text"),
    "body_final": ("isi laporan akhir", "final complaint text"),
    "classification": ("klasifikasi laporan", "classification"),
    "channel": ("sumber laporan", "channel"),
    "category_id": ("kategori", "category"),
    "reporter": ("data pelapor", "reporter details"),
    "reporter.name": ("nama pelapor", "reporter name"),
    "reporter.nik": ("NIK", "NIK (national ID number)"),
    "reporter.phone": ("nomor telepon", "phone number"),
    "reporter.email": ("e-mail", "e-mail"),
    "reporter.address": ("alamat", "address"),
    "anonymous": ("tanda anonim", "anonymous flag"),
    "confidential": ("tanda rahasia", "confidential flag"),
    "location": ("lokasi", "location"),
    "location.province": ("provinsi", "province"),
    "location.city": ("kota/kabupaten", "city/regency"),
    "location.district": ("kecamatan", "district (kecamatan)"),
    "location.village": ("kelurahan/desa", "village (kelurahan/desa)"),
    "incident_date": ("tanggal kejadian", "incident date"),
    "fields": ("daftar isian yang diubah", "changed fields"),
    "office_phone": ("nomor telepon kantor", "office phone number"),
    "office_whatsapp": ("nomor WhatsApp kantor", "office WhatsApp number"),
    "office_address": ("alamat kantor", "office address"),
    "status_url": ("alamat halaman status", "status page address"),
}

TITLE_MIN, TITLE_MAX = 3, 200  # real titles: DTKS, IKD, Ektp
BODY_MIN, BODY_MAX = 10, 5000
NAME_MAX = 120
ADDRESS_MAX = 500
LOCATION_PART_MAX = 100
EMAIL_MAX = 254
LOCATION_KEYS = ("province", "city", "district", "village")

_TYPE_WORDS = {
    "text": ("teks", "text"),
    "object": ("isian bertingkat (objek)", "an object"),
    "boolean": ("ya/tidak (true/false)", "true or false"),
    "integer": ("bilangan bulat", "a whole number"),
}


def _label(path: str) -> tuple[str, str]:
    if path in FIELD_LABELS:
        return FIELD_LABELS[path]
    return path, path


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _err(path: str, code: str, message: str, message_en: str, **params: Any) -> FieldError:
    return FieldError(field=path, code=code, message=message, message_en=message_en, params=params)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple, set)):
        return "list"
    return type(value).__name__


_KIND_WORDS = {
    "boolean": ("nilai ya/tidak", "a true/false value"),
    "integer": ("angka", "a number"),
    "number": ("angka", "a number"),
    "text": ("teks", "text"),
    "object": ("objek", "an object"),
    "list": ("daftar", "a list"),
}


def _required(path: str) -> FieldError:
    lid, len_ = _label(path)
    return _err(path, "required", f"{_cap(lid)} wajib diisi.", f"{_cap(len_)} is required.")


def _wrong_type(path: str, expected: str, value: object) -> FieldError:
    lid, len_ = _label(path)
    exp_id, exp_en = _TYPE_WORDS[expected]
    got = _kind(value)
    got_id, got_en = _KIND_WORDS.get(got, (got, got))
    return _err(path, "wrong_type",
                f"{_cap(lid)} harus berupa {exp_id}, bukan {got_id}.",
                f"{_cap(len_)} must be {exp_en}, not {got_en}.",
                expected=expected, got=got)


def _check_text(path: str, value: object, *, required: bool, min_len: int = 0,
                max_len: int | None = None) -> list[FieldError]:
    """A text field: type, presence (after strip) and length (after strip)."""
    if value is None:
        return [_required(path)] if required else []
    if not isinstance(value, str):
        return [_wrong_type(path, "text", value)]
    text = value.strip()
    if not text:
        return [_required(path)] if required else []
    n = len(text)
    lid, len_ = _label(path)
    if min_len and n < min_len:
        return [_err(path, "too_short",
                     f"{_cap(lid)} terlalu pendek: minimal {min_len} karakter (tertulis {n}).",
                     f"{_cap(len_)} is too short: at least {min_len} characters (got {n}).",
                     min=min_len, length=n)]
    if max_len is not None and n > max_len:
        return [_err(path, "too_long",
                     f"{_cap(lid)} terlalu panjang: maksimal {max_len} karakter (tertulis {n}).",
                     f"{_cap(len_)} is too long: at most {max_len} characters (got {n}).",
                     max=max_len, length=n)]
    return []


def _check_bool(path: str, value: object) -> list[FieldError]:
    if value is None or isinstance(value, bool):
        return []
    return [_wrong_type(path, "boolean", value)]

