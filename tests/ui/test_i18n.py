"""Translations: every source string is in the Indonesian .ts and translated; Qt's own strings
(standard buttons, file dialog, edit menus, wizard) come out in Indonesian; compiled .qm files
(compiled by lrelease, once, keyed by the .ts content) are what is loaded; Indonesian number and date formats."""

from __future__ import annotations

import logging
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWizard

from lapor_desktop.core.paths import resources_dir
from lapor_desktop.ui import i18n, qm_catalogue

ROOT = Path(__file__).resolve().parents[2]
QT_CONTEXTS = ("QPlatformTheme", "QFileDialog", "QFileSystemModel", "QLineEdit", "QWidgetTextControl",
               "QMessageBox", "QWizard", "QPrintPreviewDialog", "QAbstractFileIconProvider")


def _messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            out[(name, m.findtext("source") or "", m.findtext("comment") or "")] = m
    return out


def _finished(m: ET.Element) -> bool:
    t = m.find("translation")
    if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return bool((t.text or "").strip() or [f for f in t.findall("numerusform") if (f.text or "").strip()])


def _lupdate() -> str | None:
    found = shutil.which("pyside6-lupdate")
    if found:
        return found
    import PySide6

    exe = Path(PySide6.__file__).parent / "lupdate"
    return str(exe) if exe.exists() else None


def test_every_string_in_the_sources_is_translated(tmp_path):
    """lupdate the sources into an empty .ts; every message found must be translated in ours."""
    lupdate = _lupdate()
    assert lupdate is not None, "PySide6's lupdate is missing: PySide6-Essentials ships it (reinstall from the lock)"
    fresh = tmp_path / "fresh_id.ts"
    sources = [str(ROOT / "lapor_desktop" / "app.py"), *sorted(str(p) for p in (ROOT / "lapor_desktop" / "ui").rglob("*.py"))]
    subprocess.run([lupdate, "-silent", "-locations", "none", *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    wanted = _messages(fresh)
    assert len(wanted) > 300
    have = _messages(i18n.ts_path("id"))
    missing = [k for k in wanted if k not in have]
    unfinished = [k for k in wanted if k in have and not _finished(have[k])]
    assert not missing, f"strings missing from lapor_desktop_id.ts (run pyside6-lupdate and translate): {missing[:10]}"
    assert not unfinished, f"untranslated strings in lapor_desktop_id.ts: {unfinished[:10]}"


def test_every_entry_of_both_ts_files_is_finished():
    for path in (i18n.ts_path("id"), i18n.ts_path("id", "qtbase")):
        msgs = _messages(path)
        assert msgs, path
        bad = [k for k, m in msgs.items() if m.find("translation") is not None
               and m.find("translation").get("type") not in ("vanished", "obsolete") and not _finished(m)]
        assert not bad, f"{path.name}: {bad[:10]}"


class _Recorder(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        self.seen.add((context, source, disambiguation or ""))
        return source


def test_qt_asks_only_for_strings_we_translated(qapp):
    """Record what Qt looks up while building its dialogs; all of it must be in qtbase_id.ts."""
    rec = _Recorder()
    qapp.installTranslator(rec)
    widgets = []
    try:
        box = QDialogButtonBox()
        for b in QDialogButtonBox.StandardButton:
            if b not in (QDialogButtonBox.StandardButton.NoButton, QDialogButtonBox.StandardButton.FirstButton,
                         QDialogButtonBox.StandardButton.LastButton):
                box.addButton(b)
        mb = QMessageBox()
        mb.setDetailedText("rincian")
        mb.show()
        fd = QFileDialog(None, "x")
        fd.setOption(QFileDialog.Option.DontUseNativeDialog)
        fd.show()
        fd.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        wiz = QWizard()
        wiz.show()
        le = QLineEdit()
        menu = le.createStandardContextMenu()
        widgets = [box, mb, fd, wiz, le, menu]
        qapp.processEvents()
    finally:
        qapp.removeTranslator(rec)
        for w in widgets:
            w.close()
    have = _messages(i18n.ts_path("id", "qtbase"))
    asked = {k for k in rec.seen if k[0] in QT_CONTEXTS}
    assert len(asked) > 40
    missing = sorted(k for k in asked if k not in have)
    assert not missing, f"Qt strings missing from qtbase_id.ts: {missing}"


def _cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text()


def test_standard_buttons_in_indonesian(qapp):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    texts = {box.standardButton(b): b.text() for b in box.buttons()}
    assert texts[QDialogButtonBox.StandardButton.Cancel] == "Batal"
    assert texts[QDialogButtonBox.StandardButton.Save] == "Simpan"
    assert texts[QDialogButtonBox.StandardButton.Close] == "Tutup"
    mb = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert mb.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert mb.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Nama berkas:"
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Tempel"


def test_english_has_no_translator_and_indonesian_comes_back(qapp):
    try:
        assert i18n.install_translator(qapp, "en") == "en"
        assert _cancel_text() == "Cancel"
        assert QCoreApplication.translate("MainWindow", "Front desk") == "Front desk"
        assert QLocale().toString(1234) == "1,234"
    finally:
        assert i18n.install_translator(qapp, "id") == "id"
    assert QCoreApplication.translate("MainWindow", "Front desk") == "Loket"


@pytest.fixture
def own_translations(qapp, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """A copy of the .ts files as the program's translations folder and an empty cache folder;
    the session's translators come back afterwards."""
    src, cache = tmp_path / "translations", tmp_path / "cache"
    src.mkdir()
    for ts in (resources_dir() / "translations").glob("*.ts"):
        shutil.copy(ts, src / ts.name)
    monkeypatch.setattr(i18n, "translations_dir", lambda: src)
    monkeypatch.setattr(i18n, "_cache_dir", cache)
    yield src, cache
    monkeypatch.undo()
    assert i18n.install_translator(qapp, "id") == "id"


def _lrelease_runs(monkeypatch) -> list:  # type: ignore[no-untyped-def]
    runs: list = []
    real = qm_catalogue.lrelease

    def counting():  # type: ignore[no-untyped-def]
        runs.append(1)
        return real()

    monkeypatch.setattr(qm_catalogue, "lrelease", counting)
    return runs


def test_the_first_start_compiles_catalogues_into_the_cache_once(qapp, own_translations, monkeypatch):
    src, cache = own_translations
    assert qm_catalogue.lrelease() is not None, "PySide6's lrelease is missing: PySide6-Essentials ships it"
    runs = _lrelease_runs(monkeypatch)
    assert i18n.install_translator(qapp, "id") == "id"
    assert len(runs) == 2  # lapor_desktop and qtbase
    names = sorted(p.name for p in cache.glob("*.qm"))
    assert [n.split(".")[0] for n in names] == ["lapor_desktop_id", "qtbase_id"]
    assert all(type(t) is QTranslator and t.filePath().endswith(".qm") for t in i18n._installed)
    assert QCoreApplication.translate("MainWindow", "Front desk") == "Loket"
    assert _cancel_text() == "Batal"
    # the next start reuses them: no lrelease run
    assert i18n.install_translator(qapp, "id") == "id"
    assert len(runs) == 2
    # a changed .ts is a new catalogue (keyed by the content), never the stale one
    ts = src / "lapor_desktop_id.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>Loket</translation>",
                                                         "<translation>Loket Depan</translation>"),
                  encoding="utf-8")
    assert i18n.install_translator(qapp, "id") == "id"
    assert len(runs) == 3
    assert QCoreApplication.translate("MainWindow", "Front desk") == "Loket Depan"
    assert len(list(cache.glob("lapor_desktop_id.*.qm"))) == 1  # the stale one is gone


def test_a_catalogue_built_beside_the_ts_needs_no_lrelease(qapp, own_translations, monkeypatch):
    """The wheel and the bundle compile at build time; the installed program then needs no lrelease."""
    src, cache = own_translations
    made = qm_catalogue.compile_dir(src)
    assert sorted(p.parent for p in made) == [src, src]
    monkeypatch.setattr(qm_catalogue, "lrelease", lambda: None)
    assert i18n.install_translator(qapp, "id") == "id"
    assert not cache.exists() or not list(cache.iterdir())
    assert sorted(Path(t.filePath()) for t in i18n._installed) == sorted(made)
    assert QCoreApplication.translate("MainWindow", "Front desk") == "Loket"


def test_without_lrelease_the_log_says_why_the_program_shows_english(qapp, own_translations, monkeypatch,
                                                                    caplog):
    monkeypatch.setattr(qm_catalogue, "lrelease", lambda: None)
    caplog.set_level(logging.INFO, logger="lapor_desktop.ui.i18n")
    assert i18n.install_translator(qapp, "id") == "en"
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("MainWindow", "Front desk") == "Front desk"
    assert QLocale().language() == QLocale.Language.English
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("lapor_desktop_id" in m and "lrelease is missing" in m and "English" in m for m in errors), errors


def test_a_broken_ts_is_logged_and_shows_english(qapp, own_translations, caplog):
    src, _cache = own_translations
    (src / "lapor_desktop_id.ts").write_text("<TS><context><name>x</name>", encoding="utf-8")
    caplog.set_level(logging.INFO, logger="lapor_desktop.ui.i18n")
    assert i18n.install_translator(qapp, "id") == "en"
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("lapor_desktop_id" in m and "English" in m for m in errors), errors


def test_the_compiled_catalogue_speaks_indonesian_in_the_main_window(window):
    """The real main window, built with the session's translators: compiled .qm catalogues only
    (no run-time .ts reader), and its buttons and Qt's own ones in Indonesian."""
    assert i18n._installed and all(type(t) is QTranslator and t.filePath().endswith(".qm")
                                   for t in i18n._installed)
    assert window.nav_buttons["intake"].text() == "Loket"
    assert window.nav_buttons["queue"].text() == QCoreApplication.translate("MainWindow", "Queue") != "Queue"
    assert window.account_buttons["signout"].text().replace("&", "") == "Keluar"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, window)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"


def test_indonesian_numbers_dates_and_money(qapp):
    from lapor_desktop.ui.fmt import fmt_date

    loc = QLocale()
    assert loc.language() == QLocale.Language.Indonesian
    assert loc.toString(1234) == "1.234"
    assert loc.toString(1234.5, "f", 1) == "1.234,5"
    assert loc.toString(QDate(2026, 11, 28), "dddd, d MMMM yyyy") == "Sabtu, 28 November 2026"
    assert fmt_date(date(2026, 8, 17)) == "17 Agu 2026"
    assert loc.toCurrencyString(1500000).replace("\xa0", "") == "Rp1.500.000"


def test_pseudo_translation_clips_nothing_on_the_main_screens(qapp, tmp_path):
    """Every string ~40% longer (tests/ui/pseudo_l10n.py): no clipped label or button on any main
    screen, and no screen wider than 1366 px (a long translation must not widen the window)."""
    import sys

    from PySide6.QtGui import QImage

    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    try:
        import pseudo_l10n
    finally:
        sys.path.pop(0)
    try:
        report = pseudo_l10n.shoot(tmp_path, "pseudo", complaints=12, pump_ms=30)
    finally:
        i18n.install_translator(qapp, "id")
    shots = sorted(tmp_path.glob("pseudo-*.png"))
    assert len(shots) == len(report) >= 14
    assert not any(report.values()), {k: v for k, v in report.items() if v}
    too_wide = {p.name: QImage(str(p)).width() for p in shots if QImage(str(p)).width() > 1366}
    assert not too_wide, too_wide
    assert pseudo_l10n.pseudo("Save %1 &now").startswith("[Šàvé %1 &ñöw")


def test_every_catalogue_message_is_translated():
    """core/messages.py is the English of the Messages context; each key is one message there
    (its comment), with the same English and a finished Indonesian translation."""
    from lapor_desktop.core.messages import CONTEXT, MESSAGES

    have = {k[2]: m for k, m in _messages(i18n.ts_path("id")).items() if k[0] == CONTEXT}
    missing = [key for key in MESSAGES if key not in have]
    stale = [key for key in MESSAGES if key in have and have[key].findtext("source") != MESSAGES[key]]
    unfinished = [key for key in MESSAGES if key in have and not _finished(have[key])]
    unknown = [key for key in have if key not in MESSAGES]
    assert not missing, f"catalogue keys missing from the .ts's {CONTEXT} context: {missing[:10]}"
    assert not stale, f"the .ts has another English for: {stale[:10]}"
    assert not unfinished and not unknown, (unfinished[:10], unknown[:10])


def test_the_screens_and_the_command_line_put_errors_into_the_same_words(qapp):
    """Qt's compiled catalogue (the screens) and core/text.py's reading of the .ts (command line,
    receipt) give each error the same Indonesian; with English on, the screens show the English."""
    from lapor_desktop.ui.forms import error_text
    from tests.unit.test_messages import every_domain_error

    from lapor_desktop.core.messages import CONTEXT, MESSAGES
    from lapor_desktop.core.text import translations

    # the compiled catalogue has every key (no reading of the .ts behind Qt's back)
    indonesian = translations("id")
    from_qt = {key: QCoreApplication.translate(CONTEXT, source, key) for key, source in MESSAGES.items()}
    assert from_qt == indonesian
    errors = [e for e in every_domain_error() if e is not None]
    assert [error_text(e, "id") for e in errors] == [e.message for e in errors]
    try:
        assert i18n.install_translator(qapp, "en") == "en"
        assert [error_text(e, "en") for e in errors] == [e.message_en for e in errors]
    finally:
        assert i18n.install_translator(qapp, "id") == "id"
