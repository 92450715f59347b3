#pragma once

#include <QByteArray>
#include <QString>

namespace eol::core::exporting {

/// Text made safe for an XML 1.0 document, appended as UTF-8.
///
/// `&`, `<`, `>` and `"` become entities; CR becomes `&#13;` so a reader gets it back instead
/// of a line-end-normalised LF. Characters XML 1.0 cannot carry at all (C0 controls other than
/// TAB, LF and CR; U+FFFE, U+FFFF; unpaired surrogates) are replaced with U+FFFD, so a DUT that
/// answered with control bytes still gives a well-formed workbook and the reader sees where
/// something was dropped.
class XmlText
{
public:
    /// Appends the escaped UTF-8 form of `text` to `out`.
    static void append(QByteArray& out, QStringView text);
    /// `text` with the characters XML 1.0 forbids replaced by U+FFFD (no escaping).
    static QString legalised(QStringView text);
    /// True when `text` holds a character XML 1.0 forbids.
    static bool hasIllegal(QStringView text);
};

} // namespace eol::core::exporting
