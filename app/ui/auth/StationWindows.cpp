#include "ui/auth/StationWindows.h"

#include "ui/auth/AuthUiLog.h"
#include "ui/auth/PlanEditorBridge.h"
#include "ui/editor/PlanEditorWindow.h"
#include "ui/review/ReviewWindow.h"

#include <QDir>
#include <QFileInfo>

namespace eol::ui::auth {

using core::auth::Permission;
using core::auth::Session;

AccessController::WindowFactory StationWindows::review(const QString& databasePath)
{
    return [databasePath](const Session& session) -> QWidget* {
        review::ReviewAccess access;
        access.userName = session.userName;
        access.mayAnnotate = session.allows(Permission::AddNotes);
        return new review::ReviewWindow(databasePath, access);
    };
}

AccessController::WindowFactory StationWindows::planEditor(EditorContext context)
{
    return [context](const Session& session) -> QWidget* {
        auto* bridge = new PlanEditorBridge(context.databasePath, context.stationId, session);
        editor::PlanEditorWindow::Options o;
        o.access.canEdit = session.allows(Permission::EditPlans);
        o.access.canRelease = session.allows(Permission::ReleasePlans);
        o.access.userName = session.userName;
        o.hooks = bridge->hooks();
        o.plansDirectory = context.plansDirectory;
        o.recentFilesPath = context.recentFilesPath;
        auto created = editor::PlanEditorWindow::create(o);
        if (!created) {
            qCWarning(lcUiAuth) << "plan editor refused:" << created.error().message;
            delete bridge;
            return nullptr;
        }
        editor::PlanEditorWindow* window = created.value().release();
        bridge->setParent(window); // the hooks live exactly as long as the window
        const QString planId = context.activePlanId ? context.activePlanId() : QString();
        if (!planId.isEmpty()) {
            auto source = bridge->currentSource(planId);
            if (source) {
                if (auto opened = window->openSource(source.value()); !opened)
                    qCWarning(lcUiAuth) << "cannot open" << planId << opened.error().message;
            }
        }
        return window;
    };
}

void StationWindows::install(AccessController& access, const StationSettings& settings,
                             const QString& configPath, const OperatorWindow& window)
{
    access.setReviewWindowFactory(review(settings.databasePath));
    EditorContext editor;
    editor.databasePath = settings.databasePath;
    editor.stationId = settings.stationId;
    editor.plansDirectory = settings.plansDir;
    editor.recentFilesPath =
        QFileInfo(configPath).absoluteDir().filePath(QStringLiteral("editor-recent.ini"));
    const OperatorWindow* w = &window;
    editor.activePlanId = [w] { return w->activePlan().id; };
    access.setPlanEditorFactory(planEditor(editor));
}

} // namespace eol::ui::auth
