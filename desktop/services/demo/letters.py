"""Demo letters and receipts over the demo year: socialisation invitations to employers and village
heads, clarification invitations, a few cancelled numbers, and scholarship receipts.

Other areas' demo builders issue their own letters (warnings, PKS renewals, benefit notices)
through the same service, so this one stays small and fast (one batch per event).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.domain.money import Money
from desktop.services.app import Services
from desktop.services.demo.people import REGENCIES, birth_date, nik, person_name
from desktop.services.letters import LetterRequest, ReceiptRequest, Recipient

COMPANY_A = ["Maju", "Sinar", "Karya", "Mitra", "Sumber", "Putra", "Cahaya", "Berkah", "Tunas", "Bina"]
COMPANY_B = ["Jaya Abadi", "Sentosa", "Makmur", "Mandiri", "Rejeki", "Sejahtera", "Utama", "Lestari", "Perkasa",
             "Nusantara"]
STREETS = ["Jalan Jenderal Sudirman", "Jalan Gatot Subroto", "Jalan HR Bunyamin", "Jalan Overste Isdiman",
           "Jalan Raya Sokaraja", "Jalan Jenderal Soedirman", "Jalan Mayjend Sungkono", "Jalan Raya Bawang"]
CITY = {"Banyumas": "Purwokerto", "Purbalingga": "Purbalingga", "Banjarnegara": "Banjarnegara"}

EVENTS = [
    ("Program Jaminan Sosial Ketenagakerjaan bagi Pemberi Kerja", "Banyumas",
     "Aula BPJS Ketenagakerjaan Kantor Cabang Purwokerto", 6),
    ("Perlindungan Pekerja Rentan melalui Dana Desa", "Purbalingga", "Pendopo Kecamatan Kalimanah", 5),
    ("Layanan Pusat Layanan Kecelakaan Kerja (PLKK)", "Banjarnegara", "Aula Dinas Kesehatan Kabupaten Banjarnegara", 4),
    ("Kepesertaan Jasa Konstruksi", "Banyumas", "Ruang Rapat Dinas PUPR Kabupaten Banyumas", 5),
    ("Program Jaminan Sosial Ketenagakerjaan bagi Pemberi Kerja", "Purbalingga",
     "Gedung Graha Adiguna Purbalingga", 6),
]


def _company(rng: random.Random) -> str:
    return f"{rng.choice(['PT', 'PT', 'CV'])} {rng.choice(COMPANY_A)} {rng.choice(COMPANY_B)}"


def _address(rng: random.Random, regency: str) -> tuple[str, str]:
    kecamatan = rng.choice(REGENCIES[regency][1])
    return f"{rng.choice(STREETS)} Nomor {rng.randint(1, 250)}\nKecamatan {kecamatan}", CITY[regency]


def _working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def build(services: Services, rng: random.Random, today: date) -> dict[str, int]:
    letters = services.letters
    year = today.year
    contacts = [("Rina Wulandari", "(0281) 636010"), ("Bagus Prasetyo", "(0281) 636010"),
                ("Sari Handayani", "(0281) 636010")]
    issued = 0
    cancelled = 0
    # Events spread over the year, each with its invitations sent a week before.
    span = max((today - date(year, 1, 5)).days, 30)
    days = sorted(_working_day(date(year, 1, 5) + timedelta(days=rng.randint(0, span - 10))) for _ in EVENTS)
    all_issued = []
    for (topic, regency, place, count), sent in zip(EVENTS, days, strict=True):
        event_day = _working_day(sent + timedelta(days=7))
        contact = rng.choice(contacts)
        requests = []
        for _ in range(count):
            name = _company(rng)
            address, city = _address(rng, regency)
            requests.append(LetterRequest("undangan_sosialisasi", {
                "acara": topic, "wilayah": f"Kabupaten {regency}", "tanggal": event_day,
                "waktu": "09.00 WIB s.d. selesai", "tempat": place,
                "narahubung": contact[0], "telepon_narahubung": contact[1],
            }, Recipient(f"Pimpinan {name}", address, city)))
        batch, _ = letters.issue_batch(requests, issued_on=min(sent, today))
        all_issued += batch
        issued += len(batch)
    # Clarification invitations to employers whose reported wages look low.
    for _ in range(6):
        regency = rng.choice(list(REGENCIES))
        name = _company(rng)
        address, city = _address(rng, regency)
        sent = _working_day(date(year, rng.randint(2, min(today.month, 12)), rng.randint(1, 20)))
        sent = min(sent, today)
        contact = rng.choice(contacts)
        letter, _ = letters.issue(LetterRequest("undangan_klarifikasi", {
            "nama_perusahaan": name, "npp": f"{rng.randint(10_000_000, 29_999_999)}",
            "pokok_bahasan": rng.choice([
                "upah yang dilaporkan lebih rendah dari upah sebenarnya (PDS Upah)",
                "jumlah pekerja yang terdaftar lebih sedikit dari data wajib lapor ketenagakerjaan (PDS Tenaga Kerja)",
                "program yang diikuti belum lengkap (PDS Program)"]),
            "tanggal": _working_day(sent + timedelta(days=5)), "waktu": "10.00 WIB",
            "tempat": "Ruang Rapat BPJS Ketenagakerjaan Kantor Cabang Purwokerto",
            "dokumen": "daftar pekerja dan daftar upah tiga bulan terakhir, serta bukti pembayaran iuran terakhir.",
            "narahubung": contact[0], "telepon_narahubung": contact[1],
        }, Recipient(f"Pimpinan {name}", address, city)), issued_on=sent)
        all_issued.append(letter)
        issued += 1
    # Two numbers cancelled, as happens: a wrong address, an event moved.
    for letter, reason in zip(rng.sample(all_issued, 2), ("Salah alamat tujuan; surat dibuat ulang",
                                                          "Jadwal acara berubah"), strict=True):
        letters.cancel(letter.id, reason)
        cancelled += 1
    # Scholarship receipts paid at the counter.
    receipts = []
    for _ in range(5):
        heir, female = person_name(rng, female=True)
        regency = rng.choice(list(REGENCIES))
        deceased, _ = person_name(rng, female=False)
        level, amount = rng.choice([("SD", 1_500_000), ("SMP", 2_000_000), ("SMA", 3_000_000),
                                    ("Perguruan Tinggi", 12_000_000)])
        paid = min(_working_day(date(year, rng.randint(3, 10), rng.randint(1, 25))), today)
        child, _ = person_name(rng)
        receipts.append(ReceiptRequest(
            payee_name=heir, payee_nik=nik(rng, regency, birth_date(rng, today, 30, 55), female),
            amount=Money.rupiah(amount),
            purpose=f"Pembayaran beasiswa pendidikan tahun {year} jenjang {level} a.n. {child} "
                    f"(anak almarhum {deceased})",
            paid_on=paid, extra_lines=(("No. KPJ", f"{rng.randint(10**10, 10**11 - 1)}"), ("Hubungan", "Ibu kandung"))))
    receipts.sort(key=lambda r: r.paid_on)
    letters.issue_receipts(receipts)
    return {"letters": issued, "letters_cancelled": cancelled, "receipts": len(receipts)}
