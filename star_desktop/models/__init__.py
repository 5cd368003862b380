"""ORM entities and enums of a team file (SQLAlchemy 2.x typed declarative)."""

from .base import PERSONAL, Base
from .case import Case, CatalogueEntry, FollowUp, Intervention
from .enums import (
    AgendaKind,
    Assessment,
    AttendanceStatus,
    AuditAction,
    Body,
    CaseKind,
    CaseState,
    ClosureReason,
    DecisionKind,
    DeviationCategory,
    DeviationRaisedTo,
    DeviationStatus,
    FourRActionStatus,
    Gender,
    IncomeSource,
    InterventionGroup,
    MeetingState,
    PartyKind,
    PlanningForm,
    TargetKind,
)
from .governance import AuditEvent, BudgetLine, Deviation, FourRAction, ReportText, Target
from .meeting import ActionItem, AgendaItem, Attendance, Decision, Meeting, MinutesAddendum
from .participant import Participant, ParticipantIdentity
from .team import Member, Party, Setting, Team

__all__ = [
    "PERSONAL", "ActionItem", "AgendaItem", "AgendaKind", "Assessment", "Attendance",
    "AttendanceStatus", "AuditAction", "AuditEvent", "Base", "Body", "BudgetLine", "Case",
    "CaseKind", "CaseState", "CatalogueEntry", "ClosureReason", "Decision", "DecisionKind",
    "Deviation", "DeviationCategory", "DeviationRaisedTo", "DeviationStatus", "FollowUp",
    "FourRAction", "FourRActionStatus", "Gender", "IncomeSource", "Intervention",
    "InterventionGroup", "Meeting", "MeetingState", "Member", "MinutesAddendum", "Participant",
    "ParticipantIdentity", "Party", "PartyKind", "PlanningForm", "ReportText", "Setting",
    "Target", "TargetKind", "Team",
]
