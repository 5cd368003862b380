"""Alembic migrations of real encrypted team files.

(a) the revisions build exactly the schema the models describe; (b) a file at 0001 is backed up
and upgraded when opened; (c) verify reports an older file without touching it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, select

from star_desktop.models import AuditAction, AuditEvent, Base, Meeting, MeetingState
from star_desktop.models.governance import AUDIT_EVENT_TRIGGERS
from star_desktop.storage import schema, teamfile
from star_desktop.storage.errors import TeamFileError
from star_desktop.storage.keys import FileKey, derive_key, new_salt
from star_desktop.storage.teamfile import open_team_file, verify_team_file
from star_desktop.team.service import BUILTIN_PARTIES

from .conftest import ACTOR, PASSPHRASE

FILE_NAME = "Gamla teamet.star"
MEETING_PLACE = "Kommunhuset, sal Storsjön"


def state(path: Path) -> tuple[str, int, int]:
    st = path.stat()
    return hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mtime_ns, st.st_size


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def diffs(conn: Connection) -> list:
    ctx = MigrationContext.configure(conn, opts={"compare_type": True,
                                                 "compare_server_default": True})
    return compare_metadata(ctx, Base.metadata)


def structure(conn: Connection) -> dict:
    """Tables, columns, keys and indexes as SQLite reports them (column order aside)."""
    insp = inspect(conn)
    out = {}
    for table in sorted(insp.get_table_names()):
        if table == "alembic_version":
            continue
        out[table] = {
            "columns": sorted((c["name"], str(c["type"]), c["nullable"], c["default"])
                              for c in insp.get_columns(table)),
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted((fk["name"], tuple(fk["constrained_columns"]), fk["referred_table"],
                           tuple(fk["referred_columns"]), fk["options"].get("ondelete"))
                          for fk in insp.get_foreign_keys(table)),
            "indexes": sorted((ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                              for ix in insp.get_indexes(table)),
            "uniques": sorted((u["name"], tuple(u["column_names"]))
                              for u in insp.get_unique_constraints(table)),
        }
    # Alembic's comparison and the inspector know nothing of triggers: compare their SQL too.
    out["triggers"] = conn.exec_driver_sql(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    ).fetchall()
    return out


def triggers(conn: Connection) -> list[str]:
    return [r[0] for r in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")]


def new_engine(path: Path):
    salt = new_salt()
    return teamfile._make_engine(path, FileKey(derive_key(PASSPHRASE, salt), salt))


# --- (a) the migrations give the models' schema ------------------------------------------------


def test_upgrade_from_base_gives_the_models_schema(tmp_path):
    migrated = new_engine(tmp_path / "migrated.star")
    created = new_engine(tmp_path / "created.star")
    try:
        with migrated.begin() as conn:
            schema.upgrade(conn)
        with created.begin() as conn:
            Base.metadata.create_all(conn)
        with migrated.connect() as m, created.connect() as c:
            assert schema.current_revision(m) == schema.head_revision()
            # Nothing is ignored: the models and the migrated file agree on every table,
            # column, type, nullability, index, unique constraint and foreign key.
            assert diffs(m) == []
            assert diffs(c) == []
            # compare_metadata does not look at ON DELETE or at constraint names everywhere;
            # compare what SQLite itself reports for the two files as well.
            assert structure(m) == structure(c)
            assert m.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        migrated.dispose()
        created.dispose()


def test_downgrade_to_0001_and_up_again(tmp_path):
    """0003's and 0002's downgrades work, so a bad release could be undone by hand."""
    engine = new_engine(tmp_path / "roundtrip.star")
    try:
        with engine.begin() as conn:
            schema.upgrade(conn)
        with engine.connect() as conn:
            assert triggers(conn) == sorted(AUDIT_EVENT_TRIGGERS)
        with engine.begin() as conn:
            command.downgrade(schema.alembic_config(conn), "0002")
        with engine.connect() as conn:
            assert triggers(conn) == []
            assert schema.current_revision(conn) == "0002"
        with engine.begin() as conn:
            command.downgrade(schema.alembic_config(conn), "0001")
        with engine.connect() as conn:
            insp = inspect(conn)
            assert "meeting_series" not in insp.get_table_names()
            assert "series_id" not in {c["name"] for c in insp.get_columns("meeting")}
            assert schema.current_revision(conn) == "0001"
        with engine.begin() as conn:
            schema.upgrade(conn)
        with engine.connect() as conn:
            assert diffs(conn) == []
            assert triggers(conn) == sorted(AUDIT_EVENT_TRIGGERS)
    finally:
        engine.dispose()


# --- (b) a file at 0001 is upgraded when opened ------------------------------------------------


def build_0001_file(path: Path) -> bytes:
    """A team file as version 0001 of the app left it: team, parties, a member, a meeting."""
    salt = new_salt()
    key = derive_key(PASSPHRASE, salt)
    engine = teamfile._make_engine(path, FileKey(key, salt))
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {teamfile.APPLICATION_ID}")
            schema.upgrade(conn, "0001")
        now = "2025-03-01 08:00:00.000000"
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO team (name, municipality, federation, created_at) "
                "VALUES ('Gamla teamet', 'Bräcke', 'Jämtlands län', ?)", (now,))
            for order, kind in enumerate(BUILTIN_PARTIES):
                conn.exec_driver_sql(
                    "INSERT INTO party (kind, name, builtin, active, sort_order) "
                    "VALUES (?, ?, 1, 1, ?)", (kind.value, kind.label, order))
            conn.exec_driver_sql(
                "INSERT INTO member (name, party_id, function, gender, email, phone, body, "
                "active_from, note) VALUES ('Ledamot Ett', 1, '', 'woman', '', '', 'team', "
                "'2024-01-01', '')")
            conn.exec_driver_sql(
                "INSERT INTO meeting (held_on, starts_at, ends_at, place, link, state, "
                "approved_by) VALUES ('2025-03-11', '09:00:00.000000', '12:00:00.000000', ?, "
                "'', 'held', '')", (MEETING_PLACE,))
            conn.exec_driver_sql(
                "INSERT INTO attendance (meeting_id, member_id, status) "
                "VALUES (1, 1, 'present')")
        with engine.connect() as conn:
            assert schema.current_revision(conn) == "0001"
    finally:
        engine.dispose()
    return key


@pytest.fixture(scope="module")
def old_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    path = tmp_path_factory.mktemp("old") / FILE_NAME
    key = build_0001_file(path)
    return path, key


@pytest.fixture
def old_copy(old_file: tuple[Path, bytes], tmp_path: Path) -> Path:
    target = tmp_path / FILE_NAME
    shutil.copy2(old_file[0], target)
    return target


def test_0001_file_is_backed_up_and_migrated_on_open(old_copy, old_file, tmp_path):
    original = old_copy.read_bytes()
    with open_team_file(old_copy, actor=ACTOR, ask_passphrase=lambda _r: PASSPHRASE) as tf:
        assert tf.migrated_from == "0001"
        assert tf.schema_revision == schema.head_revision() == "0003"
        assert tf.backup_path is not None

        with tf.session() as s:
            meeting = s.scalars(select(Meeting)).one()
            assert meeting.series_id is None
            assert meeting.place == MEETING_PLACE
            assert meeting.held_on == dt.date(2025, 3, 11)
            assert meeting.starts_at == dt.time(9, 0)
            assert meeting.state == MeetingState.HELD
            assert [a.member.name for a in meeting.attendance] == ["Ledamot Ett"]
            events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
            assert [(e.action, e.entity, e.actor) for e in events] == [
                (AuditAction.MIGRATED, "team_file", ACTOR),
                (AuditAction.OPENED, "team_file", ACTOR),
            ]
            assert "0001" in events[0].detail and "0003" in events[0].detail

        with tf.connect() as conn:
            assert schema.current_revision(conn) == "0003"
            assert diffs(conn) == []
            assert triggers(conn) == sorted(AUDIT_EVENT_TRIGGERS)
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall() == []

    backups = sorted(tmp_path.glob("*.före-uppgradering-0001-*.star"))
    assert backups == [tf.backup_path]
    assert listing(tmp_path) == sorted([FILE_NAME, backups[0].name])  # nothing else
    # the backup is the untouched 0001 file, still encrypted
    backup = backups[0]
    assert backup.read_bytes() == original
    assert not backup.read_bytes().startswith(b"SQLite format 3")

    # the backup still opens as it was, at 0001, when asked not to migrate
    with open_team_file(backup, actor=ACTOR, key=old_file[1], migrate=False,
                        record_open=False) as old:
        assert old.schema_revision == "0001"
        assert old.migrated_from is None and old.backup_path is None
        with old.connect() as conn:
            assert "meeting_series" not in inspect(conn).get_table_names()
    assert backup.read_bytes() == original
    assert listing(tmp_path) == sorted([FILE_NAME, backup.name])

    # opening the migrated file again does not migrate or back up again
    with open_team_file(old_copy, actor=ACTOR, key=old_file[1]) as tf:
        assert tf.migrated_from is None
        assert tf.backup_path is None
    assert listing(tmp_path) == sorted([FILE_NAME, backup.name])


def test_0001_file_opened_without_migrate_stays_at_0001(old_copy, old_file, tmp_path):
    before = state(old_copy)
    with open_team_file(old_copy, actor=ACTOR, key=old_file[1], migrate=False,
                        record_open=False) as tf:
        assert tf.schema_revision == "0001"
        assert tf.migrated_from is None
    assert state(old_copy) == before
    assert listing(tmp_path) == [FILE_NAME]


# --- (c) verify reports an older file and leaves it alone --------------------------------------


def test_verify_reports_an_older_file_without_migrating(old_copy, tmp_path):
    before = state(old_copy)
    report = verify_team_file(old_copy, ask_passphrase=lambda _r: PASSPHRASE)
    assert report.schema_revision == "0001"
    assert report.head_revision == "0003"
    assert report.ok  # older is fine: it is upgraded when opened
    assert report.integrity == ["ok"]
    assert report.counts["möten"] == 1
    assert report.counts["ledamöter"] == 1
    text = "\n".join(report.lines())
    assert "Schemaversion: 0001 (äldre än 0003; uppgraderas när filen öppnas)" in text
    assert state(old_copy) == before
    assert listing(tmp_path) == [FILE_NAME]  # no backup: nothing was migrated


def test_failed_migration_leaves_the_file_as_it_was(old_file, tmp_path):
    """A migration that fails half-way must not leave a half-migrated file that cannot open.

    A dangling reference (here an attendance row for a member that does not exist, as an old
    bug might have left) makes the foreign-key check after the upgrade fail.
    """
    path = tmp_path / FILE_NAME
    shutil.copy2(old_file[0], path)
    engine = teamfile._make_engine(path, FileKey(old_file[1]))
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        conn.exec_driver_sql("INSERT INTO attendance (meeting_id, member_id, status) "
                             "VALUES (1, 77, 'present')")
        conn.commit()
    engine.dispose()

    def tables() -> tuple[str | None, list[str]]:
        eng = teamfile._make_engine(path, FileKey(old_file[1]))
        try:
            with eng.connect() as conn:
                return schema.current_revision(conn), sorted(inspect(conn).get_table_names())
        finally:
            eng.dispose()

    before = tables()
    for _attempt in range(2):  # and the next try fails the same clear way
        with pytest.raises(TeamFileError):
            open_team_file(path, actor=ACTOR, key=old_file[1])
        assert tables() == before
        assert "meeting_series" not in before[1]
    backups = list(tmp_path.glob("*.före-uppgradering-0001-*.star"))
    assert backups  # the way back, if it were needed
    assert set(listing(tmp_path)) == {FILE_NAME} | {b.name for b in backups}


def test_migration_that_hits_a_database_error_is_a_clear_team_file_error(old_file, tmp_path):
    """E.g. a file left half-migrated by an older build: a table 0002 creates already exists."""
    path = tmp_path / FILE_NAME
    shutil.copy2(old_file[0], path)
    engine = teamfile._make_engine(path, FileKey(old_file[1]))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE meeting_series (id INTEGER PRIMARY KEY)")
    engine.dispose()
    with pytest.raises(TeamFileError) as ei:
        open_team_file(path, actor=ACTOR, key=old_file[1])
    assert "Uppgraderingen misslyckades" in ei.value.message
    engine = teamfile._make_engine(path, FileKey(old_file[1]))
    try:
        with engine.connect() as conn:
            assert schema.current_revision(conn) == "0001"
            assert "series_id" not in {c["name"] for c in inspect(conn).get_columns("meeting")}
            assert "_alembic_tmp_meeting" not in inspect(conn).get_table_names()
    finally:
        engine.dispose()
