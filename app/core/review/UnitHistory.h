#pragma once

#include "ReviewRunRow.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace eol::core::review {

/// Every run of one serial, oldest first: the first test, the retests, and how it ended.
struct UnitHistory
{
    QString serial;
    QList<ReviewRunRow> runs; ///< oldest first
    QString firstVerdict;     ///< verdict of the first run ("first pass" when "pass")
    QString finalVerdict;     ///< verdict of the newest closed run
    int retests() const { return runs.isEmpty() ? 0 : int(runs.size()) - 1; }
    bool firstPass() const { return firstVerdict == QLatin1String("pass"); }
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::UnitHistory)
