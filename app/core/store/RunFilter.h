#pragma once

#include <QString>

namespace eol::core::store {

/// Which runs to list or export. Empty fields do not filter.
struct RunFilter
{
    QString serial;
    QString verdict; ///< one verdict, or "failed" = anything but pass/skipped
    QString product;
    QString planId;
    int limit = 0; ///< 0 = no limit; newest first
};

} // namespace eol::core::store
