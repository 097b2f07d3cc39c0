"""The `intake` command: the desktop app by default, subcommands for headless work.

Each module in this package that defines `register(subparsers)` adds its own subcommands,
so areas of the app keep their commands beside each other without one long file.
A command returns an exit code; errors meant for people are `CommandError`s, printed as
a plain sentence (never a traceback).

Starting the desktop app (no command named) reads only the top-level options: the
command modules import the PDF, spreadsheet and practice-data libraries, which would
otherwise be loaded before the first window could appear. Anything else (a command,
`--help`, a mistake, `--self-test`) goes through the full parser as before.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

Handler = Callable[[argparse.Namespace], int]


class CommandError(Exception):
    """A problem to tell the person running the command, in plain words, with exit code."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--workspace", metavar="DIR", help="use the workspace in DIR")
    parser.add_argument("--demo", action="store_true", help="open a practice workspace")
    parser.add_argument("--self-test", action="store_true", help="check this install and exit")


def build_parser() -> argparse.ArgumentParser:
    import pkgutil

    parser = argparse.ArgumentParser(
        prog="intake",
        description="Intake: safe, kind data collection for victim-support services.",
    )
    _add_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


class _NeedsFullParserError(Exception):
    pass


class _OptionsParser(argparse.ArgumentParser):
    """The top-level options alone; anything else goes to the full parser instead."""

    def error(self, message: str) -> NoReturn:
        raise _NeedsFullParserError(message)


def parse_options_only(argv: Sequence[str] | None = None) -> argparse.Namespace | None:
    """The arguments as `build_parser()` would read them when they name no command (and
    ask for no help); None when they do, or when they are wrong, so that the full parser
    handles them and explains any mistake exactly as before."""
    parser = _OptionsParser(prog="intake", add_help=False, allow_abbrev=True)
    _add_options(parser)
    try:
        args, rest = parser.parse_known_args(sys.argv[1:] if argv is None else list(argv))
    except _NeedsFullParserError:
        return None
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_options_only(argv)
    if args is None or args.self_test:  # the self-test also checks every command loads
        args = build_parser().parse_args(argv)
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
