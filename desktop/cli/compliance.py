"""`cabang compliance ...`: import employer lists, the follow-up queue, bulk escalation, SKK
hand-overs to the Kejaksaan Negeri."""

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

    skk = csub.add_parser("skk", help="SKK batches to the Kejaksaan Negeri: list them, or hand cases over",
                          description="Without --hand-over, lists the SKK batches. With --hand-over, hands the "
                          "given cases (case numbers such as KP-2026-0012; none: every case ready) to the "
                          "Kejaksaan Negeri: one numbered covering letter with its attached list per Kejaksaan.")
    add_common(skk)
    skk.add_argument("--hand-over", nargs="*", metavar="CASE", help="case numbers to hand over (none: every ready case)")
    skk.add_argument("--kejari", help="send all to this Kejaksaan Negeri (default: the one serving each employer)")
    skk.add_argument("--date", type=_day, help="the day of the hand-over, YYYY-MM-DD (default: today)")
    skk.set_defaults(func=cmd_skk)


def _day(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from exc


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


def cmd_skk(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        comp = services.compliance
        if args.hand_over is None:
            batches = comp.skk_batches(args.kejari)
        else:
            ready = {r.case_no: r for r in comp.skk_candidates()}
            wanted = args.hand_over or list(ready)
            missing = [n for n in wanted if n not in ready]
            if missing:
                raise UserError(QT_TRANSLATE_NOOP(
                    "UserError", "Not ready for the Kejaksaan Negeri (unknown, not past Teguran Tertulis II, or "
                    "already handed over): {cases}"), cases=", ".join(missing))
            if not wanted:
                emit(args, {"batches": []}, translate("Cli", "No case is ready for the Kejaksaan Negeri."))
                return 0
            batches, _ = comp.create_skk_batches([(ready[n].id, ready[n].version) for n in wanted],
                                                 kejari=args.kejari, handed_over=args.date)
    finally:
        services.close()
    data = [{"kejari": b.kejari, "letter": b.number, "handed_over": b.handed_over, "cases": b.cases,
             "settled": b.settled, "recovered_sen": b.recovered.sen, "pdf": str(b.pdf_path) if b.pdf_path else None}
            for b in batches]
    lines = [f"{b.handed_over:%d/%m/%Y}  {b.kejari:<13} {b.number:<24} {b.cases:>3}  {b.recovered.format_table()}"
             + (f"  {b.pdf_path}" if args.hand_over is not None and b.pdf_path else "") for b in batches]
    emit(args, {"batches": data}, "\n".join(lines) or translate("Cli", "No SKK batch yet."))
    return 0
