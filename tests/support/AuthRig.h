#pragma once

// One station with users: a real Station on a temporary SQLite file, the operator window
// (offscreen), the access controller with its login service thread, and a few users seeded
// through the real UserStore. Shared by tests/ui/tst_login.cpp and tst_roles.cpp.

#include "audit/AuditLog.h"
#include "auth/UserStore.h"
#include "runner/FixtureSlot.h"
#include "station/Station.h"
#include "store/RunStore.h"
#include "ui/OperatorWindow.h"
#include "ui/ScanInput.h"
#include "ui/StationSettings.h"
#include "ui/auth/AccessController.h"
#include "ui/auth/LoginDialog.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

struct AuthRig
{
    QTemporaryDir dir;
    std::unique_ptr<eol::core::station::Station> station;
    eol::core::runner::FixtureSlot* slot = nullptr;
    std::unique_ptr<eol::ui::OperatorWindow> window;
    std::unique_ptr<eol::ui::auth::AccessController> access;
    /// The site's plan folder (PlanLocator's extra folder); the shipped plans stay testplans/.
    QString plansDir = QStringLiteral(EOL_SOURCE_DIR "/testplans");

    QString db() const { return dir.filePath(QStringLiteral("records.db")); }
    QString ini() const { return dir.filePath(QStringLiteral("station.ini")); }

    /// The usual cast: an admin, a lead, a QA engineer and an operator with a badge.
    bool seedUsers()
    {
        auto store = eol::core::store::RunStore::open(db());
        if (!store)
            return false;
        eol::core::audit::AuditLog audit(*store.value(), QStringLiteral("line-test"));
        eol::core::auth::UserStore users(*store.value(), audit);
        using eol::core::auth::Role;
        const struct
        {
            const char* name;
            const char* display;
            Role role;
            const char* pin;
            const char* badge;
        } cast[] = {{"root", "Rosa Admin", Role::Admin, "9999", ""},
                    {"anna", "Anna Lead", Role::Lead, "2468", ""},
                    {"quinn", "Quinn QA", Role::Qa, "8642", ""},
                    {"otto", "Otto Operator", Role::Operator, "1357", "OTTO-BADGE-0001"}};
        for (const auto& c : cast) {
            eol::core::auth::UserStore::NewUser u;
            u.name = QLatin1String(c.name);
            u.displayName = QLatin1String(c.display);
            u.role = c.role;
            u.pin = QLatin1String(c.pin);
            u.badgeId = QLatin1String(c.badge);
            if (!users.add(u, QStringLiteral("test")))
                return false;
        }
        return true;
    }

    bool open(const QString& port = QStringLiteral("sim:nrf91,serial=SN00000001"))
    {
        auto s = eol::core::station::Station::open(db());
        if (!s)
            return false;
        station = std::move(s).value();
        slot = station->addSlot(1);
        eol::ui::StationSettings settings;
        settings.stationId = QStringLiteral("line-test");
        settings.operatorName = QStringLiteral("tester");
        settings.databasePath = db();
        settings.port = port;
        settings.planRef = QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json");
        settings.plansDir = plansDir;
        settings.sounds = false;
        window = std::make_unique<eol::ui::OperatorWindow>(station.get(), slot, settings);
        eol::ui::auth::AccessController::Options o;
        o.databasePath = db();
        o.stationId = settings.stationId;
        o.configPath = ini();
        o.defaultOperator = settings.operatorName;
        o.plansDir = settings.plansDir;
        o.shippedDirs = {QStringLiteral(EOL_SOURCE_DIR "/testplans")};
        access = std::make_unique<eol::ui::auth::AccessController>(window.get(), o);
        window->resize(1366, 768);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    ~AuthRig()
    {
        access.reset();
        window.reset();
        if (station)
            station->shutdown();
    }

    eol::ui::ScanInput* scanField() const { return window->findChild<eol::ui::ScanInput*>(); }

    void scan(const QString& text)
    {
        QTest::keyClicks(scanField(), text);
        QTest::keyClick(scanField(), Qt::Key_Return);
    }

    /// Logs in through the real dialog: tap the name, type the PIN, Enter.
    bool login(const QString& name, const QString& pin)
    {
        QSignalSpy changed(access.get(), &eol::ui::auth::AccessController::sessionChanged);
        access->showLogin();
        auto* dialog = access->loginDialog();
        if (!dialog || !dialog->selectUser(name))
            return false;
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("loginPin"));
        QTest::keyClicks(field, pin);
        QTest::keyClick(field, Qt::Key_Return);
        return changed.wait(20000) && access->session().userName == name;
    }

    /// The audit rows of one action, read on an independent connection.
    QList<eol::core::audit::AuditEntry> audited(const QString& action) const
    {
        auto store = eol::core::store::RunStore::open(db());
        if (!store)
            return {};
        eol::core::audit::AuditLog audit(*store.value(), QStringLiteral("reader"));
        eol::core::audit::AuditFilter f;
        f.actions << action;
        f.newestFirst = false;
        auto rows = audit.query(f);
        return rows ? rows.value() : QList<eol::core::audit::AuditEntry>{};
    }

    QList<eol::core::store::RunRecord> storedRuns() const
    {
        auto store = eol::core::store::RunStore::open(db());
        if (!store)
            return {};
        auto runs = store.value()->listRuns({});
        return runs ? runs.value() : QList<eol::core::store::RunRecord>{};
    }
};
