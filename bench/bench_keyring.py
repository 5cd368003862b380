"""A keyring backend for the benchmark only: serves the demo file's key from an environment
variable, so the measured start takes the same path as on a laptop whose keyring has the key."""

from __future__ import annotations

import os

import keyring.backend


class EnvKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("STAR_BENCH_KEY")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError("read-only")
