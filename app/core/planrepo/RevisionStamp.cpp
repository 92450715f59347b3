#include "planrepo/RevisionStamp.h"

#include "plan/PositionedJsonParser.h"

#include <QRegularExpression>

namespace eol::core::planrepo {

namespace {

Result<plan::JsonNode> parseTop(const QByteArray& bytes)
{
    auto node = plan::PositionedJsonParser::parse(bytes, QStringLiteral("plan"));
    if (!node)
        return node.error();
    if (!node->isObject())
        return makeError(QStringLiteral("plan_syntax"),
                         QStringLiteral("a plan is a JSON object ({ ... }), this is %1")
                             .arg(plan::JsonNode::typeName(node->type())));
    return node;
}

} // namespace

Result<QString> RevisionStamp::planId(const QByteArray& bytes)
{
    auto top = parseTop(bytes);
    if (!top)
        return top.error();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    const plan::JsonNode* id = top->find(QStringLiteral("id"));
    if (!id || !id->isString() || !idPattern.match(id->toString()).hasMatch())
        return makeError(QStringLiteral("plan_invalid"),
                         QStringLiteral("the plan has no valid \"id\" (1 to 64 of a-z 0-9 . _ -, "
                                        "e.g. \"nrf91-tracker\"): it cannot be stored without "
                                        "one"));
    return id->toString();
}

Result<int> RevisionStamp::revision(const QByteArray& bytes)
{
    auto top = parseTop(bytes);
    if (!top)
        return top.error();
    const plan::JsonNode* rev = top->find(QStringLiteral("revision"));
    if (!rev || !rev->isInteger())
        return 0;
    return int(rev->toDouble());
}

Result<QByteArray> RevisionStamp::stamp(const QByteArray& bytes, int revision)
{
    auto top = parseTop(bytes);
    if (!top)
        return top.error();
    const plan::JsonNode* rev = top->find(QStringLiteral("revision"));
    if (!rev || !rev->isNumber())
        return makeError(QStringLiteral("plan_invalid"),
                         QStringLiteral("the plan has no numeric \"revision\" to stamp — add "
                                        "\"revision\": 1 next to \"id\""));
    if (rev->isInteger() && int(rev->toDouble()) == revision)
        return bytes;

    // The parser counts lines from 1 and columns in characters (not bytes) from 1, after an
    // optional BOM; walk the text the same way to find where the number starts.
    QString text = QString::fromUtf8(bytes);
    const bool bom = text.startsWith(QChar(0xFEFF));
    const int base = bom ? 1 : 0;
    qsizetype pos = base;
    for (int line = 1; line < rev->location().line; ++line) {
        pos = text.indexOf(QLatin1Char('\n'), pos);
        if (pos < 0)
            break;
        ++pos;
    }
    if (pos < 0)
        return makeError(QStringLiteral("plan_invalid"),
                         QStringLiteral("cannot find the \"revision\" value to stamp"));
    pos += rev->location().column - 1;
    qsizetype end = pos;
    static const QString kNumberChars = QStringLiteral("-+.0123456789eE");
    while (end < text.size() && kNumberChars.contains(text.at(end)))
        ++end;
    if (end == pos)
        return makeError(QStringLiteral("plan_invalid"),
                         QStringLiteral("cannot find the \"revision\" value to stamp"));
    text.replace(pos, end - pos, QString::number(revision));
    return text.toUtf8();
}

} // namespace eol::core::planrepo
