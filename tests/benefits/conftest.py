"""The staff of a small office acting on the Santunan & Beasiswa area."""

from __future__ import annotations

import pytest
from ben_helpers import Staff


@pytest.fixture
def staff(services, as_role) -> Staff:
    from desktop.services.office import OfficeView, SignatoryView

    services.office.save(OfficeView(
        id=None, version=0, name="BPJS Ketenagakerjaan Kantor Cabang Purwokerto", code="PWT",
        address="Jalan Jenderal Sudirman Nomor 477, Purwokerto 53116", city="Purwokerto", phone="(0281) 636010",
        regencies=("Kabupaten Banyumas", "Kabupaten Purbalingga", "Kabupaten Banjarnegara"),
        signatories=(SignatoryView(None, "Antony Sugiarto", "Kepala Kantor Cabang", "19750312"),)))
    return Staff(services, as_role("clerk", "rina"), as_role("clerk", "bagus"), as_role("supervisor", "diyah"),
                 as_role("head", "antony"))

