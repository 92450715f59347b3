#include "BatchPayload.h"

#include "store/RecordJson.h"
#include "store/RunStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace eol::core::sync {

Result<QByteArray> BatchPayload::build(const store::RunStore& store, const QStringList& runIds)
{
    QJsonArray runs;
    for (const QString& id : runIds) {
        auto run = store.run(id);
        if (!run)
            return run.error();
        auto steps = store.steps(id);
        if (!steps)
            return steps.error();
        QJsonObject o = store::RecordJson::run(run.value());
        QJsonArray stepArray;
        for (const auto& s : steps.value())
            stepArray.append(store::RecordJson::step(s));
        o.insert(QStringLiteral("steps"), stepArray);
        runs.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("runs"), runs}})
        .toJson(QJsonDocument::Compact);
}

} // namespace eol::core::sync
