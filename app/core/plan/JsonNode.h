#pragma once

#include "plan/Plan.h"

#include <QString>
#include <vector>

namespace eol::core::plan {

/// A parsed JSON value that remembers where it came from (1-based line and column), so that
/// plan validation can point at the offending key or value. Objects keep their members in file
/// order together with the position of every key.
class JsonNode
{
public:
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    JsonNode() = default;
    JsonNode(Type type, SourceLocation location) : m_type(type), m_location(location) {}

    Type type() const { return m_type; }
    SourceLocation location() const { return m_location; }

    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    /// A number whose value is integral (JSON Schema's notion of "integer": 1.0 counts).
    bool isInteger() const;

    bool toBool() const { return m_bool; }
    double toDouble() const { return m_number; }
    const QString& toString() const { return m_string; }

    /// Array items, or object member values (parallel to keys).
    int size() const { return static_cast<int>(m_items.size()); }
    const JsonNode& at(int index) const { return m_items[static_cast<size_t>(index)]; }
    const QString& keyAt(int index) const { return m_keys[static_cast<size_t>(index)]; }
    SourceLocation keyLocationAt(int index) const
    {
        return m_keyLocations[static_cast<size_t>(index)];
    }
    /// Index of member `key` in an object, or -1.
    int indexOf(const QString& key) const;
    /// Member `key` of an object, or nullptr.
    const JsonNode* find(const QString& key) const;

    /// "null", "a boolean", "a number", ... for error messages.
    static QString typeName(Type type);

    void setBool(bool value) { m_bool = value; }
    void setNumber(double value) { m_number = value; }
    void setString(QString value) { m_string = std::move(value); }
    void append(JsonNode item) { m_items.push_back(std::move(item)); }
    void insert(QString key, SourceLocation keyLocation, JsonNode value);

    // Editing in memory (the plan editor works on the document tree so that keys it does not
    // model survive). Positions of edited nodes are stale; re-parse written text for positions.

    /// Values made in memory, without a position.
    static JsonNode fromString(const QString& value);
    static JsonNode fromNumber(double value);
    static JsonNode fromBool(bool value);
    static JsonNode object() { return JsonNode(Type::Object, {}); }
    static JsonNode array() { return JsonNode(Type::Array, {}); }

    JsonNode& at(int index) { return m_items[static_cast<size_t>(index)]; }
    /// Replaces the value of member `key` in place, or appends the member.
    void setMember(const QString& key, JsonNode value);
    /// Removes member `key`; false if there was none.
    bool removeMember(const QString& key);
    /// Array items: insert before `index` (size() appends), take out.
    void insertItem(int index, JsonNode item);
    JsonNode takeItem(int index);
    /// The same JSON value: types, numbers, strings, member names and order, items. Positions
    /// are ignored.
    bool sameValue(const JsonNode& other) const;

private:
    Type m_type = Type::Null;
    SourceLocation m_location;
    bool m_bool = false;
    double m_number = 0.0;
    QString m_string;
    std::vector<JsonNode> m_items;
    std::vector<QString> m_keys;
    std::vector<SourceLocation> m_keyLocations;
};

} // namespace eol::core::plan
