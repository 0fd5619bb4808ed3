"""Letter and receipt commands: letter render, letters batch|templates, receipt, verify."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date
from pathlib import Path

from desktop.cli import emit, translate
from desktop.cli.common import add_common, open_services
from desktop.errors import QT_TRANSLATE_NOOP, UserError

RECIPIENT_COLUMNS = ("recipient", "address", "city")

FIELDS_HELP = """\
The fields are a JSON object of the template's named fields ("cabang letters templates" lists them):
text as strings, dates as "2026-12-04" or "4 Desember 2026", amounts as whole rupiah (48250000) or
"Rp48.250.000", whole numbers as numbers, table fields as lists of objects. Example for teguran_1:
  {"nama_perusahaan": "PT Maju Jaya Abadi", "rujukan": "kunjungan petugas pada tanggal 2 November 2026",
   "jenis_ketidakpatuhan": "PDS Tenaga Kerja", "batas_waktu": "2026-12-04",
   "narahubung": "Hendra Kusuma", "telepon_narahubung": "(0281) 636010"}"""

BATCH_HELP = """\
The data file has one row per letter: a header row with the template's field names, plus the
columns "recipient" (required: the addressee by title, e.g. "Pimpinan PT Maju Jaya Abadi"),
"address" (street lines; use " / " or a line break between lines) and "city". CSV files are read as
UTF-8 with a comma or semicolon between columns; in .xlsx files the first sheet is read. Every letter
is issued with its own number in one transaction: if any row is wrong, none is issued and the row is
named in the message."""


def register(sub: argparse._SubParsersAction) -> None:
    letter = sub.add_parser("letter", help="one letter from a template")
    lsub = letter.add_subparsers(title="actions", metavar="ACTION", required=True)
    render = lsub.add_parser(
        "render", help="render a letter to PDF (a preview without a number, or --issue to number and register it)",
        description="Render one letter from a template to a PDF file.", epilog=FIELDS_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common(render)
    render.add_argument("--template", required=True, help="template key, e.g. teguran_1 (see: cabang letters templates)")
    render.add_argument("--fields", required=True, help="JSON file with the fields, or - to read it from stdin")
    render.add_argument("--recipient", required=True, help='addressee after "Yth.", e.g. "Pimpinan PT Maju Jaya Abadi"')
    render.add_argument("--address", default="", help='street lines, separated by " / "')
    render.add_argument("--city", default="", help="the recipient's city")
    render.add_argument("--attachment", default="", help='Lampiran, e.g. "satu berkas" (none: no Lampiran line)')
    render.add_argument("--sifat", default="Biasa", help="Biasa, Segera, Sangat Segera or Rahasia")
    render.add_argument("--date", type=date.fromisoformat, default=None, help="letter date YYYY-MM-DD (default today)")
    render.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    render.add_argument("--issue", action="store_true", help="take a number and register the letter (otherwise a preview)")
    render.set_defaults(func=cmd_render)

    letters = sub.add_parser("letters", help="batches of letters and the templates")
    bsub = letters.add_subparsers(title="actions", metavar="ACTION", required=True)
    batch = bsub.add_parser("batch", help="issue one letter per row of a spreadsheet, into one PDF or a folder",
                            description="Issue many letters of one template.", epilog=BATCH_HELP,
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    add_common(batch)
    batch.add_argument("--template", required=True, help="template key, e.g. teguran_1")
    batch.add_argument("--data", type=Path, required=True, help="the .xlsx or .csv file, one row per letter")
    batch.add_argument("--date", type=date.fromisoformat, default=None, help="letter date YYYY-MM-DD (default today)")
    target = batch.add_mutually_exclusive_group(required=True)
    target.add_argument("--out", type=Path, help="one PDF with every letter, for printing")
    target.add_argument("--folder", type=Path, help="a folder with one PDF per letter, named by number")
    batch.set_defaults(func=cmd_batch)
    templates = bsub.add_parser("templates", help="list the templates and their fields")
    add_common(templates)
    templates.set_defaults(func=cmd_templates)

    receipt = sub.add_parser("receipt", help="issue a receipt (kuitansi) with its number and verification code",
                             description="Issue a receipt: numbered, registered and printed with both copies.")
    add_common(receipt)
    receipt.add_argument("--payee", required=True, help="who receives the money (signs the receipt)")
    receipt.add_argument("--nik", required=True, help="the payee's NIK (16 digits)")
    receipt.add_argument("--amount", required=True, help="the amount in whole rupiah (42000000) or as Rp42.000.000")
    receipt.add_argument("--purpose", required=True, help='"Untuk pembayaran", e.g. "Santunan JKM a.n. Budi Santoso"')
    receipt.add_argument("--component", action="append", default=[], metavar="LABEL=AMOUNT",
                         help="a line of the breakdown (repeat); the lines must add up to the amount")
    receipt.add_argument("--line", action="append", default=[], metavar="LABEL=VALUE",
                         help='an extra line, e.g. "No. KPJ=12345678901" (repeat)')
    receipt.add_argument("--payer", default=None, help='"Telah terima dari" (default: the office)')
    receipt.add_argument("--place", default=None, help="place of payment (default: the office's city)")
    receipt.add_argument("--date", type=date.fromisoformat, default=None, help="payment date YYYY-MM-DD (default today)")
    receipt.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    receipt.set_defaults(func=cmd_receipt)

    verify = sub.add_parser("verify", help="check a receipt's QR code: exit 0 when genuine, 1 when not",
                            description="Check the text of a receipt's QR code (as a scanner types it).")
    add_common(verify)
    verify.add_argument("code", help='the QR text, e.g. "CBG1|001/KW-PWT/XI/2026|4200000000|20261120|..."')
    verify.set_defaults(func=cmd_verify)


def _money(text: str):
    from desktop.domain.money import Money

    text = text.strip()
    return Money.rupiah(int(text)) if text.isdigit() else Money.parse(text)


def _read_fields(source: str) -> dict:
    try:
        raw = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as exc:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The fields cannot be read: {detail}"), detail=str(exc)) from None
    if not isinstance(data, dict):
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The fields must be a JSON object of name: value."))
    return data


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def cmd_render(args: argparse.Namespace) -> int:
    from desktop.services.letters import LetterRequest, Recipient

    services = open_services(args)
    try:
        request = LetterRequest(args.template, _read_fields(args.fields),
                                Recipient(args.recipient, args.address.replace(" / ", "\n"), args.city),
                                attachment=args.attachment, sifat=args.sifat)
        if args.issue:
            letter, _ = services.letters.issue(request, issued_on=args.date)
            _write(args.out, letter.pdf_path.read_bytes())
            emit(args, {"number": letter.number, "sha256": letter.sha256, "out": str(args.out)},
                 f"{letter.number} -> {args.out}")
        else:
            _write(args.out, services.letters.preview(request, issued_on=args.date))
            message = translate("Letters", QT_TRANSLATE_NOOP("Letters", "Preview (no number) written to {path}"))
            emit(args, {"number": None, "out": str(args.out)}, message.replace("{path}", str(args.out)))
    finally:
        services.close()
    return 0


def read_rows(path: Path) -> list[dict[str, object]]:
    """The rows of a .csv or .xlsx file as dicts keyed by the header row."""
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} does not exist."), path=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        ws = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        rows = list(ws.iter_rows(values_only=True))
        header = [str(h).strip() if h is not None else "" for h in (rows[0] if rows else ())]
        return [{h: v for h, v in zip(header, r, strict=False) if h} for r in rows[1:]
                if any(v not in (None, "") for v in r)]
    text = path.read_text(encoding="utf-8-sig")
    dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;")
    return [{k.strip(): v for k, v in row.items() if k} for row in csv.DictReader(text.splitlines(), dialect=dialect)
            if any((v or "").strip() for v in row.values())]


def cmd_batch(args: argparse.Namespace) -> int:
    from desktop.services.letters import LetterRequest, Recipient

    rows = read_rows(args.data)
    if not rows:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The file {path} has no rows."), path=str(args.data))
    requests = []
    for n, row in enumerate(rows, start=2):
        name = str(row.get("recipient") or "").strip()
        if not name:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Row {row}: the recipient column is empty."), row=n)
        address = str(row.get("address") or "").replace(" / ", "\n")
        fields = {k: v for k, v in row.items() if k not in RECIPIENT_COLUMNS and v not in (None, "")}
        requests.append(LetterRequest(args.template, fields, Recipient(name, address, str(row.get("city") or ""))))
    services = open_services(args)
    try:
        letters, _ = services.letters.issue_batch(requests, one_pdf=args.out, folder=args.folder, issued_on=args.date)
    finally:
        services.close()
    target = args.out or args.folder
    emit(args, {"count": len(letters), "first": letters[0].number, "last": letters[-1].number, "out": str(target)},
         f"{len(letters)}: {letters[0].number} \u2026 {letters[-1].number} -> {target}")
    return 0


def cmd_templates(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        templates = services.letters.templates()
    finally:
        services.close()
    data = [{"key": t.key, "name": t.name, "version": t.version,
             "fields": [{"name": f.name, "label": f.label, "kind": f.kind, "required": f.required} for f in t.fields]}
            for t in templates]
    lines = []
    for t in templates:
        lines.append(f"{t.key}  ({t.name}, r{t.version})")
        for f in t.fields:
            lines.append(f"    {f.name:<30} {f.kind:<6} {'required' if f.required else 'optional'}  {f.label}")
    emit(args, {"templates": data}, "\n".join(lines))
    return 0


def _pairs(items: list[str], what: str) -> list[tuple[str, str]]:
    out = []
    for item in items:
        label, sep, value = item.partition("=")
        if not sep or not label.strip():
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Write {what} as LABEL=VALUE, not \u201c{item}\u201d."),
                            what=what, item=item)
        out.append((label.strip(), value.strip()))
    return out


def cmd_receipt(args: argparse.Namespace) -> int:
    from desktop.services.letters import ReceiptRequest

    request = ReceiptRequest(
        payee_name=args.payee, payee_nik=args.nik, amount=_money(args.amount), purpose=args.purpose,
        components=tuple((label, _money(value)) for label, value in _pairs(args.component, "--component")),
        payer=args.payer, place=args.place, paid_on=args.date, extra_lines=tuple(_pairs(args.line, "--line")))
    services = open_services(args)
    try:
        issued, _ = services.letters.issue_receipt(request)
    finally:
        services.close()
    _write(args.out, issued.pdf_path.read_bytes())
    emit(args, {"number": issued.number, "amount_sen": issued.amount.sen, "meterai": issued.meterai,
                "code": issued.code, "out": str(args.out)}, f"{issued.number} -> {args.out}\n{issued.code}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        check = services.letters.verify_receipt(args.code)
    finally:
        services.close()
    reason = translate("Receipts", check.reason)
    text = reason if not check.ok else (f"{reason} {check.number}: {check.payee_name}, "
                                        f"{check.amount.format_document() if check.amount else ''}")
    emit(args, {"ok": check.ok, "number": check.number, "reason": check.reason, "status": check.status,
                "amount_sen": check.amount.sen if check.amount else None}, text)
    return 0 if check.ok else 1
