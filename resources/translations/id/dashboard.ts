<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Dashboard</name>
    <message>
        <source>Outcomes recorded</source>
        <translation>Hasil tercatat</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>Kasus selesai</translation>
    </message>
    <message>
        <source>Employers registered</source>
        <translation>Perusahaan didaftarkan</translation>
    </message>
    <message>
        <source>Workers added</source>
        <translation>Tenaga kerja ditambahkan</translation>
    </message>
    <message>
        <source>Programmes added</source>
        <translation>Program ditambahkan</translation>
    </message>
    <message>
        <source>Wages corrected</source>
        <translation>Koreksi upah</translation>
    </message>
    <message>
        <source>Arrears recovered</source>
        <translation>Tunggakan tertagih</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Coverage %</source>
        <translation>Cakupan %</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Coverage per kabupaten against target</source>
        <translation>Cakupan per kabupaten terhadap target</translation>
    </message>
    <message>
        <source>BPU participants</source>
        <translation>Peserta BPU</translation>
    </message>
    <message>
        <source>BPU participants per month</source>
        <translation>Peserta BPU per bulan</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Compliance cases by state</source>
        <translation>Kasus kepatuhan per tahap</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Ekspor PDF…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>The Dasbor on one page for the monthly report (Ctrl+E)</source>
        <translation>Dasbor dalam satu halaman untuk laporan bulanan (Ctrl+E)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Muat &amp;ulang</translation>
    </message>
    <message>
        <source>Nothing to show yet. Enter the coverage figures of each kabupaten on the Coverage page (Ctrl+5), record partners, cases and claims on their pages — or create a demo office with “cabang demo” to look around.</source>
        <translation>Belum ada yang dapat ditampilkan. Isi angka cakupan setiap kabupaten di halaman Cakupan (Ctrl+5), catat mitra, kasus dan klaim di halamannya masing-masing — atau buat kantor demo dengan “cabang demo” untuk melihat-lihat.</translation>
    </message>
    <message>
        <source>Coverage against target</source>
        <translation>Cakupan terhadap target</translation>
    </message>
    <message>
        <source>BPU participants, last 12 months</source>
        <translation>Peserta BPU, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Compliance cases by state</source>
        <translation>Kasus kepatuhan per tahap</translation>
    </message>
    <message>
        <source>PLKK agreements ending within 90 days</source>
        <translation>PKS PLKK berakhir dalam 90 hari</translation>
    </message>
    <message>
        <source>Scholarship proofs due</source>
        <translation>Bukti beasiswa jatuh tempo</translation>
    </message>
    <message>
        <source>Disbursed this month</source>
        <translation>Dibayarkan bulan ini</translation>
    </message>
    <message>
        <source>Commitments overdue</source>
        <translation>Komitmen terlambat</translation>
    </message>
    <message>
        <source>Vulnerable workers with sponsored contributions</source>
        <translation>Pekerja rentan yang dibantu iurannya</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Covered: %1.</source>
        <translation>Terlindungi: %1.</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <translation>Per %1.</translation>
    </message>
    <message>
        <source>Branch %1 against a target of %2 (data of %3).</source>
        <translation>Cabang %1 terhadap target %2 (data %3).</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Belum ada angka</translation>
    </message>
    <message>
        <source>Enter or import each kabupaten's figures on the Coverage page.</source>
        <translation>Isi atau impor angka setiap kabupaten di halaman Cakupan.</translation>
    </message>
    <message>
        <source>BPU coverage %1; months without data are gaps.</source>
        <translation>Cakupan BPU %1; bulan tanpa data tampil kosong.</translation>
    </message>
    <message>
        <source>The line appears once monthly figures are entered.</source>
        <translation>Grafik muncul setelah angka bulanan diisi.</translation>
    </message>
    <message>
        <source>%1 past their due date.</source>
        <translation>%1 melewati batas waktu.</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Belum ada data</translation>
    </message>
    <message>
        <source>The compliance area has no figures to show yet.</source>
        <translation>Bagian kepatuhan belum punya angka untuk ditampilkan.</translation>
    </message>
    <message>
        <source>The PLKK area has no agreements to show yet.</source>
        <translation>Bagian PLKK belum punya PKS untuk ditampilkan.</translation>
    </message>
    <message>
        <source>No agreement ends within 90 days.</source>
        <translation>Tidak ada PKS yang berakhir dalam 90 hari.</translation>
    </message>
    <message>
        <source>The benefits area has no scholarships to show yet.</source>
        <translation>Bagian santunan belum punya beasiswa untuk ditampilkan.</translation>
    </message>
    <message>
        <source>No scholarship proof is due.</source>
        <translation>Tidak ada bukti beasiswa yang jatuh tempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) in %1.</source>
        <translation>
            <numerusform>%n pembayaran pada %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The benefits area has no payments to show yet.</source>
        <translation>Bagian santunan belum punya pembayaran untuk ditampilkan.</translation>
    </message>
    <message>
        <source>No commitment is overdue.</source>
        <translation>Tidak ada komitmen yang terlambat.</translation>
    </message>
    <message>
        <source>Covered this month by APBD, APBDes, CSR, GN Lingkaran, Sertakan, Baznas, banks and PLKK partners.</source>
        <translation>Dilindungi bulan ini dengan bantuan APBD, APBDes, CSR, GN Lingkaran, Sertakan, Baznas, bank dan mitra PLKK.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>Export the Dasbor</source>
        <translation>Ekspor Dasbor</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <source>Writing the Dasbor PDF</source>
        <translation>Menulis PDF Dasbor</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>The report cannot be written to {path}: {detail}</source>
        <translation>Laporan tidak dapat ditulis ke {path}: {detail}</translation>
    </message>
</context>
</TS>