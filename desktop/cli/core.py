"""Core commands: demo, db upgrade|check|backup|restore|encrypt|decrypt, audit verify, snapshot."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from desktop.cli import emit, translate
from desktop.cli.common import add_common, open_services
from desktop.config import Paths, database_url
from desktop.errors import QT_TRANSLATE_NOOP, UserError


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="create a demo Purwokerto branch office (fictional, realistic data)")
    add_common(demo)
    demo.add_argument("--seed", type=int, default=2024, help="random seed (the same seed gives the same data)")
    demo.add_argument("--today", type=date.fromisoformat, default=None, help="the demo's 'today' (YYYY-MM-DD)")
    demo.add_argument("--force", action="store_true", help="replace an existing database file")
    demo.add_argument("--open", action="store_true", help="open the program on it afterwards")
    demo.set_defaults(func=cmd_demo)

    db = sub.add_parser("db", help="database upkeep")
    dbsub = db.add_subparsers(title="actions", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="apply the migrations (after a backup)")
    add_common(up)
    up.set_defaults(func=cmd_db_upgrade)
    check = dbsub.add_parser("check", help="schema version, integrity and the audit chain")
    add_common(check)
    check.set_defaults(func=cmd_db_check)
    backup = dbsub.add_parser("backup", help="copy the database to the backups folder (or --out)")
    add_common(backup)
    backup.add_argument("--out", type=Path, help="folder for the copy")
    backup.set_defaults(func=cmd_db_backup)
    restore = dbsub.add_parser("restore", help="replace the database with a backup (the current state is kept)")
    add_common(restore)
    restore.add_argument("backup", type=Path, help="the backup file")
    restore.set_defaults(func=cmd_db_restore)

    encrypt = dbsub.add_parser("encrypt", help="encrypt an SQLite database (and its backups) with a passphrase")
    add_common(encrypt)
    encrypt.set_defaults(func=cmd_db_encrypt)
    decrypt = dbsub.add_parser("decrypt", help="turn an encrypted database back into a plain SQLite file")
    add_common(decrypt)
    decrypt.set_defaults(func=cmd_db_decrypt)

    audit = sub.add_parser("audit", help="the audit trail")
    asub = audit.add_subparsers(title="actions", metavar="ACTION", required=True)
    verify = asub.add_parser("verify", help="check that no audit event was changed or removed")
    add_common(verify)
    verify.set_defaults(func=cmd_audit_verify)

    snap = sub.add_parser("snapshot", help="render every main page to PNG files (offscreen)")
    add_common(snap, json_output=False)
    snap.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    snap.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    snap.add_argument("--lang", choices=("id", "en"), default=None)
    snap.set_defaults(func=cmd_snapshot)


def _sqlite_target(args: argparse.Namespace) -> Path | None:
    url = database_url(Paths.default(), getattr(args, "db", None))
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo import build_demo

    paths = Paths.default().ensure()
    target = _sqlite_target(args)
    if target is not None and target.exists():
        if not args.force:
            if args.open:  # the README's first command works on the second run too
                return _open_after(args)
            raise UserError(QT_TRANSLATE_NOOP(
                "UserError", "{path} already exists. Use --force to replace it with a new demo."), path=str(target))
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
    services = open_services(args, must_exist=False, today=args.today)
    try:
        counts = build_demo(services, seed=args.seed, progress=lambda text: print(text, file=sys.stderr))
    finally:
        services.close()
    from desktop.services.demo.security import DEMO_PASSWORD

    emit(args, {"database": services.database_description(), "counts": counts, "demo_password": DEMO_PASSWORD},
         translate("Cli", "Demo office created in %1").replace("%1", services.database_description()) + "\n"
         + "\n".join(f"  {k}: {v}" for k, v in counts.items()) + "\n"
         + translate("Cli", "Sign in as admin (or antony, diyah, rina, hendra…) with the password %1")
         .replace("%1", DEMO_PASSWORD))
    del paths
    return _open_after(args) if args.open else 0


def _open_after(args: argparse.Namespace) -> int:
    from desktop.services.demo.security import DEMO_PASSWORD
    from desktop.ui.app import run

    hint = translate("Cli", "Demo office: every account's password is %1").replace("%1", DEMO_PASSWORD)
    return run(getattr(args, "db", None), username=getattr(args, "user", None) or "admin", sign_in_hint=hint)


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from desktop.models.migrate import head_revision

    services = open_services(args, must_exist=True, migrate=True)
    services.close()
    emit(args, {"schema": head_revision()}, translate("Cli", "The database is at schema %1.").replace("%1", head_revision()))
    return 0


def cmd_db_check(args: argparse.Namespace) -> int:
    services = open_services(args, must_exist=True, migrate=False)
    try:
        report = services.backup.check()
    finally:
        services.close()
    lines = [f"{translate('Cli', 'Database')}: {report.database}",
             f"{translate('Cli', 'Schema')}: {report.schema} ({translate('Cli', 'up to date') if report.up_to_date else translate('Cli', 'needs an upgrade')})",
             f"{translate('Cli', 'Integrity')}: {'ok' if not report.problems else '; '.join(report.problems)}",
             f"{translate('Cli', 'Audit events')}: {report.audit_events}, "
             + ("ok" if not report.audit_problems else "; ".join(report.audit_problems))]
    emit(args, {"ok": report.ok, "database": report.database, "schema": report.schema,
                "up_to_date": report.up_to_date, "problems": list(report.problems),
                "audit_events": report.audit_events, "audit_problems": list(report.audit_problems)},
         "\n".join(lines))
    return 0 if report.ok else 1


def cmd_db_backup(args: argparse.Namespace) -> int:
    services = open_services(args, must_exist=True, migrate=False)
    try:
        path = services.backup.backup(args.out)
    finally:
        services.close()
    emit(args, {"backup": str(path)}, translate("Cli", "Backup saved: %1").replace("%1", str(path)))
    return 0


def cmd_db_restore(args: argparse.Namespace) -> int:
    from desktop.services.backup import restore

    target = _sqlite_target(args)
    if target is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Restore works on SQLite files; for PostgreSQL use pg_restore."))
    safety = restore(args.backup, target, Paths.default().ensure().backups)
    emit(args, {"restored": str(target), "previous_state": str(safety) if safety else None},
         translate("Cli", "Restored %1.").replace("%1", str(target))
         + (" " + translate("Cli", "The previous state was kept in %1.").replace("%1", str(safety)) if safety else ""))
    return 0


def _passphrase(*, twice: bool) -> str:
    """CABANG_DB_PASSPHRASE, or typed at the terminal (twice for a new one)."""
    import getpass

    from desktop.models.crypto import ENV_PASSPHRASE

    if os.environ.get(ENV_PASSPHRASE):
        return os.environ[ENV_PASSPHRASE]
    if not sys.stdin.isatty():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Give the passphrase in the CABANG_DB_PASSPHRASE environment "
                                                       "variable (no terminal to ask on)."))
    first = getpass.getpass(translate("Cli", "Passphrase: "))
    if twice and getpass.getpass(translate("Cli", "Passphrase again: ")) != first:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The two passphrases differ; nothing was changed."))
    return first


def _file_only(args: argparse.Namespace) -> Path:
    target = _sqlite_target(args)
    if target is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Encryption at rest is for SQLite files (laptops); a "
                                                       "PostgreSQL server encrypts its disk itself."))
    return target


def cmd_db_encrypt(args: argparse.Namespace) -> int:
    from desktop.services.security_encryption import encrypt_database

    target = _file_only(args)
    result = encrypt_database(target, _passphrase(twice=True), Paths.default().backups)
    emit(args, {"encrypted": str(result.database), "tables": result.tables, "rows": result.rows,
                "backups_encrypted": [str(p) for p in result.backups]},
         translate("Cli", "Encrypted %1: %2 rows.").replace("%1", str(result.database)).replace("%2", str(result.rows))
         + " " + translate("Cli", "%1 backups encrypted too.").replace("%1", str(len(result.backups))))
    return 0


def cmd_db_decrypt(args: argparse.Namespace) -> int:
    from desktop.services.security_encryption import decrypt_database

    target = _file_only(args)
    result = decrypt_database(target, _passphrase(twice=False))
    emit(args, {"decrypted": str(result.database), "tables": result.tables, "rows": result.rows},
         translate("Cli", "Decrypted %1: %2 rows. Its backups stay encrypted with the same passphrase.")
         .replace("%1", str(result.database)).replace("%2", str(result.rows)))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    services = open_services(args, must_exist=True, migrate=False)
    try:
        report = services.backup.check()
    finally:
        services.close()
    emit(args, {"ok": not report.audit_problems, "events": report.audit_events,
                "problems": list(report.audit_problems)},
         translate("Cli", "%1 audit events checked.").replace("%1", str(report.audit_events)) + " "
         + (translate("Cli", "The chain is intact.") if not report.audit_problems
            else translate("Cli", "Tampering detected:") + " " + "; ".join(report.audit_problems)))
    return 0 if not report.audit_problems else 1


def cmd_snapshot(args: argparse.Namespace) -> int:
    if "DISPLAY" not in os.environ or os.environ.get("QT_QPA_PLATFORM") is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.snapshot import snapshot_pages

    width, height = (int(v) for v in args.size.lower().split("x"))
    services = open_services(args, must_exist=True)
    try:
        files = snapshot_pages(services, args.out, (width, height), lang=args.lang)
    finally:
        services.close()
    for f in files:
        print(f)
    return 0
