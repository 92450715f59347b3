#include "VerdictStyle.h"

namespace eol::ui::review {

QString VerdictStyle::label(const QString& verdict)
{
    if (verdict == QLatin1String("pass"))
        return tr("PASS");
    if (verdict == QLatin1String("fail"))
        return tr("FAIL");
    if (verdict == QLatin1String("error"))
        return tr("ERROR");
    if (verdict == QLatin1String("aborted"))
        return tr("ABORTED");
    if (verdict == QLatin1String("interrupted"))
        return tr("INTERRUPTED");
    if (verdict == QLatin1String("skipped"))
        return tr("SKIPPED");
    if (verdict.isEmpty())
        return tr("RUNNING");
    return verdict.toUpper();
}

QColor VerdictStyle::foreground(const QString& verdict)
{
    if (verdict == QLatin1String("pass"))
        return QColor(0x11, 0x63, 0x29);
    if (verdict == QLatin1String("fail"))
        return QColor(0xa4, 0x0e, 0x1a);
    if (verdict == QLatin1String("error") || verdict == QLatin1String("aborted"))
        return QColor(0x7a, 0x4a, 0x00);
    if (verdict == QLatin1String("interrupted"))
        return QColor(0x55, 0x2d, 0xa8);
    return QColor(0x3d, 0x47, 0x52);
}

QColor VerdictStyle::background(const QString& verdict)
{
    if (verdict == QLatin1String("pass"))
        return QColor(0xd8, 0xf5, 0xdf);
    if (verdict == QLatin1String("fail"))
        return QColor(0xff, 0xdc, 0xdc);
    if (verdict == QLatin1String("error") || verdict == QLatin1String("aborted"))
        return QColor(0xff, 0xec, 0xbf);
    if (verdict == QLatin1String("interrupted"))
        return QColor(0xec, 0xe3, 0xff);
    return QColor(0xe8, 0xec, 0xf0);
}

QString VerdictStyle::chipHtml(const QString& verdict)
{
    return QStringLiteral("<span style=\"background:%1; color:%2; font-weight:bold;\">"
                          "&nbsp;%3&nbsp;</span>")
        .arg(background(verdict).name(), foreground(verdict).name(),
             label(verdict).toHtmlEscaped());
}

} // namespace eol::ui::review
