#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace eol::core::runner {

/// Substitutes `${name}` references in plan text (AT commands, operator questions).
/// The plan loader uses references() so that what it validates is exactly what the runner
/// will expand.
class VariableExpander
{
public:
    /// Replaces every `${name}` whose name is in `vars`. A reference to an unknown name is left
    /// untouched (so the text still shows what was meant) and its name is appended to
    /// `*missing` (once per name) when `missing` is not null.
    static QString expand(const QString& text, const QHash<QString, QString>& vars,
                          QStringList* missing);

    /// A name is [A-Za-z_][A-Za-z0-9_]*; `${` without a closing `}` is plain text.
    static bool isValidName(const QString& name);

    /// One reference: the name between the braces and where `${` starts in the text.
    struct Reference
    {
        QString name;
        qsizetype offset = 0;
    };
    /// Every `${...}` in `text`, in order, including ones whose name is not valid.
    static QList<Reference> references(const QString& text);
};

} // namespace eol::core::runner
