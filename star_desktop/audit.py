"""The audit log: who did what to which record, kept inside the encrypted file.

Services call record() in the same transaction as the change, so a change and its audit event
are saved together or not at all. Details name fields, never their values.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from .models import AuditAction, AuditEvent


def actor_of(session: Session) -> str:
    return str(session.info.get("actor") or "okänd")


def record(
    session: Session,
    action: AuditAction,
    *,
    entity: str = "",
    entity_id: int | None = None,
    case_id: int | None = None,
    participant_id: int | None = None,
    detail: str = "",
) -> AuditEvent:
    event = AuditEvent(
        actor=actor_of(session),
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        participant_id=participant_id,
        detail=detail,
    )
    session.add(event)
    return event
