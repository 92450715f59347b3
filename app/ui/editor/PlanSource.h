#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace eol::ui::editor {

/// One plan revision handed to the editor: from a file, or from the plan revision store.
struct PlanSource
{
    QByteArray bytes;
    QString displayName;   ///< prefixes validation messages, e.g. "nrf91.json"
    QString filePath;      ///< set for a plan file: Save writes it
    QString repositoryRef; ///< set for a plan in the revision store: Save goes through the store
    int revision = 0;
    bool released = false; ///< released revisions are read-only in the editor
    QString releasedBy;
    QDateTime releasedUtc;
};

} // namespace eol::ui::editor
