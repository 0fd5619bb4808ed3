"""Sponsorship programmes and their workers, coordination commitments with evidence, Perisai agents:
what a clerk relies on day to day."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest
from coverage_helpers import programme

from desktop.domain.coverage import CommitmentStatus, Month, ProgrammeSet, SponsorSource, WorkerGroup
from desktop.domain.money import Money
from desktop.errors import StaleRecordError, UserError
from desktop.services.coverage_views import (
    AgentInput,
    CommitmentInput,
    MeetingInput,
    SponsorshipInput,
    WorkerInput,
)
from desktop.services.paging import PageRequest

NIK = "3302011204850003"


def test_the_monthly_contribution_and_the_cost_come_from_the_reported_income(office):
    view, _ = office.coverage.save_sponsorship(SponsorshipInput(
        title="BPR Artha — nasabah kredit", source=SponsorSource.BANK, sponsor="PT BPR Artha Banyumas",
        regency="Banyumas", start=Month(2026, 2), end=Month(2027, 1), programmes=ProgrammeSet.JKK_JKM_JHT,
        reported_income=Money.rupiah(2_000_000), budget=Money.rupiah(10_000_000), months_paid=3))
    assert view.monthly_contribution == Money.rupiah(20_000 + 6_800 + 40_000)
    assert view.rates_effective_from == date(2015, 7, 1)
    assert view.affordable_workers == 10_000_000 // (66_800 * 12)
    office.coverage.add_worker(WorkerInput(view.id, "Slamet Riyadi", NIK, WorkerGroup.NASABAH))
    cost = office.coverage.sponsorship_cost(view.id)
    assert (cost.workers, cost.months) == (1, 12)
    assert cost.monthly == Money.rupiah(66_800)
    assert cost.period_total == Money.rupiah(66_800 * 12)
    assert cost.paid == Money.rupiah(66_800 * 3)
    assert cost.budget_left == Money.rupiah(10_000_000 - 66_800 * 12)


def test_an_apbdes_programme_needs_its_desa_and_titles_are_unique(office):
    with pytest.raises(UserError, match="desa"):
        programme(office, "APBDes Ledug 2026", source=SponsorSource.APBDES)
    programme(office, "APBDes Ledug 2026", source=SponsorSource.APBDES, desa="Ledug")
    with pytest.raises(UserError, match="already called"):
        programme(office, "apbdes ledug 2026", source=SponsorSource.APBDES, desa="Ledug")


def test_renewals_due_are_programmes_ending_soon_without_a_successor(office):
    # today is 20 November 2026
    ending = programme(office, "GN Lingkaran Pasar Wage", start=Month(2026, 6), months=6, sponsor="Donatur Pasar")
    programme(office, "CSR Serayu 2026", start=Month(2026, 1), months=12, sponsor="PT Serayu")
    programme(office, "CSR Serayu 2027", start=Month(2027, 1), months=12, sponsor="PT Serayu")  # renewed
    programme(office, "Baznas 2027", start=Month(2027, 3), months=12, sponsor="Baznas")  # far from its end
    assert [s.title for s in office.coverage.renewals_due()] == [ending.title]


def test_a_worker_cannot_be_enrolled_twice_for_the_same_months(office):
    first = programme(office, "APBD 2026")
    other = programme(office, "CSR 2026", start=Month(2026, 6), sponsor="PT Serayu", source=SponsorSource.CSR)
    office.coverage.add_worker(WorkerInput(first.id, "Slamet Riyadi", NIK, WorkerGroup.MARBOT))
    with pytest.raises(UserError, match="already enrolled in APBD 2026"):
        office.coverage.add_worker(WorkerInput(other.id, "Slamet Riyadi", NIK, WorkerGroup.MARBOT))
    with pytest.raises(UserError, match="16 digits"):
        office.coverage.add_worker(WorkerInput(first.id, "Siti", "3302", WorkerGroup.PETANI))


def test_the_budget_limits_the_workers_enrolled(office):
    p = programme(office, workers_budget=1)
    office.coverage.add_worker(WorkerInput(p.id, "Slamet Riyadi", NIK, WorkerGroup.PETANI))
    with pytest.raises(UserError, match="pays for 1"):
        office.coverage.add_worker(WorkerInput(p.id, "Siti Aminah", "3302015508900002", WorkerGroup.PETANI))


def test_only_roles_that_may_see_personal_data_see_the_whole_nik(office, as_role):
    p = programme(office)
    office.coverage.add_worker(WorkerInput(p.id, "Slamet Riyadi", NIK, WorkerGroup.PETANI))
    clerk = as_role("clerk", "rina").coverage.list_workers(PageRequest()).rows[0]
    officer = as_role("field_officer", "hendra").coverage.list_workers(PageRequest()).rows[0]
    assert clerk.nik == NIK
    assert officer.nik == "3302**********03"
    assert as_role("field_officer", "hendra").coverage.list_workers(PageRequest(text="1204850003")).total == 1


def test_a_stale_programme_edit_is_refused(office):
    p = programme(office)
    office.coverage.save_sponsorship(replace(p.as_input(), months_paid=2), record=(p.id, p.version))
    with pytest.raises(StaleRecordError):  # opened before that edit, on another workstation
        office.coverage.save_sponsorship(replace(p.as_input(), notes="x"), record=(p.id, p.version))


def test_commitments_overdue_and_their_evidence(office, tmp_path):
    meeting, _ = office.coverage.save_meeting(MeetingInput(date(2026, 8, 12), "Rapat Koordinasi Pekerja Rentan",
                                                           "Ruang Rapat Bupati", "Sekda; Baznas; perbankan"))
    late, _ = office.coverage.save_commitment(CommitmentInput(meeting.id, "Bappeda", "Alokasi APBD",
                                                              date(2026, 10, 31), CommitmentStatus.IN_PROGRESS))
    office.coverage.save_commitment(CommitmentInput(meeting.id, "Kominfo", "Sosialisasi", date(2026, 12, 31)))
    done, _ = office.coverage.save_commitment(CommitmentInput(meeting.id, "Bagian Hukum", "SK Bupati",
                                                              date(2026, 9, 30)))
    assert (late.seq, late.overdue, late.days_overdue) == (1, True, 20)
    assert office.coverage.overdue_count() == 2
    evidence = tmp_path / "SK Bupati.pdf"
    evidence.write_bytes(b"%PDF-1.4 SK Bupati Banyumas")
    view, _ = office.coverage.attach_evidence(done.id, done.version, evidence)
    assert view.evidence_sha256 == hashlib.sha256(b"%PDF-1.4 SK Bupati Banyumas").hexdigest()
    view, _ = office.coverage.set_commitment_status(view.id, view.version, CommitmentStatus.DONE)
    assert view.done_on == date(2026, 11, 20) and not view.overdue
    assert [c.party for c in office.coverage.overdue_commitments()] == ["Bappeda"]
    out = office.coverage.save_evidence(done.id, tmp_path / "copy.pdf")
    assert out.read_bytes() == b"%PDF-1.4 SK Bupati Banyumas"
    assert office.coverage.meetings()[0].overdue == 1
    with pytest.raises(UserError, match="before the meeting"):
        office.coverage.save_commitment(CommitmentInput(meeting.id, "X", "Y", date(2026, 8, 1)))


def test_perisai_agents_by_nik(office):
    agent, _ = office.coverage.save_agent(AgentInput("Sri Lestari", "3302015508900002", "Banyumas"))
    with pytest.raises(UserError, match="already belongs"):
        office.coverage.save_agent(AgentInput("Sri L.", "3302015508900002"))
    office.coverage.save_agent_month(agent.id, Month(2026, 10), 50, Money.rupiah(840_000), 35)
    office.coverage.save_agent_month(agent.id, Month(2026, 10), 52, Money.rupiah(873_600), 36)  # corrected
    view = office.coverage.agent(agent.id)
    assert (view.acquired, view.still_active, view.active_bp) == (52, 36, 6923)
    assert view.regency == "Kabupaten Banyumas"
    with pytest.raises(UserError, match="more than acquired"):
        office.coverage.save_agent_month(agent.id, Month(2026, 9), 10, Money.rupiah(1), 11)


def test_global_search_finds_programmes_agents_and_workers_by_name_or_nik(office):
    from desktop.services.coverage import search_coverage

    p = programme(office, "Baznas Banjarnegara 2026 — marbot masjid", sponsor="Baznas Kabupaten Banjarnegara")
    office.coverage.add_worker(WorkerInput(p.id, "Slamet Riyadi", NIK, WorkerGroup.MARBOT))
    office.coverage.save_agent(AgentInput("Sri Lestari", "3302015508900002"))
    with office.ctx.read() as session:
        assert [h.kind for h in search_coverage(session, "marbot", 10)] == ["Sponsorship"]
        worker = search_coverage(session, "1204850003", 10)
        assert [(h.kind, h.title) for h in worker] == [("Enrolled worker", "Slamet Riyadi")]
        assert NIK not in worker[0].subtitle  # masked in the hit
        assert [h.kind for h in search_coverage(session, "lestari", 10)] == ["Perisai agent"]
    hits = office.search.search("Slamet")
    assert any(h.area == "coverage" for h in hits)
    assert office.coverage.locate(worker[0].record_id) == "worker"
