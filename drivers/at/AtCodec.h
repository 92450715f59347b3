#pragma once

#include "at/AtEvent.h"
#include "at/AtResponse.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace eol::drivers::at {

/// Sans-IO AT response parser: bytes in, events out. No timers, no I/O, no QObject.
///
/// The owner announces each command with beginCommand() before writing it and feeds every
/// received byte to feed(). Lines end at "\r\n", a lone "\r" or a lone "\n"; empty lines are
/// ignored and a partial line is held until its terminator, so feeding byte by byte yields the
/// same events as feeding a whole buffer. While a command is in flight its echo is swallowed,
/// "+NAME:" lines of the command's own NAME and plain lines are its information lines, other
/// "+NAME:"/"%NAME:"/"#NAME:"/"$NAME:" lines and known boot lines are URCs; the response ends
/// at a line that is exactly a final result code.
class AtCodec
{
public:
    static constexpr int kDefaultMaxLineLength = 64 * 1024;

    /// A command line (without terminator, e.g. "AT+CGSN=1") is about to be written.
    /// Replaces any command still in flight (its response is dropped).
    void beginCommand(const QByteArray& commandLine);
    /// The in-flight command timed out: its response is dropped; until the next beginCommand()
    /// the rest of its late reply, including the final result code, comes out as Stray.
    void abandonCommand();
    bool commandInFlight() const { return m_command.has_value() && !m_command->abandoned; }
    /// An abandoned command whose final result code has not arrived yet: its late reply may
    /// still be on the way, so a new command now would be credited with it.
    bool awaitingAbandonedReply() const { return m_command.has_value() && m_command->abandoned; }
    /// Gives up on the abandoned command's late reply (the device stayed quiet long enough).
    void forgetAbandonedCommand()
    {
        if (awaitingAbandonedReply())
            m_command.reset();
    }
    /// The information lines the in-flight command has collected so far (for timeout reports).
    QStringList pendingLines() const;

    /// Lines starting with one of these are URCs even inside a response (unless they carry the
    /// command's own +NAME). Added to the built-in boot lines (RDY, APP RDY, SMS Ready, ...).
    void setUrcPrefixes(const QStringList& prefixes);
    /// Longer lines are reported as Overflow and skipped up to the next terminator.
    void setMaxLineLength(int bytes);
    int maxLineLength() const { return m_maxLineLength; }

    /// Drops the partial line and any command in flight.
    void reset();

    [[nodiscard]] QList<AtEvent> feed(const QByteArray& bytes);

private:
    struct Command
    {
        QString line;
        QSet<QString> names; ///< upper-case "+CGSN", "%XICCID": prefixes of its own info lines
        QStringList lines;
        bool echoSeen = false;
        bool abandoned = false;
    };

    void processLine(const QByteArray& raw, QList<AtEvent>& events);
    void classify(const QString& line, QList<AtEvent>& events);
    bool isKnownUrc(const QString& line) const;

    std::optional<Command> m_command;
    QByteArray m_partial;
    bool m_discarding = false; ///< inside an overlong line: skip to the next terminator
    int m_maxLineLength = kDefaultMaxLineLength;
    QStringList m_urcPrefixes;
};

} // namespace eol::drivers::at
