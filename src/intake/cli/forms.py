"""`intake forms ...`: check packs and list their translation keys."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intake.forms import Severity, check_tree, load_pack, text_keys
from intake.forms.errors import FormError
from intake.paths import default_forms_dir


def register(sub: Any) -> None:
    forms = sub.add_parser("forms", help="check form packs")
    fsub = forms.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    check = fsub.add_parser("check", help="report every problem in the packs at PATH")
    check.add_argument("path", nargs="?", type=Path, help="a pack folder or a folder of packs")
    check.add_argument(
        "--strict",
        action="store_true",
        help="also apply the trauma-informed rules and require every translation",
    )
    check.set_defaults(handler=_check)
    keys = fsub.add_parser("keys", help="list the translation keys of a pack, with English")
    keys.add_argument("path", type=Path)
    keys.set_defaults(handler=_keys)


def _check(args: argparse.Namespace) -> int:
    path = args.path or default_forms_dir()
    problems = check_tree(path, strict=args.strict)
    for p in problems:
        print(p)
    errors = [p for p in problems if p.severity is Severity.ERROR]
    warnings = len(problems) - len(errors)
    if errors:
        print(f"{len(errors)} error(s), {warnings} warning(s) in {path}.")
        return 1
    print(f"No errors in {path} ({warnings} warning(s)).")
    return 0


def _keys(args: argparse.Namespace) -> int:
    try:
        loaded = load_pack(args.path)
    except FormError as exc:
        for p in exc.problems:
            print(p)
        return 1
    for key, text in text_keys(loaded.pack).items():
        print(f"{key}\t{text}")
    return 0
