"""The demo office: BPJS Ketenagakerjaan Kantor Cabang Purwokerto, its people and its calendar."""

from __future__ import annotations

import random
from datetime import date

from desktop.domain.roles import Role
from desktop.domain.workdays import suggested_cuti_bersama
from desktop.services.app import Services
from desktop.services.office import OfficeView, SignatoryView

# The office closes on the government's cuti bersama (SKB 3 Menteri), as the holidays package lists them.
CUTI_BERSAMA_YEARS = (2024, 2025, 2026)


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
    closed = {d: n for year in CUTI_BERSAMA_YEARS for d, n in suggested_cuti_bersama(year).items()}
    for day, name in sorted(closed.items()):
        services.settings.add_office_holiday(day, name)
    return {"users": len(STAFF) + 1, "office_holidays": len(closed)}
