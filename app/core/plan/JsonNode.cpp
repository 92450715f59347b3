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

} // namespace eol::core::plan
