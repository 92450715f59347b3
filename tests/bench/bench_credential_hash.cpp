// What a PIN login costs, and what it costs an attacker: scrypt (CredentialHash) at the shipped
// parameters and one step either side, milliseconds per hash on this machine. The table is
// quoted in docs/roles-and-audit.md. `--quick` runs 2 hashes per row (ctest).

#include "auth/CredentialHash.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using eol::core::auth::CredentialHash;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int rounds = quick ? 2 : 15;
    std::printf("scrypt PIN hash (r=8, p=1), %d hashes per row, median\n", rounds);
    std::printf("%-10s %-10s %-12s %-30s\n", "ln (N)", "memory", "ms / hash",
                "4-digit / 6-digit PIN space, 1 core");
    for (int ln : {14, 15, 16}) {
        const CredentialHash::Params params{ln, 8, 1};
        std::vector<double> ms;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            t.start();
            auto h = CredentialHash::hash("135790", params);
            ms.push_back(t.nsecsElapsed() / 1e6);
            if (!h) {
                std::fprintf(stderr, "hash failed: %s\n", qPrintable(h.error().message));
                return 2;
            }
        }
        std::sort(ms.begin(), ms.end());
        const double median = ms[ms.size() / 2];
        const double mib = 128.0 * 8 * double(1 << ln) / (1024 * 1024);
        std::printf("%-10s %-10s %-12.1f %.0f min / %.0f h\n",
                    qPrintable(QStringLiteral("%1 (%2)").arg(ln).arg(1 << ln)),
                    qPrintable(QStringLiteral("%1 MiB").arg(mib)), median, 1e4 * median / 1000 / 60,
                    1e6 * median / 1000 / 3600);
    }
    return 0;
}
