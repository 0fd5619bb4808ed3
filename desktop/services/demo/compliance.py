"""Demo compliance data: about 2,000 employers in Banyumas, Purbalingga and Banjarnegara and 300 open
cases spread over every state of the workflow, with their timelines, some outcomes, SKK batches and
a few tens of letters issued through the letter engine.

The bulk (employers, cases, actions) is written with batched inserts so the demo builds in seconds;
the steps that issue letters go through ComplianceService like a clerk's would. Letters sent before
the office started using Cabang carry a paper number of the old format ("B/0457/KPS/IX/2026").
Sectors follow the area: batik and food in Banyumas, wigs and false eyelashes (rambut palsu, bulu
mata palsu) and knalpot in Purbalingga, salak, Dieng potatoes and Klampok ceramics in Banjarnegara.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select

from desktop.domain import compliance as rules
from desktop.domain.compliance import CaseState, CaseType
from desktop.domain.dates import roman_month
from desktop.domain.money import Money
from desktop.models.base import new_id
from desktop.models.compliance import Case, CaseAction, Employer, Outcome
from desktop.models.types import utcnow
from desktop.services import audit
from desktop.services.app import Services
from desktop.services.demo.people import REGENCIES, person_name, phone

EMPLOYERS = 2000
SHARE = (("Banyumas", 0.5), ("Purbalingga", 0.3), ("Banjarnegara", 0.2))

# (KBLI, weight, risk class, name words, typical workers (low, high))
SECTORS = {
    "Banyumas": [
        ("13134", 8, 2, ["Batik", "Batik Tulis", "Batik Banyumasan"], (3, 40)),
        ("10793", 10, 2, ["Mendoan", "Keripik Tempe", "Getuk Goreng", "Kerupuk"], (2, 30)),
        ("10710", 6, 2, ["Nopia", "Roti", "Bakery", "Kue"], (3, 35)),
        ("41011", 8, 5, ["Karya Bangun", "Graha Konstruksi", "Bangun Persada"], (8, 120)),
        ("42101", 4, 5, ["Jaya Konstruksi", "Marga Utama", "Karya Jalan"], (15, 150)),
        ("46900", 10, 1, ["Niaga", "Sentosa Dagang", "Distribusi"], (3, 60)),
        ("47111", 12, 1, ["Mart", "Swalayan", "Toserba"], (5, 80)),
        ("56101", 8, 1, ["Rumah Makan", "Resto", "Soto Sokaraja"], (4, 45)),
        ("55110", 3, 1, ["Hotel", "Resort Baturraden", "Penginapan"], (12, 110)),
        ("49431", 4, 4, ["Ekspedisi", "Angkutan", "Logistik"], (6, 70)),
        ("86103", 3, 1, ["Klinik", "Klinik Pratama"], (6, 40)),
        ("85220", 3, 1, ["Yayasan Pendidikan", "Sekolah"], (10, 80)),
        ("14111", 5, 2, ["Konveksi", "Garmen"], (10, 200)),
    ],
    "Purbalingga": [
        ("32909", 22, 2, ["Rambut Palsu", "Bulu Mata", "Hair Craft", "Lash Indonesia"], (40, 1500)),
        ("29300", 8, 3, ["Knalpot", "Metal Works", "Logam Presisi"], (5, 90)),
        ("14111", 8, 2, ["Konveksi", "Garmen"], (10, 300)),
        ("10793", 8, 2, ["Keripik", "Kerupuk", "Olahan Singkong"], (2, 25)),
        ("47111", 10, 1, ["Mart", "Swalayan"], (5, 60)),
        ("41011", 6, 5, ["Karya Bangun", "Konstruksi Perwira"], (8, 90)),
        ("46900", 8, 1, ["Niaga", "Dagang Makmur"], (3, 40)),
        ("56101", 5, 1, ["Rumah Makan", "Sate Blater"], (4, 30)),
    ],
    "Banjarnegara": [
        ("01220", 14, 3, ["Salak Pondoh", "Tani Salak", "Agro Salak"], (5, 60)),
        ("01131", 10, 3, ["Agro Dieng", "Kentang Dieng", "Tani Makmur"], (5, 80)),
        ("10399", 8, 2, ["Carica Dieng", "Olahan Buah", "Manisan"], (3, 40)),
        ("23939", 6, 3, ["Keramik Klampok", "Gerabah", "Tanah Liat"], (3, 35)),
        ("47111", 10, 1, ["Mart", "Swalayan"], (5, 50)),
        ("41011", 6, 5, ["Karya Bangun", "Konstruksi Serayu"], (8, 80)),
        ("16101", 5, 3, ["Kayu", "Penggergajian Kayu"], (5, 45)),
        ("46900", 6, 1, ["Niaga", "Dagang Serayu"], (3, 30)),
    ],
}
NAME_WORDS = ["Maju", "Jaya", "Abadi", "Sejahtera", "Makmur", "Lestari", "Sentosa", "Mandiri", "Berkah", "Utama",
              "Sumber", "Rejeki", "Mulia", "Sinar", "Cahaya", "Prima", "Karya", "Putra", "Putri", "Indah", "Agung",
              "Barokah", "Anugrah", "Tunas", "Sakti", "Serayu", "Slamet", "Perwira", "Satria", "Bawor"]
WAGE_PER_WORKER = {"Banyumas": 2_338_000, "Purbalingga": 2_350_000, "Banjarnegara": 2_170_000}  # about the UMK
OFFICERS = {"Banyumas": ["hendra", "rina"], "Purbalingga": ["wahyu", "bagus"], "Banjarnegara": ["fajar", "sari"]}
# Open cases per state, and the closed ones that give the year's outcomes.
STATE_PLAN = ((CaseState.IDENTIFIED, 45), (CaseState.VISITED, 45), (CaseState.INVITED, 30),
              (CaseState.TEGURAN_1, 70), (CaseState.TEGURAN_2, 70), (CaseState.REFERRED, 40),
              (CaseState.RESOLVED, 70), (CaseState.CLOSED, 15))
EXPIRED_TEGURAN_1 = 37  # "issue Teguran Tertulis II to the 37 cases whose first warning has expired"


def _size(workers: int) -> str:
    return "mikro" if workers < 5 else "kecil" if workers < 20 else "menengah" if workers < 100 else "besar"


def _employers(rng: random.Random, today: date) -> list[dict]:
    rows, names, npps = [], set(), set()
    for kab, share in SHARE:
        sectors = SECTORS[kab]
        for _ in range(int(EMPLOYERS * share)):
            kbli, _w, risk, words, (lo, hi) = rng.choices(sectors, weights=[s[1] for s in sectors])[0]
            form = rng.choices(["PT", "CV", "UD", "Koperasi"], weights=[35, 35, 22, 8])[0]
            while True:
                core = rng.choice(words)
                name = f"{form} {core} {rng.choice(NAME_WORDS)}" + (f" {rng.choice(NAME_WORDS)}" if rng.random() < .5 else "")
                if form == "Koperasi":
                    name = f"Koperasi {rng.choice(['Produsen', 'Serba Usaha', 'Tani'])} {core} {rng.choice(NAME_WORDS)}"
                if name not in names:
                    names.add(name)
                    break
            registered = int(rng.triangular(lo, hi, lo + (hi - lo) * 0.15))
            status = rng.choices(["aktif", "pwbd", "tutup"], weights=[90, 7, 3])[0]
            npp = None
            if status != "pwbd":
                while (npp := str(rng.randint(10_000_000, 99_999_999))) in npps:
                    pass
                npps.add(npp)
            else:
                registered = 0
            estimated = registered + (rng.randint(1, max(2, registered // 2)) if rng.random() < .35 else 0)
            if status == "pwbd":
                estimated = rng.randint(lo, hi)
            wage = WAGE_PER_WORKER[kab] * 100
            npwp15 = f"{rng.choice(['01', '02', '03'])}{rng.randint(0, 999_999):06d}{rng.randint(0, 9)}{rng.choice(['521', '522', '523'])}000"
            programmes = ["JKK", "JKM", "JHT", "JP"] if registered >= 20 else ["JKK", "JKM", "JHT"]
            if rng.random() < .15:
                programmes = programmes[:2]
            kec = rng.choice(REGENCIES[kab][1])
            contact, _f = person_name(rng)
            rows.append({
                "npp": npp, "name": name, "npwp16": "0" + npwp15 if rng.random() < .8 else None,
                "npwp15": npwp15, "address": f"Jalan {rng.choice(['Raya', 'Jenderal Sudirman', 'Gatot Subroto', 'Ahmad Yani', 'Pahlawan', 'Merdeka', 'Serayu'])} Nomor {rng.randint(1, 250)}",
                "kabupaten": kab, "kecamatan": kec, "kbli": kbli, "sector": rules.KBLI_SECTORS[kbli], "risk_class": risk,
                "size": _size(max(registered, estimated)), "contact_name": contact, "contact_phone": phone(rng),
                "contact_email": "", "registered_workforce": registered, "estimated_workforce": estimated if estimated != registered or rng.random() < .3 else None,
                "estimate_source": rng.choice(rules.ESTIMATE_SOURCES), "estimate_date": today - timedelta(days=rng.randint(20, 400)),
                "programmes": [] if status == "pwbd" else programmes, "reported_wages": Money(registered * wage),
                "evidence_wages": None, "status": status, "notes": "",
            })
            if not rows[-1]["estimated_workforce"]:
                rows[-1]["estimate_source"], rows[-1]["estimate_date"] = "", None
    return rows


def build(services: Services, rng: random.Random, today: date) -> dict[str, int]:
    from desktop.services.compliance_common import Rules, next_case_no

    ctx = services.ctx
    r = Rules(ctx)
    cal, days = r.calendar, r.warning_days
    employers = _employers(rng, today)
    now = utcnow()
    stamp = {"created_at": now, "updated_at": now, "created_by": "diyah", "updated_by": "diyah", "origin": ctx.device,
             "version": 1}
    for e in employers:
        e.update(stamp, id=new_id())
    active = [e for e in employers if e["status"] == "aktif"]
    pwbd = [e for e in employers if e["status"] == "pwbd"]
    cases, actions, outcomes = [], [], []
    used: set = set()
    paper = {"n": 400}

    def paper_number(kind: str, day: date) -> str:
        paper["n"] += rng.randint(1, 4)
        return f"B/{paper['n']:04d}/KPS/{roman_month(day.month)}/{day.year}"

    def pick(kind: CaseType) -> dict:
        pool = pwbd if kind is CaseType.PWBD else active
        while True:
            e = rng.choice(pool)
            if (e["id"], kind) not in used:
                used.add((e["id"], kind))
                return e

    def back(d: date, n: int) -> date:
        return cal.add_working_days(d, -n)

    with ctx.write() as session:
        year_seq = {}
        for state, count in STATE_PLAN:
            for i in range(count):
                kind = rng.choices(list(CaseType), weights=[25, 20, 15, 20, 20])[0]
                e = pick(kind)
                officer = rng.choice(OFFICERS[e["kabupaten"]])
                # When the case entered its current state, chosen so the queue holds every class.
                if state is CaseState.TEGURAN_1:
                    since = back(today, rng.randint(days + 1, days + 25) if i < EXPIRED_TEGURAN_1 else rng.randint(0, days))
                elif state is CaseState.TEGURAN_2:
                    since = back(today, rng.randint(days + 1, days + 30) if i < 30 else rng.randint(0, days))
                elif state in rules.TERMINAL:
                    since = date(today.year, 1, 2) + timedelta(days=rng.randint(20, max(21, (today - date(today.year, 1, 2)).days - 5)))
                    since = cal.add_working_days(since, 0)
                else:
                    since = back(today, rng.randint(0, 30))
                path = _path(state, rng)
                dates = [since]
                for prev in reversed(path[:-1]):
                    gap = rng.randint(days + 1, days + 12) if prev in rules.WARNINGS else rng.randint(3, 15)
                    dates.insert(0, back(dates[0], gap))
                opened = dates[0]
                year_seq[opened.year] = year_seq.get(opened.year) or _last_seq(session, opened.year, next_case_no)
                year_seq[opened.year] += 1
                c = _case(kind, e, rng, today)
                c.update(stamp, id=new_id(), case_no=f"KP-{opened.year}-{year_seq[opened.year]:04d}",
                         employer_id=e["id"], officer=officer, opened_on=opened, state=state.value, state_since=since,
                         priority=rng.choices(rules.PRIORITIES, weights=[20, 60, 20])[0], referral_steps=[],
                         closed_on=None, close_reason="", notes="", awaiting_reply=False, escalate_from=None,
                         due_date=rules.due_date(state, since, cal, days))
                if state in rules.WARNINGS:
                    c["escalate_from"] = rules.escalate_from(since, cal, days)
                if state in (CaseState.INVITED, *rules.WARNINGS):
                    c["awaiting_reply"] = rng.random() < .8
                for k, (s, d) in enumerate(zip(path, dates, strict=True)):
                    a = {"case_id": c["id"], "employer_id": e["id"], "on_date": d, "officer": officer,
                         "kind": "opened" if k == 0 else s.value, "from_state": None if k == 0 else path[k - 1].value,
                         "to_state": s.value, "due_date": rules.due_date(s, d, cal, days), "letter_number": "",
                         "notes": ""}
                    if s in rules.LETTER_FOR_MOVE and k:
                        a["letter_number"] = paper_number(s.value, d)
                    if s is CaseState.VISITED:
                        a["notes"] = rng.choice(["Bertemu bagian personalia; data pekerja diminta.",
                                                 "Pimpinan tidak di tempat; diterima staf administrasi.",
                                                 "Ditemukan pekerja belum terdaftar di bagian produksi."])
                    actions.append(a)
                if state is CaseState.REFERRED:
                    steps = rng.sample(["nota_1", "tmp3t"], rng.randint(0, 2))
                    for st in steps:
                        d = cal.add_working_days(since, rng.randint(1, 8))
                        if d <= today:
                            c["referral_steps"].append(st)
                            actions.append({"case_id": c["id"], "employer_id": e["id"], "on_date": d, "officer": officer,
                                            "kind": st, "from_state": state.value, "to_state": state.value, "due_date": None,
                                            "letter_number": paper_number(st, d) if st == "tmp3t" else "",
                                            "notes": "Nota pemeriksaan I diterbitkan Pengawas Ketenagakerjaan Provinsi" if st == "nota_1" else ""})
                if c["awaiting_reply"] is False and state in (CaseState.INVITED, *rules.WARNINGS):
                    d = min(today, cal.add_working_days(since, rng.randint(1, 5)))
                    actions.append({"case_id": c["id"], "employer_id": e["id"], "on_date": d, "officer": officer,
                                    "kind": "reply", "reply_date": d, "reply_content": rng.choice([
                                        "Perusahaan meminta waktu untuk melengkapi data pekerja.",
                                        "Pimpinan menyatakan akan mendaftarkan pekerja bulan depan.",
                                        "Perusahaan keberatan atas jumlah tunggakan dan meminta rekonsiliasi."]),
                                    "notes": ""})
                if state in rules.TERMINAL:
                    c.update(closed_on=since, due_date=None, awaiting_reply=False,
                             close_reason="Perusahaan telah memenuhi kewajiban" if state is CaseState.RESOLVED
                             else rng.choice(["Perusahaan tutup", "Data ganda dengan kasus lain", "Pindah wilayah kantor cabang"]))
                    if state is CaseState.RESOLVED:
                        outcomes.append(_outcome(c, e, since, rng) | stamp | {"id": new_id()})
                cases.append(c)
        session.execute(insert(Employer), employers)
        session.execute(insert(Case), cases)
        session.execute(insert(CaseAction), [a | {"id": new_id(), "created_at": _at(a["on_date"]),
                                                  "created_by": a["officer"], "origin": ctx.device,
                                                  "reply_date": a.get("reply_date"), "reply_content": a.get("reply_content", ""),
                                                  "letter_id": None, "evidence_name": "", "evidence_path": "",
                                                  "evidence_sha256": ""} for a in actions])
        session.execute(insert(Outcome), outcomes)
        audit.record(session, "import", "compliance_employer", None, summary=f"demo: {len(employers)} employers, "
                     f"{len(cases)} cases", after={"employers": len(employers), "cases": len(cases)})
    letters = _through_the_service(services, rng, today, cases)
    open_cases = sum(1 for c in cases if c["state"] not in {s.value for s in rules.TERMINAL})
    return {"employers": len(employers), "compliance_cases_open": open_cases,
            "compliance_cases": len(cases), "compliance_letters": letters}


# How the cases handed to the Kejaksaan went, as (status, share of the arrears paid) steps.
_JPN_PATHS = ((("diterima", 0), ("dipanggil", 0), ("pernyataan", 0), ("lunas", 100)),
              (("diterima", 0), ("mediasi", 0), ("sebagian", 50)),
              (("diterima", 0), ("tidak_hadir", 0)),
              (("diterima", 0), ("dipanggil", 0), ("dikembalikan", 0)),
              (("diterima", 0),))


def _skk_batches(comp, rng: random.Random, today: date) -> int:
    """One SKK hand-over of the cases whose Teguran Tertulis II has run out, a batch (one covering
    letter) per Kejaksaan Negeri, and how some of them went there since."""
    ready = []
    for kejari, n in (("Purbalingga", 6), ("Purwokerto", 5)):
        ready += [row for row in comp.skk_candidates(kejari) if row.state == CaseState.TEGURAN_2.value][:n]
    if not ready:
        return 0
    handed = max(row.escalate_from for row in ready)
    batches, _ = comp.create_skk_batches([(row.id, row.version) for row in ready], handed_over=handed,
                                         notes="Diserahkan langsung ke Seksi Datun")
    for batch in batches:
        for item, path in zip(batch.items, rng.sample(_JPN_PATHS, len(_JPN_PATHS)), strict=False):
            version = item.version
            for step, (status, paid) in enumerate(path, start=1):
                comp.update_skk_item(item.id, version, jpn_status=status,
                                     status_date=min(today, handed + timedelta(days=7 * step)),
                                     recovered=Money(item.arrears.sen * paid // 100))
                version += 1
    return len(batches)


def _last_seq(session, year: int, next_case_no) -> int:
    return int(next_case_no(session, year).rsplit("-", 1)[1]) - 1


def _at(day: date) -> datetime:
    return datetime.combine(day, time(9, 0), tzinfo=UTC)


def _path(state: CaseState, rng: random.Random) -> list[CaseState]:
    first = rng.choice([CaseState.VISITED, CaseState.INVITED])
    full = [CaseState.IDENTIFIED, first, CaseState.TEGURAN_1, CaseState.TEGURAN_2, CaseState.REFERRED]
    if state in rules.TERMINAL:
        return full[:rng.randint(2, 4)] + [state]
    return full[:full.index(state) + 1] if state in full else [CaseState.IDENTIFIED, state]


def _case(kind: CaseType, e: dict, rng: random.Random, today: date) -> dict:
    wage = WAGE_PER_WORKER[e["kabupaten"]]
    c = {"case_type": kind.value, "workers_unregistered": 0, "wage_gap": Money(0), "programmes_missing": [],
         "arrears": Money(0), "arrears_months": 0, "last_payment_date": None}
    if kind in (CaseType.PDS_TK, CaseType.PWBD):
        c["workers_unregistered"] = max(1, (e["estimated_workforce"] or e["registered_workforce"] + 3) - e["registered_workforce"])
    if kind is CaseType.PDS_UPAH:
        gap = min(150, max(1, e["registered_workforce"])) * rng.randint(100_000, 500_000)
        c["wage_gap"] = Money.rupiah(gap)
        e["evidence_wages"] = e["reported_wages"] + Money.rupiah(gap)
    if kind is CaseType.PDS_PROGRAM:
        c["programmes_missing"] = [p for p in ("JHT", "JP") if p not in e["programmes"]] or ["JP"]
    if kind is CaseType.TUNGGAKAN:
        months = rng.randint(2, 18)
        # JKK 0,24-1,74 % by risk class + JKM 0,30 % + JHT 5,7 % + JP 3 % of the monthly wages (reference 3.1)
        rate = (24, 54, 89, 127, 174)[(e["risk_class"] or 1) - 1] + 30 + 570 + 300
        monthly = Money.rupiah(max(1, e["registered_workforce"]) * wage).apply_rate(rate)
        c.update(arrears=Money.rupiah(monthly.rupiah_part * months), arrears_months=months,
                 last_payment_date=today - timedelta(days=30 * months + rng.randint(0, 20)))
    return c


def _outcome(c: dict, e: dict, day: date, rng: random.Random) -> dict:
    return {"case_id": c["id"], "employer_id": e["id"], "on_date": day, "officer": c["officer"],
            "workers_added": c["workers_unregistered"], "programmes_added": list(c["programmes_missing"]),
            "wages_corrected": c["wage_gap"], "arrears_recovered": Money(c["arrears"].sen * rng.choice([100, 100, 60]) // 100),
            "notes": ""}


def _through_the_service(services: Services, rng: random.Random, today: date, cases: list[dict]) -> int:
    """A few tens of letters issued as a clerk would: warnings, invitations, an SKK batch, TMP3T."""
    from desktop.services.app import services_for

    comp = services_for(services.ctx.db, services.ctx.paths, role="supervisor", username="diyah",
                        today=today).compliance
    letters = 0
    by_state = {}
    for c in cases:
        by_state.setdefault(c["state"], []).append(c)
    for c in rng.sample([c for c in by_state["visited"]], 8):
        comp.move(c["id"], 1, CaseState.TEGURAN_1.value, on=today, notes="Hasil kunjungan belum ditindaklanjuti")
        letters += 1
    for c in rng.sample([c for c in by_state["identified"]], 3):
        comp.move(c["id"], 1, CaseState.INVITED.value, on=today)
        letters += 1
    letters += _skk_batches(comp, rng, today)
    referred = [c for c in by_state["referred"] if "tmp3t" not in c["referral_steps"]]
    for c in rng.sample(referred, min(2, len(referred))):
        with services.ctx.read() as session:
            version = session.scalar(select(Case.version).where(Case.id == c["id"]))
        comp.referral_step(c["id"], version, "tmp3t", on=today)
        letters += 1
    return letters
