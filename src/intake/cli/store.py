"""`intake workspace|users|recover|audit ...`: set up a workspace and look after it."""

from __future__ import annotations

import argparse
from typing import Any

from intake.app import Workspace
from intake.cli import CommandError
from intake.cli.signin import (
    add_signin_args,
    add_workspace_arg,
    friendly,
    read_secret,
    read_user,
    signed_in,
    workspace_of,
)
from intake.domain import Role, UserId


def register(sub: Any) -> None:
    ws = sub.add_parser("workspace", help="create a workspace")
    wsub = ws.add_subparsers(dest="workspace_command", metavar="ACTION", required=True)
    create = wsub.add_parser("create", help="create a new workspace and its first administrator")
    add_signin_args(create)
    create.add_argument("--organisation", required=True, help="the organisation's name")
    create.add_argument("--name", help="the administrator's full name")
    create.set_defaults(handler=_create)
    check = wsub.add_parser("check", help="sign in and check every page of the database")
    add_signin_args(check)
    check.set_defaults(handler=_check)

    users = sub.add_parser("users", help="add, list, reset or disable staff accounts")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    ls = usub.add_parser("list", help="list the staff accounts")
    add_signin_args(ls)
    ls.set_defaults(handler=_users_list)
    add = usub.add_parser("add", help="add a staff account (asks for its password)")
    add_signin_args(add)
    add.add_argument("username")
    add.add_argument("--name", help="full name")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.CASEWORKER.value)
    add.set_defaults(handler=_users_add)
    reset = usub.add_parser("reset", help="set a new password for a staff account")
    add_signin_args(reset)
    reset.add_argument("username")
    reset.set_defaults(handler=_users_reset)
    disable = usub.add_parser("disable", help="stop a staff account from signing in")
    add_signin_args(disable)
    disable.add_argument("username")
    disable.set_defaults(handler=_users_disable)

    recover = sub.add_parser("recover", help="set a new password using the printed recovery key")
    add_workspace_arg(recover)
    recover.add_argument("--user", metavar="NAME", help="whose password to reset")
    recover.add_argument("--password-stdin", action="store_true", help="read key, then password")
    recover.set_defaults(handler=_recover)

    audit = sub.add_parser("audit", help="check the audit trail")
    asub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = asub.add_parser("verify", help="exit 0 if the audit trail is whole, 1 if not")
    add_signin_args(verify)
    verify.set_defaults(handler=_audit_verify)


def _new_password(args: argparse.Namespace, who: str) -> str:
    first = read_secret(args, f"New password for {who}: ")
    if not args.password_stdin and read_secret(args, "Type it again: ") != first:
        raise CommandError("the two passwords were different; nothing was changed.")
    return first


@friendly
def _create(args: argparse.Namespace) -> int:
    ws: Workspace = workspace_of(args)
    user = read_user(args)
    password = _new_password(args, user)
    new = ws.create(args.organisation, user, args.name or user, password)
    new.session.lock()
    print(f"Created the workspace in {ws.folder}.")
    print("Recovery key (shown only this once; print it or write it down, keep it locked away):")
    print()
    print(f"    {new.recovery_secret}")
    print()
    return 0


@friendly
def _check(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        problems = session.store.db.integrity_problems(full=True)
        verdict = session.backups.verify_audit()
    if problems or not verdict.ok:
        print("The workspace has problems: restore the latest backup with 'intake restore'.")
        return 1
    print(f"The workspace is whole ({verdict.rows_checked} audit entries checked).")
    return 0


@friendly
def _users_list(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        for u in session.users.all():
            state = "" if u.active else "  (disabled)"
            print(f"{u.username}\t{u.role}\t{u.display_name}{state}")
    return 0


def _user_id(session: Any, username: str) -> UserId:
    user = session.store.users.by_username(username)
    if user is None:
        raise CommandError(f"there is no user called {username!r}.")
    return UserId(user.id)


@friendly
def _users_add(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        password = _new_password(args, args.username)
        session.users.add(args.username, args.name or args.username, Role(args.role), password)
    print(f"Added {args.username} as {args.role}.")
    return 0


@friendly
def _users_reset(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        uid = _user_id(session, args.username)
        session.users.reset_password(uid, _new_password(args, args.username))
    print(f"New password set for {args.username}.")
    return 0


@friendly
def _users_disable(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        session.users.disable(_user_id(session, args.username))
    print(f"{args.username} can no longer sign in.")
    return 0


@friendly
def _recover(args: argparse.Namespace) -> int:
    ws = workspace_of(args)
    user = read_user(args)
    secret = read_secret(args, "Recovery key: ")
    ws.recover(secret, user, _new_password(args, user))
    print(f"New password set for {user}. Consider making a new recovery key.")
    return 0


@friendly
def _audit_verify(args: argparse.Namespace) -> int:
    with signed_in(args) as session:
        verdict = session.backups.verify_audit()
    if verdict.ok:
        print(f"The audit trail is whole: {verdict.rows_checked} entries checked.")
        return 0
    print(
        f"The audit trail has been changed: entry {verdict.first_bad_id} does not match "
        "the entries before it. Keep this workspace as it is and tell your data protection lead."
    )
    return 1
