"""The default letter templates of a branch office (revision 1 of each letter type).

Templates are data: the text below is what a new database starts with; an administrator edits it
in the program (each save is a new revision). Text conventions (see desktop.documents.letter):
paragraphs are separated by blank lines; "Label : {field}" lines form a block with aligned colons;
lines starting "1." / "a." / "-" are list items; a line holding only a table field is that table.
A line that refers to an optional field left empty is left out. `{x_terbilang}` spells an int or
money field in words, `{x_hari}` gives a date field with its weekday.

Legal references follow reference/domain.md sections 5 and 7.4: UU 24/2011 (Pasal 15, 17, 19, 55),
PP 86/2013 (teguran tertulis at most twice, each at most 10 working days; denda; TMP3T), PP 44/2015
as amended by PP 82/2019 (JKK/JKM benefits), Permenaker 5/2021 (beasiswa).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class DefaultTemplate:
    key: str
    name: str
    code: str
    subject: str
    body: str
    closing: str
    fields: tuple[dict, ...]
    meterai_rule: str = "none"


def F(name: str, label: str, kind: str = "text", required: bool = True, **extra: object) -> dict:  # noqa: N802
    return {"name": name, "label": label, "kind": kind, "required": required, **extra}


CLOSING = "Demikian kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih."

_CONTACT = ("Informasi lebih lanjut dapat diperoleh melalui {narahubung} di Kantor Cabang, "
            "telepon {telepon_narahubung}.")
_CONTACT_FIELDS = (F("narahubung", QT_TRANSLATE_NOOP("Letters", "Contact person")), F("telepon_narahubung", QT_TRANSLATE_NOOP("Letters", "Contact telephone")))

_EMPLOYER = (F("nama_perusahaan", QT_TRANSLATE_NOOP("Letters", "Employer name")), F("npp", QT_TRANSLATE_NOOP("Letters", "Employer registration number (NPP)"), required=False))

_TEGURAN_BASIS = """Sesuai ketentuan peraturan perundang-undangan, pemberi kerja wajib:

1. mendaftarkan dirinya dan seluruh pekerjanya sebagai peserta program jaminan sosial ketenagakerjaan secara bertahap sesuai program yang diikuti (Pasal 15 ayat (1) Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial);
2. memberikan data dirinya dan pekerjanya secara lengkap dan benar, termasuk upah yang sebenarnya (Pasal 15 ayat (2) Undang-Undang Nomor 24 Tahun 2011);
3. memungut iuran yang menjadi beban peserta dari pekerjanya dan menyetorkannya bersama iuran yang menjadi tanggung jawabnya kepada BPJS Ketenagakerjaan (Pasal 19 ayat (1) dan ayat (2) Undang-Undang Nomor 24 Tahun 2011)."""

_TEGURAN_SANKSI = """Apabila sampai dengan batas waktu tersebut kewajiban di atas belum dipenuhi, sesuai Pasal 17 Undang-Undang Nomor 24 Tahun 2011 dan Peraturan Pemerintah Nomor 86 Tahun 2013 tentang Tata Cara Pengenaan Sanksi Administratif kepada Pemberi Kerja Selain Penyelenggara Negara dan Setiap Orang, Selain Pemberi Kerja, Pekerja, dan Penerima Bantuan Iuran dalam Penyelenggaraan Jaminan Sosial, perusahaan Saudara dapat dikenai sanksi berupa:

a. denda;
b. tidak mendapat pelayanan publik tertentu, antara lain perizinan berusaha, izin yang diperlukan dalam mengikuti tender proyek, izin mempekerjakan tenaga kerja asing, dan izin mendirikan bangunan, yang dimohonkan kepada pemerintah daerah.

Selain itu, pemberi kerja yang tidak menyetorkan iuran yang telah dipungut dari pekerjanya dapat dipidana sesuai Pasal 55 Undang-Undang Nomor 24 Tahun 2011 dengan pidana penjara paling lama 8 (delapan) tahun atau pidana denda paling banyak Rp1.000.000.000,00 (satu miliar rupiah), dan penanganannya dapat kami serahkan kepada Kejaksaan Negeri selaku Jaksa Pengacara Negara serta Pengawas Ketenagakerjaan."""

_FINDINGS = """Nama Perusahaan : {nama_perusahaan}
Nomor Pendaftaran Perusahaan : {npp}
Jenis Ketidakpatuhan : {jenis_ketidakpatuhan}
Pekerja belum terdaftar : {tenaga_kerja_belum_terdaftar} orang
Program belum diikuti : {program_belum_diikuti}
Tunggakan iuran : {tunggakan}"""

_FINDING_FIELDS = (
    F("jenis_ketidakpatuhan", QT_TRANSLATE_NOOP("Letters", "Kind of non-compliance")),
    F("tenaga_kerja_belum_terdaftar", QT_TRANSLATE_NOOP("Letters", "Workers not registered"), "int", required=False),
    F("program_belum_diikuti", QT_TRANSLATE_NOOP("Letters", "Programmes not joined"), required=False),
    F("tunggakan", QT_TRANSLATE_NOOP("Letters", "Contribution arrears"), "money", required=False),
)

TEMPLATES: tuple[DefaultTemplate, ...] = (
    DefaultTemplate(
        key="undangan_sosialisasi", name="Undangan Sosialisasi", code="UND-SOS",
        subject="Undangan Sosialisasi {acara}",
        body="""Dalam rangka meningkatkan pemahaman dan perlindungan pekerja di wilayah {wilayah} atas program jaminan sosial ketenagakerjaan, yaitu Jaminan Kecelakaan Kerja (JKK), Jaminan Kematian (JKM), Jaminan Hari Tua (JHT), Jaminan Pensiun (JP), dan Jaminan Kehilangan Pekerjaan (JKP), BPJS Ketenagakerjaan Kantor Cabang {kota_kantor} akan menyelenggarakan sosialisasi pada:

Hari, tanggal : {tanggal_hari}
Waktu : {waktu}
Tempat : {tempat}
Acara : {acara}

Sehubungan dengan hal tersebut, kami mengundang Bapak/Ibu atau pejabat yang ditunjuk untuk hadir dalam acara dimaksud. Mengingat pentingnya acara ini, kami mohon kehadiran Bapak/Ibu tepat pada waktunya.

""" + _CONTACT,
        closing=CLOSING,
        fields=(F("acara", QT_TRANSLATE_NOOP("Letters", "Event (subject)")), F("wilayah", QT_TRANSLATE_NOOP("Letters", "Area")), F("tanggal", QT_TRANSLATE_NOOP("Letters", "Date"), "date"),
                F("waktu", QT_TRANSLATE_NOOP("Letters", "Time")), F("tempat", QT_TRANSLATE_NOOP("Letters", "Place")), *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="perpanjangan_pks", name="Pemberitahuan Perpanjangan PKS", code="PKS",
        subject="Pemberitahuan Perpanjangan Perjanjian Kerja Sama PLKK",
        body="""Menindaklanjuti Perjanjian Kerja Sama (PKS) antara BPJS Ketenagakerjaan Kantor Cabang {kota_kantor} dan {nama_faskes} Nomor {nomor_pks} tentang Pelayanan Kesehatan bagi Peserta Program Jaminan Kecelakaan Kerja melalui Pusat Layanan Kecelakaan Kerja (PLKK), bersama ini kami sampaikan bahwa PKS tersebut akan berakhir pada tanggal {tanggal_berakhir}.

Mengingat pentingnya kesinambungan pelayanan kepada peserta yang mengalami kecelakaan kerja atau penyakit akibat kerja secara tanpa uang muka (cashless), kami bermaksud memperpanjang kerja sama tersebut untuk periode {periode_baru}. Untuk itu kami mohon kesediaan Bapak/Ibu menyampaikan kelengkapan dokumen berikut:

1. surat pernyataan kesediaan memperpanjang kerja sama;
2. salinan izin operasional fasilitas kesehatan yang masih berlaku;
3. salinan sertifikat akreditasi yang masih berlaku;
4. data tenaga medis penanggung jawab layanan PLKK dan nomor rekening fasilitas kesehatan.

Dokumen tersebut kami harapkan telah kami terima paling lambat tanggal {batas_konfirmasi}, agar penandatanganan PKS perpanjangan dapat dilaksanakan sebelum PKS yang berlaku berakhir.

""" + _CONTACT,
        closing=CLOSING,
        fields=(F("nama_faskes", QT_TRANSLATE_NOOP("Letters", "Facility name")), F("nomor_pks", QT_TRANSLATE_NOOP("Letters", "Agreement number")),
                F("tanggal_berakhir", QT_TRANSLATE_NOOP("Letters", "Agreement ends on"), "date"), F("periode_baru", QT_TRANSLATE_NOOP("Letters", "New period")),
                F("batas_konfirmasi", QT_TRANSLATE_NOOP("Letters", "Reply by"), "date"), *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="hasil_monev", name="Hasil Monev PLKK", code="MONEV",
        subject="Penyampaian Hasil Monitoring dan Evaluasi PLKK",
        body="""Terima kasih atas kerja sama {nama_faskes} sebagai Pusat Layanan Kecelakaan Kerja (PLKK) BPJS Ketenagakerjaan Kantor Cabang {kota_kantor}. Menindaklanjuti kegiatan monitoring dan evaluasi (monev) yang kami laksanakan pada tanggal {tanggal_monev}, bersama ini kami sampaikan hasilnya sebagai berikut:

{penilaian}

Secara umum pelayanan dinilai {kesimpulan}. Catatan hasil monev: {temuan}

Kami mohon agar {nama_faskes} menindaklanjuti rekomendasi berikut: {rekomendasi} Tindak lanjut tersebut kami harapkan dapat disampaikan secara tertulis paling lambat tanggal {batas_tindak_lanjut}.

""" + _CONTACT,
        closing=CLOSING,
        fields=(F("nama_faskes", QT_TRANSLATE_NOOP("Letters", "Facility name")), F("tanggal_monev", QT_TRANSLATE_NOOP("Letters", "Monitoring date"), "date"),
                F("penilaian", QT_TRANSLATE_NOOP("Letters", "Assessment"), "table", required=False,
                  columns=[{"name": "aspek", "label": "Aspek yang dinilai"},
                           {"name": "hasil", "label": "Hasil"},
                           {"name": "catatan", "label": "Catatan"}]),
                F("kesimpulan", QT_TRANSLATE_NOOP("Letters", "Overall result")), F("temuan", QT_TRANSLATE_NOOP("Letters", "Findings")),
                F("rekomendasi", QT_TRANSLATE_NOOP("Letters", "Recommendations")), F("batas_tindak_lanjut", QT_TRANSLATE_NOOP("Letters", "Follow-up by"), "date"),
                *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="undangan_klarifikasi", name="Undangan Klarifikasi", code="UND-KLR",
        subject="Undangan Klarifikasi Data Kepesertaan",
        body="""Berdasarkan hasil pencocokan data kepesertaan BPJS Ketenagakerjaan dengan data ketenagakerjaan yang kami peroleh, terdapat hal yang perlu kami klarifikasi bersama perusahaan Saudara, yaitu {pokok_bahasan}.

Sehubungan dengan hal tersebut, kami mengundang pimpinan perusahaan atau pejabat yang diberi kuasa untuk hadir pada:

Hari, tanggal : {tanggal_hari}
Waktu : {waktu}
Tempat : {tempat}
Keperluan : Klarifikasi data kepesertaan {nama_perusahaan}

Dalam pertemuan tersebut, kami mohon Bapak/Ibu membawa dokumen berikut: {dokumen}

""" + _CONTACT,
        closing=CLOSING,
        fields=(*_EMPLOYER, F("pokok_bahasan", QT_TRANSLATE_NOOP("Letters", "Matter to clarify")), F("tanggal", QT_TRANSLATE_NOOP("Letters", "Date"), "date"),
                F("waktu", QT_TRANSLATE_NOOP("Letters", "Time")), F("tempat", QT_TRANSLATE_NOOP("Letters", "Place")), F("dokumen", QT_TRANSLATE_NOOP("Letters", "Documents to bring")),
                *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="teguran_1", name="Teguran Tertulis I", code="TT1",
        subject="Teguran Tertulis I (Pertama)",
        body="""Menindaklanjuti {rujukan}, berdasarkan data yang ada pada kami, perusahaan Saudara belum memenuhi kewajiban sebagai pemberi kerja dalam penyelenggaraan program jaminan sosial ketenagakerjaan, dengan rincian sebagai berikut:

""" + _FINDINGS + """

""" + _TEGURAN_BASIS + """

Sehubungan dengan hal tersebut, dengan ini kami memberikan Teguran Tertulis I (Pertama) dan meminta perusahaan Saudara untuk memenuhi kewajiban tersebut dalam jangka waktu paling lama {jangka_waktu} ({jangka_waktu_terbilang}) hari kerja sejak tanggal surat ini, yaitu paling lambat tanggal {batas_waktu}, serta menyampaikan bukti pemenuhannya kepada kami.

""" + _TEGURAN_SANKSI + """

""" + _CONTACT,
        closing=CLOSING,
        fields=(*_EMPLOYER, F("rujukan", QT_TRANSLATE_NOOP("Letters", "Reference (visit or prior letter)")), *_FINDING_FIELDS,
                F("jangka_waktu", QT_TRANSLATE_NOOP("Letters", "Working days to comply"), "int", default=10),
                F("batas_waktu", QT_TRANSLATE_NOOP("Letters", "Deadline"), "date"), *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="teguran_2", name="Teguran Tertulis II", code="TT2",
        subject="Teguran Tertulis II (Kedua)",
        body="""Menunjuk surat kami Nomor {nomor_teguran_1} tanggal {tanggal_teguran_1} perihal Teguran Tertulis I (Pertama), sampai dengan batas waktu yang ditentukan perusahaan Saudara belum memenuhi kewajiban sebagai pemberi kerja dalam penyelenggaraan program jaminan sosial ketenagakerjaan, dengan rincian sebagai berikut:

""" + _FINDINGS + """

""" + _TEGURAN_BASIS + """

Sehubungan dengan hal tersebut, dengan ini kami memberikan Teguran Tertulis II (Kedua) yang merupakan teguran terakhir, dan meminta perusahaan Saudara untuk memenuhi kewajiban tersebut dalam jangka waktu paling lama {jangka_waktu} ({jangka_waktu_terbilang}) hari kerja sejak tanggal surat ini, yaitu paling lambat tanggal {batas_waktu}.

""" + _TEGURAN_SANKSI + """

""" + _CONTACT,
        closing=CLOSING,
        fields=(*_EMPLOYER, F("nomor_teguran_1", QT_TRANSLATE_NOOP("Letters", "Number of warning I")),
                F("tanggal_teguran_1", QT_TRANSLATE_NOOP("Letters", "Date of warning I"), "date"), *_FINDING_FIELDS,
                F("jangka_waktu", QT_TRANSLATE_NOOP("Letters", "Working days to comply"), "int", default=10),
                F("batas_waktu", QT_TRANSLATE_NOOP("Letters", "Deadline"), "date"), *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="pengantar_skk", name="Surat Pengantar SKK", code="SKK",
        subject="Penyerahan Surat Kuasa Khusus Penanganan Pemberi Kerja Tidak Patuh",
        body="""Menunjuk Nota Kesepahaman antara BPJS Ketenagakerjaan dan Kejaksaan {nomor_mou} tentang Penanganan Masalah Hukum di Bidang Perdata dan Tata Usaha Negara, bersama ini kami serahkan Surat Kuasa Khusus (SKK) Nomor {nomor_skk} tanggal {tanggal_skk} kepada Kejaksaan Negeri {kejaksaan} selaku Jaksa Pengacara Negara untuk penanganan pemberi kerja berikut:

Nama Perusahaan : {nama_perusahaan}
Nomor Pendaftaran Perusahaan : {npp}
Alamat : {alamat_perusahaan}
Jenis Ketidakpatuhan : {jenis_ketidakpatuhan}
Tunggakan iuran : {tunggakan}
Teguran Tertulis I : Nomor {nomor_teguran_1} tanggal {tanggal_teguran_1}
Teguran Tertulis II : Nomor {nomor_teguran_2} tanggal {tanggal_teguran_2}

Pemberi kerja tersebut telah kami berikan Teguran Tertulis I dan Teguran Tertulis II sesuai Peraturan Pemerintah Nomor 86 Tahun 2013, namun sampai dengan batas waktu yang ditentukan belum memenuhi kewajibannya sebagaimana diatur dalam Pasal 15 dan Pasal 19 Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial.

Kami mohon bantuan Bapak/Ibu untuk memanggil dan memfasilitasi penyelesaian kewajiban pemberi kerja tersebut. Sebagai bahan pertimbangan, bersama ini kami lampirkan salinan surat teguran, data kepesertaan, dan rincian tunggakan iuran.

""" + _CONTACT,
        closing=CLOSING,
        fields=(*_EMPLOYER, F("alamat_perusahaan", QT_TRANSLATE_NOOP("Letters", "Employer address")), F("jenis_ketidakpatuhan", QT_TRANSLATE_NOOP("Letters", "Kind of non-compliance")),
                F("tunggakan", QT_TRANSLATE_NOOP("Letters", "Contribution arrears"), "money", required=False),
                F("kejaksaan", QT_TRANSLATE_NOOP("Letters", "Kejaksaan Negeri (place)")), F("nomor_mou", QT_TRANSLATE_NOOP("Letters", "MoU number"), required=False),
                F("nomor_skk", QT_TRANSLATE_NOOP("Letters", "SKK number")), F("tanggal_skk", QT_TRANSLATE_NOOP("Letters", "SKK date"), "date"),
                F("nomor_teguran_1", QT_TRANSLATE_NOOP("Letters", "Number of warning I")), F("tanggal_teguran_1", QT_TRANSLATE_NOOP("Letters", "Date of warning I"), "date"),
                F("nomor_teguran_2", QT_TRANSLATE_NOOP("Letters", "Number of warning II")), F("tanggal_teguran_2", QT_TRANSLATE_NOOP("Letters", "Date of warning II"), "date"),
                *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        # One covering letter per Kejaksaan Negeri for all the SKK of a batch; the cases are listed in
        # the attached list (lampiran) printed with it (desktop.documents.compliance_skk).
        key="pengantar_skk_kejari", name="Surat Pengantar SKK (kolektif)", code="PSKK",
        subject="Penyerahan Surat Kuasa Khusus Penanganan Pemberi Kerja Tidak Patuh",
        body="""Menunjuk Nota Kesepahaman antara BPJS Ketenagakerjaan dan Kejaksaan Agung Republik Indonesia tentang Penanganan Masalah Hukum di Bidang Perdata dan Tata Usaha Negara, bersama ini kami serahkan Surat Kuasa Khusus (SKK) kepada Kejaksaan Negeri {kejaksaan} selaku Jaksa Pengacara Negara untuk penanganan pemberi kerja tidak patuh yang tercantum dalam lampiran surat ini:

Jumlah pemberi kerja : {jumlah_pemberi_kerja} ({jumlah_pemberi_kerja_terbilang}) pemberi kerja
Nomor SKK : {nomor_skk}
Tanggal SKK : {tanggal_skk}
Jumlah tunggakan iuran : {total_tunggakan}

Para pemberi kerja tersebut telah kami berikan Teguran Tertulis I dan Teguran Tertulis II sesuai Peraturan Pemerintah Nomor 86 Tahun 2013, namun belum memenuhi kewajibannya sebagaimana diatur dalam Pasal 15 dan Pasal 19 Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial. Kami mohon bantuan Bapak/Ibu untuk memanggil dan memfasilitasi penyelesaian kewajiban para pemberi kerja tersebut; SKK, salinan surat teguran, data kepesertaan, dan rincian tunggakan iuran setiap pemberi kerja kami sertakan.

""" + _CONTACT,
        closing=CLOSING,
        fields=(F("kejaksaan", QT_TRANSLATE_NOOP("Letters", "Kejaksaan Negeri (place)")),
                F("jumlah_pemberi_kerja", QT_TRANSLATE_NOOP("Letters", "Number of employers"), "int"),
                F("nomor_skk", QT_TRANSLATE_NOOP("Letters", "SKK number")),
                F("tanggal_skk", QT_TRANSLATE_NOOP("Letters", "SKK date"), "date"),
                F("total_tunggakan", QT_TRANSLATE_NOOP("Letters", "Total contribution arrears"), "money",
                  required=False),
                *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="permohonan_tmp3t", name="Permohonan TMP3T", code="TMP3T",
        subject="Permohonan Pengenaan Sanksi Tidak Mendapat Pelayanan Publik Tertentu",
        body="""Dalam rangka penegakan kepatuhan penyelenggaraan program jaminan sosial ketenagakerjaan di wilayah {wilayah}, bersama ini kami sampaikan bahwa pemberi kerja berikut belum memenuhi kewajibannya meskipun telah diberikan Teguran Tertulis I dan Teguran Tertulis II serta dikenai denda:

Nama Perusahaan : {nama_perusahaan}
Nomor Pendaftaran Perusahaan : {npp}
Alamat : {alamat_perusahaan}
Jenis Ketidakpatuhan : {jenis_ketidakpatuhan}
Tunggakan iuran : {tunggakan}
Teguran Tertulis I : Nomor {nomor_teguran_1} tanggal {tanggal_teguran_1}
Teguran Tertulis II : Nomor {nomor_teguran_2} tanggal {tanggal_teguran_2}

Sesuai Pasal 17 Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial dan Peraturan Pemerintah Nomor 86 Tahun 2013, sanksi tidak mendapat pelayanan publik tertentu dikenakan oleh Pemerintah atau pemerintah daerah atas permintaan BPJS. Tata caranya diatur dalam Peraturan Menteri Ketenagakerjaan Nomor 4 Tahun 2018.

Sehubungan dengan hal tersebut, kami mohon Bapak/Ibu berkenan mengenakan sanksi tidak mendapat pelayanan publik tertentu kepada pemberi kerja tersebut, berupa {layanan}, sampai pemberi kerja memenuhi kewajibannya. Pencabutan sanksi akan kami mohonkan segera setelah kewajiban tersebut dipenuhi.

""" + _CONTACT,
        closing=CLOSING,
        fields=(*_EMPLOYER, F("alamat_perusahaan", QT_TRANSLATE_NOOP("Letters", "Employer address")), F("wilayah", QT_TRANSLATE_NOOP("Letters", "Regency / city")),
                F("jenis_ketidakpatuhan", QT_TRANSLATE_NOOP("Letters", "Kind of non-compliance")),
                F("tunggakan", QT_TRANSLATE_NOOP("Letters", "Contribution arrears"), "money", required=False),
                F("nomor_teguran_1", QT_TRANSLATE_NOOP("Letters", "Number of warning I")), F("tanggal_teguran_1", QT_TRANSLATE_NOOP("Letters", "Date of warning I"), "date"),
                F("nomor_teguran_2", QT_TRANSLATE_NOOP("Letters", "Number of warning II")), F("tanggal_teguran_2", QT_TRANSLATE_NOOP("Letters", "Date of warning II"), "date"),
                F("layanan", QT_TRANSLATE_NOOP("Letters", "Public services to withhold")), *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="penetapan_santunan", name="Pemberitahuan Penetapan Santunan", code="PNT",
        subject="Pemberitahuan Penetapan Santunan {program}",
        body="""Kami turut berduka cita atas meninggalnya {nama_peserta}, peserta BPJS Ketenagakerjaan dengan Nomor Kartu Peserta Jamsostek (KPJ) {nomor_kpj}, pada tanggal {tanggal_meninggal}.

Berdasarkan pengajuan klaim dan hasil verifikasi dokumen, serta sesuai Peraturan Pemerintah Nomor 44 Tahun 2015 sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 82 Tahun 2019, dengan ini kami sampaikan bahwa santunan {program} kepada ahli waris telah ditetapkan sebagai berikut:

Nama Ahli Waris : {nama_ahli_waris}
Hubungan dengan Peserta : {hubungan}
Rekening Tujuan : {rekening}

{rincian}

Jumlah santunan sebesar {jumlah} ({jumlah_terbilang}) akan dibayarkan {cara_pembayaran}.

""" + _CONTACT,
        closing=CLOSING,
        fields=(F("nama_peserta", QT_TRANSLATE_NOOP("Letters", "Participant name")), F("nomor_kpj", QT_TRANSLATE_NOOP("Letters", "KPJ number")),
                F("tanggal_meninggal", QT_TRANSLATE_NOOP("Letters", "Date of death"), "date"), F("program", QT_TRANSLATE_NOOP("Letters", "Programme")),
                F("nama_ahli_waris", QT_TRANSLATE_NOOP("Letters", "Heir name")), F("hubungan", QT_TRANSLATE_NOOP("Letters", "Relationship")),
                F("rekening", QT_TRANSLATE_NOOP("Letters", "Bank account (masked)"), required=False),
                F("rincian", QT_TRANSLATE_NOOP("Letters", "Benefit components"), "table", required=False,
                  columns=[{"name": "komponen", "label": "Komponen Santunan"},
                           {"name": "jumlah", "label": "Jumlah", "kind": "money", "align": "R"}],
                  total="jumlah"),
                F("jumlah", QT_TRANSLATE_NOOP("Letters", "Total amount"), "money"), F("cara_pembayaran", QT_TRANSLATE_NOOP("Letters", "How it is paid")),
                *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="undangan_penyerahan", name="Undangan Penyerahan Santunan", code="UND-PNY",
        subject="Undangan Penyerahan Santunan {program}",
        body="""Menindaklanjuti penetapan santunan {program} atas meninggalnya {nama_peserta} (KPJ {nomor_kpj}), kami bermaksud menyerahkan santunan tersebut secara simbolis kepada ahli waris. Untuk itu kami mengundang Bapak/Ibu untuk hadir pada:

Hari, tanggal : {tanggal_hari}
Waktu : {waktu}
Tempat : {tempat}

Pada saat penyerahan, kami mohon ahli waris membawa dokumen asli berikut: {dokumen}

""" + _CONTACT,
        closing=CLOSING,
        fields=(F("program", QT_TRANSLATE_NOOP("Letters", "Programme")), F("nama_peserta", QT_TRANSLATE_NOOP("Letters", "Participant name")), F("nomor_kpj", QT_TRANSLATE_NOOP("Letters", "KPJ number")),
                F("tanggal", QT_TRANSLATE_NOOP("Letters", "Date"), "date"), F("waktu", QT_TRANSLATE_NOOP("Letters", "Time")), F("tempat", QT_TRANSLATE_NOOP("Letters", "Place")),
                F("dokumen", QT_TRANSLATE_NOOP("Letters", "Documents to bring")), *_CONTACT_FIELDS),
    ),
    DefaultTemplate(
        key="pengingat_beasiswa", name="Pengingat Bukti Beasiswa", code="BEA",
        subject="Pengingat Penyampaian Bukti Pendidikan Penerima Beasiswa",
        body="""Sehubungan dengan manfaat beasiswa pendidikan bagi anak dari almarhum/almarhumah {nama_peserta} (KPJ {nomor_kpj}) sesuai Peraturan Pemerintah Nomor 82 Tahun 2019 dan Peraturan Menteri Ketenagakerjaan Nomor 5 Tahun 2021, beasiswa dibayarkan setiap tahun setelah ahli waris menyampaikan bukti bahwa anak masih menempuh pendidikan.

Untuk pembayaran beasiswa tahun {tahun_beasiswa}, kami mohon Bapak/Ibu menyampaikan dokumen berikut atas nama penerima beasiswa:

Nama Anak : {nama_anak}
Jenjang Pendidikan : {jenjang}
Nilai Beasiswa : {nilai_beasiswa}

1. surat keterangan aktif sekolah atau kuliah dari satuan pendidikan;
2. salinan rapor atau kartu hasil studi terakhir;
3. salinan kartu keluarga dan buku rekening penerima.

Dokumen tersebut kami harapkan telah kami terima paling lambat tanggal {batas_waktu}. Beasiswa tidak dapat dibayarkan apabila anak telah berusia 23 tahun, menikah, atau bekerja.

""" + _CONTACT,
        closing=CLOSING,
        fields=(F("nama_peserta", QT_TRANSLATE_NOOP("Letters", "Participant name")), F("nomor_kpj", QT_TRANSLATE_NOOP("Letters", "KPJ number")),
                F("nama_anak", QT_TRANSLATE_NOOP("Letters", "Child name")), F("jenjang", QT_TRANSLATE_NOOP("Letters", "School level")),
                F("nilai_beasiswa", QT_TRANSLATE_NOOP("Letters", "Scholarship amount"), "money", required=False),
                F("tahun_beasiswa", QT_TRANSLATE_NOOP("Letters", "Scholarship year"), "int"), F("batas_waktu", QT_TRANSLATE_NOOP("Letters", "Deadline"), "date"),
                *_CONTACT_FIELDS),
    ),
)

TEMPLATE_KEYS = tuple(t.key for t in TEMPLATES)
