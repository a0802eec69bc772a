"""Keys of the message catalogue (:mod:`lapor_desktop.core.messages`) turned into words without Qt:
for the command line, the receipt and the services' own texts.

English is the catalogue itself. Indonesian is read from the same Qt Linguist file the screens'
compiled catalogue comes from (``resources/translations/lapor_desktop_id.ts``, context
``Messages``, the key as each message's comment): parsed once per process (about 10 ms, stdlib
XML), the first time an Indonesian text is asked for, so a command that prints no message never
reads it. An entry without a finished translation, or a missing ``.ts``, reads as the English.
The screens use Qt's own lookup of the same entries (``ui/forms.QtWords``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from .messages import CONTEXT, MESSAGES

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")


class _Keep(dict):  # type: ignore[type-arg]
    """A placeholder with no value stays as written instead of failing."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def fill(template: str, values: Mapping[str, Any]) -> str:
    """``template`` with its ``{name}`` placeholders filled (values are inserted, never parsed)."""
    return template.format_map(_Keep(values))


def resources_dir() -> Path:
    """The program's resources folder (``core/paths``, which loads platformdirs: only when a
    translation is first read, not for ``lapor-desktop --version``)."""
    from .paths import resources_dir as folder

    return folder()


@lru_cache(maxsize=4)
def translations(lang: str) -> dict[str, str]:
    """key -> finished translation of the ``Messages`` context of ``lapor_desktop_<lang>.ts``."""
    import xml.etree.ElementTree as ET  # only when a message is first put into Indonesian

    path = resources_dir() / "translations" / f"lapor_desktop_{lang}.ts"
    out: dict[str, str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        log.error("no %s message catalogue (%s): messages stay English", lang, exc.__class__.__name__)
        return out
    for ctx in root.iter("context"):
        if ctx.findtext("name") != CONTEXT:
            continue
        for m in ctx.iter("message"):
            key, source, tr = m.findtext("comment"), m.findtext("source"), m.find("translation")
            if (not key or tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
                    or not tr.text or MESSAGES.get(key) != source):
                continue  # a translation of another English text is stale: the English shows
            out[key] = tr.text
    return out


class Words:
    """The catalogue in one language: ``words(key)`` is that key's text; ``words.get(key)`` is
    None for a key the catalogue does not have."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "id"

    def get(self, key: str) -> str | None:
        source = MESSAGES.get(key)
        if source is None or self.lang == "en":
            return source
        return translations(self.lang).get(key, source)

    def __call__(self, key: str, **params: Any) -> str:
        text = self.get(key)
        if text is None:
            raise KeyError(f"no message {key!r} in core/messages.py")
        return fill(text, params) if params else text


def words(lang: str = "id") -> Words:
    return Words(lang)


def say(key: str, lang: str = "id", **params: Any) -> str:
    """The text of ``key`` in ``lang`` with ``params`` filled in."""
    return Words(lang)(key, **params)
