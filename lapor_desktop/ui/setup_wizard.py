"""The first-run wizard: language, office and region, the first admin account, an optional hub.

Shown by ``app.run_gui`` when the desk is not set up or has no staff account. Nothing is written
until Finish: then ``services.settings.first_run`` (set-up + language + first admin) runs on the
database thread and, when an address and a code were given, ``services.sync.enroll`` on the
network pool. Cancelling at any point before Finish leaves the profile as it was.

The language switches live: the translator is installed again and every page sets its texts
again (``retranslate``). Qt's own wizard buttons get their texts here (Qt has no Indonesian).
Re-running the settings afterwards is the Pengaturan page's job.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from lapor_desktop.core.errors import InvalidInput
from lapor_desktop.core.paths import AppPaths
from lapor_desktop.core.settings import DEFAULT_TZ, Settings
from lapor_desktop.services import sync as sync_svc
from lapor_desktop.services.desk import Desk, office_errors
from lapor_desktop.services.settings import (
    TIMEZONES,
    FirstRun,
    account_errors,
    default_reference_file,
    first_run,
    read_reference,
)
from lapor_desktop.domain.field_errors import FieldError, field_error

from .forms import Errors, error_text, note
from .look import set_role
from .i18n import install_translator
from .settings import enrol_error_text
from .tasks import TaskRunner


class _Page(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        # fill the page area, so error lines that appear later have room
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def wiz(self) -> SetupWizard:
        return self.wizard()  # type: ignore[return-value]

    def retranslate(self) -> None:  # pragma: no cover - overridden
        pass

    def _relayout(self) -> None:
        """Error lines appeared or went: QWizard sizes a page once, so ask it again."""
        self.updateGeometry()
        if self.layout() is not None:
            self.layout().activate()
        w = self.wizard()
        if w is not None and w.layout() is not None:
            w.layout().invalidate()
            w.layout().activate()


def _focus_first(errors: Errors, found: list[FieldError]) -> None:
    """The cursor goes to the first field that is wrong, so the officer reads why and fixes it."""
    for key, w in errors.inputs.items():
        if any(e.field == key for e in found):
            w.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(w, QLineEdit):
                w.selectAll()
            return


# ---------------------------------------------------------------------------- 1. welcome
class WelcomePage(_Page):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setObjectName("wizard.page.welcome")
        lay = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("wizard.intro")
        self.lang_label = QLabel()
        self.lang_id = QRadioButton("Bahasa Indonesia")
        self.lang_id.setObjectName("wizard.lang_id")
        self.lang_en = QRadioButton("English")
        self.lang_en.setObjectName("wizard.lang_en")
        self.group = QButtonGroup(self)
        self.group.addButton(self.lang_id)
        self.group.addButton(self.lang_en)
        (self.lang_en if lang == "en" else self.lang_id).setChecked(True)
        self.lang_id.toggled.connect(self._changed)
        lay.addWidget(self.intro)
        lay.addSpacing(12)
        lay.addWidget(self.lang_label)
        lay.addWidget(self.lang_id)
        lay.addWidget(self.lang_en)
        lay.addStretch(1)

    def _changed(self, _checked: bool) -> None:
        self.wiz().set_language("id" if self.lang_id.isChecked() else "en")

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to LAPOR! Desk"))
        self.setSubTitle(self.tr("This desk is set up once; it takes a few minutes."))
        self.intro.setText(self.tr(
            "LAPOR! Desk records the complaints brought to the office's front desk, also when the "
            "internet is down, and sends them to the office's hub when a connection is there.\n\n"
            "You will enter: the office, the region, the first administrator account and, if you have "
            "one, the hub's enrolment code. Nothing is saved before you press Finish."))
        self.lang_label.setText(self.tr("Language of the program:"))
        self.lang_id.setAccessibleName("Bahasa Indonesia")
        self.lang_en.setAccessibleName("English")


# ---------------------------------------------------------------------------- 2. office
class OfficePage(_Page):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("wizard.page.office")
        self.errors = Errors("wizard")
        self.reference_data: dict | None = None
        form = QFormLayout(self)
        self.code = QLineEdit(settings.office_code or "")
        self.code.setObjectName("wizard.office_code")
        self.code.setMaxLength(12)
        self.name = QLineEdit(settings.office_name or "")
        self.name.setObjectName("wizard.office_name")
        self.name.setMaxLength(200)
        self.timezone = QComboBox()
        self.timezone.setObjectName("wizard.timezone")
        for _short, zone in TIMEZONES:
            self.timezone.addItem("", zone)
        self.timezone.setCurrentIndex(max(0, self.timezone.findData(settings.timezone or DEFAULT_TZ)))
        self.reference = QComboBox()
        self.reference.setObjectName("wizard.reference")
        self.reference.addItem("", "tidore")
        self.reference.addItem("", "none")
        self.reference.currentIndexChanged.connect(self._show_regions)
        self.region_label = QLabel()
        self.region_label.setObjectName("wizard.region")
        self.region_label.setWordWrap(True)
        self.regions = QTreeWidget()
        self.regions.setObjectName("wizard.regions")
        self.regions.setColumnCount(2)
        self.regions.setMinimumHeight(150)
        self.regions.setRootIsDecorated(True)
        self.regions.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.lbl_code, self.lbl_name, self.lbl_tz, self.lbl_ref, self.lbl_regions = (QLabel() for _ in range(5))
        for lbl, w in ((self.lbl_code, self.code), (self.lbl_name, self.name), (self.lbl_tz, self.timezone),
                       (self.lbl_ref, self.reference)):
            lbl.setBuddy(w)
        form.addRow(self.lbl_code, self.errors.wrap("office_code", self.code))
        form.addRow(self.lbl_name, self.errors.wrap("office_name", self.name))
        form.addRow(self.lbl_tz, self.errors.wrap("timezone", self.timezone))
        form.addRow(self.lbl_ref, self.reference)
        form.addRow(self.region_label)
        form.addRow(self.lbl_regions, self.regions)
        # no mandatory QWizard fields: Qt counts a prefilled field as empty until it is changed and
        # greys "Next" without a word; "Next" stays on and says next to each field what is wrong
        self.errors_shown = False
        for w in (self.code, self.name):
            w.textEdited.connect(self._recheck)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The office"))
        self.setSubTitle(self.tr("Which office this desk belongs to, and its region."))
        self.lbl_code.setText(self.tr("Office &code"))
        self.lbl_name.setText(self.tr("Office na&me"))
        self.lbl_tz.setText(self.tr("&Time zone"))
        self.lbl_ref.setText(self.tr("&Reference data"))
        self.lbl_regions.setText(self.tr("Kecamatan and kelurahan"))
        self.code.setAccessibleName(self.tr("Office code"))
        self.code.setPlaceholderText(self.tr("e.g. TIDORE (2-12 capital letters or digits)"))
        self.name.setAccessibleName(self.tr("Office name"))
        self.name.setPlaceholderText(self.tr("e.g. Pemerintah Kota Tidore Kepulauan"))
        self.timezone.setAccessibleName(self.tr("Time zone"))
        names = {"Asia/Jakarta": self.tr("WIB (Western Indonesia, UTC+7)"),
                 "Asia/Makassar": self.tr("WITA (Central Indonesia, UTC+8)"),
                 "Asia/Jayapura": self.tr("WIT (Eastern Indonesia, UTC+9)")}
        for i in range(self.timezone.count()):
            self.timezone.setItemText(i, names[self.timezone.itemData(i)])
        self.reference.setAccessibleName(self.tr("Reference data"))
        self.reference.setItemText(0, self.tr("Kota Tidore Kepulauan (bundled with the program)"))
        self.reference.setItemText(1, self.tr("No reference data (another office; loaded later from the hub)"))
        self.regions.setAccessibleName(self.tr("Kecamatan and kelurahan"))
        self.regions.setHeaderLabels([self.tr("Name"), self.tr("Code")])
        self._show_regions()
        if any(not lbl.isHidden() and lbl.text() for lbl in self.errors.labels.values()):
            self.validatePage()

    def set_reference(self, data: dict | None) -> None:
        self.reference_data = data
        self._show_regions()

    def _show_regions(self) -> None:
        self.regions.clear()
        if self.reference.currentData() != "tidore":
            self.region_label.setText(self.tr("Without reference data the region lists stay empty until the "
                                          "hub sends them; complaints can still be recorded."))
            return
        if self.reference_data is None:
            self.region_label.setText(self.tr("Loading the reference data…"))
            return
        regions = self.reference_data.get("regions") or []
        by_level: dict[str, list[dict]] = {}
        for r in regions:
            by_level.setdefault(r.get("level", ""), []).append(r)
        province = ", ".join(r["name"] for r in by_level.get("province", []))
        city = ", ".join(r["name"] for r in by_level.get("city", []))
        ndist, nvill = len(by_level.get("district", [])), len(by_level.get("village", []))
        self.region_label.setText(self.tr("Province: %1 · City: %2 · %3 kecamatan, %4 kelurahan/desa. Check the "
                                      "list below.").replace("%1", province).replace("%2", city)
                                  .replace("%3", str(ndist)).replace("%4", str(nvill)))
        items: dict[str, QTreeWidgetItem] = {}
        for d in by_level.get("district", []):
            it = QTreeWidgetItem([d["name"], d["code"]])
            self.regions.addTopLevelItem(it)
            items[d["code"]] = it
        for v in by_level.get("village", []):
            parent = items.get(v.get("parent", ""))
            if parent is not None:
                parent.addChild(QTreeWidgetItem([v["name"], v["code"]]))
        self.regions.resizeColumnToContents(0)

    def reference_file(self) -> Path | None:
        return default_reference_file() if self.reference.currentData() == "tidore" else None

    def check(self) -> list[FieldError]:
        return office_errors(self.code.text(), self.name.text(), timezone=self.timezone.currentData())

    def _recheck(self, _text: str = "") -> None:
        """Once the reasons are shown, they follow the typing (and go when it is right)."""
        if self.errors_shown:
            self.errors.show(self.check(), self.wiz().lang, fallback="office_code")
            self._relayout()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        self.code.setText(self.code.text().strip().upper())
        errors = self.check()
        self.errors_shown = True
        self.errors.show(errors, self.wiz().lang, fallback="office_code")
        self._relayout()
        _focus_first(self.errors, errors)
        return not errors


# ---------------------------------------------------------------------------- 3. admin
class AdminPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizard.page.admin")
        self.errors = Errors("wizard")
        form = QFormLayout(self)
        self.intro = note()
        self.login = QLineEdit("admin")
        self.login.setObjectName("wizard.admin_login")
        self.login.setMaxLength(32)
        self.name = QLineEdit()
        self.name.setObjectName("wizard.admin_name")
        self.name.setMaxLength(200)
        self.password = QLineEdit()
        self.password.setObjectName("wizard.admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("wizard.admin_password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.lbls = [QLabel() for _ in range(4)]
        for lbl, w in zip(self.lbls, (self.login, self.name, self.password, self.password2)):
            lbl.setBuddy(w)
        form.addRow(self.intro)
        form.addRow(self.lbls[0], self.errors.wrap("login", self.login))
        form.addRow(self.lbls[1], self.errors.wrap("name", self.name))
        form.addRow(self.lbls[2], self.errors.wrap("password", self.password))
        form.addRow(self.lbls[3], self.errors.wrap("password2", self.password2))
        # not a mandatory QWizard field: the prefilled "admin" would count as empty (see OfficePage)
        self.errors_shown = False
        for w in (self.login, self.name, self.password, self.password2):
            w.textEdited.connect(self._recheck)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This account adds the other staff accounts in Settings › Staff."))
        self.intro.setText(self.tr("Choose a password only you know, of at least 8 characters. Nobody can read "
                               "it back; another admin can set a new one."))
        for lbl, text in zip(self.lbls, (self.tr("&Login"), self.tr("&Full name"), self.tr("&Password"),
                                         self.tr("Password &again"))):
            lbl.setText(text)
        self.login.setAccessibleName(self.tr("Login"))
        self.name.setAccessibleName(self.tr("Full name"))
        self.password.setAccessibleName(self.tr("Password"))
        self.password2.setAccessibleName(self.tr("Password again"))

    def check(self) -> list[FieldError]:
        errors = account_errors(self.login.text(), self.password.text(), self.name.text())
        if self.password.text() != self.password2.text():
            errors.append(field_error("password2", "mismatch", "form.passwords_differ"))
        return errors

    def _recheck(self, _text: str = "") -> None:
        if self.errors_shown:
            self.errors.show(self.check(), self.wiz().lang, fallback="login")
            self._relayout()

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        errors = self.check()
        self.errors_shown = True
        self.errors.show(errors, self.wiz().lang, fallback="login")
        self._relayout()
        _focus_first(self.errors, errors)
        return not errors


# ---------------------------------------------------------------------------- 4. hub
class HubPage(_Page):
    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.setObjectName("wizard.page.hub")
        self.errors = Errors("wizard")
        form = QFormLayout(self)
        self.intro = note()
        self.url = QLineEdit(settings.hub_url or "")
        self.url.setObjectName("wizard.hub_url")
        self.url.setPlaceholderText("https://hub.tidorekota.go.id")
        self.code = QLineEdit()
        self.code.setObjectName("wizard.hub_code")
        self.lbl_url, self.lbl_code = QLabel(), QLabel()
        self.lbl_url.setBuddy(self.url)
        self.lbl_code.setBuddy(self.code)
        form.addRow(self.intro)
        form.addRow(self.lbl_url, self.errors.wrap("hub_url", self.url))
        form.addRow(self.lbl_code, self.errors.wrap("hub_code", self.code))

    def retranslate(self) -> None:
        self.setTitle(self.tr("The hub (optional)"))
        self.setSubTitle(self.tr("Enrol now, or later in Settings › Hub."))
        self.intro.setText(self.tr("The hub collects the complaints of all desks and passes them to LAPOR!. "
                               "The hub administrator gives you its address and a one-time enrolment code. "
                               "Leave both empty to work without a hub for now."))
        self.lbl_url.setText(self.tr("Hub &address"))
        self.lbl_code.setText(self.tr("Enrolment &code"))
        self.url.setAccessibleName(self.tr("Hub address"))
        self.code.setAccessibleName(self.tr("Enrolment code"))

    def wanted(self) -> bool:
        return bool(self.url.text().strip() or self.code.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        errs: list[FieldError] = []
        if self.wanted():
            if not self.url.text().strip().startswith(("https://", "http://")):
                errs.append(field_error("hub_url", "format", "form.hub_url_https"))
            if not self.code.text().strip():
                errs.append(field_error("hub_code", "required", "form.hub_code_required"))
        self.errors.show(errs, self.wiz().lang)
        self._relayout()
        return not errs


# ---------------------------------------------------------------------------- 5. summary
class SummaryPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizard.page.summary")
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("wizard.summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("wizard.status")
        self.status.setWordWrap(True)
        lay.addWidget(self.summary)
        lay.addSpacing(12)
        lay.addWidget(self.status)
        lay.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check and finish"))
        self.setSubTitle(self.tr("Press Finish to save; then sign in with the administrator account."))
        w = self.wizard()
        if w is None:
            return
        wz: SetupWizard = w  # type: ignore[assignment]
        o, a, h = wz.office, wz.admin, wz.hub
        lines = [
            self.tr("Language: %1").replace("%1", "Bahasa Indonesia" if wz.lang == "id" else "English"),
            self.tr("Office: %1 (%2)").replace("%1", o.name.text().strip()).replace("%2", o.code.text().strip()),
            self.tr("Time zone: %1").replace("%1", o.timezone.currentText()),
            self.tr("Reference data: %1").replace("%1", o.reference.currentText()),
            self.tr("Administrator: %1").replace("%1", a.login.text().strip().lower()),
            (self.tr("Hub: %1 (enrolled when you press Finish)").replace("%1", h.url.text().strip())
             if h.wanted() else self.tr("Hub: none for now")),
        ]
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName(self.summary.text())


# ---------------------------------------------------------------------------- the wizard
class SetupWizard(QWizard):
    """The first-run wizard. ``desk`` holds the set-up desk after Finish (None when cancelled)."""

    def __init__(self, runner: TaskRunner, paths: AppPaths, settings: Settings | None = None,
                 lang: str = "id", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.paths = paths
        self.lang = lang
        self.desk: Desk | None = None
        self._busy = False
        settings = settings or Settings()
        self.setObjectName("wizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.welcome = WelcomePage(lang)
        self.office = OfficePage(settings)
        self.admin = AdminPage()
        self.hub = HubPage(settings)
        self.summary = SummaryPage()
        for p in (self.welcome, self.office, self.admin, self.hub, self.summary):
            self.addPage(p)
        self.resize(760, 600)
        self.retranslate()
        ref = default_reference_file()
        if ref.exists():
            runner.db(lambda: read_reference(ref), on_done=self.office.set_reference,
                      on_error=lambda _e: self.office.set_reference({}))

    # ------------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        app = QApplication.instance()
        if app is not None:
            self.lang = install_translator(app, lang)  # type: ignore[arg-type]
        else:
            self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("LAPOR! Desk — set-up"))
        B = QWizard.WizardButton
        self.setButtonText(B.BackButton, self.tr("< &Back"))
        self.setButtonText(B.NextButton, self.tr("&Next >"))
        self.setButtonText(B.FinishButton, self.tr("&Finish"))
        self.setButtonText(B.CancelButton, self.tr("Cancel"))
        self.setButtonText(B.CommitButton, self.tr("&Finish"))
        self.setButtonText(B.HelpButton, self.tr("Help"))
        for p in (self.welcome, self.office, self.admin, self.hub, self.summary):
            p.retranslate()

    # ------------------------------------------------------------------ finishing
    def data(self) -> FirstRun:
        return FirstRun(office_code=self.office.code.text().strip().upper(), office_name=self.office.name.text().strip(),
                        timezone=self.office.timezone.currentData(), language=self.lang,
                        reference_file=self.office.reference_file(),
                        admin_login=self.admin.login.text().strip().lower(), admin_name=self.admin.name.text().strip(),
                        admin_password=self.admin.password.text())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton,
                  QWizard.WizardButton.CancelButton):
            btn = self.button(b)
            if btn is not None:
                btn.setEnabled(not busy)

    def accept(self) -> None:
        if self._busy:
            return
        if self.desk is not None:  # set up; the hub step failed and the officer goes on without it
            super().accept()
            return
        data = self.data()
        paths = self.paths
        self._set_busy(True)
        set_role(self.summary.status, None)
        self.summary.status.setText(self.tr("Setting up the desk…"))
        self.runner.db(lambda: first_run(paths, data), on_done=self._set_up, on_error=self._failed)

    def _set_up(self, desk: Desk) -> None:
        self.desk = desk
        self.button(QWizard.WizardButton.BackButton).setVisible(False)
        if not self.hub.wanted():
            self._set_busy(False)
            super().accept()
            return
        url, code = self.hub.url.text().strip(), self.hub.code.text().strip()
        self.summary.status.setText(self.tr("Desk set up. Contacting the hub…"))
        self.runner.net(lambda: sync_svc.enroll(desk, url, code), on_done=self._enrolled,
                        on_error=self._enrol_error)

    def _enrolled(self, _result) -> None:  # type: ignore[no-untyped-def]
        self._set_busy(False)
        super().accept()

    def _enrol_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        set_role(self.summary.status, "warning")
        self.summary.status.setText(
            self.tr("The desk is set up, but the enrolment failed: %1\nYou can enrol later in Settings › Hub. "
                "Press Finish to go on.").replace("%1", enrol_error_text(exc, self.lang)))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        set_role(self.summary.status, "warning")
        if isinstance(exc, InvalidInput):
            msgs = [error_text(e, self.lang) for e in exc.errors]
            self.summary.status.setText(self.tr("Not saved:") + "\n" + "\n".join(msgs))
        elif getattr(exc, "code", "") == "office_change_refused":
            self.summary.status.setText(self.tr("Not saved: this desk already holds complaints of another office."))
        else:
            self.summary.status.setText(self.tr("Not saved (%1). Details are in the log file.")
                                        .replace("%1", type(exc).__name__))

    def reject(self) -> None:
        if self._busy:
            return
        if self.desk is not None:  # already set up: closing means going on without the hub
            super().accept()
            return
        super().reject()


def run_setup_wizard(runner: TaskRunner, paths: AppPaths, settings: Settings | None,
                     lang: str) -> tuple[Desk | None, str, str]:
    """Show the wizard modally; returns (the set-up desk or None when cancelled, language, the
    administrator's login, which the sign-in dialog fills in)."""
    wizard = SetupWizard(runner, paths, settings, lang)
    wizard.exec()
    return wizard.desk, wizard.lang, wizard.admin.login.text().strip().lower()
