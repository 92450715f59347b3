#include "cli/CommandLine.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eol-station"));
    QCoreApplication::setOrganizationName(QStringLiteral("EOL Station"));
    return eol::cli::CommandLine::run(QCoreApplication::arguments());
}
