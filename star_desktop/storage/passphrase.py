"""The passphrase policy for new team files.

The passphrase is the root secret of a file that holds health and social-assistance data on a
laptop that may be lost, so weak ones are refused, with the reason, when a file is made.
"""

from __future__ import annotations

import unicodedata

from ..models.enums import QT_TRANSLATE_NOOP, Msg

MIN_LENGTH = 12

_COMMON = {
    "password", "lösenord", "losenord", "qwerty", "123456", "sommar", "vinter", "hösten",
    "varen", "våren", "hosten", "star", "starteam", "samordnare", "kommunen", "välkommen",
    "valkommen", "hemligt", "abc123", "letmein", "admin",
}


def normalise(passphrase: str) -> str:
    """NFC-normalise, so 'å' typed on a Mac and on Windows gives the same key."""
    return unicodedata.normalize("NFC", passphrase)


def weakness(passphrase: str, *, avoid: tuple[str, ...] = ()) -> str | None:
    """Return why the passphrase is too weak (Swedish, for the field), or None if it is fine.

    ``avoid`` holds words that must not make up the passphrase, such as the team's name.
    """
    p = normalise(passphrase)
    if not p.strip():
        return QT_TRANSLATE_NOOP("Messages", "Ange en lösenfras.")
    if len(p) < MIN_LENGTH:
        return Msg(QT_TRANSLATE_NOOP(
            "Messages",
            "Lösenfrasen måste ha minst {n} tecken (den har {has})."),
            n=MIN_LENGTH, has=len(p))
    if p != p.strip():
        return QT_TRANSLATE_NOOP(
            "Messages",
            "Lösenfrasen får inte börja eller sluta med mellanslag.")
    if len(set(p.lower())) < 6:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "Lösenfrasen upprepar för få olika tecken; välj några ord som inte hör ihop.")
    if p.isdigit():
        return QT_TRANSLATE_NOOP("Messages", "Lösenfrasen får inte bara bestå av siffror.")
    lowered = p.lower()
    stripped = "".join(ch for ch in lowered if ch.isalpha())
    for word in _COMMON | {a.lower() for a in avoid if a}:
        w = "".join(ch for ch in word.lower() if ch.isalpha())
        if w and len(w) >= 3 and stripped and len(stripped) - len(w) < 6 and w in stripped:
            return QT_TRANSLATE_NOOP(
                "Messages",
                "Lösenfrasen är för lik ett vanligt ord eller teamets namn.")
    if _is_sequence(lowered):
        return QT_TRANSLATE_NOOP("Messages", "Lösenfrasen är en för enkel teckenföljd.")
    return None


def _is_sequence(p: str) -> bool:
    """True for runs like 'abcdefghijkl' or '123456789012' that add no secrecy."""
    steps = {ord(b) - ord(a) for a, b in zip(p, p[1:], strict=False)}
    return len(steps) <= 1
