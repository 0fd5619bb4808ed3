"""Demo coverage data in line with the Purwokerto branch's published figures: about 740.000
potential workers in Banyumas, Purbalingga and Banjarnegara, about 32 % covered (Antony Sugiarto,
Dec 2023), BPU coverage near 9 % (as in Klaten, May 2024); sponsorship programmes from every kind of
source; a rapat koordinasi with the five outcomes of Blora's (Aug 2022) as commitments; 15 Perisai
agents with a year of monthly figures and about 70 % of their participants still active (Serang).

Figures, workers and Perisai figures go in through the import service (as a clerk would bring
them), the rest through the service calls the page uses.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.coverage import CommitmentStatus, Month, ProgrammeSet, SponsorSource, WorkerGroup
from desktop.domain.money import Money
from desktop.io.coverage_import import COLUMNS, FIGURES, PERISAI, WORKERS
from desktop.services.app import Services
from desktop.services.coverage_views import (
    AgentInput,
    CommitmentInput,
    MeetingInput,
    SponsorshipInput,
)
from desktop.services.demo.people import REGENCIES, birth_date, nik, person_name, phone

# kabupaten: (working population at the start, growth per year, coverage at start and now,
#             informal share of workers, BPU coverage at start and now, target now, population source)
PROFILE = {
    "Kabupaten Banyumas": (322_000, 0.010, 0.305, 0.352, 0.55, 0.068, 0.097, 3500, "bps"),
    "Kabupaten Purbalingga": (215_000, 0.009, 0.262, 0.300, 0.57, 0.062, 0.086, 3300, "bps"),
    "Kabupaten Banjarnegara": (187_000, 0.008, 0.248, 0.289, 0.60, 0.058, 0.084, 3200, "disnaker"),
}
GAPS = {("Kabupaten Purbalingga", -32), ("Kabupaten Banjarnegara", -16), ("Kabupaten Banjarnegara", -15),
        ("Kabupaten Purbalingga", -8)}  # months (relative to the last) a kabupaten did not report


def _figure_rows(last: Month) -> list[list]:
    first = Month(2024, 1) if Month(2024, 1) < last else last.plus(-33)
    span = first.months_until(last)
    rows = []
    for regency, (pop, growth, cov0, cov1, informal, bpu0, bpu1, target, source) in PROFILE.items():
        for i in range(span + 1):
            month = first.plus(i)
            if (regency, i - span) in GAPS:
                continue
            t = i / span if span else 1.0
            years = month.year - first.year
            population = round(pop * (1 + growth) ** years, -2)
            cover = cov0 + (cov1 - cov0) * t
            informal_pop = round(population * informal, -2)
            bpu = round(informal_pop * (bpu0 + (bpu1 - bpu0) * t))
            jakon = round(population * 0.036)
            pu = round(population * cover) - bpu - jakon
            as_of = date(month.year - 1, 8, 1) if source == "bps" else date(month.year, 1, 15)
            rows.append([regency, month.iso(), int(population), "BPS" if source == "bps" else "Disnaker",
                         as_of.isoformat(), pu, bpu, jakon, int(informal_pop), round(target / 100 - 2 + years, 1), ""])
    return rows


def _programmes(today: date) -> list[tuple[SponsorshipInput, list[tuple[WorkerGroup, int]]]]:
    y = today.year
    m1 = Month(y, 1)

    def prog(title, source, sponsor, regency, start, months, groups, *, desa="", income=1_000_000,
             programmes=ProgrammeSet.JKK_JKM, spare=1.03, paid=None):
        workers = sum(n for _, n in groups)
        per_month = 16_800 if programmes is ProgrammeSet.JKK_JKM and income == 1_000_000 else None
        if per_month is None:
            jkk = min(max(income // 100, 10_000), 207_000)
            per_month = jkk + 6_800 + (income * 2 // 100 if programmes.has_jht else 0)
        budget = Money.rupiah(int(per_month * months * workers * spare) // 1000 * 1000 + 1000)
        elapsed = max(0, min(months, start.months_until(Month.of(today)) + 1))
        end = start.plus(months - 1)
        return (SponsorshipInput(title=title, source=source, sponsor=sponsor, regency=regency, start=start, end=end,
                                 programmes=programmes, reported_income=Money.rupiah(income), budget=budget, desa=desa,
                                 planned_workers=workers, months_paid=elapsed if paid is None else paid,
                                 notes=""), groups)

    g = WorkerGroup
    return [
        prog(f"APBD Banyumas {y} — pekerja rentan", SponsorSource.APBD, "Pemerintah Kabupaten Banyumas",
             "Kabupaten Banyumas", m1, 12, [(g.MARBOT, 40), (g.GURU_TPQ, 50), (g.DINSOS, 30)]),
        prog(f"APBD Purbalingga {y - 1}/{y} — guru TPQ dan madin", SponsorSource.APBD,
             "Pemerintah Kabupaten Purbalingga", "Kabupaten Purbalingga", Month(y - 1, 12), 12, [(g.GURU_TPQ, 60)]),
        prog(f"APBD Banjarnegara {y - 1} — petani dan nelayan", SponsorSource.APBD,
             "Pemerintah Kabupaten Banjarnegara", "Kabupaten Banjarnegara", Month(y - 1, 1), 12,
             [(g.PETANI, 20), (g.NELAYAN, 10)]),
        prog(f"APBD Banjarnegara {y} — petani dan nelayan", SponsorSource.APBD,
             "Pemerintah Kabupaten Banjarnegara", "Kabupaten Banjarnegara", m1, 12, [(g.PETANI, 20), (g.NELAYAN, 10)]),
        prog(f"APBDes Karangklesem {y}", SponsorSource.APBDES, "Pemerintah Desa Karangklesem", "Kabupaten Banyumas",
             m1, 12, [(g.PERANGKAT_DESA, 10), (g.BURUH_HARIAN, 15)], desa="Karangklesem"),
        prog(f"APBDes Kutasari {y}/{y + 1}", SponsorSource.APBDES, "Pemerintah Desa Kutasari",
             "Kabupaten Purbalingga", Month(y, 4), 12, [(g.PETANI, 12), (g.PEDAGANG, 8)], desa="Kutasari"),
        prog(f"APBDes Sigaluh {y}", SponsorSource.APBDES, "Pemerintah Desa Sigaluh", "Kabupaten Banjarnegara", m1, 12,
             [(g.PETANI, 15)], desa="Sigaluh"),
        prog(f"CSR PT Tirta Serayu Lestari {y}/{y + 1}", SponsorSource.CSR, "PT Tirta Serayu Lestari",
             "Kabupaten Banyumas", Month(y, 7), 12, [(g.PETANI, 25), (g.BURUH_HARIAN, 15)]),
        prog(f"GN Lingkaran — Paguyuban Pedagang Pasar Wage {y}", SponsorSource.GN_LINGKARAN,
             "Donatur GN Lingkaran (Paguyuban Pengusaha Purwokerto)", "Kabupaten Banyumas", Month(y, 6), 6,
             [(g.PEDAGANG, 30)]),
        prog(f"Sertakan — Koperasi Karyawan PT Aneka Boga {y}/{y + 1}", SponsorSource.SERTAKAN,
             "Koperasi Karyawan PT Aneka Boga Purbalingga", "Kabupaten Purbalingga", Month(y, 3), 12,
             [(g.BURUH_HARIAN, 10), (g.OJEK, 15)]),
        prog(f"Baznas Banjarnegara {y} — marbot masjid", SponsorSource.BAZNAS, "Baznas Kabupaten Banjarnegara",
             "Kabupaten Banjarnegara", m1, 12, [(g.MARBOT, 45)]),
        prog(f"BPR Artha Banyumas — nasabah kredit usaha {y}/{y + 1}", SponsorSource.BANK,
             "PT BPR Artha Banyumas", "Kabupaten Banyumas", Month(y, 2), 12, [(g.NASABAH, 35)], income=2_000_000),
    ]


DESA = {
    "Kabupaten Banyumas": ["Karangklesem", "Berkoh", "Ledug", "Karangsalam", "Pasir Kulon", "Sokaraja Tengah"],
    "Kabupaten Purbalingga": ["Kutasari", "Bojongsari", "Kalimanah Wetan", "Mrebet", "Padamara"],
    "Kabupaten Banjarnegara": ["Sigaluh", "Bawang", "Wanadadi", "Madukara", "Batur"],
}


def _write(kind: str, rows: list[list], folder: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append([c.label for c in COLUMNS[kind]])
    for r in rows:
        ws.append(r)
    path = folder / f"{kind}.xlsx"
    wb.save(path)
    return path


def _import(services: Services, kind: str, rows: list[list], folder: Path) -> int:
    report, _ = services.coverage.import_file(kind, _write(kind, rows, folder))
    if not report.saved:  # the demo's own data must be right; say what is not
        raise RuntimeError(f"demo {kind}: " + "; ".join(f"row {p.row}: {p.text()}" for p in report.problems[:5]))
    return report.created + report.updated


def build(services: Services, rng: random.Random, today: date) -> dict[str, int]:
    cov = services.coverage
    last = Month.of(today).plus(-1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        figures = _import(services, FIGURES, _figure_rows(last), folder)
        # A correction: the September figure of Banyumas was re-sent with the Jakon count fixed.
        old = next(f for f in cov.all_figures() if f.regency == "Kabupaten Banyumas" and f.month == last.plus(-1))
        fixed = replace(old.as_input(), jakon=old.jakon + 412, note="Koreksi data Jakon dari bidang kepesertaan")
        cov.save_figure(fixed, replaces=(old.id, old.version))

        programmes = _programmes(today)
        worker_rows: list[list] = []
        used: set[str] = set()
        previous_people: list[list] = []
        for inp, groups in programmes:
            cov.save_sponsorship(inp)
            regency = inp.regency
            if "Banjarnegara" in inp.title and "APBD " in inp.title and previous_people:
                # the renewed APBD programme keeps the same workers
                worker_rows += [[*r[:5], inp.title] for r in previous_people]
                continue
            people = []
            for group, count in groups:
                for _ in range(count):
                    name, female = person_name(rng, None if group is not WorkerGroup.MARBOT else False)
                    while True:
                        number = nik(rng, regency.removeprefix("Kabupaten "), birth_date(rng, today, 20, 62), female)
                        if number not in used:
                            used.add(number)
                            break
                    desa = inp.desa or rng.choice(DESA[regency])
                    people.append([name, number, group.label_id, regency, desa, inp.title])
            if "Banjarnegara" in inp.title and "APBD " in inp.title:
                previous_people = people
            worker_rows += people
        workers = _import(services, WORKERS, worker_rows, folder)

        agents_rows: list[list] = []
        for i in range(15):
            regency = list(REGENCIES)[i % 3]
            name, female = person_name(rng)
            agent_nik = nik(rng, regency, birth_date(rng, today, 25, 55), female)
            skill = rng.uniform(0.6, 1.5)
            for k in range(12):
                month = last.plus(k - 11)
                acquired = max(3, round(rng.gauss(42, 12) * skill))
                active = min(acquired, round(acquired * rng.uniform(0.6, 0.8)))
                collected = Money.rupiah(acquired * rng.choice([16_800, 16_800, 16_800, 36_800]) * rng.randint(1, 3))
                agents_rows.append([name, agent_nik, f"Kabupaten {regency}", month.iso(), acquired,
                                    collected.rupiah_part, active])
        agent_months = _import(services, PERISAI, agents_rows, folder)
        for a in cov.list_agents().rows[:1]:  # one agent stopped working with the branch
            cov.save_agent(AgentInput(a.name, "*", a.regency, phone(rng), active=False), record=(a.id, a.version))

        meeting_day = today - timedelta(days=100)
        meeting, _ = cov.save_meeting(MeetingInput(
            held_on=meeting_day, title="Rapat Koordinasi Tindak Lanjut Perlindungan Pekerja Rentan",
            place="Ruang Rapat Bupati Banyumas",
            participants="Sekda Kabupaten Banyumas; Asisten Pemerintahan dan Kesejahteraan Rakyat; Staf Ahli Bupati "
                         "Bidang Sosial Budaya dan Kemasyarakatan; Kepala Dinas Sosial; Kepala Dinnakerkop UKM; "
                         "Kepala Baznas; pimpinan perbankan; pimpinan rumah sakit; BPJS Ketenagakerjaan Cabang "
                         "Purwokerto",
            notes="Optimalisasi Inpres No 2 Tahun 2021 dan percepatan coverage kepesertaan pekerja rentan."))
        outcomes = [
            ("Pemerintah Kabupaten Banyumas (Sekda)", "Menjadikan Program Jaminan Sosial Ketenagakerjaan sebagai salah "
             "satu program prioritas daerah untuk perlindungan bagi seluruh pekerja beserta keluarganya sesuai Inpres "
             "No 2 Tahun 2021.", 80, CommitmentStatus.IN_PROGRESS),
            ("Bappeda dan BPKAD Kabupaten Banyumas", "Mengalokasikan sebagian APBD untuk memberikan subsidi iuran BPJS "
             "Ketenagakerjaan bagi pekerja informal atau pekerja rentan.", 110, CommitmentStatus.OPEN),
            ("Bagian Kesra Setda dan Forum CSR Banyumas", "Mendorong sistem perlindungan bagi pekerja informal dengan "
             "semangat gotong royong: alokasi sebagian CSR perusahaan besar, program Gandeng Gendong Karyawan ASN, dan "
             "perusahaan membantu iuran pekerja rentan.", 50, CommitmentStatus.OPEN),
            ("Bagian Hukum Setda Kabupaten Banyumas", "Mengusulkan SK Bupati untuk program 1 kelurahan melindungi "
             "pekerja rentan di daerahnya dan peraturan bupati tentang penyelenggaraan jaminan sosial "
             "ketenagakerjaan bagi pekerja informal.", 60, CommitmentStatus.DONE),
            ("BPJS Ketenagakerjaan Cabang Purwokerto dan Dinas Kominfo", "Meningkatkan literasi masyarakat terhadap "
             "pentingnya Program Jamsostek melalui kegiatan bersama sosialisasi dan edukasi.", 140,
             CommitmentStatus.IN_PROGRESS),
        ]
        for party, text, days, status in outcomes:
            view, _ = cov.save_commitment(CommitmentInput(meeting.id, party, text,
                                                          meeting_day + timedelta(days=days), status))
            if status is CommitmentStatus.DONE:
                evidence = folder / "SK Bupati Banyumas pekerja rentan.pdf"
                evidence.write_bytes(b"%PDF-1.4\n% SK Bupati Banyumas tentang perlindungan pekerja rentan (demo)\n"
                                     b"%%EOF\n")
                cov.attach_evidence(view.id, view.version, evidence)
    return {"coverage_figures": figures + 1, "sponsorships": len(programmes), "enrolled_workers": workers,
            "perisai_agent_months": agent_months, "commitments": len(outcomes)}
