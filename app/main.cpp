#include "cli/CommandLine.h"
#include "imaging/CameraScanner.h"
#include "runner/FixtureSlot.h"
#include "scan/SerialScannerInput.h"
#include "station/Station.h"
#include "sync/SyncConfig.h"
#include "transport/TransportFactory.h"
#include "ui/CameraPreview.h"
#include "ui/OperatorWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/StationSettings.h"
#include "ui/auth/AccessController.h"
#include "ui/auth/StationWindows.h"

#include <QApplication>
#include <QCameraDevice>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QMessageBox>
#include <QScopeGuard>
#include <QScreen>
#include <QStatusBar>
#include <QThread>
#include <QTranslator>
#include <cstdio>
#include <cstring>

namespace {

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("eol-station"));
    QCoreApplication::setOrganizationName(QStringLiteral("EOL Station"));
}

void quietModules()
{
    // Command output is for people and scripts; the modules' debug chatter is opt-in
    // (QT_LOGGING_RULES="eol.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("eol.*.debug=false\neol.*.info=false"));
}

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// GUI mode: no arguments, or only `--config FILE`.
bool wantsGui(int argc, char* argv[], QString& configPath)
{
    if (argc == 1)
        return true;
    if (argc == 3 && std::strcmp(argv[1], "--config") == 0) {
        configPath = QString::fromLocal8Bit(argv[2]);
        return true;
    }
    return false;
}

/// Camera scanning beside the handheld scanner: decoded codes go through the same scan path,
/// the preview (with the code outlined) docks at the right.
std::unique_ptr<eol::imaging::CameraScanner> startCamera(const QString& wanted,
                                                         eol::ui::OperatorWindow& window)
{
    QCameraDevice device;
    if (wanted != QLatin1String("default")) {
        const auto cameras = QMediaDevices::videoInputs();
        for (const QCameraDevice& c : cameras) {
            if (c.description().contains(wanted, Qt::CaseInsensitive))
                device = c;
        }
    }
    auto camera = std::make_unique<eol::imaging::CameraScanner>();
    auto* preview = new eol::ui::CameraPreview;
    auto* dock = new QDockWidget(QObject::tr("Camera"), &window);
    dock->setObjectName(QStringLiteral("cameraDock"));
    dock->setWidget(preview);
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    window.addDockWidget(Qt::RightDockWidgetArea, dock);
    QObject::connect(camera.get(), &eol::imaging::CameraScanner::previewFrameChanged, preview,
                     &eol::ui::CameraPreview::showFrame);
    QObject::connect(camera.get(), &eol::imaging::CameraScanner::codesInView, preview,
                     &eol::ui::CameraPreview::showCodes);
    QObject::connect(camera.get(), &eol::imaging::CameraScanner::cameraError, preview,
                     &eol::ui::CameraPreview::showError);
    QObject::connect(camera.get(), &eol::imaging::CameraScanner::codeFound, &window,
                     [&window](const QString& text) { window.submitScan(text, true); });
    if (auto started = camera->start(device); !started)
        preview->showError(started.error().message);
    return camera;
}

/// A scanner on a serial port: its own thread with its transport (the GUI thread never touches
/// a port); each line it sends goes through the same scan path as the scan field.
std::unique_ptr<QThread> startSerialScanner(const eol::ui::StationSettings& settings,
                                            eol::ui::OperatorWindow& window)
{
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(QStringLiteral("serial-scanner"));
    const QString port = settings.scannerPort;
    const int baud = settings.scannerBaud;
    auto* input = new eol::core::scan::SerialScannerInput([port, baud] {
        eol::drivers::SerialSettings serial;
        serial.baudRate = baud;
        auto transport = eol::drivers::TransportFactory::create(port, serial);
        return transport ? std::move(transport).value() : nullptr;
    });
    input->moveToThread(thread.get());
    QObject::connect(thread.get(), &QThread::started, input,
                     &eol::core::scan::SerialScannerInput::start);
    QObject::connect(thread.get(), &QThread::finished, input, &QObject::deleteLater);
    QObject::connect(input, &eol::core::scan::SerialScannerInput::scanned, &window,
                     [&window](const QString& text) { window.submitScan(text, true); });
    QObject::connect(
        input, &eol::core::scan::SerialScannerInput::problem, &window,
        [&window](const QString& message) { window.statusBar()->showMessage(message, 15000); });
    thread->start();
    return thread;
}

int runGui(int argc, char* argv[], const QString& configOverride)
{
    QApplication app(argc, argv);
    setNames();
    quietModules();
    const QString configPath =
        configOverride.isEmpty() ? eol::ui::StationSettings::defaultConfigPath() : configOverride;
    const auto settings = eol::ui::StationSettings::load(configPath);

    QTranslator translator;
    const QLocale locale =
        settings.language.isEmpty() ? QLocale::system() : QLocale(settings.language);
    if (translator.load(locale, QStringLiteral("eol-station"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QFile style(QStringLiteral(":/styles/operator.qss"));
    if (style.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(style.readAll()));

    auto station = eol::core::station::Station::open(settings.databasePath);
    if (!station) {
        QMessageBox::critical(nullptr, QObject::tr("EOL Station"),
                              QObject::tr("The record database cannot be opened:\n%1\n\nThe "
                                          "station cannot test without it. Call the line lead.")
                                  .arg(station.error().message));
        return 2;
    }
    if (!settings.registryUrl.isEmpty()) {
        eol::core::sync::SyncConfig sync;
        sync.registryUrl = settings.registryUrl;
        sync.tokenFile = settings.registryTokenFile;
        sync.caFile = settings.registryCaFile;
        station.value()->startSync(sync);
    }
    auto* slot = station.value()->addSlot(1);
    int code = 0;
    {
        eol::ui::OperatorWindow window(station.value().get(), slot, settings);
        // Logins, roles, released plans and the windows behind them (docs/roles-and-audit.md).
        eol::ui::auth::AccessController access(
            &window, eol::ui::auth::AccessController::optionsFor(settings, configPath));
        eol::ui::auth::StationWindows::install(access, settings, configPath, window);
        std::unique_ptr<eol::imaging::CameraScanner> camera;
        if (!settings.camera.isEmpty())
            camera = startCamera(settings.camera, window);
        std::unique_ptr<QThread> scannerThread;
        if (!settings.scannerPort.isEmpty())
            scannerThread = startSerialScanner(settings, window);
        auto stopScanner = qScopeGuard([&scannerThread] {
            if (scannerThread) {
                scannerThread->quit();
                if (!scannerThread->wait(3000))
                    (void)scannerThread.release(); // never destroy a running thread
            }
        });
        const QString shotDir = qEnvironmentVariable("EOL_SCREENSHOT_DIR");
        std::unique_ptr<eol::ui::ScreenshotTour> tour;
        if (!shotDir.isEmpty()) {
            // Screenshots: the whole screen (Xvfb, no window manager), same size every time.
            window.setGeometry(QGuiApplication::primaryScreen()->geometry());
            window.show();
            tour = std::make_unique<eol::ui::ScreenshotTour>(&window, slot, shotDir);
            QObject::connect(tour.get(), &eol::ui::ScreenshotTour::done, &window,
                             [&window] { window.close(); });
            tour->start();
        } else {
            window.showMaximized();
        }
        code = app.exec();
    }
    station.value()->shutdown();
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    QString configPath;
    if (wantsGui(argc, argv, configPath)) {
        if (displayAvailable())
            return runGui(argc, argv, configPath);
        std::fputs("eol-station: no display for the operator screen "
                   "(DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset).\n\n",
                   stderr);
        std::fputs(eol::cli::CommandLine::usage().toLocal8Bit().constData(), stderr);
        return 2;
    }
    QCoreApplication app(argc, argv);
    setNames();
    quietModules();
    return eol::cli::CommandLine::run(QCoreApplication::arguments());
}
