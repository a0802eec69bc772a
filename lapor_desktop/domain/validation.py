"""Field validation for complaints: the intake shape (``complaint.created`` / JSON Lines) and edits.

Pure: no I/O, no clock (``today`` is passed in). Every check returns :class:`FieldError` values
with a stable ``code``, a natural Indonesian ``message`` that names the field, an English
``message_en`` and ``params`` for a UI that wants to phrase things itself. Validators never raise
on bad input: a number where text belongs, a list where an object belongs and so on all become
errors. ``validate_complaint`` and ``validate_edit_fields`` return *all* errors, not the first.

Rules chosen here (see the functions for details):

* NIK: 16 digits once spaces and dots are removed; digits 1-2 a province code 11..96 (94 was the
  highest before the 2022 Papua split; 95 Papua Pegunungan and 96 Papua Barat Daya now issue
  NIKs); digits 7-12 a birth date DDMMYY, women's day + 40, which must exist in 19YY or 20YY.
* Phone: Indonesian numbers only, written 08..., +628..., 628... or with an area code
  (0921-3121234); spaces, dashes, dots and brackets allowed; normalised to E.164 ``+62...``.
  Mobile: 8 followed by 8-11 digits; landline: area code of 2-3 digits (not starting 0, 1 or 8)
  followed by 5-8 digits.
* E-mail: pragmatic, one ``@``, no spaces, a dot inside the domain, at most 254 characters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .enums import CHANNELS, CLASSIFICATION_LABELS, EDITABLE_FIELDS, Classification


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


# ----------------------------------------------------------------------------- NIK
_NIK_STRIP = re.compile(r"[\s.]")
NIK_PROVINCE_MIN, NIK_PROVINCE_MAX = 11, 96


def compact_nik(value: str) -> str:
    """A NIK as typed, without the spaces and dots people group its digits with (the one
    normaliser: intake, the form's duplicate hints and validation use it)."""
    return _NIK_STRIP.sub("", value)


def _nik_birthdate_ok(part: str) -> bool:
    dd, mm, yy = int(part[0:2]), int(part[2:4]), int(part[4:6])
    if 41 <= dd <= 71:
        dd -= 40
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    for century in (1900, 2000):
        try:
            date(century + yy, mm, dd)
        except ValueError:
            continue
        return True
    return False


def validate_nik(value: object, path: str = "reporter.nik") -> FieldError | None:
    """Check a NIK (Nomor Induk Kependudukan). ``None`` or blank is no error (NIK is optional).

    Codes: ``wrong_type`` (not text), ``nik_digits`` (anything but digits, spaces and dots),
    ``nik_length`` (not 16 digits), ``nik_province`` (digits 1-2 outside 11..96),
    ``nik_birthdate`` (digits 7-12 not a DDMMYY date; women have day + 40; the century that makes
    the date exist is taken, so 290200 is valid (2000 is a leap year) and 310299 is not).
    """
    if value is None:
        return None
    if not isinstance(value, str):
        return _wrong_type(path, "text", value)
    digits = compact_nik(value)
    if not digits:
        return None
    if not digits.isascii() or not digits.isdigit():
        bad = sorted({c for c in digits if not (c.isascii() and c.isdigit())})
        return _err(path, "nik_digits",
                    "NIK hanya boleh berisi angka (ditemukan: "
                    + ", ".join(repr(c) for c in bad[:5]) + ").",
                    "NIK may contain digits only (found: "
                    + ", ".join(repr(c) for c in bad[:5]) + ").",
                    invalid_chars="".join(bad))
    n = len(digits)
    if n != 16:
        return _err(path, "nik_length",
                    f"NIK harus 16 digit angka (tertulis {n} digit).",
                    f"NIK must be 16 digits (got {n}).", length=n)
    province = int(digits[:2])
    if not NIK_PROVINCE_MIN <= province <= NIK_PROVINCE_MAX:
        return _err(path, "nik_province",
                    f"NIK tidak wajar: dua digit pertama ({digits[:2]}) bukan kode provinsi "
                    f"(seharusnya {NIK_PROVINCE_MIN}–{NIK_PROVINCE_MAX}).",
                    f"NIK looks wrong: the first two digits ({digits[:2]}) are not a province "
                    f"code ({NIK_PROVINCE_MIN}-{NIK_PROVINCE_MAX}).", province=digits[:2])
    part = digits[6:12]
    if not _nik_birthdate_ok(part):
        return _err(path, "nik_birthdate",
                    f"NIK tidak wajar: digit ke-7 sampai ke-12 ({part}) bukan tanggal lahir yang "
                    "ada (format TTBBTT; untuk perempuan tanggal ditambah 40).",
                    f"NIK looks wrong: digits 7-12 ({part}) are not a real birth date "
                    "(DDMMYY; women have 40 added to the day).", part=part)
    return None


def normalize_nik(value: object) -> str | None:
    """The 16 digits of a valid NIK, or ``None``."""
    if not isinstance(value, str) or validate_nik(value) is not None:
        return None
    return compact_nik(value) or None


# ----------------------------------------------------------------------------- phone
_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")
MOBILE_NSN_MIN, MOBILE_NSN_MAX = 9, 12  # "8" + 8..11 digits (08... is 10..13 digits)
LANDLINE_NSN_MIN, LANDLINE_NSN_MAX = 7, 11  # area code 2-3 digits + subscriber 5-8 digits


def _phone_problem(value: str) -> tuple[str | None, str]:
    """(E.164 number or None, reason when None)."""
    raw = value.strip()
    if not raw:
        return None, "empty"
    compact = _PHONE_SEPARATORS.sub("", raw)
    plus = compact.startswith("+")
    if plus:
        compact = compact[1:]
    if not compact.isascii() or not compact.isdigit():
        return None, "characters"
    if plus and not compact.startswith("62"):
        return None, "foreign"
    if compact.startswith("62"):
        nsn = compact[2:]
        if nsn.startswith("0"):  # "+62 (0)812...": drop the trunk zero
            nsn = nsn[1:]
    elif compact.startswith("0"):
        nsn = compact[1:]
    else:
        return None, "prefix"
    if not nsn or nsn[0] in "01":
        return None, "prefix"
    if nsn[0] == "8":
        lo, hi = MOBILE_NSN_MIN, MOBILE_NSN_MAX
    else:
        lo, hi = LANDLINE_NSN_MIN, LANDLINE_NSN_MAX
    if len(nsn) < lo:
        return None, "too_short"
    if len(nsn) > hi:
        return None, "too_long"
    return "+62" + nsn, ""


def normalize_phone(value: object) -> str | None:
    """An Indonesian phone number in E.164 (``+6281234567890``), or ``None`` if it is not one.

    Accepted: ``0812-3456-7890``, ``+62 812 3456 7890``, ``6281234567890``, ``+62 (0)812...``,
    ``(0921) 312-1234``; spaces, dashes, dots, slashes and brackets are ignored.
    """
    if not isinstance(value, str):
        return None
    number, _ = _phone_problem(value)
    return number


def validate_phone(value: object, path: str = "reporter.phone") -> FieldError | None:
    """``None`` or blank is no error. Otherwise code ``phone_format`` (``params['reason']``:
    characters, foreign, prefix, too_short, too_long) or ``wrong_type``."""
    if value is None:
        return None
    if not isinstance(value, str):
        return _wrong_type(path, "text", value)
    if not value.strip():
        return None
    number, reason = _phone_problem(value)
    if number is not None:
        return None
    lid, len_ = _label(path)
    hint_id = "Contoh: 0812-3456-7890, +62 812 3456 7890 atau 0921-312 1234."
    hint_en = "Examples: 0812-3456-7890, +62 812 3456 7890 or 0921-312 1234."
    msgs = {
        "characters": (f"{_cap(lid)} hanya boleh berisi angka, spasi, tanda hubung, titik dan "
                       "awalan +.",
                       f"{_cap(len_)} may contain only digits, spaces, dashes, dots and a leading +."),
        "foreign": (f"{_cap(lid)} harus nomor Indonesia (awalan +62).",
                    f"{_cap(len_)} must be an Indonesian number (+62)."),
        "prefix": (f"{_cap(lid)} harus diawali 0, 62 atau +62 (misalnya 08… atau 0921…).",
                   f"{_cap(len_)} must start with 0, 62 or +62 (such as 08... or 0921...)."),
        "too_short": (f"{_cap(lid)} terlalu pendek.", f"{_cap(len_)} is too short."),
        "too_long": (f"{_cap(lid)} terlalu panjang.", f"{_cap(len_)} is too long."),
    }
    mid, men = msgs.get(reason, msgs["prefix"])
    return _err(path, "phone_format", f"{mid} {hint_id}", f"{men} {hint_en}", reason=reason)


# ----------------------------------------------------------------------------- e-mail
def email_problem(value: str) -> str:
    """'' when the address looks usable, else a short reason code."""
    text = value.strip()
    if len(text) > EMAIL_MAX:
        return "too_long"
    if any(c.isspace() for c in text):
        return "spaces"
    if text.count("@") != 1:
        return "at_sign"
    local, domain = text.split("@")
    if not local or len(local) > 64:
        return "local_part"
    if ("." not in domain or domain.startswith(".") or domain.endswith(".")
            or ".." in domain or domain.startswith("-")):
        return "domain"
    return ""


def validate_email(value: object, path: str = "reporter.email") -> FieldError | None:
    """A pragmatic check: one ``@``, something before it, a dot inside the domain, no spaces,
    at most 254 characters. ``None`` or blank is no error."""
    if value is None:
        return None
    if not isinstance(value, str):
        return _wrong_type(path, "text", value)
    if not value.strip():
        return None
    reason = email_problem(value)
    if not reason:
        return None
    lid, len_ = _label(path)
    if reason == "too_long":
        return _err(path, "too_long",
                    f"{_cap(lid)} terlalu panjang: maksimal {EMAIL_MAX} karakter.",
                    f"{_cap(len_)} is too long: at most {EMAIL_MAX} characters.",
                    max=EMAIL_MAX, length=len(value.strip()))
    return _err(path, "email_format",
                f"Alamat {lid} tidak sah. Contoh yang benar: nama@contoh.go.id.",
                f"The {len_} address is not valid. Example: name@example.go.id.", reason=reason)


# ----------------------------------------------------------------------------- small fields
def _fold(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


def classification_code(value: object) -> str | None:
    """The classification code for a code or the official label, in any case
    (``"Pengaduan Tidak Berkadar Pengawasan"`` -> ``"tidak_berkadar_pengawasan"``); None if unknown."""
    if not isinstance(value, str):
        return None
    want = _fold(value)
    for c in Classification:
        if want in (_fold(c.value), _fold(CLASSIFICATION_LABELS[c])):
            return c.value
    return None


def channel_code(value: object) -> str | None:
    """The channel code for a code or its label, in any case (``"Tatap Muka"`` -> ``"tatap_muka"``)."""
    if not isinstance(value, str):
        return None
    want = _fold(value)
    for code, label in CHANNELS.items():
        if want in (_fold(code), _fold(label)):
            return code
    return None


def _check_classification(path: str, value: object) -> list[FieldError]:
    if value is None or value == "":
        return []
    allowed = [c.value for c in Classification]
    if not isinstance(value, str):
        return [_wrong_type(path, "text", value)]
    if classification_code(value) is None:
        labels = [CLASSIFICATION_LABELS[Classification(c)] for c in allowed]
        choices_id = "; ".join(f"{lab} (kode {c})" for lab, c in zip(labels, allowed))
        choices_en = "; ".join(f"{lab} (code {c})" for lab, c in zip(labels, allowed))
        return [_err(path, "unknown_value",
                     f"Klasifikasi laporan tidak dikenal: “{value}”. Yang diterima (huruf besar atau kecil "
                     f"sama saja): {choices_id}.",
                     f"Unknown classification “{value}”. Accepted (any case): {choices_en}.",
                     value=value, allowed=allowed)]
    return []


def _check_channel(path: str, value: object) -> list[FieldError]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return [_required(path)]
    if not isinstance(value, str):
        return [_wrong_type(path, "text", value)]
    if channel_code(value) is None:
        choices = "; ".join(f"{label} ({code})" for code, label in CHANNELS.items())
        return [_err(path, "unknown_value",
                     f"Sumber laporan tidak dikenal: “{value}”. Yang diterima (nama atau kode, huruf besar "
                     f"atau kecil sama saja): {choices}.",
                     f"Unknown channel “{value}”. Accepted (name or code, any case): {choices}.",
                     value=value, allowed=list(CHANNELS))]
    return []


def _check_category(path: str, value: object, known: set[int] | frozenset[int] | None) -> list[FieldError]:
    if value is None or value == "":
        return []
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        number = int(value.strip())
    if number is None:
        return [_err(path, "not_a_number",
                     f"Kategori harus berupa nomor kategori LAPOR! (bilangan bulat), bukan “{value}”.",
                     f"Category must be a LAPOR! category number (a whole number), not “{value}”.",
                     value=repr(value))]
    if known is not None and number not in known:
        return [_err(path, "unknown_value",
                     f"Kategori nomor {number} tidak ada dalam daftar kategori LAPOR!.",
                     f"Category {number} is not in the LAPOR! category list.", value=number)]
    return []


def _parse_date(value: str) -> date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _check_incident_date(path: str, value: object, today: date | None) -> list[FieldError]:
    if value is None or value == "":
        return []
    if not isinstance(value, str):
        return [_wrong_type(path, "text", value)]
    d = _parse_date(value.strip())
    if d is None:
        return [_err(path, "date_format",
                     f"Tanggal kejadian harus berupa tanggal yang ada, ditulis TTTT-BB-HH "
                     f"(misalnya 2026-03-17), bukan “{value}”.",
                     f"Incident date must be a real date written YYYY-MM-DD (such as 2026-03-17), "
                     f"not “{value}”.", value=value)]
    if today is not None and d > today:
        return [_err(path, "date_future",
                     f"Tanggal kejadian ({d.isoformat()}) tidak boleh sesudah hari ini "
                     f"({today.isoformat()}).",
                     f"Incident date ({d.isoformat()}) cannot be after today ({today.isoformat()}).",
                     value=d.isoformat(), today=today.isoformat())]
    return []


def _check_location(path: str, value: object) -> list[FieldError]:
    if value is None:
        return []
    if not isinstance(value, Mapping):
        return [_wrong_type(path, "object", value)]
    errors: list[FieldError] = []
    for key in LOCATION_KEYS:
        errors += _check_text(f"{path}.{key}", value.get(key), required=False,
                              max_len=LOCATION_PART_MAX)
    return errors


def _check_reporter(path: str, value: object, *, needs_name: bool) -> list[FieldError]:
    """``needs_name``: the complaint is not anonymous, so the reporter's name is required."""
    if value is not None and not isinstance(value, Mapping):
        return [_wrong_type(path, "object", value)]
    rep: Mapping[str, Any] = value or {}
    errors: list[FieldError] = []
    name = rep.get("name")
    if needs_name and (name is None or (isinstance(name, str) and not name.strip())):
        errors.append(_err(
            f"{path}.name", "required",
            "Nama pelapor wajib diisi. Hanya laporan anonim yang boleh tanpa nama: tandai "
            "“Anonim” bila pelapor tidak ingin namanya diketahui.",
            "The reporter's name is required. Only anonymous complaints may leave it empty: "
            "tick “Anonymous” if the reporter does not want to be named."))
    else:
        errors += _check_text(f"{path}.name", name, required=False, max_len=NAME_MAX)
    for check, key in ((validate_nik, "nik"), (validate_phone, "phone"), (validate_email, "email")):
        e = check(rep.get(key), f"{path}.{key}")
        if e is not None:
            errors.append(e)
    errors += _check_text(f"{path}.address", rep.get("address"), required=False,
                          max_len=ADDRESS_MAX)
    return errors


# ----------------------------------------------------------------------------- whole objects
def validate_complaint(data: object, *, known_categories: set[int] | frozenset[int] | None = None,
                       today: date | None = None) -> list[FieldError]:
    """Validate the ``complaint.created`` data / a JSON Lines intake object. All errors, in field
    order. Keys the intake format carries but a person does not type (``office_code``,
    ``receipt_number``, ``received_at``) and unknown keys are not checked here.

    Rules: ``title`` required, 3..200 characters after strip; ``body`` required, 10..5000;
    ``classification`` absent/None/"" or a ``Classification`` code; ``channel`` required, a
    ``CHANNELS`` key; ``category_id`` absent/None or a whole number (int or digit string), in
    ``known_categories`` when that is given; ``reporter`` None or an object with optional
    ``name`` (<= 120), ``nik``, ``phone``, ``email``, ``address`` (<= 500); ``anonymous`` and
    ``confidential`` booleans (or absent/None); ``location`` None or an object whose
    ``province``/``city``/``district``/``village`` are optional text (<= 100); ``incident_date``
    absent/None or ``YYYY-MM-DD``, not after ``today`` when that is given. A complaint that is not
    anonymous needs the reporter's name (``reporter.name`` ``required``); when ``anonymous`` has
    a wrong type that rule is skipped (the type error is reported instead).
    """
    if not isinstance(data, Mapping):
        return [_wrong_type("", "object", data)]
    errors: list[FieldError] = []
    errors += _check_text("title", data.get("title"), required=True,
                          min_len=TITLE_MIN, max_len=TITLE_MAX)
    errors += _check_text("body", data.get("body"), required=True,
                          min_len=BODY_MIN, max_len=BODY_MAX)
    errors += _check_classification("classification", data.get("classification"))
    errors += _check_channel("channel", data.get("channel"))
    errors += _check_category("category_id", data.get("category_id"), known_categories)
    anonymous = data.get("anonymous")
    flag_errors = _check_bool("anonymous", anonymous) + _check_bool("confidential",
                                                                     data.get("confidential"))
    needs_name = anonymous is None or anonymous is False
    errors += _check_reporter("reporter", data.get("reporter"), needs_name=needs_name)
    errors += flag_errors
    errors += _check_location("location", data.get("location"))
    errors += _check_incident_date("incident_date", data.get("incident_date"), today)
    return errors


NATIONAL_ID_RE = re.compile(r"[0-9]{5,12}")

def validate_edit_fields(fields: object, *, known_categories: set[int] | frozenset[int] | None = None,
                         today: date | None = None, anonymous: bool | None = None) -> list[FieldError]:
    """Validate the ``fields`` of a ``complaint.edited`` event: only the fields present are
    checked, with the same rules as intake (``body_final`` like ``body``; ``title`` and
    ``body_final`` cannot be emptied; ``classification``, ``category_id``, ``location``,
    ``incident_date`` and ``reporter`` may be set to None). A name outside ``EDITABLE_FIELDS``
    gives ``unknown_field``. Pass ``anonymous=False`` to also require a reporter name when
    ``reporter`` is edited (the edit itself does not carry the flag).
    """
    if not isinstance(fields, Mapping):
        return [_wrong_type("fields", "object", fields)]
    errors: list[FieldError] = []
    for name, value in fields.items():
        key = str(name)
        if key not in EDITABLE_FIELDS:
            errors.append(_err(key, "unknown_field",
                               f"Isian “{key}” tidak dapat diubah (tidak dikenal).",
                               f"Field “{key}” cannot be edited (unknown field).", name=key))
        elif key == "title":
            errors += _check_text(key, value, required=True, min_len=TITLE_MIN, max_len=TITLE_MAX)
        elif key == "body_final":
            errors += _check_text(key, value, required=True, min_len=BODY_MIN, max_len=BODY_MAX)
        elif key == "classification":
            errors += _check_classification(key, value)
        elif key == "category_id":
            errors += _check_category(key, value, known_categories)
        elif key == "location":
            errors += _check_location(key, value)
        elif key == "incident_date":
            errors += _check_incident_date(key, value, today)
        elif key == "national_tracking_id":
            if value is not None and not (isinstance(value, str) and NATIONAL_ID_RE.fullmatch(value)):
                errors.append(_err(key, "bad_national_id",
                                   "Tracking ID LAPOR! terdiri dari 5 sampai 12 angka (misalnya 7012345).",
                                   "A LAPOR! Tracking ID has 5 to 12 digits (for example 7012345)."))
        elif key == "reporter":
            errors += _check_reporter(key, value, needs_name=anonymous is False)
    return errors
