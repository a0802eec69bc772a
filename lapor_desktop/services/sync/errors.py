"""Errors of the sync use cases."""

from __future__ import annotations

from lapor_desktop.core.errors import LaporError


class NotEnrolled(LaporError):
    code = "not_enrolled"
    exit_code = 5


class HubAuthRefused(LaporError):
    code = "auth_refused"
    exit_code = 6


class HubUnreachable(LaporError):
    code = "hub_unreachable"
    exit_code = 7
