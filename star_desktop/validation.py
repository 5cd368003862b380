"""Checks of what a coordinator types, each failing with a Swedish message for that field.

Services collect the failures of a whole form in FieldErrors, so the UI can show every message
next to its field and save nothing until all are right.
"""

from __future__ import annotations

import datetime as dt

from .models.enums import QT_TRANSLATE_NOOP, Msg


class FieldErrors(ValueError):
    """Messages per field name; raised when any field of a form is wrong."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def message_of(e: BaseException) -> str:
    """The message an exception was raised with, kept as is (a Msg stays a Msg for the UI)."""
    first = e.args[0] if e.args else None
    return first if isinstance(first, str) else str(e)


class Collector:
    """Gathers field messages while a form is parsed, then raises them all at once."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise FieldErrors(dict(self.errors))


def parse_date(text: str | dt.date | None, *, required: bool = False) -> dt.date | None:
    """An ISO date (YYYY-MM-DD); raises ValueError with a Swedish message."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    s = (text or "").strip()
    if not s:
        if required:
            raise ValueError(QT_TRANSLATE_NOOP("Messages", "Ange ett datum (ÅÅÅÅ-MM-DD)."))
        return None
    if len(s) != 10 or s[4] != "-" or s[7] != "-":
        raise ValueError(QT_TRANSLATE_NOOP(
            "Messages",
            "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-14."))
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise ValueError(Msg(QT_TRANSLATE_NOOP("Messages", "{s} är inget giltigt datum."),
                             s=s)) from None


def normalise_personnummer(text: str | None, *, today: dt.date | None = None) -> str | None:
    """Check a personnummer's date and checksum; return it as 12 digits (YYYYMMDDNNNN).

    Accepts 10 or 12 digits with or without '-' or '+'. Empty gives None (it is optional).
    """
    s = (text or "").strip().replace(" ", "")
    if not s:
        return None
    from stdnum.exceptions import ValidationError as StdnumError  # imported when first needed
    from stdnum.se import personnummer as _pnr

    try:
        compact = _pnr.validate(s)
        birth = _pnr.get_birth_date(compact)
    except StdnumError:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Personnumret är inte giltigt (kontrollsiffran eller datumet stämmer inte).")
        ) from None
    digits = "".join(ch for ch in compact if ch.isdigit())
    if birth > (today or dt.date.today()):
        raise ValueError(QT_TRANSLATE_NOOP(
            "Messages",
            "Personnumret anger ett födelsedatum i framtiden."))
    return f"{birth:%Y%m%d}{digits[-4:]}"


def mask_personnummer(pnr: str | None) -> str:
    """Show a stored personnummer masked: 19811218-XXXX."""
    if not pnr:
        return ""
    return f"{pnr[:8]}-XXXX"


def format_personnummer(pnr: str | None) -> str:
    return f"{pnr[:8]}-{pnr[8:]}" if pnr else ""


def normalise_email(text: str | None) -> str:
    """An e-mail address checked for syntax only (the laptop is often offline)."""
    s = (text or "").strip()
    if not s:
        return ""
    from email_validator import EmailNotValidError, validate_email  # imported when first needed

    try:
        return validate_email(s, check_deliverability=False).normalized
    except EmailNotValidError:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "E-postadressen är inte giltig.")) from None


def normalise_phone(text: str | None) -> str:
    s = (text or "").strip()
    if s and not all(ch.isdigit() or ch in " +-()" for ch in s):
        raise ValueError(QT_TRANSLATE_NOOP(
            "Messages",
            "Telefonnumret får bara innehålla siffror, mellanslag, +, - och ()."))
    if s and sum(ch.isdigit() for ch in s) < 5:
        raise ValueError(QT_TRANSLATE_NOOP("Messages", "Telefonnumret är för kort."))
    return s
