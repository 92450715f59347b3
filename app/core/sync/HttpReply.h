#pragma once

#include <QByteArray>
#include <QString>

namespace eol::core::sync {

/// What one HTTP exchange produced: a transport failure, or a status with its body.
struct HttpReply
{
    bool transportOk = false; ///< a complete HTTP answer arrived
    bool timedOut = false;    ///< the connect or total timeout fired
    bool aborted = false;     ///< the station is shutting down
    QString transportError;   ///< libcurl's message when !transportOk
    int status = 0;           ///< HTTP status when transportOk
    QByteArray body;
    QByteArray retryAfter; ///< the Retry-After header's value, if any
};

} // namespace eol::core::sync
