#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

struct sqlite3_stmt;

namespace eol::core::store {

/// Typed reads of one column of the current row, the way every reader of the station
/// database (RunStore, the review queries, the exporter) interprets the stored values.
class SqliteColumn
{
public:
    /// NULL reads as an empty string.
    static QString text(sqlite3_stmt* s, int i);
    /// NULL reads as "no value" (absent limits).
    static std::optional<double> optionalDouble(sqlite3_stmt* s, int i);
    /// The store's "YYYY-MM-DDTHH:MM:SS.mmmZ", parsed by hand (many times faster than
    /// QDateTime::fromString on a million rows); anything else through Qt's ISO parser; NULL
    /// or empty reads as an invalid QDateTime.
    static QDateTime utc(sqlite3_stmt* s, int i);
    /// Text that holds a JSON object; NULL, empty or unreadable JSON reads as {} and sets
    /// `*unreadable` (when given) for the last case.
    static QJsonObject jsonObject(sqlite3_stmt* s, int i, bool* unreadable = nullptr);
};

} // namespace eol::core::store
