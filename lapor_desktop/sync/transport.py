"""HTTP transport of the desk's sync client: one kept-alive ``requests.Session`` per hub.

* connect timeout ~15 s and a *stall* timeout (~60 s without a byte), never a whole-request
  timeout: a 1 MiB body at 256 kbit/s takes 30+ s and must not be cut off;
* request bodies gzip-compressed (``Content-Encoding: gzip``), answers asked for in gzip;
* TLS certificates are always verified; ``ca_bundle`` adds a government CA bundle;
* problem+json answers become typed errors (:class:`AuthRefused`, :class:`TooLarge`, ...);
* every body is sent through a small reader that checks the cancel flag between blocks and
  counts bytes, so a sync can be cancelled mid-upload and progress shows bytes as they go.

Byte counts are *wire* bytes: compressed request bodies, and answer bodies as received (before
gzip decoding). Headers are not counted here (the link simulator counts everything).
"""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from lapor_desktop.core import jsonlimits
from lapor_desktop.protocol.wire import (
    API_PREFIX,
    PROBLEM_CONTENT_TYPE,
    EnrollRequest,
    EnrollResponse,
    Health,
    SyncPage,
    SyncResponse,
)

if TYPE_CHECKING:
    import requests

# ``requests`` is imported when a transport is made, not with this module: commands that only
# read the desk (``sync-status``) start without it. What only an answer needs (the pulled
# events' checks, ``pullcheck`` with ``protocol.events``; the reference validator's depth limit,
# ``protocol.reference``) is imported when that answer is read: the first request of a
# ``lapor-desktop sync`` leaves without them (issue 13 item 13)

USER_AGENT = "lapor-desktop-sync/1"
BLOCK = 16 << 10  # bytes per socket write of a request body (cancel + progress granularity)


# ------------------------------------------------------------------------------- errors
class TransportError(Exception):
    """Base of every transport failure. ``code`` is stable and safe to log."""

    code = "transport_error"

    def __init__(self, message: str = "", *, status: int | None = None, code: str | None = None,
                 detail: str = "") -> None:
        super().__init__(message or detail or self.code)
        self.status = status
        if code:
            self.code = code
        self.detail = detail


class Unreachable(TransportError):
    """No answer: connection refused or reset, DNS, TLS handshake, a stall timeout."""

    code = "unreachable"

    def __init__(self, message: str = "", *, timeout: bool = False, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.timeout = timeout


class TlsError(Unreachable):
    """The hub's certificate could not be verified (never ignored; set a CA bundle)."""

    code = "tls_error"


class AuthRefused(TransportError):
    """401/403: the token is missing, unknown or revoked (or an enrolment code is refused)."""

    code = "auth_refused"


class TooLarge(TransportError):
    """413: the body or the batch was too large; the caller halves it."""

    code = "too_large"


class RateLimited(TransportError):
    code = "rate_limited"

    def __init__(self, message: str = "", *, retry_after: float = 1.0, **kw: Any) -> None:
        super().__init__(message, **kw)
        self.retry_after = retry_after


class ServerError(TransportError):
    code = "server_error"


class ProtocolError(TransportError):
    """Any other 4xx, or an answer that does not parse: never retried as-is."""

    code = "protocol_error"


class OffsetMismatch(TransportError):
    """409 on a blob upload: the hub holds ``offset`` bytes (resume from there)."""

    code = "offset_mismatch"

    def __init__(self, message: str = "", *, offset: int | None = None, length: int | None = None,
                 **kw: Any) -> None:
        super().__init__(message, **kw)
        self.offset = offset
        self.length = length


class Cancelled(Exception):
    """The caller cancelled; raised between blocks of a body or between requests."""


# ------------------------------------------------------------------------------- cancel
class CancelToken:
    """A thread-safe cancel flag, shared by the engine and the transport."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True when cancelled meanwhile."""
        return self._event.wait(max(0.0, seconds))


NEVER = CancelToken()


class _Body:
    """A request body that checks for cancellation between blocks and reports bytes sent."""

    def __init__(self, data: bytes, cancel: CancelToken, on_bytes: Callable[[int], None] | None) -> None:
        self._data = memoryview(data)
        self._pos = 0
        self._cancel = cancel
        self._on_bytes = on_bytes

    def __len__(self) -> int:  # requests sets Content-Length from this
        return len(self._data) - self._pos

    def read(self, n: int = -1) -> bytes:
        self._cancel.raise_if_cancelled()
        if n is None or n < 0:
            n = len(self._data) - self._pos
        n = min(n, BLOCK)
        out = self._data[self._pos:self._pos + n].tobytes()
        self._pos += len(out)
        if out and self._on_bytes:
            self._on_bytes(len(out))
        return out


@dataclass
class WireCount:
    up: int = 0
    down: int = 0
    requests: int = 0


@dataclass
class BlobState:
    offset: int
    length: int


# ------------------------------------------------------------------------------- transport
class HttpTransport:
    def __init__(self, hub_url: str, token: str | None = None, *, ca_bundle: str | None = None,
                 connect_timeout: float = 15.0, stall_timeout: float = 60.0,
                 user_agent: str = USER_AGENT, system_proxy: bool = True) -> None:
        """``system_proxy``: reach the hub through the proxy the PC is set up with (the
        ``HTTP(S)_PROXY``/``NO_PROXY`` environment, else Windows' Internet Options or macOS's
        network settings), as an office behind a proxy needs; tests may turn it off."""
        import requests
        from requests.adapters import HTTPAdapter

        self.base = hub_url.rstrip("/") + API_PREFIX
        self.session = requests.Session()
        # proxies are looked up per request (``_proxies``); the rest of what requests takes from
        # the environment stays off: a ~/.netrc entry would replace the Bearer token and
        # REQUESTS_CA_BUNDLE the configured CA bundle
        self.session.trust_env = False
        self.system_proxy = system_proxy
        adapter = HTTPAdapter(pool_connections=1, pool_maxsize=2, max_retries=0)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers.clear()
        self.session.headers.update({"User-Agent": user_agent, "Accept-Encoding": "gzip"})
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        # verification is always on; a CA bundle replaces the default trust store
        self.session.verify = ca_bundle if ca_bundle else True
        self.timeout = (connect_timeout, stall_timeout)
        self.count = WireCount()
        self.on_bytes_up: Callable[[int], None] | None = None

    def close(self) -> None:
        self.session.close()

    # ------------------------------------------------------------------ plumbing
    def _proxies(self, url: str) -> dict[str, str]:
        """The PC's proxy for ``url`` (none when ``NO_PROXY`` or the OS bypass list covers it);
        read at every request, so a changed setting takes effect without a restart."""
        if not self.system_proxy:
            return {}
        from requests.utils import get_environ_proxies

        return get_environ_proxies(url)

    def _request(self, method: str, path: str, *, body: bytes | None = None, gzip_body: bool = False,
                 headers: dict[str, str] | None = None, cancel: CancelToken = NEVER,
                 stream: bool = False) -> requests.Response:
        import requests

        cancel.raise_if_cancelled()
        hdrs = dict(headers or {})
        data: Any = None
        if body is not None:
            if gzip_body:
                body = gzip.compress(body, compresslevel=6, mtime=0)
                hdrs["Content-Encoding"] = "gzip"
            self.count.up += len(body)
            data = _Body(body, cancel, self.on_bytes_up)
            hdrs.setdefault("Content-Length", str(len(body)))
        self.count.requests += 1
        try:
            url = self.base + path
            r = self.session.request(method, url, data=data, headers=hdrs, proxies=self._proxies(url),
                                     timeout=self.timeout, stream=True, allow_redirects=False)
        except Cancelled:
            self.session.close()  # a half-sent body leaves the connection unusable
            raise
        except requests.exceptions.SSLError as exc:
            raise TlsError(f"TLS: {type(exc).__name__}", detail=str(exc)[:300]) from None
        except requests.exceptions.Timeout as exc:
            self.session.close()
            raise Unreachable(f"timeout: {type(exc).__name__}", timeout=True) from None
        except requests.exceptions.RequestException as exc:
            self.session.close()
            raise Unreachable(f"{type(exc).__name__}: {str(exc)[:200]}") from None
        if stream and r.status_code < 300:
            return r
        try:
            r._content = self._read_all(r, cancel)  # type: ignore[attr-defined]
        except Cancelled:
            r.close()
            self.session.close()
            raise
        except requests.exceptions.RequestException as exc:
            self.session.close()
            raise Unreachable(f"reading the answer: {type(exc).__name__}", timeout=True) from None
        if r.status_code >= 400:
            raise self._error(r)
        return r

    def _read_all(self, r: requests.Response, cancel: CancelToken) -> bytes:
        parts = []
        for block in r.iter_content(BLOCK):
            cancel.raise_if_cancelled()
            parts.append(block)
        wire = _wire_bytes(r)
        self.count.down += wire if wire is not None else sum(len(p) for p in parts)
        return b"".join(parts)

    def _error(self, r: requests.Response) -> TransportError:
        code, detail = None, ""
        ctype = r.headers.get("Content-Type", "")
        if PROBLEM_CONTENT_TYPE in ctype or "json" in ctype:
            try:
                body = json.loads(r.content or b"{}")
                if isinstance(body, dict):
                    code = body.get("code")
                    detail = str(body.get("detail") or body.get("title") or "")[:500]
            except ValueError:
                pass
        s = r.status_code
        msg = f"HTTP {s} {code or ''}".strip()
        if s in (401, 403):
            return AuthRefused(msg, status=s, code=code or "auth_refused", detail=detail)
        if s == 413:
            return TooLarge(msg, status=s, code=code or "too_large", detail=detail)
        if s == 429:
            return RateLimited(msg, status=s, detail=detail, retry_after=_retry_after(r))
        if s == 409 and r.headers.get("Upload-Offset") is not None:
            return OffsetMismatch(msg, status=s, code=code or "offset_mismatch", detail=detail,
                                  offset=_int(r.headers.get("Upload-Offset")),
                                  length=_int(r.headers.get("Upload-Length")))
        if s == 507:  # a storage quota on the hub is full: retrying as-is cannot help
            return ProtocolError(msg, status=s, code=code or "quota_exceeded", detail=detail)
        if s >= 500 or s == 408:
            return ServerError(msg, status=s, code=code or "server_error", detail=detail)
        return ProtocolError(msg, status=s, code=code or "protocol_error", detail=detail)

    # ------------------------------------------------------------------ endpoints
    def health(self, cancel: CancelToken = NEVER) -> Health:
        r = self._request("GET", "/health", cancel=cancel)
        return _parse(Health, r.content)

    def enroll(self, req: EnrollRequest, cancel: CancelToken = NEVER) -> EnrollResponse:
        body = json.dumps(req.model_dump(mode="json", exclude_none=True)).encode("utf-8")
        r = self._request("POST", "/devices", body=body, headers={"Content-Type": "application/json"},
                          cancel=cancel)
        return _parse(EnrollResponse, r.content)

    def sync(self, body: bytes, cancel: CancelToken = NEVER, *, packed: bytes | None = None) -> SyncResponse:
        """POST /sync with a body already serialised (canonical JSON); gzip on the wire.
        ``packed``: the body already gzip-compressed by the caller."""
        headers = {"Content-Type": "application/json"}
        if packed is not None:
            headers["Content-Encoding"] = "gzip"
            r = self._request("POST", "/sync", body=packed, headers=headers, cancel=cancel)
        else:
            r = self._request("POST", "/sync", body=body, gzip_body=True, headers=headers, cancel=cancel)
        from . import pullcheck

        # events are checked one by one: a bad one is set aside, never fails the page
        return pullcheck.screen(_parse(SyncPage, r.content))

    def audit_head(self, cancel: CancelToken = NEVER) -> dict[str, Any]:
        """GET /audit/head: where this device's audit chain stands on the hub (hub/audit.py)."""
        return _json_object(self._request("GET", "/audit/head", cancel=cancel).content)

    def audit_push(self, body: bytes, cancel: CancelToken = NEVER) -> dict[str, Any]:
        """POST /audit with a batch of audit entries (JSON); gzip on the wire."""
        r = self._request("POST", "/audit", body=body, gzip_body=True,
                          headers={"Content-Type": "application/json"}, cancel=cancel)
        return _json_object(r.content)

    def reference(self, etag: str | None, cancel: CancelToken = NEVER) -> tuple[dict[str, Any] | None, str | None]:
        """``(data, etag)``; ``(None, etag)`` when unchanged (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        r = self._request("GET", "/reference", headers=headers, cancel=cancel)
        if r.status_code == 304:
            return None, r.headers.get("ETag") or etag
        from lapor_desktop.protocol.reference import MAX_JSON_DEPTH

        try:
            data = jsonlimits.loads(r.content, max_depth=MAX_JSON_DEPTH)
        except ValueError:  # JsonTooDeep included: a hostile body is a bad answer, not a crash
            raise ProtocolError("reference answer is not JSON", code="bad_answer") from None
        if not isinstance(data, dict):
            raise ProtocolError("reference answer is not an object", code="bad_answer")
        return data, r.headers.get("ETag")

    def blob_head(self, sha256: str, cancel: CancelToken = NEVER) -> BlobState | None:
        """What the hub holds of a blob; None when it has none of it (404)."""
        try:
            r = self._request("HEAD", f"/blobs/{sha256}", cancel=cancel)
        except ProtocolError as exc:
            if exc.status == 404:
                return None
            raise
        return BlobState(_int(r.headers.get("Upload-Offset")) or 0, _int(r.headers.get("Upload-Length")) or 0)

    def blob_patch(self, sha256: str, offset: int, length: int, chunk: bytes,
                   cancel: CancelToken = NEVER) -> int:
        """Append ``chunk`` at ``offset``; the hub's new offset. JPEG/PDF bytes are not gzipped."""
        r = self._request("PATCH", f"/blobs/{sha256}", body=chunk, cancel=cancel,
                          headers={"Upload-Offset": str(offset), "Upload-Length": str(length),
                                   "Content-Type": "application/offset+octet-stream"})
        new = _int(r.headers.get("Upload-Offset"))
        return new if new is not None else offset + len(chunk)

    def blob_get(self, sha256: str, out: BinaryIO, start: int = 0, cancel: CancelToken = NEVER,
                 on_bytes: Callable[[int], None] | None = None) -> int:
        """Download into ``out`` from byte ``start`` (Range); returns bytes written."""
        headers = {"Range": f"bytes={start}-"} if start else {}
        r = self._request("GET", f"/blobs/{sha256}", headers=headers, cancel=cancel, stream=True)
        if start and r.status_code != 206:
            out.seek(0)
            out.truncate()
        n = 0
        try:
            for block in r.raw.stream(BLOCK, decode_content=False):
                cancel.raise_if_cancelled()
                out.write(block)
                n += len(block)
                self.count.down += len(block)
                if on_bytes:
                    on_bytes(len(block))
        except Cancelled:
            r.close()
            self.session.close()
            raise
        except Exception as exc:  # urllib3 protocol errors, resets
            r.close()
            self.session.close()
            raise Unreachable(f"download cut: {type(exc).__name__}") from None
        return n


def _parse(model: type, content: bytes):  # type: ignore[no-untyped-def]
    """The hub's answer read by its model (protocol/wire.py), strictly: ``"has_more": "yes"`` or
    a count in quotes is a bad answer, not a guess."""
    try:
        return model.model_validate_json(content, strict=True)
    except Exception as exc:  # pydantic.ValidationError, ValueError
        raise ProtocolError(f"answer does not match {model.__name__}", code="bad_answer",
                            detail=str(exc)[:300]) from None


def _int(v: str | None) -> int | None:
    try:
        return int(v) if v is not None else None
    except ValueError:
        return None


def _retry_after(r: requests.Response) -> float:
    raw = r.headers.get("Retry-After", "")
    try:
        return max(0.0, float(raw))
    except ValueError:
        return 5.0


def _wire_bytes(r: requests.Response) -> int | None:
    raw = getattr(r, "raw", None)
    tell = getattr(raw, "tell", None)
    try:
        return int(tell()) if tell else None
    except Exception:
        return None


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        data = jsonlimits.loads(raw, max_depth=8)
    except ValueError:
        raise ProtocolError("answer is not JSON", code="bad_answer") from None
    if not isinstance(data, dict):
        raise ProtocolError("answer is not an object", code="bad_answer")
    return data
