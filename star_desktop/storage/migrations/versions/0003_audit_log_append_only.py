"""audit log append-only

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 10:00:00.000000

Triggers that make SQLite refuse every UPDATE and DELETE of an audit event. New files get the
same triggers from the model (models/governance.py, AUDIT_EVENT_TRIGGERS); the SQL is written out
here as well, because a migration must keep doing what it did when the model later changes.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRIGGERS = {
    "audit_event_no_update": (
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'Loggen kan inte ändras: händelser läggs bara till.'); END"
    ),
    "audit_event_no_delete": (
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'Loggen kan inte raderas: händelser läggs bara till.'); END"
    ),
}


def upgrade() -> None:
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
