#include "PlanDocument.h"

#include "plan/PlanFormat.h"
#include "plan/PlanLoader.h"
#include "plan/PlanWriter.h"
#include "plan/PositionedJsonParser.h"

namespace eol::core::plan {

namespace {

bool sameLocation(SourceLocation a, SourceLocation b)
{
    return a.line == b.line && a.column == b.column;
}

/// True if `at` is the position of `node`, of one of its keys, or of anything inside it.
bool contains(const JsonNode& node, SourceLocation at)
{
    if (sameLocation(node.location(), at))
        return true;
    for (int i = 0; i < node.size(); ++i) {
        if ((node.isObject() && sameLocation(node.keyLocationAt(i), at)) ||
            contains(node.at(i), at))
            return true;
    }
    return false;
}

/// The member of `object` that holds `at` (its key or its value), or -1.
int memberHolding(const JsonNode& object, SourceLocation at)
{
    if (!object.isObject())
        return -1;
    for (int i = 0; i < object.size(); ++i) {
        if (sameLocation(object.keyLocationAt(i), at) || contains(object.at(i), at))
            return i;
    }
    return -1;
}

} // namespace

PlanDocument::PlanDocument() : m_root(JsonNode::object())
{
    m_root.setMember(QStringLiteral("format"), JsonNode::fromNumber(PlanFormat::kVersion));
    m_root.setMember(QStringLiteral("id"), JsonNode::fromString(QStringLiteral("new-plan")));
    m_root.setMember(QStringLiteral("revision"), JsonNode::fromNumber(1));
    m_root.setMember(QStringLiteral("product"), JsonNode::fromString(QString()));
    m_root.setMember(QStringLiteral("steps"), JsonNode::array());
}

eol::Result<PlanDocument> PlanDocument::fromBytes(const QByteArray& bytes,
                                                  const QString& displayName)
{
    eol::Result<JsonNode> parsed = PositionedJsonParser::parse(bytes, displayName);
    if (!parsed)
        return parsed.error();
    if (!parsed->isObject()) {
        return eol::makeError(
            QStringLiteral("plan_invalid"),
            QStringLiteral("%1:%2:%3: a plan must be a JSON object ({ ... }), not %4")
                .arg(displayName)
                .arg(parsed->location().line)
                .arg(parsed->location().column)
                .arg(JsonNode::typeName(parsed->type())));
    }
    PlanDocument document;
    document.m_root = std::move(parsed).value();
    document.m_savedRoot = document.m_root;
    document.m_savedBytes = bytes;
    return document;
}

bool PlanDocument::isUnchanged() const
{
    return !m_savedBytes.isNull() && m_root.sameValue(m_savedRoot);
}

QByteArray PlanDocument::toBytes() const
{
    return isUnchanged() ? m_savedBytes : PlanWriter::write(m_root);
}

void PlanDocument::markSaved(const QByteArray& bytes)
{
    m_savedBytes = bytes;
    m_savedRoot = m_root;
}

eol::Result<Plan> PlanDocument::validate(const QString& displayName) const
{
    return PlanLoader::loadBytes(toBytes(), displayName);
}

QString PlanDocument::sectionKey(Section section)
{
    return PlanFormat::sections().at(static_cast<int>(section));
}

const QList<PlanDocument::Section>& PlanDocument::sections()
{
    static const QList<Section> kSections = {Section::Setup, Section::Steps, Section::Teardown};
    return kSections;
}

JsonNode* PlanDocument::section(Section s)
{
    const int index = m_root.indexOf(sectionKey(s));
    if (index < 0 || !m_root.at(index).isArray())
        return nullptr;
    return &m_root.at(index);
}

const JsonNode* PlanDocument::section(Section s) const
{
    const JsonNode* array = m_root.find(sectionKey(s));
    return array && array->isArray() ? array : nullptr;
}

int PlanDocument::stepCount(Section s) const
{
    const JsonNode* array = section(s);
    return array ? array->size() : 0;
}

const JsonNode& PlanDocument::step(Section s, int index) const
{
    return section(s)->at(index);
}

void PlanDocument::setStep(Section s, int index, JsonNode step)
{
    section(s)->at(index) = std::move(step);
}

void PlanDocument::insertStep(Section s, int index, JsonNode step)
{
    if (!section(s))
        m_root.setMember(sectionKey(s), JsonNode::array());
    section(s)->insertItem(index, std::move(step));
}

JsonNode PlanDocument::takeStep(Section s, int index)
{
    JsonNode taken = section(s)->takeItem(index);
    if (s != Section::Steps && section(s)->size() == 0)
        m_root.removeMember(sectionKey(s));
    return taken;
}

void PlanDocument::moveStep(Section from, int fromIndex, Section to, int toIndex)
{
    JsonNode moved = section(from)->takeItem(fromIndex);
    insertStep(to, toIndex, std::move(moved));
    if (from != Section::Steps && from != to && section(from)->size() == 0)
        m_root.removeMember(sectionKey(from));
}

QStringList PlanDocument::stepIds() const
{
    QStringList ids;
    for (Section s : sections()) {
        for (int i = 0; i < stepCount(s); ++i)
            ids.append(stringOf(step(s, i), QStringLiteral("id")));
    }
    return ids;
}

QString PlanDocument::uniqueStepId(const QString& base) const
{
    const QStringList ids = stepIds();
    if (!ids.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1_%2").arg(base).arg(n);
        if (!ids.contains(candidate))
            return candidate;
    }
}

QString PlanDocument::stringOf(const JsonNode& object, const QString& key)
{
    const JsonNode* value = object.find(key);
    return value && value->isString() ? value->toString() : QString();
}

void PlanDocument::setOrRemove(JsonNode* object, const QString& key, JsonNode value)
{
    if (value.isNull())
        object->removeMember(key);
    else
        object->setMember(key, std::move(value));
}

void PlanDocument::setNested(const QString& key, const QString& subKey, JsonNode value)
{
    int index = m_root.indexOf(key);
    if (index < 0 || !m_root.at(index).isObject()) {
        if (value.isNull())
            return;
        m_root.setMember(key, JsonNode::object());
        index = m_root.indexOf(key);
    }
    JsonNode& object = m_root.at(index);
    setOrRemove(&object, subKey, std::move(value));
    if (object.size() == 0)
        m_root.removeMember(key);
}

JsonNode PlanDocument::newStep(const QString& kind, const QString& id)
{
    JsonNode step = JsonNode::object();
    step.setMember(QStringLiteral("id"), JsonNode::fromString(id));
    step.setMember(QStringLiteral("kind"), JsonNode::fromString(kind));
    if (kind == QLatin1String("at")) {
        step.setMember(QStringLiteral("command"), JsonNode::fromString(QStringLiteral("AT")));
        step.setMember(QStringLiteral("timeout_ms"), JsonNode::fromNumber(2000));
    } else if (kind == QLatin1String("check")) {
        // `serial` is always defined (a built-in), so the new check is valid at once.
        step.setMember(QStringLiteral("variable"), JsonNode::fromString(QStringLiteral("serial")));
        step.setMember(QStringLiteral("regex"), JsonNode::fromString(QStringLiteral(".+")));
    } else if (kind == QLatin1String("wait_for")) {
        step.setMember(QStringLiteral("pattern"), JsonNode::fromString(QStringLiteral("^Ready$")));
        step.setMember(QStringLiteral("timeout_ms"),
                       JsonNode::fromNumber(PlanFormat::kDefaultTimeoutMs));
    } else if (kind == QLatin1String("delay")) {
        step.setMember(QStringLiteral("duration_ms"), JsonNode::fromNumber(500));
    } else if (kind == QLatin1String("prompt")) {
        step.setMember(QStringLiteral("question"),
                       JsonNode::fromString(QStringLiteral("Is the status LED green?")));
    }
    return step;
}

void PlanDocument::changeKind(JsonNode* step, const QString& kind)
{
    static const QStringList kKept = {QStringLiteral("id"), QStringLiteral("name"),
                                      QStringLiteral("if_set"), QStringLiteral("on_fail")};
    QStringList dropped;
    for (int i = 0; i < step->size(); ++i) {
        if (!kKept.contains(step->keyAt(i)))
            dropped.append(step->keyAt(i));
    }
    for (const QString& key : std::as_const(dropped))
        step->removeMember(key);
    const JsonNode fresh = newStep(kind, QString());
    for (int i = 0; i < fresh.size(); ++i) {
        if (fresh.keyAt(i) != QLatin1String("id"))
            step->setMember(fresh.keyAt(i), fresh.at(i));
    }
}

QString PlanDocument::validatorOf(const JsonNode& step)
{
    for (const QString& validator : PlanFormat::checkValidators()) {
        if (step.find(validator))
            return validator;
    }
    return {};
}

PlanDocument::Field PlanDocument::fieldAt(const JsonNode& parsed, SourceLocation at)
{
    Field field;
    if (!parsed.isObject())
        return field;
    if (sameLocation(parsed.location(), at)) {
        field.area = Field::Area::Header;
        return field;
    }
    const int top = memberHolding(parsed, at);
    if (top < 0)
        return field;
    const QString& topKey = parsed.keyAt(top);
    const JsonNode& topValue = parsed.at(top);
    const int sectionIndex = int(PlanFormat::sections().indexOf(topKey));
    if (sectionIndex < 0 || !topValue.isArray() || sameLocation(parsed.keyLocationAt(top), at) ||
        sameLocation(topValue.location(), at)) {
        field.area = Field::Area::Header;
        field.key = topKey;
        const int sub = memberHolding(topValue, at);
        if (sub >= 0)
            field.subKey = topValue.keyAt(sub);
        return field;
    }
    for (int i = 0; i < topValue.size(); ++i) {
        const JsonNode& step = topValue.at(i);
        if (!contains(step, at))
            continue;
        field.area = Field::Area::Step;
        field.section = sections().at(sectionIndex);
        field.index = i;
        const int member = memberHolding(step, at);
        if (member >= 0) {
            field.key = step.keyAt(member);
            const int sub = memberHolding(step.at(member), at);
            if (sub >= 0)
                field.subKey = step.at(member).keyAt(sub);
        }
        return field;
    }
    return field;
}

} // namespace eol::core::plan
