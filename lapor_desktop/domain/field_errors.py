"""The error value of field checks (``FieldError``), the limits of the complaint's text fields, and
the checks every field shares (presence, type, length).

An error carries a stable ``code`` (what tests and the command line's JSON name), the catalogue
``key`` of its words and their ``params``; its words are in :mod:`lapor_desktop.core.messages`
(English) and the Qt Linguist file (Indonesian), never here. ``text(words)`` puts it into words in
one language: the screens pass Qt's lookup (``ui/forms.QtWords``), everything else
``core.text.words(lang)`` (``message``/``message_en`` are those two). The field's name is the
catalogue's ``field.<path>``.

Pure: no I/O at import. :mod:`.validation` (whole complaints and edits) and :mod:`.contact_fields`
(NIK, phone, e-mail) build on it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from lapor_desktop.core.text import Words, fill


class WordSource(Protocol):
    """The catalogue in one language (``core.text.Words``, or the screens' Qt lookup)."""

    lang: str

    def get(self, key: str) -> str | None: ...


# ----------------------------------------------------------------------------- the error value
@dataclass(frozen=True)
class FieldError:
    field: str  # dotted path: "title", "reporter.nik", "location.village"
    code: str  # stable: "required", "too_long", "nik_length", ...
    # fixed words of an error whose text is not in the catalogue yet (Indonesian, English)
    id_text: str = ""
    en_text: str = ""
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    key: str = ""  # its words in core/messages.py; "" when id_text/en_text are its words

    def text(self, words: WordSource) -> str:
        """The error in the words of ``words``' language, naming the field."""
        if not self.key:
            return self.id_text if words.lang == "id" else self.en_text
        label = words.get("field." + self.field) or self.field
        values: dict[str, Any] = {"field": label, "Field": _cap(label), **self.params}
        for name, prefix in (("expected", "type."), ("got", "kind."), ("label", "")):
            if name in self.params:
                values[name] = words.get(prefix + str(self.params[name])) or self.params[name]
        derive = DERIVED.get(self.key)
        if derive is not None:
            values.update(derive(self.params, words))
        return fill(words.get(self.key) or self.key, values)

    @property
    def message(self) -> str:
        """Indonesian (the catalogue's translation, read without Qt)."""
        return self.text(Words("id"))

    @property
    def message_en(self) -> str:
        return self.text(Words("en"))


# key -> the values its words need beyond the params (lists put into words, ...)
DERIVED: dict[str, Callable[[Mapping[str, Any], WordSource], dict[str, Any]]] = {}


def errors_by_field(errors: Iterable[FieldError]) -> dict[str, list[FieldError]]:
    """Group errors by field path, keeping their order."""
    out: dict[str, list[FieldError]] = {}
    for e in errors:
        out.setdefault(e.field, []).append(e)
    return out


# ----------------------------------------------------------------------------- limits
TITLE_MIN, TITLE_MAX = 3, 200  # real titles: DTKS, IKD, Ektp
BODY_MIN, BODY_MAX = 10, 5000
NAME_MAX = 120
ADDRESS_MAX = 500
LOCATION_PART_MAX = 100
EMAIL_MAX = 254
LOCATION_KEYS = ("province", "city", "district", "village")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def field_error(path: str, code: str, key: str = "", **params: Any) -> FieldError:
    """An error of ``path`` with the words of ``key`` in core/messages.py (default: the code's own)."""
    return FieldError(field=path, code=code, params=params, key=key or code)


_err = field_error


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


def _required(path: str) -> FieldError:
    return _err(path, "required")


def _wrong_type(path: str, expected: str, value: object) -> FieldError:
    return _err(path, "wrong_type", expected=expected, got=_kind(value))


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
    if min_len and n < min_len:
        return [_err(path, "too_short", min=min_len, length=n)]
    if max_len is not None and n > max_len:
        return [_err(path, "too_long", max=max_len, length=n)]
    return []


def _check_bool(path: str, value: object) -> list[FieldError]:
    if value is None or isinstance(value, bool):
        return []
    return [_wrong_type(path, "boolean", value)]

