#pragma once

#include "common/Result.h"
#include "plan/JsonNode.h"
#include "plan/Plan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace eol::core::plan {

/// A plan as the editor holds it: the JSON document tree, not the validated Plan, so that every
/// key survives editing, including keys the format does not know and values the loader would
/// reject (they stay visible and are reported by validation instead of vanishing).
///
/// Saving an unchanged document gives back the bytes it was opened from (or last saved as),
/// whatever their layout; a changed one is written by PlanWriter in the canonical layout.
class PlanDocument
{
public:
    enum class Section
    {
        Setup,
        Steps,
        Teardown
    };

    /// Where a position in the written text points: the plan header (a top-level key and, for
    /// `transport`/`variables`, a sub key) or a step (a key and, for `on_fail`/`range`, a sub
    /// key). An empty key means the object itself.
    struct Field
    {
        enum class Area
        {
            None,
            Header,
            Step
        };
        Area area = Area::None;
        Section section = Section::Steps;
        int index = -1;
        QString key;
        QString subKey;
    };

    /// A new, untitled plan: format 1, an id and revision 1, waiting for a product and steps.
    PlanDocument();

    /// Parses `bytes`. A document that is not JSON, or not a JSON object, cannot be edited
    /// field by field: the error gives PositionedJsonParser's "file:line:col: message".
    static eol::Result<PlanDocument> fromBytes(const QByteArray& bytes, const QString& displayName);

    const JsonNode& root() const { return m_root; }
    void setRoot(JsonNode root) { m_root = std::move(root); }

    /// True while the tree equals what was opened or last saved (and that came from bytes).
    bool isUnchanged() const;
    /// What saving writes now: the opened/saved bytes while unchanged, else PlanWriter's text.
    QByteArray toBytes() const;
    /// Records that `bytes` (the result of toBytes()) are now on disk.
    void markSaved(const QByteArray& bytes);
    /// Validates toBytes() exactly as `eol-station plan check` validates a file of that name.
    eol::Result<Plan> validate(const QString& displayName) const;

    static QString sectionKey(Section section);
    static const QList<Section>& sections();

    // Steps.
    int stepCount(Section section) const;
    const JsonNode& step(Section section, int index) const;
    void setStep(Section section, int index, JsonNode step);
    /// Inserts before `index` (stepCount() appends); creates the section's array if needed.
    void insertStep(Section section, int index, JsonNode step);
    /// Removes the step; an emptied `setup`/`teardown` key is removed too (not `steps`).
    JsonNode takeStep(Section section, int index);
    /// Moves a step; `toIndex` counts in the target section after the step was taken out.
    void moveStep(Section from, int fromIndex, Section to, int toIndex);
    /// Every step id, in execution order (setup, steps, teardown).
    QStringList stepIds() const;
    /// `base` if no step uses it, else `base_2`, `base_3`, ...
    QString uniqueStepId(const QString& base) const;

    // Plain values.
    /// The string value of `object[key]`, or an empty string (absent or not a string).
    static QString stringOf(const JsonNode& object, const QString& key);
    /// Sets `object[key]`; a Null value removes the key (null is never valid in a plan, so the
    /// editor uses it to mean "not set").
    static void setOrRemove(JsonNode* object, const QString& key, JsonNode value);
    /// Sets `root[key][subKey]` (or removes it with a Null value); the object is created when
    /// needed and removed when it becomes empty.
    void setNested(const QString& key, const QString& subKey, JsonNode value);

    /// A new step of `kind` with the keys its kind requires, filled with a working example.
    static JsonNode newStep(const QString& kind, const QString& id);
    /// Turns `step` into a step of `kind`: keeps id, name, if_set and on_fail, drops the keys of
    /// the old kind and adds the new kind's required keys.
    static void changeKind(JsonNode* step, const QString& kind);
    /// The check validator key present in a check step ("range", "regex", ...), or empty.
    static QString validatorOf(const JsonNode& step);

    /// The field a position in `parsed` (the parsed text of toBytes()) points at.
    static Field fieldAt(const JsonNode& parsed, SourceLocation at);

private:
    JsonNode* section(Section section);
    const JsonNode* section(Section section) const;

    JsonNode m_root;
    JsonNode m_savedRoot;
    QByteArray m_savedBytes; ///< null for a document never saved
};

} // namespace eol::core::plan
