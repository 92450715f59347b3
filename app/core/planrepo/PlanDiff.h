#pragma once

#include "plan/Plan.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace eol::core::planrepo {

/// What changed between two revisions of a plan, in the plan's own terms — settings, steps
/// added / removed / moved, per-step fields, and limits old → new — not JSON lines. Steps are
/// matched by id (ids are unique across setup, steps and teardown). Rendered as text for
/// people (toText) and as JSON for scripts and the audit trail (toJson).
class PlanDiff
{
public:
    /// One field, old → new. Null = absent (a bound that was not set, a step that was not there).
    struct FieldChange
    {
        QString field;
        QJsonValue oldValue;
        QJsonValue newValue;
    };
    /// A step in one revision: where it is and what it is.
    struct StepRef
    {
        QString id;
        QString name;
        QString phase;    ///< "setup", "steps", "teardown"
        int position = 0; ///< 1-based within its phase
        QString kind;
        QString limit; ///< check steps: the limit in words
    };
    struct StepMove
    {
        StepRef from;
        StepRef to;
    };
    struct StepChange
    {
        StepRef step; ///< as in the newer revision
        QList<FieldChange> fields;
    };
    /// A check step's limit: changed, added (oldLimit empty) or removed (newLimit empty).
    struct LimitChange
    {
        QString stepId;
        QString stepName;
        QString variable;
        QString oldLimit; ///< e.g. "3300 … 4500 mV"
        QString newLimit;
        QList<FieldChange> fields; ///< validator, variable, low, high, unit, regex, equals
    };

    /// The difference from `from` to `to` (normally the older revision first).
    static PlanDiff compute(const plan::Plan& from, const plan::Plan& to);
    /// A check's limit in words: "3300 … 4500 mV", "≥ 3.3 V", "matches ^SN\d{8}$", "IMEI (Luhn)".
    static QString limitText(const plan::CheckSpec& check);

    QString planId;
    int fromRevision = 0;
    int toRevision = 0;
    QString fromSha256;
    QString toSha256;
    QList<FieldChange> settings; ///< product, description, serial_pattern, transport.*, variables.*
    QList<StepRef> added;
    QList<StepRef> removed;
    QList<StepMove> moved;
    QList<StepChange> changed;
    QList<LimitChange> limits;

    bool isEmpty() const;
    /// "2 limits changed, 1 step added, 1 setting changed" or "no differences".
    QString summary() const;
    QString toText() const;
    QJsonObject toJson() const;
};

} // namespace eol::core::planrepo
