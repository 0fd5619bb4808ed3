<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="id_ID">
<context>
    <name>Cli</name>
    <message>
        <source>Demo office created in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database is at schema %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous state was kept in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 audit events checked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chain is intact.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tampering detected:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DataTable</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the table</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong that should not have. The details were written to the log; please send them to the administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cabang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cabang — BPJS Ketenagakerjaan branch office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Cabang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: not set up (single workstation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backing up the database</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch at a glance: coverage against target, compliance cases, agreements expiring, scholarship proofs due and disbursements.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PLKK Partners</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Partner clinics and hospitals, their cooperation agreements (PKS), monitoring visits and socialisation events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Employers and compliance cases (PDS, PWBD, arrears) from the first visit through written warnings to the Kejaksaan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Benefits &amp; Scholarships</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Death benefits (JKM, JKK) and scholarships: claims, heirs, approvals, disbursements and receipts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Coverage of informal and vulnerable workers per kabupaten, their sponsors and the commitments made at coordination meetings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outgoing letter register, letter templates, receipts and their verification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Office profile, users, settings and backups.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page is not built yet. It will hold:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field officer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head of branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK, KPJ, NPP, letter number or part of a name…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type at least two characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the selected one.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Working days each written warning runs (PP 86/2013)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print a meterai box on receipts above the threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meterai needed above this amount (sen; UU 10/2020: more than Rp5.000.000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag agreements ending within this many days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the screen after this many idle minutes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>{path} already exists. Use --force to replace it with a new demo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore works on SQLite files; for PostgreSQL use pg_restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a date. Write it like 27 Desember 2023 or 27/12/2023.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a real calendar date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{field} cannot be in the future ({date}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{label} may contain only digits; “{char}” is not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK must have 16 digits; {count} were entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK positions 1–2 ({code}) are not a province code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK positions 3–4 (regency or city code) cannot be 00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK positions 5–6 (district code) cannot be 00.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK positions 7–8 (day of birth) must be 01–31, or 41–71 for women; it is {day}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK positions 9–10 (month of birth) must be 01–12; it is {month}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK positions 7–12 give {day:02d}-{month:02d}-{year}, which is not a real date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NIK positions 13–16 (serial number) cannot be 0000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NPWP must have 15 digits (old format) or 16 digits; {count} were entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>KPJ number must have exactly 11 digits; {count} were entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the NPP (employer registration number).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NPP may contain only letters and digits; “{char}” is not allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NPP can have at most {max} characters; {count} were entered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter an amount, for example Rp1.500.000.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not an amount in rupiah. Write it like Rp1.500.000 or 1500000,50: dots between thousands, a comma before the sen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An amount can have at most 2 digits after the comma (sen); “{text}” has {count}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record was changed on another workstation after you opened it. Reload it to see the current version; your changes were not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup to {path} failed: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups of a PostgreSQL database are made on the server with pg_dump (see the README, section PostgreSQL).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file {path} is damaged or is not a Cabang database. It was not changed. Restore a backup (cabang db restore) or choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database {path} cannot be opened: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL server at {server} cannot be reached ({detail}). Check that the server is running and that this workstation is on the office network, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file {path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder {path} cannot be written to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file {path} cannot be read: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file {path} is read-only (or its folder is). Cabang needs to write to it: copy it to a folder you can write to, or ask the administrator for access.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This database was made by a newer version of Cabang (schema {revision}). It was not opened and nothing was changed. Install the newer version to use it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database needs an upgrade first: run cabang db upgrade.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no active user named {username}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup file {path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup {path} is damaged and was not restored: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restore failed: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record was not found; it may have been deleted ({what}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office code must be 2 to 20 letters or digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The e-mail address {email} is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number {phone} is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The time zone must be WIB, WITA or WIT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every signatory needs a name and a position.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least one active signatory must sign in their own right (not a.n.).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The office profile already exists; reload it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value for {key} has the wrong type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value for {key} must be between {low} and {high}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{day} is already in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user name has 2 to 32 small letters, digits, dots or dashes, starting with a letter.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The full name is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name {username} is taken.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>About Cabang</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The desk of a BPJS Ketenagakerjaan branch office.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>