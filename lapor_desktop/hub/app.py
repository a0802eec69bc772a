"""The hub's HTTP face: a FastAPI app speaking SYNC.md (base ``/api/v1``).

Request bodies are read by :func:`read_body`, never by FastAPI: the size limit is checked on the
``Content-Length`` header first and then while streaming, so an oversized body is refused (413)
before it is read whole; gzip bodies are inflated with a cap (a gzip bomb is a 413 too). Every
error is ``application/problem+json`` with a stable ``code``; no stack trace reaches a client.
"""


import logging
import zlib
from typing import Annotated, Any

import pydantic_core
from fastapi import Depends, FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from lapor_desktop.core.clock import iso_utc
from lapor_desktop.protocol.codes import ProblemCode
from lapor_desktop.protocol.reference import ReferenceData
from lapor_desktop.protocol.schema import component_schemas as sync_schemas
from lapor_desktop.protocol.wire import (
    API_PREFIX,
    MAX_BODY_BYTES,
    MAX_CHUNK_BYTES,
    MAX_DECOMPRESSED_BYTES,
    MAX_EVENTS,
    PROBLEM_CONTENT_TYPE,
    SHA256_PATTERN,
    SUPPORTED_PROTOCOLS,
    EnrollRequest,
    EnrollResponse,
    Health,
    Problem,
    SyncRequest,
    SyncResponse,
)

from .auth import DeviceInfo, RateLimiter
from .blobs import BlobStore
from .openapi_links import add_links
from .service import HubError, HubService

log = logging.getLogger(__name__)

_TITLES = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
           405: "Method Not Allowed", 409: "Conflict", 411: "Length Required",
           413: "Content Too Large", 415: "Unsupported Media Type", 416: "Range Not Satisfiable",
           422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error",
           507: "Insufficient Storage"}
_CODES = {400: ProblemCode.BAD_REQUEST, 401: ProblemCode.UNAUTHORIZED, 404: ProblemCode.NOT_FOUND,
          405: ProblemCode.METHOD_NOT_ALLOWED, 413: ProblemCode.TOO_LARGE,
          422: ProblemCode.VALIDATION, 429: ProblemCode.RATE_LIMITED, 500: ProblemCode.INTERNAL}


def problem(status: int, code: str, detail: str = "", headers: dict | None = None) -> JSONResponse:
    body = {"type": "about:blank", "title": _TITLES.get(status, "Error"), "status": status,
            "detail": detail, "code": code}
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_CONTENT_TYPE)


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {"model": Problem, "content": {PROBLEM_CONTENT_TYPE: {}}, "description": _TITLES[s]}
    for s in (400, 401, 403, 404, 409, 413, 415, 422, 429, 507)
}


class SelectiveGZip:
    """gzip JSON answers when asked; never blob downloads (JPEG/PDF, and Range must stay exact)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.gzip = GZipMiddleware(app, minimum_size=500)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "/blobs/" not in scope.get("path", ""):
            await self.gzip(scope, receive, send)
        else:
            await self.app(scope, receive, send)


async def read_body(request: Request, limit: int = MAX_BODY_BYTES, inflate: bool = True) -> bytes:
    """The request body, refused with 413 as soon as it is known to be too large."""
    length = request.headers.get("content-length")
    if length is not None:
        try:
            declared = int(length)
        except ValueError:
            raise HubError(400, ProblemCode.BAD_REQUEST, "bad Content-Length") from None
        if declared > limit:
            raise HubError(413, ProblemCode.TOO_LARGE, f"the body may be at most {limit} bytes")
    buf = bytearray()
    async for chunk in request.stream():
        buf += chunk
        if len(buf) > limit:
            raise HubError(413, ProblemCode.TOO_LARGE, f"the body may be at most {limit} bytes")
    encoding = request.headers.get("content-encoding", "").strip().lower()
    if not inflate or encoding in ("", "identity"):
        return bytes(buf)
    if encoding != "gzip":
        raise HubError(415, ProblemCode.UNSUPPORTED_ENCODING, "only gzip request bodies are accepted")
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(bytes(buf), MAX_DECOMPRESSED_BYTES + 1)
    except zlib.error:
        raise HubError(400, ProblemCode.BAD_REQUEST, "the gzip body is corrupt") from None
    if len(out) > MAX_DECOMPRESSED_BYTES or inflater.unconsumed_tail:
        raise HubError(413, ProblemCode.TOO_LARGE,
                       f"the body inflates to more than {MAX_DECOMPRESSED_BYTES} bytes")
    if not inflater.eof:
        raise HubError(400, ProblemCode.BAD_REQUEST, "the gzip body is truncated")
    return out


def parse_json(raw: bytes) -> Any:
    try:
        return pydantic_core.from_json(raw, allow_inf_nan=False)
    except ValueError as exc:
        raise HubError(400, ProblemCode.INVALID_JSON, f"the body is not valid JSON: {str(exc)[:200]}") from None


def validate(model: type, data: Any):
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise HubError(422, ProblemCode.VALIDATION, _summarise(exc.errors())) from None


def _summarise(errors: list[dict[str, Any]]) -> str:
    parts = []
    for e in errors[:5]:
        loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
        parts.append(f"{loc}: {e.get('msg', 'invalid')}"[:300])
    more = f" (+{len(errors) - 5} more)" if len(errors) > 5 else ""
    return "; ".join(parts) + more


def _json_body(model: type) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}}}


def _error_handlers(app: FastAPI) -> None:
    """Every error answers as problem+json; an unexpected one is logged, never shown."""
    @app.exception_handler(HubError)
    async def _hub_error(_req: Request, exc: HubError):
        return problem(exc.status, exc.code, exc.detail, exc.headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_req: Request, exc: StarletteHTTPException):
        status = exc.status_code
        return problem(status, _CODES.get(status, "http_error"), str(exc.detail or ""),
                       dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_req: Request, exc: RequestValidationError):
        return problem(422, ProblemCode.VALIDATION, _summarise(list(exc.errors())))

    @app.exception_handler(Exception)
    async def _any_error(req: Request, exc: Exception):
        log.error("unhandled error on %s %s: %s", req.method, req.url.path, type(exc).__name__,
                  exc_info=exc)
        return problem(500, ProblemCode.INTERNAL, "the hub failed; the error was logged")


def create_app(service: HubService, blobs: BlobStore, *, rate: float = 20.0, burst: float = 40.0,
               enroll_rate: float = 2.0, enroll_burst: float = 10.0) -> FastAPI:
    app = FastAPI(title="lapor-hub", version="1", description="SP4N-LAPOR! desk sync hub, protocol v1",
                  docs_url=None, redoc_url=None, openapi_url=f"{API_PREFIX}/openapi.json")
    app.state.service = service
    app.state.blobs = blobs
    limiter = RateLimiter(rate, burst)
    enroll_limiter = RateLimiter(enroll_rate, enroll_burst)
    bearer = HTTPBearer(auto_error=False, description="the device token from POST /devices")

    _error_handlers(app)
    Dev = _device_dependency(service, limiter, bearer)

    # the routes in this order (it is the order of the paths in the OpenAPI document)
    _hub_routes(app, service, enroll_limiter)
    _sync_routes(app, service, Dev)

    from . import audit as desk_audit  # desks' audit trails: their own endpoints (hub/audit.py)

    desk_audit.register(app, service.db, Dev, API_PREFIX)
    _reference_routes(app, service, Dev)
    _blob_routes(app, blobs, Dev)
    _install_openapi(app)
    return app


# ---------------------------------------------------------------------------- auth
def _device_dependency(service: HubService, limiter: RateLimiter, bearer: HTTPBearer) -> Any:
    """The ``Dev`` annotation: the calling device, authenticated and rate-limited."""
    def device(creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> DeviceInfo:
        dev = service.authenticate(creds.credentials if creds else None)
        if dev is None:
            raise HubError(401, ProblemCode.UNAUTHORIZED, "missing, unknown or revoked token",
                           {"WWW-Authenticate": 'Bearer realm="lapor-hub"'})
        wait = limiter.take(dev.device_id)
        if wait:
            raise HubError(429, ProblemCode.RATE_LIMITED, "too many requests from this device",
                           {"Retry-After": RateLimiter.retry_after(wait)})
        return dev

    return Annotated[DeviceInfo, Depends(device)]


# ---------------------------------------------------------------------------- endpoints
def _hub_routes(app: FastAPI, service: HubService, enroll_limiter: RateLimiter) -> None:
    """GET /health and POST /devices (enrolment)."""
    @app.get(f"{API_PREFIX}/health", response_model=Health, tags=["hub"])
    def health() -> Health:
        return Health(status="ok", hub_id=service.hub_id, protocols=list(SUPPORTED_PROTOCOLS),
                      server_time=iso_utc(service.now()))

    @app.post(f"{API_PREFIX}/devices", status_code=201, response_model=EnrollResponse, tags=["hub"],
              responses=PROBLEM_RESPONSES, openapi_extra=_json_body(EnrollRequest))
    async def enroll(request: Request) -> EnrollResponse:
        client = request.client.host if request.client else "?"
        wait = enroll_limiter.take(client)
        if wait:
            raise HubError(429, ProblemCode.RATE_LIMITED, "too many enrolment attempts",
                           {"Retry-After": RateLimiter.retry_after(wait)})
        req = validate(EnrollRequest, parse_json(await read_body(request)))
        return await run_in_threadpool(service.enroll, req)


def _sync_routes(app: FastAPI, service: HubService, Dev: Any) -> None:
    """POST /sync: the event batch."""
    @app.post(f"{API_PREFIX}/sync", response_model=SyncResponse, tags=["sync"],
              responses=PROBLEM_RESPONSES, openapi_extra=_json_body(SyncRequest))
    async def sync(request: Request, dev: Dev) -> Response:
        data = parse_json(await read_body(request))
        if isinstance(data, dict) and isinstance(data.get("events"), list) and len(data["events"]) > MAX_EVENTS:
            raise HubError(413, ProblemCode.TOO_MANY_EVENTS,
                           f"at most {MAX_EVENTS} events per request; send a smaller batch")
        req = validate(SyncRequest, data)
        outcome = await run_in_threadpool(service.sync, dev, req)
        # a SyncResponse (protocol/wire.py) whose pulled events go out as the hub stored them
        return Response(outcome.body, media_type="application/json")


def _reference_routes(app: FastAPI, service: HubService, Dev: Any) -> None:
    """GET /reference: the reference data, with its ETag."""
    @app.get(f"{API_PREFIX}/reference", response_model=ReferenceData, tags=["reference"],
             responses={304: {"description": "Not Modified"}, **PROBLEM_RESPONSES})
    def reference(request: Request, dev: Dev) -> Response:
        body, etag = service.reference()
        inm = request.headers.get("if-none-match")
        if inm and _etag_matches(inm, etag):
            return Response(status_code=304, headers={"ETag": etag, "Cache-Control": "no-cache"})
        return Response(body, media_type="application/json",
                        headers={"ETag": etag, "Cache-Control": "no-cache"})


def _blob_routes(app: FastAPI, blobs: BlobStore, Dev: Any) -> None:
    """HEAD, PATCH and GET /blobs/{sha256}: resumable attachment uploads and downloads."""
    sha_path = {"pattern": SHA256_PATTERN}
    blob_headers = {"Upload-Offset": {"schema": {"type": "integer"}},
                    "Upload-Length": {"schema": {"type": "integer"}}}

    def _sha(sha256: str) -> str:
        import re

        if not re.fullmatch(SHA256_PATTERN, sha256):
            raise HubError(404, ProblemCode.NOT_FOUND, "not a SHA-256 (64 lower-case hex digits)")
        return sha256

    @app.head(f"{API_PREFIX}/blobs/{{sha256}}", tags=["blobs"], response_class=Response,
              responses={200: {"description": "known", "headers": blob_headers}, **PROBLEM_RESPONSES})
    def blob_head(sha256: str, dev: Dev) -> Response:
        st = blobs.state(dev, _sha(sha256))
        return Response(status_code=200, headers={"Upload-Offset": str(st.offset),
                                                  "Upload-Length": str(st.length),
                                                  "Cache-Control": "no-store"})

    @app.patch(f"{API_PREFIX}/blobs/{{sha256}}", status_code=204, tags=["blobs"],
               responses={204: {"description": "appended", "headers": blob_headers}, **PROBLEM_RESPONSES},
               openapi_extra={
                   "parameters": [
                       {"name": "Upload-Offset", "in": "header", "required": True,
                        "schema": {"type": "integer", "minimum": 0}},
                       {"name": "Upload-Length", "in": "header", "required": True,
                        "schema": {"type": "integer", "minimum": 0}}],
                   "requestBody": {"required": True, "content": {"application/octet-stream": {
                       "schema": {"type": "string", "format": "binary"}}}}})
    async def blob_patch(sha256: str, request: Request, dev: Dev) -> Response:
        sha = _sha(sha256)
        offset = _int_header(request, "upload-offset")
        length = _int_header(request, "upload-length")
        if length > blobs.max_bytes:
            raise HubError(413, ProblemCode.TOO_LARGE, f"blobs may be at most {blobs.max_bytes} bytes")
        chunk = await read_body(request, limit=MAX_CHUNK_BYTES, inflate=False)
        st = await run_in_threadpool(blobs.append, dev, sha, offset, length, chunk)
        return Response(status_code=204, headers={"Upload-Offset": str(st.offset),
                                                  "Upload-Length": str(st.length)})

    @app.get(f"{API_PREFIX}/blobs/{{sha256}}", tags=["blobs"], response_class=Response,
             responses={200: {"content": {"application/octet-stream": {}}, "description": "the blob"},
                        206: {"description": "a range of the blob"}, **PROBLEM_RESPONSES})
    def blob_get(sha256: str, dev: Dev) -> Response:
        path = blobs.file_for_download(dev, _sha(sha256))
        return FileResponse(path, media_type="application/octet-stream",
                            headers={"Cache-Control": "private, max-age=31536000, immutable"})

    del sha_path


# ---------------------------------------------------------------------------- OpenAPI
def _install_openapi(app: FastAPI) -> None:
    """The OpenAPI document: request bodies from the models (read by read_body), and the links."""
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = get_openapi(title=app.title, version=app.version, description=app.description,
                             routes=app.routes)
        comps = schema.setdefault("components", {}).setdefault("schemas", {})
        js = EnrollRequest.model_json_schema(ref_template="#/components/schemas/{model}")
        comps.update(js.pop("$defs", {}))
        comps["EnrollRequest"] = js
        # POST /sync: each event with its type's data (protocol/schema.py)
        comps.update(sync_schemas())
        add_links(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def wrap(app: FastAPI) -> ASGIApp:
    return SelectiveGZip(app)


def _int_header(request: Request, name: str) -> int:
    raw = request.headers.get(name)
    if raw is None:
        raise HubError(400, ProblemCode.BAD_REQUEST, f"{name} header is required")
    raw = raw.strip()
    if not raw.isdigit() or len(raw) > 15:
        raise HubError(400, ProblemCode.BAD_REQUEST, f"{name} must be a non-negative integer")
    return int(raw)


def _etag_matches(header: str, etag: str) -> bool:
    if header.strip() == "*":
        return True
    for tag in header.split(","):
        tag = tag.strip()
        if tag.startswith("W/"):
            tag = tag[2:]
        if tag == etag:
            return True
    return False
