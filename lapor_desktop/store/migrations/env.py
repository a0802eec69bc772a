"""Alembic environment. Runs only programmatically (store.migrate), with a connection given."""

from alembic import context

from lapor_desktop.store.models import Base

config = context.config
target_metadata = Base.metadata

FTS_TABLES = {"complaints_fts"}


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    if type_ == "table" and (name in FTS_TABLES or (name or "").startswith("complaints_fts_")):
        return False
    return True


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run through lapor_desktop.store.migrate only")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
