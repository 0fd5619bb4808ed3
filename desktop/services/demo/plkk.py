"""Demo PLKK partners of the Purwokerto branch: about 40 hospitals, clinics, puskesmas and a BLK in
Banyumas, Purbalingga and Banjarnegara, with agreements in every state (in force, ending within
30/60/90 days, expired, renewed, not yet in force, none), monev history (some partners not yet
visited this year), a few socialisation events and Sertakan/CSR sponsorships.

Names of the public hospitals are the real institutions of the region; everything else (codes,
numbers, people, scores) is fictional.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from desktop.domain.dates import add_months, roman_month
from desktop.domain.plkk import MonevStatus
from desktop.services.app import Services
from desktop.services.demo.people import person_name, phone
from desktop.services.plkk_views import (
    AgreementInput,
    EventInput,
    EventPartnerInput,
    FollowUpInput,
    MonevInput,
    OtherParty,
    PartnerView,
    SponsorshipInput,
)

RS, KLINIK, PKM, DOKTER, BLK = "rumah_sakit", "klinik", "puskesmas", "praktik_dokter_bersama", "blk"
GOV, PRIV = "pemerintah", "swasta"
HOSPITAL = ("IGD 24 jam", "Rawat jalan", "Rawat inap", "ICU", "Bedah", "Rehabilitasi medik", "Ambulans",
            "Laboratorium", "Radiologi")
SMALL_HOSPITAL = ("IGD 24 jam", "Rawat jalan", "Rawat inap", "Bedah", "Ambulans", "Laboratorium", "Radiologi")
CLINIC = ("IGD 24 jam", "Rawat jalan", "Laboratorium")
PUSKESMAS = ("Rawat jalan", "Rawat inap", "Ambulans", "Laboratorium")

# (name, type, ownership, kabupaten, kecamatan, street, services)
PARTNERS = (
    ("RSUD Prof. Dr. Margono Soekarjo", RS, GOV, "Banyumas", "Purwokerto Timur", "Jalan Dr. Gumbreg Nomor 1",
     HOSPITAL),
    ("RSUD Banyumas", RS, GOV, "Banyumas", "Banyumas", "Jalan Rumah Sakit Nomor 1", HOSPITAL),
    ("RSUD Ajibarang", RS, GOV, "Banyumas", "Ajibarang", "Jalan Raya Pancasan", SMALL_HOSPITAL),
    ("RS Orthopaedi Purwokerto", RS, PRIV, "Banyumas", "Purwokerto Utara", "Jalan Soepardjo Roestam",
     HOSPITAL + ("Fisioterapi", "Return to Work")),
    ("RS Islam Purwokerto", RS, PRIV, "Banyumas", "Purwokerto Selatan", "Jalan Masjid Nomor 8", HOSPITAL),
    ("RSU Bunda Purwokerto", RS, PRIV, "Banyumas", "Purwokerto Utara", "Jalan Pramuka", SMALL_HOSPITAL),
    ("RS Hermina Purwokerto", RS, PRIV, "Banyumas", "Purwokerto Barat", "Jalan Yos Sudarso", HOSPITAL),
    ("RS Wijayakusuma Purwokerto", RS, GOV, "Banyumas", "Purwokerto Timur", "Jalan Prof. Dr. HR. Boenyamin",
     SMALL_HOSPITAL),
    ("RSU Siaga Medika Banyumas", RS, PRIV, "Banyumas", "Banyumas", "Jalan Raya Pekunden", SMALL_HOSPITAL),
    ("Klinik Pratama Husada Sokaraja", KLINIK, PRIV, "Banyumas", "Sokaraja", "Jalan Jenderal Soedirman", CLINIC),
    ("Klinik Utama Medika Baturraden", KLINIK, PRIV, "Banyumas", "Baturraden", "Jalan Raya Baturraden", CLINIC),
    ("Klinik Pratama Sehat Wangon", KLINIK, PRIV, "Banyumas", "Wangon", "Jalan Raya Wangon", CLINIC),
    ("Praktik Dokter Bersama Sehati", DOKTER, PRIV, "Banyumas", "Kembaran", "Jalan Raya Kembaran", ("Rawat jalan",)),
    ("Puskesmas Purwokerto Utara I", PKM, GOV, "Banyumas", "Purwokerto Utara", "Jalan Kampus", PUSKESMAS),
    ("Puskesmas Sokaraja I", PKM, GOV, "Banyumas", "Sokaraja", "Jalan Raya Sokaraja", PUSKESMAS),
    ("Puskesmas Ajibarang I", PKM, GOV, "Banyumas", "Ajibarang", "Jalan Pancasan", PUSKESMAS),
    ("Puskesmas Cilongok I", PKM, GOV, "Banyumas", "Cilongok", "Jalan Raya Cilongok", PUSKESMAS),
    ("UPTD Balai Latihan Kerja Kabupaten Banyumas", BLK, GOV, "Banyumas", "Purwokerto Timur",
     "Jalan Gerilya", ("Return to Work",)),
    ("RSUD dr. R. Goeteng Taroenadibrata Purbalingga", RS, GOV, "Purbalingga", "Purbalingga",
     "Jalan Tentara Pelajar Nomor 22", HOSPITAL),
    ("RSU Harapan Ibu Purbalingga", RS, PRIV, "Purbalingga", "Purbalingga", "Jalan Mayjen Panjaitan",
     SMALL_HOSPITAL),
    ("RS Nirmala Purbalingga", RS, PRIV, "Purbalingga", "Kalimanah", "Jalan Raya Kalimanah", SMALL_HOSPITAL),
    ("RSU Siaga Medika Purbalingga", RS, PRIV, "Purbalingga", "Bojongsari", "Jalan Raya Bojongsari",
     SMALL_HOSPITAL),
    ("Klinik Pratama Mitra Sehat Bobotsari", KLINIK, PRIV, "Purbalingga", "Bobotsari", "Jalan Raya Bobotsari",
     CLINIC),
    ("Klinik Pratama Padamara", KLINIK, PRIV, "Purbalingga", "Padamara", "Jalan Raya Padamara", CLINIC),
    ("Puskesmas Kalimanah", PKM, GOV, "Purbalingga", "Kalimanah", "Jalan Raya Kalimanah", PUSKESMAS),
    ("Puskesmas Bobotsari", PKM, GOV, "Purbalingga", "Bobotsari", "Jalan Raya Bobotsari", PUSKESMAS),
    ("Puskesmas Kutasari", PKM, GOV, "Purbalingga", "Kutasari", "Jalan Raya Kutasari", PUSKESMAS),
    ("Puskesmas Mrebet", PKM, GOV, "Purbalingga", "Mrebet", "Jalan Raya Mrebet", PUSKESMAS),
    ("Puskesmas Kemangkon", PKM, GOV, "Purbalingga", "Kemangkon", "Jalan Raya Kemangkon", PUSKESMAS),
    ("RSUD Hj. Anna Lasmanah Banjarnegara", RS, GOV, "Banjarnegara", "Banjarnegara",
     "Jalan Jenderal Sudirman Nomor 42", HOSPITAL),
    ("RS Islam Banjarnegara", RS, PRIV, "Banjarnegara", "Banjarnegara", "Jalan Raya Banjarnegara", SMALL_HOSPITAL),
    ("RS Emanuel Purwareja Klampok", RS, PRIV, "Banjarnegara", "Purwareja Klampok", "Jalan Raya Klampok",
     SMALL_HOSPITAL),
    ("Klinik Pratama Medika Mandiraja", KLINIK, PRIV, "Banjarnegara", "Mandiraja", "Jalan Raya Mandiraja", CLINIC),
    ("Klinik Pratama Dieng Batur", KLINIK, PRIV, "Banjarnegara", "Batur", "Jalan Dieng", CLINIC),
    ("Puskesmas Banjarnegara 1", PKM, GOV, "Banjarnegara", "Banjarnegara", "Jalan Pemuda", PUSKESMAS),
    ("Puskesmas Bawang 1", PKM, GOV, "Banjarnegara", "Bawang", "Jalan Raya Bawang", PUSKESMAS),
    ("Puskesmas Wanadadi 1", PKM, GOV, "Banjarnegara", "Wanadadi", "Jalan Raya Wanadadi", PUSKESMAS),
    ("Puskesmas Sigaluh 1", PKM, GOV, "Banjarnegara", "Sigaluh", "Jalan Raya Sigaluh", PUSKESMAS),
    ("Puskesmas Madukara 1", PKM, GOV, "Banjarnegara", "Madukara", "Jalan Raya Madukara", PUSKESMAS),
    ("Puskesmas Batur 1", PKM, GOV, "Banjarnegara", "Batur", "Jalan Dieng Raya", PUSKESMAS),
)
REGENCY_CODE = {"Banyumas": "3302", "Purbalingga": "3303", "Banjarnegara": "3304"}
TYPE_LETTER = {RS: "R", KLINIK: "K", PKM: "P", DOKTER: "D", BLK: "B"}
CONTACT_TITLE = {RS: "Kepala Bidang Pelayanan Medik", KLINIK: "Penanggung Jawab Klinik",
                 PKM: "Kepala Puskesmas", DOKTER: "Dokter Penanggung Jawab", BLK: "Kepala UPTD"}
OFFICERS = {"Banyumas": "Hendra Kusuma", "Purbalingga": "Wahyu Nugroho", "Banjarnegara": "Fajar Setiawan"}

# How each partner's agreements look relative to "today", cycling through the partners: the days
# left on the agreement in force, or a special case.
PLAN = ("renewed", 22, 200, 45, "long", 75, "expired", 140, 12, "renewed", 55, 310, "upcoming", 85, "renewed",
        260, 28, "none", 175, 67, "renewed_soon", 240, 35, "expired", 120, 88, 300, "renewed", 16, 150, 58,
        "long", 210, 80, "renewed", 190, "expired_inactive", 230, 40, 270)


def _number(seq: int, start: date) -> str:
    return f"PKS/{seq:03d}/KC-PWT/{roman_month(start.month)}/{start.year}"


def build(services: Services, rng: random.Random, today: date) -> dict[str, int]:
    plkk = services.plkk
    ids = []
    counts = {"plkk_partners": 0, "plkk_agreements": 0, "plkk_monev": 0, "plkk_events": 0,
              "plkk_sponsorships": 0, "plkk_letters": 0}
    serial = {code: 0 for code in REGENCY_CODE.values()}
    seq = 0
    for i, (name, kind, owner, regency, district, street, offered) in enumerate(PARTNERS):
        code = REGENCY_CODE[regency]
        serial[code] += 1
        contact, _female = person_name(rng)
        title = "dr. " if kind in (RS, PKM, DOKTER) and rng.random() < 0.6 else ""
        plan = PLAN[i % len(PLAN)]
        status = {"expired": "proses_perpanjangan", "none": "proses_perpanjangan",
                  "expired_inactive": "non_aktif"}.get(str(plan), "aktif")
        slug = "".join(ch for ch in name.lower() if ch.isalnum())[:24]
        partner, _ = plkk.save_partner(PartnerView(
            id=None, version=0, facility_type=kind, kode_faskes=f"{code}{TYPE_LETTER[kind]}{serial[code]:03d}",
            name=name, address=f"{street}, {district}, Kabupaten {regency}", regency=regency, district=district,
            phone=f"(028{rng.choice('169')}) {rng.randint(600000, 699999)}" if kind != DOKTER else phone(rng),
            email=f"{slug}@gmail.com" if kind != RS else f"info@{slug}.co.id",
            contact_name=title + contact, contact_position=CONTACT_TITLE[kind], services=tuple(offered),
            ownership=owner, status=status,
            notes="Mitra Return to Work (RTW) pekerja pasca kecelakaan kerja." if kind == BLK else ""))
        ids.append((partner, plan))
        counts["plkk_partners"] += 1
        for data in _agreements(partner.id, plan, today, rng):
            seq += 1
            plkk.save_agreement(replace(data, number=_number(seq, data.start_on)))
            counts["plkk_agreements"] += 1

    counts["plkk_monev"] = _monev(services, ids, rng, today)
    counts["plkk_events"] = _events(services, ids, rng, today)
    counts["plkk_sponsorships"] = _sponsorships(services, ids, today)
    counts["plkk_letters"] = _letters(services, today)
    return counts


def _agreements(partner_id, plan, today: date, rng: random.Random) -> list[AgreementInput]:
    scope = "Pelayanan kesehatan bagi peserta program JKK (kecelakaan kerja dan penyakit akibat kerja) secara cashless"

    def year_ending(end: date, months: int = 12) -> tuple[date, date]:
        return add_months(end + timedelta(days=1), -months), end

    def pks(start: date, end: date) -> AgreementInput:
        return AgreementInput(partner_id, "-", start, end, signed_on=start - timedelta(days=rng.randint(5, 25)),
                              scope=scope)

    if plan == "none":
        return []
    if plan == "long":
        start, end = year_ending(today + timedelta(days=rng.randint(400, 600)), 24)
        return [pks(start, end)]
    if plan in ("expired", "expired_inactive"):
        start, end = year_ending(today - timedelta(days=rng.randint(10, 200)))
        return [pks(start - timedelta(days=365), start - timedelta(days=1)), pks(start, end)]
    if plan == "upcoming":
        start = today + timedelta(days=rng.randint(10, 40))
        return [pks(start, add_months(start, 12) - timedelta(days=1))]
    if plan == "renewed":
        # the old agreement ended a few months ago and its renewal is in force
        old_end = today - timedelta(days=rng.randint(30, 200))
        old = pks(*year_ending(old_end))
        new_start = old_end + timedelta(days=1)
        return [pks(old.start_on - timedelta(days=365), old.start_on - timedelta(days=1)), old,
                pks(new_start, add_months(new_start, 12) - timedelta(days=1))]
    if plan == "renewed_soon":
        # ends in 20 days but the renewal is already signed: not flagged
        end = today + timedelta(days=20)
        first = pks(*year_ending(end))
        return [first, pks(end + timedelta(days=1), add_months(end + timedelta(days=1), 12) - timedelta(days=1))]
    end = today + timedelta(days=int(plan))
    return [pks(*year_ending(end))]


def _monev(services: Services, ids, rng: random.Random, today: date) -> int:
    plkk = services.plkk
    lines = plkk.score_lines()
    findings = (
        ("Laporan tahap I beberapa kasus dikirim lebih dari 2x24 jam.",
         "Menyampaikan laporan kecelakaan kerja tahap I paling lambat 2x24 jam melalui e-RSTC."),
        ("Petugas pendaftaran belum memahami pengecekan eligibilitas peserta BPU.",
         "Sosialisasi ulang pengecekan eligibilitas kepada petugas pendaftaran."),
        ("Tagihan direct billing bulan lalu terlambat diajukan.",
         "Mengajukan tagihan direct billing setiap bulan sebelum tanggal 10."),
        ("Papan informasi PLKK belum terpasang di IGD.", "Memasang papan informasi layanan PLKK di IGD."),
        ("", ""),
    )
    count = 0
    for n, (partner, plan) in enumerate(ids):
        if plan in ("none", "upcoming"):
            continue
        officer = OFFICERS[partner.regency]
        visits = [date(today.year - 1, rng.randint(2, 11), rng.randint(1, 28))]
        if n % 3 != 2:  # about a third have no visit this year yet
            day = date(today.year, rng.randint(2, max(2, today.month - 1)), rng.randint(1, 28))
            visits.append(min(day, today - timedelta(days=7)))
        for visit in visits:
            base = rng.randint(3, 5)
            scores = {line.criterion_id: max(1, min(line.max_score, base + rng.choice((-1, 0, 0, 1))))
                      for line in lines}
            finding, action = findings[rng.randrange(len(findings))]
            follow = ()
            if action:
                due = visit + timedelta(days=rng.choice((14, 30, 45)))
                done = visit.year < today.year or rng.random() < 0.3
                follow = (FollowUpInput(action, due, "done" if done else "open",
                                        due - timedelta(days=3) if done else None),)
            plkk.save_monev(MonevInput(partner.id, MonevStatus.DONE.value, planned_on=visit, visited_on=visit,
                                       officer=officer, scores=scores, findings=finding, follow_ups=follow))
            count += 1
        if n % 3 == 2 and n % 2 == 0:  # some of those not visited yet have a visit planned
            plkk.save_monev(MonevInput(partner.id, MonevStatus.PLANNED.value,
                                       planned_on=today + timedelta(days=rng.randint(5, 30)), officer=officer))
            count += 1
    return count


def _events(services: Services, ids, rng: random.Random, today: date) -> int:
    plkk = services.plkk
    by_regency: dict[str, list] = {}
    for partner, plan in ids:
        if plan != "expired_inactive":
            by_regency.setdefault(partner.regency, []).append(partner)
    dinkes = [OtherParty("", f"Dinas Kesehatan Kabupaten {r}", "Kepala Bidang Pelayanan Kesehatan", True)
              for r in ("Banyumas", "Purbalingga", "Banjarnegara")]

    def invited(partners, attended_share: float, past: bool):
        return tuple(EventPartnerInput(p.id, past and rng.random() < attended_share, person_name(rng)[0] if past else "",
                                       "Koordinator PLKK" if past else "") for p in partners)

    events = [
        EventInput(today - timedelta(days=200), "Sosialisasi dan Koordinasi Mitra PLKK Kabupaten Banyumas",
                   place="Aula BPJS Ketenagakerjaan Kantor Cabang Purwokerto", start_time="09.00 WIB",
                   partners=invited(by_regency["Banyumas"], 0.85, True),
                   others=(dinkes[0], OtherParty("", "Dinas Tenaga Kerja Kabupaten Banyumas", "Kepala Bidang", True)),
                   minutes="Pemaparan alur pelayanan cashless PLKK dan pelaporan tahap I/II melalui e-RSTC. "
                           "Mitra PLKK diajak mendaftarkan pekerja rentan di sekitarnya melalui program Sertakan."),
        EventInput(today - timedelta(days=60), "Monitoring dan Evaluasi Tahunan PLKK Purbalingga dan Banjarnegara",
                   place="Hotel Braling Grand, Purbalingga", start_time="08.30 WIB",
                   partners=invited(by_regency["Purbalingga"] + by_regency["Banjarnegara"], 0.75, True),
                   others=(dinkes[1], dinkes[2]),
                   minutes="Evaluasi kecepatan pelayanan dan direct billing; golden period pertolongan pertama."),
        EventInput(today - timedelta(days=25), "Rapat Koordinasi Perlindungan Pekerja Rentan melalui CSR Mitra PLKK",
                   place="Ruang Rapat Bupati Banyumas", start_time="13.00 WIB", kind="koordinasi",
                   partners=invited([p for p in by_regency["Banyumas"] if p.facility_type == RS], 0.7, True),
                   others=(OtherParty("", "Sekretariat Daerah Kabupaten Banyumas", "Asisten Pemerintahan dan Kesra",
                                      True),
                           OtherParty("", "PT Sinar Bumi Purwokerto", "Manajer HRD", False)),
                   minutes="Rumah sakit mitra menyanggupi iuran pekerja rentan di sekitar lingkungan usaha."),
        EventInput(today + timedelta(days=14), "Sosialisasi Program Sertakan bagi Mitra PLKK",
                   place="Aula BPJS Ketenagakerjaan Kantor Cabang Purwokerto", start_time="09.00 WIB",
                   partners=invited([p for ps in by_regency.values() for p in ps if p.facility_type in (RS, KLINIK)],
                                    0, False),
                   others=(OtherParty("", "Dinas Tenaga Kerja Kabupaten Purbalingga", ""),)),
    ]
    for e in events:
        plkk.save_event(e)
    return len(events)


def _sponsorships(services: Services, ids, today: date) -> int:
    by_name = {p.name: p for p, _plan in ids}
    first = today.replace(day=1)
    plan = (
        ("RS Islam Purwokerto", "sertakan", 50, 12, add_months(first, -3), "Juru parkir dan pedagang sekitar RS"),
        ("RSUD Prof. Dr. Margono Soekarjo", "csr", 100, 6, add_months(first, -1), "Pedagang Pasar Wage Purwokerto"),
        ("RS Hermina Purwokerto", "sertakan", 25, 12, add_months(first, -8), "Pekerja informal sekitar RS"),
        ("RSUD dr. R. Goeteng Taroenadibrata Purbalingga", "csr", 75, 12, add_months(first, -2),
         "Petani dan buruh tani Kecamatan Purbalingga"),
        ("Klinik Pratama Husada Sokaraja", "sertakan", 10, 6, add_months(first, -10), "Tukang becak Sokaraja"),
    )
    for name, program, workers, months, start, notes in plan:
        services.plkk.save_sponsorship(SponsorshipInput(by_name[name].id, workers, months, start, program, notes))
    return len(plan)


def _letters(services: Services, today: date) -> int:
    issued = 0
    for item in services.plkk.expiring_agreements(30)[:2]:
        services.plkk.issue_renewal_notice(item.partner_id)
        issued += 1
    for partner in services.plkk.list_partners().rows[:1]:
        done = [m for m in services.plkk.monev_history(partner.id) if m.status == "done"]
        if done:
            services.plkk.issue_monev_result(done[0].id)
            issued += 1
    return issued
