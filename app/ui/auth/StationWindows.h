#pragma once

#include "ui/OperatorWindow.h"
#include "ui/StationSettings.h"
#include "ui/auth/AccessController.h"

#include <QString>
#include <functional>

namespace eol::ui::auth {

/// The windows behind the access toolbar that other parts of the station build — the QA review
/// (ui/review) and the plan editor (ui/editor) — as factories for AccessController, which
/// checks the session's permission before it calls one. main() installs them.
class StationWindows
{
public:
    /// ReviewWindow on the station database; notes only for sessions that may add them.
    static AccessController::WindowFactory review(const QString& databasePath);

    struct EditorContext
    {
        QString databasePath;
        QString stationId;
        QString plansDirectory;
        QString recentFilesPath;
        /// The plan the operator screen has active: the editor opens its draft or release.
        std::function<QString()> activePlanId;
    };
    /// PlanEditorWindow with revision hooks into the station's PlanRepository.
    static AccessController::WindowFactory planEditor(EditorContext context);

    /// Both factories for a station started with `settings` from `configPath`; the editor
    /// opens the plan `window` has active.
    static void install(AccessController& access, const StationSettings& settings,
                        const QString& configPath, const OperatorWindow& window);
};

} // namespace eol::ui::auth
