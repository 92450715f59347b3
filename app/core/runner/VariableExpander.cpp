#include "VariableExpander.h"

namespace eol::core::runner {

bool VariableExpander::isValidName(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool letter = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                            c == QLatin1Char('_');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

QList<VariableExpander::Reference> VariableExpander::references(const QString& text)
{
    QList<Reference> result;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = text.indexOf(QLatin1String("${"), from);
        if (start < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1Char('}'), start + 2);
        if (close < 0)
            break;
        result.append(Reference{text.mid(start + 2, close - start - 2), start});
        from = close + 1;
    }
    return result;
}

QString VariableExpander::expand(const QString& text, const QHash<QString, QString>& vars,
                                 QStringList* missing)
{
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    for (const Reference& ref : references(text)) {
        const qsizetype end = ref.offset + ref.name.size() + 3; // "${" + name + "}"
        const auto it = vars.constFind(ref.name);
        if (it == vars.constEnd()) {
            if (missing && !missing->contains(ref.name))
                missing->append(ref.name);
            continue; // left as written; copied with the surrounding text below
        }
        out += QStringView(text).mid(copied, ref.offset - copied);
        out += it.value();
        copied = end;
    }
    out += QStringView(text).mid(copied);
    return out;
}

} // namespace eol::core::runner
