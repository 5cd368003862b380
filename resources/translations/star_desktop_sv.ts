<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="sv_SE">
    <context>
        <name>AgendaDialog</name>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="30" />
            <source>Dagordning</source>
            <translation>Dagordning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="35" />
            <source>Dagordningens punkter</source>
            <translation>Dagordningens punkter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="36" />
            <source>&amp;Bygg från ärenden</source>
            <translation>&amp;Bygg från ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="38" />
            <source>Flytta &amp;upp</source>
            <translation>Flytta &amp;upp</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="39" />
            <source>Flytta &amp;ned</source>
            <translation>Flytta &amp;ned</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="40" />
            <source>&amp;Ta bort</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="43" />
            <source>Ny punkt, t.ex. Studiebesök</source>
            <translation>Ny punkt, t.ex. Studiebesök</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="44" />
            <source>Ny punkts rubrik</source>
            <translation>Ny punkts rubrik</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="45" />
            <source>&amp;Lägg till efter markerad</source>
            <translation>&amp;Lägg till efter markerad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="81" />
            <source>Möte {date}: {n} punkter, planerat {minutes} min</source>
            <translation>Möte {date}: {n} punkter, planerat {minutes} min</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="23" />
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="27" />
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="28" />
            <source>Närvaro</source>
            <translation>Närvaro</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="28" />
            <source>Ledamot</source>
            <translation>Ledamot</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="29" />
            <source>Ersättare</source>
            <translation>Ersättare</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="62" />
            <source>Närvaro för {name}</source>
            <translation>Närvaro för {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="64" />
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="67" />
            <source>Ersättare för {name}</source>
            <translation>Ersättare för {name}</translation>
        </message>
    </context>
    <context>
        <name>AuditPanel</name>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="134" />
            <source>Loggen visar varje öppning, ändring, export, utskrift och gallring: vem, när, vad och vilket ärende. Händelserna kan inte ändras eller tas bort. Exportera loggen för dataskyddsombudet; den innehåller inga namn, bara ärendenummer.</source>
            <extracomment>Events read per page. After every new filter or refresh: how many events match. Pages read (for tests and the benchmark).</extracomment>
            <translation>Loggen visar varje öppning, ändring, export, utskrift och gallring: vem, när, vad och vilket ärende. Händelserna kan inte ändras eller tas bort. Exportera loggen för dataskyddsombudet; den innehåller inga namn, bara ärendenummer.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="139" />
            <location filename="../../star_desktop/ui/audit_panel.py" line="140" />
            <source>ÅÅÅÅ-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="143" />
            <source>Alla</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="146" />
            <source>t.ex. 2025-014</source>
            <translation>t.ex. 2025-014</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="152" />
            <source>&amp;Från:</source>
            <translation>&amp;Från:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="152" />
            <source>Från datum</source>
            <translation>Från datum</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="153" />
            <source>&amp;Till:</source>
            <translation>&amp;Till:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="153" />
            <source>Till datum</source>
            <translation>Till datum</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="171" />
            <source>Vi&amp;sa</source>
            <translation>Vi&amp;sa</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="174" />
            <source>Rensa fi&amp;lter</source>
            <translation>Rensa fi&amp;lter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="154" />
            <source>Händelse</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="154" />
            <source>Hä&amp;ndelse:</source>
            <translation>Hä&amp;ndelse:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="155" />
            <source>Ä&amp;rende:</source>
            <translation>Ä&amp;rende:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="155" />
            <source>Ärende</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="165" />
            <source>Fel: {field}</source>
            <translation>Fel: {field}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="182" />
            <source>Loggens händelser</source>
            <translation>Loggens händelser</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="191" />
            <source>Antal händelser</source>
            <translation>Antal händelser</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="193" />
            <source>&amp;Exportera loggen…</source>
            <translation>&amp;Exportera loggen…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="280" />
            <source>Excel-arbetsbok (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="280" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="284" />
            <source>Exportera loggen</source>
            <translation>Exportera loggen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="308" />
            <source>Loggen kunde inte sparas: {path} ({err})</source>
            <translation>Loggen kunde inte sparas: {path} ({err})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="313" />
            <source>{count} sparades i {name}.</source>
            <translation>{count} sparades i {name}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="50" />
            <source>Inga händelser</source>
            <translation>Inga händelser</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="52" />
            <source>1 händelse</source>
            <translation>1 händelse</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="53" />
            <source>{count} händelser</source>
            <translation>{count} händelser</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="60" />
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="60" />
            <source>Vem</source>
            <translation>Vem</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="61" />
            <source>Händelse</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="62" />
            <source>Vad</source>
            <translation>Vad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="63" />
            <source>Ärende</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="64" />
            <source>Detaljer</source>
            <translation>Detaljer</translation>
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="58" />
            <source>Säkerhetskopiorna är krypterade med teamets nyckel och öppnas med teamets lösenfras. Välj en mapp utanför den här datorn, till exempel en nätverksenhet, så att en kopia finns kvar om datorn kommer bort. En kopia görs automatiskt när teamfilen stängs; de äldsta tas bort när fler än det valda antalet finns.</source>
            <extracomment>The coordinator chose a backup to restore; the window does the rest. A backup was written (its path).</extracomment>
            <translation>Säkerhetskopiorna är krypterade med teamets nyckel och öppnas med teamets lösenfras. Välj en mapp utanför den här datorn, till exempel en nätverksenhet, så att en kopia finns kvar om datorn kommer bort. En kopia görs automatiskt när teamfilen stängs; de äldsta tas bort när fler än det valda antalet finns.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="64" />
            <source>Inställningar för teamet</source>
            <translation>Inställningar för teamet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="69" />
            <source>Ingen mapp vald – automatiska kopior är av</source>
            <translation>Ingen mapp vald – automatiska kopior är av</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="70" />
            <source>Välj ma&amp;pp…</source>
            <translation>Välj ma&amp;pp…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="81" />
            <source> kopior</source>
            <translation> kopior</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="83" />
            <source>&amp;Mapp:</source>
            <translation>&amp;Mapp:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="84" />
            <location filename="../../star_desktop/ui/backup_panel.py" line="161" />
            <source>Mapp för säkerhetskopior</source>
            <translation>Mapp för säkerhetskopior</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="85" />
            <source>&amp;Behåll:</source>
            <translation>&amp;Behåll:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="86" />
            <source>&amp;Spara</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="90" />
            <source>Säkerhetskopiera &amp;nu</source>
            <translation>Säkerhetskopiera &amp;nu</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="106" />
            <source>Teamets säkerhetskopior i mappen</source>
            <translation>Teamets säkerhetskopior i mappen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="110" />
            <source>Teamets säkerhetskopior</source>
            <translation>Teamets säkerhetskopior</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="111" />
            <source>Gjord</source>
            <translation>Gjord</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="111" />
            <source>Storlek</source>
            <translation>Storlek</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="112" />
            <source>Fil</source>
            <translation>Fil</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="127" />
            <source>&amp;Återställ vald…</source>
            <translation>&amp;Återställ vald…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="199" />
            <source>Sparat. Automatiska kopior går till {folder}; de {n} senaste behålls.</source>
            <translation>Sparat. Automatiska kopior går till {folder}; de {n} senaste behålls.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="201" />
            <source>Sparat. Ingen mapp är vald, så inga automatiska kopior görs.</source>
            <translation>Sparat. Ingen mapp är vald, så inga automatiska kopior görs.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="209" />
            <source>Välj en mapp för säkerhetskopiorna.</source>
            <translation>Välj en mapp för säkerhetskopiorna.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="223" />
            <source>Säkerhetskopian är sparad och kontrollerad: {name}</source>
            <translation>Säkerhetskopian är sparad och kontrollerad: {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="242" />
            <source>Välj en mapp för att se teamets säkerhetskopior.</source>
            <translation>Välj en mapp för att se teamets säkerhetskopior.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="244" />
            <source>Det finns inga säkerhetskopior av teamet i mappen.</source>
            <translation>Det finns inga säkerhetskopior av teamet i mappen.</translation>
        </message>
    </context>
    <context>
        <name>BudgetEditor</name>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="27" />
            <source>Kr</source>
            <extracomment>(form field, header) of the typed columns by table column; column 3 is the computed difference.</extracomment>
            <translation>Kr</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="28" />
            <location filename="../../star_desktop/ui/report_budget.py" line="34" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="29" />
            <location filename="../../star_desktop/ui/report_budget.py" line="35" />
            <source>Utfall period</source>
            <translation>Utfall period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="30" />
            <source>Differens</source>
            <translation>Differens</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="31" />
            <location filename="../../star_desktop/ui/report_budget.py" line="36" />
            <source>Prognos</source>
            <translation>Prognos</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="33" />
            <source>Rad</source>
            <extracomment>Shown through BudgetEditor.tr in the messages about a cell.</extracomment>
            <translation>Rad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="49" />
            <source>Budgettabell</source>
            <translation>Budgettabell</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="64" />
            <source>&amp;Lägg till rad</source>
            <translation>&amp;Lägg till rad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="67" />
            <source>&amp;Ta bort rad</source>
            <translation>&amp;Ta bort rad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="70" />
            <source>Hämta raderna från förra perioden</source>
            <translation>Hämta raderna från förra perioden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="73" />
            <source>Spara &amp;budgeten</source>
            <translation>Spara &amp;budgeten</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="77" />
            <source>Belopp i kronor, till exempel 2 220 000. Differens (budget − utfall) och summor räknas fram.</source>
            <translation>Belopp i kronor, till exempel 2 220 000. Differens (budget − utfall) och summor räknas fram.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="142" />
            <source>Summa: budget {b}, utfall {o}, differens {d} kr</source>
            <translation>Summa: budget {b}, utfall {o}, differens {d} kr</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="176" />
            <source>Budgeten sparades inte; rätta det som är markerat.</source>
            <translation>Budgeten sparades inte; rätta det som är markerat.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="178" />
            <source>Budgeten är sparad.</source>
            <translation>Budgeten är sparad.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="195" />
            <source>Rad {n}, {field}: {msg}</source>
            <translation>Rad {n}, {field}: {msg}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="212" />
            <source>Ingen tidigare period av samma slag har en budget.</source>
            <translation>Ingen tidigare period av samma slag har en budget.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="222" />
            <source>{n} rader hämtade från {period}: fyll i utfall och prognos och spara.</source>
            <translation>{n} rader hämtade från {period}: fyll i utfall och prognos och spara.</translation>
        </message>
    </context>
    <context>
        <name>CallDialog</name>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="37" />
            <source>Endast ärendenummer (för allt som lämnar datorn)</source>
            <extracomment>(level, label shown through CallDialog.tr).</extracomment>
            <translation>Endast ärendenummer (för allt som lämnar datorn)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="38" />
            <source>Initialer och födelseår</source>
            <translation>Initialer och födelseår</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="39" />
            <source>Fullständiga namn</source>
            <translation>Fullständiga namn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="48" />
            <source>Kallelse</source>
            <translation>Kallelse</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="57" />
            <source>Kallelse till mötet {date}. Den ska skickas senast {due}.</source>
            <translation>Kallelse till mötet {date}. Den ska skickas senast {due}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="66" />
            <source>Personer &amp;visas som:</source>
            <translation>Personer &amp;visas som:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="74" />
            <source>Spara &amp;PDF…</source>
            <translation>Spara &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="75" />
            <source>Skriv &amp;ut…</source>
            <translation>Skriv &amp;ut…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="76" />
            <source>&amp;Kalenderfil (.ics)…</source>
            <translation>&amp;Kalenderfil (.ics)…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="77" />
            <source>Kopiera &amp;e-posttext</source>
            <translation>Kopiera &amp;e-posttext</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="78" />
            <source>&amp;Markera som skickad</source>
            <translation>&amp;Markera som skickad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="111" />
            <source>Spara kallelsen</source>
            <translation>Spara kallelsen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="112" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="117" />
            <location filename="../../star_desktop/ui/call_dialog.py" line="130" />
            <source>Sparad: {path}</source>
            <translation>Sparad: {path}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="124" />
            <source>Spara kalenderfilen</source>
            <translation>Spara kalenderfilen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="125" />
            <source>Kalenderfiler (*.ics)</source>
            <translation>Kalenderfiler (*.ics)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="139" />
            <source>E-posttexten är kopierad; klistra in den i e-posten.</source>
            <translation>E-posttexten är kopierad; klistra in den i e-posten.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="160" />
            <source>Kallelsen är skickad till skrivaren.</source>
            <translation>Kallelsen är skickad till skrivaren.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="172" />
            <source>Kallelsen är markerad som skickad.</source>
            <translation>Kallelsen är markerad som skickad.</translation>
        </message>
    </context>
    <context>
        <name>CaseDialogs</name>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="61" />
            <source>Samtycke</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="62" />
            <source>Blanketten "Aktualisering till STAR" med individens egna ord behövs innan ärendet kan antas.</source>
            <translation>Blanketten "Aktualisering till STAR" med individens egna ord behövs innan ärendet kan antas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="78" />
            <source>Bedömning i teamet</source>
            <translation>Bedömning i teamet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="79" />
            <source>Teamet bedömer om ärendet antas som STAR-ärende eller återvisas till remittenten.</source>
            <translation>Teamet bedömer om ärendet antas som STAR-ärende eller återvisas till remittenten.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="94" />
            <source>Sätt i kö</source>
            <translation>Sätt i kö</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="95" />
            <source>Planeringen kan inte starta direkt. Väntetiden redovisas för styrgruppen; se till att individen inte väntar passivt.</source>
            <translation>Planeringen kan inte starta direkt. Väntetiden redovisas för styrgruppen; se till att individen inte väntar passivt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="114" />
            <source>Ärendebärare</source>
            <translation>Ärendebärare</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="129" />
            <source>Planeringsmöte med individen</source>
            <translation>Planeringsmöte med individen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="130" />
            <source>Avstämningsmöte när Försäkringskassan är ärendebärare, SIP när hälso- och sjukvården och socialtjänsten båda deltar, annars flerpartsmöte.</source>
            <translation>Avstämningsmöte när Försäkringskassan är ärendebärare, SIP när hälso- och sjukvården och socialtjänsten båda deltar, annars flerpartsmöte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="145" />
            <source>Individuell plan</source>
            <translation>Individuell plan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="146" />
            <source>Efter planeringsmötet har individen en skriftlig individuell plan.</source>
            <translation>Efter planeringsmötet har individen en skriftlig individuell plan.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="160" />
            <source>Ny parallell insats</source>
            <translation>Ny parallell insats</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="161" />
            <source>Välj en insats ur utbudskartan, eller välj område och beskriv insatsen.</source>
            <translation>Välj en insats ur utbudskartan, eller välj område och beskriv insatsen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="185" />
            <source>Uppföljning i teamet</source>
            <translation>Uppföljning i teamet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="196" />
            <source>Extra uppföljning</source>
            <translation>Extra uppföljning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="197" />
            <source>En uppföljning när någon i teamet eller individen begär det.</source>
            <translation>En uppföljning när någon i teamet eller individen begär det.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="205" />
            <source>Konsultation genomförd</source>
            <translation>Konsultation genomförd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="206" />
            <source>Konsultationen togs upp i teamet.</source>
            <translation>Konsultationen togs upp i teamet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="214" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="227" />
            <source>Avsluta ärendet</source>
            <translation>Avsluta ärendet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="215" />
            <source>Avslut när individen har en långsiktig plan (arbete, studier, samordnad rehabilitering), vid ansökan om sjukersättning, när planeringen inte längre är studie- eller arbetsinriktad, eller när individen vill eller måste avsluta.</source>
            <translation>Avslut när individen har en långsiktig plan (arbete, studier, samordnad rehabilitering), vid ansökan om sjukersättning, när planeringen inte längre är studie- eller arbetsinriktad, eller när individen vill eller måste avsluta.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="234" />
            <source>Ärendet är inte bedömt och återvisas med skälet "Samtycket återkallat".</source>
            <translation>Ärendet är inte bedömt och återvisas med skälet "Samtycket återkallat".</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="241" />
            <source>Återkalla samtycke</source>
            <translation>Återkalla samtycke</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="276" />
            <source>Ny aktualisering</source>
            <translation>Ny aktualisering</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="277" />
            <source>En person som aktualiserats tidigare känns igen på personnumret och behåller sin deltagarpost. Samplanering kräver blanketten "Aktualisering till STAR" innan ärendet kan antas.</source>
            <translation>En person som aktualiserats tidigare känns igen på personnumret och behåller sin deltagarpost. Samplanering kräver blanketten "Aktualisering till STAR" innan ärendet kan antas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="115" />
            <source>Ärendebäraren utses i första hand hos den aktör som ansvarar för personens nuvarande försörjning.</source>
            <translation>Ärendebäraren utses i första hand hos den aktör som ansvarar för personens nuvarande försörjning.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="236" />
            <source>Ärendet avslutas samma dag med skälet "Individen önskar avsluta" och räknas som avslutat i statistiken.</source>
            <translation>Ärendet avslutas samma dag med skälet "Individen önskar avsluta" och räknas som avslutat i statistiken.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="252" />
            <source>Återkalla och gallra</source>
            <translation>Återkalla och gallra</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="302" />
            <source>Registrera</source>
            <translation>Registrera</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="64" />
            <source>Blanketten har kommit in</source>
            <translation>Blanketten har kommit in</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="66" />
            <source>&amp;Undertecknad:</source>
            <translation>&amp;Undertecknad:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="68" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="296" />
            <source>Individens egna &amp;ord:</source>
            <translation>Individens egna &amp;ord:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="80" />
            <source>&amp;Bedömning:</source>
            <translation>&amp;Bedömning:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="84" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="137" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="198" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="207" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="223" />
            <source>&amp;Datum:</source>
            <translation>&amp;Datum:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="85" />
            <source>&amp;Skäl vid återvisning:</source>
            <translation>&amp;Skäl vid återvisning:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="97" />
            <source>&amp;Kö från:</source>
            <translation>&amp;Kö från:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="117" />
            <source>&amp;Part:</source>
            <translation>&amp;Part:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="119" />
            <source>&amp;Namn:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="132" />
            <source>Hälso- och sjukvården deltar</source>
            <translation>Hälso- och sjukvården deltar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="133" />
            <source>Socialtjänsten deltar</source>
            <translation>Socialtjänsten deltar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="135" />
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="147" />
            <source>&amp;Planen upprättad:</source>
            <translation>&amp;Planen upprättad:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="149" />
            <source>Överenskommen aktivitet mot egen försörjning</source>
            <translation>Överenskommen aktivitet mot egen försörjning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="162" />
            <source>&amp;Ur utbudskartan:</source>
            <translation>&amp;Ur utbudskartan:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="164" />
            <source>&amp;Område:</source>
            <translation>&amp;Område:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="166" />
            <source>&amp;Beskrivning:</source>
            <translation>&amp;Beskrivning:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="167" />
            <source>Utförande &amp;part:</source>
            <translation>Utförande &amp;part:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="169" />
            <source>&amp;Start:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="170" />
            <source>S&amp;lut:</source>
            <translation>S&amp;lut:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="186" />
            <source>Uppföljningen planerad till {date}. Nästa planeras tre månader fram.</source>
            <translation>Uppföljningen planerad till {date}. Nästa planeras tre månader fram.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="188" />
            <source>&amp;Gjord:</source>
            <translation>&amp;Gjord:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="189" />
            <source>&amp;Hur det går:</source>
            <translation>&amp;Hur det går:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="218" />
            <source>&amp;Skäl:</source>
            <translation>&amp;Skäl:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="220" />
            <source>&amp;Kommentar:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="221" />
            <source>&amp;Försörjning vid avslut:</source>
            <translation>&amp;Försörjning vid avslut:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="247" />
            <source>Samtycket &amp;återkallat:</source>
            <translation>Samtycket &amp;återkallat:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="248" />
            <source>Jag förstår att personuppgifterna gallras direkt och inte kan återställas</source>
            <translation>Jag förstår att personuppgifterna gallras direkt och inte kan återställas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="280" />
            <source>&amp;Typ:</source>
            <translation>&amp;Typ:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="282" />
            <source>&amp;Förnamn:</source>
            <translation>&amp;Förnamn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="283" />
            <source>&amp;Efternamn:</source>
            <translation>&amp;Efternamn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="284" />
            <source>&amp;Personnummer:</source>
            <translation>&amp;Personnummer:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="286" />
            <source>Födelse&amp;år:</source>
            <translation>Födelse&amp;år:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="287" />
            <source>&amp;Kön:</source>
            <translation>&amp;Kön:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="288" />
            <source>Ko&amp;mmun:</source>
            <translation>Ko&amp;mmun:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="289" />
            <source>Fråga (generell konsultation):</source>
            <translation>Fråga (generell konsultation):</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="290" />
            <source>&amp;Aktualiserande part:</source>
            <translation>&amp;Aktualiserande part:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="292" />
            <source>&amp;Handläggare:</source>
            <translation>&amp;Handläggare:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="293" />
            <source>Aktualiserad &amp;den:</source>
            <translation>Aktualiserad &amp;den:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="294" />
            <source>Samtyckesblanketten har kommit in</source>
            <translation>Samtyckesblanketten har kommit in</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="295" />
            <source>Samtycke &amp;undertecknat:</source>
            <translation>Samtycke &amp;undertecknat:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="297" />
            <source>Försörjning vid &amp;start:</source>
            <translation>Försörjning vid &amp;start:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="299" />
            <source>År med offentlig försörjning:</source>
            <translation>År med offentlig försörjning:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="117" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="291" />
            <source>– välj part –</source>
            <translation>– välj part –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="136" />
            <source>– välj form –</source>
            <translation>– välj form –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="165" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="168" />
            <source>– från kartan –</source>
            <translation>– från kartan –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="171" />
            <source>ÅÅÅÅ-MM-DD (tomt om pågående)</source>
            <translation>ÅÅÅÅ-MM-DD (tomt om pågående)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="219" />
            <source>– välj skäl –</source>
            <translation>– välj skäl –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="222" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="287" />
            <source>– välj –</source>
            <translation>– välj –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="285" />
            <source>ÅÅÅÅMMDD-NNNN (frivilligt)</source>
            <translation>ÅÅÅÅMMDD-NNNN (frivilligt)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="286" />
            <source>om personnummer saknas</source>
            <translation>om personnummer saknas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="300" />
            <source>frivilligt</source>
            <translation>frivilligt</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="81" />
            <source>Antaget som STAR-ärende</source>
            <translation>Antaget som STAR-ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="82" />
            <source>Återvisat till remittent</source>
            <translation>Återvisat till remittent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="110" />
            <source>Förslag: {party}, som svarar för personens nuvarande försörjning ({income}).</source>
            <translation>Förslag: {party}, som svarar för personens nuvarande försörjning ({income}).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="163" />
            <source>– ingen, beskriv nedan –</source>
            <translation>– ingen, beskriv nedan –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="243" />
            <source>Individen har återkallat sitt samtycke till STAR.</source>
            <translation>Individen har återkallat sitt samtycke till STAR.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="244" />
            <source>Namn, personnummer, individens egna ord och personliga anteckningar i alla personens ärenden gallras direkt och kan inte återställas. Statistiken (kön, födelseår, datum, skäl) finns kvar.</source>
            <translation>Namn, personnummer, individens egna ord och personliga anteckningar i alla personens ärenden gallras direkt och kan inte återställas. Statistiken (kön, födelseår, datum, skäl) finns kvar.</translation>
        </message>
    </context>
    <context>
        <name>CaseExport</name>
        <message>
            <location filename="../../star_desktop/cases/export.py" line="38" />
            <source>Endast ärendenummer (inga namn eller personnummer)</source>
            <translation>Endast ärendenummer (inga namn eller personnummer)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/export.py" line="39" />
            <source>Initialer och födelseår</source>
            <translation>Initialer och födelseår</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/export.py" line="40" />
            <source>Fullständiga namn och personnummer</source>
            <translation>Fullständiga namn och personnummer</translation>
        </message>
    </context>
    <context>
        <name>CaseImport</name>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="63" />
            <source>Importera ärenden från Excel</source>
            <translation>Importera ärenden från Excel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="64" />
            <location filename="../../star_desktop/ui/case_import.py" line="71" />
            <source>Excel-filer (*.xlsx)</source>
            <translation>Excel-filer (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="70" />
            <source>Spara importmall</source>
            <translation>Spara importmall</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="113" />
            <source>Import klar</source>
            <translation>Import klar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="82" />
            <source>rad {row}, kolumn {column}: {reason}</source>
            <translation>rad {row}, kolumn {column}: {reason}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="85" />
            <source>rad {row}: {reason}</source>
            <translation>rad {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="103" />
            <source>Importerade {n} ärenden ({m} fanns redan).</source>
            <translation>Importerade {n} ärenden ({m} fanns redan).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="131" />
            <source>Mallen kunde inte sparas</source>
            <translation>Mallen kunde inte sparas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="100" />
            <source>Filen kunde inte läsas som en Excel-fil: {err}</source>
            <translation>Filen kunde inte läsas som en Excel-fil: {err}</translation>
        </message>
    </context>
    <context>
        <name>CaseListWidget</name>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="67" />
            <source>{count} ärende</source>
            <extracomment>The state combo's item for every state in which the case is being worked with.</extracomment>
            <translation>{count} ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="68" />
            <source>{count} ärenden</source>
            <translation>{count} ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="313" />
            <source>Sök namn, personnummer eller ärendenummer</source>
            <extracomment>Typing pauses this long (ms) before the search runs.</extracomment>
            <translation>Sök namn, personnummer eller ärendenummer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="317" />
            <location filename="../../star_desktop/ui/case_list.py" line="323" />
            <location filename="../../star_desktop/ui/case_list.py" line="335" />
            <location filename="../../star_desktop/ui/case_list.py" line="338" />
            <location filename="../../star_desktop/ui/case_list.py" line="457" />
            <source>Alla</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="318" />
            <source>Aktiva (antagna till pågående)</source>
            <translation>Aktiva (antagna till pågående)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="331" />
            <source>Namn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="340" />
            <source>Inom {days} dagar</source>
            <translation>Inom {days} dagar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="341" />
            <source>Försenad</source>
            <translation>Försenad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="342" />
            <source>&amp;Rensa filter</source>
            <translation>&amp;Rensa filter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="345" />
            <source>&amp;Exportera listan…</source>
            <translation>&amp;Exportera listan…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="350" />
            <source>Antal ärenden</source>
            <translation>Antal ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="357" />
            <source>&amp;Sök:</source>
            <translation>&amp;Sök:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="357" />
            <source>Sök ärende</source>
            <translation>Sök ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="363" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="363" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="364" />
            <source>T&amp;yp:</source>
            <translation>T&amp;yp:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="364" />
            <source>Typ av ärende</source>
            <translation>Typ av ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="367" />
            <source>Ären&amp;debärarens namn:</source>
            <translation>Ären&amp;debärarens namn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="365" />
            <source>Aktualiserat av</source>
            <translation>Aktualiserat av</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="365" />
            <source>Aktua&amp;liserat av:</source>
            <translation>Aktua&amp;liserat av:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="366" />
            <source>Ärende&amp;bärare:</source>
            <translation>Ärende&amp;bärare:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="366" />
            <source>Ärendebärarens part</source>
            <translation>Ärendebärarens part</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="368" />
            <source>Ärendebärarens namn</source>
            <translation>Ärendebärarens namn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="369" />
            <source>&amp;Kön:</source>
            <translation>&amp;Kön:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="369" />
            <source>Kön</source>
            <translation>Kön</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="370" />
            <source>Uppföljning</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="370" />
            <source>Upp&amp;följning:</source>
            <translation>Upp&amp;följning:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="392" />
            <source>Ärenden</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="570" />
            <location filename="../../star_desktop/ui/case_list.py" line="596" />
            <source>Exportera ärendelistan</source>
            <translation>Exportera ärendelistan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="571" />
            <source>Excel-arbetsbok (*.xlsx)</source>
            <translation>Excel-arbetsbok (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="594" />
            <source>Listan kunde inte sparas: {error}</source>
            <translation>Listan kunde inte sparas: {error}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="601" />
            <source>{count} exporterades till {name}.</source>
            <translation>{count} exporterades till {name}.</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="197" />
            <source>Sorteras på efternamn, sedan förnamn</source>
            <translation>Sorteras på efternamn, sedan förnamn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="222" />
            <source>Namn och personnummer är gallrade; ärendet finns kvar i statistiken.</source>
            <translation>Namn och personnummer är gallrade; ärendet finns kvar i statistiken.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="194" />
            <source>Initialer</source>
            <translation>Initialer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="219" />
            <source>Uppföljningen skulle ha gjorts {date} och är försenad.</source>
            <translation>Uppföljningen skulle ha gjorts {date} och är försenad.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="254" />
            <source>{date} (försenad)</source>
            <translation>{date} (försenad)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="76" />
            <source>Ärendenr</source>
            <extracomment>(sort key of query.SORT_KEYS, header); one column per sort key.</extracomment>
            <translation>Ärendenr</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="77" />
            <source>Namn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="78" />
            <source>Personnummer</source>
            <translation>Personnummer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="79" />
            <source>Kön</source>
            <translation>Kön</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="80" />
            <source>Född</source>
            <translation>Född</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="81" />
            <source>Typ</source>
            <translation>Typ</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="82" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="83" />
            <source>Aktualiserat av</source>
            <translation>Aktualiserat av</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="84" />
            <source>Ärendebärare</source>
            <translation>Ärendebärare</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="85" />
            <source>Aktualiserat</source>
            <translation>Aktualiserat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="86" />
            <source>Nästa uppföljning</source>
            <translation>Nästa uppföljning</translation>
        </message>
    </context>
    <context>
        <name>CaseTimeline</name>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="21" />
            <source>Aktualiserat</source>
            <translation>Aktualiserat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="21" />
            <source>Samtycke undertecknat</source>
            <translation>Samtycke undertecknat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="22" />
            <source>Antaget som STAR-ärende</source>
            <translation>Antaget som STAR-ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="22" />
            <source>Återvisat</source>
            <translation>Återvisat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="23" />
            <source>I kö</source>
            <translation>I kö</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="23" />
            <source>Planeringsmöte</source>
            <translation>Planeringsmöte</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="24" />
            <source>Individuell plan</source>
            <translation>Individuell plan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="24" />
            <source>Insats påbörjad</source>
            <translation>Insats påbörjad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="25" />
            <source>Insats avslutad</source>
            <translation>Insats avslutad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="25" />
            <source>Uppföljning</source>
            <translation>Uppföljning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="26" />
            <source>Konsultation genomförd</source>
            <translation>Konsultation genomförd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="26" />
            <source>Avslutat</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="27" />
            <source>Uppföljning planerad</source>
            <translation>Uppföljning planerad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="32" />
            <source>Ta upp konsultationen på nästa teammöte.</source>
            <translation>Ta upp konsultationen på nästa teammöte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="33" />
            <source>Samtycket saknas: blanketten "Aktualisering till STAR" behövs före bedömning.</source>
            <translation>Samtycket saknas: blanketten "Aktualisering till STAR" behövs före bedömning.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="35" />
            <source>Bedöm ärendet på nästa teammöte: anta eller återvisa.</source>
            <translation>Bedöm ärendet på nästa teammöte: anta eller återvisa.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="36" />
            <source>Utse ärendebärare och boka planeringsmöte med individen.</source>
            <translation>Utse ärendebärare och boka planeringsmöte med individen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="37" />
            <source>Håll planeringsmötet med individen och registrera det.</source>
            <translation>Håll planeringsmötet med individen och registrera det.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="38" />
            <source>Registrera den individuella planen.</source>
            <translation>Registrera den individuella planen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="39" />
            <source>Registrera de parallella insatserna.</source>
            <translation>Registrera de parallella insatserna.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="40" />
            <source>Planera nästa uppföljning.</source>
            <translation>Planera nästa uppföljning.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="41" />
            <source>Ärendet är avslutat.</source>
            <translation>Ärendet är avslutat.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="42" />
            <source>Ärendet är återvisat till remittenten.</source>
            <translation>Ärendet är återvisat till remittenten.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="43" />
            <source>Konsultationen är genomförd.</source>
            <translation>Konsultationen är genomförd.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="49" />
            <source>Uppföljningen {date} är försenad: följ upp i teamet.</source>
            <translation>Uppföljningen {date} är försenad: följ upp i teamet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="50" />
            <source>Nästa uppföljning {date}.</source>
            <translation>Nästa uppföljning {date}.</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="53" />
            <source>← Till ärendelistan</source>
            <translation>← Till ärendelistan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="70" />
            <source>&amp;Registerutdrag…</source>
            <translation>&amp;Registerutdrag…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="73" />
            <source>Allt som finns lagrat om deltagaren, som PDF (artikel 15 i dataskyddsförordningen)</source>
            <translation>Allt som finns lagrat om deltagaren, som PDF (artikel 15 i dataskyddsförordningen)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="77" />
            <source>Uppgifter</source>
            <translation>Uppgifter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="81" />
            <source>Deltagare:</source>
            <translation>Deltagare:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="81" />
            <source>Typ:</source>
            <translation>Typ:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="82" />
            <source>Aktualiserad av:</source>
            <translation>Aktualiserad av:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="82" />
            <source>Aktualiserad:</source>
            <translation>Aktualiserad:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="83" />
            <source>Försörjning vid start:</source>
            <translation>Försörjning vid start:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="83" />
            <source>Samtycke:</source>
            <translation>Samtycke:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="84" />
            <source>Egna ord:</source>
            <translation>Egna ord:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="84" />
            <source>Ärendebärare:</source>
            <translation>Ärendebärare:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="85" />
            <source>Planeringsmöte:</source>
            <translation>Planeringsmöte:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="85" />
            <source>Individuell plan:</source>
            <translation>Individuell plan:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="86" />
            <source>Avslut:</source>
            <translation>Avslut:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="97" />
            <source>Ärendets tidslinje</source>
            <translation>Ärendets tidslinje</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="98" />
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="98" />
            <source>Händelse</source>
            <translation>Händelse</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="98" />
            <source>Detalj</source>
            <translation>Detalj</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="102" />
            <source>Tidslinje</source>
            <translation>Tidslinje</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="106" />
            <source>Steg</source>
            <translation>Steg</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="109" />
            <source>Samtycke…</source>
            <translation>Samtycke…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="109" />
            <source>Bedöm…</source>
            <translation>Bedöm…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="110" />
            <source>Sätt i kö…</source>
            <translation>Sätt i kö…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="110" />
            <source>Ärendebärare…</source>
            <translation>Ärendebärare…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="111" />
            <source>Planeringsmöte…</source>
            <translation>Planeringsmöte…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="111" />
            <source>Individuell plan…</source>
            <translation>Individuell plan…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="112" />
            <source>Ny insats…</source>
            <translation>Ny insats…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="113" />
            <source>Registrera uppföljning…</source>
            <translation>Registrera uppföljning…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="114" />
            <source>Extra uppföljning…</source>
            <translation>Extra uppföljning…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="115" />
            <source>Konsultation genomförd…</source>
            <translation>Konsultation genomförd…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="116" />
            <source>Avsluta ärendet…</source>
            <translation>Avsluta ärendet…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="117" />
            <source>Återkalla samtycke…</source>
            <translation>Återkalla samtycke…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="172" />
            <source>Ärende {number}</source>
            <translation>Ärende {number}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="176" />
            <source>Samtycket återkallades {date}. Ärendet behandlas inte längre och personuppgifterna är gallrade.</source>
            <translation>Samtycket återkallades {date}. Ärendet behandlas inte längre och personuppgifterna är gallrade.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="181" />
            <source>Nästa steg: {step}</source>
            <translation>Nästa steg: {step}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="185" />
            <source>Ingen enskild (generell konsultation): {subject}</source>
            <translation>Ingen enskild (generell konsultation): {subject}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="188" />
            <source>{gender}, född {year}</source>
            <translation>{gender}, född {year}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="191" />
            <source>Personuppgifterna är gallrade ({gender}, född {year})</source>
            <translation>Personuppgifterna är gallrade ({gender}, född {year})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="194" />
            <source>{name}  {personnummer}  ({gender}, född {year})</source>
            <translation>{name}  {personnummer}  ({gender}, född {year})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="202" />
            <source>, {years} år med offentlig försörjning</source>
            <translation>, {years} år med offentlig försörjning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="207" />
            <source>behövs inte</source>
            <translation>behövs inte</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="209" />
            <source>återkallat {date}</source>
            <translation>återkallat {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="212" />
            <source>undertecknat {date}</source>
            <translation>undertecknat {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="215" />
            <source>saknas</source>
            <translation>saknas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="225" />
            <source>, med aktivitet mot egen försörjning</source>
            <translation>, med aktivitet mot egen försörjning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="228" />
            <source>{date}: {reason}; försörjning vid avslut: {income}</source>
            <translation>{date}: {reason}; försörjning vid avslut: {income}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="243" />
            <source>av {party}</source>
            <translation>av {party}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="250" />
            <source>Uppföljning försenad</source>
            <translation>Uppföljning försenad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="252" />
            <source>Uppföljning planerad</source>
            <translation>Uppföljning planerad</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="35" />
            <source>Ärenden</source>
            <extracomment>The coordinator ticked or unticked the box: presentation mode for the whole window.</extracomment>
            <translation>Ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="37" />
            <source>&amp;Ny aktualisering…</source>
            <translation>&amp;Ny aktualisering…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="40" />
            <source>&amp;Utbudskartan…</source>
            <translation>&amp;Utbudskartan…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="43" />
            <source>&amp;Importera från Excel…</source>
            <translation>&amp;Importera från Excel…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="46" />
            <source>Import&amp;mall…</source>
            <translation>Import&amp;mall…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="49" />
            <source>Dölj namn (visningsläge)</source>
            <translation>Dölj namn (visningsläge)</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="37" />
            <source>Utbudskartan</source>
            <translation>Utbudskartan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="42" />
            <source>Insatser i utbudskartan</source>
            <translation>Insatser i utbudskartan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="44" />
            <source>Visa inaktiva</source>
            <translation>Visa inaktiva</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="50" />
            <source>– välj område –</source>
            <translation>– välj område –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="53" />
            <source>– ingen särskild –</source>
            <translation>– ingen särskild –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="58" />
            <source>Aktiv (kan väljas för nya insatser)</source>
            <translation>Aktiv (kan väljas för nya insatser)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="63" />
            <source>&amp;Område:</source>
            <translation>&amp;Område:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="64" />
            <source>&amp;Namn:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="65" />
            <source>&amp;Part:</source>
            <translation>&amp;Part:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="66" />
            <source>&amp;Beskrivning:</source>
            <translation>&amp;Beskrivning:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="69" />
            <source>Ny &amp;insats</source>
            <translation>Ny &amp;insats</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="71" />
            <source>&amp;Spara</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="106" />
            <source> – inaktiv</source>
            <translation> – inaktiv</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="154" />
            <source>Sparat.</source>
            <translation>Sparat.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="42" />
            <source>Byt lösenfras</source>
            <translation>Byt lösenfras</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="46" />
            <source>Filen krypteras om med den nya lösenfrasen och öppnas sedan bara med den. Välj minst {n} tecken, gärna några ord som inte hör ihop.</source>
            <translation>Filen krypteras om med den nya lösenfrasen och öppnas sedan bara med den. Välj minst {n} tecken, gärna några ord som inte hör ihop.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="50" />
            <source>Obs! Säkerhetskopior som redan har gjorts öppnas fortfarande bara med den gamla lösenfrasen. Spara den på ett säkert ställe så länge de kopiorna finns kvar.</source>
            <translation>Obs! Säkerhetskopior som redan har gjorts öppnas fortfarande bara med den gamla lösenfrasen. Spara den på ett säkert ställe så länge de kopiorna finns kvar.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="60" />
            <source>&amp;Nuvarande lösenfras:</source>
            <translation>&amp;Nuvarande lösenfras:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="61" />
            <source>N&amp;y lösenfras:</source>
            <translation>N&amp;y lösenfras:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="62" />
            <source>&amp;Upprepa den nya:</source>
            <translation>&amp;Upprepa den nya:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="71" />
            <source>&amp;Byt lösenfras</source>
            <translation>&amp;Byt lösenfras</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="123" />
            <source>Lösenfrasen är bytt. Filen öppnas nu bara med den nya.</source>
            <translation>Lösenfrasen är bytt. Filen öppnas nu bara med den nya.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="125" />
            <source>Nyckeln i datorns nyckelring är uppdaterad.</source>
            <translation>Nyckeln i datorns nyckelring är uppdaterad.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="128" />
            <source>&amp;Stäng</source>
            <translation>&amp;Stäng</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="137" />
            <source>Tidigare säkerhetskopior kräver den gamla lösenfrasen. Ingen mapp för säkerhetskopior är vald; gör en ny kopia under Inställningar → Säkerhetskopior.</source>
            <translation>Tidigare säkerhetskopior kräver den gamla lösenfrasen. Ingen mapp för säkerhetskopior är vald; gör en ny kopia under Inställningar → Säkerhetskopior.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="143" />
            <source>Tidigare säkerhetskopior kräver den gamla lösenfrasen, och en ny kopia kunde inte göras: {reason}</source>
            <translation>Tidigare säkerhetskopior kräver den gamla lösenfrasen, och en ny kopia kunde inte göras: {reason}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="145" />
            <source>Tidigare säkerhetskopior kräver den gamla lösenfrasen; en ny kopia med den nya är sparad: {name}</source>
            <translation>Tidigare säkerhetskopior kräver den gamla lösenfrasen; en ny kopia med den nya är sparad: {name}</translation>
        </message>
    </context>
    <context>
        <name>CrashNotifier</name>
        <message>
            <location filename="../../star_desktop/ui/app.py" line="143" />
            <source>Ett oväntat fel inträffade, och det du just gjorde kan ha avbrutits. Ändringar sparas bara hela, så kontrollera att det blev som du ville.

En felrapport utan personuppgifter har sparats i {folder} ({name}). Skicka den gärna till den som ger support för programmet.</source>
            <translation>Ett oväntat fel inträffade, och det du just gjorde kan ha avbrutits. Ändringar sparas bara hela, så kontrollera att det blev som du ville.

En felrapport utan personuppgifter har sparats i {folder} ({name}). Skicka den gärna till den som ger support för programmet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/app.py" line="154" />
            <source>Ett oväntat fel</source>
            <translation>Ett oväntat fel</translation>
        </message>
    </context>
    <context>
        <name>DeviationTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="82" />
            <source>Datum</source>
            <extracomment>Longest description shown in the table; the whole text is in the tooltip and the dialog.</extracomment>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="83" />
            <source>Kategori</source>
            <translation>Kategori</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="84" />
            <source>Beskrivning</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="85" />
            <source>Lyft till</source>
            <translation>Lyft till</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="86" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="87" />
            <source>Åtgärdad</source>
            <translation>Åtgärdad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="96" />
            <source>{body} {date}</source>
            <translation>{body} {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="112" />
            <source>{description}

Åtgärd: {resolution}</source>
            <translation>{description}

Åtgärd: {resolution}</translation>
        </message>
    </context>
    <context>
        <name>DeviationsArea</name>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="212" />
            <location filename="../../star_desktop/ui/deviations_area.py" line="246" />
            <source>Avvikelser</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="215" />
            <source>Beskriv avvikelser utan personuppgifter: inga namn, personnummer eller ärendenummer. Registret går till den lokala styrgruppen och sparas; en avvikelse kan ändras men inte tas bort.</source>
            <translation>Beskriv avvikelser utan personuppgifter: inga namn, personnummer eller ärendenummer. Registret går till den lokala styrgruppen och sparas; en avvikelse kan ändras men inte tas bort.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="223" />
            <source>Visa status</source>
            <translation>Visa status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="226" />
            <location filename="../../star_desktop/ui/deviations_area.py" line="156" />
            <source>&amp;Status:</source>
            <translation>&amp;Status:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="230" />
            <source>Visa år</source>
            <translation>Visa år</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="195" />
            <location filename="../../star_desktop/ui/deviations_area.py" line="231" />
            <location filename="../../star_desktop/ui/deviations_area.py" line="292" />
            <source>alla</source>
            <translation>alla</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="196" />
            <source>öppna</source>
            <translation>öppna</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="197" />
            <source>under åtgärd</source>
            <translation>under åtgärd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="198" />
            <source>åtgärdade</source>
            <translation>åtgärdade</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="232" />
            <source>&amp;År:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="237" />
            <source>&amp;Ny avvikelse…</source>
            <translation>&amp;Ny avvikelse…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="239" />
            <source>&amp;Ändra…</source>
            <translation>&amp;Ändra…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="316" />
            <source>Inga avvikelser med det här urvalet.</source>
            <translation>Inga avvikelser med det här urvalet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="317" />
            <source>Inga avvikelser registrerade. Välj Ny avvikelse… för att lägga in en.</source>
            <translation>Inga avvikelser registrerade. Välj Ny avvikelse… för att lägga in en.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="322" />
            <source>1 avvikelse visas</source>
            <translation>1 avvikelse visas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="323" />
            <source>{n} avvikelser visas</source>
            <translation>{n} avvikelser visas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="324" />
            <source>{shown}: {open} öppna, {ongoing} under åtgärd.</source>
            <translation>{shown}: {open} öppna, {ongoing} under åtgärd.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="167" />
            <source>Ny avvikelse</source>
            <translation>Ny avvikelse</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="171" />
            <source>Skriv utan personuppgifter: inga namn, personnummer eller ärendenummer. Registret går till den lokala styrgruppen.</source>
            <translation>Skriv utan personuppgifter: inga namn, personnummer eller ärendenummer. Registret går till den lokala styrgruppen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="183" />
            <source>Vad hände, och vad fick det för följder för teamets arbete?</source>
            <translation>Vad hände, och vad fick det för följder för teamets arbete?</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="187" />
            <source>Vad gjordes, eller vad ska göras?</source>
            <translation>Vad gjordes, eller vad ska göras?</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="151" />
            <source>&amp;Inträffade den:</source>
            <translation>&amp;Inträffade den:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="152" />
            <source>&amp;Kategori:</source>
            <translation>&amp;Kategori:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="153" />
            <source>&amp;Beskrivning:</source>
            <translation>&amp;Beskrivning:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="154" />
            <source>&amp;Lyft till:</source>
            <translation>&amp;Lyft till:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="155" />
            <source>Lyft &amp;den:</source>
            <translation>Lyft &amp;den:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="157" />
            <source>Å&amp;tgärd:</source>
            <translation>Å&amp;tgärd:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="158" />
            <source>Åtgärdad de&amp;n:</source>
            <translation>Åtgärdad de&amp;n:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="173" />
            <source>Spara</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="145" />
            <source>– välj kategori –</source>
            <translation>– välj kategori –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="147" />
            <source>– inte lyft ännu –</source>
            <translation>– inte lyft ännu –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="168" />
            <source>Ändra avvikelsen från {date}</source>
            <translation>Ändra avvikelsen från {date}</translation>
        </message>
    </context>
    <context>
        <name>EndMembershipDialog</name>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="231" />
            <source>Avsluta ledamot</source>
            <translation>Avsluta ledamot</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="236" />
            <source>Sista &amp;dag:</source>
            <translation>Sista &amp;dag:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="238" />
            <source>{name} finns kvar i historiken (närvaro och minnesanteckningar) men visas inte längre bland aktiva ledamöter.</source>
            <translation>{name} finns kvar i historiken (närvaro och minnesanteckningar) men visas inte längre bland aktiva ledamöter.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="243" />
            <source>Avsluta</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="244" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="260" />
            <source>Sista dagen kan inte ligga före startdatum.</source>
            <translation>Sista dagen kan inte ligga före startdatum.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="108" />
            <source>Exportera 4R-analysen</source>
            <translation>Exportera 4R-analysen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="113" />
            <source>Skydda små tal (1–4 visas som "&lt;5")</source>
            <translation>Skydda små tal (1–4 visas som "&lt;5")</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="119" />
            <source>&amp;Mottagare:</source>
            <translation>&amp;Mottagare:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/report.py" line="31" />
            <source>Lokala styrgruppen</source>
            <extracomment>Who an export is for, and whether small counts are masked by default for them. key: (Swedish label, small counts protected by default); the GUI's ExportDialog shows the label in the current language, the exported files name the recipient in Swedish.</extracomment>
            <translation>Lokala styrgruppen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/report.py" line="32" />
            <source>Förbundskansliet</source>
            <translation>Förbundskansliet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/report.py" line="33" />
            <source>Teamet (internt)</source>
            <translation>Teamet (internt)</translation>
        </message>
    </context>
    <context>
        <name>ExportPrivacyDialog</name>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="264" />
            <source>Exportera ärendelistan</source>
            <extracomment>Rows read in one query when the view asks for a row not yet read. Rows kept; past this the cache starts over (a whole list of 20,000 would still be fine). After every search: the number of cases found. Number of fetch_rows queries made (for tests and the benchmark).</extracomment>
            <translation>Exportera ärendelistan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="266" />
            <source>{count} exporteras till en Excel-fil. Filen sparas okrypterad och lämnar teamfilens skydd, så välj hur mycket den ska visa om deltagarna.</source>
            <translation>{count} exporteras till en Excel-fil. Filen sparas okrypterad och lämnar teamfilens skydd, så välj hur mycket den ska visa om deltagarna.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="283" />
            <source>Välj fil…</source>
            <translation>Välj fil…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="284" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>ExtractDialog</name>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="44" />
            <source>Registerutdrag</source>
            <extracomment>The last PDF saved, for the caller.</extracomment>
            <translation>Registerutdrag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="47" />
            <source>Ett registerutdrag visar allt som finns sparat om en person i teamfilen: personuppgifter, ärenden, insatser, uppföljningar, mötesanteckningar och loggen. Den som begär det ska få det inom en månad (artikel 15 i dataskyddsförordningen).</source>
            <translation>Ett registerutdrag visar allt som finns sparat om en person i teamfilen: personuppgifter, ärenden, insatser, uppföljningar, mötesanteckningar och loggen. Den som begär det ska få det inom en månad (artikel 15 i dataskyddsförordningen).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="56" />
            <source>ÅÅÅÅMMDD-NNNN eller ärendenummer</source>
            <translation>ÅÅÅÅMMDD-NNNN eller ärendenummer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="58" />
            <source>&amp;Sök</source>
            <translation>&amp;Sök</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="67" />
            <source>Personnummer &amp;eller ärendenummer:</source>
            <translation>Personnummer &amp;eller ärendenummer:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="68" />
            <source>Personnummer eller ärendenummer</source>
            <translation>Personnummer eller ärendenummer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="70" />
            <source>Ingen vald än.</source>
            <translation>Ingen vald än.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="73" />
            <source>Utdraget avser</source>
            <translation>Utdraget avser</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="74" />
            <source>Avser:</source>
            <translation>Avser:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="80" />
            <source>Stäng</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="81" />
            <source>Spara &amp;PDF…</source>
            <translation>Spara &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="109" />
            <source>inga ärenden</source>
            <translation>inga ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="110" />
            <source>{name} – ärenden: {cases}</source>
            <translation>{name} – ärenden: {cases}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="121" />
            <source>Ingen vald.</source>
            <translation>Ingen vald.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="133" />
            <source>Spara registerutdraget</source>
            <translation>Spara registerutdraget</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="134" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="156" />
            <source>Utdraget kunde inte sparas: {path} ({err})</source>
            <translation>Utdraget kunde inte sparas: {path} ({err})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="162" />
            <source>Registerutdraget sparades i {path}.</source>
            <translation>Registerutdraget sparades i {path}.</translation>
        </message>
    </context>
    <context>
        <name>FederationDialog</name>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="34" />
            <source>Länssammanställning</source>
            <translation>Länssammanställning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="37" />
            <source>Välj teamens exporterade arbetsböcker (rapport eller 4R, samma period). Siffrorna läggs ihop team för team; andelar och medelvärden räknas om från de summerade antalen.</source>
            <translation>Välj teamens exporterade arbetsböcker (rapport eller 4R, samma period). Siffrorna läggs ihop team för team; andelar och medelvärden räknas om från de summerade antalen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="43" />
            <source>Teamens filer</source>
            <translation>Teamens filer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="44" />
            <source>&amp;Filer:</source>
            <translation>&amp;Filer:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="46" />
            <source>&amp;Lägg till filer…</source>
            <translation>&amp;Lägg till filer…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="49" />
            <source>&amp;Ta bort</source>
            <translation>&amp;Ta bort</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="52" />
            <source>Skapa &amp;xlsx…</source>
            <translation>Skapa &amp;xlsx…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="55" />
            <source>Skapa &amp;pdf…</source>
            <translation>Skapa &amp;pdf…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="58" />
            <source>Stäng</source>
            <translation>Stäng</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="94" />
            <source>Välj teamens filer</source>
            <translation>Välj teamens filer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="96" />
            <location filename="../../star_desktop/ui/federation_dialog.py" line="114" />
            <source>Excel-filer (*.xlsx)</source>
            <translation>Excel-filer (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="114" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="115" />
            <source>Spara länssammanställningen</source>
            <translation>Spara länssammanställningen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="139" />
            <source>Välj en annan fil än teamens: {path}</source>
            <translation>Välj en annan fil än teamens: {path}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="145" />
            <source>Sammanställningen kunde inte sparas: {path} ({err})</source>
            <translation>Sammanställningen kunde inte sparas: {path} ({err})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="148" />
            <source>Sammanställningen av {n} team sparad: {path}</source>
            <translation>Sammanställningen av {n} team sparad: {path}</translation>
        </message>
    </context>
    <context>
        <name>FieldMessages</name>
        <message>
            <location filename="../../star_desktop/ui/common.py" line="160" />
            <source>Fel: {label}</source>
            <translation>Fel: {label}</translation>
        </message>
    </context>
    <context>
        <name>FourRArea</name>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="131" />
            <source>4R-analysen</source>
            <translation>4R-analysen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="136" />
            <source>4R</source>
            <translation>4R</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="137" />
            <source>4R-analysen med könsuppdelad statistik: R1 Representation och R2 Resurser räknas fram ur ärendena; R3 Realia och R4 Realisera skriver du. Här visas alla tal; i exporter till styrgruppen och förbundskansliet skyddas små tal.</source>
            <translation>4R-analysen med könsuppdelad statistik: R1 Representation och R2 Resurser räknas fram ur ärendena; R3 Realia och R4 Realisera skriver du. Här visas alla tal; i exporter till styrgruppen och förbundskansliet skyddas små tal.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="144" />
            <location filename="../../star_desktop/ui/fourr_area.py" line="155" />
            <source>R1 Representation</source>
            <translation>R1 Representation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="152" />
            <location filename="../../star_desktop/ui/fourr_area.py" line="156" />
            <source>R2 Resurser</source>
            <translation>R2 Resurser</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="157" />
            <source>R3 och R4</source>
            <translation>R3 och R4</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="176" />
            <source>&amp;Spara texterna</source>
            <translation>&amp;Spara texterna</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="187" />
            <source>Periodens åtgärder (R4)</source>
            <translation>Periodens åtgärder (R4)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="191" />
            <source>En åtgärd för förändring…</source>
            <translation>En åtgärd för förändring…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="192" />
            <source>Ny åtgärd</source>
            <translation>Ny åtgärd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="194" />
            <source>&amp;Lägg till åtgärd</source>
            <translation>&amp;Lägg till åtgärd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="197" />
            <source>&amp;Ta bort åtgärd</source>
            <translation>&amp;Ta bort åtgärd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="215" />
            <source>Förra periodens åtgärder</source>
            <translation>Förra periodens åtgärder</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="216" />
            <source>Åtgärd</source>
            <translation>Åtgärd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="216" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="243" />
            <source>Nya deltagare</source>
            <translation>Nya deltagare</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="244" />
            <source>Aktiva vid periodens slut</source>
            <translation>Aktiva vid periodens slut</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="245" />
            <source>Avslutade</source>
            <translation>Avslutade</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="246" />
            <source>Teamets ledamöter</source>
            <translation>Teamets ledamöter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="247" />
            <source>Styrgruppens ledamöter</source>
            <translation>Styrgruppens ledamöter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="257" />
            <source>Åtgärder för {period} (R4):</source>
            <translation>Åtgärder för {period} (R4):</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="264" />
            <source>Förra periodens åtgärder ({period}) – hur gick de?</source>
            <translation>Förra periodens åtgärder ({period}) – hur gick de?</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="272" />
            <source>Status för åtgärden</source>
            <translation>Status för åtgärden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="280" />
            <source>Förra perioden ({period}) har inga åtgärder att följa upp.</source>
            <translation>Förra perioden ({period}) har inga åtgärder att följa upp.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="290" />
            <source>Texterna sparade.</source>
            <translation>Texterna sparade.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="291" />
            <source>Inget att spara.</source>
            <translation>Inget att spara.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="327" />
            <source>Status sparad.</source>
            <translation>Status sparad.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="23" />
            <source>R3 Realia</source>
            <extracomment>(key, label, question); the GUI shows label and question through translate("FourRArea", …).</extracomment>
            <translation>R3 Realia</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="24" />
            <source>Varför ser det ut som det gör? Analysera skillnaderna mellan kvinnor och män i R1 och R2: normer, arbetssätt, bemötande, vem som aktualiseras och vilka insatser som erbjuds.</source>
            <translation>Varför ser det ut som det gör? Analysera skillnaderna mellan kvinnor och män i R1 och R2: normer, arbetssätt, bemötande, vem som aktualiseras och vilka insatser som erbjuds.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="27" />
            <source>R4 Realisera</source>
            <translation>R4 Realisera</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="28" />
            <source>Vad ska förändras? Mål och åtgärder för nästa period, och hur förra periodens åtgärder gick.</source>
            <translation>Vad ska förändras? Mål och åtgärder för nästa period, och hur förra periodens åtgärder gick.</translation>
        </message>
    </context>
    <context>
        <name>GenderShareChart</name>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="61" />
            <source>Könsfördelning</source>
            <extracomment>Colours of the gender parts (kvinnor, män, annat), told apart by their labels too.</extracomment>
            <translation>Könsfördelning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="95" />
            <source>Kvinnor</source>
            <translation>Kvinnor</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="95" />
            <source>Män</source>
            <translation>Män</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="95" />
            <source>Annat/ej angivet</source>
            <translation>Annat/ej angivet</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettings</name>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="90" />
            <source>Du på den här datorn</source>
            <translation>Du på den här datorn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="95" />
            <source>Ditt namn i loggen</source>
            <translation>Ditt namn i loggen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="96" />
            <source>Spara namnet</source>
            <translation>Spara namnet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="100" />
            <source>Ditt &amp;namn i loggen:</source>
            <translation>Ditt &amp;namn i loggen:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="112" />
            <source>Systemets språk</source>
            <translation>Systemets språk</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="114" />
            <source>Programmets språk</source>
            <translation>Programmets språk</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="116" />
            <source>&amp;Språk:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="118" />
            <source>Språket byts nästa gång programmet startar.</source>
            <translation>Språket byts nästa gång programmet startar.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="124" />
            <source>Teamfilen och nyckeln</source>
            <translation>Teamfilen och nyckeln</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="131" />
            <source>Teamfilens sökväg</source>
            <translation>Teamfilens sökväg</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="133" />
            <source>{rev} (programmets senaste: {head})</source>
            <translation>{rev} (programmets senaste: {head})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="138" />
            <source>Kom ihåg på den här datorn</source>
            <translation>Kom ihåg på den här datorn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="140" />
            <source>Glöm nyckeln på den här datorn</source>
            <translation>Glöm nyckeln på den här datorn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="144" />
            <source>&amp;Byt lösenfras…</source>
            <translation>&amp;Byt lösenfras…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="147" />
            <source>Fil:</source>
            <translation>Fil:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="148" />
            <source>Schemaversion:</source>
            <translation>Schemaversion:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="149" />
            <source>Nyckeln:</source>
            <translation>Nyckeln:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="159" />
            <source>Lås</source>
            <translation>Lås</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="162" />
            <source>Utan aktivitet i så många minuter döljs fönstrets innehåll och nyckeln tas bort ur minnet; du låser upp med nyckelringen eller lösenfrasen. Inställningen gäller teamfilen, på alla datorer. Ctrl+L låser direkt.</source>
            <translation>Utan aktivitet i så många minuter döljs fönstrets innehåll och nyckeln tas bort ur minnet; du låser upp med nyckelringen eller lösenfrasen. Inställningen gäller teamfilen, på alla datorer. Ctrl+L låser direkt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="169" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="170" />
            <source>Aldrig</source>
            <translation>Aldrig</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="172" />
            <source>Lås efter så många minuter utan aktivitet</source>
            <translation>Lås efter så många minuter utan aktivitet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="175" />
            <source>Lås &amp;efter:</source>
            <translation>Lås &amp;efter:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="183" />
            <source>Spara &amp;låsinställningen</source>
            <translation>Spara &amp;låsinställningen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="212" />
            <source>Sparat: låser efter {n} minuter.</source>
            <translation>Sparat: låser efter {n} minuter.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="213" />
            <source>Sparat: låser bara med knappen.</source>
            <translation>Sparat: låser bara med knappen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="220" />
            <source>Datorn har ingen nyckelring som programmet kan använda, så lösenfrasen efterfrågas varje gång filen öppnas.</source>
            <translation>Datorn har ingen nyckelring som programmet kan använda, så lösenfrasen efterfrågas varje gång filen öppnas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="223" />
            <source>Sparad i datorns nyckelring ({backend}); filen öppnas utan fråga på den här datorn.</source>
            <translation>Sparad i datorns nyckelring ({backend}); filen öppnas utan fråga på den här datorn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="226" />
            <source>Inte sparad på den här datorn; lösenfrasen efterfrågas när filen öppnas.</source>
            <translation>Inte sparad på den här datorn; lösenfrasen efterfrågas när filen öppnas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="236" />
            <source>Sparat. Gäller från nästa gång en fil öppnas.</source>
            <translation>Sparat. Gäller från nästa gång en fil öppnas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="243" />
            <source>Sparat. Språket byts nästa gång programmet startar.</source>
            <translation>Sparat. Språket byts nästa gång programmet startar.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="254" />
            <source>Nyckelringen tog inte emot nyckeln.</source>
            <translation>Nyckelringen tog inte emot nyckeln.</translation>
        </message>
    </context>
    <context>
        <name>ImportErrorsDialog</name>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="43" />
            <source>Importen gjordes inte</source>
            <translation>Importen gjordes inte</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="46" />
            <source>Inget importerades: {n} fel i filen. Rätta raderna i Excel och importera igen.</source>
            <translation>Inget importerades: {n} fel i filen. Rätta raderna i Excel och importera igen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="52" />
            <source>Fel i importfilen</source>
            <translation>Fel i importfilen</translation>
        </message>
    </context>
    <context>
        <name>ItemPage</name>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="126" />
            <source>Anteckningar</source>
            <extracomment>The meeting's own keys: next and previous item, wherever the focus is.</extracomment>
            <translation>Anteckningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="55" />
            <source>&amp;Anta</source>
            <extracomment>Decision buttons: (key, label, the case step it needs allowed). Each label has its own Alt+letter, unique in the meeting window, so every decision can be taken from the keyboard.</extracomment>
            <translation>&amp;Anta</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="56" />
            <source>Åter&amp;visa…</source>
            <translation>Åter&amp;visa…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="57" />
            <source>Ärende&amp;bärare…</source>
            <translation>Ärende&amp;bärare…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="58" />
            <source>P&amp;laneringsmöte…</source>
            <translation>P&amp;laneringsmöte…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="59" />
            <source>&amp;Uppföljt, planera nästa…</source>
            <translation>&amp;Uppföljt, planera nästa…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="61" />
            <source>Avslu&amp;ta…</source>
            <translation>Avslu&amp;ta…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="62" />
            <source>&amp;Konsultation genomförd</source>
            <translation>&amp;Konsultation genomförd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="129" />
            <source>Anteckningen innehåller &amp;personuppgifter (tas inte med till styrgruppen)</source>
            <translation>Anteckningen innehåller &amp;personuppgifter (tas inte med till styrgruppen)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="134" />
            <source>Åtgärder</source>
            <translation>Åtgärder</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="136" />
            <source>Vem</source>
            <translation>Vem</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="137" />
            <source>Åtgärd: vem</source>
            <translation>Åtgärd: vem</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="139" />
            <source>Vad</source>
            <translation>Vad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="140" />
            <source>Åtgärd: vad</source>
            <translation>Åtgärd: vad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="142" />
            <source>Senast ÅÅÅÅ-MM-DD</source>
            <translation>Senast ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="143" />
            <source>Åtgärd: senast</source>
            <translation>Åtgärd: senast</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="144" />
            <source>Lägg t&amp;ill åtgärd</source>
            <translation>Lägg t&amp;ill åtgärd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="163" />
            <source>Ant&amp;eckningar:</source>
            <translation>Ant&amp;eckningar:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="165" />
            <source>Åt&amp;gärder (vem, vad, senast när):</source>
            <translation>Åt&amp;gärder (vem, vad, senast när):</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="180" />
            <source>Punkt {i} av {n}</source>
            <translation>Punkt {i} av {n}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="186" />
            <source> (senast {date})</source>
            <translation> (senast {date})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="208" />
            <location filename="../../star_desktop/ui/meeting_mode.py" line="211" />
            <source>{who}, född {year}</source>
            <translation>{who}, född {year}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="216" />
            <source>Nästa steg: {step}</source>
            <translation>Nästa steg: {step}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="268" />
            <source>– välj part –</source>
            <translation>– välj part –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="272" />
            <location filename="../../star_desktop/ui/meeting_mode.py" line="282" />
            <source>&amp;Skäl:</source>
            <translation>&amp;Skäl:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="274" />
            <source>&amp;Part:</source>
            <translation>&amp;Part:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="275" />
            <source>&amp;Namn:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="277" />
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="278" />
            <source>– välj form –</source>
            <translation>– välj form –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="280" />
            <source>&amp;Egen dag för nästa (frivilligt):</source>
            <translation>&amp;Egen dag för nästa (frivilligt):</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="283" />
            <source>– välj skäl –</source>
            <translation>– välj skäl –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="284" />
            <source>&amp;Kommentar:</source>
            <translation>&amp;Kommentar:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="285" />
            <source>&amp;Försörjning vid avslut:</source>
            <translation>&amp;Försörjning vid avslut:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="286" />
            <source>– välj –</source>
            <translation>– välj –</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="74" />
            <source>Låst</source>
            <extracomment>Input that counts as the coordinator being at the computer.</extracomment>
            <translation>Låst</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="83" />
            <source>Lösenfras</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="85" />
            <source>&amp;Lösenfras:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="91" />
            <source>Lås &amp;upp</source>
            <translation>Lås &amp;upp</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="95" />
            <source>&amp;Stäng teamfilen</source>
            <translation>&amp;Stäng teamfilen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="129" />
            <source>Fönstrets innehåll är dolt och nyckeln är borttagen ur minnet. Lås upp med nyckeln som är sparad på den här datorn, eller skriv lösenfrasen.</source>
            <translation>Fönstrets innehåll är dolt och nyckeln är borttagen ur minnet. Lås upp med nyckeln som är sparad på den här datorn, eller skriv lösenfrasen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="133" />
            <source>Fönstrets innehåll är dolt och nyckeln är borttagen ur minnet. Skriv lösenfrasen för att låsa upp.</source>
            <translation>Fönstrets innehåll är dolt och nyckeln är borttagen ur minnet. Skriv lösenfrasen för att låsa upp.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="147" />
            <source>Skriv lösenfrasen.</source>
            <translation>Skriv lösenfrasen.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="56" />
            <source>Ärenden</source>
            <extracomment>(key, Swedish name) of the areas, in navigation order; Ctrl+1 … Ctrl+7 jump to them.</extracomment>
            <translation>Ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="57" />
            <source>Möten</source>
            <translation>Möten</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="58" />
            <source>Rapporter</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="59" />
            <source>4R</source>
            <translation>4R</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="60" />
            <source>Avvikelser</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="61" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="62" />
            <source>Inställningar</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="230" />
            <source>&amp;Arkiv</source>
            <extracomment>The restore's questions (file dialogs, confirmations); tests give their own answers. While a file is open, a backup at most every few hours (also one on close and lock).</extracomment>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="231" />
            <source>&amp;Ny teamfil…</source>
            <translation>&amp;Ny teamfil…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="234" />
            <source>&amp;Öppna teamfil…</source>
            <translation>&amp;Öppna teamfil…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="237" />
            <source>&amp;Senast öppnade</source>
            <translation>&amp;Senast öppnade</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="238" />
            <source>&amp;Stäng teamfil</source>
            <translation>&amp;Stäng teamfil</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="241" />
            <source>&amp;Avsluta</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="248" />
            <source>Åte&amp;rställ från säkerhetskopia…</source>
            <translation>Åte&amp;rställ från säkerhetskopia…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="253" />
            <source>&amp;Länssammanställning…</source>
            <translation>&amp;Länssammanställning…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="255" />
            <source>Lägg ihop flera teams exporterade rapporter till en sammanställning för Länsam</source>
            <translation>Lägg ihop flera teams exporterade rapporter till en sammanställning för Länsam</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="261" />
            <source>&amp;Visa</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="271" />
            <source>&amp;Visningsläge (dölj namn)</source>
            <translation>&amp;Visningsläge (dölj namn)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="276" />
            <source>Visa initialer i stället för namn och dölj personnummer i alla områden, till exempel när skärmen visas för teamet</source>
            <translation>Visa initialer i stället för namn och dölj personnummer i alla områden, till exempel när skärmen visas för teamet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="280" />
            <source>&amp;Lås</source>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="284" />
            <source>Dölj fönstrets innehåll och ta bort nyckeln ur minnet tills du låser upp</source>
            <translation>Dölj fönstrets innehåll och ta bort nyckeln ur minnet tills du låser upp</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="287" />
            <source>Verktyg</source>
            <translation>Verktyg</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="294" />
            <source>&amp;Hjälp</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="295" />
            <source>&amp;Om {app}</source>
            <translation>&amp;Om {app}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="322" />
            <source>Låst – {app}</source>
            <translation>Låst – {app}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="380" />
            <source>Nyckeln finns inte längre i nyckelringen. Skriv lösenfrasen.</source>
            <translation>Nyckeln finns inte längre i nyckelringen. Skriv lösenfrasen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="384" />
            <source>Fel lösenfras. Försök igen.</source>
            <translation>Fel lösenfras. Försök igen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="420" />
            <source>Öppna teamfil</source>
            <translation>Öppna teamfil</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="421" />
            <source>Teamfiler (*.star);;Alla filer (*)</source>
            <translation>Teamfiler (*.star);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="444" />
            <source>Teamfilen kunde inte öppnas</source>
            <translation>Teamfilen kunde inte öppnas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="452" />
            <source>Filen uppgraderades från schema {old} till {new}. En kopia av den gamla finns i {backup}.</source>
            <translation>Filen uppgraderades från schema {old} till {new}. En kopia av den gamla finns i {backup}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="470" />
            <source>Teamfilen kunde inte skapas</source>
            <translation>Teamfilen kunde inte skapas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="501" />
            <source>Öppnade {name}</source>
            <translation>Öppnade {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="513" />
            <source>Den automatiska säkerhetskopian kunde inte göras: {err}</source>
            <translation>Den automatiska säkerhetskopian kunde inte göras: {err}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="516" />
            <source>Säkerhetskopia</source>
            <translation>Säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="522" />
            <source>Säkerhetskopia sparad: {name}</source>
            <translation>Säkerhetskopia sparad: {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="562" />
            <source>Inställningarna kunde inte sparas: {err}</source>
            <translation>Inställningarna kunde inte sparas: {err}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="573" />
            <source>Om {app}</source>
            <translation>Om {app}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="574" />
            <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Samordnarens program för STAR-teamet.&lt;br&gt;Teamfilens schemaversion: {rev} (programmets: {head})</source>
            <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Samordnarens program för STAR-teamet.&lt;br&gt;Teamfilens schemaversion: {rev} (programmets: {head})</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="332" />
            <source>Teammöte {date}</source>
            <translation>Teammöte {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="339" />
            <source>&amp;Dölj namn</source>
            <translation>&amp;Dölj namn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="353" />
            <source>← &amp;Föregående</source>
            <translation>← &amp;Föregående</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="355" />
            <location filename="../../star_desktop/ui/meeting_mode.py" line="403" />
            <source>&amp;Starta mötet →</source>
            <translation>&amp;Starta mötet →</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="357" />
            <source>Avsluta &amp;mötet</source>
            <translation>Avsluta &amp;mötet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="404" />
            <source>&amp;Nästa →</source>
            <translation>&amp;Nästa →</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="391" />
            <source>Tid {h}:{m:02d} av {ph}:{pm:02d} planerat</source>
            <translation>Tid {h}:{m:02d} av {ph}:{pm:02d} planerat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="448" />
            <source>Mötet</source>
            <translation>Mötet</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="96" />
            <source>Datum</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="97" />
            <source>Veckodag</source>
            <translation>Veckodag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="98" />
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="99" />
            <source>Plats</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="100" />
            <source>Länk</source>
            <translation>Länk</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="101" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="102" />
            <source>Kallelse</source>
            <translation>Kallelse</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="107" />
            <source>ska skickas nu</source>
            <translation>ska skickas nu</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="111" />
            <source>skickad</source>
            <translation>skickad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="142" />
            <source>Kallelsen ska skickas en vecka före mötet, {date}.</source>
            <translation>Kallelsen ska skickas en vecka före mötet, {date}.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsArea</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="302" />
            <source>Möten</source>
            <extracomment>The meeting mode's own "Dölj namn" box: presentation mode for the whole window.</extracomment>
            <translation>Möten</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="308" />
            <source>År</source>
            <translation>År</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="309" />
            <source>&amp;År:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="315" />
            <source>Årets möten</source>
            <translation>Årets möten</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="321" />
            <source>&amp;Planera året…</source>
            <translation>&amp;Planera året…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="323" />
            <source>&amp;Flytta…</source>
            <translation>&amp;Flytta…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="325" />
            <source>&amp;Ställ in…</source>
            <translation>&amp;Ställ in…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="334" />
            <source>&amp;Dagordning…</source>
            <translation>&amp;Dagordning…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="336" />
            <source>&amp;Led mötet…</source>
            <translation>&amp;Led mötet…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="338" />
            <source>&amp;Justera…</source>
            <translation>&amp;Justera…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="340" />
            <source>&amp;Tillägg…</source>
            <translation>&amp;Tillägg…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="327" />
            <source>Plats &amp;och länk…</source>
            <translation>Plats &amp;och länk…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="164" />
            <source>Fel</source>
            <translation>Fel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="342" />
            <source>&amp;Minnesanteckningar (PDF)…</source>
            <translation>&amp;Minnesanteckningar (PDF)…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="345" />
            <source>&amp;Kallelse…</source>
            <translation>&amp;Kallelse…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="393" />
            <source>Inga möten planerade {year}. Välj Planera året… för att lägga in årets möten.</source>
            <translation>Inga möten planerade {year}. Välj Planera året… för att lägga in årets möten.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="397" />
            <source>Kallelsen ska skickas nu till {n} möte(n).</source>
            <translation>Kallelsen ska skickas nu till {n} möte(n).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="442" />
            <source>{n} möten planerade {year}.</source>
            <translation>{n} möten planerade {year}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="445" />
            <source>Inga nya möten: alla dagarna {year} har redan ett möte.</source>
            <translation>Inga nya möten: alla dagarna {year} har redan ett möte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="468" />
            <source>Ställ in mötet</source>
            <translation>Ställ in mötet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="469" />
            <source>Ställa in mötet {date} {time}? Det står kvar i kalendern som inställt.</source>
            <translation>Ställa in mötet {date} {time}? Det står kvar i kalendern som inställt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="480" />
            <source>Mötet {date} är inställt.</source>
            <translation>Mötet {date} är inställt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="523" />
            <source>Teammöte {date}</source>
            <translation>Teammöte {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="555" />
            <source>Justera minnesanteckningarna</source>
            <translation>Justera minnesanteckningarna</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="556" />
            <source>Justeras av:</source>
            <translation>Justeras av:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="563" />
            <source>Justering</source>
            <translation>Justering</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="577" />
            <source>Tillägg till justerade minnesanteckningar</source>
            <translation>Tillägg till justerade minnesanteckningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="578" />
            <source>Tillägget dateras i dag; de justerade anteckningarna ändras inte:</source>
            <translation>Tillägget dateras i dag; de justerade anteckningarna ändras inte:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="585" />
            <source>Tillägg</source>
            <translation>Tillägg</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="587" />
            <source>Tillägget sparat.</source>
            <translation>Tillägget sparat.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="593" />
            <source>För styrgruppen (utan personuppgifter)</source>
            <translation>För styrgruppen (utan personuppgifter)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="594" />
            <source>Intern (för teamets ledamöter)</source>
            <translation>Intern (för teamets ledamöter)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="595" />
            <source>Minnesanteckningar</source>
            <translation>Minnesanteckningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="596" />
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="602" />
            <source>Spara minnesanteckningarna</source>
            <translation>Spara minnesanteckningarna</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="604" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="627" />
            <source>Sparat: {path}</source>
            <translation>Sparat: {path}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="268" />
            <source>Flytta</source>
            <translation>Flytta</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="285" />
            <source>Spara</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="261" />
            <source>Flytta mötet {date}</source>
            <translation>Flytta mötet {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="262" />
            <source>Nytt &amp;datum:</source>
            <translation>Nytt &amp;datum:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="263" />
            <source>&amp;Börjar:</source>
            <translation>&amp;Börjar:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="265" />
            <source>&amp;Slutar:</source>
            <translation>&amp;Slutar:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="280" />
            <source>Plats och länk för mötet {date}</source>
            <translation>Plats och länk för mötet {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="281" />
            <source>&amp;Plats:</source>
            <translation>&amp;Plats:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="282" />
            <source>&amp;Länk för digitalt deltagande:</source>
            <translation>&amp;Länk för digitalt deltagande:</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="117" />
            <source>Redigera ledamot</source>
            <translation>Redigera ledamot</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="117" />
            <source>Ny ledamot</source>
            <translation>Ny ledamot</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="125" />
            <source>– välj part –</source>
            <translation>– välj part –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="130" />
            <source>– välj –</source>
            <translation>– välj –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="134" />
            <source>Ordinarie ledamot</source>
            <translation>Ordinarie ledamot</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="138" />
            <source>Ersättare för {name}</source>
            <translation>Ersättare för {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="142" />
            <source>ÅÅÅÅ-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="144" />
            <source>ÅÅÅÅ-MM-DD (tomt om tills vidare)</source>
            <translation>ÅÅÅÅ-MM-DD (tomt om tills vidare)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="156" />
            <source>&amp;Namn:</source>
            <translation>&amp;Namn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="157" />
            <source>&amp;Part:</source>
            <translation>&amp;Part:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="158" />
            <source>&amp;Funktion:</source>
            <translation>&amp;Funktion:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="159" />
            <source>&amp;Kön:</source>
            <translation>&amp;Kön:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="160" />
            <source>&amp;Organ:</source>
            <translation>&amp;Organ:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="161" />
            <source>&amp;Roll:</source>
            <translation>&amp;Roll:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="162" />
            <source>&amp;E-post:</source>
            <translation>&amp;E-post:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="163" />
            <source>&amp;Telefon:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="164" />
            <source>Akti&amp;v från:</source>
            <translation>Akti&amp;v från:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="165" />
            <source>Aktiv t&amp;ill:</source>
            <translation>Aktiv t&amp;ill:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="166" />
            <source>&amp;Anteckning:</source>
            <translation>&amp;Anteckning:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="189" />
            <source>Spara</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="190" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="80" />
            <source>Namn</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="81" />
            <source>Part</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="82" />
            <source>Funktion</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="83" />
            <source>Kön</source>
            <translation>Kön</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="84" />
            <source>Organ</source>
            <translation>Organ</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="85" />
            <source>Ersättare för</source>
            <translation>Ersättare för</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="86" />
            <source>Aktiv från</source>
            <translation>Aktiv från</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="87" />
            <source>Aktiv till</source>
            <translation>Aktiv till</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="88" />
            <source>E-post</source>
            <translation>E-post</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="89" />
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="102" />
            <source>Avslutad som ledamot {date}</source>
            <translation>Avslutad som ledamot {date}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="43" />
            <location filename="../../star_desktop/cases/process.py" line="203" />
            <source>Välj insatsområde.</source>
            <translation>Välj insatsområde.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="46" />
            <source>Ange insatsens namn.</source>
            <translation>Ange insatsens namn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="48" />
            <source>Högst 200 tecken.</source>
            <translation>Högst 200 tecken.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="53" />
            <source>Insatsen finns redan i utbudskartan.</source>
            <translation>Insatsen finns redan i utbudskartan.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="55" />
            <source>Parten finns inte.</source>
            <translation>Parten finns inte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_reading.py" line="209" />
            <source>Skriv {yes} eller {no}.</source>
            <extracomment>Columns about the individual: empty for a general consultation, which concerns no one.</extracomment>
            <translation>Skriv {yes} eller {no}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_reading.py" line="231" />
            <location filename="../../star_desktop/fourr/analysis.py" line="61" />
            <location filename="../../star_desktop/meetings/calendar.py" line="82" />
            <location filename="../../star_desktop/meetings/calendar.py" line="110" />
            <location filename="../../star_desktop/reports/texts.py" line="109" />
            <location filename="../../star_desktop/team/service.py" line="68" />
            <location filename="../../star_desktop/team/service.py" line="139" />
            <source>Högst {n} tecken.</source>
            <extracomment>How many periods back "the previous period's text" is looked for. The labels are shown in the editor through QCoreApplication.translate(_C, …); the report itself is Swedish.</extracomment>
            <translation>Högst {n} tecken.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_reading.py" line="299" />
            <source>Fråga fylls bara i för en generell konsultation.</source>
            <translation>Fråga fylls bara i för en generell konsultation.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_rehearsal.py" line="173" />
            <source>Välj bedömning: antaget eller återvisat.</source>
            <extracomment>Field names of the process's messages that are not column keys.</extracomment>
            <translation>Välj bedömning: antaget eller återvisat.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_rehearsal.py" line="183" />
            <source>Skäl till återvisning anges bara när ärendet återvisas.</source>
            <translation>Skäl till återvisning anges bara när ärendet återvisas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="70" />
            <source>Bara ärenden om samplanering bedöms; en konsultation genomförs.</source>
            <translation>Bara ärenden om samplanering bedöms; en konsultation genomförs.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="78" />
            <source>Ange skälet till att ärendet återvisas.</source>
            <translation>Ange skälet till att ärendet återvisas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="83" />
            <source>Ärendet kan inte antas utan samtycke: blanketten "Aktualisering till STAR" med datum för underskrift behövs först.</source>
            <translation>Ärendet kan inte antas utan samtycke: blanketten "Aktualisering till STAR" med datum för underskrift behövs först.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="88" />
            <source>Samtycket har återkallats; ärendet kan inte antas.</source>
            <translation>Samtycket har återkallats; ärendet kan inte antas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="119" />
            <source>Välj ärendebärarens part.</source>
            <translation>Välj ärendebärarens part.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="121" />
            <source>Ange ärendebärarens namn.</source>
            <translation>Ange ärendebärarens namn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="139" />
            <source>Utse en ärendebärare innan planeringsmötet registreras.</source>
            <translation>Utse en ärendebärare innan planeringsmötet registreras.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="148" />
            <source>Välj form för planeringsmötet.</source>
            <translation>Välj form för planeringsmötet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="195" />
            <source>Insatsen finns inte i utbudskartan.</source>
            <translation>Insatsen finns inte i utbudskartan.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="206" />
            <source>Välj en insats ur utbudskartan eller beskriv den.</source>
            <translation>Välj en insats ur utbudskartan eller beskriv den.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="245" />
            <source>Uppföljningen är redan gjord.</source>
            <translation>Uppföljningen är redan gjord.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="286" />
            <source>Ett ärende om samplanering bedöms och avslutas; det konsulteras inte.</source>
            <translation>Ett ärende om samplanering bedöms och avslutas; det konsulteras inte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="308" />
            <source>En konsultation avslutas inte; registrera att den är genomförd.</source>
            <translation>En konsultation avslutas inte; registrera att den är genomförd.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="312" />
            <source>Ärendet är inte bedömt än: ett ärende som inte antas återvisas, det avslutas inte.</source>
            <translation>Ärendet är inte bedömt än: ett ärende som inte antas återvisas, det avslutas inte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="322" />
            <source>Välj skäl till avslut.</source>
            <translation>Välj skäl till avslut.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="328" />
            <location filename="../../star_desktop/dataprotection/consent.py" line="115" />
            <source>Välj försörjning vid avslut (okänd går bra).</source>
            <translation>Välj försörjning vid avslut (okänd går bra).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="332" />
            <source>Beskriv skälet när det är "annat".</source>
            <translation>Beskriv skälet när det är "annat".</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="98" />
            <source>Välj typ av ärende.</source>
            <extracomment>An existing participant (raised again); else ``participant`` describes a new one.</extracomment>
            <translation>Välj typ av ärende.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="102" />
            <source>Välj vilken part som aktualiserar ärendet.</source>
            <translation>Välj vilken part som aktualiserar ärendet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="108" />
            <source>Välj försörjning.</source>
            <translation>Välj försörjning.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="118" />
            <source>Ange antal år som ett heltal 0–50, eller lämna tomt.</source>
            <translation>Ange antal år som ett heltal 0–50, eller lämna tomt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="127" />
            <source>Beskriv frågan (utan personuppgifter).</source>
            <translation>Beskriv frågan (utan personuppgifter).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="134" />
            <location filename="../../star_desktop/dataprotection/retention.py" line="444" />
            <source>Deltagaren finns inte.</source>
            <translation>Deltagaren finns inte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="144" />
            <source>Deltagaren har redan ett ärende som inte är avslutat ({number}).</source>
            <translation>Deltagaren har redan ett ärende som inte är avslutat ({number}).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="152" />
            <source>Ange datum då samtycket skrevs under.</source>
            <translation>Ange datum då samtycket skrevs under.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="156" />
            <location filename="../../star_desktop/cases/raising.py" line="264" />
            <source>Markera att blanketten har kommit in.</source>
            <translation>Markera att blanketten har kommit in.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="197" />
            <source>Ange förnamn.</source>
            <translation>Ange förnamn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="200" />
            <source>Ange efternamn.</source>
            <translation>Ange efternamn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="212" />
            <source>Födelseåret stämmer inte med personnumret.</source>
            <translation>Födelseåret stämmer inte med personnumret.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="220" />
            <source>Ange födelseår med fyra siffror.</source>
            <translation>Ange födelseår med fyra siffror.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="223" />
            <source>Ange personnummer eller födelseår.</source>
            <translation>Ange personnummer eller födelseår.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="235" />
            <source>STAR är för personer i arbetsför ålder (16–64 år); personen är {age} år.</source>
            <translation>STAR är för personer i arbetsför ålder (16–64 år); personen är {age} år.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="245" />
            <source>Välj kön (annat/ej angivet går bra).</source>
            <translation>Välj kön (annat/ej angivet går bra).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="257" />
            <source>En generell konsultation gäller ingen enskild och har inget samtycke.</source>
            <translation>En generell konsultation gäller ingen enskild och har inget samtycke.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="269" />
            <source>Ett antaget ärende måste ha samtycke; blanketten kan inte tas bort. Om individen återkallar samtycket avslutas ärendet.</source>
            <translation>Ett antaget ärende måste ha samtycke; blanketten kan inte tas bort. Om individen återkallar samtycket avslutas ärendet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/consent.py" line="97" />
            <source>En generell konsultation gäller ingen enskild och har inget samtycke att återkalla.</source>
            <extracomment>The closure reason of an accepted case whose consent is withdrawn. Meetings whose agenda may still change: the case is taken off them. Case number → how it ended: "returned" or "closed" (this case, and any other open case of the person's). Dates of the meetings not yet held whose agenda no longer has the case.</extracomment>
            <translation>En generell konsultation gäller ingen enskild och har inget samtycke att återkalla.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/consent.py" line="101" />
            <source>Samtycket återkallades redan {day}.</source>
            <translation>Samtycket återkallades redan {day}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/consent.py" line="119" />
            <source>Bekräfta att namn, personnummer och personliga anteckningar gallras direkt och inte går att återställa.</source>
            <translation>Bekräfta att namn, personnummer och personliga anteckningar gallras direkt och inte går att återställa.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/extract.py" line="173" />
            <source>Skriv ett personnummer eller ett ärendenummer.</source>
            <extracomment>Every stored column of a case, in the order shown, with its Swedish label. The party columns show the party's name. A column missing here would still be shown under its own name; a test checks that none is missing. Columns that only link rows together: the extract shows what they point at instead. Texts retention erases (PERSONAL columns and the free texts it clears besides them): shown as "(gallrad)" when empty once the identity is erased. One list of (label, value) per intervention and per follow-up. "First Last", or "(gallrad)" once the identifiers are erased.</extracomment>
            <translation>Skriv ett personnummer eller ett ärendenummer.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/extract.py" line="180" />
            <source>Ärende {number} är en generell konsultation och gäller ingen enskild person.</source>
            <translation>Ärende {number} är en generell konsultation och gäller ingen enskild person.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/extract.py" line="197" />
            <source>Ingen deltagare med det personnumret finns i teamfilen. (Efter gallring hittas en deltagare bara med ärendenumret.)</source>
            <translation>Ingen deltagare med det personnumret finns i teamfilen. (Efter gallring hittas en deltagare bara med ärendenumret.)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/retention.py" line="431" />
            <source>Det som ska gallras har ändrats sedan förhandsgranskningen. Förhandsgranska igen och kontrollera listan innan du gallrar.</source>
            <extracomment>Swedish names of the erased fields, as the preview and the audit detail show them. "case" (the case row itself), "case_fk" (a row with a foreign key to the case), "participant_fk", "identity" or "addendum". The general consultation's case; None for a participant. Swedish names of the fields that hold something and will be erased.</extracomment>
            <translation>Det som ska gallras har ändrats sedan förhandsgranskningen. Förhandsgranska igen och kontrollera listan innan du gallrar.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="180" />
            <source>Välj kategori.</source>
            <extracomment>6 or 8 digits, an optional -, + or space, 4 digits; not part of a longer run of digits.</extracomment>
            <translation>Välj kategori.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="184" />
            <source>Beskriv avvikelsen.</source>
            <translation>Beskriv avvikelsen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="186" />
            <location filename="../../star_desktop/deviations/service.py" line="219" />
            <source>Högst {n} tecken (nu {now}).</source>
            <translation>Högst {n} tecken (nu {now}).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="198" />
            <source>Välj lokal styrgrupp eller Länsam.</source>
            <translation>Välj lokal styrgrupp eller Länsam.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="200" />
            <source>Välj vart avvikelsen lyftes (lokal styrgrupp eller Länsam).</source>
            <translation>Välj vart avvikelsen lyftes (lokal styrgrupp eller Länsam).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="205" />
            <source>Ange när avvikelsen lyftes (ÅÅÅÅ-MM-DD).</source>
            <translation>Ange när avvikelsen lyftes (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="209" />
            <source>Avvikelsen kan inte ha lyfts före den inträffade.</source>
            <translation>Avvikelsen kan inte ha lyfts före den inträffade.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="215" />
            <location filename="../../star_desktop/fourr/analysis.py" line="90" />
            <source>Välj status.</source>
            <translation>Välj status.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="229" />
            <source>Beskriv hur avvikelsen åtgärdades.</source>
            <translation>Beskriv hur avvikelsen åtgärdades.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="231" />
            <source>Ange när avvikelsen åtgärdades (ÅÅÅÅ-MM-DD).</source>
            <translation>Ange när avvikelsen åtgärdades (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="235" />
            <source>Ett åtgärdsdatum anges bara när status är Åtgärdad.</source>
            <translation>Ett åtgärdsdatum anges bara när status är Åtgärdad.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="239" />
            <source>Avvikelsen kan inte ha åtgärdats före den inträffade.</source>
            <translation>Avvikelsen kan inte ha åtgärdats före den inträffade.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="59" />
            <source>Beskriv åtgärden.</source>
            <translation>Beskriv åtgärden.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="107" />
            <source>En åtgärd som har följts upp tas inte bort; ändra dess status i stället.</source>
            <translation>En åtgärd som har följts upp tas inte bort; ändra dess status i stället.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="100" />
            <source>Dagordningen kan inte ändras: minnesanteckningarna är justerade.</source>
            <extracomment>Minutes planned for one case under each heading.</extracomment>
            <translation>Dagordningen kan inte ändras: minnesanteckningarna är justerade.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="104" />
            <source>Dagordningen kan inte ändras: mötet är inställt.</source>
            <translation>Dagordningen kan inte ändras: mötet är inställt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="175" />
            <source>Ange punktens rubrik.</source>
            <translation>Ange punktens rubrik.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="177" />
            <source>Planerad tid ska vara 0–240 minuter.</source>
            <translation>Planerad tid ska vara 0–240 minuter.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="193" />
            <source>Punkten har beslut och kan inte tas bort.</source>
            <translation>Punkten har beslut och kan inte tas bort.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="65" />
            <source>Ange en tid som TT.MM, till exempel 09.00.</source>
            <extracomment>week_of_month -&gt; Swedish ordinal; -1 is the last one in the month. A meeting in these states has happened; its date, time and place are history.</extracomment>
            <translation>Ange en tid som TT.MM, till exempel 09.00.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="70" />
            <source>Tiden finns inte; ange en tid mellan 00.00 och 23.59.</source>
            <translation>Tiden finns inte; ange en tid mellan 00.00 och 23.59.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="85" />
            <source>Ange en webbadress som börjar med https:// (eller lämna tomt).</source>
            <translation>Ange en webbadress som börjar med https:// (eller lämna tomt).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="103" />
            <source>Mötet måste sluta efter att det börjar.</source>
            <translation>Mötet måste sluta efter att det börjar.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="172" />
            <source>Välj veckodag.</source>
            <translation>Välj veckodag.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="175" />
            <source>Välj vilken vecka i månaden: första–fjärde eller sista.</source>
            <translation>Välj vilken vecka i månaden: första–fjärde eller sista.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="183" />
            <source>Ange året som ska planeras, till exempel 2026.</source>
            <translation>Ange året som ska planeras, till exempel 2026.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="187" />
            <source>Ange ett år mellan {lo} och {hi}.</source>
            <translation>Ange ett år mellan {lo} och {hi}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="274" />
            <source>Mötet {day} är inställt och kan inte flyttas.</source>
            <translation>Mötet {day} är inställt och kan inte flyttas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="290" />
            <source>Det finns redan ett möte {day}.</source>
            <translation>Det finns redan ett möte {day}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="314" />
            <source>Mötet {day} är redan inställt.</source>
            <translation>Mötet {day} är redan inställt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="48" />
            <source>Minnesanteckningarna är justerade och kan inte ändras; lägg till ett daterat tillägg i stället.</source>
            <translation>Minnesanteckningarna är justerade och kan inte ändras; lägg till ett daterat tillägg i stället.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="53" />
            <source>Mötet är inställt.</source>
            <translation>Mötet är inställt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="72" />
            <source>Ledamoten finns inte.</source>
            <translation>Ledamoten finns inte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="76" />
            <source>Välj en av {name}s ersättare.</source>
            <translation>Välj en av {name}s ersättare.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="108" />
            <source>Ange vem som ska göra det.</source>
            <translation>Ange vem som ska göra det.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="110" />
            <source>Ange vad som ska göras.</source>
            <translation>Ange vad som ska göras.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="135" />
            <source>Punkten gäller inget ärende.</source>
            <translation>Punkten gäller inget ärende.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="198" />
            <source>Bara minnesanteckningar från ett hållet möte kan justeras.</source>
            <translation>Bara minnesanteckningar från ett hållet möte kan justeras.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="202" />
            <source>Ange vem som justerar.</source>
            <translation>Ange vem som justerar.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="212" />
            <source>Tillägg görs till justerade minnesanteckningar; ändra annars direkt.</source>
            <translation>Tillägg görs till justerade minnesanteckningar; ändra annars direkt.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="216" />
            <source>Skriv tillägget.</source>
            <translation>Skriv tillägget.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="46" />
            <source>Periodens slut ligger före dess början.</source>
            <extracomment>"year", "tertial", "ytd" (year to a tertial's end or to a day) or "range".</extracomment>
            <translation>Periodens slut ligger före dess början.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="129" />
            <source>Tertialen ska vara 1, 2 eller 3.</source>
            <translation>Tertialen ska vara 1, 2 eller 3.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="142" />
            <source>Året {year} har inte börjat än.</source>
            <translation>Året {year} har inte börjat än.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="164" />
            <source>Skriv perioden som 2025 (helår), 2025-T2 (tertial), 2025-T2-YTD (året till och med tertial 2), 2025-YTD (året hittills) eller 2025-01-01..2025-06-30.</source>
            <translation>Skriv perioden som 2025 (helår), 2025-T2 (tertial), 2025-T2-YTD (året till och med tertial 2), 2025-YTD (året hittills) eller 2025-01-01..2025-06-30.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="177" />
            <source>Ogiltigt år i perioden {period}. {help}</source>
            <translation>Ogiltigt år i perioden {period}. {help}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="194" />
            <source>Ogiltigt datum i perioden {period}. {help}</source>
            <translation>Ogiltigt datum i perioden {period}. {help}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="199" />
            <source>Okänd period: {period}. {help}</source>
            <translation>Okänd period: {period}. {help}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="56" />
            <source>Ange den nuvarande lösenfrasen.</source>
            <extracomment>How long the rekey waits for another program's read to finish before it gives up (ms).</extracomment>
            <translation>Ange den nuvarande lösenfrasen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="58" />
            <source>Den nuvarande lösenfrasen stämmer inte.</source>
            <translation>Den nuvarande lösenfrasen stämmer inte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="63" />
            <source>Den nya lösenfrasen är densamma som den nuvarande; välj en annan.</source>
            <translation>Den nya lösenfrasen är densamma som den nuvarande; välj en annan.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="67" />
            <source>Lösenfraserna är inte lika.</source>
            <translation>Lösenfraserna är inte lika.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="95" />
            <source>Lösenfrasen kunde inte bytas: filen används just nu av ett annat program eller kunde inte skrivas. Den nuvarande lösenfrasen gäller fortfarande.</source>
            <translation>Lösenfrasen kunde inte bytas: filen används just nu av ett annat program eller kunde inte skrivas. Den nuvarande lösenfrasen gäller fortfarande.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="65" />
            <source>Ange teamets namn.</source>
            <extracomment>The fixed parties of domain.md, in the order they are listed there.</extracomment>
            <translation>Ange teamets namn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="137" />
            <source>Ange namn.</source>
            <translation>Ange namn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="142" />
            <source>Välj part.</source>
            <translation>Välj part.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="149" />
            <source>Välj kön.</source>
            <translation>Välj kön.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="153" />
            <source>Välj om ledamoten sitter i teamet eller styrgruppen.</source>
            <translation>Välj om ledamoten sitter i teamet eller styrgruppen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="176" />
            <location filename="../../star_desktop/team/service.py" line="247" />
            <source>Slutdatum kan inte ligga före startdatum.</source>
            <translation>Slutdatum kan inte ligga före startdatum.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="182" />
            <source>Den ordinarie ledamoten finns inte.</source>
            <translation>Den ordinarie ledamoten finns inte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="186" />
            <source>En ledamot kan inte vara ersättare för sig själv.</source>
            <translation>En ledamot kan inte vara ersättare för sig själv.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="190" />
            <source>Välj en ordinarie ledamot, inte en ersättare.</source>
            <translation>Välj en ordinarie ledamot, inte en ersättare.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="194" />
            <source>Ersättaren måste sitta i samma organ som den ordinarie.</source>
            <translation>Ersättaren måste sitta i samma organ som den ordinarie.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="202" />
            <source>Ledamoten har egna ersättare och kan inte själv vara ersättare.</source>
            <translation>Ledamoten har egna ersättare och kan inte själv vara ersättare.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="206" />
            <source>Ledamotens ersättare sitter i det andra organet; ändra dem först.</source>
            <translation>Ledamotens ersättare sitter i det andra organet; ändra dem först.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="51" />
            <source>Ange ett datum (ÅÅÅÅ-MM-DD).</source>
            <translation>Ange ett datum (ÅÅÅÅ-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="54" />
            <source>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-14.</source>
            <translation>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-14.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="60" />
            <source>{s} är inget giltigt datum.</source>
            <translation>{s} är inget giltigt datum.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="80" />
            <source>Personnumret är inte giltigt (kontrollsiffran eller datumet stämmer inte).</source>
            <translation>Personnumret är inte giltigt (kontrollsiffran eller datumet stämmer inte).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="86" />
            <source>Personnumret anger ett födelsedatum i framtiden.</source>
            <translation>Personnumret anger ett födelsedatum i framtiden.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="113" />
            <source>E-postadressen är inte giltig.</source>
            <translation>E-postadressen är inte giltig.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="119" />
            <source>Telefonnumret får bara innehålla siffror, mellanslag, +, - och ().</source>
            <translation>Telefonnumret får bara innehålla siffror, mellanslag, +, - och ().</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="123" />
            <source>Telefonnumret är för kort.</source>
            <translation>Telefonnumret är för kort.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="34" />
            <source>Ange en lösenfras.</source>
            <translation>Ange en lösenfras.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="36" />
            <source>Lösenfrasen måste ha minst {n} tecken (den har {has}).</source>
            <translation>Lösenfrasen måste ha minst {n} tecken (den har {has}).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="41" />
            <source>Lösenfrasen får inte börja eller sluta med mellanslag.</source>
            <translation>Lösenfrasen får inte börja eller sluta med mellanslag.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="45" />
            <source>Lösenfrasen upprepar för få olika tecken; välj några ord som inte hör ihop.</source>
            <translation>Lösenfrasen upprepar för få olika tecken; välj några ord som inte hör ihop.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="49" />
            <source>Lösenfrasen får inte bara bestå av siffror.</source>
            <translation>Lösenfrasen får inte bara bestå av siffror.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="55" />
            <source>Lösenfrasen är för lik ett vanligt ord eller teamets namn.</source>
            <translation>Lösenfrasen är för lik ett vanligt ord eller teamets namn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="59" />
            <source>Lösenfrasen är en för enkel teckenföljd.</source>
            <translation>Lösenfrasen är en för enkel teckenföljd.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="80" />
            <location filename="../../star_desktop/storage/teamfile.py" line="85" />
            <source>Teamfilen är stängd.</source>
            <extracomment>PRAGMA application_id of every team file: "STAR" in ASCII. Page cache per connection, in KiB (negative PRAGMA cache_size); holds a 20,000-case team. Asked for a passphrase; gets the reason for asking again (or None the first time) and returns the passphrase, or None when the coordinator cancels.</extracomment>
            <translation>Teamfilen är stängd.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="164" />
            <source>Filen är tom och är inte en teamfil.</source>
            <translation>Filen är tom och är inte en teamfil.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="171" />
            <source>Filen är en textfil, inte en STAR-teamfil.</source>
            <translation>Filen är en textfil, inte en STAR-teamfil.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="177" />
            <source>Filen är ofullständig (avkortad): storleken stämmer inte med en teamfil. Återställ den från en säkerhetskopia.</source>
            <translation>Filen är ofullständig (avkortad): storleken stämmer inte med en teamfil. Återställ den från en säkerhetskopia.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="323" />
            <source>Ingen lösenfras angavs, och nyckeln finns inte sparad på den här datorn.</source>
            <translation>Ingen lösenfras angavs, och nyckeln finns inte sparad på den här datorn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="350" />
            <source>Nyckeln passar inte filen.</source>
            <translation>Nyckeln passar inte filen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="409" />
            <source>Fel lösenfras – eller så är filen skadad eller inte en teamfil.</source>
            <translation>Fel lösenfras – eller så är filen skadad eller inte en teamfil.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="415" />
            <source>Filen är en krypterad databas men inte en STAR-teamfil.</source>
            <translation>Filen är en krypterad databas men inte en STAR-teamfil.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="435" />
            <source>Filen saknar schemaversion och är inte en teamfil.</source>
            <translation>Filen saknar schemaversion och är inte en teamfil.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/audit.py" line="181" />
            <location filename="../../star_desktop/dataprotection/extract.py" line="190" />
            <source>Det finns inget ärende med numret {number}.</source>
            <extracomment>The records the log names, in Swedish; an entity not listed here shows as it is stored. Rows the screen reads in one go. The case number as typed, for saying what was chosen (the filter uses case_id). The participant's own events and those of every case of theirs.</extracomment>
            <translation>Det finns inget ärende med numret {number}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/audit.py" line="306" />
            <source>Urvalet har {count} händelser; en PDF rymmer högst {most}. Välj ett kortare datumintervall eller spara som xlsx.</source>
            <extracomment>A PDF of more events than this would run to hundreds of pages: the xlsx is for that.</extracomment>
            <translation>Urvalet har {count} händelser; en PDF rymmer högst {most}. Välj ett kortare datumintervall eller spara som xlsx.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_matching.py" line="147" />
            <source>Ärendenumret finns redan på rad {first}.</source>
            <extracomment>Case attributes compared when a row meets a case already in the file, with their column.</extracomment>
            <translation>Ärendenumret finns redan på rad {first}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_matching.py" line="160" />
            <source>Raden är en dubblett av rad {first} (samma person, typ och aktualiseringsdatum).</source>
            <translation>Raden är en dubblett av rad {first} (samma person, typ och aktualiseringsdatum).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_matching.py" line="170" />
            <source>Ärendet finns redan i teamfilen ({number}) med andra uppgifter: {fields}. Rätta raden eller ta bort den.</source>
            <translation>Ärendet finns redan i teamfilen ({number}) med andra uppgifter: {fields}. Rätta raden eller ta bort den.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/budget.py" line="107" />
            <source>Högst {n} rader.</source>
            <translation>Högst {n} rader.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team_settings.py" line="79" />
            <source>Skriv ett heltal mellan {lo} och {hi}.</source>
            <extracomment>Months after a participant's last case closed before their identifiers are erased. Social-services case files are erased five years after the last entry (SoL); the municipality's archive plan decides, so it is a setting. Months after a returned case or a consultation before its personal data are erased. Idle minutes before the window locks; 0 turns the idle lock off (the button still locks). How many automatic backups are kept in the backup folder. The folder automatic backups go to; empty means automatic backups are off.</extracomment>
            <translation>Skriv ett heltal mellan {lo} och {hi}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team_settings.py" line="85" />
            <source>Ange ett värde mellan {lo} och {hi}.</source>
            <translation>Ange ett värde mellan {lo} och {hi}.</translation>
        </message>
    </context>
    <context>
        <name>NewTeamFileDialog</name>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="43" />
            <source>Ny teamfil</source>
            <translation>Ny teamfil</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="50" />
            <source>Teamets uppgifter sparas i en krypterad fil. Lösenfrasen skyddar filen om datorn kommer bort: välj minst 12 tecken, gärna några ord som inte hör ihop. Den kan inte återskapas om den glöms bort.</source>
            <translation>Teamets uppgifter sparas i en krypterad fil. Lösenfrasen skyddar filen om datorn kommer bort: välj minst 12 tecken, gärna några ord som inte hör ihop. Den kan inte återskapas om den glöms bort.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="65" />
            <source>Välj…</source>
            <translation>Välj…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="78" />
            <source>Kom ihåg på den här datorn</source>
            <translation>Kom ihåg på den här datorn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="81" />
            <source>Teamets &amp;namn:</source>
            <translation>Teamets &amp;namn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="82" />
            <source>&amp;Kommun:</source>
            <translation>&amp;Kommun:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="83" />
            <source>&amp;Samordningsförbund:</source>
            <translation>&amp;Samordningsförbund:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="84" />
            <source>S&amp;para som:</source>
            <translation>S&amp;para som:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="85" />
            <source>Spara som</source>
            <translation>Spara som</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="86" />
            <source>&amp;Lösenfras:</source>
            <translation>&amp;Lösenfras:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="87" />
            <source>&amp;Upprepa lösenfrasen:</source>
            <translation>&amp;Upprepa lösenfrasen:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="92" />
            <source>Filens nyckel sparas i datorns nyckelring, så att filen öppnas utan fråga här.</source>
            <translation>Filens nyckel sparas i datorns nyckelring, så att filen öppnas utan fråga här.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="96" />
            <source>Datorn har ingen nyckelring som programmet kan använda; lösenfrasen efterfrågas varje gång filen öppnas.</source>
            <translation>Datorn har ingen nyckelring som programmet kan använda; lösenfrasen efterfrågas varje gång filen öppnas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="101" />
            <source>Skapa teamfil</source>
            <translation>Skapa teamfil</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="122" />
            <source>Spara teamfilen som</source>
            <translation>Spara teamfilen som</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="123" />
            <source>Teamfiler (*.star)</source>
            <translation>Teamfiler (*.star)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="139" />
            <source>Ange teamets namn.</source>
            <translation>Ange teamets namn.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="142" />
            <source>Välj var filen ska sparas.</source>
            <translation>Välj var filen ska sparas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="146" />
            <source>Filnamnet ska sluta på .star.</source>
            <translation>Filnamnet ska sluta på .star.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="148" />
            <source>Det finns redan en fil med det namnet.</source>
            <translation>Det finns redan en fil med det namnet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="150" />
            <source>Mappen finns inte.</source>
            <translation>Mappen finns inte.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="156" />
            <source>Lösenfraserna är inte lika.</source>
            <translation>Lösenfraserna är inte lika.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="181" />
            <location filename="../../star_desktop/ui/file_dialogs.py" line="193" />
            <source>Lösenfras</source>
            <translation>Lösenfras</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="183" />
            <source>Ange lösenfrasen för {name}.</source>
            <translation>Ange lösenfrasen för {name}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="194" />
            <source>Kom ihåg på den här datorn</source>
            <translation>Kom ihåg på den här datorn</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="199" />
            <source>Datorn har ingen nyckelring som programmet kan använda.</source>
            <translation>Datorn har ingen nyckelring som programmet kan använda.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="202" />
            <source>Öppna</source>
            <translation>Öppna</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="215" />
            <source>Ange lösenfrasen.</source>
            <translation>Ange lösenfrasen.</translation>
        </message>
    </context>
    <context>
        <name>PeriodArea</name>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="48" />
            <source>Exportera &amp;xlsx…</source>
            <extracomment>The area's name in messages ("Rapporten", "4R-analysen") and in suggested file names.</extracomment>
            <translation>Exportera &amp;xlsx…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="51" />
            <source>Exportera p&amp;df…</source>
            <translation>Exportera p&amp;df…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="111" />
            <source>Excel-filer (*.xlsx)</source>
            <translation>Excel-filer (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="111" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="113" />
            <source>Spara {what}</source>
            <translation>Spara {what}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="145" />
            <source>{what} kunde inte sparas: {path} ({err})</source>
            <translation>{what} kunde inte sparas: {path} ({err})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="148" />
            <source>{what} sparad: {path}</source>
            <translation>{what} sparad: {path}</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="25" />
            <source>Tertial 1 (januari–april)</source>
            <extracomment>(code, Swedish label shown through PeriodPicker.tr) of the kinds offered, in the combo's order.</extracomment>
            <translation>Tertial 1 (januari–april)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="26" />
            <source>Tertial 2 (maj–augusti)</source>
            <translation>Tertial 2 (maj–augusti)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="27" />
            <source>Tertial 3 (september–december)</source>
            <translation>Tertial 3 (september–december)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="28" />
            <source>Helår</source>
            <translation>Helår</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="29" />
            <source>Året till och med tertial 1</source>
            <translation>Året till och med tertial 1</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="30" />
            <source>Året till och med tertial 2</source>
            <translation>Året till och med tertial 2</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="31" />
            <source>Året hittills</source>
            <translation>Året hittills</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="32" />
            <source>Eget datumintervall</source>
            <translation>Eget datumintervall</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="53" />
            <source>Rapportens år</source>
            <translation>Rapportens år</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="56" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="61" />
            <location filename="../../star_desktop/ui/report_period.py" line="65" />
            <source>ÅÅÅÅ-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="62" />
            <source>Periodens första dag</source>
            <translation>Periodens första dag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="66" />
            <source>Periodens sista dag</source>
            <translation>Periodens sista dag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="72" />
            <source>&amp;År:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="74" />
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="76" />
            <source>Från – till:</source>
            <translation>Från – till:</translation>
        </message>
    </context>
    <context>
        <name>PlanYearDialog</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="175" />
            <source>Planera året</source>
            <translation>Planera året</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="191" />
            <location filename="../../star_desktop/ui/meetings_area.py" line="193" />
            <source>TT.MM</source>
            <translation>TT.MM</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="200" />
            <source>&amp;År:</source>
            <translation>&amp;År:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="201" />
            <source>&amp;Vilken i månaden:</source>
            <translation>&amp;Vilken i månaden:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="202" />
            <source>Vecko&amp;dag:</source>
            <translation>Vecko&amp;dag:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="203" />
            <source>&amp;Börjar:</source>
            <translation>&amp;Börjar:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="204" />
            <source>&amp;Slutar:</source>
            <translation>&amp;Slutar:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="205" />
            <source>&amp;Plats:</source>
            <translation>&amp;Plats:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="206" />
            <source>&amp;Länk för digitalt deltagande:</source>
            <translation>&amp;Länk för digitalt deltagande:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="216" />
            <source>Planera</source>
            <translation>Planera</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="237" />
            <source>Mötena {year}: {rule}. Dagar som redan har ett möte hoppas över.</source>
            <translation>Mötena {year}: {rule}. Dagar som redan har ett möte hoppas över.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="40" />
            <source>Ärenden</source>
            <translation>Ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="40" />
            <source>Regel</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="41" />
            <source>Gallras från</source>
            <translation>Gallras från</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="42" />
            <source>Uppgifter som gallras</source>
            <translation>Uppgifter som gallras</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="51" />
            <source>Generell konsultation</source>
            <translation>Generell konsultation</translation>
        </message>
    </context>
    <context>
        <name>ReportTextsEditor</name>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="48" />
            <source>Rapportens texter</source>
            <translation>Rapportens texter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="49" />
            <source>Sammanfattning</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="74" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="79" />
            <source>&amp;Spara texterna</source>
            <translation>&amp;Spara texterna</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="81" />
            <source>Sparar alla ändrade texter (Ctrl+S)</source>
            <translation>Sparar alla ändrade texter (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="83" />
            <source>Hämta &amp;förra periodens texter</source>
            <translation>Hämta &amp;förra periodens texter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="86" />
            <source>Fyller i de texter som är tomma med texterna från närmast föregående period av samma slag; inget du skrivit skrivs över.</source>
            <translation>Fyller i de texter som är tomma med texterna från närmast föregående period av samma slag; inget du skrivit skrivs över.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="150" />
            <source>Sammanfattning – {part}</source>
            <translation>Sammanfattning – {part}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="169" />
            <source>Ändringar som inte är sparade.</source>
            <translation>Ändringar som inte är sparade.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="190" />
            <source>Inget att spara.</source>
            <translation>Inget att spara.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="209" />
            <source>Sparat ({n} texter).</source>
            <translation>Sparat ({n} texter).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="220" />
            <source>Det finns inga texter från tidigare perioder av samma slag.</source>
            <translation>Det finns inga texter från tidigare perioder av samma slag.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="233" />
            <source>{n} texter hämtade från {period}. Spara för att behålla dem.</source>
            <translation>{n} texter hämtade från {period}. Spara för att behålla dem.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="37" />
            <source>Deltagare</source>
            <translation>Deltagare</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="38" />
            <source>Personal</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="39" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="43" />
            <source>Deltagare – insatsens förutsättningar</source>
            <translation>Deltagare – insatsens förutsättningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="45" />
            <source>Deltagare – genomförande och process</source>
            <translation>Deltagare – genomförande och process</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="46" />
            <source>Deltagare – resultat och effekter</source>
            <translation>Deltagare – resultat och effekter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="48" />
            <source>Personal – insatsens förutsättningar</source>
            <translation>Personal – insatsens förutsättningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="49" />
            <source>Personal – arbetssätt och metoder</source>
            <translation>Personal – arbetssätt och metoder</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="50" />
            <source>Personal – resultat och effekter</source>
            <translation>Personal – resultat och effekter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="52" />
            <source>Organisation – förutsättningar</source>
            <translation>Organisation – förutsättningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="54" />
            <source>Organisation – genomförande och process</source>
            <translation>Organisation – genomförande och process</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="56" />
            <source>Organisation – resultat och effekter</source>
            <translation>Organisation – resultat och effekter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="59" />
            <source>Beskrivning</source>
            <translation>Beskrivning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="60" />
            <source>Analys</source>
            <translation>Analys</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="61" />
            <source>Reflektion</source>
            <translation>Reflektion</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="62" />
            <source>Utvecklingsområden/planering framåt</source>
            <translation>Utvecklingsområden/planering framåt</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="30" />
            <source>Rapporten</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="35" />
            <source>Rapporter</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="36" />
            <source>Tertial- och årsrapporten i förbundets gemensamma mall. Siffrorna räknas fram ur ärendena för perioden; texterna, målen och budgeten skriver du här.</source>
            <translation>Tertial- och årsrapporten i förbundets gemensamma mall. Siffrorna räknas fram ur ärendena för perioden; texterna, målen och budgeten skriver du här.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="41" />
            <source>Rapportens siffror</source>
            <translation>Rapportens siffror</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="50" />
            <source>Siffror</source>
            <translation>Siffror</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="51" />
            <source>Texter</source>
            <translation>Texter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="52" />
            <source>Mål</source>
            <translation>Mål</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="53" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="61" />
            <source>Osparade texter</source>
            <translation>Osparade texter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="62" />
            <source>Texterna för {period} har ändringar som inte är sparade. Spara dem?</source>
            <translation>Texterna för {period} har ändringar som inte är sparade. Spara dem?</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="118" />
            <source>Återställ från säkerhetskopia</source>
            <translation>Återställ från säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="36" />
            <source>Välj säkerhetskopia</source>
            <translation>Välj säkerhetskopia</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="37" />
            <source>Säkerhetskopior (*.star);;Alla filer (*)</source>
            <translation>Säkerhetskopior (*.star);;Alla filer (*)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="43" />
            <source>Återställ till teamfilen</source>
            <translation>Återställ till teamfilen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="43" />
            <source>Teamfiler (*.star)</source>
            <translation>Teamfiler (*.star)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="53" />
            <source>Återställ</source>
            <translation>Återställ</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="82" />
            <source>1 ärende</source>
            <translation>1 ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="96" />
            <source>Gallringar och återkallade samtycken som gjorts efter att kopian togs kommer tillbaka med den: förhandsgranska och gallra igen under Inställningar → Gallring, och gör om sådana återkallelser.</source>
            <translation>Gallringar och återkallade samtycken som gjorts efter att kopian togs kommer tillbaka med den: förhandsgranska och gallra igen under Inställningar → Gallring, och gör om sådana återkallelser.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="85" />
            <source>{what}:
{name}</source>
            <translation>{what}:
{name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="89" />
            <source>{head}

ersätter {target}.

Nuvarande fil sparas som
{aside}
i samma mapp, så inget går förlorat.</source>
            <translation>{head}

ersätter {target}.

Nuvarande fil sparas som
{aside}
i samma mapp, så inget går förlorat.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="93" />
            <source>Den nuvarande filen kan inte läsas med säkerhetskopians lösenfras (den kan vara skadad, eller så har lösenfrasen bytts sedan kopian gjordes).</source>
            <translation>Den nuvarande filen kan inte läsas med säkerhetskopians lösenfras (den kan vara skadad, eller så har lösenfrasen bytts sedan kopian gjordes).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="158" />
            <source>{target} är återställd från {backup}.</source>
            <translation>{target} är återställd från {backup}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="82" />
            <source>{n} ärenden</source>
            <translation>{n} ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="83" />
            <source>Säkerhetskopian från {made} ({count})</source>
            <translation>Säkerhetskopian från {made} ({count})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="84" />
            <source>Säkerhetskopian ({count})</source>
            <translation>Säkerhetskopian ({count})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="87" />
            <source>{head}

återställs till en ny fil:
{target}</source>
            <translation>{head}

återställs till en ny fil:
{target}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="156" />
            <source>Filen är oförändrad.</source>
            <translation>Filen är oförändrad.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="161" />
            <source>Den tidigare filen finns kvar som {aside}.</source>
            <translation>Den tidigare filen finns kvar som {aside}.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPanel</name>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="69" />
            <source>Gallring tar bort personuppgifter när teamets gallringstid har gått ut: namn och personnummer, individens egna ord, kommentarer och anteckningar vid uppföljning, skäl vid återvisning, mötesanteckningar om ärendet och tillägg till minnesanteckningar som nämner personen. En deltagare gallras först när inget av hens ärenden är öppet och tiden har gått ut för vart och ett av dem. Generella konsultationer får sin fråga gallrad efter den andra tiden.

Statistiken finns kvar: kön, födelseår, kommun, datum, skäl, försörjning och insatser, så att alla rapporter och 4R-analyser för tidigare perioder blir desamma. Gallringen går inte att ångra och loggas.</source>
            <translation>Gallring tar bort personuppgifter när teamets gallringstid har gått ut: namn och personnummer, individens egna ord, kommentarer och anteckningar vid uppföljning, skäl vid återvisning, mötesanteckningar om ärendet och tillägg till minnesanteckningar som nämner personen. En deltagare gallras först när inget av hens ärenden är öppet och tiden har gått ut för vart och ett av dem. Generella konsultationer får sin fråga gallrad efter den andra tiden.

Statistiken finns kvar: kön, födelseår, kommun, datum, skäl, försörjning och insatser, så att alla rapporter och 4R-analyser för tidigare perioder blir desamma. Gallringen går inte att ångra och loggas.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="81" />
            <source>Gallringsregel</source>
            <translation>Gallringsregel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="89" />
            <source>Månader efter avslu&amp;tat ärende:</source>
            <translation>Månader efter avslu&amp;tat ärende:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="91" />
            <source>Månader efter återvisat ärende eller &amp;konsultation:</source>
            <translation>Månader efter återvisat ärende eller &amp;konsultation:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="93" />
            <source>&amp;Spara</source>
            <translation>&amp;Spara</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="109" />
            <source>Att gallra</source>
            <translation>Att gallra</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="112" />
            <source>&amp;Förhandsgranska</source>
            <translation>&amp;Förhandsgranska</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="115" />
            <source>&amp;Gallra nu…</source>
            <translation>&amp;Gallra nu…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="122" />
            <location filename="../../star_desktop/ui/retention_panel.py" line="227" />
            <source>Förhandsgranska för att se vad som ska gallras.</source>
            <translation>Förhandsgranska för att se vad som ska gallras.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="127" />
            <source>Det som gallras</source>
            <translation>Det som gallras</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="132" />
            <source>Gallringens status</source>
            <translation>Gallringens status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="163" />
            <source>Sparat.</source>
            <translation>Sparat.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="164" />
            <source>Regeln är ändrad: förhandsgranska igen.</source>
            <translation>Regeln är ändrad: förhandsgranska igen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="183" />
            <source>Inget att gallra {date} med regeln {closed} månader efter avslut och {other} månader efter återvisning eller konsultation.</source>
            <translation>Inget att gallra {date} med regeln {closed} månader efter avslut och {other} månader efter återvisning eller konsultation.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="188" />
            <source>{n} deltagare och {g} generella konsultationer gallras om du gallrar nu ({date}; {closed} månader efter avslut, {other} månader efter återvisning eller konsultation).</source>
            <translation>{n} deltagare och {g} generella konsultationer gallras om du gallrar nu ({date}; {closed} månader efter avslut, {other} månader efter återvisning eller konsultation).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="198" />
            <location filename="../../star_desktop/ui/retention_panel.py" line="205" />
            <source>Gallra</source>
            <translation>Gallra</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="200" />
            <source>Personuppgifterna för {n} deltagare och {g} generella konsultationer tas bort för gott.</source>
            <translation>Personuppgifterna för {n} deltagare och {g} generella konsultationer tas bort för gott.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="203" />
            <source>Det går inte att ångra. Statistiken finns kvar. Vill du gallra nu?</source>
            <translation>Det går inte att ångra. Statistiken finns kvar. Vill du gallra nu?</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="206" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="215" />
            <source>Inget gallrades.</source>
            <translation>Inget gallrades.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="229" />
            <source>Gallrat {date}: {n} deltagare och {g} generella konsultationer. Händelsen finns i loggen.</source>
            <translation>Gallrat {date}: {n} deltagare och {g} generella konsultationer. Händelsen finns i loggen.</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="55" />
            <source>Inställningar</source>
            <extracomment>The language choices: each language by its own name (so anyone finds theirs), then the system's. A team setting the window uses (the lock minutes) was saved. Retention erased identifiers: lists elsewhere show "(gallrad)" from now on. The coordinator chose a backup to restore (the window closes the file and restores).</extracomment>
            <translation>Inställningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="62" />
            <source>Allmänt</source>
            <translation>Allmänt</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="65" />
            <source>Logg</source>
            <translation>Logg</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="69" />
            <source>Gallring</source>
            <translation>Gallring</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="73" />
            <source>Säkerhetskopior</source>
            <translation>Säkerhetskopior</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="87" />
            <source>Ingen teamfil är öppen. Varje STAR-team har en egen krypterad fil med teamets ärenden, möten och rapporter.</source>
            <extracomment>How often an open file checks whether a backup is due, and how old the newest may get. Asks for a passphrase: (path, reason or None) → (passphrase, remember) or None if cancelled.</extracomment>
            <translation>Ingen teamfil är öppen. Varje STAR-team har en egen krypterad fil med teamets ärenden, möten och rapporter.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="90" />
            <source>Ny teamfil…</source>
            <translation>Ny teamfil…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="93" />
            <source>Öppna teamfil…</source>
            <translation>Öppna teamfil…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="98" />
            <source>Senast öppnade teamfiler</source>
            <translation>Senast öppnade teamfiler</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="110" />
            <source>Senast öppnade:</source>
            <translation>Senast öppnade:</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../star_desktop/ui/forms.py" line="101" />
            <source>Spara</source>
            <translation>Spara</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/forms.py" line="102" />
            <location filename="../../star_desktop/ui/meetings_area.py" line="154" />
            <source>Avbryt</source>
            <translation>Avbryt</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/forms.py" line="125" />
            <source>ÅÅÅÅ-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="26" />
            <source>samplaneringar per år</source>
            <translation>samplaneringar per år</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="27" />
            <source>% (negativt = minskning)</source>
            <translation>% (negativt = minskning)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="29" />
            <source>✔ Uppnått</source>
            <extracomment>reports.format.mark's words, shown in the current language (the report's PDF stays Swedish).</extracomment>
            <translation>✔ Uppnått</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="30" />
            <source>✘ Ej uppnått</source>
            <translation>✘ Ej uppnått</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="31" />
            <source>Kan inte bedömas</source>
            <translation>Kan inte bedömas</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="64" />
            <source>Spara &amp;målen</source>
            <translation>Spara &amp;målen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="68" />
            <source>Fyll i överenskommelsens standardvärden</source>
            <translation>Fyll i överenskommelsens standardvärden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="82" />
            <source>Utfall under perioden</source>
            <translation>Utfall under perioden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="99" />
            <source>Resultatmål för {year}</source>
            <translation>Resultatmål för {year}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="109" />
            <source>Teamet har inte sparat egna mål för {year}; fälten visar standardvärdena från länsöverenskommelsen i Jämtland 2023 (160 samplaneringar är länets mål – sätt teamets eget antal).</source>
            <translation>Teamet har inte sparat egna mål för {year}; fälten visar standardvärdena från länsöverenskommelsen i Jämtland 2023 (160 samplaneringar är länets mål – sätt teamets eget antal).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="128" />
            <source>Målen sparades inte; rätta det som är markerat.</source>
            <translation>Målen sparades inte; rätta det som är markerat.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="132" />
            <source>Målen för {year} är sparade.</source>
            <translation>Målen för {year} är sparade.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="144" />
            <source>Mål</source>
            <translation>Mål</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="144" />
            <source>Mål för perioden</source>
            <translation>Mål för perioden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="144" />
            <source>Utfall</source>
            <translation>Utfall</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="145" />
            <source>Bedömning</source>
            <translation>Bedömning</translation>
        </message>
    </context>
    <context>
        <name>TeamArea</name>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="276" />
            <source>Teamet</source>
            <translation>Teamet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="285" />
            <source>Teamets &amp;namn:</source>
            <translation>Teamets &amp;namn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="286" />
            <source>&amp;Kommun:</source>
            <translation>&amp;Kommun:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="287" />
            <source>&amp;Samordningsförbund:</source>
            <translation>&amp;Samordningsförbund:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="288" />
            <source>Spara teamuppgifter</source>
            <translation>Spara teamuppgifter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="300" />
            <source>Ledamöter i teamet och den lokala styrgruppen</source>
            <translation>Ledamöter i teamet och den lokala styrgruppen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="302" />
            <source>Visa avslutade ledamöter</source>
            <translation>Visa avslutade ledamöter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="307" />
            <source>Ledamöter</source>
            <translation>Ledamöter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="309" />
            <source>&amp;Lägg till ledamot…</source>
            <translation>&amp;Lägg till ledamot…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="311" />
            <source>&amp;Redigera…</source>
            <translation>&amp;Redigera…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="313" />
            <source>Avslu&amp;ta…</source>
            <translation>Avslu&amp;ta…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="315" />
            <source>Återakt&amp;ivera</source>
            <translation>Återakt&amp;ivera</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="333" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="361" />
            <source>Sparat.</source>
            <translation>Sparat.</translation>
        </message>
    </context>
    <context>
        <name>WeekOfMonth</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="56" />
            <source>första</source>
            <translation>första</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="57" />
            <source>andra</source>
            <translation>andra</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="58" />
            <source>tredje</source>
            <translation>tredje</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="59" />
            <source>fjärde</source>
            <translation>fjärde</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="60" />
            <source>sista</source>
            <translation>sista</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="51" />
            <source>måndag</source>
            <extracomment>Shown through QCoreApplication.translate("Weekday", …) and ("WeekOfMonth", …).</extracomment>
            <translation>måndag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="51" />
            <source>tisdag</source>
            <translation>tisdag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="52" />
            <source>onsdag</source>
            <translation>onsdag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="52" />
            <source>torsdag</source>
            <translation>torsdag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="53" />
            <source>fredag</source>
            <translation>fredag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="53" />
            <source>lördag</source>
            <translation>lördag</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="54" />
            <source>söndag</source>
            <translation>söndag</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="134" />
            <source>Områden</source>
            <translation>Områden</translation>
        </message>
    </context>
    <context>
        <name>enum</name>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="63" />
            <source>Kvinna</source>
            <translation>Kvinna</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="64" />
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="65" />
            <source>Annat/ej angivet</source>
            <translation>Annat/ej angivet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="71" />
            <source>STAR-teamet</source>
            <translation>STAR-teamet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="72" />
            <location filename="../../star_desktop/models/enums.py" line="231" />
            <source>Lokal styrgrupp</source>
            <translation>Lokal styrgrupp</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="78" />
            <source>Arbetsförmedlingen</source>
            <translation>Arbetsförmedlingen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="79" />
            <source>Försäkringskassan</source>
            <translation>Försäkringskassan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="80" />
            <source>Region primärvård</source>
            <translation>Region primärvård</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="81" />
            <source>Region psykiatri</source>
            <translation>Region psykiatri</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="82" />
            <source>Kommun IFO/ekonomiskt bistånd</source>
            <translation>Kommun IFO/ekonomiskt bistånd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="85" />
            <source>Kommun arbetsmarknadsenhet</source>
            <translation>Kommun arbetsmarknadsenhet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="88" />
            <source>Kommun vuxenutbildning</source>
            <translation>Kommun vuxenutbildning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="91" />
            <source>Kommun övrig</source>
            <translation>Kommun övrig</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="92" />
            <location filename="../../star_desktop/models/enums.py" line="137" />
            <source>Annan</source>
            <translation>Annan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="96" />
            <source>Samplanering</source>
            <translation>Samplanering</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="97" />
            <source>Konsultation</source>
            <translation>Konsultation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="98" />
            <source>Generell konsultation</source>
            <translation>Generell konsultation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="104" />
            <source>Aktualiserat</source>
            <translation>Aktualiserat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="105" />
            <location filename="../../star_desktop/models/enums.py" line="210" />
            <source>Återvisat</source>
            <translation>Återvisat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="106" />
            <location filename="../../star_desktop/models/enums.py" line="209" />
            <source>Antaget</source>
            <translation>Antaget</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="107" />
            <source>I kö</source>
            <translation>I kö</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="108" />
            <location filename="../../star_desktop/models/enums.py" line="177" />
            <source>Planerat</source>
            <translation>Planerat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="109" />
            <source>Pågående</source>
            <translation>Pågående</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="110" />
            <source>Avslutat</source>
            <translation>Avslutat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="111" />
            <source>Konsulterat</source>
            <translation>Konsulterat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="115" />
            <source>Antaget som STAR-ärende</source>
            <translation>Antaget som STAR-ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="116" />
            <source>Återvisat till remittent</source>
            <translation>Återvisat till remittent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="122" />
            <source>Ekonomiskt bistånd</source>
            <translation>Ekonomiskt bistånd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="123" />
            <source>Sjukpenning</source>
            <translation>Sjukpenning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="124" />
            <source>Aktivitetsersättning</source>
            <translation>Aktivitetsersättning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="127" />
            <source>Sjukersättning</source>
            <translation>Sjukersättning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="128" />
            <source>Arbetslöshetsersättning/aktivitetsstöd</source>
            <translation>Arbetslöshetsersättning/aktivitetsstöd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="131" />
            <source>Etableringsersättning</source>
            <translation>Etableringsersättning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="134" />
            <source>Lön</source>
            <translation>Lön</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="135" />
            <source>Studiemedel</source>
            <translation>Studiemedel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="136" />
            <source>Ingen offentlig försörjning</source>
            <translation>Ingen offentlig försörjning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="138" />
            <source>Okänd</source>
            <translation>Okänd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="142" />
            <source>Avstämningsmöte</source>
            <translation>Avstämningsmöte</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="143" />
            <source>SIP</source>
            <translation>SIP</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="144" />
            <source>Flerpartsmöte</source>
            <translation>Flerpartsmöte</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="148" />
            <source>Arbetsinriktade</source>
            <translation>Arbetsinriktade</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="149" />
            <source>Kompetensinriktade</source>
            <translation>Kompetensinriktade</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="150" />
            <source>Hälsoinriktade</source>
            <translation>Hälsoinriktade</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="151" />
            <source>Sociala</source>
            <translation>Sociala</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="157" />
            <source>Anställning överenskommen/påbörjad</source>
            <translation>Anställning överenskommen/påbörjad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="158" />
            <source>Studier planerade/påbörjade</source>
            <translation>Studier planerade/påbörjade</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="159" />
            <source>Samordnad rehabilitering i förstärkt samarbete AF/FK</source>
            <translation>Samordnad rehabilitering i förstärkt samarbete AF/FK</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="162" />
            <source>Ansökan om sjukersättning inlämnad</source>
            <translation>Ansökan om sjukersättning inlämnad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="165" />
            <source>Planeringen är inte längre studie- eller arbetsinriktad</source>
            <translation>Planeringen är inte längre studie- eller arbetsinriktad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="168" />
            <source>Individen önskar avsluta</source>
            <translation>Individen önskar avsluta</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="169" />
            <source>Individen måste avsluta av personliga skäl</source>
            <translation>Individen måste avsluta av personliga skäl</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="172" />
            <source>Avbrott i förtid</source>
            <translation>Avbrott i förtid</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="173" />
            <source>Annat</source>
            <translation>Annat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="178" />
            <source>Kallelse skickad</source>
            <translation>Kallelse skickad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="179" />
            <location filename="../../star_desktop/models/enums.py" line="272" />
            <source>Genomfört</source>
            <translation>Genomfört</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="180" />
            <source>Justerat</source>
            <translation>Justerat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="181" />
            <source>Inställt</source>
            <translation>Inställt</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="185" />
            <source>Mötets öppnande och incheckning</source>
            <translation>Mötets öppnande och incheckning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="186" />
            <source>Föregående minnesanteckningar</source>
            <translation>Föregående minnesanteckningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="189" />
            <source>Nya ärenden</source>
            <translation>Nya ärenden</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="190" />
            <source>Uppföljningar</source>
            <translation>Uppföljningar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="191" />
            <source>Konsultationer</source>
            <translation>Konsultationer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="192" />
            <source>Information från parterna och utbudskartan</source>
            <translation>Information från parterna och utbudskartan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="195" />
            <source>Avvikelser</source>
            <translation>Avvikelser</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="196" />
            <source>Övriga frågor</source>
            <translation>Övriga frågor</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="197" />
            <source>Nästa möte</source>
            <translation>Nästa möte</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="198" />
            <source>Mötets avslutande</source>
            <translation>Mötets avslutande</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="199" />
            <source>Ärende</source>
            <translation>Ärende</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="203" />
            <source>Närvarande</source>
            <translation>Närvarande</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="204" />
            <source>Frånvarande</source>
            <translation>Frånvarande</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="205" />
            <source>Ersättare närvarande</source>
            <translation>Ersättare närvarande</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="211" />
            <source>Ärendebärare</source>
            <translation>Ärendebärare</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="212" />
            <source>Planeringsform</source>
            <translation>Planeringsform</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="213" />
            <source>Nästa uppföljning</source>
            <translation>Nästa uppföljning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="214" />
            <source>Avslut</source>
            <translation>Avslut</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="215" />
            <source>Konsultation genomförd</source>
            <translation>Konsultation genomförd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="219" />
            <source>Samtycke</source>
            <translation>Samtycke</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="220" />
            <source>Närvaro i teamet</source>
            <translation>Närvaro i teamet</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="221" />
            <source>Närvaro i styrgruppen</source>
            <translation>Närvaro i styrgruppen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="222" />
            <source>Samverkansklimat</source>
            <translation>Samverkansklimat</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="223" />
            <source>Måluppfyllelse</source>
            <translation>Måluppfyllelse</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="224" />
            <source>Bemanning</source>
            <translation>Bemanning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="225" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="226" />
            <source>Rutiner/ansvar</source>
            <translation>Rutiner/ansvar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="227" />
            <source>Övrigt</source>
            <translation>Övrigt</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="232" />
            <source>Länsam</source>
            <translation>Länsam</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="236" />
            <source>Öppen</source>
            <translation>Öppen</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="237" />
            <source>Under åtgärd</source>
            <translation>Under åtgärd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="238" />
            <source>Åtgärdad</source>
            <translation>Åtgärdad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="242" />
            <source>Öppnad</source>
            <translation>Öppnad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="244" />
            <source>Visad</source>
            <translation>Visad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="245" />
            <source>Skapad</source>
            <translation>Skapad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="246" />
            <source>Ändrad</source>
            <translation>Ändrad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="247" />
            <source>Exporterad</source>
            <translation>Exporterad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="248" />
            <source>Utskriven</source>
            <translation>Utskriven</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="249" />
            <source>Gallrad</source>
            <translation>Gallrad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="250" />
            <source>Uppgraderad</source>
            <translation>Uppgraderad</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="256" />
            <source>Antal samplaneringar</source>
            <translation>Antal samplaneringar</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="257" />
            <source>Andel med individuell plan</source>
            <translation>Andel med individuell plan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="260" />
            <source>Andel till utbildning eller arbete</source>
            <translation>Andel till utbildning eller arbete</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="263" />
            <source>Andel med överenskommen aktivitet mot egen försörjning</source>
            <translation>Andel med överenskommen aktivitet mot egen försörjning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="266" />
            <source>Förändring av andelen med ekonomiskt bistånd</source>
            <translation>Förändring av andelen med ekonomiskt bistånd</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="273" />
            <source>Pågår</source>
            <translation>Pågår</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="274" />
            <source>Ej påbörjat</source>
            <translation>Ej påbörjat</translation>
        </message>
    </context>
</TS>
