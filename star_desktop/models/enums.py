"""Enumerations of the domain, with their Swedish labels.

Values are English and stable: they are what the team file stores, so renaming a member means a
migration. Labels are the Swedish words a coordinator sees; the UI passes them through Qt's
translation (context "enum") so English can follow. They live here, beside the values, because
exports and printouts (which import nothing from Qt) need them too.
"""

from __future__ import annotations

import enum


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark a string for Qt Linguist without importing Qt (lupdate looks for this name)."""
    return text


class Msg(str):
    """A service message built with values: the Swedish text, plus its template and values.

    It compares and prints as the Swedish text, so services and tests keep working; the UI
    translates ``template`` (marked with QT_TRANSLATE_NOOP("Messages", …)) and fills in
    ``params`` again, so messages with values follow the UI's language too.
    """

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Msg:
        text = template.format(**{k: str(v) if isinstance(v, Msg) else v
                                  for k, v in params.items()})
        obj = str.__new__(cls, text)
        obj.template = template
        obj.params = params
        return obj


class LabelledEnum(enum.StrEnum):
    """A string enum whose members carry a Swedish label."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self) -> str:
        return self.value

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        """(value, label) pairs in declaration order, for combo boxes and exports."""
        return [(m.value, m.label) for m in cls]


_C = "enum"


class Gender(LabelledEnum):
    WOMAN = "woman", QT_TRANSLATE_NOOP(_C, "Kvinna")
    MAN = "man", QT_TRANSLATE_NOOP(_C, "Man")
    OTHER = "other", QT_TRANSLATE_NOOP(_C, "Annat/ej angivet")


class Body(LabelledEnum):
    """Which body a member sits in."""

    TEAM = "team", QT_TRANSLATE_NOOP(_C, "STAR-teamet")
    STEERING_GROUP = "steering_group", QT_TRANSLATE_NOOP(_C, "Lokal styrgrupp")


class PartyKind(LabelledEnum):
    """The fixed parties of a STAR team; teams may add their own rows of kind OTHER."""

    AF = "af", QT_TRANSLATE_NOOP(_C, "Arbetsförmedlingen")
    FK = "fk", QT_TRANSLATE_NOOP(_C, "Försäkringskassan")
    REGION_PRIMARY_CARE = "region_primary_care", QT_TRANSLATE_NOOP(_C, "Region primärvård")
    REGION_PSYCHIATRY = "region_psychiatry", QT_TRANSLATE_NOOP(_C, "Region psykiatri")
    MUNICIPALITY_SOCIAL = "municipality_social", QT_TRANSLATE_NOOP(
        _C, "Kommun IFO/ekonomiskt bistånd"
    )
    MUNICIPALITY_LABOUR = "municipality_labour", QT_TRANSLATE_NOOP(
        _C, "Kommun arbetsmarknadsenhet"
    )
    MUNICIPALITY_ADULT_EDUCATION = "municipality_adult_education", QT_TRANSLATE_NOOP(
        _C, "Kommun vuxenutbildning"
    )
    MUNICIPALITY_OTHER = "municipality_other", QT_TRANSLATE_NOOP(_C, "Kommun övrig")
    OTHER = "other", QT_TRANSLATE_NOOP(_C, "Annan")


class CaseKind(LabelledEnum):
    JOINT_PLANNING = "joint_planning", QT_TRANSLATE_NOOP(_C, "Samplanering")
    CONSULTATION = "consultation", QT_TRANSLATE_NOOP(_C, "Konsultation")
    GENERAL_CONSULTATION = "general_consultation", QT_TRANSLATE_NOOP(_C, "Generell konsultation")


class CaseState(LabelledEnum):
    """States of domain.md's "Case states"; transitions are the case service's business."""

    RAISED = "raised", QT_TRANSLATE_NOOP(_C, "Aktualiserat")
    RETURNED = "returned", QT_TRANSLATE_NOOP(_C, "Återvisat")
    ACCEPTED = "accepted", QT_TRANSLATE_NOOP(_C, "Antaget")
    WAITING = "waiting", QT_TRANSLATE_NOOP(_C, "I kö")
    PLANNED = "planned", QT_TRANSLATE_NOOP(_C, "Planerat")
    ONGOING = "ongoing", QT_TRANSLATE_NOOP(_C, "Pågående")
    CLOSED = "closed", QT_TRANSLATE_NOOP(_C, "Avslutat")
    CONSULTED = "consulted", QT_TRANSLATE_NOOP(_C, "Konsulterat")


class Assessment(LabelledEnum):
    ACCEPTED = "accepted", QT_TRANSLATE_NOOP(_C, "Antaget som STAR-ärende")
    RETURNED = "returned", QT_TRANSLATE_NOOP(_C, "Återvisat till remittent")


class IncomeSource(LabelledEnum):
    """Försörjning: the person's income source, at start and at closure."""

    SOCIAL_ASSISTANCE = "social_assistance", QT_TRANSLATE_NOOP(_C, "Ekonomiskt bistånd")
    SICKNESS_BENEFIT = "sickness_benefit", QT_TRANSLATE_NOOP(_C, "Sjukpenning")
    ACTIVITY_COMPENSATION = "activity_compensation", QT_TRANSLATE_NOOP(
        _C, "Aktivitetsersättning"
    )
    SICKNESS_COMPENSATION = "sickness_compensation", QT_TRANSLATE_NOOP(_C, "Sjukersättning")
    UNEMPLOYMENT_BENEFIT = "unemployment_benefit", QT_TRANSLATE_NOOP(
        _C, "Arbetslöshetsersättning/aktivitetsstöd"
    )
    ESTABLISHMENT_BENEFIT = "establishment_benefit", QT_TRANSLATE_NOOP(
        _C, "Etableringsersättning"
    )
    SALARY = "salary", QT_TRANSLATE_NOOP(_C, "Lön")
    STUDENT_FINANCE = "student_finance", QT_TRANSLATE_NOOP(_C, "Studiemedel")
    NO_PUBLIC_SUPPORT = "no_public_support", QT_TRANSLATE_NOOP(_C, "Ingen offentlig försörjning")
    OTHER = "other", QT_TRANSLATE_NOOP(_C, "Annan")
    UNKNOWN = "unknown", QT_TRANSLATE_NOOP(_C, "Okänd")


class PlanningForm(LabelledEnum):
    RECONCILIATION = "reconciliation", QT_TRANSLATE_NOOP(_C, "Avstämningsmöte")
    SIP = "sip", QT_TRANSLATE_NOOP(_C, "SIP")
    MULTI_PARTY = "multi_party", QT_TRANSLATE_NOOP(_C, "Flerpartsmöte")


class InterventionGroup(LabelledEnum):
    WORK = "work", QT_TRANSLATE_NOOP(_C, "Arbetsinriktade")
    COMPETENCE = "competence", QT_TRANSLATE_NOOP(_C, "Kompetensinriktade")
    HEALTH = "health", QT_TRANSLATE_NOOP(_C, "Hälsoinriktade")
    SOCIAL = "social", QT_TRANSLATE_NOOP(_C, "Sociala")


class ClosureReason(LabelledEnum):
    """Why a case closed: the agreement's list (Bilaga 1), early drop-out, other."""

    WORK = "work", QT_TRANSLATE_NOOP(_C, "Anställning överenskommen/påbörjad")
    STUDIES = "studies", QT_TRANSLATE_NOOP(_C, "Studier planerade/påbörjade")
    COORDINATED_REHABILITATION = "coordinated_rehabilitation", QT_TRANSLATE_NOOP(
        _C, "Samordnad rehabilitering i förstärkt samarbete AF/FK"
    )
    SICKNESS_COMPENSATION = "sickness_compensation", QT_TRANSLATE_NOOP(
        _C, "Ansökan om sjukersättning inlämnad"
    )
    NOT_WORK_ORIENTED = "not_work_oriented", QT_TRANSLATE_NOOP(
        _C, "Planeringen är inte längre studie- eller arbetsinriktad"
    )
    OWN_WISH = "own_wish", QT_TRANSLATE_NOOP(_C, "Individen önskar avsluta")
    PERSONAL_REASONS = "personal_reasons", QT_TRANSLATE_NOOP(
        _C, "Individen måste avsluta av personliga skäl"
    )
    EARLY_DROPOUT = "early_dropout", QT_TRANSLATE_NOOP(_C, "Avbrott i förtid")
    OTHER = "other", QT_TRANSLATE_NOOP(_C, "Annat")


class MeetingState(LabelledEnum):
    PLANNED = "planned", QT_TRANSLATE_NOOP(_C, "Planerat")
    CALL_SENT = "call_sent", QT_TRANSLATE_NOOP(_C, "Kallelse skickad")
    HELD = "held", QT_TRANSLATE_NOOP(_C, "Genomfört")
    MINUTES_APPROVED = "minutes_approved", QT_TRANSLATE_NOOP(_C, "Justerat")
    CANCELLED = "cancelled", QT_TRANSLATE_NOOP(_C, "Inställt")


class AgendaKind(LabelledEnum):
    OPENING = "opening", QT_TRANSLATE_NOOP(_C, "Mötets öppnande och incheckning")
    PREVIOUS_MINUTES = "previous_minutes", QT_TRANSLATE_NOOP(
        _C, "Föregående minnesanteckningar"
    )
    NEW_CASES = "new_cases", QT_TRANSLATE_NOOP(_C, "Nya ärenden")
    FOLLOW_UPS = "follow_ups", QT_TRANSLATE_NOOP(_C, "Uppföljningar")
    CONSULTATIONS = "consultations", QT_TRANSLATE_NOOP(_C, "Konsultationer")
    PARTY_INFORMATION = "party_information", QT_TRANSLATE_NOOP(
        _C, "Information från parterna och utbudskartan"
    )
    DEVIATIONS = "deviations", QT_TRANSLATE_NOOP(_C, "Avvikelser")
    OTHER_BUSINESS = "other_business", QT_TRANSLATE_NOOP(_C, "Övriga frågor")
    NEXT_MEETING = "next_meeting", QT_TRANSLATE_NOOP(_C, "Nästa möte")
    CLOSING = "closing", QT_TRANSLATE_NOOP(_C, "Mötets avslutande")
    CASE = "case", QT_TRANSLATE_NOOP(_C, "Ärende")


class AttendanceStatus(LabelledEnum):
    PRESENT = "present", QT_TRANSLATE_NOOP(_C, "Närvarande")
    ABSENT = "absent", QT_TRANSLATE_NOOP(_C, "Frånvarande")
    SUBSTITUTE_PRESENT = "substitute_present", QT_TRANSLATE_NOOP(_C, "Ersättare närvarande")


class DecisionKind(LabelledEnum):
    ACCEPT = "accept", QT_TRANSLATE_NOOP(_C, "Antaget")
    RETURN = "return", QT_TRANSLATE_NOOP(_C, "Återvisat")
    CASE_CARRIER = "case_carrier", QT_TRANSLATE_NOOP(_C, "Ärendebärare")
    PLANNING_FORM = "planning_form", QT_TRANSLATE_NOOP(_C, "Planeringsform")
    NEXT_FOLLOW_UP = "next_follow_up", QT_TRANSLATE_NOOP(_C, "Nästa uppföljning")
    CLOSURE = "closure", QT_TRANSLATE_NOOP(_C, "Avslut")
    CONSULTED = "consulted", QT_TRANSLATE_NOOP(_C, "Konsultation genomförd")


class DeviationCategory(LabelledEnum):
    CONSENT = "consent", QT_TRANSLATE_NOOP(_C, "Samtycke")
    TEAM_ATTENDANCE = "team_attendance", QT_TRANSLATE_NOOP(_C, "Närvaro i teamet")
    STEERING_ATTENDANCE = "steering_attendance", QT_TRANSLATE_NOOP(_C, "Närvaro i styrgruppen")
    COOPERATION_CLIMATE = "cooperation_climate", QT_TRANSLATE_NOOP(_C, "Samverkansklimat")
    TARGETS = "targets", QT_TRANSLATE_NOOP(_C, "Måluppfyllelse")
    STAFFING = "staffing", QT_TRANSLATE_NOOP(_C, "Bemanning")
    BUDGET = "budget", QT_TRANSLATE_NOOP(_C, "Budget")
    ROUTINES = "routines", QT_TRANSLATE_NOOP(_C, "Rutiner/ansvar")
    OTHER = "other", QT_TRANSLATE_NOOP(_C, "Övrigt")


class DeviationRaisedTo(LabelledEnum):
    LOCAL_STEERING_GROUP = "local_steering_group", QT_TRANSLATE_NOOP(_C, "Lokal styrgrupp")
    LANSAM = "lansam", QT_TRANSLATE_NOOP(_C, "Länsam")


class DeviationStatus(LabelledEnum):
    OPEN = "open", QT_TRANSLATE_NOOP(_C, "Öppen")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP(_C, "Under åtgärd")
    RESOLVED = "resolved", QT_TRANSLATE_NOOP(_C, "Åtgärdad")


class AuditAction(LabelledEnum):
    OPENED = "opened", QT_TRANSLATE_NOOP(_C, "Öppnad")
    #: A case's details were shown to the coordinator (an access to one person's data).
    VIEWED = "viewed", QT_TRANSLATE_NOOP(_C, "Visad")
    CREATED = "created", QT_TRANSLATE_NOOP(_C, "Skapad")
    CHANGED = "changed", QT_TRANSLATE_NOOP(_C, "Ändrad")
    EXPORTED = "exported", QT_TRANSLATE_NOOP(_C, "Exporterad")
    PRINTED = "printed", QT_TRANSLATE_NOOP(_C, "Utskriven")
    ERASED = "erased", QT_TRANSLATE_NOOP(_C, "Gallrad")
    MIGRATED = "migrated", QT_TRANSLATE_NOOP(_C, "Uppgraderad")


class TargetKind(LabelledEnum):
    """Result targets of the agreement (2023 Jämtland defaults are in the report service)."""

    JOINT_PLANNINGS = "joint_plannings", QT_TRANSLATE_NOOP(_C, "Antal samplaneringar")
    SHARE_WITH_PLAN = "share_with_plan", QT_TRANSLATE_NOOP(
        _C, "Andel med individuell plan"
    )
    SHARE_TO_WORK_OR_STUDIES = "share_to_work_or_studies", QT_TRANSLATE_NOOP(
        _C, "Andel till utbildning eller arbete"
    )
    SHARE_WITH_SELF_SUPPORT_ACTIVITY = "share_with_self_support_activity", QT_TRANSLATE_NOOP(
        _C, "Andel med överenskommen aktivitet mot egen försörjning"
    )
    SOCIAL_ASSISTANCE_CHANGE = "social_assistance_change", QT_TRANSLATE_NOOP(
        _C, "Förändring av andelen med ekonomiskt bistånd"
    )


class FourRActionStatus(LabelledEnum):
    DONE = "done", QT_TRANSLATE_NOOP(_C, "Genomfört")
    IN_PROGRESS = "in_progress", QT_TRANSLATE_NOOP(_C, "Pågår")
    NOT_STARTED = "not_started", QT_TRANSLATE_NOOP(_C, "Ej påbörjat")
