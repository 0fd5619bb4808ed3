"""The `cabang` command: the program, and the same services headless for admin and scripted work.

Exit status 0 on success, 1 on a user error (the message goes to stderr in the UI language), never
a traceback for bad input. Each area adds its subcommands in its own module of this package.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import logging
import subprocess
import sys
from collections.abc import Callable, Sequence

from desktop.errors import Cancelled, UserError

# Modules with `register(subparsers)`; an area that is not built yet is simply absent.
COMMAND_MODULES = (
    "desktop.cli.core",
    "desktop.cli.letters",
    "desktop.cli.plkk",
    "desktop.cli.compliance",
    "desktop.cli.benefits",
    "desktop.cli.coverage",
    "desktop.cli.security",
    "desktop.cli.sync",
)


def translate(context: str, text: str) -> str:
    """A message in the chosen language. A QTranslator works on its own: no application object is
    created, so a command run inside another Qt program (or a test session) does not disturb it."""
    translator = _translator()
    if translator is None:
        return text
    return translator.translate(context, text) or text


@functools.cache
def _translator():
    from PySide6.QtCore import QSettings, QTranslator

    from desktop.config import APP_AUTHOR, APP_NAME
    from desktop.ui import i18n

    lang = QSettings(APP_AUTHOR, APP_NAME).value("ui/language", i18n.DEFAULT_LANGUAGE)
    if lang == "en":
        return None
    try:
        qm = i18n.compile_translations(lang)
    except (OSError, subprocess.SubprocessError):
        return None  # no .qm and no lrelease: the messages stay in English
    translator = QTranslator()
    return translator if translator.load(str(qm)) else None


def emit(args: argparse.Namespace, data: dict, text: str) -> None:
    """Print `text` for people, or `data` as JSON with --json."""
    if getattr(args, "json", False):
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
    else:
        print(text)


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cabang",
        description="Cabang — the desk of a BPJS Ketenagakerjaan branch office. Without a command, opens the program.",
    )
    parser.add_argument("--db", help="database file or URL (default: the configured one)")
    parser.add_argument("--user", help="act as this user (default: the administrator on first start)")
    parser.set_defaults(func=_open)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _top_parser()
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(sub)
    return parser


def _open(args: argparse.Namespace) -> int:
    # The data layer before Qt: once PySide6 is imported it reads the source of every module imported
    # after it (for its __feature__ switches), a quarter of a second for SQLAlchemy and the models.
    import desktop.services.auth  # noqa: F401
    from desktop.ui.app import run

    return run(args.db, username=args.user)


def _window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when `argv` only opens the program (no command, no --help), else None. Opening
    the window then skips importing every command module and the services they pull in (start-up)."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    args, rest = _top_parser().parse_known_args(argv)
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _window_args(argv) or build_parser().parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return int(func(args) or 0)
    except UserError as exc:
        print(exc.render(translate), file=sys.stderr)
        return 1
    except Cancelled:
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
