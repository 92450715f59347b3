#pragma once

#include "plan/JsonNode.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace eol::core::plan {

/// Writes a plan document in the one canonical layout of the shipped plans (testplans/*.json):
/// UTF-8, 2-space indent, one key per line, keys in the order of docs/plan-format.md (keys the
/// format does not know follow, in their own order, so nothing is dropped), arrays of scalars
/// and the small objects inside a step (`on_fail`, `range`) on one line, control characters
/// escaped (\r, \n, \t, \u00XX), everything else as is, and a final newline.
///
/// Writing a shipped plan's parsed tree gives back its bytes; writing any tree gives text that
/// PositionedJsonParser reads back to the same tree (tst_plan_roundtrip).
class PlanWriter
{
public:
    static QByteArray write(const JsonNode& root);

    /// A JSON number as the writer spells it: integers without a fraction ("3300"), other
    /// values in the shortest form that reads back to the same double ("0.05", "1e+21").
    static QString formatNumber(double value);
    /// A JSON string literal, quotes included.
    static QString quote(const QString& text);

private:
    enum class Place
    {
        Root,      ///< the plan object
        TopMember, ///< a value of a top-level key
        Section,   ///< setup / steps / teardown
        Step,      ///< one step object
        InStep,    ///< anything nested in a step
        Other      ///< anything nested elsewhere (keys the format does not know)
    };

    static void writeValue(QString& out, const JsonNode& value, int indent, Place place,
                           const QString& key);
    /// Member indices of `object` in writing order.
    static QList<int> memberOrder(const JsonNode& object, const QStringList& canonical);
    /// Where a member (`key`) or item of a container at `parent` sits.
    static Place childPlace(Place parent, const JsonNode& child, const QString& key);
    static bool isScalar(const JsonNode& value);
};

} // namespace eol::core::plan
