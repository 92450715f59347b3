#pragma once

#include <QByteArray>
#include <QList>
#include <utility>

namespace eol::drivers::sim {

/// What a personality answers to one command, before framing: information lines, the final
/// result (OK, ERROR or a +CME ERROR rendered per the CMEE mode) and URCs that follow it.
struct SimReply
{
    enum class Final
    {
        Ok,
        Error,
        CmeError
    };

    QList<QByteArray> lines;
    Final final = Final::Ok;
    int cmeCode = 0;
    QByteArray cmeText;
    QList<QByteArray> urcsAfter;

    static SimReply ok(QList<QByteArray> lines = {})
    {
        SimReply reply;
        reply.lines = std::move(lines);
        return reply;
    }
    static SimReply error()
    {
        SimReply reply;
        reply.final = Final::Error;
        return reply;
    }
    static SimReply cmeError(int code, QByteArray text)
    {
        SimReply reply;
        reply.final = Final::CmeError;
        reply.cmeCode = code;
        reply.cmeText = std::move(text);
        return reply;
    }
};

} // namespace eol::drivers::sim
