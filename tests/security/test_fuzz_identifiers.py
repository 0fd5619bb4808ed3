"""NIK and NPWP fields take anything a clerk can type or paste: they answer with a UserError that
names the problem, or a value, and never crash."""

from __future__ import annotations

from datetime import date

from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop.domain.identifiers import (
    InvalidIdentifier,
    is_valid_nik,
    mask_nik,
    parse_kpj,
    parse_nik,
    parse_npp,
    parse_npwp,
)
from desktop.errors import UserError

TYPED = st.one_of(
    st.text(max_size=40),
    st.text(alphabet="0123456789 .-", max_size=30),
    st.from_regex(r"\A(1[1-9]|[2-9][0-9])[0-9]{14}\Z"),  # 16 digits that look like a NIK
    st.text(alphabet="0123456789\u0660\u0661\u00b2\u2212\u00a0\t\n\u200b", max_size=24),  # look-alikes
)


@settings(max_examples=400, deadline=None)
@given(TYPED, st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
@example("3302011204850003", date(2026, 11, 20))
@example("3302 0112 0485 0003", date(2026, 11, 20))
@example("3302014502000001", date(2000, 2, 14))  # a woman born on 29 February of a leap year: 2000-02-05
@example("33020129029 60001", date(2026, 1, 1))
@example("\u0663\u0663" + "0" * 14, date(2026, 1, 1))
def test_nik_parser_never_crashes(text, today):
    try:
        info = parse_nik(text, today=today)
    except InvalidIdentifier as exc:
        assert str(exc)  # the message renders with its parameters
        assert not is_valid_nik(text, today=today)
        return
    assert len(info.nik) == 16 and info.nik.isdigit() and info.birth_date <= today
    assert info.sex in ("L", "P")
    masked = mask_nik(info.nik)
    assert masked[:4] == info.nik[:4] and masked[-2:] == info.nik[-2:] and "*" in masked


@settings(max_examples=400, deadline=None)
@given(TYPED)
@example("01.234.567.8-901.000")
@example("0012 3456 7890 1000")
@example("١٢٣")
def test_npwp_kpj_npp_parsers_never_crash(text):
    for parse in (parse_npwp, parse_kpj, parse_npp):
        try:
            value = parse(text)
        except UserError as exc:
            assert str(exc)
            continue
        if parse is parse_npwp:
            assert len(value.digits16) == 16 and value.digits16.isdigit()
            assert value.display().replace(" ", "") == value.digits16
        elif parse is parse_kpj:
            assert len(value) == 11 and value.isdigit()
        else:
            assert 1 <= len(value) <= 20 and value.isalnum()
