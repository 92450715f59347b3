#include "JsonNode.h"

#include <cmath>

namespace eol::core::plan {

bool JsonNode::isInteger() const
{
    return m_type == Type::Number && std::isfinite(m_number) && std::floor(m_number) == m_number;
}

int JsonNode::indexOf(const QString& key) const
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key)
            return static_cast<int>(i);
    }
    return -1;
}

const JsonNode* JsonNode::find(const QString& key) const
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &m_items[static_cast<size_t>(index)];
}

QString JsonNode::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("a boolean");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        return QStringLiteral("an object");
    }
    return QStringLiteral("a value");
}

void JsonNode::insert(QString key, SourceLocation keyLocation, JsonNode value)
{
    m_keys.push_back(std::move(key));
    m_keyLocations.push_back(keyLocation);
    m_items.push_back(std::move(value));
}

JsonNode JsonNode::fromString(const QString& value)
{
    JsonNode node(Type::String, {});
    node.m_string = value;
    return node;
}

JsonNode JsonNode::fromNumber(double value)
{
    JsonNode node(Type::Number, {});
    node.m_number = value;
    return node;
}

JsonNode JsonNode::fromBool(bool value)
{
    JsonNode node(Type::Bool, {});
    node.m_bool = value;
    return node;
}

void JsonNode::setMember(const QString& key, JsonNode value)
{
    const int index = indexOf(key);
    if (index >= 0) {
        m_items[static_cast<size_t>(index)] = std::move(value);
        return;
    }
    insert(key, {}, std::move(value));
}

bool JsonNode::removeMember(const QString& key)
{
    const int index = indexOf(key);
    if (index < 0)
        return false;
    m_keys.erase(m_keys.begin() + index);
    m_keyLocations.erase(m_keyLocations.begin() + index);
    m_items.erase(m_items.begin() + index);
    return true;
}

void JsonNode::insertItem(int index, JsonNode item)
{
    m_items.insert(m_items.begin() + index, std::move(item));
}

JsonNode JsonNode::takeItem(int index)
{
    JsonNode item = std::move(m_items[static_cast<size_t>(index)]);
    m_items.erase(m_items.begin() + index);
    return item;
}

bool JsonNode::sameValue(const JsonNode& other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
        return m_number == other.m_number;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
    case Type::Object:
        break;
    }
    if (m_items.size() != other.m_items.size() || m_keys != other.m_keys)
        return false;
    for (size_t i = 0; i < m_items.size(); ++i) {
        if (!m_items[i].sameValue(other.m_items[i]))
            return false;
    }
    return true;
}

} // namespace eol::core::plan
