#pragma once

#include "RunRecord.h"
#include "StepRecord.h"
#include "transport/TranscriptEntry.h"

#include <QByteArray>

struct sqlite3_stmt;

namespace eol::core::store {

/// The one place that knows which columns make a run, a step and a transcript chunk and how
/// a row of them becomes a record. RunStore, the review queries and the exporter select
/// `runs("r")`, `steps("s")` or `transcript()` (plus their own extra columns after them) and
/// read the row with the matching read function.
class RecordColumns
{
public:
    /// The 19 columns of a RunRecord, in readRun() order; `alias` prefixes each ("r.").
    static QByteArray runs(const char* alias = nullptr);
    static constexpr int kRunColumnCount = 19;
    static RunRecord readRun(sqlite3_stmt* s, int first = 0);

    /// The 15 columns of a StepRecord, in readStep() order.
    static QByteArray steps(const char* alias = nullptr);
    static constexpr int kStepColumnCount = 15;
    static StepRecord readStep(sqlite3_stmt* s, int first = 0);

    /// utc_us, direction, bytes.
    static QByteArray transcript(const char* alias = nullptr);
    static drivers::TranscriptEntry readTranscriptEntry(sqlite3_stmt* s, int first = 0);
};

} // namespace eol::core::store
