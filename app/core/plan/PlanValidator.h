#pragma once

#include "plan/JsonNode.h"
#include "plan/Plan.h"
#include "plan/PlanDiagnostics.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace eol::core::plan {

/// Turns a parsed plan document (format 1) into a Plan, reporting every problem with the
/// position of the offending key or value. Semantic rules that JSON Schema cannot express live
/// here too: regexes compile, `${var}` references resolve in file order, step ids are unique,
/// range bounds are ordered. testplans/schema/plan-v1.schema.json mirrors the structural rules;
/// change both together.
class PlanValidator
{
public:
    explicit PlanValidator(PlanDiagnostics* diagnostics);

    /// The returned Plan is meaningful only if no problem was added to the diagnostics.
    Plan validate(const JsonNode& root);

private:
    void checkKeys(const JsonNode& object, const QStringList& allowed, const QString& where);
    bool present(const JsonNode& object, const QString& key) const;
    const JsonNode* required(const JsonNode& object, const QString& key, const QString& where);
    bool typeIs(const JsonNode& value, JsonNode::Type type, const QString& key,
                const QString& where);
    bool readString(const JsonNode& object, const QString& key, const QString& where, QString* out,
                    bool isRequired, bool allowEmpty = false);
    bool readInt(const JsonNode& object, const QString& key, const QString& where, int* out,
                 int min, int max, bool isRequired);
    bool readBool(const JsonNode& object, const QString& key, const QString& where, bool* out);
    void matchPattern(const JsonNode& object, const QString& key, const QString& where,
                      const QString& pattern, const QString& rule);

    void parseTransport(const JsonNode& node, TransportSettings* out);
    void parseVariables(const JsonNode& node, Plan* plan);
    void parseUrcPrefixes(const JsonNode& node, Plan* plan);
    QList<Step> parseSection(const JsonNode& root, const QString& section, bool isRequired);
    Step parseStep(const JsonNode& node, const QString& section, int index);
    void parseOnFail(const JsonNode& node, const QString& where, OnFailPolicy* out);
    void parseAt(const JsonNode& node, const QString& where, Step* step);
    void parseCheck(const JsonNode& node, const QString& where, Step* step);

    /// Compiles the regex in `object[key]`; returns its named capture groups via `groups`.
    bool compileRegex(const JsonNode& object, const QString& key, const QString& where,
                      QStringList* groups);
    void checkReferences(const JsonNode& object, const QString& key, const QString& where);
    void requireKnown(const JsonNode& value, const QString& name, const QString& what,
                      const QString& where);
    void defineCaptures(const JsonNode& at, const QStringList& groups, const QString& where);

    PlanDiagnostics* m_diag;
    /// Variables defined so far, walking the plan in execution order (setup, steps, teardown).
    QStringList m_known;
    QHash<QString, SourceLocation> m_stepIds;
};

} // namespace eol::core::plan
