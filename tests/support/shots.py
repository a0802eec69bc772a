"""Shared pieces of the hand-run screenshot scripts (tests/ui/screenshots_*.py): let Qt work for a
while, press keys with xdotool, grab the whole X screen, and a desk of the Tidore office."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path


def pump(ms: int) -> None:
    """Run the Qt event loop for ``ms`` milliseconds (paints, queued results, timers)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def xdo(*args: str, wait: int = 400) -> None:
    """One xdotool command (real keys through the X server and the window manager), then wait."""
    subprocess.run(["xdotool", *args], check=True)
    pump(wait)


def shot(out: Path, name: str, files: list[Path]) -> None:
    """The whole X screen (ImageMagick's ``import``) into ``out/name``, listed in ``files``."""
    pump(300)
    p = out / name
    subprocess.run(["import", "-window", "root", str(p)], check=True)
    files.append(p)


def office_desk(prefix: str):  # type: ignore[no-untyped-def]
    """A fresh desk of the Tidore office with the bundled reference data, in a temporary folder."""
    from lapor_desktop.core.paths import AppPaths, resources_dir
    from lapor_desktop.services.desk import setup_desk

    paths = AppPaths.under(Path(tempfile.mkdtemp(prefix=prefix)))
    return setup_desk(paths, office_code="TIDORE", office_name="Pemerintah Kota Tidore Kepulauan",
                      reference_file=resources_dir() / "reference" / "tidore-kepulauan.json")


def application(lang: str):  # type: ignore[no-untyped-def]
    """The QApplication as the program sets it up at start: the language and the one style sheet."""
    from PySide6.QtWidgets import QApplication

    from lapor_desktop.ui.i18n import install_translator
    from lapor_desktop.ui.look import install_app_style

    app = QApplication.instance() or QApplication([])
    install_app_style(app)
    install_translator(app, lang)
    return app
