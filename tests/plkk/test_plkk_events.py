"""Socialisation events: invited and attending parties, the batch of invitations, the attendance list,
and the Hasil Monev letter."""

from __future__ import annotations

from datetime import date

import pytest
from plkk_helpers import TODAY, office, partner, pdf_fonts, pdf_text

from desktop.errors import UserError
from desktop.services.plkk_views import EventInput, EventPartnerInput, FollowUpInput, MonevInput, OtherParty


def _event(services, *partners, held_on=date(2026, 12, 3)):
    saved, _ = services.plkk.save_event(EventInput(
        held_on, "Sosialisasi Program Sertakan bagi Mitra PLKK", place="Aula Kantor Cabang Purwokerto",
        start_time="09.00 WIB", partners=tuple(EventPartnerInput(p.id) for p in partners),
        others=(OtherParty("Budi Santoso", "Dinas Tenaga Kerja Kabupaten Banyumas", "Kepala Bidang"),)))
    return saved


def test_an_event_records_who_was_invited_and_who_came(services):
    a = partner(services, kode="3302R001", name="RSUD Banyumas")
    b = partner(services, kode="3303P001", name="Puskesmas Kalimanah", regency="Purbalingga")
    past, _ = services.plkk.save_event(EventInput(
        date(2026, 10, 7), "Monev PLKK Tahunan", place="New Resto", kind="koordinasi",
        partners=(EventPartnerInput(a.id, True, "dr. Sri Rahayu", "Kabid Yanmed"), EventPartnerInput(b.id)),
        others=(OtherParty("", "Dinas Kesehatan Kabupaten Banyumas", "", True),), minutes="Golden period."))
    assert (past.invited, past.attended) == (3, 2)
    moved = past.partners[1]
    edited, _ = services.plkk.save_event(EventInput(
        past.held_on, past.topic, place=past.place, kind=past.kind, minutes=past.minutes,
        partners=(EventPartnerInput(moved.partner_id, True),), others=past.others, id=past.id, version=past.version))
    assert [p.partner_name for p in edited.partners] == ["Puskesmas Kalimanah"]  # RSUD Banyumas uninvited
    assert [(e.topic, e.attended) for e in services.plkk.partner_detail(b.id).events] == [("Monev PLKK Tahunan", True)]
    assert services.plkk.partner_detail(a.id).events == ()
    rows = services.plkk.list_events().rows
    assert [(r.topic, r.invited, r.attended) for r in rows] == [("Monev PLKK Tahunan", 2, 2)]


def test_attendance_cannot_be_recorded_before_the_event(services):
    a = partner(services)
    with pytest.raises(UserError, match="once the event has taken place"):
        services.plkk.save_event(EventInput(date(2026, 12, 3), "Sosialisasi", partners=(EventPartnerInput(a.id, True),)))


def test_invitations_are_one_batch_one_letter_per_invited_party(services, tmp_path):
    office(services)
    partners = [partner(services, kode=f"3302R00{i}", name=f"RS Mitra {i}") for i in range(1, 4)]
    event = _event(services, *partners)
    letters, changes = services.plkk.issue_invitations(event.id, one_pdf=tmp_path / "undangan.pdf")
    assert len(letters) == 4 and len({x.number for x in letters}) == 4
    assert [x.recipient for x in letters] == ["Direktur RS Mitra 1", "Direktur RS Mitra 2", "Direktur RS Mitra 3",
                                              "Pimpinan Dinas Tenaga Kerja Kabupaten Banyumas"]
    text = pdf_text((tmp_path / "undangan.pdf").read_bytes())
    assert "Sosialisasi Program Sertakan bagi Mitra PLKK" in text and "3 Desember 2026" in text
    for p in partners:
        assert [x.template for x in services.plkk.partner_detail(p.id).letters] == ["undangan_sosialisasi"]


def test_the_attendance_list_is_a_pdf_with_embedded_fonts(services, tmp_path):
    office(services)
    a = partner(services, kode="3302R001", name="RSUD Prof. Dr. Margono Soekarjo")
    event = _event(services, a)
    services.plkk.save_event(EventInput(event.held_on, event.topic, place=event.place, start_time=event.start_time,
                                        partners=(EventPartnerInput(a.id, False, "dr. Sri Rahayu", "Kabid Yanmed"),),
                                        others=event.others, id=event.id, version=event.version))
    path = services.plkk.attendance_pdf(event.id, tmp_path / "hadir.pdf")
    data = path.read_bytes()
    text = " ".join(pdf_text(data).split())  # a long institution name wraps in its cell
    for expected in ("DAFTAR HADIR", "Kamis, 3 Desember 2026", "RSUD Prof. Dr. Margono Soekarjo", "dr. Sri Rahayu",
                     "Dinas Tenaga Kerja Kabupaten Banyumas", "Tanda Tangan", "KANTOR CABANG PURWOKERTO"):
        assert expected in text
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _name, embedded in fonts)


def test_hasil_monev_letter_carries_the_scores_and_follow_ups(services):
    office(services)
    p = partner(services)
    lines = services.plkk.score_lines()
    with pytest.raises(UserError, match="once the visit is done"):
        planned, _ = services.plkk.save_monev(MonevInput(p.id, "planned", planned_on=TODAY, officer="Hendra"))
        services.plkk.monev_result_request(planned.id)
    m, _ = services.plkk.save_monev(MonevInput(
        p.id, "done", visited_on=date(2026, 11, 2), officer="Hendra Kusuma",
        scores={line.criterion_id: 4 for line in lines}, findings="Laporan tahap I terlambat",
        follow_ups=(FollowUpInput("Kirim laporan tahap I dalam 2x24 jam", date(2026, 12, 15)),)))
    letter, _ = services.plkk.issue_monev_result(m.id)
    text = " ".join(pdf_text(letter.pdf_path.read_bytes()).split())
    assert "80,00 dari 100" in text and "Kirim laporan tahap I dalam 2x24 jam" in text
    assert "2 November 2026" in text and "15 Desember 2026" in text
    assert services.plkk.partner_detail(p.id).letters[0].number == letter.number
