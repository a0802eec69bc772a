"""The hub's error that becomes a problem+json answer (app.py maps it)."""

from __future__ import annotations


class HubError(Exception):
    """An error that becomes a problem+json answer."""

    def __init__(self, status: int, code: str, detail: str = "", headers: dict | None = None) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = code
        self.detail = detail
        self.headers = headers or {}
