"""A refusal for lack of permission, in plain words: the one place that turns a
``PermissionDenied`` into what the officer reads (never "a problem with the database")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from lapor_desktop.core.errors import PermissionDenied

from .labels import role_label


def refusal_text(exc: BaseException, role: str = "") -> str | None:
    """The words for a permission refusal; None when ``exc`` is not one."""
    if not isinstance(exc, PermissionDenied):
        return None
    if exc.code == "session_required":
        return QCoreApplication.translate(
            "Refusals", "You are no longer signed in (signed out, or the account was disabled). Nothing was "
                        "changed; sign in again.")
    if exc.code == "admin_only":
        return QCoreApplication.translate("Refusals", "Only a system admin may do this.")
    if exc.code == "not_your_agency":
        return QCoreApplication.translate(
            "Refusals", "This complaint was not forwarded to your agency, so you cannot act on it.")
    if role:
        return QCoreApplication.translate(
            "Refusals", "Your role (%1) may not do this. Nothing was changed; ask a colleague whose role may, "
                        "or the administrator if your role is wrong.").replace("%1", role_label(role))
    return QCoreApplication.translate("Refusals", "Your role may not do this. Nothing was changed.")
