"""`cabang sync ...`: field laptops and the office database, headless.

    cabang sync checkout --hub URL --db LAPTOP.sqlite --by kabupaten=Banyumas|officer=hendra|all
    cabang sync run [--hub URL] --db LAPTOP.sqlite
    cabang sync export-bundle --db LAPTOP.sqlite --out FILE
    cabang sync import-bundle FILE --db HUB --reply-out REPLY
    cabang sync apply-reply REPLY --db LAPTOP.sqlite
    cabang sync register-laptop --device ID [--by SCOPE] [--new-key] --db HUB   (prints the key)
    cabang sync set-key KEY --db LAPTOP.sqlite
    cabang sync reserve --device ID --series SERIES --year YEAR --size N --db HUB
    cabang sync close-year --year YEAR --db HUB   (unused reserved numbers registered as cancelled)
    cabang sync status | conflicts [--all] | resolve ID --choose hub|laptop|custom [--value V]
"""

from __future__ import annotations

import argparse
import uuid
from pathlib import Path

from desktop.cli import emit
from desktop.cli.common import add_common, open_services


def register(sub: argparse._SubParsersAction) -> None:
    sync = sub.add_parser("sync", help="field laptops: check out, sync, bundles, conflicts")
    ssub = sync.add_subparsers(title="actions", metavar="ACTION", required=True)

    p = ssub.add_parser("checkout", help="copy a working set from the office database into a new laptop database")
    add_common(p)
    p.add_argument("--hub", required=True, help="the office database (URL or file)")
    p.add_argument("--by", default="all", help="kabupaten=NAME, officer=USERNAME or all")
    p.add_argument("--device", help="this laptop's device id (default: this computer's)")
    p.add_argument("--name", default="", help="a name for the laptop in the office's list")
    p.set_defaults(func=cmd_checkout)

    p = ssub.add_parser("run", help="sync directly with the office database")
    add_common(p)
    p.add_argument("--hub", help="the office database (default: the one the laptop was checked out from)")
    p.set_defaults(func=cmd_run)

    p = ssub.add_parser("export-bundle", help="write the laptop's changes to a signed bundle file")
    add_common(p)
    p.add_argument("--out", type=Path, required=True, help="the bundle file to write")
    p.set_defaults(func=cmd_export)

    p = ssub.add_parser("import-bundle", help="office: merge a laptop's bundle and write the reply")
    add_common(p)
    p.add_argument("bundle", type=Path, help="the laptop's bundle file")
    p.add_argument("--reply-out", type=Path, required=True, help="the reply bundle to write")
    p.set_defaults(func=cmd_import)

    p = ssub.add_parser("apply-reply", help="laptop: apply the office's reply bundle")
    add_common(p)
    p.add_argument("reply", type=Path, help="the reply bundle file")
    p.set_defaults(func=cmd_apply)

    p = ssub.add_parser("register-laptop", help="office: register a laptop and print its key")
    add_common(p)
    p.add_argument("--device", required=True, help="the laptop's device id")
    p.add_argument("--by", default=None, help="its working set: kabupaten=NAME, officer=USERNAME or all")
    p.add_argument("--name", default="", help="a name for the laptop")
    p.add_argument("--new-key", action="store_true", help="give a registered laptop a new key")
    p.set_defaults(func=cmd_register)

    p = ssub.add_parser("set-key", help="laptop: store the key the office registered for it")
    add_common(p)
    p.add_argument("key", help="64 hexadecimal characters")
    p.set_defaults(func=cmd_set_key)

    p = ssub.add_parser("reserve", help="office: reserve a block of letter or receipt numbers for a laptop")
    add_common(p)
    p.add_argument("--device", required=True)
    p.add_argument("--series", required=True,
                   help='a letter series ("letter:<template key>"), "receipt" or "compliance_case"')
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--size", type=int, default=50)
    p.set_defaults(func=cmd_reserve)

    p = ssub.add_parser("close-year", help="office: register the numbers laptops did not use in a year as cancelled")
    add_common(p)
    p.add_argument("--year", type=int, required=True)
    p.set_defaults(func=cmd_close_year)

    p = ssub.add_parser("status", help="role, last sync, pending changes, open conflicts")
    add_common(p)
    p.set_defaults(func=cmd_status)

    p = ssub.add_parser("conflicts", help="office: the conflicts waiting for a supervisor")
    add_common(p)
    p.add_argument("--all", action="store_true", help="settled ones too")
    p.set_defaults(func=cmd_conflicts)

    p = ssub.add_parser("resolve", help="office: settle a conflict")
    add_common(p)
    p.add_argument("conflict", type=uuid.UUID)
    p.add_argument("--choose", choices=("hub", "laptop", "custom"), required=True)
    p.add_argument("--value", default=None, help="the value, with --choose custom")
    p.set_defaults(func=cmd_resolve)


def _hub_url(text: str | None) -> str | None:
    from desktop.config import sqlite_url

    if not text:
        return None
    return text if "://" in text else sqlite_url(text)


def cmd_checkout(args: argparse.Namespace) -> int:
    from desktop.config import Paths, database_url, device_id
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for

    paths = Paths.default().ensure()
    device = args.device or device_id(paths)
    db = open_database(database_url(paths, getattr(args, "db", None)), device=device, backup_dir=paths.backups)
    try:
        services = services_for(db, paths, username=getattr(args, "user", None) or "admin")
        result = services.sync.checkout(_hub_url(args.hub), args.by, device=device, name=args.name)
    finally:
        db.dispose()
    public = {k: v for k, v in result.items() if k != "key"}
    emit(args, public, f"Checked out {result['rows']} records ({result['scope']}) as laptop {result['device']}.")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        r = services.sync.sync_now(_hub_url(args.hub))
    finally:
        services.close()
    emit(args, {"sent": r.sent, "received": r.received, "conflicts": r.conflicts, "kept_local": r.kept_local,
                "hub_seq": r.hub_seq},
         f"Synced: {r.sent} sent, {r.received} received, {r.conflicts} new conflicts.")
    return 0


def _bundle_data(r) -> dict:
    return {"path": r.path, "id": r.bundle_id, "rows": r.rows, "encrypted": r.encrypted, "replayed": r.replayed,
            "conflicts": r.conflicts, "reply": r.reply_path, "reply_rows": r.reply_rows}


def cmd_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        r = services.sync.export_bundle(args.out)
    finally:
        services.close()
    emit(args, _bundle_data(r), f"Wrote {r.rows} changes to {r.path}" + (" (encrypted)." if r.encrypted else "."))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        r = services.sync.import_bundle(args.bundle, args.reply_out)
    finally:
        services.close()
    text = ("This bundle was imported before; nothing was applied again. " if r.replayed else
            f"Imported {r.rows} changes ({r.conflicts} new conflicts). ") + f"Reply: {r.reply_path} ({r.reply_rows} records)."
    emit(args, _bundle_data(r), text)
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        r = services.sync.apply_reply(args.reply)
    finally:
        services.close()
    emit(args, _bundle_data(r), "This reply was applied before; nothing changed." if r.replayed
         else f"Applied {r.rows} records from the office.")
    return 0


def cmd_register(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        key = services.sync.register_laptop(args.device, name=args.name, scope=args.by, new_key=args.new_key)
    finally:
        services.close()
    emit(args, {"device": args.device, "key": key}, key)
    return 0


def cmd_set_key(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        services.sync.set_key(args.key)
    finally:
        services.close()
    emit(args, {"ok": True}, "Key stored.")
    return 0


def cmd_reserve(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        b = services.sync.reserve_block(args.device, args.series, args.year, args.size)
    finally:
        services.close()
    emit(args, b.__dict__, f"Reserved {b.series} {b.year}: {b.first}–{b.last} for {b.device}.")
    return 0


def cmd_close_year(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        closed = services.sync.close_number_year(args.year)
    finally:
        services.close()
    lines = [f"{v.device}: {v.series} {v.year} {v.first}–{v.last} cancelled" for v in closed.voided]
    lines += [f"{d}: not synced since {args.year} ended; done at its next sync" for d in closed.waiting]
    emit(args, {"voided": [v.__dict__ for v in closed.voided], "waiting": list(closed.waiting)},
         "\n".join(lines) or "Nothing to cancel.")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        s = services.sync.status()
    finally:
        services.close()
    data = {"role": s.role, "device": s.device, "last_sync_at": s.last_sync_at, "pending": s.pending,
            "open_conflicts": s.open_conflicts, "devices": s.devices, "scope": s.scope, "hub": s.hub_url}
    emit(args, data, "\n".join(f"{k}: {'' if v is None else v}" for k, v in data.items()))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from desktop.services.sync_conflicts import show

    services = open_services(args)
    try:
        rows = services.sync.list_conflicts(include_resolved=args.all)
    finally:
        services.close()
    data = [{"id": str(c.id), "table": c.table, "record": c.record, "field": c.field, "kind": c.kind,
             "office": c.hub_value, "laptop": c.laptop_value, "device": c.device, "user": c.laptop_user,
             "resolution": c.resolution} for c in rows]
    lines = [f"{c.id}  {c.table}/{c.record}  {c.field}: office={show(c.hub_value)!r} laptop={show(c.laptop_value)!r}"
             + (f"  [{c.resolution}]" if c.resolution else "") for c in rows]
    emit(args, {"conflicts": data}, "\n".join(lines) or "No conflicts.")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        services.sync.resolve(args.conflict, args.choose, args.value)
    finally:
        services.close()
    emit(args, {"ok": True}, "Settled.")
    return 0
