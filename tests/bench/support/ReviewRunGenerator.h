#pragma once

// Fills a station record database with realistic runs for the review benchmarks, the review
// screenshots and the review UI tests: four products (the plans in testplans/), revisions with
// a limit change, eight operators, three lines, daily batches and weekly work orders, a few per
// cent of failures spread Pareto-like over the steps (DUT failures, station errors, aborted and
// interrupted runs), retests of failed serials, ~15 steps per run with measured values and
// limits, and AT transcripts.
//
// The schema comes from the real RunStore (migrations, triggers, indexes); the rows are written
// with prepared statements in large transactions on a second connection, which is what makes a
// million runs take minutes instead of hours. Deterministic for a given seed.

#include "common/Result.h"
#include "store/RunStore.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>
#include <cmath>
#include <cstdio>
#include <deque>
#include <random>
#include <sqlite3.h>
#include <vector>

namespace eol::bench {

/// What to generate.
struct GeneratorOptions
{
    int runs = 20000;
    quint64 seed = 20261122;
    QDate lastDay = QDate(2026, 11, 22); ///< runs end on this (UTC) day
    int runsPerDay = 2800;               ///< ~3 lines x 2 shifts; sets how many days are covered
    /// Transcripts for every Nth passing run (failed runs always have one). 1 = every run.
    int passTranscriptEvery = 1;
};

/// What was generated, for the benchmark's header and the tests' expectations.
struct GeneratorStats
{
    qint64 runs = 0;
    qint64 steps = 0;
    qint64 transcriptChunks = 0;
    qint64 firstRuns = 0;
    qint64 firstPass = 0;
    qint64 failed = 0; ///< runs with a failing step
    QDateTime firstStartUtc;
    QDateTime lastStartUtc;
    double seconds = 0;
};

/// Writes GeneratorOptions::runs runs into a new database at `path` (which must not exist).
class ReviewRunGenerator
{
public:
    /// Bump when the generated content changes, so cached databases are regenerated.
    static constexpr int kVersion = 4;

    explicit ReviewRunGenerator(GeneratorOptions options) : m_options(options), m_rng(options.seed)
    {
    }

    Result<GeneratorStats> generate(const QString& path)
    {
        QElapsedTimer timer;
        timer.start();
        {
            // The real schema: every migration, trigger and index of this build.
            auto store = core::store::RunStore::open(path);
            if (!store)
                return store.error();
        }
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE,
                            nullptr) != SQLITE_OK) {
            sqlite3_close_v2(db);
            return makeError(QStringLiteral("bench_open_failed"),
                             QStringLiteral("cannot open %1 to fill it").arg(path));
        }
        m_db = db;
        auto result = fill();
        if (result) {
            // Back to what the station uses, so readers see a normal station file.
            result = exec("PRAGMA journal_mode = WAL");
        }
        finalizeAll();
        sqlite3_close_v2(db);
        m_db = nullptr;
        if (!result)
            return result.error();
        m_stats.seconds = double(timer.nsecsElapsed()) / 1e9;
        return m_stats;
    }

private:
    struct StepSpec
    {
        const char* phase;
        const char* id;
        const char* name;
        const char* kind;    // at | check | wait_for
        const char* command; // AT command, or nullptr
        const char* capture; // what the step measures: imei, imsi, iccid, firmware, serial,
                             // key, number, or nullptr
        double low = NAN;    // limits of numeric checks
        double high = NAN;
        const char* unit = nullptr;
        double mean = 0; // distribution of the numeric value
        double sd = 0;
        double failWeight = 0; // share of this step in DUT failures (Pareto)
        double errorWeight = 0;
        const char* failMessage = nullptr;
    };

    struct Product
    {
        QString planId;
        QString name;
        QString tac; // IMEI type allocation code, 8 digits
        QString station;
        QString firmware;
        std::vector<StepSpec> steps;
    };

    struct Unit
    {
        QString serial;
        QString imei;
        QString imsi;
        QString iccid;
        QString key;
        int product = 0;
        int attempts = 0;
        QString lastFailingStep;
    };

    struct Retest
    {
        qint64 dueMs = 0;
        Unit unit;
    };

    static std::vector<Product> products()
    {
        const double nan = NAN;
        std::vector<Product> out;
        out.push_back(
            {QStringLiteral("nrf91-tracker"),
             QStringLiteral("nRF9160 asset tracker"),
             QStringLiteral("35265610"),
             QStringLiteral("line-1"),
             QStringLiteral("mfw_nrf9160_1.3.5"),
             {{"setup", "boot", "Wait for the modem to boot", "wait_for", nullptr, nullptr, nan,
               nan, nullptr, 0, 0, 0, 4, "no \"Ready\" within 5000 ms — is the DUT powered?"},
              {"setup", "at_sync", "Modem answers AT", "at", "AT", nullptr, nan, nan, nullptr, 0, 0,
               0, 2, "no answer to AT within 1000 ms (3 attempts)"},
              {"setup", "verbose_errors", "Enable +CME ERROR codes", "at", "AT+CMEE=1", nullptr},
              {"steps", "imei", "Read IMEI", "at", "AT+CGSN=1", "imei"},
              {"steps", "imei_valid", "IMEI check digit", "check", nullptr, "imei", nan, nan,
               nullptr, 0, 0, 3, 0, "IMEI fails the Luhn check"},
              {"steps", "imsi", "Read IMSI", "at", "AT+CIMI", "imsi"},
              {"steps", "iccid", "Read SIM ICCID", "at", "AT%XICCID", "iccid", nan, nan, nullptr, 0,
               0, 10, 0, "+CME ERROR: 10 — SIM not inserted"},
              {"steps", "iccid_valid", "ICCID check digit", "check", nullptr, "iccid"},
              {"steps", "firmware", "Read modem firmware", "at", "AT+CGMR", "firmware"},
              {"steps", "firmware_version", "Modem firmware is an nRF9160 release", "check",
               nullptr, "firmware", nan, nan, nullptr, 0, 0, 4, 0,
               "firmware does not match mfw_nrf9160_\\d+\\.\\d+\\.\\d+"},
              {"steps", "battery", "Read battery voltage", "at", "AT%XVBAT", "number", nan, nan,
               "mV", 3900, 90},
              {"steps", "battery_range", "Battery voltage within limits", "check", nullptr,
               "number", 3300, 4500, "mV", 3900, 90, 22, 0, "battery voltage out of range"},
              {"steps", "sleep_current", "Sleep current (fixture meter)", "check", nullptr,
               "number", 0, 12, "uA", 6.5, 1.6, 30, 0, "sleep current above limit"},
              {"steps", "modem_offline", "Modem offline for key generation", "at", "AT+CFUN=4",
               nullptr},
              {"steps", "public_key", "Generate device key", "at", "AT%KEYGEN=16842753,2,1", "key",
               nan, nan, nullptr, 0, 0, 2, 1, "+CME ERROR: 513 — key generation failed"},
              {"steps", "public_key_valid", "Device key is a P-256 public key", "check", nullptr,
               "key"},
              {"steps", "dut_serial", "Read product serial", "at", "AT+DEVSN?", "serial"},
              {"steps", "serial_matches_label", "Product serial matches the scanned label", "check",
               nullptr, "serial", nan, nan, nullptr, 0, 0, 3, 0,
               "product serial does not match the scanned label"},
              {"teardown", "modem_off", "Leave the modem offline", "at", "AT+CFUN=4", nullptr}}});
        out.push_back(
            {QStringLiteral("bg96-gateway"),
             QStringLiteral("BG96 LTE-M gateway"),
             QStringLiteral("86677503"),
             QStringLiteral("line-2"),
             QStringLiteral("BG96MAR02A07M1G"),
             {{"setup", "boot", "Wait for the application to boot", "wait_for", nullptr, nullptr,
               nan, nan, nullptr, 0, 0, 0, 3, "no \"RDY\" within 10000 ms — is the DUT powered?"},
              {"setup", "at_sync", "Module answers AT", "at", "AT", nullptr, nan, nan, nullptr, 0,
               0, 0, 2, "no answer to AT within 1000 ms (3 attempts)"},
              {"setup", "verbose_errors", "Enable verbose +CME ERROR text", "at", "AT+CMEE=2",
               nullptr},
              {"steps", "module", "Module is a BG96", "at", "ATI", nullptr},
              {"steps", "sim_ready", "SIM is ready", "at", "AT+CPIN?", nullptr, nan, nan, nullptr,
               0, 0, 12, 0, "+CME ERROR: SIM not inserted"},
              {"steps", "imei", "Read IMEI", "at", "AT+GSN", "imei"},
              {"steps", "imei_valid", "IMEI check digit", "check", nullptr, "imei", nan, nan,
               nullptr, 0, 0, 3, 0, "IMEI fails the Luhn check"},
              {"steps", "imsi", "Read IMSI", "at", "AT+CIMI", "imsi"},
              {"steps", "iccid", "Read SIM ICCID", "at", "AT+QCCID", "iccid"},
              {"steps", "iccid_valid", "ICCID check digit", "check", nullptr, "iccid"},
              {"steps", "firmware", "Read module firmware", "at", "AT+QGMR", "firmware"},
              {"steps", "firmware_version", "Firmware is a BG96 release", "check", nullptr,
               "firmware", nan, nan, nullptr, 0, 0, 3, 0, "firmware is not a BG96 release"},
              {"steps", "signal", "Read signal quality", "at", "AT+CSQ", "number", nan, nan,
               nullptr, 19, 3.5},
              {"steps", "signal_range", "Antenna connected (RSSI 5..31)", "check", nullptr,
               "number", 5, 31, nullptr, 19, 3.5, 40, 0, "RSSI out of range — antenna?"},
              {"steps", "dut_serial", "Read product serial", "at", "AT+DEVSN?", "serial"},
              {"steps", "serial_matches_label", "Product serial matches the scanned label", "check",
               nullptr, "serial", nan, nan, nullptr, 0, 0, 3, 0,
               "product serial does not match the scanned label"},
              {"teardown", "goodbye", "Module still answers", "at", "AT", nullptr}}});
        out.push_back(
            {QStringLiteral("sara-r4-meter"),
             QStringLiteral("SARA-R410M smart meter module"),
             QStringLiteral("35292410"),
             QStringLiteral("line-3"),
             QStringLiteral("L0.0.00.00.05.08"),
             {{"setup", "at_sync", "Module answers AT (no boot banner on this module)", "at", "AT",
               nullptr, nan, nan, nullptr, 0, 0, 0, 4, "no answer to AT within 1000 ms"},
              {"steps", "module", "Module is a SARA-R410M", "at", "AT+CGMM", nullptr},
              {"steps", "imei", "Read IMEI", "at", "AT+CGSN", "imei"},
              {"steps", "imei_valid", "IMEI check digit", "check", nullptr, "imei", nan, nan,
               nullptr, 0, 0, 2, 0, "IMEI fails the Luhn check"},
              {"steps", "imsi", "Read IMSI", "at", "AT+CIMI", "imsi"},
              {"steps", "iccid", "Read SIM ICCID", "at", "AT+CCID", "iccid", nan, nan, nullptr, 0,
               0, 8, 0, "+CME ERROR: SIM not inserted"},
              {"steps", "iccid_valid", "ICCID check digit", "check", nullptr, "iccid"},
              {"steps", "firmware", "Read module firmware", "at", "AT+CGMR", "firmware"},
              {"steps", "firmware_version", "Firmware is a SARA-R4 L0 release", "check", nullptr,
               "firmware", nan, nan, nullptr, 0, 0, 2, 0, "firmware is not a SARA-R4 L0 release"},
              {"steps", "signal", "Read signal quality", "at", "AT+CSQ", "number", nan, nan,
               nullptr, 17, 4},
              {"steps", "signal_range", "Antenna connected (RSSI 5..31)", "check", nullptr,
               "number", 5, 31, nullptr, 17, 4, 35, 0, "RSSI out of range — antenna?"},
              {"steps", "dut_serial", "Read product serial", "at", "AT+DEVSN?", "serial"},
              {"steps", "serial_matches_label", "Product serial matches the scanned label", "check",
               nullptr, "serial", nan, nan, nullptr, 0, 0, 2, 0,
               "product serial does not match the scanned label"},
              {"teardown", "goodbye", "Module still answers", "at", "AT", nullptr}}});
        out.push_back(
            {QStringLiteral("sim7080-sensor"),
             QStringLiteral("SIM7080G NB-IoT sensor"),
             QStringLiteral("86183905"),
             QStringLiteral("line-3"),
             QStringLiteral("1951B08SIM7080"),
             {{"setup", "boot", "Wait for the module to boot", "wait_for", nullptr, nullptr, nan,
               nan, nullptr, 0, 0, 0, 3, "no \"RDY\" within 8000 ms — is the DUT powered?"},
              {"setup", "echo_off", "Turn command echo off", "at", "ATE0", nullptr},
              {"setup", "verbose_errors", "Enable verbose +CME ERROR text", "at", "AT+CMEE=2",
               nullptr},
              {"steps", "manufacturer", "Module is made by SIMCom", "at", "AT+CGMI", nullptr},
              {"steps", "imei", "Read IMEI", "at", "AT+CGSN", "imei"},
              {"steps", "imei_valid", "IMEI check digit", "check", nullptr, "imei", nan, nan,
               nullptr, 0, 0, 2, 0, "IMEI fails the Luhn check"},
              {"steps", "imsi", "Read IMSI", "at", "AT+CIMI", "imsi"},
              {"steps", "iccid", "Read SIM ICCID", "at", "AT+CCID", "iccid", nan, nan, nullptr, 0,
               0, 9, 0, "+CME ERROR: SIM not inserted"},
              {"steps", "iccid_valid", "ICCID check digit", "check", nullptr, "iccid"},
              {"steps", "firmware", "Read module firmware", "at", "AT+CGMR", "firmware"},
              {"steps", "firmware_version", "Firmware is a SIM7080 release", "check", nullptr,
               "firmware", nan, nan, nullptr, 0, 0, 2, 0, "firmware is not a SIM7080 release"},
              {"steps", "supply_current", "Supply current in PSM (fixture meter)", "check", nullptr,
               "number", 0, 4.0, "uA", 2.6, 0.45, 30, 0, "PSM current above limit"},
              {"steps", "dut_serial", "Read product serial", "at", "AT+DEVSN?", "serial"},
              {"steps", "serial_matches_label", "Product serial matches the scanned label", "check",
               nullptr, "serial", nan, nan, nullptr, 0, 0, 2, 0,
               "product serial does not match the scanned label"},
              {"teardown", "goodbye", "Module still answers", "at", "AT", nullptr}}});
        return out;
    }

    static QString luhnComplete(const QString& digits)
    {
        int sum = 0;
        bool twice = true;
        for (qsizetype i = digits.size() - 1; i >= 0; --i) {
            int d = digits[i].digitValue();
            if (twice) {
                d *= 2;
                if (d > 9)
                    d -= 9;
            }
            sum += d;
            twice = !twice;
        }
        return QString(digits + QString::number((10 - sum % 10) % 10));
    }

    QString uuid()
    {
        const quint64 a = m_rng();
        const quint64 b = m_rng();
        QByteArray raw(16, 0);
        for (int i = 0; i < 8; ++i) {
            raw[i] = char(a >> (8 * i));
            raw[8 + i] = char(b >> (8 * i));
        }
        raw[6] = char((raw[6] & 0x0f) | 0x40);
        raw[8] = char((raw[8] & 0x3f) | 0x80);
        const QByteArray h = raw.toHex();
        return QString::fromLatin1(h.mid(0, 8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' +
                                   h.mid(16, 4) + '-' + h.mid(20, 12));
    }

    double uniform() { return std::uniform_real_distribution<double>(0, 1)(m_rng); }
    double normal(double mean, double sd)
    {
        return std::normal_distribution<double>(mean, sd)(m_rng);
    }

    Unit newUnit(int product)
    {
        Unit u;
        u.product = product;
        ++m_serialCounter;
        u.serial = QStringLiteral("SN%1").arg(m_serialCounter, 8, 10, QLatin1Char('0'));
        u.imei = luhnComplete(
            QString(m_products[product].tac +
                    QStringLiteral("%1").arg(m_serialCounter % 1000000, 6, 10, QLatin1Char('0'))));
        u.imsi = QStringLiteral("2620119%1").arg(m_serialCounter, 8, 10, QLatin1Char('0'));
        u.iccid = luhnComplete(
            QStringLiteral("894902000%1").arg(m_serialCounter, 9, 10, QLatin1Char('0')));
        u.key = QString::fromLatin1(
            QCryptographicHash::hash(u.imei.toLatin1(), QCryptographicHash::Sha256).toHex());
        return u;
    }

    int pickWeighted(const std::vector<double>& weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return int(i);
            x -= weights[i];
        }
        return int(weights.size()) - 1;
    }

    Result<void> exec(const char* sql)
    {
        char* err = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) == SQLITE_OK)
            return {};
        const QString msg = QString::fromUtf8(err ? err : "?");
        sqlite3_free(err);
        return makeError(QStringLiteral("bench_sql_failed"),
                         QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), msg));
    }

    Result<sqlite3_stmt*> prepare(const char* sql)
    {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &s, nullptr) != SQLITE_OK)
            return makeError(QStringLiteral("bench_sql_failed"),
                             QString::fromUtf8(sqlite3_errmsg(m_db)));
        m_statements.push_back(s);
        return s;
    }

    void finalizeAll()
    {
        for (sqlite3_stmt* s : m_statements)
            sqlite3_finalize(s);
        m_statements.clear();
    }

    static void bind(sqlite3_stmt* s, int i, const QString& v)
    {
        if (v.isEmpty()) {
            sqlite3_bind_null(s, i);
            return;
        }
        const QByteArray u = v.toUtf8();
        sqlite3_bind_text(s, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    }

    /// ISO-8601 UTC with milliseconds, as RunStore writes it; formatted by hand because the
    /// generator writes ~17 timestamps per run.
    QByteArray iso(qint64 ms)
    {
        const qint64 day = ms >= 0 ? ms / 86400000 : (ms - 86399999) / 86400000;
        if (day != m_isoDay) {
            m_isoDay = day;
            m_isoDate = QDate::fromJulianDay(2440588 + day).toString(Qt::ISODate).toLatin1();
        }
        const int rest = int(ms - day * 86400000);
        char buf[40];
        const int n =
            std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d.%03dZ", m_isoDate.constData(),
                          rest / 3600000, rest / 60000 % 60, rest / 1000 % 60, rest % 1000);
        return QByteArray(buf, n);
    }

    static void bind(sqlite3_stmt* s, int i, const QByteArray& v)
    {
        if (v.isEmpty())
            sqlite3_bind_null(s, i);
        else
            sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }

    static void bindStatic(sqlite3_stmt* s, int i, const char* v)
    {
        if (!v || !*v)
            sqlite3_bind_null(s, i);
        else
            sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
    }

    Result<void> step(sqlite3_stmt* s)
    {
        if (sqlite3_step(s) != SQLITE_DONE) {
            const QString msg = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_reset(s);
            return makeError(QStringLiteral("bench_sql_failed"), msg);
        }
        sqlite3_reset(s);
        return {};
    }

    Result<void> fill()
    {
        // Bulk-load settings for this connection only; the file is set back to WAL afterwards.
        for (const char* pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                   "PRAGMA cache_size = -3145728", "PRAGMA temp_store = MEMORY",
                                   "PRAGMA foreign_keys = OFF"}) {
            if (auto r = exec(pragma); !r)
                return r;
        }
        // Secondary indexes are dropped while loading and built again at the end (one sort
        // each instead of millions of random inserts). runs_serial_started stays: the schema's
        // first_run trigger looks up earlier runs of the serial through it on every insert.
        QList<QByteArray> indexes;
        {
            auto list = prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                                "sql IS NOT NULL AND tbl_name IN ('runs', 'steps', 'transcript') "
                                "AND name <> 'runs_serial_started'");
            if (!list)
                return list.error();
            QList<QByteArray> names;
            while (sqlite3_step(*list) == SQLITE_ROW) {
                names << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(*list, 0)));
                indexes << QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(*list, 1)));
            }
            sqlite3_reset(*list);
            for (const QByteArray& name : names) {
                if (auto r = exec(QByteArray("DROP INDEX " + name).constData()); !r)
                    return r;
            }
        }
        auto runSt = prepare(
            "INSERT INTO runs (run_id, serial, imei, product, plan_id, plan_revision, plan_sha256, "
            "station_id, operator, batch, work_order, port, started_utc, ended_utc, state, "
            "verdict, failing_step, failure_reason, attributes_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        auto stepSt =
            prepare("INSERT INTO steps (run_id, seq, phase, step_id, name, kind, verdict, "
                    "started_utc, duration_ms, attempts, measured, low, high, unit, "
                    "message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        auto chunkSt = prepare("INSERT INTO transcript (run_id, seq, utc_us, direction, bytes) "
                               "VALUES (?, ?, ?, ?, ?)");
        if (!runSt || !stepSt || !chunkSt)
            return makeError(QStringLiteral("bench_sql_failed"),
                             QStringLiteral("cannot prepare the generator's statements"));
        m_runSt = *runSt;
        m_stepSt = *stepSt;
        m_chunkSt = *chunkSt;
        m_products = products();

        const QStringList operators{QStringLiteral("maria"), QStringLiteral("jonas"),
                                    QStringLiteral("aylin"), QStringLiteral("piotr"),
                                    QStringLiteral("chen"),  QStringLiteral("fatima"),
                                    QStringLiteral("lukas"), QStringLiteral("sofia")};
        const int days =
            std::max(1, (m_options.runs + m_options.runsPerDay - 1) / m_options.runsPerDay);
        const QDate firstDay = m_options.lastDay.addDays(-(days - 1));
        // Two shifts, 06:00-22:00 UTC: runs are spread evenly over them.
        const qint64 dayMs = 24LL * 3600 * 1000;
        const qint64 shiftStartMs = 6LL * 3600 * 1000;
        const qint64 shiftMs = 16LL * 3600 * 1000;
        const qint64 stepMs = shiftMs / m_options.runsPerDay;
        const qint64 epochFirst = QDateTime(firstDay, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();

        std::deque<Retest> retests;
        if (auto r = exec("BEGIN"); !r)
            return r;
        for (int i = 0; i < m_options.runs; ++i) {
            const int dayIndex = i / m_options.runsPerDay;
            const int slot = i % m_options.runsPerDay;
            const qint64 startMs = epochFirst + dayIndex * dayMs + shiftStartMs + slot * stepMs +
                                   qint64(uniform() * double(stepMs) * 0.8);
            const QDate day = firstDay.addDays(dayIndex);
            const bool lateShift = slot >= m_options.runsPerDay / 2;

            Unit unit;
            bool retest = false;
            if (!retests.empty() && retests.front().dueMs <= startMs) {
                unit = retests.front().unit;
                retests.pop_front();
                retest = true;
            } else {
                // Product mix: the tracker is the volume product.
                unit = newUnit(pickWeighted({0.4, 0.25, 0.2, 0.15}));
            }
            const Product& p = m_products[size_t(unit.product)];
            // Revisions: 1, then 2 after a third of the period, 3 after two thirds.
            const int revision = 1 + (dayIndex * 3) / std::max(days, 1);
            const QString op =
                operators[(unit.product * 2 + (lateShift ? 1 : 0) + (dayIndex % 2) * 4) %
                          operators.size()];
            const QString batch = QStringLiteral("B%1-%2")
                                      .arg(day.toString(QStringLiteral("yyMMdd")))
                                      .arg(unit.product + 1);
            const QString workOrder =
                QStringLiteral("WO-%1").arg(4000 + (dayIndex / 7) * 4 + unit.product);

            if (auto r = writeRun(p, unit, retest, revision, op, batch, workOrder, startMs); !r)
                return r;
            if (m_lastFailed && !m_lastInterruptedOrAborted && uniform() < 0.85) {
                unit.attempts += 1;
                unit.lastFailingStep = m_lastFailingStep;
                if (unit.attempts < 3)
                    retests.push_back({startMs + qint64((10 + uniform() * 110) * 60 * 1000), unit});
            }
            if ((i + 1) % 20000 == 0) {
                if (auto r = exec("COMMIT"); !r)
                    return r;
                if (auto r = exec("BEGIN"); !r)
                    return r;
            }
        }
        if (auto r = exec("COMMIT"); !r)
            return r;
        for (const QByteArray& sql : std::as_const(indexes)) {
            if (auto r = exec(sql.constData()); !r)
                return r;
        }
        return {};
    }

    Result<void> writeRun(const Product& p, const Unit& unit, bool retest, int revision,
                          const QString& op, const QString& batch, const QString& workOrder,
                          qint64 startMs)
    {
        const QString runId = uuid();
        const QByteArray runIdUtf8 = runId.toLatin1();
        // Outcome: first runs fail ~2.6 %, station errors ~0.5 %, aborts ~0.15 %, interrupted
        // ~0.05 %; a retest fails again 15 % of the time, mostly on the same step.
        const double x = uniform();
        enum class Outcome
        {
            Pass,
            Fail,
            Error,
            Aborted,
            Interrupted
        } outcome = Outcome::Pass;
        const double failP = retest ? 0.15 : 0.026;
        if (x < failP)
            outcome = Outcome::Fail;
        else if (x < failP + 0.005)
            outcome = Outcome::Error;
        else if (x < failP + 0.0065)
            outcome = Outcome::Aborted;
        else if (x < failP + 0.007)
            outcome = Outcome::Interrupted;

        int stopAt = -1; // index of the step that decides a non-pass verdict
        const auto& steps = p.steps;
        if (outcome == Outcome::Fail || outcome == Outcome::Error) {
            std::vector<double> w;
            for (const StepSpec& s : steps)
                w.push_back(outcome == Outcome::Fail ? s.failWeight : s.errorWeight);
            stopAt = pickWeighted(w);
            if (outcome == Outcome::Fail && retest && uniform() < 0.7) {
                for (size_t i = 0; i < steps.size(); ++i)
                    if (QLatin1String(steps[i].id) == unit.lastFailingStep)
                        stopAt = int(i);
            }
        } else if (outcome == Outcome::Aborted || outcome == Outcome::Interrupted) {
            stopAt = 1 + int(uniform() * double(steps.size() - 2));
        }

        qint64 tMs = startMs;
        qint64 tUs = startMs * 1000;
        int seq = 0;
        int chunkSeq = 0;
        const bool withTranscript = outcome != Outcome::Pass ||
                                    m_options.passTranscriptEvery <= 1 ||
                                    (m_stats.runs % m_options.passTranscriptEvery) == 0;
        QString failingStep;
        QString failureReason;
        double lastNumber = NAN;
        for (size_t i = 0; i < steps.size(); ++i) {
            const StepSpec& s = steps[i];
            const bool isTeardown = QLatin1String(s.phase) == QLatin1String("teardown");
            if (stopAt >= 0 && int(i) > stopAt && !isTeardown)
                continue;
            if (isTeardown && outcome == Outcome::Interrupted)
                break;
            QString verdict = QStringLiteral("pass");
            QString message;
            QString measured;
            double value = NAN;
            const bool deciding = int(i) == stopAt;
            if (!s.capture || QLatin1String(s.capture) != QLatin1String("number"))
                lastNumber = NAN;
            if (s.capture) {
                const QLatin1String c(s.capture);
                if (c == QLatin1String("imei"))
                    measured = unit.imei;
                else if (c == QLatin1String("imsi"))
                    measured = unit.imsi;
                else if (c == QLatin1String("iccid"))
                    measured = unit.iccid;
                else if (c == QLatin1String("firmware"))
                    measured = p.firmware;
                else if (c == QLatin1String("serial"))
                    measured = unit.serial;
                else if (c == QLatin1String("key"))
                    measured = unit.key.left(44);
                else if (c == QLatin1String("number")) {
                    // A reading (at step) and the check of it that follows share the value; a
                    // failing check gets a value beyond a limit (mostly the high one).
                    const bool checkOfReading =
                        QLatin1String(s.kind) == QLatin1String("check") && !std::isnan(lastNumber);
                    const StepSpec* judge = nullptr;
                    if (deciding && outcome == Outcome::Fail)
                        judge = &s;
                    else if (!checkOfReading && stopAt == int(i) + 1 && outcome == Outcome::Fail)
                        judge = &steps[i + 1];
                    if (checkOfReading)
                        value = lastNumber;
                    else if (judge && !std::isnan(judge->high))
                        value = uniform() < 0.75 || std::isnan(judge->low) || judge->low == 0
                                    ? judge->high + std::abs(normal(0, judge->sd)) + judge->sd * 0.2
                                    : judge->low - std::abs(normal(0, judge->sd)) - judge->sd * 0.2;
                    else
                        value = normal(s.mean, s.sd);
                    lastNumber = value;
                    // Integer readings (mV, RSSI) stay integers, currents get decimals.
                    measured = s.unit && QLatin1String(s.unit) == QLatin1String("uA")
                                   ? QString::number(value, 'f', 2)
                                   : QString::number(qRound(value));
                }
            }
            if (deciding) {
                if (outcome == Outcome::Fail) {
                    verdict = QStringLiteral("fail");
                    message = QString::fromUtf8(s.failMessage ? s.failMessage : "check failed");
                    if (!std::isnan(value))
                        message = QString(message + QStringLiteral(": %1 not in %2..%3")
                                                        .arg(measured)
                                                        .arg(s.low)
                                                        .arg(s.high));
                } else if (outcome == Outcome::Error) {
                    verdict = QStringLiteral("error");
                    message = QString::fromUtf8(s.failMessage ? s.failMessage
                                                              : "no answer within 2000 ms");
                    measured.clear();
                } else if (outcome == Outcome::Aborted) {
                    verdict = QStringLiteral("aborted");
                    message = QStringLiteral("aborted by the operator");
                } else {
                    break; // interrupted: the station died during this step
                }
                failingStep = QString::fromLatin1(s.id);
                failureReason = message;
            }
            const bool isAt = QLatin1String(s.kind) == QLatin1String("at");
            const double durationMs = QLatin1String(s.kind) == QLatin1String("check")
                                          ? 0.01 + uniform() * 0.05
                                      : verdict == QLatin1String("error")
                                          ? 2000.0
                                          : (isAt ? 8 + uniform() * 40 : 180 + uniform() * 300);
            sqlite3_stmt* st = m_stepSt;
            bind(st, 1, runIdUtf8);
            sqlite3_bind_int(st, 2, seq++);
            bindStatic(st, 3, s.phase);
            bindStatic(st, 4, s.id);
            bindStatic(st, 5, s.name);
            bindStatic(st, 6, s.kind);
            bind(st, 7, verdict);
            bind(st, 8, iso(tMs));
            sqlite3_bind_double(st, 9, durationMs);
            sqlite3_bind_int(st, 10, 1);
            bind(st, 11, measured);
            if (std::isnan(s.low))
                sqlite3_bind_null(st, 12);
            else
                sqlite3_bind_double(st, 12, s.low);
            if (std::isnan(s.high))
                sqlite3_bind_null(st, 13);
            else
                sqlite3_bind_double(st, 13, s.high);
            bindStatic(st, 14, s.unit);
            bind(st, 15, message);
            if (auto r = step(st); !r)
                return r;
            ++m_stats.steps;

            if (withTranscript && (isAt || QLatin1String(s.kind) == QLatin1String("wait_for"))) {
                tUs = std::max(tUs, tMs * 1000 + 50);
                auto chunk = [&](const char* dir, const QByteArray& bytes) -> Result<void> {
                    sqlite3_stmt* c = m_chunkSt;
                    bind(c, 1, runIdUtf8);
                    sqlite3_bind_int(c, 2, chunkSeq++);
                    sqlite3_bind_int64(c, 3, tUs);
                    sqlite3_bind_text(c, 4, dir, -1, SQLITE_STATIC);
                    sqlite3_bind_blob(c, 5, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                    ++m_stats.transcriptChunks;
                    return step(c);
                };
                if (isAt) {
                    if (auto r = chunk("tx", QByteArray(s.command) + "\r"); !r)
                        return r;
                    tUs += qint64(durationMs * 600);
                    QByteArray answer = "\r\n";
                    if (verdict == QLatin1String("error")) {
                        // Nothing came back: the transcript shows the silence as a note.
                        tUs += qint64(durationMs * 400) - 100;
                        if (auto r = chunk("note", "timeout: no answer within 2000 ms"); !r)
                            return r;
                    } else {
                        if (!measured.isEmpty())
                            answer += measured.toUtf8() + "\r\n\r\n";
                        answer += deciding && s.failMessage && s.failMessage[0] == '+'
                                      ? QByteArray(s.failMessage).left(16) + "\r\n"
                                      : QByteArray("OK\r\n");
                        if (auto r = chunk("rx", answer); !r)
                            return r;
                    }
                } else {
                    tUs += qint64(durationMs * 900);
                    if (verdict == QLatin1String("error")) {
                        if (auto r = chunk("note", "timeout: no banner"); !r)
                            return r;
                    } else if (auto r = chunk("rx", "\r\nReady\r\n"); !r) {
                        return r;
                    }
                }
            }
            tMs += qint64(std::ceil(durationMs)) + 1;
            if (deciding && outcome == Outcome::Interrupted)
                break;
        }

        QString verdict;
        QString state = QStringLiteral("finished");
        switch (outcome) {
        case Outcome::Pass:
            verdict = QStringLiteral("pass");
            break;
        case Outcome::Fail:
            verdict = QStringLiteral("fail");
            break;
        case Outcome::Error:
            verdict = QStringLiteral("error");
            break;
        case Outcome::Aborted:
            verdict = QStringLiteral("aborted");
            break;
        case Outcome::Interrupted:
            verdict = QStringLiteral("interrupted");
            state = QStringLiteral("interrupted");
            failingStep.clear();
            failureReason = QStringLiteral("station stopped while the run was in progress (crash "
                                           "or power loss); steps recorded up to that point are "
                                           "kept");
            break;
        }
        const QString attributes =
            QStringLiteral("{\"firmware\":\"%1\",\"iccid\":\"%2\",\"imsi\":\"%3\","
                           "\"public_key_sha256\":\"%4\"}")
                .arg(p.firmware, unit.iccid, unit.imsi, unit.key);
        sqlite3_stmt* r = m_runSt;
        bind(r, 1, runIdUtf8);
        bind(r, 2, unit.serial);
        bind(r, 3, unit.imei);
        bind(r, 4, p.name);
        bind(r, 5, p.planId);
        sqlite3_bind_int(r, 6, revision);
        QByteArray& sha = m_planSha[p.planId + QString::number(revision)];
        if (sha.isEmpty())
            sha = QCryptographicHash::hash(QString(p.planId + QString::number(revision)).toUtf8(),
                                           QCryptographicHash::Sha256)
                      .toHex();
        bind(r, 7, sha);
        bind(r, 8, p.station);
        bind(r, 9, op);
        bind(r, 10, batch);
        bind(r, 11, workOrder);
        bind(r, 12, QStringLiteral("/dev/ttyUSB0"));
        bind(r, 13, iso(startMs));
        bind(r, 14, iso(tMs + 5));
        bind(r, 15, state);
        bind(r, 16, verdict);
        bind(r, 17, failingStep);
        bind(r, 18, failureReason);
        bind(r, 19, attributes);
        // The run row goes in after its steps only inside this transaction (foreign keys are
        // off while loading); the station itself writes the run first.
        if (auto res = step(r); !res)
            return res;

        ++m_stats.runs;
        if (!retest) {
            ++m_stats.firstRuns;
            if (outcome == Outcome::Pass)
                ++m_stats.firstPass;
        }
        if (!failingStep.isEmpty())
            ++m_stats.failed;
        const QDateTime started = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC);
        if (!m_stats.firstStartUtc.isValid())
            m_stats.firstStartUtc = started;
        m_stats.lastStartUtc = started;
        m_lastFailed = outcome != Outcome::Pass;
        m_lastInterruptedOrAborted = outcome == Outcome::Interrupted || outcome == Outcome::Aborted;
        m_lastFailingStep = failingStep;
        return {};
    }

    GeneratorOptions m_options;
    std::mt19937_64 m_rng;
    sqlite3* m_db = nullptr;
    std::vector<sqlite3_stmt*> m_statements;
    sqlite3_stmt* m_runSt = nullptr;
    sqlite3_stmt* m_stepSt = nullptr;
    sqlite3_stmt* m_chunkSt = nullptr;
    std::vector<Product> m_products;
    GeneratorStats m_stats;
    int m_serialCounter = 0;
    bool m_lastFailed = false;
    bool m_lastInterruptedOrAborted = false;
    QString m_lastFailingStep;
    qint64 m_isoDay = -1;
    QByteArray m_isoDate;
    QHash<QString, QByteArray> m_planSha;
};

} // namespace eol::bench
