"""The case view's texts that come from cases.timeline, in the current language.

cases.timeline is a service (no Qt) and words its events and next steps in Swedish; they are
also the keys the view compares. The view shows them through the lists below, so every text
the service can return must be listed here (tests/test_translations.py reads the service and
checks that): a text missing from the list is shown in Swedish.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..models.enums import QT_TRANSLATE_NOOP

_C = "CaseTimeline"

#: The titles of timeline.timeline's events.
TITLES = (
    QT_TRANSLATE_NOOP(_C, "Aktualiserat"), QT_TRANSLATE_NOOP(_C, "Samtycke undertecknat"),
    QT_TRANSLATE_NOOP(_C, "Antaget som STAR-ärende"), QT_TRANSLATE_NOOP(_C, "Återvisat"),
    QT_TRANSLATE_NOOP(_C, "I kö"), QT_TRANSLATE_NOOP(_C, "Planeringsmöte"),
    QT_TRANSLATE_NOOP(_C, "Individuell plan"), QT_TRANSLATE_NOOP(_C, "Insats påbörjad"),
    QT_TRANSLATE_NOOP(_C, "Insats avslutad"), QT_TRANSLATE_NOOP(_C, "Uppföljning"),
    QT_TRANSLATE_NOOP(_C, "Konsultation genomförd"), QT_TRANSLATE_NOOP(_C, "Avslutat"),
    QT_TRANSLATE_NOOP(_C, "Uppföljning planerad"),
)

#: timeline.next_step's fixed sentences.
STEPS = (
    QT_TRANSLATE_NOOP(_C, "Ta upp konsultationen på nästa teammöte."),
    QT_TRANSLATE_NOOP(_C, "Samtycket saknas: blanketten \"Aktualisering till STAR\" behövs före "
                          "bedömning."),
    QT_TRANSLATE_NOOP(_C, "Bedöm ärendet på nästa teammöte: anta eller återvisa."),
    QT_TRANSLATE_NOOP(_C, "Utse ärendebärare och boka planeringsmöte med individen."),
    QT_TRANSLATE_NOOP(_C, "Håll planeringsmötet med individen och registrera det."),
    QT_TRANSLATE_NOOP(_C, "Registrera den individuella planen."),
    QT_TRANSLATE_NOOP(_C, "Registrera de parallella insatserna."),
    QT_TRANSLATE_NOOP(_C, "Planera nästa uppföljning."),
    QT_TRANSLATE_NOOP(_C, "Ärendet är avslutat."),
    QT_TRANSLATE_NOOP(_C, "Ärendet är återvisat till remittenten."),
    QT_TRANSLATE_NOOP(_C, "Konsultationen är genomförd."),
)

#: next_step's sentences with a date: (pattern of the Swedish, the message with {date}).
DATED_STEPS = (
    (re.compile(r"Uppföljningen (\S+) är försenad: följ upp i teamet\."),
     QT_TRANSLATE_NOOP(_C, "Uppföljningen {date} är försenad: följ upp i teamet.")),
    (re.compile(r"Nästa uppföljning (\S+)\."), QT_TRANSLATE_NOOP(_C, "Nästa uppföljning {date}.")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def title_text(title: str) -> str:
    """An event's title in the current language."""
    return _tr(title) if title in TITLES else title


def step_text(step: str) -> str:
    """A next-step sentence in the current language (unknown sentences as they are)."""
    if step in STEPS:
        return _tr(step)
    for pattern, message in DATED_STEPS:
        m = pattern.fullmatch(step)
        if m:
            return _tr(message).format(date=m.group(1))
    return step
