#pragma once

#include <QStringList>

namespace eol::cli {

/// `eol-station records list|show|export`: reads the local record store.
class RecordsCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace eol::cli
