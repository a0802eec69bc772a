"""A full disk or a read-only folder while saving: the message, and the desk working read-only.

``storage_error_text(exc)`` gives the clear message for a failed save (intake, action, draft,
attachment, import), naming the folder and the room to free, or None when ``exc`` is something
else. ``report(exc)`` also tells the one :class:`StorageWatch`; the main window's
:class:`StorageBanner` then says on the status bar that the desk is read-only for now (queues and
details still open), and the watch checks the free space every few seconds: once there is room
again the banner says so and saving works as before (nothing has to be restarted).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPalette

from .elided import ElidedLabel

from lapor_desktop.services.storage import StorageProblem, room_enough, storage_problem

POLL_MS = 3000


def problem_text(p: StorageProblem) -> str:
    if p.kind == "read_only":
        return QCoreApplication.translate("Storage", "Nothing was saved: the folder %1 is read-only. Ask the administrator to make it writable. "
                   "Everything already saved can still be read; what was typed stays on the screen.") \
            .replace("%1", str(p.folder))
    return QCoreApplication.translate("Storage", "Nothing was saved: the disk is full. The folder %1 has %2 MB free; free at least %3 MB "
               "(empty the Recycle Bin, move old files elsewhere), then save again. Everything already saved "
               "can still be read; what was typed stays on the screen.") \
        .replace("%1", str(p.folder)).replace("%2", str(max(0, p.free_mb))).replace("%3", str(p.needed_mb))


def reason_text(p: StorageProblem) -> str:
    """Just what is wrong and what to free (for messages that say themselves what was kept)."""
    if p.kind == "read_only":
        return QCoreApplication.translate("Storage", "the folder %1 is read-only").replace("%1", str(p.folder))
    return QCoreApplication.translate("Storage", "the disk is full (the folder %1 has %2 MB free; free at least %3 MB)") \
        .replace("%1", str(p.folder)).replace("%2", str(max(0, p.free_mb))).replace("%3", str(p.needed_mb))


def storage_reason(exc: BaseException, data_dir: Path | None = None) -> str | None:
    """``reason_text`` for ``exc`` (and the watch is told), or None when it is not a storage problem."""
    p = storage_problem(exc, data_dir)
    if p is None:
        return None
    if data_dir is not None:
        watch().report(p, data_dir)
    return reason_text(p)


def storage_error_text(exc: BaseException, data_dir: Path | None = None) -> str | None:
    """The message for a save that failed on a full disk or read-only folder (and the watch is told);
    None for any other failure."""
    p = storage_problem(exc, data_dir)
    if p is None:
        return None
    watch().report(p, data_dir)
    return problem_text(p)


class StorageWatch(QObject):
    """The desk's state of its disk: fine, or read-only until there is room again."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.problem: StorageProblem | None = None
        self.data_dir: Path | None = None
        self.recovered = False  # room again after a problem (the banner says so for a while)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.check)

    def report(self, p: StorageProblem, data_dir: Path | None = None) -> None:
        self.problem, self.recovered = p, False
        self.data_dir = Path(data_dir) if data_dir else self.data_dir or p.folder
        self._timer.start()
        self.changed.emit()

    def check(self) -> None:
        """Room again? (every few seconds while the disk is full)"""
        if self.problem is None or self.data_dir is None:
            self._timer.stop()
            return
        if _writable(self.problem.folder) and room_enough(self.data_dir):
            self.problem, self.recovered = None, True
            self._timer.stop()
            self.changed.emit()

    def clear(self) -> None:
        """A save went through (a read-only folder made writable again)."""
        if self.problem is not None:
            self.problem, self.recovered = None, True
            self._timer.stop()
            self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()


def _writable(folder: Path) -> bool:
    """A file can be made in ``folder`` now (a read-only folder, or a read-only disk, made writable)."""
    import os
    import tempfile

    try:
        fd, name = tempfile.mkstemp(prefix=".lapor-probe-", dir=folder)
    except OSError as exc:
        return not os.path.isdir(folder) and exc.errno == 2  # gone (a drive taken out): nothing to wait for
    os.close(fd)
    try:
        os.unlink(name)
    except OSError:
        pass
    return True


_WATCH: StorageWatch | None = None


def watch() -> StorageWatch:
    global _WATCH
    if _WATCH is None:
        _WATCH = StorageWatch()
    return _WATCH


class Badge(ElidedLabel):
    """A status-bar note on a coloured ground that shortens itself (the whole text in the tooltip)
    rather than squeezing the status bar's other labels."""

    def __init__(self, parent=None, widest: int = 420) -> None:  # type: ignore[no-untyped-def]
        super().__init__("", parent, min_chars=24)
        self._ground = QColor("#ffe08a")
        self._widest = widest  # the status bar's own labels (who, hub, sync) keep their room
        self.setContentsMargins(8, 1, 8, 1)

    def sizeHint(self):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        hint.setWidth(min(hint.width(), self._widest))
        return hint

    def set_colours(self, ground: str, text: str, bold: bool = False) -> None:
        self._ground = QColor(ground)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.WindowText, QColor(text))
        self.setPalette(pal)
        f = self.font()
        f.setBold(bold)
        self.setFont(f)

    def paintEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.fillRect(self.rect(), self._ground)
        painter.end()
        super().paintEvent(event)


class StorageBanner(Badge):
    """On the status bar: the desk is read-only for now, or saving works again."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent, widest=560)
        self.setObjectName("status.storage")
        self.setVisible(False)
        self._saw_problem = False  # "room again" only after this banner said the disk was full
        self._watch = watch()
        self._watch.changed.connect(self.update_text)
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.setInterval(30_000)
        self._hide.timeout.connect(lambda: self.setVisible(False))
        self.update_text()

    def update_text(self) -> None:
        p = self._watch.problem
        if p is not None:
            self._saw_problem = True
            self._hide.stop()
            if p.kind == "disk_full":
                text = QCoreApplication.translate("Storage", "Disk full: free at least %1 MB. Read-only until then "
                                                  "(queues and details can still be read); saving resumes by "
                                                  "itself.").replace("%1", str(p.needed_mb))
            else:
                text = QCoreApplication.translate("Storage", "Folder %1 is read-only: nothing can be saved (queues and details can still be "
                           "read).").replace("%1", str(p.folder))
            self.set_colours("#b3261e", "white", bold=True)
            self.setText(text)
            self.setToolTip(problem_text(p))
            self.setVisible(True)
        elif self._watch.recovered and self._saw_problem:
            self._saw_problem = False
            self.set_colours("#1e7b34", "white")
            self.setText(QCoreApplication.translate("Storage", "There is room on the disk again: saving works."))
            self.setToolTip("")
            self.setVisible(True)
            self._hide.start()
        else:
            self.setVisible(False)
        self.setAccessibleName(self.text())
