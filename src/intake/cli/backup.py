"""`intake backup` and `intake restore`: verified, keyed copies of a workspace."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from intake.cli.signin import (
    add_signin_args,
    friendly,
    read_secret,
    read_user,
    signed_in,
    workspace_of,
)


def register(sub: Any) -> None:
    backup = sub.add_parser("backup", help="make a verified, encrypted backup")
    add_signin_args(backup)
    backup.add_argument("--to", type=Path, metavar="DIR", help="a new folder for the backup")
    backup.set_defaults(handler=_backup)
    restore = sub.add_parser("restore", help="put a backup back (the current data is kept aside)")
    add_signin_args(restore)
    restore.add_argument("backup", type=Path, help="the backup folder")
    restore.set_defaults(handler=_restore)


@friendly
def _backup(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        result = session.backups.create(args.to)
    people = result.manifest.counts.get("people", 0)
    print(f"Backup made and checked: {result.folder} ({people} people).")
    return 0


@friendly
def _restore(args: argparse.Namespace) -> int:
    ws = workspace_of(args)
    user = read_user(args)
    result = ws.restore(args.backup, user, read_secret(args, "Password (from the backup): "))
    print(f"Restored {args.backup} into {ws.folder}.")
    if result.kept_previous is not None:
        print(f"The data it replaced is kept in {result.kept_previous}.")
    return 0
