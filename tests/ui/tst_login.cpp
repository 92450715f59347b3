// Logging in at the station screen (offscreen, real widgets, real database, the login service
// on its own thread): the PIN pad, the keyboard, a badge scanned into the scan field or into the
// dialog, wrong PINs, idle logout, the first administrator — and what a login changes: who is
// recorded on a run, and that only released plans run.

#include "AuthRig.h"
#include "audit/AuditAction.h"
#include "planrepo/PlanRepository.h"
#include "ui/VerdictView.h"
#include "ui/auth/FirstAdminDialog.h"
#include "ui/auth/PinPad.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>

using eol::core::audit::AuditAction;
using eol::ui::OperatorWindow;
using eol::ui::auth::AccessController;

namespace {

constexpr int kWaitMs = 20000;
constexpr int kRunTimeoutMs = 30000;

QString shippedSha()
{
    QFile f(QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pinOnTheTouchPad()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        QVERIFY(rig.access->hasUsers());
        QVERIFY(rig.access->loginAction()->isVisible());
        QVERIFY(!rig.access->logoutAction()->isVisible());

        QSignalSpy changed(rig.access.get(), &AccessController::sessionChanged);
        rig.access->loginAction()->trigger();
        auto* dialog = rig.access->loginDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->selectUser(QStringLiteral("otto")));
        for (const char* name : {"pinDigit1", "pinDigit3", "pinDigit5", "pinDigit7", "pinOk"}) {
            auto* button = dialog->findChild<QPushButton*>(QLatin1String(name));
            QVERIFY2(button, name);
            QTest::mouseClick(button, Qt::LeftButton);
        }
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(rig.access->session().userName, QStringLiteral("otto"));
        QCOMPARE(rig.access->session().channel, QStringLiteral("pin"));
        QTRY_VERIFY(!rig.access->loginDialog()); // closed and gone
        QVERIFY(rig.access->logoutAction()->isVisible());
        QVERIFY(!rig.access->loginAction()->isVisible());
        auto* station = rig.window->findChild<QLabel*>(QStringLiteral("statusStation"));
        QVERIFY2(station->text().contains(QStringLiteral("otto")), qPrintable(station->text()));
        auto* who = rig.window->findChild<QLabel*>(QStringLiteral("sessionUser"));
        QVERIFY2(who->text().contains(QStringLiteral("Otto Operator")), qPrintable(who->text()));
        QTRY_COMPARE_WITH_TIMEOUT(rig.audited(AuditAction::kLoginOk).size(), 1, kWaitMs);

        rig.access->logoutAction()->trigger();
        QVERIFY(!rig.access->session().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(rig.audited(AuditAction::kLogout).size(), 1, kWaitMs);
        QVERIFY(station->text().contains(QStringLiteral("nobody logged in")));
    }

    void wrongPinSaysWhy()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        QSignalSpy refused(rig.access.get(), &AccessController::loginRefused);
        rig.access->showLogin();
        auto* dialog = rig.access->loginDialog();
        QVERIFY(dialog->selectUser(QStringLiteral("anna")));
        auto* field = dialog->findChild<QLineEdit*>(QStringLiteral("loginPin"));
        QTest::keyClicks(field, QStringLiteral("0000"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(refused.wait(kWaitMs));
        QVERIFY2(dialog->message().contains(QStringLiteral("wrong PIN")),
                 qPrintable(dialog->message()));
        QVERIFY(dialog->isVisible());
        QVERIFY(field->text().isEmpty());
        QVERIFY(!rig.access->session().isValid());
        QTRY_COMPARE_WITH_TIMEOUT(rig.audited(AuditAction::kLoginFailed).size(), 1, kWaitMs);

        // Without a name the PIN goes nowhere.
        auto* other = new eol::ui::auth::LoginDialog(
            {eol::core::auth::UserRecord{}, eol::core::auth::UserRecord{}}, nullptr);
        auto* otherField = other->findChild<QLineEdit*>(QStringLiteral("loginPin"));
        QSignalSpy submitted(other, &eol::ui::auth::LoginDialog::pinSubmitted);
        QTest::keyClicks(otherField, QStringLiteral("1234"));
        QTest::keyClick(otherField, Qt::Key_Return);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(other->message().contains(QStringLiteral("name")));
        delete other;
    }

    void badgeScannedIntoTheScanField()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        QSignalSpy changed(rig.access.get(), &AccessController::sessionChanged);
        rig.scan(QStringLiteral("EOL1|B|OTTO-BADGE-0001"));
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(rig.access->session().userName, QStringLiteral("otto"));
        QCOMPARE(rig.access->session().channel, QStringLiteral("badge"));
        QVERIFY(rig.storedRuns().isEmpty()); // a badge starts no test

        // An unknown badge is refused and logged, the session stays.
        QSignalSpy refused(rig.access.get(), &AccessController::loginRefused);
        rig.scan(QStringLiteral("EOL1|B|NOT-A-KNOWN-BADGE"));
        QVERIFY(refused.wait(kWaitMs));
        QCOMPARE(rig.access->session().userName, QStringLiteral("otto"));
        QVERIFY(
            rig.window->statusBar()->currentMessage().contains(QStringLiteral("not registered")));
    }

    void badgeScannedIntoTheLoginDialog()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        QSignalSpy changed(rig.access.get(), &AccessController::sessionChanged);
        rig.access->showLogin();
        auto* field = rig.access->loginDialog()->findChild<QLineEdit*>(QStringLiteral("loginPin"));
        // A keyboard-wedge scanner types the code and Enter into whatever has the focus.
        QTest::keyClicks(field, QStringLiteral("EOL1|B|OTTO-BADGE-0001"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(rig.access->session().userName, QStringLiteral("otto"));
        QTRY_VERIFY(!rig.access->loginDialog());
    }

    void nobodyLoggedInStartsNothing()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        rig.scan(QStringLiteral("SN00000001"));
        QVERIFY2(rig.window->message().contains(QStringLiteral("Nobody is logged in")),
                 qPrintable(rig.window->message()));
        QCOMPARE(rig.window->phase(), OperatorWindow::Phase::Idle);
        QVERIFY(rig.storedRuns().isEmpty());
    }

    void runIsRecordedForTheUserWithTheReleasedPlan()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        QVERIFY(rig.access->releasedOnly());
        // The shipped plan was taken over as released revision 1 by "vendor".
        QCOMPARE(rig.window->activePlan().id, QStringLiteral("nrf91-tracker"));
        QCOMPARE(QString::fromLatin1(rig.window->activePlan().sha256), shippedSha());
        QCOMPARE(rig.audited(AuditAction::kPlanSeeded).size(), 1);

        QSignalSpy changed(rig.access.get(), &AccessController::sessionChanged);
        rig.scan(QStringLiteral("EOL1|B|OTTO-BADGE-0001"));
        QVERIFY(changed.wait(kWaitMs));
        QSignalSpy verdict(rig.window.get(), &OperatorWindow::verdictShown);
        rig.scan(QStringLiteral("SN00000001"));
        QVERIFY(verdict.wait(kRunTimeoutMs));
        QCOMPARE(verdict.first().first().toString(), QStringLiteral("pass"));
        const auto runs = rig.storedRuns();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().operatorName, QStringLiteral("otto"));
        QCOMPARE(runs.first().planRevision, 1);
        QCOMPARE(runs.first().planSha256, shippedSha());
    }

    void unreleasedPlanFileIsRefusedByName()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QTemporaryDir plans;
        const QString path = plans.filePath(QStringLiteral("site.json"));
        {
            QFile in(QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json"));
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray b = in.readAll();
            b.replace("\"id\": \"nrf91-tracker\"", "\"id\": \"site-plan\"");
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(b);
        }
        rig.plansDir = plans.path();
        QVERIFY(rig.open());
        QVERIFY(rig.login(QStringLiteral("otto"), QStringLiteral("1357")));
        // A job card naming a plan nobody released: refused, and the message says which file,
        // its hash and who must act.
        rig.scan(QStringLiteral("EOL1|J|P=site-plan|PLAN=site-plan"));
        const QString message = rig.window->message();
        QVERIFY2(message.contains(QStringLiteral("Job card refused")), qPrintable(message));
        QVERIFY2(message.contains(path), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("never been released")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("hardware lead")), qPrintable(message));
        QCOMPARE(rig.window->activePlan().id, QStringLiteral("nrf91-tracker")); // unchanged
        // The released plan's job card is fine.
        rig.scan(QStringLiteral("EOL1|J|P=nrf91-tracker|PLAN=nrf91-tracker"));
        QVERIFY2(rig.window->message().contains(QStringLiteral("Job card accepted")),
                 qPrintable(rig.window->message()));
    }

    void idleLogout()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        QVERIFY(rig.login(QStringLiteral("anna"), QStringLiteral("2468")));
        QSignalSpy changed(rig.access.get(), &AccessController::sessionChanged);
        rig.access->setIdleTimeout(std::chrono::milliseconds(300));
        QVERIFY(changed.wait(kWaitMs));
        QVERIFY(!rig.access->session().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!rig.audited(AuditAction::kLogout).isEmpty(), kWaitMs);
        QCOMPARE(rig.audited(AuditAction::kLogout)
                     .first()
                     .details.value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("idle"));
    }

    void firstStartWithoutUsersRunsAsBeforeAndOffersTheFirstAdmin()
    {
        AuthRig rig;
        QVERIFY(rig.open());
        QVERIFY(!rig.access->hasUsers());
        QVERIFY(!rig.access->releasedOnly());
        QVERIFY(!rig.access->loginAction()->isVisible());
        QVERIFY(rig.access->firstAdminAction()->isVisible());

        // As today: a scan tests at once, recorded for the configured operator.
        QSignalSpy verdict(rig.window.get(), &OperatorWindow::verdictShown);
        rig.scan(QStringLiteral("SN00000001"));
        QVERIFY(verdict.wait(kRunTimeoutMs));
        QCOMPARE(rig.storedRuns().first().operatorName, QStringLiteral("tester"));

        QSignalSpy changed(rig.access.get(), &AccessController::sessionChanged);
        rig.access->firstAdminAction()->trigger();
        auto* dialog = rig.access->firstAdminDialog();
        QVERIFY(dialog);
        dialog->fill(QStringLiteral("maria"), QStringLiteral("Maria Keller"),
                     QStringLiteral("24680"), QStringLiteral("24689"));
        dialog->submit();
        QVERIFY(dialog->message().contains(QStringLiteral("differ")));
        dialog->fill(QStringLiteral("maria"), QStringLiteral("Maria Keller"),
                     QStringLiteral("24680"), QStringLiteral("24680"));
        dialog->submit();
        QVERIFY(changed.wait(kWaitMs));
        QCOMPARE(rig.access->session().userName, QStringLiteral("maria"));
        QCOMPARE(rig.access->session().role, eol::core::auth::Role::Admin);
        QTRY_VERIFY(rig.access->hasUsers());
        QVERIFY(rig.access->releasedOnly());
        QVERIFY(!rig.access->firstAdminAction()->isVisible());
        QVERIFY(rig.access->adminAction()->isEnabled());
        QCOMPARE(rig.audited(AuditAction::kUserAdded).size(), 1);
        QCOMPARE(rig.audited(AuditAction::kUserAdded).first().actor, QStringLiteral("first-start"));
    }
};

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
