#include "PlanValidator.h"

#include "plan/DidYouMean.h"
#include "plan/PlanFormat.h"
#include "plan/PlanLoader.h"
#include "runner/VariableExpander.h"

#include <QRegularExpression>
#include <cmath>

namespace eol::core::plan {

namespace {

// Keep these lists and patterns identical to testplans/schema/plan-v1.schema.json.
const QStringList kTopLevelKeys = {
    QStringLiteral("format"),    QStringLiteral("id"),          QStringLiteral("revision"),
    QStringLiteral("product"),   QStringLiteral("description"), QStringLiteral("serial_pattern"),
    QStringLiteral("transport"), QStringLiteral("variables"),   QStringLiteral("urc_prefixes"),
    QStringLiteral("setup"),     QStringLiteral("steps"),       QStringLiteral("teardown")};
const QStringList kCommonStepKeys = {QStringLiteral("id"), QStringLiteral("name"),
                                     QStringLiteral("kind"), QStringLiteral("on_fail"),
                                     QStringLiteral("if_set")};
const QStringList kAtKeys = {QStringLiteral("command"),      QStringLiteral("expect"),
                             QStringLiteral("expect_error"), QStringLiteral("timeout_ms"),
                             QStringLiteral("retries"),      QStringLiteral("retry_delay_ms")};
const QStringList kCheckValidators = {
    QStringLiteral("imei_luhn"), QStringLiteral("iccid_luhn"), QStringLiteral("regex"),
    QStringLiteral("range"),     QStringLiteral("equals"),     QStringLiteral("p256_public_key")};
const QStringList kWaitForKeys = {QStringLiteral("pattern"), QStringLiteral("timeout_ms")};
const QStringList kDelayKeys = {QStringLiteral("duration_ms")};
const QStringList kPromptKeys = {QStringLiteral("question"), QStringLiteral("image")};
const QStringList kOnFailKeys = {QStringLiteral("retry"), QStringLiteral("delay_ms")};
const QStringList kRangeKeys = {QStringLiteral("low"), QStringLiteral("high"),
                                QStringLiteral("unit")};
const QStringList kKinds = {QStringLiteral("at"), QStringLiteral("check"),
                            QStringLiteral("wait_for"), QStringLiteral("delay"),
                            QStringLiteral("prompt")};

const QList<int> kBaudRates = {1200,  2400,   4800,   9600,   19200,  38400,
                               57600, 115200, 230400, 460800, 921600, 1000000};

constexpr int kMaxTimeoutMs = 600000;
constexpr int kMaxRetries = 20;

const QString kPlanIdPattern = QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$");
const QString kStepIdPattern = QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$");
const QString kVariableNamePattern = QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$");
const QString kSingleLinePattern = QStringLiteral("^[^\\r\\n]+$");
const QString kRelativePathPattern = QStringLiteral("^(?![/\\\\]|[A-Za-z]:).+$");

QStringList checkKeys()
{
    return QStringList{QStringLiteral("variable")} + kCheckValidators;
}

QStringList allStepKeys()
{
    return kCommonStepKeys + kAtKeys + checkKeys() + QStringList{QStringLiteral("pattern")} +
           kDelayKeys + kPromptKeys;
}

QStringList keysOfKind(const QString& kind)
{
    if (kind == QLatin1String("at"))
        return kAtKeys;
    if (kind == QLatin1String("check"))
        return checkKeys();
    if (kind == QLatin1String("wait_for"))
        return kWaitForKeys;
    if (kind == QLatin1String("delay"))
        return kDelayKeys;
    if (kind == QLatin1String("prompt"))
        return kPromptKeys;
    return {};
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

QString joinedQuoted(const QStringList& words)
{
    QStringList quoted;
    for (const QString& w : words)
        quoted.append(QLatin1Char('\'') + w + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

} // namespace

PlanValidator::PlanValidator(PlanDiagnostics* diagnostics) : m_diag(diagnostics) {}

Plan PlanValidator::validate(const JsonNode& root)
{
    Plan plan;
    if (!root.isObject()) {
        m_diag->add(root.location(),
                    QStringLiteral("a plan must be a JSON object ({ ... }), not %1")
                        .arg(JsonNode::typeName(root.type())));
        return plan;
    }
    const QString top = QStringLiteral("at the top level");

    // The format version decides how everything else is read, so a plan from a newer (or
    // older) station gets one clear message rather than a page of unknown-key errors.
    if (const JsonNode* format = required(root, QStringLiteral("format"), top)) {
        if (!format->isInteger()) {
            m_diag->add(format->location(), QStringLiteral("'format' must be the integer 1, not %1")
                                                .arg(JsonNode::typeName(format->type())));
            return plan;
        }
        if (format->toDouble() != 1.0) {
            m_diag->add(format->location(),
                        QStringLiteral("unsupported plan format %1; this station reads format 1")
                            .arg(formatNumber(format->toDouble())));
            return plan;
        }
        plan.formatVersion = 1;
    }

    checkKeys(root, kTopLevelKeys, top);
    if (readString(root, QStringLiteral("id"), top, &plan.id, true))
        matchPattern(root, QStringLiteral("id"), top, kPlanIdPattern,
                     QStringLiteral("lower-case letters, digits, '.', '_' and '-', at most 64"));
    readInt(root, QStringLiteral("revision"), top, &plan.revision, 1, 2147483647, true);
    readString(root, QStringLiteral("product"), top, &plan.product, true);
    readString(root, QStringLiteral("description"), top, &plan.description, false, true);
    if (readString(root, QStringLiteral("serial_pattern"), top, &plan.serialPattern, false, true))
        compileRegex(root, QStringLiteral("serial_pattern"), top, nullptr);

    if (const JsonNode* transport = root.find(QStringLiteral("transport"))) {
        if (typeIs(*transport, JsonNode::Type::Object, QStringLiteral("transport"), top))
            parseTransport(*transport, &plan.transport);
    }

    for (const QString& builtin : PlanLoader::builtinVariables())
        m_known.append(builtin);
    if (const JsonNode* variables = root.find(QStringLiteral("variables"))) {
        if (typeIs(*variables, JsonNode::Type::Object, QStringLiteral("variables"), top))
            parseVariables(*variables, &plan);
    }
    if (const JsonNode* urcs = root.find(QStringLiteral("urc_prefixes"))) {
        if (typeIs(*urcs, JsonNode::Type::Array, QStringLiteral("urc_prefixes"), top))
            parseUrcPrefixes(*urcs, &plan);
    }

    plan.setup = parseSection(root, QStringLiteral("setup"), false);
    plan.steps = parseSection(root, QStringLiteral("steps"), true);
    plan.teardown = parseSection(root, QStringLiteral("teardown"), false);
    return plan;
}

void PlanValidator::checkKeys(const JsonNode& object, const QStringList& allowed,
                              const QString& where)
{
    for (int i = 0; i < object.size(); ++i) {
        const QString& key = object.keyAt(i);
        if (allowed.contains(key))
            continue;
        QString message = QStringLiteral("unknown key '%1' %2").arg(key, where);
        const QString suggestion = didYouMean(key, allowed);
        if (!suggestion.isEmpty())
            message += QStringLiteral(" — did you mean '%1'?").arg(suggestion);
        else
            message += QStringLiteral("; allowed keys: %1").arg(joinedQuoted(allowed));
        m_diag->add(object.keyLocationAt(i), message);
    }
}

bool PlanValidator::present(const JsonNode& object, const QString& key) const
{
    return object.find(key) != nullptr;
}

const JsonNode* PlanValidator::required(const JsonNode& object, const QString& key,
                                        const QString& where)
{
    const JsonNode* value = object.find(key);
    if (!value)
        m_diag->add(object.location(),
                    QStringLiteral("missing required key '%1' %2").arg(key, where));
    return value;
}

bool PlanValidator::typeIs(const JsonNode& value, JsonNode::Type type, const QString& key,
                           const QString& where)
{
    if (value.type() == type)
        return true;
    m_diag->add(value.location(),
                QStringLiteral("'%1' %2 must be %3, not %4")
                    .arg(key, where, JsonNode::typeName(type), JsonNode::typeName(value.type())));
    return false;
}

bool PlanValidator::readString(const JsonNode& object, const QString& key, const QString& where,
                               QString* out, bool isRequired, bool allowEmpty)
{
    const JsonNode* value = isRequired ? required(object, key, where) : object.find(key);
    if (!value || !typeIs(*value, JsonNode::Type::String, key, where))
        return false;
    if (!allowEmpty && value->toString().isEmpty()) {
        m_diag->add(value->location(), QStringLiteral("'%1' %2 must not be empty").arg(key, where));
        return false;
    }
    *out = value->toString();
    return true;
}

bool PlanValidator::readInt(const JsonNode& object, const QString& key, const QString& where,
                            int* out, int min, int max, bool isRequired)
{
    const JsonNode* value = isRequired ? required(object, key, where) : object.find(key);
    if (!value)
        return false;
    if (!value->isInteger()) {
        m_diag->add(value->location(),
                    value->isNumber() ? QStringLiteral("'%1' %2 must be a whole number, not %3")
                                            .arg(key, where, formatNumber(value->toDouble()))
                                      : QStringLiteral("'%1' %2 must be an integer, not %3")
                                            .arg(key, where, JsonNode::typeName(value->type())));
        return false;
    }
    const double number = value->toDouble();
    if (number < min || number > max) {
        m_diag->add(value->location(), QStringLiteral("'%1' %2 is %3; it must be between %4 and %5")
                                           .arg(key, where, formatNumber(number))
                                           .arg(min)
                                           .arg(max));
        return false;
    }
    *out = static_cast<int>(number);
    return true;
}

bool PlanValidator::readBool(const JsonNode& object, const QString& key, const QString& where,
                             bool* out)
{
    const JsonNode* value = object.find(key);
    if (!value || !typeIs(*value, JsonNode::Type::Bool, key, where))
        return false;
    *out = value->toBool();
    return true;
}

void PlanValidator::matchPattern(const JsonNode& object, const QString& key, const QString& where,
                                 const QString& pattern, const QString& rule)
{
    const JsonNode* value = object.find(key);
    if (!value || !value->isString())
        return;
    const QRegularExpression re(pattern);
    if (!re.match(value->toString()).hasMatch()) {
        m_diag->add(value->location(), QStringLiteral("'%1' %2 is \"%3\"; it may contain only %4")
                                           .arg(key, where, value->toString(), rule));
    }
}

void PlanValidator::parseTransport(const JsonNode& node, TransportSettings* out)
{
    const QString where = QStringLiteral("in 'transport'");
    checkKeys(node, PlanFormat::transportKeys(), where);

    if (const JsonNode* baud = node.find(QStringLiteral("baud"))) {
        int value = 0;
        if (readInt(node, QStringLiteral("baud"), where, &value, 1, 100000000, false)) {
            if (kBaudRates.contains(value)) {
                out->baudRate = value;
            } else {
                QStringList rates;
                for (int r : kBaudRates)
                    rates.append(QString::number(r));
                m_diag->add(baud->location(),
                            QStringLiteral("'baud' %1 is %2, which is not a standard rate; use one "
                                           "of %3")
                                .arg(where)
                                .arg(value)
                                .arg(rates.join(QStringLiteral(", "))));
            }
        }
    }
    readInt(node, QStringLiteral("data_bits"), where, &out->dataBits, 5, 8, false);
    readInt(node, QStringLiteral("open_timeout_ms"), where, &out->openTimeoutMs, 1, kMaxTimeoutMs,
            false);

    struct Choice
    {
        QString key;
        QStringList values;
        QString* target;
    };
    const Choice choices[] = {
        {QStringLiteral("parity"),
         {QStringLiteral("none"), QStringLiteral("even"), QStringLiteral("odd"),
          QStringLiteral("mark"), QStringLiteral("space")},
         &out->parity},
        {QStringLiteral("stop_bits"),
         {QStringLiteral("1"), QStringLiteral("1.5"), QStringLiteral("2")},
         &out->stopBits},
        {QStringLiteral("flow_control"),
         {QStringLiteral("none"), QStringLiteral("hardware"), QStringLiteral("software")},
         &out->flowControl},
        {QStringLiteral("line_ending"),
         {QStringLiteral("\r"), QStringLiteral("\n"), QStringLiteral("\r\n")},
         &out->lineEnding},
    };
    for (const Choice& choice : choices) {
        const JsonNode* value = node.find(choice.key);
        if (!value || !typeIs(*value, JsonNode::Type::String, choice.key, where))
            continue;
        if (!choice.values.contains(value->toString())) {
            QStringList shown;
            for (QString v : choice.values) {
                v.replace(QLatin1Char('\r'), QLatin1String("\\r"));
                v.replace(QLatin1Char('\n'), QLatin1String("\\n"));
                shown.append(QLatin1Char('"') + v + QLatin1Char('"'));
            }
            m_diag->add(value->location(),
                        QStringLiteral("'%1' %2 must be one of %3")
                            .arg(choice.key, where, shown.join(QStringLiteral(", "))));
            continue;
        }
        *choice.target = value->toString();
    }

    // "usb": ["1915", "1915:9100"] — the ids the installer's udev rules grant access to.
    if (const JsonNode* usb = node.find(QStringLiteral("usb"))) {
        if (!typeIs(*usb, JsonNode::Type::Array, QStringLiteral("usb"), where))
            return;
        static const QRegularExpression kUsbId(
            QStringLiteral("^[0-9A-Fa-f]{4}(:[0-9A-Fa-f]{4})?$"));
        for (int i = 0; i < usb->size(); ++i) {
            const JsonNode& item = usb->at(i);
            const QString key = QStringLiteral("usb[%1]").arg(i);
            if (!typeIs(item, JsonNode::Type::String, key, where))
                continue;
            if (!kUsbId.match(item.toString()).hasMatch()) {
                m_diag->add(item.location(),
                            QStringLiteral("'%1' %2 is \"%3\": write a USB vendor id as 4 hex "
                                           "digits (\"1915\") or vendor:product "
                                           "(\"1915:9100\"), as lsusb shows them")
                                .arg(key, where, item.toString()));
                continue;
            }
            const QString id = item.toString().toLower();
            if (out->usbIds.contains(id)) {
                m_diag->add(item.location(),
                            QStringLiteral("'%1' %2: \"%3\" is listed twice").arg(key, where, id));
                continue;
            }
            out->usbIds.append(id);
        }
    }
}

void PlanValidator::parseVariables(const JsonNode& node, Plan* plan)
{
    const QString where = QStringLiteral("in 'variables'");
    const QRegularExpression namePattern(kVariableNamePattern);
    for (int i = 0; i < node.size(); ++i) {
        const QString& name = node.keyAt(i);
        if (!namePattern.match(name).hasMatch()) {
            m_diag->add(node.keyLocationAt(i),
                        QStringLiteral("variable name '%1' %2 is not valid; use letters, digits "
                                       "and '_', not starting with a digit")
                            .arg(name, where));
            continue;
        }
        if (PlanLoader::builtinVariables().contains(name)) {
            m_diag->add(node.keyLocationAt(i),
                        QStringLiteral("variable '%1' %2 would hide the built-in of the same "
                                       "name; choose another name")
                            .arg(name, where));
            continue;
        }
        if (!typeIs(node.at(i), JsonNode::Type::String, name, where))
            continue;
        plan->variables.append({name, node.at(i).toString()});
        m_known.append(name);
    }
}

void PlanValidator::parseUrcPrefixes(const JsonNode& node, Plan* plan)
{
    for (int i = 0; i < node.size(); ++i) {
        const JsonNode& item = node.at(i);
        const QString key = QStringLiteral("urc_prefixes[%1]").arg(i);
        if (!typeIs(item, JsonNode::Type::String, key, QStringLiteral("at the top level")))
            continue;
        if (item.toString().isEmpty()) {
            m_diag->add(item.location(),
                        QStringLiteral("'%1' must not be empty: an empty prefix would make every "
                                       "line unsolicited")
                            .arg(key));
            continue;
        }
        plan->urcPrefixes.append(item.toString());
    }
}

QList<Step> PlanValidator::parseSection(const JsonNode& root, const QString& section,
                                        bool isRequired)
{
    QList<Step> steps;
    const QString top = QStringLiteral("at the top level");
    const JsonNode* array = isRequired ? required(root, section, top) : root.find(section);
    if (!array || !typeIs(*array, JsonNode::Type::Array, section, top))
        return steps;
    if (isRequired && array->size() == 0) {
        m_diag->add(array->location(),
                    QStringLiteral("'%1' is empty; a plan needs at least one step").arg(section));
    }
    for (int i = 0; i < array->size(); ++i)
        steps.append(parseStep(array->at(i), section, i));
    return steps;
}

Step PlanValidator::parseStep(const JsonNode& node, const QString& section, int index)
{
    Step step;
    step.location = node.location();
    QString where = QStringLiteral("in step %1 of '%2'").arg(index + 1).arg(section);
    if (!node.isObject()) {
        m_diag->add(node.location(), QStringLiteral("step %1 of '%2' must be an object, not %3")
                                         .arg(index + 1)
                                         .arg(section, JsonNode::typeName(node.type())));
        return step;
    }

    if (readString(node, QStringLiteral("id"), where, &step.id, true)) {
        const JsonNode* idNode = node.find(QStringLiteral("id"));
        matchPattern(node, QStringLiteral("id"), where, kStepIdPattern,
                     QStringLiteral("letters, digits, '.', '_' and '-', at most 64"));
        where = QStringLiteral("in step '%1'").arg(step.id);
        const auto previous = m_stepIds.constFind(step.id);
        if (previous != m_stepIds.constEnd()) {
            m_diag->add(idNode->location(),
                        QStringLiteral("duplicate step id '%1' (first used at %2:%3); step ids "
                                       "must be unique across setup, steps and teardown")
                            .arg(step.id)
                            .arg(previous->line)
                            .arg(previous->column));
        } else {
            m_stepIds.insert(step.id, idNode->location());
        }
    }
    if (!readString(node, QStringLiteral("name"), where, &step.name, false))
        step.name = step.id;

    QString kind;
    if (readString(node, QStringLiteral("kind"), where, &kind, true)) {
        if (!kKinds.contains(kind)) {
            QString message = QStringLiteral("unknown step kind '%1' %2").arg(kind, where);
            const QString suggestion = didYouMean(kind, kKinds);
            message += suggestion.isEmpty()
                           ? QStringLiteral("; use one of %1").arg(joinedQuoted(kKinds))
                           : QStringLiteral(" — did you mean '%1'?").arg(suggestion);
            m_diag->add(node.find(QStringLiteral("kind"))->location(), message);
            kind.clear();
        }
    }

    // Keys are checked against the step's kind, so a key that belongs to another kind gets a
    // message naming that kind instead of a bare "unknown key".
    const QStringList allowed = kind.isEmpty() ? allStepKeys() : kCommonStepKeys + keysOfKind(kind);
    for (int i = 0; i < node.size(); ++i) {
        const QString& key = node.keyAt(i);
        if (allowed.contains(key))
            continue;
        QString owner;
        for (const QString& k : kKinds) {
            if (keysOfKind(k).contains(key)) {
                owner = k;
                break;
            }
        }
        if (!owner.isEmpty()) {
            m_diag->add(node.keyLocationAt(i),
                        QStringLiteral("key '%1' is not allowed %2 of kind '%3'; it belongs to "
                                       "'%4' steps")
                            .arg(key, where, kind, owner));
            continue;
        }
        QString message = QStringLiteral("unknown key '%1' %2").arg(key, where);
        const QString suggestion = didYouMean(key, allowed);
        if (!suggestion.isEmpty())
            message += QStringLiteral(" — did you mean '%1'?").arg(suggestion);
        else
            message += QStringLiteral("; allowed keys: %1").arg(joinedQuoted(allowed));
        m_diag->add(node.keyLocationAt(i), message);
    }

    if (readString(node, QStringLiteral("if_set"), where, &step.ifSet, false))
        requireKnown(*node.find(QStringLiteral("if_set")), step.ifSet, QStringLiteral("'if_set'"),
                     where);
    if (const JsonNode* onFail = node.find(QStringLiteral("on_fail")))
        parseOnFail(*onFail, where, &step.onFail);

    if (kind == QLatin1String("at")) {
        step.kind = StepKind::At;
        parseAt(node, where, &step);
    } else if (kind == QLatin1String("check")) {
        step.kind = StepKind::Check;
        parseCheck(node, where, &step);
    } else if (kind == QLatin1String("wait_for")) {
        step.kind = StepKind::WaitFor;
        readInt(node, QStringLiteral("timeout_ms"), where, &step.timeoutMs, 1, kMaxTimeoutMs,
                false);
        if (readString(node, QStringLiteral("pattern"), where, &step.pattern, true)) {
            checkReferences(node, QStringLiteral("pattern"), where);
            QStringList groups;
            if (compileRegex(node, QStringLiteral("pattern"), where, &groups))
                defineCaptures(*node.find(QStringLiteral("pattern")), groups, where);
        }
    } else if (kind == QLatin1String("delay")) {
        step.kind = StepKind::Delay;
        readInt(node, QStringLiteral("duration_ms"), where, &step.durationMs, 0, kMaxTimeoutMs,
                true);
    } else if (kind == QLatin1String("prompt")) {
        step.kind = StepKind::Prompt;
        if (readString(node, QStringLiteral("question"), where, &step.question, true))
            checkReferences(node, QStringLiteral("question"), where);
        if (readString(node, QStringLiteral("image"), where, &step.image, false))
            matchPattern(node, QStringLiteral("image"), where, kRelativePathPattern,
                         QStringLiteral("a path relative to the plan file (not an absolute path)"));
    }
    return step;
}

void PlanValidator::parseOnFail(const JsonNode& node, const QString& where, OnFailPolicy* out)
{
    if (node.isString()) {
        if (node.toString() == QLatin1String("stop")) {
            out->action = OnFailPolicy::Action::Stop;
        } else if (node.toString() == QLatin1String("continue")) {
            out->action = OnFailPolicy::Action::Continue;
        } else {
            m_diag->add(node.location(),
                        QStringLiteral("'on_fail' %1 is \"%2\"; use \"stop\", \"continue\" or "
                                       "{\"retry\": N, \"delay_ms\": M}")
                            .arg(where, node.toString()));
        }
        return;
    }
    if (!node.isObject()) {
        m_diag->add(node.location(),
                    QStringLiteral("'on_fail' %1 must be \"stop\", \"continue\" or an object like "
                                   "{\"retry\": 2, \"delay_ms\": 300}, not %2")
                        .arg(where, JsonNode::typeName(node.type())));
        return;
    }
    const QString inner = QStringLiteral("in 'on_fail' of ") + where.mid(3);
    checkKeys(node, kOnFailKeys, inner);
    out->action = OnFailPolicy::Action::Retry;
    readInt(node, QStringLiteral("retry"), inner, &out->retries, 1, kMaxRetries, true);
    readInt(node, QStringLiteral("delay_ms"), inner, &out->retryDelayMs, 0, kMaxTimeoutMs, false);
}

void PlanValidator::parseAt(const JsonNode& node, const QString& where, Step* step)
{
    if (readString(node, QStringLiteral("command"), where, &step->command, true)) {
        matchPattern(node, QStringLiteral("command"), where, kSingleLinePattern,
                     QStringLiteral("one line (the transport's line_ending is appended)"));
        checkReferences(node, QStringLiteral("command"), where);
    }
    readBool(node, QStringLiteral("expect_error"), where, &step->expectError);
    readInt(node, QStringLiteral("timeout_ms"), where, &step->timeoutMs, 1, kMaxTimeoutMs, false);
    readInt(node, QStringLiteral("retries"), where, &step->retries, 0, kMaxRetries, false);
    readInt(node, QStringLiteral("retry_delay_ms"), where, &step->retryDelayMs, 0, kMaxTimeoutMs,
            false);
    if (readString(node, QStringLiteral("expect"), where, &step->expect, false)) {
        checkReferences(node, QStringLiteral("expect"), where);
        QStringList groups;
        if (compileRegex(node, QStringLiteral("expect"), where, &groups))
            defineCaptures(*node.find(QStringLiteral("expect")), groups, where);
    }
}

void PlanValidator::parseCheck(const JsonNode& node, const QString& where, Step* step)
{
    CheckSpec& spec = step->check;
    if (readString(node, QStringLiteral("variable"), where, &spec.variable, true))
        requireKnown(*node.find(QStringLiteral("variable")), spec.variable,
                     QStringLiteral("'variable'"), where);

    QStringList validators;
    for (int i = 0; i < node.size(); ++i) {
        if (kCheckValidators.contains(node.keyAt(i)))
            validators.append(node.keyAt(i));
    }
    if (validators.isEmpty()) {
        m_diag->add(node.location(), QStringLiteral("check %1 needs exactly one validator: %2")
                                         .arg(where.mid(3), joinedQuoted(kCheckValidators)));
        return;
    }
    if (validators.size() > 1) {
        const int second = node.indexOf(validators.at(1));
        m_diag->add(node.keyLocationAt(second),
                    QStringLiteral("check %1 has more than one validator ('%2' and '%3'); split "
                                   "it into one check step per validator")
                        .arg(where.mid(3), validators.at(0), validators.at(1)));
        return;
    }

    const QString& validator = validators.first();
    const JsonNode& value = *node.find(validator);
    const auto requireTrue = [&](CheckSpec::Kind kind) {
        if (!typeIs(value, JsonNode::Type::Bool, validator, where))
            return;
        if (!value.toBool()) {
            m_diag->add(value.location(),
                        QStringLiteral("'%1' %2 must be true; to skip this check, remove the step")
                            .arg(validator, where));
            return;
        }
        spec.kind = kind;
    };

    if (validator == QLatin1String("imei_luhn")) {
        requireTrue(CheckSpec::Kind::ImeiLuhn);
    } else if (validator == QLatin1String("iccid_luhn")) {
        requireTrue(CheckSpec::Kind::IccidLuhn);
    } else if (validator == QLatin1String("p256_public_key")) {
        requireTrue(CheckSpec::Kind::P256PublicKey);
        // The check publishes the key as PEM and its fingerprint for later steps and the record.
        if (!spec.variable.isEmpty()) {
            m_known.append(spec.variable + QStringLiteral("_pem"));
            m_known.append(spec.variable + QStringLiteral("_sha256"));
        }
    } else if (validator == QLatin1String("regex")) {
        spec.kind = CheckSpec::Kind::Regex;
        if (readString(node, validator, where, &spec.pattern, false))
            compileRegex(node, validator, where, nullptr);
    } else if (validator == QLatin1String("equals")) {
        spec.kind = CheckSpec::Kind::Equals;
        if (readString(node, validator, where, &spec.other, false))
            requireKnown(value, spec.other, QStringLiteral("'equals'"), where);
    } else if (validator == QLatin1String("range")) {
        spec.kind = CheckSpec::Kind::Range;
        if (!typeIs(value, JsonNode::Type::Object, validator, where))
            return;
        const QString inner = QStringLiteral("in 'range' of ") + where.mid(3);
        checkKeys(value, kRangeKeys, inner);
        for (const QString& bound : {QStringLiteral("low"), QStringLiteral("high")}) {
            const JsonNode* b = value.find(bound);
            if (!b || !typeIs(*b, JsonNode::Type::Number, bound, inner))
                continue;
            (bound == QLatin1String("low") ? spec.low : spec.high) = b->toDouble();
        }
        readString(value, QStringLiteral("unit"), inner, &spec.unit, false, true);
        if (!present(value, QStringLiteral("low")) && !present(value, QStringLiteral("high"))) {
            m_diag->add(value.location(),
                        QStringLiteral("'range' %1 needs 'low', 'high' or both").arg(where));
        }
        if (spec.low && spec.high && *spec.low > *spec.high) {
            m_diag->add(value.find(QStringLiteral("low"))->location(),
                        QStringLiteral("'range' %1 has low %2 above high %3; swap them")
                            .arg(where, formatNumber(*spec.low), formatNumber(*spec.high)));
        }
    }
}

bool PlanValidator::compileRegex(const JsonNode& object, const QString& key, const QString& where,
                                 QStringList* groups)
{
    const JsonNode* value = object.find(key);
    if (!value || !value->isString())
        return false;
    const QRegularExpression re(value->toString());
    if (!re.isValid()) {
        m_diag->add(value->location(),
                    QStringLiteral("invalid regular expression in '%1' %2: %3 at offset %4 of the "
                                   "pattern")
                        .arg(key, where, re.errorString())
                        .arg(re.patternErrorOffset()));
        return false;
    }
    if (groups) {
        for (const QString& name : re.namedCaptureGroups()) {
            if (!name.isEmpty())
                groups->append(name);
        }
    }
    return true;
}

void PlanValidator::checkReferences(const JsonNode& object, const QString& key,
                                    const QString& where)
{
    const JsonNode* value = object.find(key);
    if (!value || !value->isString())
        return;
    for (const runner::VariableExpander::Reference& ref :
         runner::VariableExpander::references(value->toString())) {
        requireKnown(*value, ref.name, QStringLiteral("'%1'").arg(key), where);
    }
}

void PlanValidator::requireKnown(const JsonNode& value, const QString& name, const QString& what,
                                 const QString& where)
{
    if (m_known.contains(name))
        return;
    QString message = QStringLiteral("undefined variable '%1' in %2 %3").arg(name, what, where);
    const QString suggestion = didYouMean(name, m_known);
    message += suggestion.isEmpty()
                   ? QStringLiteral("; declare")
                   : QStringLiteral(" — did you mean '%1'? Otherwise declare").arg(suggestion);
    message += QStringLiteral(" it under 'variables', capture it with a named group in an earlier "
                              "step, or use a built-in (%1)")
                   .arg(PlanLoader::builtinVariables().join(QStringLiteral(", ")));
    m_diag->add(value.location(), message);
}

void PlanValidator::defineCaptures(const JsonNode& at, const QStringList& groups,
                                   const QString& where)
{
    for (const QString& name : groups) {
        if (PlanLoader::builtinVariables().contains(name)) {
            m_diag->add(at.location(),
                        QStringLiteral("capture group '%1' %2 would overwrite the built-in "
                                       "variable '%1'; rename the group (e.g. 'dut_%1')")
                            .arg(name, where));
            continue;
        }
        if (!m_known.contains(name))
            m_known.append(name);
    }
}

} // namespace eol::core::plan
