"""What the subcommands share: opening the services for --db/--user."""

from __future__ import annotations

import argparse
from datetime import date

from desktop.config import Paths
from desktop.services.app import Services, StartOptions, start


def open_services(args: argparse.Namespace, *, must_exist: bool = True, migrate: bool = True,
                  today: date | None = None) -> Services:
    return start(Paths.default(), StartOptions(database=args.db, username=args.user,
                                               must_exist=must_exist, migrate=migrate, today=today))


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


def add_common(parser: argparse.ArgumentParser, *, json_output: bool = True) -> None:
    """--db/--user after the subcommand too (`cabang demo --db x.sqlite`), and --json."""
    parser.add_argument("--db", default=argparse.SUPPRESS, help="database file or URL")
    parser.add_argument("--user", default=argparse.SUPPRESS, help="act as this user")
    if json_output:
        add_json(parser)
