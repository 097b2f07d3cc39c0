"""The workspace folder on disk: its layout, atomic file writes and the one-copy lock.

A workspace is a folder holding the encrypted database, the keyslots file and a small
file counting wrong passwords. Small files are replaced atomically (temp file, fsync,
rename, fsync of the folder) so a crash leaves either the old file or the new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import platformdirs

from intake.store.errors import (
    DiskFullError,
    StoreError,
    WorkspaceBusyError,
    WorkspaceReadOnlyError,
)

DB_NAME = "intake.db"
KEYSLOTS_NAME = "keyslots.json"
ATTEMPTS_NAME = "attempts.json"
LOCK_NAME = "intake.lock"
BACKUPS_DIR = "backups"


def default_workspace_dir() -> Path:
    return Path(platformdirs.user_data_dir("Intake", "Intake"))


@dataclass(frozen=True)
class Layout:
    """Where each file of one workspace lives."""

    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / DB_NAME

    @property
    def keyslots(self) -> Path:
        return self.folder / KEYSLOTS_NAME

    @property
    def attempts(self) -> Path:
        return self.folder / ATTEMPTS_NAME

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME

    @property
    def backups(self) -> Path:
        return self.folder / BACKUPS_DIR

    def sidecars(self) -> list[Path]:
        """The database's WAL and shared-memory files (present while it is open)."""
        return [self.folder / (DB_NAME + "-wal"), self.folder / (DB_NAME + "-shm")]

    def exists(self) -> bool:
        return self.database.exists() or self.keyslots.exists()


def os_error(exc: OSError) -> StoreError:
    """The plain-English problem behind an OS error while writing."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError()
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return WorkspaceReadOnlyError()
    return StoreError("Intake could not write a file in the workspace folder.")


def fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - directories cannot be opened there
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves the old or the new file, whole."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error(exc) from None


def copy_durably(source: Path, target: Path) -> None:
    """Copy a file to `target` via a temp file, fsynced, then renamed into place."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(source, "rb") as src, open(fd, "wb") as dst:
            while chunk := src.read(1 << 20):
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise os_error(exc) from None


class WorkspaceLock:
    """An exclusive lock on a workspace, held while it is unlocked in this process.

    The operating system releases it when the process ends, even by kill -9.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise os_error(exc) from None
        try:
            _lock_fd(fd)
        except OSError:
            os.close(fd)
            raise WorkspaceBusyError() from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock_fd(self._fd)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> WorkspaceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover
    import msvcrt

    def _lock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock_fd(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
