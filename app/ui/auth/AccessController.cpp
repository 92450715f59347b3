#include "ui/auth/AccessController.h"

#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "cli/PlanLocator.h"
#include "planrepo/PlanRepository.h"
#include "planrepo/ReleasedPlanResolver.h"
#include "store/RunStore.h"
#include "ui/OperatorWindow.h"
#include "ui/StationSettings.h"
#include "ui/admin/AdminWindow.h"
#include "ui/auth/AuthUiLog.h"
#include "ui/auth/FirstAdminDialog.h"
#include "ui/auth/LoginDialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <algorithm>

namespace eol::ui::auth {

using core::auth::Permission;
using core::auth::Session;

namespace {

constexpr int kMessageMs = 10000;
constexpr int kJoinMs = 3000;

QString roleTitle(core::auth::Role role)
{
    switch (role) {
    case core::auth::Role::Operator:
        return AccessController::tr("operator");
    case core::auth::Role::Lead:
        return AccessController::tr("hardware lead");
    case core::auth::Role::Qa:
        return AccessController::tr("QA");
    case core::auth::Role::Admin:
        return AccessController::tr("administrator");
    }
    return QString();
}

} // namespace

AccessController::Options AccessController::optionsFor(const StationSettings& settings,
                                                       const QString& configPath)
{
    Options o;
    o.databasePath = settings.databasePath;
    o.stationId = settings.stationId;
    o.configPath = configPath;
    o.defaultOperator = settings.operatorName;
    o.idleLogoutMinutes = settings.idleLogoutMinutes;
    o.requireReleased = settings.requireReleased;
    o.plansDir = settings.plansDir;
    o.shippedDirs = cli::PlanLocator::shippedDirs();
    return o;
}

AccessController::AccessController(OperatorWindow* window, Options options, QObject* parent)
    : QObject(parent), m_window(window), m_options(std::move(options))
{
    qRegisterMetaType<eol::core::auth::Session>();
    qRegisterMetaType<QList<eol::core::auth::UserRecord>>();
    m_defaultOperator = m_options.defaultOperator;
    buildToolBar();

    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    setIdleTimeout(std::chrono::minutes(m_options.idleLogoutMinutes));
    connect(m_idleTimer, &QTimer::timeout, this, &AccessController::onIdle);
    qApp->installEventFilter(this);

    // Whether the station has users decides how it starts (logins, released plans), so read it
    // now instead of letting the first scan race the service's answer.
    auto store = core::store::RunStore::open(m_options.databasePath);
    if (store) {
        m_planStore = std::move(store).value();
        m_planAudit = std::make_unique<core::audit::AuditLog>(*m_planStore, m_options.stationId);
        m_planRepo = std::make_unique<core::planrepo::PlanRepository>(*m_planStore, *m_planAudit);
        const QString plansDir = m_options.plansDir;
        m_resolver = std::make_unique<core::planrepo::ReleasedPlanResolver>(
            *m_planRepo,
            [plansDir](const QString& ref) { return cli::PlanLocator(plansDir).load(ref); },
            m_options.shippedDirs);
        core::auth::UserStore users(*m_planStore, *m_planAudit, m_options.policy);
        if (auto list = users.list(false); list) {
            m_users = list.value();
            m_usersKnown = true;
        }
    } else {
        qCWarning(lcUiAuth) << "users and plan revisions unavailable:" << store.error().message;
    }

    m_service =
        new core::auth::AuthService(m_options.databasePath, m_options.stationId, m_options.policy);
    m_service->moveToThread(&m_authThread);
    connect(&m_authThread, &QThread::started, m_service, &core::auth::AuthService::open);
    connect(&m_authThread, &QThread::finished, m_service, &QObject::deleteLater);
    connect(this, &AccessController::pinLoginRequested, m_service,
            &core::auth::AuthService::loginWithPin);
    connect(this, &AccessController::badgeLoginRequested, m_service,
            &core::auth::AuthService::loginWithBadge);
    connect(this, &AccessController::logoutRequested, m_service, &core::auth::AuthService::logout);
    connect(this, &AccessController::firstAdminRequested, m_service,
            &core::auth::AuthService::createFirstAdmin);
    connect(this, &AccessController::usersRefreshRequested, m_service,
            &core::auth::AuthService::refreshUsers);
    connect(this, &AccessController::deniedRecorded, m_service,
            &core::auth::AuthService::recordDenied);
    connect(m_service, &core::auth::AuthService::loggedIn, this, &AccessController::onLoggedIn);
    connect(m_service, &core::auth::AuthService::loginRefused, this, &AccessController::onRefused);
    connect(m_service, &core::auth::AuthService::usersChanged, this, &AccessController::onUsers);
    connect(m_service, &core::auth::AuthService::problem, this, [this](const QString& message) {
        m_window->statusBar()->showMessage(tr("Logins unavailable: %1").arg(message), kMessageMs);
    });
    m_authThread.setObjectName(QStringLiteral("eol-auth"));
    m_authThread.start();

    connect(m_window, &OperatorWindow::badgeScanned, this, [this](const QString& badgeId) {
        if (!hasUsers()) {
            m_window->statusBar()->showMessage(
                tr("Badge scanned, but this station has no users yet."), kMessageMs);
            return;
        }
        Q_EMIT badgeLoginRequested(badgeId);
    });

    applyPlanSource();
    updateActions();
}

AccessController::~AccessController()
{
    qApp->removeEventFilter(this);
    closeSessionWindows();
    if (m_session.isValid() && m_authThread.isRunning()) {
        // Blocking: a queued logout could still sit in the service's queue when its loop quits.
        const Session session = m_session;
        core::auth::AuthService* service = m_service;
        QMetaObject::invokeMethod(
            m_service,
            [service, session] { service->logout(session, QStringLiteral("station closed")); },
            Qt::BlockingQueuedConnection);
    }
    m_authThread.quit();
    if (!m_authThread.wait(kJoinMs))
        qCWarning(lcUiAuth) << "the login service did not stop within 3 s";
}

LoginDialog* AccessController::loginDialog() const
{
    return m_loginDialog;
}

FirstAdminDialog* AccessController::firstAdminDialog() const
{
    return m_firstAdminDialog;
}

void AccessController::buildToolBar()
{
    m_toolBar = new QToolBar(tr("Access"), m_window);
    m_toolBar->setObjectName(QStringLiteral("accessToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setFocusPolicy(Qt::NoFocus);
    // The operator screen is dark and high-contrast; the toolbar follows it.
    m_toolBar->setStyleSheet(QStringLiteral(
        "QToolBar#accessToolBar { background: #0b0e11; border: none; spacing: 6px; padding: 2px; }"
        "QToolBar#accessToolBar QToolButton { color: #ffffff; font-size: 18px; padding: 6px 14px;"
        " border: 1px solid #2f3a45; border-radius: 6px; background: #1a2027; }"
        "QToolBar#accessToolBar QToolButton:disabled { color: #5c6670; border-color: #20262d; }"
        "QToolBar#accessToolBar QToolButton:pressed { background: #26323d; }"
        "QToolBar#accessToolBar QLabel { color: #bfe3ff; font-size: 18px; padding: 0 10px; }"));

    auto add = [this](const QString& text, const char* name, void (AccessController::*slot)()) {
        auto* a = m_toolBar->addAction(text);
        a->setObjectName(QLatin1String(name));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_login = add(tr("Log in"), "actionLogin", &AccessController::showLogin);
    m_logout = add(tr("Log out"), "actionLogout", &AccessController::logout);
    m_toolBar->addSeparator();
    m_review = m_toolBar->addAction(tr("Review records…"));
    m_review->setObjectName(QStringLiteral("actionReview"));
    connect(m_review, &QAction::triggered, this, [this] { (void)openReview(); });
    m_editor = m_toolBar->addAction(tr("Plan editor…"));
    m_editor->setObjectName(QStringLiteral("actionPlanEditor"));
    connect(m_editor, &QAction::triggered, this, [this] { (void)openPlanEditor(); });
    m_admin = m_toolBar->addAction(tr("Users && audit…"));
    m_admin->setObjectName(QStringLiteral("actionAdmin"));
    connect(m_admin, &QAction::triggered, this, [this] { (void)openAdmin(); });
    m_firstAdmin = add(tr("Set up the first administrator…"), "actionFirstAdmin",
                       &AccessController::setupFirstAdmin);

    auto* spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_userLabel = new QLabel(m_toolBar);
    m_userLabel->setObjectName(QStringLiteral("sessionUser"));
    m_toolBar->addWidget(m_userLabel);
    for (QWidget* w : m_toolBar->findChildren<QWidget*>())
        w->setFocusPolicy(Qt::NoFocus); // the scan field keeps the keyboard
    m_window->addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void AccessController::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimer->setInterval(int(timeout.count()));
    if (timeout.count() <= 0)
        m_idleTimer->stop();
    else if (m_session.isValid())
        m_idleTimer->start();
}

bool AccessController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        m_sinceActivity.restart();
        if (m_session.isValid() && m_idleTimer->interval() > 0)
            m_idleTimer->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void AccessController::onIdle()
{
    if (!m_session.isValid())
        return;
    if (m_window->phase() == OperatorWindow::Phase::Running) {
        m_idleTimer->start(); // never log out under a running test
        return;
    }
    qCInfo(lcUiAuth) << "idle logout of" << m_session.userName;
    endSession(QStringLiteral("idle"));
    m_window->statusBar()->showMessage(tr("Logged out after inactivity."), kMessageMs);
}

void AccessController::onUsers(const QList<core::auth::UserRecord>& users)
{
    m_users = users;
    m_usersKnown = true;
    if (m_session.isValid()) {
        const bool stillActive =
            std::any_of(users.begin(), users.end(), [this](const core::auth::UserRecord& u) {
                return u.name == m_session.userName && u.role == m_session.role;
            });
        if (!stillActive)
            endSession(QStringLiteral("user changed or disabled"));
    }
    applyPlanSource();
    updateActions();
    Q_EMIT usersLoaded(hasUsers());
}

void AccessController::applyPlanSource()
{
    const bool releasedOnly = hasUsers() || m_options.requireReleased;
    if (releasedOnly == m_releasedOnly)
        return;
    m_releasedOnly = releasedOnly;
    if (releasedOnly && m_resolver) {
        qCInfo(lcUiAuth) << "plans: released revisions only";
        core::planrepo::ReleasedPlanResolver* resolver = m_resolver.get();
        m_window->setPlanResolver(
            [resolver](const QString& ref) { return resolver->resolve(ref); });
    } else if (releasedOnly) {
        // No database for the revisions: refuse every plan rather than run unreleased files.
        m_window->setPlanResolver([](const QString&) -> Result<core::plan::Plan> {
            return makeError(QStringLiteral("plan_not_released"),
                             tr("the plan revisions cannot be read — call the line lead"));
        });
    } else {
        m_window->setPlanResolver({});
    }
}

void AccessController::showLogin()
{
    if (!hasUsers())
        return;
    if (m_loginDialog) {
        m_loginDialog->raise();
        return;
    }
    auto* dialog = new LoginDialog(m_users, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_loginDialog = dialog;
    // Forget it as soon as it closes (it is deleted later): the next Log in gets a fresh one.
    connect(dialog, &QDialog::finished, this, [this] { m_loginDialog = nullptr; });
    connect(dialog, &LoginDialog::pinSubmitted, this, &AccessController::pinLoginRequested);
    connect(dialog, &LoginDialog::badgeSubmitted, this, &AccessController::badgeLoginRequested);
    dialog->open();
}

void AccessController::setupFirstAdmin()
{
    if (hasUsers())
        return;
    if (m_firstAdminDialog) {
        m_firstAdminDialog->raise();
        return;
    }
    auto* dialog = new FirstAdminDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_firstAdminDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_firstAdminDialog = nullptr; });
    connect(dialog, &FirstAdminDialog::adminRequested, this,
            &AccessController::firstAdminRequested);
    dialog->open();
}

void AccessController::onLoggedIn(const Session& session)
{
    if (m_session.isValid() && m_session.userName != session.userName)
        endSession(QStringLiteral("replaced"));
    const bool newUser = m_session.userName != session.userName;
    m_session = session;
    if (newUser)
        closeSessionWindows();
    if (m_loginDialog)
        m_loginDialog->accept();
    if (m_firstAdminDialog)
        m_firstAdminDialog->accept();
    m_sinceActivity.restart();
    if (m_idleTimer->interval() > 0)
        m_idleTimer->start();
    updateActions();
    m_window->statusBar()->showMessage(
        tr("Logged in: %1 (%2)").arg(session.displayName, roleTitle(session.role)), kMessageMs);
    Q_EMIT sessionChanged(m_session);
}

void AccessController::onRefused(const QString& message)
{
    qCInfo(lcUiAuth) << "login refused:" << message;
    if (m_loginDialog)
        m_loginDialog->showRefusal(message);
    else if (m_firstAdminDialog)
        m_firstAdminDialog->showRefusal(message);
    else
        m_window->statusBar()->showMessage(tr("Login refused: %1").arg(message), kMessageMs);
    Q_EMIT loginRefused(message);
}

void AccessController::logout()
{
    endSession(QStringLiteral("user"));
}

void AccessController::endSession(const QString& reason)
{
    if (!m_session.isValid())
        return;
    Q_EMIT logoutRequested(m_session, reason);
    m_session = {};
    m_idleTimer->stop();
    closeSessionWindows();
    updateActions();
    Q_EMIT sessionChanged(m_session);
}

void AccessController::updateActions()
{
    const bool users = hasUsers();
    const bool in = m_session.isValid();
    m_login->setVisible(users && !in);
    m_logout->setVisible(in);
    m_review->setVisible(users);
    m_editor->setVisible(users);
    m_admin->setVisible(users);
    m_review->setEnabled(m_session.allows(Permission::ReviewRecords));
    m_editor->setEnabled(m_session.allows(Permission::EditPlans));
    m_admin->setEnabled(m_session.allows(Permission::ManageUsers) ||
                        m_session.allows(Permission::ViewAudit));
    m_admin->setText(m_session.allows(Permission::ManageUsers) || !in ? tr("Users && audit…")
                                                                      : tr("Audit log…"));
    m_firstAdmin->setVisible(m_usersKnown && !users);
    m_userLabel->setText(in ? tr("%1 · %2").arg(m_session.displayName, roleTitle(m_session.role))
                         : users ? tr("nobody logged in")
                                 : tr("no logins at this station"));
    if (users)
        m_window->setOperator(in ? m_session.userName : QString(), true);
    else
        m_window->setOperator(m_defaultOperator, false);
}

bool AccessController::gate(Permission permission, const QString& what)
{
    if (m_session.allows(permission))
        return true;
    const QString who = m_session.isValid()
                            ? tr("%1 (%2)").arg(m_session.displayName, roleTitle(m_session.role))
                            : tr("Nobody logged in");
    qCInfo(lcUiAuth) << "refused" << what << "to"
                     << (m_session.isValid() ? m_session.userName : QStringLiteral("nobody"));
    m_window->statusBar()->showMessage(tr("%1 may not open %2.").arg(who, what), kMessageMs);
    Q_EMIT deniedRecorded(m_session, what);
    Q_EMIT accessDenied(what);
    return false;
}

QWidget* AccessController::track(QWidget* window)
{
    if (!window)
        return nullptr;
    window->setAttribute(Qt::WA_DeleteOnClose);
    m_sessionWindows << QPointer<QWidget>(window);
    window->show();
    window->raise();
    Q_EMIT windowOpened(window);
    return window;
}

void AccessController::closeSessionWindows()
{
    // Windows opened for one user never stay open for the next one.
    const auto windows = m_sessionWindows;
    m_sessionWindows.clear();
    for (const QPointer<QWidget>& w : windows) {
        if (w)
            w->close();
    }
}

QWidget* AccessController::openReview()
{
    if (!gate(Permission::ReviewRecords, QStringLiteral("review")))
        return nullptr;
    if (!m_reviewFactory) {
        Q_EMIT reviewRequested(m_session);
        return nullptr;
    }
    return track(m_reviewFactory(m_session));
}

QWidget* AccessController::openPlanEditor()
{
    if (!gate(Permission::EditPlans, QStringLiteral("plan editor")))
        return nullptr;
    if (!m_editorFactory) {
        Q_EMIT planEditorRequested(m_session);
        return nullptr;
    }
    return track(m_editorFactory(m_session));
}

QWidget* AccessController::openAdmin()
{
    const Permission wanted =
        m_session.allows(Permission::ManageUsers) ? Permission::ManageUsers : Permission::ViewAudit;
    if (!gate(wanted, QStringLiteral("users & audit")))
        return nullptr;
    admin::AdminWindow::Options o;
    o.databasePath = m_options.databasePath;
    o.stationId = m_options.stationId;
    o.configPath = m_options.configPath;
    o.policy = m_options.policy;
    auto* window = new admin::AdminWindow(o, m_session);
    connect(window, &admin::AdminWindow::usersChanged, this,
            &AccessController::usersRefreshRequested);
    return track(window);
}

} // namespace eol::ui::auth
