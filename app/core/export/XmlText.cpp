#include "XmlText.h"

namespace eol::core::exporting {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool isLegal(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

void appendUtf8(QByteArray& out, char32_t c)
{
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

/// Walks `text` code point by code point; an unpaired surrogate comes out as 0xD800..0xDFFF,
/// which isLegal() refuses.
template <typename F> void forEachCodePoint(QStringView text, F&& f)
{
    const qsizetype n = text.size();
    const QChar* p = text.data();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(p[i + 1].unicode())) {
            f(QChar::surrogateToUcs4(u, p[i + 1].unicode()));
            ++i;
        } else {
            f(char32_t(u));
        }
    }
}

} // namespace

void XmlText::append(QByteArray& out, QStringView text)
{
    forEachCodePoint(text, [&out](char32_t c) {
        switch (c) {
        case U'&':
            out.append("&amp;");
            return;
        case U'<':
            out.append("&lt;");
            return;
        case U'>':
            out.append("&gt;");
            return;
        case U'"':
            out.append("&quot;");
            return;
        case U'\r':
            out.append("&#13;");
            return;
        default:
            break;
        }
        appendUtf8(out, isLegal(c) ? c : kReplacement);
    });
}

QString XmlText::legalised(QStringView text)
{
    if (!hasIllegal(text))
        return text.toString();
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t c) {
        const char32_t v = isLegal(c) ? c : kReplacement;
        out.append(QString::fromUcs4(&v, 1));
    });
    return out;
}

bool XmlText::hasIllegal(QStringView text)
{
    bool illegal = false;
    forEachCodePoint(text, [&illegal](char32_t c) { illegal = illegal || !isLegal(c); });
    return illegal;
}

} // namespace eol::core::exporting
