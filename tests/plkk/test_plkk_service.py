"""ClinicService on SQLite and PostgreSQL: partners, agreements and their expiry flags, monev,
sponsorships, stale edits, permissions and the partner's one-screen detail."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest
from plkk_helpers import TODAY, agreement_ending_in, office, partner

from desktop.domain.money import Money
from desktop.domain.plkk import AgreementState, ExpiryBand
from desktop.errors import PermissionDenied, StaleRecordError, UserError
from desktop.services.context import Area
from desktop.services.paging import PageRequest
from desktop.services.plkk_views import AgreementInput, MonevInput, SponsorshipInput


def rows(services, **filters):
    return services.plkk.list_partners(PageRequest(filters=filters, sort_key="agreement_end")).rows


def test_create_a_partner_and_find_it(services):
    saved, changes = services.plkk.save_partner(partner(services).with_changes(
        id=None, version=0, kode_faskes=" 3302 r002 ", name="  RS Islam   Purwokerto ", email="rsi@rsip.co.id",
        services=("igd 24 jam", "Ambulans")))
    assert Area.PLKK in changes
    assert (saved.kode_faskes, saved.name, saved.services) == ("3302R002", "RS Islam Purwokerto",
                                                               ("IGD 24 jam", "Ambulans"))
    assert services.plkk.partner(saved.id) == saved
    by_name = services.plkk.list_partners(PageRequest(sort_key="name")).rows
    assert [r.name for r in by_name] == ["RS Islam Purwokerto", "RSUD Banyumas"]
    hits = services.search.search("3302R002")
    assert [(h.area, h.title, h.record_id) for h in hits if h.area == "plkk"] == [
        ("plkk", "RS Islam Purwokerto", saved.id)]


def test_a_duplicate_kode_faskes_is_refused(services):
    first = partner(services, kode="3302R001")
    with pytest.raises(UserError, match="already has the kode faskes 3302R001"):
        partner(services, kode="3302r001", name="RS Lain")
    assert services.plkk.kode_faskes_taken("3302 R001")
    assert not services.plkk.kode_faskes_taken("3302R001", exclude=first.id)
    services.plkk.delete_partner(first.id, first.version)
    again = partner(services, kode="3302R001", name="RSUD Banyumas (baru)")  # a deleted partner frees its code
    assert [r.id for r in rows(services)] == [again.id]


def test_required_fields_and_formats_are_checked(services):
    base = partner(services)
    for change, message in (({"name": " "}, "name is required"), ({"kode_faskes": "R1"}, "not valid"),
                            ({"email": "rs@"}, "e-mail"), ({"regency": ""}, "kabupaten")):
        with pytest.raises(UserError, match=message):
            services.plkk.save_partner(base.with_changes(**change))
    assert services.plkk.partner(base.id) == base


def test_an_agreement_ending_before_it_starts_is_refused(services):
    p = partner(services)
    with pytest.raises(UserError, match="ends .* before it starts"):
        services.plkk.save_agreement(AgreementInput(p.id, "PKS/1", date(2026, 6, 1), date(2026, 5, 31)))
    assert services.plkk.agreements(p.id) == []


def test_overlapping_agreements_are_refused_and_a_renewal_extends_the_cover(services):
    p = partner(services)
    first = agreement_ending_in(services, p.id, 20, "PKS/001/2026")
    with pytest.raises(UserError, match="overlaps agreement PKS/001/2026"):
        services.plkk.save_agreement(AgreementInput(p.id, "PKS/002", first.end_on, first.end_on + timedelta(days=365)))
    assert rows(services)[0].band == ExpiryBand.WITHIN_30
    renewal, _ = services.plkk.save_agreement(AgreementInput(
        p.id, "PKS/002/2027", first.end_on + timedelta(days=1), first.end_on + timedelta(days=365)))
    assert renewal.renews_id == first.id and renewal.renews_number == "PKS/001/2026"
    row = rows(services)[0]
    assert (row.state, row.band, row.agreement_end) == (AgreementState.ACTIVE, ExpiryBand.OK, renewal.end_on)
    assert services.plkk.expiring_agreements(90) == []


@pytest.mark.parametrize(("days", "band"), [(20, ExpiryBand.WITHIN_30), (30, ExpiryBand.WITHIN_30),
                                            (45, ExpiryBand.WITHIN_60), (60, ExpiryBand.WITHIN_60),
                                            (75, ExpiryBand.WITHIN_90), (90, ExpiryBand.WITHIN_90),
                                            (120, ExpiryBand.OK)])
def test_expiry_flag_at_30_60_90_days(services, days, band):
    p = partner(services)
    agreement_ending_in(services, p.id, days)
    row = rows(services)[0]
    assert (row.days_left, row.band) == (days, band)


def test_expiry_filters_and_the_dashboard_list(services):
    ends = {"3302R001": 10, "3302R002": 50, "3302R003": 80, "3302R004": 200}
    ids = {}
    for kode, days in ends.items():
        ids[kode] = partner(services, kode=kode, name=f"RS {kode}").id
        agreement_ending_in(services, ids[kode], days, number=f"PKS/{kode}")
    expired = partner(services, kode="3302R005", name="RS Lama")
    services.plkk.save_agreement(AgreementInput(expired.id, "PKS/OLD", date(2025, 1, 1), date(2025, 12, 31)))
    partner(services, kode="3302R006", name="RS Baru")  # no agreement at all
    kodes = lambda **f: sorted(r.kode_faskes for r in rows(services, **f))  # noqa: E731
    assert kodes(expiry="30") == ["3302R001"]
    assert kodes(expiry="60") == ["3302R001", "3302R002"]
    assert kodes(expiry="90") == ["3302R001", "3302R002", "3302R003"]
    assert kodes(expiry="expired") == ["3302R005"]
    assert kodes(expiry="none") == ["3302R006"]
    expiring = services.plkk.expiring_agreements(90)
    assert [(e.kode_faskes, e.days_left, e.band) for e in expiring] == [
        ("3302R001", 10, ExpiryBand.WITHIN_30), ("3302R002", 50, ExpiryBand.WITHIN_60),
        ("3302R003", 80, ExpiryBand.WITHIN_90)]
    assert [e.kode_faskes for e in services.plkk.expiring_agreements(30)] == ["3302R001"]
    services.settings.set("plkk.expiry_warning_days", 60)  # the outer band is a setting
    assert kodes(expiry="90") == ["3302R001", "3302R002"]
    assert next(r for r in rows(services) if r.kode_faskes == "3302R003").band == ExpiryBand.OK


def test_filters_by_kabupaten_type_and_status(services):
    partner(services, kode="3302R001", name="RSUD Banyumas")
    partner(services, kode="3303P001", name="Puskesmas Kalimanah", facility_type="puskesmas", regency="Purbalingga")
    partner(services, kode="3304K001", name="Klinik Batur", facility_type="klinik", regency="Banjarnegara",
            status="non_aktif", ownership="swasta")
    assert [r.name for r in rows(services, regency="Purbalingga")] == ["Puskesmas Kalimanah"]
    assert [r.name for r in rows(services, facility_type="klinik")] == ["Klinik Batur"]
    assert [r.name for r in rows(services, status="non_aktif")] == ["Klinik Batur"]
    text = services.plkk.list_partners(PageRequest(text="kalimanah")).rows
    assert [r.kode_faskes for r in text] == ["3303P001"]


def test_a_stale_edit_is_refused(services):
    p = partner(services)
    services.plkk.save_partner(p.with_changes(phone="(0281) 111111"))  # another workstation saved first
    with pytest.raises(StaleRecordError):
        services.plkk.save_partner(p.with_changes(phone="(0281) 222222"))
    assert services.plkk.partner(p.id).phone == "(0281) 111111"
    a = agreement_ending_in(services, p.id, 100)
    services.plkk.save_agreement(AgreementInput(p.id, "PKS/EDIT", a.start_on, a.end_on, id=a.id, version=a.version))
    with pytest.raises(StaleRecordError):
        services.plkk.save_agreement(AgreementInput(p.id, "PKS/LAGI", a.start_on, a.end_on, id=a.id,
                                                    version=a.version))


def test_the_scanned_agreement_is_kept_with_its_hash(services, tmp_path):
    p = partner(services)
    scan = tmp_path / "PKS RSUD Banyumas.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned agreement")
    a, _ = services.plkk.save_agreement(AgreementInput(p.id, "PKS/1", date(2026, 1, 1), date(2026, 12, 31),
                                                       document=scan))
    assert a.document_name == "PKS RSUD Banyumas.pdf"
    assert a.document_sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    stored = services.plkk.agreement_document(a.id)
    assert stored.parent == services.ctx.paths.documents / "plkk" and stored.read_bytes() == scan.read_bytes()
    stored.write_bytes(b"%PDF-1.4 altered")
    with pytest.raises(UserError, match="changed after it was attached"):
        services.plkk.agreement_document(a.id)
    (tmp_path / "x.docx").write_bytes(b"PK")
    with pytest.raises(UserError, match="PDF or an image"):
        services.plkk.save_agreement(AgreementInput(p.id, "PKS/2", date(2027, 1, 1), date(2027, 12, 31),
                                                    document=tmp_path / "x.docx"))
    assert [x.number for x in services.plkk.agreements(p.id)] == ["PKS/1"]  # nothing half-saved


def test_monev_score_is_weighted_and_out_of_range_is_refused(services):
    p = partner(services)
    lines = services.plkk.score_lines()
    assert [line.name for line in lines] == ["Kecepatan pelayanan", "Direct billing",
                                             "Laporan tahap I dan II dalam 2x24 jam", "Integritas",
                                             "Sarana dan prasarana"]
    bad = {line.criterion_id: 5 for line in lines} | {lines[1].criterion_id: 6}
    with pytest.raises(UserError, match="Direct billing.*from 0 to 5"):
        services.plkk.save_monev(MonevInput(p.id, "done", visited_on=date(2026, 3, 2), officer="Hendra", scores=bad))
    assert services.plkk.monev_history(p.id) == []
    scores = dict(zip([line.criterion_id for line in lines], [5, 4, 3, 5, 4], strict=True))
    m, _ = services.plkk.save_monev(MonevInput(p.id, "done", visited_on=date(2026, 3, 2), officer="Hendra",
                                               scores=scores, findings="Laporan tahap I terlambat"))
    assert m.total.format() == "83,00"
    with pytest.raises(UserError, match="future"):
        services.plkk.save_monev(MonevInput(p.id, "done", visited_on=TODAY + timedelta(days=1), officer="Hendra",
                                            scores=scores))


def test_changed_criteria_do_not_rewrite_old_results(as_role):
    supervisor = as_role("supervisor", "diyah")
    p = partner(supervisor)
    lines = supervisor.plkk.score_lines()
    m, _ = supervisor.plkk.save_monev(MonevInput(p.id, "done", visited_on=date(2026, 3, 2), officer="Hendra",
                                                 scores={line.criterion_id: 4 for line in lines}))
    first = supervisor.plkk.criteria()[0]
    supervisor.plkk.save_criterion(first.__class__(first.id, first.version, first.name, 50, 10, True))
    assert supervisor.plkk.monev(m.id).total.format() == "80,00"
    assert supervisor.plkk.score_lines(m.id)[0].max_score == 5
    assert supervisor.plkk.score_lines()[0].max_score == 10
    with pytest.raises(PermissionDenied):
        as_role("clerk", "rina").plkk.save_criterion(first)


def test_yearly_monev_and_follow_ups(services):
    visited = partner(services, kode="3302R001", name="RSUD Banyumas")
    last_year = partner(services, kode="3302R002", name="RS Islam")
    partner(services, kode="3302R003", name="RS Tutup", status="non_aktif")
    scores = {line.criterion_id: 4 for line in services.plkk.score_lines()}
    m, _ = services.plkk.save_monev(MonevInput(
        visited.id, "done", visited_on=date(2026, 2, 10), officer="Hendra", scores=scores,
        follow_ups=(_follow("Kirim laporan tahap I tepat waktu", date(2026, 3, 1)),)))
    services.plkk.save_monev(MonevInput(last_year.id, "done", visited_on=date(2025, 8, 1), officer="Hendra",
                                        scores=scores))
    assert [r.name for r in services.plkk.partners_without_monev(2026)] == ["RS Islam"]
    assert services.plkk.partners_without_monev(2026)[0].last_monev == date(2025, 8, 1)
    open_items = services.plkk.open_follow_ups()
    assert [(f.partner_name, f.overdue) for f in open_items] == [("RSUD Banyumas", True)]
    services.plkk.set_follow_up_status(open_items[0].id, open_items[0].version, "done")
    assert services.plkk.open_follow_ups() == []
    detail = services.plkk.partner_detail(visited.id)
    assert detail.last_monev.id == m.id and not detail.monev_due_this_year
    assert detail.next_monev == date(2027, 12, 31) and not detail.next_monev_planned


def _follow(action, due):
    from desktop.services.plkk_views import FollowUpInput

    return FollowUpInput(action, due)


def test_sponsored_workers_and_their_cost(services):
    p = partner(services)
    s, changes = services.plkk.save_sponsorship(SponsorshipInput(p.id, 50, 12, date(2026, 9, 15)))
    assert Area.COVERAGE in changes
    assert (s.start_month, s.monthly_rate, s.total_cost) == (date(2026, 9, 1), Money.rupiah(16_800),
                                                             Money.rupiah(10_080_000))
    services.plkk.save_sponsorship(SponsorshipInput(p.id, 10, 3, date(2026, 1, 1)))  # ended in March
    assert services.plkk.sponsored_workers_total() == 50
    assert services.plkk.sponsored_workers_total(date(2026, 2, 1)) == 10
    detail = services.plkk.partner_detail(p.id)
    assert detail.workers_sponsored_now == 50 and detail.sponsorship_total == Money.rupiah(10_584_000)


def test_partner_detail_shows_the_letters_sent(services):
    office(services)
    p = partner(services, address="Jalan Rumah Sakit Nomor 1, Banyumas")
    a = agreement_ending_in(services, p.id, 20, "PKS/009/KC-PWT/XII/2025")
    request = services.plkk.renewal_notice_request(p.id)
    assert request.fields["nomor_pks"] == "PKS/009/KC-PWT/XII/2025"
    assert request.fields["tanggal_berakhir"] == a.end_on
    assert request.recipient.name == "Direktur RSUD Banyumas"
    letter, changes = services.plkk.issue_renewal_notice(p.id)
    assert Area.LETTERS in changes and Area.PLKK in changes
    detail = services.plkk.partner_detail(p.id)
    assert [x.number for x in detail.letters] == [letter.number]
    assert detail.current_agreement.id == a.id and detail.cover.band == ExpiryBand.WITHIN_30
    no_agreement = partner(services, kode="3302R009", name="RS Baru")
    with pytest.raises(UserError, match="no agreement in force"):
        services.plkk.renewal_notice_request(no_agreement.id)
