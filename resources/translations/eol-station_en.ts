<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>TranscriptFormatter</name>
    <message>
        <source>No transcript was recorded for this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictStyle</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INTERRUPTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::CameraPreview</name>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::OperatorWindow</name>
    <message>
        <source>EOL Station — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan the unit&apos;s QR code or type its serial, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>START</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABORT  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 · Operator %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the job card to choose what to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default plan not available (%1). Scan a job card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the unit&apos;s QR code to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan — scan a job card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 rev %2 · %3 · Batch %4 · Work order %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test is running — wait for the result before scanning the next unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad scan — nothing started. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test plan yet — scan the job card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong product — nothing started. This unit is a &quot;%1&quot;, the station tests &quot;%2&quot;. Scan the right job card or put the unit aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial &quot;%1&quot; is not a %2 serial — nothing started. Check the label and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1 ready — press START (or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job card refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job card asks for plan %1 revision %2, this station has revision %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job card is for product &quot;%1&quot; but plan %2 tests &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job card accepted. Scan the unit&apos;s QR code to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1 — leave the unit in the fixture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question on screen: P = pass, F = fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the test?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop testing %1?

The unit will NOT be tested; the run is saved as aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort test (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep testing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborting — the fixture is being made safe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record not saved — test again.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Take the unit out and scan the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture %1 (simulated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture %1 connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture %1 NOT FOUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 — ERROR: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsynced records unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 — OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records waiting for sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records not yet synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — tested %1 · pass %2 · fail %3 · station errors %4 · first-pass yield %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no serial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody logged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is logged in — nothing started. Scan your badge or press Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest waiting %1 h — call the line lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record refused by the registry — QA must check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records refused by the registry — QA must check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::PromptDialog</name>
    <message>
        <source>Operator check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(picture %1 could not be shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS  (P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL  (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press P for pass, F for fail. Esc stops the test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::StatsReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read today&apos;s counters: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::StepTableModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::VerdictView</name>
    <message>
        <source>Scan the next unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABORTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was stopped before the end. The unit is NOT tested — scan it again to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station problem, the unit was not judged.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no serial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::admin::AdminWindow</name>
    <message>
        <source>Station id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name (while there are no users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixture port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only released plans, also without users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the test when a unit is scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out after idle minutes (0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users &amp; audit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not manage users, settings or the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user, plan, setting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit rows exported to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Most settings apply when the station starts next. Every change is written to the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 overrides it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set in the environment and wins over the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) saved and audited.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You may not change settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but the audit log could not record it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::admin::UserDialog</name>
    <message>
        <source>Operator — runs released plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware lead — edits and releases plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA — reviews records, adds notes, reads the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator — users and station settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this as the badge QR code (it is not shown again):
EOL1|B|%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4–12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN (empty: keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge id (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge id (empty: keep)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ — type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the user a PIN or a badge — otherwise they cannot log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::AccessController</name>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge scanned, but this station has no users yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users &amp;&amp; audit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the first administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out after inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan revisions cannot be read — call the line lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logins at this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not open %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::FirstAdminDialog</name>
    <message>
        <source>Set up the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator manages users and station settings. Once there is one, people log in at this station with a PIN or a badge, and operators run only released plans (the shipped plans count as released).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. maria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Maria Keller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (4–12 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ — type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::LoginDialog</name>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardware lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name and type your PIN — or scan your badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet — scan a badge or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a badge — scan your badge, or type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad scan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the badge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN has only digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap your name first, then type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::PinPad</name>
    <message>
        <source>⌫</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::auth::PlanEditorBridge</name>
    <message>
        <source>the plan revision store cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::LimitsField</name>
    <message>
        <source>not a number: a limit is written like 3300 or 0.05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lower limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit, e.g. mV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a low limit, a high limit or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes when %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::OnFailField</name>
    <message>
        <source>Stop the run (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run (written out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens when this step does not pass. Stop skips the remaining steps and goes to teardown; teardown always runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apart:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::OptionalIntField</name>
    <message>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::PlanEditorWindow</name>
    <message>
        <source>This account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not edit test plans: the plan editor is for hardware leads and administrators. Ask a lead to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-out run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open test plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save test plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this &amp;step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit as new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in this revision (kept with the release):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open test plan &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes; plans are limited to 4 MiB. Check that the right file was selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The editor opens plans that are JSON objects; fix this in a text editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Setup&lt;/h3&gt;&lt;p&gt;Runs first: wait for the boot banner, get the modem to answer, switch on verbose errors. A setup step that stops the run skips all steps; teardown still runs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Steps&lt;/h3&gt;&lt;p&gt;The tests of the unit, in order. A plan needs at least one step.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Teardown&lt;/h3&gt;&lt;p&gt;Always runs last, also after a failure or an abort: leave the unit in a safe state.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Add a step with &lt;b&gt;Add step&lt;/b&gt;; drag steps to reorder them, also between sections.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — click to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ No problems: the plan passes eol-station plan check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) — see Problems; the plan cannot run or be released until they are fixed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan editor — %1[*] (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released revision %1 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft of revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released revision %1 — read-only. Edit → creates a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision store makes a new draft from this revision; this one stays as released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan revision store is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this plan is already editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan revision store is connected, so no draft can be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this revision is already released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not release plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a draft in the plan revision store can be released; import the plan file into the store first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the draft first: what is released is what is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has problems; fix them before releasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released revision %1 is read-only; use Edit as new draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan revision store is connected to save this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved draft revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file name (Save as…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 with %n problem(s): the station refuses the plan until they are fixed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate step &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step &apos;%1&apos; up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move step &apos;%1&apos; down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has problems (see Problems); fix them to run it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has problems (see Problems); fix them to run a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a step to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>step &apos;%1&apos; (after the %n step(s) it needs)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::PlanHeaderForm</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;id&lt;/b&gt; — job-card QR codes name the plan by it: lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;revision&lt;/b&gt; — raise it with every released change (the revision store does that when it releases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product name shown to operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text for leads and QA (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: a unit serial, e.g. SN00000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit serial pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial link to the DUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1915 2c7c:0296 — as lsusb shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;usb&lt;/b&gt; — USB ids the unit or its adaptor enumerates as: a vendor (&lt;tt&gt;1915&lt;/tt&gt;) or vendor:product (&lt;tt&gt;2c7c:0296&lt;/tt&gt;), separated by spaces or commas. The station package&apos;s udev rules give the operator access to these devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables and unsolicited lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial variables (use as ${name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URC prefixes (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;urc_prefixes&lt;/b&gt; — lines starting with these are unsolicited: the AT layer keeps them out of command answers and wait_for steps see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-level keys the plan format does not know: kept in the file, reported as problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (docs/plan-format.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this station reads format %2 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of the serial link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit URC prefixes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::RegexField</name>
    <message>
        <source>regular expression (PCRE), e.g. \+CGSN: (?&lt;imei&gt;\d+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test box: paste what the DUT answers (one line per row). The pattern is searched in these lines joined by a line break, as the runner does. ${variables} are not expanded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test box: type a value. The pattern must match the whole value, as the runner checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pattern: any answer is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid; type a sample above to test it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid; captures %1 — type a sample above to test it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match: the whole value must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::StepForm</name>
    <message>
        <source>Keys that do not belong in this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan format does not allow these keys here, so the plan does not pass the check (see Problems). They are kept as they are until you remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unique in the plan; records, QA reports and job cards refer to it. Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what operators and QA read; empty: the id is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for a line from the DUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing it keeps id, name, if_set and on_fail and replaces the other keys (undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a variable name: the step is skipped when that variable is unset or empty, e.g. &apos;serial&apos; when no serial was scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only if set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happens when the step does not pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AT+CGSN=1 — ${variables} are replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line; the transport&apos;s line ending is appended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: paste the DUT&apos;s answer here, e.g. +CGSN: &quot;352656101576604&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searched in the answer&apos;s information lines joined by a line break (echo and URCs already removed). Anchor to one line with (?m)^…$. Named groups (?&lt;name&gt;…) become variables. Empty: any OK answer passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command must answer ERROR / +CME ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unticked: the key is left out (an OK answer passes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to wait for the final result code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-sends of the command after ERROR, a timeout or no match (the step is one attempt; see On failure for retrying the whole step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause between re-sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value checked: a capture of an earlier step, a declared variable or a built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI check digit (Luhn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID check digit (Luhn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression (whole value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equals another variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P-256 public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes for exactly 15 digits with a valid Luhn check digit (3GPP TS 23.003).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One trailing F filler is removed; then passes for 19–20 digits starting with 89 with a valid Luhn check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: type a value, e.g. mfw_nrf9160_1.3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other variable, e.g. serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes for a P-256 public key (base64url/base64 DER, PEM, or the hex of the 65-byte point; nRF91 %KEYGEN output is accepted). Sets &lt;variable&gt;_pem and &lt;variable&gt;_sha256 for later steps and the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: a line the DUT sends, e.g. Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched against each unsolicited or boot line; named groups are captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a yes/no question the operator answers PASS or FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture (a path relative to the plan file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the command and waits for the final result code (OK, ERROR, +CME ERROR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validates one variable with exactly one validator. Fails when the DUT&apos;s value is bad; an error when the variable was never set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for an unsolicited or boot line that matches the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the operator a PASS/FAIL question (in try-out runs you answer it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of step &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make step &apos;%1&apos; a %2 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check step &apos;%1&apos; with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key &apos;%1&apos; from step &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::StepListModel</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan id, revision, product, serial link, variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teardown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs first, e.g. wait for the boot banner, sync AT. A failing setup step skips the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tests. At least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always runs last, also after a failure or an abort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; has problems: see the Problems list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &apos;%1&apos; (%2) — drag to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::editor::TryRunPanel</name>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serial device (/dev/ttyUSB0, /dev/ttyACM0, …) or a simulated DUT: sim:nrf91, sim:bg96,slow=500, sim:nrf91,bad-imei, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for serial devices again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: ${serial}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the setup, the earlier steps that capture what this step needs, then this step (no teardown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-out runs are not recorded as production runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript: → sent to the DUT, ← received, with times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for try-out records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a try-out run is still in progress; wait for it or abort it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a port: a serial device or a simulated DUT (sim:nrf91)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 on %2 — try-out, not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator question (try-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-out finished: %1. Not recorded as a production run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try-out finished: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::HistogramChartView</name>
    <message>
        <source>Pick a measured step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — no numeric values in this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — n = %2 · mean %3%4 · σ %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Cpk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 below / %2 above limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 outside the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::NotesPanel</name>
    <message>
        <source>Notes on this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note: what you found, what was done (max. 4000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may read notes but not add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on device %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · on run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2%3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on this run (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::ParetoChartView</name>
    <message>
        <source>Failing steps — no failed runs in this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing steps (Pareto) — %1 runs not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUT failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aborted / interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::ReviewCharts</name>
    <message>
        <source>Histogram of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::ReviewFilterBar</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the verdicts to show; none or all ticked = every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch or work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial, IMEI or ICCID (start of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs of this filter as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The runs and their steps of this filter as an .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::ReviewWindow</name>
    <message>
        <source>QA review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · records read-only · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may add notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may read notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n run(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting… %1 loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs match · %2 loaded (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export runs as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export runs as Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::RunDetailView</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(time unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registry: not yet received — %n attempt(s), last error: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry CONFLICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry REFUSED this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (field %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — fix the cause, then `eol-station sync retry %1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: not queued for sync (recorded without an outbox entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry: not queued yet (the run has not finished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a run in the list to see its steps, transcript and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first test of this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no serial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>station %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::RunTableModel</name>
    <message>
        <source> (retest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICCID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::UnitHistoryView</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs of this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n run(s), first pass %2, final result %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), %1 retest(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>First pass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rev %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>eol::ui::review::YieldChartView</name>
    <message>
        <source>First-pass yield — no units in this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-pass yield per day — %1 % of %2 units overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no product)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
