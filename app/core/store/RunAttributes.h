#pragma once

#include <QJsonObject>
#include <QString>

namespace eol::core::store {

/// Reading the free-form identity attributes of a run (RunRecord::attributes) the same way in
/// every export: CSV, XLSX, and whatever comes next.
class RunAttributes
{
public:
    /// The attribute as text: strings as they are, numbers in full precision, booleans as
    /// true/false; "" when missing or structured.
    static QString text(const QJsonObject& attributes, const QString& key);
    /// SHA-256 (lower-case hex) of the device public key: the `public_key_sha256` attribute
    /// when the runner stored one; otherwise computed from `public_key` — of the DER bytes when
    /// it is PEM or hex, of the UTF-8 text otherwise. "" without a key.
    static QString publicKeySha256(const QJsonObject& attributes);
};

} // namespace eol::core::store
