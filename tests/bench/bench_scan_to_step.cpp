// Scan-to-first-step latency: from a unit code entering the operator window (the same call the
// scan field, a serial scanner and the camera make) to the first step starting on the fixture
// slot's thread (plan check, run row created, port opened). Real widgets (offscreen), real
// SQLite store, in-process simulated DUT. Prints a markdown table; --quick runs fewer units.

#include "runner/FixtureSlot.h"
#include "station/Station.h"
#include "ui/OperatorWindow.h"
#include "ui/StationSettings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    QTemporaryDir dir;
    auto station = eol::core::station::Station::open(dir.filePath(QStringLiteral("bench.db")));
    if (!station) {
        std::fprintf(stderr, "%s\n", qPrintable(station.error().message));
        return 2;
    }
    auto* slot = station.value()->addSlot(1);
    eol::ui::StationSettings settings;
    settings.stationId = QStringLiteral("bench");
    settings.databasePath = dir.filePath(QStringLiteral("bench.db"));
    settings.port = QStringLiteral("sim:nrf91,serial=SN00000001");
    settings.planRef = QStringLiteral(EOL_SOURCE_DIR "/testplans/nrf91.json");
    settings.sounds = false;
    eol::ui::OperatorWindow window(station.value().get(), slot, settings);
    window.resize(1366, 768);
    window.show();

    const int units = quick ? 3 : 30;
    std::vector<double> latencies;
    for (int i = 0; i < units; ++i) {
        QEventLoop loop;
        QElapsedTimer timer;
        double firstStepMs = -1;
        auto stepConn = QObject::connect(slot, &eol::core::runner::FixtureSlot::stepStarted, &loop,
                                         [&] {
                                             if (firstStepMs < 0)
                                                 firstStepMs = double(timer.nsecsElapsed()) / 1e6;
                                         });
        auto doneConn = QObject::connect(slot, &eol::core::runner::FixtureSlot::finished, &loop,
                                         [&] { QTimer::singleShot(0, &loop, &QEventLoop::quit); });
        timer.start();
        window.submitScan(QStringLiteral("EOL1|U|SN00000001"));
        loop.exec();
        QObject::disconnect(stepConn);
        QObject::disconnect(doneConn);
        if (firstStepMs >= 0)
            latencies.push_back(firstStepMs);
    }
    std::sort(latencies.begin(), latencies.end());
    if (latencies.empty()) {
        std::fprintf(stderr, "no run started\n");
        return 2;
    }
    const auto pct = [&](double p) { return latencies[size_t(p * double(latencies.size() - 1))]; };
    std::printf("\n## Scan to first step (operator window, offscreen; target < 100 ms)\n\n");
    std::printf("| units | median (ms) | p95 (ms) | max (ms) |\n|---:|---:|---:|---:|\n");
    std::printf("| %zu | %.2f | %.2f | %.2f |\n\n", latencies.size(), pct(0.5), pct(0.95),
                latencies.back());
    station.value()->shutdown();
    return 0;
}
