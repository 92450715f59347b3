#pragma once

#include "review/RunDetail.h"

#include <QCoreApplication>
#include <QString>

namespace eol::ui::review {

/// Renders a run's transcript as HTML for the detail pane: one line per chunk with the time
/// since the run started and the wall-clock time, the direction (→ to the DUT, ← from it,
/// • station note) and the bytes with CR/LF and control bytes made visible (\r, \n, \xNN). The
/// exchange of the failing step is highlighted and carries the anchor kFailAnchor to scroll to.
class TranscriptFormatter
{
    Q_DECLARE_TR_FUNCTIONS(TranscriptFormatter)
public:
    static constexpr const char* kFailAnchor = "failing-exchange";
    /// The CSS class of highlighted lines (tests look for it).
    static constexpr const char* kHighlightClass = "fail";
    /// The background of highlighted lines.
    static constexpr const char* kHighlightColor = "#ffd2d2";

    static QString html(const core::review::RunDetail& detail);
    /// Bytes as readable text: printable ASCII/UTF-8 as is, CR as \r, LF as \n, other
    /// control bytes as \xNN.
    static QString visible(const QByteArray& bytes);
};

} // namespace eol::ui::review
