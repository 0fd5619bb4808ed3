"""SKK batches: chosen cases grouped per Kejaksaan Negeri, one numbered covering letter per
Kejaksaan with its attached list in one PDF, the cases referred with that letter, their outcome at
the Kejaksaan tracked on the timeline; refused and concurrent batches issue nothing."""

from __future__ import annotations

import hashlib
import threading
from datetime import date

import pytest
from pypdf import PdfReader

from desktop.domain.money import Money
from desktop.errors import UserError

HANDED = date(2026, 11, 2)
ARREARS = Money.rupiah(21_000_000)


def ready(office, helpers, name: str, kabupaten: str = "Banyumas", kecamatan: str = "Purwokerto Utara",
          arrears: Money = ARREARS, months: int = 7, **values):
    """A case whose Teguran Tertulis II (on paper) has run its 10 working days by HANDED."""
    employer = helpers.employer(office, name, kabupaten=kabupaten, kecamatan=kecamatan)
    case = helpers.teguran_1(office, date(2026, 9, 14), employer=employer, arrears=arrears, months=months,
                             **values)
    moved, _ = office.compliance.move(case.id, case.version, "teguran_2", on=date(2026, 10, 1),
                                      paper_letter=f"B/0{len(name)}9/KPS/X/2026")
    return moved.case


def font_names(path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        for ref in page.get("/Resources", {}).get("/Font", {}).values():
            names.add(str(ref.get_object().get("/BaseFont")))
    return names


def pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def test_one_covering_letter_per_kejaksaan_with_its_list(as_role, office, helpers):
    pwt_1 = ready(office, helpers, "PT Graha Konstruksi Prima")
    pwt_2 = ready(office, helpers, "CV Angkutan Sumber", kecamatan="Sokaraja", arrears=Money(0), months=0,
                  case_type="pds_tk", workers_unregistered=4)
    bms = ready(office, helpers, "UD Batik Wangon", kecamatan="Wangon", arrears=Money.rupiah(3_500_000), months=2)
    pbg = ready(office, helpers, "PT Rambut Palsu Indah", kabupaten="Purbalingga", kecamatan="Bojongsari")
    comp = as_role("supervisor", "diyah").compliance
    chosen = [(c.id, c.version) for c in (pbg, pwt_2, bms, pwt_1)]
    batches, _ = comp.create_skk_batches(chosen, handed_over=HANDED, notes="Diantar langsung")

    # grouped by the Kejaksaan Negeri serving each employer's address, one batch each
    assert [(b.kejari, b.cases) for b in batches] == [("Purwokerto", 2), ("Banyumas", 1), ("Purbalingga", 1)]
    numbers = [b.number for b in batches]
    assert numbers == ["001/PSKK-PWT/XI/2026", "002/PSKK-PWT/XI/2026", "003/PSKK-PWT/XI/2026"]
    letters = as_role("supervisor", "diyah").letters
    for b in batches:  # each batch's covering letter is in the register, about the batch
        assert [(x.number, x.template) for x in letters.letters_about("compliance_skk_batch", b.id)] == [
            (b.number, "pengantar_skk_kejari")]
    pwt = batches[0]
    assert [i.employer_name for i in pwt.items] == ["CV Angkutan Sumber", "PT Graha Konstruksi Prima"]
    assert {i.letter_number for i in pwt.items} == {pwt.number}
    assert len({i.skk_number for b in batches for i in b.items}) == 4

    # each case referred with its batch's covering letter, the SKK step recorded
    for batch in batches:
        for item in batch.items:
            case = comp.case(item.case_id)
            assert case.state == "referred" and case.referral_steps == ("skk",)
            assert [a.letter_number for a in case.actions[-2:]] == [batch.number, batch.number]
    assert comp.skk_candidates() == []

    # the batch PDF: the covering letter, then the attached list, kept with its SHA-256
    path = comp.skk_batch_pdf(pwt.id)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == pwt.sha256
    reader = PdfReader(path)
    letter_text = reader.pages[0].extract_text()
    assert pwt.number in letter_text and "Kejaksaan Negeri Purwokerto" in letter_text
    assert "2 (dua) pemberi kerja" in letter_text and "Rp21.000.000,00" in letter_text
    text = pdf_text(path)
    for expected in ("DAFTAR PEMBERI KERJA", "KEJAKSAAN NEGERI PURWOKERTO", "CV Angkutan Sumber",
                     "PT Graha Konstruksi Prima", "Tunggakan iuran", "PDS Tenaga Kerja", "B/0259/KPS/X/2026", "1 Oktober 2026",
                     "Jumlah: 2 pemberi kerja", pwt.items[1].skk_number):
        assert expected in text, expected
    assert comp.case(pwt_1.id).employer_npp in text
    # the other Kejari's list names only its own case
    bms_text = pdf_text(comp.skk_batch_pdf(batches[1].id))
    assert "UD Batik Wangon" in bms_text and "PT Graha" not in bms_text and "Rp3.500.000,00" in bms_text
    assert all("+Noto" in name for name in font_names(path))  # every font the bundled, embedded Noto
    listed = comp.skk_batches()
    assert {b.number for b in listed} == set(numbers)


def test_cases_that_cannot_be_referred_are_refused_by_name(as_role, office, helpers):
    good = ready(office, helpers, "PT Graha Konstruksi Prima")
    early = helpers.teguran_1(office, date(2026, 11, 16), employer=helpers.employer(office, "CV Baru Saja"))
    comp = as_role("supervisor", "diyah").compliance
    with pytest.raises(UserError) as info:
        comp.create_skk_batches([(good.id, good.version), (early.id, early.version)], handed_over=HANDED)
    message = str(info.value)
    assert early.case_no in message and good.case_no not in message
    # nothing issued, nothing moved
    assert comp.skk_batches() == [] and comp.case(good.id).state == "teguran_2"
    # a case already with a Kejaksaan is refused the same way
    comp.create_skk_batches([(good.id, good.version)], handed_over=HANDED)
    again = comp.case(good.id)
    with pytest.raises(UserError, match=good.case_no):
        comp.create_skk_batches([(again.id, again.version)], handed_over=HANDED)
    with pytest.raises(UserError, match="Unknown Kejaksaan Negeri"):
        comp.create_skk_batches([(again.id, again.version)], kejari="Cilacap")


def test_a_case_batched_elsewhere_meanwhile_is_reported_and_nothing_is_issued(as_role, office, helpers):
    first = ready(office, helpers, "PT Graha Konstruksi Prima")
    second = ready(office, helpers, "CV Angkutan Sumber", kecamatan="Sokaraja")
    diyah = as_role("supervisor", "diyah").compliance
    rina = as_role("supervisor", "rina").compliance
    diyah.create_skk_batches([(first.id, first.version)], handed_over=HANDED)
    # Rina chose both from the list she loaded before Diyah's batch
    with pytest.raises(UserError, match=first.case_no):
        rina.create_skk_batches([(first.id, first.version), (second.id, second.version)], handed_over=HANDED)
    assert len(rina.skk_batches()) == 1 and rina.case(second.id).state == "teguran_2"
    batch, = rina.create_skk_batches([(second.id, second.version)], handed_over=HANDED)[0]
    assert batch.number == "002/PSKK-PWT/XI/2026"  # no number lost to the refused attempt


def test_two_workstations_batching_the_same_case_at_once(db_url, as_role, office, helpers):
    case = ready(office, helpers, "PT Graha Konstruksi Prima")
    sessions = [as_role("supervisor", "diyah").compliance, as_role("supervisor", "rina").compliance]
    results: list[object] = [None, None]
    barrier = threading.Barrier(2)

    def run(n: int) -> None:
        barrier.wait()
        try:
            results[n] = sessions[n].create_skk_batches([(case.id, case.version)], handed_over=HANDED)
        except UserError as exc:
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    errors = [r for r in results if isinstance(r, UserError)]
    assert len(errors) == 1, results  # exactly one batch; the other workstation is told
    assert "changed on another workstation" in str(errors[0])
    batches = sessions[0].skk_batches()
    assert len(batches) == 1 and batches[0].number == "001/PSKK-PWT/XI/2026"


def test_two_workstations_batching_different_cases_at_once_get_different_skk_numbers(db_url, as_role, office,
                                                                                       helpers):
    cases = [ready(office, helpers, "PT Graha Konstruksi Prima"), ready(office, helpers, "CV Angkutan Sumber")]
    sessions = [as_role("supervisor", "diyah").compliance, as_role("supervisor", "rina").compliance]
    results: list[object] = [None, None]
    barrier = threading.Barrier(2)

    def run(n: int) -> None:
        barrier.wait()
        try:
            results[n] = sessions[n].create_skk_batches([(cases[n].id, cases[n].version)], handed_over=HANDED)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            results[n] = exc

    threads = [threading.Thread(target=run, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not [r for r in results if isinstance(r, Exception)], results
    skk_numbers = sorted(i.skk_number for batches, _changes in results for b in batches for i in b.items)
    assert skk_numbers == ["001/SKK/PWT/XI/2026", "002/SKK/PWT/XI/2026"]


def test_outcome_at_the_kejaksaan_is_tracked_on_the_timeline(as_role, office, helpers):
    case = ready(office, helpers, "PT Graha Konstruksi Prima")
    comp = as_role("supervisor", "diyah").compliance
    (batch,), _ = comp.create_skk_batches([(case.id, case.version)], handed_over=HANDED)
    item = batch.items[0]
    comp.update_skk_item(item.id, item.version, jpn_status="diterima", status_date=date(2026, 11, 4))
    item = comp.skk_batch(batch.id).items[0]
    comp.update_skk_item(item.id, item.version, jpn_status="mediasi", status_date=date(2026, 11, 9),
                         promised_date=date(2026, 12, 15), recovered=Money.rupiah(10_000_000), notes="Mediasi I")
    with pytest.raises(UserError, match="changed on another workstation"):  # the stale version of the row
        comp.update_skk_item(item.id, item.version, jpn_status="lunas")
    item = comp.skk_batch(batch.id).items[0]
    with pytest.raises(UserError, match="before the case was handed over"):
        comp.update_skk_item(item.id, item.version, jpn_status="lunas", status_date=date(2026, 10, 30))
    comp.update_skk_item(item.id, item.version, jpn_status="lunas", status_date=date(2026, 11, 19),
                         recovered=Money.rupiah(21_000_000))
    item = comp.skk_batch(batch.id).items[0]
    assert (item.jpn_status, item.status_date, item.recovered) == ("lunas", date(2026, 11, 19), Money.rupiah(21_000_000))
    view = comp.skk_batch(batch.id)
    assert (view.settled, view.recovered) == (1, Money.rupiah(21_000_000))
    assert comp.outcome_totals(2026, 11).arrears_recovered == Money.rupiah(21_000_000)
    jpn = [a for a in comp.case(case.id).actions if a.kind == "jpn"]
    assert [a.on_date for a in jpn] == [date(2026, 11, 4), date(2026, 11, 9), date(2026, 11, 19)]
    assert "SKK diterima" in jpn[0].notes and jpn[0].letter_number == batch.number
    assert "Dalam mediasi" in jpn[1].notes and "15 Desember 2026" in jpn[1].notes and "Mediasi I" in jpn[1].notes
    assert "Lunas" in jpn[2].notes and "Rp11.000.000,00" in jpn[2].notes
    timeline = comp.employer_timeline(comp.case(case.id).employer_id)
    assert [e.kind for e in timeline if e.kind == "jpn"] == ["jpn"] * 3


def test_cancel_issues_nothing(as_role, office, helpers):
    from desktop.errors import Cancelled

    cases = [ready(office, helpers, "PT Graha Konstruksi Prima"),
             ready(office, helpers, "PT Rambut Palsu Indah", kabupaten="Purbalingga", kecamatan="Bojongsari")]
    comp = as_role("supervisor", "diyah").compliance

    class CancelAtSecondKejari:
        def progress(self, done, total, text=""):
            self.last = text

        def check(self):
            if getattr(self, "last", "") == "Kejaksaan Negeri Purbalingga":
                raise Cancelled()

    with pytest.raises(Cancelled):
        comp.create_skk_batches([(c.id, c.version) for c in cases], handed_over=HANDED,
                                progress=CancelAtSecondKejari())
    assert comp.skk_batches() == [] and {comp.case(c.id).state for c in cases} == {"teguran_2"}
    documents = comp.ctx.document_dir()
    assert not list(documents.rglob("*PSKK*"))
    (first, second), _ = comp.create_skk_batches([(c.id, c.version) for c in cases], handed_over=HANDED)
    assert (first.number, second.number) == ("001/PSKK-PWT/XI/2026", "002/PSKK-PWT/XI/2026")
