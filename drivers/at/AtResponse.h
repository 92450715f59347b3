#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace eol::drivers::at {

/// The outcome of one AT command: how it ended, its information lines and its timing.
///
/// The codec fills status, command, lines and errorText; the command session adds the timing
/// (elapsedUs, timeoutMs) and whether the device sent anything at all (anyByteReceived).
struct AtResponse
{
    enum class Status
    {
        Ok,            ///< final result code OK
        Error,         ///< ERROR, or NO CARRIER / BUSY / NO ANSWER / NO DIALTONE (in errorText)
        CmeError,      ///< +CME ERROR: <n|text>, the <n|text> in errorText
        CmsError,      ///< +CMS ERROR: <n|text>, the <n|text> in errorText
        Timeout,       ///< no final result code before the command's timeout
        TransportError ///< the transport failed; its message in errorText
    };

    Status status = Status::Ok;
    QString command;   ///< the command line as sent, without its line ending
    QStringList lines; ///< information lines only: no echo, no URCs, no final result code
    QString
        errorText; ///< the <n|text> of +CME/+CMS ERROR, the error word, or the transport message
    bool anyByteReceived = false; ///< did the device send any byte while this command waited
    qint64 elapsedUs = 0;         ///< from the write of the command to its completion
    int timeoutMs = 0;            ///< the timeout the command ran with (0 if not sent by a session)

    bool ok() const { return status == Status::Ok; }

    /// For humans: "OK", "ERROR", "+CME ERROR: 23", "timeout after 500 ms with no byte from the
    /// device", "transport error: ...".
    QString statusText() const;
};

} // namespace eol::drivers::at

Q_DECLARE_METATYPE(eol::drivers::at::AtResponse)
