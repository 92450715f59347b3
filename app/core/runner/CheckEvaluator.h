#pragma once

#include "plan/Plan.h"
#include "runner/Verdict.h"

#include <QHash>
#include <QString>

namespace eol::core::runner {

/// Result of applying one check to one variable.
struct CheckOutcome
{
    /// Pass; Fail when the DUT's value is bad; Error when the station could not judge it
    /// (the variable is missing, the spec is unusable).
    Verdict verdict = Verdict::Error;
    QString measured; ///< the value that was checked, as recorded
    QString message;  ///< plain language, for operators and QA
    /// Variables the check produces, e.g. "<var>_pem" and "<var>_sha256" for a P-256 key.
    QHash<QString, QString> derived;
};

/// Applies a plan's check step (imei_luhn, iccid_luhn, regex, range, equals, p256_public_key)
/// to the current run variables. Pure: no I/O, no state.
class CheckEvaluator
{
public:
    static CheckOutcome evaluate(const eol::core::plan::CheckSpec& spec,
                                 const QHash<QString, QString>& variables);

    /// The Luhn check digit for `payload` (digits only, without the check digit).
    static int luhnCheckDigit(QStringView payload);
};

} // namespace eol::core::runner
