#include "planrepo/PlanDiff.h"

#include <QJsonArray>
#include <QStringList>
#include <utility>
#include <vector>

namespace eol::core::planrepo {

namespace {

using Fields = QList<std::pair<QString, QJsonValue>>;

QString kindName(plan::StepKind kind)
{
    switch (kind) {
    case plan::StepKind::At:
        return QStringLiteral("at");
    case plan::StepKind::Check:
        return QStringLiteral("check");
    case plan::StepKind::WaitFor:
        return QStringLiteral("wait_for");
    case plan::StepKind::Delay:
        return QStringLiteral("delay");
    case plan::StepKind::Prompt:
        return QStringLiteral("prompt");
    }
    return QString();
}

QString validatorName(plan::CheckSpec::Kind kind)
{
    switch (kind) {
    case plan::CheckSpec::Kind::ImeiLuhn:
        return QStringLiteral("imei_luhn");
    case plan::CheckSpec::Kind::IccidLuhn:
        return QStringLiteral("iccid_luhn");
    case plan::CheckSpec::Kind::Regex:
        return QStringLiteral("regex");
    case plan::CheckSpec::Kind::Range:
        return QStringLiteral("range");
    case plan::CheckSpec::Kind::Equals:
        return QStringLiteral("equals");
    case plan::CheckSpec::Kind::P256PublicKey:
        return QStringLiteral("p256_public_key");
    }
    return QString();
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

QString onFailText(const plan::OnFailPolicy& p)
{
    switch (p.action) {
    case plan::OnFailPolicy::Action::Stop:
        return QStringLiteral("stop");
    case plan::OnFailPolicy::Action::Continue:
        return QStringLiteral("continue");
    case plan::OnFailPolicy::Action::Retry:
        return QStringLiteral("retry %1 × %2 ms").arg(p.retries).arg(p.retryDelayMs);
    }
    return QString();
}

/// The fields that matter for a step of its kind, limits excepted (checkFields has those).
Fields stepFields(const plan::Step& s)
{
    Fields f{{QStringLiteral("name"), s.name},
             {QStringLiteral("kind"), kindName(s.kind)},
             {QStringLiteral("on_fail"), onFailText(s.onFail)},
             {QStringLiteral("if_set"), s.ifSet}};
    switch (s.kind) {
    case plan::StepKind::At:
        f << std::pair{QStringLiteral("command"), QJsonValue(s.command)}
          << std::pair{QStringLiteral("expect"), QJsonValue(s.expect)}
          << std::pair{QStringLiteral("expect_error"), QJsonValue(s.expectError)}
          << std::pair{QStringLiteral("timeout_ms"), QJsonValue(s.timeoutMs)}
          << std::pair{QStringLiteral("retries"), QJsonValue(s.retries)}
          << std::pair{QStringLiteral("retry_delay_ms"), QJsonValue(s.retryDelayMs)};
        break;
    case plan::StepKind::WaitFor:
        f << std::pair{QStringLiteral("pattern"), QJsonValue(s.pattern)}
          << std::pair{QStringLiteral("timeout_ms"), QJsonValue(s.timeoutMs)};
        break;
    case plan::StepKind::Delay:
        f << std::pair{QStringLiteral("duration_ms"), QJsonValue(s.durationMs)};
        break;
    case plan::StepKind::Prompt:
        f << std::pair{QStringLiteral("question"), QJsonValue(s.question)}
          << std::pair{QStringLiteral("image"), QJsonValue(s.image)};
        break;
    case plan::StepKind::Check:
        break;
    }
    return f;
}

Fields checkFields(const plan::Step& s)
{
    if (s.kind != plan::StepKind::Check)
        return {};
    const plan::CheckSpec& c = s.check;
    Fields f{{QStringLiteral("validator"), validatorName(c.kind)},
             {QStringLiteral("variable"), c.variable}};
    switch (c.kind) {
    case plan::CheckSpec::Kind::Regex:
        f << std::pair{QStringLiteral("regex"), QJsonValue(c.pattern)};
        break;
    case plan::CheckSpec::Kind::Range:
        f << std::pair{QStringLiteral("low"), c.low ? QJsonValue(*c.low) : QJsonValue()}
          << std::pair{QStringLiteral("high"), c.high ? QJsonValue(*c.high) : QJsonValue()}
          << std::pair{QStringLiteral("unit"), QJsonValue(c.unit)};
        break;
    case plan::CheckSpec::Kind::Equals:
        f << std::pair{QStringLiteral("equals"), QJsonValue(c.other)};
        break;
    default:
        break;
    }
    return f;
}

QList<PlanDiff::FieldChange> compareFields(const Fields& older, const Fields& newer)
{
    QList<PlanDiff::FieldChange> out;
    auto find = [](const Fields& f, const QString& key) -> const QJsonValue* {
        for (const auto& [k, v] : f) {
            if (k == key)
                return &v;
        }
        return nullptr;
    };
    for (const auto& [key, value] : newer) {
        const QJsonValue* old = find(older, key);
        const QJsonValue before = old ? *old : QJsonValue();
        if (before != value)
            out << PlanDiff::FieldChange{key, before, value};
    }
    for (const auto& [key, value] : older) {
        if (!find(newer, key))
            out << PlanDiff::FieldChange{key, value, QJsonValue()};
    }
    return out;
}

Fields settingsFields(const plan::Plan& p)
{
    Fields f{{QStringLiteral("product"), p.product},
             {QStringLiteral("description"), p.description},
             {QStringLiteral("serial_pattern"), p.serialPattern},
             {QStringLiteral("transport.baud"), p.transport.baudRate},
             {QStringLiteral("transport.data_bits"), p.transport.dataBits},
             {QStringLiteral("transport.parity"), p.transport.parity},
             {QStringLiteral("transport.stop_bits"), p.transport.stopBits},
             {QStringLiteral("transport.flow_control"), p.transport.flowControl},
             {QStringLiteral("transport.line_ending"),
              QString(p.transport.lineEnding)
                  .replace(QLatin1Char('\r'), QStringLiteral("\\r"))
                  .replace(QLatin1Char('\n'), QStringLiteral("\\n"))},
             {QStringLiteral("transport.open_timeout_ms"), p.transport.openTimeoutMs},
             {QStringLiteral("transport.usb"), p.transport.usbIds.join(QStringLiteral(", "))},
             {QStringLiteral("urc_prefixes"), p.urcPrefixes.join(QStringLiteral(", "))}};
    for (const auto& [name, value] : p.variables)
        f << std::pair{QStringLiteral("variables.") + name, QJsonValue(value)};
    return f;
}

struct Located
{
    const plan::Step* step = nullptr;
    QString phase;
    int position = 0;
};

QList<Located> allSteps(const plan::Plan& p)
{
    QList<Located> out;
    const std::pair<QString, const QList<plan::Step>*> phases[] = {
        {QStringLiteral("setup"), &p.setup},
        {QStringLiteral("steps"), &p.steps},
        {QStringLiteral("teardown"), &p.teardown}};
    for (const auto& [phase, list] : phases) {
        for (int i = 0; i < list->size(); ++i)
            out << Located{&list->at(i), phase, i + 1};
    }
    return out;
}

PlanDiff::StepRef refOf(const Located& l)
{
    PlanDiff::StepRef r;
    r.id = l.step->id;
    r.name = l.step->name;
    r.phase = l.phase;
    r.position = l.position;
    r.kind = kindName(l.step->kind);
    if (l.step->kind == plan::StepKind::Check)
        r.limit = PlanDiff::limitText(l.step->check);
    return r;
}

/// Ids of `a` that are in a longest common subsequence of `a` and `b`: the steps that kept
/// their relative order. The others moved. Plans have tens of steps, so O(n·m) is nothing.
QStringList keptOrder(const QStringList& a, const QStringList& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> len(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            len[size_t(i)][size_t(j)] = a[i] == b[j] ? len[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(len[size_t(i + 1)][size_t(j)],
                                                                len[size_t(i)][size_t(j + 1)]);
        }
    }
    QStringList kept;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            kept << a[i];
            ++i;
            ++j;
        } else if (len[size_t(i + 1)][size_t(j)] >= len[size_t(i)][size_t(j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

QString valueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("(none)");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(v.toDouble());
    case QJsonValue::String:
        return v.toString().isEmpty() ? QStringLiteral("(none)")
                                      : QString(QLatin1Char('"') + v.toString() + QLatin1Char('"'));
    default:
        return QStringLiteral("…");
    }
}

QString changesText(const QList<PlanDiff::FieldChange>& fields)
{
    QStringList parts;
    for (const auto& f : fields)
        parts << QStringLiteral("%1 %2 → %3")
                     .arg(f.field, valueText(f.oldValue), valueText(f.newValue));
    return parts.join(QStringLiteral("; "));
}

QJsonArray fieldsJson(const QList<PlanDiff::FieldChange>& fields)
{
    QJsonArray out;
    for (const auto& f : fields)
        out.append(QJsonObject{{QStringLiteral("field"), f.field},
                               {QStringLiteral("old"), f.oldValue},
                               {QStringLiteral("new"), f.newValue}});
    return out;
}

QJsonObject refJson(const PlanDiff::StepRef& r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("phase"), r.phase},
                  {QStringLiteral("position"), r.position},
                  {QStringLiteral("kind"), r.kind}};
    if (!r.limit.isEmpty())
        o.insert(QStringLiteral("limit"), r.limit);
    return o;
}

QString refText(const PlanDiff::StepRef& r)
{
    QString text = QStringLiteral("%1 #%2 %3").arg(r.phase).arg(r.position).arg(r.id);
    if (!r.name.isEmpty() && r.name != r.id)
        text += QStringLiteral(" \"%1\"").arg(r.name);
    text += QStringLiteral(" (%1%2)").arg(
        r.kind, r.limit.isEmpty() ? QString() : QString(QStringLiteral(": ") + r.limit));
    return text;
}

QString plural(qsizetype n, const QString& one, const QString& many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

} // namespace

QString PlanDiff::limitText(const plan::CheckSpec& c)
{
    switch (c.kind) {
    case plan::CheckSpec::Kind::Range: {
        const QString unit = c.unit.isEmpty() ? QString() : QString(QLatin1Char(' ') + c.unit);
        if (c.low && c.high)
            return QStringLiteral("%1 … %2%3").arg(number(*c.low), number(*c.high), unit);
        if (c.low)
            return QStringLiteral("≥ %1%2").arg(number(*c.low), unit);
        if (c.high)
            return QStringLiteral("≤ %1%2").arg(number(*c.high), unit);
        return QStringLiteral("any number");
    }
    case plan::CheckSpec::Kind::Regex:
        return QStringLiteral("matches %1").arg(c.pattern);
    case plan::CheckSpec::Kind::Equals:
        return QStringLiteral("equals ${%1}").arg(c.other);
    case plan::CheckSpec::Kind::ImeiLuhn:
        return QStringLiteral("IMEI (Luhn)");
    case plan::CheckSpec::Kind::IccidLuhn:
        return QStringLiteral("ICCID (Luhn)");
    case plan::CheckSpec::Kind::P256PublicKey:
        return QStringLiteral("P-256 public key");
    }
    return QString();
}

PlanDiff PlanDiff::compute(const plan::Plan& from, const plan::Plan& to)
{
    PlanDiff d;
    d.planId = to.id;
    d.fromRevision = from.revision;
    d.toRevision = to.revision;
    d.fromSha256 = QString::fromLatin1(from.sha256);
    d.toSha256 = QString::fromLatin1(to.sha256);
    if (from.id != to.id)
        d.settings << FieldChange{QStringLiteral("id"), from.id, to.id};
    d.settings << compareFields(settingsFields(from), settingsFields(to));

    const QList<Located> older = allSteps(from);
    const QList<Located> newer = allSteps(to);
    auto findIn = [](const QList<Located>& list, const QString& id) -> const Located* {
        for (const Located& l : list) {
            if (l.step->id == id)
                return &l;
        }
        return nullptr;
    };

    for (const Located& l : older) {
        if (!findIn(newer, l.step->id)) {
            d.removed << refOf(l);
            if (l.step->kind == plan::StepKind::Check)
                d.limits << LimitChange{l.step->id,
                                        l.step->name,
                                        l.step->check.variable,
                                        limitText(l.step->check),
                                        QString(),
                                        compareFields(checkFields(*l.step), {})};
        }
    }
    for (const Located& l : newer) {
        const Located* old = findIn(older, l.step->id);
        if (!old) {
            d.added << refOf(l);
            if (l.step->kind == plan::StepKind::Check)
                d.limits << LimitChange{l.step->id,
                                        l.step->name,
                                        l.step->check.variable,
                                        QString(),
                                        limitText(l.step->check),
                                        compareFields({}, checkFields(*l.step))};
            continue;
        }
        const auto fields = compareFields(stepFields(*old->step), stepFields(*l.step));
        if (!fields.isEmpty())
            d.changed << StepChange{refOf(l), fields};
        const auto limitFields = compareFields(checkFields(*old->step), checkFields(*l.step));
        if (!limitFields.isEmpty()) {
            const QString before =
                old->step->kind == plan::StepKind::Check ? limitText(old->step->check) : QString();
            const QString after =
                l.step->kind == plan::StepKind::Check ? limitText(l.step->check) : QString();
            d.limits << LimitChange{l.step->id, l.step->name, l.step->check.variable,
                                    before,     after,        limitFields};
        }
        if (old->phase != l.phase)
            d.moved << StepMove{refOf(*old), refOf(l)};
    }

    // Within a phase, a step moved when it is not part of the longest run of common steps
    // that kept their order.
    for (const QString& phase :
         {QStringLiteral("setup"), QStringLiteral("steps"), QStringLiteral("teardown")}) {
        QStringList a;
        QStringList b;
        for (const Located& l : older) {
            const Located* other = findIn(newer, l.step->id);
            if (l.phase == phase && other && other->phase == phase)
                a << l.step->id;
        }
        for (const Located& l : newer) {
            const Located* other = findIn(older, l.step->id);
            if (l.phase == phase && other && other->phase == phase)
                b << l.step->id;
        }
        const QStringList kept = keptOrder(a, b);
        for (const QString& id : std::as_const(b)) {
            if (!kept.contains(id))
                d.moved << StepMove{refOf(*findIn(older, id)), refOf(*findIn(newer, id))};
        }
    }
    return d;
}

bool PlanDiff::isEmpty() const
{
    return settings.isEmpty() && added.isEmpty() && removed.isEmpty() && moved.isEmpty() &&
           changed.isEmpty() && limits.isEmpty();
}

QString PlanDiff::summary() const
{
    if (isEmpty())
        return QStringLiteral("no differences");
    QStringList parts;
    if (!limits.isEmpty())
        parts << plural(limits.size(), QStringLiteral("limit changed"),
                        QStringLiteral("limits changed"));
    if (!added.isEmpty())
        parts << plural(added.size(), QStringLiteral("step added"), QStringLiteral("steps added"));
    if (!removed.isEmpty())
        parts << plural(removed.size(), QStringLiteral("step removed"),
                        QStringLiteral("steps removed"));
    if (!moved.isEmpty())
        parts << plural(moved.size(), QStringLiteral("step moved"), QStringLiteral("steps moved"));
    if (!changed.isEmpty())
        parts << plural(changed.size(), QStringLiteral("step changed"),
                        QStringLiteral("steps changed"));
    if (!settings.isEmpty())
        parts << plural(settings.size(), QStringLiteral("setting changed"),
                        QStringLiteral("settings changed"));
    return parts.join(QStringLiteral(", "));
}

QString PlanDiff::toText() const
{
    QStringList lines;
    lines << QStringLiteral("Plan %1: revision %2 → %3 — %4")
                 .arg(planId)
                 .arg(fromRevision)
                 .arg(toRevision)
                 .arg(summary());
    if (!limits.isEmpty()) {
        lines << QStringLiteral("Limits");
        for (const auto& l : limits) {
            QString what = l.stepId;
            if (!l.stepName.isEmpty() && l.stepName != l.stepId)
                what += QStringLiteral(" \"%1\"").arg(l.stepName);
            if (!l.variable.isEmpty())
                what += QStringLiteral(" (%1)").arg(l.variable);
            const QString before = l.oldLimit.isEmpty() ? QStringLiteral("(no limit)") : l.oldLimit;
            const QString after = l.newLimit.isEmpty() ? QStringLiteral("(no limit)") : l.newLimit;
            lines << QStringLiteral("  %1: %2 → %3").arg(what, before, after);
        }
    }
    if (!added.isEmpty() || !removed.isEmpty() || !moved.isEmpty() || !changed.isEmpty()) {
        lines << QStringLiteral("Steps");
        for (const auto& r : added)
            lines << QStringLiteral("  + added    ") + refText(r);
        for (const auto& r : removed)
            lines << QStringLiteral("  - removed  ") + refText(r);
        for (const auto& m : moved)
            lines << QStringLiteral("  ↕ moved    %1: %2 #%3 → %4 #%5")
                         .arg(m.to.id, m.from.phase)
                         .arg(m.from.position)
                         .arg(m.to.phase)
                         .arg(m.to.position);
        for (const auto& c : changed)
            lines << QStringLiteral("  ~ changed  %1 %2: %3")
                         .arg(c.step.phase, c.step.id, changesText(c.fields));
    }
    if (!settings.isEmpty()) {
        lines << QStringLiteral("Plan settings");
        for (const auto& f : settings)
            lines << QStringLiteral("  %1: %2 → %3")
                         .arg(f.field, valueText(f.oldValue), valueText(f.newValue));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject PlanDiff::toJson() const
{
    QJsonArray addedJson;
    for (const auto& r : added)
        addedJson.append(refJson(r));
    QJsonArray removedJson;
    for (const auto& r : removed)
        removedJson.append(refJson(r));
    QJsonArray movedJson;
    for (const auto& m : moved)
        movedJson.append(QJsonObject{{QStringLiteral("id"), m.to.id},
                                     {QStringLiteral("from"), refJson(m.from)},
                                     {QStringLiteral("to"), refJson(m.to)}});
    QJsonArray changedJson;
    for (const auto& c : changed)
        changedJson.append(QJsonObject{{QStringLiteral("step"), refJson(c.step)},
                                       {QStringLiteral("fields"), fieldsJson(c.fields)}});
    QJsonArray limitsJson;
    for (const auto& l : limits)
        limitsJson.append(QJsonObject{{QStringLiteral("step"), l.stepId},
                                      {QStringLiteral("name"), l.stepName},
                                      {QStringLiteral("variable"), l.variable},
                                      {QStringLiteral("old"), l.oldLimit},
                                      {QStringLiteral("new"), l.newLimit},
                                      {QStringLiteral("fields"), fieldsJson(l.fields)}});
    return QJsonObject{
        {QStringLiteral("plan_id"), planId},
        {QStringLiteral("from"), QJsonObject{{QStringLiteral("revision"), fromRevision},
                                             {QStringLiteral("sha256"), fromSha256}}},
        {QStringLiteral("to"), QJsonObject{{QStringLiteral("revision"), toRevision},
                                           {QStringLiteral("sha256"), toSha256}}},
        {QStringLiteral("summary"), summary()},
        {QStringLiteral("limits"), limitsJson},
        {QStringLiteral("steps"), QJsonObject{{QStringLiteral("added"), addedJson},
                                              {QStringLiteral("removed"), removedJson},
                                              {QStringLiteral("moved"), movedJson},
                                              {QStringLiteral("changed"), changedJson}}},
        {QStringLiteral("settings"), fieldsJson(settings)}};
}

} // namespace eol::core::planrepo
