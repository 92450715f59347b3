#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace eol::core::planrepo {

/// Reads a plan file's "id" and writes its "revision" without touching any other byte: the
/// lead's formatting, key order and comments-in-strings stay exactly as written, so the stored
/// bytes (and their SHA-256) are the plan file a lead would recognise.
class RevisionStamp
{
public:
    /// The top-level "id" of a plan JSON (which must at least parse and have a valid id).
    static Result<QString> planId(const QByteArray& bytes);
    /// The top-level "revision" as written, or 0 when there is none.
    static Result<int> revision(const QByteArray& bytes);
    /// `bytes` with the top-level "revision" number replaced by `revision`.
    static Result<QByteArray> stamp(const QByteArray& bytes, int revision);
};

} // namespace eol::core::planrepo
