<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
    <context>
        <name>AgendaDialog</name>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="30" />
            <source>Dagordning</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="35" />
            <source>Dagordningens punkter</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="36" />
            <source>&amp;Bygg från ärenden</source>
            <translation>&amp;Build from cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="38" />
            <source>Flytta &amp;upp</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="39" />
            <source>Flytta &amp;ned</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="40" />
            <source>&amp;Ta bort</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="43" />
            <source>Ny punkt, t.ex. Studiebesök</source>
            <translation>New item, e.g. Study visit</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="44" />
            <source>Ny punkts rubrik</source>
            <translation>Heading of the new item</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="45" />
            <source>&amp;Lägg till efter markerad</source>
            <translation>&amp;Add after selected</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/agenda_dialog.py" line="81" />
            <source>Möte {date}: {n} punkter, planerat {minutes} min</source>
            <translation>Meeting {date}: {n} items, {minutes} min planned</translation>
        </message>
    </context>
    <context>
        <name>AttendancePage</name>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="23" />
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="27" />
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="28" />
            <source>Närvaro</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="28" />
            <source>Ledamot</source>
            <translation>Member</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="29" />
            <source>Ersättare</source>
            <translation>Deputy</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="62" />
            <source>Närvaro för {name}</source>
            <translation>Attendance of {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="64" />
            <source>–</source>
            <translation>–</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_attendance.py" line="67" />
            <source>Ersättare för {name}</source>
            <translation>Deputy for {name}</translation>
        </message>
    </context>
    <context>
        <name>AuditPanel</name>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="134" />
            <source>Loggen visar varje öppning, ändring, export, utskrift och gallring: vem, när, vad och vilket ärende. Händelserna kan inte ändras eller tas bort. Exportera loggen för dataskyddsombudet; den innehåller inga namn, bara ärendenummer.</source>
            <extracomment>Events read per page. After every new filter or refresh: how many events match. Pages read (for tests and the benchmark).</extracomment>
            <translation>The log shows every opening, change, export, printout and erasure: who, when, what and which case. Events cannot be changed or removed. Export the log for the data protection officer; it contains no names, only case numbers.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="139" />
            <location filename="../../star_desktop/ui/audit_panel.py" line="140" />
            <source>ÅÅÅÅ-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="143" />
            <source>Alla</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="146" />
            <source>t.ex. 2025-014</source>
            <translation>e.g. 2025-014</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="152" />
            <source>&amp;Från:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="152" />
            <source>Från datum</source>
            <translation>From date</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="153" />
            <source>&amp;Till:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="153" />
            <source>Till datum</source>
            <translation>To date</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="171" />
            <source>Vi&amp;sa</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="174" />
            <source>Rensa fi&amp;lter</source>
            <translation>Clear fi&amp;lter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="154" />
            <source>Händelse</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="154" />
            <source>Hä&amp;ndelse:</source>
            <translation>E&amp;vent:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="155" />
            <source>Ä&amp;rende:</source>
            <translation>&amp;Case:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="155" />
            <source>Ärende</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="165" />
            <source>Fel: {field}</source>
            <translation>Error: {field}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="182" />
            <source>Loggens händelser</source>
            <translation>Log events</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="191" />
            <source>Antal händelser</source>
            <translation>Number of events</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="193" />
            <source>&amp;Exportera loggen…</source>
            <translation>&amp;Export the log…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="280" />
            <source>Excel-arbetsbok (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="280" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="284" />
            <source>Exportera loggen</source>
            <translation>Export the log</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="308" />
            <source>Loggen kunde inte sparas: {path} ({err})</source>
            <translation>The log could not be saved: {path} ({err})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="313" />
            <source>{count} sparades i {name}.</source>
            <translation>{count} saved in {name}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="50" />
            <source>Inga händelser</source>
            <translation>No events</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="52" />
            <source>1 händelse</source>
            <translation>1 event</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="53" />
            <source>{count} händelser</source>
            <translation>{count} events</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="60" />
            <source>Tid</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="60" />
            <source>Vem</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="61" />
            <source>Händelse</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="62" />
            <source>Vad</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="63" />
            <source>Ärende</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/audit_panel.py" line="64" />
            <source>Detaljer</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>BackupPanel</name>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="58" />
            <source>Säkerhetskopiorna är krypterade med teamets nyckel och öppnas med teamets lösenfras. Välj en mapp utanför den här datorn, till exempel en nätverksenhet, så att en kopia finns kvar om datorn kommer bort. En kopia görs automatiskt när teamfilen stängs; de äldsta tas bort när fler än det valda antalet finns.</source>
            <extracomment>The coordinator chose a backup to restore; the window does the rest. A backup was written (its path).</extracomment>
            <translation>Backups are encrypted with the team's key and opened with the team's passphrase. Choose a folder outside this computer, for example a network drive, so that a copy remains if the computer is lost. A copy is made automatically when the team file is closed; the oldest are removed when there are more than the chosen number.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="64" />
            <source>Inställningar för teamet</source>
            <translation>Settings for the team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="69" />
            <source>Ingen mapp vald – automatiska kopior är av</source>
            <translation>No folder chosen – automatic copies are off</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="70" />
            <source>Välj ma&amp;pp…</source>
            <translation>Choose fol&amp;der…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="81" />
            <source> kopior</source>
            <translation> copies</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="83" />
            <source>&amp;Mapp:</source>
            <translation>&amp;Folder:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="84" />
            <location filename="../../star_desktop/ui/backup_panel.py" line="161" />
            <source>Mapp för säkerhetskopior</source>
            <translation>Folder for backups</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="85" />
            <source>&amp;Behåll:</source>
            <translation>&amp;Keep:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="86" />
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="90" />
            <source>Säkerhetskopiera &amp;nu</source>
            <translation>Back up &amp;now</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="106" />
            <source>Teamets säkerhetskopior i mappen</source>
            <translation>The team's backups in the folder</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="110" />
            <source>Teamets säkerhetskopior</source>
            <translation>The team's backups</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="111" />
            <source>Gjord</source>
            <translation>Made</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="111" />
            <source>Storlek</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="112" />
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="127" />
            <source>&amp;Återställ vald…</source>
            <translation>&amp;Restore selected…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="199" />
            <source>Sparat. Automatiska kopior går till {folder}; de {n} senaste behålls.</source>
            <translation>Saved. Automatic copies go to {folder}; the {n} most recent are kept.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="201" />
            <source>Sparat. Ingen mapp är vald, så inga automatiska kopior görs.</source>
            <translation>Saved. No folder is chosen, so no automatic copies are made.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="209" />
            <source>Välj en mapp för säkerhetskopiorna.</source>
            <translation>Choose a folder for the backups.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="223" />
            <source>Säkerhetskopian är sparad och kontrollerad: {name}</source>
            <translation>The backup is saved and verified: {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="242" />
            <source>Välj en mapp för att se teamets säkerhetskopior.</source>
            <translation>Choose a folder to see the team's backups.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/backup_panel.py" line="244" />
            <source>Det finns inga säkerhetskopior av teamet i mappen.</source>
            <translation>There are no backups of the team in the folder.</translation>
        </message>
    </context>
    <context>
        <name>BudgetEditor</name>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="27" />
            <source>Kr</source>
            <extracomment>(form field, header) of the typed columns by table column; column 3 is the computed difference.</extracomment>
            <translation>SEK</translation>
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
            <translation>Outcome for the period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="30" />
            <source>Differens</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="31" />
            <location filename="../../star_desktop/ui/report_budget.py" line="36" />
            <source>Prognos</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="33" />
            <source>Rad</source>
            <extracomment>Shown through BudgetEditor.tr in the messages about a cell.</extracomment>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="49" />
            <source>Budgettabell</source>
            <translation>Budget table</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="64" />
            <source>&amp;Lägg till rad</source>
            <translation>&amp;Add row</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="67" />
            <source>&amp;Ta bort rad</source>
            <translation>&amp;Remove row</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="70" />
            <source>Hämta raderna från förra perioden</source>
            <translation>Fetch the rows from the previous period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="73" />
            <source>Spara &amp;budgeten</source>
            <translation>Save the &amp;budget</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="77" />
            <source>Belopp i kronor, till exempel 2 220 000. Differens (budget − utfall) och summor räknas fram.</source>
            <translation>Amounts in kronor, for example 2 220 000. Difference (budget − outcome) and totals are calculated.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="142" />
            <source>Summa: budget {b}, utfall {o}, differens {d} kr</source>
            <translation>Total: budget {b}, outcome {o}, difference {d} SEK</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="176" />
            <source>Budgeten sparades inte; rätta det som är markerat.</source>
            <translation>The budget was not saved; correct what is marked.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="178" />
            <source>Budgeten är sparad.</source>
            <translation>The budget is saved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="195" />
            <source>Rad {n}, {field}: {msg}</source>
            <translation>Row {n}, {field}: {msg}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="212" />
            <source>Ingen tidigare period av samma slag har en budget.</source>
            <translation>No earlier period of the same kind has a budget.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_budget.py" line="222" />
            <source>{n} rader hämtade från {period}: fyll i utfall och prognos och spara.</source>
            <translation>{n} rows fetched from {period}: fill in outcome and forecast, then save.</translation>
        </message>
    </context>
    <context>
        <name>CallDialog</name>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="37" />
            <source>Endast ärendenummer (för allt som lämnar datorn)</source>
            <extracomment>(level, label shown through CallDialog.tr).</extracomment>
            <translation>Case numbers only (for anything that leaves the computer)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="38" />
            <source>Initialer och födelseår</source>
            <translation>Initials and year of birth</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="39" />
            <source>Fullständiga namn</source>
            <translation>Full names</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="48" />
            <source>Kallelse</source>
            <translation>Notice</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="57" />
            <source>Kallelse till mötet {date}. Den ska skickas senast {due}.</source>
            <translation>Notice of the meeting {date}. It is to be sent by {due}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="66" />
            <source>Personer &amp;visas som:</source>
            <translation>People are &amp;shown as:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="74" />
            <source>Spara &amp;PDF…</source>
            <translation>Save &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="75" />
            <source>Skriv &amp;ut…</source>
            <translation>Pri&amp;nt…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="76" />
            <source>&amp;Kalenderfil (.ics)…</source>
            <translation>&amp;Calendar file (.ics)…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="77" />
            <source>Kopiera &amp;e-posttext</source>
            <translation>Copy &amp;email text</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="78" />
            <source>&amp;Markera som skickad</source>
            <translation>&amp;Mark as sent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="111" />
            <source>Spara kallelsen</source>
            <translation>Save the notice</translation>
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
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="124" />
            <source>Spara kalenderfilen</source>
            <translation>Save the calendar file</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="125" />
            <source>Kalenderfiler (*.ics)</source>
            <translation>Calendar files (*.ics)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="139" />
            <source>E-posttexten är kopierad; klistra in den i e-posten.</source>
            <translation>The e-mail text is copied; paste it into the e-mail.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="160" />
            <source>Kallelsen är skickad till skrivaren.</source>
            <translation>The notice has been sent to the printer.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/call_dialog.py" line="172" />
            <source>Kallelsen är markerad som skickad.</source>
            <translation>The notice is marked as sent.</translation>
        </message>
    </context>
    <context>
        <name>CaseDialogs</name>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="61" />
            <source>Samtycke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="62" />
            <source>Blanketten "Aktualisering till STAR" med individens egna ord behövs innan ärendet kan antas.</source>
            <translation>The form "Referral to STAR" with the individual's own words is needed before the case can be accepted.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="78" />
            <source>Bedömning i teamet</source>
            <translation>Assessment in the team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="79" />
            <source>Teamet bedömer om ärendet antas som STAR-ärende eller återvisas till remittenten.</source>
            <translation>The team assesses whether the case is accepted as a STAR case or referred back to the referrer.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="94" />
            <source>Sätt i kö</source>
            <translation>Put in queue</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="95" />
            <source>Planeringen kan inte starta direkt. Väntetiden redovisas för styrgruppen; se till att individen inte väntar passivt.</source>
            <translation>Planning cannot start straight away. The waiting time is reported to the steering group; make sure the individual does not wait passively.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="114" />
            <source>Ärendebärare</source>
            <translation>Case lead</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="129" />
            <source>Planeringsmöte med individen</source>
            <translation>Planning meeting with the individual</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="130" />
            <source>Avstämningsmöte när Försäkringskassan är ärendebärare, SIP när hälso- och sjukvården och socialtjänsten båda deltar, annars flerpartsmöte.</source>
            <translation>Reconciliation meeting when Försäkringskassan is the case lead, SIP when health care and social services both take part, otherwise a multi-party meeting.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="145" />
            <source>Individuell plan</source>
            <translation>Individual plan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="146" />
            <source>Efter planeringsmötet har individen en skriftlig individuell plan.</source>
            <translation>After the planning meeting the individual has a written individual plan.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="160" />
            <source>Ny parallell insats</source>
            <translation>New parallel intervention</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="161" />
            <source>Välj en insats ur utbudskartan, eller välj område och beskriv insatsen.</source>
            <translation>Choose an intervention from the service catalogue, or choose an area and describe the intervention.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="185" />
            <source>Uppföljning i teamet</source>
            <translation>Follow-up in the team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="196" />
            <source>Extra uppföljning</source>
            <translation>Extra follow-up</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="197" />
            <source>En uppföljning när någon i teamet eller individen begär det.</source>
            <translation>A follow-up when someone in the team or the individual asks for it.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="205" />
            <source>Konsultation genomförd</source>
            <translation>Consultation held</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="206" />
            <source>Konsultationen togs upp i teamet.</source>
            <translation>The consultation was taken up in the team.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="214" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="227" />
            <source>Avsluta ärendet</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="215" />
            <source>Avslut när individen har en långsiktig plan (arbete, studier, samordnad rehabilitering), vid ansökan om sjukersättning, när planeringen inte längre är studie- eller arbetsinriktad, eller när individen vill eller måste avsluta.</source>
            <translation>Close when the individual has a long-term plan (work, studies, coordinated rehabilitation), on an application for sickness compensation, when the planning is no longer aimed at studies or work, or when the individual wants or has to end.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="234" />
            <source>Ärendet är inte bedömt och återvisas med skälet "Samtycket återkallat".</source>
            <translation>The case has not been assessed and is referred back with the reason "Consent withdrawn".</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="241" />
            <source>Återkalla samtycke</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="276" />
            <source>Ny aktualisering</source>
            <translation>New referral</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="277" />
            <source>En person som aktualiserats tidigare känns igen på personnumret och behåller sin deltagarpost. Samplanering kräver blanketten "Aktualisering till STAR" innan ärendet kan antas.</source>
            <translation>A person referred before is recognised by the personal identity number and keeps their participant record. Joint planning requires the form "Referral to STAR" before the case can be accepted.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="115" />
            <source>Ärendebäraren utses i första hand hos den aktör som ansvarar för personens nuvarande försörjning.</source>
            <translation>The case lead is appointed primarily at the party responsible for the person's current income support.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="236" />
            <source>Ärendet avslutas samma dag med skälet "Individen önskar avsluta" och räknas som avslutat i statistiken.</source>
            <translation>The case is closed the same day with the reason "The individual wishes to end" and counts as closed in the statistics.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="252" />
            <source>Återkalla och gallra</source>
            <translation>Withdraw and erase</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="302" />
            <source>Registrera</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="64" />
            <source>Blanketten har kommit in</source>
            <translation>The form has been received</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="66" />
            <source>&amp;Undertecknad:</source>
            <translation>&amp;Signed:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="68" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="296" />
            <source>Individens egna &amp;ord:</source>
            <translation>Individual's o&amp;wn words:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="80" />
            <source>&amp;Bedömning:</source>
            <translation>&amp;Assessment:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="84" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="137" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="198" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="207" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="223" />
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="85" />
            <source>&amp;Skäl vid återvisning:</source>
            <translation>&amp;Reason for referring back:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="97" />
            <source>&amp;Kö från:</source>
            <translation>In &amp;queue from:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="117" />
            <source>&amp;Part:</source>
            <translation>&amp;Party:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="119" />
            <source>&amp;Namn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="132" />
            <source>Hälso- och sjukvården deltar</source>
            <translation>Health care takes part</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="133" />
            <source>Socialtjänsten deltar</source>
            <translation>Social services take part</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="135" />
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="147" />
            <source>&amp;Planen upprättad:</source>
            <translation>&amp;Plan drawn up:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="149" />
            <source>Överenskommen aktivitet mot egen försörjning</source>
            <translation>Agreed activity towards self-support</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="162" />
            <source>&amp;Ur utbudskartan:</source>
            <translation>From the service &amp;catalogue:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="164" />
            <source>&amp;Område:</source>
            <translation>&amp;Area:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="166" />
            <source>&amp;Beskrivning:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="167" />
            <source>Utförande &amp;part:</source>
            <translation>Provided by &amp;party:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="169" />
            <source>&amp;Start:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="170" />
            <source>S&amp;lut:</source>
            <translation>&amp;End:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="186" />
            <source>Uppföljningen planerad till {date}. Nästa planeras tre månader fram.</source>
            <translation>The follow-up was planned for {date}. The next one is planned three months ahead.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="188" />
            <source>&amp;Gjord:</source>
            <translation>&amp;Done:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="189" />
            <source>&amp;Hur det går:</source>
            <translation>&amp;How it is going:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="218" />
            <source>&amp;Skäl:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="220" />
            <source>&amp;Kommentar:</source>
            <translation>&amp;Comment:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="221" />
            <source>&amp;Försörjning vid avslut:</source>
            <translation>&amp;Income source at closure:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="247" />
            <source>Samtycket &amp;återkallat:</source>
            <translation>Consent &amp;withdrawn:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="248" />
            <source>Jag förstår att personuppgifterna gallras direkt och inte kan återställas</source>
            <translation>I understand that the personal data is erased at once and cannot be restored</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="280" />
            <source>&amp;Typ:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="282" />
            <source>&amp;Förnamn:</source>
            <translation>&amp;First name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="283" />
            <source>&amp;Efternamn:</source>
            <translation>&amp;Last name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="284" />
            <source>&amp;Personnummer:</source>
            <translation>&amp;Personal identity number:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="286" />
            <source>Födelse&amp;år:</source>
            <translation>Year of &amp;birth:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="287" />
            <source>&amp;Kön:</source>
            <translation>&amp;Gender:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="288" />
            <source>Ko&amp;mmun:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="289" />
            <source>Fråga (generell konsultation):</source>
            <translation>Question (general consultation):</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="290" />
            <source>&amp;Aktualiserande part:</source>
            <translation>&amp;Referring party:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="292" />
            <source>&amp;Handläggare:</source>
            <translation>Referring offi&amp;cer:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="293" />
            <source>Aktualiserad &amp;den:</source>
            <translation>Referre&amp;d on:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="294" />
            <source>Samtyckesblanketten har kommit in</source>
            <translation>The consent form has been received</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="295" />
            <source>Samtycke &amp;undertecknat:</source>
            <translation>Consent &amp;signed:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="297" />
            <source>Försörjning vid &amp;start:</source>
            <translation>&amp;Income source at start:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="299" />
            <source>År med offentlig försörjning:</source>
            <translation>Years on public income support:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="117" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="291" />
            <source>– välj part –</source>
            <translation>– choose party –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="136" />
            <source>– välj form –</source>
            <translation>– choose form –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="165" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="168" />
            <source>– från kartan –</source>
            <translation>– from the catalogue –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="171" />
            <source>ÅÅÅÅ-MM-DD (tomt om pågående)</source>
            <translation>YYYY-MM-DD (empty if ongoing)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="219" />
            <source>– välj skäl –</source>
            <translation>– choose reason –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="222" />
            <location filename="../../star_desktop/ui/case_dialogs.py" line="287" />
            <source>– välj –</source>
            <translation>– choose –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="285" />
            <source>ÅÅÅÅMMDD-NNNN (frivilligt)</source>
            <translation>YYYYMMDD-NNNN (optional)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="286" />
            <source>om personnummer saknas</source>
            <translation>if there is no personal identity number</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="300" />
            <source>frivilligt</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="81" />
            <source>Antaget som STAR-ärende</source>
            <translation>Accepted as a STAR case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="82" />
            <source>Återvisat till remittent</source>
            <translation>Referred back to the referrer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="110" />
            <source>Förslag: {party}, som svarar för personens nuvarande försörjning ({income}).</source>
            <translation>Suggestion: {party}, which is responsible for the person's current income support ({income}).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="163" />
            <source>– ingen, beskriv nedan –</source>
            <translation>– none, describe below –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="243" />
            <source>Individen har återkallat sitt samtycke till STAR.</source>
            <translation>The individual has withdrawn their consent to STAR.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_dialogs.py" line="244" />
            <source>Namn, personnummer, individens egna ord och personliga anteckningar i alla personens ärenden gallras direkt och kan inte återställas. Statistiken (kön, födelseår, datum, skäl) finns kvar.</source>
            <translation>Names, personal identity numbers, the individual's own words and personal notes in all of the person's cases are erased at once and cannot be restored. The statistics (gender, year of birth, dates, reasons) remain.</translation>
        </message>
    </context>
    <context>
        <name>CaseExport</name>
        <message>
            <location filename="../../star_desktop/cases/export.py" line="38" />
            <source>Endast ärendenummer (inga namn eller personnummer)</source>
            <translation>Case numbers only (no names or personal identity numbers)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/export.py" line="39" />
            <source>Initialer och födelseår</source>
            <translation>Initials and year of birth</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/export.py" line="40" />
            <source>Fullständiga namn och personnummer</source>
            <translation>Full names and personal identity numbers</translation>
        </message>
    </context>
    <context>
        <name>CaseImport</name>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="63" />
            <source>Importera ärenden från Excel</source>
            <translation>Import cases from Excel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="64" />
            <location filename="../../star_desktop/ui/case_import.py" line="71" />
            <source>Excel-filer (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="70" />
            <source>Spara importmall</source>
            <translation>Save import template</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="113" />
            <source>Import klar</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="82" />
            <source>rad {row}, kolumn {column}: {reason}</source>
            <translation>row {row}, column {column}: {reason}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="85" />
            <source>rad {row}: {reason}</source>
            <translation>row {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="103" />
            <source>Importerade {n} ärenden ({m} fanns redan).</source>
            <translation>Imported {n} cases ({m} already existed).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="131" />
            <source>Mallen kunde inte sparas</source>
            <translation>The template could not be saved</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="100" />
            <source>Filen kunde inte läsas som en Excel-fil: {err}</source>
            <translation>The file could not be read as an Excel file: {err}</translation>
        </message>
    </context>
    <context>
        <name>CaseListWidget</name>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="67" />
            <source>{count} ärende</source>
            <extracomment>The state combo's item for every state in which the case is being worked with.</extracomment>
            <translation>{count} case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="68" />
            <source>{count} ärenden</source>
            <translation>{count} cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="313" />
            <source>Sök namn, personnummer eller ärendenummer</source>
            <extracomment>Typing pauses this long (ms) before the search runs.</extracomment>
            <translation>Search name, personal identity number or case number</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="317" />
            <location filename="../../star_desktop/ui/case_list.py" line="323" />
            <location filename="../../star_desktop/ui/case_list.py" line="335" />
            <location filename="../../star_desktop/ui/case_list.py" line="338" />
            <location filename="../../star_desktop/ui/case_list.py" line="457" />
            <source>Alla</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="318" />
            <source>Aktiva (antagna till pågående)</source>
            <translation>Active (accepted to ongoing)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="331" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="340" />
            <source>Inom {days} dagar</source>
            <translation>Within {days} days</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="341" />
            <source>Försenad</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="342" />
            <source>&amp;Rensa filter</source>
            <translation>&amp;Clear filter</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="345" />
            <source>&amp;Exportera listan…</source>
            <translation>&amp;Export the list…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="350" />
            <source>Antal ärenden</source>
            <translation>Number of cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="357" />
            <source>&amp;Sök:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="357" />
            <source>Sök ärende</source>
            <translation>Search case</translation>
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
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="364" />
            <source>Typ av ärende</source>
            <translation>Type of case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="367" />
            <source>Ären&amp;debärarens namn:</source>
            <translation>Case lea&amp;d's name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="365" />
            <source>Aktualiserat av</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="365" />
            <source>Aktua&amp;liserat av:</source>
            <translation>Refe&amp;rred by:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="366" />
            <source>Ärende&amp;bärare:</source>
            <translation>Case &amp;lead:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="366" />
            <source>Ärendebärarens part</source>
            <translation>The case lead's party</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="368" />
            <source>Ärendebärarens namn</source>
            <translation>The case lead's name</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="369" />
            <source>&amp;Kön:</source>
            <translation>&amp;Gender:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="369" />
            <source>Kön</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="370" />
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="370" />
            <source>Upp&amp;följning:</source>
            <translation>&amp;Follow-up:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="392" />
            <source>Ärenden</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="570" />
            <location filename="../../star_desktop/ui/case_list.py" line="596" />
            <source>Exportera ärendelistan</source>
            <translation>Export the case list</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="571" />
            <source>Excel-arbetsbok (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="594" />
            <source>Listan kunde inte sparas: {error}</source>
            <translation>The list could not be saved: {error}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="601" />
            <source>{count} exporterades till {name}.</source>
            <translation>{count} exported to {name}.</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="197" />
            <source>Sorteras på efternamn, sedan förnamn</source>
            <translation>Sorted by last name, then first name</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="222" />
            <source>Namn och personnummer är gallrade; ärendet finns kvar i statistiken.</source>
            <translation>Name and personal identity number are erased; the case remains in the statistics.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="194" />
            <source>Initialer</source>
            <translation>Initials</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="219" />
            <source>Uppföljningen skulle ha gjorts {date} och är försenad.</source>
            <translation>The follow-up was due {date} and is overdue.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="254" />
            <source>{date} (försenad)</source>
            <translation>{date} (overdue)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="76" />
            <source>Ärendenr</source>
            <extracomment>(sort key of query.SORT_KEYS, header); one column per sort key.</extracomment>
            <translation>Case no.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="77" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="78" />
            <source>Personnummer</source>
            <translation>Personal identity no.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="79" />
            <source>Kön</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="80" />
            <source>Född</source>
            <translation>Born</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="81" />
            <source>Typ</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="82" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="83" />
            <source>Aktualiserat av</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="84" />
            <source>Ärendebärare</source>
            <translation>Case lead</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="85" />
            <source>Aktualiserat</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="86" />
            <source>Nästa uppföljning</source>
            <translation>Next follow-up</translation>
        </message>
    </context>
    <context>
        <name>CaseTimeline</name>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="21" />
            <source>Aktualiserat</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="21" />
            <source>Samtycke undertecknat</source>
            <translation>Consent signed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="22" />
            <source>Antaget som STAR-ärende</source>
            <translation>Accepted as a STAR case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="22" />
            <source>Återvisat</source>
            <translation>Referred back</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="23" />
            <source>I kö</source>
            <translation>In queue</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="23" />
            <source>Planeringsmöte</source>
            <translation>Planning meeting</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="24" />
            <source>Individuell plan</source>
            <translation>Individual plan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="24" />
            <source>Insats påbörjad</source>
            <translation>Intervention started</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="25" />
            <source>Insats avslutad</source>
            <translation>Intervention ended</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="25" />
            <source>Uppföljning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="26" />
            <source>Konsultation genomförd</source>
            <translation>Consultation held</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="26" />
            <source>Avslutat</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="27" />
            <source>Uppföljning planerad</source>
            <translation>Follow-up planned</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="32" />
            <source>Ta upp konsultationen på nästa teammöte.</source>
            <translation>Take up the consultation at the next team meeting.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="33" />
            <source>Samtycket saknas: blanketten "Aktualisering till STAR" behövs före bedömning.</source>
            <translation>Consent is missing: the form "Referral to STAR" is needed before the assessment.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="35" />
            <source>Bedöm ärendet på nästa teammöte: anta eller återvisa.</source>
            <translation>Assess the case at the next team meeting: accept or refer back.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="36" />
            <source>Utse ärendebärare och boka planeringsmöte med individen.</source>
            <translation>Appoint a case lead and book a planning meeting with the individual.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="37" />
            <source>Håll planeringsmötet med individen och registrera det.</source>
            <translation>Hold the planning meeting with the individual and register it.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="38" />
            <source>Registrera den individuella planen.</source>
            <translation>Register the individual plan.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="39" />
            <source>Registrera de parallella insatserna.</source>
            <translation>Register the parallel interventions.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="40" />
            <source>Planera nästa uppföljning.</source>
            <translation>Plan the next follow-up.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="41" />
            <source>Ärendet är avslutat.</source>
            <translation>The case is closed.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="42" />
            <source>Ärendet är återvisat till remittenten.</source>
            <translation>The case has been referred back to the referrer.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="43" />
            <source>Konsultationen är genomförd.</source>
            <translation>The consultation has been held.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="49" />
            <source>Uppföljningen {date} är försenad: följ upp i teamet.</source>
            <translation>The follow-up on {date} is overdue: follow up in the team.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_texts.py" line="50" />
            <source>Nästa uppföljning {date}.</source>
            <translation>Next follow-up {date}.</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="53" />
            <source>← Till ärendelistan</source>
            <translation>← To the case list</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="70" />
            <source>&amp;Registerutdrag…</source>
            <translation>&amp;Register extract…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="73" />
            <source>Allt som finns lagrat om deltagaren, som PDF (artikel 15 i dataskyddsförordningen)</source>
            <translation>Everything stored about the participant, as a PDF (Article 15 of the GDPR)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="77" />
            <source>Uppgifter</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="81" />
            <source>Deltagare:</source>
            <translation>Participant:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="81" />
            <source>Typ:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="82" />
            <source>Aktualiserad av:</source>
            <translation>Referred by:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="82" />
            <source>Aktualiserad:</source>
            <translation>Referred:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="83" />
            <source>Försörjning vid start:</source>
            <translation>Income source at start:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="83" />
            <source>Samtycke:</source>
            <translation>Consent:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="84" />
            <source>Egna ord:</source>
            <translation>In their own words:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="84" />
            <source>Ärendebärare:</source>
            <translation>Case lead:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="85" />
            <source>Planeringsmöte:</source>
            <translation>Planning meeting:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="85" />
            <source>Individuell plan:</source>
            <translation>Individual plan:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="86" />
            <source>Avslut:</source>
            <translation>Closure:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="97" />
            <source>Ärendets tidslinje</source>
            <translation>The case's timeline</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="98" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="98" />
            <source>Händelse</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="98" />
            <source>Detalj</source>
            <translation>Detail</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="102" />
            <source>Tidslinje</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="106" />
            <source>Steg</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="109" />
            <source>Samtycke…</source>
            <translation>Consent…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="109" />
            <source>Bedöm…</source>
            <translation>Assess…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="110" />
            <source>Sätt i kö…</source>
            <translation>Put in queue…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="110" />
            <source>Ärendebärare…</source>
            <translation>Case lead…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="111" />
            <source>Planeringsmöte…</source>
            <translation>Planning meeting…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="111" />
            <source>Individuell plan…</source>
            <translation>Individual plan…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="112" />
            <source>Ny insats…</source>
            <translation>New intervention…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="113" />
            <source>Registrera uppföljning…</source>
            <translation>Record follow-up…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="114" />
            <source>Extra uppföljning…</source>
            <translation>Extra follow-up…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="115" />
            <source>Konsultation genomförd…</source>
            <translation>Consultation held…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="116" />
            <source>Avsluta ärendet…</source>
            <translation>Close the case…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="117" />
            <source>Återkalla samtycke…</source>
            <translation>Withdraw consent…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="172" />
            <source>Ärende {number}</source>
            <translation>Case {number}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="176" />
            <source>Samtycket återkallades {date}. Ärendet behandlas inte längre och personuppgifterna är gallrade.</source>
            <translation>Consent was withdrawn {date}. The case is no longer processed and the personal data are erased.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="181" />
            <source>Nästa steg: {step}</source>
            <translation>Next step: {step}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="185" />
            <source>Ingen enskild (generell konsultation): {subject}</source>
            <translation>No individual (general consultation): {subject}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="188" />
            <source>{gender}, född {year}</source>
            <translation>{gender}, born {year}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="191" />
            <source>Personuppgifterna är gallrade ({gender}, född {year})</source>
            <translation>The personal data are erased ({gender}, born {year})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="194" />
            <source>{name}  {personnummer}  ({gender}, född {year})</source>
            <translation>{name}  {personnummer}  ({gender}, born {year})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="202" />
            <source>, {years} år med offentlig försörjning</source>
            <translation>, {years} years on public income support</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="207" />
            <source>behövs inte</source>
            <translation>not needed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="209" />
            <source>återkallat {date}</source>
            <translation>withdrawn {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="212" />
            <source>undertecknat {date}</source>
            <translation>signed {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="215" />
            <source>saknas</source>
            <translation>missing</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="225" />
            <source>, med aktivitet mot egen försörjning</source>
            <translation>, with an activity towards self-support</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="228" />
            <source>{date}: {reason}; försörjning vid avslut: {income}</source>
            <translation>{date}: {reason}; income source at closure: {income}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="243" />
            <source>av {party}</source>
            <translation>by {party}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="250" />
            <source>Uppföljning försenad</source>
            <translation>Follow-up overdue</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_view.py" line="252" />
            <source>Uppföljning planerad</source>
            <translation>Follow-up planned</translation>
        </message>
    </context>
    <context>
        <name>CasesArea</name>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="35" />
            <source>Ärenden</source>
            <extracomment>The coordinator ticked or unticked the box: presentation mode for the whole window.</extracomment>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="37" />
            <source>&amp;Ny aktualisering…</source>
            <translation>&amp;New referral…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="40" />
            <source>&amp;Utbudskartan…</source>
            <translation>&amp;Service catalogue…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="43" />
            <source>&amp;Importera från Excel…</source>
            <translation>&amp;Import from Excel…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="46" />
            <source>Import&amp;mall…</source>
            <translation>Import &amp;template…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/cases_area.py" line="49" />
            <source>Dölj namn (visningsläge)</source>
            <translation>Hide names (presentation mode)</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="37" />
            <source>Utbudskartan</source>
            <translation>Service catalogue</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="42" />
            <source>Insatser i utbudskartan</source>
            <translation>Interventions in the service catalogue</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="44" />
            <source>Visa inaktiva</source>
            <translation>Show inactive</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="50" />
            <source>– välj område –</source>
            <translation>– choose area –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="53" />
            <source>– ingen särskild –</source>
            <translation>– none in particular –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="58" />
            <source>Aktiv (kan väljas för nya insatser)</source>
            <translation>Active (can be chosen for new interventions)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="63" />
            <source>&amp;Område:</source>
            <translation>&amp;Area:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="64" />
            <source>&amp;Namn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="65" />
            <source>&amp;Part:</source>
            <translation>&amp;Party:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="66" />
            <source>&amp;Beskrivning:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="69" />
            <source>Ny &amp;insats</source>
            <translation>New &amp;intervention</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="71" />
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="106" />
            <source> – inaktiv</source>
            <translation> – inactive</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/catalogue_dialog.py" line="154" />
            <source>Sparat.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="42" />
            <source>Byt lösenfras</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="46" />
            <source>Filen krypteras om med den nya lösenfrasen och öppnas sedan bara med den. Välj minst {n} tecken, gärna några ord som inte hör ihop.</source>
            <translation>The file is re-encrypted with the new passphrase and from then on opens only with it. Choose at least {n} characters, preferably a few unrelated words.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="50" />
            <source>Obs! Säkerhetskopior som redan har gjorts öppnas fortfarande bara med den gamla lösenfrasen. Spara den på ett säkert ställe så länge de kopiorna finns kvar.</source>
            <translation>Note: backups already made still open only with the old passphrase. Keep it in a safe place for as long as those copies exist.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="60" />
            <source>&amp;Nuvarande lösenfras:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="61" />
            <source>N&amp;y lösenfras:</source>
            <translation>N&amp;ew passphrase:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="62" />
            <source>&amp;Upprepa den nya:</source>
            <translation>&amp;Repeat the new one:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="71" />
            <source>&amp;Byt lösenfras</source>
            <translation>&amp;Change passphrase</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="123" />
            <source>Lösenfrasen är bytt. Filen öppnas nu bara med den nya.</source>
            <translation>The passphrase is changed. The file now opens only with the new one.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="125" />
            <source>Nyckeln i datorns nyckelring är uppdaterad.</source>
            <translation>The key in the computer's keyring is updated.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="128" />
            <source>&amp;Stäng</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="137" />
            <source>Tidigare säkerhetskopior kräver den gamla lösenfrasen. Ingen mapp för säkerhetskopior är vald; gör en ny kopia under Inställningar → Säkerhetskopior.</source>
            <translation>Earlier backups need the old passphrase. No backup folder is chosen; make a new copy under Settings → Backups.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="143" />
            <source>Tidigare säkerhetskopior kräver den gamla lösenfrasen, och en ny kopia kunde inte göras: {reason}</source>
            <translation>Earlier backups need the old passphrase, and a new copy could not be made: {reason}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/rekey_dialog.py" line="145" />
            <source>Tidigare säkerhetskopior kräver den gamla lösenfrasen; en ny kopia med den nya är sparad: {name}</source>
            <translation>Earlier backups need the old passphrase; a new copy with the new one is saved: {name}</translation>
        </message>
    </context>
    <context>
        <name>CrashNotifier</name>
        <message>
            <location filename="../../star_desktop/ui/app.py" line="143" />
            <source>Ett oväntat fel inträffade, och det du just gjorde kan ha avbrutits. Ändringar sparas bara hela, så kontrollera att det blev som du ville.

En felrapport utan personuppgifter har sparats i {folder} ({name}). Skicka den gärna till den som ger support för programmet.</source>
            <translation>An unexpected error occurred, and what you just did may have been interrupted. Changes are only saved whole, so check that the result is what you wanted.

An error report without personal data has been saved in {folder} ({name}). Please send it to whoever supports the program.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/app.py" line="154" />
            <source>Ett oväntat fel</source>
            <translation>An unexpected error</translation>
        </message>
    </context>
    <context>
        <name>DeviationTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="82" />
            <source>Datum</source>
            <extracomment>Longest description shown in the table; the whole text is in the tooltip and the dialog.</extracomment>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="83" />
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="84" />
            <source>Beskrivning</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="85" />
            <source>Lyft till</source>
            <translation>Raised with</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="86" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="87" />
            <source>Åtgärdad</source>
            <translation>Resolved</translation>
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

Action: {resolution}</translation>
        </message>
    </context>
    <context>
        <name>DeviationsArea</name>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="212" />
            <location filename="../../star_desktop/ui/deviations_area.py" line="246" />
            <source>Avvikelser</source>
            <translation>Deviations</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="215" />
            <source>Beskriv avvikelser utan personuppgifter: inga namn, personnummer eller ärendenummer. Registret går till den lokala styrgruppen och sparas; en avvikelse kan ändras men inte tas bort.</source>
            <translation>Describe deviations without personal data: no names, personal identity numbers or case numbers. The register goes to the local steering group and is kept; a deviation can be changed but not removed.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="223" />
            <source>Visa status</source>
            <translation>Show status</translation>
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
            <translation>Show year</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="195" />
            <location filename="../../star_desktop/ui/deviations_area.py" line="231" />
            <location filename="../../star_desktop/ui/deviations_area.py" line="292" />
            <source>alla</source>
            <translation>all</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="196" />
            <source>öppna</source>
            <translation>open</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="197" />
            <source>under åtgärd</source>
            <translation>being resolved</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="198" />
            <source>åtgärdade</source>
            <translation>resolved</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="232" />
            <source>&amp;År:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="237" />
            <source>&amp;Ny avvikelse…</source>
            <translation>&amp;New deviation…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="239" />
            <source>&amp;Ändra…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="316" />
            <source>Inga avvikelser med det här urvalet.</source>
            <translation>No deviations with this selection.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="317" />
            <source>Inga avvikelser registrerade. Välj Ny avvikelse… för att lägga in en.</source>
            <translation>No deviations recorded. Choose New deviation… to add one.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="322" />
            <source>1 avvikelse visas</source>
            <translation>1 deviation shown</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="323" />
            <source>{n} avvikelser visas</source>
            <translation>{n} deviations shown</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="324" />
            <source>{shown}: {open} öppna, {ongoing} under åtgärd.</source>
            <translation>{shown}: {open} open, {ongoing} being addressed.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="167" />
            <source>Ny avvikelse</source>
            <translation>New deviation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="171" />
            <source>Skriv utan personuppgifter: inga namn, personnummer eller ärendenummer. Registret går till den lokala styrgruppen.</source>
            <translation>Write without personal data: no names, personal identity numbers or case numbers. The register goes to the local steering group.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="183" />
            <source>Vad hände, och vad fick det för följder för teamets arbete?</source>
            <translation>What happened, and what were the consequences for the team's work?</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="187" />
            <source>Vad gjordes, eller vad ska göras?</source>
            <translation>What was done, or what is to be done?</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="151" />
            <source>&amp;Inträffade den:</source>
            <translation>&amp;Occurred on:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="152" />
            <source>&amp;Kategori:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="153" />
            <source>&amp;Beskrivning:</source>
            <translation>&amp;Description:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="154" />
            <source>&amp;Lyft till:</source>
            <translation>&amp;Raised with:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="155" />
            <source>Lyft &amp;den:</source>
            <translation>Raised &amp;on:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="157" />
            <source>Å&amp;tgärd:</source>
            <translation>Ac&amp;tion:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="158" />
            <source>Åtgärdad de&amp;n:</source>
            <translation>Resol&amp;ved on:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="173" />
            <source>Spara</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="145" />
            <source>– välj kategori –</source>
            <translation>– choose category –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="147" />
            <source>– inte lyft ännu –</source>
            <translation>– not raised yet –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/deviations_area.py" line="168" />
            <source>Ändra avvikelsen från {date}</source>
            <translation>Edit the deviation of {date}</translation>
        </message>
    </context>
    <context>
        <name>EndMembershipDialog</name>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="231" />
            <source>Avsluta ledamot</source>
            <translation>End membership</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="236" />
            <source>Sista &amp;dag:</source>
            <translation>Last &amp;day:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="238" />
            <source>{name} finns kvar i historiken (närvaro och minnesanteckningar) men visas inte längre bland aktiva ledamöter.</source>
            <translation>{name} remains in the history (attendance and minutes) but is no longer shown among active members.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="243" />
            <source>Avsluta</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="244" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="260" />
            <source>Sista dagen kan inte ligga före startdatum.</source>
            <translation>The last day cannot be before the start date.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="108" />
            <source>Exportera 4R-analysen</source>
            <translation>Export the 4R analysis</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="113" />
            <source>Skydda små tal (1–4 visas som "&lt;5")</source>
            <translation>Protect small numbers (1–4 shown as "&lt;5")</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="119" />
            <source>&amp;Mottagare:</source>
            <translation>&amp;Recipient:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/report.py" line="31" />
            <source>Lokala styrgruppen</source>
            <extracomment>Who an export is for, and whether small counts are masked by default for them. key: (Swedish label, small counts protected by default); the GUI's ExportDialog shows the label in the current language, the exported files name the recipient in Swedish.</extracomment>
            <translation>The local steering group</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/report.py" line="32" />
            <source>Förbundskansliet</source>
            <translation>The association's office</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/report.py" line="33" />
            <source>Teamet (internt)</source>
            <translation>The team (internal)</translation>
        </message>
    </context>
    <context>
        <name>ExportPrivacyDialog</name>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="264" />
            <source>Exportera ärendelistan</source>
            <extracomment>Rows read in one query when the view asks for a row not yet read. Rows kept; past this the cache starts over (a whole list of 20,000 would still be fine). After every search: the number of cases found. Number of fetch_rows queries made (for tests and the benchmark).</extracomment>
            <translation>Export the case list</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="266" />
            <source>{count} exporteras till en Excel-fil. Filen sparas okrypterad och lämnar teamfilens skydd, så välj hur mycket den ska visa om deltagarna.</source>
            <translation>{count} will be exported to an Excel file. The file is saved unencrypted and leaves the team file's protection, so choose how much it shows about the participants.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="283" />
            <source>Välj fil…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_list.py" line="284" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ExtractDialog</name>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="44" />
            <source>Registerutdrag</source>
            <extracomment>The last PDF saved, for the caller.</extracomment>
            <translation>Register extract</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="47" />
            <source>Ett registerutdrag visar allt som finns sparat om en person i teamfilen: personuppgifter, ärenden, insatser, uppföljningar, mötesanteckningar och loggen. Den som begär det ska få det inom en månad (artikel 15 i dataskyddsförordningen).</source>
            <translation>A register extract shows everything stored about a person in the team file: personal data, cases, interventions, follow-ups, meeting notes and the log. Whoever requests it is to receive it within one month (Article 15 of the GDPR).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="56" />
            <source>ÅÅÅÅMMDD-NNNN eller ärendenummer</source>
            <translation>YYYYMMDD-NNNN or case number</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="58" />
            <source>&amp;Sök</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="67" />
            <source>Personnummer &amp;eller ärendenummer:</source>
            <translation>Personal identity number &amp;or case number:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="68" />
            <source>Personnummer eller ärendenummer</source>
            <translation>Personal identity number or case number</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="70" />
            <source>Ingen vald än.</source>
            <translation>None chosen yet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="73" />
            <source>Utdraget avser</source>
            <translation>The extract concerns</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="74" />
            <source>Avser:</source>
            <translation>Concerns:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="80" />
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="81" />
            <source>Spara &amp;PDF…</source>
            <translation>Save &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="109" />
            <source>inga ärenden</source>
            <translation>no cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="110" />
            <source>{name} – ärenden: {cases}</source>
            <translation>{name} – cases: {cases}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="121" />
            <source>Ingen vald.</source>
            <translation>None chosen.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="133" />
            <source>Spara registerutdraget</source>
            <translation>Save the register extract</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="134" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="156" />
            <source>Utdraget kunde inte sparas: {path} ({err})</source>
            <translation>The extract could not be saved: {path} ({err})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/extract_dialog.py" line="162" />
            <source>Registerutdraget sparades i {path}.</source>
            <translation>The register extract was saved in {path}.</translation>
        </message>
    </context>
    <context>
        <name>FederationDialog</name>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="34" />
            <source>Länssammanställning</source>
            <translation>County summary</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="37" />
            <source>Välj teamens exporterade arbetsböcker (rapport eller 4R, samma period). Siffrorna läggs ihop team för team; andelar och medelvärden räknas om från de summerade antalen.</source>
            <translation>Choose the teams' exported workbooks (report or 4R, same period). The figures are added up team by team; shares and averages are recalculated from the summed counts.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="43" />
            <source>Teamens filer</source>
            <translation>The teams' files</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="44" />
            <source>&amp;Filer:</source>
            <translation>&amp;Files:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="46" />
            <source>&amp;Lägg till filer…</source>
            <translation>&amp;Add files…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="49" />
            <source>&amp;Ta bort</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="52" />
            <source>Skapa &amp;xlsx…</source>
            <translation>Create &amp;xlsx…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="55" />
            <source>Skapa &amp;pdf…</source>
            <translation>Create &amp;pdf…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="58" />
            <source>Stäng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="94" />
            <source>Välj teamens filer</source>
            <translation>Choose the teams' files</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="96" />
            <location filename="../../star_desktop/ui/federation_dialog.py" line="114" />
            <source>Excel-filer (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="114" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="115" />
            <source>Spara länssammanställningen</source>
            <translation>Save the county summary</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="139" />
            <source>Välj en annan fil än teamens: {path}</source>
            <translation>Choose a file other than the teams': {path}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="145" />
            <source>Sammanställningen kunde inte sparas: {path} ({err})</source>
            <translation>The summary could not be saved: {path} ({err})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/federation_dialog.py" line="148" />
            <source>Sammanställningen av {n} team sparad: {path}</source>
            <translation>The summary of {n} teams saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>FieldMessages</name>
        <message>
            <location filename="../../star_desktop/ui/common.py" line="160" />
            <source>Fel: {label}</source>
            <translation>Error: {label}</translation>
        </message>
    </context>
    <context>
        <name>FourRArea</name>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="131" />
            <source>4R-analysen</source>
            <translation>The 4R analysis</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="136" />
            <source>4R</source>
            <translation>4R</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="137" />
            <source>4R-analysen med könsuppdelad statistik: R1 Representation och R2 Resurser räknas fram ur ärendena; R3 Realia och R4 Realisera skriver du. Här visas alla tal; i exporter till styrgruppen och förbundskansliet skyddas små tal.</source>
            <translation>The 4R analysis with gender-disaggregated statistics: R1 Representation and R2 Resources are calculated from the cases; you write R3 Realia and R4 Realisation. All numbers are shown here; in exports to the steering group and the association's office, small numbers are protected.</translation>
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
            <translation>R2 Resources</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="157" />
            <source>R3 och R4</source>
            <translation>R3 and R4</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="176" />
            <source>&amp;Spara texterna</source>
            <translation>&amp;Save the texts</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="187" />
            <source>Periodens åtgärder (R4)</source>
            <translation>Actions for the period (R4)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="191" />
            <source>En åtgärd för förändring…</source>
            <translation>An action for change…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="192" />
            <source>Ny åtgärd</source>
            <translation>New action</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="194" />
            <source>&amp;Lägg till åtgärd</source>
            <translation>&amp;Add action</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="197" />
            <source>&amp;Ta bort åtgärd</source>
            <translation>&amp;Remove action</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="215" />
            <source>Förra periodens åtgärder</source>
            <translation>Previous period's actions</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="216" />
            <source>Åtgärd</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="216" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="243" />
            <source>Nya deltagare</source>
            <translation>New participants</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="244" />
            <source>Aktiva vid periodens slut</source>
            <translation>Active at the end of the period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="245" />
            <source>Avslutade</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="246" />
            <source>Teamets ledamöter</source>
            <translation>Team members</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="247" />
            <source>Styrgruppens ledamöter</source>
            <translation>Steering group members</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="257" />
            <source>Åtgärder för {period} (R4):</source>
            <translation>Actions for {period} (R4):</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="264" />
            <source>Förra periodens åtgärder ({period}) – hur gick de?</source>
            <translation>Previous period's actions ({period}) – how did they go?</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="272" />
            <source>Status för åtgärden</source>
            <translation>Status of the action</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="280" />
            <source>Förra perioden ({period}) har inga åtgärder att följa upp.</source>
            <translation>The previous period ({period}) has no actions to follow up.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="290" />
            <source>Texterna sparade.</source>
            <translation>Texts saved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="291" />
            <source>Inget att spara.</source>
            <translation>Nothing to save.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="327" />
            <source>Status sparad.</source>
            <translation>Status saved.</translation>
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
            <translation>Why are things the way they are? Analyse the differences between women and men in R1 and R2: norms, ways of working, how people are met, who is referred and which interventions are offered.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="27" />
            <source>R4 Realisera</source>
            <translation>R4 Realisation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="28" />
            <source>Vad ska förändras? Mål och åtgärder för nästa period, och hur förra periodens åtgärder gick.</source>
            <translation>What should change? Goals and actions for the next period, and how the previous period's actions went.</translation>
        </message>
    </context>
    <context>
        <name>GenderShareChart</name>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="61" />
            <source>Könsfördelning</source>
            <extracomment>Colours of the gender parts (kvinnor, män, annat), told apart by their labels too.</extracomment>
            <translation>Gender distribution</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="95" />
            <source>Kvinnor</source>
            <translation>Women</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="95" />
            <source>Män</source>
            <translation>Men</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/fourr_area.py" line="95" />
            <source>Annat/ej angivet</source>
            <translation>Other/not stated</translation>
        </message>
    </context>
    <context>
        <name>GeneralSettings</name>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="90" />
            <source>Du på den här datorn</source>
            <translation>You on this computer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="95" />
            <source>Ditt namn i loggen</source>
            <translation>Your name in the log</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="96" />
            <source>Spara namnet</source>
            <translation>Save the name</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="100" />
            <source>Ditt &amp;namn i loggen:</source>
            <translation>Your &amp;name in the log:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="112" />
            <source>Systemets språk</source>
            <translation>System language</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="114" />
            <source>Programmets språk</source>
            <translation>The program's language</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="116" />
            <source>&amp;Språk:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="118" />
            <source>Språket byts nästa gång programmet startar.</source>
            <translation>The language changes the next time the program starts.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="124" />
            <source>Teamfilen och nyckeln</source>
            <translation>The team file and the key</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="131" />
            <source>Teamfilens sökväg</source>
            <translation>The team file's path</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="133" />
            <source>{rev} (programmets senaste: {head})</source>
            <translation>{rev} (the program's latest: {head})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="138" />
            <source>Kom ihåg på den här datorn</source>
            <translation>Remember on this computer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="140" />
            <source>Glöm nyckeln på den här datorn</source>
            <translation>Forget the key on this computer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="144" />
            <source>&amp;Byt lösenfras…</source>
            <translation>&amp;Change passphrase…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="147" />
            <source>Fil:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="148" />
            <source>Schemaversion:</source>
            <translation>Schema version:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="149" />
            <source>Nyckeln:</source>
            <translation>The key:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="159" />
            <source>Lås</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="162" />
            <source>Utan aktivitet i så många minuter döljs fönstrets innehåll och nyckeln tas bort ur minnet; du låser upp med nyckelringen eller lösenfrasen. Inställningen gäller teamfilen, på alla datorer. Ctrl+L låser direkt.</source>
            <translation>After this many minutes without activity, the window's content is hidden and the key is removed from memory; you unlock with the keyring or the passphrase. The setting applies to the team file, on every computer. Ctrl+L locks at once.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="169" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="170" />
            <source>Aldrig</source>
            <translation>Never</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="172" />
            <source>Lås efter så många minuter utan aktivitet</source>
            <translation>Lock after this many minutes without activity</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="175" />
            <source>Lås &amp;efter:</source>
            <translation>Lock &amp;after:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="183" />
            <source>Spara &amp;låsinställningen</source>
            <translation>Save the &amp;lock setting</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="212" />
            <source>Sparat: låser efter {n} minuter.</source>
            <translation>Saved: locks after {n} minutes.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="213" />
            <source>Sparat: låser bara med knappen.</source>
            <translation>Saved: locks only with the button.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="220" />
            <source>Datorn har ingen nyckelring som programmet kan använda, så lösenfrasen efterfrågas varje gång filen öppnas.</source>
            <translation>The computer has no keyring the program can use, so the passphrase is asked for every time the file is opened.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="223" />
            <source>Sparad i datorns nyckelring ({backend}); filen öppnas utan fråga på den här datorn.</source>
            <translation>Saved in the computer's keyring ({backend}); the file opens without asking on this computer.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="226" />
            <source>Inte sparad på den här datorn; lösenfrasen efterfrågas när filen öppnas.</source>
            <translation>Not saved on this computer; the passphrase is asked for when the file is opened.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="236" />
            <source>Sparat. Gäller från nästa gång en fil öppnas.</source>
            <translation>Saved. Applies from the next time a file is opened.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="243" />
            <source>Sparat. Språket byts nästa gång programmet startar.</source>
            <translation>Saved. The language changes the next time the program starts.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="254" />
            <source>Nyckelringen tog inte emot nyckeln.</source>
            <translation>The keyring did not accept the key.</translation>
        </message>
    </context>
    <context>
        <name>ImportErrorsDialog</name>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="43" />
            <source>Importen gjordes inte</source>
            <translation>The import was not made</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="46" />
            <source>Inget importerades: {n} fel i filen. Rätta raderna i Excel och importera igen.</source>
            <translation>Nothing was imported: {n} errors in the file. Correct the rows in Excel and import again.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/case_import.py" line="52" />
            <source>Fel i importfilen</source>
            <translation>Errors in the import file</translation>
        </message>
    </context>
    <context>
        <name>ItemPage</name>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="126" />
            <source>Anteckningar</source>
            <extracomment>The meeting's own keys: next and previous item, wherever the focus is.</extracomment>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="55" />
            <source>&amp;Anta</source>
            <extracomment>Decision buttons: (key, label, the case step it needs allowed). Each label has its own Alt+letter, unique in the meeting window, so every decision can be taken from the keyboard.</extracomment>
            <translation>&amp;Accept</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="56" />
            <source>Åter&amp;visa…</source>
            <translation>Refer &amp;back…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="57" />
            <source>Ärende&amp;bärare…</source>
            <translation>Case &amp;lead…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="58" />
            <source>P&amp;laneringsmöte…</source>
            <translation>P&amp;lanning meeting…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="59" />
            <source>&amp;Uppföljt, planera nästa…</source>
            <translation>&amp;Followed up, plan next…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="61" />
            <source>Avslu&amp;ta…</source>
            <translation>Clo&amp;se…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="62" />
            <source>&amp;Konsultation genomförd</source>
            <translation>&amp;Consultation held</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="129" />
            <source>Anteckningen innehåller &amp;personuppgifter (tas inte med till styrgruppen)</source>
            <translation>The note contains &amp;personal data (not included for the steering group)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="134" />
            <source>Åtgärder</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="136" />
            <source>Vem</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="137" />
            <source>Åtgärd: vem</source>
            <translation>Action: who</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="139" />
            <source>Vad</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="140" />
            <source>Åtgärd: vad</source>
            <translation>Action: what</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="142" />
            <source>Senast ÅÅÅÅ-MM-DD</source>
            <translation>By YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="143" />
            <source>Åtgärd: senast</source>
            <translation>Action: by</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="144" />
            <source>Lägg t&amp;ill åtgärd</source>
            <translation>Add act&amp;ion</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="163" />
            <source>Ant&amp;eckningar:</source>
            <translation>Not&amp;es:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="165" />
            <source>Åt&amp;gärder (vem, vad, senast när):</source>
            <translation>Ac&amp;tions (who, what, by when):</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="180" />
            <source>Punkt {i} av {n}</source>
            <translation>Item {i} of {n}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="186" />
            <source> (senast {date})</source>
            <translation> (by {date})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="208" />
            <location filename="../../star_desktop/ui/meeting_mode.py" line="211" />
            <source>{who}, född {year}</source>
            <translation>{who}, born {year}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="216" />
            <source>Nästa steg: {step}</source>
            <translation>Next step: {step}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="268" />
            <source>– välj part –</source>
            <translation>– choose party –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="272" />
            <location filename="../../star_desktop/ui/meeting_mode.py" line="282" />
            <source>&amp;Skäl:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="274" />
            <source>&amp;Part:</source>
            <translation>&amp;Party:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="275" />
            <source>&amp;Namn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="277" />
            <source>&amp;Form:</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="278" />
            <source>– välj form –</source>
            <translation>– choose form –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="280" />
            <source>&amp;Egen dag för nästa (frivilligt):</source>
            <translation>&amp;Own date for the next one (optional):</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="283" />
            <source>– välj skäl –</source>
            <translation>– choose reason –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="284" />
            <source>&amp;Kommentar:</source>
            <translation>&amp;Comment:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="285" />
            <source>&amp;Försörjning vid avslut:</source>
            <translation>&amp;Income source at closure:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="286" />
            <source>– välj –</source>
            <translation>– choose –</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="74" />
            <source>Låst</source>
            <extracomment>Input that counts as the coordinator being at the computer.</extracomment>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="83" />
            <source>Lösenfras</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="85" />
            <source>&amp;Lösenfras:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="91" />
            <source>Lås &amp;upp</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="95" />
            <source>&amp;Stäng teamfilen</source>
            <translation>&amp;Close the team file</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="129" />
            <source>Fönstrets innehåll är dolt och nyckeln är borttagen ur minnet. Lås upp med nyckeln som är sparad på den här datorn, eller skriv lösenfrasen.</source>
            <translation>The window's content is hidden and the key is removed from memory. Unlock with the key saved on this computer, or type the passphrase.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="133" />
            <source>Fönstrets innehåll är dolt och nyckeln är borttagen ur minnet. Skriv lösenfrasen för att låsa upp.</source>
            <translation>The window's content is hidden and the key is removed from memory. Type the passphrase to unlock.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/lock.py" line="147" />
            <source>Skriv lösenfrasen.</source>
            <translation>Type the passphrase.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="56" />
            <source>Ärenden</source>
            <extracomment>(key, Swedish name) of the areas, in navigation order; Ctrl+1 … Ctrl+7 jump to them.</extracomment>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="57" />
            <source>Möten</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="58" />
            <source>Rapporter</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="59" />
            <source>4R</source>
            <translation>4R</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="60" />
            <source>Avvikelser</source>
            <translation>Deviations</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="61" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="62" />
            <source>Inställningar</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="230" />
            <source>&amp;Arkiv</source>
            <extracomment>The restore's questions (file dialogs, confirmations); tests give their own answers. While a file is open, a backup at most every few hours (also one on close and lock).</extracomment>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="231" />
            <source>&amp;Ny teamfil…</source>
            <translation>&amp;New team file…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="234" />
            <source>&amp;Öppna teamfil…</source>
            <translation>&amp;Open team file…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="237" />
            <source>&amp;Senast öppnade</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="238" />
            <source>&amp;Stäng teamfil</source>
            <translation>&amp;Close team file</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="241" />
            <source>&amp;Avsluta</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="248" />
            <source>Åte&amp;rställ från säkerhetskopia…</source>
            <translation>Res&amp;tore from backup…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="253" />
            <source>&amp;Länssammanställning…</source>
            <translation>C&amp;ounty summary…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="255" />
            <source>Lägg ihop flera teams exporterade rapporter till en sammanställning för Länsam</source>
            <translation>Combine several teams' exported reports into a summary for Länsam</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="261" />
            <source>&amp;Visa</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="271" />
            <source>&amp;Visningsläge (dölj namn)</source>
            <translation>&amp;Presentation mode (hide names)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="276" />
            <source>Visa initialer i stället för namn och dölj personnummer i alla områden, till exempel när skärmen visas för teamet</source>
            <translation>Show initials instead of names and hide personal identity numbers in every area, for example when the screen is shown to the team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="280" />
            <source>&amp;Lås</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="284" />
            <source>Dölj fönstrets innehåll och ta bort nyckeln ur minnet tills du låser upp</source>
            <translation>Hide the window's content and remove the key from memory until you unlock</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="287" />
            <source>Verktyg</source>
            <translation>Tools</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="294" />
            <source>&amp;Hjälp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="295" />
            <source>&amp;Om {app}</source>
            <translation>&amp;About {app}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="322" />
            <source>Låst – {app}</source>
            <translation>Locked – {app}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="380" />
            <source>Nyckeln finns inte längre i nyckelringen. Skriv lösenfrasen.</source>
            <translation>The key is no longer in the keyring. Type the passphrase.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="384" />
            <source>Fel lösenfras. Försök igen.</source>
            <translation>Wrong passphrase. Try again.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="420" />
            <source>Öppna teamfil</source>
            <translation>Open team file</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="421" />
            <source>Teamfiler (*.star);;Alla filer (*)</source>
            <translation>Team files (*.star);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="444" />
            <source>Teamfilen kunde inte öppnas</source>
            <translation>The team file could not be opened</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="452" />
            <source>Filen uppgraderades från schema {old} till {new}. En kopia av den gamla finns i {backup}.</source>
            <translation>The file was upgraded from schema {old} to {new}. A copy of the old one is in {backup}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="470" />
            <source>Teamfilen kunde inte skapas</source>
            <translation>The team file could not be created</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="501" />
            <source>Öppnade {name}</source>
            <translation>Opened {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="513" />
            <source>Den automatiska säkerhetskopian kunde inte göras: {err}</source>
            <translation>The automatic backup could not be made: {err}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="516" />
            <source>Säkerhetskopia</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="522" />
            <source>Säkerhetskopia sparad: {name}</source>
            <translation>Backup saved: {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="562" />
            <source>Inställningarna kunde inte sparas: {err}</source>
            <translation>The settings could not be saved: {err}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="573" />
            <source>Om {app}</source>
            <translation>About {app}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="574" />
            <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;Samordnarens program för STAR-teamet.&lt;br&gt;Teamfilens schemaversion: {rev} (programmets: {head})</source>
            <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;br&gt;The coordinator's program for the STAR team.&lt;br&gt;Team file schema version: {rev} (the program's: {head})</translation>
        </message>
    </context>
    <context>
        <name>MeetingMode</name>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="332" />
            <source>Teammöte {date}</source>
            <translation>Team meeting {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="339" />
            <source>&amp;Dölj namn</source>
            <translation>&amp;Hide names</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="353" />
            <source>← &amp;Föregående</source>
            <translation>← &amp;Previous</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="355" />
            <location filename="../../star_desktop/ui/meeting_mode.py" line="403" />
            <source>&amp;Starta mötet →</source>
            <translation>&amp;Start the meeting →</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="357" />
            <source>Avsluta &amp;mötet</source>
            <translation>&amp;End the meeting</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="404" />
            <source>&amp;Nästa →</source>
            <translation>&amp;Next →</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="391" />
            <source>Tid {h}:{m:02d} av {ph}:{pm:02d} planerat</source>
            <translation>Time {h}:{m:02d} of {ph}:{pm:02d} planned</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meeting_mode.py" line="448" />
            <source>Mötet</source>
            <translation>The meeting</translation>
        </message>
    </context>
    <context>
        <name>MeetingTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="96" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="97" />
            <source>Veckodag</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="98" />
            <source>Tid</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="99" />
            <source>Plats</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="100" />
            <source>Länk</source>
            <translation>Link</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="101" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="102" />
            <source>Kallelse</source>
            <translation>Notice</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="107" />
            <source>ska skickas nu</source>
            <translation>to be sent now</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="111" />
            <source>skickad</source>
            <translation>sent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="142" />
            <source>Kallelsen ska skickas en vecka före mötet, {date}.</source>
            <translation>The notice is to be sent one week before the meeting, {date}.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsArea</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="302" />
            <source>Möten</source>
            <extracomment>The meeting mode's own "Dölj namn" box: presentation mode for the whole window.</extracomment>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="308" />
            <source>År</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="309" />
            <source>&amp;År:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="315" />
            <source>Årets möten</source>
            <translation>This year's meetings</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="321" />
            <source>&amp;Planera året…</source>
            <translation>&amp;Plan the year…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="323" />
            <source>&amp;Flytta…</source>
            <translation>Mo&amp;ve…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="325" />
            <source>&amp;Ställ in…</source>
            <translation>&amp;Cancel…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="334" />
            <source>&amp;Dagordning…</source>
            <translation>A&amp;genda…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="336" />
            <source>&amp;Led mötet…</source>
            <translation>&amp;Lead the meeting…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="338" />
            <source>&amp;Justera…</source>
            <translation>Appr&amp;ove…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="340" />
            <source>&amp;Tillägg…</source>
            <translation>A&amp;ddendum…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="327" />
            <source>Plats &amp;och länk…</source>
            <translation>Place &amp;and link…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="164" />
            <source>Fel</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="342" />
            <source>&amp;Minnesanteckningar (PDF)…</source>
            <translation>&amp;Minutes (PDF)…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="345" />
            <source>&amp;Kallelse…</source>
            <translation>&amp;Notice…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="393" />
            <source>Inga möten planerade {year}. Välj Planera året… för att lägga in årets möten.</source>
            <translation>No meetings planned for {year}. Choose Plan the year… to add the year's meetings.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="397" />
            <source>Kallelsen ska skickas nu till {n} möte(n).</source>
            <translation>The notice is due now for {n} meeting(s).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="442" />
            <source>{n} möten planerade {year}.</source>
            <translation>{n} meetings planned for {year}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="445" />
            <source>Inga nya möten: alla dagarna {year} har redan ett möte.</source>
            <translation>No new meetings: every day in {year} already has a meeting.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="468" />
            <source>Ställ in mötet</source>
            <translation>Cancel the meeting</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="469" />
            <source>Ställa in mötet {date} {time}? Det står kvar i kalendern som inställt.</source>
            <translation>Cancel the meeting {date} {time}? It stays in the calendar as cancelled.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="480" />
            <source>Mötet {date} är inställt.</source>
            <translation>The meeting {date} is cancelled.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="523" />
            <source>Teammöte {date}</source>
            <translation>Team meeting {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="555" />
            <source>Justera minnesanteckningarna</source>
            <translation>Approve the minutes</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="556" />
            <source>Justeras av:</source>
            <translation>Approved by:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="563" />
            <source>Justering</source>
            <translation>Approval</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="577" />
            <source>Tillägg till justerade minnesanteckningar</source>
            <translation>Addendum to approved minutes</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="578" />
            <source>Tillägget dateras i dag; de justerade anteckningarna ändras inte:</source>
            <translation>The addendum is dated today; the approved minutes are not changed:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="585" />
            <source>Tillägg</source>
            <translation>Addendum</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="587" />
            <source>Tillägget sparat.</source>
            <translation>The addendum is saved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="593" />
            <source>För styrgruppen (utan personuppgifter)</source>
            <translation>For the steering group (without personal data)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="594" />
            <source>Intern (för teamets ledamöter)</source>
            <translation>Internal (for the team's members)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="595" />
            <source>Minnesanteckningar</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="596" />
            <source>Version:</source>
            <translation>Version:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="602" />
            <source>Spara minnesanteckningarna</source>
            <translation>Save the minutes</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="604" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="627" />
            <source>Sparat: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="268" />
            <source>Flytta</source>
            <translation>Move</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="285" />
            <source>Spara</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="261" />
            <source>Flytta mötet {date}</source>
            <translation>Move the meeting {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="262" />
            <source>Nytt &amp;datum:</source>
            <translation>New &amp;date:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="263" />
            <source>&amp;Börjar:</source>
            <translation>&amp;Starts:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="265" />
            <source>&amp;Slutar:</source>
            <translation>&amp;Ends:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="280" />
            <source>Plats och länk för mötet {date}</source>
            <translation>Place and link for the meeting {date}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="281" />
            <source>&amp;Plats:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="282" />
            <source>&amp;Länk för digitalt deltagande:</source>
            <translation>&amp;Link for joining online:</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="117" />
            <source>Redigera ledamot</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="117" />
            <source>Ny ledamot</source>
            <translation>New member</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="125" />
            <source>– välj part –</source>
            <translation>– choose party –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="130" />
            <source>– välj –</source>
            <translation>– choose –</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="134" />
            <source>Ordinarie ledamot</source>
            <translation>Regular member</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="138" />
            <source>Ersättare för {name}</source>
            <translation>Deputy for {name}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="142" />
            <source>ÅÅÅÅ-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="144" />
            <source>ÅÅÅÅ-MM-DD (tomt om tills vidare)</source>
            <translation>YYYY-MM-DD (empty if until further notice)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="156" />
            <source>&amp;Namn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="157" />
            <source>&amp;Part:</source>
            <translation>&amp;Party:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="158" />
            <source>&amp;Funktion:</source>
            <translation>&amp;Function:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="159" />
            <source>&amp;Kön:</source>
            <translation>&amp;Gender:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="160" />
            <source>&amp;Organ:</source>
            <translation>&amp;Body:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="161" />
            <source>&amp;Roll:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="162" />
            <source>&amp;E-post:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="163" />
            <source>&amp;Telefon:</source>
            <translation>&amp;Telephone:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="164" />
            <source>Akti&amp;v från:</source>
            <translation>Acti&amp;ve from:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="165" />
            <source>Aktiv t&amp;ill:</source>
            <translation>Active &amp;until:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="166" />
            <source>&amp;Anteckning:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="189" />
            <source>Spara</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="190" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="80" />
            <source>Namn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="81" />
            <source>Part</source>
            <translation>Party</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="82" />
            <source>Funktion</source>
            <translation>Function</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="83" />
            <source>Kön</source>
            <translation>Gender</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="84" />
            <source>Organ</source>
            <translation>Body</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="85" />
            <source>Ersättare för</source>
            <translation>Deputy for</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="86" />
            <source>Aktiv från</source>
            <translation>Active from</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="87" />
            <source>Aktiv till</source>
            <translation>Active until</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="88" />
            <source>E-post</source>
            <translation>Email</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="89" />
            <source>Telefon</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="102" />
            <source>Avslutad som ledamot {date}</source>
            <translation>Membership ended {date}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="43" />
            <location filename="../../star_desktop/cases/process.py" line="203" />
            <source>Välj insatsområde.</source>
            <translation>Choose an intervention area.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="46" />
            <source>Ange insatsens namn.</source>
            <translation>Enter the intervention's name.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="48" />
            <source>Högst 200 tecken.</source>
            <translation>At most 200 characters.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="53" />
            <source>Insatsen finns redan i utbudskartan.</source>
            <translation>The intervention is already in the service catalogue.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/catalogue.py" line="55" />
            <source>Parten finns inte.</source>
            <translation>The party does not exist.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_reading.py" line="209" />
            <source>Skriv {yes} eller {no}.</source>
            <extracomment>Columns about the individual: empty for a general consultation, which concerns no one.</extracomment>
            <translation>Write {yes} or {no}.</translation>
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
            <translation>At most {n} characters.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_reading.py" line="299" />
            <source>Fråga fylls bara i för en generell konsultation.</source>
            <translation>A question is only filled in for a general consultation.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_rehearsal.py" line="173" />
            <source>Välj bedömning: antaget eller återvisat.</source>
            <extracomment>Field names of the process's messages that are not column keys.</extracomment>
            <translation>Choose an assessment: accepted or referred back.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_rehearsal.py" line="183" />
            <source>Skäl till återvisning anges bara när ärendet återvisas.</source>
            <translation>A reason for referral back is only given when the case is referred back.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="70" />
            <source>Bara ärenden om samplanering bedöms; en konsultation genomförs.</source>
            <translation>Only joint planning cases are assessed; a consultation is held.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="78" />
            <source>Ange skälet till att ärendet återvisas.</source>
            <translation>Enter the reason the case is referred back.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="83" />
            <source>Ärendet kan inte antas utan samtycke: blanketten "Aktualisering till STAR" med datum för underskrift behövs först.</source>
            <translation>The case cannot be accepted without consent: the form "Referral to STAR" with the date of signing is needed first.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="88" />
            <source>Samtycket har återkallats; ärendet kan inte antas.</source>
            <translation>Consent has been withdrawn; the case cannot be accepted.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="119" />
            <source>Välj ärendebärarens part.</source>
            <translation>Choose the case lead's party.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="121" />
            <source>Ange ärendebärarens namn.</source>
            <translation>Enter the case lead's name.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="139" />
            <source>Utse en ärendebärare innan planeringsmötet registreras.</source>
            <translation>Appoint a case lead before the planning meeting is recorded.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="148" />
            <source>Välj form för planeringsmötet.</source>
            <translation>Choose the form of the planning meeting.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="195" />
            <source>Insatsen finns inte i utbudskartan.</source>
            <translation>The intervention is not in the service catalogue.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="206" />
            <source>Välj en insats ur utbudskartan eller beskriv den.</source>
            <translation>Choose an intervention from the service catalogue or describe it.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="245" />
            <source>Uppföljningen är redan gjord.</source>
            <translation>The follow-up has already been made.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="286" />
            <source>Ett ärende om samplanering bedöms och avslutas; det konsulteras inte.</source>
            <translation>A joint planning case is assessed and closed; it is not consulted on.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="308" />
            <source>En konsultation avslutas inte; registrera att den är genomförd.</source>
            <translation>A consultation is not closed; record that it has been held.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="312" />
            <source>Ärendet är inte bedömt än: ett ärende som inte antas återvisas, det avslutas inte.</source>
            <translation>The case has not been assessed yet: a case that is not accepted is referred back, not closed.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="322" />
            <source>Välj skäl till avslut.</source>
            <translation>Choose a reason for closing.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="328" />
            <location filename="../../star_desktop/dataprotection/consent.py" line="115" />
            <source>Välj försörjning vid avslut (okänd går bra).</source>
            <translation>Choose the income support at closing (unknown is fine).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/process.py" line="332" />
            <source>Beskriv skälet när det är "annat".</source>
            <translation>Describe the reason when it is "other".</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="98" />
            <source>Välj typ av ärende.</source>
            <extracomment>An existing participant (raised again); else ``participant`` describes a new one.</extracomment>
            <translation>Choose the type of case.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="102" />
            <source>Välj vilken part som aktualiserar ärendet.</source>
            <translation>Choose the party that refers the case.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="108" />
            <source>Välj försörjning.</source>
            <translation>Choose the income support.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="118" />
            <source>Ange antal år som ett heltal 0–50, eller lämna tomt.</source>
            <translation>Enter the number of years as a whole number 0–50, or leave it empty.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="127" />
            <source>Beskriv frågan (utan personuppgifter).</source>
            <translation>Describe the question (without personal data).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="134" />
            <location filename="../../star_desktop/dataprotection/retention.py" line="444" />
            <source>Deltagaren finns inte.</source>
            <translation>The participant does not exist.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="144" />
            <source>Deltagaren har redan ett ärende som inte är avslutat ({number}).</source>
            <translation>The participant already has a case that is not closed ({number}).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="152" />
            <source>Ange datum då samtycket skrevs under.</source>
            <translation>Enter the date the consent was signed.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="156" />
            <location filename="../../star_desktop/cases/raising.py" line="264" />
            <source>Markera att blanketten har kommit in.</source>
            <translation>Tick that the form has been received.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="197" />
            <source>Ange förnamn.</source>
            <translation>Enter the first name.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="200" />
            <source>Ange efternamn.</source>
            <translation>Enter the last name.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="212" />
            <source>Födelseåret stämmer inte med personnumret.</source>
            <translation>The year of birth does not match the personal identity number.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="220" />
            <source>Ange födelseår med fyra siffror.</source>
            <translation>Enter the year of birth with four digits.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="223" />
            <source>Ange personnummer eller födelseår.</source>
            <translation>Enter a personal identity number or a year of birth.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="235" />
            <source>STAR är för personer i arbetsför ålder (16–64 år); personen är {age} år.</source>
            <translation>STAR is for people of working age (16–64); this person is {age}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="245" />
            <source>Välj kön (annat/ej angivet går bra).</source>
            <translation>Choose a gender (other/not stated is fine).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="257" />
            <source>En generell konsultation gäller ingen enskild och har inget samtycke.</source>
            <translation>A general consultation concerns no individual and has no consent.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/raising.py" line="269" />
            <source>Ett antaget ärende måste ha samtycke; blanketten kan inte tas bort. Om individen återkallar samtycket avslutas ärendet.</source>
            <translation>An accepted case must have consent; the form cannot be removed. If the individual withdraws consent, the case is closed.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/consent.py" line="97" />
            <source>En generell konsultation gäller ingen enskild och har inget samtycke att återkalla.</source>
            <extracomment>The closure reason of an accepted case whose consent is withdrawn. Meetings whose agenda may still change: the case is taken off them. Case number → how it ended: "returned" or "closed" (this case, and any other open case of the person's). Dates of the meetings not yet held whose agenda no longer has the case.</extracomment>
            <translation>A general consultation concerns no individual and has no consent to withdraw.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/consent.py" line="101" />
            <source>Samtycket återkallades redan {day}.</source>
            <translation>The consent was already withdrawn on {day}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/consent.py" line="119" />
            <source>Bekräfta att namn, personnummer och personliga anteckningar gallras direkt och inte går att återställa.</source>
            <translation>Confirm that names, personal identity numbers and personal notes are erased at once and cannot be restored.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/extract.py" line="173" />
            <source>Skriv ett personnummer eller ett ärendenummer.</source>
            <extracomment>Every stored column of a case, in the order shown, with its Swedish label. The party columns show the party's name. A column missing here would still be shown under its own name; a test checks that none is missing. Columns that only link rows together: the extract shows what they point at instead. Texts retention erases (PERSONAL columns and the free texts it clears besides them): shown as "(gallrad)" when empty once the identity is erased. One list of (label, value) per intervention and per follow-up. "First Last", or "(gallrad)" once the identifiers are erased.</extracomment>
            <translation>Type a personal identity number or a case number.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/extract.py" line="180" />
            <source>Ärende {number} är en generell konsultation och gäller ingen enskild person.</source>
            <translation>Case {number} is a general consultation and concerns no individual.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/extract.py" line="197" />
            <source>Ingen deltagare med det personnumret finns i teamfilen. (Efter gallring hittas en deltagare bara med ärendenumret.)</source>
            <translation>No participant with that personal identity number is in the team file. (After erasure a participant is found only by the case number.)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/dataprotection/retention.py" line="431" />
            <source>Det som ska gallras har ändrats sedan förhandsgranskningen. Förhandsgranska igen och kontrollera listan innan du gallrar.</source>
            <extracomment>Swedish names of the erased fields, as the preview and the audit detail show them. "case" (the case row itself), "case_fk" (a row with a foreign key to the case), "participant_fk", "identity" or "addendum". The general consultation's case; None for a participant. Swedish names of the fields that hold something and will be erased.</extracomment>
            <translation>What is to be erased has changed since the preview. Preview again and check the list before you erase.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="180" />
            <source>Välj kategori.</source>
            <extracomment>6 or 8 digits, an optional -, + or space, 4 digits; not part of a longer run of digits.</extracomment>
            <translation>Choose a category.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="184" />
            <source>Beskriv avvikelsen.</source>
            <translation>Describe the deviation.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="186" />
            <location filename="../../star_desktop/deviations/service.py" line="219" />
            <source>Högst {n} tecken (nu {now}).</source>
            <translation>At most {n} characters (now {now}).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="198" />
            <source>Välj lokal styrgrupp eller Länsam.</source>
            <translation>Choose the local steering group or Länsam.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="200" />
            <source>Välj vart avvikelsen lyftes (lokal styrgrupp eller Länsam).</source>
            <translation>Choose where the deviation was raised (local steering group or Länsam).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="205" />
            <source>Ange när avvikelsen lyftes (ÅÅÅÅ-MM-DD).</source>
            <translation>Enter when the deviation was raised (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="209" />
            <source>Avvikelsen kan inte ha lyfts före den inträffade.</source>
            <translation>The deviation cannot have been raised before it occurred.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="215" />
            <location filename="../../star_desktop/fourr/analysis.py" line="90" />
            <source>Välj status.</source>
            <translation>Choose a status.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="229" />
            <source>Beskriv hur avvikelsen åtgärdades.</source>
            <translation>Describe how the deviation was resolved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="231" />
            <source>Ange när avvikelsen åtgärdades (ÅÅÅÅ-MM-DD).</source>
            <translation>Enter when the deviation was resolved (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="235" />
            <source>Ett åtgärdsdatum anges bara när status är Åtgärdad.</source>
            <translation>A resolution date is only given when the status is Resolved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/deviations/service.py" line="239" />
            <source>Avvikelsen kan inte ha åtgärdats före den inträffade.</source>
            <translation>The deviation cannot have been resolved before it occurred.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="59" />
            <source>Beskriv åtgärden.</source>
            <translation>Describe the action.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/fourr/analysis.py" line="107" />
            <source>En åtgärd som har följts upp tas inte bort; ändra dess status i stället.</source>
            <translation>An action that has been followed up is not removed; change its status instead.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="100" />
            <source>Dagordningen kan inte ändras: minnesanteckningarna är justerade.</source>
            <extracomment>Minutes planned for one case under each heading.</extracomment>
            <translation>The agenda cannot be changed: the minutes are approved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="104" />
            <source>Dagordningen kan inte ändras: mötet är inställt.</source>
            <translation>The agenda cannot be changed: the meeting is cancelled.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="175" />
            <source>Ange punktens rubrik.</source>
            <translation>Enter the item's heading.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="177" />
            <source>Planerad tid ska vara 0–240 minuter.</source>
            <translation>The planned time must be 0–240 minutes.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/agenda.py" line="193" />
            <source>Punkten har beslut och kan inte tas bort.</source>
            <translation>The item has decisions and cannot be removed.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="65" />
            <source>Ange en tid som TT.MM, till exempel 09.00.</source>
            <extracomment>week_of_month -&gt; Swedish ordinal; -1 is the last one in the month. A meeting in these states has happened; its date, time and place are history.</extracomment>
            <translation>Enter a time as HH.MM, for example 09.00.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="70" />
            <source>Tiden finns inte; ange en tid mellan 00.00 och 23.59.</source>
            <translation>That time does not exist; enter a time between 00.00 and 23.59.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="85" />
            <source>Ange en webbadress som börjar med https:// (eller lämna tomt).</source>
            <translation>Enter a web address starting with https:// (or leave it empty).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="103" />
            <source>Mötet måste sluta efter att det börjar.</source>
            <translation>The meeting must end after it starts.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="172" />
            <source>Välj veckodag.</source>
            <translation>Choose a weekday.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="175" />
            <source>Välj vilken vecka i månaden: första–fjärde eller sista.</source>
            <translation>Choose which week of the month: first–fourth or last.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="183" />
            <source>Ange året som ska planeras, till exempel 2026.</source>
            <translation>Enter the year to plan, for example 2026.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="187" />
            <source>Ange ett år mellan {lo} och {hi}.</source>
            <translation>Enter a year between {lo} and {hi}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="274" />
            <source>Mötet {day} är inställt och kan inte flyttas.</source>
            <translation>The meeting on {day} is cancelled and cannot be moved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="290" />
            <source>Det finns redan ett möte {day}.</source>
            <translation>There is already a meeting on {day}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/calendar.py" line="314" />
            <source>Mötet {day} är redan inställt.</source>
            <translation>The meeting on {day} is already cancelled.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="48" />
            <source>Minnesanteckningarna är justerade och kan inte ändras; lägg till ett daterat tillägg i stället.</source>
            <translation>The minutes are approved and cannot be changed; add a dated addendum instead.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="53" />
            <source>Mötet är inställt.</source>
            <translation>The meeting is cancelled.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="72" />
            <source>Ledamoten finns inte.</source>
            <translation>The member does not exist.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="76" />
            <source>Välj en av {name}s ersättare.</source>
            <translation>Choose one of the substitutes of {name}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="108" />
            <source>Ange vem som ska göra det.</source>
            <translation>Enter who is to do it.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="110" />
            <source>Ange vad som ska göras.</source>
            <translation>Enter what is to be done.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="135" />
            <source>Punkten gäller inget ärende.</source>
            <translation>The item concerns no case.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="198" />
            <source>Bara minnesanteckningar från ett hållet möte kan justeras.</source>
            <translation>Only minutes of a held meeting can be approved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="202" />
            <source>Ange vem som justerar.</source>
            <translation>Enter who approves.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="212" />
            <source>Tillägg görs till justerade minnesanteckningar; ändra annars direkt.</source>
            <translation>Addenda are made to approved minutes; otherwise change them directly.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/meetings/minutes.py" line="216" />
            <source>Skriv tillägget.</source>
            <translation>Write the addendum.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="46" />
            <source>Periodens slut ligger före dess början.</source>
            <extracomment>"year", "tertial", "ytd" (year to a tertial's end or to a day) or "range".</extracomment>
            <translation>The period's end is before its start.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="129" />
            <source>Tertialen ska vara 1, 2 eller 3.</source>
            <translation>The tertial must be 1, 2 or 3.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="142" />
            <source>Året {year} har inte börjat än.</source>
            <translation>The year {year} has not begun yet.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="164" />
            <source>Skriv perioden som 2025 (helår), 2025-T2 (tertial), 2025-T2-YTD (året till och med tertial 2), 2025-YTD (året hittills) eller 2025-01-01..2025-06-30.</source>
            <translation>Write the period as 2025 (full year), 2025-T2 (tertial), 2025-T2-YTD (the year up to and including tertial 2), 2025-YTD (the year so far) or 2025-01-01..2025-06-30.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="177" />
            <source>Ogiltigt år i perioden {period}. {help}</source>
            <translation>Invalid year in the period {period}. {help}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="194" />
            <source>Ogiltigt datum i perioden {period}. {help}</source>
            <translation>Invalid date in the period {period}. {help}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/periods.py" line="199" />
            <source>Okänd period: {period}. {help}</source>
            <translation>Unknown period: {period}. {help}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="56" />
            <source>Ange den nuvarande lösenfrasen.</source>
            <extracomment>How long the rekey waits for another program's read to finish before it gives up (ms).</extracomment>
            <translation>Enter the current passphrase.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="58" />
            <source>Den nuvarande lösenfrasen stämmer inte.</source>
            <translation>The current passphrase is not correct.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="63" />
            <source>Den nya lösenfrasen är densamma som den nuvarande; välj en annan.</source>
            <translation>The new passphrase is the same as the current one; choose another.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="67" />
            <source>Lösenfraserna är inte lika.</source>
            <translation>The passphrases do not match.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/rekey.py" line="95" />
            <source>Lösenfrasen kunde inte bytas: filen används just nu av ett annat program eller kunde inte skrivas. Den nuvarande lösenfrasen gäller fortfarande.</source>
            <translation>The passphrase could not be changed: the file is being used by another program right now or could not be written. The current passphrase still applies.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="65" />
            <source>Ange teamets namn.</source>
            <extracomment>The fixed parties of domain.md, in the order they are listed there.</extracomment>
            <translation>Enter the team's name.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="137" />
            <source>Ange namn.</source>
            <translation>Enter a name.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="142" />
            <source>Välj part.</source>
            <translation>Choose a party.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="149" />
            <source>Välj kön.</source>
            <translation>Choose a gender.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="153" />
            <source>Välj om ledamoten sitter i teamet eller styrgruppen.</source>
            <translation>Choose whether the member sits in the team or the steering group.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="176" />
            <location filename="../../star_desktop/team/service.py" line="247" />
            <source>Slutdatum kan inte ligga före startdatum.</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="182" />
            <source>Den ordinarie ledamoten finns inte.</source>
            <translation>The regular member does not exist.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="186" />
            <source>En ledamot kan inte vara ersättare för sig själv.</source>
            <translation>A member cannot be their own deputy.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="190" />
            <source>Välj en ordinarie ledamot, inte en ersättare.</source>
            <translation>Choose a regular member, not a deputy.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="194" />
            <source>Ersättaren måste sitta i samma organ som den ordinarie.</source>
            <translation>The deputy must sit in the same body as the regular member.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="202" />
            <source>Ledamoten har egna ersättare och kan inte själv vara ersättare.</source>
            <translation>The member has deputies of their own and cannot be a deputy.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team/service.py" line="206" />
            <source>Ledamotens ersättare sitter i det andra organet; ändra dem först.</source>
            <translation>The member's deputies sit in the other body; change them first.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="51" />
            <source>Ange ett datum (ÅÅÅÅ-MM-DD).</source>
            <translation>Enter a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="54" />
            <source>Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-03-14.</source>
            <translation>Write the date as YYYY-MM-DD, for example 2025-03-14.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="60" />
            <source>{s} är inget giltigt datum.</source>
            <translation>{s} is not a valid date.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="80" />
            <source>Personnumret är inte giltigt (kontrollsiffran eller datumet stämmer inte).</source>
            <translation>The personal identity number is not valid (the check digit or the date is wrong).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="86" />
            <source>Personnumret anger ett födelsedatum i framtiden.</source>
            <translation>The personal identity number gives a date of birth in the future.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="113" />
            <source>E-postadressen är inte giltig.</source>
            <translation>The e-mail address is not valid.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="119" />
            <source>Telefonnumret får bara innehålla siffror, mellanslag, +, - och ().</source>
            <translation>The phone number may only contain digits, spaces, +, - and ().</translation>
        </message>
        <message>
            <location filename="../../star_desktop/validation.py" line="123" />
            <source>Telefonnumret är för kort.</source>
            <translation>The phone number is too short.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="34" />
            <source>Ange en lösenfras.</source>
            <translation>Enter a passphrase.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="36" />
            <source>Lösenfrasen måste ha minst {n} tecken (den har {has}).</source>
            <translation>The passphrase must have at least {n} characters (it has {has}).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="41" />
            <source>Lösenfrasen får inte börja eller sluta med mellanslag.</source>
            <translation>The passphrase must not begin or end with a space.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="45" />
            <source>Lösenfrasen upprepar för få olika tecken; välj några ord som inte hör ihop.</source>
            <translation>The passphrase repeats too few different characters; choose a few words that do not belong together.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="49" />
            <source>Lösenfrasen får inte bara bestå av siffror.</source>
            <translation>The passphrase must not consist of digits only.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="55" />
            <source>Lösenfrasen är för lik ett vanligt ord eller teamets namn.</source>
            <translation>The passphrase is too close to a common word or the team's name.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/passphrase.py" line="59" />
            <source>Lösenfrasen är en för enkel teckenföljd.</source>
            <translation>The passphrase is too simple a sequence of characters.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="80" />
            <location filename="../../star_desktop/storage/teamfile.py" line="85" />
            <source>Teamfilen är stängd.</source>
            <extracomment>PRAGMA application_id of every team file: "STAR" in ASCII. Page cache per connection, in KiB (negative PRAGMA cache_size); holds a 20,000-case team. Asked for a passphrase; gets the reason for asking again (or None the first time) and returns the passphrase, or None when the coordinator cancels.</extracomment>
            <translation>The team file is closed.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="164" />
            <source>Filen är tom och är inte en teamfil.</source>
            <translation>The file is empty and is not a team file.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="171" />
            <source>Filen är en textfil, inte en STAR-teamfil.</source>
            <translation>The file is a text file, not a STAR team file.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="177" />
            <source>Filen är ofullständig (avkortad): storleken stämmer inte med en teamfil. Återställ den från en säkerhetskopia.</source>
            <translation>The file is incomplete (truncated): its size does not match a team file. Restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="323" />
            <source>Ingen lösenfras angavs, och nyckeln finns inte sparad på den här datorn.</source>
            <translation>No passphrase was given, and the key is not saved on this computer.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="350" />
            <source>Nyckeln passar inte filen.</source>
            <translation>The key does not fit the file.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="409" />
            <source>Fel lösenfras – eller så är filen skadad eller inte en teamfil.</source>
            <translation>Wrong passphrase – or the file is damaged or not a team file.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="415" />
            <source>Filen är en krypterad databas men inte en STAR-teamfil.</source>
            <translation>The file is an encrypted database but not a STAR team file.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/storage/teamfile.py" line="435" />
            <source>Filen saknar schemaversion och är inte en teamfil.</source>
            <translation>The file has no schema version and is not a team file.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/audit.py" line="181" />
            <location filename="../../star_desktop/dataprotection/extract.py" line="190" />
            <source>Det finns inget ärende med numret {number}.</source>
            <extracomment>The records the log names, in Swedish; an entity not listed here shows as it is stored. Rows the screen reads in one go. The case number as typed, for saying what was chosen (the filter uses case_id). The participant's own events and those of every case of theirs.</extracomment>
            <translation>There is no case with the number {number}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/audit.py" line="306" />
            <source>Urvalet har {count} händelser; en PDF rymmer högst {most}. Välj ett kortare datumintervall eller spara som xlsx.</source>
            <extracomment>A PDF of more events than this would run to hundreds of pages: the xlsx is for that.</extracomment>
            <translation>The selection has {count} events; a PDF holds at most {most}. Choose a shorter date range or save as xlsx.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_matching.py" line="147" />
            <source>Ärendenumret finns redan på rad {first}.</source>
            <extracomment>Case attributes compared when a row meets a case already in the file, with their column.</extracomment>
            <translation>The case number is already on row {first}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_matching.py" line="160" />
            <source>Raden är en dubblett av rad {first} (samma person, typ och aktualiseringsdatum).</source>
            <translation>The row duplicates row {first} (same person, type and date raised).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/cases/import_matching.py" line="170" />
            <source>Ärendet finns redan i teamfilen ({number}) med andra uppgifter: {fields}. Rätta raden eller ta bort den.</source>
            <translation>The case is already in the team file ({number}) with other details: {fields}. Correct the row or remove it.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/budget.py" line="107" />
            <source>Högst {n} rader.</source>
            <translation>At most {n} rows.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team_settings.py" line="79" />
            <source>Skriv ett heltal mellan {lo} och {hi}.</source>
            <extracomment>Months after a participant's last case closed before their identifiers are erased. Social-services case files are erased five years after the last entry (SoL); the municipality's archive plan decides, so it is a setting. Months after a returned case or a consultation before its personal data are erased. Idle minutes before the window locks; 0 turns the idle lock off (the button still locks). How many automatic backups are kept in the backup folder. The folder automatic backups go to; empty means automatic backups are off.</extracomment>
            <translation>Write a whole number between {lo} and {hi}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/team_settings.py" line="85" />
            <source>Ange ett värde mellan {lo} och {hi}.</source>
            <translation>Enter a value between {lo} and {hi}.</translation>
        </message>
    </context>
    <context>
        <name>NewTeamFileDialog</name>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="43" />
            <source>Ny teamfil</source>
            <translation>New team file</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="50" />
            <source>Teamets uppgifter sparas i en krypterad fil. Lösenfrasen skyddar filen om datorn kommer bort: välj minst 12 tecken, gärna några ord som inte hör ihop. Den kan inte återskapas om den glöms bort.</source>
            <translation>The team's data are kept in an encrypted file. The passphrase protects the file if the computer is lost: choose at least 12 characters, preferably a few unrelated words. It cannot be recovered if it is forgotten.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="65" />
            <source>Välj…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="78" />
            <source>Kom ihåg på den här datorn</source>
            <translation>Remember on this computer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="81" />
            <source>Teamets &amp;namn:</source>
            <translation>Team &amp;name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="82" />
            <source>&amp;Kommun:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="83" />
            <source>&amp;Samordningsförbund:</source>
            <translation>&amp;Coordination association:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="84" />
            <source>S&amp;para som:</source>
            <translation>Sa&amp;ve as:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="85" />
            <source>Spara som</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="86" />
            <source>&amp;Lösenfras:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="87" />
            <source>&amp;Upprepa lösenfrasen:</source>
            <translation>&amp;Repeat the passphrase:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="92" />
            <source>Filens nyckel sparas i datorns nyckelring, så att filen öppnas utan fråga här.</source>
            <translation>The file's key is saved in the computer's keyring, so that the file opens without asking here.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="96" />
            <source>Datorn har ingen nyckelring som programmet kan använda; lösenfrasen efterfrågas varje gång filen öppnas.</source>
            <translation>The computer has no keyring the program can use; the passphrase is asked for every time the file is opened.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="101" />
            <source>Skapa teamfil</source>
            <translation>Create team file</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="122" />
            <source>Spara teamfilen som</source>
            <translation>Save the team file as</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="123" />
            <source>Teamfiler (*.star)</source>
            <translation>Team files (*.star)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="139" />
            <source>Ange teamets namn.</source>
            <translation>Enter the team's name.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="142" />
            <source>Välj var filen ska sparas.</source>
            <translation>Choose where the file is to be saved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="146" />
            <source>Filnamnet ska sluta på .star.</source>
            <translation>The file name must end in .star.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="148" />
            <source>Det finns redan en fil med det namnet.</source>
            <translation>A file with that name already exists.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="150" />
            <source>Mappen finns inte.</source>
            <translation>The folder does not exist.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="156" />
            <source>Lösenfraserna är inte lika.</source>
            <translation>The passphrases do not match.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="181" />
            <location filename="../../star_desktop/ui/file_dialogs.py" line="193" />
            <source>Lösenfras</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="183" />
            <source>Ange lösenfrasen för {name}.</source>
            <translation>Enter the passphrase for {name}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="194" />
            <source>Kom ihåg på den här datorn</source>
            <translation>Remember on this computer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="199" />
            <source>Datorn har ingen nyckelring som programmet kan använda.</source>
            <translation>The computer has no keyring the program can use.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="202" />
            <source>Öppna</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/file_dialogs.py" line="215" />
            <source>Ange lösenfrasen.</source>
            <translation>Enter the passphrase.</translation>
        </message>
    </context>
    <context>
        <name>PeriodArea</name>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="48" />
            <source>Exportera &amp;xlsx…</source>
            <extracomment>The area's name in messages ("Rapporten", "4R-analysen") and in suggested file names.</extracomment>
            <translation>Export &amp;xlsx…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="51" />
            <source>Exportera p&amp;df…</source>
            <translation>Export p&amp;df…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="111" />
            <source>Excel-filer (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="111" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="113" />
            <source>Spara {what}</source>
            <translation>Save {what}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="145" />
            <source>{what} kunde inte sparas: {path} ({err})</source>
            <translation>{what} could not be saved: {path} ({err})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/period_area.py" line="148" />
            <source>{what} sparad: {path}</source>
            <translation>{what} saved: {path}</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="25" />
            <source>Tertial 1 (januari–april)</source>
            <extracomment>(code, Swedish label shown through PeriodPicker.tr) of the kinds offered, in the combo's order.</extracomment>
            <translation>Tertial 1 (January–April)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="26" />
            <source>Tertial 2 (maj–augusti)</source>
            <translation>Tertial 2 (May–August)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="27" />
            <source>Tertial 3 (september–december)</source>
            <translation>Tertial 3 (September–December)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="28" />
            <source>Helår</source>
            <translation>Full year</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="29" />
            <source>Året till och med tertial 1</source>
            <translation>The year up to and including tertial 1</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="30" />
            <source>Året till och med tertial 2</source>
            <translation>The year up to and including tertial 2</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="31" />
            <source>Året hittills</source>
            <translation>The year so far</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="32" />
            <source>Eget datumintervall</source>
            <translation>Custom date range</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="53" />
            <source>Rapportens år</source>
            <translation>The report's year</translation>
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
            <translation>YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="62" />
            <source>Periodens första dag</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="66" />
            <source>Periodens sista dag</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="72" />
            <source>&amp;År:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="74" />
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_period.py" line="76" />
            <source>Från – till:</source>
            <translation>From – to:</translation>
        </message>
    </context>
    <context>
        <name>PlanYearDialog</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="175" />
            <source>Planera året</source>
            <translation>Plan the year</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="191" />
            <location filename="../../star_desktop/ui/meetings_area.py" line="193" />
            <source>TT.MM</source>
            <translation>HH.MM</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="200" />
            <source>&amp;År:</source>
            <translation>&amp;Year:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="201" />
            <source>&amp;Vilken i månaden:</source>
            <translation>&amp;Which in the month:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="202" />
            <source>Vecko&amp;dag:</source>
            <translation>Week&amp;day:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="203" />
            <source>&amp;Börjar:</source>
            <translation>&amp;Starts:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="204" />
            <source>&amp;Slutar:</source>
            <translation>&amp;Ends:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="205" />
            <source>&amp;Plats:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="206" />
            <source>&amp;Länk för digitalt deltagande:</source>
            <translation>&amp;Link for joining online:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="216" />
            <source>Planera</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="237" />
            <source>Mötena {year}: {rule}. Dagar som redan har ett möte hoppas över.</source>
            <translation>The meetings in {year}: {rule}. Days that already have a meeting are skipped.</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="40" />
            <source>Ärenden</source>
            <translation>Cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="40" />
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="41" />
            <source>Gallras från</source>
            <translation>Erased from</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="42" />
            <source>Uppgifter som gallras</source>
            <translation>Data erased</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="51" />
            <source>Generell konsultation</source>
            <translation>General consultation</translation>
        </message>
    </context>
    <context>
        <name>ReportTextsEditor</name>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="48" />
            <source>Rapportens texter</source>
            <translation>The report's texts</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="49" />
            <source>Sammanfattning</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="74" />
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="79" />
            <source>&amp;Spara texterna</source>
            <translation>&amp;Save the texts</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="81" />
            <source>Sparar alla ändrade texter (Ctrl+S)</source>
            <translation>Saves every changed text (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="83" />
            <source>Hämta &amp;förra periodens texter</source>
            <translation>&amp;Fetch the previous period's texts</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="86" />
            <source>Fyller i de texter som är tomma med texterna från närmast föregående period av samma slag; inget du skrivit skrivs över.</source>
            <translation>Fills in the empty texts with those of the closest earlier period of the same kind; nothing you have written is overwritten.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="150" />
            <source>Sammanfattning – {part}</source>
            <translation>Summary – {part}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="169" />
            <source>Ändringar som inte är sparade.</source>
            <translation>Changes that are not saved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="190" />
            <source>Inget att spara.</source>
            <translation>Nothing to save.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="209" />
            <source>Sparat ({n} texter).</source>
            <translation>Saved ({n} texts).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="220" />
            <source>Det finns inga texter från tidigare perioder av samma slag.</source>
            <translation>There are no texts from earlier periods of the same kind.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_texts.py" line="233" />
            <source>{n} texter hämtade från {period}. Spara för att behålla dem.</source>
            <translation>{n} texts fetched from {period}. Save to keep them.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="37" />
            <source>Deltagare</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="38" />
            <source>Personal</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="39" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="43" />
            <source>Deltagare – insatsens förutsättningar</source>
            <translation>Participants – the intervention's prerequisites</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="45" />
            <source>Deltagare – genomförande och process</source>
            <translation>Participants – implementation and process</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="46" />
            <source>Deltagare – resultat och effekter</source>
            <translation>Participants – results and effects</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="48" />
            <source>Personal – insatsens förutsättningar</source>
            <translation>Staff – the intervention's prerequisites</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="49" />
            <source>Personal – arbetssätt och metoder</source>
            <translation>Staff – ways of working and methods</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="50" />
            <source>Personal – resultat och effekter</source>
            <translation>Staff – results and effects</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="52" />
            <source>Organisation – förutsättningar</source>
            <translation>Organisation – prerequisites</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="54" />
            <source>Organisation – genomförande och process</source>
            <translation>Organisation – implementation and process</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="56" />
            <source>Organisation – resultat och effekter</source>
            <translation>Organisation – results and effects</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="59" />
            <source>Beskrivning</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="60" />
            <source>Analys</source>
            <translation>Analysis</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="61" />
            <source>Reflektion</source>
            <translation>Reflection</translation>
        </message>
        <message>
            <location filename="../../star_desktop/reports/texts.py" line="62" />
            <source>Utvecklingsområden/planering framåt</source>
            <translation>Areas for development/planning ahead</translation>
        </message>
    </context>
    <context>
        <name>ReportsArea</name>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="30" />
            <source>Rapporten</source>
            <translation>The report</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="35" />
            <source>Rapporter</source>
            <translation>Reports</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="36" />
            <source>Tertial- och årsrapporten i förbundets gemensamma mall. Siffrorna räknas fram ur ärendena för perioden; texterna, målen och budgeten skriver du här.</source>
            <translation>The four-monthly and annual report in the association's common template. The figures are calculated from the period's cases; you write the texts, targets and budget here.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="41" />
            <source>Rapportens siffror</source>
            <translation>The report's figures</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="50" />
            <source>Siffror</source>
            <translation>Figures</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="51" />
            <source>Texter</source>
            <translation>Texts</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="52" />
            <source>Mål</source>
            <translation>Targets</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="53" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="61" />
            <source>Osparade texter</source>
            <translation>Unsaved texts</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/reports_area.py" line="62" />
            <source>Texterna för {period} har ändringar som inte är sparade. Spara dem?</source>
            <translation>The texts for {period} have changes that are not saved. Save them?</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="118" />
            <source>Återställ från säkerhetskopia</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="36" />
            <source>Välj säkerhetskopia</source>
            <translation>Choose backup</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="37" />
            <source>Säkerhetskopior (*.star);;Alla filer (*)</source>
            <translation>Backups (*.star);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="43" />
            <source>Återställ till teamfilen</source>
            <translation>Restore to the team file</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="43" />
            <source>Teamfiler (*.star)</source>
            <translation>Team files (*.star)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="53" />
            <source>Återställ</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="82" />
            <source>1 ärende</source>
            <translation>1 case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="96" />
            <source>Gallringar och återkallade samtycken som gjorts efter att kopian togs kommer tillbaka med den: förhandsgranska och gallra igen under Inställningar → Gallring, och gör om sådana återkallelser.</source>
            <translation>Erasures and withdrawn consents made after the copy was taken come back with it: preview and erase again under Settings → Retention, and redo such withdrawals.</translation>
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

replaces {target}.

The current file is kept as
{aside}
in the same folder, so nothing is lost.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="93" />
            <source>Den nuvarande filen kan inte läsas med säkerhetskopians lösenfras (den kan vara skadad, eller så har lösenfrasen bytts sedan kopian gjordes).</source>
            <translation>The current file cannot be read with the backup's passphrase (it may be damaged, or the passphrase has been changed since the copy was made).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="158" />
            <source>{target} är återställd från {backup}.</source>
            <translation>{target} is restored from {backup}.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="82" />
            <source>{n} ärenden</source>
            <translation>{n} cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="83" />
            <source>Säkerhetskopian från {made} ({count})</source>
            <translation>The backup from {made} ({count})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="84" />
            <source>Säkerhetskopian ({count})</source>
            <translation>The backup ({count})</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="87" />
            <source>{head}

återställs till en ny fil:
{target}</source>
            <translation>{head}

is restored to a new file:
{target}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="156" />
            <source>Filen är oförändrad.</source>
            <translation>The file is unchanged.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/restore_dialog.py" line="161" />
            <source>Den tidigare filen finns kvar som {aside}.</source>
            <translation>The previous file remains as {aside}.</translation>
        </message>
    </context>
    <context>
        <name>RetentionPanel</name>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="69" />
            <source>Gallring tar bort personuppgifter när teamets gallringstid har gått ut: namn och personnummer, individens egna ord, kommentarer och anteckningar vid uppföljning, skäl vid återvisning, mötesanteckningar om ärendet och tillägg till minnesanteckningar som nämner personen. En deltagare gallras först när inget av hens ärenden är öppet och tiden har gått ut för vart och ett av dem. Generella konsultationer får sin fråga gallrad efter den andra tiden.

Statistiken finns kvar: kön, födelseår, kommun, datum, skäl, försörjning och insatser, så att alla rapporter och 4R-analyser för tidigare perioder blir desamma. Gallringen går inte att ångra och loggas.</source>
            <translation>Erasure removes personal data when the team's retention period has passed: names and personal identity numbers, the individual's own words, comments and notes at follow-ups, reasons for referring back, meeting notes on the case and addenda to minutes that mention the person. A participant is erased only when none of their cases is open and the period has passed for each of them. General consultations have their question erased after the second period.

The statistics remain: gender, year of birth, municipality, dates, reasons, income source and interventions, so that every report and 4R analysis for earlier periods stays the same. Erasure cannot be undone and is logged.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="81" />
            <source>Gallringsregel</source>
            <translation>Retention rule</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="89" />
            <source>Månader efter avslu&amp;tat ärende:</source>
            <translation>Months after a clo&amp;sed case:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="91" />
            <source>Månader efter återvisat ärende eller &amp;konsultation:</source>
            <translation>Months after a case referred back or a &amp;consultation:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="93" />
            <source>&amp;Spara</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="109" />
            <source>Att gallra</source>
            <translation>To be erased</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="112" />
            <source>&amp;Förhandsgranska</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="115" />
            <source>&amp;Gallra nu…</source>
            <translation>&amp;Erase now…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="122" />
            <location filename="../../star_desktop/ui/retention_panel.py" line="227" />
            <source>Förhandsgranska för att se vad som ska gallras.</source>
            <translation>Preview to see what is to be erased.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="127" />
            <source>Det som gallras</source>
            <translation>What is erased</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="132" />
            <source>Gallringens status</source>
            <translation>Status of the erasure</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="163" />
            <source>Sparat.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="164" />
            <source>Regeln är ändrad: förhandsgranska igen.</source>
            <translation>The rule is changed: preview again.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="183" />
            <source>Inget att gallra {date} med regeln {closed} månader efter avslut och {other} månader efter återvisning eller konsultation.</source>
            <translation>Nothing to erase on {date} with the rule {closed} months after closure and {other} months after referral back or consultation.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="188" />
            <source>{n} deltagare och {g} generella konsultationer gallras om du gallrar nu ({date}; {closed} månader efter avslut, {other} månader efter återvisning eller konsultation).</source>
            <translation>{n} participants and {g} general consultations are erased if you erase now ({date}; {closed} months after closure, {other} months after referral back or consultation).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="198" />
            <location filename="../../star_desktop/ui/retention_panel.py" line="205" />
            <source>Gallra</source>
            <translation>Erase</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="200" />
            <source>Personuppgifterna för {n} deltagare och {g} generella konsultationer tas bort för gott.</source>
            <translation>The personal data of {n} participants and {g} general consultations are removed for good.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="203" />
            <source>Det går inte att ångra. Statistiken finns kvar. Vill du gallra nu?</source>
            <translation>This cannot be undone. The statistics remain. Do you want to erase now?</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="206" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="215" />
            <source>Inget gallrades.</source>
            <translation>Nothing was erased.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/retention_panel.py" line="229" />
            <source>Gallrat {date}: {n} deltagare och {g} generella konsultationer. Händelsen finns i loggen.</source>
            <translation>Erased {date}: {n} participants and {g} general consultations. The event is in the log.</translation>
        </message>
    </context>
    <context>
        <name>SettingsArea</name>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="55" />
            <source>Inställningar</source>
            <extracomment>The language choices: each language by its own name (so anyone finds theirs), then the system's. A team setting the window uses (the lock minutes) was saved. Retention erased identifiers: lists elsewhere show "(gallrad)" from now on. The coordinator chose a backup to restore (the window closes the file and restores).</extracomment>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="62" />
            <source>Allmänt</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="65" />
            <source>Logg</source>
            <translation>Log</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="69" />
            <source>Gallring</source>
            <translation>Retention</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/settings_area.py" line="73" />
            <source>Säkerhetskopior</source>
            <translation>Backups</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="87" />
            <source>Ingen teamfil är öppen. Varje STAR-team har en egen krypterad fil med teamets ärenden, möten och rapporter.</source>
            <extracomment>How often an open file checks whether a backup is due, and how old the newest may get. Asks for a passphrase: (path, reason or None) → (passphrase, remember) or None if cancelled.</extracomment>
            <translation>No team file is open. Each STAR team has its own encrypted file with the team's cases, meetings and reports.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="90" />
            <source>Ny teamfil…</source>
            <translation>New team file…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="93" />
            <source>Öppna teamfil…</source>
            <translation>Open team file…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="98" />
            <source>Senast öppnade teamfiler</source>
            <translation>Recently opened team files</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="110" />
            <source>Senast öppnade:</source>
            <translation>Recently opened:</translation>
        </message>
    </context>
    <context>
        <name>StepDialog</name>
        <message>
            <location filename="../../star_desktop/ui/forms.py" line="101" />
            <source>Spara</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/forms.py" line="102" />
            <location filename="../../star_desktop/ui/meetings_area.py" line="154" />
            <source>Avbryt</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/forms.py" line="125" />
            <source>ÅÅÅÅ-MM-DD</source>
            <translation>YYYY-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="26" />
            <source>samplaneringar per år</source>
            <translation>joint plannings per year</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="27" />
            <source>% (negativt = minskning)</source>
            <translation>% (negative = decrease)</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="29" />
            <source>✔ Uppnått</source>
            <extracomment>reports.format.mark's words, shown in the current language (the report's PDF stays Swedish).</extracomment>
            <translation>✔ Met</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="30" />
            <source>✘ Ej uppnått</source>
            <translation>✘ Not met</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="31" />
            <source>Kan inte bedömas</source>
            <translation>Cannot be assessed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="64" />
            <source>Spara &amp;målen</source>
            <translation>Save the &amp;targets</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="68" />
            <source>Fyll i överenskommelsens standardvärden</source>
            <translation>Fill in the agreement's default values</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="82" />
            <source>Utfall under perioden</source>
            <translation>Outcome during the period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="99" />
            <source>Resultatmål för {year}</source>
            <translation>Result targets for {year}</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="109" />
            <source>Teamet har inte sparat egna mål för {year}; fälten visar standardvärdena från länsöverenskommelsen i Jämtland 2023 (160 samplaneringar är länets mål – sätt teamets eget antal).</source>
            <translation>The team has not saved its own targets for {year}; the fields show the default values of the 2023 county agreement in Jämtland (160 joint plannings is the county's target – set the team's own number).</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="128" />
            <source>Målen sparades inte; rätta det som är markerat.</source>
            <translation>The targets were not saved; correct what is marked.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="132" />
            <source>Målen för {year} är sparade.</source>
            <translation>The targets for {year} are saved.</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="144" />
            <source>Mål</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="144" />
            <source>Mål för perioden</source>
            <translation>Target for the period</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="144" />
            <source>Utfall</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/report_targets.py" line="145" />
            <source>Bedömning</source>
            <translation>Assessment</translation>
        </message>
    </context>
    <context>
        <name>TeamArea</name>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="276" />
            <source>Teamet</source>
            <translation>The team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="285" />
            <source>Teamets &amp;namn:</source>
            <translation>Team &amp;name:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="286" />
            <source>&amp;Kommun:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="287" />
            <source>&amp;Samordningsförbund:</source>
            <translation>&amp;Coordination association:</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="288" />
            <source>Spara teamuppgifter</source>
            <translation>Save team details</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="300" />
            <source>Ledamöter i teamet och den lokala styrgruppen</source>
            <translation>Members of the team and the local steering group</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="302" />
            <source>Visa avslutade ledamöter</source>
            <translation>Show former members</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="307" />
            <source>Ledamöter</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="309" />
            <source>&amp;Lägg till ledamot…</source>
            <translation>&amp;Add member…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="311" />
            <source>&amp;Redigera…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="313" />
            <source>Avslu&amp;ta…</source>
            <translation>E&amp;nd…</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="315" />
            <source>Återakt&amp;ivera</source>
            <translation>Reac&amp;tivate</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="333" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/team_area.py" line="361" />
            <source>Sparat.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>WeekOfMonth</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="56" />
            <source>första</source>
            <translation>first</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="57" />
            <source>andra</source>
            <translation>second</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="58" />
            <source>tredje</source>
            <translation>third</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="59" />
            <source>fjärde</source>
            <translation>fourth</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="60" />
            <source>sista</source>
            <translation>last</translation>
        </message>
    </context>
    <context>
        <name>Weekday</name>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="51" />
            <source>måndag</source>
            <extracomment>Shown through QCoreApplication.translate("Weekday", …) and ("WeekOfMonth", …).</extracomment>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="51" />
            <source>tisdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="52" />
            <source>onsdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="52" />
            <source>torsdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="53" />
            <source>fredag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="53" />
            <source>lördag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../star_desktop/ui/meetings_area.py" line="54" />
            <source>söndag</source>
            <translation>Sunday</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../star_desktop/ui/main_window.py" line="134" />
            <source>Områden</source>
            <translation>Areas</translation>
        </message>
    </context>
    <context>
        <name>enum</name>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="63" />
            <source>Kvinna</source>
            <translation>Woman</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="64" />
            <source>Man</source>
            <translation>Man</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="65" />
            <source>Annat/ej angivet</source>
            <translation>Other/not stated</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="71" />
            <source>STAR-teamet</source>
            <translation>The STAR team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="72" />
            <location filename="../../star_desktop/models/enums.py" line="231" />
            <source>Lokal styrgrupp</source>
            <translation>Local steering group</translation>
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
            <translation>Region primary care</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="81" />
            <source>Region psykiatri</source>
            <translation>Region psychiatry</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="82" />
            <source>Kommun IFO/ekonomiskt bistånd</source>
            <translation>Municipality IFO/financial assistance</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="85" />
            <source>Kommun arbetsmarknadsenhet</source>
            <translation>Municipality labour market unit</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="88" />
            <source>Kommun vuxenutbildning</source>
            <translation>Municipality adult education</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="91" />
            <source>Kommun övrig</source>
            <translation>Municipality other</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="92" />
            <location filename="../../star_desktop/models/enums.py" line="137" />
            <source>Annan</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="96" />
            <source>Samplanering</source>
            <translation>Joint planning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="97" />
            <source>Konsultation</source>
            <translation>Consultation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="98" />
            <source>Generell konsultation</source>
            <translation>General consultation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="104" />
            <source>Aktualiserat</source>
            <translation>Referred</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="105" />
            <location filename="../../star_desktop/models/enums.py" line="210" />
            <source>Återvisat</source>
            <translation>Referred back</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="106" />
            <location filename="../../star_desktop/models/enums.py" line="209" />
            <source>Antaget</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="107" />
            <source>I kö</source>
            <translation>In queue</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="108" />
            <location filename="../../star_desktop/models/enums.py" line="177" />
            <source>Planerat</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="109" />
            <source>Pågående</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="110" />
            <source>Avslutat</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="111" />
            <source>Konsulterat</source>
            <translation>Consulted</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="115" />
            <source>Antaget som STAR-ärende</source>
            <translation>Accepted as a STAR case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="116" />
            <source>Återvisat till remittent</source>
            <translation>Referred back to the referrer</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="122" />
            <source>Ekonomiskt bistånd</source>
            <translation>Financial assistance</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="123" />
            <source>Sjukpenning</source>
            <translation>Sickness benefit</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="124" />
            <source>Aktivitetsersättning</source>
            <translation>Activity compensation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="127" />
            <source>Sjukersättning</source>
            <translation>Sickness compensation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="128" />
            <source>Arbetslöshetsersättning/aktivitetsstöd</source>
            <translation>Unemployment benefit/activity support</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="131" />
            <source>Etableringsersättning</source>
            <translation>Introduction benefit</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="134" />
            <source>Lön</source>
            <translation>Salary</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="135" />
            <source>Studiemedel</source>
            <translation>Student finance</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="136" />
            <source>Ingen offentlig försörjning</source>
            <translation>No public income support</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="138" />
            <source>Okänd</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="142" />
            <source>Avstämningsmöte</source>
            <translation>Reconciliation meeting</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="143" />
            <source>SIP</source>
            <translation>SIP</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="144" />
            <source>Flerpartsmöte</source>
            <translation>Multi-party meeting</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="148" />
            <source>Arbetsinriktade</source>
            <translation>Work-oriented</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="149" />
            <source>Kompetensinriktade</source>
            <translation>Skills-oriented</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="150" />
            <source>Hälsoinriktade</source>
            <translation>Health-oriented</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="151" />
            <source>Sociala</source>
            <translation>Social</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="157" />
            <source>Anställning överenskommen/påbörjad</source>
            <translation>Employment agreed/started</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="158" />
            <source>Studier planerade/påbörjade</source>
            <translation>Studies planned/started</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="159" />
            <source>Samordnad rehabilitering i förstärkt samarbete AF/FK</source>
            <translation>Coordinated rehabilitation in enhanced cooperation AF/FK</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="162" />
            <source>Ansökan om sjukersättning inlämnad</source>
            <translation>Application for sickness compensation submitted</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="165" />
            <source>Planeringen är inte längre studie- eller arbetsinriktad</source>
            <translation>The planning is no longer oriented towards studies or work</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="168" />
            <source>Individen önskar avsluta</source>
            <translation>The individual wishes to end</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="169" />
            <source>Individen måste avsluta av personliga skäl</source>
            <translation>The individual must end for personal reasons</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="172" />
            <source>Avbrott i förtid</source>
            <translation>Early discontinuation</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="173" />
            <source>Annat</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="178" />
            <source>Kallelse skickad</source>
            <translation>Notice sent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="179" />
            <location filename="../../star_desktop/models/enums.py" line="272" />
            <source>Genomfört</source>
            <translation>Held</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="180" />
            <source>Justerat</source>
            <translation>Approved</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="181" />
            <source>Inställt</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="185" />
            <source>Mötets öppnande och incheckning</source>
            <translation>Opening of the meeting and check-in</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="186" />
            <source>Föregående minnesanteckningar</source>
            <translation>Previous minutes</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="189" />
            <source>Nya ärenden</source>
            <translation>New cases</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="190" />
            <source>Uppföljningar</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="191" />
            <source>Konsultationer</source>
            <translation>Consultations</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="192" />
            <source>Information från parterna och utbudskartan</source>
            <translation>Information from the parties and the service catalogue</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="195" />
            <source>Avvikelser</source>
            <translation>Deviations</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="196" />
            <source>Övriga frågor</source>
            <translation>Any other business</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="197" />
            <source>Nästa möte</source>
            <translation>Next meeting</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="198" />
            <source>Mötets avslutande</source>
            <translation>Closing of the meeting</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="199" />
            <source>Ärende</source>
            <translation>Case</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="203" />
            <source>Närvarande</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="204" />
            <source>Frånvarande</source>
            <translation>Absent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="205" />
            <source>Ersättare närvarande</source>
            <translation>Deputy present</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="211" />
            <source>Ärendebärare</source>
            <translation>Case lead</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="212" />
            <source>Planeringsform</source>
            <translation>Form of planning</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="213" />
            <source>Nästa uppföljning</source>
            <translation>Next follow-up</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="214" />
            <source>Avslut</source>
            <translation>Closure</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="215" />
            <source>Konsultation genomförd</source>
            <translation>Consultation held</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="219" />
            <source>Samtycke</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="220" />
            <source>Närvaro i teamet</source>
            <translation>Attendance in the team</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="221" />
            <source>Närvaro i styrgruppen</source>
            <translation>Attendance in the steering group</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="222" />
            <source>Samverkansklimat</source>
            <translation>Cooperation climate</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="223" />
            <source>Måluppfyllelse</source>
            <translation>Goal achievement</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="224" />
            <source>Bemanning</source>
            <translation>Staffing</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="225" />
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="226" />
            <source>Rutiner/ansvar</source>
            <translation>Routines/responsibilities</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="227" />
            <source>Övrigt</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="232" />
            <source>Länsam</source>
            <translation>Länsam</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="236" />
            <source>Öppen</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="237" />
            <source>Under åtgärd</source>
            <translation>Being addressed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="238" />
            <source>Åtgärdad</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="242" />
            <source>Öppnad</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="244" />
            <source>Visad</source>
            <translation>Viewed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="245" />
            <source>Skapad</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="246" />
            <source>Ändrad</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="247" />
            <source>Exporterad</source>
            <translation>Exported</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="248" />
            <source>Utskriven</source>
            <translation>Printed</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="249" />
            <source>Gallrad</source>
            <translation>Erased</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="250" />
            <source>Uppgraderad</source>
            <translation>Upgraded</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="256" />
            <source>Antal samplaneringar</source>
            <translation>Number of joint plannings</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="257" />
            <source>Andel med individuell plan</source>
            <translation>Share with an individual plan</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="260" />
            <source>Andel till utbildning eller arbete</source>
            <translation>Share going to education or work</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="263" />
            <source>Andel med överenskommen aktivitet mot egen försörjning</source>
            <translation>Share with an agreed activity towards self-support</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="266" />
            <source>Förändring av andelen med ekonomiskt bistånd</source>
            <translation>Change in the share receiving financial assistance</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="273" />
            <source>Pågår</source>
            <translation>In progress</translation>
        </message>
        <message>
            <location filename="../../star_desktop/models/enums.py" line="274" />
            <source>Ej påbörjat</source>
            <translation>Not started</translation>
        </message>
    </context>
</TS>
