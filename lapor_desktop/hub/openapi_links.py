"""OpenAPI links of the hub's served document: how one answer feeds the next request.

They describe the protocol's real chains (SYNC.md), so that a client generator or a stateful tester
(schemathesis) can walk them with live values instead of random ones:

* ``POST /devices`` (enrolment) → its ``token`` is the bearer of every later request, its
  ``device_id`` the ``device_id`` of ``POST /sync`` (a new device starts at cursor ``"0"``);
* ``POST /sync`` → its ``cursor`` is the next pull's cursor; each of its ``missing_blobs`` is a blob
  the hub asks this desk to upload (``PATCH /blobs/{sha256}``, from byte 0: the hub keeps no upload
  record before the first chunk, so ``HEAD`` would answer 404);
* ``PATCH /blobs/{sha256}`` → ``Upload-Offset``/``Upload-Length`` resume the upload (after a 204,
  or a 409 that names the hub's offset); the upload can be checked (``HEAD``, whose answer resumes
  it too) and, once complete, downloaded (``GET``).

The bearer token is a security scheme, not a parameter, so links after the enrolment cannot copy
it from the request (``$request.header.Authorization`` needs a declared parameter, and OpenAPI
ignores a declared ``Authorization`` parameter); a client keeps it, as a desk keeps its token.
"""

from __future__ import annotations

from typing import Any

from lapor_desktop.protocol.wire import API_PREFIX

BEARER = "Bearer {$response.body#/token}"


def _ref(path: str, method: str) -> str:
    return "#/paths/" + f"{API_PREFIX}{path}".replace("~", "~0").replace("/", "~1") + "/" + method


SYNC = _ref("/sync", "post")
REFERENCE = _ref("/reference", "get")
BLOB_HEAD = _ref("/blobs/{sha256}", "head")
BLOB_PATCH = _ref("/blobs/{sha256}", "patch")
BLOB_GET = _ref("/blobs/{sha256}", "get")

# (path, method, status) -> {link name: link}
LINKS: dict[tuple[str, str, str], dict[str, dict[str, Any]]] = {
    ("/devices", "post", "201"): {
        "SyncAsTheNewDevice": {
            "operationRef": SYNC,
            "description": "the first sync of the enrolled device: its token, its id, cursor 0",
            "parameters": {"header.Authorization": BEARER},
            "requestBody": {"device_id": "$response.body#/device_id", "cursor": "0"},
        },
        "ReferenceAsTheNewDevice": {
            "operationRef": REFERENCE,
            "description": "reference data, read with the enrolled device's token",
            "parameters": {"header.Authorization": BEARER},
        },
    },
    ("/sync", "post", "200"): {
        "NextPull": {
            "operationRef": SYNC,
            "description": "the next sync of the same device continues from the answer's cursor",
            "requestBody": {"device_id": "$request.body#/device_id", "cursor": "$response.body#/cursor"},
        },
        "UploadMissingBlob": {
            "operationRef": BLOB_PATCH,
            "description": "upload a blob the hub lacks, from its first byte",
            "parameters": {"path.sha256": "$response.body#/missing_blobs/0", "header.Upload-Offset": "0"},
        },
    },
    ("/blobs/{sha256}", "patch", "204"): {
        "ContinueUpload": {
            "operationRef": BLOB_PATCH,
            "description": "send the next chunk from where the hub stands",
            "parameters": {"path.sha256": "$request.path.sha256",
                           "header.Upload-Offset": "$response.header.Upload-Offset",
                           "header.Upload-Length": "$response.header.Upload-Length"},
        },
        "UploadedBlobState": {
            "operationRef": BLOB_HEAD,
            "description": "the blob's state after the chunk",
            "parameters": {"path.sha256": "$request.path.sha256"},
        },
        "DownloadUploadedBlob": {
            "operationRef": BLOB_GET,
            "description": "download the blob (complete once Upload-Offset equals Upload-Length)",
            "parameters": {"path.sha256": "$request.path.sha256"},
        },
    },
    ("/blobs/{sha256}", "patch", "409"): {
        "ResumeUpload": {
            "operationRef": BLOB_PATCH,
            "description": "resume at the offset the hub holds (an offset mismatch names it)",
            "parameters": {"path.sha256": "$request.path.sha256",
                           "header.Upload-Offset": "$response.header.Upload-Offset"},
        },
    },
    ("/blobs/{sha256}", "head", "200"): {
        "UploadFromState": {
            "operationRef": BLOB_PATCH,
            "description": "continue an upload from the state the hub reports",
            "parameters": {"path.sha256": "$request.path.sha256",
                           "header.Upload-Offset": "$response.header.Upload-Offset",
                           "header.Upload-Length": "$response.header.Upload-Length"},
        },
    },
}


def add_links(schema: dict[str, Any]) -> dict[str, Any]:
    """Put :data:`LINKS` into the OpenAPI document ``schema`` (in place); returns it."""
    paths = schema.get("paths", {})
    for (path, method, status), links in LINKS.items():
        operation = paths[f"{API_PREFIX}{path}"][method]
        response = operation.setdefault("responses", {}).setdefault(status, {"description": status})
        response.setdefault("links", {}).update(links)
    return schema
