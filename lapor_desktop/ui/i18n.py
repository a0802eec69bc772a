"""Translations. English source strings in the code; Indonesian is the default language.

``resources/translations/<domain>_<lang>.ts`` is the source of truth, for two domains:
``lapor_desktop`` (the program's strings) and ``qtbase`` (Qt's own strings: standard buttons,
the file dialog, text edit menus, print preview, wizard buttons; hand-written, because Qt ships
no Indonesian). At run time a compiled ``.qm`` beside a ``.ts`` is used when present (packaged
builds compile them with :func:`compile_translations`); otherwise :class:`TsTranslator` reads
the ``.ts`` XML itself, so a development checkout needs no build step.

Qt searches the most recently installed translator first and takes its first non-null answer.
A Python translator cannot safely answer "not found" (PySide6 6.12 mis-counts a returned None),
so all ``.ts`` files of a language go into ONE :class:`TsTranslator`, installed first (searched
last, answering the source text when it has nothing); compiled ``.qm`` translators, which answer
null when they have nothing, are installed after it.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from lapor_desktop.core.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
DOMAINS = ("lapor_desktop", "qtbase")  # the first one is required for a language to count


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(lang: str, domain: str = "lapor_desktop") -> Path:
    return translations_dir() / f"{domain}_{lang}.ts"


def qm_path(lang: str, domain: str = "lapor_desktop") -> Path:
    return translations_dir() / f"{domain}_{lang}.qm"


class TsTranslator(QTranslator):
    """A translator fed directly from one or more Qt Linguist ``.ts`` files."""

    def __init__(self, path: Path | Iterable[Path], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._table: dict[tuple[str, str, str], str] = {}
        self._plurals: dict[tuple[str, str, str], list[str]] = {}
        self._by_source: dict[tuple[str, str], str] = {}
        self._lang = ""
        for p in ([path] if isinstance(path, (str, Path)) else list(path)):
            self._load(Path(p))

    def _load(self, path: Path) -> None:
        root = ET.parse(path).getroot()
        self._lang = self._lang or root.get("language", "")
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
    """Install the translators for ``lang`` ("id" or "en"); returns the language in effect.

    English is the source language: no translator at all (Qt's own strings are English too).
    """
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia if lang == "id" else QLocale.Country.UnitedStates))
    if lang == "en":
        return lang
    compiled: list[QTranslator] = []
    compiled_domains: set[str] = set()
    sources: list[Path] = []
    for domain in DOMAINS:
        qm = qm_path(lang, domain)
        if qm.exists():
            t = QTranslator(app)
            if t.load(str(qm)):
                compiled.append(t)
                compiled_domains.add(domain)
                continue
            log.warning("compiled translation unreadable: %s", qm.name)
        if ts_path(lang, domain).exists():
            sources.append(ts_path(lang, domain))
        elif domain == DOMAINS[0]:
            log.warning("no translation for %s; showing English", lang)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return "en"
    translators: list[QTranslator] = []
    if sources:
        try:
            translators.append(TsTranslator(sources, app))  # first: searched last
        except (OSError, ET.ParseError):
            log.exception("translation file unreadable")
            if DOMAINS[0] not in compiled_domains:
                QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
                return "en"
    translators += compiled
    for t in translators:
        app.installTranslator(t)
        _installed.append(t)
    return lang


def _lrelease() -> list[str] | None:
    """The command that compiles .ts to .qm: PySide6's own lrelease, else one on PATH."""
    try:
        import PySide6

        exe = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if exe.exists():
            return [str(exe)]
    except ImportError:  # pragma: no cover
        pass
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_translations(dst: Path | None = None, src: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` in ``src`` (default: the resources' translations) into ``.qm``
    files in ``dst`` (default: beside the sources). Used by packaging/build.sh; the .qm files
    are never committed. Raises RuntimeError when no lrelease is available."""
    src = Path(src) if src is not None else translations_dir()
    dst = Path(dst) if dst is not None else src
    dst.mkdir(parents=True, exist_ok=True)
    cmd = _lrelease()
    if cmd is None:
        raise RuntimeError("pyside6-lrelease not found")
    out: list[Path] = []
    for ts in sorted(src.glob("*.ts")):
        qm = dst / (ts.stem + ".qm")
        subprocess.run([*cmd, "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def current_language() -> str:
    return "id" if _installed else "en"


if __name__ == "__main__":  # python -m lapor_desktop.ui.i18n [DST [SRC]]: compile the .qm files
    _args = [Path(a) for a in sys.argv[1:3]]
    for _qm in compile_translations(*_args):
        print(_qm)
