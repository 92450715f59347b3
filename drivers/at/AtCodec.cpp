#include "at/AtCodec.h"

#include <QRegularExpression>
#include <vector>

namespace eol::drivers::at {

namespace {

// Boot and power lines modems print without a "+NAME:" prefix; whole-line matches.
const QStringList kPlainUrcs = {
    QStringLiteral("RDY"),
    QStringLiteral("APP RDY"),
    QStringLiteral("SMS Ready"),
    QStringLiteral("Call Ready"),
    QStringLiteral("NORMAL POWER DOWN"),
    QStringLiteral("POWERED DOWN"),
};

constexpr int kOverflowPreviewBytes = 80;

bool isLineTerminator(char c)
{
    return c == '\r' || c == '\n';
}

bool isAsciiAlnum(uchar c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/// Marks bytes that cannot be text: NUL and other controls, DEL, and bytes >= 0x80 that are
/// not part of a well-formed UTF-8 sequence (an operator name may legitimately be UTF-8).
std::vector<bool> binaryMask(const QByteArray& raw)
{
    const int n = int(raw.size());
    std::vector<bool> bad(size_t(n), false);
    for (int i = 0; i < n;) {
        const auto c = uchar(raw[i]);
        if (c < 0x80) {
            bad[size_t(i)] = (c < 0x20 && c != '\t') || c == 0x7f;
            ++i;
            continue;
        }
        int len = 0;
        if (c >= 0xc2 && c <= 0xdf)
            len = 2;
        else if (c >= 0xe0 && c <= 0xef)
            len = 3;
        else if (c >= 0xf0 && c <= 0xf4)
            len = 4;
        bool valid = len > 0 && i + len <= n;
        for (int k = 1; valid && k < len; ++k)
            valid = (uchar(raw[i + k]) & 0xc0) == 0x80;
        if (!valid) {
            bad[size_t(i)] = true;
            ++i;
            continue;
        }
        i += len;
    }
    return bad;
}

QString escaped(const QByteArray& raw)
{
    QString out;
    for (const char ch : raw) {
        const auto c = uchar(ch);
        if (c >= 0x20 && c < 0x7f)
            out += QLatin1Char(ch);
        else
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }
    return out;
}

struct CleanLine
{
    QString text;
    bool garbage = false;
};

/// Removes binary debris from a received line. A modem that was in PPP data mode before a
/// reset leaves frame bytes (flag 0x7e, escape 0x7d, 0xff, 0xc0 ...) in the UART, often with
/// no line break before the boot banner: "\x7e\xff\x7d\x23\xc0\x21...\x7eRDY" must still give
/// "RDY". Clean lines pass through byte for byte.
CleanLine sanitize(const QByteArray& raw)
{
    const std::vector<bool> bad = binaryMask(raw);
    bool anyBad = false;
    for (const bool b : bad)
        anyBad = anyBad || b;
    const bool tainted = anyBad || raw.startsWith('~');

    const int n = int(raw.size());
    int start = 0;
    if (tainted) {
        // A PPP flag ends the frame: everything before the last one is frame content.
        if (raw.contains('~'))
            start = int(raw.lastIndexOf('~')) + 1;
        // A frame cut short has no closing flag: skip up to the last binary byte as long as
        // nothing that looks like text came before it.
        bool seenText = false;
        for (int i = start; i < n; ++i) {
            if (bad[size_t(i)]) {
                if (!seenText)
                    start = i + 1;
            } else if (isAsciiAlnum(uchar(raw[i]))) {
                seenText = true;
            }
        }
        // After a cut, escaped PPP bytes ("}#", "} ") and punctuation left over from the frame
        // cannot begin an AT line.
        while (start > 0 && start < n) {
            const auto c = uchar(raw[start]);
            if (c == 0x7d && start + 1 < n && uchar(raw[start + 1]) >= 0x20 &&
                uchar(raw[start + 1]) <= 0x3f) {
                start += 2;
                continue;
            }
            if (isAsciiAlnum(c) || c == '+' || c == '%' || c == '#' || c == '$' || c == '^')
                break;
            ++start;
        }
    }

    QByteArray clean;
    clean.reserve(n - start);
    for (int i = start; i < n; ++i) {
        if (!bad[size_t(i)])
            clean += raw[i];
    }
    CleanLine result;
    result.text = QString::fromUtf8(clean).trimmed();
    if (tainted) {
        // NUL padding and stray controls with nothing visible are noise, like an empty line.
        bool anyVisible = false;
        for (int i = 0; i < n && !anyVisible; ++i)
            anyVisible = !bad[size_t(i)] && uchar(raw[i]) > 0x20;
        if (!anyVisible) {
            result.text.clear();
            return result;
        }
        bool hasText = false;
        for (const QChar ch : result.text)
            hasText = hasText || ch.isLetterOrNumber();
        if (!hasText) {
            result.garbage = true;
            result.text = escaped(raw);
        }
    }
    return result;
}

/// The "+NAME" / "%NAME" parts of a command line: "AT+CGSN=1" -> {"+CGSN"},
/// "AT+CMEE=1;+CGSN" -> {"+CMEE", "+CGSN"}, "ATI" -> {}.
QSet<QString> commandNames(const QString& commandLine)
{
    QSet<QString> names;
    static const QRegularExpression kName(QStringLiteral("^\\s*([+%#$^][A-Za-z0-9_]+)"));
    QString body = commandLine.trimmed();
    if (body.startsWith(QLatin1String("AT"), Qt::CaseInsensitive))
        body = body.mid(2);
    const QStringList parts = body.split(QLatin1Char(';'));
    for (const QString& part : parts) {
        const QRegularExpressionMatch m = kName.match(part);
        if (m.hasMatch())
            names.insert(m.captured(1).toUpper());
    }
    return names;
}

/// The "+NAME" of an information/URC line "+NAME: ...", or empty.
QString linePrefixName(const QString& line)
{
    static const QRegularExpression kPrefix(QStringLiteral("^([+%#$^][A-Za-z0-9_]+)\\s*:"));
    const QRegularExpressionMatch m = kPrefix.match(line);
    return m.hasMatch() ? m.captured(1).toUpper() : QString();
}

/// A final result code, only when the whole line is one ("...OKxyz..." never is).
std::optional<AtResponse> finalResultCode(const QString& line)
{
    AtResponse r;
    if (line == QLatin1String("OK")) {
        r.status = AtResponse::Status::Ok;
        return r;
    }
    if (line == QLatin1String("ERROR")) {
        r.status = AtResponse::Status::Error;
        return r;
    }
    if (line == QLatin1String("NO CARRIER") || line == QLatin1String("BUSY") ||
        line == QLatin1String("NO ANSWER") || line == QLatin1String("NO DIALTONE")) {
        r.status = AtResponse::Status::Error;
        r.errorText = line;
        return r;
    }
    static const QLatin1String kCme("+CME ERROR:");
    static const QLatin1String kCms("+CMS ERROR:");
    if (line.startsWith(kCme)) {
        r.status = AtResponse::Status::CmeError;
        r.errorText = line.mid(kCme.size()).trimmed();
        return r;
    }
    if (line.startsWith(kCms)) {
        r.status = AtResponse::Status::CmsError;
        r.errorText = line.mid(kCms.size()).trimmed();
        return r;
    }
    return std::nullopt;
}

AtEvent makeLineEvent(AtEvent::Kind kind, const QString& line)
{
    AtEvent e;
    e.kind = kind;
    e.line = line;
    return e;
}

} // namespace

void AtCodec::beginCommand(const QByteArray& commandLine)
{
    Command c;
    c.line = QString::fromUtf8(commandLine).trimmed();
    c.names = commandNames(c.line);
    m_command = std::move(c);
}

void AtCodec::abandonCommand()
{
    if (m_command)
        m_command->abandoned = true;
}

QStringList AtCodec::pendingLines() const
{
    return m_command ? m_command->lines : QStringList();
}

void AtCodec::setUrcPrefixes(const QStringList& prefixes)
{
    m_urcPrefixes = prefixes;
    m_urcPrefixes.removeAll(QString());
}

void AtCodec::setMaxLineLength(int bytes)
{
    m_maxLineLength = qMax(1, bytes);
}

void AtCodec::reset()
{
    m_command.reset();
    m_partial.clear();
    m_discarding = false;
}

QList<AtEvent> AtCodec::feed(const QByteArray& bytes)
{
    QList<AtEvent> events;
    qsizetype pos = 0;
    const qsizetype n = bytes.size();
    while (pos < n) {
        // Take the run of bytes up to the next terminator in one go.
        qsizetype end = pos;
        while (end < n && !isLineTerminator(bytes[end]))
            ++end;
        if (!m_discarding) {
            const qsizetype room = m_maxLineLength - m_partial.size();
            if (end - pos > room) {
                m_partial.append(bytes.constData() + pos, room);
                events.append(
                    makeLineEvent(AtEvent::Kind::Overflow,
                                  QString::fromUtf8(m_partial.left(kOverflowPreviewBytes))));
                m_partial.clear();
                m_discarding = true;
            } else {
                m_partial.append(bytes.constData() + pos, end - pos);
            }
        }
        if (end == n)
            break; // partial line: held until its terminator arrives
        // At a terminator: "\r\n", "\r\r\n" and lone "\r"/"\n" all end the line; the empty
        // lines they leave behind are skipped.
        if (m_discarding) {
            m_discarding = false;
        } else if (!m_partial.isEmpty()) {
            processLine(m_partial, events);
        }
        m_partial.clear();
        pos = end + 1;
    }
    return events;
}

void AtCodec::processLine(const QByteArray& raw, QList<AtEvent>& events)
{
    const CleanLine clean = sanitize(raw);
    if (clean.garbage) {
        events.append(makeLineEvent(AtEvent::Kind::Stray, clean.text));
        return;
    }
    if (clean.text.isEmpty())
        return;
    classify(clean.text, events);
}

bool AtCodec::isKnownUrc(const QString& line) const
{
    if (kPlainUrcs.contains(line))
        return true;
    for (const QString& prefix : m_urcPrefixes) {
        if (line.startsWith(prefix))
            return true;
    }
    return false;
}

void AtCodec::classify(const QString& line, QList<AtEvent>& events)
{
    if (!m_command) {
        // Nothing asked: boot banners, +CEREG, "+APP PDP: 0,ACTIVE" after an OK. A final
        // result code here answers nothing we are waiting for.
        const auto kind = finalResultCode(line) ? AtEvent::Kind::Stray : AtEvent::Kind::Urc;
        events.append(makeLineEvent(kind, line));
        return;
    }

    Command& cmd = *m_command;
    if (std::optional<AtResponse> final = finalResultCode(line)) {
        if (cmd.abandoned) {
            events.append(makeLineEvent(AtEvent::Kind::Stray, line));
        } else {
            AtEvent e;
            e.kind = AtEvent::Kind::Response;
            e.response = std::move(*final);
            e.response.command = cmd.line;
            e.response.lines = cmd.lines;
            events.append(std::move(e));
        }
        m_command.reset();
        return;
    }

    if (!cmd.echoSeen && cmd.lines.isEmpty() && line.compare(cmd.line, Qt::CaseInsensitive) == 0) {
        cmd.echoSeen = true;
        return;
    }

    // "+NAME:" lines belong to the command only under its own NAME (a +CEREG: inside an
    // AT+CGSN response is the network talking); plain lines are information unless they are a
    // known boot line or match a configured URC prefix.
    const QString name = linePrefixName(line);
    const bool ownLine = name.isEmpty() ? !isKnownUrc(line) : cmd.names.contains(name);
    if (!ownLine) {
        events.append(makeLineEvent(AtEvent::Kind::Urc, line));
        return;
    }
    if (cmd.abandoned) {
        events.append(makeLineEvent(AtEvent::Kind::Stray, line));
        return;
    }
    cmd.lines.append(line);
}

} // namespace eol::drivers::at
