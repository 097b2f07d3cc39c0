"""`intake demo`: a practice workspace full of made-up people."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from intake.app.demo import create_demo
from intake.cli import CommandError
from intake.cli.signin import add_workspace_arg, friendly


def register(sub: Any) -> None:
    demo = sub.add_parser("demo", help="create a practice workspace with made-up people")
    add_workspace_arg(demo)
    demo.add_argument("--people", type=int, default=500, help="how many people (default 500)")
    demo.add_argument("--seed", type=int, default=2026, help="the same seed gives the same people")
    demo.set_defaults(handler=_demo)


@friendly
def _demo(args: argparse.Namespace) -> int:
    folder = getattr(args, "workspace", None)
    if not folder:
        raise CommandError("say where to put the practice workspace: --workspace DIR.")
    if args.people < 0:
        raise CommandError("--people must be 0 or more.")
    started = time.perf_counter()
    result = create_demo(Path(folder), args.people, seed=args.seed)
    seconds = time.perf_counter() - started
    c = result.counts
    print(
        f"Made a practice workspace in {result.folder} in {seconds:.1f} s: {c['people']} people, "
        f"{c['journeys']} journeys, {c['answers']} answers (all made up)."
    )
    if not result.used_pack:
        print("The core form pack could not be loaded, so a small built-in plan was used.")
    print(f"User: {result.username}")
    print(f"Password: {result.password}")
    return 0
