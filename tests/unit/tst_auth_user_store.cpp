// Station users on a real SQLite file: add, change, disable, log in by name + PIN and by badge,
// lockout after wrong PINs, and every step in the audit trail. Secrets never reach the file.

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "auth/CredentialHash.h"
#include "auth/UserStore.h"
#include "store/RunStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using eol::core::audit::AuditAction;
using eol::core::audit::AuditFilter;
using eol::core::audit::AuditLog;
using eol::core::auth::Role;
using eol::core::auth::UserStore;

namespace {

struct Db
{
    QTemporaryDir dir;
    std::unique_ptr<eol::core::store::RunStore> store;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<UserStore> users;

    explicit Db(UserStore::Policy policy = {})
    {
        auto s = eol::core::store::RunStore::open(path());
        if (!s)
            qFatal("cannot open the store: %s", qPrintable(s.error().message));
        store = std::move(s).value();
        audit = std::make_unique<AuditLog>(*store, QStringLiteral("line-9"));
        users = std::make_unique<UserStore>(*store, *audit, policy);
    }
    QString path() const { return dir.filePath(QStringLiteral("station.db")); }

    QList<eol::core::audit::AuditEntry> audited(const QString& action) const
    {
        AuditFilter f;
        f.actions << action;
        f.newestFirst = false;
        auto rows = audit->query(f);
        return rows ? rows.value() : QList<eol::core::audit::AuditEntry>{};
    }
};

UserStore::NewUser user(const QString& name, Role role, const QString& pin,
                        const QString& badge = {})
{
    UserStore::NewUser u;
    u.name = name;
    u.role = role;
    u.pin = pin;
    u.badgeId = badge;
    return u;
}

} // namespace

class TestAuthUserStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListAndAudit()
    {
        Db db;
        QCOMPARE(db.users->activeCount().value(), 0);
        auto anna = db.users->add(user(QStringLiteral("Anna"), Role::Lead, QStringLiteral("4711")),
                                  QStringLiteral("cli:root"));
        QVERIFY2(anna.ok(), qPrintable(anna.ok() ? QString() : anna.error().message));
        QCOMPARE(anna->name, QStringLiteral("anna")); // login names are lower-case
        QCOMPARE(anna->displayName, QStringLiteral("anna"));
        QCOMPARE(anna->role, Role::Lead);
        QVERIFY(anna->hasPin);
        QVERIFY(!anna->hasBadge);
        QCOMPARE(db.users->activeCount().value(), 1);

        auto dup = db.users->add(user(QStringLiteral("ANNA"), Role::Qa, QStringLiteral("1111")),
                                 QStringLiteral("cli:root"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.error().code, QStringLiteral("auth_user_exists"));

        const auto added = db.audited(AuditAction::kUserAdded);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().actor, QStringLiteral("cli:root"));
        QCOMPARE(added.first().subject, QStringLiteral("anna"));
        QCOMPARE(added.first().newValue, QStringLiteral("lead"));
        QCOMPARE(added.first().stationId, QStringLiteral("line-9"));
    }

    void badInputIsRefusedWithReasons_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("badge");
        QTest::addColumn<QString>("code");
        QTest::newRow("space in name") << "an na"
                                       << "4711"
                                       << ""
                                       << "auth_bad_name";
        QTest::newRow("short pin") << "anna"
                                   << "123"
                                   << ""
                                   << "auth_bad_pin";
        QTest::newRow("letters in pin") << "anna"
                                        << "12ab"
                                        << ""
                                        << "auth_bad_pin";
        QTest::newRow("short badge") << "anna"
                                     << "4711"
                                     << "abc"
                                     << "auth_bad_badge";
        QTest::newRow("bar in badge") << "anna"
                                      << "4711"
                                      << "abcdefgh|x"
                                      << "auth_bad_badge";
    }

    void badInputIsRefusedWithReasons()
    {
        QFETCH(QString, name);
        QFETCH(QString, pin);
        QFETCH(QString, badge);
        QFETCH(QString, code);
        Db db;
        auto r = db.users->add(user(name, Role::Operator, pin, badge), QStringLiteral("t"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QCOMPARE(db.users->activeCount().value(), 0);
    }

    void secretsNeverReachTheFile()
    {
        Db db;
        QVERIFY(db.users
                    ->add(user(QStringLiteral("otto"), Role::Operator, QStringLiteral("135790"),
                               QStringLiteral("BADGE-SECRET-4242")),
                          QStringLiteral("t"))
                    .ok());
        QVERIFY(db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("135790")).ok());
        db.store.reset();
        QByteArray bytes;
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(db.path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains("135790"));
        QVERIFY(!bytes.contains("BADGE-SECRET-4242"));
        QVERIFY(bytes.contains("$scrypt$ln=15"));
    }

    void pinLoginGivesSessionAndAudits()
    {
        Db db;
        QVERIFY(db.users
                    ->add(user(QStringLiteral("qa1"), Role::Qa, QStringLiteral("2468")),
                          QStringLiteral("t"))
                    .ok());
        auto s = db.users->authenticatePin(QStringLiteral("QA1"), QStringLiteral("2468"));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->userName, QStringLiteral("qa1"));
        QCOMPARE(s->role, Role::Qa);
        QCOMPARE(s->channel, QStringLiteral("pin"));
        QVERIFY(s->sinceUtc.isValid());
        QVERIFY(s->allows(eol::core::auth::Permission::ViewAudit));
        QVERIFY(!s->allows(eol::core::auth::Permission::EditPlans));
        QCOMPARE(db.users->find(QStringLiteral("qa1"))->lastLoginUtc.isValid(), true);
        const auto ok = db.audited(AuditAction::kLoginOk);
        QCOMPARE(ok.size(), 1);
        QCOMPARE(ok.first().actor, QStringLiteral("qa1"));
        QCOMPARE(ok.first().details.value(QStringLiteral("channel")).toString(),
                 QStringLiteral("pin"));

        QVERIFY(db.users->logout(s.value(), QStringLiteral("user")).ok());
        QCOMPARE(db.audited(AuditAction::kLogout).size(), 1);

        auto unknown = db.users->authenticatePin(QStringLiteral("nobody"), QStringLiteral("2468"));
        QVERIFY(!unknown.ok());
        const auto failed = db.audited(AuditAction::kLoginFailed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().details.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("unknown user"));
    }

    void wrongPinsLockTheUser()
    {
        UserStore::Policy policy;
        policy.maxFailedAttempts = 3;
        policy.lockoutMinutes = 5;
        Db db(policy);
        QVERIFY(db.users
                    ->add(user(QStringLiteral("otto"), Role::Operator, QStringLiteral("1357")),
                          QStringLiteral("t"))
                    .ok());
        auto first = db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("0000"));
        QVERIFY(!first.ok());
        QVERIFY2(first.error().message.contains(QStringLiteral("2 more tries")),
                 qPrintable(first.error().message));
        QVERIFY(!db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("0001")).ok());
        auto third = db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("0002"));
        QVERIFY(!third.ok());
        QVERIFY2(third.error().message.contains(QStringLiteral("locked")),
                 qPrintable(third.error().message));
        QVERIFY(db.users->find(QStringLiteral("otto"))->isLocked(QDateTime::currentDateTimeUtc()));

        // Locked: even the right PIN is refused, and that is on record too.
        auto right = db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("1357"));
        QVERIFY(!right.ok());
        QVERIFY(right.error().message.contains(QStringLiteral("locked")));
        const auto locked = db.audited(AuditAction::kUserLocked);
        QCOMPARE(locked.size(), 1);
        QCOMPARE(locked.first().subject, QStringLiteral("otto"));
        QCOMPARE(locked.first().details.value(QStringLiteral("wrong_pins")).toInt(), 3);
        QCOMPARE(db.audited(AuditAction::kLoginFailed).size(), 4);

        // An admin unlocks; the right PIN works again and resets the counter.
        QVERIFY(db.users->unlock(QStringLiteral("otto"), QStringLiteral("admin")).ok());
        QVERIFY(db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("1357")).ok());
        QCOMPARE(db.users->find(QStringLiteral("otto"))->failedAttempts, 0);
    }

    void badgeLogin()
    {
        Db db;
        QVERIFY(db.users
                    ->add(user(QStringLiteral("otto"), Role::Operator, QString(),
                               QStringLiteral("K7PQ2M9XW4RT8YV3")),
                          QStringLiteral("t"))
                    .ok());
        auto s = db.users->authenticateBadge(QStringLiteral("K7PQ2M9XW4RT8YV3"));
        QVERIFY(s.ok());
        QCOMPARE(s->userName, QStringLiteral("otto"));
        QCOMPARE(s->channel, QStringLiteral("badge"));

        auto unknown = db.users->authenticateBadge(QStringLiteral("K7PQ2M9XW4RT8YV4"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("not registered")));
        const auto failed = db.audited(AuditAction::kLoginFailed);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().details.value(QStringLiteral("badge_digest_prefix")).toString(),
                 eol::core::auth::CredentialHash::badgeDigest(QStringLiteral("K7PQ2M9XW4RT8YV4"))
                     .left(8));

        // A PIN-only login for a badge-only user says what to do instead.
        auto pin = db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("1234"));
        QVERIFY(!pin.ok());
        QVERIFY(pin.error().message.contains(QStringLiteral("no PIN")));

        // The same badge cannot go to two people.
        QVERIFY(db.users
                    ->add(user(QStringLiteral("eva"), Role::Qa, QStringLiteral("1234")),
                          QStringLiteral("t"))
                    .ok());
        auto taken = db.users->setBadge(QStringLiteral("eva"), QStringLiteral("K7PQ2M9XW4RT8YV3"),
                                        QStringLiteral("admin"));
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().code, QStringLiteral("auth_badge_taken"));
    }

    void disabledUsersCannotLogIn()
    {
        Db db;
        QVERIFY(db.users
                    ->add(user(QStringLiteral("root"), Role::Admin, QStringLiteral("9999")),
                          QStringLiteral("t"))
                    .ok());
        QVERIFY(db.users
                    ->add(user(QStringLiteral("otto"), Role::Operator, QStringLiteral("1357"),
                               QStringLiteral("OTTOBADGE01")),
                          QStringLiteral("t"))
                    .ok());
        QVERIFY(db.users->setActive(QStringLiteral("otto"), false, QStringLiteral("root")).ok());
        QVERIFY(!db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("1357")).ok());
        QVERIFY(!db.users->authenticateBadge(QStringLiteral("OTTOBADGE01")).ok());
        QCOMPARE(db.audited(AuditAction::kUserDisabled).size(), 1);
        QCOMPARE(db.users->list(false)->size(), 1);
        QCOMPARE(db.users->list(true)->size(), 2);

        // The last administrator stays: neither disabled nor demoted.
        auto lastAdmin = db.users->setActive(QStringLiteral("root"), false, QStringLiteral("root"));
        QVERIFY(!lastAdmin.ok());
        QCOMPARE(lastAdmin.error().code, QStringLiteral("auth_last_admin"));
        QVERIFY(!db.users->setRole(QStringLiteral("root"), Role::Qa, QStringLiteral("root")).ok());

        // Users are never deleted: the database refuses it.
        sqlite3* raw = db.store->connection();
        char* err = nullptr;
        QVERIFY(sqlite3_exec(raw, "DELETE FROM users WHERE name = 'otto'", nullptr, nullptr,
                             &err) != SQLITE_OK);
        QVERIFY(QString::fromUtf8(err).contains(QStringLiteral("never deleted")));
        sqlite3_free(err);
    }

    void roleChangeAndPinChangeAreAudited()
    {
        Db db;
        QVERIFY(db.users
                    ->add(user(QStringLiteral("otto"), Role::Operator, QStringLiteral("1357")),
                          QStringLiteral("t"))
                    .ok());
        QVERIFY(db.users->setRole(QStringLiteral("otto"), Role::Lead, QStringLiteral("root")).ok());
        const auto changed = db.audited(AuditAction::kUserChanged);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().oldValue, QStringLiteral("operator"));
        QCOMPARE(changed.first().newValue, QStringLiteral("lead"));

        QVERIFY(
            db.users
                ->setPin(QStringLiteral("otto"), QStringLiteral("86420"), QStringLiteral("root"))
                .ok());
        QVERIFY(!db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("1357")).ok());
        QVERIFY(db.users->authenticatePin(QStringLiteral("otto"), QStringLiteral("86420")).ok());
        const auto pins = db.audited(AuditAction::kPinChanged);
        QCOMPARE(pins.size(), 1);
        QVERIFY(!pins.first().newValue.contains(QStringLiteral("86420")));
    }

    void loginRaisesAnOldHashToTodaysCost()
    {
        UserStore::Policy old;
        old.kdf = {12, 8, 1};
        Db db(old);
        QVERIFY(db.users
                    ->add(user(QStringLiteral("otto"), Role::Operator, QStringLiteral("1357")),
                          QStringLiteral("t"))
                    .ok());
        auto hashOf = [&db] {
            sqlite3_stmt* s = nullptr;
            sqlite3_prepare_v2(db.store->connection(),
                               "SELECT pin_hash FROM users WHERE name = 'otto'", -1, &s, nullptr);
            sqlite3_step(s);
            const QString h =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
            sqlite3_finalize(s);
            return h;
        };
        QVERIFY(hashOf().startsWith(QStringLiteral("$scrypt$ln=12,")));
        // Same database, today's policy: the next good login stores the PIN at the new cost.
        UserStore current(*db.store, *db.audit);
        QVERIFY(current.authenticatePin(QStringLiteral("otto"), QStringLiteral("1357")).ok());
        QVERIFY(hashOf().startsWith(QStringLiteral("$scrypt$ln=15,")));
        QVERIFY(current.authenticatePin(QStringLiteral("otto"), QStringLiteral("1357")).ok());
    }
};

QTEST_GUILESS_MAIN(TestAuthUserStore)
#include "tst_auth_user_store.moc"
