// Who may open what (offscreen, real widgets, real database): an operator never gets the plan
// editor or the admin window — not from the toolbar and not when invoked directly — and the
// refusal is audited; QA opens the review and the audit log; a lead opens the editor, which
// closes at logout; an admin changes a station setting and the audit trail has it, old → new.

#include "AuthRig.h"
#include "audit/AuditAction.h"
#include "planrepo/PlanRepository.h"
#include "ui/admin/AdminWindow.h"
#include "ui/admin/UserDialog.h"
#include "ui/auth/StationWindows.h"
#include "ui/editor/PlanEditorWindow.h"
#include "ui/review/ReviewWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>

using eol::core::audit::AuditAction;
using eol::core::auth::Role;
using eol::core::auth::Session;
using eol::ui::admin::AdminWindow;
using eol::ui::auth::AccessController;

namespace {

constexpr int kWaitMs = 20000;

/// Stands in for a window another module builds (B's review, D2's editor): records each call.
struct FakeWindowFactory
{
    QList<Session> calls;
    AccessController::WindowFactory factory()
    {
        return [this](const Session& s) -> QWidget* {
            calls << s;
            auto* w = new QWidget(nullptr, Qt::Window);
            w->setObjectName(QStringLiteral("fakeWindow"));
            return w;
        };
    }
};

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operatorCannotOpenTheEditorOrTheAdminWindow()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        FakeWindowFactory editor;
        FakeWindowFactory review;
        rig.access->setPlanEditorFactory(editor.factory());
        rig.access->setReviewWindowFactory(review.factory());
        QVERIFY(rig.login(QStringLiteral("otto"), QStringLiteral("1357")));

        QVERIFY(!rig.access->editorAction()->isEnabled());
        QVERIFY(!rig.access->adminAction()->isEnabled());
        // The review is open to operators, read-only: no notes, no audit log.
        QVERIFY(rig.access->reviewAction()->isEnabled());
        rig.access->reviewAction()->trigger();
        QCOMPARE(review.calls.size(), 1);
        QCOMPARE(review.calls.first().role, Role::Operator);
        QVERIFY(!review.calls.first().allows(eol::core::auth::Permission::AddNotes));
        QVERIFY(!review.calls.first().allows(eol::core::auth::Permission::ViewAudit));

        // Invoked anyway (a shortcut, a script, a bug elsewhere): still refused, and on record.
        QSignalSpy denied(rig.access.get(), &AccessController::accessDenied);
        rig.access->editorAction()->trigger();
        QCOMPARE(rig.access->openPlanEditor(), nullptr);
        QCOMPARE(rig.access->openAdmin(), nullptr);
        QVERIFY(editor.calls.isEmpty());
        QCOMPARE(denied.count(), 2);
        QCOMPARE(denied.first().first().toString(), QStringLiteral("plan editor"));
        for (QWidget* w : QApplication::topLevelWidgets()) {
            QVERIFY(!qobject_cast<AdminWindow*>(w));
        }
        QTRY_COMPARE_WITH_TIMEOUT(rig.audited(AuditAction::kAccessDenied).size(), 2, kWaitMs);
        const auto first = rig.audited(AuditAction::kAccessDenied).first();
        QCOMPARE(first.actor, QStringLiteral("otto"));
        QCOMPARE(first.subject, QStringLiteral("plan editor"));
        QCOMPARE(first.details.value(QStringLiteral("role")).toString(),
                 QStringLiteral("operator"));

        // Even built directly, the admin window shows an operator nothing.
        Session otto = rig.access->session();
        AdminWindow direct({rig.db(), QStringLiteral("line-test"), rig.ini(), {}}, otto);
        QVERIFY(!direct.tabs()->isEnabled());
        QCOMPARE(direct.tabs()->count(), 0);
        QVERIFY(!direct.saveSettings().ok());
    }

    void nobodyLoggedInOpensNothing()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        FakeWindowFactory editor;
        rig.access->setPlanEditorFactory(editor.factory());
        QCOMPARE(rig.access->openPlanEditor(), nullptr);
        QVERIFY(editor.calls.isEmpty());
    }

    void qaOpensTheReviewAndTheAuditLogOnly()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        FakeWindowFactory review;
        FakeWindowFactory editor;
        rig.access->setReviewWindowFactory(review.factory());
        rig.access->setPlanEditorFactory(editor.factory());
        QVERIFY(rig.login(QStringLiteral("quinn"), QStringLiteral("8642")));
        QVERIFY(rig.access->reviewAction()->isEnabled());
        QVERIFY(!rig.access->editorAction()->isEnabled());
        QVERIFY(rig.access->adminAction()->isEnabled());
        QCOMPARE(rig.access->adminAction()->text(), QStringLiteral("Audit log…"));

        rig.access->reviewAction()->trigger();
        QCOMPARE(review.calls.size(), 1);
        QCOMPARE(review.calls.first().role, Role::Qa);
        QVERIFY(review.calls.first().allows(eol::core::auth::Permission::AddNotes));
        QCOMPARE(rig.access->openPlanEditor(), nullptr);

        auto* admin = qobject_cast<AdminWindow*>(rig.access->openAdmin());
        QVERIFY(admin);
        QCOMPARE(admin->tabs()->count(), 1); // the audit log, no users, no settings
        QCOMPARE(admin->tabs()->tabText(0), QStringLiteral("Audit log"));
        QVERIFY(!admin->canManageUsers());
        QVERIFY(admin->auditRowCount() > 0); // users added, QA's own login
    }

    void qaGetsTheRealReviewWindowWhichClosesAtLogout()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        rig.access->setReviewWindowFactory(eol::ui::auth::StationWindows::review(rig.db()));
        QVERIFY(rig.login(QStringLiteral("quinn"), QStringLiteral("8642")));
        QPointer<QWidget> review = rig.access->openReview();
        QVERIFY(qobject_cast<eol::ui::review::ReviewWindow*>(review.data()));
        QVERIFY(review->isVisible());
        rig.access->logout();
        QTRY_VERIFY_WITH_TIMEOUT(review.isNull(), kWaitMs);
    }

    void leadOpensTheEditorWhichClosesAtLogout()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        FakeWindowFactory editor;
        rig.access->setPlanEditorFactory(editor.factory());
        QVERIFY(rig.login(QStringLiteral("anna"), QStringLiteral("2468")));
        QVERIFY(rig.access->editorAction()->isEnabled());
        QPointer<QWidget> window = rig.access->openPlanEditor();
        QVERIFY(window);
        QCOMPARE(editor.calls.size(), 1);
        QCOMPARE(editor.calls.first().userName, QStringLiteral("anna"));
        QVERIFY(window->isVisible());
        rig.access->logout();
        // A window opened for one user never stays for the next.
        QTRY_VERIFY(window.isNull());
    }

    void leadMakesANewDraftOfTheReleasedPlanInTheRealEditor()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        eol::ui::auth::StationWindows::EditorContext context;
        context.databasePath = rig.db();
        context.stationId = QStringLiteral("line-test");
        context.plansDirectory = rig.plansDir;
        auto* window = rig.window.get();
        context.activePlanId = [window] { return window->activePlan().id; };
        rig.access->setPlanEditorFactory(eol::ui::auth::StationWindows::planEditor(context));

        // An operator: no editor, whatever the path.
        QVERIFY(rig.login(QStringLiteral("otto"), QStringLiteral("1357")));
        QCOMPARE(rig.access->openPlanEditor(), nullptr);
        rig.access->logout();

        // The lead gets the plan the station runs: released revision 1, read-only.
        QVERIFY(rig.login(QStringLiteral("anna"), QStringLiteral("2468")));
        auto* editor =
            qobject_cast<eol::ui::editor::PlanEditorWindow*>(rig.access->openPlanEditor());
        QVERIFY(editor);
        QCOMPARE(editor->source().repositoryRef, QStringLiteral("nrf91-tracker"));
        QCOMPARE(editor->source().revision, 1);
        QVERIFY(editor->source().released);
        QVERIFY(editor->isReadOnly());

        // "Edit as new draft": revision 2, parent 1, editable; revision 1 stays as released.
        auto draft = editor->editAsNewDraft();
        QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().message));
        QVERIFY(!editor->isReadOnly());
        QCOMPARE(editor->source().revision, 2);
        {
            auto store = eol::core::store::RunStore::open(rig.db());
            QVERIFY(store.ok());
            eol::core::audit::AuditLog audit(*store.value(), QStringLiteral("reader"));
            eol::core::planrepo::PlanRepository repo(*store.value(), audit);
            const auto revisions = repo.revisions(QStringLiteral("nrf91-tracker"));
            QVERIFY(revisions.ok());
            QCOMPARE(revisions->size(), 2);
            QVERIFY(revisions->at(0).isReleased());
            QVERIFY(revisions->at(1).isDraft());
            QCOMPARE(revisions->at(1).parentRevision, 1);
            QCOMPARE(revisions->at(1).author, QStringLiteral("anna"));
        }
        // Releasing it is signed by the lead.
        auto released = editor->release(QStringLiteral("same limits, new number"));
        QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().message));
        QVERIFY(editor->isReadOnly());
        const auto releases = rig.audited(AuditAction::kPlanReleased);
        QVERIFY(!releases.isEmpty());
        QCOMPARE(releases.last().actor, QStringLiteral("anna"));
        QCOMPARE(releases.last().newValue, QStringLiteral("revision 2"));
    }

    void adminChangesASettingAndTheAuditHasIt()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        QVERIFY(rig.login(QStringLiteral("root"), QStringLiteral("9999")));
        QVERIFY(rig.access->adminAction()->isEnabled());
        QCOMPARE(rig.access->adminAction()->text(), QStringLiteral("Users && audit…"));
        auto* admin = qobject_cast<AdminWindow*>(rig.access->openAdmin());
        QVERIFY(admin);
        QCOMPARE(admin->tabs()->count(), 3);
        const int rowsBefore = admin->auditRowCount();

        auto* port = qobject_cast<QLineEdit*>(admin->settingEditor(QStringLiteral("fixture/port")));
        QVERIFY(port);
        const QString oldPort = port->text();
        port->setText(QStringLiteral("/dev/ttyUSB7"));
        QSignalSpy saved(admin, &AdminWindow::settingsSaved);
        auto* save = admin->findChild<QPushButton*>(QStringLiteral("saveSettings"));
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toInt(), 1);
        QVERIFY2(admin->message().contains(QStringLiteral("saved")), qPrintable(admin->message()));

        QSettings ini(rig.ini(), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("fixture/port")).toString(),
                 QStringLiteral("/dev/ttyUSB7"));
        const auto rows = rig.audited(AuditAction::kSettingsChanged);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().actor, QStringLiteral("root"));
        QCOMPARE(rows.first().subject, QStringLiteral("fixture/port"));
        QCOMPARE(rows.first().oldValue, oldPort);
        QCOMPARE(rows.first().newValue, QStringLiteral("/dev/ttyUSB7"));
        QCOMPARE(admin->auditRowCount(), rowsBefore + 1);

        // Saving again with nothing changed writes nothing.
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(rig.audited(AuditAction::kSettingsChanged).size(), 1);
    }

    void adminAddsAUserAndTheLoginListHasThem()
    {
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        QVERIFY(rig.open());
        QVERIFY(rig.login(QStringLiteral("root"), QStringLiteral("9999")));
        auto* admin = qobject_cast<AdminWindow*>(rig.access->openAdmin());
        QVERIFY(admin);
        QSignalSpy loaded(rig.access.get(), &AccessController::usersLoaded);
        auto* add = admin->findChild<QPushButton*>(QStringLiteral("addUser"));
        QTest::mouseClick(add, Qt::LeftButton);
        eol::ui::admin::UserDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = admin->findChild<eol::ui::admin::UserDialog*>()));
        dialog->fill({QStringLiteral("lena"), QStringLiteral("Lena Line"), Role::Operator,
                      QStringLiteral("5555"), QString()},
                     QStringLiteral("5556"));
        dialog->submit();
        QVERIFY(dialog->isVisible()); // the PINs differ
        QVERIFY(dialog->message().contains(QStringLiteral("differ")));
        dialog->fill({QStringLiteral("lena"), QStringLiteral("Lena Line"), Role::Operator,
                      QStringLiteral("5555"), QString()},
                     QStringLiteral("5555"));
        dialog->submit();
        QVERIFY(loaded.wait(kWaitMs));
        const auto added = rig.audited(AuditAction::kUserAdded);
        QCOMPARE(added.last().subject, QStringLiteral("lena"));
        QCOMPARE(added.last().actor, QStringLiteral("root"));

        // The new user logs in at once.
        rig.access->logout();
        QVERIFY(rig.login(QStringLiteral("lena"), QStringLiteral("5555")));
    }

    /// The login dialog and the admin's audit log with the station's style sheet, as the docs
    /// show them. With EOL_SCREENSHOT_OUT=<dir> the pictures are saved there
    /// (docs/screenshots/login.png, admin-audit.png; see docs/roles-and-audit.md).
    void loginAndAuditLogRenderWithTheStationStyle()
    {
        QFile style(QStringLiteral(":/styles/operator.qss"));
        QVERIFY(style.open(QIODevice::ReadOnly));
        qApp->setStyleSheet(QString::fromUtf8(style.readAll()));
        AuthRig rig;
        QVERIFY(rig.seedUsers());
        {
            // A release with a limit change, so the trail shows what it is for.
            auto store = eol::core::store::RunStore::open(rig.db());
            QVERIFY(store.ok());
            eol::core::audit::AuditLog audit(*store.value(), QStringLiteral("line-3"));
            eol::core::planrepo::PlanRepository repo(*store.value(), audit);
            QFile plan(QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json"));
            QVERIFY(plan.open(QIODevice::ReadOnly));
            const QByteArray bytes = plan.readAll();
            QVERIFY(repo.saveDraft(bytes, QStringLiteral("anna")).ok());
            Session anna;
            anna.userName = QStringLiteral("anna");
            anna.role = Role::Lead;
            QVERIFY(repo.release(QStringLiteral("nrf91-tracker"), 0, anna).ok());
            QByteArray edited = bytes;
            edited.replace(R"("range": {"low": 3300, "high": 4500, "unit": "mV"})",
                           R"("range": {"low": 3400, "high": 4500, "unit": "mV"})");
            QVERIFY(
                repo.saveDraft(edited, QStringLiteral("anna"), QStringLiteral("new cells")).ok());
            QVERIFY(
                repo.release(QStringLiteral("nrf91-tracker"), 0, anna, QStringLiteral("new cells"))
                    .ok());
        }
        QVERIFY(rig.open());
        const QString out = qEnvironmentVariable("EOL_SCREENSHOT_OUT");

        rig.access->showLogin();
        auto* dialog = rig.access->loginDialog();
        QVERIFY(dialog);
        dialog->resize(800, 640);
        QVERIFY(dialog->selectUser(QStringLiteral("otto")));
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("loginPin")),
                         QStringLiteral("13"));
        QTRY_VERIFY(dialog->isVisible());
        const QImage login = dialog->grab().toImage();
        QVERIFY(!login.isNull());
        QCOMPARE(login.size(), dialog->size() * login.devicePixelRatio());
        if (!out.isEmpty())
            QVERIFY(login.save(QDir(out).filePath(QStringLiteral("login.png"))));
        dialog->reject();

        QVERIFY(rig.login(QStringLiteral("root"), QStringLiteral("9999")));
        QToolBar* bar = rig.access->toolBar();
        // The toolbar lays itself out after the session changed; picture it once it has.
        QTRY_VERIFY(bar->widgetForAction(rig.access->logoutAction())->isVisible() &&
                    !bar->widgetForAction(rig.access->loginAction())->isVisible());
        const QImage station = rig.window->grab().toImage();
        QVERIFY(!station.isNull());
        if (!out.isEmpty())
            QVERIFY(station.save(QDir(out).filePath(QStringLiteral("access-toolbar.png"))));
        auto* admin = qobject_cast<AdminWindow*>(rig.access->openAdmin());
        QVERIFY(admin);
        admin->resize(1280, 640);
        admin->tabs()->setCurrentIndex(1);
        QCOMPARE(admin->tabs()->tabText(1), QStringLiteral("Audit log"));
        admin->refreshAudit();
        QVERIFY(admin->auditRowCount() >= 8);
        auto* table = admin->findChild<QTableWidget*>(QStringLiteral("auditTable"));
        bool limitShown = false;
        for (int row = 0; row < table->rowCount(); ++row)
            limitShown =
                limitShown || (table->item(row, 1)->text() == QLatin1String("limit_changed") &&
                               table->item(row, 5)->text() == QStringLiteral("3400 … 4500 mV"));
        QVERIFY(limitShown);
        QTRY_VERIFY(admin->isVisible());
        const QImage audit = admin->grab().toImage();
        QVERIFY(!audit.isNull());
        if (!out.isEmpty())
            QVERIFY(audit.save(QDir(out).filePath(QStringLiteral("admin-audit.png"))));
        for (int tab : {0, 2}) {
            admin->tabs()->setCurrentIndex(tab);
            const QImage page = admin->grab().toImage();
            QVERIFY(!page.isNull());
            if (!out.isEmpty())
                QVERIFY(
                    page.save(QDir(out).filePath(tab == 0 ? QStringLiteral("admin-users.png")
                                                          : QStringLiteral("admin-settings.png"))));
        }
        qApp->setStyleSheet(QString());
    }
};

QTEST_MAIN(TestRoles)
#include "tst_roles.moc"
