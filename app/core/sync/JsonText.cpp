#include "JsonText.h"

#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace eol::core::sync {

void JsonText::open(char c)
{
    m_out.append(c);
    m_first = true;
}

void JsonText::close(char c)
{
    m_out.append(c);
    m_first = false; // the container just closed is an item of its parent
}

void JsonText::key(const char* name)
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
    m_out.append('"');
    m_out.append(name); // keys are fixed ASCII names from this code
    m_out.append("\":", 2);
}

void JsonText::element()
{
    if (!m_first)
        m_out.append(',');
    m_first = false;
}

void JsonText::value(const QString& text)
{
    static const char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    m_out.reserve(m_out.size() + utf8.size() + 2);
    m_out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            m_out.append("\\\"", 2);
            break;
        case '\\':
            m_out.append("\\\\", 2);
            break;
        case '\b':
            m_out.append("\\b", 2);
            break;
        case '\f':
            m_out.append("\\f", 2);
            break;
        case '\n':
            m_out.append("\\n", 2);
            break;
        case '\r':
            m_out.append("\\r", 2);
            break;
        case '\t':
            m_out.append("\\t", 2);
            break;
        default:
            if (c < 0x20) {
                const char esc[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf]};
                m_out.append(esc, 6);
            } else {
                m_out.append(ch); // UTF-8 multi-byte sequences pass through unchanged
            }
        }
    }
    m_out.append('"');
}

void JsonText::value(int number)
{
    m_out.append(QByteArray::number(number));
}

void JsonText::value(double number)
{
    if (!std::isfinite(number)) {
        null(); // as QJsonDocument: JSON has no inf / nan
        return;
    }
    m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void JsonText::value(const QJsonObject& object)
{
    m_out.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void JsonText::null()
{
    m_out.append("null", 4);
}

} // namespace eol::core::sync
