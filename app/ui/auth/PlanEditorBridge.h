#pragma once

#include "auth/Session.h"
#include "common/Result.h"
#include "planrepo/PlanRevision.h"
#include "ui/editor/PlanRevisionHooks.h"
#include "ui/editor/PlanSource.h"

#include <QObject>
#include <memory>

namespace eol::core::store {
class RunStore;
}
namespace eol::core::audit {
class AuditLog;
}
namespace eol::core::planrepo {
class PlanRepository;
}

namespace eol::ui::auth {

/// Connects the plan editor (ui/editor) to the plan revision store (core/planrepo) for one
/// session: "Edit as new draft", "Save" of a draft and "Release…" become PlanRepository calls
/// signed by the logged-in user. Owned by the editor window it serves; its own connection to
/// the station database (editor work is rare and small, like the admin window's).
class PlanEditorBridge : public QObject
{
    Q_OBJECT
public:
    PlanEditorBridge(const QString& databasePath, const QString& stationId,
                     core::auth::Session session, QObject* parent = nullptr);
    ~PlanEditorBridge() override;

    bool isOpen() const { return m_repo != nullptr; }
    /// The hooks for PlanEditorWindow::Options (they call back into this object).
    editor::PlanRevisionHooks hooks();
    /// What the editor opens for a plan: its draft if it has one, else its newest release
    /// (read-only until "Edit as new draft").
    Result<editor::PlanSource> currentSource(const QString& planId) const;

    static editor::PlanSource toSource(const core::planrepo::PlanRevision& revision);

private:
    core::auth::Session m_session;
    std::unique_ptr<core::store::RunStore> m_store;
    std::unique_ptr<core::audit::AuditLog> m_audit;
    std::unique_ptr<core::planrepo::PlanRepository> m_repo;
};

} // namespace eol::ui::auth
