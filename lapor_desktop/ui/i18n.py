"""Translations. English source strings in the code; Indonesian is the default language.

``resources/translations/<domain>_<lang>.ts`` is the source of truth, for two domains:
``lapor_desktop`` (the program's strings) and ``qtbase`` (Qt's own strings: standard buttons,
the file dialog, text edit menus, print preview, wizard buttons; hand-written, because Qt ships
no Indonesian). Qt loads them compiled, as ``.qm`` catalogues made by Qt's ``lrelease``
(:mod:`lapor_desktop.ui.qm_catalogue`), named after the ``.ts`` content's hash. A catalogue
compiled at build time sits beside its ``.ts`` (the wheel, the bundle); otherwise the first start
compiles it into the profile's cache folder (``<cache>/translations``) and later starts reuse it
until the ``.ts`` changes. If a catalogue cannot be had (no lrelease, a broken file), the log
says so, naming the language and the reason, and the program shows English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from lapor_desktop.core.paths import AppPaths, resources_dir

from .qm_catalogue import LreleaseMissing, compile_one, qm_name

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"
DOMAINS = ("lapor_desktop", "qtbase")  # the first one is required for a language to count


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(lang: str, domain: str = "lapor_desktop") -> Path:
    return translations_dir() / f"{domain}_{lang}.ts"


def default_cache_dir() -> Path:
    """Where catalogues compiled at start go: the profile's cache folder (``LAPOR_DESKTOP_HOME``
    or the platform's own), sub-folder ``translations``."""
    return AppPaths.resolve().cache_dir / "translations"


def catalogue(lang: str, domain: str = "lapor_desktop", cache_dir: Path | None = None) -> Path:
    """The compiled ``.qm`` for ``<domain>_<lang>.ts``: the one built beside it, else the one in
    the cache folder, else compiled now into the cache folder.

    Raises FileNotFoundError (no ``.ts``), LreleaseMissing, RuntimeError (lrelease failed) or
    OSError (the cache folder cannot be written)."""
    ts = ts_path(lang, domain)
    name = qm_name(ts)  # FileNotFoundError when there is no .ts
    cache = Path(cache_dir) if cache_dir is not None else _cache_dir or default_cache_dir()
    for folder in (ts.parent, cache):
        if (folder / name).is_file():
            return folder / name
    made = compile_one(ts, cache)
    log.info("translation %s compiled into the cache folder", made.name)
    for stale in cache.glob(f"{ts.stem}.*.qm"):  # compiled from an earlier version of the .ts
        if stale != made:
            try:
                stale.unlink()
            except OSError:
                pass
    return made


_installed: list[QTranslator] = []
_cache_dir: Path | None = None


def _english() -> str:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return "en"


def install_translator(app: QCoreApplication, lang: str, cache_dir: Path | None = None) -> str:
    """Install the translators for ``lang`` ("id" or "en"); returns the language in effect.

    English is the source language: no translator at all (Qt's own strings are English too).
    ``cache_dir``: where catalogues compiled at start go (remembered for later calls; default
    :func:`default_cache_dir`). Without the program's catalogue the language is English, and the
    log says why; without Qt's (``qtbase``) only Qt's own buttons and dialogs stay English.
    """
    global _cache_dir
    if cache_dir is not None:
        _cache_dir = Path(cache_dir)
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English,
                               QLocale.Country.Indonesia if lang == "id" else QLocale.Country.UnitedStates))
    if lang == "en":
        return lang
    translators: list[QTranslator] = []
    for domain in DOMAINS:
        required = domain == DOMAINS[0]
        shows = "the program shows English" if required else "Qt's own buttons and dialogs stay English"
        try:
            qm = catalogue(lang, domain, cache_dir)
        except FileNotFoundError:
            log.error("no translation %s_%s.ts: %s", domain, lang, shows)
        except LreleaseMissing:
            log.error("translation %s_%s cannot be compiled: Qt's lrelease is missing "
                      "(reinstall PySide6 from the lock): %s", domain, lang, shows)
        except (RuntimeError, OSError) as exc:
            log.error("translation %s_%s cannot be compiled (%s): %s", domain, lang, exc, shows)
        else:
            t = QTranslator(app)
            if t.load(str(qm)):
                translators.append(t)
                continue
            log.error("compiled translation %s unreadable: %s", qm.name, shows)
        if required:
            return _english()
    for t in translators:
        app.installTranslator(t)
        _installed.append(t)
    return lang


def current_language() -> str:
    return "id" if _installed else "en"
