#include "PositionedJsonParser.h"

#include <QStringDecoder>
#include <cmath>

namespace eol::core::plan {

namespace {

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

PositionedJsonParser::PositionedJsonParser(const QByteArray& bytes, const QString& displayName)
    : m_data(bytes.constData()), m_size(bytes.size()), m_displayName(displayName)
{
}

eol::Result<JsonNode> PositionedJsonParser::parse(const QByteArray& bytes,
                                                  const QString& displayName)
{
    if (bytes.size() > kMaxBytes) {
        return eol::makeError(
            QStringLiteral("plan_too_large"),
            QStringLiteral("%1:1:1: the file is %2 bytes; plans are limited to %3 bytes (4 MiB). "
                           "Check that the right file was selected.")
                .arg(displayName)
                .arg(bytes.size())
                .arg(kMaxBytes));
    }
    PositionedJsonParser parser(bytes, displayName);
    // A UTF-8 byte order mark is tolerated (RFC 8259 section 8.1 allows ignoring it): editors
    // on Windows add one.
    if (bytes.startsWith("\xEF\xBB\xBF"))
        parser.m_pos = 3;
    parser.skipWhitespace();
    JsonNode root;
    if (!parser.parseValue(&root, 0))
        return eol::makeError(QStringLiteral("plan_syntax"), parser.m_error);
    parser.skipWhitespace();
    if (!parser.atEnd()) {
        parser.fail(QStringLiteral("unexpected %1 after the end of the top-level value")
                        .arg(parser.found()));
        return eol::makeError(QStringLiteral("plan_syntax"), parser.m_error);
    }
    return root;
}

void PositionedJsonParser::advance()
{
    if (atEnd())
        return;
    const char c = m_data[m_pos++];
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if (!isUtf8Continuation(c)) {
        // Columns count characters: only the lead byte of a UTF-8 sequence moves the column.
        ++m_column;
    }
}

void PositionedJsonParser::skipWhitespace()
{
    while (!atEnd()) {
        const char c = peek();
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        advance();
    }
}

QString PositionedJsonParser::found() const
{
    if (atEnd())
        return QStringLiteral("end of file");
    const unsigned char c = static_cast<unsigned char>(peek());
    if (c < 0x20 || c == 0x7F)
        return QStringLiteral("control character U+%1")
            .arg(QString::number(c, 16).toUpper(), 4, QLatin1Char('0'));
    if (c >= 0x80) {
        // Show the whole character, not its first byte.
        qsizetype end = m_pos + 1;
        while (end < m_size && isUtf8Continuation(m_data[end]))
            ++end;
        return QLatin1Char('\'') + QString::fromUtf8(m_data + m_pos, end - m_pos) +
               QLatin1Char('\'');
    }
    return QLatin1Char('\'') + QLatin1Char(static_cast<char>(c)) + QLatin1Char('\'');
}

bool PositionedJsonParser::fail(SourceLocation at, const QString& message)
{
    m_error =
        QStringLiteral("%1:%2:%3: %4").arg(m_displayName).arg(at.line).arg(at.column).arg(message);
    return false;
}

bool PositionedJsonParser::parseValue(JsonNode* out, int depth)
{
    if (depth >= kMaxDepth) {
        return fail(QStringLiteral("values are nested deeper than %1 levels; a plan never needs "
                                   "that, so the file is probably damaged")
                        .arg(kMaxDepth));
    }
    switch (peek()) {
    case '{':
        return parseObject(out, depth);
    case '[':
        return parseArray(out, depth);
    case '"': {
        *out = JsonNode(JsonNode::Type::String, here());
        QString text;
        if (!parseString(&text))
            return false;
        out->setString(std::move(text));
        return true;
    }
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        return parseNumber(out);
    case 't':
    case 'f':
    case 'n':
        return parseLiteral(out);
    default:
        break;
    }
    return fail(QStringLiteral("expected a JSON value, found %1").arg(found()));
}

bool PositionedJsonParser::parseObject(JsonNode* out, int depth)
{
    *out = JsonNode(JsonNode::Type::Object, here());
    advance(); // '{'
    skipWhitespace();
    if (peek() == '}') {
        advance();
        return true;
    }
    while (true) {
        if (peek() != '"') {
            return fail(out->size() == 0
                            ? QStringLiteral("expected a quoted key or '}', found %1").arg(found())
                            : QStringLiteral("expected a quoted key after ',', found %1 "
                                             "(JSON does not allow a trailing comma)")
                                  .arg(found()));
        }
        const SourceLocation keyLocation = here();
        QString key;
        if (!parseString(&key))
            return false;
        const int previous = out->indexOf(key);
        if (previous >= 0) {
            const SourceLocation first = out->keyLocationAt(previous);
            return fail(keyLocation, QStringLiteral("duplicate key '%1' (first defined at %2:%3); "
                                                    "remove one of them")
                                         .arg(key)
                                         .arg(first.line)
                                         .arg(first.column));
        }
        skipWhitespace();
        if (peek() != ':')
            return fail(QStringLiteral("expected ':' after key '%1', found %2").arg(key, found()));
        advance();
        skipWhitespace();
        JsonNode value;
        if (!parseValue(&value, depth + 1))
            return false;
        out->insert(std::move(key), keyLocation, std::move(value));
        skipWhitespace();
        if (peek() == ',') {
            advance();
            skipWhitespace();
            continue;
        }
        if (peek() == '}') {
            advance();
            return true;
        }
        return fail(
            QStringLiteral("expected ',' or '}' after object member, found %1").arg(found()));
    }
}

bool PositionedJsonParser::parseArray(JsonNode* out, int depth)
{
    *out = JsonNode(JsonNode::Type::Array, here());
    advance(); // '['
    skipWhitespace();
    if (peek() == ']') {
        advance();
        return true;
    }
    while (true) {
        if (peek() == ']')
            return fail(QStringLiteral("expected a value after ',', found ']' (JSON does not "
                                       "allow a trailing comma)"));
        JsonNode item;
        if (!parseValue(&item, depth + 1))
            return false;
        out->append(std::move(item));
        skipWhitespace();
        if (peek() == ',') {
            advance();
            skipWhitespace();
            continue;
        }
        if (peek() == ']') {
            advance();
            return true;
        }
        return fail(
            QStringLiteral("expected ',' or ']' after array element, found %1").arg(found()));
    }
}

bool PositionedJsonParser::parseHex4(char32_t* out)
{
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = peek();
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return fail(QStringLiteral("expected 4 hex digits after \\u, found %1").arg(found()));
        value = value * 16 + static_cast<char32_t>(digit);
        advance();
    }
    *out = value;
    return true;
}

bool PositionedJsonParser::parseString(QString* out)
{
    const SourceLocation start = here();
    advance(); // opening quote
    // Raw UTF-8 runs are collected as bytes and decoded strictly at the end, so that invalid
    // UTF-8 is reported instead of silently turned into U+FFFD.
    QByteArray utf8;
    while (true) {
        if (atEnd())
            return fail(start, QStringLiteral("unterminated string (no closing '\"' before the "
                                              "end of the file)"));
        const char c = peek();
        if (c == '"') {
            advance();
            break;
        }
        if (c == '\n' || c == '\r') {
            return fail(start, QStringLiteral("unterminated string (no closing '\"' before the end "
                                              "of the line; write a line break as \\n)"));
        }
        if (static_cast<unsigned char>(c) < 0x20) {
            return fail(QStringLiteral("%1 inside a string; write it as an escape such as \\n or "
                                       "\\t")
                            .arg(found()));
        }
        if (c != '\\') {
            utf8.append(c);
            advance();
            continue;
        }
        const SourceLocation escapeAt = here();
        advance(); // backslash
        const char e = peek();
        switch (e) {
        case '"':
            utf8.append('"');
            break;
        case '\\':
            utf8.append('\\');
            break;
        case '/':
            utf8.append('/');
            break;
        case 'b':
            utf8.append('\b');
            break;
        case 'f':
            utf8.append('\f');
            break;
        case 'n':
            utf8.append('\n');
            break;
        case 'r':
            utf8.append('\r');
            break;
        case 't':
            utf8.append('\t');
            break;
        case 'u': {
            advance();
            char32_t unit = 0;
            if (!parseHex4(&unit))
                return false;
            char32_t codePoint = unit;
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                return fail(escapeAt, QStringLiteral("unpaired low surrogate \\u%1 in string")
                                          .arg(static_cast<uint>(unit), 4, 16, QLatin1Char('0')));
            }
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (peek() != '\\' || m_pos + 1 >= m_size || m_data[m_pos + 1] != 'u') {
                    return fail(escapeAt,
                                QStringLiteral("high surrogate \\u%1 is not followed by a low "
                                               "surrogate escape")
                                    .arg(static_cast<uint>(unit), 4, 16, QLatin1Char('0')));
                }
                advance();
                advance();
                char32_t low = 0;
                if (!parseHex4(&low))
                    return false;
                if (low < 0xDC00 || low > 0xDFFF) {
                    return fail(escapeAt,
                                QStringLiteral("high surrogate \\u%1 is followed by \\u%2, which "
                                               "is not a low surrogate")
                                    .arg(static_cast<uint>(unit), 4, 16, QLatin1Char('0'))
                                    .arg(static_cast<uint>(low), 4, 16, QLatin1Char('0')));
                }
                codePoint = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            }
            utf8.append(QString::fromUcs4(&codePoint, 1).toUtf8());
            continue; // parseHex4 already consumed the digits
        }
        default:
            if (atEnd())
                return fail(start, QStringLiteral("unterminated string (no closing '\"' before "
                                                  "the end of the file)"));
            return fail(escapeAt, QStringLiteral("invalid escape '\\%1' in string; valid escapes "
                                                 "are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX")
                                      .arg(QString::fromUtf8(&e, 1)));
        }
        advance();
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (decoder.hasError())
        return fail(start, QStringLiteral("string is not valid UTF-8; save the file as UTF-8"));
    *out = std::move(text);
    return true;
}

bool PositionedJsonParser::parseNumber(JsonNode* out)
{
    *out = JsonNode(JsonNode::Type::Number, here());
    const qsizetype begin = m_pos;
    if (peek() == '-')
        advance();
    if (peek() == '0') {
        advance();
        if (isDigit(peek()))
            return fail(QStringLiteral("numbers must not have leading zeros"));
    } else if (isDigit(peek())) {
        while (isDigit(peek()))
            advance();
    } else {
        return fail(QStringLiteral("expected a digit after '-', found %1").arg(found()));
    }
    if (peek() == '.') {
        advance();
        if (!isDigit(peek()))
            return fail(
                QStringLiteral("expected a digit after the decimal point, found %1").arg(found()));
        while (isDigit(peek()))
            advance();
    }
    if (peek() == 'e' || peek() == 'E') {
        advance();
        if (peek() == '+' || peek() == '-')
            advance();
        if (!isDigit(peek()))
            return fail(QStringLiteral("expected a digit in the exponent, found %1").arg(found()));
        while (isDigit(peek()))
            advance();
    }
    bool ok = false;
    const double value = QByteArray(m_data + begin, m_pos - begin).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(out->location(), QStringLiteral("number is out of range"));
    out->setNumber(value);
    return true;
}

bool PositionedJsonParser::parseLiteral(JsonNode* out)
{
    const SourceLocation start = here();
    struct Literal
    {
        const char* text;
        JsonNode::Type type;
        bool value;
    };
    static constexpr Literal kLiterals[] = {{"true", JsonNode::Type::Bool, true},
                                            {"false", JsonNode::Type::Bool, false},
                                            {"null", JsonNode::Type::Null, false}};
    for (const Literal& literal : kLiterals) {
        const qsizetype length = static_cast<qsizetype>(qstrlen(literal.text));
        if (m_size - m_pos >= length && qstrncmp(m_data + m_pos, literal.text, length) == 0) {
            for (qsizetype i = 0; i < length; ++i)
                advance();
            *out = JsonNode(literal.type, start);
            out->setBool(literal.value);
            return true;
        }
    }
    return fail(QStringLiteral("expected a JSON value (true, false, null, a number, a string, an "
                               "array or an object), found %1")
                    .arg(found()));
}

} // namespace eol::core::plan
