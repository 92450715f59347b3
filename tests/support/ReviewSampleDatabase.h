#pragma once

// A small station database with known answers for the review tests, written through the real
// RunStore (beginRun, appendSteps, appendTranscript, finishRun, closeInterruptedRuns), so the
// schema-004 triggers fill iccid and first_run exactly as on a station.
//
//   run  serial  product  plan      op     batch/WO  started (UTC)      verdict      failing step
//   r1   SN001   Tracker  trk r1    maria  B1/W1     2026-03-10 08:00   pass
//   r2   SN002   Tracker  trk r1    maria  B1/W1     2026-03-10 08:10   fail         battery_range
//   (4600 > 4500) r3   SN002   Tracker  trk r1    jonas  B1/W1     2026-03-10 09:00   pass (retest)
//   r4   SN003   Tracker  trk r2    jonas  B2/W2     2026-03-11 10:00   error        boot
//   r5   SN004   Gateway  gw r1     maria  B3/W3     2026-03-11 11:00   fail         signal_range
//   (2 < 5) r6   SN005   Gateway  gw r1     maria  B3/W3     2026-03-12 07:00   aborted      imei
//   r7   SN006   Tracker  trk r2    jonas  B2/W2     2026-03-12 08:00   interrupted
//   r8   SN007   Tracker  trk r2    maria  B4/W2     2026-03-12 09:00   fail         battery_range
//   (3200 < 3400)
//
// Tracker battery limits: rev 1 3300..4500 mV, rev 2 3400..4400 mV. Gateway RSSI 5..31.
// ICCIDs 894900000000000000NN1 (NN = serial number), IMEIs 3500000000000NN.

#include "store/RunStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace eol::testing {

class ReviewSampleDatabase
{
public:
    /// run key ("r1".."r8") -> run id
    QMap<QString, QString> ids;

    /// Writes the runs into a new database at `path`; false (with `error`) on any failure.
    bool create(const QString& path, QString* error)
    {
        auto opened = core::store::RunStore::open(path);
        if (!opened) {
            *error = opened.error().message;
            return false;
        }
        m_store = opened->get();
        const bool ok = fill(error);
        m_store = nullptr;
        return ok;
    }

private:
    struct Spec
    {
        QString key;
        QString serial;
        bool tracker = true;
        int revision = 1;
        QString op;
        QString batch;
        QString workOrder;
        QDateTime started;
        QString verdict;     // pass, fail, error, aborted, interrupted
        QString failingStep; // the step that decides a non-pass verdict
        double measured = 0; // battery mV or RSSI
    };

    static QDateTime at(int day, int hour, int minute)
    {
        return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC);
    }

    bool fill(QString* error)
    {
        const QList<Spec> specs{
            {"r1", "SN001", true, 1, "maria", "B1", "W1", at(10, 8, 0), "pass", {}, 3900},
            {"r2", "SN002", true, 1, "maria", "B1", "W1", at(10, 8, 10), "fail", "battery_range",
             4600},
            {"r3", "SN002", true, 1, "jonas", "B1", "W1", at(10, 9, 0), "pass", {}, 3950},
            {"r4", "SN003", true, 2, "jonas", "B2", "W2", at(11, 10, 0), "error", "boot", 0},
            {"r5", "SN004", false, 1, "maria", "B3", "W3", at(11, 11, 0), "fail", "signal_range",
             2},
            {"r6", "SN005", false, 1, "maria", "B3", "W3", at(12, 7, 0), "aborted", "imei", 0},
            {"r7", "SN006", true, 2, "jonas", "B2", "W2", at(12, 8, 0), "interrupted", "imei", 0},
            {"r8", "SN007", true, 2, "maria", "B4", "W2", at(12, 9, 0), "fail", "battery_range",
             3200},
        };
        for (const Spec& s : specs) {
            if (!write(s, error))
                return false;
        }
        auto closed = m_store->closeInterruptedRuns();
        if (!closed || *closed != 1) {
            *error =
                closed ? QStringLiteral("expected one interrupted run") : closed.error().message;
            return false;
        }
        return true;
    }

    struct StepDef
    {
        QString id;
        QString name;
        QString kind;
        QByteArray command;
        QByteArray answer;
        std::optional<double> low;
        std::optional<double> high;
        QString unit;
    };

    bool write(const Spec& s, QString* error)
    {
        const int n = s.serial.right(3).toInt();
        core::store::RunRecord run;
        run.runId = QStringLiteral("00000000-0000-4000-8000-%1")
                        .arg(QString::number(ids.size() + 1), 12, QLatin1Char('0'));
        ids.insert(s.key, run.runId);
        run.serial = s.serial;
        run.product = s.tracker ? QStringLiteral("Tracker") : QStringLiteral("Gateway");
        run.planId = s.tracker ? QStringLiteral("trk") : QStringLiteral("gw");
        run.planRevision = s.revision;
        run.stationId = s.tracker ? QStringLiteral("line-1") : QStringLiteral("line-2");
        run.operatorName = s.op;
        run.batch = s.batch;
        run.workOrder = s.workOrder;
        run.port = QStringLiteral("/dev/ttyUSB0");
        run.startedUtc = s.started;
        if (auto r = m_store->beginRun(run); !r) {
            *error = r.error().message;
            return false;
        }
        const QString imei = QStringLiteral("3500000000000%1").arg(n, 2, 10, QLatin1Char('0'));
        const QString iccid =
            QString(QStringLiteral("894900000000000000%1").arg(n, 2, 10, QLatin1Char('0')) +
                    QLatin1Char('1'));
        const QByteArray value = QByteArray::number(qRound(s.measured));
        QList<StepDef> defs{
            {"boot", "Wait for the modem to boot", "wait_for", {}, "Ready", {}, {}, {}},
            {"imei", "Read IMEI", "at", "AT+CGSN", imei.toLatin1(), {}, {}, {}},
        };
        if (s.tracker) {
            defs.append({"battery",
                         "Read battery voltage",
                         "at",
                         "AT%XVBAT",
                         "%XVBAT: " + value,
                         {},
                         {},
                         "mV"});
            defs.append({"battery_range",
                         "Battery voltage within limits",
                         "check",
                         {},
                         {},
                         s.revision == 1 ? 3300.0 : 3400.0,
                         s.revision == 1 ? 4500.0 : 4400.0,
                         "mV"});
        } else {
            defs.append({"signal",
                         "Read signal quality",
                         "at",
                         "AT+CSQ",
                         "+CSQ: " + value + ",99",
                         {},
                         {},
                         {}});
            defs.append({"signal_range", "Antenna connected", "check", {}, {}, 5.0, 31.0, {}});
        }

        QList<core::store::StepRecord> steps;
        QList<drivers::TranscriptEntry> chunks;
        QDateTime t = s.started;
        for (int i = 0; i < defs.size(); ++i) {
            const StepDef& d = defs[i];
            const bool deciding = d.id == s.failingStep;
            if (s.verdict == QLatin1String("interrupted") && deciding)
                break; // the station died while this step ran
            core::store::StepRecord step;
            step.runId = run.runId;
            step.sequence = i;
            step.phase = i == 0 ? QStringLiteral("setup") : QStringLiteral("steps");
            step.stepId = d.id;
            step.name = d.name;
            step.kind = d.kind;
            step.startedUtc = t;
            step.durationMs = d.kind == QLatin1String("check") ? 0.05 : 40;
            step.verdict = QStringLiteral("pass");
            step.low = d.low;
            step.high = d.high;
            step.unit = d.unit;
            if (d.id == QLatin1String("imei"))
                step.measured = imei;
            if (d.id == QLatin1String("battery") || d.id == QLatin1String("battery_range") ||
                d.id == QLatin1String("signal") || d.id == QLatin1String("signal_range"))
                step.measured = QString::fromLatin1(value);
            if (deciding) {
                step.verdict = s.verdict;
                step.message = s.verdict == QLatin1String("fail")
                                   ? QStringLiteral("value out of range")
                                   : QStringLiteral("no answer");
                if (s.verdict == QLatin1String("error"))
                    step.durationMs = 500;
            }
            steps.append(step);

            const qint64 us = t.toMSecsSinceEpoch() * 1000;
            if (d.kind == QLatin1String("at")) {
                chunks.append(
                    {us + 100, drivers::TranscriptEntry::Direction::ToDevice, d.command + "\r"});
                if (!(deciding && s.verdict == QLatin1String("aborted")))
                    chunks.append({us + 20000, drivers::TranscriptEntry::Direction::FromDevice,
                                   "\r\n" + d.answer + "\r\n\r\nOK\r\n"});
            } else if (d.kind == QLatin1String("wait_for")) {
                if (deciding)
                    chunks.append({us + 400000, drivers::TranscriptEntry::Direction::Note,
                                   "timeout: no banner"});
                else
                    chunks.append({us + 30000, drivers::TranscriptEntry::Direction::FromDevice,
                                   "\r\nReady\r\n"});
            }
            t = t.addMSecs(qint64(step.durationMs) + 2);
            if (deciding)
                break; // on_fail: stop
        }
        if (auto r = m_store->appendSteps(steps); !r) {
            *error = r.error().message;
            return false;
        }
        if (auto r = m_store->appendTranscript(run.runId, chunks); !r) {
            *error = r.error().message;
            return false;
        }
        if (s.verdict == QLatin1String("interrupted"))
            return true; // left running; closeInterruptedRuns() closes it
        run.verdict = s.verdict;
        run.failingStep = s.failingStep;
        run.failureReason =
            s.failingStep.isEmpty() ? QString() : QStringLiteral("%1 failed").arg(s.failingStep);
        run.imei = imei;
        run.endedUtc = t;
        QJsonObject attributes;
        attributes.insert(QStringLiteral("iccid"), iccid);
        attributes.insert(QStringLiteral("imsi"),
                          QStringLiteral("26201123456%1").arg(n, 4, 10, QLatin1Char('0')));
        attributes.insert(QStringLiteral("firmware"), QStringLiteral("mfw_1.3.5"));
        run.attributes = attributes;
        if (auto r = m_store->finishRun(run); !r) {
            *error = r.error().message;
            return false;
        }
        return true;
    }

    core::store::RunStore* m_store = nullptr;
};

} // namespace eol::testing
