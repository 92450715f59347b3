#include "planrepo/PlanRepository.h"

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "audit/SqlStatement.h"
#include "auth/Session.h"
#include "plan/PlanLoader.h"
#include "plan/PositionedJsonParser.h"
#include "planrepo/PlanRepoLog.h"
#include "planrepo/RevisionStamp.h"
#include "store/RunStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace eol::core::planrepo {

using audit::AuditAction;
using audit::SqlStatement;

namespace {

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseUtc(const QString& s)
{
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString subjectOf(const QString& planId)
{
    return QStringLiteral("plan %1").arg(planId);
}

QString revisionName(const QString& planId, int revision)
{
    return QStringLiteral("%1@r%2").arg(planId).arg(revision);
}

} // namespace

PlanRepository::PlanRepository(store::RunStore& store, audit::AuditLog& audit)
    : m_store(store), m_audit(audit)
{
}

Result<QList<PlanRevision>> PlanRepository::select(const char* whereSql, const QStringList& binds,
                                                   bool withContent) const
{
    const QByteArray sql =
        QByteArray("SELECT plan_id, revision, status, author, created_utc, updated_utc, "
                   "released_by, released_utc, sha256, parent_revision, comment, ") +
        (withContent ? "content" : "NULL") + " FROM plan_revisions WHERE " + whereSql +
        " ORDER BY plan_id, revision";
    auto stmt = SqlStatement::prepare(m_store.connection(), sql.constData(),
                                      QStringLiteral("read plan revisions"));
    if (!stmt)
        return stmt.error();
    SqlStatement& s = stmt.value();
    for (int i = 0; i < binds.size(); ++i)
        s.bind(i + 1, binds.at(i));
    QList<PlanRevision> out;
    for (;;) {
        auto row = s.step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        PlanRevision r;
        r.planId = s.text(0);
        r.revision = int(s.int64(1));
        r.status = s.text(2);
        r.author = s.text(3);
        r.createdUtc = parseUtc(s.text(4));
        r.updatedUtc = parseUtc(s.text(5));
        r.releasedBy = s.text(6);
        r.releasedUtc = parseUtc(s.text(7));
        r.sha256 = s.text(8);
        r.parentRevision = s.isNull(9) ? 0 : int(s.int64(9));
        r.comment = s.text(10);
        if (withContent)
            r.content = s.blob(11);
        out << r;
    }
    return out;
}

Result<QStringList> PlanRepository::planIds() const
{
    auto stmt = SqlStatement::prepare(m_store.connection(),
                                      "SELECT DISTINCT plan_id FROM plan_revisions ORDER BY 1",
                                      QStringLiteral("list plans"));
    if (!stmt)
        return stmt.error();
    QStringList ids;
    for (;;) {
        auto row = stmt.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ids << stmt->text(0);
    }
    return ids;
}

Result<QList<PlanRevision>> PlanRepository::revisions(const QString& planId) const
{
    return select("plan_id = ?", {planId}, false);
}

Result<PlanRevision> PlanRepository::revision(const QString& planId, int revision) const
{
    auto rows = select("plan_id = ? AND revision = ?", {planId, QString::number(revision)}, true);
    if (!rows)
        return rows.error();
    if (rows->isEmpty()) {
        auto all = revisions(planId);
        QStringList known;
        if (all) {
            for (const auto& r : all.value())
                known << QStringLiteral("%1 (%2)").arg(r.revision).arg(r.status);
        }
        return makeError(QStringLiteral("plan_revision_not_found"),
                         known.isEmpty()
                             ? QStringLiteral("the station has no plan \"%1\" — import it first "
                                              "(eol-station plan import <file>)")
                                   .arg(planId)
                             : QStringLiteral("plan \"%1\" has no revision %2 (it has %3)")
                                   .arg(planId)
                                   .arg(revision)
                                   .arg(known.join(QStringLiteral(", "))));
    }
    return rows->first();
}

Result<PlanRevision> PlanRepository::latestReleased(const QString& planId) const
{
    auto rows = select("plan_id = ? AND status = 'released'", {planId}, true);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(QStringLiteral("plan_not_released"),
                         QStringLiteral("plan \"%1\" has no released revision").arg(planId));
    return rows->last();
}

Result<std::optional<PlanRevision>> PlanRepository::draft(const QString& planId) const
{
    auto rows = select("plan_id = ? AND status = 'draft'", {planId}, true);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<PlanRevision>();
    return std::optional<PlanRevision>(rows->first());
}

Result<QList<PlanRevision>> PlanRepository::releasedWithSha256(const QString& sha256) const
{
    return select("sha256 = ? AND status = 'released'", {sha256.toLower()}, false);
}

Result<plan::Plan> PlanRepository::loadPlan(const QString& planId, int rev) const
{
    auto r = revision(planId, rev);
    if (!r)
        return r.error();
    return plan::PlanLoader::loadBytes(r->content, revisionName(planId, rev));
}

Result<PlanDiff> PlanRepository::diff(const QString& planId, int fromRevision, int toRevision) const
{
    auto a = loadPlan(planId, fromRevision);
    if (!a)
        return makeError(a.error().code,
                         QStringLiteral("cannot compare: revision %1 does not load as a plan:\n%2")
                             .arg(fromRevision)
                             .arg(a.error().message));
    auto b = loadPlan(planId, toRevision);
    if (!b)
        return makeError(b.error().code,
                         QStringLiteral("cannot compare: revision %1 does not load as a plan:\n%2")
                             .arg(toRevision)
                             .arg(b.error().message));
    return PlanDiff::compute(a.value(), b.value());
}

Result<PlanRevision> PlanRepository::importFile(const QString& path, const QString& actor,
                                                const QString& comment)
{
    QFile file(path);
    if (file.size() > plan::PositionedJsonParser::kMaxBytes)
        return makeError(QStringLiteral("plan_too_large"),
                         QStringLiteral("%1 is larger than 4 MiB — not a plan file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("plan_unreadable"),
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    return saveDraft(bytes, actor,
                     comment.isEmpty()
                         ? QStringLiteral("imported from %1").arg(QFileInfo(path).fileName())
                         : comment);
}

Result<PlanRevision> PlanRepository::saveDraft(const QByteArray& bytes, const QString& actor,
                                               const QString& comment)
{
    auto planId = RevisionStamp::planId(bytes);
    if (!planId)
        return planId.error();
    const QString id = planId.value();
    auto existing = revisions(id);
    if (!existing)
        return existing.error();
    const PlanRevision* latest = existing->isEmpty() ? nullptr : &existing->last();

    int number = 1;
    int parent = 0;
    bool overwrite = false;
    if (latest && latest->isDraft()) {
        number = latest->revision;
        parent = latest->parentRevision;
        overwrite = true;
    } else if (latest) {
        number = latest->revision + 1;
        parent = latest->revision;
    } else {
        // A new plan keeps the revision its file says, so a plan that already had revisions
        // elsewhere continues its numbering here.
        auto own = RevisionStamp::revision(bytes);
        number = own && own.value() >= 1 ? own.value() : 1;
    }
    auto stamped = RevisionStamp::stamp(bytes, number);
    if (!stamped)
        return stamped.error();
    const QByteArray content = stamped.value();

    if (latest && latest->isReleased()) {
        // Saving the release unchanged would make a draft that differs only by its number.
        auto release = revision(id, latest->revision);
        auto asRelease = RevisionStamp::stamp(bytes, latest->revision);
        if (release && asRelease && asRelease.value() == release->content)
            return makeError(QStringLiteral("plan_unchanged"),
                             QStringLiteral("plan \"%1\" is unchanged since released revision "
                                            "%2 — nothing to save")
                                 .arg(id)
                                 .arg(latest->revision));
    }

    const QString sha = sha256Hex(content);
    const bool valid = plan::PlanLoader::loadBytes(content, revisionName(id, number)).ok();
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    auto done = m_store.transaction([&]() -> Result<void> {
        auto stmt = SqlStatement::prepare(
            m_store.connection(),
            overwrite ? "UPDATE plan_revisions SET content = ?1, sha256 = ?2, author = ?3, "
                        "updated_utc = ?4, comment = ?5 WHERE plan_id = ?6 AND revision = ?7 "
                        "AND status = 'draft'"
                      : "INSERT INTO plan_revisions (content, sha256, author, updated_utc, "
                        "comment, plan_id, revision, status, created_utc, parent_revision) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'draft', ?4, ?8)",
            QStringLiteral("save a draft of plan %1").arg(id));
        if (!stmt)
            return stmt.error();
        stmt.value().bindBlob(1, content);
        stmt.value().bind(2, sha);
        stmt.value().bind(3, actor);
        stmt.value().bind(4, now);
        stmt.value().bind(5, comment);
        stmt.value().bind(6, id);
        stmt.value().bind(7, qint64(number));
        if (!overwrite) {
            if (parent > 0)
                stmt.value().bind(8, qint64(parent));
            else
                stmt.value().bindNull(8);
        }
        if (auto r = stmt.value().run(); !r)
            return r;
        QJsonObject details{{QStringLiteral("revision"), number},
                            {QStringLiteral("sha256"), sha},
                            {QStringLiteral("valid"), valid}};
        if (parent > 0)
            details.insert(QStringLiteral("parent_revision"), parent);
        if (!comment.isEmpty())
            details.insert(QStringLiteral("comment"), comment);
        auto a = m_audit.append(actor, AuditAction::kPlanDraftSaved, subjectOf(id), QString(),
                                QStringLiteral("revision %1 (draft)").arg(number), details);
        return a ? Result<void>() : Result<void>(a.error());
    });
    if (!done)
        return done.error();
    qCInfo(lcPlanRepo) << "draft saved:" << id << "revision" << number << "by" << actor;
    return revision(id, number);
}

Result<PlanRevision> PlanRepository::startDraft(const QString& planId, int fromRevision,
                                                const QString& actor)
{
    auto existing = draft(planId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    auto base = revision(planId, fromRevision);
    if (!base)
        return base.error();
    auto all = revisions(planId);
    if (!all)
        return all.error();
    const int number = all->last().revision + 1;
    auto stamped = RevisionStamp::stamp(base->content, number);
    if (!stamped)
        return stamped.error();
    const QString sha = sha256Hex(stamped.value());
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    const QString comment = QStringLiteral("new draft from revision %1").arg(fromRevision);
    auto done = m_store.transaction([&]() -> Result<void> {
        auto stmt = SqlStatement::prepare(
            m_store.connection(),
            "INSERT INTO plan_revisions (plan_id, revision, status, author, created_utc, "
            "updated_utc, sha256, content, parent_revision, comment) "
            "VALUES (?1, ?2, 'draft', ?3, ?4, ?4, ?5, ?6, ?7, ?8)",
            QStringLiteral("start a draft of plan %1").arg(planId));
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, planId);
        stmt.value().bind(2, qint64(number));
        stmt.value().bind(3, actor);
        stmt.value().bind(4, now);
        stmt.value().bind(5, sha);
        stmt.value().bindBlob(6, stamped.value());
        stmt.value().bind(7, qint64(fromRevision));
        stmt.value().bind(8, comment);
        if (auto r = stmt.value().run(); !r)
            return r;
        auto a = m_audit.append(actor, AuditAction::kPlanDraftSaved, subjectOf(planId), QString(),
                                QStringLiteral("revision %1 (draft)").arg(number),
                                {{QStringLiteral("revision"), number},
                                 {QStringLiteral("parent_revision"), fromRevision},
                                 {QStringLiteral("sha256"), sha},
                                 {QStringLiteral("comment"), comment}});
        return a ? Result<void>() : Result<void>(a.error());
    });
    if (!done)
        return done.error();
    return revision(planId, number);
}

Result<void> PlanRepository::discardDraft(const QString& planId, const QString& actor)
{
    auto d = draft(planId);
    if (!d)
        return d.error();
    if (!d.value())
        return makeError(QStringLiteral("plan_no_draft"),
                         QStringLiteral("plan \"%1\" has no draft").arg(planId));
    return m_store.transaction([&]() -> Result<void> {
        auto stmt = SqlStatement::prepare(
            m_store.connection(),
            "DELETE FROM plan_revisions WHERE plan_id = ? AND status = 'draft'",
            QStringLiteral("discard the draft of plan %1").arg(planId));
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, planId);
        if (auto r = stmt.value().run(); !r)
            return r;
        auto a = m_audit.append(actor, AuditAction::kPlanDraftDiscarded, subjectOf(planId),
                                QStringLiteral("revision %1 (draft)").arg(d.value()->revision),
                                QString(), {{QStringLiteral("sha256"), d.value()->sha256}});
        return a ? Result<void>() : Result<void>(a.error());
    });
}

Result<PlanRepository::Release> PlanRepository::release(const QString& planId, int rev,
                                                        const auth::Session& by,
                                                        const QString& comment)
{
    if (!by.allows(auth::Permission::ReleasePlans)) {
        const QString who = by.isValid() ? by.userName : QStringLiteral("(nobody)");
        (void)m_audit.append(who, AuditAction::kAccessDenied, subjectOf(planId), {}, {},
                             {{QStringLiteral("wanted"), QStringLiteral("release")},
                              {QStringLiteral("role"),
                               by.isValid() ? auth::roleName(by.role) : QStringLiteral("none")}});
        return makeError(QStringLiteral("plan_release_denied"),
                         by.isValid()
                             ? QStringLiteral("%1 (%2) may not release plans — a hardware lead "
                                              "or an administrator must")
                                   .arg(by.userName, auth::roleName(by.role))
                             : QStringLiteral("releasing a plan needs a logged-in hardware lead "
                                              "or administrator"));
    }

    PlanRevision target;
    if (rev <= 0) {
        auto d = draft(planId);
        if (!d)
            return d.error();
        if (!d.value()) {
            auto all = revisions(planId);
            if (all && !all->isEmpty())
                return makeError(QStringLiteral("plan_no_draft"),
                                 QStringLiteral("plan \"%1\" has no draft to release; its latest "
                                                "revision %2 is already released")
                                     .arg(planId)
                                     .arg(all->last().revision));
            return makeError(QStringLiteral("plan_revision_not_found"),
                             QStringLiteral("the station has no plan \"%1\" — import it first "
                                            "(eol-station plan import <file>)")
                                 .arg(planId));
        }
        target = *d.value();
    } else {
        auto r = revision(planId, rev);
        if (!r)
            return r.error();
        target = r.value();
    }
    if (target.isReleased())
        return makeError(QStringLiteral("plan_already_released"),
                         QStringLiteral("revision %1 of plan \"%2\" was already released by %3 "
                                        "at %4 UTC; released revisions never change")
                             .arg(target.revision)
                             .arg(planId, target.releasedBy,
                                  target.releasedUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));

    auto plan = plan::PlanLoader::loadBytes(target.content, revisionName(planId, target.revision));
    if (!plan)
        return makeError(QStringLiteral("plan_invalid"),
                         QStringLiteral("revision %1 of plan \"%2\" is not a valid plan, so it "
                                        "cannot be released — fix these and save the draft "
                                        "again:\n%3")
                             .arg(target.revision)
                             .arg(planId, plan.error().message));
    if (plan->id != planId || plan->revision != target.revision)
        return makeError(QStringLiteral("plan_invalid"),
                         QStringLiteral("revision %1 of plan \"%2\" says it is plan \"%3\" "
                                        "revision %4 — save the draft again")
                             .arg(target.revision)
                             .arg(planId, plan->id)
                             .arg(plan->revision));
    const QString sha = sha256Hex(target.content);

    // The diff is against the newest release before this one: what operators ran until now.
    std::optional<PlanDiff> diff;
    {
        auto released = select("plan_id = ? AND status = 'released' AND revision < ?",
                               {planId, QString::number(target.revision)}, false);
        if (!released)
            return released.error();
        if (!released->isEmpty()) {
            auto previous = loadPlan(planId, released->last().revision);
            if (previous)
                diff = PlanDiff::compute(previous.value(), plan.value());
            else
                qCWarning(lcPlanRepo) << "released revision" << released->last().revision << "of"
                                      << planId << "no longer loads:" << previous.error().message;
        }
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto done = m_store.transaction([&]() -> Result<void> {
        auto stmt = SqlStatement::prepare(
            m_store.connection(),
            "UPDATE plan_revisions SET status = 'released', released_by = ?1, released_utc = ?2, "
            "updated_utc = ?2, sha256 = ?3, comment = COALESCE(?4, comment) "
            "WHERE plan_id = ?5 AND revision = ?6 AND status = 'draft'",
            QStringLiteral("release plan %1").arg(planId));
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, by.userName);
        stmt.value().bind(2, isoUtc(now));
        stmt.value().bind(3, sha);
        stmt.value().bind(4, comment);
        stmt.value().bind(5, planId);
        stmt.value().bind(6, qint64(target.revision));
        if (auto r = stmt.value().run(); !r)
            return r;
        if (stmt->changes() != 1)
            return makeError(QStringLiteral("plan_release_conflict"),
                             QStringLiteral("revision %1 of plan \"%2\" changed while it was "
                                            "being released — try again")
                                 .arg(target.revision)
                                 .arg(planId));

        QJsonObject details{{QStringLiteral("revision"), target.revision},
                            {QStringLiteral("sha256"), sha},
                            {QStringLiteral("author"), target.author}};
        if (target.parentRevision > 0)
            details.insert(QStringLiteral("parent_revision"), target.parentRevision);
        if (!comment.isEmpty())
            details.insert(QStringLiteral("comment"), comment);
        if (diff) {
            details.insert(QStringLiteral("diff_summary"), diff->summary());
            details.insert(QStringLiteral("diff"), diff->toJson());
        }
        auto a =
            m_audit.append(by.userName, AuditAction::kPlanReleased, subjectOf(planId),
                           diff ? QStringLiteral("revision %1").arg(diff->fromRevision) : QString(),
                           QStringLiteral("revision %1").arg(target.revision), details);
        if (!a)
            return a.error();
        if (!diff)
            return {};
        for (const auto& limit : std::as_const(diff->limits)) {
            QJsonArray fields;
            for (const auto& f : limit.fields)
                fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                          {QStringLiteral("old"), f.oldValue},
                                          {QStringLiteral("new"), f.newValue}});
            auto l = m_audit.append(by.userName, AuditAction::kLimitChanged,
                                    QStringLiteral("plan %1 step %2").arg(planId, limit.stepId),
                                    limit.oldLimit, limit.newLimit,
                                    {{QStringLiteral("plan_id"), planId},
                                     {QStringLiteral("step"), limit.stepId},
                                     {QStringLiteral("step_name"), limit.stepName},
                                     {QStringLiteral("variable"), limit.variable},
                                     {QStringLiteral("from_revision"), diff->fromRevision},
                                     {QStringLiteral("to_revision"), target.revision},
                                     {QStringLiteral("fields"), fields}});
            if (!l)
                return l.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    qCInfo(lcPlanRepo) << "released" << planId << "revision" << target.revision << "by"
                       << by.userName << "sha256" << sha;
    auto stored = revision(planId, target.revision);
    if (!stored)
        return stored.error();
    return Release{stored.value(), diff};
}

Result<PlanRevision> PlanRepository::seedReleased(const QByteArray& bytes, const QString& source)
{
    auto plan = plan::PlanLoader::loadBytes(bytes, QFileInfo(source).fileName());
    if (!plan)
        return plan.error();
    auto existing = revisions(plan->id);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return makeError(QStringLiteral("plan_exists"),
                         QStringLiteral("plan \"%1\" already has revisions at this station; a "
                                        "shipped file is only taken over on first start")
                             .arg(plan->id));
    const QString sha = QString::fromLatin1(plan->sha256);
    const QString now = isoUtc(QDateTime::currentDateTimeUtc());
    const QString vendor = QStringLiteral("vendor");
    const int number = qMax(1, plan->revision);
    auto done = m_store.transaction([&]() -> Result<void> {
        auto stmt = SqlStatement::prepare(
            m_store.connection(),
            "INSERT INTO plan_revisions (plan_id, revision, status, author, created_utc, "
            "updated_utc, released_by, released_utc, sha256, content, comment) "
            "VALUES (?1, ?2, 'released', ?3, ?4, ?4, ?3, ?4, ?5, ?6, ?7)",
            QStringLiteral("store shipped plan %1").arg(plan->id));
        if (!stmt)
            return stmt.error();
        stmt.value().bind(1, plan->id);
        stmt.value().bind(2, qint64(number));
        stmt.value().bind(3, vendor);
        stmt.value().bind(4, now);
        stmt.value().bind(5, sha);
        stmt.value().bindBlob(6, bytes);
        stmt.value().bind(7, QStringLiteral("shipped with the station (%1)").arg(source));
        if (auto r = stmt.value().run(); !r)
            return r;
        auto a = m_audit.append(vendor, AuditAction::kPlanSeeded, subjectOf(plan->id), QString(),
                                QStringLiteral("revision %1").arg(number),
                                {{QStringLiteral("revision"), number},
                                 {QStringLiteral("sha256"), sha},
                                 {QStringLiteral("source"), source}});
        return a ? Result<void>() : Result<void>(a.error());
    });
    if (!done)
        return done.error();
    qCInfo(lcPlanRepo) << "shipped plan" << plan->id << "revision" << number
                       << "stored as released from" << source;
    return revision(plan->id, number);
}

} // namespace eol::core::planrepo
