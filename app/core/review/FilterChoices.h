#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace eol::core::review {

/// What the filter bar offers: the distinct values stored in the database.
struct FilterChoices
{
    struct Plan
    {
        QString planId;
        int revision = 0;
    };
    struct Step
    {
        QString stepId;
        QString name;
    };
    QStringList products;
    QList<Plan> plans;
    QList<Step> failingSteps;  ///< steps that decided at least one non-pass run
    QList<Step> measuredSteps; ///< steps with a numeric limit: histogram candidates
    QStringList operators;
    QStringList stations;
    QStringList batches; ///< batches and work orders, for completion
};

} // namespace eol::core::review

Q_DECLARE_METATYPE(eol::core::review::FilterChoices)
