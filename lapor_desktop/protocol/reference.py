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
(``closures[1].date``, the row counted from 0 as in the file's list) and what: a stable code and its
words' catalogue key ``reference.<code>`` with parameters. Desk files may spell ``parent`` as
``parent_id`` (agencies) or ``parent_code`` (regions) and ``date`` as ``day`` (closures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from lapor_desktop.core.jsonlimits import JsonTooDeep, depth_exceeds, loads
from lapor_desktop.core.text import say

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
    """One fault: ``code`` is stable (not_a_date, duplicate, unknown_value, too_long, too_deep, ...);
    its words are the catalogue's ``key`` (``reference.*`` in core/messages.py, Indonesian in the
    .ts) filled with ``params`` and ``where``, so the desk shows them in the clerk's language and
    the hub's log in English."""

    where: str  # "closures[1].date", "categories", "" (the whole file)
    code: str
    key: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def text(self, lang: str = "id") -> str:
        return say(self.key, lang, where=self.where, **self.params)

    @property
    def message_en(self) -> str:
        return self.text("en")

    @property
    def message_id(self) -> str:
        return self.text("id")


class ReferenceInvalid(ValueError):
    """Reference data that must not be applied; ``problems`` says where and what."""

    def __init__(self, problems: list[ReferenceProblem], more: int = 0) -> None:
        self.problems = problems
        self.more = more
        super().__init__(self.text("en"))

    def lines(self, lang: str = "id") -> list[str]:
        out = [p.text(lang) for p in self.problems]
        if self.more:
            out.append(say("reference.more", lang, more=self.more))
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


# pydantic's error type -> the problem's code (its words: the catalogue's reference.<code>)
_CODES = {
    "missing": "required", "int_type": "not_integer", "int_parsing": "not_integer", "int_from_float": "not_integer",
    "string_type": "not_text", "string_too_long": "too_long", "string_too_short": "empty", "too_long": "too_many",
    "list_type": "not_list", "model_type": "not_object", "dict_type": "not_object",
    "model_attributes_type": "not_object", "literal_error": "unknown_value", "string_pattern_mismatch": "bad_format",
    "not_a_date": "not_a_date", "date_out_of_range": "date_out_of_range", "greater_than_equal": "out_of_range",
    "less_than_equal": "out_of_range", "greater_than": "out_of_range", "less_than": "out_of_range",
}


def _reason(err: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(code, params) for one pydantic error."""
    code = _CODES.get(err.get("type", ""), "invalid")
    ctx = err.get("ctx") or {}
    params: dict[str, Any] = {"value": _shown(err.get("input"))}
    if code in ("too_long", "too_many"):
        params["max"] = ctx.get("max_length")
    elif code == "unknown_value":
        params["levels"] = ", ".join(REGION_LEVELS)
    elif code == "date_out_of_range":
        params.update(first=FIRST_YEAR, last=LAST_YEAR)
    elif code == "invalid":
        params["detail"] = str(err.get("msg", "invalid"))[:200]
    return code, params


def _problem(where: str, code: str, key: str = "", **params: Any) -> ReferenceProblem:
    """A problem of ``where`` (a row's field, or "" for the whole file) with the words of ``key``
    (default ``reference.<code>``: they begin with ``{where}: ``; a whole-file problem's key has no
    place)."""
    return ReferenceProblem(where, code, key or f"reference.{code}", params)


def _duplicates(data: ReferenceData) -> list[ReferenceProblem]:
    out: list[ReferenceProblem] = []
    keys = (("categories", "id"), ("agencies", "id"), ("regions", "code"), ("channels", "code"),
            ("closures", "date"))
    for section, key in keys:
        first: dict[Any, int] = {}
        for i, row in enumerate(getattr(data, section)):
            value = getattr(row, key)
            if value in first:
                out.append(_problem(f"{section}[{i}].{key}", "duplicate", name=key, value=_shown(value),
                                    first=first[value]))
            else:
                first[value] = i
    return out


def _too_deep() -> ReferenceProblem:
    return _problem("", "too_deep", max=MAX_JSON_DEPTH)


def _raise(problems: list[ReferenceProblem]) -> None:
    raise ReferenceInvalid(problems[:MAX_PROBLEMS], max(0, len(problems) - MAX_PROBLEMS))


def validate_reference(raw: Any) -> ReferenceData:
    """Reference data from a parsed JSON value, checked completely; :class:`ReferenceInvalid`."""
    if not isinstance(raw, dict):
        _raise([_problem("", "not_object", "reference.file_not_object")])
    if depth_exceeds(raw, MAX_JSON_DEPTH):
        _raise([_too_deep()])
    try:
        data = ReferenceData.model_validate(raw)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            code, params = _reason(err)
            problems.append(_problem(_where(tuple(err.get("loc", ()))) or "data", code, **params))
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
        _raise([_problem("", "too_large", mb=MAX_REFERENCE_BYTES >> 20)])
    try:
        value = loads(raw, max_depth=MAX_JSON_DEPTH)
    except JsonTooDeep:
        _raise([_too_deep()])
    except UnicodeDecodeError:
        _raise([_problem("", "encoding")])
    except ValueError as exc:
        detail = str(exc)[:200]
        _raise([_problem("", "json", detail=detail)])
    return validate_reference(value)
