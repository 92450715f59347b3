#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station plan check <file>...`: validates plans, errors as file:line:col: message.
class PlanCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
