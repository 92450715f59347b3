#pragma once

#include <QString>
#include <QStringList>

namespace eol::core::plan {

/// The candidate a mistyped `word` most likely meant ("timout" -> "timeout_ms",
/// "timeoutMs" -> "timeout_ms"), or an empty string when nothing is close enough to be a
/// helpful suggestion. Uses the optimal-string-alignment edit distance, so a swap of two
/// neighbouring letters counts as one edit.
QString didYouMean(const QString& word, const QStringList& candidates);

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions).
int editDistance(const QString& a, const QString& b);

} // namespace eol::core::plan
