"""Demo death claims and scholarships of the Purwokerto branch: about 100 deaths from 2023 to the
demo's "today" (mostly JKM, a few JKK, a few before December 2019 paid under PP 44/2015) across
Banyumas, Purbalingga and Banjarnegara; heirs, documents, disbursements in every state with their
kuitansi, a reversal and its correction, and about 90 children with scholarship years across several
academic years (paid, in progress, due and overdue). Built through the services, deterministic from
the seed and the demo's "today". People and numbers are fictional.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

from desktop.domain import scholarships as sch
from desktop.domain.benefits_rules import DEFAULT_RULES, ScholarshipScheme
from desktop.domain.dates import add_months, age_on
from desktop.domain.money import Money
from desktop.services.app import Services, services_for
from desktop.services.benefits_views import ChildInput, ClaimInput, HeirInput
from desktop.services.demo.people import REGENCIES, birth_date, nik, person_name, phone

EMPLOYERS = {
    "Banyumas": ["PT Sinar Mas Purwokerto", "CV Karya Mandiri Sokaraja", "PT Industri Kayu Ajibarang",
                 "PT Mitra Batik Banyumas", "Koperasi Serba Usaha Baturraden", "PT Tirta Wangon Lestari"],
    "Purbalingga": ["PT Sung Chang Indonesia", "PT Royal Korindah", "PT Bulu Mata Cantik Purbalingga",
                    "CV Knalpot Jaya Kalimanah", "PT Tiga Putra Bobotsari"],
    "Banjarnegara": ["PT Dieng Jaya", "CV Keramik Klampok", "PT Salak Madukara Sejahtera", "PD Gula Kelapa Batur"],
}
JAKON = ["Proyek Jalan Provinsi Ajibarang-Wangon", "Proyek Gedung Puskesmas Kalimanah",
         "Proyek Irigasi Serayu Banjarnegara", "Proyek Jembatan Sungai Klawing"]
BANKS = ["BRI", "BNI", "Bank Mandiri", "BTN", "Bank Jateng", "BSI"]
STREETS = ["Jalan Merdeka", "Jalan Pahlawan", "Jalan Raya", "Jalan Masjid", "Jalan Kenanga", "Gang Melati"]
CLERKS = {"Banyumas": "rina", "Purbalingga": "bagus", "Banjarnegara": "sari"}
OLD_DEATHS = (date(2018, 10, 9), date(2019, 4, 17), date(2019, 8, 2), date(2019, 11, 26))


def _as(services: Services, username: str, role: str, today: date) -> Services:
    return services_for(services.ctx.db, services.ctx.paths, role=role, username=username, today=today)


def _kpj(rng: random.Random, used: set[str]) -> str:
    while True:
        kpj = f"{rng.randint(1, 9)}{rng.randint(0, 10**10 - 1):010d}"
        if kpj not in used:
            used.add(kpj)
            return kpj


def _account(rng: random.Random) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((10, 13, 15))))


def _heir(rng: random.Random, regency: str, relationship: str, female: bool, min_age: int, max_age: int,
          on: date) -> HeirInput:
    name, _ = person_name(rng, female)
    born = birth_date(rng, on, min_age, max_age)
    kec = rng.choice(REGENCIES[regency][1])
    return HeirInput(nik=nik(rng, regency, born, female), name=name, relationship=relationship, birth_date=born,
                     address=f"{rng.choice(STREETS)} Nomor {rng.randint(1, 120)}\n{kec}", phone=phone(rng),
                     bank_name=rng.choice(BANKS), account_number=_account(rng))


def _death_dates(rng: random.Random, today: date, count: int) -> list[date]:
    start = date(2023, 1, 2)
    span = max((today - timedelta(days=5) - start).days, 30)
    return sorted(list(OLD_DEATHS) + [start + timedelta(days=rng.randint(0, span)) for _ in range(count)])


def build(services: Services, rng: random.Random, today: date) -> dict[str, int]:
    users = {u.username: u.role for u in services.users.list()}
    if "rina" not in users:
        return {}  # no demo office staff: nothing to act as
    clerks = {u: _as(services, u, "clerk", today) for u in ("rina", "bagus", "sari")}
    approvers = [_as(services, u, "supervisor", today) for u in ("diyah", "muktiningsih")]
    head = _as(services, "antony", "head", today)
    used: set[str] = set()
    counts = defaultdict(int)
    to_pay: dict[date, list[tuple]] = defaultdict(list)  # paid on -> [(disbursement id, clerk)]
    pipeline: list[tuple] = []  # (disbursement id, clerk, verifier, approver, target state, paid on)
    current_ay = sch.academic_year_of(today)
    recent = 0

    for death in _death_dates(rng, today, 96):
        regency = rng.choices(list(REGENCIES), weights=(50, 27, 23))[0]
        clerk_name = CLERKS[regency]
        clerk = clerks[clerk_name]
        verifier = clerks[rng.choice([u for u in clerks if u != clerk_name])]
        segment = rng.choices(("PU", "BPU", "JAKON"), weights=(58, 32, 10))[0]
        cause = "jkk" if rng.random() < (0.14 if segment == "JAKON" else 0.07) else "jkm"
        female = rng.random() < 0.28
        name, _ = person_name(rng, female)
        born = birth_date(rng, death, 24, 58)
        months = rng.choice((rng.randint(3, 35), rng.randint(36, 220), rng.randint(36, 220)))
        start = add_months(death, -months - rng.randint(0, 10))
        if segment == "BPU":
            wage = Money.rupiah(rng.randrange(1_000_000, 3_000_001, 50_000))
            employer = ""
        elif segment == "JAKON":
            wage = Money.rupiah(rng.randrange(2_300_000, 4_500_001, 50_000))
            employer = rng.choice(JAKON)
        else:
            wage = Money.rupiah(rng.randrange(2_200_000, 6_500_001, 50_000))
            employer = rng.choice(EMPLOYERS[regency])
        submitted = min(death + timedelta(days=rng.randint(6, 40)), today)
        claim_id, _ = clerk.benefits.create_claim(ClaimInput(
            kpj=_kpj(rng, used), nik=nik(rng, regency, born, female), name=name, segment=segment,
            death_date=death, cause=cause, contribution_months=months, reported_wage=wage, membership_start=start,
            birth_date=born, employer_name=employer,
            employer_npp=f"{rng.randint(10_000_000, 99_999_999)}" if segment == "PU" else "",
            kabupaten=regency, submitted_on=submitted))
        counts["ben_claims"] += 1
        counts["ben_claims_jkk" if cause == "jkk" else "ben_claims_jkm"] += 1

        # heirs, in the legal order
        roll = rng.random()
        heirs = []
        if roll < 0.86:
            spouse = _heir(rng, regency, "widower" if female else "widow", not female, 22, 60, death)
            heirs.append(spouse)
        elif roll < 0.95:
            heirs.append(_heir(rng, regency, "parent", rng.random() < 0.6, 45, 80, death))
        elif roll < 0.98:
            heirs.append(_heir(rng, regency, "sibling", rng.random() < 0.5, 20, 60, death))
        else:
            heirs.append(_heir(rng, regency, "funeral_arranger", False, 30, 60, death))
        heir_views = [clerk.benefits.add_heir(claim_id, h)[0] for h in heirs]
        counts["ben_heirs"] += len(heir_views)
        proposal = clerk.benefits.propose_heirs(claim_id)
        clerk.benefits.confirm_heirs(claim_id, list(proposal.entitled) + list(proposal.funeral_only))
        eligible = clerk.benefits.quote(ClaimInput("", "", "", segment, death, cause, months, wage, start)
                                        ).scholarship.eligible
        days_since = (today - submitted).days
        if days_since > 12 or rng.random() < 0.5:
            clerk.benefits.receive_all_documents(claim_id, min(submitted + timedelta(days=rng.randint(0, 8)), today))
        elif days_since > 3:
            clerk.benefits.receive_all_documents(claim_id, submitted, kinds=["akta_kematian", "kk", "ktp_peserta"])

        # children with the scholarship; the guardian brings both children's proofs on the same day
        if eligible and heirs[0].relationship in ("widow", "widower"):
            rule = DEFAULT_RULES.rule_for(death)
            lump = rule.scholarship_scheme == ScholarshipScheme.LUMP_SUM
            plans = []
            for order in range(1 if lump else rng.choice((1, 2, 2, 2))):
                oldest = min(20 if order == 0 else 12, max(age_on(born, death) - 20, 0))
                cborn = birth_date(rng, death, 0, oldest)  # born when the parent was at least 20
                if cborn > death:
                    cborn = death - timedelta(days=30)
                ay_start = sch.academic_year_start(sch.academic_year_of(death))
                level, grade = sch.typical_level(age_on(cborn, ay_start) if ay_start >= cborn else 0)
                cname, cfemale = person_name(rng)
                child_id, _ = clerk.benefits.add_child(claim_id, ChildInput(
                    name=cname.split()[0] + " " + name.split()[-1], birth_date=cborn,
                    nik=nik(rng, regency, cborn, cfemale) if age_on(cborn, today) >= 17 else "",
                    guardian_heir_id=heir_views[0].id, level_at_start=level.value if level else None,
                    grade_at_start=grade))
                counts["ben_children"] += 1
                if not lump:
                    plan = sch.plan_child(rule, death, sch.ChildFacts(cborn, level, grade))
                    plans.append((child_id, {y.academic_year: y for y in plan.years}, rng.random() < 0.06))
            stopped: set = set()
            for ay in range(sch.academic_year_of(death), current_ay + 1):
                year_start = sch.academic_year_start(ay)
                proof = max(year_start, submitted) + timedelta(days=rng.randint(10, 80))
                if proof > today or (ay == current_ay and rng.random() < 0.45):
                    break  # this year's proofs have not come in yet: due or overdue
                paid_on = proof + timedelta(days=rng.randint(4, 25))
                approver = rng.choice(approvers)
                for child_id, years, stops in plans:
                    planned = years.get(ay)
                    if planned is None or child_id in stopped:
                        continue
                    _y, disb, _ = clerk.benefits.record_year(child_id, ay, planned.level.value, planned.grade,
                                                             proof, proof)
                    counts["ben_scholarship_years"] += 1
                    if paid_on <= today - timedelta(days=2):
                        pipeline.append((disb, clerk, verifier, approver, "paid", paid_on))
                    else:
                        pipeline.append((disb, clerk, verifier, approver,
                                         rng.choice(("draft", "verified", "approved")), None))
                    if stops and ay > sch.academic_year_of(death):
                        child = clerk.benefits.child(child_id)
                        clerk.benefits.stop_child(child_id, child.version,
                                                  rng.choice(("married", "working", "left_school")),
                                                  min(year_start + timedelta(days=300), today))
                        stopped.add(child_id)
                        counts["ben_children_stopped"] += 1

        # the death benefit itself
        if days_since < 15 and clerk.benefits.claim_row(claim_id).status == "open":
            continue  # documents still coming in
        try:
            ids, _ = clerk.benefits.create_disbursements(claim_id)
        except Exception:  # nothing payable (e.g. no heir of the right order)
            continue
        approver = head if cause == "jkk" else rng.choice(approvers)
        paid_on = submitted + timedelta(days=rng.randint(3, 14))
        if (today - death).days < 150:  # the latest claims are still in the workflow
            recent += 1
            state = ("draft", "verified", "approved", "approved", "paid")[recent % 5]
        else:
            state = "paid"
        paid_on = min(paid_on, today - timedelta(days=1))
        for disb in ids:
            pipeline.append((disb, clerk, verifier, approver, state, paid_on if state == "paid" else None))

    # move every disbursement to its state: verified by a second clerk, approved by a supervisor
    verify: dict[str, list] = defaultdict(list)
    approve: dict[str, list] = defaultdict(list)
    by_name = {s.actor.username: s for s in [*clerks.values(), *approvers, head]}
    for disb, clerk, verifier, approver, state, paid_on in pipeline:
        counts[f"ben_disbursements_{state}"] += 1
        if state != "draft":
            verify[verifier.actor.username].append(disb)
        if state in ("approved", "paid"):
            approve[approver.actor.username].append(disb)
        if state == "paid":
            to_pay[paid_on].append((disb, clerk))
    for stage, method in ((verify, "verify_many"), (approve, "approve_many")):
        for username, ids in stage.items():
            acting = by_name[username].benefits
            versions = acting.versions(ids)
            getattr(acting, method)([(i, versions[i]) for i in ids])

    # pay day by day (receipt numbers follow the dates), one receipt per heir and day
    for day in sorted(to_pay):
        by_clerk: dict[str, list] = defaultdict(list)
        for disb, clerk in to_pay[day]:
            by_clerk[clerk.actor.username].append((disb, clerk))
        for items in by_clerk.values():
            clerk = items[0][1]
            versions = clerk.benefits.versions([d for d, _c in items])
            result, _ = clerk.benefits.pay_many([(d, versions[d]) for d, _c in items], paid_on=day)
            counts["ben_receipts"] += len(result.receipt_numbers)

    counts.update(_corrections(rng, clerks, approvers, head, today))
    return dict(counts)


def _corrections(rng: random.Random, clerks: dict, approvers: list, head: Services, today: date) -> dict[str, int]:
    """A cancelled draft, and a payment made to the wrong account: reversed, then paid again."""
    from desktop.services.paging import PageRequest

    counts: dict[str, int] = defaultdict(int)
    rina = clerks["rina"]
    drafts = rina.benefits.disbursements_page(PageRequest(limit=50, filters={"state": "draft"})).rows
    for row in drafts[:1]:  # entered with the wrong account: cancelled and entered again
        clerk = next(c for c in clerks.values() if c.actor.username == row.entered_by)
        clerk.benefits.cancel(row.id, row.version, "Nomor rekening belum sesuai buku tabungan; dientri ulang")
        clerk.benefits.create_disbursements(row.claim_id)
        counts["ben_disbursements_cancelled"] += 1
    paid = [r for r in rina.benefits.disbursements_page(PageRequest(limit=400, filters={"state": "paid"})).rows
            if r.component == "funeral" and r.reversal_of is None and r.paid_on and r.paid_on.year >= 2024]
    for row in paid[:1]:
        supervisor = approvers[0]
        rev_id, _ = supervisor.benefits.reverse(row.id, row.version, "Salah rekening tujuan; dibayar ulang")
        new_id, _ = rina.benefits.add_disbursement(row.claim_id, row.component, row.heir_id, row.amount,
                                                   corrects=rev_id, note="Koreksi rekening")
        clerks["bagus"].benefits.verify(new_id, rina.benefits.disbursement(new_id).version)
        head.benefits.approve(new_id, rina.benefits.disbursement(new_id).version)
        rina.benefits.pay(new_id, rina.benefits.disbursement(new_id).version, paid_on=today)
        counts["ben_reversals"] += 1
    return counts
