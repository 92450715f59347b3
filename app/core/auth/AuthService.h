#pragma once

#include "auth/Session.h"
#include "auth/UserRecord.h"
#include "auth/UserStore.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>

namespace eol::core::store {
class RunStore;
}
namespace eol::core::audit {
class AuditLog;
}

namespace eol::core::auth {

/// Logins for the station screen, off the GUI thread: scrypt takes ~0.1 s and the GUI never
/// touches the database. Lives on its own QThread (moveToThread, open() on QThread::started)
/// with its own connection to the station database; talk to it with queued signals.
class AuthService : public QObject
{
    Q_OBJECT
public:
    AuthService(QString databasePath, QString stationId, UserStore::Policy policy = {});
    ~AuthService() override;

public Q_SLOTS:
    /// Opens the database (on the service's thread) and reports the users.
    void open();
    void loginWithPin(const QString& name, const QString& pin);
    void loginWithBadge(const QString& badgeId);
    void logout(const eol::core::auth::Session& session, const QString& reason);
    /// Re-reads the users (after an admin changed them) and emits usersChanged.
    void refreshUsers();
    /// First start: creates the first administrator and logs them in — refused once the
    /// station has any active user (then only an administrator adds users).
    void createFirstAdmin(const QString& name, const QString& displayName, const QString& pin);
    /// Audits an action the station refused to a session (e.g. an operator invoking the
    /// editor): who, what was asked.
    void recordDenied(const eol::core::auth::Session& session, const QString& what);

Q_SIGNALS:
    void loggedIn(const eol::core::auth::Session& session);
    void loginRefused(const QString& message);
    /// The active users (for the login list); empty = the station has no users yet.
    void usersChanged(const QList<eol::core::auth::UserRecord>& activeUsers);
    /// The database could not be opened or read: logins are impossible until it can.
    void problem(const QString& message);

private:
    bool ready();

    QString m_databasePath;
    QString m_stationId;
    UserStore::Policy m_policy;
    std::unique_ptr<store::RunStore> m_store;
    std::unique_ptr<audit::AuditLog> m_audit;
    std::unique_ptr<UserStore> m_users;
};

} // namespace eol::core::auth
