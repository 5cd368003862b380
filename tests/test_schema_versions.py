from alembic.script import ScriptDirectory

from star_desktop.storage import schema


def test_known_revisions_match_alembics_own_list():
    script = ScriptDirectory.from_config(schema.alembic_config())
    alembic_order = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert list(schema.known_revisions()) == alembic_order
    assert schema.head_revision() == script.get_current_head()
