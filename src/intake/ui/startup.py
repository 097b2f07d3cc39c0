"""What the first screen does not wait for: the form pack and the workspace's store.

The unlock screen needs Qt and the answer to one question: does the folder hold a
workspace? Everything else (SQLCipher, Argon2 and AES-GCM behind `Workspace`, the form
language behind the pack) is loaded on a background thread once the first screen is
painted (`MainWindow` starts both), or when it is first needed, whichever comes first.
PySide's `Qt` namespace waits for the first paint too (see `widgets.set_by_name`).
`tests/ui/test_startup.py` checks that the first screen's imports stay free of them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from intake.app import Session, Workspace
    from intake.forms import LoadedPack

T = TypeVar("T")


class _Later(Generic[T]):
    """A value made once, by whichever thread first asks (`prepare()` or `get()`);
    any other thread asking meanwhile waits for it. A problem making it is kept and
    raised by every `get()`."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._value: T | None = None
        self._error: BaseException | None = None
        self._claimed = False
        self._claim_lock = threading.Lock()
        self._done = threading.Event()

    def ready(self, value: T) -> None:
        with self._claim_lock:
            self._claimed = True
            self._value = value
            self._done.set()

    def prepare(self) -> None:
        """Make it on this thread unless another has begun; never raises."""
        with self._claim_lock:
            if self._claimed:
                return
            self._claimed = True
        try:
            self._value = self._make()
        except BaseException as exc:  # raised on the thread that asks for the value
            self._error = exc
        finally:
            self._done.set()

    def get(self) -> T:
        self.prepare()
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._value is not None
        return self._value


def prepare_in_background(*parts: PackSource | DeferredWorkspace) -> None:
    """Make each part in turn on one background thread, once the first screen is shown.

    One thread rather than one each: they would only take turns at the interpreter lock.
    """

    def run() -> None:
        for part in parts:
            part.prepare()

    threading.Thread(target=run, name="intake-prepare", daemon=True).start()


class PackSource:
    """The form pack, given ready or loaded on a background thread once the first screen
    is shown; `get()` waits for it (it is ready long before a password is typed) and
    re-raises a loading problem."""

    def __init__(self, pack: LoadedPack | Callable[[], LoadedPack]) -> None:
        if callable(pack):
            self._pack: _Later[LoadedPack] = _Later(pack)
        else:
            self._pack = _Later(lambda: pack)
            self._pack.ready(pack)

    def prepare(self) -> None:
        self._pack.prepare()

    def get(self) -> LoadedPack:
        return self._pack.get()


class DeferredWorkspace:
    """A workspace folder whose `Workspace` is built on first use (or by `prepare()`).

    Building a `Workspace` imports the store and the key-wrapping libraries; saying
    whether the folder holds a workspace does not.
    """

    def __init__(self, folder: Path | None = None, **options: Any) -> None:
        self._folder = folder
        self._workspace: _Later[Workspace] = _Later(lambda: self._build(options))

    @classmethod
    def of(cls, workspace: Workspace) -> DeferredWorkspace:
        """One already built (practice mode, tests)."""
        deferred = cls(workspace.folder)
        deferred._workspace.ready(workspace)
        return deferred

    def _build(self, options: dict[str, Any]) -> Workspace:
        from intake.app import Workspace

        return Workspace(self._folder, **options)

    @property
    def folder(self) -> Path:
        if self._folder is None:
            from intake.app import default_workspace_dir

            self._folder = default_workspace_dir()
        return self._folder

    def exists(self) -> bool:
        """Whether the folder holds a workspace (the same rule as `Workspace.exists`)."""
        from intake.app import Layout

        return Layout(self.folder).exists()

    def prepare(self) -> None:
        self._workspace.prepare()

    def get(self) -> Workspace:
        return self._workspace.get()

    def unlock(self, username: str, password: str) -> Session:
        """Sign in (on the caller's thread: the unlock screen's worker)."""
        return self.get().unlock(username, password)
