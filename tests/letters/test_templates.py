"""Templates are data: the defaults exist in a fresh database, fields are checked before numbering,
and an edited template is saved as a new revision."""

from __future__ import annotations

import pytest
from letters_helpers import teguran

from desktop.errors import StaleRecordError, UserError

KEYS = {"undangan_sosialisasi", "perpanjangan_pks", "hasil_monev", "undangan_klarifikasi", "teguran_1",
        "teguran_2", "pengantar_skk", "permohonan_tmp3t", "penetapan_santunan", "undangan_penyerahan",
        "pengingat_beasiswa"}


def test_fresh_database_has_the_eleven_default_templates(services):
    templates = {t.key: t for t in services.letters.templates()}
    assert KEYS <= set(templates)
    t1 = templates["teguran_1"]
    assert t1.version == 1
    names = {f.name: f for f in t1.fields}
    assert names["batas_waktu"].kind == "date" and names["batas_waktu"].required
    assert names["tunggakan"].kind == "money" and not names["tunggakan"].required
    assert "Pasal 55" in t1.body and "Peraturan Pemerintah Nomor 86 Tahun 2013" in t1.body


def test_missing_fields_are_listed(services):
    assert services.letters.missing_fields("teguran_1", {"nama_perusahaan": "PT A"}) == [
        "rujukan", "jenis_ketidakpatuhan", "batas_waktu", "narahubung", "telepon_narahubung"]
    # jangka_waktu has a default (10 working days), so it is never missing
    assert "jangka_waktu" not in services.letters.missing_fields("teguran_1", {})


def test_a_missing_field_stops_the_letter_before_it_is_numbered(office_services):
    request = teguran()
    fields = dict(request.fields)
    del fields["batas_waktu"]
    with pytest.raises(UserError) as info:
        office_services.letters.issue(type(request)(request.template, fields, request.recipient))
    assert "Deadline" in str(info.value)
    letter, _ = office_services.letters.issue(teguran())
    assert letter.number.startswith("001/")  # the refused letter took no number


def test_a_wrongly_typed_field_is_refused(office_services):
    with pytest.raises(UserError) as info:
        office_services.letters.preview(teguran(batas_waktu="besok"))
    assert "Deadline" in str(info.value)


def test_saving_a_template_makes_a_new_revision_and_issued_letters_keep_theirs(office_services):
    letters = office_services.letters
    old, _ = letters.issue(teguran())
    t = letters.template("teguran_1")
    new, changes = letters.save_template(
        "teguran_1", base_version=t.version, name=t.name, subject=t.subject,
        body=t.body.replace("Menindaklanjuti", "Merujuk"), closing=t.closing, fields=t.field_defs,
        note="kalimat pembuka")
    assert new.version == 2 and "letters" in {a.value for a in changes.areas}
    second, _ = letters.issue(teguran())
    assert (old.template_version, second.template_version) == (1, 2)
    assert [v.version for v in letters.template_history("teguran_1")] == [2, 1]
    with pytest.raises(StaleRecordError):  # saved from the revision the editor had open
        letters.save_template("teguran_1", base_version=1, name=t.name, subject=t.subject, body=t.body,
                              closing=t.closing, fields=t.field_defs)


def test_a_template_using_an_undefined_field_is_refused(services):
    t = services.letters.template("undangan_klarifikasi")
    with pytest.raises(UserError) as info:
        services.letters.save_template(t.key, base_version=t.version, name=t.name, subject=t.subject,
                                       body=t.body + "\n\nNomor izin: {nomor_izin}", closing=t.closing,
                                       fields=t.field_defs)
    assert "nomor_izin" in str(info.value)


def test_only_administrators_edit_templates(as_role):
    clerk = as_role("clerk", "rina")
    t = clerk.letters.template("teguran_2")
    with pytest.raises(UserError):
        clerk.letters.save_template(t.key, base_version=t.version, name=t.name, subject=t.subject,
                                    body=t.body, closing=t.closing, fields=t.field_defs)
