"""The audit trail viewer (Jejak audit) for the admin and the supervisor: filters by user, kind
and date range, newest first, a page at a time, read-only; "Periksa keutuhan" runs the same
chain check as ``lapor-desktop audit verify`` on the database thread. Every read goes through
``services/audit.AuditService``, which checks the session and the role (``Right.AUDIT``)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.domain.audit import Entry, Kind, Verdict
from lapor_desktop.services.audit import PAGE_SIZE, AuditPage, AuditQuery, AuditService

from .fmt import fmt_datetime
from .forms import say
from .labels import action_label, field_label, role_label
from .look import set_role
from .refusals import refusal_text
from .tasks import TaskRunner

KIND_LABELS = {
    Kind.SIGNED_IN: QT_TRANSLATE_NOOP("Audit", "Signed in"),
    Kind.SIGN_IN_FAILED: QT_TRANSLATE_NOOP("Audit", "Sign-in failed"),
    Kind.SIGN_IN_PAUSED: QT_TRANSLATE_NOOP("Audit", "Sign-in paused (5 failures)"),
    Kind.SIGN_IN_UNPAUSED: QT_TRANSLATE_NOOP("Audit", "Sign-in pause lifted"),
    Kind.SIGNED_OUT: QT_TRANSLATE_NOOP("Audit", "Signed out"),
    Kind.SCREEN_UNLOCKED: QT_TRANSLATE_NOOP("Audit", "Screen unlocked"),
    Kind.IDENTITY_REVEALED: QT_TRANSLATE_NOOP("Audit", "Identity shown"),
    Kind.RECORDED: QT_TRANSLATE_NOOP("Audit", "Complaint recorded"),
    Kind.ACTION: QT_TRANSLATE_NOOP("Audit", "Action on a complaint"),
    Kind.FLAGS_CHANGED: QT_TRANSLATE_NOOP("Audit", "Anonymous / Confidential changed"),
    Kind.RECEIPT_PRINTED: QT_TRANSLATE_NOOP("Audit", "Receipt printed"),
    Kind.RECEIPT_REPRINTED: QT_TRANSLATE_NOOP("Audit", "Receipt reprinted"),
    Kind.REPORT_PRINTED: QT_TRANSLATE_NOOP("Audit", "Monthly report printed"),
    Kind.EXPORTED: QT_TRANSLATE_NOOP("Audit", "Export"),
    Kind.ACCOUNT_CHANGED: QT_TRANSLATE_NOOP("Audit", "Account changed"),
    Kind.SETTINGS_CHANGED: QT_TRANSLATE_NOOP("Audit", "Settings changed"),
    Kind.AUDIT_VERIFIED: QT_TRANSLATE_NOOP("Audit", "Audit trail checked"),
}


def kind_label(kind: str) -> str:
    src = KIND_LABELS.get(kind)  # type: ignore[call-overload]
    return QCoreApplication.translate("Audit", src) if src else kind


DETAIL_KEYS = {
    "account": QT_TRANSLATE_NOOP("Audit", "account"), "action": QT_TRANSLATE_NOOP("Audit", "action"),
    "change": QT_TRANSLATE_NOOP("Audit", "change"), "count": QT_TRANSLATE_NOOP("Audit", "count"),
    "event": QT_TRANSLATE_NOOP("Audit", "event"), "fields": QT_TRANSLATE_NOOP("Audit", "fields"),
    "filters": QT_TRANSLATE_NOOP("Audit", "filters"), "format": QT_TRANSLATE_NOOP("Audit", "format"),
    "identity_shown": QT_TRANSLATE_NOOP("Audit", "identity printed"), "minutes": QT_TRANSLATE_NOOP("Audit", "minutes"),
    "month": QT_TRANSLATE_NOOP("Audit", "month"), "result": QT_TRANSLATE_NOOP("Audit", "result"),
    "role": QT_TRANSLATE_NOOP("Audit", "role"), "why": QT_TRANSLATE_NOOP("Audit", "why"),
    "anonymous": QT_TRANSLATE_NOOP("Audit", "anonymous"), "confidential": QT_TRANSLATE_NOOP("Audit", "confidential"),
}
DETAIL_VALUES = {
    "added": QT_TRANSLATE_NOOP("Audit", "added"), "password": QT_TRANSLATE_NOOP("Audit", "password"),
    "disabled": QT_TRANSLATE_NOOP("Audit", "disabled"), "enabled": QT_TRANSLATE_NOOP("Audit", "enabled"),
    "wrong": QT_TRANSLATE_NOOP("Audit", "wrong password or login"), "paused": QT_TRANSLATE_NOOP("Audit", "while paused"),
    "paused_now": QT_TRANSLATE_NOOP("Audit", "fifth failure: paused"), "ok": QT_TRANSLATE_NOOP("Audit", "intact"),
    "True": QT_TRANSLATE_NOOP("Audit", "yes"), "False": QT_TRANSLATE_NOOP("Audit", "no"),
}


FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Audit", "name"), "nik": QT_TRANSLATE_NOOP("Audit", "NIK"),
    "phone": QT_TRANSLATE_NOOP("Audit", "phone"), "email": QT_TRANSLATE_NOOP("Audit", "e-mail"),
    "address": QT_TRANSLATE_NOOP("Audit", "address"),
}


def _field(code: str) -> str:
    src = FIELD_NAMES.get(code)
    return QCoreApplication.translate("Audit", src) if src else field_label(code)


def _tr_value(v: object) -> str:
    src = DETAIL_VALUES.get(str(v))
    return QCoreApplication.translate("Audit", src) if src else str(v)


def detail_text(e: Entry) -> str:
    """The entry's detail as ``key: value`` pairs (ids and field names only; the reason in full)."""
    parts = []
    for k, v in sorted(e.detail.items()):
        if k == "reason" or v is None:
            continue
        if k == "action":
            text = action_label(str(v))
        elif k == "role":
            text = role_label(str(v))
        elif k == "fields" and isinstance(v, list):
            text = ", ".join(_field(str(x)) for x in v)
        else:
            text = ", ".join(str(x) for x in v) if isinstance(v, list) else _tr_value(v)
        key = QCoreApplication.translate("Audit", DETAIL_KEYS[k]) if k in DETAIL_KEYS else k
        parts.append(f"{key}: {text}")
    if "reason" in e.detail:
        parts.append(QCoreApplication.translate("Audit", "reason: %1").replace("%1", str(e.detail["reason"])))
    return "; ".join(parts)


class AuditDialog(QDialog):
    COLUMNS = (QT_TRANSLATE_NOOP("Audit", "#"), QT_TRANSLATE_NOOP("Audit", "Time"),
               QT_TRANSLATE_NOOP("Audit", "User"), QT_TRANSLATE_NOOP("Audit", "Role"),
               QT_TRANSLATE_NOOP("Audit", "What"), QT_TRANSLATE_NOOP("Audit", "Complaint"),
               QT_TRANSLATE_NOOP("Audit", "Details"))

    def __init__(self, runner: TaskRunner, service: AuditService, session, tz: ZoneInfo,  # type: ignore[no-untyped-def]
                 lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.service, self.session, self.tz, self.lang = runner, service, session, tz, lang
        self.offset = 0
        self.page: AuditPage | None = None
        self._seq = 0
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        lay = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.user = QComboBox()
        self.user.setObjectName("audit.user")
        self.user.addItem(self.tr("All users"), None)
        self.kind = QComboBox()
        self.kind.setObjectName("audit.kind")
        self.kind.addItem(self.tr("All kinds"), None)
        for k in Kind:
            self.kind.addItem(kind_label(k), str(k))
        t = service.desk.today()  # the office's date (its time zone, its clock)
        today = QDate(t.year, t.month, t.day)
        self.since = QDateEdit(today.addDays(-30))
        self.since.setObjectName("audit.since")
        self.until = QDateEdit(today)
        self.until.setObjectName("audit.until")
        for d in (self.since, self.until):
            d.setCalendarPopup(True)
            d.setDisplayFormat("d MMM yyyy")
        for text, w in ((self.tr("&User"), self.user), (self.tr("&Kind"), self.kind),
                        (self.tr("&From"), self.since), (self.tr("&To"), self.until)):
            lab = QLabel(text)
            lab.setBuddy(w)
            lab.setMinimumWidth(lab.sizeHint().width() + 4)  # never clipped beside a wide field
            filters.addWidget(lab)
            filters.addWidget(w)
        self.apply = QPushButton(self.tr("&Show"))
        self.apply.setObjectName("audit.apply")
        self.apply.clicked.connect(self.first_page)
        filters.addWidget(self.apply)
        filters.addStretch(1)
        lay.addLayout(filters)
        lay.addWidget(self._build_table(), 1)
        lay.addLayout(self._build_bottom())
        self.resize(1100, 560)
        svc, session = self.service, self.session
        self.runner.db(lambda: svc.logins(session), on_done=self._logins, on_error=self._failed)
        self.first_page()

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("audit.table")
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Audit", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        for i in range(len(self.COLUMNS) - 1):
            head.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        return self.table

    def _build_bottom(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.prev = QPushButton(self.tr("&Newer"))
        self.prev.setObjectName("audit.newer")
        self.prev.clicked.connect(lambda: self._load(max(0, self.offset - PAGE_SIZE)))
        self.next = QPushButton(self.tr("&Older"))
        self.next.setObjectName("audit.older")
        self.next.clicked.connect(lambda: self._load(self.offset + PAGE_SIZE))
        self.position = QLabel()
        self.position.setObjectName("audit.position")
        bottom.addWidget(self.prev)
        bottom.addWidget(self.next)
        bottom.addWidget(self.position)
        bottom.addStretch(1)
        self.verdict = QLabel()
        self.verdict.setObjectName("audit.verdict")
        self.verdict.setWordWrap(True)
        bottom.addWidget(self.verdict, 2)
        self.check = QPushButton(self.tr("&Check integrity"))
        self.check.setObjectName("audit.verify")
        self.check.clicked.connect(self.verify)
        bottom.addWidget(self.check)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("audit.close")
        close.clicked.connect(self.reject)
        bottom.addWidget(close)
        return bottom

    # ------------------------------------------------------------------ reading
    def query(self) -> AuditQuery:
        s, u = self.since.date(), self.until.date()
        return AuditQuery(login=self.user.currentData(), kind=self.kind.currentData(),
                          since=s.toPython() if s.isValid() else None, until=u.toPython() if u.isValid() else None)

    def first_page(self) -> None:
        self._load(0)

    def _load(self, offset: int) -> None:
        self._seq += 1
        seq, svc, session, q = self._seq, self.service, self.session, self.query()
        self.runner.db(lambda: svc.page(session, q, offset, PAGE_SIZE),
                       on_done=lambda p: self._show(seq, p), on_error=self._failed)

    def _logins(self, logins: list[str]) -> None:
        for login in logins:
            self.user.addItem(login, login)

    def _show(self, seq: int, page: AuditPage) -> None:
        if seq != self._seq:
            return
        self.page, self.offset = page, page.offset
        self.table.setRowCount(len(page.entries))
        for r, e in enumerate(page.entries):
            values = (str(e.seq), fmt_datetime(e.at, self.tz), e.actor_login or "—",
                      role_label(e.actor_role) if e.actor_role else "—", kind_label(e.kind),
                      (e.complaint_id or "")[-12:], detail_text(e))
            for c, v in enumerate(values):
                item = QTableWidgetItem(v)
                if c == 5 and e.complaint_id:
                    item.setToolTip(e.complaint_id)
                if c == 6:
                    item.setToolTip(v)
                self.table.setItem(r, c, item)
        first = page.offset + 1 if page.entries else 0
        self.position.setText(self.tr("%1-%2 of %3").replace("%1", str(first))
                              .replace("%2", str(page.offset + len(page.entries))).replace("%3", str(page.total)))
        self.prev.setEnabled(page.offset > 0)
        self.next.setEnabled(page.offset + len(page.entries) < page.total)

    def _failed(self, exc: BaseException) -> None:
        set_role(self.verdict, "error")
        self.verdict.setText(refusal_text(exc, getattr(self.session, "role", "")) or self.tr(
            "The audit trail cannot be read (%1).").replace("%1", getattr(exc, "code", type(exc).__name__)))
        self.check.setEnabled(True)

    # ------------------------------------------------------------------ the chain check
    def verify(self) -> None:
        self.check.setEnabled(False)
        set_role(self.verdict, None)
        self.verdict.setText(self.tr("Checking the chain…"))
        svc, session = self.service, self.session
        self.runner.db(lambda: svc.verify(session), on_done=self._verified, on_error=self._failed)

    def _verified(self, v: Verdict) -> None:
        self.check.setEnabled(True)
        if v.broken is None:
            set_role(self.verdict, "good")
            self.verdict.setText(self.tr("Intact: %1 entries, every link checked.").replace("%1", str(v.count)))
        else:
            b = v.broken
            set_role(self.verdict, "broken")
            msg = say(b.key, self.lang, seq=b.seq, **b.params)
            self.verdict.setText(self.tr("BROKEN: %1").replace("%1", msg))
        self.first_page()  # the check itself is now the newest entry
