#pragma once

#include "common/Result.h"
#include "plan/JsonNode.h"

#include <QByteArray>
#include <QString>

namespace eol::core::plan {

/// Strict RFC 8259 JSON parser that records the 1-based line and column (in characters, not
/// bytes) of every value and object key. QJsonDocument cannot do that, and a hardware lead
/// editing a plan needs "nrf91.json:12:7: ..." rather than "parse error at offset 311".
/// Duplicate object keys are rejected (RFC 8259 leaves them undefined; a plan must not be).
class PositionedJsonParser
{
public:
    static constexpr int kMaxDepth = 64;
    static constexpr qsizetype kMaxBytes = 4 * 1024 * 1024;

    /// Parses `bytes` (UTF-8, an optional BOM is skipped). Errors read
    /// "<displayName>:<line>:<col>: <message>" with code "plan_syntax".
    static eol::Result<JsonNode> parse(const QByteArray& bytes, const QString& displayName);

private:
    PositionedJsonParser(const QByteArray& bytes, const QString& displayName);

    bool parseValue(JsonNode* out, int depth);
    bool parseObject(JsonNode* out, int depth);
    bool parseArray(JsonNode* out, int depth);
    bool parseString(QString* out);
    bool parseNumber(JsonNode* out);
    bool parseLiteral(JsonNode* out);
    bool parseHex4(char32_t* out);

    void skipWhitespace();
    bool atEnd() const { return m_pos >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_pos]; }
    void advance();
    SourceLocation here() const { return SourceLocation{m_line, m_column}; }
    /// "'x'", "end of file" or "U+0001": what the parser found where it expected something else.
    QString found() const;
    bool fail(const QString& message) { return fail(here(), message); }
    bool fail(SourceLocation at, const QString& message);

    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    QString m_displayName;
    QString m_error;
};

} // namespace eol::core::plan
