// The sync payloads are written as JSON text directly (sync::JsonText) for speed; the registry
// contract is that each RUN is exactly the CLI's run JSON (store::RecordJson::run) plus its
// steps (RecordJson::step), and each NOTE the note's fields. These tests read real records back
// from a real SQLite store and compare the parsed payload with what RecordJson builds — including
// text that needs escaping, non-ASCII, empty fields and optional limits.
#include "store/RecordJson.h"
#include "store/RunStore.h"
#include "sync/BatchPayload.h"
#include "sync/JsonText.h"
#include "sync/NotePayload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace eol::core;

class TstSyncPayload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void runsEqualRecordJson()
    {
        auto opened = store::RunStore::open(m_dir.filePath(QStringLiteral("p.db")));
        QVERIFY(opened.ok());
        store::RunStore& s = *opened.value();
        const QString awkward = QStringLiteral("quote \" backslash \\ tab \t newline \n "
                                               "nul-ish \x01 control \x1f unicode äöü € 🚀 </>");
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            store::RunRecord r;
            r.runId = QStringLiteral("run-%1").arg(i);
            r.serial = i == 2 ? QString() : QStringLiteral("SN%1").arg(i);
            r.imei = QStringLiteral("352656100000001");
            r.product = awkward;
            r.planId = QStringLiteral("nrf91-tracker");
            r.planRevision = 7 + i;
            r.startedUtc = QDateTime(QDate(2026, 7, 1), QTime(6, 0, 0, 123), Qt::UTC);
            r.state = QStringLiteral("running");
            QVERIFY(s.beginRun(r).ok());
            QList<store::StepRecord> steps;
            for (int k = 0; k < 4; ++k) {
                store::StepRecord st;
                st.runId = r.runId;
                st.sequence = k;
                st.phase = QStringLiteral("steps");
                st.stepId = QStringLiteral("s%1").arg(k);
                st.name = k == 1 ? awkward : QStringLiteral("Step");
                st.kind = QStringLiteral("check");
                st.verdict = QStringLiteral("pass");
                st.startedUtc = r.startedUtc.addMSecs(k * 17);
                st.durationMs = k == 0 ? 0.1 + 0.2 : 12.0; // shortest round-trip form
                st.attempts = k + 1;
                st.measured = k == 2 ? QString() : QStringLiteral("-71.5");
                if (k != 3) {
                    st.low = -100.25;
                    st.high = k == 0 ? std::optional<double>() : 1e-7;
                }
                st.unit = k == 1 ? QStringLiteral("°C") : QString();
                steps.append(st);
            }
            QVERIFY(s.appendSteps(steps).ok());
            r.state = QStringLiteral("finished");
            r.verdict = QStringLiteral("fail");
            r.failureReason = awkward;
            r.endedUtc = r.startedUtc.addSecs(4);
            r.attributes =
                QJsonObject{{QStringLiteral("public_key"), awkward},
                            {QStringLiteral("n"), 3},
                            {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), true}}}};
            QVERIFY(s.finishRun(r).ok());
            ids << r.runId;
        }

        const auto payload = sync::BatchPayload::build(s, ids);
        QVERIFY(payload.ok());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(payload.value(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray runs = doc.object().value(u"runs").toArray();
        QCOMPARE(runs.size(), ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i) {
            QJsonObject expected = store::RecordJson::run(s.run(ids[i]).value());
            QJsonArray steps;
            const auto stored = s.steps(ids[i]);
            QVERIFY(stored.ok());
            for (const auto& st : stored.value())
                steps.append(store::RecordJson::step(st));
            expected.insert(QStringLiteral("steps"), steps);
            QCOMPARE(runs[i].toObject(), expected);
        }
        QVERIFY(sync::BatchPayload::build(s, {QStringLiteral("missing")})
                    .error()
                    .message.contains(u"missing"));
    }

    void numbersAndEscapes()
    {
        QByteArray out;
        sync::JsonText json(out);
        json.beginArray();
        for (double d : {0.0, -0.5, 1e300, 123456789.125, std::numeric_limits<double>::infinity(),
                         std::nan("")}) {
            json.element();
            json.value(d);
        }
        json.element();
        json.value(QStringLiteral("\x7f \"\\/\b\f\r"));
        json.element();
        json.beginObject();
        json.endObject();
        json.endArray();
        QJsonParseError error{};
        const QJsonArray a = QJsonDocument::fromJson(out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(a.size(), 8);
        QCOMPARE(a[2].toDouble(), 1e300);
        QCOMPARE(a[3].toDouble(), 123456789.125);
        QVERIFY(a[4].isNull()); // JSON has no infinity: null, as QJsonDocument writes it
        QVERIFY(a[5].isNull());
        QCOMPARE(a[6].toString(), QStringLiteral("\x7f \"\\/\b\f\r"));
        QVERIFY(a[7].isObject());
    }

    void notesCarryTheirFields()
    {
        store::NoteRecord live;
        live.noteId = QStringLiteral("0b6f2c3e-1111-4a5b-9c1d-000000000001");
        live.runId = QStringLiteral("run-1");
        live.serial = QStringLiteral("SN1");
        live.author = QStringLiteral("QA Inês");
        live.text = QStringLiteral("line 1\nline \"2\"");
        live.createdUtc = QDateTime(QDate(2026, 7, 1), QTime(6, 0, 0, 5), Qt::UTC);
        store::NoteRecord gone = live;
        gone.noteId = QStringLiteral("0b6f2c3e-1111-4a5b-9c1d-000000000002");
        gone.runId.clear();
        gone.deletedUtc = live.createdUtc.addSecs(60);
        gone.deletedBy = QStringLiteral("QA Lead");
        const QJsonArray notes = QJsonDocument::fromJson(sync::NotePayload::build({live, gone}))
                                     .object()[u"notes"]
                                     .toArray();
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0][u"text"].toString(), live.text);
        QCOMPARE(notes[0][u"run_id"].toString(), QStringLiteral("run-1"));
        QCOMPARE(notes[0][u"created_utc"].toString(), QStringLiteral("2026-07-01T06:00:00.005Z"));
        QVERIFY(notes[0][u"deleted_utc"].isNull());
        QVERIFY(notes[1][u"run_id"].isNull());
        QCOMPARE(notes[1][u"deleted_utc"].toString(), QStringLiteral("2026-07-01T06:01:00.005Z"));
        QCOMPARE(notes[1][u"deleted_by"].toString(), QStringLiteral("QA Lead"));
        QVERIFY(!notes[0].toObject().contains(u"sync_state")); // station-local, not sent
    }
};

QTEST_GUILESS_MAIN(TstSyncPayload)
#include "tst_sync_payload.moc"
