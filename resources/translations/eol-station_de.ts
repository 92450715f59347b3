<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>TranscriptFormatter</name>
    <message>
        <source>No transcript was recorded for this run.</source>
        <translation>Für diesen Prüflauf wurde kein Mitschnitt aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>VerdictStyle</name>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>ABORTED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>INTERRUPTED</source>
        <translation>UNTERBROCHEN</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>LÄUFT</translation>
    </message>
</context>
<context>
    <name>eol::ui::CameraPreview</name>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
</context>
<context>
    <name>eol::ui::OperatorWindow</name>
    <message>
        <source>EOL Station — %1</source>
        <translation>EOL Station — %1</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <source>scan the unit&apos;s QR code or type its serial, then Enter</source>
        <translation>QR-Code scannen oder Seriennummer eingeben, dann Enter</translation>
    </message>
    <message>
        <source>START</source>
        <translation>START</translation>
    </message>
    <message>
        <source>ABORT  (Esc)</source>
        <translation>ABBRUCH  (Esc)</translation>
    </message>
    <message>
        <source>Last results</source>
        <translation>Letzte Ergebnisse</translation>
    </message>
    <message>
        <source>Station %1 · Operator %2</source>
        <translation>Station %1 · Bediener %2</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>Scan the job card to choose what to test.</source>
        <translation>Scannen Sie die Auftragskarte, um festzulegen, was geprüft wird.</translation>
    </message>
    <message>
        <source>Default plan not available (%1). Scan a job card.</source>
        <translation>Standard-Prüfplan nicht verfügbar (%1). Scannen Sie eine Auftragskarte.</translation>
    </message>
    <message>
        <source>Scan the unit&apos;s QR code to test it.</source>
        <translation>QR-Code des Geräts scannen, um es zu prüfen.</translation>
    </message>
    <message>
        <source>No plan — scan a job card</source>
        <translation>Kein Prüfplan — Auftragskarte scannen</translation>
    </message>
    <message>
        <source>Plan %1 rev %2 · %3 · Batch %4 · Work order %5</source>
        <translation>Prüfplan %1 Rev. %2 · %3 · Charge %4 · Fertigungsauftrag %5</translation>
    </message>
    <message>
        <source>A test is running — wait for the result before scanning the next unit.</source>
        <translation>Eine Prüfung läuft — warten Sie auf das Ergebnis, bevor Sie das nächste Gerät scannen.</translation>
    </message>
    <message>
        <source>Bad scan — nothing started. %1</source>
        <translation>Ungültiger Scan — nichts gestartet. %1</translation>
    </message>
    <message>
        <source>No test plan yet — scan the job card first.</source>
        <translation>Noch kein Prüfplan — scannen Sie zuerst die Auftragskarte.</translation>
    </message>
    <message>
        <source>Wrong product — nothing started. This unit is a &quot;%1&quot;, the station tests &quot;%2&quot;. Scan the right job card or put the unit aside.</source>
        <translation>Falsches Produkt — nichts gestartet. Dieses Gerät ist ein „%1“, die Station prüft „%2“. Scannen Sie die richtige Auftragskarte oder legen Sie das Gerät beiseite.</translation>
    </message>
    <message>
        <source>Serial &quot;%1&quot; is not a %2 serial — nothing started. Check the label and scan again.</source>
        <translation>Seriennummer „%1“ ist keine %2-Seriennummer — nichts gestartet. Prüfen Sie das Etikett und scannen Sie erneut.</translation>
    </message>
    <message>
        <source>Unit %1 ready — press START (or Enter).</source>
        <translation>Gerät %1 bereit — drücken Sie START (oder Enter).</translation>
    </message>
    <message>
        <source>Job card refused: %1</source>
        <translation>Auftragskarte abgelehnt: %1</translation>
    </message>
    <message>
        <source>the job card asks for plan %1 revision %2, this station has revision %3</source>
        <translation>die Auftragskarte verlangt Prüfplan %1 Revision %2, diese Station hat Revision %3</translation>
    </message>
    <message>
        <source>the job card is for product &quot;%1&quot; but plan %2 tests &quot;%3&quot;</source>
        <translation>die Auftragskarte gilt für Produkt „%1“, aber Prüfplan %2 prüft „%3“</translation>
    </message>
    <message>
        <source>Job card accepted. Scan the unit&apos;s QR code to test it.</source>
        <translation>Auftragskarte übernommen. QR-Code des Geräts scannen.</translation>
    </message>
    <message>
        <source>Testing %1 — leave the unit in the fixture.</source>
        <translation>Prüfe %1 — Gerät in der Aufnahme lassen.</translation>
    </message>
    <message>
        <source>Answer the question on screen: P = pass, F = fail.</source>
        <translation>Beantworten Sie die Frage auf dem Bildschirm: P = in Ordnung, F = Fehler.</translation>
    </message>
    <message>
        <source>Abort the test?</source>
        <translation>Prüfung abbrechen?</translation>
    </message>
    <message>
        <source>Stop testing %1?

The unit will NOT be tested; the run is saved as aborted.</source>
        <translation>Prüfung von %1 abbrechen?

Das Gerät wird NICHT geprüft; der Prüflauf wird als abgebrochen gespeichert.</translation>
    </message>
    <message>
        <source>Abort test (Enter)</source>
        <translation>Abbrechen (Enter)</translation>
    </message>
    <message>
        <source>Keep testing (Esc)</source>
        <translation>Weiter prüfen (Esc)</translation>
    </message>
    <message>
        <source>Aborting — the fixture is being made safe…</source>
        <translation>Abbruch — die Aufnahme wird in einen sicheren Zustand gebracht…</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Record not saved — test again.
%1</source>
        <translation>Datensatz nicht gespeichert — prüfen Sie erneut.
%1</translation>
    </message>
    <message>
        <source>Done. Take the unit out and scan the next one.</source>
        <translation>Fertig. Gerät entnehmen und das nächste scannen.</translation>
    </message>
    <message>
        <source>Elapsed %1 s</source>
        <translation>Dauer %1 s</translation>
    </message>
    <message>
        <source>Fixture %1 (simulated)</source>
        <translation>Aufnahme %1 (simuliert)</translation>
    </message>
    <message>
        <source>Fixture %1 connected</source>
        <translation>Aufnahme %1 verbunden</translation>
    </message>
    <message>
        <source>Fixture %1 NOT FOUND</source>
        <translation>Aufnahme %1 NICHT GEFUNDEN</translation>
    </message>
    <message>
        <source>Database %1 — ERROR: %2</source>
        <translation>Datenbank %1 — FEHLER: %2</translation>
    </message>
    <message>
        <source>unsynced records unknown</source>
        <translation>Anzahl nicht synchronisierter Datensätze unbekannt</translation>
    </message>
    <message>
        <source>Database %1 — OK</source>
        <translation>Datenbank %1 — OK</translation>
    </message>
    <message>
        <source>no records waiting for sync</source>
        <translation>keine Datensätze warten auf Synchronisierung</translation>
    </message>
    <message>
        <source>1 record not yet synced</source>
        <translation>1 Datensatz noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>%1 records not yet synced</source>
        <translation>%1 Datensätze noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Today — tested %1 · pass %2 · fail %3 · station errors %4 · first-pass yield %5</source>
        <translation>Heute — geprüft %1 · i. O. %2 · n. i. O. %3 · Stationsfehler %4 · Erstdurchlaufquote %5</translation>
    </message>
    <message>
        <source>(no serial)</source>
        <translation>(keine Seriennummer)</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>fehlgeschlagen bei %1</translation>
    </message>
    <message>
        <source>(nobody logged in)</source>
        <translation>(niemand angemeldet)</translation>
    </message>
    <message>
        <source>Nobody is logged in — nothing started. Scan your badge or press Log in first.</source>
        <translation>Niemand ist angemeldet — nichts gestartet. Scannen Sie zuerst Ihren Ausweis oder drücken Sie „Anmelden“.</translation>
    </message>
    <message>
        <source>oldest waiting %1 h — call the line lead</source>
        <translation>ältester wartet seit %1 h — rufen Sie den Linienverantwortlichen</translation>
    </message>
    <message>
        <source>1 record refused by the registry — QA must check</source>
        <translation>1 Datensatz von der Registry abgelehnt — QS muss prüfen</translation>
    </message>
    <message>
        <source>%1 records refused by the registry — QA must check</source>
        <translation>%1 Datensätze von der Registry abgelehnt — QS muss prüfen</translation>
    </message>
    <message>
        <source>sync retrying</source>
        <translation>Synchronisierung wird wiederholt</translation>
    </message>
</context>
<context>
    <name>eol::ui::PromptDialog</name>
    <message>
        <source>Operator check</source>
        <translation>Bedienerprüfung</translation>
    </message>
    <message>
        <source>Check the unit</source>
        <translation>Gerät prüfen</translation>
    </message>
    <message>
        <source>(picture %1 could not be shown)</source>
        <translation>(Bild %1 konnte nicht angezeigt werden)</translation>
    </message>
    <message>
        <source>PASS  (P)</source>
        <translation>PASS  (P)</translation>
    </message>
    <message>
        <source>FAIL  (F)</source>
        <translation>FAIL  (F)</translation>
    </message>
    <message>
        <source>Press P for pass, F for fail. Esc stops the test.</source>
        <translation>P = in Ordnung, F = Fehler. Esc bricht die Prüfung ab.</translation>
    </message>
</context>
<context>
    <name>eol::ui::StatsReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read today&apos;s counters: %1</source>
        <translation>Tageszähler können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>eol::ui::StepTableModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation>▶ läuft</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ PASS</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– übersprungen</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ FAIL</translation>
    </message>
    <message>
        <source>⚠ ERROR</source>
        <translation>⚠ FEHLER</translation>
    </message>
    <message>
        <source>■ aborted</source>
        <translation>■ abgebrochen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>eol::ui::VerdictView</name>
    <message>
        <source>Scan the next unit</source>
        <translation>Nächstes Gerät scannen</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>Failed step: %1
%2</source>
        <translation>Fehlgeschlagener Schritt: %1
%2</translation>
    </message>
    <message>
        <source>ABORTED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>The test was stopped before the end. The unit is NOT tested — scan it again to test it.</source>
        <translation>Die Prüfung wurde vor dem Ende abgebrochen. Das Gerät ist NICHT geprüft — scannen Sie es erneut, um es zu prüfen.</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Station problem, the unit was not judged.
%1</source>
        <translation>Stationsproblem, das Gerät wurde nicht bewertet.
%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no serial)</source>
        <translation>(keine Seriennummer)</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation>IMSI</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>eol::ui::admin::AdminWindow</name>
    <message>
        <source>Station id</source>
        <translation>Stations-ID</translation>
    </message>
    <message>
        <source>Operator name (while there are no users)</source>
        <translation>Bedienername (solange es keine Benutzer gibt)</translation>
    </message>
    <message>
        <source>Fixture port</source>
        <translation>Port der Aufnahme</translation>
    </message>
    <message>
        <source>Default plan</source>
        <translation>Standard-Prüfplan</translation>
    </message>
    <message>
        <source>Plan folder</source>
        <translation>Prüfplan-Ordner</translation>
    </message>
    <message>
        <source>Run only released plans, also without users</source>
        <translation>Nur freigegebene Prüfpläne ausführen, auch ohne Benutzer</translation>
    </message>
    <message>
        <source>Start the test when a unit is scanned</source>
        <translation>Prüfung starten, sobald ein Gerät gescannt wird</translation>
    </message>
    <message>
        <source>Verdict sounds</source>
        <translation>Ergebnistöne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Log out after idle minutes (0 = never)</source>
        <translation>Abmelden nach Minuten ohne Aktivität (0 = nie)</translation>
    </message>
    <message>
        <source>Scanner serial port</source>
        <translation>Serieller Port des Scanners</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Registry URL</source>
        <translation>Registry-URL</translation>
    </message>
    <message>
        <source>Users &amp; audit — %1</source>
        <translation>Benutzer &amp; Prüfprotokoll — %1</translation>
    </message>
    <message>
        <source>Audit log — %1</source>
        <translation>Prüfprotokoll — %1</translation>
    </message>
    <message>
        <source>%1 may not manage users, settings or the audit log.</source>
        <translation>%1 darf weder Benutzer noch Einstellungen noch das Prüfprotokoll verwalten.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Stationseinstellungen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation>Deaktivieren / aktivieren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation>%1 entsperrt.</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>gesperrt bis %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Wählen Sie zuerst einen Benutzer aus.</translation>
    </message>
    <message>
        <source>You may not manage users.</source>
        <translation>Sie dürfen keine Benutzer verwalten.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Benutzer %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation>%1 aktiviert.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 deaktiviert.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 geändert.</translation>
    </message>
    <message>
        <source>all actions</source>
        <translation>alle Aktionen</translation>
    </message>
    <message>
        <source>user, plan, setting…</source>
        <translation>Benutzer, Prüfplan, Einstellung…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 audit rows exported to %2.</source>
        <translation>%1 Protokollzeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Saved to %1. Most settings apply when the station starts next. Every change is written to the audit log.</source>
        <translation>In %1 gespeichert. Die meisten Einstellungen gelten ab dem nächsten Start der Station. Jede Änderung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>system language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source> (%1 overrides it)</source>
        <translation> (wird von %1 überschrieben)</translation>
    </message>
    <message>
        <source>%1 is set in the environment and wins over the file.</source>
        <translation>%1 ist in der Umgebung gesetzt und hat Vorrang vor der Datei.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved and audited.</source>
        <translation>
            <numerusform>%n Einstellung gespeichert und protokolliert.</numerusform>
            <numerusform>%n Einstellungen gespeichert und protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not change settings.</source>
        <translation>Sie dürfen keine Einstellungen ändern.</translation>
    </message>
    <message>
        <source>The settings were saved, but the audit log could not record it: %1</source>
        <translation>Die Einstellungen wurden gespeichert, aber das Prüfprotokoll konnte dies nicht festhalten: %1</translation>
    </message>
</context>
<context>
    <name>eol::ui::admin::UserDialog</name>
    <message>
        <source>Operator — runs released plans</source>
        <translation>Bediener — führt freigegebene Prüfpläne aus</translation>
    </message>
    <message>
        <source>Hardware lead — edits and releases plans</source>
        <translation>Hardware-Verantwortlicher — bearbeitet Prüfpläne und gibt sie frei</translation>
    </message>
    <message>
        <source>QA — reviews records, adds notes, reads the audit log</source>
        <translation>QS — wertet Datensätze aus, fügt Notizen hinzu, liest das Prüfprotokoll</translation>
    </message>
    <message>
        <source>Administrator — users and station settings</source>
        <translation>Administrator — Benutzer und Stationseinstellungen</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Change user %1</source>
        <translation>Benutzer %1 ändern</translation>
    </message>
    <message>
        <source>New badge id</source>
        <translation>Neue Ausweis-ID</translation>
    </message>
    <message>
        <source>Print this as the badge QR code (it is not shown again):
EOL1|B|%1</source>
        <translation>Drucken Sie dies als QR-Code des Ausweises (wird nicht erneut angezeigt):
EOL1|B|%1</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN (4–12 digits)</source>
        <translation>PIN (4–12 Ziffern)</translation>
    </message>
    <message>
        <source>New PIN (empty: keep)</source>
        <translation>Neue PIN (leer: beibehalten)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Badge id (optional)</source>
        <translation>Ausweis-ID (optional)</translation>
    </message>
    <message>
        <source>New badge id (empty: keep)</source>
        <translation>Neue Ausweis-ID (leer: beibehalten)</translation>
    </message>
    <message>
        <source>The two PINs differ — type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden — geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>Give the user a PIN or a badge — otherwise they cannot log in.</source>
        <translation>Geben Sie dem Benutzer eine PIN oder einen Ausweis — sonst kann er sich nicht anmelden.</translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::AccessController</name>
    <message>
        <source>operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>hardware lead</source>
        <translation>Hardware-Verantwortlicher</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QS</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Logins unavailable: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>Badge scanned, but this station has no users yet.</source>
        <translation>Ausweis gescannt, aber diese Station hat noch keine Benutzer.</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Review records…</source>
        <translation>Datensätze auswerten…</translation>
    </message>
    <message>
        <source>Plan editor…</source>
        <translation>Prüfplan-Editor…</translation>
    </message>
    <message>
        <source>Users &amp;&amp; audit…</source>
        <translation>Benutzer &amp;&amp; Prüfprotokoll…</translation>
    </message>
    <message>
        <source>Set up the first administrator…</source>
        <translation>Ersten Administrator einrichten…</translation>
    </message>
    <message>
        <source>Logged out after inactivity.</source>
        <translation>Wegen Inaktivität abgemeldet.</translation>
    </message>
    <message>
        <source>the plan revisions cannot be read — call the line lead</source>
        <translation>die Prüfplan-Revisionen können nicht gelesen werden — rufen Sie den Linienverantwortlichen</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
    </message>
    <message>
        <source>Login refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>Prüfprotokoll…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation>niemand angemeldet</translation>
    </message>
    <message>
        <source>no logins at this station</source>
        <translation>keine Anmeldung an dieser Station</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Niemand angemeldet</translation>
    </message>
    <message>
        <source>%1 may not open %2.</source>
        <translation>%1 darf %2 nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::FirstAdminDialog</name>
    <message>
        <source>Set up the first administrator</source>
        <translation>Ersten Administrator einrichten</translation>
    </message>
    <message>
        <source>The administrator manages users and station settings. Once there is one, people log in at this station with a PIN or a badge, and operators run only released plans (the shipped plans count as released).</source>
        <translation>Der Administrator verwaltet Benutzer und Stationseinstellungen. Sobald es einen gibt, melden sich alle an dieser Station mit PIN oder Ausweis an, und Bediener führen nur freigegebene Prüfpläne aus (die mitgelieferten Prüfpläne gelten als freigegeben).</translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation>z. B. maria</translation>
    </message>
    <message>
        <source>e.g. Maria Keller</source>
        <translation>z. B. Maria Keller</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>PIN (4–12 digits)</source>
        <translation>PIN (4–12 Ziffern)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN wiederholen</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>Anlegen und anmelden</translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation>Anmeldename: %1</translation>
    </message>
    <message>
        <source>The two PINs differ — type the same PIN twice.</source>
        <translation>Die beiden PINs sind verschieden — geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::LoginDialog</name>
    <message>
        <source>operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>hardware lead</source>
        <translation>Hardware-Verantwortlicher</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QS</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Tap your name and type your PIN — or scan your badge.</source>
        <translation>Tippen Sie auf Ihren Namen und geben Sie Ihre PIN ein — oder scannen Sie Ihren Ausweis.</translation>
    </message>
    <message>
        <source>PIN for %1:</source>
        <translation>PIN für %1:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No users yet — scan a badge or ask an administrator.</source>
        <translation>Noch keine Benutzer — scannen Sie einen Ausweis oder fragen Sie einen Administrator.</translation>
    </message>
    <message>
        <source>Tap your name.</source>
        <translation>Tippen Sie auf Ihren Namen.</translation>
    </message>
    <message>
        <source>That is not a badge — scan your badge, or type your PIN.</source>
        <translation>Das ist kein Ausweis — scannen Sie Ihren Ausweis oder geben Sie Ihre PIN ein.</translation>
    </message>
    <message>
        <source>Bad scan: %1</source>
        <translation>Ungültiger Scan: %1</translation>
    </message>
    <message>
        <source>Checking the badge…</source>
        <translation>Ausweis wird geprüft…</translation>
    </message>
    <message>
        <source>A PIN has only digits.</source>
        <translation>Eine PIN besteht nur aus Ziffern.</translation>
    </message>
    <message>
        <source>Tap your name first, then type the PIN again.</source>
        <translation>Tippen Sie zuerst auf Ihren Namen und geben Sie dann die PIN erneut ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::PinPad</name>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::PlanEditorBridge</name>
    <message>
        <source>the plan revision store cannot be opened</source>
        <translation>der Revisionsspeicher der Prüfpläne kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::LimitsField</name>
    <message>
        <source>not a number: a limit is written like 3300 or 0.05</source>
        <translation>keine Zahl: ein Grenzwert wird wie 3300 oder 0.05 geschrieben</translation>
    </message>
    <message>
        <source>no lower limit</source>
        <translation>kein unterer Grenzwert</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>kein oberer Grenzwert</translation>
    </message>
    <message>
        <source>unit, e.g. mV</source>
        <translation>Einheit, z. B. mV</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>set a low limit, a high limit or both</source>
        <translation>setzen Sie einen unteren Grenzwert, einen oberen oder beide</translation>
    </message>
    <message>
        <source>Passes when %1</source>
        <translation>Besteht, wenn %1</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::OnFailField</name>
    <message>
        <source>Stop the run (default)</source>
        <translation>Prüflauf stoppen (Standard)</translation>
    </message>
    <message>
        <source>Stop the run (written out)</source>
        <translation>Prüflauf stoppen (explizit angegeben)</translation>
    </message>
    <message>
        <source>Continue with the next step</source>
        <translation>Mit dem nächsten Schritt fortfahren</translation>
    </message>
    <message>
        <source>Retry the step</source>
        <translation>Schritt wiederholen</translation>
    </message>
    <message>
        <source>What happens when this step does not pass. Stop skips the remaining steps and goes to teardown; teardown always runs.</source>
        <translation>Was passiert, wenn dieser Schritt nicht besteht. „Stoppen“ überspringt die restlichen Schritte und geht zum Abschluss (teardown); der Abschluss läuft immer.</translation>
    </message>
    <message>
        <source>more attempts:</source>
        <translation>weitere Versuche:</translation>
    </message>
    <message>
        <source>apart:</source>
        <translation>Abstand:</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::OptionalIntField</name>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>default (%1 %2)</source>
        <translation>Standard (%1 %2)</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::PlanEditorWindow</name>
    <message>
        <source>This account</source>
        <translation>Dieses Konto</translation>
    </message>
    <message>
        <source>%1 may not edit test plans: the plan editor is for hardware leads and administrators. Ask a lead to sign in.</source>
        <translation>%1 darf keine Prüfpläne bearbeiten: Der Prüfplan-Editor ist für Hardware-Verantwortliche und Administratoren. Bitten Sie einen Verantwortlichen, sich anzumelden.</translation>
    </message>
    <message>
        <source>Edit as new draft</source>
        <translation>Als neuen Entwurf bearbeiten</translation>
    </message>
    <message>
        <source>Move step &apos;%1&apos;</source>
        <translation>Schritt „%1“ verschieben</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Try-out run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Run the plan</source>
        <translation>Prüfplan ausführen</translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation>Diesen Schritt ausführen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>&amp;Neuer Prüfplan</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open test plan</source>
        <translation>Prüfplan öffnen</translation>
    </message>
    <message>
        <source>Test plans (*.json)</source>
        <translation>Prüfpläne (*.json)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save test plan as</source>
        <translation>Prüfplan speichern unter</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>AT command</source>
        <translation>AT-Befehl</translation>
    </message>
    <message>
        <source>Check a value</source>
        <translation>Wert prüfen</translation>
    </message>
    <message>
        <source>Wait for a line</source>
        <translation>Auf eine Zeile warten</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Ask the operator</source>
        <translation>Bediener fragen</translation>
    </message>
    <message>
        <source>D&amp;uplicate step</source>
        <translation>Schritt &amp;duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation>Schritt &amp;entfernen</translation>
    </message>
    <message>
        <source>Move step &amp;up</source>
        <translation>Schritt nach &amp;oben</translation>
    </message>
    <message>
        <source>Move step &amp;down</source>
        <translation>Schritt nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run this &amp;step</source>
        <translation>Diesen &amp;Schritt ausführen</translation>
    </message>
    <message>
        <source>Run the &amp;plan</source>
        <translation>&amp;Prüfplan ausführen</translation>
    </message>
    <message>
        <source>Re&amp;vision</source>
        <translation>&amp;Revision</translation>
    </message>
    <message>
        <source>&amp;Edit as new draft</source>
        <translation>Als neuen &amp;Entwurf bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Release revision</source>
        <translation>Revision freigeben</translation>
    </message>
    <message>
        <source>What changed in this revision (kept with the release):</source>
        <translation>Was sich in dieser Revision geändert hat (wird mit der Freigabe gespeichert):</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Run step</source>
        <translation>Schritt ausführen</translation>
    </message>
    <message>
        <source>Run plan</source>
        <translation>Prüfplan ausführen</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>Freigeben…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>cannot open test plan &apos;%1&apos;: %2</source>
        <translation>Prüfplan „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes; plans are limited to 4 MiB. Check that the right file was selected.</source>
        <translation>„%1“ hat %2 Bytes; Prüfpläne sind auf 4 MiB begrenzt. Prüfen Sie, ob die richtige Datei ausgewählt wurde.</translation>
    </message>
    <message>
        <source>%1
The editor opens plans that are JSON objects; fix this in a text editor first.</source>
        <translation>%1
Der Editor öffnet nur Prüfpläne, die JSON-Objekte sind; beheben Sie dies zuerst in einem Texteditor.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Setup&lt;/h3&gt;&lt;p&gt;Runs first: wait for the boot banner, get the modem to answer, switch on verbose errors. A setup step that stops the run skips all steps; teardown still runs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vorbereitung&lt;/h3&gt;&lt;p&gt;Läuft zuerst: auf das Boot-Banner warten, das Modem zum Antworten bringen, ausführliche Fehlermeldungen einschalten. Ein Vorbereitungsschritt, der den Prüflauf stoppt, überspringt alle Schritte; der Abschluss läuft trotzdem.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steps&lt;/h3&gt;&lt;p&gt;The tests of the unit, in order. A plan needs at least one step.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Schritte&lt;/h3&gt;&lt;p&gt;Die Prüfungen des Prüflings, in Reihenfolge. Ein Prüfplan braucht mindestens einen Schritt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Teardown&lt;/h3&gt;&lt;p&gt;Always runs last, also after a failure or an abort: leave the unit in a safe state.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Abschluss&lt;/h3&gt;&lt;p&gt;Läuft immer zuletzt, auch nach einem Fehler oder Abbruch: den Prüfling in einem sicheren Zustand hinterlassen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Add a step with &lt;b&gt;Add step&lt;/b&gt;; drag steps to reorder them, also between sections.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fügen Sie mit &lt;b&gt;Schritt hinzufügen&lt;/b&gt; einen Schritt hinzu; ziehen Sie Schritte, um sie neu anzuordnen, auch zwischen Abschnitten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;</source>
        <translation>Schritt „%1“</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>%1 — click to go there</source>
        <translation>%1 — klicken, um dorthin zu springen</translation>
    </message>
    <message>
        <source>✓ No problems: the plan passes eol-station plan check</source>
        <translation>✓ Keine Probleme: der Prüfplan besteht eol-station plan check</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) — see Problems; the plan cannot run or be released until they are fixed</source>
        <translation>
            <numerusform>⚠ %n Problem — siehe Probleme; der Prüfplan kann erst ausgeführt oder freigegeben werden, wenn es behoben ist</numerusform>
            <numerusform>⚠ %n Probleme — siehe Probleme; der Prüfplan kann erst ausgeführt oder freigegeben werden, wenn sie behoben sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation>Beheben Sie zuerst die aufgeführten Probleme</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>revision store</source>
        <translation>Revisionsspeicher</translation>
    </message>
    <message>
        <source>Plan editor — %1[*] (%2)</source>
        <translation>Prüfplan-Editor — %1[*] (%2)</translation>
    </message>
    <message>
        <source>Released revision %1 — read-only</source>
        <translation>Freigegebene Revision %1 — schreibgeschützt</translation>
    </message>
    <message>
        <source>Draft of revision %1</source>
        <translation>Entwurf von Revision %1</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Prüfplan-Datei</translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation> · ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Released revision %1 — read-only. Edit → creates a new draft.</source>
        <translation>Freigegebene Revision %1 — schreibgeschützt. Bearbeiten → erstellt einen neuen Entwurf.</translation>
    </message>
    <message>
        <source>Released by %1 on %2.</source>
        <translation>Freigegeben von %1 am %2.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The revision store makes a new draft from this revision; this one stays as released</source>
        <translation>Der Revisionsspeicher erstellt aus dieser Revision einen neuen Entwurf; diese bleibt freigegeben</translation>
    </message>
    <message>
        <source>No plan revision store is connected</source>
        <translation>Kein Revisionsspeicher für Prüfpläne verbunden</translation>
    </message>
    <message>
        <source>this plan is already editable</source>
        <translation>dieser Prüfplan ist bereits bearbeitbar</translation>
    </message>
    <message>
        <source>no plan revision store is connected, so no draft can be made</source>
        <translation>kein Revisionsspeicher für Prüfpläne verbunden, daher kann kein Entwurf erstellt werden</translation>
    </message>
    <message>
        <source>this revision is already released</source>
        <translation>diese Revision ist bereits freigegeben</translation>
    </message>
    <message>
        <source>%1 may not release plans</source>
        <translation>%1 darf keine Prüfpläne freigeben</translation>
    </message>
    <message>
        <source>only a draft in the plan revision store can be released; import the plan file into the store first</source>
        <translation>nur ein Entwurf im Revisionsspeicher kann freigegeben werden; importieren Sie die Prüfplan-Datei zuerst in den Revisionsspeicher</translation>
    </message>
    <message>
        <source>save the draft first: what is released is what is saved</source>
        <translation>speichern Sie zuerst den Entwurf: freigegeben wird, was gespeichert ist</translation>
    </message>
    <message>
        <source>the plan has problems; fix them before releasing</source>
        <translation>der Prüfplan hat Probleme; beheben Sie sie vor der Freigabe</translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>released revision %1 is read-only; use Edit as new draft</source>
        <translation>freigegebene Revision %1 ist schreibgeschützt; verwenden Sie „Als neuen Entwurf bearbeiten“</translation>
    </message>
    <message>
        <source>no plan revision store is connected to save this draft</source>
        <translation>kein Revisionsspeicher für Prüfpläne verbunden, um diesen Entwurf zu speichern</translation>
    </message>
    <message>
        <source>Saved draft revision %1</source>
        <translation>Entwurf von Revision %1 gespeichert</translation>
    </message>
    <message>
        <source>choose a file name (Save as…)</source>
        <translation>wählen Sie einen Dateinamen (Speichern unter…)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n problem(s): the station refuses the plan until they are fixed</source>
        <translation>
            <numerusform>%1 mit %n Problem gespeichert: die Station lehnt den Prüfplan ab, bis es behoben ist</numerusform>
            <numerusform>%1 mit %n Problemen gespeichert: die Station lehnt den Prüfplan ab, bis sie behoben sind</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Add %1 step</source>
        <translation>%1-Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate step &apos;%1&apos;</source>
        <translation>Schritt „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Remove step &apos;%1&apos;</source>
        <translation>Schritt „%1“ entfernen</translation>
    </message>
    <message>
        <source>Move step &apos;%1&apos; up</source>
        <translation>Schritt „%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move step &apos;%1&apos; down</source>
        <translation>Schritt „%1“ nach unten verschieben</translation>
    </message>
    <message>
        <source>the plan has problems (see Problems); fix them to run it</source>
        <translation>der Prüfplan hat Probleme (siehe Probleme); beheben Sie sie, um ihn auszuführen</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>the plan has problems (see Problems); fix them to run a step</source>
        <translation>der Prüfplan hat Probleme (siehe Probleme); beheben Sie sie, um einen Schritt auszuführen</translation>
    </message>
    <message>
        <source>select a step to run</source>
        <translation>wählen Sie einen Schritt zum Ausführen</translation>
    </message>
    <message numerus="yes">
        <source>step &apos;%1&apos; (after the %n step(s) it needs)</source>
        <translation>
            <numerusform>Schritt „%1“ (nach %n benötigten Schritt)</numerusform>
            <numerusform>Schritt „%1“ (nach %n benötigten Schritten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 hat ungespeicherte Änderungen. Zuerst speichern?</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::PlanHeaderForm</name>
    <message>
        <source>Plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&lt;b&gt;id&lt;/b&gt; — job-card QR codes name the plan by it: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>&lt;b&gt;id&lt;/b&gt; — die QR-Codes der Auftragskarten nennen den Prüfplan damit: Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Edit plan id</source>
        <translation>Prüfplan-ID bearbeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;revision&lt;/b&gt; — raise it with every released change (the revision store does that when it releases)</source>
        <translation>&lt;b&gt;revision&lt;/b&gt; — bei jeder freigegebenen Änderung erhöhen (der Revisionsspeicher macht das bei der Freigabe)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Edit revision</source>
        <translation>Revision bearbeiten</translation>
    </message>
    <message>
        <source>product name shown to operators</source>
        <translation>Produktname, der den Bedienern angezeigt wird</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <source>free text for leads and QA (optional)</source>
        <translation>Freitext für Verantwortliche und QS (optional)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>test: a unit serial, e.g. SN00000001</source>
        <translation>Test: eine Seriennummer, z. B. SN00000001</translation>
    </message>
    <message>
        <source>any serial</source>
        <translation>beliebige Seriennummer</translation>
    </message>
    <message>
        <source>Serial pattern</source>
        <translation>Seriennummernmuster</translation>
    </message>
    <message>
        <source>Edit serial pattern</source>
        <translation>Seriennummernmuster bearbeiten</translation>
    </message>
    <message>
        <source>Serial link to the DUT</source>
        <translation>Serielle Verbindung zum Prüfling</translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
    <message>
        <source>default (none)</source>
        <translation>Standard (keine)</translation>
    </message>
    <message>
        <source>default (1)</source>
        <translation>Standard (1)</translation>
    </message>
    <message>
        <source>default (CR)</source>
        <translation>Standard (CR)</translation>
    </message>
    <message>
        <source>data bits</source>
        <translation>Datenbits</translation>
    </message>
    <message>
        <source>parity</source>
        <translation>Parität</translation>
    </message>
    <message>
        <source>stop bits</source>
        <translation>Stoppbits</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>Baudrate</translation>
    </message>
    <message>
        <source>line ending</source>
        <translation>Zeilenende</translation>
    </message>
    <message>
        <source>open timeout</source>
        <translation>Timeout beim Öffnen</translation>
    </message>
    <message>
        <source>Flow control</source>
        <translation>Flusssteuerung</translation>
    </message>
    <message>
        <source>e.g. 1915 2c7c:0296 — as lsusb shows them</source>
        <translation>z. B. 1915 2c7c:0296 — wie lsusb sie anzeigt</translation>
    </message>
    <message>
        <source>&lt;b&gt;usb&lt;/b&gt; — USB ids the unit or its adaptor enumerates as: a vendor (&lt;tt&gt;1915&lt;/tt&gt;) or vendor:product (&lt;tt&gt;2c7c:0296&lt;/tt&gt;), separated by spaces or commas. The station package&apos;s udev rules give the operator access to these devices.</source>
        <translation>&lt;b&gt;usb&lt;/b&gt; — USB-IDs, mit denen sich der Prüfling oder sein Adapter meldet: ein Hersteller (&lt;tt&gt;1915&lt;/tt&gt;) oder Hersteller:Produkt (&lt;tt&gt;2c7c:0296&lt;/tt&gt;), getrennt durch Leerzeichen oder Kommas. Die udev-Regeln des Stationspakets geben dem Bediener Zugriff auf diese Geräte.</translation>
    </message>
    <message>
        <source>USB ids</source>
        <translation>USB-IDs</translation>
    </message>
    <message>
        <source>Variables and unsolicited lines</source>
        <translation>Variablen und unaufgeforderte Zeilen</translation>
    </message>
    <message>
        <source>Initial variables (use as ${name})</source>
        <translation>Anfangsvariablen (verwenden als ${name})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation>Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>URC prefixes (one per line)</source>
        <translation>URC-Präfixe (eines pro Zeile)</translation>
    </message>
    <message>
        <source>&lt;b&gt;urc_prefixes&lt;/b&gt; — lines starting with these are unsolicited: the AT layer keeps them out of command answers and wait_for steps see them</source>
        <translation>&lt;b&gt;urc_prefixes&lt;/b&gt; — Zeilen, die damit beginnen, sind unaufgefordert: die AT-Schicht hält sie aus Befehlsantworten heraus, und wait_for-Schritte sehen sie</translation>
    </message>
    <message>
        <source>Top-level keys the plan format does not know: kept in the file, reported as problems.</source>
        <translation>Schlüssel auf oberster Ebene, die das Prüfplanformat nicht kennt: bleiben in der Datei, werden als Probleme gemeldet.</translation>
    </message>
    <message>
        <source>%1 (docs/plan-format.md)</source>
        <translation>%1 (docs/plan-format.md)</translation>
    </message>
    <message>
        <source>%1 — this station reads format %2 only</source>
        <translation>%1 — diese Station liest nur Format %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>not in the format: %1</source>
        <translation>nicht im Format: %1</translation>
    </message>
    <message>
        <source>Edit %1 of the serial link</source>
        <translation>%1 der seriellen Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation>Variablen bearbeiten</translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>Edit URC prefixes</source>
        <translation>URC-Präfixe bearbeiten</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::RegexField</name>
    <message>
        <source>regular expression (PCRE), e.g. \+CGSN: (?&lt;imei&gt;\d+)</source>
        <translation>regulärer Ausdruck (PCRE), z. B. \+CGSN: (?&lt;imei&gt;\d+)</translation>
    </message>
    <message>
        <source>Test box: paste what the DUT answers (one line per row). The pattern is searched in these lines joined by a line break, as the runner does. ${variables} are not expanded here.</source>
        <translation>Testfeld: Fügen Sie die Antwort des Prüflings ein (eine Antwortzeile pro Zeile). Das Muster wird wie im Prüflauf in diesen Zeilen gesucht, verbunden durch einen Zeilenumbruch. ${variables} werden hier nicht ersetzt.</translation>
    </message>
    <message>
        <source>Test box: type a value. The pattern must match the whole value, as the runner checks it.</source>
        <translation>Testfeld: Geben Sie einen Wert ein. Das Muster muss wie im Prüflauf auf den ganzen Wert passen.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>no pattern: any answer is accepted</source>
        <translation>kein Muster: jede Antwort wird akzeptiert</translation>
    </message>
    <message>
        <source>invalid: %1 at offset %2</source>
        <translation>ungültig: %1 an Position %2</translation>
    </message>
    <message>
        <source>valid; type a sample above to test it</source>
        <translation>gültig; geben Sie oben ein Beispiel ein, um es zu testen</translation>
    </message>
    <message>
        <source>valid; captures %1 — type a sample above to test it</source>
        <translation>gültig; erfasst %1 — geben Sie oben ein Beispiel ein, um es zu testen</translation>
    </message>
    <message>
        <source>no match: the whole value must match</source>
        <translation>kein Treffer: der ganze Wert muss passen</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::StepForm</name>
    <message>
        <source>Keys that do not belong in this step</source>
        <translation>Schlüssel, die nicht in diesen Schritt gehören</translation>
    </message>
    <message>
        <source>The plan format does not allow these keys here, so the plan does not pass the check (see Problems). They are kept as they are until you remove them.</source>
        <translation>Das Prüfplanformat erlaubt diese Schlüssel hier nicht, daher besteht der Prüfplan die Prüfung nicht (siehe Probleme). Sie bleiben unverändert erhalten, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation>Ausgewählten Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>unique in the plan; records, QA reports and job cards refer to it. Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>eindeutig im Prüfplan; Datensätze, QS-Berichte und Auftragskarten verweisen darauf. Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>what operators and QA read; empty: the id is shown</source>
        <translation>was Bediener und QS lesen; leer: die ID wird angezeigt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>AT command</source>
        <translation>AT-Befehl</translation>
    </message>
    <message>
        <source>Check a value</source>
        <translation>Wert prüfen</translation>
    </message>
    <message>
        <source>Wait for a line from the DUT</source>
        <translation>Auf eine Zeile vom Prüfling warten</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Ask the operator</source>
        <translation>Bediener fragen</translation>
    </message>
    <message>
        <source>changing it keeps id, name, if_set and on_fail and replaces the other keys (undo brings them back)</source>
        <translation>beim Ändern bleiben id, name, if_set und on_fail erhalten, die übrigen Schlüssel werden ersetzt (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>always run</source>
        <translation>immer ausführen</translation>
    </message>
    <message>
        <source>a variable name: the step is skipped when that variable is unset or empty, e.g. &apos;serial&apos; when no serial was scanned</source>
        <translation>ein Variablenname: der Schritt wird übersprungen, wenn diese Variable nicht gesetzt oder leer ist, z. B. &apos;serial&apos;, wenn keine Seriennummer gescannt wurde</translation>
    </message>
    <message>
        <source>Run only if set</source>
        <translation>Nur ausführen, wenn gesetzt</translation>
    </message>
    <message>
        <source>what happens when the step does not pass</source>
        <translation>was passiert, wenn der Schritt nicht besteht</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <source>e.g. AT+CGSN=1 — ${variables} are replaced</source>
        <translation>z. B. AT+CGSN=1 — ${variables} werden ersetzt</translation>
    </message>
    <message>
        <source>one line; the transport&apos;s line ending is appended</source>
        <translation>eine Zeile; das Zeilenende der Verbindung wird angehängt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>test: paste the DUT&apos;s answer here, e.g. +CGSN: &quot;352656101576604&quot;</source>
        <translation>Test: Antwort des Prüflings hier einfügen, z. B. +CGSN: &quot;352656101576604&quot;</translation>
    </message>
    <message>
        <source>searched in the answer&apos;s information lines joined by a line break (echo and URCs already removed). Anchor to one line with (?m)^…$. Named groups (?&lt;name&gt;…) become variables. Empty: any OK answer passes.</source>
        <translation>wird in den Informationszeilen der Antwort gesucht, verbunden durch einen Zeilenumbruch (Echo und URCs bereits entfernt). Mit (?m)^…$ an eine Zeile binden. Benannte Gruppen (?&lt;name&gt;…) werden zu Variablen. Leer: jede OK-Antwort besteht.</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>the command must answer ERROR / +CME ERROR</source>
        <translation>der Befehl muss mit ERROR / +CME ERROR antworten</translation>
    </message>
    <message>
        <source>unticked: the key is left out (an OK answer passes)</source>
        <translation>nicht angekreuzt: der Schlüssel entfällt (eine OK-Antwort besteht)</translation>
    </message>
    <message>
        <source>Expect error</source>
        <translation>Fehler erwartet</translation>
    </message>
    <message>
        <source>how long to wait for the final result code</source>
        <translation>wie lange auf den finalen Ergebniscode gewartet wird</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>re-sends of the command after ERROR, a timeout or no match (the step is one attempt; see On failure for retrying the whole step)</source>
        <translation>erneutes Senden des Befehls nach ERROR, Timeout oder fehlendem Treffer (der Schritt zählt als ein Versuch; zum Wiederholen des ganzen Schritts siehe „Bei Fehler“)</translation>
    </message>
    <message>
        <source>pause between re-sends</source>
        <translation>Pause zwischen den Sendeversuchen</translation>
    </message>
    <message>
        <source>apart:</source>
        <translation>Abstand:</translation>
    </message>
    <message>
        <source>Re-sends</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>the value checked: a capture of an earlier step, a declared variable or a built-in</source>
        <translation>der geprüfte Wert: eine Erfassung eines früheren Schritts, eine deklarierte Variable oder eine eingebaute Variable</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>IMEI check digit (Luhn)</source>
        <translation>IMEI-Prüfziffer (Luhn)</translation>
    </message>
    <message>
        <source>ICCID check digit (Luhn)</source>
        <translation>ICCID-Prüfziffer (Luhn)</translation>
    </message>
    <message>
        <source>Regular expression (whole value)</source>
        <translation>Regulärer Ausdruck (ganzer Wert)</translation>
    </message>
    <message>
        <source>Range (limits)</source>
        <translation>Bereich (Grenzwerte)</translation>
    </message>
    <message>
        <source>Equals another variable</source>
        <translation>Gleich einer anderen Variable</translation>
    </message>
    <message>
        <source>P-256 public key</source>
        <translation>Öffentlicher P-256-Schlüssel</translation>
    </message>
    <message>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <source>Passes for exactly 15 digits with a valid Luhn check digit (3GPP TS 23.003).</source>
        <translation>Besteht bei genau 15 Ziffern mit gültiger Luhn-Prüfziffer (3GPP TS 23.003).</translation>
    </message>
    <message>
        <source>One trailing F filler is removed; then passes for 19–20 digits starting with 89 with a valid Luhn check digit.</source>
        <translation>Ein abschließendes F-Füllzeichen wird entfernt; dann besteht der Wert bei 19–20 Ziffern, die mit 89 beginnen, mit gültiger Luhn-Prüfziffer.</translation>
    </message>
    <message>
        <source>test: type a value, e.g. mfw_nrf9160_1.3.5</source>
        <translation>Test: Wert eingeben, z. B. mfw_nrf9160_1.3.5</translation>
    </message>
    <message>
        <source>the other variable, e.g. serial</source>
        <translation>die andere Variable, z. B. serial</translation>
    </message>
    <message>
        <source>Passes for a P-256 public key (base64url/base64 DER, PEM, or the hex of the 65-byte point; nRF91 %KEYGEN output is accepted). Sets &lt;variable&gt;_pem and &lt;variable&gt;_sha256 for later steps and the record.</source>
        <translation>Besteht bei einem öffentlichen P-256-Schlüssel (base64url/base64-DER, PEM oder Hex des 65-Byte-Punkts; die Ausgabe von nRF91 %KEYGEN wird akzeptiert). Setzt &lt;variable&gt;_pem und &lt;variable&gt;_sha256 für spätere Schritte und den Datensatz.</translation>
    </message>
    <message>
        <source>test: a line the DUT sends, e.g. Ready</source>
        <translation>Test: eine Zeile, die der Prüfling sendet, z. B. Ready</translation>
    </message>
    <message>
        <source>matched against each unsolicited or boot line; named groups are captured</source>
        <translation>wird mit jeder unaufgeforderten oder Boot-Zeile verglichen; benannte Gruppen werden erfasst</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>a yes/no question the operator answers PASS or FAIL</source>
        <translation>eine Ja/Nein-Frage, die der Bediener mit PASS oder FAIL beantwortet</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>no picture (a path relative to the plan file)</source>
        <translation>kein Bild (Pfad relativ zur Prüfplan-Datei)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Sends the command and waits for the final result code (OK, ERROR, +CME ERROR).</source>
        <translation>Sendet den Befehl und wartet auf den finalen Ergebniscode (OK, ERROR, +CME ERROR).</translation>
    </message>
    <message>
        <source>Validates one variable with exactly one validator. Fails when the DUT&apos;s value is bad; an error when the variable was never set.</source>
        <translation>Prüft eine Variable mit genau einem Validator. Schlägt fehl, wenn der Wert des Prüflings ungültig ist; Fehler (ERROR), wenn die Variable nie gesetzt wurde.</translation>
    </message>
    <message>
        <source>Waits for an unsolicited or boot line that matches the pattern.</source>
        <translation>Wartet auf eine unaufgeforderte oder Boot-Zeile, die zum Muster passt.</translation>
    </message>
    <message>
        <source>Pauses the run.</source>
        <translation>Pausiert den Prüflauf.</translation>
    </message>
    <message>
        <source>Asks the operator a PASS/FAIL question (in try-out runs you answer it).</source>
        <translation>Stellt dem Bediener eine PASS/FAIL-Frage (in Probeläufen beantworten Sie sie).</translation>
    </message>
    <message>
        <source>Edit %1 of step &apos;%2&apos;</source>
        <translation>%1 von Schritt „%2“ bearbeiten</translation>
    </message>
    <message>
        <source>Make step &apos;%1&apos; a %2 step</source>
        <translation>Schritt „%1“ zu einem %2-Schritt machen</translation>
    </message>
    <message>
        <source>Check step &apos;%1&apos; with %2</source>
        <translation>Schritt „%1“ mit %2 prüfen</translation>
    </message>
    <message>
        <source>Remove key &apos;%1&apos; from step &apos;%2&apos;</source>
        <translation>Schlüssel „%1“ aus Schritt „%2“ entfernen</translation>
    </message>
    <message>
        <source>Picture for the operator</source>
        <translation>Bild für den Bediener</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::StepListModel</name>
    <message>
        <source>Plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>Plan — %1</source>
        <translation>Prüfplan — %1</translation>
    </message>
    <message>
        <source>Plan id, revision, product, serial link, variables</source>
        <translation>Prüfplan-ID, Revision, Produkt, serielle Verbindung, Variablen</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Runs first, e.g. wait for the boot banner, sync AT. A failing setup step skips the steps.</source>
        <translation>Läuft zuerst, z. B. auf das Boot-Banner warten, AT synchronisieren. Ein fehlschlagender Vorbereitungsschritt überspringt die Schritte.</translation>
    </message>
    <message>
        <source>The tests. At least one.</source>
        <translation>Die Prüfungen. Mindestens eine.</translation>
    </message>
    <message>
        <source>Always runs last, also after a failure or an abort.</source>
        <translation>Läuft immer zuletzt, auch nach einem Fehler oder Abbruch.</translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; has problems: see the Problems list</source>
        <translation>Schritt „%1“ hat Probleme: siehe Liste „Probleme“</translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; (%2) — drag to reorder</source>
        <translation>Schritt „%1“ (%2) — zum Neuanordnen ziehen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::TryRunPanel</name>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>A serial device (/dev/ttyUSB0, /dev/ttyACM0, …) or a simulated DUT: sim:nrf91, sim:bg96,slow=500, sim:nrf91,bad-imei, …</source>
        <translation>Ein serielles Gerät (/dev/ttyUSB0, /dev/ttyACM0, …) oder ein simulierter Prüfling: sim:nrf91, sim:bg96,slow=500, sim:nrf91,bad-imei, …</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Neu suchen</translation>
    </message>
    <message>
        <source>Look for serial devices again</source>
        <translation>Erneut nach seriellen Geräten suchen</translation>
    </message>
    <message>
        <source>Unit serial</source>
        <translation>Seriennummer des Prüflings</translation>
    </message>
    <message>
        <source>optional: ${serial}</source>
        <translation>optional: ${serial}</translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation>Diesen Schritt ausführen</translation>
    </message>
    <message>
        <source>Runs the setup, the earlier steps that capture what this step needs, then this step (no teardown)</source>
        <translation>Führt die Vorbereitung aus, dann die früheren Schritte, die erfassen, was dieser Schritt braucht, dann diesen Schritt (ohne Abschluss)</translation>
    </message>
    <message>
        <source>Run the plan</source>
        <translation>Prüfplan ausführen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Try-out runs are not recorded as production runs.</source>
        <translation>Probeläufe werden nicht als Produktionsprüfläufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>Transcript: → sent to the DUT, ← received, with times</source>
        <translation>Mitschnitt: → an den Prüfling gesendet, ← empfangen, mit Zeiten</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for try-out records: %1</source>
        <translation>temporärer Ordner für Probelauf-Datensätze kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>a try-out run is still in progress; wait for it or abort it</source>
        <translation>ein Probelauf läuft noch; warten Sie darauf oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>choose a port: a serial device or a simulated DUT (sim:nrf91)</source>
        <translation>wählen Sie einen Port: ein serielles Gerät oder einen simulierten Prüfling (sim:nrf91)</translation>
    </message>
    <message>
        <source>Running %1 on %2 — try-out, not recorded</source>
        <translation>Ausführung: %1 auf %2 — Probelauf, nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Operator question (try-out)</source>
        <translation>Bedienerfrage (Probelauf)</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Try-out finished: %1. Not recorded as a production run.</source>
        <translation>Probelauf beendet: %1. Nicht als Produktionsprüflauf aufgezeichnet.</translation>
    </message>
    <message>
        <source>Try-out finished: %1 — %2</source>
        <translation>Probelauf beendet: %1 — %2</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::HistogramChartView</name>
    <message>
        <source>Pick a measured step</source>
        <translation>Messschritt auswählen</translation>
    </message>
    <message>
        <source>%1 — no numeric values in this filter</source>
        <translation>%1 — keine Zahlenwerte in diesem Filter</translation>
    </message>
    <message>
        <source>%1 — n = %2 · mean %3%4 · σ %5</source>
        <translation>%1 — n = %2 · Mittelwert %3%4 · σ %5</translation>
    </message>
    <message>
        <source> · Cpk %1</source>
        <translation> · Cpk %1</translation>
    </message>
    <message>
        <source> · %1 below / %2 above limits</source>
        <translation> · %1 unter / %2 über den Grenzwerten</translation>
    </message>
    <message>
        <source>units per bin</source>
        <translation>Prüflinge pro Klasse</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>measured (%1)</source>
        <translation>gemessen (%1)</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Prüflinge</translation>
    </message>
    <message>
        <source>low limit</source>
        <translation>unterer Grenzwert</translation>
    </message>
    <message>
        <source>high limit</source>
        <translation>oberer Grenzwert</translation>
    </message>
    <message>
        <source> · %1 outside the chart</source>
        <translation> · %1 außerhalb des Diagramms</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::NotesPanel</name>
    <message>
        <source>Notes on this run</source>
        <translation>Notizen zu diesem Prüflauf</translation>
    </message>
    <message>
        <source>Notes on this device</source>
        <translation>Notizen zu diesem Gerät</translation>
    </message>
    <message>
        <source>Write a note: what you found, what was done (max. 4000 characters)</source>
        <translation>Notiz schreiben: was Sie gefunden haben, was getan wurde (max. 4000 Zeichen)</translation>
    </message>
    <message>
        <source>Your role may read notes but not add them.</source>
        <translation>Ihre Rolle darf Notizen lesen, aber keine hinzufügen.</translation>
    </message>
    <message>
        <source>Add to run</source>
        <translation>Zum Prüflauf hinzufügen</translation>
    </message>
    <message>
        <source>Add to device</source>
        <translation>Zum Gerät hinzufügen</translation>
    </message>
    <message>
        <source>Delete selected note</source>
        <translation>Ausgewählte Notiz löschen</translation>
    </message>
    <message>
        <source>Notes on device %1</source>
        <translation>Notizen zu Gerät %1</translation>
    </message>
    <message>
        <source>not yet in the registry</source>
        <translation>noch nicht in der Registry</translation>
    </message>
    <message>
        <source>in the registry</source>
        <translation>in der Registry</translation>
    </message>
    <message>
        <source>refused by the registry: %1</source>
        <translation>von der Registry abgelehnt: %1</translation>
    </message>
    <message>
        <source> · on run %1</source>
        <translation> · zu Prüflauf %1</translation>
    </message>
    <message>
        <source>%1 · %2%3 · %4</source>
        <translation>%1 · %2%3 · %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Notes on this run (%1)</source>
        <translation>Notizen zu diesem Prüflauf (%1)</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::ParetoChartView</name>
    <message>
        <source>Failing steps — no failed runs in this filter</source>
        <translation>Fehlerhafte Schritte — keine fehlgeschlagenen Prüfläufe in diesem Filter</translation>
    </message>
    <message>
        <source>Failing steps (Pareto) — %1 runs not passed</source>
        <translation>Fehlerhafte Schritte (Pareto) — %1 Prüfläufe nicht bestanden</translation>
    </message>
    <message>
        <source>DUT failed</source>
        <translation>Prüfling fehlerhaft</translation>
    </message>
    <message>
        <source>Station error</source>
        <translation>Stationsfehler</translation>
    </message>
    <message>
        <source>Aborted / interrupted</source>
        <translation>Abgebrochen / unterbrochen</translation>
    </message>
    <message>
        <source>other steps</source>
        <translation>andere Schritte</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Kumuliert %</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>Prüfläufe</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::ReviewCharts</name>
    <message>
        <source>Histogram of</source>
        <translation>Histogramm von</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::ReviewFilterBar</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day (local time)</source>
        <translation>Erster Tag (Ortszeit)</translation>
    </message>
    <message>
        <source>Last day, included (local time)</source>
        <translation>Letzter Tag, einschließlich (Ortszeit)</translation>
    </message>
    <message>
        <source>Tick the verdicts to show; none or all ticked = every run</source>
        <translation>Anzuzeigende Ergebnisse ankreuzen; keines oder alle angekreuzt = alle Prüfläufe</translation>
    </message>
    <message>
        <source>batch or work order</source>
        <translation>Charge oder Fertigungsauftrag</translation>
    </message>
    <message>
        <source>Serial, IMEI or ICCID (start of it)</source>
        <translation>Seriennummer, IMEI oder ICCID (Anfang)</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>The runs of this filter as a CSV file</source>
        <translation>Die Prüfläufe dieses Filters als CSV-Datei</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Excel exportieren…</translation>
    </message>
    <message>
        <source>The runs and their steps of this filter as an .xlsx workbook</source>
        <translation>Die Prüfläufe dieses Filters mit ihren Schritten als .xlsx-Arbeitsmappe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>Fehlerhafter Schritt</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 Rev. %2</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Alle Prüfpläne</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Any step</source>
        <translation>Beliebiger Schritt</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Bediener</translation>
    </message>
    <message>
        <source>All stations</source>
        <translation>Alle Stationen</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::ReviewWindow</name>
    <message>
        <source>QA review — %1</source>
        <translation>QS-Auswertung — %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Unit history</source>
        <translation>Geräteverlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Prüfläufe</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>%1 · records read-only · %2</source>
        <translation>%1 · Datensätze schreibgeschützt · %2</translation>
    </message>
    <message>
        <source>%1 may add notes</source>
        <translation>%1 darf Notizen hinzufügen</translation>
    </message>
    <message>
        <source>%1 may read notes</source>
        <translation>%1 darf Notizen lesen</translation>
    </message>
    <message>
        <source>Unit history (%1)</source>
        <translation>Geräteverlauf (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1</source>
        <translation>
            <numerusform>%n Prüflauf nach %1 exportiert</numerusform>
            <numerusform>%n Prüfläufe nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting… %1 loaded</source>
        <translation>Wird gezählt… %1 geladen</translation>
    </message>
    <message>
        <source>No runs match this filter</source>
        <translation>Keine Prüfläufe passen zu diesem Filter</translation>
    </message>
    <message>
        <source>%1 runs match · %2 loaded (scroll for more)</source>
        <translation>%1 Prüfläufe gefunden · %2 geladen (für mehr scrollen)</translation>
    </message>
    <message>
        <source>Export runs as CSV</source>
        <translation>Prüfläufe als CSV exportieren</translation>
    </message>
    <message>
        <source>Export runs as Excel workbook</source>
        <translation>Prüfläufe als Excel-Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::RunDetailView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Registry: received %1</source>
        <translation>Registry: empfangen %1</translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation>(Zeit unbekannt)</translation>
    </message>
    <message>
        <source>Registry: waiting to be sent</source>
        <translation>Registry: wartet auf Versand</translation>
    </message>
    <message numerus="yes">
        <source>Registry: not yet received — %n attempt(s), last error: %1</source>
        <translation>
            <numerusform>Registry: noch nicht empfangen — %n Versuch, letzter Fehler: %1</numerusform>
            <numerusform>Registry: noch nicht empfangen — %n Versuche, letzter Fehler: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Registry CONFLICT</source>
        <translation>Registry-KONFLIKT</translation>
    </message>
    <message>
        <source>Registry REFUSED this run</source>
        <translation>Registry hat diesen Prüflauf ABGELEHNT</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (field %3)</source>
        <translation>%1: %2 (Feld %3)</translation>
    </message>
    <message>
        <source> — fix the cause, then `eol-station sync retry %1`</source>
        <translation> — beheben Sie die Ursache, dann `eol-station sync retry %1`</translation>
    </message>
    <message>
        <source>Registry: not queued for sync (recorded without an outbox entry)</source>
        <translation>Registry: nicht zur Synchronisierung eingereiht (ohne Outbox-Eintrag aufgezeichnet)</translation>
    </message>
    <message>
        <source>Registry: not queued yet (the run has not finished)</source>
        <translation>Registry: noch nicht eingereiht (der Prüflauf ist nicht beendet)</translation>
    </message>
    <message>
        <source>Pick a run in the list to see its steps, transcript and history.</source>
        <translation>Wählen Sie einen Prüflauf in der Liste, um Schritte, Mitschnitt und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>first test of this unit</source>
        <translation>Erstprüfung dieses Geräts</translation>
    </message>
    <message>
        <source>retest</source>
        <translation>Nachprüfung</translation>
    </message>
    <message>
        <source>(no serial)</source>
        <translation>(keine Seriennummer)</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>Station %1</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>Bediener %1</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>work order %1</source>
        <translation>Fertigungsauftrag %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>outside the limits</source>
        <translation>außerhalb der Grenzwerte</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::RunTableModel</name>
    <message>
        <source> (retest)</source>
        <translation> (Nachprüfung)</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 Rev. %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>Fehlerhafter Schritt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Fertigungsauftrag</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation>ICCID</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::UnitHistoryView</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>Fehlerhafter Schritt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prüfplan</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>No runs of this unit.</source>
        <translation>Keine Prüfläufe für dieses Gerät.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), first pass %2, final result %3</source>
        <translation>
            <numerusform>%1: %n Prüflauf, erster Durchlauf %2, Endergebnis %3</numerusform>
            <numerusform>%1: %n Prüfläufe, erster Durchlauf %2, Endergebnis %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 retest(s)</source>
        <translation>
            <numerusform>%n Prüflauf, %1 Nachprüfung(en)</numerusform>
            <numerusform>%n Prüfläufe, %1 Nachprüfung(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>First pass:</source>
        <translation>Erster Durchlauf:</translation>
    </message>
    <message>
        <source>Final:</source>
        <translation>Endergebnis:</translation>
    </message>
    <message>
        <source>first</source>
        <translation>Erstprüfung</translation>
    </message>
    <message>
        <source>retest %1</source>
        <translation>Nachprüfung %1</translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation>%1 Rev. %2</translation>
    </message>
</context>
<context>
    <name>eol::ui::review::YieldChartView</name>
    <message>
        <source>First-pass yield — no units in this filter</source>
        <translation>Erstdurchlaufquote (FPY) — keine Geräte in diesem Filter</translation>
    </message>
    <message>
        <source>First-pass yield per day — %1 % of %2 units overall</source>
        <translation>Erstdurchlaufquote (FPY) pro Tag — %1 % von %2 Geräten insgesamt</translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation>(kein Produkt)</translation>
    </message>
</context>
</TS>
