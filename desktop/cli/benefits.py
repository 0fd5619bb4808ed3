"""`cabang benefit quote` (the entitlement and scholarship eligibility for the facts of a death, for
clerks answering questions at the desk and for scripted checks) and `cabang benefit report`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from desktop.cli import emit, translate
from desktop.cli.common import add_common, open_services
from desktop.errors import QT_TRANSLATE_NOOP, UserError


def _date(text: str) -> date:
    from desktop.domain.dates import parse_date_id

    try:
        return parse_date_id(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.render(translate)) from None


def _wage(text: str):
    from desktop.domain.money import Money

    try:
        return Money.parse(text)
    except UserError as exc:
        raise argparse.ArgumentTypeError(exc.render(translate)) from None


def register(sub: argparse._SubParsersAction) -> None:
    benefit = sub.add_parser("benefit", help="death benefits and scholarships (JKM, JKK, beasiswa)")
    bsub = benefit.add_subparsers(title="actions", metavar="ACTION", required=True)

    quote = bsub.add_parser("quote", help="the entitlement and scholarship eligibility for the facts of a death")
    quote.add_argument("--death-date", type=_date, required=True, help="date of death (YYYY-MM-DD or 27/12/2023)")
    quote.add_argument("--cause", choices=("jkm", "jkk"), required=True,
                       help="jkm: not work-related; jkk: work accident or occupational disease")
    quote.add_argument("--contribution-months", type=int, required=True, help="months of contributions paid")
    quote.add_argument("--wage", type=_wage, default=None, help="reported monthly wage in rupiah (needed for jkk)")
    quote.add_argument("--membership-start", type=_date, default=None, help="date the membership started")
    quote.add_argument("--segment", choices=("PU", "BPU", "JAKON"), default="PU", help="participant segment")
    quote.add_argument("--children-birthdates", default="", help="children's birth dates, comma-separated")
    quote.add_argument("--today", type=_date, default=None, help="the day to quote on (default: today)")
    quote.add_argument("--pp82-effective", type=_date, default=None,
                       help="the day PP 82/2019 took effect (default 2019-12-02; the sources disagree)")
    quote.add_argument("--json", action="store_true", help="print the result as JSON")
    quote.set_defaults(func=cmd_quote)

    report = bsub.add_parser("report", help="claims and amounts paid by programme, kabupaten and segment")
    add_common(report)
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--from-month", type=int, default=1)
    report.add_argument("--to-month", type=int, default=12)
    report.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    report.set_defaults(func=cmd_report)


def quote_data(args: argparse.Namespace) -> tuple[dict, str]:
    from desktop.domain import benefits as dom
    from desktop.domain import scholarships as sch
    from desktop.domain.benefits_rules import PP82_2019, RuleBook, ScholarshipScheme
    from desktop.domain.dates import age_on
    from desktop.domain.money import Money

    today = args.today or date.today()
    book = RuleBook(overrides={PP82_2019.key: args.pp82_effective} if args.pp82_effective else {})
    facts = dom.Facts(death_date=args.death_date, cause=dom.Cause(args.cause),
                      contribution_months=args.contribution_months, reported_wage=args.wage or Money(0),
                      membership_start=args.membership_start, segment=dom.Segment(args.segment))
    ent = dom.compute_entitlement(facts, today, book)
    rule = book.by_key(ent.rule_key)

    def tr(text: str, params: dict) -> str:
        return translate("Benefits", text).format(**params)

    children = []
    births = [b.strip() for b in args.children_birthdates.split(",") if b.strip()]
    for order, text in enumerate(births, start=1):
        birth = _date(text)
        entry: dict = {"order": order, "birth_date": birth.isoformat()}
        try:
            sch.check_child(rule, args.death_date, birth, order, ent.scholarship.eligible)
        except UserError as exc:
            entry.update(eligible=False, reason=exc.render(translate), years=[], total_sen=0)
            children.append(entry)
            continue
        if rule.scholarship_scheme == ScholarshipScheme.LUMP_SUM:
            entry.update(eligible=True, reason="", years=[], total_sen=rule.scholarship_lump_sum.sen,
                         total=rule.scholarship_lump_sum.format_table())
            children.append(entry)
            continue
        first = sch.academic_year_of(args.death_date)
        start = sch.academic_year_start(first)
        level, grade = sch.typical_level(age_on(birth, start) if start >= birth else 0)
        plan = sch.plan_child(rule, args.death_date, sch.ChildFacts(birth, level, grade))
        entry.update(eligible=bool(plan.years), reason="" if plan.years else tr(plan.text_en, plan.params),
                     years=[{"academic_year": y.label, "level": y.level.value, "grade": y.grade_id,
                             "amount_sen": y.amount.sen, "amount": y.amount.format_table()} for y in plan.years],
                     total_sen=plan.total.sen, total=plan.total.format_table(),
                     plan=tr(plan.text_en, plan.params))
        children.append(entry)

    data = {
        "rule": ent.rule_key, "regulation": ent.rule_short, "programme": ent.programme.value,
        "components": [{"component": ln.component.value, "amount_sen": ln.amount.sen,
                        "amount": ln.amount.format_table(), "explanation": ln.text_id} for ln in ent.lines],
        "total_sen": ent.total.sen, "total": ent.total.format_table(),
        "scholarship": {"eligible": ent.scholarship.eligible, "scheme": ent.scholarship.scheme.value,
                        "max_children": ent.scholarship.max_children,
                        "max_per_child_sen": ent.scholarship.max_per_child.sen,
                        "explanation": ent.scholarship.text_id, "children": children},
    }
    rule_word, total_word = translate("Cli", "Rule"), translate("Cli", "Total")
    scholarship_word, child_word = translate("Cli", "Scholarship"), translate("Cli", "Child")
    lines = [f"{rule_word}: {ent.rule_short} ({ent.programme.value})"]
    width = max(len(ln.amount.format_table()) for ln in ent.lines)
    for ln in ent.lines:
        lines.append(f"  {ln.amount.format_table():>{width}}  {ln.text_id}")
    lines.append(f"  {ent.total.format_table():>{width}}  {total_word}")
    lines.append(f"{scholarship_word}: {tr(ent.scholarship.text_en, ent.scholarship.params)}")
    for c in children:
        head = f"  {child_word} {c['order']} ({c['birth_date']}): "
        if not c["eligible"]:
            lines.append(head + c["reason"])
        elif c.get("plan"):
            lines.append(head + c["plan"])
            for y in c["years"]:
                lines.append(f"      {y['academic_year']}  {y['grade']:<24} {y['amount']}")
        else:
            lines.append(head + c.get("total", ""))
    return data, "\n".join(lines)


def cmd_quote(args: argparse.Namespace) -> int:
    if args.contribution_months < 0:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "Months of contributions cannot be negative."))
    data, text = quote_data(args)
    emit(args, data, text)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    services = open_services(args, must_exist=True)
    try:
        path = services.benefits.export_report(args.year, args.out, args.from_month, args.to_month)
        summary = services.benefits.report(args.year, args.from_month, args.to_month)
    finally:
        services.close()
    emit(args, {"file": str(path), "published": summary.published(),
                "summary": [{"programme": s.programme, "cases": s.cases, "amount_sen": s.amount.sen}
                            for s in summary.summary]},
         translate("Cli", "Report written to %1").replace("%1", str(path)) + "\n" + summary.published())
    return 0
