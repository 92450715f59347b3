// Benchmarks of the sequencer (printed as tables; numbers quoted in docs/performance.md):
//  1. executive overhead per step: a 1,000-step plan against a zero-latency simulated DUT, with
//     the real SQLite store (WAL, synchronous=FULL) on its writer thread;
//  2. cycle time versus the simulated DUT's own time (per-answer latency L, N exchanges).
// `--quick` runs smaller sizes (used by ctest so the benchmark itself is exercised).

#include "plan/PlanLoader.h"
#include "runner/FixtureSlot.h"
#include "station/Station.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace eol::core;

namespace {

plan::Plan makePlan(int atSteps, int checkSteps)
{
    QByteArray steps = "[";
    steps +=
        R"({"id":"imei","name":"IMEI","kind":"at","command":"AT+CGSN","expect":"^(?<imei>\\d{15})$"})";
    for (int i = 0; i < atSteps - 1; ++i)
        steps +=
            QStringLiteral(
                R"(,{"id":"at%1","name":"AT %1","kind":"at","command":"AT","timeout_ms":2000})")
                .arg(i)
                .toUtf8();
    for (int i = 0; i < checkSteps; ++i)
        steps +=
            QStringLiteral(
                R"(,{"id":"chk%1","name":"check %1","kind":"check","variable":"imei","imei_luhn":true})")
                .arg(i)
                .toUtf8();
    steps += "]";
    const QByteArray doc =
        R"({"format":1,"id":"bench","revision":1,"product":"bench","setup":[],"steps":)" + steps +
        R"(,"teardown":[]})";
    auto plan = plan::PlanLoader::loadBytes(doc, QStringLiteral("bench.json"));
    if (!plan) {
        std::fprintf(stderr, "bench plan does not load: %s\n", qPrintable(plan.error().message));
        std::exit(2);
    }
    return plan.value();
}

struct Measured
{
    double wallMs = 0;
    int steps = 0;
    QString verdict;
    double deviceMs = 0; ///< time the DUT took to answer: command written -> last byte of answer
};

Measured runOnce(runner::FixtureSlot* slot, const plan::Plan& plan, const QString& port)
{
    runner::RunRequest request;
    request.plan = plan;
    request.port = port;
    request.stationId = QStringLiteral("bench");
    QEventLoop loop;
    Measured m;
    QElapsedTimer timer;
    // The DUT's own time, as the wire saw it (transcript timestamps, microseconds): from each
    // command written to the last byte received before the next command.
    qint64 sentAt = -1;
    qint64 lastReceivedAt = -1;
    auto closeExchange = [&] {
        if (sentAt >= 0 && lastReceivedAt >= sentAt)
            m.deviceMs += double(lastReceivedAt - sentAt) / 1000.0;
        sentAt = lastReceivedAt = -1;
    };
    QObject::connect(slot, &runner::FixtureSlot::transcriptChunk, &loop,
                     [&](const eol::drivers::TranscriptEntry& e) {
                         using Direction = eol::drivers::TranscriptEntry::Direction;
                         if (e.direction == Direction::ToDevice) {
                             closeExchange();
                             sentAt = e.utcMicros;
                         } else if (e.direction == Direction::FromDevice && sentAt >= 0) {
                             lastReceivedAt = e.utcMicros;
                         }
                     });
    QObject::connect(slot, &runner::FixtureSlot::finished, &loop, [&](const runner::RunOutcome& o) {
        m.wallMs = double(timer.nsecsElapsed()) / 1e6;
        m.steps = int(o.steps.size());
        m.verdict = o.committed ? o.record.verdict : QStringLiteral("not committed");
        closeExchange();
        loop.quit();
    });
    timer.start();
    slot->start(request);
    loop.exec();
    QObject::disconnect(slot, nullptr, &loop, nullptr);
    return m;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;
    auto station = station::Station::open(dir.filePath(QStringLiteral("bench.db")));
    if (!station) {
        std::fprintf(stderr, "%s\n", qPrintable(station.error().message));
        return 2;
    }
    auto* slot = station.value()->addSlot(1);
    const int reps = quick ? 1 : 5;

    std::printf(
        "\n## Executive overhead per step (zero-latency simulated DUT, SQLite store on disk)\n\n");
    std::printf("| plan | steps | runs | median run time (ms) | overhead per step (ms) |\n");
    std::printf("|---|---:|---:|---:|---:|\n");
    const int n = quick ? 200 : 1000;
    struct Shape
    {
        const char* name;
        int at;
        int check;
    };
    for (const Shape shape : {Shape{"AT exchanges", n, 0}, Shape{"checks", 1, n - 1},
                              Shape{"half and half", n / 2, n / 2}}) {
        const auto plan = makePlan(shape.at, shape.check);
        std::vector<double> times;
        Measured m;
        runOnce(slot, plan, QStringLiteral("sim:nrf91,no-banner")); // warm-up
        for (int i = 0; i < reps; ++i) {
            m = runOnce(slot, plan, QStringLiteral("sim:nrf91,no-banner"));
            times.push_back(m.wallMs);
        }
        if (m.verdict != QLatin1String("pass"))
            std::fprintf(stderr, "warning: run verdict %s\n", qPrintable(m.verdict));
        const double med = median(times);
        std::printf("| %s | %d | %d | %.1f | %.4f |\n", shape.name, m.steps, reps, med,
                    med / m.steps);
    }

    std::printf("\n## Cycle time versus the DUT's own time\n\n");
    std::printf("| DUT latency per answer (ms) | exchanges | DUT's own time on the wire (ms) | "
                "cycle (ms) | station overhead |\n");
    std::printf("|---:|---:|---:|---:|---:|\n");
    const int exchanges = quick ? 10 : 40;
    for (int latency : quick ? std::vector<int>{20} : std::vector<int>{5, 20, 100}) {
        const auto plan = makePlan(exchanges, 5);
        std::vector<double> overheads;
        std::vector<double> cycles;
        std::vector<double> devices;
        const QString port = QStringLiteral("sim:nrf91,no-banner,latency=%1").arg(latency);
        for (int i = 0; i < reps; ++i) {
            const Measured m = runOnce(slot, plan, port);
            cycles.push_back(m.wallMs);
            devices.push_back(m.deviceMs);
            overheads.push_back((m.wallMs - m.deviceMs) / m.deviceMs * 100.0);
        }
        std::printf("| %d | %d | %.1f | %.1f | %+.2f %% |\n", latency, exchanges, median(devices),
                    median(cycles), median(overheads));
    }
    std::printf("\n");
    station.value()->shutdown();
    return 0;
}
