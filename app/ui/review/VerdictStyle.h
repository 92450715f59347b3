#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace eol::ui::review {

/// How the review shows a verdict: a word (never colour alone) and a colour pair that reads
/// on a bright QA desk and on a printout. fail = the unit is bad (red), error = the station
/// could not test (amber), so the two are never confused.
class VerdictStyle
{
    Q_DECLARE_TR_FUNCTIONS(VerdictStyle)
public:
    /// "PASS", "FAIL", "ERROR", "ABORTED", "INTERRUPTED", "SKIPPED", "RUNNING" (translated).
    static QString label(const QString& verdict);
    static QColor foreground(const QString& verdict);
    static QColor background(const QString& verdict);
    /// A small rounded HTML chip for rich-text labels.
    static QString chipHtml(const QString& verdict);
};

} // namespace eol::ui::review
