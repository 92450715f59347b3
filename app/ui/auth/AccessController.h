#pragma once

#include "auth/Session.h"
#include "auth/UserRecord.h"
#include "auth/UserStore.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QThread>
#include <chrono>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QTimer;
class QToolBar;
class QWidget;

namespace eol::core::auth {
class AuthService;
}
namespace eol::core::store {
class RunStore;
}
namespace eol::core::audit {
class AuditLog;
}
namespace eol::core::planrepo {
class PlanRepository;
class ReleasedPlanResolver;
} // namespace eol::core::planrepo

namespace eol::ui {
class OperatorWindow;
struct StationSettings;
} // namespace eol::ui

namespace eol::ui::auth {

class FirstAdminDialog;
class LoginDialog;

/// Who may do what at the station screen (docs/roles-and-audit.md). Adds a small role-aware
/// toolbar to the operator window — the user and role, Log in / Log out, "Review records…",
/// "Plan editor…", "Users & audit…" — keeps the session (badge scans in the scan field log in;
/// idle time logs out), tells the operator window who tests and where plans come from, and is
/// the one gate in front of every window that needs a role: an operator cannot open the editor,
/// whichever way it is invoked, and the refusal is audited.
///
/// With no users at all the station runs as it always did (no login, plan files as they are)
/// and offers "Set up the first administrator…". Once there are users, logins are required and
/// operators run only released plan revisions.
///
/// Credentials are checked by core::auth::AuthService on its own thread (scrypt takes ~0.1 s;
/// the GUI never waits on it).
class AccessController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString stationId;
        QString configPath;      ///< the station.ini the admin's settings form writes
        QString defaultOperator; ///< recorded as the operator while the station has no users
        int idleLogoutMinutes = 15;
        bool requireReleased = false; ///< release enforced even with no users
        QString plansDir;             ///< the site's plan folder (PlanLocator)
        QStringList shippedDirs;      ///< shipped plans (taken over as released by "vendor")
        core::auth::UserStore::Policy policy;
    };
    /// Opens a window for a session (the editor, the review): main() provides these once the
    /// classes exist. The controller checks the permission before it ever calls one.
    using WindowFactory = std::function<QWidget*(const core::auth::Session& session)>;

    /// The options a station start uses: its settings and the station.ini it was read from.
    static Options optionsFor(const StationSettings& settings, const QString& configPath);

    AccessController(OperatorWindow* window, Options options, QObject* parent = nullptr);
    ~AccessController() override;

    const core::auth::Session& session() const { return m_session; }
    /// True once the station has at least one active user (logins required).
    bool hasUsers() const { return !m_users.isEmpty(); }
    bool usersKnown() const { return m_usersKnown; }
    /// True while plans come from released revisions only.
    bool releasedOnly() const { return m_releasedOnly; }
    QToolBar* toolBar() const { return m_toolBar; }
    QAction* loginAction() const { return m_login; }
    QAction* logoutAction() const { return m_logout; }
    QAction* reviewAction() const { return m_review; }
    QAction* editorAction() const { return m_editor; }
    QAction* adminAction() const { return m_admin; }
    QAction* firstAdminAction() const { return m_firstAdmin; }
    /// The open login dialog, if any.
    LoginDialog* loginDialog() const;
    FirstAdminDialog* firstAdminDialog() const;

    void setReviewWindowFactory(WindowFactory factory) { m_reviewFactory = std::move(factory); }
    void setPlanEditorFactory(WindowFactory factory) { m_editorFactory = std::move(factory); }
    /// Idle logout after this long without input (tests use milliseconds; 0 = never).
    void setIdleTimeout(std::chrono::milliseconds timeout);

public Q_SLOTS:
    void showLogin();
    void logout();
    /// Each returns the window it opened, or nullptr when the session may not (audited).
    QWidget* openReview();
    QWidget* openPlanEditor();
    QWidget* openAdmin();
    void setupFirstAdmin();

Q_SIGNALS:
    void sessionChanged(const eol::core::auth::Session& session);
    void loginRefused(const QString& message);
    /// The session may not do `what` ("plan editor", "review", "users & audit").
    void accessDenied(const QString& what);
    /// The user list arrived or changed.
    void usersLoaded(bool hasUsers);
    /// Asked for a window no factory is set for yet (main() may open it).
    void reviewRequested(const eol::core::auth::Session& session);
    void planEditorRequested(const eol::core::auth::Session& session);
    void windowOpened(QWidget* window);

    // Internal: to the AuthService on its thread.
    void pinLoginRequested(const QString& name, const QString& pin);
    void badgeLoginRequested(const QString& badgeId);
    void logoutRequested(const eol::core::auth::Session& session, const QString& reason);
    void firstAdminRequested(const QString& name, const QString& displayName, const QString& pin);
    void usersRefreshRequested();
    void deniedRecorded(const eol::core::auth::Session& session, const QString& what);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildToolBar();
    void onUsers(const QList<core::auth::UserRecord>& users);
    void onLoggedIn(const core::auth::Session& session);
    void onRefused(const QString& message);
    void endSession(const QString& reason);
    void updateActions();
    void applyPlanSource();
    bool gate(core::auth::Permission permission, const QString& what);
    QWidget* track(QWidget* window);
    void closeSessionWindows();
    void onIdle();

    OperatorWindow* m_window;
    Options m_options;
    core::auth::Session m_session;
    QList<core::auth::UserRecord> m_users;
    bool m_usersKnown = false;
    bool m_releasedOnly = false;
    QString m_defaultOperator; ///< the settings' operator name, used while there are no users

    QThread m_authThread;
    core::auth::AuthService* m_service = nullptr; ///< lives on m_authThread

    // The released-plan resolver reads the station database on the GUI thread: one indexed
    // SELECT when a plan is chosen (start-up, job card), like the plan file read it replaces.
    std::unique_ptr<core::store::RunStore> m_planStore;
    std::unique_ptr<core::audit::AuditLog> m_planAudit;
    std::unique_ptr<core::planrepo::PlanRepository> m_planRepo;
    std::unique_ptr<core::planrepo::ReleasedPlanResolver> m_resolver;

    WindowFactory m_reviewFactory;
    WindowFactory m_editorFactory;
    QList<QPointer<QWidget>> m_sessionWindows;
    QPointer<LoginDialog> m_loginDialog;
    QPointer<FirstAdminDialog> m_firstAdminDialog;

    QToolBar* m_toolBar = nullptr;
    QLabel* m_userLabel = nullptr;
    QAction* m_login = nullptr;
    QAction* m_logout = nullptr;
    QAction* m_review = nullptr;
    QAction* m_editor = nullptr;
    QAction* m_admin = nullptr;
    QAction* m_firstAdmin = nullptr;
    QTimer* m_idleTimer = nullptr;
    QElapsedTimer m_sinceActivity;
};

} // namespace eol::ui::auth
