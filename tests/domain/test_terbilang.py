import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from desktop.domain.money import Money
from desktop.domain.terbilang import number_words, terbilang, terbilang_title

# Every word an amount in words may use; anything else (a digit, "None", an English word, a
# misspelling from a library update) would end up on a receipt.
VOCABULARY = {
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "ribu", "juta",
    "miliar", "triliun", "kuadriliun", "rupiah", "sen", "minus",
}  # fmt: skip


@pytest.mark.parametrize(
    ("rupiah", "words"),
    [
        (0, "nol rupiah"),
        (1, "satu rupiah"),
        (11, "sebelas rupiah"),
        (19, "sembilan belas rupiah"),
        (100, "seratus rupiah"),
        (110, "seratus sepuluh rupiah"),
        (1_000, "seribu rupiah"),
        (10_000, "sepuluh ribu rupiah"),
        (21_000, "dua puluh satu ribu rupiah"),
        (101_000, "seratus satu ribu rupiah"),
        (1_000_000, "satu juta rupiah"),
        (1_001_000, "satu juta seribu rupiah"),
        (1_500_000, "satu juta lima ratus ribu rupiah"),
        (42_000_000, "empat puluh dua juta rupiah"),
        (174_000_000, "seratus tujuh puluh empat juta rupiah"),
        (1_000_001_000, "satu miliar seribu rupiah"),
        (1_000_000_000_000, "satu triliun rupiah"),
    ],
)
def test_whole_rupiah(rupiah, words):
    assert terbilang(Money.rupiah(rupiah)) == words


def test_amount_with_sen():
    assert terbilang(Money.parse("Rp304.256.414.524,88")) == (
        "tiga ratus empat miliar dua ratus lima puluh enam juta empat ratus empat belas ribu "
        "lima ratus dua puluh empat rupiah delapan puluh delapan sen"
    )


def test_sen_only_and_negative():
    assert terbilang(Money(50)) == "lima puluh sen"
    assert terbilang(Money(-150_000_000)) == "minus satu juta lima ratus ribu rupiah"
    assert terbilang(Money(-101)) == "minus satu rupiah satu sen"


def test_money_method_delegates():
    assert Money.rupiah(1_500_000).terbilang() == "satu juta lima ratus ribu rupiah"


def test_title_case_for_receipts():
    assert terbilang_title(Money.rupiah(1_500_000)) == "Satu Juta Lima Ratus Ribu Rupiah"
    assert terbilang_title(Money.parse("Rp12.345,67")) == (
        "Dua Belas Ribu Tiga Ratus Empat Puluh Lima Rupiah Enam Puluh Tujuh Sen"
    )


def test_number_words_limits():
    with pytest.raises(ValueError):
        number_words(-1)
    with pytest.raises(ValueError):
        number_words(10**21)


@given(st.integers(min_value=-(10**17), max_value=10**17))
def test_words_are_only_indonesian_number_words(sen):
    text = terbilang(Money(sen))
    assert set(text.split()) <= VOCABULARY
    # A lone thousand is "seribu" ("satu juta seribu"); "dua puluh satu ribu" is of course fine.
    assert not re.search(r"(^|minus |juta |miliar |triliun |kuadriliun )satu ribu", text)
    assert "  " not in text and text == text.strip()


@given(st.integers(min_value=0, max_value=10**17))
def test_agrees_with_num2words_except_its_satu_ribu(n):
    # num2words is right everywhere except a thousands group of exactly one after a larger scale.
    expected = num2words(n, lang="id").replace(" satu ribu", " seribu")
    if n // 1000 % 1000 == 1 and n >= 1_000_000:
        assert number_words(n) == expected
    else:
        assert number_words(n) == num2words(n, lang="id")
