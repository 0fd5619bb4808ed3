"""`cabang coverage ...` (report, import, template) and `cabang dashboard export`.

    cabang coverage report --out cakupan.pdf          # or .xlsx
    cabang coverage import figures.xlsx --kind figures [--dry-run] [--json]
    cabang coverage import pekerja.xlsx --kind workers [--programme "APBD Banyumas 2026 — pekerja rentan"]
    cabang coverage template --kind perisai --out perisai.xlsx
    cabang dashboard export --out dasbor-november.pdf

An import saves nothing unless every row is right; its exit status is 1 when the file has problems.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import emit, translate
from desktop.cli.common import add_common, open_services
from desktop.errors import QT_TRANSLATE_NOOP, UserError

KINDS = ("figures", "workers", "perisai")


def register(sub: argparse._SubParsersAction) -> None:
    cov = sub.add_parser("coverage", help="coverage of informal and vulnerable workers: report, import")
    csub = cov.add_subparsers(title="actions", metavar="ACTION", required=True)

    report = csub.add_parser("report", help="the coverage report per kabupaten as PDF or Excel")
    add_common(report)
    report.add_argument("--out", type=Path, required=True, help="the .pdf or .xlsx file to write")
    report.set_defaults(func=cmd_report)

    imp = csub.add_parser("import", help="import coverage figures, sponsored workers or Perisai figures")
    add_common(imp)
    imp.add_argument("file", type=Path, help="the .xlsx (or .csv) file")
    imp.add_argument("--kind", choices=KINDS, required=True, help="what the file holds")
    imp.add_argument("--dry-run", action="store_true", help="check every row and report; save nothing")
    imp.add_argument("--programme", help="workers: the programme (title) that enrols every row of the file")
    imp.set_defaults(func=cmd_import)

    tpl = csub.add_parser("template", help="write an empty import sheet with the expected columns")
    add_common(tpl, json_output=False)
    tpl.add_argument("--kind", choices=KINDS, required=True)
    tpl.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    tpl.set_defaults(func=cmd_template)

    dash = sub.add_parser("dashboard", help="the Dasbor: the branch at a glance")
    dsub = dash.add_subparsers(title="actions", metavar="ACTION", required=True)
    export = dsub.add_parser("export", help="the Dasbor on one PDF page (monthly report to the regional office)")
    add_common(export)
    export.add_argument("--out", type=Path, required=True, help="the .pdf file to write")
    export.set_defaults(func=cmd_dashboard_export)


def cmd_report(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        path = services.coverage.export_report(args.out)
        data = services.coverage.report_data()
    finally:
        services.close()
    emit(args, {"file": str(path), "headline": data.headline, "working_population": data.total.working_population,
                "covered": data.total.covered, "coverage_bp": data.total.coverage_bp},
         translate("Cli", "Report written: %1").replace("%1", str(path)) + "\n" + data.headline)
    return 0


def _programme_id(services, title: str | None):
    if not title:
        return None
    for s in services.coverage.all_sponsorships():
        if s.title.lower() == title.strip().lower():
            return s.id
    raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no programme called \u201c{title}\u201d."), title=title)


def cmd_import(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        report, _ = services.coverage.import_file(args.kind, args.file, dry_run=args.dry_run,
                                                  sponsorship_id=_programme_id(services, args.programme))
    finally:
        services.close()
    problems = [{"row": p.row, "column": p.column, "message": p.text(translate)} for p in report.problems]
    if report.problems:
        head = translate("Cli", "%1: %2 problem(s); nothing was saved.").replace("%1", args.file.name) \
            .replace("%2", str(len(problems)))
    elif report.dry_run:
        head = translate("Cli", "Dry run of %1: %2 rows are right (%3 new, %4 replace earlier figures); nothing "
                                "was saved.").replace("%1", args.file.name).replace("%2", str(report.data_rows)) \
            .replace("%3", str(report.created)).replace("%4", str(report.updated))
    else:
        head = translate("Cli", "Imported %1: %2 new, %3 replaced.").replace("%1", args.file.name) \
            .replace("%2", str(report.created)).replace("%3", str(report.updated))
    lines = [head] + [f"  {translate('Cli', 'row')} {p['row']:>5}  {p['column'] or '-':<20} {p['message']}"
                      for p in problems]
    emit(args, {"file": str(args.file), "kind": args.kind, "dry_run": report.dry_run, "saved": report.saved,
                "rows": report.data_rows, "created": report.created, "updated": report.updated,
                "agents_created": list(report.notes) if args.kind == "perisai" else [], "problems": problems},
         "\n".join(lines))
    return 0 if report.ok else 1


def cmd_template(args: argparse.Namespace) -> int:
    from desktop.io.coverage_import import write_template

    path = write_template(args.kind, args.out)
    print(translate("Cli", "Template written: %1").replace("%1", str(path)))
    return 0


def cmd_dashboard_export(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        data = services.dashboard.compute()
        path = services.dashboard.export_pdf(args.out, data)
    finally:
        services.close()
    emit(args, {"file": str(path), "month": data.month.iso(), "coverage_bp": data.coverage.branch_bp,
                "commitments_overdue": data.commitments_overdue.count},
         translate("Cli", "Dasbor written: %1").replace("%1", str(path)))
    return 0
