#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station sim <personality>[,fault...] [--link PATH]`: serves a simulated DUT on a real
/// pseudo-terminal until interrupted, for integration tests and manual trials.
class SimCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
