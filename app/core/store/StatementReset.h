#pragma once

#include <sqlite3.h>

namespace eol::core::store {

/// Resets a cached statement when the scope ends, so no statement keeps a read snapshot open
/// (an open snapshot would stop the station's writer from checkpointing the WAL).
class StatementReset
{
public:
    explicit StatementReset(sqlite3_stmt* s) : m_stmt(s) {}
    ~StatementReset()
    {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    StatementReset(const StatementReset&) = delete;
    StatementReset& operator=(const StatementReset&) = delete;

private:
    sqlite3_stmt* m_stmt;
};

} // namespace eol::core::store
