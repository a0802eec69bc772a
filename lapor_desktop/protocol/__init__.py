"""The wire: sync protocol v1 (shared/design/SYNC.md), shared by the desk and the hub.

``wire`` (limits, formats, the envelope models and bodies), ``codes`` (outcomes and codes),
``events`` (the per-type ``data`` of events), ``reference`` (reference data). Only pydantic, the
standard library, ``core`` and ``domain`` are imported here: no FastAPI, no requests, no
SQLAlchemy. Nothing is imported by this ``__init__``, so a module takes only what it needs.
"""
