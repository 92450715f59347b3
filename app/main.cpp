#include "cli/CommandLine.h"
#include "runner/FixtureSlot.h"
#include "station/Station.h"
#include "ui/OperatorWindow.h"
#include "ui/ScreenshotTour.h"
#include "ui/StationSettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QScreen>
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
    auto* slot = station.value()->addSlot(1);
    int code = 0;
    {
        eol::ui::OperatorWindow window(station.value().get(), slot, settings);
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
