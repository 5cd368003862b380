"""Team-wide settings kept inside the encrypted file: retention periods, lock minutes, backups.

They travel with the team file (a new laptop gets the team's retention rule with the file), and
a change is audited like any other. Each setting has one definition here: key, default and the
allowed range; the UI shows the message of a refused value next to its field.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from . import audit
from .models import AuditAction, Setting
from .models.enums import QT_TRANSLATE_NOOP, Msg
from .validation import Collector


@dataclass(frozen=True)
class IntSetting:
    key: str
    label: str  # Swedish, for messages and the audit detail
    default: int
    minimum: int
    maximum: int


@dataclass(frozen=True)
class TextSetting:
    key: str
    label: str
    default: str = ""


#: Months after a participant's last case closed before their identifiers are erased.
#: Social-services case files are erased five years after the last entry (SoL); the
#: municipality's archive plan decides, so it is a setting.
RETENTION_CLOSED_MONTHS = IntSetting(
    "retention.closed_months", "Gallring av avslutade ärenden (månader)", 60, 1, 600)
#: Months after a returned case or a consultation before its personal data are erased.
RETENTION_OTHER_MONTHS = IntSetting(
    "retention.other_months", "Gallring av återvisade ärenden och konsultationer (månader)",
    24, 1, 600)
#: Idle minutes before the window locks; 0 turns the idle lock off (the button still locks).
LOCK_MINUTES = IntSetting("lock.minutes", "Lås efter (minuter)", 10, 0, 240)
#: How many automatic backups are kept in the backup folder.
BACKUP_KEEP = IntSetting("backup.keep", "Antal säkerhetskopior att behålla", 10, 1, 100)
#: The folder automatic backups go to; empty means automatic backups are off.
BACKUP_FOLDER = TextSetting("backup.folder", "Mapp för säkerhetskopior")

ALL = (RETENTION_CLOSED_MONTHS, RETENTION_OTHER_MONTHS, LOCK_MINUTES, BACKUP_KEEP, BACKUP_FOLDER)


def _raw(session: Session, key: str) -> str | None:
    row = session.get(Setting, key)
    return None if row is None else row.value


def get_int(session: Session, setting: IntSetting) -> int:
    raw = _raw(session, setting.key)
    try:
        value = int(raw) if raw is not None else setting.default
    except ValueError:
        return setting.default
    return min(max(value, setting.minimum), setting.maximum)


def get_text(session: Session, setting: TextSetting) -> str:
    raw = _raw(session, setting.key)
    return setting.default if raw is None else raw


def parse_int(c: Collector, setting: IntSetting, text: str | int) -> int | None:
    """Check a typed value; add the Swedish message for the field ``setting.key`` if wrong."""
    try:
        value = int(str(text).strip())
    except ValueError:
        c.add(setting.key, Msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Skriv ett heltal mellan {lo} och {hi}."),
            lo=setting.minimum, hi=setting.maximum))
        return None
    if not setting.minimum <= value <= setting.maximum:
        c.add(setting.key, Msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Ange ett värde mellan {lo} och {hi}."),
            lo=setting.minimum, hi=setting.maximum))
        return None
    return value


def set_value(session: Session, setting: IntSetting | TextSetting, value: int | str) -> bool:
    """Store a checked value; audited. Returns False when it was already that value."""
    text = str(value)
    row = session.get(Setting, setting.key)
    if row is not None and row.value == text:
        return False
    if row is None:
        session.add(Setting(key=setting.key, value=text))
    else:
        row.value = text
    audit.record(session, AuditAction.CHANGED, entity="setting", detail=setting.key)
    return True


def save_ints(session: Session, values: dict[IntSetting, str | int]) -> dict[IntSetting, int]:
    """Check every typed value first, then store them all, or raise FieldErrors and store none."""
    c = Collector()
    parsed = {s: parse_int(c, s, v) for s, v in values.items()}
    c.raise_if_any()
    for s, v in parsed.items():
        assert v is not None
        set_value(session, s, v)
    return {s: v for s, v in parsed.items() if v is not None}
