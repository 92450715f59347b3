#pragma once

// Reads an export back with an independent implementation: Python's csv module and openpyxl
// (Debian python3-openpyxl), through tests/support/read_export.py. The tests compare what it
// sees with what SQLite holds.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

struct PythonRead
{
    bool ok = false;
    QString error;
    QJsonObject json;
};

/// The first python3 that can import openpyxl: Debian's /usr/bin/python3 first (a python3 on
/// PATH may be a virtualenv or pyenv without the Debian packages).
inline QString pythonWithOpenpyxl()
{
    static const QString found = [] {
        for (const QString& candidate :
             {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
            QProcess p;
            p.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
            if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit &&
                p.exitCode() == 0)
                return candidate;
        }
        return QString();
    }();
    return found;
}

/// `kind` is "csv" or "xlsx".
inline PythonRead readExport(const QString& kind, const QString& path, int timeoutMs = 120000)
{
    PythonRead r;
    const QString python = pythonWithOpenpyxl();
    if (python.isEmpty()) {
        r.error = QStringLiteral("no python3 with openpyxl — install python3-openpyxl "
                                 "(scripts/quickstart.sh does)");
        return r;
    }
    QProcess p;
    p.start(python, {QStringLiteral(EOL_SOURCE_DIR "/tests/support/read_export.py"), kind, path});
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        r.error = QStringLiteral("read_export.py %1 %2 failed: %3")
                      .arg(kind, path, QString::fromUtf8(p.readAllStandardError()));
        p.kill();
        return r;
    }
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput(), &err);
    if (!doc.isObject()) {
        r.error = QStringLiteral("read_export.py gave no JSON: %1").arg(err.errorString());
        return r;
    }
    r.ok = true;
    r.json = doc.object();
    return r;
}
