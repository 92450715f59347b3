#pragma once

#include <QString>

namespace eol::core::review {

/// Where the next page of the review table starts: after `offset` rows, or — when sorted by
/// start time — right after the run (`startedKey`, `runId`) (a keyset cursor: the same cost at
/// row 10 and at row 900,000, and no duplicates when new runs arrive at the top).
struct RunCursor
{
    int offset = 0;
    QString startedKey; ///< empty = first page
    QString runId;

    bool atStart() const { return offset == 0 && runId.isEmpty(); }
};

} // namespace eol::core::review
