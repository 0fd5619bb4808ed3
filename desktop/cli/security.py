"""Accounts from the command line: `cabang user add|passwd|unlock|list`.

Passwords are never command-line arguments (they would stay in the shell history and the process
list): they are typed at the terminal, or read from standard input with --password-stdin.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from desktop.cli import emit, translate
from desktop.cli.common import add_common, open_services
from desktop.errors import QT_TRANSLATE_NOOP, UserError


def register(sub: argparse._SubParsersAction) -> None:
    user = sub.add_parser("user", help="user accounts: add, set a password, unlock, list")
    usub = user.add_subparsers(title="actions", metavar="ACTION", required=True)
    add = usub.add_parser("add", help="create an account (with its first password)")
    add_common(add)
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name")
    add.add_argument("--role", required=True, choices=("clerk", "field_officer", "supervisor", "head", "admin"))
    add.add_argument("--regency", default="", help="kabupaten (field officers)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    add.set_defaults(func=cmd_user_add)
    passwd = usub.add_parser("passwd", help="set a new password for an account (lifts a lock)")
    add_common(passwd)
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    passwd.set_defaults(func=cmd_user_passwd)
    unlock = usub.add_parser("unlock", help="lift the lock after wrong passwords")
    add_common(unlock)
    unlock.add_argument("username")
    unlock.set_defaults(func=cmd_user_unlock)
    listing = usub.add_parser("list", help="the accounts, their roles and state")
    add_common(listing)
    listing.set_defaults(func=cmd_user_list)


def read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "No password was given on standard input."))
        return password
    if not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Type the password at a terminal, or give it on standard "
                                                       "input with --password-stdin."))
    first = getpass.getpass(translate("SecurityCli", "New password: "))
    if getpass.getpass(translate("SecurityCli", "New password again: ")) != first:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The two passwords differ; nothing was changed."))
    return first


def cmd_user_add(args: argparse.Namespace) -> int:
    password = read_password(args)
    services = open_services(args)
    try:
        view, _ = services.users.create(args.username, args.name, args.role, regency=args.regency, password=password)
    finally:
        services.close()
    emit(args, {"username": view.username, "role": view.role},
         translate("SecurityCli", "Account %1 created.").replace("%1", view.username))
    return 0


def cmd_user_passwd(args: argparse.Namespace) -> int:
    password = read_password(args)
    services = open_services(args)
    try:
        services.auth.reset_password(args.username, password)
    finally:
        services.close()
    emit(args, {"username": args.username, "password_set": True},
         translate("SecurityCli", "New password set for %1.").replace("%1", args.username))
    return 0


def cmd_user_unlock(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        services.auth.unlock(args.username)
    finally:
        services.close()
    emit(args, {"username": args.username, "unlocked": True},
         translate("SecurityCli", "%1 can sign in again.").replace("%1", args.username))
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        users = services.users.list()
    finally:
        services.close()
    rows = [{"username": u.username, "full_name": u.full_name, "role": u.role, "active": u.active,
             "has_password": u.has_password, "locked": u.locked()} for u in users]
    lines = [f"{r['username']:<16} {r['role']:<14} {'' if r['active'] else 'off '}"
             f"{'' if r['has_password'] else translate('SecurityCli', 'no password ')}"
             f"{translate('SecurityCli', 'locked') if r['locked'] else ''}  {r['full_name']}" for r in rows]
    emit(args, {"users": rows}, "\n".join(lines))
    return 0
