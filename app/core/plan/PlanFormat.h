#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace eol::core::plan {

/// The keys of plan format 1 in the order docs/plan-format.md documents them, with their
/// defaults. PlanWriter writes keys in this order and the plan editor builds its forms from it.
/// PlanValidator holds the authoritative rules; tst_plan_roundtrip checks that the two agree.
class PlanFormat
{
public:
    static constexpr int kVersion = 1;
    static constexpr int kDefaultTimeoutMs = 5000;     ///< at, wait_for
    static constexpr int kDefaultOpenTimeoutMs = 3000; ///< transport
    static constexpr int kDefaultBaud = 115200;
    static constexpr int kDefaultDataBits = 8;
    static constexpr int kMaxTimeoutMs = 600000;
    static constexpr int kMaxRetries = 20;

    static const QStringList& topLevelKeys();
    static const QStringList& transportKeys();
    /// Keys every step may have, in writing order; `on_fail` is written after the kind's keys.
    static const QStringList& commonStepKeys();
    static const QStringList& kinds();
    /// The keys a step of `kind` adds to the common ones, in writing order (empty if unknown).
    static QStringList keysOfKind(const QString& kind);
    /// Full writing order of a step of `kind`: id, name, kind, if_set, <kind keys>, on_fail.
    static QStringList stepKeyOrder(const QString& kind);
    /// Keys that are not allowed in a step of `kind` (unknown, or of another kind), in order.
    static QStringList foreignStepKeys(const QStringList& keys, const QString& kind);
    static const QStringList& checkValidators();
    static const QStringList& onFailKeys();
    static const QStringList& rangeKeys();
    static const QStringList& sections(); ///< setup, steps, teardown

    static const QList<int>& baudRates();
    static const QStringList& parities();
    static const QStringList& stopBits();
    static const QStringList& flowControls();
    static const QStringList& lineEndings();
};

} // namespace eol::core::plan
