"""The demo office: BPJS Ketenagakerjaan Kantor Cabang Purwokerto, its people and its calendar."""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.roles import Role
from desktop.services.app import Services
from desktop.services.office import OfficeView, SignatoryView

# The government's cuti bersama (SKB 3 Menteri) the demo office closes on.
CUTI_BERSAMA = [
    (date(2024, 4, 8), "Cuti bersama Idul Fitri 1445 H"), (date(2024, 4, 9), "Cuti bersama Idul Fitri 1445 H"),
    (date(2024, 4, 12), "Cuti bersama Idul Fitri 1445 H"), (date(2024, 4, 15), "Cuti bersama Idul Fitri 1445 H"),
    (date(2024, 12, 26), "Cuti bersama Natal"),
    (date(2025, 3, 28), "Cuti bersama Nyepi"), (date(2025, 4, 2), "Cuti bersama Idul Fitri 1446 H"),
    (date(2025, 4, 3), "Cuti bersama Idul Fitri 1446 H"), (date(2025, 4, 4), "Cuti bersama Idul Fitri 1446 H"),
    (date(2025, 4, 7), "Cuti bersama Idul Fitri 1446 H"), (date(2025, 12, 26), "Cuti bersama Natal"),
    (date(2026, 3, 18), "Cuti bersama Idul Fitri 1447 H"), (date(2026, 3, 19), "Cuti bersama Idul Fitri 1447 H"),
    (date(2026, 3, 23), "Cuti bersama Idul Fitri 1447 H"), (date(2026, 3, 24), "Cuti bersama Idul Fitri 1447 H"),
    (date(2026, 12, 24), "Cuti bersama Natal"),
]

STAFF = [
    ("antony", "Antony Sugiarto", Role.HEAD, "Banyumas"),
    ("diyah", "Diyah Lestari", Role.SUPERVISOR, "Banyumas"),
    ("muktiningsih", "Muktiningsih", Role.SUPERVISOR, "Purbalingga"),
    ("rina", "Rina Wulandari", Role.CLERK, "Banyumas"),
    ("bagus", "Bagus Prasetyo", Role.CLERK, "Purbalingga"),
    ("sari", "Sari Handayani", Role.CLERK, "Banjarnegara"),
    ("hendra", "Hendra Kusuma", Role.FIELD_OFFICER, "Banyumas"),
    ("wahyu", "Wahyu Nugroho", Role.FIELD_OFFICER, "Purbalingga"),
    ("fajar", "Fajar Setiawan", Role.FIELD_OFFICER, "Banjarnegara"),
]


def build(services: Services, rng: random.Random, today: date) -> dict[str, int]:
    office = OfficeView(
        id=None, version=0,
        name="BPJS Ketenagakerjaan Kantor Cabang Purwokerto",
        code="PWT",
        address="Jalan Jenderal Sudirman Nomor 477, Purwokerto 53116",
        city="Purwokerto",
        phone="(0281) 636010",
        email="purwokerto@bpjsketenagakerjaan.go.id",
        website="www.bpjsketenagakerjaan.go.id",
        regencies=("Kabupaten Banyumas", "Kabupaten Purbalingga", "Kabupaten Banjarnegara"),
        time_zone="WIB",
        default_tembusan=("Deputi Direktur Wilayah Jawa Tengah dan DIY", "Arsip"),
        signatories=(
            SignatoryView(None, "Antony Sugiarto", "Kepala Kantor Cabang", "19750312"),
            SignatoryView(None, "Diyah Lestari", "Kepala Bidang Kepesertaan", "19820517", on_behalf=True),
            SignatoryView(None, "Muktiningsih", "Kepala Bidang Pelayanan", "19800921", on_behalf=True),
        ),
    )
    services.office.save(office)
    for username, name, role, regency in STAFF:
        services.users.create(username, name, role.value, employee_no=str(rng.randint(10**7, 10**8 - 1)),
                              regency=regency)
    for day, name in CUTI_BERSAMA:
        services.settings.add_office_holiday(day, name)
    return {"users": len(STAFF) + 1, "office_holidays": len(CUTI_BERSAMA)}
