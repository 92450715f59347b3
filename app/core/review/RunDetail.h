#pragma once

#include "RunSyncState.h"
#include "store/RunRecord.h"
#include "store/StepRecord.h"
#include "transport/TranscriptEntry.h"

#include <QList>
#include <QMetaType>

namespace eol::core::review {

/// Everything about one run for the detail pane: the record with its attributes, every step,
/// the transcript, and which of them show the failure.
struct RunDetail
{
    store::RunRecord run;
    QList<store::StepRecord> steps;
    QList<drivers::TranscriptEntry> transcript;
    bool firstRun = true;
    /// Index into `steps` of the step that decided a non-pass verdict, -1 for none.
    int failingStepIndex = -1;
    /// Transcript entries [first, last] exchanged while the failing step ran (its start to its
    /// end, plus a little slack for bytes still arriving); -1 when there is none.
    int highlightFirst = -1;
    int highlightLast = -1;
    /// The run's registry sync state (its outbox row).
    RunSyncState sync;
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::RunDetail)
