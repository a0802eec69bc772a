"""The reporter's contact fields: NIK, phone number and e-mail address, their checks and the one
normaliser of each.

Pure: no I/O. The rules:

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
from collections.abc import Mapping
from datetime import date
from typing import Any

from .field_errors import DERIVED, EMAIL_MAX, FieldError, WordSource, _err, _wrong_type

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
        return _err(path, "nik_digits", "nik.digits", invalid_chars="".join(bad))
    n = len(digits)
    if n != 16:
        return _err(path, "nik_length", "nik.length", length=n)
    province = int(digits[:2])
    if not NIK_PROVINCE_MIN <= province <= NIK_PROVINCE_MAX:
        return _err(path, "nik_province", "nik.province", province=digits[:2], min=NIK_PROVINCE_MIN,
                    max=NIK_PROVINCE_MAX)
    part = digits[6:12]
    if not _nik_birthdate_ok(part):
        return _err(path, "nik_birthdate", "nik.birthdate", part=part)
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
    if reason not in ("characters", "foreign", "prefix", "too_short", "too_long"):
        reason = "prefix"
    return _err(path, "phone_format", "phone." + reason, reason=reason)


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
    if reason == "too_long":
        return _err(path, "too_long", "email.too_long", max=EMAIL_MAX, length=len(value.strip()))
    return _err(path, "email_format", "email.format", reason=reason)


def _found(params: Mapping[str, Any], words: WordSource) -> dict[str, str]:
    """The characters a NIK may not hold, as the message lists them (at most five)."""
    chars = str(params.get("invalid_chars", ""))
    return {"found": ", ".join(repr(c) for c in chars[:5])}


DERIVED["nik.digits"] = _found
