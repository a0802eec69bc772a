"""Qt's own dialogs in Indonesian: the print dialog, page setup, print preview, file dialog,
colour and font dialogs show no English label a clerk could meet (issue 11, item 11).

Each dialog is built with the Indonesian translator installed (the session fixture); every text a
person reads (labels, buttons, check boxes, group titles, tabs, tool buttons' tooltips, combo
items, the window title) is compared with the English source strings Qt itself carries for those
dialogs: none may be left in English.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

import PySide6
import pytest
from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QFontDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QToolBar,
    QWidget,
)

QT_TRANSLATIONS = Path(PySide6.__file__).parent / "Qt" / "translations"
CONTEXTS = ("QPrintDialog", "QPageSetupWidget", "QPrintPreviewDialog", "QPrintPropertiesDialog",
            "QPrintPropertiesWidget", "QPrintSettingsOutput", "QPrintWidget", "QCupsJobWidget",
            "QFileDialog", "QFileSystemModel", "QColorDialog", "QFontDialog", "QPlatformTheme",
            "QDialogButtonBox", "QAbstractFileIconProvider", "Print Device Input Slot",
            "Print Device Output Bin")
# the same in both languages (codes, units, numbers, names)
SAME = {"OK", "PDF", "mm", "pt", "in", "CC", "DD", "P̸", "%1%", "...", "1 (1x1)", "2 (2x1)", "4 (2x2)",
        "6 (2x3)", "9 (3x3)", "16 (4x4)", "&HTML:", "HTML:", "Form", "Standard",
        "Cicero (CC)", "Didot (DD)", "Pica (P̸)"}


def _qm_sources(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message in a compiled Qt translation (the .qm format)."""
    b = path.read_bytes()
    i, msgs = 16, b""
    while i < len(b):
        tag, ln = b[i], struct.unpack(">I", b[i + 1:i + 5])[0]
        if tag == 0x69:
            msgs = b[i + 5:i + 5 + ln]
        i += 5 + ln
    out, cur, j = set(), {}, 0
    while j < len(msgs):
        t = msgs[j]
        j += 1
        if t == 1:
            if "src" in cur:
                out.add((cur.get("ctx", ""), cur["src"]))
            cur = {}
        elif t in (3, 6, 7, 8):
            ln = struct.unpack(">I", msgs[j:j + 4])[0]
            j += 4
            if ln == 0xFFFFFFFF:
                continue
            if t in (6, 7, 8):
                cur[{6: "src", 7: "ctx", 8: "cmt"}[t]] = msgs[j:j + ln].decode("utf-8", "replace")
            j += ln
    return out


@pytest.fixture(scope="module")
def english() -> set[str]:
    qm = QT_TRANSLATIONS / "qtbase_de.qm"
    if not qm.exists():
        pytest.skip(f"Qt's own translation files are not installed ({qm})")
    words = {_plain(src) for ctx, src in _qm_sources(qm) if ctx in CONTEXTS}
    assert len(words) > 200
    return {w for w in words if w and w not in {_plain(s) for s in SAME}}


def _plain(text: str) -> str:
    return re.sub(r"&(?!&)", "", text or "").replace("&&", "&").strip()


def _texts(dlg: QWidget) -> list[tuple[str, str]]:
    out = [("windowTitle", dlg.windowTitle())]
    for w in dlg.findChildren(QWidget):
        kind = type(w).__name__
        if isinstance(w, QLabel):
            out.append((kind, w.text()))
        elif isinstance(w, QAbstractButton):
            out += [(kind, w.text()), (kind + ".tip", w.toolTip())]
        elif isinstance(w, QGroupBox):
            out.append((kind, w.title()))
        elif isinstance(w, QTabWidget):
            out += [(kind, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            out += [(kind, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QToolBar):
            out += [(kind, a.text()) for a in w.actions()] + [(kind + ".tip", a.toolTip()) for a in w.actions()]
    return [(k, t) for k, t in out if t]


def _english_left(dlg: QWidget, english: set[str], qapp) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    dlg.show()
    qapp.processEvents()
    try:
        return sorted({(k, t) for k, t in _texts(dlg) if _plain(t) in english})
    finally:
        dlg.close()


def test_print_dialog_is_indonesian(qapp, english):
    printer = QPrinter()
    dlg = QPrintDialog(printer)
    # "Options >>" shows the second half of the dialog
    for b in dlg.findChildren(QAbstractButton):
        if _plain(b.text()).startswith(("Opsi", "Options")):
            b.click()
    left = _english_left(dlg, english, qapp)
    assert not left, f"English left in the print dialog: {left}"
    texts = {_plain(t) for _k, t in _texts(dlg)}
    assert {"Printer", "Nama:", "Cetak"} & texts or "Pencetak" in texts  # it really was read


def test_page_setup_and_preview_are_indonesian(qapp, english):
    printer = QPrinter()
    setup = QPageSetupDialog(printer)
    assert not _english_left(setup, english, qapp), _english_left(setup, english, qapp)
    preview = QPrintPreviewDialog(printer)
    left = _english_left(preview, english, qapp)
    assert not left, f"English left in the print preview: {left}"


def test_file_colour_and_font_dialogs_are_indonesian(qapp, english):
    fd = QFileDialog(None, "x")
    fd.setOption(QFileDialog.Option.DontUseNativeDialog)
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        fd.setAcceptMode(mode)
        left = _english_left(fd, english, qapp)
        assert not left, f"English left in the file dialog: {left}"
    cd = QColorDialog()
    cd.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
    cd.setOption(QColorDialog.ColorDialogOption.ShowAlphaChannel)
    left = _english_left(cd, english, qapp)
    assert not left, f"English left in the colour dialog: {left}"
    fo = QFontDialog()
    fo.setOption(QFontDialog.FontDialogOption.DontUseNativeDialog)
    left = _english_left(fo, english, qapp)
    assert not left, f"English left in the font dialog: {left}"
