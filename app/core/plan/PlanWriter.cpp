#include "PlanWriter.h"

#include "plan/PlanFormat.h"

#include <QLocale>
#include <cmath>

namespace eol::core::plan {

namespace {

constexpr int kIndentWidth = 2;
// Doubles represent every integer up to 2^53 exactly; beyond, "%.0f" would invent digits.
constexpr double kMaxExactInteger = 9007199254740992.0;

QString spaces(int indent)
{
    return QString(indent * kIndentWidth, QLatin1Char(' '));
}

} // namespace

QByteArray PlanWriter::write(const JsonNode& root)
{
    QString out;
    writeValue(out, root, 0, Place::Root, QString());
    out += QLatin1Char('\n');
    return out.toUtf8();
}

QString PlanWriter::formatNumber(double value)
{
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) <= kMaxExactInteger)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString PlanWriter::quote(const QString& text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

PlanWriter::Place PlanWriter::childPlace(Place parent, const JsonNode& child, const QString& key)
{
    switch (parent) {
    case Place::Root:
        return PlanFormat::sections().contains(key) && child.isArray() ? Place::Section
                                                                       : Place::TopMember;
    case Place::Section:
        return Place::Step;
    case Place::Step:
    case Place::InStep:
        return Place::InStep;
    case Place::TopMember:
    case Place::Other:
        break;
    }
    return Place::Other;
}

bool PlanWriter::isScalar(const JsonNode& value)
{
    return !value.isArray() && !value.isObject();
}

QList<int> PlanWriter::memberOrder(const JsonNode& object, const QStringList& canonical)
{
    QList<int> order;
    for (const QString& key : canonical) {
        const int index = object.indexOf(key);
        if (index >= 0)
            order.append(index);
    }
    // Keys the format does not know keep their relative order, after the known ones.
    for (int i = 0; i < object.size(); ++i) {
        if (!order.contains(i))
            order.append(i);
    }
    return order;
}

void PlanWriter::writeValue(QString& out, const JsonNode& value, int indent, Place place,
                            const QString& key)
{
    switch (value.type()) {
    case JsonNode::Type::Null:
        out += QLatin1String("null");
        return;
    case JsonNode::Type::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case JsonNode::Type::Number:
        out += formatNumber(value.toDouble());
        return;
    case JsonNode::Type::String:
        out += quote(value.toString());
        return;
    case JsonNode::Type::Array:
    case JsonNode::Type::Object:
        break;
    }

    const bool isObject = value.isObject();
    const QLatin1Char open(isObject ? '{' : '[');
    const QLatin1Char close(isObject ? '}' : ']');
    if (value.size() == 0) {
        out += open;
        out += close;
        return;
    }

    // The order of an object's keys depends on where the object sits.
    QStringList canonical;
    if (place == Place::Root) {
        canonical = PlanFormat::topLevelKeys();
    } else if (place == Place::TopMember && key == QLatin1String("transport")) {
        canonical = PlanFormat::transportKeys();
    } else if (place == Place::Step) {
        const JsonNode* kind = value.find(QStringLiteral("kind"));
        canonical =
            PlanFormat::stepKeyOrder(kind && kind->isString() ? kind->toString() : QString());
    } else if (place == Place::InStep && key == QLatin1String("on_fail")) {
        canonical = PlanFormat::onFailKeys();
    } else if (place == Place::InStep && key == QLatin1String("range")) {
        canonical = PlanFormat::rangeKeys();
    }

    bool allScalar = true;
    for (int i = 0; i < value.size(); ++i)
        allScalar = allScalar && isScalar(value.at(i));
    // One line for lists of words (urc_prefixes) and a step's small objects (on_fail, range);
    // the plan's own objects (transport, variables) get one key per line, like the steps.
    const bool inlineLayout = allScalar && place != Place::Root && place != Place::Step &&
                              (!isObject || place == Place::InStep);

    const QList<int> order = isObject ? memberOrder(value, canonical) : QList<int>{};
    out += open;
    for (int n = 0; n < value.size(); ++n) {
        const int i = isObject ? order.at(n) : n;
        if (inlineLayout) {
            if (n > 0)
                out += QLatin1String(", ");
        } else {
            out += n > 0 ? QLatin1String(",\n") : QLatin1String("\n");
            out += spaces(indent + 1);
        }
        QString childKey;
        if (isObject) {
            childKey = value.keyAt(i);
            out += quote(childKey);
            out += QLatin1String(": ");
        }
        writeValue(out, value.at(i), indent + 1, childPlace(place, value.at(i), childKey),
                   childKey);
    }
    if (!inlineLayout) {
        out += QLatin1Char('\n');
        out += spaces(indent);
    }
    out += close;
}

} // namespace eol::core::plan
