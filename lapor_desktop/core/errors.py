"""Errors with stable codes. The UI and CLI turn codes into words; logs carry only the code."""

from __future__ import annotations


class LaporError(Exception):
    """Base error. ``code`` is stable (dotted, lower case) and safe to log."""

    code = "error"
    exit_code = 2

    def __init__(self, message: str = "", *, code: str | None = None, **params: object) -> None:
        super().__init__(message or (code or self.code))
        if code:
            self.code = code
        self.message = message
        self.params = params


class NotFound(LaporError):
    code = "not_found"


class PermissionDenied(LaporError):
    code = "permission_denied"


class InvalidAction(LaporError):
    """The action is not allowed from the complaint's current state."""

    code = "invalid_action"


class InvalidInput(LaporError):
    """Field-level validation failed. ``errors`` is a list of domain FieldError."""

    code = "invalid_input"
    exit_code = 1

    def __init__(self, errors: list, message: str = "") -> None:  # list[FieldError]
        super().__init__(message or "; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


class StoreError(LaporError):
    code = "store_error"
    exit_code = 3


class NotSetUp(LaporError):
    code = "not_set_up"
    exit_code = 4


class AuthFailed(LaporError):
    code = "auth_failed"
    exit_code = 1
