"""A large branch for the benchmarks, deterministic from a seed and built in well under a minute.

    uv run python benchmarks/branch.py --out benchmarks/data/branch.sqlite [--scale 1.0]

At scale 1: 30,000 employers, 300,000 participants, 5,000 compliance cases with 40,000 actions,
100 PLKK partners, 1,500 death claims with heirs, 3,000 scholarship children with their yearly
periods, 20,000 letters in the register. The schema comes from the real migrations and the office,
users and templates from the real services; the bulk rows go in through SQLAlchemy Core in large
batches (the services' one-by-one path would take hours and is measured elsewhere). No PDFs are
rendered for the 20,000 register entries: the register is what is measured.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.common import table  # noqa: E402
from desktop.config import Paths  # noqa: E402
from desktop.domain.money import Money  # noqa: E402
from desktop.models.base import new_id  # noqa: E402
from desktop.models.migrate import open_database  # noqa: E402
from desktop.services.app import services_for  # noqa: E402
from desktop.services.demo import people  # noqa: E402
from desktop.services.users import bootstrap_admin  # noqa: E402

TODAY = date(2026, 11, 20)
SIZES = {"employers": 30_000, "participants": 300_000, "cases": 5_000, "actions": 40_000, "partners": 100,
         "claims": 1_500, "children": 3_000, "letters": 20_000}
CHUNK = 5_000
REGENCIES = list(people.REGENCIES)
PREFIXES = ["PT", "CV", "UD", "Koperasi", "PT", "CV"]
WORDS = ["Maju", "Jaya", "Abadi", "Sentosa", "Makmur", "Sejahtera", "Mandiri", "Karya", "Utama", "Sukses",
         "Barokah", "Lestari", "Bersama", "Mulia", "Agung", "Indah", "Baru", "Serayu", "Slamet", "Dieng",
         "Bulu Mata", "Rambut", "Batik", "Salak", "Tahu", "Mendoan", "Konstruksi", "Logistik", "Tekstil"]
CASE_TYPES = ["pds_tk", "pds_upah", "pds_program", "pwbd", "tunggakan"]
STATES = ["identified", "visited", "invited", "teguran_1", "teguran_2", "referred", "resolved", "closed"]


def _company(rng: random.Random, i: int) -> str:
    return f"{rng.choice(PREFIXES)} {rng.choice(WORDS)} {rng.choice(WORDS)} {i % 997}"


def _insert(conn, table_obj, rows: list[dict]) -> int:
    for start in range(0, len(rows), CHUNK):
        conn.execute(table_obj.insert(), rows[start:start + CHUNK])
    return len(rows)


def _employers(rng: random.Random, n: int) -> list[dict]:
    rows = []
    for i in range(n):
        regency = REGENCIES[i % 3]
        code = people.REGENCIES[regency][0]
        registered = rng.randint(1, 400)
        rows.append({
            "id": new_id(), "npp": f"{code[2:]}{i:06d}", "name": _company(rng, i),
            "npwp16": f"0{rng.randint(10**13, 10**14 - 1)}0", "address": f"Jalan {rng.choice(WORDS)} No. {i % 200}",
            "kabupaten": regency, "kecamatan": rng.choice(people.REGENCIES[regency][1]),
            "kbli": f"{rng.randint(10000, 99999)}", "risk_class": rng.randint(1, 5),
            "size": rng.choice(["mikro", "kecil", "menengah", "besar"]), "registered_workforce": registered,
            "estimated_workforce": registered + rng.randint(0, 60), "estimate_source": "WLKP",
            "programmes": ["JKK", "JKM", "JHT"], "reported_wages": Money.rupiah(registered * 2_200_000),
            "status": "aktif",
        })
    return rows


def _participants(rng: random.Random, n: int, employers: list[dict]) -> list[dict]:
    rows = []
    for i in range(n):
        regency = REGENCIES[i % 3]
        female = rng.random() < 0.45
        name, _ = people.person_name(rng, female)
        birth = people.birth_date(rng, TODAY, 18, 60)
        employer = employers[i % len(employers)]
        rows.append({
            "id": new_id(), "kpj": f"{10_000_000_000 + i * 7 + 3:011d}"[-11:],
            "nik": people.nik(rng, regency, birth, female), "name": name, "birth_date": birth,
            "segment": rng.choice(["PU", "PU", "PU", "BPU", "JAKON"]), "employer_name": employer["name"],
            "employer_npp": employer["npp"], "membership_start": TODAY - timedelta(days=rng.randint(30, 7000)),
            "contribution_months": rng.randint(1, 200), "reported_wage": Money.rupiah(rng.randint(2_000, 6_000) * 1000),
        })
    return rows


def build(out: Path, *, scale: float = 1.0, seed: int = 11) -> dict[str, int]:
    from desktop.models import benefits as ben  # the area tables, imported where they are used
    from desktop.models import compliance as cmp
    from desktop.models import letters as let
    from desktop.models import plkk as pk

    rng = random.Random(seed)
    sizes = {k: max(1, int(v * scale)) for k, v in SIZES.items()}
    for suffix in ("", "-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(f"sqlite:///{out.resolve()}", device="bench")
    paths = Paths(data=out.parent / "home", logs=out.parent / "home" / "logs", backups=out.parent / "home" / "bk",
                  documents=out.parent / "home" / "docs").ensure()
    bootstrap_admin(db)
    services = services_for(db, paths, today=TODAY)
    from desktop.services.demo import office

    office.build(services, random.Random(seed), TODAY)
    services.letters.templates()  # makes sure the default templates exist
    counts: dict[str, int] = {}
    with db.engine.begin() as conn:
        employers = _employers(rng, sizes["employers"])
        counts["employers"] = _insert(conn, cmp.Employer.__table__, employers)
        counts["participants"] = _insert(conn, ben.BenParticipant.__table__,
                                         _participants(rng, sizes["participants"], employers))
        cases, actions = [], []
        for i in range(sizes["cases"]):
            employer = employers[rng.randrange(len(employers))]
            opened = TODAY - timedelta(days=rng.randint(5, 400))
            state = STATES[i % len(STATES)]
            case_id = new_id()
            cases.append({"id": case_id, "case_no": f"KP-{opened.year}-{i + 1:05d}", "employer_id": employer["id"],
                          "case_type": CASE_TYPES[i % 5], "workers_unregistered": rng.randint(0, 40),
                          "arrears": Money.rupiah(rng.randint(0, 90) * 1_000_000), "officer": "hendra",
                          "state": state, "opened_on": opened, "state_since": opened + timedelta(days=10),
                          "due_date": opened + timedelta(days=24)})
        per_case = max(1, sizes["actions"] // max(1, len(cases)))
        for case in cases:
            for k in range(per_case):
                actions.append({"id": new_id(), "case_id": case["id"], "employer_id": case["employer_id"],
                                "on_date": case["opened_on"] + timedelta(days=k * 7), "officer": "hendra",
                                "kind": "visited" if k == 0 else "note", "notes": "Kunjungan lapangan"})
        counts["cases"] = _insert(conn, cmp.Case.__table__, cases)
        counts["actions"] = _insert(conn, cmp.CaseAction.__table__, actions)
        partners = []
        for i in range(sizes["partners"]):
            regency = REGENCIES[i % 3]
            partners.append({"id": new_id(), "kode_faskes": f"{people.REGENCIES[regency][0]}X{i:03d}",
                             "name": f"Klinik {rng.choice(WORDS)} {i}", "facility_type": "klinik",
                             "regency": regency, "district": rng.choice(people.REGENCIES[regency][1])})
        counts["partners"] = _insert(conn, pk.PlkkPartner.__table__, [_only(pk.PlkkPartner, p) for p in partners])
        claims, heirs, children, years = [], [], [], []
        participant_ids = conn.execute(ben.BenParticipant.__table__.select().with_only_columns(
            ben.BenParticipant.id).limit(sizes["claims"])).scalars().all()
        for i, pid in enumerate(participant_ids):
            death = TODAY - timedelta(days=rng.randint(10, 1500))
            claim_id = new_id()
            claims.append({"id": claim_id, "participant_id": pid, "death_date": death, "cause": "jkm",
                           "programme": "JKM", "kabupaten": REGENCIES[i % 3], "submitted_on": death + timedelta(days=20),
                           "status": "paid", "entitlement_total": Money.rupiah(42_000_000), "rule_key": "PP82_2019",
                           "scholarship_eligible": True, "computed_on": death + timedelta(days=21)})
            heir_id = new_id()
            name, _ = people.person_name(rng, True)
            birth = people.birth_date(rng, TODAY, 25, 60)
            heirs.append({"id": heir_id, "claim_id": claim_id, "nik": people.nik(rng, REGENCIES[i % 3], birth, True),
                          "name": name, "relationship": "widow", "rank": 1, "bank_name": "BRI",
                          "account_number": f"{rng.randint(10**11, 10**12 - 1)}", "entitled": True, "confirmed": True})
            for order in (1, 2):
                if len(children) >= sizes["children"]:
                    break
                child_id = new_id()
                child_birth = people.birth_date(rng, TODAY, 6, 17)
                children.append({"id": child_id, "claim_id": claim_id, "child_order": order,
                                 "name": people.person_name(rng)[0], "birth_date": child_birth,
                                 "level_at_start": "tk_sd", "grade_at_start": 1})
                for year in (TODAY.year - 2, TODAY.year - 1, TODAY.year):
                    years.append({"id": new_id(), "child_id": child_id, "academic_year": year, "level": "tk_sd",
                                  "grade": 1 + year - (TODAY.year - 2), "amount": Money.rupiah(1_500_000),
                                  "status": "paid" if year < TODAY.year else "claimed"})
        counts["claims"] = _insert(conn, ben.BenClaim.__table__, claims)
        counts["heirs"] = _insert(conn, ben.BenHeir.__table__, heirs)
        counts["children"] = _insert(conn, ben.BenChild.__table__, children)
        counts["scholarship_years"] = _insert(conn, ben.BenScholarshipYear.__table__, years)
        letters = []
        for i in range(sizes["letters"]):
            year = 2024 + i % 3
            issued = date(year, 1 + i % 12, 1 + i % 28)
            letters.append({"id": new_id(), "number": f"{i + 1:05d}/TT1-PWT/{issued.month}/{year}",
                            "series": "letter:teguran_1", "year": year, "seq": i + 1, "template_key": "teguran_1",
                            "template_revision": 1, "subject": "Teguran Tertulis I (Pertama)", "issued_on": issued,
                            "recipient": f"Pimpinan {employers[i % len(employers)]['name']}", "field_data": {},
                            "render": {}, "about_entity": "compliance_case", "about_id": uuid.uuid4(),
                            "sha256": "0" * 64, "pdf_path": ""})
        counts["letters"] = _insert(conn, let.IssuedLetter.__table__, letters)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.dispose()
    return counts


def _only(model, row: dict) -> dict:
    """Keep the keys the table has (area tables differ in their optional columns)."""
    names = set(model.__table__.columns.keys())
    return {k: v for k, v in row.items() if k in names}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "data" / "branch.sqlite")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = the full branch; 0.01 for a quick check")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--tiny", action="store_true", help="a 1 %% branch (--scale 0.01): keeps the script working")
    args = parser.parse_args(argv)
    if args.tiny:
        args.scale = min(args.scale, 0.01)
    start = time.perf_counter()
    counts = build(args.out, scale=args.scale, seed=args.seed)
    elapsed = time.perf_counter() - start
    print(table([[k, f"{v:,}"] for k, v in counts.items()], ["table", "rows"]))
    print(f"built {args.out} in {elapsed:.1f} s ({args.out.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
