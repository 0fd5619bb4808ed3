<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Columns</name>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Di kantor</translation>
    </message>
    <message>
        <source>From the laptop</source>
        <translation>Dari laptop</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Working set</source>
        <translation>Cakupan data</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Sinkron terakhir</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>Filter conflicts…</source>
        <translation>Saring konflik…</translation>
    </message>
    <message>
        <source>No conflicts. When the office and a laptop change the same value before they sync, it waits here for a supervisor to decide.</source>
        <translation>Tidak ada konflik. Bila kantor dan laptop mengubah nilai yang sama sebelum sinkron, nilai itu menunggu di sini sampai supervisor memutuskan.</translation>
    </message>
    <message>
        <source>Show &amp;settled conflicts</source>
        <translation>Tampilkan konflik yang &amp;sudah diputuskan</translation>
    </message>
    <message>
        <source>Both values</source>
        <translation>Kedua nilai</translation>
    </message>
    <message>
        <source>The office's value</source>
        <translation>Nilai kantor</translation>
    </message>
    <message>
        <source>The laptop's value</source>
        <translation>Nilai laptop</translation>
    </message>
    <message>
        <source>At the office (kept for now)</source>
        <translation>Di kantor (dipakai sementara)</translation>
    </message>
    <message>
        <source>From the laptop</source>
        <translation>Dari laptop</translation>
    </message>
    <message>
        <source>Keep the &amp;office's value</source>
        <translation>Pakai nilai &amp;kantor</translation>
    </message>
    <message>
        <source>Take the &amp;laptop's value</source>
        <translation>Pakai nilai &amp;laptop</translation>
    </message>
    <message>
        <source>&amp;Type the right value…</source>
        <translation>&amp;Ketik nilai yang benar…</translation>
    </message>
    <message>
        <source>Only a supervisor settles conflicts; you can see them here.</source>
        <translation>Hanya supervisor yang memutuskan konflik; Anda dapat melihatnya di sini.</translation>
    </message>
    <message>
        <source>deleted / kept</source>
        <translation>dihapus / dipertahankan</translation>
    </message>
    <message>
        <source>whole record</source>
        <translation>seluruh data</translation>
    </message>
    <message>
        <source>office's</source>
        <translation>nilai kantor</translation>
    </message>
    <message>
        <source>laptop's</source>
        <translation>nilai laptop</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>diketik</translation>
    </message>
    <message>
        <source>Choose a conflict in the list.</source>
        <translation>Pilih konflik dalam daftar.</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Diubah di kedua sisi</translation>
    </message>
    <message>
        <source>Deleted on one side, changed on the other</source>
        <translation>Dihapus di satu sisi, diubah di sisi lain</translation>
    </message>
    <message>
        <source>The same key or number on two records</source>
        <translation>Kunci atau nomor yang sama pada dua data</translation>
    </message>
    <message>
        <source>Before either change: %1</source>
        <translation>Sebelum kedua perubahan: %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(dihapus permanen)</translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation>Ketik nilai yang benar</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Office database connection</source>
        <translation>Koneksi basis data kantor</translation>
    </message>
    <message>
        <source>Office server for sync</source>
        <translation>Server kantor untuk sinkron</translation>
    </message>
    <message>
        <source>The office's workstations share one PostgreSQL database on the office server. Ask the administrator for these details (see the README, "Office server").</source>
        <translation>Komputer-komputer kantor memakai satu basis data PostgreSQL di server kantor. Mintalah rincian ini kepada administrator (lihat README, "Office server").</translation>
    </message>
    <message>
        <source>When this laptop is on the office network it syncs directly with the office database.</source>
        <translation>Saat laptop ini tersambung ke jaringan kantor, laptop sinkron langsung dengan basis data kantor.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. server-kc or 192.168.1.10</source>
        <translation>mis. server-kc atau 192.168.1.10</translation>
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
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Remember the password for my account (PostgreSQL password file)</source>
        <translation>&amp;Ingat kata sandi untuk akun saya (berkas kata sandi PostgreSQL)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>&amp;Basis data:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>Use this computer's &amp;own database</source>
        <translation>Pakai basis data &amp;komputer ini sendiri</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Menghubungi %1…</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Menguji koneksi</translation>
    </message>
    <message>
        <source>Saved. Cabang uses the office database from its next start: close and open it again.</source>
        <translation>Tersimpan. Cabang memakai basis data kantor mulai dibuka berikutnya: tutup lalu buka kembali.</translation>
    </message>
    <message>
        <source>Cabang uses this computer's own database from its next start.</source>
        <translation>Cabang memakai basis data komputer ini sendiri mulai dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Compliance</source>
        <translation>Kepatuhan</translation>
    </message>
    <message>
        <source>PLKK Partners</source>
        <translation>Mitra PLKK</translation>
    </message>
    <message>
        <source>Benefits &amp; Scholarships</source>
        <translation>Santunan &amp; Beasiswa</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>Stale</name>
    <message>
        <source>Changed on another workstation</source>
        <translation>Diubah di komputer lain</translation>
    </message>
    <message>
        <source>Reload shows the record as it is now; then make your change again.</source>
        <translation>Muat ulang menampilkan data seperti sekarang; lalu lakukan perubahan Anda sekali lagi.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Sinkronkan…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflik…</translation>
    </message>
    <message>
        <source>Office &amp;database connection…</source>
        <translation>Koneksi &amp;basis data kantor…</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Cabang sync bundles (*.cabang-sync);;All files (*)</source>
        <translation>Bundel sinkron Cabang (*.cabang-sync);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkron</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Ekspor bundel…</translation>
    </message>
    <message>
        <source>&amp;Apply reply…</source>
        <translation>&amp;Terapkan balasan…</translation>
    </message>
    <message>
        <source>Office database:</source>
        <translation>Basis data kantor:</translation>
    </message>
    <message>
        <source>On the office network: Sync now. Elsewhere: export a bundle, take it to the office (Sync → Import bundle there), and apply the reply it gives you.</source>
        <translation>Di jaringan kantor: Sinkronkan sekarang. Di tempat lain: ekspor bundel, bawa ke kantor (di sana: Sinkron → Impor bundel), lalu terapkan balasan yang diberikan.</translation>
    </message>
    <message>
        <source>Field laptops</source>
        <translation>Laptop lapangan</translation>
    </message>
    <message>
        <source>No laptop is registered yet. A laptop registers itself when it checks out its working set (cabang sync checkout), or use Register laptop…</source>
        <translation>Belum ada laptop terdaftar. Laptop terdaftar sendiri saat mengambil cakupan datanya (cabang sync checkout), atau pakai Daftarkan laptop…</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Impor bundel…</translation>
    </message>
    <message>
        <source>&amp;Register laptop…</source>
        <translation>&amp;Daftarkan laptop…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflik…</translation>
    </message>
    <message>
        <source>Close the &amp;year's numbers…</source>
        <translation>Tutup nomor &amp;tahun…</translation>
    </message>
    <message>
        <source>Register as cancelled the numbers reserved for laptops that they did not use in a year that has ended, so that the register has no gaps.</source>
        <translation>Catat sebagai batal nomor yang dicadangkan untuk laptop tetapi tidak terpakai pada tahun yang sudah berakhir, agar agenda tidak berlubang.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>not set: choose Change…</source>
        <translation>belum diatur: pilih Ubah…</translation>
    </message>
    <message>
        <source>Syncing with the office database</source>
        <translation>Menyinkronkan dengan basis data kantor</translation>
    </message>
    <message>
        <source>Synced: %1 sent, %2 received.</source>
        <translation>Tersinkron: %1 dikirim, %2 diterima.</translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) wait for a supervisor at the office.</source>
        <translation>
            <numerusform>%n konflik baru menunggu supervisor di kantor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Ekspor bundel</translation>
    </message>
    <message>
        <source>Writing the bundle</source>
        <translation>Menulis bundel</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1. Take the file to the office.</source>
        <translation>
            <numerusform>%n perubahan ditulis ke %1. Bawa berkas itu ke kantor.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is encrypted.</source>
        <translation>Berkas itu terenkripsi.</translation>
    </message>
    <message>
        <source>Apply reply</source>
        <translation>Terapkan balasan</translation>
    </message>
    <message>
        <source>Applying the office's reply</source>
        <translation>Menerapkan balasan kantor</translation>
    </message>
    <message>
        <source>This reply was applied before; nothing changed.</source>
        <translation>Balasan ini sudah pernah diterapkan; tidak ada yang berubah.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the office applied.</source>
        <translation>
            <numerusform>%n data dari kantor diterapkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import bundle</source>
        <translation>Impor bundel</translation>
    </message>
    <message>
        <source>Save the reply for the laptop</source>
        <translation>Simpan balasan untuk laptop</translation>
    </message>
    <message>
        <source>Importing the laptop's bundle</source>
        <translation>Mengimpor bundel laptop</translation>
    </message>
    <message>
        <source>This bundle was imported before; nothing was applied again.</source>
        <translation>Bundel ini sudah pernah diimpor; tidak ada yang diterapkan lagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) imported.</source>
        <translation>
            <numerusform>%n perubahan diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) to settle.</source>
        <translation>
            <numerusform>%n konflik baru perlu diputuskan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply for the laptop: %1</source>
        <translation>Balasan untuk laptop: %1</translation>
    </message>
    <message>
        <source>Register laptop</source>
        <translation>Daftarkan laptop</translation>
    </message>
    <message>
        <source>The laptop's device id:</source>
        <translation>ID perangkat laptop:</translation>
    </message>
    <message>
        <source>Laptop %1 is registered. Its key (copied to the clipboard): %2</source>
        <translation>Laptop %1 terdaftar. Kuncinya (sudah disalin ke papan klip): %2</translation>
    </message>
    <message>
        <source>Close the year's numbers</source>
        <translation>Tutup nomor tahun</translation>
    </message>
    <message>
        <source>Register the unused reserved numbers of this year as cancelled:</source>
        <translation>Catat nomor cadangan yang tidak terpakai pada tahun ini sebagai batal:</translation>
    </message>
    <message>
        <source>Closing the numbers of %1</source>
        <translation>Menutup nomor tahun %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unused number(s) registered as cancelled.</source>
        <translation><numerusform>%n nomor yang tidak terpakai dicatat sebagai batal.</numerusform></translation>
    </message>
    <message>
        <source>Not yet synced since the year ended (done at their next sync): %1</source>
        <translation>Belum sinkron sejak tahun berakhir (diselesaikan pada sinkron berikutnya): %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Dibatalkan. Tidak ada yang berubah.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Sinkron terakhir: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n perubahan belum dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Field laptop %1, working set %2. Sync… (Ctrl+Shift+S) sends and receives.</source>
        <translation>Laptop lapangan %1, cakupan data %2. Sinkronkan… (Ctrl+Shift+S) mengirim dan menerima.</translation>
    </message>
    <message>
        <source>Office database</source>
        <translation>Basis data kantor</translation>
    </message>
    <message numerus="yes">
        <source>%n laptop(s)</source>
        <translation>
            <numerusform>%n laptop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n konflik menunggu keputusan</numerusform>
        </translation>
    </message>
    <message>
        <source>Laptops sync with this database. Conflicts… (Ctrl+Shift+K) lists what waits for a supervisor.</source>
        <translation>Laptop sinkron dengan basis data ini. Konflik… (Ctrl+Shift+K) mendaftar yang menunggu supervisor.</translation>
    </message>
    <message>
        <source>Sync: not set up (single workstation)</source>
        <translation>Sinkron: belum diatur (satu komputer)</translation>
    </message>
    <message>
        <source>This computer works with its own database. File → Office database connection… joins the office server.</source>
        <translation>Komputer ini bekerja dengan basis datanya sendiri. Berkas → Koneksi basis data kantor… untuk bergabung dengan server kantor.</translation>
    </message>
    <message>
        <source>Sync: state unknown</source>
        <translation>Sinkron: keadaan tidak diketahui</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>A device id has 1 to 32 characters.</source>
        <translation>ID perangkat terdiri atas 1 sampai 32 karakter.</translation>
    </message>
    <message>
        <source>There is no laptop {device}.</source>
        <translation>Tidak ada laptop {device}.</translation>
    </message>
    <message>
        <source>The laptop {device} is not registered at this office (or was withdrawn). Register it first: cabang sync register-laptop --device {device}.</source>
        <translation>Laptop {device} tidak terdaftar di kantor ini (atau sudah dicabut). Daftarkan dulu: cabang sync register-laptop --device {device}.</translation>
    </message>
    <message>
        <source>This laptop does not know where the office database is. Set the office server in Sync.</source>
        <translation>Laptop ini belum tahu letak basis data kantor. Atur server kantor di Sinkron.</translation>
    </message>
    <message>
        <source>A laptop key is 64 hexadecimal characters.</source>
        <translation>Kunci laptop terdiri atas 64 karakter heksadesimal.</translation>
    </message>
    <message>
        <source>{path} is a reply for another laptop or from another office. Nothing was changed.</source>
        <translation>{path} adalah balasan untuk laptop lain atau dari kantor lain. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>{path} answers a bundle this laptop did not export. Nothing was changed.</source>
        <translation>{path} menjawab bundel yang tidak diekspor oleh laptop ini. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>This database was not checked out from an office database, so it has nothing to sync with.</source>
        <translation>Basis data ini tidak diambil dari basis data kantor, jadi tidak ada yang perlu disinkronkan.</translation>
    </message>
    <message>
        <source>{path} is not a Cabang sync bundle, or it is damaged. Nothing was changed.</source>
        <translation>{path} bukan bundel sinkron Cabang, atau berkasnya rusak. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>{path} was made by another version of Cabang. Update both sides, then export it again.</source>
        <translation>{path} dibuat oleh versi Cabang yang lain. Perbarui kedua sisi, lalu ekspor ulang.</translation>
    </message>
    <message>
        <source>The signature of {path} does not match the key of laptop {device}: the file was changed after it was made, or it comes from another laptop. Nothing was changed.</source>
        <translation>Tanda tangan {path} tidak cocok dengan kunci laptop {device}: berkas diubah setelah dibuat, atau berasal dari laptop lain. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>{path} is a {found} bundle; this needs a {wanted} bundle.</source>
        <translation>{path} adalah bundel {found}; yang diperlukan bundel {wanted}.</translation>
    </message>
    <message>
        <source>Choose the working set as kabupaten=NAME or officer=USERNAME (not "{text}").</source>
        <translation>Pilih cakupan data sebagai kabupaten=NAMA atau officer=NAMA_PENGGUNA (bukan "{text}").</translation>
    </message>
    <message>
        <source>"{value}" is not a valid value for {field}.</source>
        <translation>"{value}" bukan nilai yang sah untuk {field}.</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field} tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The conflict was not found.</source>
        <translation>Konflik tidak ditemukan.</translation>
    </message>
    <message>
        <source>This conflict was settled already (by {user}).</source>
        <translation>Konflik ini sudah diputuskan (oleh {user}).</translation>
    </message>
    <message>
        <source>Choose the office's value, the laptop's, or type one.</source>
        <translation>Pilih nilai kantor, nilai laptop, atau ketik sendiri.</translation>
    </message>
    <message>
        <source>The table {table} is no longer synced.</source>
        <translation>Tabel {table} tidak lagi disinkronkan.</translation>
    </message>
    <message>
        <source>This record clashed with one at the office (same number or key); only the office's can stay. Its data remains here in the conflict.</source>
        <translation>Data ini bentrok dengan data di kantor (nomor atau kunci yang sama); hanya data kantor yang dapat dipertahankan. Isinya tetap tersimpan di konflik ini.</translation>
    </message>
    <message>
        <source>The record was removed at the office; nothing to change.</source>
        <translation>Data sudah dihapus permanen di kantor; tidak ada yang perlu diubah.</translation>
    </message>
    <message>
        <source>The server name or address is required.</source>
        <translation>Nama atau alamat server wajib diisi.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>Port berupa angka 1 sampai 65535 (biasanya 5432).</translation>
    </message>
    <message>
        <source>The database name is required (for example cabang).</source>
        <translation>Nama basis data wajib diisi (misalnya cabang).</translation>
    </message>
    <message>
        <source>The user name is required.</source>
        <translation>Nama pengguna wajib diisi.</translation>
    </message>
    <message>
        <source>The office database was made by a newer version of Cabang. Install that version here first.</source>
        <translation>Basis data kantor dibuat oleh versi Cabang yang lebih baru. Pasang versi itu di sini lebih dulu.</translation>
    </message>
    <message>
        <source>Connected. The database is empty: Cabang will set it up when it starts (or run cabang db upgrade).</source>
        <translation>Terhubung. Basis data masih kosong: Cabang menyiapkannya saat dibuka (atau jalankan cabang db upgrade).</translation>
    </message>
    <message>
        <source>Connected. The database needs an upgrade: Cabang backs it up and upgrades it when it starts (or run cabang db upgrade).</source>
        <translation>Terhubung. Basis data perlu ditingkatkan: Cabang mencadangkan dan meningkatkannya saat dibuka (atau jalankan cabang db upgrade).</translation>
    </message>
    <message>
        <source>Connected. The office database is ready.</source>
        <translation>Terhubung. Basis data kantor siap dipakai.</translation>
    </message>
    <message>
        <source>This laptop was checked out from another office database. Nothing was changed.</source>
        <translation>Laptop ini diambil dari basis data kantor yang lain. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The laptop (schema {laptop}) and the office (schema {office}) run different versions of Cabang. Update both to the same version, then sync.</source>
        <translation>Laptop (skema {laptop}) dan kantor (skema {office}) memakai versi Cabang yang berbeda. Samakan versinya, lalu sinkronkan.</translation>
    </message>
    <message>
        <source>The sync was undone: {count} records of {table} from the laptop did not arrive at the office. Nothing was changed; try again.</source>
        <translation>Sinkron dibatalkan: {count} data {table} dari laptop tidak sampai di kantor. Tidak ada yang berubah; coba lagi.</translation>
    </message>
    <message>
        <source>This laptop database is checked out already; sync it instead.</source>
        <translation>Basis data laptop ini sudah diambil; sinkronkan saja.</translation>
    </message>
    <message>
        <source>The laptop database already holds work of its own. Check out into a new, empty file.</source>
        <translation>Basis data laptop sudah berisi pekerjaannya sendiri. Ambil cakupan data ke berkas baru yang kosong.</translation>
    </message>
    <message>
        <source>The office database refused a record of {table} from the laptop ({detail}). Nothing was changed.</source>
        <translation>Basis data kantor menolak data {table} dari laptop ({detail}). Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>A block holds between 1 and 10,000 numbers.</source>
        <translation>Satu blok berisi 1 sampai 10.000 nomor.</translation>
    </message>
    <message>
        <source>This laptop has no reserved numbers left for {series} in {year}. Sync with the office to get a new block (or ask the office to reserve one).</source>
        <translation>Laptop ini tidak punya sisa nomor cadangan untuk {series} tahun {year}. Sinkronkan dengan kantor untuk mendapat blok baru (atau minta kantor mencadangkannya).</translation>
    </message>
    <message>
        <source>The sync was undone on both sides: after it, {table} had {here} rows on this laptop and {office} at the office. Nothing was changed; try again.</source>
        <translation>Sinkron dibatalkan di kedua sisi: sesudahnya {table} berisi {here} baris di laptop ini dan {office} di kantor. Tidak ada yang berubah; coba lagi.</translation>
    </message>
</context>
</TS>