#pragma once

#include "common/Result.h"
#include "plan/Plan.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace eol::core::plan {

/// Reads and validates a test plan (format 1, see docs/plan-format.md). Every problem is
/// reported as "<file>:<line>:<col>: <message>" pointing at the offending key or value; all
/// problems are reported at once (in file order, at most PlanDiagnostics::kMaxReported), one per
/// line of the Error's message.
///
/// Error codes: "plan_unreadable" (I/O), "plan_too_large", "plan_syntax" (not JSON),
/// "plan_invalid" (JSON, but not a valid plan).
class PlanLoader
{
public:
    /// Loads `path`. Messages name the file by its file name (e.g. "nrf91.json:12:7: ...");
    /// Plan::sourcePath is the absolute path.
    static eol::Result<Plan> loadFile(const QString& path);

    /// Validates plan text already in memory (an editor buffer, a record's stored copy).
    /// `displayName` prefixes every message; Plan::sourcePath is left empty.
    static eol::Result<Plan> loadBytes(const QByteArray& bytes, const QString& displayName);

    /// Variables the runner provides for every run; `${name}` may use them anywhere.
    static const QStringList& builtinVariables();
};

} // namespace eol::core::plan
