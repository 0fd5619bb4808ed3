"""`cabang compliance ...`: import employer lists, the follow-up queue, bulk escalation."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli import emit, translate
from desktop.cli.common import add_common, open_services
from desktop.errors import QT_TRANSLATE_NOOP, UserError


def register(sub: argparse._SubParsersAction) -> None:
    comp = sub.add_parser("compliance", help="employer compliance: import, queue, bulk warnings")
    csub = comp.add_subparsers(title="actions", metavar="ACTION", required=True)

    imp = csub.add_parser("import", help="import employers from an Excel or CSV export")
    add_common(imp)
    imp.add_argument("file", type=Path, help="the .xlsx, .xls or .csv file")
    imp.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    imp.add_argument("--mapping", help='JSON {"field": "column"} (default: guessed from the column names)')
    imp.add_argument("--report", type=Path, help="write the row-level report to this .xlsx file")
    imp.set_defaults(func=cmd_import)

    queue = csub.add_parser("queue", help="the follow-up queue (one officer's, or everyone's)")
    add_common(queue)
    queue.add_argument("--officer", help="user name of the officer (default: everyone)")
    queue.add_argument("--all", action="store_true", help="include cases not yet due")
    queue.set_defaults(func=cmd_queue)

    esc = csub.add_parser("escalate", help="move every case whose warning has expired one step (bulk letters)")
    add_common(esc)
    esc.add_argument("--to", default="teguran_2", choices=("teguran_2", "referred"), help="the step to take")
    esc.add_argument("--expired", action="store_true", required=True,
                     help="take every case whose previous warning has run its working days")
    esc.add_argument("--officer", help="only this officer's cases")
    esc.add_argument("--out", type=Path, help="also write all the letters into this one PDF")
    esc.set_defaults(func=cmd_escalate)


def _mapping(text: str | None) -> dict | None:
    if not text:
        return None
    source = Path(text)
    try:
        data = json.loads(source.read_text(encoding="utf-8") if source.suffix == ".json" and source.exists() else text)
    except ValueError as exc:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The mapping is not valid JSON: {detail}"), detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The mapping must be a JSON object of field to column."))
    return {str(k): (str(v) if v else None) for k, v in data.items()}


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.io.compliance_import import FIELDS

    mapping = _mapping(args.mapping)
    services = open_services(args)
    try:
        comp = services.compliance
        if mapping is not None:
            mapping = {f: mapping.get(f) for f in FIELDS}
        if args.dry_run:
            report = comp.import_dry_run(args.file, mapping)
        else:
            report, _ = comp.import_employers(args.file, mapping)
        if args.report:
            comp.export_import_report(report, args.report, translate)
    finally:
        services.close()
    rows = [{"line": r.line, "npp": r.npp, "name": r.name, "result": r.result,
             "reason": r.reason.render(translate) if r.reason else "", "changed": list(r.changed)}
            for r in report.rows if r.result not in ("new", "unchanged")]
    head = (translate("Cli", "Dry run (nothing changed)") if args.dry_run else translate("Cli", "Imported")) + \
        f" {args.file.name}: " + ", ".join(f"{k} {v}" for k, v in report.counts.items())
    lines = [head] + [f"  {r['line']:>6}  {r['result']:<9} {r['npp'] or '-':<12} {r['name'][:40]:<40} "
                      f"{r['reason'] or ', '.join(r['changed'])}" for r in rows]
    emit(args, {"file": str(args.file), "dry_run": args.dry_run, "counts": report.counts, "rows": rows}, "\n".join(lines))
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    from desktop.domain.compliance import QUEUE_LABELS, STATE_TERMS, CaseState

    services = open_services(args)
    try:
        view = services.compliance.queue(args.officer, include_upcoming=args.all)
    finally:
        services.close()
    items = [{"case": r.case_no, "employer": r.employer_name, "npp": r.npp, "state": r.state, "officer": r.officer,
              "queue": r.queue.value if r.queue else None, "due_date": r.due_date.isoformat() if r.due_date else None,
              "escalate_from": r.escalate_from.isoformat() if r.escalate_from else None} for r in view.items]
    counts = {k.value: v for k, v in view.counts.items()}
    lines = [", ".join(f"{translate('Compliance', QUEUE_LABELS[k])}: {v}" for k, v in view.counts.items())]
    for r in view.items:
        lines.append(f"  {translate('Compliance', QUEUE_LABELS[r.queue]):<20} {r.case_no}  {r.employer_name[:38]:<38} "
                     f"{STATE_TERMS[CaseState(r.state)]:<22} {r.due_date.isoformat() if r.due_date else '-':<10} {r.officer}")
    emit(args, {"officer": args.officer, "today": view.today.isoformat(), "counts": counts, "items": items},
         "\n".join(lines))
    return 0


def cmd_escalate(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        comp = services.compliance
        candidates = comp.escalation_candidates(args.to, officer=args.officer)
        if not candidates:
            emit(args, {"moved": 0, "letters": []}, translate("Cli", "No case is ready for this step."))
            return 0
        result, _ = comp.bulk_move([(c.id, c.version) for c in candidates], args.to, one_pdf=args.out)
    finally:
        services.close()
    letters = [{"number": letter.number, "recipient": letter.recipient, "pdf": str(letter.pdf_path)}
               for letter in result.letters]
    text = translate("Cli", "%1 cases moved, %2 letters issued.").replace("%1", str(result.moved)) \
        .replace("%2", str(len(letters)))
    if args.out:
        text += "\n" + translate("Cli", "All letters in %1").replace("%1", str(args.out))
    emit(args, {"moved": result.moved, "letters": letters, "pdf": str(args.out) if args.out else None}, text)
    return 0
