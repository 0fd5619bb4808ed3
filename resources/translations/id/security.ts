<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Kata sandi baru untuk %1</translation>
    </message>
    <message>
        <source>Give the person this password; they can change it after signing in. It also lifts a lock after wrong passwords.</source>
        <translation>Berikan kata sandi ini kepada orangnya; ia dapat menggantinya setelah masuk. Ini juga membuka kunci akibat kata sandi salah.</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>At least %1 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Paling sedikit %1 karakter; kalimat pendek mudah diingat dan sulit ditebak.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata sandi sekarang</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulangi kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;sekarang</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Simpan kata sandi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Buat akun administrator</translation>
    </message>
    <message>
        <source>This database has no administrator yet. The administrator creates the accounts of the other users and looks after settings and backups. Choose a password of at least %1 characters, for example a short sentence.</source>
        <translation>Basis data ini belum memiliki administrator. Administrator membuat akun pengguna lain serta mengurus pengaturan dan cadangan. Pilih kata sandi paling sedikit %1 karakter, misalnya sebuah kalimat pendek.</translation>
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
        <source>Repeat the password</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Buat dan masuk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ke&amp;luar</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Cabang is locked</source>
        <translation>Cabang terkunci</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your password to go on.</source>
        <translation>Masuk sebagai %1. Masukkan kata sandi Anda untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>&amp;Quit Cabang</source>
        <translation>&amp;Keluar dari Cabang</translation>
    </message>
</context>
<context>
    <name>SecurityCli</name>
    <message>
        <source>New password: </source>
        <translation>Kata sandi baru: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Ulangi kata sandi baru: </translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Akun %1 dibuat.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Kata sandi baru untuk %1 sudah disetel.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 dapat masuk lagi.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Ganti &amp;kata sandi saya…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
    <message>
        <source>Automatic backup saved: %1</source>
        <translation>Cadangan otomatis disimpan: %1</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Cadangan otomatis gagal: %1</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Encrypted database</source>
        <translation>Basis data terenkripsi</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase:</source>
        <translation>Basis data %1 terenkripsi. Masukkan frasa sandinya:</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Cabang</source>
        <translation>Masuk ke Cabang</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
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
        <source>Caps Lock may be on.</source>
        <translation>Caps Lock mungkin menyala.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ke&amp;luar</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Masukkan nama pengguna Anda.</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Tidak ada kata sandi pada masukan standar.</translation>
    </message>
    <message>
        <source>Type the password at a terminal, or give it on standard input with --password-stdin.</source>
        <translation>Ketik kata sandi di terminal, atau berikan melalui masukan standar dengan --password-stdin.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Kedua kata sandi berbeda; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters; this one has {count}.</source>
        <translation>Kata sandi perlu paling sedikit {minimum} karakter; yang ini {count}.</translation>
    </message>
    <message>
        <source>A password can have at most {maximum} characters.</source>
        <translation>Kata sandi paling banyak {maximum} karakter.</translation>
    </message>
    <message>
        <source>A password cannot be only spaces.</source>
        <translation>Kata sandi tidak boleh hanya berisi spasi.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>Kata sandi tidak boleh sama dengan nama pengguna.</translation>
    </message>
    <message>
        <source>The password repeats one or two characters; choose a phrase instead.</source>
        <translation>Kata sandi hanya mengulang satu atau dua karakter; pilih sebuah frasa.</translation>
    </message>
    <message>
        <source>The encrypted copy of {path} is incomplete; the database was not changed.</source>
        <translation>Salinan terenkripsi dari {path} tidak lengkap; basis data tidak diubah.</translation>
    </message>
    <message>
        <source>The copy of {path} is not sound ({detail}); the database was not changed.</source>
        <translation>Salinan dari {path} tidak utuh ({detail}); basis data tidak diubah.</translation>
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation>Berkas basis data {path} tidak ada.</translation>
    </message>
    <message>
        <source>{path} is already encrypted.</source>
        <translation>{path} sudah terenkripsi.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and was not encrypted: {detail}</source>
        <translation>Basis data {path} rusak dan tidak dienkripsi: {detail}</translation>
    </message>
    <message>
        <source>{path} is not encrypted.</source>
        <translation>{path} tidak terenkripsi.</translation>
    </message>
</context>
</TS>