#include "cli/CommandLine.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eol-station"));
    QCoreApplication::setOrganizationName(QStringLiteral("EOL Station"));
    // Command output is for people and scripts; the modules' debug chatter is opt-in
    // (QT_LOGGING_RULES="eol.*.debug=true").
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("eol.*.debug=false\neol.*.info=false"));
    return eol::cli::CommandLine::run(QCoreApplication::arguments());
}
