#include "TokenFile.h"

#include <QFile>
#include <sys/stat.h>

namespace eol::core::sync {

Result<QByteArray> TokenFile::read(const QString& path)
{
    if (path.isEmpty()) {
        return makeError(QStringLiteral("sync_no_token"),
                         QStringLiteral("no registry token file is configured — set "
                                        "--token-file, EOL_REGISTRY_TOKEN_FILE or [registry] "
                                        "token_file"));
    }
    const QByteArray native = QFile::encodeName(path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return makeError(QStringLiteral("sync_token_unreadable"),
                         QStringLiteral("the registry token file %1 does not exist or is not a "
                                        "regular file — check the path")
                             .arg(path));
    }
    const unsigned mode = unsigned(st.st_mode) & 0777u;
    if ((mode & 077u) != 0) {
        return makeError(QStringLiteral("sync_token_insecure"),
                         QStringLiteral("refusing the registry token file %1: its mode is %2, so "
                                        "other users can read or change the token — run "
                                        "chmod 600 %1")
                             .arg(path)
                             .arg(mode, 4, 8, QLatin1Char('0')));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("sync_token_unreadable"),
                         QStringLiteral("cannot read the registry token file %1: %2 — it must "
                                        "belong to the station user")
                             .arg(path, file.errorString()));
    }
    const QByteArray token = file.read(64 * 1024).trimmed();
    if (token.isEmpty() || token.contains('\n') || token.contains('\r')) {
        return makeError(QStringLiteral("sync_token_invalid"),
                         QStringLiteral("the registry token file %1 must hold exactly one token "
                                        "on one line")
                             .arg(path));
    }
    return token;
}

} // namespace eol::core::sync
