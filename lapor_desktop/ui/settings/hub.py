"""Settings › Hub: this desk's enrolment with a hub and the CA bundle."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lapor_desktop.core.errors import InvalidInput, LaporError
from lapor_desktop.services import sync as sync_svc

from ..forms import Errors, note
from ..look import set_role
from ..sync_format import explain_text


class HubTab:
    """The Hub tab of :class:`~.page.SettingsPage` (a mixin)."""

    # ------------------------------------------------------------------ Hub
    def _hub_tab(self) -> QWidget:
        w = QWidget()
        outer = QVBoxLayout(w)
        st = self.desk.settings
        state = QGroupBox(self.tr("This desk and the hub"))
        sf = QFormLayout(state)
        self.hub_state = QLabel("…")
        self.hub_state.setObjectName("settings.hub.state")
        self.hub_state.setWordWrap(True)
        self.device_id = QLabel(st.device_id or "—")
        self.device_id.setObjectName("settings.hub.device_id")
        self.device_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sf.addRow(self.tr("State"), self.hub_state)
        # the connection now, in the same words as the status bar (the main window sets it)
        self.hub_connection = QLabel("…")
        self.hub_connection.setObjectName("settings.hub.connection")
        self.hub_connection.setWordWrap(True)
        sf.addRow(self.tr("Connection"), self.hub_connection)
        sf.addRow(self.tr("Device ID"), self.device_id)
        self.token_warning = QLabel(self.tr(
            "This computer has no secure credential store: the hub token is kept in a file only "
            "this Windows/Linux user can read. Protect the user account with a password."))
        self.token_warning.setObjectName("settings.hub.token_warning")
        self.token_warning.setWordWrap(True)
        set_role(self.token_warning, "warning")
        self.token_warning.setVisible(False)
        sf.addRow(self.token_warning)
        outer.addWidget(state)

        box = QGroupBox(self.tr("Enrol with a hub"))
        f = QFormLayout(box)
        self.hub_errors = Errors("settings")
        self.hub_url = QLineEdit(st.hub_url)
        self.hub_url.setObjectName("settings.hub_url")
        self.hub_url.setAccessibleName(self.tr("Hub address"))
        self.hub_url.setPlaceholderText("https://hub.tidorekota.go.id")
        self.enroll_code = QLineEdit()
        self.enroll_code.setObjectName("settings.enroll_code")
        self.enroll_code.setAccessibleName(self.tr("Enrolment code"))
        self.enroll_code.setPlaceholderText(self.tr("from the hub administrator"))
        ca_row = QWidget()
        cr = QHBoxLayout(ca_row)
        cr.setContentsMargins(0, 0, 0, 0)
        self.ca_bundle = QLineEdit(st.ca_bundle)
        self.ca_bundle.setObjectName("settings.ca_bundle")
        self.ca_bundle.setAccessibleName(self.tr("CA bundle file"))
        self.ca_bundle.setPlaceholderText(self.tr("empty: the system's certificates"))
        self.ca_browse = QPushButton(self.tr("Choose…"))
        self.ca_browse.setObjectName("settings.ca_bundle.browse")
        self.ca_browse.clicked.connect(self._choose_ca)
        cr.addWidget(self.ca_bundle, 1)
        cr.addWidget(self.ca_browse)
        f.addRow(self.tr("Hub address"), self.hub_errors.wrap("hub_url", self.hub_url))
        f.addRow(self.tr("Enrolment code"), self.hub_errors.wrap("enroll_code", self.enroll_code))
        f.addRow(self.tr("CA bundle file"), self.hub_errors.wrap("ca_bundle", ca_row))
        f.addRow(note(self.tr("Only needed when the hub uses a certificate of the office's own authority.")))
        row = QHBoxLayout()
        self.enroll_button = QPushButton(self.tr("Enrol this desk"))
        self.enroll_button.setObjectName("settings.enroll")
        self.enroll_button.clicked.connect(self.enroll)
        self.hub_status = QLabel("")
        self.hub_status.setObjectName("settings.hub.status")
        self.hub_status.setWordWrap(True)
        row.addWidget(self.enroll_button)
        row.addWidget(self.hub_status, 1)
        f.addRow(row)
        outer.addWidget(box)
        outer.addStretch(1)
        if not self.is_admin:
            for e in (self.hub_url, self.enroll_code, self.ca_bundle):
                e.setReadOnly(True)
            self.ca_browse.setEnabled(False)
            self.enroll_button.setVisible(False)
        return w

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("CA bundle file"), self.ca_bundle.text(),
            self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        if path:
            self.ca_bundle.setText(path)

    def enroll(self) -> None:
        url, code, ca = self.hub_url.text().strip(), self.enroll_code.text().strip(), self.ca_bundle.text().strip()
        errs = {}
        if not url.startswith(("https://", "http://")):
            errs["hub_url"] = self.tr("The hub address starts with https://")
        if not code:
            errs["enroll_code"] = self.tr("Enter the enrolment code from the hub administrator.")
        self._show_hub_errors(errs)
        if errs:
            return
        self.enroll_button.setEnabled(False)
        self.hub_status.setText(self.tr("Contacting the hub…"))
        desk, svc, actor = self.desk, self.settings_svc, self.actor

        def work():  # type: ignore[no-untyped-def]
            svc.set_ca_bundle(actor, ca)
            return sync_svc.enroll(desk, url, code)

        self.runner.net(work, on_done=self._enrolled, on_error=self._enroll_failed)

    def _show_hub_errors(self, errs: dict[str, str]) -> None:
        for key, label in self.hub_errors.labels.items():
            label.setText(errs.get(key, ""))
            label.setVisible(key in errs)

    def _enrolled(self, result) -> None:  # type: ignore[no-untyped-def]
        self.enroll_button.setEnabled(True)
        self.enroll_code.clear()
        self.hub_status.setText(self.tr("Enrolled with hub %1.").replace("%1", result.hub_id))
        self.saved.emit("hub")

    def _enroll_failed(self, exc: BaseException) -> None:
        self.enroll_button.setEnabled(True)
        self.hub_status.setText("")
        if isinstance(exc, InvalidInput):
            self._show_hub_errors({e.field: self._msg(e) for e in exc.errors})
            return
        self._show_hub_errors({"enroll_code" if isinstance(exc, sync_svc.HubAuthRefused) else "hub_url":
                               enrol_error_text(exc, self.lang)})

def enrol_error_text(exc: BaseException, lang: str) -> str:
    """An enrolment failure as an officer reads it (settings page and wizard)."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(exc, sync_svc.HubAuthRefused):
        return QCoreApplication.translate(
            "SettingsPage", "The hub refused the enrolment code (wrong, already used or expired), or the "
                            "office code does not match. Ask the hub administrator for a new code.")
    if isinstance(exc, sync_svc.HubUnreachable):
        return explain_text("tls_error" if exc.code == "tls_error" else "unreachable", lang)
    if isinstance(exc, LaporError):
        if exc.code == "hub_url_invalid":
            return QCoreApplication.translate("SettingsPage", "The hub address starts with https://")
        if exc.code == "not_set_up":
            return QCoreApplication.translate("SettingsPage", "Set up the desk first.")
        return explain_text(exc.code, lang)
    return QCoreApplication.translate("SettingsPage", "Enrolment failed (%1). Details are in the log file.") \
        .replace("%1", type(exc).__name__)
