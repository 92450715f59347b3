// Plan round trip: PlanDocument + PlanWriter against the shipped plans, hand-formatted plans,
// edited plans and odd values. "Identical" is checked three ways: the bytes, the model that
// PlanLoader makes of them (a field-by-field dump), and the JSON Schema (python3-jsonschema, an
// implementation independent of ours). An edited plan must also behave the same on the
// simulated DUT.

#include "plan/PlanDocument.h"
#include "plan/PlanFormat.h"
#include "plan/PlanLoader.h"
#include "plan/PlanWriter.h"
#include "plan/PositionedJsonParser.h"
#include "runner/FixtureSlot.h"
#include "station/Station.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using eol::core::plan::JsonNode;
using eol::core::plan::Plan;
using eol::core::plan::PlanDocument;
using eol::core::plan::PlanFormat;
using eol::core::plan::PlanLoader;
using eol::core::plan::PlanWriter;
using eol::core::plan::PositionedJsonParser;
using eol::core::plan::Step;

namespace {

const char kValidatorScript[] = R"py(
import json, sys
import jsonschema
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        errors = list(validator.iter_errors(json.load(f)))
    print(path + ("\tINVALID\t" + errors[0].message.replace("\n", " ") if errors else "\tOK"))
)py";

QString plansDir()
{
    return QStringLiteral(EOL_SOURCE_DIR "/testplans");
}

QStringList shippedPlans()
{
    QStringList paths;
    const QDir dir(plansDir());
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString optionalNumber(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'g', 17) : QStringLiteral("-");
}

/// Every field of a step that the runner reads, one line.
QString dumpStep(const Step& s, bool withLocation)
{
    QStringList f;
    f << s.id << s.name << QString::number(int(s.kind)) << QString::number(int(s.onFail.action))
      << QString::number(s.onFail.retries) << QString::number(s.onFail.retryDelayMs) << s.ifSet
      << s.command << s.expect << QString::number(s.expectError) << QString::number(s.timeoutMs)
      << QString::number(s.retries) << QString::number(s.retryDelayMs)
      << QString::number(int(s.check.kind)) << s.check.variable << s.check.pattern
      << optionalNumber(s.check.low) << optionalNumber(s.check.high) << s.check.unit
      << s.check.other << s.pattern << QString::number(s.durationMs) << s.question << s.image;
    if (withLocation)
        f << QStringLiteral("%1:%2").arg(s.location.line).arg(s.location.column);
    return f.join(QLatin1Char('|'));
}

/// The whole model except where it came from (path, hash): equal dumps = same behaviour.
QString dumpPlan(const Plan& p, bool withLocations = false)
{
    QStringList lines;
    lines << QStringLiteral("plan|%1|%2|%3|%4|%5|%6")
                 .arg(p.formatVersion)
                 .arg(p.id)
                 .arg(p.revision)
                 .arg(p.product, p.description, p.serialPattern);
    const auto& t = p.transport;
    lines << QStringLiteral("transport|%1|%2|%3|%4|%5|%6|%7")
                 .arg(t.baudRate)
                 .arg(t.dataBits)
                 .arg(t.parity, t.stopBits, t.flowControl, t.lineEnding)
                 .arg(t.openTimeoutMs);
    for (const auto& [name, value] : p.variables)
        lines << QStringLiteral("var|%1|%2").arg(name, value);
    lines << QStringLiteral("urc|") + p.urcPrefixes.join(QLatin1Char('|'));
    for (const auto* section : {&p.setup, &p.steps, &p.teardown}) {
        lines << QStringLiteral("section");
        for (const Step& s : *section)
            lines << dumpStep(s, withLocations);
    }
    return lines.join(QLatin1Char('\n'));
}

Plan load(const QByteArray& bytes, const QString& name = QStringLiteral("t.json"))
{
    auto plan = PlanLoader::loadBytes(bytes, name);
    if (!plan)
        qFatal("does not load: %s", qPrintable(plan.error().message));
    return plan.value();
}

PlanDocument open(const QByteArray& bytes)
{
    auto doc = PlanDocument::fromBytes(bytes, QStringLiteral("t.json"));
    if (!doc)
        qFatal("does not open: %s", qPrintable(doc.error().message));
    return doc.value();
}

/// A plan with every key of every step kind and every top-level key, laid out by hand the way
/// nobody would: tabs, keys out of order, several members per line, escapes.
const char kHandFormatted[] =
    "{\"steps\":[{\"kind\":\"at\",\"id\":\"imei\",\"expect\":"
    "\"\\\\+CGSN: \\\"(?<imei>\\\\d+)\\\"\",\"command\":\"AT+CGSN=1\","
    "\"timeout_ms\":2000,\"retries\":1,\"retry_delay_ms\":100,"
    "\"expect_error\":false,\"on_fail\":{\"delay_ms\":5,\"retry\":2},"
    "\"if_set\":\"serial\",\"name\":\"Read IMEI\"},\n"
    "\t{\"id\":\"w\",\"kind\":\"wait_for\",\"timeout_ms\":100,"
    "\"pattern\":\"^(?<x>RDY)$\", \"on_fail\": \"continue\"},\n"
    "\t{\"id\":\"d\",\"kind\":\"delay\",\"duration_ms\":0},\n"
    "\t{\"question\":\"LED \\u00e9 \\/ \\t green?\",\"image\":\"img/a.png\","
    "\"kind\":\"prompt\",\"id\":\"p\"},\n"
    "\t{\"id\":\"c1\",\"kind\":\"check\",\"variable\":\"imei\","
    "\"range\":{\"unit\":\"mV\",\"high\":4.5e3,\"low\":-0.25}},\n"
    "\t{\"id\":\"c2\",\"kind\":\"check\",\"variable\":\"imei\","
    "\"equals\":\"serial\"},\n"
    "\t{\"id\":\"c3\",\"kind\":\"check\",\"variable\":\"imei\","
    "\"p256_public_key\":true},\n"
    "\t{\"id\":\"c4\",\"kind\":\"check\",\"variable\":\"imei_pem\","
    "\"regex\":\"-+BEGIN.*\"},\n"
    "\t{\"id\":\"c5\",\"kind\":\"check\",\"variable\":\"imei\","
    "\"imei_luhn\":true},\n"
    "\t{\"id\":\"c6\",\"kind\":\"check\",\"variable\":\"imei\","
    "\"iccid_luhn\":true}],\n"
    "\"teardown\":[{\"id\":\"off\",\"kind\":\"at\",\"command\":\"AT\"}],"
    "\"urc_prefixes\":[\"+CEREG:\",\"RDY\"],\"variables\":{\"b\":\"2\","
    "\"a\":\"1\"},\"transport\":{\"usb\":[\"1915\", \"2c7c:0296\"],"
    "\"open_timeout_ms\":100,\"baud\":9600,"
    "\"data_bits\":7,\"parity\":\"even\",\"stop_bits\":\"2\","
    "\"flow_control\":\"hardware\",\"line_ending\":\"\\r\\n\"},"
    "\"serial_pattern\":\"^SN\\\\d+$\",\"description\":\"\","
    "\"product\":\"P \\u2014 \\\"q\\\"\",\"revision\":7,\"id\":\"hand\","
    "\"format\":1,\"setup\":[]}";

} // namespace

class TestPlanRoundtrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedPlansWriteBackByteIdentical_data();
    void shippedPlansWriteBackByteIdentical();
    void writtenPlansPassTheSchema();
    void handFormattedPlanUnchangedSavesItsOwnBytes();
    void changedPlanIsWrittenCanonicallyWithTheSameModel();
    void unknownKeysAreKeptNotDropped();
    void oddStringsAndNumbersSurvive_data();
    void oddStringsAndNumbersSurvive();
    void formatKeyListsAgreeWithTheLoader();
    void editedPlanBehavesLikeTheOriginal();
    void diagnosticPositionsMapToFields();
    void sectionsAndStepIdsEdit();

private:
    QTemporaryDir m_dir;
    QString m_python;
};

void TestPlanRoundtrip::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(shippedPlans().size() >= 4, "testplans/*.json not found");
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
}

void TestPlanRoundtrip::shippedPlansWriteBackByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    for (const QString& path : shippedPlans())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestPlanRoundtrip::shippedPlansWriteBackByteIdentical()
{
    QFETCH(QString, path);
    const QByteArray bytes = readAll(path);
    PlanDocument doc = open(bytes);
    // The canonical layout *is* the shipped layout: writing the tree reproduces the file...
    const QByteArray written = PlanWriter::write(doc.root());
    QCOMPARE(QString::fromUtf8(written), QString::fromUtf8(bytes));
    QVERIFY(written == bytes);
    // ...and an unchanged document saves exactly what was opened.
    QVERIFY(doc.isUnchanged());
    QVERIFY(doc.toBytes() == bytes);
    // The model read back is the model of the file, down to the positions of the steps.
    const auto original = PlanLoader::loadFile(path);
    QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.error().message));
    QCOMPARE(dumpPlan(load(written), true), dumpPlan(original.value(), true));
    // Touch a field and put it back: still unchanged, still the file's bytes.
    JsonNode root = doc.root();
    root.setMember(QStringLiteral("product"), JsonNode::fromString(QStringLiteral("x")));
    doc.setRoot(root);
    QVERIFY(!doc.isUnchanged());
    root.setMember(QStringLiteral("product"), JsonNode::fromString(original->product));
    doc.setRoot(root);
    QVERIFY(doc.isUnchanged());
    QVERIFY(doc.toBytes() == bytes);
}

void TestPlanRoundtrip::writtenPlansPassTheSchema()
{
    if (m_python.isEmpty())
        QSKIP("python3 is not installed; the schema cannot be checked here");
    // Canonical writes of: every shipped plan, the every-field hand-formatted plan, and an
    // edited plan (a limit changed, a step added through the document API).
    QStringList paths;
    const auto writeOut = [&](const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        paths.append(path);
    };
    for (const QString& path : shippedPlans())
        writeOut(QStringLiteral("shipped-") + QFileInfo(path).fileName(),
                 PlanWriter::write(open(readAll(path)).root()));
    writeOut(QStringLiteral("hand.json"), PlanWriter::write(open(kHandFormatted).root()));
    PlanDocument edited = open(readAll(plansDir() + QStringLiteral("/nrf91.json")));
    JsonNode step = PlanDocument::newStep(QStringLiteral("delay"), edited.uniqueStepId("settle"));
    edited.insertStep(PlanDocument::Section::Steps, 0, step);
    writeOut(QStringLiteral("edited.json"), edited.toBytes());

    QProcess python;
    python.start(m_python, QStringList{QStringLiteral("-c"), QString::fromUtf8(kValidatorScript),
                                       plansDir() + QStringLiteral("/schema/plan-v1.schema.json")} +
                               paths);
    QVERIFY(python.waitForFinished(60000));
    const QByteArray err = python.readAllStandardError();
    if (err.contains("No module named 'jsonschema'"))
        QFAIL("python3 has no jsonschema module; install the Debian package python3-jsonschema");
    QCOMPARE(python.exitCode(), 0);
    const QStringList lines =
        QString::fromUtf8(python.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), paths.size());
    for (const QString& line : lines)
        QVERIFY2(line.endsWith(QLatin1String("\tOK")), qPrintable(line));
    // And our loader agrees with the schema on every one of them.
    for (const QString& path : std::as_const(paths)) {
        const auto plan = PlanLoader::loadFile(path);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    }
}

void TestPlanRoundtrip::handFormattedPlanUnchangedSavesItsOwnBytes()
{
    const QByteArray bytes(kHandFormatted);
    const Plan original = load(bytes);
    PlanDocument doc = open(bytes);
    QVERIFY(doc.isUnchanged());
    QVERIFY(doc.toBytes() == bytes);
    QVERIFY(PlanWriter::write(doc.root()) != bytes); // it really is not in canonical layout
    // Saved once, it stays its own bytes until something changes.
    doc.markSaved(doc.toBytes());
    QVERIFY(doc.toBytes() == bytes);
    // Its canonical form has the same model, and is a fixed point of the writer.
    const QByteArray canonical = PlanWriter::write(doc.root());
    QCOMPARE(dumpPlan(load(canonical)), dumpPlan(original));
    QVERIFY(PlanWriter::write(open(canonical).root()) == canonical);
    // Keys come out in the documented order.
    const QString text = QString::fromUtf8(canonical);
    QVERIFY(text.startsWith(QLatin1String("{\n  \"format\": 1,\n  \"id\": \"hand\",\n")));
    QVERIFY(text.contains(QLatin1String(
        "      \"id\": \"imei\",\n      \"name\": \"Read IMEI\",\n      \"kind\": \"at\",\n"
        "      \"if_set\": \"serial\",\n      \"command\": \"AT+CGSN=1\",\n")));
    QVERIFY(text.contains(QLatin1String("\"on_fail\": {\"retry\": 2, \"delay_ms\": 5}\n")));
    QVERIFY(text.contains(QLatin1String("\"range\": {\"low\": -0.25, \"high\": 4500, \"unit\": "
                                        "\"mV\"}\n")));
    QVERIFY(text.contains(QLatin1String("\"line_ending\": \"\\r\\n\"")));
    QVERIFY(text.contains(QLatin1String("\"setup\": [],")));
    QVERIFY(text.contains(QLatin1String("\"urc_prefixes\": [\"+CEREG:\", \"RDY\"],")));
    QVERIFY(text.contains(QString::fromUtf8("\"question\": \"LED é / \\t green?\"")));
    QVERIFY(text.endsWith(QLatin1String("}\n")));
}

void TestPlanRoundtrip::changedPlanIsWrittenCanonicallyWithTheSameModel()
{
    const QByteArray bytes = readAll(plansDir() + QStringLiteral("/nrf91.json"));
    PlanDocument doc = open(bytes);
    // Edit a limit.
    bool found = false;
    for (int i = 0; i < doc.stepCount(PlanDocument::Section::Steps); ++i) {
        JsonNode step = doc.step(PlanDocument::Section::Steps, i);
        if (PlanDocument::stringOf(step, QStringLiteral("id")) != QLatin1String("battery_range"))
            continue;
        JsonNode range = *step.find(QStringLiteral("range"));
        range.setMember(QStringLiteral("high"), JsonNode::fromNumber(4200.5));
        step.setMember(QStringLiteral("range"), range);
        doc.setStep(PlanDocument::Section::Steps, i, step);
        found = true;
    }
    QVERIFY(found);
    QVERIFY(!doc.isUnchanged());
    const QByteArray written = doc.toBytes();
    // One line differs from the shipped file: the limit.
    const QList<QByteArray> before = bytes.split('\n');
    const QList<QByteArray> after = written.split('\n');
    QCOMPARE(after.size(), before.size());
    QStringList changed;
    for (int i = 0; i < before.size(); ++i) {
        if (before.at(i) != after.at(i))
            changed << QString::fromUtf8(after.at(i)).trimmed();
    }
    QCOMPARE(changed, QStringList{QStringLiteral(
                          "\"range\": {\"low\": 3300, \"high\": 4200.5, \"unit\": \"mV\"}")});
    Plan expected = load(bytes);
    for (Step& s : expected.steps) {
        if (s.id == QLatin1String("battery_range"))
            s.check.high = 4200.5;
    }
    QCOMPARE(dumpPlan(load(written)), dumpPlan(expected));
    // Saved, the new bytes are what an unchanged document writes from now on.
    doc.markSaved(written);
    QVERIFY(doc.isUnchanged());
    QVERIFY(doc.toBytes() == written);
}

void TestPlanRoundtrip::unknownKeysAreKeptNotDropped()
{
    const QByteArray bytes = R"({"format": 1, "id": "u", "revision": 1, "product": "P",
        "owner": {"name": "Ada", "teams": ["hw", "qa"], "nested": {"deep": [1, {"x": null}]}},
        "steps": [{"id": "a", "kind": "at", "command": "AT", "timout": 5, "pattern": "x",
                   "notes": ["why", "this"], "range": {"low": 1}}],
        "zzz": true})";
    PlanDocument doc = open(bytes);
    // The loader refuses the plan and names every foreign key; the editor shows those messages.
    const auto plan = doc.validate(QStringLiteral("u.json"));
    QVERIFY(!plan.ok());
    for (const char* key : {"owner", "timout", "pattern", "notes", "range", "zzz"})
        QVERIFY2(
            plan.error().message.contains(QString(QLatin1Char('\'') + QLatin1String(key) + '\'')),
            qPrintable(plan.error().message));
    // A change elsewhere writes the document canonically, foreign keys and all.
    JsonNode root = doc.root();
    root.setMember(QStringLiteral("product"), JsonNode::fromString(QStringLiteral("Q")));
    doc.setRoot(root);
    const QByteArray written = doc.toBytes();
    const PlanDocument reread = open(written);
    QVERIFY(reread.root().find(QStringLiteral("owner"))->sameValue(*root.find("owner")));
    QVERIFY(reread.root().find(QStringLiteral("zzz")));
    const JsonNode& step = reread.step(PlanDocument::Section::Steps, 0);
    for (const char* key : {"timout", "pattern", "notes", "range"})
        QVERIFY2(step.find(QLatin1String(key)), key);
    // Known keys first (documented order), then foreign ones in their own order.
    QCOMPARE(
        eol::core::plan::PlanFormat::foreignStepKeys(
            {"id", "kind", "command", "timout", "pattern", "notes", "range"}, QStringLiteral("at")),
        QStringList({"timout", "pattern", "notes", "range"}));
    const QString text = QString::fromUtf8(written);
    QVERIFY(text.indexOf(QLatin1String("\"steps\"")) < text.indexOf(QLatin1String("\"owner\"")));
    QVERIFY(text.indexOf(QLatin1String("\"owner\"")) < text.indexOf(QLatin1String("\"zzz\"")));
    QVERIFY(text.indexOf(QLatin1String("\"command\"")) < text.indexOf(QLatin1String("\"timout\"")));
    // The re-written document is a fixed point.
    QVERIFY(PlanWriter::write(reread.root()) == written);
}

void TestPlanRoundtrip::oddStringsAndNumbersSurvive_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("number");
    QTest::newRow("quotes and backslashes") << QStringLiteral("a \"b\" \\d+ \\\\") << 3300.0;
    QTest::newRow("control characters") << QString::fromUtf8("\r\n\t\b\f\x01\x1f\x7f end") << 0.1;
    QTest::newRow("unicode") << QString::fromUtf8("Grüße — 温度 😀 \u2028") << -0.25;
    QTest::newRow("slash") << QStringLiteral("a/b</script>") << 1e21;
    QTest::newRow("tiny") << QStringLiteral("x") << 1.5e-7;
    QTest::newRow("big integer") << QString() << 9007199254740993.0;
    QTest::newRow("negative zero") << QStringLiteral(" ") << -0.0;
    QTest::newRow("max double") << QStringLiteral("y") << 1.7976931348623157e308;
}

void TestPlanRoundtrip::oddStringsAndNumbersSurvive()
{
    QFETCH(QString, text);
    QFETCH(double, number);
    PlanDocument doc;
    JsonNode root = doc.root();
    root.setMember(QStringLiteral("description"), JsonNode::fromString(text));
    JsonNode step = PlanDocument::newStep(QStringLiteral("check"), QStringLiteral("c"));
    step.removeMember(QStringLiteral("regex"));
    JsonNode range = JsonNode::object();
    range.setMember(QStringLiteral("low"), JsonNode::fromNumber(number));
    range.setMember(QStringLiteral("unit"), JsonNode::fromString(text));
    step.setMember(QStringLiteral("range"), range);
    JsonNode steps = JsonNode::array();
    steps.append(step);
    root.setMember(QStringLiteral("steps"), steps);
    const QByteArray written = PlanWriter::write(root);
    const auto parsed = PositionedJsonParser::parse(written, QStringLiteral("odd.json"));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    // The same values (the writer puts the keys in documented order, so compare by key)...
    QCOMPARE(parsed->find(QStringLiteral("description"))->toString(), text);
    const JsonNode& readRange = *parsed->find(QStringLiteral("steps"))->at(0).find("range");
    QCOMPARE(readRange.find(QStringLiteral("unit"))->toString(), text);
    QVERIFY(readRange.find(QStringLiteral("low"))->sameValue(JsonNode::fromNumber(number)));
    QVERIFY(readRange.find(QStringLiteral("low"))->toDouble() == number);
    // ...and the written text is a fixed point of the writer.
    QVERIFY2(PlanWriter::write(parsed.value()) == written, written.constData());
    // Control characters are escaped (a raw one would be invalid JSON), nothing else is.
    for (const char c : written)
        QVERIFY(static_cast<unsigned char>(c) >= 0x20 || c == '\n');
    QVERIFY(!written.contains("\\u00"
                              "e9")); // never escapes what UTF-8 can carry
}

void TestPlanRoundtrip::formatKeyListsAgreeWithTheLoader()
{
    // Each key PlanFormat lists for a kind is accepted by the loader in a step of that kind,
    // and rejected as foreign in the other kinds: the editor's forms and the writer's key order
    // cover exactly the format.
    const QHash<QString, QByteArray> value = {
        {"command", "\"AT\""},       {"expect", "\"OK\""},       {"expect_error", "true"},
        {"timeout_ms", "10"},        {"retries", "1"},           {"retry_delay_ms", "1"},
        {"variable", "\"serial\""},  {"imei_luhn", "true"},      {"iccid_luhn", "true"},
        {"regex", "\"x\""},          {"range", "{\"low\": 1}"},  {"equals", "\"batch\""},
        {"p256_public_key", "true"}, {"pattern", "\"x\""},       {"duration_ms", "1"},
        {"question", "\"q?\""},      {"image", "\"a.png\""},     {"name", "\"n\""},
        {"if_set", "\"serial\""},    {"on_fail", "\"continue\""}};
    const QHash<QString, QByteArray> required = {{"at", "\"command\": \"AT\""},
                                                 {"check", "\"variable\": \"serial\""},
                                                 {"wait_for", "\"pattern\": \"x\""},
                                                 {"delay", "\"duration_ms\": 1"},
                                                 {"prompt", "\"question\": \"q?\""}};
    QStringList allKeys;
    for (const QString& kind : PlanFormat::kinds())
        allKeys += PlanFormat::stepKeyOrder(kind);
    allKeys.removeDuplicates();
    for (const QString& kind : PlanFormat::kinds()) {
        const QStringList own = PlanFormat::stepKeyOrder(kind);
        for (const QString& key : std::as_const(allKeys)) {
            if (key == QLatin1String("id") || key == QLatin1String("kind"))
                continue;
            QVERIFY2(value.contains(key), qPrintable(key));
            QByteArray stepJson =
                "{\"id\": \"s\", \"kind\": \"" + kind.toUtf8() + "\", " + required.value(kind);
            if (!stepJson.contains(QByteArray("\"" + key.toUtf8() + "\"")))
                stepJson += ", \"" + key.toUtf8() + "\": " + value.value(key);
            if (kind == QLatin1String("check") && key == QLatin1String("variable"))
                stepJson += ", \"imei_luhn\": true";
            else if (kind == QLatin1String("check") && !PlanFormat::checkValidators().contains(key))
                stepJson += ", \"imei_luhn\": true";
            stepJson += "}";
            const QByteArray plan =
                R"({"format": 1, "id": "k", "revision": 1, "product": "P", "steps": [)" + stepJson +
                "]}";
            const auto loaded = PlanLoader::loadBytes(plan, QStringLiteral("k.json"));
            const bool foreign = !own.contains(key);
            const QString message = loaded.ok() ? QString() : loaded.error().message;
            const bool rejectedAsForeign =
                message.contains(QStringLiteral("'%1' is not allowed").arg(key)) ||
                message.contains(QStringLiteral("unknown key '%1'").arg(key));
            QVERIFY2(
                foreign == rejectedAsForeign,
                qPrintable(QString(kind + QLatin1Char('/') + key + QStringLiteral(": ") +
                                   (message.isEmpty() ? QStringLiteral("accepted") : message))));
            if (!foreign)
                QVERIFY2(loaded.ok(),
                         qPrintable(QString(kind + QLatin1Char('/') + key + ": " + message)));
        }
    }
    // Top-level and transport keys: a plan with all of them loads (written by the writer).
    const PlanDocument hand = open(kHandFormatted);
    for (const QString& key : PlanFormat::topLevelKeys())
        QVERIFY2(hand.root().find(key), qPrintable(key));
    for (const QString& key : PlanFormat::transportKeys())
        QVERIFY2(hand.root().find(QStringLiteral("transport"))->find(key), qPrintable(key));
    QVERIFY(PlanLoader::loadBytes(PlanWriter::write(hand.root()), "hand.json").ok());
}

void TestPlanRoundtrip::editedPlanBehavesLikeTheOriginal()
{
    // The shipped nRF91 plan and the same plan after an edit that must not change behaviour
    // (a step added and removed again, a name changed and changed back, a step moved away and
    // back) written canonically and loaded: the same steps pass on the same simulated unit.
    const QByteArray bytes = readAll(plansDir() + QStringLiteral("/nrf91.json"));
    PlanDocument doc = open(bytes);
    doc.insertStep(PlanDocument::Section::Teardown, 0,
                   PlanDocument::newStep(QStringLiteral("delay"), QStringLiteral("extra")));
    doc.moveStep(PlanDocument::Section::Steps, 0, PlanDocument::Section::Setup, 0);
    doc.moveStep(PlanDocument::Section::Setup, 0, PlanDocument::Section::Steps, 0);
    (void)doc.takeStep(PlanDocument::Section::Teardown, 0);
    QVERIFY(doc.isUnchanged()); // back where it started: the file's own bytes

    // A real change that keeps behaviour: the battery range widened, a delay step added.
    JsonNode root = doc.root();
    doc.insertStep(PlanDocument::Section::Steps, 2,
                   PlanDocument::newStep(QStringLiteral("delay"), QStringLiteral("settle")));
    QVERIFY(!doc.isUnchanged());
    const Plan edited = load(doc.toBytes(), QStringLiteral("nrf91.json"));
    const Plan original = load(bytes, QStringLiteral("nrf91.json"));
    QCOMPARE(edited.steps.size(), original.steps.size() + 1);

    QTemporaryDir dir;
    auto station = eol::core::station::Station::open(dir.filePath(QStringLiteral("r.db")));
    QVERIFY(station.ok());
    auto* slot = station.value()->addSlot(1);
    const auto run = [&](const Plan& plan) {
        eol::core::runner::RunRequest request;
        request.plan = plan;
        request.port = QStringLiteral("sim:nrf91,seed=5,serial=SN00000005");
        request.serial = QStringLiteral("SN00000005");
        QSignalSpy finished(slot, &eol::core::runner::FixtureSlot::finished);
        slot->start(request);
        if (!finished.wait(30000))
            return QStringList{QStringLiteral("timeout")};
        const auto outcome = finished.first().first().value<eol::core::runner::RunOutcome>();
        QStringList lines{outcome.record.verdict};
        for (const auto& s : outcome.steps) {
            if (s.stepId == QLatin1String("settle"))
                continue;
            // The simulated key pair is fresh for every run; everything else is the seed's.
            const bool keyed = s.stepId.startsWith(QLatin1String("public_key"));
            lines << s.stepId + QLatin1Char('=') + s.verdict + QLatin1Char(' ') +
                         (keyed ? QString() : s.measured);
        }
        return lines;
    };
    const QStringList a = run(original);
    const QStringList b = run(edited);
    QCOMPARE(a.first(), QStringLiteral("pass"));
    QCOMPARE(b, a);
    QVERIFY(station.value()->shutdown());
}

void TestPlanRoundtrip::diagnosticPositionsMapToFields()
{
    // A plan with mistakes in the header, a transport value, a step key and a nested value:
    // every diagnostic position maps back to the field the editor must select.
    PlanDocument doc = open(readAll(plansDir() + QStringLiteral("/nrf91.json")));
    JsonNode root = doc.root();
    root.setMember(QStringLiteral("id"), JsonNode::fromString(QStringLiteral("Bad Id")));
    JsonNode transport = *root.find(QStringLiteral("transport"));
    transport.setMember(QStringLiteral("baud"), JsonNode::fromNumber(12345));
    root.setMember(QStringLiteral("transport"), transport);
    doc.setRoot(root);
    JsonNode imei = doc.step(PlanDocument::Section::Steps, 0);
    imei.setMember(QStringLiteral("expect"), JsonNode::fromString(QStringLiteral("(?<imei>\\d+")));
    doc.setStep(PlanDocument::Section::Steps, 0, imei);
    JsonNode battery = doc.step(PlanDocument::Section::Steps, 7);
    QCOMPARE(PlanDocument::stringOf(battery, QStringLiteral("id")), QStringLiteral("battery"));
    JsonNode onFail = *battery.find(QStringLiteral("on_fail"));
    onFail.setMember(QStringLiteral("retry"), JsonNode::fromNumber(99));
    battery.setMember(QStringLiteral("on_fail"), onFail);
    doc.setStep(PlanDocument::Section::Steps, 7, battery);

    const QByteArray written = doc.toBytes();
    const auto result = doc.validate(QStringLiteral("nrf91.json"));
    QVERIFY(!result.ok());
    const auto parsed = PositionedJsonParser::parse(written, QStringLiteral("nrf91.json"));
    QVERIFY(parsed.ok());
    QStringList mapped;
    for (const QString& line : result.error().message.split(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QLatin1Char(':'));
        const eol::core::plan::SourceLocation at{parts.at(1).toInt(), parts.at(2).toInt()};
        const auto field = PlanDocument::fieldAt(parsed.value(), at);
        mapped << QStringLiteral("%1/%2/%3/%4/%5")
                      .arg(int(field.area))
                      .arg(PlanDocument::sectionKey(field.section))
                      .arg(field.index)
                      .arg(field.key, field.subKey);
    }
    // Header id; transport baud; steps[0].expect (invalid regex; the imei variable it no longer
    // defines makes imei_valid (steps[1]) fail too); steps[7].on_fail.retry.
    QVERIFY2(mapped.contains(QStringLiteral("1/steps/-1/id/")), qPrintable(mapped.join(' ')));
    QVERIFY2(mapped.contains(QStringLiteral("1/steps/-1/transport/baud")),
             qPrintable(mapped.join(' ')));
    QVERIFY2(mapped.contains(QStringLiteral("2/steps/0/expect/")), qPrintable(mapped.join(' ')));
    QVERIFY2(mapped.contains(QStringLiteral("2/steps/1/variable/")), qPrintable(mapped.join(' ')));
    QVERIFY2(mapped.contains(QStringLiteral("2/steps/7/on_fail/retry")),
             qPrintable(mapped.join(' ')));
}

void TestPlanRoundtrip::sectionsAndStepIdsEdit()
{
    PlanDocument doc;
    QVERIFY(!doc.isUnchanged()); // never saved: nothing to give back
    QCOMPARE(doc.stepCount(PlanDocument::Section::Setup), 0);
    doc.insertStep(PlanDocument::Section::Setup, 0,
                   PlanDocument::newStep(QStringLiteral("wait_for"), doc.uniqueStepId("boot")));
    doc.insertStep(PlanDocument::Section::Steps, 0,
                   PlanDocument::newStep(QStringLiteral("at"), doc.uniqueStepId("boot")));
    QCOMPARE(doc.stepIds(), QStringList({"boot", "boot_2"}));
    QVERIFY(doc.root().find(QStringLiteral("setup")));
    (void)doc.takeStep(PlanDocument::Section::Setup, 0);
    QVERIFY(!doc.root().find(QStringLiteral("setup"))); // an emptied optional section goes
    JsonNode step = doc.step(PlanDocument::Section::Steps, 0);
    step.setMember(QStringLiteral("on_fail"), JsonNode::fromString(QStringLiteral("continue")));
    PlanDocument::changeKind(&step, QStringLiteral("check"));
    QCOMPARE(PlanDocument::stringOf(step, QStringLiteral("kind")), QStringLiteral("check"));
    QVERIFY(!step.find(QStringLiteral("command")));
    QVERIFY(!step.find(QStringLiteral("timeout_ms")));
    QVERIFY(step.find(QStringLiteral("on_fail")));
    QCOMPARE(PlanDocument::validatorOf(step), QStringLiteral("regex"));
    doc.setStep(PlanDocument::Section::Steps, 0, step);
    JsonNode root = doc.root();
    root.setMember(QStringLiteral("product"), JsonNode::fromString(QStringLiteral("P")));
    doc.setRoot(root);
    doc.setNested(QStringLiteral("transport"), QStringLiteral("baud"), JsonNode::fromNumber(9600));
    QVERIFY(doc.root().find(QStringLiteral("transport")));
    doc.setNested(QStringLiteral("transport"), QStringLiteral("baud"), JsonNode());
    QVERIFY(!doc.root().find(QStringLiteral("transport")));
    const auto plan = doc.validate(QStringLiteral("new.json"));
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QCOMPARE(plan->steps.first().onFail.action, eol::core::plan::OnFailPolicy::Action::Continue);
}

QTEST_GUILESS_MAIN(TestPlanRoundtrip)
#include "tst_plan_roundtrip.moc"
