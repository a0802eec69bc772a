"""``POST /sync`` as the hub's OpenAPI document shows it: each event with its type's ``data``.

The hub reads a request in two steps (``protocol/wire.py``): the envelope as a whole (a bad one is
a 4xx, nothing written), then each event's ``data`` by its type (``protocol/events.py``; a bad one
is that event's ``malformed``, the batch goes on). The document shows both in one schema: an event
is one of the typed variants here, told apart by ``type``, whose ``data`` is that type's model.
Clients and schemathesis read it; the hub does not validate with these classes.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, Field, create_model

from .events import DATA_MODELS
from .wire import MAX_EVENTS, SyncRequest, SyncResponse, WireEvent


def _typed_event(etype: str, data_model: type[BaseModel]) -> type[WireEvent]:
    name = data_model.__name__.removesuffix("Data") + "Event"
    return create_model(name, __base__=WireEvent,
                        type=(Literal[etype], Field(description=f"the event type {etype}")),  # type: ignore[valid-type]
                        data=(data_model, ...))


TYPED_EVENTS: tuple[type[WireEvent], ...] = tuple(_typed_event(t, m) for t, m in DATA_MODELS.items())
TypedEvent = Annotated[Union[TYPED_EVENTS], Field(discriminator="type")]  # type: ignore[valid-type]  # noqa: UP007


class SyncRequestSchema(SyncRequest):
    events: list[TypedEvent] = Field(default_factory=list, max_length=MAX_EVENTS)  # type: ignore[valid-type]


class SyncResponseSchema(SyncResponse):
    events: list[TypedEvent]  # type: ignore[valid-type]


def component_schemas() -> dict[str, dict[str, Any]]:
    """``SyncRequest``, ``SyncResponse`` and everything they refer to (every event type's
    ``…Event`` and ``…Data``), for ``components/schemas`` of an OpenAPI document."""
    out: dict[str, dict[str, Any]] = {}
    for name, model in (("SyncRequest", SyncRequestSchema), ("SyncResponse", SyncResponseSchema)):
        js = model.model_json_schema(ref_template="#/components/schemas/{model}")
        out.update(js.pop("$defs", {}))
        js["title"] = name
        out[name] = js
    return out
