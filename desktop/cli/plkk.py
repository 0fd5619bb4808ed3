"""`cabang plkk ...`: the PLKK partner list, headless: list (and what is expiring), import, export."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import emit, translate
from desktop.cli.common import add_common, open_services
from desktop.errors import QT_TRANSLATE_NOOP, UserError


def register(sub: argparse._SubParsersAction) -> None:
    plkk = sub.add_parser("plkk", help="PLKK partners: list, import and export the partner list")
    psub = plkk.add_subparsers(title="actions", metavar="ACTION", required=True)
    ls = psub.add_parser("list", help="the partners with their agreement state")
    add_common(ls)
    ls.add_argument("--expiring", type=int, metavar="DAYS",
                    help="only partners whose agreement in force ends within DAYS days")
    ls.set_defaults(func=cmd_list)
    imp = psub.add_parser("import", help="import partners from an Excel file (a report per row)")
    add_common(imp)
    imp.add_argument("file", type=Path, help="the .xlsx file")
    imp.add_argument("--dry-run", action="store_true", help="only report what would change; save nothing")
    imp.set_defaults(func=cmd_import)
    exp = psub.add_parser("export", help="write every partner to an Excel file")
    add_common(exp)
    exp.add_argument("file", type=Path, help="the .xlsx file to write")
    exp.set_defaults(func=cmd_export)


def cmd_list(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        if args.expiring is not None:
            if args.expiring < 0:
                raise UserError(QT_TRANSLATE_NOOP("UserError", "--expiring needs a number of days of 0 or more."))
            items = services.plkk.expiring_agreements(args.expiring)
            data = [{"partner_id": str(e.partner_id), "kode_faskes": e.kode_faskes, "name": e.partner_name,
                     "regency": e.regency, "agreement": e.number, "ends": e.end_on.isoformat(),
                     "days_left": e.days_left, "band": e.band.value} for e in items]
            lines = [f"{e.kode_faskes:<10} {e.partner_name[:44]:<44} {e.regency:<13} {e.number:<26} "
                     f"{e.end_on.isoformat()} {e.days_left:>4}" for e in items]
            head = translate("PlkkCli", "%1 agreement(s) end within %2 days.").replace(
                "%1", str(len(items))).replace("%2", str(args.expiring))
            emit(args, {"expiring": data}, "\n".join([head, *lines]))
            return 0
        from desktop.services.paging import PageRequest

        rows = services.plkk.list_partners(PageRequest(limit=100_000, sort_key="name")).rows
        data = [{"id": str(r.id), "kode_faskes": r.kode_faskes, "name": r.name, "type": r.facility_type,
                 "regency": r.regency, "district": r.district, "status": r.status, "agreement": r.state.value,
                 "agreement_end": r.agreement_end.isoformat() if r.agreement_end else None,
                 "days_left": r.days_left, "band": r.band.value,
                 "last_monev": r.last_monev.isoformat() if r.last_monev else None} for r in rows]
        lines = [f"{r.kode_faskes:<10} {r.name[:44]:<44} {r.regency:<13} {r.state.value:<9} "
                 f"{r.agreement_end.isoformat() if r.agreement_end else '-':<10} {r.band.value}" for r in rows]
        head = translate("PlkkCli", "%1 partner(s).").replace("%1", str(len(rows)))
        emit(args, {"partners": data}, "\n".join([head, *lines]))
        return 0
    finally:
        services.close()


def cmd_import(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        report, _changes = services.plkk.import_partners(args.file, dry_run=args.dry_run)
    finally:
        services.close()
    problems = [p.message().render(translate) for p in report.problems]
    rows = [{"row": r.row, "kode_faskes": r.kode_faskes, "name": r.name, "outcome": r.outcome,
             "reason": r.reason.render(translate) if r.reason else "", "changed": list(r.changed)}
            for r in report.rows]
    if report.problems:
        head = translate("PlkkCli", "The file cannot be imported; nothing was saved.")
    elif report.applied:
        head = translate("PlkkCli", "Imported: %1 new, %2 updated, %3 duplicate, %4 rejected.")
    else:
        head = translate("PlkkCli", "Dry run, nothing saved: %1 new, %2 updated, %3 duplicate, %4 rejected.")
    counts = report.counts
    head = (head.replace("%1", str(counts["new"])).replace("%2", str(counts["updated"]))
            .replace("%3", str(counts["duplicate"])).replace("%4", str(counts["rejected"])))
    lines = [head, *problems]
    lines += [f"  {r['row']:>4} {r['kode_faskes']:<10} {r['outcome']:<9} {r['reason'] or ', '.join(r['changed'])}"
              for r in rows if r["outcome"] != "new"]
    emit(args, {"ok": report.ok, "applied": report.applied, "dry_run": args.dry_run, "counts": counts,
                "column_problems": problems, "rows": rows}, "\n".join(lines))
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        count = services.plkk.export_partners(args.file)
    finally:
        services.close()
    emit(args, {"file": str(args.file), "partners": count},
         translate("PlkkCli", "%1 partners written to %2.").replace("%1", str(count)).replace("%2", str(args.file)))
    return 0
