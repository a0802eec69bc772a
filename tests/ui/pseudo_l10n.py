"""Pseudo-translation run: every string ~40% longer, with accents, to find clipped text.

    xvfb-run -a -s "-screen 0 1366x768x24" python tests/ui/pseudo_l10n.py [--out shots] [--lang pseudo|id|en]

Installs a translator that turns "Save" into "[Šàvé~~]" (placeholders %1, mnemonics &, tags and
entities kept), opens the main screens at 1366x768 (login, front-desk form, queue, complaint
detail, sync page, every settings tab, every wizard page), saves ``pseudo-*.png`` and prints, per
screen, the labels and buttons whose text does not fit (``find_clipped``). Look at every PNG.
``tests/ui/test_pseudo_l10n.py`` runs the same offscreen and asserts on the clipping report.
With ``--lang id`` or ``--lang en`` it takes the same screenshots in that language instead.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.support.sessions import signed

_ACCENTS = str.maketrans("aceinousyzACEINOSUYZ", "àçéîñöûšýžÀÇÉÎÑÖŠÛÝŽ")
# kept as they are: %1 / %n, HTML tags, entities, &-mnemonic letters are accented like the rest
_KEEP = re.compile(r"(%\d+|%n|<[^>]+>|&[a-zA-Z]+;|&#\d+;)")
_SKIP_CONTEXTS = {"QShortcut", "QKeySequence"}


def pseudo(text: str) -> str:
    if not text or text.isspace():
        return text
    parts = _KEEP.split(text)
    body = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    visible = len(_KEEP.sub("", text))
    pad = max(1, math.ceil(visible * 0.4) - 2)
    lines = body.split("\n")
    lines[0] = "[" + lines[0]
    if " " in text.strip() and pad > 6:
        # a sentence grows by words, as real translations do: wrapping must still be possible
        words = [("~" * 5) for _ in range(pad // 6)] + (["~" * (pad % 6)] if pad % 6 else [])
        lines[-1] = lines[-1] + " " + " ".join(words) + "]"
    else:
        lines[-1] = lines[-1] + "~" * pad + "]"
    return "\n".join(lines)


def make_translator():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTranslator

    class PseudoTranslator(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            if context in _SKIP_CONTEXTS or re.fullmatch(r"(Alt|Ctrl|Shift)\+\w+", source or ""):
                return source
            text = pseudo(source)
            return text.replace("%n", str(n)) if n >= 0 else text

        def isEmpty(self) -> bool:  # noqa: N802 - Qt API
            return False

    return PseudoTranslator()


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def find_clipped(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Visible labels, buttons and group-box titles whose text needs more room than they have."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.width() <= 1 or w.height() <= 1:
            continue
        name = w.objectName() or type(w).__name__
        if isinstance(w, QLabel):
            text = w.text()
            if not text or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            if w.textFormat() == Qt.TextFormat.RichText or (
                    w.textFormat() == Qt.TextFormat.AutoText and re.search(r"<[a-zA-Z/][^>]*>", text)):
                text = _plain(text.replace("<br>", "\n").replace("<br/>", "\n"))
            elif w.buddy() is not None:  # "&Name": the ampersand marks the mnemonic, not shown
                text = _plain(text)
            avail = w.contentsRect().width() - 2 * w.margin()
            if w.wordWrap():
                need_h = w.heightForWidth(w.width())
                if need_h > w.height() + 2:
                    out.append(f"{name}: wrapped text needs {need_h}px height, has {w.height()}: {text[:60]!r}")
            else:
                fm = w.fontMetrics()
                need = max(fm.horizontalAdvance(line) for line in text.split("\n"))
                if need > avail + 2:
                    out.append(f"{name}: needs {need}px, has {avail}: {text[:60]!r}")
        elif isinstance(w, QAbstractButton) and not isinstance(w.parent(), QTabBar):
            if w.text() and w.sizeHint().width() > w.width() + 2:
                out.append(f"{name}: button needs {w.sizeHint().width()}px, has {w.width()}: {w.text()[:60]!r}")
        elif isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(_plain(w.title())) + 12
            if need > w.width():
                out.append(f"{name}: group title needs {need}px, has {w.width()}: {w.title()[:60]!r}")
    return out


def _pump(ms: int = 200) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(out: Path, lang: str = "pseudo", complaints: int = 40, pump_ms: int = 200) -> dict[str, list[str]]:
    """Take the screenshots; returns {screen name: clipped texts}."""
    from PySide6.QtWidgets import QApplication

    from lapor_desktop.core.paths import AppPaths
    from lapor_desktop.domain.model import Actor
    from lapor_desktop.services.demo import build_demo
    from lapor_desktop.services.desk import open_desk
    from lapor_desktop.services.users import UserService
    from lapor_desktop.ui import i18n
    from lapor_desktop.ui.login import LoginDialog
    from lapor_desktop.ui.main_window import MainWindow
    from lapor_desktop.ui.setup_wizard import SetupWizard
    from lapor_desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    pseudo_tr = None
    if lang == "pseudo":
        i18n.install_translator(app, "en")  # English locale, then every string lengthened
        pseudo_tr = make_translator()
        app.installTranslator(pseudo_tr)
    else:
        i18n.install_translator(app, lang)
    prefix = "pseudo" if lang == "pseudo" else lang
    report: dict[str, list[str]] = {}
    tmp = Path(tempfile.mkdtemp(prefix="lapor-pseudo-"))
    runner = TaskRunner()
    desk = None
    try:
        paths = AppPaths.under(tmp / "profile")
        build_demo(paths, n=complaints)
        desk = open_desk(paths)
        UserService(desk).add(None, login="admin2", role="admin", password="rahasia123", name="Admin Kota")

        def save(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            _pump(pump_ms)
            widget.grab().save(str(out / f"{prefix}-{name}.png"))
            report[name] = find_clipped(widget)

        login = LoginDialog(runner, UserService(desk), desk.settings.office_name)
        login.show()
        save(login, "01-login")
        login.close()

        win = MainWindow(desk, runner, signed(desk, Actor(login="admin2", role="admin", name="Admin Kota")), lang="en")
        win.resize(1366, 768)
        win.move(0, 0)
        win.show()
        runner.wait_idle(15)
        save(win, "02-intake")
        win.nav_buttons["queue"].click()
        runner.wait_idle(10)
        _pump(pump_ms)
        runner.wait_idle(10)
        save(win, "03-queue")
        q = win.queue
        if q.model.rowCount() > 0:
            q.table.selectRow(0)
            runner.wait_idle(10)
            _pump(pump_ms)
            runner.wait_idle(10)
        save(win, "04-detail")
        win.nav_buttons["sync"].click()
        runner.wait_idle(10)
        save(win, "05-sync")
        win.nav_buttons["settings"].click()
        runner.wait_idle(10)
        sp = win.settings_page
        for i, tab in enumerate(("general", "hub", "closures", "staff")):
            sp.tabs.setCurrentIndex(i)
            runner.wait_idle(10)
            save(win, f"06-settings-{tab}")
        win.intake._dirty = False
        win.intake._draft_timer.stop()
        if hasattr(win, "sync_ctl"):
            try:
                win.sync_ctl.stop()  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - another engineer's controller; best effort
                pass
        win.close()

        wiz_paths = AppPaths.under(tmp / "fresh")
        wiz = SetupWizard(runner, wiz_paths, None, "en" if lang == "pseudo" else lang)
        if pseudo_tr is not None:  # the wizard re-installs the real translator when switching; not here
            wiz.retranslate()
        wiz.show()
        runner.wait_idle(10)
        names = ("welcome", "office", "admin", "hub", "summary")
        for i, name in enumerate(names):
            if i == 1:
                wiz.office.code.setText("TIDORE")
                wiz.office.name.setText("Pemerintah Kota Tidore Kepulauan")
                wiz.office.regions.expandItem(wiz.office.regions.topLevelItem(0))
            if i == 2:
                wiz.admin.name.setText("Kepala Bagian Umum")
                wiz.admin.password.setText("rahasia123")
                wiz.admin.password2.setText("rahasia12")
                wiz.admin.validatePage()  # shows the error line too
                wiz.admin.password2.setText("rahasia123")
            save(wiz, f"07-wizard-{i + 1}-{name}")
            if i < len(names) - 1:
                wiz.next()
        wiz.close()
    finally:
        runner.shutdown(wait=True)
        if desk is not None:
            desk.close()
        if pseudo_tr is not None:
            app.removeTranslator(pseudo_tr)
        shutil.rmtree(tmp, ignore_errors=True)
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "shots"))
    ap.add_argument("--lang", default="pseudo", choices=["pseudo", "id", "en"])
    args = ap.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    report = shoot(Path(args.out), args.lang, pump_ms=400)
    bad = 0
    for name, items in report.items():
        print(f"{name}: {'ok' if not items else str(len(items)) + ' clipped'}")
        for line in items:
            print("   ", line)
        bad += len(items)
    print(f"screenshots in {args.out}; clipped texts: {bad}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
