<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Columns</name>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
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
        <source>Purpose</source>
        <translation>Untuk pembayaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Letter type</source>
        <translation>Jenis surat</translation>
    </message>
    <message>
        <source>Subject (Hal)</source>
        <translation>Hal</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Dibuat oleh</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Preview (no number) written to {path}</source>
        <translation>Pratinjau (tanpa nomor) ditulis ke {path}</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation>Telepon narahubung</translation>
    </message>
    <message>
        <source>Employer name</source>
        <translation>Nama perusahaan</translation>
    </message>
    <message>
        <source>Employer registration number (NPP)</source>
        <translation>Nomor Pendaftaran Perusahaan (NPP)</translation>
    </message>
    <message>
        <source>Kind of non-compliance</source>
        <translation>Jenis ketidakpatuhan</translation>
    </message>
    <message>
        <source>Workers not registered</source>
        <translation>Pekerja belum terdaftar</translation>
    </message>
    <message>
        <source>Programmes not joined</source>
        <translation>Program belum diikuti</translation>
    </message>
    <message>
        <source>Contribution arrears</source>
        <translation>Tunggakan iuran</translation>
    </message>
    <message>
        <source>Event (subject)</source>
        <translation>Acara (pokok bahasan)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
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
        <source>Facility name</source>
        <translation>Nama fasilitas kesehatan</translation>
    </message>
    <message>
        <source>Agreement number</source>
        <translation>Nomor PKS</translation>
    </message>
    <message>
        <source>Agreement ends on</source>
        <translation>PKS berakhir pada</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Periode baru</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Batas konfirmasi</translation>
    </message>
    <message>
        <source>Monitoring date</source>
        <translation>Tanggal monev</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Overall result</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Follow-up by</source>
        <translation>Batas tindak lanjut</translation>
    </message>
    <message>
        <source>Matter to clarify</source>
        <translation>Pokok klarifikasi</translation>
    </message>
    <message>
        <source>Documents to bring</source>
        <translation>Dokumen yang dibawa</translation>
    </message>
    <message>
        <source>Reference (visit or prior letter)</source>
        <translation>Rujukan (kunjungan atau surat sebelumnya)</translation>
    </message>
    <message>
        <source>Working days to comply</source>
        <translation>Jangka waktu (hari kerja)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Batas waktu</translation>
    </message>
    <message>
        <source>Number of warning I</source>
        <translation>Nomor Teguran Tertulis I</translation>
    </message>
    <message>
        <source>Date of warning I</source>
        <translation>Tanggal Teguran Tertulis I</translation>
    </message>
    <message>
        <source>Employer address</source>
        <translation>Alamat perusahaan</translation>
    </message>
    <message>
        <source>Kejaksaan Negeri (place)</source>
        <translation>Kejaksaan Negeri (tempat)</translation>
    </message>
    <message>
        <source>MoU number</source>
        <translation>Nomor nota kesepahaman</translation>
    </message>
    <message>
        <source>SKK number</source>
        <translation>Nomor SKK</translation>
    </message>
    <message>
        <source>SKK date</source>
        <translation>Tanggal SKK</translation>
    </message>
    <message>
        <source>Number of warning II</source>
        <translation>Nomor Teguran Tertulis II</translation>
    </message>
    <message>
        <source>Date of warning II</source>
        <translation>Tanggal Teguran Tertulis II</translation>
    </message>
    <message>
        <source>Number of employers</source>
        <translation>Jumlah pemberi kerja</translation>
    </message>
    <message>
        <source>Total contribution arrears</source>
        <translation>Jumlah tunggakan iuran</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Public services to withhold</source>
        <translation>Pelayanan publik yang dimohonkan ditunda</translation>
    </message>
    <message>
        <source>Participant name</source>
        <translation>Nama peserta</translation>
    </message>
    <message>
        <source>KPJ number</source>
        <translation>Nomor KPJ</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>Tanggal meninggal</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Heir name</source>
        <translation>Nama ahli waris</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Hubungan</translation>
    </message>
    <message>
        <source>Bank account (masked)</source>
        <translation>Rekening (disamarkan)</translation>
    </message>
    <message>
        <source>Benefit components</source>
        <translation>Rincian santunan</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Jumlah total</translation>
    </message>
    <message>
        <source>How it is paid</source>
        <translation>Cara pembayaran</translation>
    </message>
    <message>
        <source>Child name</source>
        <translation>Nama anak</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Jenjang pendidikan</translation>
    </message>
    <message>
        <source>Scholarship amount</source>
        <translation>Nilai beasiswa</translation>
    </message>
    <message>
        <source>Scholarship year</source>
        <translation>Tahun beasiswa</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nominal uang</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Bilangan bulat</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>No meterai</source>
        <translation>Tanpa meterai</translation>
    </message>
    <message>
        <source>Meterai above the receipt threshold</source>
        <translation>Meterai di atas batas kuitansi</translation>
    </message>
    <message>
        <source>Always a meterai</source>
        <translation>Selalu bermeterai</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Rec&amp;eipts</source>
        <translation>&amp;Kuitansi</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Templat</translation>
    </message>
    <message>
        <source>%1: %2 letters (%3 cancelled), %4 receipts</source>
        <translation>%1: %2 surat (%3 dibatalkan), %4 kuitansi</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Employee no. (NPP/NIP)</source>
        <translation>Nomor pegawai (NPP/NIP)</translation>
    </message>
    <message>
        <source>Signs a.n.</source>
        <translation>Menandatangani a.n.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Office &amp;name</source>
        <translation>&amp;Nama kantor</translation>
    </message>
    <message>
        <source>Office &amp;code</source>
        <translation>&amp;Kode kantor</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Ko&amp;ta</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>T&amp;elepon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Pos-el</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Laman</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona waktu</translation>
    </message>
    <message>
        <source>One kabupaten/kota per line</source>
        <translation>Satu kabupaten/kota per baris</translation>
    </message>
    <message>
        <source>&amp;Kabupaten/kota served</source>
        <translation>Kabupaten/kota &amp;dilayani</translation>
    </message>
    <message>
        <source>One recipient per line, e.g. Deputi Direktur Wilayah</source>
        <translation>Satu penerima per baris, mis. Deputi Direktur Wilayah</translation>
    </message>
    <message>
        <source>Default te&amp;mbusan</source>
        <translation>Tembusan ba&amp;waan</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>Logo kop surat</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Pratinjau logo</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>Pili&amp;h logo…</translation>
    </message>
    <message>
        <source>Remove l&amp;ogo</source>
        <translation>Hapus lo&amp;go</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Penandatangan</translation>
    </message>
    <message>
        <source>Add si&amp;gnatory</source>
        <translation>Tam&amp;bah penandatangan</translation>
    </message>
    <message>
        <source>Remove signator&amp;y</source>
        <translation>Hap&amp;us penandatangan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Na&amp;ikkan</translation>
    </message>
    <message>
        <source>The first active signatory who signs in their own right signs letters by default; one marked a.n. signs on behalf of the head of office (“a.n. Kepala Kantor Cabang”).</source>
        <translation>Penandatangan aktif pertama yang menandatangani atas nama sendiri menjadi penandatangan bawaan; yang ditandai a.n. menandatangani atas nama kepala kantor (“a.n. Kepala Kantor Cabang”).</translation>
    </message>
    <message>
        <source>&amp;Save office profile</source>
        <translation>&amp;Simpan profil kantor</translation>
    </message>
    <message>
        <source>Save office profile</source>
        <translation>Simpan profil kantor</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Not set up yet: fill in the office and save.</source>
        <translation>Belum diatur: isi data kantor lalu simpan.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Tanpa logo</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Pilih logo kop surat</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Nama kantor wajib diisi.</translation>
    </message>
    <message>
        <source>2 to 20 letters, digits or dashes, e.g. PWT.</source>
        <translation>2 sampai 20 huruf, angka atau tanda hubung, mis. PWT.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Bukan alamat pos-el.</translation>
    </message>
    <message>
        <source>Digits, spaces, +, ( ) and - only, e.g. (0281) 636010.</source>
        <translation>Hanya angka, spasi, +, ( ) dan -, mis. (0281) 636010.</translation>
    </message>
    <message>
        <source>The city is printed before the date of every letter.</source>
        <translation>Kota dicetak di depan tanggal setiap surat.</translation>
    </message>
    <message>
        <source>Every signatory needs a name and a position.</source>
        <translation>Setiap penandatangan memerlukan nama dan jabatan.</translation>
    </message>
    <message>
        <source>Add at least the head of office, who signs in their own right.</source>
        <translation>Tambahkan setidaknya kepala kantor, yang menandatangani atas nama sendiri.</translation>
    </message>
    <message>
        <source>At least one active signatory must sign in their own right (not a.n.).</source>
        <translation>Setidaknya satu penandatangan aktif harus menandatangani atas nama sendiri (bukan a.n.).</translation>
    </message>
    <message>
        <source>The office profile was saved.</source>
        <translation>Profil kantor telah disimpan.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Buka &amp;folder</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Document preview</source>
        <translation>Pratinjau dokumen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuaikan lebar</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>&amp;Page</source>
        <translation>&amp;Halaman</translation>
    </message>
    <message numerus="yes">
        <source>of %n</source>
        <translation>
            <numerusform>dari %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Write at least 5 characters.</source>
        <translation>Tulis setidaknya 5 karakter.</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>This is not a Cabang receipt code.</source>
        <translation>Ini bukan kode kuitansi Cabang.</translation>
    </message>
    <message>
        <source>No receipt with this number was issued here.</source>
        <translation>Tidak ada kuitansi dengan nomor ini yang diterbitkan di sini.</translation>
    </message>
    <message>
        <source>Forged or altered: the code does not match the receipt in the register.</source>
        <translation>Palsu atau diubah: kode tidak cocok dengan kuitansi di register.</translation>
    </message>
    <message>
        <source>This receipt was cancelled.</source>
        <translation>Kuitansi ini telah dibatalkan.</translation>
    </message>
    <message>
        <source>Genuine receipt.</source>
        <translation>Kuitansi asli.</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <source>&amp;Reprint (SALINAN)</source>
        <translation>Cetak &amp;ulang (SALINAN)</translation>
    </message>
    <message>
        <source>C&amp;ancel receipt…</source>
        <translation>Ba&amp;talkan kuitansi…</translation>
    </message>
    <message>
        <source>Check a receipt</source>
        <translation>Periksa kuitansi</translation>
    </message>
    <message>
        <source>Paste the QR text here, or scan the receipt's QR code with the cursor here</source>
        <translation>Tempel teks QR di sini, atau pindai kode QR kuitansi dengan kursor di sini</translation>
    </message>
    <message>
        <source>Receipt code</source>
        <translation>Kode kuitansi</translation>
    </message>
    <message>
        <source>&amp;Receipt code</source>
        <translation>&amp;Kode kuitansi</translation>
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
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Search by number, payee or purpose…</source>
        <translation>Cari menurut nomor, penerima atau keperluan…</translation>
    </message>
    <message>
        <source>No receipts yet. Receipts are printed when a benefit or scholarship is paid (Benefits page), or with “cabang receipt”.</source>
        <translation>Belum ada kuitansi. Kuitansi dicetak saat santunan atau beasiswa dibayarkan (halaman Santunan), atau dengan “cabang receipt”.</translation>
    </message>
    <message>
        <source>%1 (SALINAN)</source>
        <translation>%1 (SALINAN)</translation>
    </message>
    <message>
        <source>Cancel receipt</source>
        <translation>Batalkan kuitansi</translation>
    </message>
    <message>
        <source>Receipt %1 will stay in the register, marked cancelled, and will no longer verify. Why is it cancelled?</source>
        <translation>Kuitansi %1 tetap ada di register dengan tanda dibatalkan, dan tidak lagi lolos pemeriksaan. Mengapa dibatalkan?</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Reprint (SALINAN)</source>
        <translation>Cetak &amp;ulang (SALINAN)</translation>
    </message>
    <message>
        <source>&amp;Cancel number…</source>
        <translation>Ba&amp;talkan nomor…</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;kspor ke Excel…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Letter type</source>
        <translation>Jenis surat</translation>
    </message>
    <message>
        <source>All letter types</source>
        <translation>Semua jenis surat</translation>
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
        <source>Issued</source>
        <translation>Terbit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>Search by number, recipient or subject…</source>
        <translation>Cari menurut nomor, tujuan atau hal…</translation>
    </message>
    <message>
        <source>No letters in the register yet. Letters are issued from the partner, compliance and benefit pages, or with “cabang letters batch”.</source>
        <translation>Belum ada surat di agenda. Surat diterbitkan dari halaman Mitra PLKK, Kepatuhan dan Santunan, atau dengan “cabang letters batch”.</translation>
    </message>
    <message>
        <source>%1 (SALINAN)</source>
        <translation>%1 (SALINAN)</translation>
    </message>
    <message>
        <source>Cancel letter number</source>
        <translation>Batalkan nomor surat</translation>
    </message>
    <message>
        <source>Letter %1 will stay in the register, marked cancelled; its number is not given again. Why is it cancelled?</source>
        <translation>Surat %1 tetap ada di agenda dengan tanda dibatalkan; nomornya tidak akan dipakai lagi. Mengapa dibatalkan?</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Ekspor agenda surat</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) exported to %1.</source>
        <translation>
            <numerusform>%n surat diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the register</source>
        <translation>Mengekspor agenda surat</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Letter templates</source>
        <translation>Templat surat</translation>
    </message>
    <message>
        <source>What changed and why (kept with the revision)</source>
        <translation>Apa yang diubah dan mengapa (disimpan bersama revisi)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>Fields of the template</source>
        <translation>Isian templat</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Tambah isi&amp;an</translation>
    </message>
    <message>
        <source>Remo&amp;ve field</source>
        <translation>Hap&amp;us isian</translation>
    </message>
    <message>
        <source>&amp;Save as new revision</source>
        <translation>&amp;Simpan sebagai revisi baru</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Simpan templat</translation>
    </message>
    <message>
        <source>Write {field} where a field's value goes. Always available: {kota_kantor}, {nama_kantor}, {tanggal_surat}; {field_terbilang} spells a number or amount, {field_hari} gives a date with its weekday. Blank lines separate paragraphs; “Label : {field}” lines are aligned; lines starting 1. a. or - are lists. A line with an optional field left empty is left out.</source>
        <translation>Tulis {isian} di tempat nilai isian. Selalu tersedia: {kota_kantor}, {nama_kantor}, {tanggal_surat}; {isian_terbilang} mengeja angka atau jumlah uang, {isian_hari} memberi tanggal dengan nama harinya. Baris kosong memisahkan paragraf; baris “Label : {isian}” diratakan titik duanya; baris yang diawali 1. a. atau - menjadi daftar. Baris dengan isian opsional yang kosong tidak dicetak.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Number &amp;code</source>
        <translation>&amp;Kode nomor</translation>
    </message>
    <message>
        <source>Number &amp;format</source>
        <translation>&amp;Format nomor</translation>
    </message>
    <message>
        <source>&amp;Meterai</source>
        <translation>&amp;Meterai</translation>
    </message>
    <message>
        <source>&amp;Subject (Hal)</source>
        <translation>&amp;Hal</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Isi</translation>
    </message>
    <message>
        <source>C&amp;losing</source>
        <translation>&amp;Penutup</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — revision %2, key %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — revisi %2, kunci %3</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The fields cannot be read: {detail}</source>
        <translation>Isian tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>The fields must be a JSON object of name: value.</source>
        <translation>Isian harus berupa objek JSON nama: nilai.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>Berkas {path} tidak ada.</translation>
    </message>
    <message>
        <source>The file {path} has no rows.</source>
        <translation>Berkas {path} tidak berisi baris.</translation>
    </message>
    <message>
        <source>Row {row}: the recipient column is empty.</source>
        <translation>Baris {row}: kolom recipient kosong.</translation>
    </message>
    <message>
        <source>Write {what} as LABEL=VALUE, not “{item}”.</source>
        <translation>Tulis {what} sebagai LABEL=NILAI, bukan “{item}”.</translation>
    </message>
    <message>
        <source>There is no letter template {key}.</source>
        <translation>Tidak ada templat surat {key}.</translation>
    </message>
    <message>
        <source>The letter “{template}” cannot be printed: missing {fields}.</source>
        <translation>Surat “{template}” tidak dapat dicetak: belum diisi {fields}.</translation>
    </message>
    <message>
        <source>The letter needs a recipient.</source>
        <translation>Surat memerlukan tujuan.</translation>
    </message>
    <message>
        <source>Letter {n} of {total}: {problem}</source>
        <translation>Surat {n} dari {total}: {problem}</translation>
    </message>
    <message>
        <source>The letter was not found.</source>
        <translation>Surat tidak ditemukan.</translation>
    </message>
    <message>
        <source>Say why the letter is cancelled (at least 5 characters).</source>
        <translation>Tuliskan alasan surat dibatalkan (setidaknya 5 karakter).</translation>
    </message>
    <message>
        <source>Letter {number} is already cancelled.</source>
        <translation>Surat {number} sudah dibatalkan.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Templat memerlukan nama.</translation>
    </message>
    <message>
        <source>The template needs a subject (Hal).</source>
        <translation>Templat memerlukan hal.</translation>
    </message>
    <message>
        <source>The template needs a body text.</source>
        <translation>Templat memerlukan isi surat.</translation>
    </message>
    <message>
        <source>The field name “{name}” may only hold small letters, digits and _.</source>
        <translation>Nama isian “{name}” hanya boleh berisi huruf kecil, angka dan _.</translation>
    </message>
    <message>
        <source>The field {name} has an unknown kind {kind}.</source>
        <translation>Isian {name} berjenis tidak dikenal: {kind}.</translation>
    </message>
    <message>
        <source>The field {name} is defined twice.</source>
        <translation>Isian {name} didefinisikan dua kali.</translation>
    </message>
    <message>
        <source>The text uses fields that are not defined: {names}.</source>
        <translation>Teks memakai isian yang belum didefinisikan: {names}.</translation>
    </message>
    <message>
        <source>Unknown meterai rule {rule}.</source>
        <translation>Aturan meterai tidak dikenal: {rule}.</translation>
    </message>
    <message>
        <source>The field {field} needs a {kind} value, not “{value}”.</source>
        <translation>Isian {field} memerlukan nilai {kind}, bukan “{value}”.</translation>
    </message>
    <message>
        <source>The number format “{format}” is not valid ({detail}).</source>
        <translation>Format nomor “{format}” tidak sah ({detail}).</translation>
    </message>
    <message>
        <source>The number format must contain {seq}.</source>
        <translation>Format nomor harus memuat {seq}.</translation>
    </message>
    <message>
        <source>The receipt needs the payee's name.</source>
        <translation>Kuitansi memerlukan nama penerima.</translation>
    </message>
    <message>
        <source>The amount of a receipt must be more than zero.</source>
        <translation>Jumlah kuitansi harus lebih dari nol.</translation>
    </message>
    <message>
        <source>The receipt needs its purpose (Untuk pembayaran).</source>
        <translation>Kuitansi memerlukan keperluan (Untuk pembayaran).</translation>
    </message>
    <message>
        <source>The components add up to {sum}, not to the amount {amount}.</source>
        <translation>Jumlah rincian {sum}, tidak sama dengan jumlah {amount}.</translation>
    </message>
    <message>
        <source>Say why the receipt is cancelled (at least 5 characters).</source>
        <translation>Tuliskan alasan kuitansi dibatalkan (setidaknya 5 karakter).</translation>
    </message>
    <message>
        <source>The receipt was not found.</source>
        <translation>Kuitansi tidak ditemukan.</translation>
    </message>
    <message>
        <source>Receipt {number} is already cancelled.</source>
        <translation>Kuitansi {number} sudah dibatalkan.</translation>
    </message>
    <message>
        <source>The chosen signatory is not in the office profile.</source>
        <translation>Penandatangan yang dipilih tidak ada di profil kantor.</translation>
    </message>
    <message>
        <source>The file {path} is not a PNG or JPEG image.</source>
        <translation>Berkas {path} bukan gambar PNG atau JPEG.</translation>
    </message>
    <message>
        <source>Every field needs a name.</source>
        <translation>Setiap isian memerlukan nama.</translation>
    </message>
</context>
</TS>