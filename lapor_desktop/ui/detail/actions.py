"""The detail's action buttons: every action the officer's ROLE may ever take, always in the same
place and order, whatever the complaint's title or status; the ones not possible now are greyed
with a tooltip saying why. Hard-to-undo actions (close, archive, not our authority) come last,
apart from the rest; their dialogs ask for a confirmation (``action_dialogs.CONFIRMED_ACTIONS``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

from lapor_desktop.domain.enums import Action
from lapor_desktop.domain.permissions import Right, may, role_actions

from ..flow_layout import FlowLayout
from ..labels import action_label, status_label
from ..look import set_role

# the order buttons appear in: the usual next steps first, then the record keeping, then the
# final or hard-to-undo ones
ACTION_ORDER = (Action.VERIFY, Action.FORWARD, Action.REQUEST_INFO, Action.RECEIVE_INFO, Action.FOLLOW_UP,
                Action.RECORD_REPLY, Action.REOPEN, Action.EDIT, Action.CHANGE_FLAGS, Action.COMMENT,
                Action.ATTACH, Action.CLOSE, Action.ARCHIVE, Action.DECLINE)
FINAL_ACTIONS = frozenset({Action.CLOSE, Action.ARCHIVE, Action.DECLINE})
PRIMARY_ACTIONS = frozenset({Action.VERIFY, Action.FORWARD, Action.FOLLOW_UP})


class ActionBar(QWidget):
    """The role's buttons, built once; ``show_for(allowed, status, can_reprint)`` only enables and
    disables them, so nothing moves from one complaint to the next."""

    action_requested = Signal(str)  # action name, or "reprint"

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail.actions")
        self.setAccessibleName(self.tr("Actions"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.flow = FlowLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        offered = role_actions(role)  # domain/permissions.py: who may do what
        for a in ACTION_ORDER:
            if a in offered:
                self._button(a.value, action_label(a.value), final=a in FINAL_ACTIONS, primary=a in PRIMARY_ACTIONS)
        if may(role, Right.REPRINT):
            self._button("reprint", self.tr("Reprint receipt"))
        if may(role, Right.REKEY):  # re-keys walk-ins into national LAPOR!
            self._button("rekey", self.tr("Enter into LAPOR!…"))
        self.none_label = QLabel(self.tr("No action is open to your role for this complaint."))
        self.none_label.setObjectName("detail.noActions")
        set_role(self.none_label, "quiet")
        self.flow.addWidget(self.none_label)
        self.none_label.setVisible(not self.buttons)

    def _button(self, name: str, text: str, final: bool = False, primary: bool = False) -> None:
        b = QPushButton(text + ("…" if final else ""))
        b.setObjectName(f"action.{name}")
        b.setAccessibleName(text)
        if primary:
            set_role(b, "primaryAction")
        elif final:
            set_role(b, "finalAction")
        b.clicked.connect(lambda _c=False, n=name: self.action_requested.emit(n))
        if final and not any(n in {a.value for a in FINAL_ACTIONS} for n in self.buttons):
            gap = QWidget()  # set the hard-to-undo actions apart
            gap.setFixedSize(14, 1)
            self.flow.addWidget(gap)
        self.flow.addWidget(b)
        self.buttons[name] = b

    def show_for(self, allowed: set[Action], status: str, can_reprint: bool, can_rekey: bool = False) -> None:
        names = {a.value for a in allowed}
        why = self.tr("Not possible while the complaint is: %1").replace("%1", status_label(status))
        special = {"reprint": (can_reprint, self.tr("This complaint has no receipt number")),
                   "rekey": (can_rekey, self.tr("This complaint already has its LAPOR! Tracking ID"))}
        for name, b in self.buttons.items():
            on, off_why = special.get(name, (name in names, why))
            b.setEnabled(on)
            b.setToolTip("" if on else off_why)
        self.none_label.setVisible(not self.buttons or not any(b.isEnabled() for b in self.buttons.values()))
        self.updateGeometry()

    def enabled_names(self) -> set[str]:
        return {n for n, b in self.buttons.items() if b.isEnabled() and n not in ("reprint", "rekey")}
