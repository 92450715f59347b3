#include "DidYouMean.h"

#include <algorithm>
#include <vector>

namespace eol::core::plan {

namespace {

/// camelCase and kebab-case are common slips when the format is snake_case.
QString normalized(const QString& word)
{
    QString out;
    for (const QChar c : word) {
        if (c.isUpper()) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char('_')))
                out += QLatin1Char('_');
            out += c.toLower();
        } else if (c == QLatin1Char('-')) {
            out += QLatin1Char('_');
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

int editDistance(const QString& a, const QString& b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> d(static_cast<size_t>(n + 1),
                                    std::vector<int>(static_cast<size_t>(m + 1), 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString didYouMean(const QString& word, const QStringList& candidates)
{
    const QString typed = normalized(word);
    QString best;
    int bestScore = 0;
    for (const QString& candidate : candidates) {
        int score = editDistance(typed, candidate);
        // Unit suffixes are the part people forget: "timeout" for "timeout_ms".
        for (const QLatin1String suffix : {QLatin1String("_ms"), QLatin1String("_luhn")}) {
            if (candidate.endsWith(suffix))
                score = std::min(score, editDistance(typed, candidate.chopped(suffix.size())));
        }
        const int allowed = std::max<int>(1, static_cast<int>(candidate.size()) / 3);
        if (score <= allowed && (best.isEmpty() || score < bestScore)) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

} // namespace eol::core::plan
