"""The hub's Alembic migrations (run by ``hub.storage.HubDB.create_schema`` at start)."""
