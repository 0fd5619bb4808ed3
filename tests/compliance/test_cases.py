"""Employers and cases through the service: NPP/NPWP checked, two officers on one case (the second
is told, nothing is overwritten), notes and replies with evidence, outcomes feeding the employer
and the totals, the employer's timeline, the global search."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from desktop.domain.money import Money
from desktop.errors import StaleRecordError, UserError
from desktop.services.compliance_views import EmployerView, OutcomeView


def test_employer_numbers_are_checked(services, helpers):
    comp = services.compliance
    with pytest.raises(UserError, match="NPWP must have 15 digits"):
        helpers.employer(services, npwp="01.234.567.8-901")
    with pytest.raises(UserError, match="NPP may contain only letters and digits"):
        helpers.employer(services, npp="1708/1342")
    with pytest.raises(UserError, match="only an employer that is not registered"):
        comp.save_employer(EmployerView(id=None, version=0, name="PT Tanpa Nomor", npp=None))
    first = helpers.employer(services, "PT Satu", npp="17081342", npwp="01.234.567.8-901.000")
    assert first.npwp == "0012345678901000" and first.npwp15 == "012345678901000"
    assert first.npwp_display == "0012 3456 7890 1000"
    with pytest.raises(UserError, match="NPP 17081342 already belongs to PT Satu"):
        helpers.employer(services, "PT Dua", npp="1708 1342")
    pwbd, _ = comp.save_employer(EmployerView(id=None, version=0, name="UD Belum Daftar", status="pwbd",
                                              kabupaten="Purbalingga"))
    assert pwbd.npp is None


def test_two_officers_on_one_case_the_second_is_told(as_role, helpers):
    rina = as_role("clerk", "rina")
    hendra = as_role("field_officer", "hendra")
    case = helpers.case(rina, case_type="pds_tk", workers_unregistered=12, arrears=Money(0), months=0)
    seen_by_hendra = hendra.compliance.case(case.id)
    saved, _ = rina.compliance.save_case(case.with_changes(workers_unregistered=20, priority="tinggi"))
    assert saved.version == case.version + 1
    with pytest.raises(StaleRecordError):
        hendra.compliance.save_case(seen_by_hendra.with_changes(workers_unregistered=5))
    with pytest.raises(StaleRecordError):
        hendra.compliance.move(case.id, seen_by_hendra.version, "visited")
    with pytest.raises(StaleRecordError):
        hendra.compliance.record_action(case.id, seen_by_hendra.version, "note", notes="ditelepon")
    now = rina.compliance.case(case.id)
    assert (now.workers_unregistered, now.priority, now.state) == (20, "tinggi", "identified")
    assert [a.kind for a in now.actions] == ["opened"]


def test_a_reply_with_evidence_ends_the_wait(office, helpers, tmp_path):
    comp = office.compliance
    case = helpers.teguran_1(office, date(2026, 11, 16))
    assert case.awaiting_reply and case.queue.value == "waiting_reply"
    scan = tmp_path / "surat balasan.pdf"
    scan.write_bytes(b"%PDF-1.4 balasan PT Maju Jaya Abadi")
    replied, _ = comp.record_action(case.id, case.version, "reply", on=date(2026, 11, 18),
                                    reply_content="Akan mendaftarkan 12 pekerja bulan Desember", evidence=scan)
    action = replied.actions[-1]
    assert (action.kind, action.reply_date, action.evidence_name) == ("reply", date(2026, 11, 18), "surat balasan.pdf")
    assert action.evidence_path.read_bytes() == scan.read_bytes()
    assert action.evidence_sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    assert office.ctx.document_dir() / "compliance" in action.evidence_path.parents
    assert not replied.awaiting_reply and replied.queue.value == "upcoming"
    with pytest.raises(UserError, match="Write what the employer replied"):
        comp.record_action(case.id, replied.version, "reply")


def test_an_outcome_registers_a_pwbd_employer_and_counts_in_the_totals(services, helpers):
    comp = services.compliance
    pwbd, _ = comp.save_employer(EmployerView(id=None, version=0, name="CV Bulu Mata Lestari", status="pwbd",
                                              kabupaten="Purbalingga", estimated_workforce=60, estimate_source="WLKP"))
    case = helpers.case(services, pwbd, case_type="pwbd", workers_unregistered=60, arrears=Money(0), months=0)
    outcome = OutcomeView(id=None, version=0, on_date=date(2026, 11, 10), workers_added=58,
                          programmes_added=("JKK", "JKM", "JHT"), arrears_recovered=Money.rupiah(4_250_000))
    resolved, _ = comp.move(case.id, case.version, "resolved", on=date(2026, 11, 10), reason="Sudah terdaftar",
                            outcome=outcome, npp="88001234")
    employer = comp.employer(pwbd.id)
    assert (employer.npp, employer.status, employer.registered_workforce) == ("88001234", "aktif", 58)
    assert employer.programmes == ("JKK", "JKM", "JHT") and resolved.case.outcomes[0].workers_added == 58
    totals = comp.outcome_totals(2026, 11)
    assert (totals.cases_resolved, totals.employers_registered, totals.workers_added, totals.programmes_added) == (1, 1, 58, 3)
    assert totals.arrears_recovered == Money.rupiah(4_250_000)
    assert comp.outcome_totals(2026, 10).workers_added == 0
    assert [(g.key, g.workers_added) for g in comp.outcome_groups(2026, "kabupaten")] == [("Purbalingga", 58)]
    assert [g.key for g in comp.outcome_groups(2026, "month")] == ["2026-11"]
    assert comp.case_counts_by_state()["resolved"] == 1


def test_the_employer_timeline_runs_in_date_order_across_cases(office, helpers):
    comp = office.compliance
    employer = helpers.employer(office)
    first = helpers.case(office, employer, opened=date(2026, 8, 3))
    second = helpers.case(office, employer, case_type="pds_program", programmes_missing=("JP",), arrears=Money(0),
                          months=0, opened=date(2026, 9, 1))
    comp.move(second.id, second.version, "invited", on=date(2026, 9, 2))
    comp.move(first.id, first.version, "visited", on=date(2026, 8, 20), notes="Bertemu bagian personalia")
    timeline = comp.employer_timeline(employer.id)
    assert [(e.on_date, e.kind) for e in timeline] == [(date(2026, 8, 3), "opened"), (date(2026, 8, 20), "visited"),
                                                       (date(2026, 9, 1), "opened"), (date(2026, 9, 2), "invited")]
    invitation = timeline[-1]
    assert invitation.case_no == second.case_no and invitation.letter_number.endswith("/UND-KLR-PWT/IX/2026")


def test_search_finds_employers_by_npp_npwp_and_name(services, helpers):
    employer = helpers.employer(services, "PT Rambut Palsu Perwira", npp="33031234", npwp="02.111.222.3-523.000",
                                kabupaten="Purbalingga")
    for text in ("33031234", "02.111.222.3-523.000", "rambut perwira", "0021112223523000"):
        hits = [h for h in services.search.search(text) if h.area == "compliance"]
        assert [h.record_id for h in hits] == [employer.id], text
    case = helpers.case(services, employer)
    assert [h.record_id for h in services.search.search(case.case_no) if h.kind == "Case"] == [case.id]


def test_queue_classes_match_between_the_list_and_the_counts(office, helpers):
    comp = office.compliance
    helpers.teguran_1(office, date(2026, 10, 8))  # ran out: ready to escalate
    helpers.teguran_1(office, date(2026, 11, 6))  # due today (20 November)
    helpers.teguran_1(office, date(2026, 11, 16))  # waiting for the reply
    helpers.case(office, opened=date(2026, 10, 1))  # identified, follow-up overdue
    helpers.case(office, opened=date(2026, 11, 19))  # identified, upcoming
    queue = comp.queue(include_upcoming=True)
    assert {k.value: v for k, v in queue.counts.items()} == comp.queue_counts() == {
        "overdue": 1, "due_today": 1, "ready_to_escalate": 1, "waiting_reply": 1, "upcoming": 1}
    assert [r.queue.value for r in queue.items] == ["overdue", "ready_to_escalate", "due_today", "waiting_reply",
                                                    "upcoming"]
    assert comp.overdue_count() == 2  # the late follow-up and the warning that ran out


def test_only_a_case_entered_by_mistake_can_be_deleted(office, helpers):
    comp = office.compliance
    employer = helpers.employer(office)
    mistake = helpers.case(office, employer)
    with pytest.raises(UserError, match="open compliance cases"):
        comp.delete_employer(employer.id, comp.employer(employer.id).version)
    comp.delete_case(mistake.id, mistake.version)
    assert comp.employer_cases(employer.id) == [] and comp.case_counts_by_state()["identified"] == 0
    sent = helpers.teguran_1(office, date(2026, 11, 2), employer=employer)
    with pytest.raises(UserError, match="close it with a reason instead"):
        comp.delete_case(sent.id, sent.version)
    closed, _ = comp.move(sent.id, sent.version, "closed", reason="Perusahaan tutup")
    comp.delete_employer(employer.id, comp.employer(employer.id).version)
    assert comp.employer_by_npp(employer.npp) is None
    helpers.employer(office, "PT Penerus", npp=employer.npp)  # the NPP is free again among live employers
