#include "registry/RegistryCli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("eol-registry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EOL_VERSION));
    eol::registry::RegistryCli cli;
    return cli.run(QCoreApplication::arguments());
}
