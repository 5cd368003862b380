"""The team's catalogue of the parties' interventions (utbudskartan), kept by the coordinator."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import audit
from ..models import AuditAction, CatalogueEntry, InterventionGroup, Party
from ..models.enums import QT_TRANSLATE_NOOP
from ..validation import Collector


@dataclass
class EntryForm:
    group: InterventionGroup | str | None = None
    name: str = ""
    provider_party_id: int | None = None
    description: str = ""
    active: bool = True


def entries(session: Session, *, include_inactive: bool = False,
            group: InterventionGroup | None = None) -> list[CatalogueEntry]:
    q = select(CatalogueEntry).order_by(CatalogueEntry.group, CatalogueEntry.name)
    if not include_inactive:
        q = q.where(CatalogueEntry.active.is_(True))
    if group is not None:
        q = q.where(CatalogueEntry.group == group)
    return list(session.scalars(q))


def _check(session: Session, form: EntryForm, entry_id: int | None) -> tuple[InterventionGroup,
                                                                             str, int | None]:
    c = Collector()
    try:
        group = InterventionGroup(form.group) if form.group else None
    except ValueError:
        group = None
    if group is None:
        c.add("group", QT_TRANSLATE_NOOP("Messages", "Välj insatsområde."))
    name = form.name.strip()
    if not name:
        c.add("name", QT_TRANSLATE_NOOP("Messages", "Ange insatsens namn."))
    elif len(name) > 200:
        c.add("name", QT_TRANSLATE_NOOP("Messages", "Högst 200 tecken."))
    elif group is not None:
        same = session.scalar(select(CatalogueEntry.id).where(
            CatalogueEntry.group == group, CatalogueEntry.name == name))
        if same is not None and same != entry_id:
            c.add("name", QT_TRANSLATE_NOOP("Messages", "Insatsen finns redan i utbudskartan."))
    if form.provider_party_id is not None and session.get(Party, form.provider_party_id) is None:
        c.add("provider_party_id", QT_TRANSLATE_NOOP("Messages", "Parten finns inte."))
    c.raise_if_any()
    assert group is not None
    return group, name, form.provider_party_id


def add_entry(session: Session, form: EntryForm) -> CatalogueEntry:
    group, name, provider = _check(session, form, None)
    entry = CatalogueEntry(group=group, name=name, provider_party_id=provider,
                           description=form.description.strip(), active=form.active)
    session.add(entry)
    session.flush()
    audit.record(session, AuditAction.CREATED, entity="catalogue_entry", entity_id=entry.id)
    return entry


def update_entry(session: Session, entry_id: int, form: EntryForm) -> CatalogueEntry:
    entry = session.get(CatalogueEntry, entry_id)
    if entry is None:
        raise LookupError(entry_id)
    group, name, provider = _check(session, form, entry_id)
    entry.group, entry.name, entry.provider_party_id = group, name, provider
    entry.description = form.description.strip()
    entry.active = form.active
    audit.record(session, AuditAction.CHANGED, entity="catalogue_entry", entity_id=entry.id)
    return entry
