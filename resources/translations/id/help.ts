<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Diagnostics</name>
    <message>
        <source>(the log is empty)</source>
        <translation>(log masih kosong)</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard (no personal data). Paste them into a message to the administrator.</source>
        <translation>Diagnostik disalin ke papan klip (tanpa data pribadi). Tempelkan ke pesan untuk administrator.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Panduan pengguna</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan &amp;keyboard</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Salin &amp;diagnostik</translation>
    </message>
    <message>
        <source>Versions, folders, schema and the last log lines, without personal data, for support</source>
        <translation>Versi, folder, skema dan baris terakhir log, tanpa data pribadi, untuk bantuan teknis</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Every action also has an underlined letter: hold Alt and press it. Shortcuts of a page appear here once the page has been opened.</source>
        <translation>Setiap tindakan juga punya huruf bergaris bawah: tahan Alt lalu tekan huruf itu. Pintasan sebuah halaman muncul di sini setelah halaman itu dibuka.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Panduan pengguna</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F), Enter for the next match</source>
        <translation>Cari di panduan (Ctrl+F), Enter untuk hasil berikutnya</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Cari di panduan</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
</context>
</TS>