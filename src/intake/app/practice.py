"""Practice mode: a throwaway workspace of made-up people for training and role play.

Services are asked to practise these conversations before having them for real. A
practice workspace lets a new caseworker do exactly that with nothing at stake:

    practice = open_practice(people=40)
    session = practice.unlock()          # or practice.workspace.unlock(user, password)
    ...
    practice.close()                     # locks, then erases the whole folder

What keeps practice and real data apart (each guard is tested):

- The folder is always new, made by `tempfile.mkdtemp` (private to this user), and is
  refused if it is, is inside, or contains the real workspace folder (or any folder
  passed in `avoid`). Nothing here takes a folder from the caller.
- It is marked twice: a marker file in the folder carrying a random token known only to
  the `Practice` object that made it, and, inside the encrypted database, the
  organisation name `PRACTICE_ORGANISATION` (see `is_practice_session`).
- `Practice` refuses to attach to a folder whose marker is missing or carries another
  token, and `close()` re-checks the marker before erasing, so it can never erase a
  folder that is not its own.
- The workspace holds only synthetic people (`intake.app.demo`), and is erased on
  `close()` and, as a fallback, when the process exits. While a `Practice` lives it
  holds a lock on its folder (released by the operating system if the process dies),
  so folders left by a crash can be told apart from ones in use: each `open_practice`
  first removes leftovers (`remove_leftover_practice`: marked, unlocked folders only).

What this module cannot stop, and the screens should (see docs/admin-guide.md):
backups, restore, subject access and return exports, and adding users with real
passwords are all possible in a practice session unless the UI turns them off.
"""

from __future__ import annotations

import contextlib
import secrets
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from types import TracebackType

from intake.app.demo import create_demo
from intake.app.session import Session
from intake.app.workspace import Workspace
from intake.forms import Pack
from intake.store.errors import StoreError, WorkspaceBusyError
from intake.store.files import Layout, WorkspaceLock, default_workspace_dir
from intake.store.keyslots import KdfParams

PRACTICE_ORGANISATION = "Practice workspace (made-up people)"
"""The organisation name `create_demo` gives every practice workspace."""
MARKER_NAME = "PRACTICE-WORKSPACE.txt"
LOCK_NAME = "practice.lock"
FOLDER_PREFIX = "intake-practice-"
WORKSPACE_DIR = "workspace"
_TOKEN_LINE = "token: "
_MARKER_TEXT = """\
This folder holds an Intake PRACTICE workspace: made-up people, for training only.
It is erased when practice mode closes. Never type real information into it.
"""


class PracticeError(Exception):
    """Practice mode refused to do something that could mix practice and real data."""


class Practice:
    """One practice workspace, owned by this object until `close()`."""

    def __init__(
        self,
        folder: Path,
        token: str,
        username: str,
        password: str,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        """Attach to a practice folder this process made; use `open_practice` instead.

        Refuses (PracticeError) any folder whose marker does not carry `token`.
        """
        if not _marker_matches(folder, token):
            raise PracticeError(
                f"{folder} is not a practice workspace made by this copy of Intake; "
                "practice mode only opens its own folders."
            )
        self.folder = folder
        self.username = username
        self.password = password
        self._token = token
        self._lock = WorkspaceLock(folder / LOCK_NAME)
        try:
            self._lock.acquire()
        except WorkspaceBusyError:
            raise PracticeError(f"{folder} is already open in practice mode.") from None
        self._sessions: list[Session] = []
        self.workspace: Workspace = _TrackedWorkspace(folder / WORKSPACE_DIR, kdf, self._sessions)
        self._closed = False
        # If the app ends without close() (an exception, a closed window), erase anyway:
        # weakref.finalize also runs when the interpreter exits.
        self._finalizer = weakref.finalize(self, _release_and_erase, self._lock, folder, token)

    @property
    def closed(self) -> bool:
        return self._closed

    def unlock(self) -> Session:
        """Sign in as the practice user; the session is locked again by `close()`."""
        if self._closed:
            raise PracticeError("This practice workspace has been closed and erased.")
        return self.workspace.unlock(self.username, self.password)

    def close(self) -> None:
        """Lock every session opened on this workspace (through `unlock()` or
        `workspace.unlock()`), then erase the folder. Safe to repeat."""
        if self._closed:
            return
        for session in self._sessions:
            session.lock()
        self._sessions.clear()
        self._closed = True
        self._finalizer.detach()
        if not _release_and_erase(self._lock, self.folder, self._token):
            raise PracticeError(
                f"The practice folder {self.folder} could not be erased completely; "
                "it holds only made-up people and can be deleted by hand."
            )

    def __enter__(self) -> Practice:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _TrackedWorkspace(Workspace):
    """The practice workspace, remembering each session it opens so `close()` can lock
    them all before erasing (Windows cannot delete an open database)."""

    def __init__(self, folder: Path, kdf: KdfParams | None, sessions: list[Session]) -> None:
        super().__init__(folder, kdf=kdf)
        self._opened = sessions

    def unlock(self, username: str, password: str) -> Session:
        session = super().unlock(username, password)
        self._opened.append(session)
        return session


def open_practice(
    people: int = 40,
    *,
    kdf: KdfParams | None = None,
    pack: Pack | None = None,
    today: date | None = None,
    seed: int = 2026,
    avoid: Iterable[Path] = (),
) -> Practice:
    """A new practice workspace of `people` made-up people in a fresh temporary folder.

    `avoid` names real workspace folders besides the default one (e.g. `--workspace`);
    the practice folder is never inside, or around, any of them. The default `kdf` is
    the real one: the practice password is public, but trainees may add users with
    passwords they also use elsewhere.
    """
    if people < 0:
        raise PracticeError("The number of practice people must be 0 or more.")
    with contextlib.suppress(OSError):
        remove_leftover_practice()
    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX)).resolve()
    try:
        _refuse_real_location(folder, [default_workspace_dir(), *avoid])
        token = secrets.token_hex(16)
        _write_marker(folder, token)
        result = create_demo(
            folder / WORKSPACE_DIR, people, seed=seed, kdf=kdf, today=today, pack=pack
        )
        return Practice(folder, token, result.username, result.password, kdf=kdf)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def is_practice_folder(folder: Path) -> bool:
    """Whether `folder` (a practice folder or the workspace inside it) is marked practice.

    For screens opened on a folder by path (e.g. `--workspace`) to show the practice
    banner and refuse real-data actions there too.
    """
    return any(_read_token(candidate) is not None for candidate in (folder, folder.parent))


def is_practice_session(session: Session) -> bool:
    """Whether an unlocked workspace is a practice one, by the name stored inside it."""
    return session.store.organisation.name() == PRACTICE_ORGANISATION


def remove_leftover_practice(older_than_seconds: float = 600.0) -> list[Path]:
    """Erase practice folders left in the temporary folder by a crash; returns them.

    Only folders with our prefix AND a readable marker are touched, only when no
    `Practice` holds them (their lock can be taken), and only once they are a little
    old, so a folder still being filled by another copy of Intake is left alone.
    """
    removed: list[Path] = []
    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob(FOLDER_PREFIX + "*"):
        token = _read_token(folder)
        if token is None or not folder.is_dir():
            continue
        try:
            if now - folder.stat().st_mtime < older_than_seconds:
                continue
        except OSError:
            continue
        if _in_use(folder) or not _erase_if_ours(folder, token):
            continue
        removed.append(folder)
    return removed


# --- guards -----------------------------------------------------------------------------


def _refuse_real_location(folder: Path, real: Iterable[Path]) -> None:
    for place in real:
        try:
            other = place.expanduser().resolve()
        except OSError:
            continue
        if folder == other or folder.is_relative_to(other) or other.is_relative_to(folder):
            raise PracticeError(
                "The temporary folder is inside a real workspace folder, so practice "
                "mode will not start there. Set TMPDIR (TEMP on Windows) elsewhere."
            )


def _write_marker(folder: Path, token: str) -> None:
    (folder / MARKER_NAME).write_text(f"{_MARKER_TEXT}{_TOKEN_LINE}{token}\n", encoding="utf-8")


def _read_token(folder: Path) -> str | None:
    try:
        text = (folder / MARKER_NAME).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    for line in text.splitlines():
        if line.startswith(_TOKEN_LINE):
            return line[len(_TOKEN_LINE) :].strip() or None
    return None


def _marker_matches(folder: Path, token: str) -> bool:
    found = _read_token(folder)
    return found is not None and secrets.compare_digest(found, token)


def _in_use(folder: Path) -> bool:
    """Whether a live `Practice` (in any process) holds this folder, or its workspace
    is open; when it cannot tell, it says yes, so the folder is left alone."""
    for lock_path in (folder / LOCK_NAME, Layout(folder / WORKSPACE_DIR).lock):
        if not lock_path.exists():
            continue
        lock = WorkspaceLock(lock_path)
        try:
            lock.acquire()
        except StoreError:  # busy, or unreadable
            return True
        lock.release()
    return False


def _release_and_erase(lock: WorkspaceLock, folder: Path, token: str) -> bool:
    lock.release()  # Windows cannot delete a file that is still locked
    return _erase_if_ours(folder, token)


def _erase_if_ours(folder: Path, token: str) -> bool:
    """Erase `folder` if its marker carries `token`; True when it is gone."""
    if not folder.exists():
        return True
    if not _marker_matches(folder, token):
        return False  # never erase a folder that is not ours
    for attempt in range(5):
        with contextlib.suppress(OSError):
            shutil.rmtree(folder, ignore_errors=attempt == 4)
        if not folder.exists():
            return True
        time.sleep(0.2)  # Windows may hold a just-closed file for a moment
    return False
