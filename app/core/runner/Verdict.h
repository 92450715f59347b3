#pragma once

#include <QString>
#include <optional>

namespace eol::core::runner {

/// Ordered so that a run's verdict is the worst (maximum) of its steps' verdicts.
/// `Fail` means the DUT is bad; `Error` means the station could not test it.
enum class Verdict
{
    Pass = 0,
    Skipped = 1,
    Fail = 2,
    Error = 3,
    Aborted = 4
};

inline Verdict worst(Verdict a, Verdict b)
{
    return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

inline QString toString(Verdict v)
{
    switch (v) {
    case Verdict::Pass:
        return QStringLiteral("pass");
    case Verdict::Skipped:
        return QStringLiteral("skipped");
    case Verdict::Fail:
        return QStringLiteral("fail");
    case Verdict::Error:
        return QStringLiteral("error");
    case Verdict::Aborted:
        return QStringLiteral("aborted");
    }
    return QStringLiteral("error");
}

inline std::optional<Verdict> verdictFromString(const QString& s)
{
    for (Verdict v :
         {Verdict::Pass, Verdict::Skipped, Verdict::Fail, Verdict::Error, Verdict::Aborted}) {
        if (toString(v) == s)
            return v;
    }
    return std::nullopt;
}

} // namespace eol::core::runner
