<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>About</name>
    <message>
        <source>About Cabang</source>
        <translation>Tentang Cabang</translation>
    </message>
    <message>
        <source>The desk of a BPJS Ketenagakerjaan branch office.</source>
        <translation>Meja kerja kantor cabang BPJS Ketenagakerjaan.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>&amp;Office profile</source>
        <translation>Profil &amp;kantor</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Pen&amp;gguna</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Cadangan</translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation>&amp;Jejak audit</translation>
    </message>
    <message>
        <source>The office profile editor comes with the letters module.</source>
        <translation>Penyunting profil kantor tersedia bersama modul surat.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
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
        <source>From date</source>
        <translation>Dari tanggal</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Sampai tanggal</translation>
    </message>
    <message>
        <source>Search the summaries…</source>
        <translation>Cari di ringkasan…</translation>
    </message>
    <message>
        <source>Before and after</source>
        <translation>Sebelum dan sesudah</translation>
    </message>
    <message>
        <source>Select an event to see the record before and after.</source>
        <translation>Pilih sebuah kejadian untuk melihat data sebelum dan sesudahnya.</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Ekspor ke Excel…</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Periksa rantai</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Ekspor jejak audit</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported to %1.</source>
        <translation>
            <numerusform>%n kejadian diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the audit trail</source>
        <translation>Mengekspor jejak audit</translation>
    </message>
    <message>
        <source>Tampering detected: %1</source>
        <translation>Terdeteksi perubahan tidak sah: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) checked; the chain is intact.</source>
        <translation>
            <numerusform>%n kejadian diperiksa; rantainya utuh.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail</source>
        <translation>Memeriksa jejak audit</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>Backups are copies of the whole database, made with SQLite's online backup while the program runs: automatically at start, at exit and once a day, kept as the newest three, one a day for 7 days, one a week for 4 weeks and one a month for 12 months. Backups of an encrypted database are encrypted with the same passphrase. To restore one, close Cabang and run: cabang db restore FILE (the current state is kept first). For PostgreSQL use pg_dump on the server.</source>
        <translation>Cadangan adalah salinan seluruh basis data yang dibuat dengan pencadangan daring SQLite selagi program berjalan: otomatis saat mulai, saat keluar dan sekali sehari, disimpan tiga yang terbaru, satu per hari selama 7 hari, satu per minggu selama 4 minggu dan satu per bulan selama 12 bulan. Cadangan dari basis data terenkripsi ikut terenkripsi dengan frasa sandi yang sama. Untuk memulihkan, tutup Cabang lalu jalankan: cabang db restore BERKAS (keadaan saat ini disimpan lebih dulu). Untuk PostgreSQL gunakan pg_dump di server.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Periksa basis data</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Backups in %1</source>
        <translation>Cadangan di %1</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Cadangan disimpan: %1</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Mencadangkan basis data</translation>
    </message>
    <message numerus="yes">
        <source>The database is sound; %n audit event(s) checked, the chain is intact.</source>
        <translation>
            <numerusform>Basis data sehat; %n catatan audit diperiksa, rantainya utuh.</numerusform>
        </translation>
    </message>
    <message>
        <source>the schema needs an upgrade</source>
        <translation>skema perlu dimutakhirkan</translation>
    </message>
    <message>
        <source>Problems found: %1</source>
        <translation>Masalah ditemukan: %1</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Memeriksa basis data</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Demo office created in %1</source>
        <translation>Kantor demo dibuat di %1</translation>
    </message>
    <message>
        <source>Sign in as admin (or antony, diyah, rina, hendra…) with the password %1</source>
        <translation>Masuk sebagai admin (atau antony, diyah, rina, hendra…) dengan kata sandi %1</translation>
    </message>
    <message>
        <source>Demo office: every account's password is %1</source>
        <translation>Kantor demo: kata sandi setiap akun adalah %1</translation>
    </message>
    <message>
        <source>The database is at schema %1.</source>
        <translation>Basis data berada pada skema %1.</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Cadangan disimpan: %1</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 dipulihkan.</translation>
    </message>
    <message>
        <source>The previous state was kept in %1.</source>
        <translation>Keadaan sebelumnya disimpan di %1.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frasa sandi: </translation>
    </message>
    <message>
        <source>Passphrase again: </source>
        <translation>Ulangi frasa sandi: </translation>
    </message>
    <message>
        <source>Encrypted %1: %2 rows.</source>
        <translation>%1 dienkripsi: %2 baris.</translation>
    </message>
    <message>
        <source>%1 backups encrypted too.</source>
        <translation>%1 cadangan ikut dienkripsi.</translation>
    </message>
    <message>
        <source>Decrypted %1: %2 rows. Its backups stay encrypted with the same passphrase.</source>
        <translation>%1 didekripsi: %2 baris. Cadangannya tetap terenkripsi dengan frasa sandi yang sama.</translation>
    </message>
    <message>
        <source>%1 audit events checked.</source>
        <translation>%1 catatan audit diperiksa.</translation>
    </message>
    <message>
        <source>The chain is intact.</source>
        <translation>Rantainya utuh.</translation>
    </message>
    <message>
        <source>Tampering detected:</source>
        <translation>Terdeteksi perubahan tidak sah:</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objek</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Filter…</source>
        <translation>Saring…</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Saring tabel</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong that should not have. The details were written to the log; please send them to the administrator.</source>
        <translation>Terjadi kesalahan yang seharusnya tidak terjadi. Rinciannya dicatat di log; mohon kirimkan kepada administrator.</translation>
    </message>
    <message>
        <source>Cabang</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Salin rincian</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cabang — BPJS Ketenagakerjaan branch office</source>
        <translation>Cabang — Kantor Cabang BPJS Ketenagakerjaan</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Cabang</source>
        <translation>Cabang</translation>
    </message>
    <message>
        <source>Search… (Ctrl+K)</source>
        <translation>Cari… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Cari semua</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Cari semua…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Cabang</source>
        <translation>&amp;Tentang Cabang</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Pengguna: %1 (%2)</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Cadangan disimpan: %1</translation>
    </message>
    <message>
        <source>Backing up the database</source>
        <translation>Mencadangkan basis data</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>The branch at a glance: coverage against target, compliance cases, agreements expiring, scholarship proofs due and disbursements.</source>
        <translation>Ringkasan kantor cabang: cakupan terhadap target, kasus kepatuhan, PKS yang akan berakhir, bukti beasiswa yang jatuh tempo, dan pembayaran.</translation>
    </message>
    <message>
        <source>PLKK Partners</source>
        <translation>Mitra PLKK</translation>
    </message>
    <message>
        <source>Partner clinics and hospitals, their cooperation agreements (PKS), monitoring visits and socialisation events.</source>
        <translation>Klinik dan rumah sakit mitra, perjanjian kerja sama (PKS), kunjungan monev, dan kegiatan sosialisasi.</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Kepatuhan</translation>
    </message>
    <message>
        <source>Employers and compliance cases (PDS, PWBD, arrears) from the first visit through written warnings to the Kejaksaan.</source>
        <translation>Pemberi kerja dan kasus kepatuhan (PDS, PWBD, tunggakan) dari kunjungan pertama, teguran tertulis, hingga Kejaksaan.</translation>
    </message>
    <message>
        <source>Benefits &amp; Scholarships</source>
        <translation>Santunan &amp; Beasiswa</translation>
    </message>
    <message>
        <source>Death benefits (JKM, JKK) and scholarships: claims, heirs, approvals, disbursements and receipts.</source>
        <translation>Santunan kematian (JKM, JKK) dan beasiswa: klaim, ahli waris, persetujuan, pembayaran, dan kuitansi.</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Coverage of informal and vulnerable workers per kabupaten, their sponsors and the commitments made at coordination meetings.</source>
        <translation>Cakupan pekerja informal dan rentan per kabupaten, penyandang dananya, dan komitmen rapat koordinasi.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>The outgoing letter register, letter templates, receipts and their verification.</source>
        <translation>Agenda surat keluar, templat surat, kuitansi, dan verifikasinya.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Office profile, users, settings and backups.</source>
        <translation>Profil kantor, pengguna, pengaturan, dan cadangan.</translation>
    </message>
    <message>
        <source>This page is not built yet. It will hold:</source>
        <translation>Halaman ini belum dibuat. Isinya nanti:</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>Petugas</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>Petugas lapangan</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Head of branch</source>
        <translation>Kepala kantor cabang</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>NIK, KPJ, NPP, letter number or part of a name…</source>
        <translation>NIK, KPJ, NPP, nomor surat, atau sebagian nama…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Cari semua</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation>Ketik sedikitnya dua karakter.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Tidak ditemukan untuk “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the selected one.</source>
        <translation>
            <numerusform>%n hasil. Enter membuka yang dipilih.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchKind</name>
    <message>
        <source>Employer</source>
        <translation>Pemberi Kerja</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Death claim</source>
        <translation>Klaim kematian</translation>
    </message>
    <message>
        <source>Heir</source>
        <translation>Ahli waris</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Mitra PLKK</translation>
    </message>
    <message>
        <source>Sponsorship</source>
        <translation>Program sponsor</translation>
    </message>
    <message>
        <source>Perisai agent</source>
        <translation>Agen Perisai</translation>
    </message>
    <message>
        <source>Enrolled worker</source>
        <translation>Pekerja terdaftar</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Working days each written warning runs (PP 86/2013)</source>
        <translation>Hari kerja setiap teguran tertulis (PP 86/2013)</translation>
    </message>
    <message>
        <source>Print a meterai box on receipts above the threshold</source>
        <translation>Cetak kotak meterai pada kuitansi di atas batas</translation>
    </message>
    <message>
        <source>Meterai needed above this amount (sen; UU 10/2020: more than Rp5.000.000)</source>
        <translation>Meterai wajib di atas jumlah ini (sen; UU 10/2020: lebih dari Rp5.000.000)</translation>
    </message>
    <message>
        <source>Flag agreements ending within this many days</source>
        <translation>Tandai PKS yang berakhir dalam sekian hari</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation>Kunci layar setelah sekian menit tidak aktif</translation>
    </message>
    <message>
        <source>Minutes an account stays locked after 5 wrong passwords</source>
        <translation>Menit sebuah akun terkunci setelah 5 kali salah kata sandi</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>Rules</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <source>Office closed days (cuti bersama)</source>
        <translation>Hari libur kantor (cuti bersama)</translation>
    </message>
    <message>
        <source>Office closed days</source>
        <translation>Hari libur kantor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Cuti bersama</translation>
    </message>
    <message>
        <source>Name of the closed day</source>
        <translation>Nama hari libur</translation>
    </message>
    <message>
        <source>&amp;Add day</source>
        <translation>&amp;Tambah hari</translation>
    </message>
    <message>
        <source>Deadlines in working days skip Indonesia's public holidays and these days.</source>
        <translation>Tenggat dalam hari kerja melewati hari libur nasional dan hari-hari ini.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Bahasa program</translation>
    </message>
    <message>
        <source>Language (after a restart)</source>
        <translation>Bahasa (setelah dibuka ulang)</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Sedang bekerja</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>{path} already exists. Use --force to replace it with a new demo.</source>
        <translation>{path} sudah ada. Gunakan --force untuk menggantinya dengan demo baru.</translation>
    </message>
    <message>
        <source>Restore works on SQLite files; for PostgreSQL use pg_restore.</source>
        <translation>Pemulihan hanya untuk berkas SQLite; untuk PostgreSQL gunakan pg_restore.</translation>
    </message>
    <message>
        <source>Give the passphrase in the CABANG_DB_PASSPHRASE environment variable (no terminal to ask on).</source>
        <translation>Berikan frasa sandi dalam variabel lingkungan CABANG_DB_PASSPHRASE (tidak ada terminal untuk menanyakannya).</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Kedua frasa sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Encryption at rest is for SQLite files (laptops); a PostgreSQL server encrypts its disk itself.</source>
        <translation>Enkripsi data tersimpan untuk berkas SQLite (laptop); server PostgreSQL mengenkripsi disknya sendiri.</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write it like 27 Desember 2023 or 27/12/2023.</source>
        <translation>“{text}” bukan tanggal. Tulis seperti 27 Desember 2023 atau 27/12/2023.</translation>
    </message>
    <message>
        <source>“{text}” is not a real calendar date.</source>
        <translation>“{text}” bukan tanggal yang ada di kalender.</translation>
    </message>
    <message>
        <source>{field} cannot be in the future ({date}).</source>
        <translation>{field} tidak boleh di masa depan ({date}).</translation>
    </message>
    <message>
        <source>A NIK may contain only digits; “{char}” is not allowed.</source>
        <translation>NIK hanya boleh berisi angka; “{char}” tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>NIK must have 16 digits; {count} were entered.</source>
        <translation>NIK harus 16 digit; yang diisi {count} digit.</translation>
    </message>
    <message>
        <source>NIK positions 1–2 ({code}) are not a province code.</source>
        <translation>Digit 1–2 NIK ({code}) bukan kode provinsi.</translation>
    </message>
    <message>
        <source>NIK positions 3–4 (regency or city code) cannot be 00.</source>
        <translation>Digit 3–4 NIK (kode kabupaten/kota) tidak boleh 00.</translation>
    </message>
    <message>
        <source>NIK positions 5–6 (district code) cannot be 00.</source>
        <translation>Digit 5–6 NIK (kode kecamatan) tidak boleh 00.</translation>
    </message>
    <message>
        <source>NIK positions 7–8 (day of birth) must be 01–31, or 41–71 for women; it is {day}.</source>
        <translation>Digit 7–8 NIK (tanggal lahir) harus 01–31, atau 41–71 untuk perempuan; tertulis {day}.</translation>
    </message>
    <message>
        <source>NIK positions 9–10 (month of birth) must be 01–12; it is {month}.</source>
        <translation>Digit 9–10 NIK (bulan lahir) harus 01–12; tertulis {month}.</translation>
    </message>
    <message>
        <source>NIK positions 7–12 give {day:02d}-{month:02d}-{year}, which is not a real date.</source>
        <translation>Digit 7–12 NIK menghasilkan {day:02d}-{month:02d}-{year}, yang bukan tanggal yang ada.</translation>
    </message>
    <message>
        <source>NIK positions 13–16 (serial number) cannot be 0000.</source>
        <translation>Digit 13–16 NIK (nomor urut) tidak boleh 0000.</translation>
    </message>
    <message>
        <source>An NPWP may contain only digits; “{char}” is not allowed.</source>
        <translation>NPWP hanya boleh berisi angka; “{char}” tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>NPWP must have 15 digits (old format) or 16 digits; {count} were entered.</source>
        <translation>NPWP harus 15 digit (format lama) atau 16 digit; yang diisi {count} digit.</translation>
    </message>
    <message>
        <source>A KPJ number may contain only digits; “{char}” is not allowed.</source>
        <translation>Nomor KPJ hanya boleh berisi angka; “{char}” tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>KPJ number must have exactly 11 digits; {count} were entered.</source>
        <translation>Nomor KPJ harus tepat 11 digit; yang diisi {count} digit.</translation>
    </message>
    <message>
        <source>Enter the NPP (employer registration number).</source>
        <translation>Isi NPP (Nomor Pendaftaran Perusahaan).</translation>
    </message>
    <message>
        <source>NPP may contain only letters and digits; “{char}” is not allowed.</source>
        <translation>NPP hanya boleh berisi huruf dan angka; “{char}” tidak diperbolehkan.</translation>
    </message>
    <message>
        <source>NPP can have at most {max} characters; {count} were entered.</source>
        <translation>NPP paling banyak {max} karakter; yang diisi {count}.</translation>
    </message>
    <message>
        <source>Enter an amount, for example Rp1.500.000.</source>
        <translation>Isi jumlah uang, misalnya Rp1.500.000.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount in rupiah. Write it like Rp1.500.000 or 1500000,50: dots between thousands, a comma before the sen.</source>
        <translation>“{text}” bukan jumlah rupiah. Tulis seperti Rp1.500.000 atau 1500000,50: titik pemisah ribuan, koma sebelum sen.</translation>
    </message>
    <message>
        <source>An amount can have at most 2 digits after the comma (sen); “{text}” has {count}.</source>
        <translation>Jumlah uang paling banyak 2 digit setelah koma (sen); “{text}” memiliki {count}.</translation>
    </message>
    <message>
        <source>This record was changed on another workstation after you opened it. Reload it to see the current version; your changes were not saved.</source>
        <translation>Data ini telah diubah di komputer lain setelah Anda membukanya. Muat ulang untuk melihat versi terbaru; perubahan Anda belum disimpan.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: the disk is full. Free some space or choose another folder; the database itself was not changed.</source>
        <translation>Pencadangan ke {path} gagal: disk penuh. Kosongkan sebagian ruang atau pilih folder lain; basis datanya sendiri tidak diubah.</translation>
    </message>
    <message>
        <source>The backup to {path} failed: {detail}</source>
        <translation>Pencadangan ke {path} gagal: {detail}</translation>
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made on the server with pg_dump (see the README, section PostgreSQL).</source>
        <translation>Cadangan basis data PostgreSQL dibuat di server dengan pg_dump (lihat README, bagian PostgreSQL).</translation>
    </message>
    <message>
        <source>The disk holding the database {path} is full. Nothing of this change was saved; free some space (or ask the administrator) and try again.</source>
        <translation>Disk tempat basis data {path} penuh. Perubahan ini tidak disimpan sama sekali; kosongkan sebagian ruang (atau hubungi administrator) lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database {path} has become read-only. Nothing of this change was saved; what was saved before is intact. Ask the administrator for write access, then try again.</source>
        <translation>Basis data {path} kini hanya-baca. Perubahan ini tidak disimpan sama sekali; yang tersimpan sebelumnya tetap utuh. Mintalah akses tulis kepada administrator, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing the database {path}. Nothing of this change was saved; check the disk (or free some space) and try again.</source>
        <translation>Disk melaporkan kesalahan saat menulis basis data {path}. Perubahan ini tidak disimpan sama sekali; periksa disk (atau kosongkan sebagian ruang) lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {path} is damaged or is not a Cabang database. It was not changed. Restore a backup (cabang db restore) or choose another file.</source>
        <translation>Berkas {path} rusak atau bukan basis data Cabang. Berkas itu tidak diubah. Pulihkan dari cadangan (cabang db restore) atau pilih berkas lain.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {detail}</source>
        <translation>Basis data {path} tidak dapat dibuka: {detail}</translation>
    </message>
    <message>
        <source>The PostgreSQL server at {server} cannot be reached ({detail}). Check that the server is running and that this workstation is on the office network, then try again.</source>
        <translation>Server PostgreSQL di {server} tidak dapat dihubungi ({detail}). Pastikan server berjalan dan komputer ini tersambung ke jaringan kantor, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>Berkas basis data {path} tidak ada.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation>Folder {path} tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} adalah folder, bukan berkas basis data.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {detail}</source>
        <translation>Berkas basis data {path} tidak dapat dibaca: {detail}</translation>
    </message>
    <message>
        <source>The database file {path} is read-only (or its folder is). Cabang needs to write to it: copy it to a folder you can write to, or ask the administrator for access.</source>
        <translation>Berkas basis data {path} hanya-baca (atau foldernya). Cabang perlu menulis ke berkas itu: salin ke folder yang dapat ditulisi, atau minta akses kepada administrator.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Cabang (schema {revision}). It was not opened and nothing was changed. Install the newer version to use it.</source>
        <translation>Basis data ini dibuat oleh versi Cabang yang lebih baru (skema {revision}). Basis data tidak dibuka dan tidak ada yang diubah. Pasang versi yang lebih baru untuk menggunakannya.</translation>
    </message>
    <message>
        <source>The database needs an upgrade first: run cabang db upgrade.</source>
        <translation>Basis data perlu dimutakhirkan dahulu: jalankan cabang db upgrade.</translation>
    </message>
    <message>
        <source>There is no active user named {username}.</source>
        <translation>Tidak ada pengguna aktif bernama {username}.</translation>
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation>Berkas cadangan {path} tidak ada.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and was not restored: {detail}</source>
        <translation>Cadangan {path} rusak dan tidak dipulihkan: {detail}</translation>
    </message>
    <message>
        <source>{path} is not a backup of a Cabang database; nothing was restored.</source>
        <translation>{path} bukan cadangan basis data Cabang; tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of Cabang (schema {revision}); nothing was restored.</source>
        <translation>Cadangan {path} dibuat oleh versi Cabang yang lebih baru (skema {revision}); tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The restore failed: {detail}</source>
        <translation>Pemulihan gagal: {detail}</translation>
    </message>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation>Peran Anda ({role}) tidak boleh melakukan ini: {permission}.</translation>
    </message>
    <message>
        <source>The record was not found; it may have been deleted ({what}).</source>
        <translation>Data tidak ditemukan; mungkin sudah dihapus ({what}).</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Nama kantor wajib diisi.</translation>
    </message>
    <message>
        <source>The office code must be 2 to 20 letters or digits.</source>
        <translation>Kode kantor harus 2 sampai 20 huruf atau angka.</translation>
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
        <source>The time zone must be WIB, WITA or WIT.</source>
        <translation>Zona waktu harus WIB, WITA, atau WIT.</translation>
    </message>
    <message>
        <source>Every signatory needs a name and a position.</source>
        <translation>Setiap penanda tangan harus memiliki nama dan jabatan.</translation>
    </message>
    <message>
        <source>At least one active signatory must sign in their own right (not a.n.).</source>
        <translation>Sedikitnya satu penanda tangan aktif harus menandatangani atas namanya sendiri (bukan a.n.).</translation>
    </message>
    <message>
        <source>The office profile already exists; reload it.</source>
        <translation>Profil kantor sudah ada; muat ulang.</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>Pengaturan {key} tidak dikenal.</translation>
    </message>
    <message>
        <source>The value for {key} has the wrong type.</source>
        <translation>Nilai untuk {key} berjenis salah.</translation>
    </message>
    <message>
        <source>The value for {key} must be between {low} and {high}.</source>
        <translation>Nilai untuk {key} harus antara {low} dan {high}.</translation>
    </message>
    <message>
        <source>{day} is already in the list.</source>
        <translation>{day} sudah ada dalam daftar.</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 small letters, digits, dots or dashes, starting with a letter.</source>
        <translation>Nama pengguna terdiri atas 2 sampai 32 huruf kecil, angka, titik, atau tanda hubung, diawali huruf.</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>Peran {role} tidak dikenal.</translation>
    </message>
    <message>
        <source>You cannot switch off your own account or change your own role.</source>
        <translation>Anda tidak dapat menonaktifkan akun sendiri atau mengubah peran sendiri.</translation>
    </message>
    <message>
        <source>This account is locked after {attempts} wrong passwords until {time}. Wait, or ask an administrator to unlock it.</source>
        <translation>Akun ini terkunci setelah {attempts} kali salah kata sandi sampai pukul {time}. Tunggu, atau minta administrator membukanya.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Nama lengkap wajib diisi.</translation>
    </message>
    <message>
        <source>An administrator already exists; sign in instead.</source>
        <translation>Administrator sudah ada; silakan masuk.</translation>
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation>Nama pengguna {username} sudah dipakai.</translation>
    </message>
    <message>
        <source>This account has no password yet. Ask an administrator to set one.</source>
        <translation>Akun ini belum memiliki kata sandi. Minta administrator menyetelnya.</translation>
    </message>
    <message>
        <source>This account is switched off. Ask an administrator if you need it again.</source>
        <translation>Akun ini dinonaktifkan. Hubungi administrator jika Anda memerlukannya lagi.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata sandi sekarang salah.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Kata sandi baru harus berbeda dari yang sekarang.</translation>
    </message>
    <message>
        <source>There is no user named {username}.</source>
        <translation>Tidak ada pengguna bernama {username}.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {minimum} characters.</source>
        <translation>Frasa sandi perlu paling sedikit {minimum} karakter.</translation>
    </message>
    <message>
        <source>The passphrase does not open {path} (or the file is damaged).</source>
        <translation>Frasa sandi tidak dapat membuka {path} (atau berkasnya rusak).</translation>
    </message>
    <message>
        <source>The database {path} is encrypted. Give its passphrase (in scripts: the CABANG_DB_PASSPHRASE environment variable).</source>
        <translation>Basis data {path} terenkripsi. Berikan frasa sandinya (dalam skrip: variabel lingkungan CABANG_DB_PASSPHRASE).</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>switched off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>terkunci sampai %1</translation>
    </message>
    <message>
        <source>no password yet</source>
        <translation>belum ada kata sandi</translation>
    </message>
    <message>
        <source>can sign in</source>
        <translation>dapat masuk</translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation>Setel kata &amp;sandi baru…</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>Buka &amp;kunci</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>Kata sandi awal</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Buat pengguna</translation>
    </message>
    <message>
        <source>Switch o&amp;n</source>
        <translation>&amp;Aktifkan</translation>
    </message>
</context>
</TS>