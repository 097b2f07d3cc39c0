"""The `intake` command: the desktop app by default, subcommands for headless work.

Each module in this package that defines `register(subparsers)` adds its own subcommands,
so areas of the app keep their commands beside each other without one long file.
A command returns an exit code; errors meant for people are `CommandError`s, printed as
a plain sentence (never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Callable, Sequence

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A problem to tell the person running the command, in plain words, with exit code."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="intake",
        description="Intake: safe, kind data collection for victim-support services.",
    )
    parser.add_argument("--workspace", metavar="DIR", help="use the workspace in DIR")
    parser.add_argument("--demo", action="store_true", help="open a practice workspace")
    parser.add_argument("--self-test", action="store_true", help="check this install and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    try:
        if args.self_test:
            from intake.selftest import run_self_test

            return run_self_test()
        if handler is None:
            return _gui(args)
        return handler(args)
    except CommandError as exc:
        print(f"intake: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("intake: stopped.", file=sys.stderr)
        return 130


def _gui(args: argparse.Namespace) -> int:
    try:
        gui = importlib.import_module("intake.ui.main")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("intake.ui"):
            raise CommandError("the desktop screens are not part of this build yet.") from exc
        raise
    result: int = gui.run(args)
    return result


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
