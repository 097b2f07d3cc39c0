"""Signing in from the command line: a prompt by default, or stdin for scripts.

Passwords are never taken as an argument or from an environment variable (both leak
into shell history and process lists). `--password-stdin` reads one line per password.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path

from intake.app import Session, StoreError, Workspace
from intake.cli import CommandError


def add_workspace_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace", metavar="DIR", default=argparse.SUPPRESS, help="the workspace folder"
    )


def add_signin_args(parser: argparse.ArgumentParser) -> None:
    add_workspace_arg(parser)
    parser.add_argument("--user", metavar="NAME", help="user name (asked for if left out)")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password (one line) from standard input, for scripts",
    )


def workspace_of(args: argparse.Namespace) -> Workspace:
    folder = getattr(args, "workspace", None)
    return Workspace(Path(folder) if folder else None)


def read_secret(args: argparse.Namespace, prompt: str) -> str:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise CommandError("expected a password on standard input, found none.")
        return line.rstrip("\r\n")
    return getpass.getpass(prompt)


def read_user(args: argparse.Namespace) -> str:
    if args.user:
        return str(args.user)
    if getattr(args, "password_stdin", False):
        raise CommandError("--password-stdin needs --user NAME.")
    return input("User name: ").strip()


@contextmanager
def signed_in(args: argparse.Namespace) -> Iterator[Session]:
    """An unlocked session for this command, locked again however the command ends."""
    ws = workspace_of(args)
    user = read_user(args)
    session = ws.unlock(user, read_secret(args, "Password: "))
    try:
        yield session
    finally:
        session.lock()


def friendly(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn a workspace problem into a plain sentence and exit code 2 (never a traceback)."""

    @wraps(fn)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return fn(args)
        except StoreError as err:
            raise CommandError(f"{err} (code: {err.code})", code=2) from None

    return wrapper
