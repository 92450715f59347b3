#pragma once

#include "ReviewRunRow.h"

#include <QList>
#include <QMetaType>

namespace eol::core::review {

/// One page of the review table.
struct RunPage
{
    QList<ReviewRunRow> rows;
    bool atEnd = false; ///< no run follows the last row
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::RunPage)
