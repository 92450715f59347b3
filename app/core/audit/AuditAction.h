#pragma once

#include <QString>
#include <QStringList>

namespace eol::core::audit {

/// The audit trail's action names. They are stored as text and filtered on by QA and scripts
/// (`eol-station audit list --action limit_changed`), so they never change once shipped.
class AuditAction
{
public:
    static constexpr QLatin1String kLoginOk{"login_ok"};
    static constexpr QLatin1String kLoginFailed{"login_failed"};
    static constexpr QLatin1String kUserLocked{"user_locked"};
    static constexpr QLatin1String kLogout{"logout"};
    static constexpr QLatin1String kAccessDenied{"access_denied"};
    static constexpr QLatin1String kUserAdded{"user_added"};
    static constexpr QLatin1String kUserChanged{"user_changed"};
    static constexpr QLatin1String kUserDisabled{"user_disabled"};
    static constexpr QLatin1String kUserEnabled{"user_enabled"};
    static constexpr QLatin1String kPinChanged{"pin_changed"};
    static constexpr QLatin1String kBadgeChanged{"badge_changed"};
    static constexpr QLatin1String kPlanDraftSaved{"plan_draft_saved"};
    static constexpr QLatin1String kPlanDraftDiscarded{"plan_draft_discarded"};
    static constexpr QLatin1String kPlanReleased{"plan_released"};
    static constexpr QLatin1String kPlanSeeded{"plan_seeded"};
    static constexpr QLatin1String kLimitChanged{"limit_changed"};
    static constexpr QLatin1String kSettingsChanged{"settings_changed"};
    static constexpr QLatin1String kNoteDeleted{"note_deleted"};

    /// Every action above, in this order (for filters and documentation).
    static QStringList all()
    {
        return {kLoginOk,      kLoginFailed,     kUserLocked,         kLogout,       kAccessDenied,
                kUserAdded,    kUserChanged,     kUserDisabled,       kUserEnabled,  kPinChanged,
                kBadgeChanged, kPlanDraftSaved,  kPlanDraftDiscarded, kPlanReleased, kPlanSeeded,
                kLimitChanged, kSettingsChanged, kNoteDeleted};
    }
};

} // namespace eol::core::audit
