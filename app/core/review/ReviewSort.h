#pragma once

#include <QMetaType>

namespace eol::core::review {

/// The columns the review table can be sorted by. Each has an index (schema 004) that returns
/// its runs in this order, so a page deep in a sorted million-run list needs no sort.
enum class ReviewColumn
{
    Started,
    Serial,
    Imei,
    Iccid,
    Product,
    Plan,
    Verdict,
    FailingStep,
    Operator,
    Batch,
    WorkOrder,
    Station,
};

/// The table's order. Ties are broken by start time and run id in the same direction.
struct ReviewSort
{
    ReviewColumn column = ReviewColumn::Started;
    bool descending = true; ///< newest first by default
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::ReviewSort)
