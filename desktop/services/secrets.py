"""Channel secrets (passwords, tokens) in the operating system's keychain.

Windows Credential Manager and the macOS Keychain through ``keyring``. A machine with no
keychain (a bare Linux server, CI) uses a clearly labelled fallback file beside the database
folder, readable by this user only — never the shop database or its backups, so a backup
copied elsewhere carries no password.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop.services import locations

SERVICE = "ShopDesk"
FALLBACK_NAME = "secrets-NOT-IN-A-KEYCHAIN.json"
_NOTE = ("ShopDesk keeps channel passwords here only because this computer has no keychain. "
         "Readable by this user only; not part of the shop database or its backups.")


def _keyring():  # type: ignore[no-untyped-def]
    """The keyring module when a real keychain is there, else None."""
    if os.environ.get("SHOPDESK_NO_KEYCHAIN"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    return None if isinstance(backend, fail.Keyring) else keyring


def fallback_path() -> Path:
    return locations.data_dir() / FALLBACK_NAME


def _read_fallback() -> dict[str, str]:
    try:
        data = json.loads(fallback_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.get("secrets", {}).items() if isinstance(v, str)}


def _write_fallback(values: dict[str, str]) -> None:
    path = fallback_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"_note": _NOTE, "secrets": values}, f, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def where() -> str:
    """Where secrets go on this machine, in words for Settings and the CLI."""
    return "the system keychain" if _keyring() else f"the fallback file {fallback_path()}"


def put(key: str, value: str) -> None:
    kr = _keyring()
    if kr is not None:
        kr.set_password(SERVICE, key, value)
        return
    values = _read_fallback()
    values[key] = value
    _write_fallback(values)


def get(key: str) -> str | None:
    kr = _keyring()
    if kr is not None:
        return kr.get_password(SERVICE, key)
    return _read_fallback().get(key)


def delete(key: str) -> None:
    kr = _keyring()
    if kr is not None:
        try:
            kr.delete_password(SERVICE, key)
        except Exception:  # noqa: BLE001 - keyring raises its own type when there is none
            pass
        return
    values = _read_fallback()
    if values.pop(key, None) is not None:
        _write_fallback(values)
