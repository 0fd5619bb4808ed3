<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AgentDialog</name>
    <message>
        <source>Edit agent</source>
        <translation>Ubah agen</translation>
    </message>
    <message>
        <source>New Perisai agent</source>
        <translation>Agen Perisai baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>&amp;Active</source>
        <translation>&amp;Aktif</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/kota</source>
        <translation>&amp;Kabupaten/kota</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telepon</translation>
    </message>
</context>
<context>
    <name>AgentMonthDialog</name>
    <message>
        <source>Monthly figures — %1</source>
        <translation>Angka bulanan — %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Participants acquired</source>
        <translation>Peserta diakuisisi</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Masih aktif</translation>
    </message>
    <message>
        <source>Contributions collected</source>
        <translation>Iuran terkumpul</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <source>&amp;Acquired</source>
        <translation>&amp;Diakuisisi</translation>
    </message>
    <message>
        <source>&amp;Still active</source>
        <translation>&amp;Masih aktif</translation>
    </message>
    <message>
        <source>&amp;Contributions collected</source>
        <translation>&amp;Iuran terkumpul</translation>
    </message>
    <message>
        <source>Still active cannot be more than acquired.</source>
        <translation>Masih aktif tidak boleh lebih dari yang diakuisisi.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Report written: %1</source>
        <translation>Laporan ditulis: %1</translation>
    </message>
    <message>
        <source>%1: %2 problem(s); nothing was saved.</source>
        <translation>%1: %2 masalah; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Dry run of %1: %2 rows are right (%3 new, %4 replace earlier figures); nothing was saved.</source>
        <translation>Uji coba %1: %2 baris benar (%3 baru, %4 mengganti angka sebelumnya); tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 replaced.</source>
        <translation>Diimpor %1: %2 baru, %3 diganti.</translation>
    </message>
    <message>
        <source>Template written: %1</source>
        <translation>Templat ditulis: %1</translation>
    </message>
    <message>
        <source>Dasbor written: %1</source>
        <translation>Dasbor ditulis: %1</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>Bulan terakhir</translation>
    </message>
    <message>
        <source>Working population</source>
        <translation>Penduduk bekerja</translation>
    </message>
    <message>
        <source>PU</source>
        <translation>PU</translation>
    </message>
    <message>
        <source>BPU</source>
        <translation>BPU</translation>
    </message>
    <message>
        <source>Jakon</source>
        <translation>Jakon</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>BPU coverage</source>
        <translation>Cakupan BPU</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisi</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Dientri oleh</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agen</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Diakuisisi</translation>
    </message>
    <message>
        <source>Still active</source>
        <translation>Masih aktif</translation>
    </message>
    <message>
        <source>Share active</source>
        <translation>Persen aktif</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>Last report</source>
        <translation>Laporan terakhir</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program jaminan</translation>
    </message>
    <message>
        <source>Per worker/month</source>
        <translation>Per pekerja/bulan</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Sisa anggaran</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment — %1</source>
        <translation>Komitmen — %1</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Pihak</translation>
    </message>
    <message>
        <source>Who committed: e.g. Bappeda Kabupaten Banyumas</source>
        <translation>Siapa yang berkomitmen: mis. Bappeda Kabupaten Banyumas</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Komitmen</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Tanggal batas waktu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Pihak</translation>
    </message>
    <message>
        <source>&amp;Commitment</source>
        <translation>&amp;Komitmen</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Say who committed (the party).</source>
        <translation>Sebutkan siapa yang berkomitmen (pihaknya).</translation>
    </message>
    <message>
        <source>Write what was committed.</source>
        <translation>Tuliskan isi komitmennya.</translation>
    </message>
    <message>
        <source>The due date is before the meeting.</source>
        <translation>Batas waktu sebelum tanggal rapat.</translation>
    </message>
</context>
<context>
    <name>CommitmentsTab</name>
    <message>
        <source>New &amp;meeting</source>
        <translation>&amp;Rapat baru</translation>
    </message>
    <message>
        <source>&amp;New commitment</source>
        <translation>Komitmen &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>Attach e&amp;vidence…</source>
        <translation>Lampirkan &amp;bukti…</translation>
    </message>
    <message>
        <source>&amp;Save evidence…</source>
        <translation>&amp;Simpan bukti…</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Hanya yang &amp;terlambat</translation>
    </message>
    <message>
        <source>Show only overdue commitments</source>
        <translation>Tampilkan hanya komitmen yang terlambat</translation>
    </message>
    <message>
        <source>Coordination meetings</source>
        <translation>Rapat koordinasi</translation>
    </message>
    <message>
        <source>Filter by party or text…</source>
        <translation>Saring menurut pihak atau isi…</translation>
    </message>
    <message>
        <source>No coordination meetings yet. Press Ctrl+Shift+N to record a rapat koordinasi, then Ctrl+N for each commitment made there.</source>
        <translation>Belum ada rapat koordinasi. Tekan Ctrl+Shift+N untuk mencatat rapat koordinasi, lalu Ctrl+N untuk setiap komitmen yang dibuat di sana.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Rapat</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Semua rapat</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 terlambat</translation>
    </message>
    <message>
        <source>%1 commitment(s) overdue.</source>
        <translation>%1 komitmen terlambat.</translation>
    </message>
    <message>
        <source>No commitment is overdue.</source>
        <translation>Tidak ada komitmen yang terlambat.</translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation>Pilih berkas bukti</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.docx);;All files (*)</source>
        <translation>Dokumen (*.pdf *.jpg *.jpeg *.png *.docx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Save the evidence file</source>
        <translation>Simpan berkas bukti</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>Regency budget (APBD)</source>
        <translation>APBD kabupaten</translation>
    </message>
    <message>
        <source>Village budget (APBDes)</source>
        <translation>APBDes (anggaran desa)</translation>
    </message>
    <message>
        <source>Company CSR</source>
        <translation>CSR perusahaan</translation>
    </message>
    <message>
        <source>GN Lingkaran donors</source>
        <translation>Donatur GN Lingkaran</translation>
    </message>
    <message>
        <source>Sertakan</source>
        <translation>Sertakan</translation>
    </message>
    <message>
        <source>PLKK partner</source>
        <translation>Mitra PLKK</translation>
    </message>
    <message>
        <source>Baznas</source>
        <translation>Baznas</translation>
    </message>
    <message>
        <source>Bank (credit customers)</source>
        <translation>Bank (nasabah kredit)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berjalan</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>renewal due</source>
        <translation>perlu diperpanjang</translation>
    </message>
    <message>
        <source>%1 day(s) late</source>
        <translation>terlambat %1 hari</translation>
    </message>
    <message>
        <source>no data for this month</source>
        <translation>tidak ada data bulan ini</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>CoverageImportDialog</name>
    <message>
        <source>Import coverage figures</source>
        <translation>Impor angka cakupan</translation>
    </message>
    <message>
        <source>Import sponsored workers</source>
        <translation>Impor pekerja yang dibantu iurannya</translation>
    </message>
    <message>
        <source>Import Perisai monthly figures</source>
        <translation>Impor angka bulanan agen Perisai</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Berkas yang diimpor</translation>
    </message>
    <message>
        <source>Choose an Excel file (.xlsx) or a CSV file…</source>
        <translation>Pilih berkas Excel (.xlsx) atau CSV…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Save an empty &amp;template…</source>
        <translation>Simpan &amp;templat kosong…</translation>
    </message>
    <message>
        <source>&amp;Check the file</source>
        <translation>&amp;Periksa berkas</translation>
    </message>
    <message>
        <source>Columns: Nama, NIK, Kelompok, Kabupaten/Kota, Desa/Kelurahan and Program (the programme's title). %1</source>
        <translation>Kolom: Nama, NIK, Kelompok, Kabupaten/Kota, Desa/Kelurahan dan Program (judul program). %1</translation>
    </message>
    <message>
        <source>Every worker goes into “%1”.</source>
        <translation>Semua pekerja masuk ke “%1”.</translation>
    </message>
    <message>
        <source>Fill the Program column, or choose a programme first.</source>
        <translation>Isi kolom Program, atau pilih programnya lebih dulu.</translation>
    </message>
    <message>
        <source>Columns: Kabupaten/Kota, Bulan, Penduduk Bekerja, Sumber Data, Tanggal Data, Peserta PU, Peserta BPU, Peserta Jakon, Potensi BPU, Target (%). A month that already has a figure is replaced; the old one stays in the history.</source>
        <translation>Kolom: Kabupaten/Kota, Bulan, Penduduk Bekerja, Sumber Data, Tanggal Data, Peserta PU, Peserta BPU, Peserta Jakon, Potensi BPU, Target (%). Bulan yang sudah punya angka akan diganti; angka lamanya tetap ada di riwayat.</translation>
    </message>
    <message>
        <source>Columns: Nama Agen, NIK Agen, Kabupaten/Kota, Bulan, Peserta Diakuisisi, Iuran Terkumpul, Masih Aktif. Agents not known yet are added.</source>
        <translation>Kolom: Nama Agen, NIK Agen, Kabupaten/Kota, Bulan, Peserta Diakuisisi, Iuran Terkumpul, Masih Aktif. Agen yang belum dikenal ditambahkan.</translation>
    </message>
    <message>
        <source>Nothing checked yet.</source>
        <translation>Belum ada yang diperiksa.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Masalah yang ditemukan dalam berkas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Pilih berkas</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Memeriksa berkas</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Pilih berkas lebih dulu.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 replaced.</source>
        <translation>Diimpor: %1 baru, %2 diganti.</translation>
    </message>
    <message>
        <source>%1 problem(s) in %2 row(s). Nothing was saved; correct the file and check it again.</source>
        <translation>%1 masalah dalam %2 baris. Tidak ada yang disimpan; perbaiki berkasnya lalu periksa lagi.</translation>
    </message>
    <message>
        <source>All %1 row(s) are right: %2 new, %3 replace earlier figures. Press Import to save them.</source>
        <translation>Semua %1 baris benar: %2 baru, %3 mengganti angka sebelumnya. Tekan Impor untuk menyimpannya.</translation>
    </message>
</context>
<context>
    <name>CoveragePage</name>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Coverage per &amp;kabupaten</source>
        <translation>Cakupan per &amp;kabupaten</translation>
    </message>
    <message>
        <source>&amp;Sponsors &amp;&amp; vulnerable workers</source>
        <translation>&amp;Sponsor &amp;&amp; pekerja rentan</translation>
    </message>
    <message>
        <source>Co&amp;mmitments</source>
        <translation>Ko&amp;mitmen</translation>
    </message>
    <message>
        <source>&amp;Perisai</source>
        <translation>&amp;Perisai</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>Covered: %1 (%2).</source>
        <translation>Terlindungi: %1 (%2).</translation>
    </message>
    <message>
        <source>No coverage figures yet.</source>
        <translation>Belum ada data cakupan.</translation>
    </message>
</context>
<context>
    <name>CoverageReportsTab</name>
    <message>
        <source>The coverage report lists each kabupaten's latest figures, the branch total in the words used with the pemda and the press, the workers whose contributions others pay, the Perisai agents, and the commitments still open. It is printed in Indonesian.</source>
        <translation>Laporan cakupan memuat angka terakhir setiap kabupaten, jumlah kantor cabang dengan kalimat yang dipakai bersama pemda dan media, pekerja yang iurannya dibantu pihak lain, agen Perisai, dan komitmen yang belum selesai. Laporan dicetak dalam bahasa Indonesia.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Simpan sebagai E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Open the last report</source>
        <translation>&amp;Buka laporan terakhir</translation>
    </message>
    <message>
        <source>%1: no figures yet.</source>
        <translation>%1: belum ada angka.</translation>
    </message>
    <message>
        <source>%1: %2 (target %3), data of %4</source>
        <translation>%1: %2 (target %3), data %4</translation>
    </message>
    <message>
        <source>The kabupaten's latest months differ; each is counted from its own latest month.</source>
        <translation>Bulan terakhir setiap kabupaten berbeda; masing-masing dihitung dari bulan terakhirnya sendiri.</translation>
    </message>
    <message>
        <source>Enter or import coverage figures first (tab Coverage per kabupaten).</source>
        <translation>Isi atau impor angka cakupan lebih dulu (tab Cakupan per kabupaten).</translation>
    </message>
    <message>
        <source>Save the coverage report</source>
        <translation>Simpan laporan cakupan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Menulis laporan</translation>
    </message>
</context>
<context>
    <name>CoverageSponsorshipDialog</name>
    <message>
        <source>Edit programme</source>
        <translation>Ubah program</translation>
    </message>
    <message>
        <source>New sponsorship programme</source>
        <translation>Program bantuan iuran baru</translation>
    </message>
    <message>
        <source>Programme title</source>
        <translation>Judul program</translation>
    </message>
    <message>
        <source>e.g. APBD Banyumas 2027 — pekerja rentan</source>
        <translation>mis. APBD Banyumas 2027 — pekerja rentan</translation>
    </message>
    <message>
        <source>Source of the money</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Bulan pertama</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Bulan terakhir</translation>
    </message>
    <message>
        <source>Programmes covered</source>
        <translation>Program jaminan yang ditanggung</translation>
    </message>
    <message>
        <source>Reported income</source>
        <translation>Penghasilan yang dilaporkan</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Anggaran</translation>
    </message>
    <message>
        <source>Planned workers</source>
        <translation>Rencana jumlah pekerja</translation>
    </message>
    <message>
        <source>Months paid</source>
        <translation>Bulan sudah dibayar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>S&amp;umber dana</translation>
    </message>
    <message>
        <source>S&amp;ponsor</source>
        <translation>S&amp;ponsor</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/kota</source>
        <translation>&amp;Kabupaten/kota</translation>
    </message>
    <message>
        <source>&amp;Desa (APBDes)</source>
        <translation>&amp;Desa (APBDes)</translation>
    </message>
    <message>
        <source>&amp;First month</source>
        <translation>Bulan &amp;pertama</translation>
    </message>
    <message>
        <source>&amp;Last month</source>
        <translation>Bulan t&amp;erakhir</translation>
    </message>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>P&amp;rogram jaminan</translation>
    </message>
    <message>
        <source>Reported &amp;income</source>
        <translation>Pengh&amp;asilan dilaporkan</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Anggaran</translation>
    </message>
    <message>
        <source>Pla&amp;nned workers</source>
        <translation>Re&amp;ncana pekerja</translation>
    </message>
    <message>
        <source>Months p&amp;aid</source>
        <translation>Bulan di&amp;bayar</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Ca&amp;tatan</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Iuran</translation>
    </message>
    <message>
        <source>%1 per worker per month (%2; rates from %3).</source>
        <translation>%1 per pekerja per bulan (%2; tarif berlaku sejak %3).</translation>
    </message>
    <message>
        <source>The budget pays for %1 worker(s) over %2 month(s).</source>
        <translation>Anggaran cukup untuk %1 pekerja selama %2 bulan.</translation>
    </message>
    <message>
        <source>The budget does not cover the planned workers.</source>
        <translation>Anggaran tidak cukup untuk rencana jumlah pekerja.</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>Bulan terakhir sebelum bulan pertama.</translation>
    </message>
    <message>
        <source>Give the programme a title.</source>
        <translation>Beri judul program.</translation>
    </message>
    <message>
        <source>Enter the sponsor's name.</source>
        <translation>Isi nama sponsor.</translation>
    </message>
    <message>
        <source>Enter the budget.</source>
        <translation>Isi anggaran.</translation>
    </message>
    <message>
        <source>A village budget (APBDes) programme needs the desa.</source>
        <translation>Program APBDes perlu nama desanya.</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Correct the figure</source>
        <translation>Koreksi angka</translation>
    </message>
    <message>
        <source>New coverage figure</source>
        <translation>Angka cakupan baru</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Working population</source>
        <translation>Penduduk bekerja</translation>
    </message>
    <message>
        <source>Source of the population figure</source>
        <translation>Sumber angka penduduk bekerja</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Date of the population figure</source>
        <translation>Tanggal angka penduduk bekerja</translation>
    </message>
    <message>
        <source>Registered PU participants</source>
        <translation>Peserta PU terdaftar</translation>
    </message>
    <message>
        <source>Registered BPU participants</source>
        <translation>Peserta BPU terdaftar</translation>
    </message>
    <message>
        <source>Registered Jasa Konstruksi participants</source>
        <translation>Peserta Jasa Konstruksi terdaftar</translation>
    </message>
    <message>
        <source>BPU potential (informal workers)</source>
        <translation>Potensi BPU (pekerja informal)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>tanpa target</translation>
    </message>
    <message>
        <source>Coverage target</source>
        <translation>Target cakupan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/kota</source>
        <translation>&amp;Kabupaten/kota</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Bulan</translation>
    </message>
    <message>
        <source>&amp;Working population</source>
        <translation>&amp;Penduduk bekerja</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Sumber</translation>
    </message>
    <message>
        <source>Registered &amp;PU</source>
        <translation>Peserta &amp;PU</translation>
    </message>
    <message>
        <source>Registered &amp;BPU</source>
        <translation>Peserta &amp;BPU</translation>
    </message>
    <message>
        <source>Registered &amp;Jakon</source>
        <translation>Peserta &amp;Jakon</translation>
    </message>
    <message>
        <source>BPU p&amp;otential</source>
        <translation>P&amp;otensi BPU</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Choose the kabupaten/kota.</source>
        <translation>Pilih kabupaten/kota.</translation>
    </message>
    <message>
        <source>The month is in the future.</source>
        <translation>Bulannya belum terjadi.</translation>
    </message>
    <message>
        <source>Enter the working population.</source>
        <translation>Isi jumlah penduduk bekerja.</translation>
    </message>
    <message>
        <source>There are more participants than working population.</source>
        <translation>Jumlah peserta melebihi penduduk bekerja.</translation>
    </message>
    <message>
        <source>There are more BPU participants than the BPU potential.</source>
        <translation>Peserta BPU melebihi potensi BPU.</translation>
    </message>
    <message>
        <source>%1 of the working population; BPU %2 of the potential</source>
        <translation>%1 dari penduduk bekerja; BPU %2 dari potensinya</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <source>&amp;New figure</source>
        <translation>Angka &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Koreksi</translation>
    </message>
    <message>
        <source>&amp;Revisions</source>
        <translation>&amp;Riwayat revisi</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Tarik</translation>
    </message>
    <message>
        <source>&amp;Import figures…</source>
        <translation>&amp;Impor angka…</translation>
    </message>
    <message>
        <source>No coverage figures yet. Press Ctrl+N to enter a month's figures for a kabupaten, or Ctrl+I to import them from Excel.</source>
        <translation>Belum ada data cakupan. Tekan Ctrl+N untuk mengisi angka satu bulan untuk satu kabupaten, atau Ctrl+I untuk mengimpornya dari Excel.</translation>
    </message>
    <message>
        <source>Choose a kabupaten above to see its history.</source>
        <translation>Pilih kabupaten di atas untuk melihat riwayatnya.</translation>
    </message>
    <message>
        <source>History of %1: %2 month(s), %3 without data.</source>
        <translation>Riwayat %1: %2 bulan, %3 tanpa data.</translation>
    </message>
    <message>
        <source>Withdraw the figure</source>
        <translation>Tarik angka</translation>
    </message>
    <message>
        <source>Withdraw the figure of %1 for %2? The month will show as without data; the figure stays in the audit trail.</source>
        <translation>Tarik angka %1 untuk %2? Bulan itu akan tampil tanpa data; angkanya tetap tercatat di jejak audit.</translation>
    </message>
    <message>
        <source>Revision %1 by %2: working population %3, PU %4, BPU %5, Jakon %6, coverage %7%8</source>
        <translation>Revisi %1 oleh %2: penduduk bekerja %3, PU %4, BPU %5, Jakon %6, cakupan %7%8</translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation> (digantikan)</translation>
    </message>
    <message>
        <source> (withdrawn)</source>
        <translation> (ditarik)</translation>
    </message>
    <message>
        <source>Revisions of %1, %2</source>
        <translation>Revisi %1, %2</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Edit meeting</source>
        <translation>Ubah rapat</translation>
    </message>
    <message>
        <source>New coordination meeting</source>
        <translation>Rapat koordinasi baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Rapat Koordinasi Perlindungan Pekerja Rentan</source>
        <translation>Rapat Koordinasi Perlindungan Pekerja Rentan</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Bersama siapa</translation>
    </message>
    <message>
        <source>Sekda, Kepala Dinas Sosial, Baznas, banks, hospitals…</source>
        <translation>Sekda, Kepala Dinas Sosial, Baznas, perbankan, rumah sakit…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Bersama siapa</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>Rapat perlu judul.</translation>
    </message>
    <message>
        <source>A meeting is recorded after it was held; the date is in the future.</source>
        <translation>Rapat dicatat setelah diadakan; tanggalnya belum terjadi.</translation>
    </message>
</context>
<context>
    <name>PerisaiTab</name>
    <message>
        <source>&amp;New agent</source>
        <translation>Agen &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit agent</source>
        <translation>&amp;Ubah agen</translation>
    </message>
    <message>
        <source>Enter a &amp;month…</source>
        <translation>Isi angka &amp;bulanan…</translation>
    </message>
    <message>
        <source>&amp;Import monthly figures…</source>
        <translation>&amp;Impor angka bulanan…</translation>
    </message>
    <message>
        <source>Filter agents by name, NIK or kabupaten…</source>
        <translation>Saring agen menurut nama, NIK atau kabupaten…</translation>
    </message>
    <message>
        <source>No Perisai agents yet. Press Ctrl+I to import the agents' monthly figures from Excel (agents are added as they appear), or Ctrl+N to add an agent.</source>
        <translation>Belum ada agen Perisai. Tekan Ctrl+I untuk mengimpor angka bulanan agen dari Excel (agen ditambahkan saat muncul), atau Ctrl+N untuk menambah agen.</translation>
    </message>
    <message>
        <source>Last 12 months: %1 active agent(s) of %2 acquired %3 participants; %4 (%5) are still active. Contributions collected: %6.</source>
        <translation>12 bulan terakhir: %1 agen aktif dari %2 mengakuisisi %3 peserta; %4 (%5) masih aktif. Iuran terkumpul: %6.</translation>
    </message>
    <message>
        <source>No monthly figures in the last 12 months.</source>
        <translation>Tidak ada angka bulanan dalam 12 bulan terakhir.</translation>
    </message>
</context>
<context>
    <name>SponsorsTab</name>
    <message>
        <source>&amp;New programme</source>
        <translation>Program &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit programme</source>
        <translation>&amp;Ubah program</translation>
    </message>
    <message>
        <source>&amp;Delete programme</source>
        <translation>&amp;Hapus program</translation>
    </message>
    <message>
        <source>&amp;Add worker</source>
        <translation>&amp;Tambah pekerja</translation>
    </message>
    <message>
        <source>Edit &amp;worker</source>
        <translation>Ubah &amp;pekerja</translation>
    </message>
    <message>
        <source>&amp;Remove worker</source>
        <translation>&amp;Keluarkan pekerja</translation>
    </message>
    <message>
        <source>&amp;Import workers…</source>
        <translation>&amp;Impor pekerja…</translation>
    </message>
    <message>
        <source>Filter programmes by title, sponsor or desa…</source>
        <translation>Saring program menurut judul, sponsor atau desa…</translation>
    </message>
    <message>
        <source>Filter workers by name, NIK or desa…</source>
        <translation>Saring pekerja menurut nama, NIK atau desa…</translation>
    </message>
    <message>
        <source>No sponsorship programmes yet. Press Ctrl+N to record one (APBD, APBDes, CSR, GN Lingkaran, Sertakan, Baznas or a bank), then add or import its workers.</source>
        <translation>Belum ada program bantuan iuran. Tekan Ctrl+N untuk mencatatnya (APBD, APBDes, CSR, GN Lingkaran, Sertakan, Baznas atau bank), lalu tambahkan atau impor pekerjanya.</translation>
    </message>
    <message>
        <source>Choose a programme to see its workers and what it costs.</source>
        <translation>Pilih program untuk melihat pekerja dan biayanya.</translation>
    </message>
    <message>
        <source>%1: %2 worker(s) × %3 = %4 a month; %5 for the whole period against a budget of %6 (room for %7 worker(s)). %8 month(s) paid.</source>
        <translation>%1: %2 pekerja × %3 = %4 per bulan; %5 untuk seluruh periode dari anggaran %6 (cukup untuk %7 pekerja). %8 bulan sudah dibayar.</translation>
    </message>
    <message>
        <source>Delete programme</source>
        <translation>Hapus program</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Hapus %1?</translation>
    </message>
    <message>
        <source>Remove worker</source>
        <translation>Keluarkan pekerja</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Keluarkan %1 dari %2?</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>There is no programme called “{title}”.</source>
        <translation>Tidak ada program bernama “{title}”.</translation>
    </message>
    <message>
        <source>“{text}” is not a month. Write it like 2026-10 or Oktober 2026.</source>
        <translation>“{text}” bukan bulan. Tulis seperti 2026-10 atau Oktober 2026.</translation>
    </message>
    <message>
        <source>No BPU contribution rates are known for {day}.</source>
        <translation>Tidak ada tarif iuran BPU yang berlaku untuk {day}.</translation>
    </message>
    <message>
        <source>The reported income must be more than zero.</source>
        <translation>Penghasilan yang dilaporkan harus lebih dari nol.</translation>
    </message>
    <message>
        <source>“{text}” is not a known group of workers. Use one of: {groups}.</source>
        <translation>“{text}” bukan kelompok pekerja yang dikenal. Gunakan salah satu dari: {groups}.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>Periode berakhir ({end}) sebelum dimulai ({start}).</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read as a spreadsheet: {detail}</source>
        <translation>Berkas {path} tidak dapat dibaca sebagai lembar kerja: {detail}</translation>
    </message>
    <message>
        <source>{path}: only Excel (.xlsx) or CSV files can be imported.</source>
        <translation>{path}: hanya berkas Excel (.xlsx) atau CSV yang dapat diimpor.</translation>
    </message>
    <message>
        <source>A number is required here.</source>
        <translation>Di sini harus diisi angka.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” bukan bilangan bulat.</translation>
    </message>
    <message>
        <source>The number cannot be negative ({value}).</source>
        <translation>Angkanya tidak boleh negatif ({value}).</translation>
    </message>
    <message>
        <source>An amount is required here.</source>
        <translation>Di sini harus diisi jumlah uang.</translation>
    </message>
    <message>
        <source>“{value}” has more than 2 decimals.</source>
        <translation>“{value}” punya lebih dari 2 angka desimal.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Jumlah uang tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The month is required, like 2026-10 or Oktober 2026.</source>
        <translation>Bulan harus diisi, seperti 2026-10 atau Oktober 2026.</translation>
    </message>
    <message>
        <source>“{value}” is not a percentage.</source>
        <translation>“{value}” bukan persentase.</translation>
    </message>
    <message>
        <source>A percentage must be between 0 and 100 ({value}).</source>
        <translation>Persentase harus antara 0 dan 100 ({value}).</translation>
    </message>
    <message>
        <source>The NIK is required.</source>
        <translation>NIK harus diisi.</translation>
    </message>
    <message>
        <source>The month {month} is in the future.</source>
        <translation>Bulan {month} belum terjadi.</translation>
    </message>
    <message>
        <source>The kabupaten/kota is required.</source>
        <translation>Kabupaten/kota harus diisi.</translation>
    </message>
    <message>
        <source>The working population must be more than zero.</source>
        <translation>Jumlah penduduk bekerja harus lebih dari nol.</translation>
    </message>
    <message>
        <source>More participants ({covered}) than working population ({population}).</source>
        <translation>Jumlah peserta ({covered}) melebihi penduduk bekerja ({population}).</translation>
    </message>
    <message>
        <source>More BPU participants ({bpu}) than the BPU potential ({informal}).</source>
        <translation>Peserta BPU ({bpu}) melebihi potensi BPU ({informal}).</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Nama harus diisi.</translation>
    </message>
    <message>
        <source>The group (kelompok) is required.</source>
        <translation>Kelompok harus diisi.</translation>
    </message>
    <message>
        <source>The agent's name is required.</source>
        <translation>Nama agen harus diisi.</translation>
    </message>
    <message>
        <source>Still active ({active}) cannot be more than acquired ({acquired}).</source>
        <translation>Masih aktif ({active}) tidak boleh lebih dari yang diakuisisi ({acquired}).</translation>
    </message>
    <message>
        <source>The same kabupaten and month are already in row {first}.</source>
        <translation>Kabupaten dan bulan yang sama sudah ada di baris {first}.</translation>
    </message>
    <message>
        <source>The same NIK (for the same programme) is already in row {first}.</source>
        <translation>NIK yang sama (untuk program yang sama) sudah ada di baris {first}.</translation>
    </message>
    <message>
        <source>The same agent and month are already in row {first}.</source>
        <translation>Agen dan bulan yang sama sudah ada di baris {first}.</translation>
    </message>
    <message>
        <source>The required column “{column}” is missing.</source>
        <translation>Kolom wajib “{column}” tidak ada.</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>Rapat perlu judul.</translation>
    </message>
    <message>
        <source>A meeting is recorded after it was held; {date} is in the future.</source>
        <translation>Rapat dicatat setelah diadakan; {date} belum terjadi.</translation>
    </message>
    <message>
        <source>Say who committed (the party).</source>
        <translation>Sebutkan siapa yang berkomitmen (pihaknya).</translation>
    </message>
    <message>
        <source>The commitment's text is required.</source>
        <translation>Isi komitmen harus diisi.</translation>
    </message>
    <message>
        <source>The due date cannot be before the meeting ({date}).</source>
        <translation>Batas waktu tidak boleh sebelum rapat ({date}).</translation>
    </message>
    <message>
        <source>The date it was done cannot be in the future.</source>
        <translation>Tanggal selesai tidak boleh di masa depan.</translation>
    </message>
    <message>
        <source>{name} is larger than 20 MB; scan it at a lower resolution.</source>
        <translation>{name} lebih besar dari 20 MB; pindai dengan resolusi lebih rendah.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {detail}</source>
        <translation>Berkas {path} tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>This commitment has no evidence file yet.</source>
        <translation>Komitmen ini belum punya berkas bukti.</translation>
    </message>
    <message>
        <source>The stored evidence file does not match its SHA-256; it was damaged. Attach it again.</source>
        <translation>Berkas bukti yang tersimpan tidak cocok dengan SHA-256-nya; berkasnya rusak. Lampirkan lagi.</translation>
    </message>
    <message>
        <source>“{name}” is not a kabupaten/kota this office serves ({known}).</source>
        <translation>“{name}” bukan kabupaten/kota wilayah kantor ini ({known}).</translation>
    </message>
    <message>
        <source>Participant numbers cannot be negative.</source>
        <translation>Jumlah peserta tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The BPU potential must be more than zero and not more than the working population.</source>
        <translation>Potensi BPU harus lebih dari nol dan tidak melebihi penduduk bekerja.</translation>
    </message>
    <message>
        <source>The target must be more than 0 % and at most 100 %.</source>
        <translation>Target harus lebih dari 0 % dan paling banyak 100 %.</translation>
    </message>
    <message>
        <source>The population figure's date ({date}) is after the month it is used for.</source>
        <translation>Tanggal angka penduduk ({date}) sesudah bulan pemakaiannya.</translation>
    </message>
    <message>
        <source>{regency} already has a figure for {month}. Open it and correct it instead.</source>
        <translation>{regency} sudah punya angka untuk {month}. Buka angka itu dan koreksi.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted ({what}).</source>
        <translation>Data tidak ditemukan; mungkin sudah dihapus ({what}).</translation>
    </message>
    <message>
        <source>Unknown kind of import {kind}; use figures, workers or perisai.</source>
        <translation>Jenis impor {kind} tidak dikenal; gunakan figures, workers atau perisai.</translation>
    </message>
    <message>
        <source>Say which programme enrols this worker: fill the Program column or choose the programme before importing.</source>
        <translation>Sebutkan program yang mendaftarkan pekerja ini: isi kolom Program atau pilih programnya sebelum mengimpor.</translation>
    </message>
    <message>
        <source>Row {first} already enrols this NIK in {title}, for an overlapping period.</source>
        <translation>Baris {first} sudah mendaftarkan NIK ini di {title}, untuk periode yang bertumpang tindih.</translation>
    </message>
    <message>
        <source>NIK {nik} is already enrolled in {title} for an overlapping period.</source>
        <translation>NIK {nik} sudah terdaftar di {title} untuk periode yang bertumpang tindih.</translation>
    </message>
    <message>
        <source>The budget of {title} pays for {affordable} workers over its period; this row would be one more.</source>
        <translation>Anggaran {title} cukup untuk {affordable} pekerja selama periodenya; baris ini akan melebihinya.</translation>
    </message>
    <message>
        <source>NIK {nik} already belongs to agent {name}.</source>
        <translation>NIK {nik} sudah milik agen {name}.</translation>
    </message>
    <message>
        <source>The same NIK is named “{name}” in row {first}.</source>
        <translation>NIK yang sama bernama “{name}” di baris {first}.</translation>
    </message>
    <message>
        <source>The monthly figures cannot be negative.</source>
        <translation>Angka bulanan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The report can be written as .pdf or .xlsx, not “{suffix}”.</source>
        <translation>Laporan dapat ditulis sebagai .pdf atau .xlsx, bukan “{suffix}”.</translation>
    </message>
    <message>
        <source>The report cannot be written to {path}: {detail}</source>
        <translation>Laporan tidak dapat ditulis ke {path}: {detail}</translation>
    </message>
    <message>
        <source>The programme needs a title.</source>
        <translation>Program perlu judul.</translation>
    </message>
    <message>
        <source>The sponsor's name is required.</source>
        <translation>Nama sponsor harus diisi.</translation>
    </message>
    <message>
        <source>A village budget (APBDes) programme needs the desa.</source>
        <translation>Program APBDes perlu nama desanya.</translation>
    </message>
    <message>
        <source>Months paid must be between 0 and the {months} months of the period.</source>
        <translation>Bulan dibayar harus antara 0 dan {months} bulan periodenya.</translation>
    </message>
    <message>
        <source>The budget must be more than zero.</source>
        <translation>Anggaran harus lebih dari nol.</translation>
    </message>
    <message>
        <source>The number of planned workers cannot be negative.</source>
        <translation>Rencana jumlah pekerja tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Another programme is already called {title}.</source>
        <translation>Sudah ada program lain bernama {title}.</translation>
    </message>
    <message>
        <source>The budget pays for {affordable} workers over the period, but {workers} are enrolled.</source>
        <translation>Anggaran cukup untuk {affordable} pekerja selama periode, tetapi yang terdaftar {workers}.</translation>
    </message>
    <message>
        <source>{title} still has enrolled workers; remove them first.</source>
        <translation>{title} masih punya pekerja terdaftar; keluarkan mereka lebih dulu.</translation>
    </message>
    <message>
        <source>The budget of {title} pays for {affordable} workers over its period; it has {workers}.</source>
        <translation>Anggaran {title} cukup untuk {affordable} pekerja selama periodenya; sudah ada {workers}.</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Worker in %1</source>
        <translation>Pekerja dalam %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>16 digits</source>
        <translation>16 angka</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Kelompok</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>NI&amp;K</source>
        <translation>NI&amp;K</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Kelompok</translation>
    </message>
    <message>
        <source>&amp;Desa</source>
        <translation>&amp;Desa</translation>
    </message>
</context>
</TS>