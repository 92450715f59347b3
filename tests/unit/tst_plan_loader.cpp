// Plan loader: the shipped plans load, and every kind of bad plan is rejected with a message
// that points at the offending key or value as "<file>:<line>:<col>: ...".

#include "plan/PlanDiagnostics.h"
#include "plan/PlanLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using eol::core::plan::CheckSpec;
using eol::core::plan::OnFailPolicy;
using eol::core::plan::Plan;
using eol::core::plan::PlanLoader;
using eol::core::plan::Step;
using eol::core::plan::StepKind;

namespace {

QString plansDir()
{
    return QStringLiteral(EOL_SOURCE_DIR "/testplans");
}

QList<Step> allSteps(const Plan& plan)
{
    return plan.setup + plan.steps + plan.teardown;
}

/// Variables the plan's at/wait_for steps capture, in order.
QStringList capturedVariables(const Plan& plan)
{
    QStringList names;
    for (const Step& step : allSteps(plan)) {
        const QString regex = step.kind == StepKind::At ? step.expect : step.pattern;
        if (step.kind != StepKind::At && step.kind != StepKind::WaitFor)
            continue;
        for (const QString& name : QRegularExpression(regex).namedCaptureGroups()) {
            if (!name.isEmpty())
                names.append(name);
        }
    }
    return names;
}

const Step* findCheck(const Plan& plan, const QString& variable, CheckSpec::Kind kind)
{
    for (const Step& step : plan.steps) {
        if (step.kind == StepKind::Check && step.check.variable == variable &&
            step.check.kind == kind)
            return &step;
    }
    return nullptr;
}

} // namespace

class TestPlanLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedPlanLoads_data();
    void shippedPlanLoads();
    void nrf91Details();
    void badPlan_data();
    void badPlan();
    void reportsAllProblemsInFileOrder();
    void capsTheNumberOfReportedProblems();
    void loadFileErrors();
    void acceptsEscapesAndEveryStepKind();
};

void TestPlanLoader::shippedPlanLoads_data()
{
    QTest::addColumn<QString>("file");
    for (const char* name : {"nrf91.json", "bg96.json", "sara-r4.json", "sim7080.json"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestPlanLoader::shippedPlanLoads()
{
    QFETCH(QString, file);
    const QString path = plansDir() + QLatin1Char('/') + file;
    const eol::Result<Plan> result = PlanLoader::loadFile(path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Plan& plan = result.value();

    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(plan.sha256,
             QCryptographicHash::hash(raw.readAll(), QCryptographicHash::Sha256).toHex());
    QCOMPARE(plan.sourcePath, QFileInfo(path).absoluteFilePath());
    QCOMPARE(plan.formatVersion, 1);
    QVERIFY(!plan.id.isEmpty());
    QVERIFY(plan.revision >= 1);
    QCOMPARE(plan.serialPattern, QStringLiteral("^SN\\d{8}$"));
    QVERIFY(QRegularExpression(plan.serialPattern).match(QStringLiteral("SN00000001")).hasMatch());

    // The identity the registry needs, under exactly these names.
    const QStringList captured = capturedVariables(plan);
    for (const char* name : {"imei", "imsi", "iccid", "firmware", "dut_serial"})
        QVERIFY2(captured.contains(QLatin1String(name)), name);

    QVERIFY(findCheck(plan, QStringLiteral("imei"), CheckSpec::Kind::ImeiLuhn));
    QVERIFY(findCheck(plan, QStringLiteral("iccid"), CheckSpec::Kind::IccidLuhn));
    QVERIFY(findCheck(plan, QStringLiteral("firmware"), CheckSpec::Kind::Regex));
    const Step* serial = findCheck(plan, QStringLiteral("dut_serial"), CheckSpec::Kind::Equals);
    QVERIFY(serial);
    QCOMPARE(serial->check.other, QStringLiteral("serial"));
    QCOMPARE(serial->ifSet, QStringLiteral("serial"));

    // Identity reads stop the run when they fail: there is nothing to record without them.
    for (const Step& step : plan.steps) {
        if (step.kind == StepKind::At &&
            (step.id == QLatin1String("imei") || step.id == QLatin1String("iccid"))) {
            QCOMPARE(step.onFail.action, OnFailPolicy::Action::Stop);
            QVERIFY(step.timeoutMs >= 1000 && step.timeoutMs <= 10000);
        }
    }
    QVERIFY(!plan.setup.isEmpty());
    QVERIFY(!plan.teardown.isEmpty());
    QCOMPARE(plan.transport.lineEnding, QStringLiteral("\r"));
}

void TestPlanLoader::nrf91Details()
{
    const eol::Result<Plan> result =
        PlanLoader::loadFile(plansDir() + QStringLiteral("/nrf91.json"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Plan& plan = result.value();
    QCOMPARE(plan.id, QStringLiteral("nrf91-tracker"));
    QCOMPARE(plan.transport.baudRate, 115200);
    QCOMPARE(plan.transport.openTimeoutMs, 3000);
    QCOMPARE(plan.transport.usbIds, (QStringList{QStringLiteral("1915"), QStringLiteral("1366")}));
    QCOMPARE(plan.variables.size(), 1);
    QCOMPARE(plan.variables.first().first, QStringLiteral("sec_tag"));
    QCOMPARE(plan.variables.first().second, QStringLiteral("16842753"));
    QVERIFY(plan.urcPrefixes.contains(QStringLiteral("+CEREG:")));

    QCOMPARE(plan.setup.first().kind, StepKind::WaitFor);
    QVERIFY(
        QRegularExpression(plan.setup.first().pattern).match(QStringLiteral("Ready")).hasMatch());

    const auto keygen = std::find_if(plan.steps.cbegin(), plan.steps.cend(), [](const Step& s) {
        return s.command.startsWith(QLatin1String("AT%KEYGEN="));
    });
    QVERIFY(keygen != plan.steps.cend());
    QCOMPARE(keygen->command, QStringLiteral("AT%KEYGEN=${sec_tag},2,1"));
    const QRegularExpressionMatch m =
        QRegularExpression(keygen->expect)
            .match(QStringLiteral(
                "%KEYGEN: \"MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE.0oRDoQEmoQRBIVhL2dn3\""));
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(QStringLiteral("public_key")),
             QStringLiteral("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE.0oRDoQEmoQRBIVhL2dn3"));
    QVERIFY(findCheck(plan, QStringLiteral("public_key"), CheckSpec::Kind::P256PublicKey));

    const Step* vbat = nullptr;
    for (const Step& s : plan.steps) {
        if (s.kind == StepKind::Check && s.check.kind == CheckSpec::Kind::Range)
            vbat = &s;
    }
    QVERIFY(vbat);
    QCOMPARE(vbat->check.low, std::optional<double>(3300));
    QCOMPARE(vbat->check.high, std::optional<double>(4500));
    QCOMPARE(vbat->check.unit, QStringLiteral("mV"));

    const auto battery = std::find_if(plan.steps.cbegin(), plan.steps.cend(), [](const Step& s) {
        return s.command == QLatin1String("AT%XVBAT");
    });
    QVERIFY(battery != plan.steps.cend());
    QCOMPARE(battery->onFail.action, OnFailPolicy::Action::Retry);
    QCOMPARE(battery->onFail.retries, 2);
    QCOMPARE(battery->onFail.retryDelayMs, 500);
    QCOMPARE(battery->location.line, 108);
    QCOMPARE(battery->location.column, 5);
}

void TestPlanLoader::badPlan_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedStart");

    const auto addBad = [](const char* tag, const char* json, int line, int column,
                           const QString& message) {
        QTest::newRow(tag) << QByteArray(json)
                           << QStringLiteral("bad.json:%1:%2: ").arg(line).arg(column) + message;
    };
    addBad("syntax: missing comma", R"json({
  "format": 1,
  "id": "t"
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           4, 3, QStringLiteral("expected ',' or '}' after object member, found '\"'"));
    addBad(
        "unknown top-level key", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "descripton": "x",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
        6, 3,
        QStringLiteral("unknown key 'descripton' at the top level — did you mean 'description'?"));
    addBad("unknown key in step", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "timout": 100}
  ]
}
)json",
           7, 56,
           QStringLiteral("unknown key 'timout' in step 'imei' — did you mean 'timeout_ms'?"));
    addBad(
        "unknown key in transport", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "transport": {"baud": 115200, "flowcontrol": "none"},
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
        6, 33,
        QStringLiteral("unknown key 'flowcontrol' in 'transport' — did you mean 'flow_control'?"));
    addBad("wrong type", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "timeout_ms": "5000"}
  ]
}
)json",
           7, 70, QStringLiteral("'timeout_ms' in step 'imei' must be an integer, not a string"));
    addBad("missing required key", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "expect": "x"}
  ]
}
)json",
           7, 5, QStringLiteral("missing required key 'command' in step 'imei'"));
    addBad("bad regex", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+"}
  ]
}
)json",
           7, 66,
           QStringLiteral("invalid regular expression in 'expect' in step 'imei': missing closing "
                          "parenthesis at offset 11 of the pattern"));
    addBad("undefined variable", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "variables": {"sec_tag": "16"},
  "steps": [
    {"id": "key", "kind": "at", "command": "AT%KEYGEN=${sectag},2,1"}
  ]
}
)json",
           8, 44,
           QStringLiteral(
               "undefined variable 'sectag' in 'command' in step 'key' — did you mean 'sec_tag'?"));
    addBad("variable captured only later", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "check", "kind": "check", "variable": "imei", "imei_luhn": true},
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           7, 50, QStringLiteral("undefined variable 'imei' in 'variable' in step 'check'"));
    addBad("duplicate step id", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN"},
    {"id": "imei", "kind": "delay", "duration_ms": 10}
  ]
}
)json",
           8, 12, QStringLiteral("duplicate step id 'imei' (first used at 7:12)"));
    addBad("bad format version", R"json({
  "format": 2,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           2, 13, QStringLiteral("unsupported plan format 2; this station reads format 1"));
    addBad("low above high", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<v>\\d+)"},
    {"id": "vbat", "kind": "check", "variable": "v", "range": {"low": 4.4, "high": 3.3}}
  ]
}
)json",
           8, 71, QStringLiteral("'range' in step 'vbat' has low 4.4 above high 3.3; swap them"));
    addBad("duplicate JSON key", R"json({
  "format": 1,
  "id": "t", "id": "u",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           3, 14, QStringLiteral("duplicate key 'id' (first defined at 3:3); remove one of them"));
    addBad("columns count characters", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "Gerät für Ölmessung", "x": 1,
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           5, 37, QStringLiteral("unknown key 'x' at the top level"));
    addBad("retries out of range", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "retries": 50}
  ]
}
)json",
           7, 67, QStringLiteral("'retries' in step 'imei' is 50; it must be between 0 and 20"));
    addBad("usb id not hex vvvv:pppp", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "transport": {"usb": ["1915", "2c7c-0296"]},
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           6, 33, QStringLiteral("'usb[1]' in 'transport' is \"2c7c-0296\": write a USB vendor id"));
    addBad("usb id twice", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "transport": {"usb": ["2c7c:0296", "2C7C:0296"]},
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           6, 38, QStringLiteral("'usb[1]' in 'transport': \"2c7c:0296\" is listed twice"));
    addBad("non-standard baud", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "transport": {"baud": 12345},
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           6, 25, QStringLiteral("'baud' in 'transport' is 12345, which is not a standard rate"));
    addBad("key of another kind", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "pattern": "x"}
  ]
}
)json",
           7, 56,
           QStringLiteral("key 'pattern' is not allowed in step 'imei' of kind 'at'; it belongs to "
                          "'wait_for' steps"));
    addBad("two validators", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"},
    {"id": "c", "kind": "check", "variable": "imei", "imei_luhn": true, "regex": "\\d+"}
  ]
}
)json",
           8, 73,
           QStringLiteral("check step 'c' has more than one validator ('imei_luhn' and 'regex')"));
    addBad(
        "trailing comma", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN",}
  ]
}
)json",
        7, 55,
        QStringLiteral(
            "expected a quoted key after ',', found '}' (JSON does not allow a trailing comma)"));
    addBad("bad escape", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT\q"}
  ]
}
)json",
           7, 48, QStringLiteral("invalid escape '\\q' in string"));
    addBad("unterminated string", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN
  ]
}
)json",
           7, 45, QStringLiteral("unterminated string"));
    addBad("unknown kind", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "sleep", "duration_ms": 5}
  ]
}
)json",
           7, 28, QStringLiteral("unknown step kind 'sleep' in step 'imei'"));
    addBad("bad serial pattern", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "serial_pattern": "^SN[0-9{8}$",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           6, 21,
           QStringLiteral("invalid regular expression in 'serial_pattern' at the top level"));
    addBad("missing product", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
}
)json",
           1, 1, QStringLiteral("missing required key 'product' at the top level"));
    addBad("capture overwrites built-in", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<serial>\\d+)"}
  ]
}
)json",
           7, 66,
           QStringLiteral("capture group 'serial' in step 'imei' would overwrite the built-in "
                          "variable 'serial'"));
    addBad("unknown key in on_fail", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "on_fail": {"retry": 2, "delay": 5}}
  ]
}
)json",
           7, 80,
           QStringLiteral(
               "unknown key 'delay' in 'on_fail' of step 'imei' — did you mean 'delay_ms'?"));
    addBad(
        "equals names unknown variable", R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "ok", "kind": "check", "variable": "serial", "equals": "operater"}
  ]
}
)json",
        7, 67,
        QStringLiteral(
            "undefined variable 'operater' in 'equals' in step 'ok' — did you mean 'operator'?"));
    addBad("undefined variable in wait_for pattern",
           R"json({"format": 1, "id": "t", "revision": 1, "product": "P",
 "steps": [{"id": "w", "kind": "wait_for", "pattern": "^\\+BOOT: ${reason}$"}]})json",
           2, 55, QStringLiteral("undefined variable 'reason' in 'pattern' in step 'w'"));
}

void TestPlanLoader::badPlan()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedStart);
    const eol::Result<Plan> result = PlanLoader::loadBytes(json, QStringLiteral("bad.json"));
    QVERIFY(!result.ok());
    const QString firstLine = result.error().message.section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(
        firstLine.startsWith(expectedStart),
        qPrintable(QStringLiteral("\n   got: %1\nwanted: %2...").arg(firstLine, expectedStart)));
    QVERIFY(result.error().code == QLatin1String("plan_syntax") ||
            result.error().code == QLatin1String("plan_invalid"));
}

void TestPlanLoader::reportsAllProblemsInFileOrder()
{
    const QByteArray json = R"json({
  "format": 1,
  "id": "t",
  "revision": 0,
  "product": "P",
  "steps": [
    {"id": "a", "kind": "at", "command": "AT", "retries": -1},
    {"id": "b", "kind": "delay"}
  ],
  "bogus": true
})json";
    const eol::Result<Plan> result = PlanLoader::loadBytes(json, QStringLiteral("multi.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("plan_invalid"));
    const QStringList lines = result.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(
        lines[0].startsWith(QStringLiteral("multi.json:4:15: 'revision' at the top level is 0")),
        qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(QStringLiteral("multi.json:7:59: 'retries' in step 'a' is -1")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(
                 QStringLiteral("multi.json:8:5: missing required key 'duration_ms' in step 'b'")),
             qPrintable(lines[2]));
    QVERIFY2(lines[3].startsWith(QStringLiteral("multi.json:10:3: unknown key 'bogus'")),
             qPrintable(lines[3]));
}

void TestPlanLoader::capsTheNumberOfReportedProblems()
{
    QByteArray json = R"({"format": 1, "id": "t", "revision": 1, "product": "P", "steps": [)";
    for (int i = 0; i < 30; ++i) {
        if (i > 0)
            json += ',';
        json +=
            QStringLiteral(R"({"id": "s%1", "kind": "delay", "duration_ms": -5})").arg(i).toUtf8();
    }
    json += "]}";
    const eol::Result<Plan> result = PlanLoader::loadBytes(json, QStringLiteral("many.json"));
    QVERIFY(!result.ok());
    const QStringList lines = result.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), eol::core::plan::PlanDiagnostics::kMaxReported + 1);
    QVERIFY(lines.first().startsWith(QStringLiteral("many.json:1:")));
    QVERIFY2(lines.last().contains(QStringLiteral("10 more problems")), qPrintable(lines.last()));
}

void TestPlanLoader::loadFileErrors()
{
    const eol::Result<Plan> missing =
        PlanLoader::loadFile(QStringLiteral("/nonexistent/dir/nothing.json"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("plan_unreadable"));
    QVERIFY(missing.error().message.contains(QStringLiteral("nothing.json")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": 1,\n  \"id\": [\n}\n");
    file.close();
    const eol::Result<Plan> broken = PlanLoader::loadFile(path);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().code, QStringLiteral("plan_syntax"));
    QVERIFY2(broken.error().message.startsWith(
                 QStringLiteral("broken.json:4:1: expected a JSON value, found '}'")),
             qPrintable(broken.error().message));

    const QString big = dir.filePath(QStringLiteral("big.json"));
    QFile bigFile(big);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write(QByteArray(5 * 1024 * 1024, ' '));
    bigFile.close();
    const eol::Result<Plan> tooBig = PlanLoader::loadFile(big);
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().code, QStringLiteral("plan_too_large"));
    QVERIFY(tooBig.error().message.startsWith(QStringLiteral("big.json:1:1: ")));
}

void TestPlanLoader::acceptsEscapesAndEveryStepKind()
{
    const QByteArray json = R"json({
  "format": 1.0,
  "id": "all-kinds",
  "revision": 7,
  "product": "Caf\u00e9 \ud83d\ude00",
  "serial_pattern": "",
  "variables": {"greeting": "hi"},
  "setup": [
    {"id": "boot", "kind": "wait_for", "pattern": "^\\+BOOT: (?<boot_reason>\\w+)$", "timeout_ms": 100}
  ],
  "steps": [
    {"id": "cmd", "kind": "at", "command": "AT+X=${greeting},${boot_reason},${serial}", "expect_error": true,
     "retries": 2, "retry_delay_ms": 10, "on_fail": "continue", "if_set": "batch"},
    {"id": "pause", "name": "Settle", "kind": "delay", "duration_ms": 0},
    {"id": "ask", "kind": "prompt", "question": "Is LED ${greeting} green?", "image": "img/led.png"},
    {"id": "key", "kind": "at", "command": "AT+KEY", "expect": "(?<key>\\S+)"},
    {"id": "key_ok", "kind": "check", "variable": "key", "p256_public_key": true},
    {"id": "fp", "kind": "at", "command": "AT+FP=${key_sha256}"},
    {"id": "low_only", "kind": "check", "variable": "greeting", "range": {"low": -1e3}}
  ]
})json";
    const eol::Result<Plan> result = PlanLoader::loadBytes(json, QStringLiteral("kinds.json"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const Plan& plan = result.value();
    QVERIFY(plan.sourcePath.isEmpty());
    QCOMPARE(plan.product, QString::fromUtf8("Caf\xc3\xa9 \xf0\x9f\x98\x80"));
    QCOMPARE(plan.revision, 7);
    QCOMPARE(plan.setup.size(), 1);
    QCOMPARE(plan.setup.first().location.line, 9);
    QCOMPARE(plan.setup.first().location.column, 5);
    QCOMPARE(plan.steps.size(), 7);
    const Step& cmd = plan.steps[0];
    QCOMPARE(cmd.kind, StepKind::At);
    QVERIFY(cmd.expectError);
    QCOMPARE(cmd.retries, 2);
    QCOMPARE(cmd.retryDelayMs, 10);
    QCOMPARE(cmd.onFail.action, OnFailPolicy::Action::Continue);
    QCOMPARE(cmd.ifSet, QStringLiteral("batch"));
    QCOMPARE(cmd.name, QStringLiteral("cmd")); // defaults to the id
    QCOMPARE(plan.steps[1].kind, StepKind::Delay);
    QCOMPARE(plan.steps[1].name, QStringLiteral("Settle"));
    QCOMPARE(plan.steps[2].kind, StepKind::Prompt);
    QCOMPARE(plan.steps[2].image, QStringLiteral("img/led.png"));
    QCOMPARE(plan.steps[4].check.kind, CheckSpec::Kind::P256PublicKey);
    QCOMPARE(plan.steps[6].check.low, std::optional<double>(-1000));
    QVERIFY(!plan.steps[6].check.high.has_value());
}

QTEST_GUILESS_MAIN(TestPlanLoader)
#include "tst_plan_loader.moc"
