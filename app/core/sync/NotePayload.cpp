#include "NotePayload.h"

#include "store/RecordJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eol::core::sync {

QByteArray NotePayload::build(const QList<store::NoteRecord>& notes)
{
    QJsonArray list;
    for (const store::NoteRecord& n : notes) {
        QJsonObject o = store::RecordJson::note(n);
        o.remove(QStringLiteral("sync_state")); // the station's own bookkeeping
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("notes"), list}})
        .toJson(QJsonDocument::Compact);
}

} // namespace eol::core::sync
