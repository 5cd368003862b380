"""Alembic environment for team files.

The connection always comes from star_desktop.storage (Config.attributes["connection"]), already
keyed, so this file never sees a key or a passphrase.
"""

from alembic import context

from star_desktop.models import Base
from star_desktop.models.base import UTCDateTime


def render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Render our TypeDecorators as their plain impl, so migrations import only sqlalchemy."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run only through star_desktop.storage on an open team file.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
