// Plan revisions on a real SQLite file: import as a draft, release (stamps, SHA-256 of the exact
// bytes, permission, validation), released rows read-only in the database itself, editing a
// release makes the next draft, the diff of a limit old → new lands in the audit trail, and the
// released-only resolver the operator screen uses.

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "plan/PlanLoader.h"
#include "planrepo/PlanRepository.h"
#include "planrepo/ReleasedPlanResolver.h"
#include "planrepo/RevisionStamp.h"
#include "store/RunStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using eol::core::audit::AuditAction;
using eol::core::audit::AuditFilter;
using eol::core::audit::AuditLog;
using eol::core::auth::Role;
using eol::core::auth::Session;
using eol::core::planrepo::PlanRepository;

namespace {

const QString kPlanFile = QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json");
const QByteArray kRange = R"("range": {"low": 3300, "high": 4500, "unit": "mV"})";

QByteArray shippedBytes()
{
    QFile f(kPlanFile);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha(const QByteArray& b)
{
    return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
}

Session session(const QString& name, Role role)
{
    Session s;
    s.userName = name;
    s.displayName = name;
    s.role = role;
    s.sinceUtc = QDateTime::currentDateTimeUtc();
    s.channel = QStringLiteral("test");
    return s;
}

struct Repo
{
    QTemporaryDir dir;
    std::unique_ptr<eol::core::store::RunStore> store;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<PlanRepository> repo;
    Repo()
    {
        auto s = eol::core::store::RunStore::open(dir.filePath(QStringLiteral("station.db")));
        if (!s)
            qFatal("%s", qPrintable(s.error().message));
        store = std::move(s).value();
        audit = std::make_unique<AuditLog>(*store, QStringLiteral("line-1"));
        repo = std::make_unique<PlanRepository>(*store, *audit);
    }
    QList<eol::core::audit::AuditEntry> audited(const QString& action) const
    {
        AuditFilter f;
        f.actions << action;
        f.newestFirst = false;
        return audit->query(f).value();
    }
    QString exec(const char* sql) const
    {
        char* err = nullptr;
        const int rc = sqlite3_exec(store->connection(), sql, nullptr, nullptr, &err);
        const QString m = rc == SQLITE_OK ? QString() : QString::fromUtf8(err ? err : "error");
        sqlite3_free(err);
        return m;
    }
};

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importKeepsTheFileRevisionAndBytes()
    {
        Repo r;
        auto draft = r.repo->importFile(kPlanFile, QStringLiteral("cli:anna"));
        QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().message));
        QCOMPARE(draft->planId, QStringLiteral("nrf91-tracker"));
        QCOMPARE(draft->revision, 1); // what the file says
        QVERIFY(draft->isDraft());
        QCOMPARE(draft->content, shippedBytes()); // nothing rewritten
        QCOMPARE(draft->sha256, sha(shippedBytes()));
        QCOMPARE(draft->comment, QStringLiteral("imported from nrf91.json"));
        const auto saved = r.audited(AuditAction::kPlanDraftSaved);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().actor, QStringLiteral("cli:anna"));
        QCOMPARE(saved.first().details.value(QStringLiteral("valid")).toBool(), true);
    }

    void releaseStampsWhoWhenAndSha256()
    {
        Repo r;
        QVERIFY(r.repo->importFile(kPlanFile, QStringLiteral("anna")).ok());
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-5);
        auto released = r.repo->release(QStringLiteral("nrf91-tracker"), 0,
                                        session(QStringLiteral("anna"), Role::Lead),
                                        QStringLiteral("first release"));
        QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().message));
        const auto& rev = released->revision;
        QVERIFY(rev.isReleased());
        QCOMPARE(rev.revision, 1);
        QCOMPARE(rev.releasedBy, QStringLiteral("anna"));
        QVERIFY(rev.releasedUtc >= before);
        QCOMPARE(rev.sha256, sha(shippedBytes()));
        QCOMPARE(rev.comment, QStringLiteral("first release"));
        QVERIFY(!released->diff.has_value()); // nothing to compare the first release with

        // What the operator screen loads is exactly this: same revision, same hash.
        auto plan = r.repo->loadPlan(QStringLiteral("nrf91-tracker"), 1);
        QVERIFY(plan.ok());
        QCOMPARE(QString::fromLatin1(plan->sha256), rev.sha256);
        QCOMPARE(plan->revision, 1);

        const auto audit = r.audited(AuditAction::kPlanReleased);
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().newValue, QStringLiteral("revision 1"));
        QCOMPARE(audit.first().details.value(QStringLiteral("sha256")).toString(), rev.sha256);

        // Released twice? No.
        auto again = r.repo->release(QStringLiteral("nrf91-tracker"), 1,
                                     session(QStringLiteral("anna"), Role::Lead));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("plan_already_released"));
    }

    void releasedRowsAreReadOnlyInTheDatabase()
    {
        Repo r;
        QVERIFY(r.repo->importFile(kPlanFile, QStringLiteral("anna")).ok());
        QVERIFY(r.repo
                    ->release(QStringLiteral("nrf91-tracker"), 0,
                              session(QStringLiteral("anna"), Role::Lead))
                    .ok());
        const QString update =
            r.exec("UPDATE plan_revisions SET content = x'00' WHERE plan_id = 'nrf91-tracker'");
        QVERIFY2(update.contains(QStringLiteral("read-only")), qPrintable(update));
        const QString demote =
            r.exec("UPDATE plan_revisions SET status = 'draft' WHERE plan_id = 'nrf91-tracker'");
        QVERIFY(!demote.isEmpty());
        const QString del = r.exec("DELETE FROM plan_revisions");
        QVERIFY2(del.contains(QStringLiteral("cannot be deleted")), qPrintable(del));
        QCOMPARE(r.repo->revision(QStringLiteral("nrf91-tracker"), 1)->content, shippedBytes());
    }

    void editingAReleaseMakesTheNextDraftAndTheLimitChangeIsAudited()
    {
        Repo r;
        QVERIFY(r.repo->importFile(kPlanFile, QStringLiteral("anna")).ok());
        QVERIFY(r.repo
                    ->release(QStringLiteral("nrf91-tracker"), 0,
                              session(QStringLiteral("anna"), Role::Lead))
                    .ok());

        QByteArray edited = shippedBytes();
        QVERIFY(edited.contains(kRange));
        edited.replace(kRange, R"("range": {"low": 3400, "high": 4500, "unit": "mV"})");
        auto draft = r.repo->saveDraft(edited, QStringLiteral("anna"), QStringLiteral("tighter"));
        QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().message));
        QCOMPARE(draft->revision, 2);
        QCOMPARE(draft->parentRevision, 1);
        QVERIFY(draft->isDraft());
        // The stored bytes carry their own revision number; nothing else moved.
        QVERIFY(draft->content.contains("\"revision\": 2,"));
        QByteArray expected = edited;
        expected.replace("\"revision\": 1,", "\"revision\": 2,");
        QCOMPARE(draft->content, expected);
        // Revision 1 is untouched.
        QCOMPARE(r.repo->revision(QStringLiteral("nrf91-tracker"), 1)->content, shippedBytes());

        // Saving again rewrites the same draft (one draft per plan).
        auto again = r.repo->saveDraft(edited, QStringLiteral("bert"));
        QVERIFY(again.ok());
        QCOMPARE(again->revision, 2);
        QCOMPARE(again->author, QStringLiteral("bert"));
        QCOMPARE(r.repo->revisions(QStringLiteral("nrf91-tracker"))->size(), 2);

        auto released = r.repo->release(QStringLiteral("nrf91-tracker"), 2,
                                        session(QStringLiteral("anna"), Role::Lead));
        QVERIFY2(released.ok(), qPrintable(released.ok() ? QString() : released.error().message));
        QVERIFY(released->diff.has_value());
        QCOMPARE(released->diff->limits.size(), 1);
        QCOMPARE(released->diff->limits.first().oldLimit, QStringLiteral("3300 … 4500 mV"));
        QCOMPARE(released->diff->limits.first().newLimit, QStringLiteral("3400 … 4500 mV"));

        const auto limits = r.audited(AuditAction::kLimitChanged);
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits.first().actor, QStringLiteral("anna"));
        QCOMPARE(limits.first().subject, QStringLiteral("plan nrf91-tracker step battery_range"));
        QCOMPARE(limits.first().oldValue, QStringLiteral("3300 … 4500 mV"));
        QCOMPARE(limits.first().newValue, QStringLiteral("3400 … 4500 mV"));
        const QJsonArray fields = limits.first().details.value(QStringLiteral("fields")).toArray();
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0).toObject().value(QStringLiteral("field")).toString(),
                 QStringLiteral("low"));
        QCOMPARE(fields.at(0).toObject().value(QStringLiteral("old")).toDouble(), 3300.0);
        QCOMPARE(fields.at(0).toObject().value(QStringLiteral("new")).toDouble(), 3400.0);
        const auto releases = r.audited(AuditAction::kPlanReleased);
        QCOMPARE(releases.last().details.value(QStringLiteral("diff_summary")).toString(),
                 QStringLiteral("1 limit changed"));

        auto latest = r.repo->latestReleased(QStringLiteral("nrf91-tracker"));
        QCOMPARE(latest->revision, 2);
        auto plan = r.repo->loadPlan(QStringLiteral("nrf91-tracker"), 2);
        QVERIFY(plan.ok());
        QCOMPARE(plan->revision, 2);
    }

    void editAsNewDraftLeavesTheReleaseAlone()
    {
        Repo r;
        QVERIFY(r.repo->importFile(kPlanFile, QStringLiteral("anna")).ok());
        QVERIFY(r.repo
                    ->release(QStringLiteral("nrf91-tracker"), 0,
                              session(QStringLiteral("anna"), Role::Lead))
                    .ok());
        // What the editor's "Edit as new draft" does on released revision 1.
        auto draft = r.repo->startDraft(QStringLiteral("nrf91-tracker"), 1, QStringLiteral("anna"));
        QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().message));
        QCOMPARE(draft->revision, 2);
        QCOMPARE(draft->parentRevision, 1);
        QVERIFY(draft->isDraft());
        QByteArray expected = shippedBytes();
        expected.replace("\"revision\": 1,", "\"revision\": 2,");
        QCOMPARE(draft->content, expected);
        // Asking again gives the same draft, not a third revision.
        auto again = r.repo->startDraft(QStringLiteral("nrf91-tracker"), 1, QStringLiteral("bert"));
        QVERIFY(again.ok());
        QCOMPARE(again->revision, 2);
        QCOMPARE(r.repo->revisions(QStringLiteral("nrf91-tracker"))->size(), 2);

        // Editing a limit in the draft leaves revision 1 exactly as released.
        QByteArray edited = draft->content;
        edited.replace(kRange, R"("range": {"low": 3300, "high": 4600, "unit": "mV"})");
        auto saved = r.repo->saveDraft(edited, QStringLiteral("anna"));
        QVERIFY(saved.ok());
        QCOMPARE(saved->revision, 2);
        const auto released = r.repo->revision(QStringLiteral("nrf91-tracker"), 1);
        QVERIFY(released->isReleased());
        QCOMPARE(released->content, shippedBytes());
        auto diff = r.repo->diff(QStringLiteral("nrf91-tracker"), 1, 2);
        QVERIFY(diff.ok());
        QCOMPARE(diff->limits.size(), 1);
        QCOMPARE(diff->limits.first().newLimit, QStringLiteral("3300 … 4600 mV"));
    }

    void unchangedReleaseIsNotANewDraft()
    {
        Repo r;
        QVERIFY(r.repo->importFile(kPlanFile, QStringLiteral("anna")).ok());
        QVERIFY(r.repo
                    ->release(QStringLiteral("nrf91-tracker"), 0,
                              session(QStringLiteral("anna"), Role::Lead))
                    .ok());
        auto same = r.repo->saveDraft(shippedBytes(), QStringLiteral("anna"));
        QVERIFY(!same.ok());
        QCOMPARE(same.error().code, QStringLiteral("plan_unchanged"));
    }

    void releaseNeedsThePermission_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("operator") << int(Role::Operator) << false;
        QTest::newRow("qa") << int(Role::Qa) << false;
        QTest::newRow("lead") << int(Role::Lead) << true;
        QTest::newRow("admin") << int(Role::Admin) << true;
    }

    void releaseNeedsThePermission()
    {
        QFETCH(int, role);
        QFETCH(bool, allowed);
        Repo r;
        QVERIFY(r.repo->importFile(kPlanFile, QStringLiteral("anna")).ok());
        auto released = r.repo->release(QStringLiteral("nrf91-tracker"), 0,
                                        session(QStringLiteral("who"), Role(role)));
        QCOMPARE(released.ok(), allowed);
        if (!allowed) {
            QCOMPARE(released.error().code, QStringLiteral("plan_release_denied"));
            QCOMPARE(r.audited(AuditAction::kAccessDenied).size(), 1);
            QVERIFY(r.repo->draft(QStringLiteral("nrf91-tracker"))->has_value());
        }
        auto nobody = r.repo->release(QStringLiteral("nrf91-tracker"), 0, Session{});
        QVERIFY(!nobody.ok());
    }

    void invalidDraftIsStoredButNotReleased()
    {
        Repo r;
        QByteArray broken = shippedBytes();
        broken.replace(kRange, R"("range": {"low": 4600, "high": 4500, "unit": "mV"})");
        auto draft = r.repo->saveDraft(broken, QStringLiteral("anna"));
        QVERIFY(draft.ok()); // work in progress may be stored
        auto released = r.repo->release(QStringLiteral("nrf91-tracker"), 0,
                                        session(QStringLiteral("anna"), Role::Lead));
        QVERIFY(!released.ok());
        QCOMPARE(released.error().code, QStringLiteral("plan_invalid"));
        QVERIFY2(released.error().message.contains(QStringLiteral("nrf91-tracker@r1:")),
                 qPrintable(released.error().message));
        QVERIFY(r.audited(AuditAction::kPlanReleased).isEmpty());

        // Not even JSON with an id: refused at once.
        QVERIFY(!r.repo->saveDraft("{\"format\": 1}", QStringLiteral("anna")).ok());
        QVERIFY(!r.repo->saveDraft("not json", QStringLiteral("anna")).ok());
    }

    void discardDraft()
    {
        Repo r;
        QVERIFY(r.repo->importFile(kPlanFile, QStringLiteral("anna")).ok());
        QVERIFY(r.repo->discardDraft(QStringLiteral("nrf91-tracker"), QStringLiteral("anna")).ok());
        QVERIFY(r.repo->revisions(QStringLiteral("nrf91-tracker"))->isEmpty());
        QCOMPARE(r.audited(AuditAction::kPlanDraftDiscarded).size(), 1);
    }

    void stampTouchesOnlyTheRevisionNumber()
    {
        const QByteArray in = "{\n  \"format\": 1,\n  \"id\": \"p\",\n  \"revision\":   7 ,\n"
                              "  \"product\": \"x\", \"note\": \"revision\": 1\n}\n";
        // (not a valid plan, but the stamp only needs the JSON shape: this one is not JSON)
        QVERIFY(!eol::core::planrepo::RevisionStamp::stamp(in, 8).ok());
        const QByteArray json = "{\n  \"format\": 1,\n  \"id\": \"p\",\n  \"revision\":   7 ,\n"
                                "  \"product\": \"revision 7\"\n}\n";
        auto out = eol::core::planrepo::RevisionStamp::stamp(json, 12);
        QVERIFY(out.ok());
        QCOMPARE(out.value(), QByteArray("{\n  \"format\": 1,\n  \"id\": \"p\",\n  \"revision\":"
                                         "   12 ,\n  \"product\": \"revision 7\"\n}\n"));
        QCOMPARE(eol::core::planrepo::RevisionStamp::planId(json).value(), QStringLiteral("p"));
    }

    void resolverRunsOnlyReleasedRevisions()
    {
        Repo r;
        QTemporaryDir site;
        const QString sitePlan = site.filePath(QStringLiteral("tracker.json"));
        {
            QFile f(sitePlan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray b = shippedBytes();
            b.replace("\"id\": \"nrf91-tracker\"", "\"id\": \"site-tracker\"");
            f.write(b);
        }
        auto loader = [](const QString& ref) {
            return eol::core::plan::PlanLoader::loadFile(
                ref.endsWith(QLatin1String(".json"))
                    ? ref
                    : QStringLiteral(EOL_SOURCE_DIR "/testplans/") + ref + QStringLiteral(".json"));
        };
        eol::core::planrepo::ReleasedPlanResolver resolver(
            *r.repo, loader, {QStringLiteral(EOL_SOURCE_DIR "/testplans")});

        // A site file that was never released is refused, naming the file and its hash.
        auto refused = resolver.resolve(sitePlan);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("plan_not_released"));
        QVERIFY(refused.error().message.contains(sitePlan));
        QVERIFY(refused.error().message.contains(QStringLiteral("sha256 ")));
        QVERIFY(refused.error().message.contains(QStringLiteral("release")));

        // A shipped plan is taken over as released by "vendor" on first use.
        auto shipped = resolver.resolve(QStringLiteral("nrf91"));
        QVERIFY2(shipped.ok(), qPrintable(shipped.ok() ? QString() : shipped.error().message));
        QCOMPARE(QString::fromLatin1(shipped->sha256), sha(shippedBytes()));
        const auto seeded = r.audited(AuditAction::kPlanSeeded);
        QCOMPARE(seeded.size(), 1);
        QCOMPARE(seeded.first().actor, QStringLiteral("vendor"));

        // A lead releases revision 2: from now on the same reference runs revision 2.
        QByteArray edited = shippedBytes();
        edited.replace(kRange, R"("range": {"low": 3400, "high": 4500, "unit": "mV"})");
        QVERIFY(r.repo->saveDraft(edited, QStringLiteral("anna")).ok());
        auto byFile = resolver.resolve(QStringLiteral("nrf91"));
        QCOMPARE(byFile->revision, 1); // the draft does not run
        QVERIFY(r.repo
                    ->release(QStringLiteral("nrf91-tracker"), 0,
                              session(QStringLiteral("anna"), Role::Lead))
                    .ok());
        byFile = resolver.resolve(QStringLiteral("nrf91"));
        QVERIFY(byFile.ok());
        QCOMPARE(byFile->revision, 2);
        QCOMPARE(QString::fromLatin1(byFile->sha256),
                 r.repo->latestReleased(QStringLiteral("nrf91-tracker"))->sha256);
        auto byId = resolver.resolve(QStringLiteral("nrf91-tracker"));
        QCOMPARE(byId->revision, 2);

        // Once released, the site plan runs too.
        QVERIFY(r.repo->importFile(sitePlan, QStringLiteral("anna")).ok());
        QVERIFY(!resolver.resolve(sitePlan).ok());
        QVERIFY(r.repo
                    ->release(QStringLiteral("site-tracker"), 0,
                              session(QStringLiteral("anna"), Role::Lead))
                    .ok());
        QVERIFY(resolver.resolve(sitePlan).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_plan_repository.moc"
