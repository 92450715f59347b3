#pragma once

#include "plan/Plan.h"

#include <QList>
#include <QString>

namespace eol::core::plan {

/// Problems found while validating one plan, each tied to a position in the file. Reported
/// together (sorted by position, at most kMaxReported) so that a hardware lead fixes a plan in
/// one pass instead of one reload per typo.
class PlanDiagnostics
{
public:
    static constexpr int kMaxReported = 20;

    void add(SourceLocation at, const QString& message);
    bool isEmpty() const { return m_problems.isEmpty(); }
    int count() const { return static_cast<int>(m_problems.size()); }

    /// One line per problem, "<displayName>:<line>:<col>: <message>", in file order.
    QString format(const QString& displayName) const;

private:
    struct Problem
    {
        SourceLocation at;
        QString message;
    };
    QList<Problem> m_problems;
};

} // namespace eol::core::plan
