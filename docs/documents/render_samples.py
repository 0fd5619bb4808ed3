"""Render one sample of every document kind (each letter template, receipts with and without the
meterai box, a reprint) and keep the first page of each as a small PNG in this folder.

    uv run python docs/documents/render_samples.py        (needs pdftoppm from poppler-utils)
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
TODAY = date(2026, 11, 20)
DPI = 70
CONTACT = {"narahubung": "Rina Wulandari", "telepon_narahubung": "(0281) 636010"}


def samples():
    from desktop.domain.money import Money
    from desktop.services.letters import Recipient

    employer = Recipient("Pimpinan PT Maju Jaya Abadi", "Jalan Raya Baturraden Km 5\nKecamatan Kedungbanteng",
                         "Purwokerto")
    hospital = Recipient("Direktur Rumah Sakit Umum Daerah Prof. Dr. Margono Soekarjo",
                         "Jalan Dr. Gumbreg Nomor 1", "Purwokerto")
    heir = Recipient("Ibu Siti Aminah", "Desa Karangsalam RT 03 RW 02\nKecamatan Baturraden", "Kabupaten Banyumas")
    findings = {"nama_perusahaan": "PT Maju Jaya Abadi", "npp": "21000123",
                "jenis_ketidakpatuhan": "Perusahaan Daftar Sebagian Tenaga Kerja (PDS TK)",
                "tenaga_kerja_belum_terdaftar": 37, "program_belum_diikuti": "Jaminan Pensiun",
                "tunggakan": Money.rupiah(48_250_000)}
    return {
        "undangan_sosialisasi": ({"acara": "Program Jaminan Sosial Ketenagakerjaan bagi Pemberi Kerja",
                                  "wilayah": "Kabupaten Banyumas", "tanggal": date(2026, 11, 26),
                                  "waktu": "09.00 WIB s.d. selesai",
                                  "tempat": "Aula BPJS Ketenagakerjaan Kantor Cabang Purwokerto", **CONTACT}, employer),
        "perpanjangan_pks": ({"nama_faskes": "RSUD Prof. Dr. Margono Soekarjo", "nomor_pks": "045/PKS-PLKK/PWT/XII/2025",
                              "tanggal_berakhir": date(2026, 12, 31), "periode_baru": "1 Januari s.d. 31 Desember 2027",
                              "batas_konfirmasi": date(2026, 12, 11), **CONTACT}, hospital),
        "hasil_monev": ({"nama_faskes": "RSUD Prof. Dr. Margono Soekarjo", "tanggal_monev": date(2026, 11, 10),
                         "penilaian": [{"aspek": "Penanganan pertama (golden period)", "hasil": "Baik",
                                        "catatan": "IGD siaga 24 jam"},
                                       {"aspek": "Pelaporan tahap I melalui e-PLKK", "hasil": "Cukup",
                                        "catatan": "rata-rata 3 hari kerja"},
                                       {"aspek": "Penagihan langsung (cashless)", "hasil": "Baik", "catatan": "-"}],
                         "kesimpulan": "baik", "temuan": "pelaporan tahap I belum selalu dalam 2 x 24 jam.",
                         "rekomendasi": "menunjuk petugas penghubung PLKK di IGD dan melaporkan setiap kasus "
                                        "kecelakaan kerja paling lambat 2 x 24 jam.",
                         "batas_tindak_lanjut": date(2026, 12, 4), **CONTACT}, hospital),
        "undangan_klarifikasi": ({"nama_perusahaan": "PT Maju Jaya Abadi", "npp": "21000123",
                                  "pokok_bahasan": "upah yang dilaporkan lebih rendah dari upah sebenarnya (PDS Upah)",
                                  "tanggal": date(2026, 11, 26), "waktu": "10.00 WIB",
                                  "tempat": "Ruang Rapat BPJS Ketenagakerjaan Kantor Cabang Purwokerto",
                                  "dokumen": "daftar upah tiga bulan terakhir dan bukti pembayaran iuran terakhir.",
                                  **CONTACT}, employer),
        "teguran_1": ({**findings, "rujukan": "kunjungan petugas pemeriksa pada tanggal 2 November 2026",
                       "batas_waktu": date(2026, 12, 4), **CONTACT}, employer),
        "teguran_2": ({**findings, "nomor_teguran_1": "007/TT1-PWT/XI/2026", "tanggal_teguran_1": date(2026, 11, 20),
                       "batas_waktu": date(2026, 12, 18), **CONTACT}, employer),
        "pengantar_skk": ({**findings, "alamat_perusahaan": "Jalan Raya Baturraden Km 5, Purwokerto",
                           "kejaksaan": "Purwokerto", "nomor_skk": "012/SKK/PWT/XII/2026",
                           "tanggal_skk": date(2026, 11, 20), "nomor_teguran_1": "007/TT1-PWT/X/2026",
                           "tanggal_teguran_1": date(2026, 10, 5), "nomor_teguran_2": "004/TT2-PWT/X/2026",
                           "tanggal_teguran_2": date(2026, 10, 20), **CONTACT},
                          Recipient("Kepala Kejaksaan Negeri Purwokerto", "Jalan Jenderal Sudirman Nomor 3",
                                    "Purwokerto")),
        "permohonan_tmp3t": ({**findings, "alamat_perusahaan": "Jalan Raya Baturraden Km 5, Purwokerto",
                              "wilayah": "Kabupaten Banyumas", "nomor_teguran_1": "007/TT1-PWT/IX/2026",
                              "tanggal_teguran_1": date(2026, 9, 7), "nomor_teguran_2": "004/TT2-PWT/IX/2026",
                              "tanggal_teguran_2": date(2026, 9, 21),
                              "layanan": "penundaan perizinan berusaha dan izin yang diperlukan untuk mengikuti tender "
                                         "proyek", **CONTACT},
                             Recipient("Bupati Banyumas", "Jalan Kabupaten Nomor 1", "Purwokerto")),
        "penetapan_santunan": ({"nama_peserta": "Budi Santoso", "nomor_kpj": "12345678901",
                                "tanggal_meninggal": date(2026, 10, 28), "program": "Jaminan Kematian (JKM)",
                                "nama_ahli_waris": "Siti Aminah", "hubungan": "Istri", "rekening": "BRI ****-****-1234",
                                "rincian": [{"komponen": "Santunan sekaligus", "jumlah": Money.rupiah(20_000_000)},
                                            {"komponen": "Santunan berkala 24 bulan", "jumlah": Money.rupiah(12_000_000)},
                                            {"komponen": "Biaya pemakaman", "jumlah": Money.rupiah(10_000_000)}],
                                "jumlah": Money.rupiah(42_000_000),
                                "cara_pembayaran": "melalui transfer ke rekening ahli waris paling lambat 3 hari kerja",
                                **CONTACT}, heir),
        "undangan_penyerahan": ({"program": "Jaminan Kematian (JKM)", "nama_peserta": "Budi Santoso",
                                 "nomor_kpj": "12345678901", "tanggal": date(2026, 11, 27), "waktu": "09.00 WIB",
                                 "tempat": "Pendopo Kecamatan Baturraden",
                                 "dokumen": "KTP, kartu keluarga dan buku rekening ahli waris.", **CONTACT}, heir),
        "pengingat_beasiswa": ({"nama_peserta": "Budi Santoso", "nomor_kpj": "12345678901", "nama_anak": "Rizky Santoso",
                                "jenjang": "Sekolah Menengah Pertama (SMP)", "nilai_beasiswa": Money.rupiah(2_000_000),
                                "tahun_beasiswa": 2027, "batas_waktu": date(2027, 1, 29), **CONTACT}, heir),
    }


def main() -> int:
    base = Path(tempfile.mkdtemp(prefix="cabang-samples-"))
    os.environ["CABANG_DATA_DIR"] = str(base / "home")
    from desktop.config import Paths
    from desktop.domain.money import Money
    from desktop.models.migrate import open_database
    from desktop.services.app import services_for
    from desktop.services.demo import office
    from desktop.services.letters import LetterRequest, ReceiptRequest
    from desktop.services.users import bootstrap_admin

    paths = Paths(base / "data", base / "logs", base / "backups", base / "documents").ensure()
    db = open_database(f"sqlite:///{base / 'cabang.sqlite'}")
    bootstrap_admin(db)
    services = services_for(db, paths, today=TODAY)
    office.build(services, random.Random(1), TODAY)
    outputs: dict[str, bytes] = {}
    for key, (fields, recipient) in samples().items():
        letter, _ = services.letters.issue(LetterRequest(key, fields, recipient))
        outputs[f"letter_{key}"] = letter.pdf_path.read_bytes()
        if key == "teguran_1":
            outputs["letter_teguran_1_salinan"] = services.letters.reprint(letter.id)
    components = (("Santunan sekaligus", Money.rupiah(20_000_000)), ("Santunan berkala 24 bulan", Money.rupiah(12_000_000)),
                  ("Biaya pemakaman", Money.rupiah(10_000_000)))
    big, _ = services.letters.issue_receipt(ReceiptRequest(
        "Siti Aminah", "3302014507800003", Money.rupiah(42_000_000),
        "Pembayaran santunan Jaminan Kematian a.n. Budi Santoso", components=components,
        extra_lines=(("No. KPJ", "12345678901"), ("Hubungan", "Istri"))))
    small, _ = services.letters.issue_receipt(ReceiptRequest(
        "Siti Aminah", "3302014507800003", Money.rupiah(2_000_000),
        "Pembayaran beasiswa pendidikan tahun 2026 jenjang SMP a.n. Rizky Santoso",
        extra_lines=(("No. KPJ", "12345678901"), ("Hubungan", "Ibu kandung"))))
    outputs["receipt_with_meterai"] = big.pdf_path.read_bytes()
    outputs["receipt_without_meterai"] = small.pdf_path.read_bytes()
    db.dispose()
    for name, data in outputs.items():
        pdf = base / f"{name}.pdf"
        pdf.write_bytes(data)
        subprocess.run(["pdftoppm", "-png", "-gray", "-r", str(DPI), "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(HERE / name)], check=True)
        print(HERE / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
