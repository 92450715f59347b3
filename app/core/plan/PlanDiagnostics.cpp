#include "PlanDiagnostics.h"

#include <algorithm>

namespace eol::core::plan {

void PlanDiagnostics::add(SourceLocation at, const QString& message)
{
    for (const Problem& p : std::as_const(m_problems)) {
        if (p.at.line == at.line && p.at.column == at.column && p.message == message)
            return;
    }
    m_problems.append(Problem{at, message});
}

QString PlanDiagnostics::format(const QString& displayName) const
{
    QList<Problem> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Problem& a, const Problem& b) {
        return a.at.line != b.at.line ? a.at.line < b.at.line : a.at.column < b.at.column;
    });
    QStringList lines;
    for (qsizetype i = 0; i < sorted.size() && i < kMaxReported; ++i) {
        lines.append(QStringLiteral("%1:%2:%3: %4")
                         .arg(displayName)
                         .arg(sorted[i].at.line)
                         .arg(sorted[i].at.column)
                         .arg(sorted[i].message));
    }
    if (sorted.size() > kMaxReported) {
        lines.append(QStringLiteral("%1: %2 more problems not shown; fix the ones above first")
                         .arg(displayName)
                         .arg(sorted.size() - kMaxReported));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace eol::core::plan
