"""Translations. English source strings in the code; Indonesian is the default language.

``resources/translations/lapor_desktop_<lang>.ts`` is the source of truth. At run time a
compiled ``.qm`` beside it is used when present (a packaged build may compile one); otherwise
:class:`TsTranslator` reads the ``.ts`` XML itself, so a development checkout needs no build step.
Qt's own standard buttons have no Indonesian: the dialogs set their button texts through tr().
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from lapor_desktop.core.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(lang: str) -> Path:
    return translations_dir() / f"lapor_desktop_{lang}.ts"


class TsTranslator(QTranslator):
    """A translator fed directly from a Qt Linguist ``.ts`` file."""

    def __init__(self, path: Path, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._table: dict[tuple[str, str, str], str] = {}
        self._plurals: dict[tuple[str, str, str], list[str]] = {}
        self._by_source: dict[tuple[str, str], str] = {}
        self._lang = ""
        self._load(path)

    def _load(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        self._lang = root.get("language", "")
        for ctx in root.iter("context"):
            cname = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                comment = msg.findtext("comment") or ""
                tr_el = msg.find("translation")
                if tr_el is None or tr_el.get("type") in ("obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in tr_el.findall("numerusform")]
                if forms:
                    if any(forms):
                        self._plurals[(cname, source, comment)] = forms
                    continue
                text = tr_el.text or ""
                if text:
                    self._table[(cname, source, comment)] = text
                    self._by_source.setdefault((cname, source), text)

    def language(self) -> str:
        return self._lang

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return not self._table and not self._plurals

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str:
        comment = disambiguation or ""
        if n >= 0:
            forms = self._plurals.get((context, source, comment))
            if forms:
                # Indonesian has one plural form
                return forms[0].replace("%n", str(n))
        text = self._table.get((context, source, comment))
        if text is None and not comment:
            text = self._by_source.get((context, source))
        if text is None:
            # Untranslated: the source text itself. (Returning None would ask Qt for its own
            # fallback, but PySide6 6.12 then loses a reference to None on every call.)
            return source
        return text.replace("%n", str(n)) if n >= 0 else text


_installed: list[QTranslator] = []


def install_translator(app: QCoreApplication, lang: str) -> str:
    """Install the translator for ``lang`` ("id" or "en"); returns the language in effect."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia if lang == "id" else QLocale.Country.UnitedStates))
    if lang == "en":
        return lang
    qm = translations_dir() / f"lapor_desktop_{lang}.qm"
    translator: QTranslator | None = None
    if qm.exists():
        t = QTranslator(app)
        if t.load(str(qm)):
            translator = t
    if translator is None and ts_path(lang).exists():
        try:
            translator = TsTranslator(ts_path(lang), app)
        except (OSError, ET.ParseError):
            log.exception("translation file unreadable")
    if translator is None:
        log.warning("no translation for %s; showing English", lang)
        return "en"
    app.installTranslator(translator)
    _installed.append(translator)
    return lang


def current_language() -> str:
    return "id" if _installed else "en"
