#include "TranscriptFormatter.h"

#include <QDateTime>
#include <QRegularExpression>

namespace eol::ui::review {

QString TranscriptFormatter::visible(const QByteArray& bytes)
{
    QString out;
    const QString text = QString::fromUtf8(bytes);
    // Invalid UTF-8 (binary payloads) is shown byte by byte in hex instead of as U+FFFD.
    const bool valid = !text.contains(QChar::ReplacementCharacter);
    if (!valid) {
        for (const char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            if (u >= 0x20 && u < 0x7f)
                out += QLatin1Char(c);
            else if (u == '\r')
                out += QLatin1String("\\r");
            else if (u == '\n')
                out += QLatin1String("\\n");
            else
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        }
        return out;
    }
    for (const QChar c : text) {
        if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

namespace {

/// Line ends and control bytes in grey, so the text the DUT sent stands out.
QString dimEscapes(const QString& escapedHtml)
{
    static const QRegularExpression escapes(QStringLiteral(R"(((?:\\r|\\n|\\x[0-9a-f]{2})+))"));
    QString out = escapedHtml;
    out.replace(escapes,
                QStringLiteral("<span style=\"color:#8c959f; font-weight:normal\">\\1</span>"));
    return out;
}

} // namespace

QString TranscriptFormatter::html(const core::review::RunDetail& detail)
{
    if (detail.transcript.isEmpty())
        return QStringLiteral("<p style=\"color:#57606a\">%1</p>")
            .arg(tr("No transcript was recorded for this run.").toHtmlEscaped());
    const qint64 startUs = detail.run.startedUtc.isValid()
                               ? detail.run.startedUtc.toMSecsSinceEpoch() * 1000
                               : detail.transcript.first().utcMicros;
    QString out;
    out.reserve(int(detail.transcript.size()) * 160);
    out +=
        QStringLiteral("<style>td { padding: 1px 6px; font-family: 'DejaVu Sans Mono', monospace; }"
                       " td.t { color: #57606a; } td.tx { color: #0a3069; font-weight: bold; }"
                       " td.rx { color: #116329; } td.note { color: #7a4a00; font-style: italic; }"
                       "</style>"
                       "<table cellspacing=\"0\" width=\"100%\">");
    for (int i = 0; i < detail.transcript.size(); ++i) {
        const drivers::TranscriptEntry& e = detail.transcript[i];
        const bool hot =
            detail.highlightFirst >= 0 && i >= detail.highlightFirst && i <= detail.highlightLast;
        QString dirClass;
        QString arrow;
        switch (e.direction) {
        case drivers::TranscriptEntry::Direction::ToDevice:
            dirClass = QStringLiteral("tx");
            arrow = QStringLiteral("→");
            break;
        case drivers::TranscriptEntry::Direction::FromDevice:
            dirClass = QStringLiteral("rx");
            arrow = QStringLiteral("←");
            break;
        case drivers::TranscriptEntry::Direction::Note:
            dirClass = QStringLiteral("note");
            arrow = QStringLiteral("•");
            break;
        }
        const double sinceStart = double(e.utcMicros - startUs) / 1e6;
        const QString wall = QDateTime::fromMSecsSinceEpoch(e.utcMicros / 1000, Qt::UTC)
                                 .toLocalTime()
                                 .toString(QStringLiteral("HH:mm:ss.zzz"));
        // Qt's rich text takes a cell's background from bgcolor, not from CSS on the row.
        const QString bg =
            hot ? QStringLiteral(" bgcolor=\"%1\"").arg(QLatin1String(kHighlightColor)) : QString();
        out += hot ? QStringLiteral("<tr class=\"%1\">").arg(QLatin1String(kHighlightClass))
                   : QStringLiteral("<tr>");
        out += QStringLiteral("<td class=\"t\" width=\"80\"%1>").arg(bg);
        if (hot && i == detail.highlightFirst)
            out += QStringLiteral("<a name=\"%1\"></a>").arg(QLatin1String(kFailAnchor));
        out += QStringLiteral("+%1&nbsp;s</td><td class=\"t\" width=\"100\"%6>%2</td>"
                              "<td class=\"%3\" width=\"20\"%6>%4</td>"
                              "<td class=\"%3\"%6>%5</td></tr>")
                   .arg(QString::number(sinceStart, 'f', 3), wall, dirClass, arrow,
                        dimEscapes(visible(e.bytes).toHtmlEscaped()), bg);
    }
    out += QStringLiteral("</table>");
    return out;
}

} // namespace eol::ui::review
