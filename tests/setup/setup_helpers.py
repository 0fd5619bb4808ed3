"""Clicking through the first-run wizard like a person (shared by the tests in tests/setup)."""

from __future__ import annotations

PASSWORD = "kopi tubruk pagi hari"


def click(wizard, which: str) -> None:
    from PySide6.QtWidgets import QWizard

    button = wizard.button(getattr(QWizard.WizardButton, f"{which}Button"))
    assert button.isEnabled() and button.isVisible(), f"{which} is not available on page {wizard.currentId()}"
    button.click()


def fill_office(page, *, name="BPJS Ketenagakerjaan Kantor Cabang Purwokerto", code="PWT") -> None:
    page.name.setText(name)
    page.code.setText(code)
    page.address.setText("Jalan Jenderal Sudirman Nomor 477")
    page.city.setText("Purwokerto")
    page.signatory_name.setText("Antony Sugiarto")
    page.signatory_position.setText("Kepala Kantor Cabang")
    page.signatory_no.setText("19750312")


def fill_admin(page, *, username="budi", full_name="Budi Santoso", password=PASSWORD) -> None:
    page.username.setText(username)
    page.full_name.setText(full_name)
    page.password.setText(password)
    page.repeat.setText(password)


def finish(wizard, qtbot, timeout=120_000) -> None:
    click(wizard, "Finish")
    qtbot.waitUntil(lambda: wizard.outcome is not None or bool(wizard.summary_page.error.text()), timeout=timeout)
    assert wizard.outcome is not None, wizard.summary_page.error.text()
