"""Backups of the shop database: taken, verified, rotated, listed and restored.

A backup is copied next to its final name as ``….part``, checked (``PRAGMA integrity_check``)
and hashed, and only then renamed: a copy cut short by a crash or power cut never looks
complete, and the run log shows the run was interrupted so the next start takes it again.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.domain.rotation import keep
from desktop.services import locations, shop
from desktop.services.errors import UserError
from desktop.store import copies, jobs, migrations, settings
from desktop.store.db import Store, schema_version
from desktop.store.errors import StorageError

PREFIX = "ShopDesk-backup-"
FOLDER_KEY = "backup.folder"  # this desktop's choice (a local setting)
# Folders that sync files by themselves: fine for backups, wrong for the live database.
SYNCED = ("onedrive", "dropbox", "icloud", "icloud drive", "mobile documents", "google drive",
          "googledrive", "nutstore", "坚果云", "baidunetdisk", "百度网盘", "box sync", "seafile")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: int
    size: int
    sha256: str


def folder(store: Store) -> Path:
    chosen = settings.read_local(store.conn, FOLDER_KEY)
    return Path(chosen) if chosen else locations.data_dir() / "backups"


def set_folder(store: Store, path: Path | str) -> Path:
    target = Path(path).expanduser()
    try:
        target.mkdir(parents=True, exist_ok=True)
        probe = target / ".shopdesk-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise UserError(f"cannot write backups to {target}: {exc.strerror or exc}") from exc
    with store.write() as w:
        settings.write_local(w, FOLDER_KEY, str(target))
    return target


def synced_folder(path: Path) -> str | None:
    """The cloud service or network share ``path`` lies in, if any (the live database must
    not: SQLite's write-ahead log breaks when files are synced or shared)."""
    text = str(path.resolve()).lower()
    if text.startswith("\\\\") or text.startswith("//"):
        return "a network share"
    parts = [p.lower() for p in path.resolve().parts]
    for name in SYNCED:
        if any(part == name or part.startswith(name + " ") or part.startswith(name + "-")
               for part in parts):
            return name
    return None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def take(store: Store, to: Path | str | None = None, reason: str = "scheduled") -> Backup:
    """Back the database up now into ``to`` (default: the backup folder) and verify it."""
    target_dir = Path(to) if to else folder(store)
    taken = store.clock()
    stamp = datetime.fromtimestamp(taken / 1000).strftime("%Y%m%d-%H%M%S")
    final = target_dir / f"{PREFIX}{stamp}.sqlite"
    part = final.with_name(final.name + ".part")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        for stale in target_dir.glob(f"{PREFIX}*.part*"):  # left by a run that was cut short
            stale.unlink(missing_ok=True)
        copies.copy_to(store.conn, part)
        copies.check(part)
        size, checksum = part.stat().st_size, _sha256(part)
        os.replace(part, final)
    except copies.NotAShop as exc:
        _discard(part)
        raise UserError(f"the backup copy failed its check ({exc}); nothing was changed") from exc
    except (OSError, StorageError) as exc:
        _discard(part)
        raise UserError(_why(exc, target_dir)) from exc
    jobs.record_backup(store.conn, str(final), taken, size, checksum,
                       schema_version(store.conn), reason)
    return Backup(final, taken, size, checksum)


def _discard(part: Path) -> None:
    for leftover in (part, part.with_name(part.name + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass  # the folder itself is the trouble: nothing was written there


def _why(exc: OSError | StorageError, target: Path) -> str:
    text = str(exc).lower()
    if (isinstance(exc, OSError) and exc.errno == 28) or "full" in text:
        return f"the disk holding {target} is full; no backup was written (the shop is fine)"
    if isinstance(exc, (PermissionError, NotADirectoryError, FileNotFoundError)) or \
            any(w in text for w in ("permission", "readonly", "read-only", "unable to open")):
        return f"cannot write to the backup folder {target}; choose another in Settings"
    return f"the backup failed: {exc}"


def rotate(store: Store, daily: int = 7, weekly: int = 4, monthly: int = 12) -> list[Path]:
    """Remove the backups the rotation no longer keeps (only ShopDesk's own backup files in
    the backup folder); returns what was removed."""
    zone = shop.shop_zone(store)
    taken = [(b["path"], b["taken_at"]) for b in jobs.backups(store.conn)
             if b["reason"] != "before-restore" and Path(b["path"]).parent == folder(store)]
    kept = keep(taken, zone, daily, weekly, monthly)
    removed = []
    for path, _ in taken:
        if path not in kept:
            try:
                Path(path).unlink(missing_ok=True)
            except OSError:
                continue  # in use by a sync client: next time
            jobs.mark_removed(store.conn, path, store.clock())
            removed.append(Path(path))
    return removed


def listing(store: Store) -> list[dict[str, Any]]:
    """The backups kept, newest first, each with whether its file is still there."""
    return [{**b, "exists": Path(b["path"]).is_file()} for b in jobs.backups(store.conn)]


def due_on_exit(store: Store) -> bool:
    """Whether closing the app should take a backup: asked for in settings, and none was
    taken in the last hour (quitting and starting again takes no pile of copies)."""
    if not shop.get(store, "backup.on_exit"):
        return False
    newest = max((b["taken_at"] for b in jobs.backups(store.conn)), default=None)
    return newest is None or store.clock() - newest > 3_600_000


def scheduled(store: Store) -> str:
    """The backup job: take one, then rotate."""
    backup = take(store, reason="scheduled")
    removed = rotate(store)
    return f"{backup.path.name} ({backup.size / 1_048_576:.1f} MB), {len(removed)} rotated away"


def restore(store: Store, source: Path | str) -> Backup:
    """Replace the shop's data with a backup file's, after backing the current data up
    (kept apart from the rotation). Refuses anything that is not a sound ShopDesk database
    this version can read. Returns the safety backup."""
    source = Path(source)
    if not source.is_file():
        raise UserError(f"no such file: {source}")
    try:
        copies.check(source)
    except copies.NotAShop as exc:
        raise UserError(f"{source.name} cannot be restored: {exc}") from exc
    safety = take(store, reason="before-restore")
    try:
        copies.restore_into(source, store.conn)
    except StorageError as exc:
        raise UserError(f"the restore failed ({exc}); the shop was backed up first to "
                        f"{safety.path}") from exc
    migrations.upgrade(store.conn)  # a backup from an older ShopDesk: bring it up to date
    from desktop.services import sync as team_sync  # (sync imports services this one does)
    team_sync.after_restore(store)
    jobs.record_backup(store.conn, str(safety.path), safety.taken_at, safety.size, safety.sha256,
                       schema_version(store.conn), "before-restore")
    return safety
