#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace eol::core::review {

/// First-pass yield of one product on one (local) day: of the units first tested that day, how
/// many passed their first run. Retests on later days do not count as new units.
struct YieldPoint
{
    QDate day;
    QString product;
    int units = 0;
    int firstPass = 0;
    double yield() const { return units > 0 ? double(firstPass) / units : 0.0; }
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::YieldPoint)
