// PositionedJsonParser: RFC 8259 conformance and the positions it records.

#include "plan/PositionedJsonParser.h"

#include <QTest>

using eol::core::plan::JsonNode;
using eol::core::plan::PositionedJsonParser;

class TestPlanJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsPositionsOfValuesAndKeys();
    void columnsCountCharactersNotBytes();
    void decodesEscapesAndSurrogatePairs();
    void parsesNumbersAndLiterals();
    void skipsByteOrderMark();
    void rejects_data();
    void rejects();
    void limitsNestingDepth();
    void limitsSize();
};

void TestPlanJson::recordsPositionsOfValuesAndKeys()
{
    const QByteArray json = "{\n  \"a\": [1, {\"b\": null}],\n\t\"c\": \"x\"\n}";
    const eol::Result<JsonNode> root = PositionedJsonParser::parse(json, QStringLiteral("p.json"));
    QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().message));
    QVERIFY(root->isObject());
    QCOMPARE(root->location().line, 1);
    QCOMPARE(root->location().column, 1);
    QCOMPARE(root->size(), 2);
    QCOMPARE(root->keyAt(0), QStringLiteral("a"));
    QCOMPARE(root->keyLocationAt(0).line, 2);
    QCOMPARE(root->keyLocationAt(0).column, 3);
    const JsonNode& a = root->at(0);
    QVERIFY(a.isArray());
    QCOMPARE(a.location().column, 8);
    QCOMPARE(a.at(0).location().column, 9);
    QCOMPARE(a.at(1).location().column, 12);
    const JsonNode* b = a.at(1).find(QStringLiteral("b"));
    QVERIFY(b && b->isNull());
    QCOMPARE(b->location().column, 18);
    // A tab is one character.
    QCOMPARE(root->keyLocationAt(1).line, 3);
    QCOMPARE(root->keyLocationAt(1).column, 2);
    QCOMPARE(root->find(QStringLiteral("c"))->location().column, 7);
    QCOMPARE(root->find(QStringLiteral("c"))->toString(), QStringLiteral("x"));
    QVERIFY(!root->find(QStringLiteral("zz")));
}

void TestPlanJson::columnsCountCharactersNotBytes()
{
    // "ä" is two bytes and "😀" four in UTF-8; each is one column.
    const QByteArray json = "{\"\xc3\xa4\xf0\x9f\x98\x80\": 1, \"k\": 2}";
    const eol::Result<JsonNode> root = PositionedJsonParser::parse(json, QStringLiteral("u.json"));
    QVERIFY(root.ok());
    QCOMPARE(root->keyAt(0), QString::fromUtf8("\xc3\xa4\xf0\x9f\x98\x80"));
    QCOMPARE(root->at(0).location().column, 8);
    QCOMPARE(root->keyLocationAt(1).column, 11);
}

void TestPlanJson::decodesEscapesAndSurrogatePairs()
{
    const QByteArray json =
        R"(["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\ude00", "\u0000x"])";
    const eol::Result<JsonNode> root = PositionedJsonParser::parse(json, QStringLiteral("e.json"));
    QVERIFY2(root.ok(), qPrintable(root.ok() ? QString() : root.error().message));
    QCOMPARE(root->at(0).toString(), QStringLiteral("a\"b\\c/d\b\f\n\r\t"));
    QCOMPARE(root->at(1).toString(), QString::fromUtf8("\xc3\xa9\xe2\x82\xac"));
    QCOMPARE(root->at(2).toString(), QString::fromUtf8("\xf0\x9f\x98\x80"));
    QCOMPARE(root->at(3).toString().size(), 2);
    QCOMPARE(root->at(3).toString().at(0), QChar(0));
}

void TestPlanJson::parsesNumbersAndLiterals()
{
    const QByteArray json = "[0, -0, 12, -3.25, 1e3, 2.5E-1, 1E+2, true, false, null, 4.0]";
    const eol::Result<JsonNode> root = PositionedJsonParser::parse(json, QStringLiteral("n.json"));
    QVERIFY(root.ok());
    QCOMPARE(root->size(), 11);
    QCOMPARE(root->at(2).toDouble(), 12.0);
    QVERIFY(root->at(2).isInteger());
    QCOMPARE(root->at(3).toDouble(), -3.25);
    QVERIFY(!root->at(3).isInteger());
    QCOMPARE(root->at(4).toDouble(), 1000.0);
    QCOMPARE(root->at(5).toDouble(), 0.25);
    QCOMPARE(root->at(6).toDouble(), 100.0);
    QVERIFY(root->at(7).isBool() && root->at(7).toBool());
    QVERIFY(root->at(8).isBool() && !root->at(8).toBool());
    QVERIFY(root->at(9).isNull());
    QVERIFY(root->at(10).isInteger()); // JSON Schema's "integer" also accepts 4.0
}

void TestPlanJson::skipsByteOrderMark()
{
    const eol::Result<JsonNode> root =
        PositionedJsonParser::parse("\xEF\xBB\xBF{\"a\": 1}", QStringLiteral("bom.json"));
    QVERIFY(root.ok());
    QCOMPARE(root->keyLocationAt(0).column, 2);
}

void TestPlanJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedStart");
    QTest::newRow("empty") << QByteArray("")
                           << "x.json:1:1: expected a JSON value, found end of file";
    QTest::newRow("only whitespace")
        << QByteArray("  \n ") << "x.json:2:2: expected a JSON value, found end of file";
    QTest::newRow("missing colon")
        << QByteArray("{\"a\" 1}") << "x.json:1:6: expected ':' after key 'a', found '1'";
    QTest::newRow("missing comma") << QByteArray("{\"a\": 1\n  \"b\": 2}")
                                   << "x.json:2:3: expected ',' or '}' after object member";
    QTest::newRow("array missing comma")
        << QByteArray("[1 2]") << "x.json:1:4: expected ',' or ']' after array element";
    QTest::newRow("trailing comma array")
        << QByteArray("[1,]") << "x.json:1:4: expected a value after ','";
    QTest::newRow("trailing comma object")
        << QByteArray("{\"a\":1,}") << "x.json:1:8: expected a quoted key after ','";
    QTest::newRow("single quotes")
        << QByteArray("{'a': 1}") << "x.json:1:2: expected a quoted key or '}', found '''";
    QTest::newRow("duplicate key") << QByteArray("{\"a\": 1,\n \"a\": 2}")
                                   << "x.json:2:2: duplicate key 'a' (first defined at 1:2)";
    QTest::newRow("leading zero") << QByteArray("[01]")
                                  << "x.json:1:3: numbers must not have leading zeros";
    QTest::newRow("bare fraction")
        << QByteArray("[1.]") << "x.json:1:4: expected a digit after the decimal point";
    QTest::newRow("plus sign") << QByteArray("[+1]")
                               << "x.json:1:2: expected a JSON value, found '+'";
    QTest::newRow("huge number") << QByteArray("[1e400]") << "x.json:1:2: number is out of range";
    QTest::newRow("bad literal") << QByteArray("[tru]")
                                 << "x.json:1:2: expected a JSON value (true";
    QTest::newRow("NaN") << QByteArray("[NaN]") << "x.json:1:2: expected a JSON value, found 'N'";
    QTest::newRow("comment") << QByteArray("{} // c") << "x.json:1:4: unexpected '/' after the end";
    QTest::newRow("two values") << QByteArray("{}\n{}")
                                << "x.json:2:1: unexpected '{' after the end";
    QTest::newRow("raw newline in string")
        << QByteArray("[\"ab\ncd\"]") << "x.json:1:2: unterminated string";
    QTest::newRow("raw tab in string")
        << QByteArray("[\"a\tb\"]") << "x.json:1:4: control character U+0009 inside a string";
    QTest::newRow("unterminated at eof")
        << QByteArray("[\"abc") << "x.json:1:2: unterminated string";
    QTest::newRow("bad escape") << QByteArray("[\"a\\x\"]") << "x.json:1:4: invalid escape '\\x'";
    QTest::newRow("short unicode escape")
        << QByteArray("[\"\\u12G4\"]") << "x.json:1:7: expected 4 hex digits after \\u";
    QTest::newRow("lone low surrogate")
        << QByteArray("[\"\\udc00\"]") << "x.json:1:3: unpaired low surrogate \\udc00";
    QTest::newRow("lone high surrogate")
        << QByteArray("[\"\\ud83dx\"]") << "x.json:1:3: high surrogate \\ud83d is not followed";
    QTest::newRow("high + non-low") << QByteArray("[\"\\ud83d\\u0041\"]")
                                    << "x.json:1:3: high surrogate \\ud83d is followed by \\u0041";
    QTest::newRow("invalid utf-8")
        << QByteArray("[\"\xff\xfe\"]") << "x.json:1:2: string is not valid UTF-8";
    QTest::newRow("unclosed object")
        << QByteArray("{\"a\": 1")
        << "x.json:1:8: expected ',' or '}' after object member, found "
           "end of file";
}

void TestPlanJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedStart);
    const eol::Result<JsonNode> root = PositionedJsonParser::parse(json, QStringLiteral("x.json"));
    QVERIFY(!root.ok());
    QCOMPARE(root.error().code, QStringLiteral("plan_syntax"));
    QVERIFY2(root.error().message.startsWith(expectedStart),
             qPrintable(QStringLiteral("\n   got: %1\nwanted: %2...")
                            .arg(root.error().message, expectedStart)));
}

void TestPlanJson::limitsNestingDepth()
{
    const int limit = PositionedJsonParser::kMaxDepth;
    const QByteArray ok = QByteArray(limit, '[') + QByteArray(limit, ']');
    QVERIFY(PositionedJsonParser::parse(ok, QStringLiteral("d.json")).ok());
    const QByteArray deep = QByteArray(limit + 1, '[') + QByteArray(limit + 1, ']');
    const eol::Result<JsonNode> root = PositionedJsonParser::parse(deep, QStringLiteral("d.json"));
    QVERIFY(!root.ok());
    QVERIFY2(root.error().message.startsWith(
                 QStringLiteral("d.json:1:%1: values are nested deeper than %2 levels")
                     .arg(limit + 1)
                     .arg(limit)),
             qPrintable(root.error().message));
}

void TestPlanJson::limitsSize()
{
    QByteArray big(PositionedJsonParser::kMaxBytes + 1, ' ');
    big[0] = '1';
    const eol::Result<JsonNode> root = PositionedJsonParser::parse(big, QStringLiteral("s.json"));
    QVERIFY(!root.ok());
    QCOMPARE(root.error().code, QStringLiteral("plan_too_large"));
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_plan_json.moc"
