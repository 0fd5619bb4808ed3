<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Benefits</name>
    <message>
        <source>Wage earners (PU)</source>
        <translation>Penerima Upah (PU)</translation>
    </message>
    <message>
        <source>Informal workers (BPU)</source>
        <translation>Bukan Penerima Upah (BPU)</translation>
    </message>
    <message>
        <source>Construction services (Jasa Konstruksi)</source>
        <translation>Jasa Konstruksi</translation>
    </message>
    <message>
        <source>Lump-sum death grant</source>
        <translation>Santunan sekaligus</translation>
    </message>
    <message>
        <source>Periodic grant (paid at once)</source>
        <translation>Santunan berkala (dibayar sekaligus)</translation>
    </message>
    <message>
        <source>Funeral costs</source>
        <translation>Biaya pemakaman</translation>
    </message>
    <message>
        <source>JKK death benefit (48 × wage)</source>
        <translation>Santunan kematian JKK (48 × upah)</translation>
    </message>
    <message>
        <source>Scholarship (lump sum)</source>
        <translation>Beasiswa (sekaligus)</translation>
    </message>
    <message>
        <source>Scholarship year</source>
        <translation>Beasiswa tahunan</translation>
    </message>
    <message>
        <source>Lump-sum death grant of {amount} under {rule}.</source>
        <translation>Santunan sekaligus sebesar {amount} sesuai {rule}.</translation>
    </message>
    <message>
        <source>JKK death benefit: {times} × the reported monthly wage {wage} = {amount} under {rule}.</source>
        <translation>Santunan kematian JKK: {times} × upah sebulan yang dilaporkan {wage} = {amount} sesuai {rule}.</translation>
    </message>
    <message>
        <source>JKK death benefit: {times} × the reported monthly wage {wage} = {base}, below the minimum; {amount} is paid under {rule}.</source>
        <translation>Santunan kematian JKK: {times} × upah sebulan yang dilaporkan {wage} = {base}, kurang dari batas paling sedikit; dibayar {amount} sesuai {rule}.</translation>
    </message>
    <message>
        <source>Scholarship for one child, {amount} paid at once under {rule}.</source>
        <translation>Beasiswa untuk satu orang anak, {amount} dibayar sekaligus sesuai {rule}.</translation>
    </message>
    <message>
        <source>Periodic grant {months} × {monthly} = {amount}, paid at once under {rule}.</source>
        <translation>Santunan berkala {months} × {monthly} = {amount}, dibayar sekaligus sesuai {rule}.</translation>
    </message>
    <message>
        <source>Funeral costs of {amount} under {rule}.</source>
        <translation>Biaya pemakaman sebesar {amount} sesuai {rule}.</translation>
    </message>
    <message>
        <source>Work-related death: scholarship with no minimum contribution period ({rule}).</source>
        <translation>Meninggal akibat kecelakaan kerja: beasiswa tanpa syarat masa iuran ({rule}).</translation>
    </message>
    <message>
        <source>{months} months of contributions meet the minimum of {need} months for the scholarship ({rule}).</source>
        <translation>Masa iuran {months} bulan memenuhi syarat paling singkat {need} bulan untuk beasiswa ({rule}).</translation>
    </message>
    <message>
        <source>{months} months of contributions are fewer than the {need} months required: no scholarship ({rule}).</source>
        <translation>Masa iuran {months} bulan kurang dari syarat {need} bulan: tidak ada beasiswa ({rule}).</translation>
    </message>
    <message>
        <source>Widow</source>
        <translation>Istri (janda)</translation>
    </message>
    <message>
        <source>Widower</source>
        <translation>Suami (duda)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Orang tua</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Kakek/nenek</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>Cucu</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Saudara kandung</translation>
    </message>
    <message>
        <source>Parent-in-law</source>
        <translation>Mertua</translation>
    </message>
    <message>
        <source>Named in the will</source>
        <translation>Ditunjuk dalam wasiat</translation>
    </message>
    <message>
        <source>Arranged the funeral</source>
        <translation>Mengurus pemakaman</translation>
    </message>
    <message>
        <source>Heirs of order {rank} are entitled: {count} person(s).</source>
        <translation>Ahli waris urutan {rank} yang berhak: {count} orang.</translation>
    </message>
    <message>
        <source>No heir: the funeral costs go to whoever arranged the funeral; the other benefits go to the Dana Jaminan Sosial.</source>
        <translation>Tidak ada ahli waris: biaya pemakaman dibayarkan kepada pihak yang mengurus pemakaman; manfaat lainnya ke Dana Jaminan Sosial.</translation>
    </message>
    <message>
        <source>No heir recorded yet.</source>
        <translation>Belum ada ahli waris yang dicatat.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Kindergarten / primary (TK-SD)</source>
        <translation>TK/SD sederajat</translation>
    </message>
    <message>
        <source>Junior secondary (SMP)</source>
        <translation>SMP sederajat</translation>
    </message>
    <message>
        <source>Senior secondary (SMA)</source>
        <translation>SMA sederajat</translation>
    </message>
    <message>
        <source>Higher education or training</source>
        <translation>Perguruan tinggi atau pelatihan</translation>
    </message>
    <message>
        <source>JKK and JKM programmes in force from 1 July 2015.</source>
        <translation>Program JKK dan JKM berlaku sejak 1 Juli 2015.</translation>
    </message>
    <message>
        <source>Start date disputed: signed in late November or on 2 December 2019. Default 2 December 2019; an administrator can change it.</source>
        <translation>Tanggal berlaku diperselisihkan: ditandatangani akhir November atau 2 Desember 2019. Bawaan 2 Desember 2019; administrator dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Reached 23</source>
        <translation>Berusia 23 tahun</translation>
    </message>
    <message>
        <source>Married</source>
        <translation>Menikah</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bekerja</translation>
    </message>
    <message>
        <source>Left school</source>
        <translation>Tidak melanjutkan sekolah</translation>
    </message>
    <message>
        <source>{rule}: one lump sum, no yearly plan.</source>
        <translation>{rule}: dibayar sekaligus, tanpa rencana tahunan.</translation>
    </message>
    <message>
        <source>The scholarship has stopped.</source>
        <translation>Beasiswa telah dihentikan.</translation>
    </message>
    <message>
        <source>No year can be paid.</source>
        <translation>Tidak ada tahun yang dapat dibayar.</translation>
    </message>
    <message>
        <source>{count} year(s) from {first} to {last}, up to {total} if the child stays at school.</source>
        <translation>{count} tahun dari {first} sampai {last}, paling banyak {total} bila anak tetap bersekolah.</translation>
    </message>
    <message>
        <source>JKM lump sum</source>
        <translation>Santunan sekaligus JKM</translation>
    </message>
    <message>
        <source>Periodic grant (24 months)</source>
        <translation>Santunan berkala (24 bulan)</translation>
    </message>
    <message>
        <source>JKK death minimum</source>
        <translation>Batas paling sedikit santunan kematian JKK</translation>
    </message>
    <message>
        <source>Scholarship, most per child</source>
        <translation>Beasiswa, paling banyak per anak</translation>
    </message>
    <message>
        <source>Documents incomplete</source>
        <translation>Dokumen belum lengkap</translation>
    </message>
    <message>
        <source>Ready to pay</source>
        <translation>Siap dibayar</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Claimed, in progress</source>
        <translation>Diajukan, dalam proses</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Not claimed</source>
        <translation>Tidak diajukan</translation>
    </message>
    <message>
        <source>Proof due</source>
        <translation>Bukti jatuh tempo</translation>
    </message>
    <message>
        <source>Proof overdue</source>
        <translation>Bukti terlambat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Nothing this year</source>
        <translation>Tidak ada tahun ini</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Menerima</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Not yet at school</source>
        <translation>Belum bersekolah</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Pembalikan</translation>
    </message>
    <message>
        <source>reversed</source>
        <translation>dibalik</translation>
    </message>
    <message>
        <source>receipt missing</source>
        <translation>kuitansi belum ada</translation>
    </message>
    <message>
        <source>The sources disagree on the day PP 82/2019 took effect (late November or 2 December 2019); no source gives a deadline for the yearly scholarship proof. Both are settings.</source>
        <translation>Sumber berbeda tentang tanggal berlakunya PP 82/2019 (akhir November atau 2 Desember 2019); tidak ada sumber tentang batas waktu bukti beasiswa tahunan. Keduanya adalah pengaturan.</translation>
    </message>
</context>
<context>
    <name>BenefitsPage</name>
    <message>
        <source>Benefits &amp; Scholarships</source>
        <translation>Santunan &amp; Beasiswa</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Klaim</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>P&amp;eserta</translation>
    </message>
    <message>
        <source>&amp;Payments</source>
        <translation>&amp;Pembayaran</translation>
    </message>
    <message>
        <source>&amp;Scholarships</source>
        <translation>&amp;Beasiswa</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>This month: %1 payment(s), %2. Scholarship proofs due: %3.</source>
        <translation>Bulan ini: %1 pembayaran, %2. Bukti beasiswa jatuh tempo: %3.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>Academic year</source>
        <translation>Tahun ajaran</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scholarship child</source>
        <translation>Anak penerima beasiswa</translation>
    </message>
    <message>
        <source>Scholarship schedule</source>
        <translation>Jadwal beasiswa</translation>
    </message>
    <message>
        <source>Plan and payments</source>
        <translation>Rencana dan pembayaran</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Child name</source>
        <translation>Nama anak</translation>
    </message>
    <message>
        <source>Birth date of the child</source>
        <translation>Tanggal lahir anak</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>tidak wajib</translation>
    </message>
    <message>
        <source>NIK of the child</source>
        <translation>NIK anak</translation>
    </message>
    <message>
        <source>Guardian who receives the payment</source>
        <translation>Wali yang menerima pembayaran</translation>
    </message>
    <message>
        <source>School level in the first scholarship year</source>
        <translation>Jenjang sekolah pada tahun beasiswa pertama</translation>
    </message>
    <message>
        <source>Year within the level</source>
        <translation>Tahun di jenjang itu</translation>
    </message>
    <message>
        <source>TK-SD: TK A = 1, TK B = 2, SD kelas 1 = 3 … kelas 6 = 8</source>
        <translation>TK-SD: TK A = 1, TK B = 2, SD kelas 1 = 3 … kelas 6 = 8</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>&amp;Guardian (payee)</source>
        <translation>&amp;Wali (penerima)</translation>
    </message>
    <message>
        <source>&amp;Level in the first year</source>
        <translation>&amp;Jenjang di tahun pertama</translation>
    </message>
    <message>
        <source>&amp;Year in level</source>
        <translation>Ta&amp;hun di jenjang</translation>
    </message>
    <message>
        <source>Yearly claim (with the proofs) and stopping</source>
        <translation>Pengajuan tahunan (dengan bukti) dan penghentian</translation>
    </message>
    <message>
        <source>Level that year</source>
        <translation>Jenjang pada tahun itu</translation>
    </message>
    <message>
        <source>Year in the level that year</source>
        <translation>Tahun di jenjang pada tahun itu</translation>
    </message>
    <message>
        <source>Proof of enrolment received on</source>
        <translation>Surat keterangan aktif diterima tanggal</translation>
    </message>
    <message>
        <source>Report card received on</source>
        <translation>Rapor diterima tanggal</translation>
    </message>
    <message>
        <source>&amp;Record year</source>
        <translation>&amp;Catat tahun</translation>
    </message>
    <message>
        <source>Why the scholarship stops</source>
        <translation>Alasan beasiswa dihentikan</translation>
    </message>
    <message>
        <source>Stops on</source>
        <translation>Berhenti tanggal</translation>
    </message>
    <message>
        <source>S&amp;top scholarship</source>
        <translation>&amp;Hentikan beasiswa</translation>
    </message>
    <message>
        <source>&amp;Academic year</source>
        <translation>T&amp;ahun ajaran</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>Je&amp;njang</translation>
    </message>
    <message>
        <source>Year &amp;in level</source>
        <translation>Tahun d&amp;i jenjang</translation>
    </message>
    <message>
        <source>&amp;Enrolment proof on</source>
        <translation>Surat aktif &amp;tanggal</translation>
    </message>
    <message>
        <source>Report &amp;card on</source>
        <translation>&amp;Rapor tanggal</translation>
    </message>
    <message>
        <source>Stop &amp;because</source>
        <translation>Berhenti &amp;karena</translation>
    </message>
    <message>
        <source>Stops o&amp;n</source>
        <translation>Berhenti tangga&amp;l</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Dihentikan: %1</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Death claim</source>
        <translation>Klaim kematian</translation>
    </message>
    <message>
        <source>Death claim — edit</source>
        <translation>Klaim kematian — ubah</translation>
    </message>
    <message>
        <source>&amp;Facts and entitlement</source>
        <translation>&amp;Fakta dan hak</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Diterima tanggal</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Documents of the claim</source>
        <translation>Dokumen klaim</translation>
    </message>
    <message>
        <source>Save the claim first; its document checklist then appears here.</source>
        <translation>Simpan klaim terlebih dahulu; daftar periksa dokumennya lalu tampil di sini.</translation>
    </message>
    <message>
        <source>&amp;All received today</source>
        <translation>&amp;Semua diterima hari ini</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Dokumen</translation>
    </message>
    <message>
        <source>Heirs, children and payments of the claim</source>
        <translation>Ahli waris, anak dan pembayaran klaim</translation>
    </message>
    <message>
        <source>&amp;Heirs, children and payments</source>
        <translation>Ahli &amp;waris, anak dan pembayaran</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <source>NIK of the participant</source>
        <translation>NIK peserta</translation>
    </message>
    <message>
        <source>Participant name</source>
        <translation>Nama peserta</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Employer or project</source>
        <translation>Pemberi kerja atau proyek</translation>
    </message>
    <message>
        <source>NPP of the employer</source>
        <translation>NPP pemberi kerja</translation>
    </message>
    <message>
        <source>Membership start</source>
        <translation>Awal kepesertaan</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>Months of contributions</source>
        <translation>Masa iuran (bulan)</translation>
    </message>
    <message>
        <source>Reported monthly wage</source>
        <translation>Upah sebulan yang dilaporkan</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Tanggal meninggal</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>Penyebab meninggal</translation>
    </message>
    <message>
        <source>Not work-related (JKM)</source>
        <translation>Bukan akibat kecelakaan kerja (JKM)</translation>
    </message>
    <message>
        <source>Work accident or occupational disease (JKK)</source>
        <translation>Kecelakaan kerja atau penyakit akibat kerja (JKK)</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Claim submitted on</source>
        <translation>Klaim diajukan tanggal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;KPJ</source>
        <translation>&amp;KPJ</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gmen</translation>
    </message>
    <message>
        <source>&amp;Employer / project</source>
        <translation>&amp;Pemberi kerja / proyek</translation>
    </message>
    <message>
        <source>NP&amp;P</source>
        <translation>NP&amp;P</translation>
    </message>
    <message>
        <source>Membership &amp;start</source>
        <translation>&amp;Awal kepesertaan</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>Masa &amp;iuran</translation>
    </message>
    <message>
        <source>Reported &amp;wage</source>
        <translation>&amp;Upah dilaporkan</translation>
    </message>
    <message>
        <source>&amp;Date of death</source>
        <translation>Tanggal &amp;meninggal</translation>
    </message>
    <message>
        <source>Ca&amp;use</source>
        <translation>Pen&amp;yebab</translation>
    </message>
    <message>
        <source>Ka&amp;bupaten</source>
        <translation>Ka&amp;bupaten</translation>
    </message>
    <message>
        <source>Su&amp;bmitted on</source>
        <translation>&amp;Diajukan tanggal</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Participant and death</source>
        <translation>Peserta dan kematian</translation>
    </message>
    <message>
        <source>Entitlement explained</source>
        <translation>Penjelasan hak</translation>
    </message>
    <message>
        <source>Entitlement under the rules</source>
        <translation>Hak menurut peraturan</translation>
    </message>
    <message>
        <source>Rule in force on the date of death: %1</source>
        <translation>Peraturan yang berlaku pada tanggal meninggal: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>dikonfirmasi</translation>
    </message>
    <message>
        <source>entitled</source>
        <translation>berhak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Lahir</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <source>&amp;New claim</source>
        <translation>Klaim &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Heirs</source>
        <translation>&amp;Ahli waris</translation>
    </message>
    <message>
        <source>Add &amp;child</source>
        <translation>Tambah &amp;anak</translation>
    </message>
    <message>
        <source>Enter &amp;disbursements</source>
        <translation>Entri &amp;pembayaran</translation>
    </message>
    <message>
        <source>Penetapan &amp;letter</source>
        <translation>&amp;Surat penetapan</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>T&amp;olak…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Filter by programme</source>
        <translation>Saring menurut program</translation>
    </message>
    <message>
        <source>JKM and JKK</source>
        <translation>JKM dan JKK</translation>
    </message>
    <message>
        <source>Filter by year of death</source>
        <translation>Saring menurut tahun meninggal</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>KPJ, NIK, name, kabupaten or employer…</source>
        <translation>KPJ, NIK, nama, kabupaten atau pemberi kerja…</translation>
    </message>
    <message>
        <source>No death claim yet. Press New claim (Ctrl+N) to record one.</source>
        <translation>Belum ada klaim kematian. Tekan Klaim baru (Ctrl+N) untuk mencatatnya.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Klaim</translation>
    </message>
    <message>
        <source>Choose a claim in the list first.</source>
        <translation>Pilih klaim di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Disbursements</source>
        <translation>Pembayaran</translation>
    </message>
    <message numerus="yes">
        <source>%n disbursement(s) entered as drafts; verify them on the Payments tab.</source>
        <translation>
            <numerusform>%n pembayaran dientri sebagai draf; verifikasi di tab Pembayaran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Surat %1</translation>
    </message>
    <message>
        <source>Reject the claim</source>
        <translation>Tolak klaim</translation>
    </message>
    <message>
        <source>Reason for rejecting:</source>
        <translation>Alasan penolakan:</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Rule</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>Beasiswa</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Laporan ditulis ke %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Tanggal meninggal</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Hak</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Heirs confirmed</source>
        <translation>Ahli waris dikonfirmasi</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Dientri oleh</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Diverifikasi oleh</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Disetujui oleh</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar tanggal</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Anak</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Parent (participant)</source>
        <translation>Orang tua (peserta)</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Wali</translation>
    </message>
    <message>
        <source>Scholarship</source>
        <translation>Beasiswa</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <source>Years paid</source>
        <translation>Tahun dibayar</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Academic year</source>
        <translation>Tahun ajaran</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Jenjang</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Employer or project</source>
        <translation>Pemberi kerja / proyek</translation>
    </message>
    <message>
        <source>NPP</source>
        <translation>NPP</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Peserta sejak</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Masa iuran</translation>
    </message>
    <message>
        <source>Death claim</source>
        <translation>Klaim kematian</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>Akan dibayar</translation>
    </message>
    <message>
        <source>Paid before</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Handover ceremony</source>
        <translation>Penyerahan santunan</translation>
    </message>
    <message>
        <source>Tick the heirs who are present. Their approved payments are paid now, and the handover list and all their receipts are printed as one PDF.</source>
        <translation>Centang ahli waris yang hadir. Pembayaran mereka yang sudah disetujui dibayar sekarang, lalu daftar penyerahan dan semua kuitansinya dicetak sebagai satu PDF.</translation>
    </message>
    <message>
        <source>Heirs with something to hand over</source>
        <translation>Ahli waris yang akan menerima penyerahan</translation>
    </message>
    <message>
        <source>No heir has an approved or unhanded payment. Approve disbursements on the Payments tab first.</source>
        <translation>Tidak ada ahli waris dengan pembayaran yang disetujui atau belum diserahkan. Setujui pembayaran di tab Pembayaran terlebih dahulu.</translation>
    </message>
    <message>
        <source>Date of the ceremony</source>
        <translation>Tanggal penyerahan</translation>
    </message>
    <message>
        <source>Place of the ceremony</source>
        <translation>Tempat penyerahan</translation>
    </message>
    <message>
        <source>e.g. Aula Kantor Cabang Purwokerto</source>
        <translation>mis. Aula Kantor Cabang Purwokerto</translation>
    </message>
    <message>
        <source>PDF file for the batch</source>
        <translation>Berkas PDF untuk batch</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Tem&amp;pat</translation>
    </message>
    <message>
        <source>PDF &amp;file</source>
        <translation>&amp;Berkas PDF</translation>
    </message>
    <message>
        <source>&amp;Pay and print</source>
        <translation>&amp;Bayar dan cetak</translation>
    </message>
    <message>
        <source>Save the handover batch</source>
        <translation>Simpan batch penyerahan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Printing the handover batch</source>
        <translation>Mencetak batch penyerahan</translation>
    </message>
</context>
<context>
    <name>HeirsDialog</name>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Rekening bank</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Berhak</translation>
    </message>
    <message>
        <source>Heirs</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Heirs of the claim</source>
        <translation>Ahli waris klaim</translation>
    </message>
    <message>
        <source>No heir yet. Fill in the form below and press Add (Ctrl+N).</source>
        <translation>Belum ada ahli waris. Isi formulir di bawah lalu tekan Tambah (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;Confirm the checked heirs</source>
        <translation>&amp;Konfirmasi ahli waris yang dicentang</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>NIK of the heir</source>
        <translation>NIK ahli waris</translation>
    </message>
    <message>
        <source>Heir name</source>
        <translation>Nama ahli waris</translation>
    </message>
    <message>
        <source>Relationship to the participant</source>
        <translation>Hubungan dengan peserta</translation>
    </message>
    <message>
        <source>Birth date of the heir</source>
        <translation>Tanggal lahir ahli waris</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Hubungan</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Ala&amp;mat</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;pon</translation>
    </message>
    <message>
        <source>Ban&amp;k</source>
        <translation>Ban&amp;k</translation>
    </message>
    <message>
        <source>Acco&amp;unt number</source>
        <translation>Nomor &amp;rekening</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>T&amp;ambah</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;New heir form</source>
        <translation>Formulir ahli waris &amp;baru</translation>
    </message>
    <message>
        <source>Legal order: %1 Tick those to pay and confirm.</source>
        <translation>Urutan menurut peraturan: %1 Centang yang akan dibayar lalu konfirmasi.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Choose the heir to change in the list, or press Add.</source>
        <translation>Pilih ahli waris yang akan diubah di daftar, atau tekan Tambah.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant %1</source>
        <translation>Peserta %1</translation>
    </message>
    <message>
        <source>KPJ</source>
        <translation>KPJ</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>Employer or project</source>
        <translation>Pemberi kerja / proyek</translation>
    </message>
    <message>
        <source>NPP</source>
        <translation>NPP</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Peserta sejak</translation>
    </message>
    <message>
        <source>Months of contributions</source>
        <translation>Masa iuran (bulan)</translation>
    </message>
    <message>
        <source>Reported monthly wage</source>
        <translation>Upah sebulan yang dilaporkan</translation>
    </message>
    <message>
        <source>Death claim</source>
        <translation>Klaim kematian</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Sudah dicatat</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Record a &amp;death claim…</source>
        <translation>&amp;Catat klaim kematian…</translation>
    </message>
    <message>
        <source>Open the clai&amp;m</source>
        <translation>B&amp;uka klaim</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Record a &amp;death claim…</source>
        <translation>&amp;Catat klaim kematian…</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>Open the clai&amp;m</source>
        <translation>B&amp;uka klaim</translation>
    </message>
    <message>
        <source>Filter by segment</source>
        <translation>Saring menurut segmen</translation>
    </message>
    <message>
        <source>Every segment</source>
        <translation>Semua segmen</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gmen</translation>
    </message>
    <message>
        <source>Name, KPJ, NIK, NPP or employer… (Ctrl+F)</source>
        <translation>Nama, KPJ, NIK, NPP atau pemberi kerja… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the participants</source>
        <translation>Cari peserta</translation>
    </message>
    <message numerus="yes">
        <source>%1 participant(s)</source>
        <translation>
            <numerusform>%1 peserta</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches the search. Check the spelling, or search by KPJ or NIK.</source>
        <translation>Tidak ada peserta yang cocok dengan pencarian. Periksa ejaannya, atau cari dengan KPJ atau NIK.</translation>
    </message>
    <message>
        <source>No participants in the register yet.</source>
        <translation>Belum ada peserta dalam daftar.</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>To do (draft, verified, approved)</source>
        <translation>Perlu diproses (draf, diverifikasi, disetujui)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Diverifikasi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verifikasi</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Setujui</translation>
    </message>
    <message>
        <source>&amp;Pay and print receipt</source>
        <translation>&amp;Bayar dan cetak kuitansi</translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation>Bata&amp;lkan…</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>Ba&amp;lik…</translation>
    </message>
    <message>
        <source>Enter c&amp;orrection</source>
        <translation>Entri k&amp;oreksi</translation>
    </message>
    <message>
        <source>Show &amp;receipt</source>
        <translation>Lihat &amp;kuitansi</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>&amp;Handover ceremony…</source>
        <translation>&amp;Penyerahan santunan…</translation>
    </message>
    <message>
        <source>Issue &amp;missing receipts</source>
        <translation>Terbitkan kuitansi yang &amp;belum ada</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Saring menurut tahap</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>Approval needs a supervisor or head who neither entered nor verified the payment.</source>
        <translation>Persetujuan oleh supervisor atau kepala yang tidak mengentri dan tidak memverifikasi pembayaran.</translation>
    </message>
    <message>
        <source>KPJ, participant, payee or receipt number…</source>
        <translation>KPJ, peserta, penerima atau nomor kuitansi…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Setujui</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bayar</translation>
    </message>
    <message>
        <source>Cancel the disbursement</source>
        <translation>Batalkan pembayaran</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Reverse the payment</source>
        <translation>Balik pembayaran</translation>
    </message>
    <message>
        <source>A paid disbursement is never changed: it is reversed by a new negative entry, and the right payment is entered again. Reason:</source>
        <translation>Pembayaran yang sudah dibayar tidak pernah diubah: dibalik dengan entri negatif baru, lalu pembayaran yang benar dientri lagi. Alasan:</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Balik</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <source>Amount of the new payment:</source>
        <translation>Jumlah pembayaran baru:</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kuitansi</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kuitansi %1</translation>
    </message>
    <message>
        <source>History of the disbursement</source>
        <translation>Riwayat pembayaran</translation>
    </message>
    <message>
        <source>Handover batch</source>
        <translation>Batch penyerahan</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Kuitansi</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) issued.</source>
        <translation>
            <numerusform>%n kuitansi diterbitkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>Dari bulan</translation>
    </message>
    <message>
        <source>To month</source>
        <translation>Sampai bulan</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspor &amp;PDF…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Ekspor E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Tahun</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>Jumlah dibayar</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>Seperti dipublikasikan</translation>
    </message>
    <message>
        <source>Summary by programme</source>
        <translation>Ringkasan menurut program</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>By kabupaten</source>
        <translation>Menurut kabupaten</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmen</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Menurut segmen</translation>
    </message>
    <message>
        <source>By programme</source>
        <translation>Menurut program</translation>
    </message>
    <message>
        <source>As published: %1.</source>
        <translation>Seperti dipublikasikan: %1.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Benefits report %1</source>
        <translation>Laporan santunan %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Disimpan di %1</translation>
    </message>
    <message>
        <source>Rules in use</source>
        <translation>Peraturan yang dipakai</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Peraturan</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>JKM total</source>
        <translation>Jumlah JKM</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Benefit rules</source>
        <translation>Peraturan manfaat</translation>
    </message>
    <message>
        <source>PP 82/2019 in force from</source>
        <translation>PP 82/2019 berlaku sejak</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Days to bring the yearly scholarship proof</source>
        <translation>Hari untuk menyerahkan bukti beasiswa tahunan</translation>
    </message>
    <message>
        <source>Month the academic year starts</source>
        <translation>Bulan awal tahun ajaran</translation>
    </message>
    <message>
        <source>PP 82/2019 in &amp;force from</source>
        <translation>PP 82/2019 &amp;berlaku sejak</translation>
    </message>
    <message>
        <source>Days to bring the yearly &amp;proof</source>
        <translation>Hari penyerahan &amp;bukti tahunan</translation>
    </message>
    <message>
        <source>Academic year &amp;starts in</source>
        <translation>Tahun ajaran &amp;mulai bulan</translation>
    </message>
    <message>
        <source>Save the &amp;rule settings</source>
        <translation>Simpan pengaturan pe&amp;raturan</translation>
    </message>
</context>
<context>
    <name>ScholarshipsTab</name>
    <message>
        <source>Every child</source>
        <translation>Semua anak</translation>
    </message>
    <message>
        <source>Proof overdue</source>
        <translation>Bukti terlambat</translation>
    </message>
    <message>
        <source>Proof due</source>
        <translation>Bukti jatuh tempo</translation>
    </message>
    <message>
        <source>Claimed, in progress</source>
        <translation>Diajukan, dalam proses</translation>
    </message>
    <message>
        <source>Paid this year</source>
        <translation>Dibayar tahun ini</translation>
    </message>
    <message>
        <source>&amp;Open child</source>
        <translation>&amp;Buka anak</translation>
    </message>
    <message>
        <source>Send &amp;reminder letters…</source>
        <translation>Kirim surat &amp;pengingat…</translation>
    </message>
    <message>
        <source>Filter by this year's state</source>
        <translation>Saring menurut keadaan tahun ini</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>Child, parent, KPJ or guardian…</source>
        <translation>Anak, orang tua, KPJ atau wali…</translation>
    </message>
    <message>
        <source>No child receives a scholarship yet. Add children from a claim on the Claims tab (Add child).</source>
        <translation>Belum ada anak penerima beasiswa. Tambahkan anak dari klaim di tab Klaim (Tambah anak).</translation>
    </message>
    <message>
        <source>Yearly proofs due this academic year: %1 (%2 overdue). Double-click a child to record the proof.</source>
        <translation>Bukti tahunan jatuh tempo tahun ajaran ini: %1 (%2 terlambat). Klik dua kali anak untuk mencatat buktinya.</translation>
    </message>
    <message>
        <source>No yearly proof is due: every child's proof for this academic year is in.</source>
        <translation>Tidak ada bukti tahunan yang jatuh tempo: bukti semua anak untuk tahun ajaran ini sudah masuk.</translation>
    </message>
    <message>
        <source>Scholarships</source>
        <translation>Beasiswa</translation>
    </message>
    <message>
        <source>Choose a child in the list first.</source>
        <translation>Pilih anak di daftar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Save the reminder letters</source>
        <translation>Simpan surat pengingat</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n reminder letter(s)</source>
        <translation>
            <numerusform>%n surat pengingat</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation>Surat pengingat</translation>
    </message>
    <message>
        <source>Printing reminder letters</source>
        <translation>Mencetak surat pengingat</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>Months of contributions cannot be negative.</source>
        <translation>Masa iuran tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The date of death ({date}) is in the future.</source>
        <translation>Tanggal meninggal ({date}) ada di masa depan.</translation>
    </message>
    <message>
        <source>The date of death ({death}) is before the membership started ({start}): there was no cover on that day.</source>
        <translation>Tanggal meninggal ({death}) sebelum awal kepesertaan ({start}): pada hari itu belum ada perlindungan.</translation>
    </message>
    <message>
        <source>{months} months of contributions are more than the {possible} months between the membership start and the death.</source>
        <translation>Masa iuran {months} bulan melebihi {possible} bulan antara awal kepesertaan dan tanggal meninggal.</translation>
    </message>
    <message>
        <source>The reported wage cannot be negative.</source>
        <translation>Upah yang dilaporkan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A JKK death is paid from the reported monthly wage: enter the wage.</source>
        <translation>Santunan kematian JKK dihitung dari upah sebulan yang dilaporkan: isi upahnya.</translation>
    </message>
    <message>
        <source>A {state} disbursement cannot be cancelled; a paid one is corrected by a reversal.</source>
        <translation>Pembayaran berstatus {state} tidak dapat dibatalkan; pembayaran yang sudah dibayar dikoreksi dengan pembalikan.</translation>
    </message>
    <message>
        <source>A {state} disbursement cannot be marked {target}.</source>
        <translation>Pembayaran berstatus {state} tidak dapat ditandai {target}.</translation>
    </message>
    <message>
        <source>You entered this disbursement, so someone else must approve it (four-eyes rule).</source>
        <translation>Anda yang mengentri pembayaran ini, jadi orang lain yang harus menyetujuinya (prinsip empat mata).</translation>
    </message>
    <message>
        <source>You verified this disbursement, so someone else must approve it (four-eyes rule).</source>
        <translation>Anda yang memverifikasi pembayaran ini, jadi orang lain yang harus menyetujuinya (prinsip empat mata).</translation>
    </message>
    <message>
        <source>No benefit rule is recorded for a death on {date}: the oldest rule ({rule}) took effect on {start}.</source>
        <translation>Tidak ada peraturan manfaat untuk kematian pada {date}: peraturan tertua ({rule}) berlaku sejak {start}.</translation>
    </message>
    <message>
        <source>This death does not open the scholarship (see the entitlement), so no child can be added.</source>
        <translation>Kematian ini tidak memberi hak beasiswa (lihat hak), sehingga tidak ada anak yang dapat ditambahkan.</translation>
    </message>
    <message>
        <source>At most {max} child(ren) receive the scholarship under {rule}; this would be child number {order}.</source>
        <translation>Paling banyak {max} anak menerima beasiswa menurut {rule}; ini akan menjadi anak ke-{order}.</translation>
    </message>
    <message>
        <source>The child's birth date ({date}) cannot be more than 300 days after the participant's death.</source>
        <translation>Tanggal lahir anak ({date}) tidak boleh lebih dari 300 hari setelah peserta meninggal.</translation>
    </message>
    <message>
        <source>The child was {age} on the date of death; the scholarship is only for children under {limit}.</source>
        <translation>Anak berusia {age} tahun pada tanggal meninggal; beasiswa hanya untuk anak di bawah {limit} tahun.</translation>
    </message>
    <message>
        <source>Year {grade} does not exist at this level (1 to {max}).</source>
        <translation>Tahun ke-{grade} tidak ada di jenjang ini (1 sampai {max}).</translation>
    </message>
    <message>
        <source>Under {rule} the scholarship is one lump sum, not yearly.</source>
        <translation>Menurut {rule} beasiswa dibayar sekaligus, tidak tahunan.</translation>
    </message>
    <message>
        <source>The scholarship of this child has stopped ({reason}).</source>
        <translation>Beasiswa anak ini telah dihentikan ({reason}).</translation>
    </message>
    <message>
        <source>The child is {age} at the start of the academic year {year}; the scholarship ends at {limit}.</source>
        <translation>Anak berusia {age} tahun pada awal tahun ajaran {year}; beasiswa berakhir pada usia {limit} tahun.</translation>
    </message>
    <message>
        <source>The proof of enrolment (surat keterangan masih aktif) for {year} has not been received; the year cannot be paid without it.</source>
        <translation>Surat keterangan masih aktif untuk {year} belum diterima; tahun itu tidak dapat dibayar tanpa surat tersebut.</translation>
    </message>
    <message>
        <source>The report card (rapor) for {year} has not been received; the year cannot be paid without it.</source>
        <translation>Rapor untuk {year} belum diterima; tahun itu tidak dapat dibayar tanpa rapor.</translation>
    </message>
    <message>
        <source>{level}: all {max} years of this level have been paid already.</source>
        <translation>{level}: semua {max} tahun di jenjang ini sudah dibayar.</translation>
    </message>
    <message>
        <source>PP 82/2019 took effect in November or December 2019; choose a date in that period.</source>
        <translation>PP 82/2019 berlaku pada November atau Desember 2019; pilih tanggal dalam periode itu.</translation>
    </message>
    <message>
        <source>The days to bring the yearly proof must be 7 to 365.</source>
        <translation>Hari penyerahan bukti tahunan harus 7 sampai 365.</translation>
    </message>
    <message>
        <source>The academic year starts in a month from 1 to 12.</source>
        <translation>Tahun ajaran dimulai pada bulan 1 sampai 12.</translation>
    </message>
    <message>
        <source>Choose the cause of death and the participant's segment.</source>
        <translation>Pilih penyebab meninggal dan segmen peserta.</translation>
    </message>
    <message>
        <source>Enter the participant's name.</source>
        <translation>Isi nama peserta.</translation>
    </message>
    <message>
        <source>Choose the participant's segment (PU, BPU or Jasa Konstruksi).</source>
        <translation>Pilih segmen peserta (PU, BPU atau Jasa Konstruksi).</translation>
    </message>
    <message>
        <source>The birth date must be before the date of death.</source>
        <translation>Tanggal lahir harus sebelum tanggal meninggal.</translation>
    </message>
    <message>
        <source>The claim cannot be submitted in the future.</source>
        <translation>Klaim tidak dapat diajukan di masa depan.</translation>
    </message>
    <message>
        <source>The claim cannot be submitted before the date of death.</source>
        <translation>Klaim tidak dapat diajukan sebelum tanggal meninggal.</translation>
    </message>
    <message>
        <source>A death claim for KPJ {kpj} already exists.</source>
        <translation>Klaim kematian untuk KPJ {kpj} sudah ada.</translation>
    </message>
    <message>
        <source>Another participant has KPJ {kpj}.</source>
        <translation>Peserta lain memakai KPJ {kpj}.</translation>
    </message>
    <message>
        <source>These facts change the entitlement, but disbursements of this claim are already verified, approved or paid. Cancel or reverse them first.</source>
        <translation>Fakta ini mengubah hak, tetapi pembayaran klaim ini sudah diverifikasi, disetujui atau dibayar. Batalkan atau balik terlebih dahulu.</translation>
    </message>
    <message>
        <source>Give the reason for rejecting the claim.</source>
        <translation>Isi alasan penolakan klaim.</translation>
    </message>
    <message>
        <source>The claim has verified, approved or paid disbursements; it cannot be rejected.</source>
        <translation>Klaim ini memiliki pembayaran yang diverifikasi, disetujui atau dibayar; tidak dapat ditolak.</translation>
    </message>
    <message>
        <source>The claim has verified, approved or paid disbursements; it cannot be deleted.</source>
        <translation>Klaim ini memiliki pembayaran yang diverifikasi, disetujui atau dibayar; tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>A document cannot be received in the future.</source>
        <translation>Dokumen tidak dapat diterima di masa depan.</translation>
    </message>
    <message>
        <source>Documents cannot be received before the date of death.</source>
        <translation>Dokumen tidak dapat diterima sebelum tanggal meninggal.</translation>
    </message>
    <message>
        <source>The claim was not found; it may have been deleted.</source>
        <translation>Klaim tidak ditemukan; mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted ({what}).</source>
        <translation>Data tidak ditemukan; mungkin sudah dihapus ({what}).</translation>
    </message>
    <message>
        <source>Choose the scholarship year this payment is for.</source>
        <translation>Pilih tahun beasiswa untuk pembayaran ini.</translation>
    </message>
    <message>
        <source>This claim's entitlement has no component {component}.</source>
        <translation>Hak klaim ini tidak memiliki komponen {component}.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Jumlah harus lebih dari nol.</translation>
    </message>
    <message>
        <source>{amount} is more than the rule allows: the entitlement is {limit} and {paid} is already paid.</source>
        <translation>{amount} melebihi yang diizinkan peraturan: haknya {limit} dan {paid} sudah dibayar.</translation>
    </message>
    <message>
        <source>The payee must be an heir recorded on this claim.</source>
        <translation>Penerima harus ahli waris yang tercatat pada klaim ini.</translation>
    </message>
    <message>
        <source>{name} is not a confirmed heir; confirm the heirs first.</source>
        <translation>{name} belum dikonfirmasi sebagai ahli waris; konfirmasi ahli waris terlebih dahulu.</translation>
    </message>
    <message>
        <source>{name} arranged the funeral and may only receive the funeral costs.</source>
        <translation>{name} mengurus pemakaman dan hanya dapat menerima biaya pemakaman.</translation>
    </message>
    <message>
        <source>{count} required document(s) of the claim have not been received; verify the payment once they are in.</source>
        <translation>{count} dokumen wajib klaim belum diterima; verifikasi pembayaran setelah dokumennya lengkap.</translation>
    </message>
    <message>
        <source>The claim was rejected; nothing can be paid.</source>
        <translation>Klaim ditolak; tidak ada yang dapat dibayar.</translation>
    </message>
    <message>
        <source>Nothing to enter: every component is paid or in progress, or no heir entitled to it is confirmed yet.</source>
        <translation>Tidak ada yang perlu dientri: setiap komponen sudah dibayar atau sedang diproses, atau belum ada ahli waris berhak yang dikonfirmasi.</translation>
    </message>
    <message>
        <source>Choose what the payment is for.</source>
        <translation>Pilih untuk apa pembayaran ini.</translation>
    </message>
    <message>
        <source>This is already paid or being paid; a paid amount is corrected by reversing it first.</source>
        <translation>Ini sudah dibayar atau sedang dibayar; jumlah yang sudah dibayar dikoreksi dengan membaliknya terlebih dahulu.</translation>
    </message>
    <message>
        <source>A correction must follow a reversal of the same payment.</source>
        <translation>Koreksi harus mengikuti pembalikan pembayaran yang sama.</translation>
    </message>
    <message>
        <source>Only a draft can be changed. A paid disbursement is never edited: reverse it and enter a new one.</source>
        <translation>Hanya draf yang dapat diubah. Pembayaran yang sudah dibayar tidak pernah diubah: balik lalu entri yang baru.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling.</source>
        <translation>Isi alasan pembatalan.</translation>
    </message>
    <message>
        <source>This has just been paid from another workstation; it cannot be paid twice.</source>
        <translation>Ini baru saja dibayar dari komputer lain; tidak dapat dibayar dua kali.</translation>
    </message>
    <message>
        <source>Give the reason for the reversal.</source>
        <translation>Isi alasan pembalikan.</translation>
    </message>
    <message>
        <source>Only a paid payment can be reversed.</source>
        <translation>Hanya pembayaran yang sudah dibayar yang dapat dibalik.</translation>
    </message>
    <message>
        <source>This payment has already been reversed.</source>
        <translation>Pembayaran ini sudah dibalik.</translation>
    </message>
    <message>
        <source>The disbursement was not found.</source>
        <translation>Pembayaran tidak ditemukan.</translation>
    </message>
    <message>
        <source>Enter the heir's name.</source>
        <translation>Isi nama ahli waris.</translation>
    </message>
    <message>
        <source>Choose the heir's relationship to the participant.</source>
        <translation>Pilih hubungan ahli waris dengan peserta.</translation>
    </message>
    <message>
        <source>A bank account number has 6 to 20 digits.</source>
        <translation>Nomor rekening bank terdiri atas 6 sampai 20 angka.</translation>
    </message>
    <message>
        <source>Enter the bank of the account.</source>
        <translation>Isi nama bank rekening tersebut.</translation>
    </message>
    <message>
        <source>The phone number {phone} is not valid.</source>
        <translation>Nomor telepon {phone} tidak valid.</translation>
    </message>
    <message>
        <source>The heir's birth date cannot be in the future.</source>
        <translation>Tanggal lahir ahli waris tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>This heir (NIK) is already recorded for the claim.</source>
        <translation>Ahli waris ini (NIK) sudah tercatat pada klaim.</translation>
    </message>
    <message>
        <source>This heir is the guardian of a child receiving the scholarship; choose another guardian first.</source>
        <translation>Ahli waris ini adalah wali anak penerima beasiswa; pilih wali lain terlebih dahulu.</translation>
    </message>
    <message>
        <source>{name} is not entitled under the legal order: heirs of order {rank} come first.</source>
        <translation>{name} tidak berhak menurut urutan ahli waris: ahli waris urutan {rank} didahulukan.</translation>
    </message>
    <message>
        <source>Disbursements to this heir are already verified, approved or paid; the heir cannot be changed now.</source>
        <translation>Pembayaran kepada ahli waris ini sudah diverifikasi, disetujui atau dibayar; ahli waris tidak dapat diubah sekarang.</translation>
    </message>
    <message>
        <source>Confirm the heirs first: the letter is addressed to a confirmed heir.</source>
        <translation>Konfirmasi ahli waris terlebih dahulu: surat ditujukan kepada ahli waris yang dikonfirmasi.</translation>
    </message>
    <message>
        <source>No scholarship proof is due for the chosen children (or they have no guardian).</source>
        <translation>Tidak ada bukti beasiswa yang jatuh tempo untuk anak yang dipilih (atau mereka tidak memiliki wali).</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation>Tanggal pembayaran tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>Choose what to pay.</source>
        <translation>Pilih yang akan dibayar.</translation>
    </message>
    <message>
        <source>The payment is recorded, but its receipt could not be issued: {detail} Use “Issue missing receipts” once this is fixed.</source>
        <translation>Pembayaran sudah dicatat, tetapi kuitansinya tidak dapat diterbitkan: {detail} Gunakan “Terbitkan kuitansi yang belum ada” setelah masalahnya diperbaiki.</translation>
    </message>
    <message>
        <source>Choose the heirs who are present.</source>
        <translation>Pilih ahli waris yang hadir.</translation>
    </message>
    <message>
        <source>The chosen heirs have nothing approved or paid to hand over.</source>
        <translation>Ahli waris yang dipilih tidak memiliki pembayaran disetujui atau dibayar untuk diserahkan.</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {detail}</source>
        <translation>Berkas {path} tidak dapat ditulis: {detail}</translation>
    </message>
    <message>
        <source>Choose a year and months from January to December.</source>
        <translation>Pilih tahun dan bulan dari Januari sampai Desember.</translation>
    </message>
    <message>
        <source>The report file must end in .pdf or .xlsx.</source>
        <translation>Berkas laporan harus berakhiran .pdf atau .xlsx.</translation>
    </message>
    <message>
        <source>Enter the child's name.</source>
        <translation>Isi nama anak.</translation>
    </message>
    <message>
        <source>Choose the child's school level.</source>
        <translation>Pilih jenjang sekolah anak.</translation>
    </message>
    <message>
        <source>The guardian must be an heir recorded on this claim.</source>
        <translation>Wali harus ahli waris yang tercatat pada klaim ini.</translation>
    </message>
    <message>
        <source>Choose why the scholarship stops.</source>
        <translation>Pilih alasan beasiswa dihentikan.</translation>
    </message>
    <message>
        <source>The scholarship cannot stop on a future date.</source>
        <translation>Beasiswa tidak dapat dihentikan pada tanggal di masa depan.</translation>
    </message>
    <message>
        <source>A proof cannot be received in the future.</source>
        <translation>Bukti tidak dapat diterima di masa depan.</translation>
    </message>
    <message>
        <source>The academic year {year} is outside the scholarship period (from {first} up to the current year).</source>
        <translation>Tahun ajaran {year} di luar masa beasiswa (dari {first} sampai tahun berjalan).</translation>
    </message>
    <message>
        <source>The academic year {year} of this child is already claimed; one payment per child per year.</source>
        <translation>Tahun ajaran {year} anak ini sudah diajukan; satu pembayaran per anak per tahun.</translation>
    </message>
    <message>
        <source>Choose a confirmed heir as the child's guardian: the scholarship is paid to them.</source>
        <translation>Pilih ahli waris yang dikonfirmasi sebagai wali anak: beasiswa dibayarkan kepadanya.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} wajib diisi.</translation>
    </message>
</context>
</TS>