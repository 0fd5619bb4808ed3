"""Names, places and numbers that look like the Purwokerto branch's (all fictional)."""

from __future__ import annotations

import random
from datetime import date

REGENCIES = {
    # kabupaten: (BPS regency code in NIKs, kecamatan list)
    "Banyumas": ("3302", ["Purwokerto Utara", "Purwokerto Selatan", "Purwokerto Barat", "Purwokerto Timur",
                          "Sokaraja", "Ajibarang", "Wangon", "Banyumas", "Kembaran", "Baturraden", "Cilongok"]),
    "Purbalingga": ("3303", ["Purbalingga", "Kalimanah", "Bobotsari", "Kutasari", "Bojongsari", "Mrebet",
                             "Padamara", "Kemangkon"]),
    "Banjarnegara": ("3304", ["Banjarnegara", "Bawang", "Purwareja Klampok", "Mandiraja", "Wanadadi",
                              "Madukara", "Sigaluh", "Batur"]),
}

FIRST_MALE = ["Agus", "Bambang", "Budi", "Dedi", "Eko", "Fajar", "Hadi", "Joko", "Kurniawan", "Slamet",
              "Sugeng", "Teguh", "Wahyu", "Yanto", "Rudi", "Sutrisno", "Darsono", "Warsito", "Tarno", "Imam"]
FIRST_FEMALE = ["Sri", "Siti", "Dwi", "Endang", "Rina", "Wulan", "Yuliana", "Tri", "Lestari", "Nur",
                "Sumarni", "Rahayu", "Kartini", "Puji", "Retno", "Ani", "Fitri", "Indah", "Suci", "Tuti"]
LAST = ["Santoso", "Wibowo", "Setiawan", "Prasetyo", "Saputra", "Hidayat", "Nugroho", "Susanto", "Purnomo",
        "Rahmawati", "Wahyuni", "Lestari", "Handayani", "Kusuma", "Pratiwi", "Suharto", "Mulyono", "Riyadi"]


def person_name(rng: random.Random, female: bool | None = None) -> tuple[str, bool]:
    female = rng.random() < 0.5 if female is None else female
    first = rng.choice(FIRST_FEMALE if female else FIRST_MALE)
    return f"{first} {rng.choice(LAST)}", female


def nik(rng: random.Random, regency: str, birth: date, female: bool) -> str:
    """A structurally valid NIK (domain.md 9.1) for a fictional person."""
    code = REGENCIES[regency][0]
    kec = rng.randint(1, 27)
    day = birth.day + (40 if female else 0)
    return f"{code}{kec:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{rng.randint(1, 9999):04d}"


def birth_date(rng: random.Random, today: date, min_age: int, max_age: int) -> date:
    year = today.year - rng.randint(min_age, max_age)
    return date(year, rng.randint(1, 12), rng.randint(1, 28))


def phone(rng: random.Random) -> str:
    return f"08{rng.choice(['12', '13', '21', '22', '52', '57', '77', '81', '95'])}{rng.randint(10_000_000, 99_999_999)}"
