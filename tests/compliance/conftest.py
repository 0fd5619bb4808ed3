"""Fixtures for the compliance tests: an office that can print letters, and employers with cases."""

from __future__ import annotations

import random
from datetime import date

import pytest

from desktop.domain.money import Money
from desktop.services.compliance_views import CaseView, EmployerView


@pytest.fixture
def office(services):
    """The demo Purwokerto office (profile, signatories, staff, its cuti bersama) on the test database."""
    from desktop.services.demo import office as demo_office

    demo_office.build(services, random.Random(1), services.ctx.today())
    return services


_NPP = iter(range(17_081_342, 17_999_999))


def make_employer(services, name: str = "PT Maju Jaya Abadi", **values) -> EmployerView:
    view = EmployerView(id=None, version=0, name=name, npp=values.pop("npp", str(next(_NPP))),
                        kabupaten=values.pop("kabupaten", "Banyumas"), kecamatan=values.pop("kecamatan", "Sokaraja"),
                        address=values.pop("address", "Jalan Raya Sokaraja Nomor 12"), **values)
    employer, _ = services.compliance.save_employer(view)
    return employer


def make_case(services, employer: EmployerView | None = None, *, opened: date = date(2026, 9, 1),
              **values) -> CaseView:
    employer = employer or make_employer(services)
    view = CaseView(id=None, version=0, employer_id=employer.id, case_type=values.pop("case_type", "tunggakan"),
                    arrears=values.pop("arrears", Money.rupiah(12_500_000)), arrears_months=values.pop("months", 5),
                    opened_on=opened, **values)
    case, _ = services.compliance.save_case(view)
    return case


def at_teguran_1(services, on: date, **values) -> CaseView:
    """A case whose Teguran Tertulis I went out on `on` (on paper, so no PDF is rendered)."""
    case = make_case(services, opened=on, **values)
    visited, _ = services.compliance.move(case.id, case.version, "visited", on=on, notes="Kunjungan lapangan")
    moved, _ = services.compliance.move(case.id, visited.case.version, "teguran_1", on=on,
                                        paper_letter=f"B/{on:%m%d}/KPS/{case.case_no}")
    return moved.case


@pytest.fixture
def helpers():
    class H:
        employer = staticmethod(make_employer)
        case = staticmethod(make_case)
        teguran_1 = staticmethod(at_teguran_1)

    return H


@pytest.fixture
def page(app_ui, qtbot, office):
    """The Kepatuhan page, shown, as the UI tests drive it."""
    from desktop.ui.compliance.page import CompliancePage

    widget = CompliancePage(office, None)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    return widget
