<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>BulkDialog</name>
    <message>
        <source>Bulk escalation</source>
        <translation>Eskalasi massal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Teguran Tertulis II to cases whose Teguran Tertulis I has expired</source>
        <translation>Teguran Tertulis II untuk kasus yang Teguran Tertulis I-nya telah habis waktunya</translation>
    </message>
    <message>
        <source>Refer the cases whose Teguran Tertulis II has expired (no letter)</source>
        <translation>Limpahkan kasus yang Teguran Tertulis II-nya telah habis waktunya (tanpa surat)</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Every officer</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>Cases to escalate</source>
        <translation>Kasus yang dieskalasi</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Kosongkan pilihan</translation>
    </message>
    <message>
        <source>Also put every letter in &amp;one PDF for printing</source>
        <translation>Gabungkan juga semua surat dalam &amp;satu PDF untuk dicetak</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Terbitkan</translation>
    </message>
    <message>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Buka PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>may escalate since %1</source>
        <translation>dapat dieskalasi sejak %1</translation>
    </message>
    <message>
        <source>No case is ready for this step today. A warning can be escalated on the working day after its period has run.</source>
        <translation>Hari ini belum ada kasus yang siap untuk langkah ini. Teguran dapat dieskalasi pada hari kerja setelah jangka waktunya habis.</translation>
    </message>
    <message>
        <source>%1 of %2 cases chosen: %1 letters will be issued and numbered as one batch.</source>
        <translation>%1 dari %2 kasus dipilih: %1 surat akan diterbitkan dan diberi nomor dalam satu batch.</translation>
    </message>
    <message>
        <source>%1 of %2 cases chosen: they will be referred.</source>
        <translation>%1 dari %2 kasus dipilih: kasus tersebut akan dilimpahkan.</translation>
    </message>
    <message>
        <source>&amp;Issue %1 letters</source>
        <translation>&amp;Terbitkan %1 surat</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Limpahkan</translation>
    </message>
    <message>
        <source>Issuing %1 letters</source>
        <translation>Menerbitkan %1 surat</translation>
    </message>
    <message>
        <source>%1 cases moved.</source>
        <translation>%1 kasus dipindahkan.</translation>
    </message>
    <message>
        <source>Letters %1 to %2 issued.</source>
        <translation>Surat %1 sampai %2 telah diterbitkan.</translation>
    </message>
    <message>
        <source>Cancelled: no letter was issued and no case was moved.</source>
        <translation>Dibatalkan: tidak ada surat yang diterbitkan dan tidak ada kasus yang dipindahkan.</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>New compliance case</source>
        <translation>Kasus kepatuhan baru</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Kasus %1</translation>
    </message>
    <message>
        <source>Type an NPP, NPWP or part of the name</source>
        <translation>Ketik NPP, NPWP, atau sebagian nama</translation>
    </message>
    <message>
        <source>Find the employer</source>
        <translation>Cari pemberi kerja</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>&amp;Find employer:</source>
        <translation>&amp;Cari pemberi kerja:</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>&amp;Pemberi kerja:</translation>
    </message>
    <message>
        <source>Employer:</source>
        <translation>Pemberi kerja:</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Jenis kasus</translation>
    </message>
    <message>
        <source>Workers not registered</source>
        <translation>Pekerja belum terdaftar</translation>
    </message>
    <message>
        <source>Monthly wages not reported</source>
        <translation>Upah bulanan yang tidak dilaporkan</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Months in arrears</source>
        <translation>Bulan tunggakan</translation>
    </message>
    <message>
        <source>known:</source>
        <translation>diketahui:</translation>
    </message>
    <message>
        <source>Last payment date</source>
        <translation>Tanggal pembayaran terakhir</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Dibuka pada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>&amp;Workers not registered:</source>
        <translation>Pekerja &amp;belum terdaftar:</translation>
    </message>
    <message>
        <source>Monthly &amp;wages not reported:</source>
        <translation>&amp;Upah bulanan tidak dilaporkan:</translation>
    </message>
    <message>
        <source>Programmes &amp;not joined:</source>
        <translation>Program &amp;belum diikuti:</translation>
    </message>
    <message>
        <source>&amp;Arrears:</source>
        <translation>&amp;Tunggakan:</translation>
    </message>
    <message>
        <source>&amp;Months in arrears:</source>
        <translation>&amp;Bulan tunggakan:</translation>
    </message>
    <message>
        <source>&amp;Last payment:</source>
        <translation>Pembayaran &amp;terakhir:</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Petugas:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>P&amp;rioritas:</translation>
    </message>
    <message>
        <source>Opened o&amp;n:</source>
        <translation>Dibuka &amp;pada:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Find and choose the employer.</source>
        <translation>Cari dan pilih pemberi kerjanya.</translation>
    </message>
    <message>
        <source>Correct the amounts first.</source>
        <translation>Perbaiki dulu jumlah uangnya.</translation>
    </message>
    <message>
        <source>Saving the case</source>
        <translation>Menyimpan kasus</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <source>Choose a case in the list to see its findings, its timeline and what to do next.</source>
        <translation>Pilih kasus dalam daftar untuk melihat temuan, riwayat, dan langkah berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Next step…</source>
        <translation>Langkah &amp;berikutnya…</translation>
    </message>
    <message>
        <source>Move the case (Ctrl+M)</source>
        <translation>Pindahkan kasus (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Catat…</translation>
    </message>
    <message>
        <source>A visit, the employer's reply, a statement, a call or a note (Ctrl+R)</source>
        <translation>Kunjungan, tanggapan pemberi kerja, surat pernyataan, telepon, atau catatan (Ctrl+R)</translation>
    </message>
    <message>
        <source>Re&amp;ferral step…</source>
        <translation>Langkah pe&amp;limpahan…</translation>
    </message>
    <message>
        <source>O&amp;utcome…</source>
        <translation>&amp;Hasil…</translation>
    </message>
    <message>
        <source>&amp;Edit findings…</source>
        <translation>&amp;Ubah temuan…</translation>
    </message>
    <message>
        <source>Open &amp;letter</source>
        <translation>Buka &amp;surat</translation>
    </message>
    <message>
        <source>Open the PDF of the letter chosen in the timeline</source>
        <translation>Buka PDF surat yang dipilih pada riwayat</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Delete a case entered by mistake (one without letters or outcomes)</source>
        <translation>Hapus kasus yang salah dimasukkan (yang belum memiliki surat atau hasil)</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>Riwayat kasus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Riwayat:</translation>
    </message>
    <message>
        <source>+%1 workers</source>
        <translation>+%1 pekerja</translation>
    </message>
    <message>
        <source>wages +%1</source>
        <translation>upah +%1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>dibayar %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Next step allowed from</source>
        <translation>Langkah berikutnya boleh sejak</translation>
    </message>
    <message>
        <source>Workers not registered</source>
        <translation>Pekerja belum terdaftar</translation>
    </message>
    <message>
        <source>Monthly wages not reported</source>
        <translation>Upah bulanan yang tidak dilaporkan</translation>
    </message>
    <message>
        <source>Programmes not joined</source>
        <translation>Program belum diikuti</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source> (%1 months)</source>
        <translation> (%1 bulan)</translation>
    </message>
    <message>
        <source>Last payment</source>
        <translation>Pembayaran terakhir</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Referral steps</source>
        <translation>Langkah pelimpahan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Delete the case</source>
        <translation>Hapus kasus</translation>
    </message>
    <message>
        <source>Delete case %1 of %2? Only a case entered by mistake should be deleted; otherwise close it with a reason.</source>
        <translation>Hapus kasus %1 milik %2? Hanya kasus yang salah dimasukkan yang boleh dihapus; selain itu tutup kasus dengan alasan.</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <source>Compliance case</source>
        <translation>Kasus kepatuhan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>CasesTab</name>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>All open cases</source>
        <translation>Semua kasus terbuka</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Semua kasus</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>Jenis kasus</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Every kabupaten</source>
        <translation>Semua kabupaten</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Every officer</source>
        <translation>Semua petugas</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Kasus &amp;baru…</translation>
    </message>
    <message>
        <source>Open a case for an employer (Ctrl+N)</source>
        <translation>Buka kasus untuk pemberi kerja (Ctrl+N)</translation>
    </message>
    <message>
        <source>Filter by case, employer, NPP, NPWP…</source>
        <translation>Saring menurut kasus, pemberi kerja, NPP, NPWP…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Dry run (nothing changed)</source>
        <translation>Uji coba (tidak ada yang diubah)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>No case is ready for this step.</source>
        <translation>Belum ada kasus yang siap untuk langkah ini.</translation>
    </message>
    <message>
        <source>%1 cases moved, %2 letters issued.</source>
        <translation>%1 kasus dipindahkan, %2 surat diterbitkan.</translation>
    </message>
    <message>
        <source>All letters in %1</source>
        <translation>Semua surat ada di %1</translation>
    </message>
    <message>
        <source>No case is ready for the Kejaksaan Negeri.</source>
        <translation>Tidak ada kasus yang siap diserahkan ke Kejaksaan Negeri.</translation>
    </message>
    <message>
        <source>No SKK batch yet.</source>
        <translation>Belum ada penyerahan SKK.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>NPP</source>
        <translation>NPP</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimasi</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Kasus terbuka</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>Alasan atau perubahan</translation>
    </message>
    <message>
        <source>Next step from</source>
        <translation>Langkah berikut sejak</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>Kejaksaan Negeri</source>
        <translation>Kejaksaan Negeri</translation>
    </message>
    <message>
        <source>Covering letter</source>
        <translation>Surat pengantar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Tertagih</translation>
    </message>
    <message>
        <source>SKK</source>
        <translation>SKK</translation>
    </message>
    <message>
        <source>JPN status</source>
        <translation>Status JPN</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Dijanjikan paling lambat</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Identified</source>
        <translation>Teridentifikasi</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Dikunjungi</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Teguran Tertulis I</source>
        <translation>Teguran Tertulis I</translation>
    </message>
    <message>
        <source>Teguran Tertulis II</source>
        <translation>Teguran Tertulis II</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Dilimpahkan</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Ready to escalate</source>
        <translation>Siap dieskalasi</translation>
    </message>
    <message>
        <source>Waiting for reply</source>
        <translation>Menunggu tanggapan</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Akan datang</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Diserahkan</translation>
    </message>
    <message>
        <source>SKK accepted</source>
        <translation>SKK diterima</translation>
    </message>
    <message>
        <source>Employer summoned</source>
        <translation>Pemberi kerja dipanggil</translation>
    </message>
    <message>
        <source>In mediation</source>
        <translation>Dalam mediasi</translation>
    </message>
    <message>
        <source>Statement signed</source>
        <translation>Surat pernyataan ditandatangani</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>Dibayar sebagian</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Returned to the branch</source>
        <translation>Dikembalikan ke kantor cabang</translation>
    </message>
    <message>
        <source>NPP</source>
        <translation>NPP</translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation>Nama pemberi kerja</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>KBLI code</source>
        <translation>Kode KBLI</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>JKK risk class</source>
        <translation>Kelas risiko JKK</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
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
        <source>Registered workers</source>
        <translation>Pekerja terdaftar</translation>
    </message>
    <message>
        <source>Estimated workers</source>
        <translation>Estimasi pekerja</translation>
    </message>
    <message>
        <source>Estimate source</source>
        <translation>Sumber estimasi</translation>
    </message>
    <message>
        <source>Estimate date</source>
        <translation>Tanggal estimasi</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Reported monthly wages</source>
        <translation>Upah bulanan dilaporkan</translation>
    </message>
    <message>
        <source>Wages found</source>
        <translation>Upah temuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Tidak berubah</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation>Alasan atau perubahan</translation>
    </message>
    <message>
        <source>PDS workers (not all registered)</source>
        <translation>PDS Tenaga Kerja (sebagian pekerja)</translation>
    </message>
    <message>
        <source>PDS wages (reported too low)</source>
        <translation>PDS Upah (upah dilaporkan lebih rendah)</translation>
    </message>
    <message>
        <source>PDS programmes (not all joined)</source>
        <translation>PDS Program (sebagian program)</translation>
    </message>
    <message>
        <source>PWBD (not registered)</source>
        <translation>PWBD (belum terdaftar)</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Not registered (PWBD)</source>
        <translation>Belum terdaftar (PWBD)</translation>
    </message>
    <message>
        <source>Closed down</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Mikro</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Kecil</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Menengah</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Besar</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Kasus dibuka</translation>
    </message>
    <message>
        <source>Employer's reply</source>
        <translation>Tanggapan pemberi kerja</translation>
    </message>
    <message>
        <source>Statement signed (surat pernyataan)</source>
        <translation>Surat pernyataan ditandatangani</translation>
    </message>
    <message>
        <source>Telephone call</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>SKK to the Kejaksaan Negeri</source>
        <translation>SKK ke Kejaksaan Negeri</translation>
    </message>
    <message>
        <source>At the Kejaksaan Negeri</source>
        <translation>Di Kejaksaan Negeri</translation>
    </message>
    <message>
        <source>Nota pemeriksaan I (Wasnaker)</source>
        <translation>Nota pemeriksaan I (Wasnaker)</translation>
    </message>
    <message>
        <source>Nota pemeriksaan II (Wasnaker)</source>
        <translation>Nota pemeriksaan II (Wasnaker)</translation>
    </message>
    <message>
        <source>TMP3T request to the pemda</source>
        <translation>Permohonan TMP3T ke pemda</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Catat kunjungan</translation>
    </message>
    <message>
        <source>Invite to a clarification (letter)</source>
        <translation>Undang klarifikasi (surat)</translation>
    </message>
    <message>
        <source>Issue Teguran Tertulis I (letter)</source>
        <translation>Terbitkan Teguran Tertulis I (surat)</translation>
    </message>
    <message>
        <source>Issue Teguran Tertulis II (letter)</source>
        <translation>Terbitkan Teguran Tertulis II (surat)</translation>
    </message>
    <message>
        <source>Refer (Kejaksaan, Wasnaker, pemda)</source>
        <translation>Limpahkan (Kejaksaan, Wasnaker, pemda)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Selesaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>CompliancePage</name>
    <message>
        <source>Compliance</source>
        <translation>Kepatuhan</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Antrian</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <source>&amp;Employers</source>
        <translation>&amp;Pemberi Kerja</translation>
    </message>
    <message>
        <source>&amp;SKK</source>
        <translation>&amp;SKK</translation>
    </message>
    <message>
        <source>Whole office: %1 open cases</source>
        <translation>Seluruh kantor: %1 kasus terbuka</translation>
    </message>
    <message>
        <source>%1 so far: %2 workers registered, %3 arrears recovered</source>
        <translation>%1 sampai saat ini: %2 pekerja didaftarkan, tunggakan %3 tertagih</translation>
    </message>
</context>
<context>
    <name>EmployerDialog</name>
    <message>
        <source>New employer</source>
        <translation>Pemberi kerja baru</translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation>Nama pemberi kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>NPP</source>
        <translation>NPP</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>KBLI code</source>
        <translation>Kode KBLI</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>JKK risk class</source>
        <translation>Kelas risiko JKK</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
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
        <source>Registered workers</source>
        <translation>Pekerja terdaftar</translation>
    </message>
    <message>
        <source>known:</source>
        <translation>diketahui:</translation>
    </message>
    <message>
        <source>Estimated workers</source>
        <translation>Estimasi pekerja</translation>
    </message>
    <message>
        <source>Estimate source</source>
        <translation>Sumber estimasi</translation>
    </message>
    <message>
        <source>Estimate date</source>
        <translation>Tanggal estimasi</translation>
    </message>
    <message>
        <source>Reported monthly wages</source>
        <translation>Upah bulanan dilaporkan</translation>
    </message>
    <message>
        <source>Monthly wages found</source>
        <translation>Upah bulanan temuan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>NP&amp;P:</source>
        <translation>NP&amp;P:</translation>
    </message>
    <message>
        <source>NP&amp;WP:</source>
        <translation>NP&amp;WP:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Kabupaten / kecamatan:</source>
        <translation>&amp;Kabupaten / kecamatan:</translation>
    </message>
    <message>
        <source>KB&amp;LI / sector:</source>
        <translation>KB&amp;LI / sektor:</translation>
    </message>
    <message>
        <source>JKK &amp;risk class / size:</source>
        <translation>Kelas &amp;risiko JKK / skala:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Nara&amp;hubung:</translation>
    </message>
    <message>
        <source>Registered wor&amp;kers:</source>
        <translation>Pe&amp;kerja terdaftar:</translation>
    </message>
    <message>
        <source>&amp;Estimated workers:</source>
        <translation>&amp;Estimasi pekerja:</translation>
    </message>
    <message>
        <source>Pro&amp;grammes:</source>
        <translation>Pro&amp;gram:</translation>
    </message>
    <message>
        <source>Reported &amp;monthly wages:</source>
        <translation>Upah &amp;bulanan dilaporkan:</translation>
    </message>
    <message>
        <source>Monthly wages &amp;found:</source>
        <translation>Upah bulanan &amp;temuan:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Correct the amounts first.</source>
        <translation>Perbaiki dulu jumlah uangnya.</translation>
    </message>
    <message>
        <source>Saving the employer</source>
        <translation>Menyimpan pemberi kerja</translation>
    </message>
</context>
<context>
    <name>EmployerPage</name>
    <message>
        <source>&amp;Edit employer…</source>
        <translation>&amp;Ubah pemberi kerja…</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>Kasus &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Timeline of the employer</source>
        <translation>Riwayat pemberi kerja</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Cases of the employer</source>
        <translation>Kasus pemberi kerja</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>C&amp;ases</source>
        <translation>&amp;Kasus</translation>
    </message>
    <message>
        <source>none (not registered)</source>
        <translation>belum ada (belum terdaftar)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>JKK risk class / size</source>
        <translation>Kelas risiko JKK / skala</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>%1 registered</source>
        <translation>%1 terdaftar</translation>
    </message>
    <message>
        <source>, %1 estimated (%2, %3): %4 not registered</source>
        <translation>, estimasi %1 (%2, %3): %4 belum terdaftar</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Monthly wages</source>
        <translation>Upah bulanan</translation>
    </message>
    <message>
        <source>%1 reported</source>
        <translation>%1 dilaporkan</translation>
    </message>
    <message>
        <source>, %1 found: %2 not reported</source>
        <translation>, temuan %1: %2 tidak dilaporkan</translation>
    </message>
    <message>
        <source>No case yet. Use “New case…” to open one.</source>
        <translation>Belum ada kasus. Gunakan “Kasus baru…” untuk membukanya.</translation>
    </message>
</context>
<context>
    <name>EmployersTab</name>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Every kabupaten</source>
        <translation>Semua kabupaten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>With &amp;open cases</source>
        <translation>Dengan kasus &amp;terbuka</translation>
    </message>
    <message>
        <source>New &amp;employer…</source>
        <translation>Pemberi kerja &amp;baru…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>New &amp;case…</source>
        <translation>&amp;Kasus baru…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Import employers from an Excel or CSV export (Ctrl+I)</source>
        <translation>Impor pemberi kerja dari ekspor Excel atau CSV (Ctrl+I)</translation>
    </message>
    <message>
        <source>Filter by NPP, NPWP or name…</source>
        <translation>Saring menurut NPP, NPWP, atau nama…</translation>
    </message>
    <message>
        <source>Delete the employer</source>
        <translation>Hapus pemberi kerja</translation>
    </message>
    <message>
        <source>Delete %1 (NPP %2)? Its closed cases stay in the record.</source>
        <translation>Hapus %1 (NPP %2)? Kasus-kasusnya yang sudah ditutup tetap tersimpan.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import employers</source>
        <translation>Impor pemberi kerja</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Lanjut</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx, .xls) or CSV export of employers. Title rows, merged header cells and totals are recognised; the columns may have any names.</source>
        <translation>Pilih ekspor daftar pemberi kerja dalam Excel (.xlsx, .xls) atau CSV. Baris judul, sel judul kolom yang digabung, dan baris jumlah dikenali; nama kolom boleh apa saja.</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Baris-baris pertama berkas</translation>
    </message>
    <message>
        <source>Show rows</source>
        <translation>Tampilkan baris</translation>
    </message>
    <message>
        <source>Every row</source>
        <translation>Semua baris</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Simpan laporan…</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Uji coba</translation>
    </message>
    <message>
        <source>Employer list</source>
        <translation>Daftar pemberi kerja</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.xls *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1: the header is on row %2; %3 rows under it.</source>
        <translation>%1: judul kolom ada di baris %2; %3 baris di bawahnya.</translation>
    </message>
    <message>
        <source>The columns were matched as you chose last time for a file with these columns.</source>
        <translation>Kolom dicocokkan seperti pilihan Anda sebelumnya untuk berkas dengan kolom yang sama.</translation>
    </message>
    <message>
        <source>The columns were matched by their names. Check each field and change what is wrong.</source>
        <translation>Kolom dicocokkan menurut namanya. Periksa setiap isian dan ubah yang keliru.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Memeriksa berkas</translation>
    </message>
    <message>
        <source>Importing employers</source>
        <translation>Mengimpor pemberi kerja</translation>
    </message>
    <message>
        <source>Imported. %1</source>
        <translation>Sudah diimpor. %1</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed yet. %1. Press Import to apply it.</source>
        <translation>Uji coba, belum ada yang diubah. %1. Tekan Impor untuk menerapkannya.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move case %1</source>
        <translation>Pindahkan kasus %1</translation>
    </message>
    <message>
        <source>Now: %1 since %2</source>
        <translation>Sekarang: %1 sejak %2</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah berikutnya</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>Tanggal langkah</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Why the case is resolved or closed</source>
        <translation>Mengapa kasus diselesaikan atau ditutup</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Berkas bukti</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>The letter was already sent on paper, number:</source>
        <translation>Surat sudah dikirim dalam bentuk kertas, nomor:</translation>
    </message>
    <message>
        <source>Number of the letter sent on paper</source>
        <translation>Nomor surat yang dikirim dalam bentuk kertas</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Langkah:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Bukti:</translation>
    </message>
    <message>
        <source>What the case achieved (optional)</source>
        <translation>Hasil yang dicapai kasus (boleh dikosongkan)</translation>
    </message>
    <message>
        <source>Workers registered</source>
        <translation>Pekerja didaftarkan</translation>
    </message>
    <message>
        <source>Monthly wages corrected</source>
        <translation>Upah bulanan dikoreksi</translation>
    </message>
    <message>
        <source>Arrears recovered</source>
        <translation>Tunggakan tertagih</translation>
    </message>
    <message>
        <source>NPP given at registration</source>
        <translation>NPP yang diberikan saat pendaftaran</translation>
    </message>
    <message>
        <source>Workers registered:</source>
        <translation>Pekerja didaftarkan:</translation>
    </message>
    <message>
        <source>Programmes added:</source>
        <translation>Program ditambahkan:</translation>
    </message>
    <message>
        <source>Monthly wages corrected:</source>
        <translation>Upah bulanan dikoreksi:</translation>
    </message>
    <message>
        <source>Arrears recovered:</source>
        <translation>Tunggakan tertagih:</translation>
    </message>
    <message>
        <source>NPP (newly registered):</source>
        <translation>NPP (baru terdaftar):</translation>
    </message>
    <message>
        <source>Evidence (scan, photo, minutes)</source>
        <translation>Bukti (pindaian, foto, berita acara)</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>This case cannot move any more.</source>
        <translation>Kasus ini tidak dapat dipindahkan lagi.</translation>
    </message>
    <message>
        <source>Due date: %1 (%2 working days)</source>
        <translation>Batas waktu: %1 (%2 hari kerja)</translation>
    </message>
    <message>
        <source>Next follow-up by %1</source>
        <translation>Tindak lanjut berikutnya paling lambat %1</translation>
    </message>
    <message>
        <source>Issues and numbers the letter “%1”.</source>
        <translation>Menerbitkan dan memberi nomor surat “%1”.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Isi alasannya.</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Terbitkan surat</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Pindahkan</translation>
    </message>
    <message>
        <source>Moving the case</source>
        <translation>Memindahkan kasus</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Record on the case</source>
        <translation>Catat pada kasus</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>The employer's reply</source>
        <translation>Tanggapan pemberi kerja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation>&amp;Tanggapan:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Bukti:</translation>
    </message>
    <message>
        <source>Write what the employer replied.</source>
        <translation>Tuliskan tanggapan pemberi kerja.</translation>
    </message>
    <message>
        <source>Write a note or attach the evidence.</source>
        <translation>Tuliskan catatan atau lampirkan buktinya.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>Outcome</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Workers registered</source>
        <translation>Pekerja didaftarkan</translation>
    </message>
    <message>
        <source>Monthly wages corrected</source>
        <translation>Upah bulanan dikoreksi</translation>
    </message>
    <message>
        <source>Arrears recovered</source>
        <translation>Tunggakan tertagih</translation>
    </message>
    <message>
        <source>NPP given at registration</source>
        <translation>NPP yang diberikan saat pendaftaran</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Workers registered:</source>
        <translation>&amp;Pekerja didaftarkan:</translation>
    </message>
    <message>
        <source>&amp;Programmes added:</source>
        <translation>P&amp;rogram ditambahkan:</translation>
    </message>
    <message>
        <source>Monthly wages &amp;corrected:</source>
        <translation>Upah bulanan &amp;dikoreksi:</translation>
    </message>
    <message>
        <source>&amp;Arrears recovered:</source>
        <translation>&amp;Tunggakan tertagih:</translation>
    </message>
    <message>
        <source>NPP (newly &amp;registered):</source>
        <translation>NPP (baru &amp;terdaftar):</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Correct the amounts first.</source>
        <translation>Perbaiki dulu jumlah uangnya.</translation>
    </message>
    <message>
        <source>Enter at least one result: workers, programmes, wages or arrears.</source>
        <translation>Isi paling sedikit satu hasil: pekerja, program, upah, atau tunggakan.</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Whose queue</source>
        <translation>Antrian siapa</translation>
    </message>
    <message>
        <source>Everyone (supervisor's view)</source>
        <translation>Semua petugas (tampilan supervisor)</translation>
    </message>
    <message>
        <source>&amp;Queue of:</source>
        <translation>&amp;Antrian milik:</translation>
    </message>
    <message>
        <source>&amp;Bulk Teguran II…</source>
        <translation>Teguran II &amp;massal…</translation>
    </message>
    <message>
        <source>Issue Teguran Tertulis II to every case whose first warning has expired (Ctrl+B)</source>
        <translation>Terbitkan Teguran Tertulis II untuk setiap kasus yang teguran pertamanya telah habis waktunya (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Buka kasus</translation>
    </message>
    <message>
        <source>Filter by case, employer, NPP…</source>
        <translation>Saring menurut kasus, pemberi kerja, NPP…</translation>
    </message>
    <message>
        <source>No open case in this queue. Open a case from the Cases or Employers tab, or import an employer list and open cases for the employers found.</source>
        <translation>Tidak ada kasus terbuka dalam antrian ini. Buka kasus dari tab Kasus atau Pemberi Kerja, atau impor daftar pemberi kerja lalu buka kasus untuk pemberi kerja yang ditemukan.</translation>
    </message>
    <message>
        <source>Nothing in the chosen groups. Tick another group above to see its cases.</source>
        <translation>Tidak ada kasus pada kelompok yang dipilih. Centang kelompok lain di atas untuk melihat kasusnya.</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <source>Referral step</source>
        <translation>Langkah pelimpahan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>For a nota pemeriksaan: its number and what it requires</source>
        <translation>Untuk nota pemeriksaan: nomornya dan apa yang diwajibkan</translation>
    </message>
    <message>
        <source>&amp;Step:</source>
        <translation>&amp;Langkah:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Bukti:</translation>
    </message>
    <message>
        <source>&amp;Issue letter</source>
        <translation>&amp;Terbitkan surat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
</context>
<context>
    <name>SkkBatchDialog</name>
    <message>
        <source>Kejaksaan Negeri</source>
        <translation>Kejaksaan Negeri</translation>
    </message>
    <message>
        <source>New SKK hand-over</source>
        <translation>Penyerahan SKK baru</translation>
    </message>
    <message>
        <source>The one serving each employer's address</source>
        <translation>Sesuai wilayah alamat setiap pemberi kerja</translation>
    </message>
    <message>
        <source>All to Kejaksaan Negeri %1</source>
        <translation>Semua ke Kejaksaan Negeri %1</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>Diserahkan pada</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Cases to hand over</source>
        <translation>Kasus yang diserahkan</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Pemberi kerja</translation>
    </message>
    <message>
        <source>NPP</source>
        <translation>NPP</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>Tunggakan</translation>
    </message>
    <message>
        <source>Choose &amp;all</source>
        <translation>Pilih &amp;semua</translation>
    </message>
    <message>
        <source>Choose &amp;none</source>
        <translation>&amp;Kosongkan pilihan</translation>
    </message>
    <message>
        <source>&amp;Kejaksaan Negeri:</source>
        <translation>&amp;Kejaksaan Negeri:</translation>
    </message>
    <message>
        <source>&amp;Handed over on:</source>
        <translation>&amp;Diserahkan pada:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Cases whose Teguran Tertulis II has run its days, or referred without an SKK:</source>
        <translation>Kasus yang Teguran Tertulis II-nya telah habis waktunya, atau sudah dilimpahkan tanpa SKK:</translation>
    </message>
    <message>
        <source>No case is ready for the Kejaksaan Negeri.</source>
        <translation>Tidak ada kasus yang siap diserahkan ke Kejaksaan Negeri.</translation>
    </message>
    <message>
        <source>Tick the cases to hand over.</source>
        <translation>Centang kasus yang akan diserahkan.</translation>
    </message>
    <message>
        <source>%1 cases to %2 Kejaksaan Negeri: %3. Each Kejaksaan Negeri gets one numbered covering letter with the list of its cases attached.</source>
        <translation>%1 kasus ke %2 Kejaksaan Negeri: %3. Setiap Kejaksaan Negeri menerima satu surat pengantar bernomor dengan lampiran daftar kasusnya.</translation>
    </message>
    <message>
        <source>&amp;Issue %1 covering letters</source>
        <translation>&amp;Terbitkan %1 surat pengantar</translation>
    </message>
    <message>
        <source>Issuing the SKK covering letters</source>
        <translation>Menerbitkan surat pengantar SKK</translation>
    </message>
</context>
<context>
    <name>SkkItemDialog</name>
    <message>
        <source>JPN status</source>
        <translation>Status JPN</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>promised to pay by:</source>
        <translation>berjanji membayar paling lambat:</translation>
    </message>
    <message>
        <source>Promised date</source>
        <translation>Tanggal yang dijanjikan</translation>
    </message>
    <message>
        <source>Recovered so far</source>
        <translation>Tertagih sejauh ini</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>Statement:</source>
        <translation>Surat pernyataan:</translation>
    </message>
    <message>
        <source>&amp;Recovered so far:</source>
        <translation>&amp;Tertagih sejauh ini:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>Correct the amount first.</source>
        <translation>Perbaiki dulu jumlahnya.</translation>
    </message>
    <message>
        <source>The amount recovered cannot go down (%1 was recorded).</source>
        <translation>Jumlah tertagih tidak boleh berkurang (sudah tercatat %1).</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Menyimpan</translation>
    </message>
</context>
<context>
    <name>SkkTab</name>
    <message>
        <source>New SKK &amp;hand-over…</source>
        <translation>Penyerahan SKK &amp;baru…</translation>
    </message>
    <message>
        <source>JPN &amp;status…</source>
        <translation>&amp;Status JPN…</translation>
    </message>
    <message>
        <source>&amp;Letter and list (PDF)</source>
        <translation>Surat dan &amp;lampiran (PDF)</translation>
    </message>
    <message>
        <source>Kejaksaan Negeri</source>
        <translation>Kejaksaan Negeri</translation>
    </message>
    <message>
        <source>Every Kejaksaan Negeri</source>
        <translation>Semua Kejaksaan Negeri</translation>
    </message>
    <message>
        <source>No SKK batch yet. When a Teguran Tertulis II has run its days, hand the case to the Kejaksaan Negeri with “New SKK hand-over…”.</source>
        <translation>Belum ada penyerahan SKK. Setelah jangka waktu Teguran Tertulis II habis, serahkan kasus ke Kejaksaan Negeri dengan “Penyerahan SKK baru…”.</translation>
    </message>
    <message>
        <source>Open &amp;case</source>
        <translation>Buka &amp;kasus</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The mapping is not valid JSON: {detail}</source>
        <translation>Pemetaan kolom bukan JSON yang sah: {detail}</translation>
    </message>
    <message>
        <source>The mapping must be a JSON object of field to column.</source>
        <translation>Pemetaan harus berupa objek JSON dari isian ke kolom.</translation>
    </message>
    <message>
        <source>Not ready for the Kejaksaan Negeri (unknown, not past Teguran Tertulis II, or already handed over): {cases}</source>
        <translation>Belum dapat diserahkan ke Kejaksaan Negeri (tidak dikenal, belum melewati Teguran Tertulis II, atau sudah diserahkan): {cases}</translation>
    </message>
    <message>
        <source>The case is already {state}; it cannot move any more.</source>
        <translation>Kasus sudah berada pada tahap {state}; kasus tidak dapat dipindahkan lagi.</translation>
    </message>
    <message>
        <source>A case at {state} cannot move to {target}. It can move to: {allowed}.</source>
        <translation>Kasus pada tahap {state} tidak dapat dipindahkan ke {target}. Kasus dapat dipindahkan ke: {allowed}.</translation>
    </message>
    <message>
        <source>Give the reason the case is {target}.</source>
        <translation>Isi alasan kasus {target}.</translation>
    </message>
    <message>
        <source>The date {date} is before the case's last step ({since}).</source>
        <translation>Tanggal {date} lebih awal daripada langkah terakhir kasus ({since}).</translation>
    </message>
    <message>
        <source>{target} may not be issued before {previous} has run its {days} working days. It may be issued from {date}.</source>
        <translation>{target} belum boleh diterbitkan sebelum jangka waktu {previous} selama {days} hari kerja berakhir. Surat dapat diterbitkan mulai {date}.</translation>
    </message>
    <message>
        <source>{step} can be recorded only for a referred case; this case is at {state}.</source>
        <translation>{step} hanya dapat dicatat untuk kasus yang sudah dilimpahkan; kasus ini berada pada tahap {state}.</translation>
    </message>
    <message>
        <source>{step} is already recorded for this case.</source>
        <translation>{step} sudah tercatat untuk kasus ini.</translation>
    </message>
    <message>
        <source>{step} needs {needed} first.</source>
        <translation>{step} memerlukan {needed} lebih dulu.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>{name} is not an Excel or CSV file.</source>
        <translation>{name} bukan berkas Excel atau CSV.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {detail}</source>
        <translation>{name} tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>No header row was found in the first {count} rows. The file needs a row of column names.</source>
        <translation>Tidak ditemukan baris judul kolom dalam {count} baris pertama. Berkas memerlukan satu baris nama kolom.</translation>
    </message>
    <message>
        <source>Choose the column that holds {field}.</source>
        <translation>Pilih kolom yang berisi {field}.</translation>
    </message>
    <message>
        <source>The file has no column named {column}.</source>
        <translation>Berkas tidak memiliki kolom bernama {column}.</translation>
    </message>
    <message>
        <source>The column {column} is chosen for two fields.</source>
        <translation>Kolom {column} dipilih untuk dua isian.</translation>
    </message>
    <message>
        <source>The NPP is missing.</source>
        <translation>NPP tidak diisi.</translation>
    </message>
    <message>
        <source>The employer name is missing.</source>
        <translation>Nama pemberi kerja tidak diisi.</translation>
    </message>
    <message>
        <source>Bad NPWP {value}: {problem}</source>
        <translation>NPWP {value} salah: {problem}</translation>
    </message>
    <message>
        <source>{what} must be a whole number, not {value}.</source>
        <translation>{what} harus bilangan bulat, bukan {value}.</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} bukan jumlah uang.</translation>
    </message>
    <message>
        <source>{what} {value} is not one of: {choices}.</source>
        <translation>{what} {value} tidak termasuk salah satu dari: {choices}.</translation>
    </message>
    <message>
        <source>Unknown programme {value}; use JKK, JKM, JHT, JP, JKP.</source>
        <translation>Program {value} tidak dikenal; gunakan JKK, JKM, JHT, JP, JKP.</translation>
    </message>
    <message>
        <source>The JKK risk class must be 1 to 5, not {value}.</source>
        <translation>Kelas risiko JKK harus 1 sampai 5, bukan {value}.</translation>
    </message>
    <message>
        <source>A KBLI code has 5 digits, not {value}.</source>
        <translation>Kode KBLI terdiri atas 5 angka, bukan {value}.</translation>
    </message>
    <message>
        <source>Unknown case type {value}.</source>
        <translation>Jenis kasus {value} tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown priority {value}.</source>
        <translation>Prioritas {value} tidak dikenal.</translation>
    </message>
    <message>
        <source>Findings cannot be negative.</source>
        <translation>Temuan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A PDS Tenaga Kerja case needs the number of workers not registered.</source>
        <translation>Kasus PDS Tenaga Kerja memerlukan jumlah pekerja yang belum terdaftar.</translation>
    </message>
    <message>
        <source>A PDS Upah case needs the monthly wages not reported.</source>
        <translation>Kasus PDS Upah memerlukan upah bulanan yang tidak dilaporkan.</translation>
    </message>
    <message>
        <source>A PDS Program case needs the programmes not joined.</source>
        <translation>Kasus PDS Program memerlukan program yang belum diikuti.</translation>
    </message>
    <message>
        <source>An arrears case needs the amount in arrears.</source>
        <translation>Kasus tunggakan memerlukan jumlah tunggakannya.</translation>
    </message>
    <message>
        <source>{name} already has an open case of this type ({case}).</source>
        <translation>{name} sudah memiliki kasus terbuka dengan jenis ini ({case}).</translation>
    </message>
    <message>
        <source>Case {case} has letters or outcomes on record; close it with a reason instead.</source>
        <translation>Kasus {case} sudah memiliki surat atau hasil; tutup kasus dengan alasan.</translation>
    </message>
    <message>
        <source>Unknown kind of action {kind}.</source>
        <translation>Jenis kegiatan {kind} tidak dikenal.</translation>
    </message>
    <message>
        <source>Write what the employer replied.</source>
        <translation>Tuliskan tanggapan pemberi kerja.</translation>
    </message>
    <message>
        <source>Write a note or attach the evidence.</source>
        <translation>Tuliskan catatan atau lampirkan buktinya.</translation>
    </message>
    <message>
        <source>An SKK is handed to the Kejaksaan Negeri in an SKK batch: choose the case on the SKK tab.</source>
        <translation>SKK diserahkan ke Kejaksaan Negeri dalam batch SKK: pilih kasusnya pada tab SKK.</translation>
    </message>
    <message>
        <source>An outcome cannot be negative.</source>
        <translation>Hasil tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Enter at least one result: workers, programmes, wages or arrears.</source>
        <translation>Isi paling sedikit satu hasil: pekerja, program, upah, atau tunggakan.</translation>
    </message>
    <message>
        <source>NPP {npp} already belongs to {name}.</source>
        <translation>NPP {npp} sudah dimiliki {name}.</translation>
    </message>
    <message>
        <source>The evidence file {path} does not exist.</source>
        <translation>Berkas bukti {path} tidak ada.</translation>
    </message>
    <message>
        <source>The employer name is required.</source>
        <translation>Nama pemberi kerja wajib diisi.</translation>
    </message>
    <message>
        <source>Unknown employer status {status}.</source>
        <translation>Status pemberi kerja {status} tidak dikenal.</translation>
    </message>
    <message>
        <source>Enter the NPP; only an employer that is not registered (PWBD) has none.</source>
        <translation>Isi NPP; hanya pemberi kerja yang belum terdaftar (PWBD) yang tidak memilikinya.</translation>
    </message>
    <message>
        <source>Unknown size {size}.</source>
        <translation>Skala usaha {size} tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown estimate source {source}.</source>
        <translation>Sumber estimasi {source} tidak dikenal.</translation>
    </message>
    <message>
        <source>A number of workers cannot be negative.</source>
        <translation>Jumlah pekerja tidak boleh negatif.</translation>
    </message>
    <message>
        <source>A wage total cannot be negative.</source>
        <translation>Total upah tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The e-mail address {email} is not valid.</source>
        <translation>Alamat surel {email} tidak sah.</translation>
    </message>
    <message>
        <source>{name} has open compliance cases; resolve or close them first.</source>
        <translation>{name} masih memiliki kasus kepatuhan terbuka; selesaikan atau tutup dulu kasusnya.</translation>
    </message>
    <message>
        <source>The same NPP as row {line} of the file.</source>
        <translation>NPP sama dengan baris {line} pada berkas.</translation>
    </message>
    <message>
        <source>Bulk escalation goes to Teguran Tertulis II or to referral.</source>
        <translation>Eskalasi massal hanya ke Teguran Tertulis II atau ke pelimpahan.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Pilih paling sedikit satu kasus.</translation>
    </message>
    <message>
        <source>Case {case} ({name}): {problem}</source>
        <translation>Kasus {case} ({name}): {problem}</translation>
    </message>
    <message>
        <source>Unknown Kejaksaan Negeri {name}.</source>
        <translation>Kejaksaan Negeri {name} tidak dikenal.</translation>
    </message>
    <message>
        <source>These cases cannot be handed to the Kejaksaan Negeri; nothing was issued: {problems}</source>
        <translation>Kasus berikut tidak dapat diserahkan ke Kejaksaan Negeri; tidak ada surat yang diterbitkan: {problems}</translation>
    </message>
    <message>
        <source>A case was chosen twice.</source>
        <translation>Ada kasus yang dipilih dua kali.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted ({what}).</source>
        <translation>Data tidak ditemukan; mungkin sudah dihapus ({what}).</translation>
    </message>
    <message>
        <source>Case {case} was changed on another workstation after you chose it (it may have been handed over there). Reload the list; nothing was issued.</source>
        <translation>Kasus {case} diubah di komputer lain setelah Anda memilihnya (mungkin sudah diserahkan di sana). Muat ulang daftar; tidak ada surat yang diterbitkan.</translation>
    </message>
    <message>
        <source>already with a Kejaksaan Negeri</source>
        <translation>sudah ditangani Kejaksaan Negeri</translation>
    </message>
    <message>
        <source>This batch was made before covering letters per Kejaksaan Negeri; it has no batch PDF. Its letters are in the register.</source>
        <translation>Penyerahan ini dibuat sebelum ada surat pengantar per Kejaksaan Negeri; tidak ada PDF penyerahannya. Surat-suratnya ada di agenda surat keluar.</translation>
    </message>
    <message>
        <source>The file {path} is missing.</source>
        <translation>Berkas {path} tidak ditemukan.</translation>
    </message>
    <message>
        <source>The file {path} was changed after it was issued.</source>
        <translation>Berkas {path} telah diubah setelah diterbitkan.</translation>
    </message>
    <message>
        <source>Unknown JPN status {value}.</source>
        <translation>Status JPN {value} tidak dikenal.</translation>
    </message>
    <message>
        <source>The date cannot be before the case was handed over ({date}).</source>
        <translation>Tanggal tidak boleh sebelum kasus diserahkan ({date}).</translation>
    </message>
    <message>
        <source>The amount recovered cannot go down ({before} was recorded).</source>
        <translation>Jumlah tertagih tidak boleh berkurang (sudah tercatat {before}).</translation>
    </message>
</context>
<context>
    <name>_CaseStepDialog</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>Berkas bukti</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pi&amp;lih…</translation>
    </message>
    <message>
        <source>Evidence (scan, photo, minutes)</source>
        <translation>Bukti (pindaian, foto, berita acara)</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumen dan gambar (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
</context>
</TS>