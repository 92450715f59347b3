#pragma once

#include "common/Result.h"
#include "plan/Plan.h"
#include "planrepo/PlanDiff.h"
#include "planrepo/PlanRevision.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace eol::core::store {
class RunStore;
}
namespace eol::core::audit {
class AuditLog;
}
namespace eol::core::auth {
struct Session;
}

namespace eol::core::planrepo {

/// Test plan revisions in the station database (table plan_revisions; docs/plan-releases.md).
///
/// A plan has at most one draft, which can be saved over and over, and any number of released
/// revisions, which never change (the database refuses it). Editing a released plan saves the
/// next revision number as a draft whose parent is that release. Releasing stamps who and when
/// and the SHA-256 of the exact bytes, refuses a plan that does not pass the PlanLoader, and
/// writes the diff to the previous release into the audit trail — one limit_changed row per
/// limit, old → new.
///
/// The stored bytes always carry their own revision number ("revision": N), written by
/// RevisionStamp, so a run records the same revision and hash as the repository holds.
///
/// Works on the RunStore's connection and thread.
class PlanRepository
{
public:
    /// A release and what it changed against the previous release (none for the first one).
    struct Release
    {
        PlanRevision revision;
        std::optional<PlanDiff> diff;
    };

    PlanRepository(store::RunStore& store, audit::AuditLog& audit);

    /// Saves plan JSON as the plan's draft: over the existing draft, or as a new draft revision
    /// (latest + 1, parent = latest release) when the latest revision is released. The JSON must
    /// parse and carry a valid "id" and a "revision"; it need not be a valid plan yet (a draft
    /// is work in progress). A new draft identical to the release it starts from is refused.
    Result<PlanRevision> saveDraft(const QByteArray& bytes, const QString& actor,
                                   const QString& comment = {});
    /// saveDraft() of a file's bytes (at most 4 MiB).
    Result<PlanRevision> importFile(const QString& path, const QString& actor,
                                    const QString& comment = {});
    /// "Edit as new draft" of released revision `fromRevision`: the plan's draft — the existing
    /// one if there is one (one draft per plan), else a new draft (latest + 1) with the released
    /// content and parent `fromRevision`.
    Result<PlanRevision> startDraft(const QString& planId, int fromRevision, const QString& actor);
    /// Throws the plan's draft away (released revisions stay).
    Result<void> discardDraft(const QString& planId, const QString& actor);
    /// Releases `revision` of `planId` (0 = its draft) for `by`, who must hold
    /// Permission::ReleasePlans. Refused when the draft does not load as a valid plan.
    Result<Release> release(const QString& planId, int revision, const auth::Session& by,
                            const QString& comment = {});
    /// First start: stores a shipped plan file exactly as it is, as released by "vendor", when
    /// the repository has no revision of that plan id at all.
    Result<PlanRevision> seedReleased(const QByteArray& bytes, const QString& source);

    Result<QStringList> planIds() const;
    /// All revisions of a plan, oldest first, without content.
    Result<QList<PlanRevision>> revisions(const QString& planId) const;
    /// One revision with its content.
    Result<PlanRevision> revision(const QString& planId, int revision) const;
    /// The newest released revision with content; error "plan_not_released" when there is none.
    Result<PlanRevision> latestReleased(const QString& planId) const;
    /// The plan's draft with content, if it has one.
    Result<std::optional<PlanRevision>> draft(const QString& planId) const;
    /// Released revisions whose bytes have this SHA-256 (any plan id).
    Result<QList<PlanRevision>> releasedWithSha256(const QString& sha256) const;

    /// A revision loaded and validated by the PlanLoader (messages name it "<id>@r<N>").
    Result<plan::Plan> loadPlan(const QString& planId, int revision) const;
    /// The semantic difference between two revisions (both must load as valid plans).
    Result<PlanDiff> diff(const QString& planId, int fromRevision, int toRevision) const;

private:
    Result<QList<PlanRevision>> select(const char* whereSql, const QStringList& binds,
                                       bool withContent) const;

    store::RunStore& m_store;
    audit::AuditLog& m_audit;
};

} // namespace eol::core::planrepo
