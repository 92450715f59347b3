#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station run`: one unit, one plan, headless. Exit 0 pass, 1 fail, 2 error/aborted/bad input.
class RunCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
