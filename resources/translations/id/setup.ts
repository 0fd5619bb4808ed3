<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>AdminPage</name>
    <message>
        <source>The administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The administrator creates the other users and sets their roles.</source>
        <translation>Administrator membuat akun pengguna lain dan menetapkan perannya.</translation>
    </message>
    <message>
        <source>Choose a password of at least ten characters (a short sentence is easy to remember) and keep it safe: without it nobody can add users.</source>
        <translation>Pilih kata sandi paling sedikit sepuluh karakter (kalimat pendek mudah diingat) dan simpan baik-baik: tanpa kata sandi ini tidak ada yang dapat menambah pengguna.</translation>
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
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Kata sandi sekali lagi</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata &amp;sandi:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Cabang</source>
        <translation>Menyiapkan Cabang</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Single workstation</source>
        <translation>Satu komputer kerja</translation>
    </message>
    <message>
        <source>Office workstation</source>
        <translation>Komputer kerja kantor</translation>
    </message>
    <message>
        <source>Field laptop</source>
        <translation>Laptop lapangan</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>Kantor demo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Cara kerja</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Yang dilakukan</translation>
    </message>
    <message>
        <source>The demo office is created (this takes a minute) and opened as its administrator.</source>
        <translation>Kantor demo dibuat (memerlukan sekitar satu menit) lalu dibuka sebagai administratornya.</translation>
    </message>
    <message>
        <source>Signing in later</source>
        <translation>Masuk berikutnya</translation>
    </message>
    <message>
        <source>Every demo account (admin, antony, diyah, rina, hendra…) has the password %1.</source>
        <translation>Setiap akun demo (admin, antony, diyah, rina, hendra…) memakai kata sandi %1.</translation>
    </message>
    <message>
        <source>A new database is created.</source>
        <translation>Basis data baru dibuat.</translation>
    </message>
    <message>
        <source>The existing database is used.</source>
        <translation>Basis data yang sudah ada dipakai.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Set it up later in Admin, when the laptop is on the office network.</source>
        <translation>Disiapkan nanti di Admin, saat laptop tersambung ke jaringan kantor.</translation>
    </message>
    <message>
        <source>The set-up failed; nothing was kept. The details are in the log.</source>
        <translation>Penyiapan gagal; tidak ada yang disimpan. Rinciannya tercatat di log.</translation>
    </message>
</context>
<context>
    <name>FolderPage</name>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>The database, its backups, the log and the documents Cabang makes are kept in this folder. Uninstalling Cabang never deletes it.</source>
        <translation>Basis data, cadangannya, log, dan dokumen yang dibuat Cabang disimpan di folder ini. Menghapus instalasi Cabang tidak pernah menghapusnya.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>The suggested folder is in your own profile. Choose another one (for example on drive D:) if the office keeps its data there.</source>
        <translation>Folder yang disarankan berada di profil Anda sendiri. Pilih folder lain (misalnya di drive D:) bila kantor menyimpan datanya di sana.</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Pilih folder data</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Pilih sebuah folder.</translation>
    </message>
    <message>
        <source>The demo office will be written to %1 (a previous demo there is replaced).</source>
        <translation>Kantor demo akan ditulis ke %1 (demo sebelumnya di sana diganti).</translation>
    </message>
    <message>
        <source>This folder already holds a Cabang database (%1): it will be used, and only what it lacks is asked for on the next pages.</source>
        <translation>Folder ini sudah berisi basis data Cabang (%1): basis data itu akan dipakai, dan halaman berikutnya hanya menanyakan apa yang belum ada.</translation>
    </message>
    <message>
        <source>A new database will be created: %1</source>
        <translation>Basis data baru akan dibuat: %1</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Welcome to Cabang</source>
        <translation>Selamat datang di Cabang</translation>
    </message>
    <message>
        <source>How will this computer work with Cabang? You can open the demo office first to look around.</source>
        <translation>Bagaimana komputer ini akan bekerja dengan Cabang? Anda dapat membuka kantor demo lebih dulu untuk melihat-lihat.</translation>
    </message>
    <message>
        <source>&amp;Single workstation</source>
        <translation>&amp;Satu komputer kerja</translation>
    </message>
    <message>
        <source>The data stays on this computer (SQLite). For an office with one workstation.</source>
        <translation>Data tersimpan di komputer ini (SQLite). Untuk kantor dengan satu komputer kerja.</translation>
    </message>
    <message>
        <source>&amp;Office workstation on the PostgreSQL server</source>
        <translation>Komputer kerja kantor dengan server &amp;PostgreSQL</translation>
    </message>
    <message>
        <source>Several workstations share the office database on a server. Set up the first workstation, then connect the others to the same database.</source>
        <translation>Beberapa komputer kerja memakai bersama basis data kantor di server. Siapkan komputer pertama, lalu sambungkan komputer lain ke basis data yang sama.</translation>
    </message>
    <message>
        <source>&amp;Field laptop</source>
        <translation>&amp;Laptop lapangan</translation>
    </message>
    <message>
        <source>A field officer's laptop with its own copy of the data (SQLite), used offline for days. Synchronisation with the office is set up later, in Admin.</source>
        <translation>Laptop petugas lapangan dengan salinan datanya sendiri (SQLite), dipakai tanpa jaringan selama berhari-hari. Sinkronisasi dengan kantor disiapkan nanti, di Admin.</translation>
    </message>
    <message>
        <source>Open the &amp;demo office</source>
        <translation>Buka kantor &amp;demo</translation>
    </message>
    <message>
        <source>A fictional Purwokerto branch office with realistic data, to try everything out. Nothing in it is real.</source>
        <translation>Kantor Cabang Purwokerto rekaan dengan data yang realistis, untuk mencoba semuanya. Tidak ada isinya yang nyata.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>The office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>The office heads every letter and receipt.</source>
        <translation>Kantor menjadi kop setiap surat dan kuitansi.</translation>
    </message>
    <message>
        <source>Admin → Office profile holds the rest (telephone, logo, more signatories) and can change all of this later.</source>
        <translation>Admin → Profil kantor memuat selebihnya (telepon, logo, penanda tangan lain) dan dapat mengubah semua ini nanti.</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>Kode kantor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Signatory's name</source>
        <translation>Nama penanda tangan</translation>
    </message>
    <message>
        <source>Signatory's position</source>
        <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
        <source>Signatory's employee number (NPP)</source>
        <translation>Nomor pokok pegawai (NPP) penanda tangan</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>&amp;Nama kantor:</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>&amp;Kode kantor:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ala&amp;mat:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Ko&amp;ta:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>Penanda tan&amp;gan:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>NP&amp;P:</source>
        <translation>N&amp;PP:</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Office database server</source>
        <translation>Server basis data kantor</translation>
    </message>
    <message>
        <source>The administrator of the server gives these details. Test the connection before going on.</source>
        <translation>Administrator server memberikan rincian ini. Uji koneksinya sebelum melanjutkan.</translation>
    </message>
    <message>
        <source>server name or address, e.g. 192.168.1.10</source>
        <translation>nama atau alamat server, mis. 192.168.1.10</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nama pengguna di server</translation>
    </message>
    <message>
        <source>Password on the server</source>
        <translation>Kata sandi di server</translation>
    </message>
    <message>
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Ingat kata sandi di komputer ini</translation>
    </message>
    <message>
        <source>In PostgreSQL's own password file of your Windows account, never in Cabang's settings. Without it, the next start cannot log in to the server.</source>
        <translation>Di berkas kata sandi PostgreSQL milik akun Windows Anda, tidak pernah di pengaturan Cabang. Tanpa ini, pembukaan berikutnya tidak dapat masuk ke server.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Hasil uji koneksi</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nama &amp;pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Kata sa&amp;ndi:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungi %1…</translation>
    </message>
    <message>
        <source>Connected to the database of %1 on %2 (%3 users). This workstation will use it; everyone signs in with their own account.</source>
        <translation>Tersambung ke basis data %1 di %2 (%3 pengguna). Komputer ini akan memakainya; setiap orang masuk dengan akunnya sendiri.</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: Cabang will create its tables, and the next pages set up the office and its administrator.</source>
        <translation>Tersambung ke %1. Basis data masih kosong: Cabang akan membuat tabelnya, dan halaman berikutnya menyiapkan kantor serta administratornya.</translation>
    </message>
    <message>
        <source>Connected to %1. The database is not set up completely; the next pages ask for what it lacks.</source>
        <translation>Tersambung ke %1. Basis data belum disiapkan sepenuhnya; halaman berikutnya menanyakan apa yang belum ada.</translation>
    </message>
    <message>
        <source>Its tables will be brought up to date (schema %1 to %2).</source>
        <translation>Tabelnya akan diperbarui (skema %1 ke %2).</translation>
    </message>
    <message>
        <source>The connection test failed unexpectedly.</source>
        <translation>Uji koneksi gagal secara tak terduga.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Preparing the database</source>
        <translation>Menyiapkan basis data</translation>
    </message>
    <message>
        <source>Creating the administrator</source>
        <translation>Membuat akun administrator</translation>
    </message>
    <message>
        <source>Saving the office profile</source>
        <translation>Menyimpan profil kantor</translation>
    </message>
    <message>
        <source>Remembering the choice for this computer</source>
        <translation>Menyimpan pilihan untuk komputer ini</translation>
    </message>
    <message>
        <source>Creating the demo office</source>
        <translation>Membuat kantor demo</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Check the choices below, then press Finish.</source>
        <translation>Periksa pilihan di bawah, lalu tekan Selesai.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>Choose a folder for the data.</source>
        <translation>Pilih folder untuk data.</translation>
    </message>
    <message>
        <source>Give the full path of the folder, for example {example}.</source>
        <translation>Tuliskan jalur lengkap folder, misalnya {example}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder.</source>
        <translation>{path} adalah berkas, bukan folder.</translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation>Folder {path} tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>The server, the database and the user name are required.</source>
        <translation>Server, basis data dan nama pengguna wajib diisi.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>Port harus berupa angka dari 1 sampai 65535.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Cabang (schema {revision}). Install the newer version on this workstation to use it.</source>
        <translation>Basis data ini dibuat oleh versi Cabang yang lebih baru (skema {revision}). Pasang versi yang lebih baru di komputer ini untuk memakainya.</translation>
    </message>
    <message>
        <source>The office name is required.</source>
        <translation>Nama kantor wajib diisi.</translation>
    </message>
    <message>
        <source>The office code is required (for example PWT).</source>
        <translation>Kode kantor wajib diisi (misalnya PWT).</translation>
    </message>
    <message>
        <source>The office code must be 2 to 20 letters or digits.</source>
        <translation>Kode kantor harus 2 sampai 20 huruf atau angka.</translation>
    </message>
    <message>
        <source>Give the signatory's name and position together (or leave both empty).</source>
        <translation>Isi nama dan jabatan penanda tangan bersama-sama (atau kosongkan keduanya).</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Nama lengkap wajib diisi.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
</TS>