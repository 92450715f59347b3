#include "cli/PlanRepoCommand.h"

#include "audit/AuditLog.h"
#include "auth/UserStore.h"
#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/SecretInput.h"
#include "cli/SubcommandParser.h"
#include "planrepo/PlanRepository.h"
#include "store/RunStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace eol::cli {

namespace {

const char* const kUsage =
    "usage: eol-station plan <action> [options]\n"
    "  import <file> [--comment TEXT]            store the file as the plan's draft revision\n"
    "  release <id> [--revision N] --by USER (--pin-stdin | --badge-stdin) [--comment TEXT]\n"
    "                                            release the draft (or revision N)\n"
    "  revisions <id>                            all revisions: status, author, sha256\n"
    "  diff <id> <revA> <revB>                   steps and limits that changed, A → B\n"
    "  show <id> [--revision N]                  the stored plan file (default: latest release)\n"
    "  discard <id>                              throw the draft away\n"
    "  check <file>...                           validate plan files (no database)\n"
    "every action but check takes --db FILE and --json\n";

int fail(const QString& message)
{
    Console::error(message);
    return kExitError;
}

QJsonObject revisionJson(const core::planrepo::PlanRevision& r)
{
    QJsonObject o{{QStringLiteral("plan_id"), r.planId},
                  {QStringLiteral("revision"), r.revision},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("author"), r.author},
                  {QStringLiteral("created_utc"), r.createdUtc.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("updated_utc"), r.updatedUtc.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("sha256"), r.sha256}};
    if (r.isReleased()) {
        o.insert(QStringLiteral("released_by"), r.releasedBy);
        o.insert(QStringLiteral("released_utc"), r.releasedUtc.toString(Qt::ISODateWithMs));
    }
    if (r.parentRevision > 0)
        o.insert(QStringLiteral("parent_revision"), r.parentRevision);
    if (!r.comment.isEmpty())
        o.insert(QStringLiteral("comment"), r.comment);
    return o;
}

QString revisionLine(const core::planrepo::PlanRevision& r)
{
    QString line = QStringLiteral("%1  %2  %3  by %4")
                       .arg(QString::number(r.revision).rightJustified(4),
                            r.status.leftJustified(8), r.sha256.left(16), r.author);
    if (r.isReleased())
        line += QStringLiteral(", released by %1 %2 UTC")
                    .arg(r.releasedBy, r.releasedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (r.parentRevision > 0)
        line += QStringLiteral(", from %1").arg(r.parentRevision);
    if (!r.comment.isEmpty())
        line += QStringLiteral(" — ") + r.comment;
    return line;
}

bool parseRevision(const QString& text, int* out)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1)
        return false;
    *out = n;
    return true;
}

} // namespace

bool PlanRepoCommand::handles(const QString& action)
{
    static const QStringList kActions{QStringLiteral("import"),    QStringLiteral("release"),
                                      QStringLiteral("revisions"), QStringLiteral("diff"),
                                      QStringLiteral("show"),      QStringLiteral("discard")};
    return kActions.contains(action);
}

int PlanRepoCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kUsage));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Record database."),
                                   QStringLiteral("file"), DefaultPaths::database());
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    const QCommandLineOption revisionOpt(QStringLiteral("revision"),
                                         QStringLiteral("Revision number."), QStringLiteral("N"));
    const QCommandLineOption byOpt(QStringLiteral("by"),
                                   QStringLiteral("release: the hardware lead (or admin) who "
                                                  "releases."),
                                   QStringLiteral("user"));
    const QCommandLineOption pinOpt(QStringLiteral("pin-stdin"),
                                    QStringLiteral("release: read the user's PIN from stdin. A "
                                                   "PIN is never an argument (ps shows "
                                                   "arguments to everyone)."));
    const QCommandLineOption badgeOpt(QStringLiteral("badge-stdin"),
                                      QStringLiteral("release: read the user's badge id from "
                                                     "stdin instead."));
    const QCommandLineOption commentOpt(QStringLiteral("comment"),
                                        QStringLiteral("Why: stored with the revision."),
                                        QStringLiteral("text"));
    parser.addOptions({dbOpt, jsonOpt, revisionOpt, byOpt, pinOpt, badgeOpt, commentOpt});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("import, release, revisions, diff, show, discard"));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool json = parser.isSet(jsonOpt);
    const int expected = action == QLatin1String("diff") ? 4 : 2;
    if (!handles(action) || args.size() != expected)
        return fail(QStringLiteral("plan %1: wrong arguments\n%2")
                        .arg(action, QString::fromUtf8(kUsage).trimmed()));
    int revision = 0;
    if (parser.isSet(revisionOpt) && !parseRevision(parser.value(revisionOpt), &revision))
        return fail(QStringLiteral("--revision must be a revision number (1, 2, ...)"));

    auto store = core::store::RunStore::open(parser.value(dbOpt));
    if (!store)
        return fail(store.error().message);
    core::audit::AuditLog audit(*store.value(), DefaultPaths::stationId());
    core::planrepo::PlanRepository repo(*store.value(), audit);
    const QString actor =
        QStringLiteral("cli:") + qEnvironmentVariable("USER", QStringLiteral("?"));

    if (action == QLatin1String("import")) {
        auto saved = repo.importFile(args.at(1), actor, parser.value(commentOpt));
        if (!saved)
            return fail(saved.error().message);
        if (json) {
            Console::json(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("revision"), revisionJson(saved.value())}});
        } else {
            Console::line(QStringLiteral("plan %1 revision %2 saved as a draft (sha256 %3)")
                              .arg(saved->planId)
                              .arg(saved->revision)
                              .arg(saved->sha256));
            Console::line(QStringLiteral("release it: eol-station plan release %1 --by <lead> "
                                         "--pin-stdin")
                              .arg(saved->planId));
        }
        return kExitOk;
    }

    const QString planId = args.at(1);
    if (action == QLatin1String("release")) {
        if (!parser.isSet(byOpt))
            return fail(QStringLiteral("plan release: --by <user> is required: a release is "
                                       "signed by a hardware lead or an administrator"));
        if (parser.isSet(pinOpt) == parser.isSet(badgeOpt))
            return fail(QStringLiteral("plan release: prove who releases — the PIN of %1 on "
                                       "stdin (--pin-stdin) or the badge id (--badge-stdin)")
                            .arg(parser.value(byOpt)));
        core::auth::UserStore users(*store.value(), audit);
        bool ok = true;
        Result<core::auth::Session> session = makeError(QString(), QString());
        if (parser.isSet(pinOpt)) {
            const QString pin =
                SecretInput::readLine(QStringLiteral("PIN of %1: ").arg(parser.value(byOpt)), &ok);
            if (!ok || pin.isEmpty())
                return fail(QStringLiteral("plan release: --pin-stdin given but no PIN on stdin"));
            session = users.authenticatePin(parser.value(byOpt), pin, QStringLiteral("cli"));
        } else {
            const QString badge = SecretInput::readLine(
                QStringLiteral("Badge id of %1: ").arg(parser.value(byOpt)), &ok);
            if (!ok || badge.trimmed().isEmpty())
                return fail(
                    QStringLiteral("plan release: --badge-stdin given but no badge id on stdin"));
            session = users.authenticateBadge(badge.trimmed(), QStringLiteral("cli"));
            if (session && session->userName.compare(parser.value(byOpt), Qt::CaseInsensitive) != 0)
                return fail(QStringLiteral("plan release: that badge belongs to %1, not %2")
                                .arg(session->userName, parser.value(byOpt)));
        }
        if (!session)
            return fail(QStringLiteral("plan release: ") + session.error().message);
        auto released = repo.release(planId, revision, session.value(), parser.value(commentOpt));
        (void)users.logout(session.value(), QStringLiteral("cli command done"));
        if (!released)
            return fail(released.error().message);
        if (json) {
            QJsonObject o{{QStringLiteral("ok"), true},
                          {QStringLiteral("revision"), revisionJson(released->revision)}};
            if (released->diff)
                o.insert(QStringLiteral("diff"), released->diff->toJson());
            Console::json(o);
        } else {
            Console::line(QStringLiteral("released plan %1 revision %2 by %3 — sha256 %4")
                              .arg(planId)
                              .arg(released->revision.revision)
                              .arg(released->revision.releasedBy, released->revision.sha256));
            if (released->diff)
                Console::out(released->diff->toText());
        }
        return kExitOk;
    }
    if (action == QLatin1String("revisions")) {
        auto list = repo.revisions(planId);
        if (!list)
            return fail(list.error().message);
        if (list->isEmpty())
            return fail(QStringLiteral("the station has no plan \"%1\"").arg(planId));
        if (json) {
            QJsonArray arr;
            for (const auto& r : list.value())
                arr.append(revisionJson(r));
            Console::json(QJsonObject{{QStringLiteral("plan_id"), planId},
                                      {QStringLiteral("revisions"), arr}});
        } else {
            Console::line(QStringLiteral("plan %1").arg(planId));
            for (const auto& r : list.value())
                Console::line(revisionLine(r));
        }
        return kExitOk;
    }
    if (action == QLatin1String("diff")) {
        int from = 0;
        int to = 0;
        if (!parseRevision(args.at(2), &from) || !parseRevision(args.at(3), &to))
            return fail(QStringLiteral("plan diff: revisions are numbers, e.g. plan diff %1 1 2")
                            .arg(planId));
        auto d = repo.diff(planId, from, to);
        if (!d)
            return fail(d.error().message);
        if (json)
            Console::json(d->toJson());
        else
            Console::out(d->toText());
        return kExitOk;
    }
    if (action == QLatin1String("show")) {
        auto r = revision > 0 ? repo.revision(planId, revision) : repo.latestReleased(planId);
        if (!r)
            return fail(r.error().message);
        if (json) {
            QJsonObject o = revisionJson(r.value());
            o.insert(QStringLiteral("content"), QString::fromUtf8(r->content));
            Console::json(o);
        } else {
            Console::out(QString::fromUtf8(r->content));
        }
        return kExitOk;
    }
    // discard
    if (auto r = repo.discardDraft(planId, actor); !r)
        return fail(r.error().message);
    if (json)
        Console::json(QJsonObject{{QStringLiteral("ok"), true}});
    else
        Console::line(QStringLiteral("draft of plan %1 discarded").arg(planId));
    return kExitOk;
}

} // namespace eol::cli
