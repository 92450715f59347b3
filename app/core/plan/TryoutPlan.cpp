#include "TryoutPlan.h"

#include "plan/PlanLoader.h"
#include "runner/VariableExpander.h"

#include <QRegularExpression>

namespace eol::core::plan {

namespace {

void addReferences(const QString& text, QStringList* names)
{
    for (const runner::VariableExpander::Reference& ref :
         runner::VariableExpander::references(text)) {
        if (!names->contains(ref.name))
            names->append(ref.name);
    }
}

void addGroups(const QString& pattern, QStringList* names)
{
    if (pattern.isEmpty())
        return;
    const QRegularExpression re(pattern);
    for (const QString& name : re.namedCaptureGroups()) {
        if (!name.isEmpty() && !names->contains(name))
            names->append(name);
    }
}

} // namespace

QStringList TryoutPlan::inputsOf(const Step& step)
{
    QStringList names;
    for (const QString* text : {&step.command, &step.expect, &step.pattern, &step.question})
        addReferences(*text, &names);
    if (step.kind == StepKind::Check) {
        names.append(step.check.variable);
        if (step.check.kind == CheckSpec::Kind::Equals)
            names.append(step.check.other);
    }
    if (!step.ifSet.isEmpty())
        names.append(step.ifSet);
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

QStringList TryoutPlan::outputsOf(const Step& step)
{
    QStringList names;
    if (step.kind == StepKind::At)
        addGroups(step.expect, &names);
    else if (step.kind == StepKind::WaitFor)
        addGroups(step.pattern, &names);
    else if (step.kind == StepKind::Check && step.check.kind == CheckSpec::Kind::P256PublicKey) {
        names.append(step.check.variable + QStringLiteral("_pem"));
        names.append(step.check.variable + QStringLiteral("_sha256"));
    }
    return names;
}

eol::Result<Plan> TryoutPlan::forStep(const Plan& plan, const QString& stepId)
{
    Plan tryout = plan;
    tryout.setup.clear();
    tryout.steps.clear();
    tryout.teardown.clear();

    for (int i = 0; i < plan.setup.size(); ++i) {
        tryout.setup.append(plan.setup.at(i));
        if (plan.setup.at(i).id == stepId)
            return tryout;
    }

    // Everything after the setup, in execution order; the target is found among these.
    const QList<Step> later = plan.steps + plan.teardown;
    int target = -1;
    for (int i = 0; i < later.size(); ++i) {
        if (later.at(i).id == stepId) {
            target = i;
            break;
        }
    }
    if (target < 0) {
        return eol::makeError(QStringLiteral("step_not_found"),
                              QStringLiteral("the plan has no step '%1'").arg(stepId));
    }

    QStringList available = PlanLoader::builtinVariables();
    for (const auto& [name, value] : plan.variables)
        available.append(name);
    for (const Step& s : plan.setup)
        available += outputsOf(s);

    // Walk backwards from the target: a needed variable is produced by the latest earlier step
    // that captures it (the one whose value the target would see in a full run).
    QList<bool> included(target + 1, false);
    included[target] = true;
    QStringList needed;
    for (const QString& name : inputsOf(later.at(target))) {
        if (!available.contains(name))
            needed.append(name);
    }
    for (int i = target - 1; i >= 0 && !needed.isEmpty(); --i) {
        const QStringList outputs = outputsOf(later.at(i));
        bool produces = false;
        for (const QString& name : outputs) {
            if (needed.removeAll(name) > 0)
                produces = true;
        }
        if (!produces)
            continue;
        included[i] = true;
        for (const QString& name : inputsOf(later.at(i))) {
            if (!available.contains(name) && !needed.contains(name))
                needed.append(name);
        }
    }
    for (int i = 0; i <= target; ++i) {
        if (included.at(i))
            tryout.steps.append(later.at(i));
    }
    return tryout;
}

} // namespace eol::core::plan
