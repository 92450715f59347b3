#pragma once

#include <QString>

namespace eol::core::exporting {

/// One column of a worksheet: its header text and its width in characters (Excel's unit: the
/// width of '0' in the default font). Rows are streamed, so widths are set up front.
struct XlsxColumn
{
    QString header;
    double width = 12;
};

} // namespace eol::core::exporting
