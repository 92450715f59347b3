<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
