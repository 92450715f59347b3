#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace eol::core::planrepo {

/// One stored revision of a test plan (table plan_revisions). A draft can still change; a
/// released revision never does, and its sha256 is what every run made with it records.
struct PlanRevision
{
    QString planId;
    int revision = 0;
    QString status; ///< "draft" or "released"
    QString author; ///< who saved the content last
    QDateTime createdUtc;
    QDateTime updatedUtc;
    QString releasedBy;
    QDateTime releasedUtc;
    QString sha256;         ///< lower-case hex SHA-256 of `content`
    int parentRevision = 0; ///< the released revision this draft started from; 0 = none
    QString comment;
    QByteArray content; ///< the exact plan file bytes (empty when listed without content)

    bool isReleased() const { return status == QLatin1String("released"); }
    bool isDraft() const { return status == QLatin1String("draft"); }
};

} // namespace eol::core::planrepo

Q_DECLARE_METATYPE(eol::core::planrepo::PlanRevision)
