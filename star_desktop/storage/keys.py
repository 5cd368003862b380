"""Keys of team files, and the OS keyring that may remember them.

The passphrase is the root secret. From it and the file's 16-byte SQLCipher salt we derive the
raw 256-bit key exactly as SQLCipher 4 would (PBKDF2-HMAC-SHA512, 256,000 iterations), so the
file still opens with its passphrase in any SQLCipher 4 tool, and we hand SQLCipher only the hex
key — no passphrase ever goes into a SQL string. "Kom ihåg på den här datorn" stores that derived
key, never the passphrase, in the OS keyring under the file's id (the salt as a UUID, readable
without the key). With no real keyring there is no fallback store: the app asks again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import uuid
from dataclasses import dataclass

import keyring
import keyring.errors

from .passphrase import normalise

log = logging.getLogger(__name__)

SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4 default
KEYRING_SERVICE = "STAR Desktop"


@dataclass(frozen=True)
class FileKey:
    """A raw SQLCipher key for one file; ``salt`` is given only when creating a file."""

    key: bytes
    salt: bytes | None = None

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES:
            raise ValueError("a SQLCipher raw key is 32 bytes")
        if self.salt is not None and len(self.salt) != SALT_BYTES:
            raise ValueError("a SQLCipher salt is 16 bytes")

    def pragma_value(self) -> str:
        """The value for PRAGMA key: x'<key>' or x'<key><salt>' — hex only, safe to quote."""
        return "x'" + self.key.hex() + (self.salt.hex() if self.salt else "") + "'"

    def __repr__(self) -> str:  # never print a key
        return "FileKey(<hidden>)"


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's key derivation, done here so the raw key can be kept and reused."""
    return hashlib.pbkdf2_hmac(
        "sha512", normalise(passphrase).encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES
    )


def new_salt() -> bytes:
    return os.urandom(SALT_BYTES)


def file_id_from_salt(salt: bytes) -> str:
    """The file's own id: its salt as a UUID string (a restored copy gets a new salt)."""
    return str(uuid.UUID(bytes=salt))


class KeyStore:
    """The OS keyring, used only when it is a real, protected store."""

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        return self._backend or keyring.get_keyring()

    def usable(self) -> bool:
        """True for a system keyring; False for none, the fail/null backends or plaintext ones."""
        try:
            b = self.backend
            name = type(b).__name__.lower()
            module = type(b).__module__
            if "plaintext" in name or module.startswith(("keyring.backends.fail",
                                                          "keyring.backends.null")):
                return False
            return float(b.priority) >= 1  # type: ignore[arg-type]
        except Exception:  # a broken backend must not stop the app; it just isn't used
            log.info("keyring backend not usable", exc_info=True)
            return False

    def describe(self) -> str:
        return type(self.backend).__name__ if self.usable() else "ingen"

    def get(self, file_id: str) -> bytes | None:
        if not self.usable():
            return None
        try:
            value = self.backend.get_password(KEYRING_SERVICE, file_id)
        except Exception:
            log.info("keyring read failed", exc_info=True)
            return None
        if not value:
            return None
        try:
            key = bytes.fromhex(value)
        except ValueError:
            return None
        return key if len(key) == KEY_BYTES else None

    def put(self, file_id: str, key: bytes) -> bool:
        """Remember a file's key; False if no usable keyring took it."""
        if not self.usable():
            return False
        try:
            self.backend.set_password(KEYRING_SERVICE, file_id, key.hex())
            return True
        except Exception:
            log.info("keyring write failed", exc_info=True)
            return False

    def delete(self, file_id: str) -> None:
        if not self.usable():
            return
        try:
            self.backend.delete_password(KEYRING_SERVICE, file_id)
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception:
            log.info("keyring delete failed", exc_info=True)
