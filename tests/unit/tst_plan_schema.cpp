// The JSON Schema (testplans/schema/plan-v1.schema.json) and the loader agree: the shipped
// plans pass both, and structurally bad plans fail both. Validation runs in Python's
// jsonschema (Debian python3-jsonschema), an implementation independent of ours.

#include "plan/PlanLoader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using eol::core::plan::PlanLoader;

namespace {

const char kValidatorScript[] = R"py(
import json, sys
try:
    import jsonschema
except ImportError:
    print("NO_JSONSCHEMA")
    sys.exit(3)
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        errors = list(validator.iter_errors(json.load(f)))
    if errors:
        print(path + "\tINVALID\t" + errors[0].message.replace("\n", " "))
    else:
        print(path + "\tOK")
)py";

QString schemaPath()
{
    return QStringLiteral(EOL_SOURCE_DIR "/testplans/schema/plan-v1.schema.json");
}

const char kBase[] = R"json({
  "format": 1,
  "id": "t",
  "revision": 1,
  "product": "P",
  "steps": [
    {"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"}
  ]
})json";

/// kBase with one textual replacement applied.
QByteArray variant(const char* before, const char* after)
{
    QByteArray json(kBase);
    const qsizetype at = json.indexOf(before);
    Q_ASSERT(at >= 0);
    json.replace(at, qstrlen(before), after);
    return json;
}

} // namespace

class TestPlanSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void schemaAndLoaderAgree_data();
    void schemaAndLoaderAgree();

private:
    /// path -> "OK" or "INVALID\t<message>"
    QHash<QString, QString> validate(const QStringList& paths);

    QString m_python;
    QTemporaryDir m_dir;
    QStringList m_paths;
    QHash<QString, QString> m_schemaVerdicts; ///< filled once: one python run for all rows
};

void TestPlanSchema::initTestCase()
{
    m_python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (m_python.isEmpty())
        QSKIP("python3 is not installed; the schema cannot be checked here");
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(schemaPath()));
}

QHash<QString, QString> TestPlanSchema::validate(const QStringList& paths)
{
    QProcess python;
    python.start(m_python, QStringList{QStringLiteral("-c"), QString::fromUtf8(kValidatorScript),
                                       schemaPath()} +
                               paths);
    if (!python.waitForFinished(60000))
        qFatal("python3 did not finish validating the plans");
    const QString out = QString::fromUtf8(python.readAllStandardOutput());
    if (out.contains(QLatin1String("NO_JSONSCHEMA")))
        qFatal("python3 has no jsonschema module; install the Debian package python3-jsonschema");
    if (python.exitCode() != 0)
        qFatal("schema validation failed to run: %s", python.readAllStandardError().constData());
    QHash<QString, QString> result;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        result.insert(line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1));
    return result;
}

void TestPlanSchema::schemaAndLoaderAgree_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("valid");

    for (const char* name : {"nrf91.json", "bg96.json", "sara-r4.json", "sim7080.json"}) {
        const QString path = QStringLiteral(EOL_SOURCE_DIR "/testplans/") + QLatin1String(name);
        m_paths.append(path);
        QTest::newRow(name) << path << true;
    }

    const auto add = [this](const char* tag, const QByteArray& json, bool valid) {
        const QString path =
            m_dir.filePath(QString::fromLatin1(tag).replace(QLatin1Char(' '), QLatin1Char('_')) +
                           QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(json);
        m_paths.append(path);
        QTest::newRow(tag) << path << valid;
    };
    const char* imeiStep =
        R"json({"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)"})json";

    add("minimal", QByteArray(kBase), true);
    add("every kind",
        variant(
            imeiStep,
            R"json({"id": "imei", "kind": "at", "command": "AT+CGSN", "expect": "(?<imei>\\d+)", "expect_error": false, "timeout_ms": 100, "retries": 0, "retry_delay_ms": 0, "on_fail": {"retry": 1}, "if_set": "serial"},
    {"id": "w", "kind": "wait_for", "pattern": "^RDY$", "timeout_ms": 600000, "on_fail": "continue"},
    {"id": "d", "kind": "delay", "duration_ms": 0, "name": "pause"},
    {"id": "p", "kind": "prompt", "question": "OK?", "image": "img/a.png"},
    {"id": "c1", "kind": "check", "variable": "imei", "imei_luhn": true},
    {"id": "c2", "kind": "check", "variable": "imei", "range": {"high": 5, "unit": "V"}},
    {"id": "c3", "kind": "check", "variable": "imei", "equals": "serial"},
    {"id": "c4", "kind": "check", "variable": "imei", "p256_public_key": true},
    {"id": "c5", "kind": "check", "variable": "imei", "iccid_luhn": true},
    {"id": "c6", "kind": "check", "variable": "imei", "regex": "\\d+"})json"),
        true);
    add("unknown top-level key",
        variant("\"product\": \"P\",", "\"product\": \"P\", \"owner\": \"me\","), false);
    add("unknown step key",
        variant("\"command\": \"AT+CGSN\"", "\"command\": \"AT+CGSN\", \"timout\": 5"), false);
    add("unknown transport key",
        variant("\"product\": \"P\",", "\"product\": \"P\", \"transport\": {\"speed\": 9600},"),
        false);
    add("unknown on_fail key",
        variant("\"command\": \"AT+CGSN\"",
                "\"command\": \"AT+CGSN\", \"on_fail\": {\"retry\": 1, \"wait\": 2}"),
        false);
    add("unknown range key",
        variant(
            imeiStep,
            R"json({"id": "c", "kind": "check", "variable": "serial", "range": {"low": 1, "max": 2}})json"),
        false);
    add("key of another kind",
        variant("\"command\": \"AT+CGSN\"", "\"command\": \"AT+CGSN\", \"duration_ms\": 5"), false);
    add("format 2", variant("\"format\": 1", "\"format\": 2"), false);
    add("format as string", variant("\"format\": 1", "\"format\": \"1\""), false);
    add("missing id", variant("\"id\": \"t\",", ""), false);
    add("missing steps",
        QByteArray(R"json({"format": 1, "id": "t", "revision": 1, "product": "P"})json"), false);
    add("empty steps",
        QByteArray(
            R"json({"format": 1, "id": "t", "revision": 1, "product": "P", "steps": []})json"),
        false);
    add("missing command", variant("\"command\": \"AT+CGSN\",", ""), false);
    add("timeout as string",
        variant("\"command\": \"AT+CGSN\"", "\"command\": \"AT+CGSN\", \"timeout_ms\": \"5\""),
        false);
    add("timeout zero",
        variant("\"command\": \"AT+CGSN\"", "\"command\": \"AT+CGSN\", \"timeout_ms\": 0"), false);
    add("retries 21",
        variant("\"command\": \"AT+CGSN\"", "\"command\": \"AT+CGSN\", \"retries\": 21"), false);
    add("bad baud",
        variant("\"product\": \"P\",", "\"product\": \"P\", \"transport\": {\"baud\": 12345},"),
        false);
    add("bad parity",
        variant("\"product\": \"P\",",
                "\"product\": \"P\", \"transport\": {\"parity\": \"NONE\"},"),
        false);
    add("unknown kind", variant("\"kind\": \"at\"", "\"kind\": \"sleep\""), false);
    add("two validators",
        variant(
            imeiStep,
            R"json({"id": "c", "kind": "check", "variable": "serial", "regex": "x", "equals": "batch"})json"),
        false);
    add("no validator",
        variant(imeiStep, R"json({"id": "c", "kind": "check", "variable": "serial"})json"), false);
    add("imei_luhn false",
        variant(
            imeiStep,
            R"json({"id": "c", "kind": "check", "variable": "serial", "imei_luhn": false})json"),
        false);
    add("empty range",
        variant(
            imeiStep,
            R"json({"id": "c", "kind": "check", "variable": "serial", "range": {"unit": "V"}})json"),
        false);
    add("bad on_fail",
        variant("\"command\": \"AT+CGSN\"", "\"command\": \"AT+CGSN\", \"on_fail\": \"ignore\""),
        false);
    add("variable shadows built-in",
        variant("\"product\": \"P\",", "\"product\": \"P\", \"variables\": {\"serial\": \"x\"},"),
        false);
    add("variable not a string",
        variant("\"product\": \"P\",", "\"product\": \"P\", \"variables\": {\"tag\": 16},"), false);
    add("absolute image",
        variant(imeiStep,
                R"json({"id": "p", "kind": "prompt", "question": "?", "image": "/etc/a.png"})json"),
        false);
    add("bad plan id", variant("\"id\": \"t\"", "\"id\": \"My Plan\""), false);
    add("command with newline", variant("\"AT+CGSN\"", "\"AT+CGSN\\r\\nAT\""), false);
    add("empty urc prefix",
        variant("\"product\": \"P\",", "\"product\": \"P\", \"urc_prefixes\": [\"\"],"), false);

    m_schemaVerdicts = validate(m_paths);
}

void TestPlanSchema::schemaAndLoaderAgree()
{
    QFETCH(QString, path);
    QFETCH(bool, valid);

    QVERIFY2(m_schemaVerdicts.contains(path), "python produced no verdict for the plan");
    const QString schemaVerdict = m_schemaVerdicts.value(path);
    const eol::Result<eol::core::plan::Plan> loaded = PlanLoader::loadFile(path);
    const QString loaderVerdict = loaded.ok() ? QStringLiteral("OK") : loaded.error().message;

    QVERIFY2((schemaVerdict == QLatin1String("OK")) == valid,
             qPrintable(QStringLiteral("schema says: ") + schemaVerdict));
    QVERIFY2(loaded.ok() == valid, qPrintable(QStringLiteral("loader says: ") + loaderVerdict));
}

QTEST_GUILESS_MAIN(TestPlanSchema)
#include "tst_plan_schema.moc"
