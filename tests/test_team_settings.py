"""Team-wide settings: defaults, range checks with field messages, audited changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from star_desktop import team_settings as ts
from star_desktop.models import AuditEvent
from star_desktop.validation import FieldErrors


def test_defaults_and_saved_values(team_copy):
    with team_copy.session() as s, s.begin():
        assert ts.get_int(s, ts.LOCK_MINUTES) == 10
        assert ts.get_text(s, ts.BACKUP_FOLDER) == ""
        ts.save_ints(s, {ts.LOCK_MINUTES: "5", ts.BACKUP_KEEP: 3})
        ts.set_value(s, ts.BACKUP_FOLDER, "/mnt/säkerhet")
    with team_copy.session() as s:
        assert ts.get_int(s, ts.LOCK_MINUTES) == 5
        assert ts.get_int(s, ts.BACKUP_KEEP) == 3
        assert ts.get_text(s, ts.BACKUP_FOLDER) == "/mnt/säkerhet"
        details = s.scalars(select(AuditEvent.detail).where(AuditEvent.entity == "setting")).all()
        assert set(details) == {"lock.minutes", "backup.keep", "backup.folder"}


def test_a_wrong_value_saves_nothing(team_copy):
    with pytest.raises(FieldErrors) as e, team_copy.session() as s, s.begin():
        ts.save_ints(s, {ts.LOCK_MINUTES: "3", ts.RETENTION_CLOSED_MONTHS: "tio"})
    assert set(e.value.errors) == {"retention.closed_months"}
    with team_copy.session() as s:
        assert ts.get_int(s, ts.LOCK_MINUTES) == 10
    with pytest.raises(FieldErrors) as e, team_copy.session() as s, s.begin():
        ts.save_ints(s, {ts.LOCK_MINUTES: 999})
    assert "mellan 0 och 240" in e.value.errors["lock.minutes"]
