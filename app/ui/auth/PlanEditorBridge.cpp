#include "ui/auth/PlanEditorBridge.h"

#include "audit/AuditLog.h"
#include "planrepo/PlanRepository.h"
#include "store/RunStore.h"
#include "ui/auth/AuthUiLog.h"

namespace eol::ui::auth {

PlanEditorBridge::PlanEditorBridge(const QString& databasePath, const QString& stationId,
                                   core::auth::Session session, QObject* parent)
    : QObject(parent), m_session(std::move(session))
{
    auto store = core::store::RunStore::open(databasePath);
    if (!store) {
        qCWarning(lcUiAuth) << "plan editor without the revision store:" << store.error().message;
        return;
    }
    m_store = std::move(store).value();
    m_audit = std::make_unique<core::audit::AuditLog>(*m_store, stationId);
    m_repo = std::make_unique<core::planrepo::PlanRepository>(*m_store, *m_audit);
}

PlanEditorBridge::~PlanEditorBridge()
{
    m_repo.reset();
    m_audit.reset();
    m_store.reset();
}

editor::PlanSource PlanEditorBridge::toSource(const core::planrepo::PlanRevision& r)
{
    editor::PlanSource s;
    s.bytes = r.content;
    s.displayName = QStringLiteral("%1@r%2").arg(r.planId).arg(r.revision);
    s.repositoryRef = r.planId;
    s.revision = r.revision;
    s.released = r.isReleased();
    s.releasedBy = r.releasedBy;
    s.releasedUtc = r.releasedUtc;
    return s;
}

Result<editor::PlanSource> PlanEditorBridge::currentSource(const QString& planId) const
{
    if (!m_repo)
        return makeError(QStringLiteral("plan_store_unavailable"),
                         tr("the plan revision store cannot be opened"));
    auto draft = m_repo->draft(planId);
    if (!draft)
        return draft.error();
    if (draft.value())
        return toSource(*draft.value());
    auto released = m_repo->latestReleased(planId);
    if (!released)
        return released.error();
    return toSource(released.value());
}

editor::PlanRevisionHooks PlanEditorBridge::hooks()
{
    editor::PlanRevisionHooks h;
    if (!m_repo)
        return h;
    h.createDraft = [this](const editor::PlanSource& released) -> Result<editor::PlanSource> {
        auto d = m_repo->startDraft(released.repositoryRef, released.revision, m_session.userName);
        if (!d)
            return d.error();
        return toSource(d.value());
    };
    h.saveDraft = [this](const editor::PlanSource&,
                         const QByteArray& bytes) -> Result<editor::PlanSource> {
        auto d = m_repo->saveDraft(bytes, m_session.userName);
        if (!d)
            return d.error();
        return toSource(d.value());
    };
    h.release = [this](const editor::PlanSource& draft,
                       const QString& note) -> Result<editor::PlanSource> {
        auto r = m_repo->release(draft.repositoryRef, draft.revision, m_session, note);
        if (!r)
            return r.error();
        return toSource(r->revision);
    };
    return h;
}

} // namespace eol::ui::auth
