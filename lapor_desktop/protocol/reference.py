"""Reference data (categories, agencies, regions, channels, closure days): the one validator.

The hub checks a file with it when the admin loads it (``lapor-hub reference load``) and again
before it serves a stored version (``GET /reference``); a desk checks with it what it is given by
``lapor-desktop reference load``, by set-up and by a sync. Reference data that fails is never
applied anywhere: the last good version stays.

What is checked: the shape and types; every closure day is a real date (``2026-13-45`` is not);
ids (categories, agencies), codes (regions, channels) and closure days are unique; a region's
level is one of :data:`REGION_LEVELS`; sizes are bounded (rows per section, string lengths, the
file's bytes) and so is JSON nesting (:data:`MAX_JSON_DEPTH`).

A failure is :class:`ReferenceInvalid` with one :class:`ReferenceProblem` per fault: where
(``closures[1].date``, the row counted from 0 as in the file's list) and what, in English and
Indonesian. Desk files may spell ``parent`` as ``parent_id`` (agencies) or ``parent_code``
(regions) and ``date`` as ``day`` (closures).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from lapor_desktop.core.jsonlimits import JsonTooDeep, depth_exceeds, loads

REGION_LEVELS = ("province", "city", "district", "village")
MAX_JSON_DEPTH = 16  # a file is object > list > row > value: 3 levels; room for comments
MAX_REFERENCE_BYTES = 32 << 20
MAX_ROWS = {"categories": 10_000, "agencies": 20_000, "regions": 200_000, "channels": 200,
            "closures": 2_000}
MAX_NAME = 300
MAX_CODE = 40
MAX_ID = 2**53
CODE_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_PROBLEMS = 20  # reported; the rest are counted
SECTIONS = ("categories", "agencies", "regions", "channels", "closures")


class _Model(BaseModel):
    # unknown fields are ignored: newer peers may add optional fields
    model_config = ConfigDict(extra="ignore", defer_build=True)


class RefCategory(_Model):
    id: int = Field(strict=True, ge=1, le=MAX_ID)
    name: str = Field(min_length=1, max_length=MAX_NAME)


class RefAgency(_Model):
    id: int = Field(strict=True, ge=1, le=MAX_ID)
    name: str = Field(min_length=1, max_length=MAX_NAME)
    parent: int | None = Field(default=None, strict=True, ge=1, le=MAX_ID,
                               validation_alias=AliasChoices("parent", "parent_id"))


class RefRegion(_Model):
    level: Literal["province", "city", "district", "village"]
    code: str = Field(max_length=MAX_CODE, pattern=CODE_PATTERN)
    name: str = Field(min_length=1, max_length=MAX_NAME)
    parent: str | None = Field(default=None, max_length=MAX_CODE, pattern=CODE_PATTERN,
                               validation_alias=AliasChoices("parent", "parent_code"))


class RefChannel(_Model):
    code: str = Field(max_length=MAX_CODE, pattern=CODE_PATTERN)
    name: str = Field(min_length=1, max_length=MAX_NAME)


class RefClosure(_Model):
    date: str = Field(pattern=DATE_PATTERN, validation_alias=AliasChoices("date", "day"))
    name: str = Field(default="", max_length=MAX_NAME)

    @field_validator("date")
    @classmethod
    def _real_date(cls, v: str) -> str:
        try:
            d = date.fromisoformat(v)
        except ValueError:
            raise PydanticCustomError("not_a_date", "not a real date") from None
        if not FIRST_YEAR <= d.year <= LAST_YEAR:
            raise PydanticCustomError("date_out_of_range", "year out of range")
        return v


class ReferenceData(_Model):
    version: int = Field(default=0, ge=0, le=MAX_ID)
    categories: list[RefCategory] = Field(default_factory=list, max_length=MAX_ROWS["categories"])
    agencies: list[RefAgency] = Field(default_factory=list, max_length=MAX_ROWS["agencies"])
    regions: list[RefRegion] = Field(default_factory=list, max_length=MAX_ROWS["regions"])
    channels: list[RefChannel] = Field(default_factory=list, max_length=MAX_ROWS["channels"])
    closures: list[RefClosure] = Field(default_factory=list, max_length=MAX_ROWS["closures"])

    def present_sections(self) -> dict[str, list[dict[str, Any]]]:
        """The sections the input named (an absent section is kept as it is where it is applied)."""
        dump = self.model_dump(mode="json")
        return {k: dump[k] for k in SECTIONS if k in self.model_fields_set}


# ------------------------------------------------------------------------------------ problems
@dataclass(frozen=True)
class ReferenceProblem:
    where: str  # "closures[1].date", "categories", "" (the whole file)
    code: str  # stable: not_a_date, duplicate, unknown_value, too_long, too_deep, ...
    message_en: str  # names the item and what is wrong
    message_id: str


class ReferenceInvalid(ValueError):
    """Reference data that must not be applied; ``problems`` says where and what."""

    def __init__(self, problems: list[ReferenceProblem], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        super().__init__(self.text("en"))

    def lines(self, lang: str = "id") -> list[str]:
        out = [p.message_id if lang == "id" else p.message_en for p in self.problems]
        if self.more:
            out.append(f"... dan {self.more} masalah lain" if lang == "id" else f"... and {self.more} more")
        return out

    def text(self, lang: str = "id") -> str:
        return "; ".join(self.lines(lang))


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return f"an object of {len(value)} keys"
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value)} items"
    if isinstance(value, str) and len(value) > 60:
        value = value[:50]
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _where(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:  # an alias (parent_id, day) appears under the name the file used
        out += f"[{part}]" if isinstance(part, int) else ("." if out else "") + str(part)
    return out


def _reason(err: dict[str, Any]) -> tuple[str, str, str]:
    """(code, English, Indonesian) for one pydantic error."""
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    got = _shown(err.get("input"))
    if kind == "missing":
        return "required", "is required", "wajib ada"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return "not_integer", f"must be a whole number (got {got})", f"harus bilangan bulat (isinya {got})"
    if kind == "string_type":
        return "not_text", f"must be text (got {got})", f"harus berupa teks (isinya {got})"
    if kind == "string_too_long":
        n = ctx.get("max_length")
        return "too_long", f"is too long (at most {n} characters)", f"terlalu panjang (paling banyak {n} karakter)"
    if kind == "string_too_short":
        return "empty", "must not be empty", "tidak boleh kosong"
    if kind == "too_long":
        n = ctx.get("max_length")
        return "too_many", f"has too many rows (at most {n})", f"terlalu banyak baris (paling banyak {n})"
    if kind == "list_type":
        return "not_list", "must be a list", "harus berupa daftar"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "not_object", "must be an object", "harus berupa objek"
    if kind == "literal_error":
        levels = ", ".join(REGION_LEVELS)
        return ("unknown_value", f"{got} is not one of the known values ({levels})",
                f"{got} bukan salah satu nilai yang dikenal ({levels})")
    if kind == "string_pattern_mismatch":
        return ("bad_format", f"{got} has the wrong form (letters, digits, '.', '_' or '-'; dates YYYY-MM-DD)",
                f"bentuk {got} salah (huruf, angka, '.', '_' atau '-'; tanggal TTTT-BB-HH)")
    if kind == "not_a_date":
        return "not_a_date", f"{got} is not a real date (YYYY-MM-DD)", f"{got} bukan tanggal yang sah (TTTT-BB-HH)"
    if kind == "date_out_of_range":
        return ("date_out_of_range", f"{got} is outside {FIRST_YEAR}-{LAST_YEAR}",
                f"{got} di luar tahun {FIRST_YEAR}-{LAST_YEAR}")
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return "out_of_range", f"{got} is out of range", f"{got} di luar batas"
    msg = str(err.get("msg", "invalid"))[:200]
    return "invalid", f"is not valid ({msg})", f"tidak sah ({msg})"


def _problem(where: str, code: str, en: str, id_: str) -> ReferenceProblem:
    prefix = f"{where}: " if where else ""
    return ReferenceProblem(where, code, prefix + en, prefix + id_)


def _duplicates(data: ReferenceData) -> list[ReferenceProblem]:
    out: list[ReferenceProblem] = []
    keys = (("categories", "id"), ("agencies", "id"), ("regions", "code"), ("channels", "code"),
            ("closures", "date"))
    for section, key in keys:
        first: dict[Any, int] = {}
        for i, row in enumerate(getattr(data, section)):
            value = getattr(row, key)
            if value in first:
                out.append(_problem(f"{section}[{i}].{key}", "duplicate",
                                    f"duplicate {key} {_shown(value)} (also in row {first[value]})",
                                    f"{key} {_shown(value)} ganda (juga di baris {first[value]})"))
            else:
                first[value] = i
    return out


def _too_deep() -> ReferenceProblem:
    return _problem("", "too_deep", f"the JSON is nested more than {MAX_JSON_DEPTH} levels deep",
                    f"JSON bersarang lebih dari {MAX_JSON_DEPTH} tingkat")


def _raise(problems: list[ReferenceProblem]) -> None:
    raise ReferenceInvalid(problems[:MAX_PROBLEMS], max(0, len(problems) - MAX_PROBLEMS))


def validate_reference(raw: Any) -> ReferenceData:
    """Reference data from a parsed JSON value, checked completely; :class:`ReferenceInvalid`."""
    if not isinstance(raw, dict):
        _raise([_problem("", "not_object", "reference data must be a JSON object",
                         "data referensi harus berupa objek JSON")])
    if depth_exceeds(raw, MAX_JSON_DEPTH):
        _raise([_too_deep()])
    try:
        data = ReferenceData.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            code, en, id_ = _reason(err)
            problems.append(_problem(_where(tuple(err.get("loc", ()))), code, en, id_))
        _raise(problems)
    except RecursionError:
        _raise([_too_deep()])
    dups = _duplicates(data)
    if dups:
        _raise(dups)
    return data


def parse_reference(raw: str | bytes) -> ReferenceData:
    """Reference data from a file's bytes (or text): size, encoding, nesting, JSON, then
    :func:`validate_reference`."""
    if len(raw) > MAX_REFERENCE_BYTES:
        _raise([_problem("", "too_large", f"the file is larger than {MAX_REFERENCE_BYTES >> 20} MB",
                         f"berkas lebih besar dari {MAX_REFERENCE_BYTES >> 20} MB")])
    try:
        value = loads(raw, max_depth=MAX_JSON_DEPTH)
    except JsonTooDeep:
        _raise([_too_deep()])
    except UnicodeDecodeError:
        _raise([_problem("", "encoding", "the file is not UTF-8 text", "berkas bukan teks UTF-8")])
    except ValueError as exc:
        detail = str(exc)[:200]
        _raise([_problem("", "json", f"the file is not valid JSON ({detail})",
                         f"berkas bukan JSON yang sah ({detail})")])
    return validate_reference(value)
