<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Edit agreement</source>
        <translation>Ubah PKS</translation>
    </message>
    <message>
        <source>Renew agreement</source>
        <translation>Perpanjang PKS</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Tambah PKS</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Nomor PKS</translation>
    </message>
    <message>
        <source>Si&amp;gned on</source>
        <translation>Ditandata&amp;ngani</translation>
    </message>
    <message>
        <source>The agreement is signed</source>
        <translation>PKS sudah ditandatangani</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>Tanggal penandatanganan</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal berakhir</translation>
    </message>
    <message>
        <source>Renews agreement</source>
        <translation>Memperpanjang PKS</translation>
    </message>
    <message>
        <source>(the previous agreement, if any)</source>
        <translation>(PKS sebelumnya, jika ada)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ruang lingkup</translation>
    </message>
    <message>
        <source>e.g. Pelayanan kesehatan peserta JKK (IGD, rawat jalan, rawat inap kelas I)</source>
        <translation>mis. Pelayanan kesehatan peserta JKK (IGD, rawat jalan, rawat inap kelas I)</translation>
    </message>
    <message>
        <source>Attach &amp;scan…</source>
        <translation>Lampirkan &amp;pindaian…</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nomor</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Penandatanganan</translation>
    </message>
    <message>
        <source>S&amp;tarts</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Berakhir</translation>
    </message>
    <message>
        <source>&amp;Renews</source>
        <translation>Mem&amp;perpanjang</translation>
    </message>
    <message>
        <source>Sc&amp;ope</source>
        <translation>&amp;Ruang lingkup</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Dokumen pindaian</translation>
    </message>
    <message>
        <source>De&amp;lete agreement</source>
        <translation>Ha&amp;pus PKS</translation>
    </message>
    <message>
        <source>No scan attached.</source>
        <translation>Belum ada pindaian terlampir.</translation>
    </message>
    <message>
        <source>Scanned agreement</source>
        <translation>Pindaian PKS</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>PDF atau gambar (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>The agreement number is required.</source>
        <translation>Nomor PKS wajib diisi.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Kode faskes</source>
        <translation>Kode faskes</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Last monev</source>
        <translation>Monev terakhir</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Masa PKS</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PKS ends</source>
        <translation>PKS berakhir</translation>
    </message>
</context>
<context>
    <name>CriteriaDialog</name>
    <message>
        <source>Monev criteria</source>
        <translation>Kriteria monev</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriteria</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Nilai tertinggi</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>The result of a visit is the weighted average of its scores, out of 100.</source>
        <translation>Hasil kunjungan adalah rata-rata tertimbang nilainya, dari 100.</translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation>&amp;Tambah kriteria</translation>
    </message>
    <message>
        <source>Only a supervisor can change them.</source>
        <translation>Hanya supervisor yang dapat mengubahnya.</translation>
    </message>
    <message>
        <source>Criterion name</source>
        <translation>Nama kriteria</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Socialisation</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordinasi</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Kegiatan baru</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ubah kegiatan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topik</translation>
    </message>
    <message>
        <source>e.g. Sosialisasi Program Sertakan dan Monev PLKK</source>
        <translation>mis. Sosialisasi Program Sertakan dan Monev PLKK</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Jenis kegiatan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Tem&amp;pat</translation>
    </message>
    <message>
        <source>To&amp;pic</source>
        <translation>T&amp;opik</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>Invited partners</source>
        <translation>Mitra yang diundang</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Perwakilan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>&amp;Invite partners…</source>
        <translation>&amp;Undang mitra…</translation>
    </message>
    <message>
        <source>Remo&amp;ve partner</source>
        <translation>&amp;Hapus mitra</translation>
    </message>
    <message>
        <source>Other invited parties</source>
        <translation>Undangan lain</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Add &amp;employer or office</source>
        <translation>Tambah &amp;perusahaan atau instansi</translation>
    </message>
    <message>
        <source>Remove &amp;row</source>
        <translation>Hapus &amp;baris</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>What was presented and agreed, and by whom.</source>
        <translation>Apa yang dipaparkan dan disepakati, dan oleh siapa.</translation>
    </message>
    <message>
        <source>Partners invited</source>
        <translation>Mitra diundang</translation>
    </message>
    <message>
        <source>Employers and offices invited</source>
        <translation>Perusahaan dan instansi diundang</translation>
    </message>
    <message>
        <source>The topic is required.</source>
        <translation>Topik wajib diisi.</translation>
    </message>
    <message>
        <source>Invited: %1 partners, %2 other parties</source>
        <translation>Diundang: %1 mitra, %2 pihak lain</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>&amp;New event</source>
        <translation>Kegiatan &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit event</source>
        <translation>&amp;Ubah kegiatan</translation>
    </message>
    <message>
        <source>Send &amp;invitations</source>
        <translation>Kirim &amp;undangan</translation>
    </message>
    <message>
        <source>&amp;Attendance list</source>
        <translation>&amp;Daftar hadir</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Hapus kegiatan</translation>
    </message>
    <message>
        <source>Filter by topic or place…</source>
        <translation>Saring menurut topik atau tempat…</translation>
    </message>
    <message>
        <source>No events yet. Plan a socialisation or coordination meeting with New event (Ctrl+Shift+E); invitations and the attendance list come from it.</source>
        <translation>Belum ada kegiatan. Rencanakan sosialisasi atau rapat koordinasi dengan Kegiatan baru (Ctrl+Shift+E); undangan dan daftar hadir dibuat dari kegiatan itu.</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Delete the event “%1”?</source>
        <translation>Hapus kegiatan “%1”?</translation>
    </message>
    <message>
        <source>Save all invitations in one PDF</source>
        <translation>Simpan semua undangan dalam satu PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Invitations issued</source>
        <translation>Undangan diterbitkan</translation>
    </message>
    <message>
        <source>%1 invitations were issued (%2 to %3) and saved in one PDF.</source>
        <translation>%1 undangan diterbitkan (%2 s.d. %3) dan disimpan dalam satu PDF.</translation>
    </message>
    <message>
        <source>Issuing the invitations</source>
        <translation>Menerbitkan undangan</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Import partners from Excel</source>
        <translation>Impor mitra dari Excel</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx). Its first row holds the column names; required: %1.</source>
        <translation>Pilih berkas Excel (.xlsx). Baris pertamanya berisi nama kolom; wajib: %1.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Laporan impor</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Kode faskes</source>
        <translation>Kode faskes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Why / what changes</source>
        <translation>Alasan / yang berubah</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Partner list</source>
        <translation>Daftar mitra</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Checking the partner list</source>
        <translation>Memeriksa daftar mitra</translation>
    </message>
    <message>
        <source>Importing partners</source>
        <translation>Mengimpor mitra</translation>
    </message>
    <message>
        <source>Imported. Saved %1 new and %2 updated partners.</source>
        <translation>Selesai diimpor. Tersimpan %1 mitra baru dan %2 mitra diperbarui.</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is; nothing was saved.</source>
        <translation>Berkas ini tidak dapat diimpor apa adanya; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Checked, nothing saved yet. Import saves the new and updated rows in one go.</source>
        <translation>Sudah diperiksa, belum ada yang disimpan. Impor menyimpan baris baru dan yang diperbarui sekaligus.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Impor %n baris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter: %1</source>
        <translation>Surat: %1</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>&amp;Recipient (Yth.)</source>
        <translation>&amp;Penerima (Yth.)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Pra&amp;tinjau</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Terbitkan surat</translation>
    </message>
    <message>
        <source>Issuing takes the next number from the register; a preview does not.</source>
        <translation>Menerbitkan surat mengambil nomor berikutnya dari agenda; pratinjau tidak.</translation>
    </message>
    <message>
        <source>Letter issued</source>
        <translation>Surat diterbitkan</translation>
    </message>
    <message>
        <source>Letter %1 was issued.</source>
        <translation>Surat %1 telah diterbitkan.</translation>
    </message>
    <message>
        <source>&amp;Open PDF</source>
        <translation>&amp;Buka PDF</translation>
    </message>
</context>
<context>
    <name>MonevDialog</name>
    <message>
        <source>Monev visit — %1</source>
        <translation>Kunjungan monev — %1</translation>
    </message>
    <message>
        <source>&amp;Planned</source>
        <translation>&amp;Direncanakan</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Tanggal rencana</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> dari %1</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>bobot %1</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Tambah tindak lanjut</translation>
    </message>
    <message>
        <source>&amp;Remove follow-up</source>
        <translation>&amp;Hapus tindak lanjut</translation>
    </message>
    <message>
        <source>Pla&amp;nned for</source>
        <translation>&amp;Rencana tanggal</translation>
    </message>
    <message>
        <source>&amp;Visited on</source>
        <translation>&amp;Dikunjungi pada</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>&amp;Petugas</translation>
    </message>
    <message>
        <source>De&amp;lete visit</source>
        <translation>Ha&amp;pus kunjungan</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Temuan</translation>
    </message>
    <message>
        <source>Follow-ups agreed with the partner</source>
        <translation>Tindak lanjut yang disepakati dengan mitra</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tanggal tenggat</translation>
    </message>
    <message>
        <source>Follow-up status</source>
        <translation>Status tindak lanjut</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <source>Name the officer who made the visit.</source>
        <translation>Sebutkan petugas yang melakukan kunjungan.</translation>
    </message>
</context>
<context>
    <name>MonevTab</name>
    <message>
        <source>Monev &amp;criteria…</source>
        <translation>&amp;Kriteria monev…</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Tandai tindak lanjut &amp;selesai</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Partners without a monev visit in</source>
        <translation>Mitra yang belum dimonev pada tahun</translation>
    </message>
    <message>
        <source>Open follow-ups (double-click opens the partner)</source>
        <translation>Tindak lanjut terbuka (klik ganda membuka mitra)</translation>
    </message>
    <message>
        <source>%1 partner(s) still to visit.</source>
        <translation>%1 mitra belum dikunjungi.</translation>
    </message>
    <message>
        <source>Every active partner has been visited.</source>
        <translation>Semua mitra aktif sudah dikunjungi.</translation>
    </message>
</context>
<context>
    <name>PartnerDetailPane</name>
    <message>
        <source>Choose a partner in the list to see its agreement, monev, events, letters and sponsored workers here.</source>
        <translation>Pilih mitra di daftar untuk melihat PKS, monev, kegiatan, surat dan pekerja yang disponsorinya di sini.</translation>
    </message>
    <message>
        <source>Cooperation agreement (PKS)</source>
        <translation>Perjanjian kerja sama (PKS)</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Daftar PKS</translation>
    </message>
    <message>
        <source>Re&amp;new</source>
        <translation>Per&amp;panjang</translation>
    </message>
    <message>
        <source>Open &amp;scan</source>
        <translation>&amp;Pindaian</translation>
    </message>
    <message>
        <source>Renewal &amp;notice</source>
        <translation>Surat perpan&amp;jangan</translation>
    </message>
    <message>
        <source>Monitoring and evaluation (monev)</source>
        <translation>Monitoring dan evaluasi (monev)</translation>
    </message>
    <message>
        <source>Monev visits</source>
        <translation>Kunjungan monev</translation>
    </message>
    <message>
        <source>&amp;Record monev</source>
        <translation>&amp;Catat monev</translation>
    </message>
    <message>
        <source>Hasil &amp;Monev letter</source>
        <translation>Surat Hasil &amp;Monev</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Tindak lanjut terbuka</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Letters sent</source>
        <translation>Surat terkirim</translation>
    </message>
    <message>
        <source>Sponsored workers (Sertakan / CSR)</source>
        <translation>Pekerja yang disponsori (Sertakan / CSR)</translation>
    </message>
    <message>
        <source>Sponsorships</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Add s&amp;ponsorship</source>
        <translation>Tambah s&amp;ponsor</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Layanan: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>tenggat %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>Tidak ada tindak lanjut terbuka.</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>hadir</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>diundang</translation>
    </message>
    <message>
        <source>Not invited to any event yet.</source>
        <translation>Belum pernah diundang ke kegiatan.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>No letters sent yet.</source>
        <translation>Belum ada surat terkirim.</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 s.d. %3</translation>
    </message>
    <message>
        <source>Last agreement ended %1.</source>
        <translation>PKS terakhir berakhir %1.</translation>
    </message>
    <message>
        <source>Next agreement starts %1.</source>
        <translation>PKS berikutnya mulai %1.</translation>
    </message>
    <message>
        <source>renews %1</source>
        <translation>memperpanjang %1</translation>
    </message>
    <message>
        <source>No agreement recorded: add one.</source>
        <translation>Belum ada PKS tercatat: tambahkan.</translation>
    </message>
    <message>
        <source>Last visit %1 by %2: %3 / 100 (%4).</source>
        <translation>Kunjungan terakhir %1 oleh %2: %3 / 100 (%4).</translation>
    </message>
    <message>
        <source>No monev visit recorded yet.</source>
        <translation>Belum ada kunjungan monev tercatat.</translation>
    </message>
    <message>
        <source>Next visit planned for %1.</source>
        <translation>Kunjungan berikutnya direncanakan %1.</translation>
    </message>
    <message>
        <source>Next visit due by %1.</source>
        <translation>Kunjungan berikutnya paling lambat %1.</translation>
    </message>
    <message>
        <source>No monev this year yet.</source>
        <translation>Belum ada monev tahun ini.</translation>
    </message>
    <message>
        <source>No visits yet: record the first one.</source>
        <translation>Belum ada kunjungan: catat yang pertama.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <source>ended or not started</source>
        <translation>sudah berakhir atau belum mulai</translation>
    </message>
    <message>
        <source>%1 workers × %2 months</source>
        <translation>%1 pekerja × %2 bulan</translation>
    </message>
    <message>
        <source>No workers sponsored yet.</source>
        <translation>Belum ada pekerja yang disponsori.</translation>
    </message>
    <message>
        <source>%1 workers covered this month; %2 committed in total.</source>
        <translation>%1 pekerja terlindungi bulan ini; total komitmen %2.</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation>Mitra baru</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Ubah mitra</translation>
    </message>
    <message>
        <source>Kode faskes</source>
        <translation>Kode faskes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>e.g. RSUD Banyumas</source>
        <translation>mis. RSUD Banyumas</translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation>Jenis faskes</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Kepemilikan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Contact person's position</source>
        <translation>Jabatan narahubung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Layanan</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Layanan lain</translation>
    </message>
    <message>
        <source>Other services, separated by semicolons</source>
        <translation>Layanan lain, dipisahkan titik koma</translation>
    </message>
    <message>
        <source>&amp;Kode faskes</source>
        <translation>&amp;Kode faskes</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>O&amp;wnership</source>
        <translation>Kepe&amp;milikan</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Kabupaten/&amp;kota</source>
        <translation>Kabupaten/k&amp;ota</translation>
    </message>
    <message>
        <source>Kecama&amp;tan</source>
        <translation>Kecama&amp;tan</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;pon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>S&amp;urel</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>Nara&amp;hubung</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>Jaba&amp;tan</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Another partner already has this kode faskes.</source>
        <translation>Kode faskes ini sudah dipakai mitra lain.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>The kabupaten/kota is required.</source>
        <translation>Kabupaten/kota wajib diisi.</translation>
    </message>
</context>
<context>
    <name>PartnerPicker</name>
    <message>
        <source>Invite partners</source>
        <translation>Undang mitra</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>All kabupaten</source>
        <translation>Semua kabupaten</translation>
    </message>
    <message>
        <source>Filter partners</source>
        <translation>Saring mitra</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Saring menurut nama…</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>&amp;Tick all shown</source>
        <translation>&amp;Centang semua yang tampil</translation>
    </message>
</context>
<context>
    <name>Plkk</name>
    <message>
        <source>Hospital</source>
        <translation>Rumah sakit</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Klinik</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Joint doctors' practice</source>
        <translation>Praktik dokter bersama</translation>
    </message>
    <message>
        <source>Job training centre (BLK)</source>
        <translation>Balai Latihan Kerja (BLK)</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Swasta</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Renewal in progress</source>
        <translation>Proses perpanjangan</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Non-aktif</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Belum berlaku</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Belum ada PKS</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>No PKS</source>
        <translation>Tanpa PKS</translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Berakhir hari ini</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The agreement ends in %n day(s); send the renewal notice.</source>
        <translation>
            <numerusform>PKS berakhir dalam %n hari; kirim surat pemberitahuan perpanjangan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreement is in force: the partner cannot bill BPJS Ketenagakerjaan directly.</source>
        <translation>Tidak ada PKS yang berlaku: mitra tidak dapat menagih BPJS Ketenagakerjaan secara langsung.</translation>
    </message>
    <message>
        <source>No agreement has been recorded for this partner.</source>
        <translation>Belum ada PKS yang tercatat untuk mitra ini.</translation>
    </message>
</context>
<context>
    <name>PlkkCli</name>
    <message>
        <source>%1 agreement(s) end within %2 days.</source>
        <translation>%1 PKS berakhir dalam %2 hari.</translation>
    </message>
    <message>
        <source>%1 partner(s).</source>
        <translation>%1 mitra.</translation>
    </message>
    <message>
        <source>The file cannot be imported; nothing was saved.</source>
        <translation>Berkas tidak dapat diimpor; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 duplicate, %4 rejected.</source>
        <translation>Diimpor: %1 baru, %2 diperbarui, %3 duplikat, %4 ditolak.</translation>
    </message>
    <message>
        <source>Dry run, nothing saved: %1 new, %2 updated, %3 duplicate, %4 rejected.</source>
        <translation>Uji coba, tidak ada yang disimpan: %1 baru, %2 diperbarui, %3 duplikat, %4 ditolak.</translation>
    </message>
    <message>
        <source>%1 partners written to %2.</source>
        <translation>%1 mitra ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>PlkkPage</name>
    <message>
        <source>Any agreement state</source>
        <translation>Semua status PKS</translation>
    </message>
    <message>
        <source>Ending within 30 days</source>
        <translation>Berakhir dalam 30 hari</translation>
    </message>
    <message>
        <source>Ending within 60 days</source>
        <translation>Berakhir dalam 60 hari</translation>
    </message>
    <message>
        <source>Ending within the warning period</source>
        <translation>Berakhir dalam masa peringatan</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Not yet in force</source>
        <translation>Belum berlaku</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Belum ada PKS</translation>
    </message>
    <message>
        <source>PLKK Partners</source>
        <translation>Mitra PLKK</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>&amp;Mitra</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;Kegiatan</translation>
    </message>
    <message>
        <source>&amp;Monev</source>
        <translation>Mo&amp;nev</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>Mitra &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Add &amp;agreement</source>
        <translation>Tambah &amp;PKS</translation>
    </message>
    <message>
        <source>Record &amp;monev</source>
        <translation>Catat &amp;monev</translation>
    </message>
    <message>
        <source>New e&amp;vent</source>
        <translation>Kegiatan ba&amp;ru</translation>
    </message>
    <message>
        <source>&amp;Sponsorship</source>
        <translation>&amp;Sponsor</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Pemberitahuan Perpanjangan PKS</source>
        <translation>Pemberitahuan Perpanjangan PKS</translation>
    </message>
    <message>
        <source>Hasil Monev</source>
        <translation>Hasil Monev</translation>
    </message>
    <message>
        <source>&amp;Letter</source>
        <translation>&amp;Surat</translation>
    </message>
    <message>
        <source>&amp;Delete partner</source>
        <translation>&amp;Hapus mitra</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>All kabupaten</source>
        <translation>Semua kabupaten</translation>
    </message>
    <message>
        <source>Facility type</source>
        <translation>Jenis faskes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>PKS</translation>
    </message>
    <message>
        <source>No partners yet. Add one with New partner (Ctrl+N), or import the branch's list from Excel (Ctrl+I).</source>
        <translation>Belum ada mitra. Tambahkan dengan Mitra baru (Ctrl+N), atau impor daftar kantor cabang dari Excel (Ctrl+I).</translation>
    </message>
    <message>
        <source>Filter by name, kode faskes, kecamatan…</source>
        <translation>Saring menurut nama, kode faskes, kecamatan…</translation>
    </message>
    <message>
        <source>%1 agreement(s) end within the warning period, %2 within 30 days.</source>
        <translation>%1 PKS berakhir dalam masa peringatan, %2 di antaranya dalam 30 hari.</translation>
    </message>
    <message>
        <source>No agreement ends within the warning period.</source>
        <translation>Tidak ada PKS yang berakhir dalam masa peringatan.</translation>
    </message>
    <message>
        <source>Export partners</source>
        <translation>Ekspor mitra</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 partners exported to %2</source>
        <translation>%1 mitra diekspor ke %2</translation>
    </message>
    <message>
        <source>Delete partner</source>
        <translation>Hapus mitra</translation>
    </message>
    <message>
        <source>Delete %1 from the partner list? Its agreements, visits and letters stay in the audit trail.</source>
        <translation>Hapus %1 dari daftar mitra? PKS, kunjungan dan suratnya tetap tercatat di jejak audit.</translation>
    </message>
</context>
<context>
    <name>SponsorshipDialog</name>
    <message>
        <source>Sponsored workers — %1</source>
        <translation>Pekerja yang disponsori — %1</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Number of workers</source>
        <translation>Jumlah pekerja</translation>
    </message>
    <message>
        <source> workers</source>
        <translation> pekerja</translation>
    </message>
    <message>
        <source>Number of months</source>
        <translation>Jumlah bulan</translation>
    </message>
    <message>
        <source> months</source>
        <translation> bulan</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Bulan pertama</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>e.g. juru parkir dan pedagang di sekitar rumah sakit</source>
        <translation>mis. juru parkir dan pedagang di sekitar rumah sakit</translation>
    </message>
    <message>
        <source>%1 per worker per month (JKK + JKM)</source>
        <translation>%1 per pekerja per bulan (JKK + JKM)</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Program</translation>
    </message>
    <message>
        <source>&amp;Workers</source>
        <translation>&amp;Pekerja</translation>
    </message>
    <message>
        <source>&amp;Months</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <source>&amp;First month</source>
        <translation>Bulan pe&amp;rtama</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Total cost</source>
        <translation>Total biaya</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ha&amp;pus</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 mulai %2</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>--expiring needs a number of days of 0 or more.</source>
        <translation>--expiring memerlukan jumlah hari 0 atau lebih.</translation>
    </message>
    <message>
        <source>The kode faskes is required.</source>
        <translation>Kode faskes wajib diisi.</translation>
    </message>
    <message>
        <source>The kode faskes “{kode}” is not valid: use 4 to 20 letters or digits (dashes, dots and slashes allowed), for example 3302R001.</source>
        <translation>Kode faskes “{kode}” tidak valid: gunakan 4 sampai 20 huruf atau angka (boleh tanda hubung, titik dan garis miring), misalnya 3302R001.</translation>
    </message>
    <message>
        <source>The e-mail address {email} is not valid.</source>
        <translation>Alamat surel {email} tidak valid.</translation>
    </message>
    <message>
        <source>The phone number {phone} is not valid.</source>
        <translation>Nomor telepon {phone} tidak valid.</translation>
    </message>
    <message>
        <source>The agreement number is required.</source>
        <translation>Nomor PKS wajib diisi.</translation>
    </message>
    <message>
        <source>The agreement ends ({end}) before it starts ({start}).</source>
        <translation>PKS berakhir ({end}) sebelum mulai ({start}).</translation>
    </message>
    <message>
        <source>The agreement cannot be signed ({signed}) after it ends ({end}).</source>
        <translation>PKS tidak dapat ditandatangani ({signed}) setelah berakhir ({end}).</translation>
    </message>
    <message>
        <source>This agreement ({start} to {end}) overlaps agreement {number} ({other_start} to {other_end}) of the same partner. A renewal starts after the previous agreement ends.</source>
        <translation>PKS ini ({start} s.d. {end}) bertumpang tindih dengan PKS {number} ({other_start} s.d. {other_end}) milik mitra yang sama. Perpanjangan dimulai setelah PKS sebelumnya berakhir.</translation>
    </message>
    <message>
        <source>Every monev criterion needs a name.</source>
        <translation>Setiap kriteria monev perlu nama.</translation>
    </message>
    <message>
        <source>The weight of “{name}” must be 1 to 100.</source>
        <translation>Bobot “{name}” harus 1 sampai 100.</translation>
    </message>
    <message>
        <source>The highest score of “{name}” must be 1 to 100.</source>
        <translation>Nilai tertinggi “{name}” harus 1 sampai 100.</translation>
    </message>
    <message>
        <source>There are no monev criteria to score against.</source>
        <translation>Belum ada kriteria monev untuk penilaian.</translation>
    </message>
    <message>
        <source>Give a score for “{criterion}”.</source>
        <translation>Beri nilai untuk “{criterion}”.</translation>
    </message>
    <message>
        <source>The score for “{criterion}” must be a whole number from 0 to {max}; {value} is out of range.</source>
        <translation>Nilai “{criterion}” harus bilangan bulat 0 sampai {max}; {value} di luar rentang.</translation>
    </message>
    <message>
        <source>A sponsorship covers at least one worker.</source>
        <translation>Sponsor mencakup paling sedikit satu pekerja.</translation>
    </message>
    <message>
        <source>A sponsorship runs 1 to {max} months.</source>
        <translation>Sponsor berlangsung 1 sampai {max} bulan.</translation>
    </message>
    <message>
        <source>The required column “{column}” is missing.</source>
        <translation>Kolom wajib “{column}” tidak ada.</translation>
    </message>
    <message>
        <source>The column “{column}” is not recognised; was it renamed from “{suggestion}”? Rename it back and import again.</source>
        <translation>Kolom “{column}” tidak dikenali; apakah namanya diubah dari “{suggestion}”? Kembalikan namanya lalu impor lagi.</translation>
    </message>
    <message>
        <source>The column “{column}” is not recognised. Remove it or rename it to one of the known columns.</source>
        <translation>Kolom “{column}” tidak dikenali. Hapus kolom itu atau ganti namanya menjadi salah satu kolom yang dikenal.</translation>
    </message>
    <message>
        <source>“{value}” is not a facility type (Rumah Sakit, Klinik, Puskesmas, Praktik Dokter Bersama or BLK).</source>
        <translation>“{value}” bukan jenis faskes (Rumah Sakit, Klinik, Puskesmas, Praktik Dokter Bersama atau BLK).</translation>
    </message>
    <message>
        <source>“{value}” is not an ownership (Pemerintah or Swasta).</source>
        <translation>“{value}” bukan kepemilikan (Pemerintah atau Swasta).</translation>
    </message>
    <message>
        <source>“{value}” is not a partner status (Aktif, Proses Perpanjangan or Non-aktif).</source>
        <translation>“{value}” bukan status mitra (Aktif, Proses Perpanjangan atau Non-aktif).</translation>
    </message>
    <message>
        <source>“{column}” is empty.</source>
        <translation>“{column}” kosong.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} cannot be read as an Excel workbook ({detail}).</source>
        <translation>{path} tidak dapat dibaca sebagai buku kerja Excel ({detail}).</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Lembar “{sheet}” kosong.</translation>
    </message>
    <message>
        <source>The kode faskes {kode} was already given in row {row}; this row is skipped.</source>
        <translation>Kode faskes {kode} sudah ada di baris {row}; baris ini dilewati.</translation>
    </message>
    <message>
        <source>Same as the partner already saved; nothing to change.</source>
        <translation>Sama dengan mitra yang sudah tersimpan; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Attach the scanned agreement as a PDF or an image (JPG, PNG, TIFF); {name} is not one.</source>
        <translation>Lampirkan pindaian PKS sebagai PDF atau gambar (JPG, PNG, TIFF); {name} bukan salah satunya.</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB; scan it at a lower resolution.</source>
        <translation>{name} lebih dari 50 MB; pindai dengan resolusi lebih rendah.</translation>
    </message>
    <message>
        <source>An agreement cannot move to another partner.</source>
        <translation>PKS tidak dapat dipindahkan ke mitra lain.</translation>
    </message>
    <message>
        <source>The agreement being renewed is not one of this partner's agreements.</source>
        <translation>PKS yang diperpanjang bukan PKS milik mitra ini.</translation>
    </message>
    <message>
        <source>A renewal must start after agreement {number} ends.</source>
        <translation>Perpanjangan harus dimulai setelah PKS {number} berakhir.</translation>
    </message>
    <message>
        <source>No scan is attached to agreement {number}.</source>
        <translation>Tidak ada pindaian terlampir pada PKS {number}.</translation>
    </message>
    <message>
        <source>The scan of agreement {number} is missing from {path}. Restore the documents folder from a backup or attach the scan again.</source>
        <translation>Pindaian PKS {number} tidak ditemukan di {path}. Pulihkan folder dokumen dari cadangan atau lampirkan pindaiannya lagi.</translation>
    </message>
    <message>
        <source>The scan of agreement {number} was changed after it was attached (its SHA-256 no longer matches). Attach the original again.</source>
        <translation>Pindaian PKS {number} telah berubah setelah dilampirkan (SHA-256-nya tidak cocok lagi). Lampirkan dokumen aslinya lagi.</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>mitra</translation>
    </message>
    <message>
        <source>Another partner already has the kode faskes {kode}. Each partner's code must be unique.</source>
        <translation>Mitra lain sudah memakai kode faskes {kode}. Kode setiap mitra harus unik.</translation>
    </message>
    <message>
        <source>The event needs a topic.</source>
        <translation>Kegiatan perlu topik.</translation>
    </message>
    <message>
        <source>Choose socialisation or coordination.</source>
        <translation>Pilih sosialisasi atau koordinasi.</translation>
    </message>
    <message>
        <source>Attendance can only be recorded once the event has taken place.</source>
        <translation>Kehadiran hanya dapat dicatat setelah kegiatan berlangsung.</translation>
    </message>
    <message>
        <source>A partner is invited twice.</source>
        <translation>Ada mitra yang diundang dua kali.</translation>
    </message>
    <message>
        <source>Every other invited party needs an institution (company or office).</source>
        <translation>Setiap undangan lain perlu instansi (perusahaan atau kantor).</translation>
    </message>
    <message>
        <source>Choose the programme (Sertakan or CSR).</source>
        <translation>Pilih program (Sertakan atau CSR).</translation>
    </message>
    <message>
        <source>{name} has no agreement in force to renew. Record its agreement first.</source>
        <translation>{name} tidak memiliki PKS berlaku untuk diperpanjang. Catat PKS-nya terlebih dahulu.</translation>
    </message>
    <message>
        <source>The Hasil Monev letter can be made once the visit is done and scored.</source>
        <translation>Surat Hasil Monev dapat dibuat setelah kunjungan selesai dan dinilai.</translation>
    </message>
    <message>
        <source>Nobody is invited to this event yet.</source>
        <translation>Belum ada yang diundang ke kegiatan ini.</translation>
    </message>
    <message>
        <source>At least one monev criterion must stay in use.</source>
        <translation>Paling sedikit satu kriteria monev harus tetap dipakai.</translation>
    </message>
    <message>
        <source>Choose whether the visit is planned or done.</source>
        <translation>Pilih apakah kunjungan direncanakan atau sudah selesai.</translation>
    </message>
    <message>
        <source>Give the date the visit is planned for.</source>
        <translation>Isi tanggal rencana kunjungan.</translation>
    </message>
    <message>
        <source>Give the date of the visit.</source>
        <translation>Isi tanggal kunjungan.</translation>
    </message>
    <message>
        <source>The visit date</source>
        <translation>Tanggal kunjungan</translation>
    </message>
    <message>
        <source>Name the officer who made the visit.</source>
        <translation>Sebutkan petugas yang melakukan kunjungan.</translation>
    </message>
    <message>
        <source>Every follow-up needs a description.</source>
        <translation>Setiap tindak lanjut perlu uraian.</translation>
    </message>
    <message>
        <source>Unknown follow-up status {status}.</source>
        <translation>Status tindak lanjut {status} tidak dikenal.</translation>
    </message>
    <message>
        <source>The partner's name is required.</source>
        <translation>Nama mitra wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the facility type.</source>
        <translation>Pilih jenis faskes.</translation>
    </message>
    <message>
        <source>Choose the ownership (government or private).</source>
        <translation>Pilih kepemilikan (pemerintah atau swasta).</translation>
    </message>
    <message>
        <source>Choose the partner's status.</source>
        <translation>Pilih status mitra.</translation>
    </message>
    <message>
        <source>The kabupaten/kota is required.</source>
        <translation>Kabupaten/kota wajib diisi.</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Baris {row}: {problem}</translation>
    </message>
</context>
</TS>