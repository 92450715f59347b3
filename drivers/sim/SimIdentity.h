#pragma once

#include <QByteArray>
#include <QString>

namespace eol::drivers::sim {

/// Who a simulated device is: the values a station reads out and records. All but the public
/// key derive deterministically from a seed, so a test can predict them.
struct SimIdentity
{
    QString imei;                ///< 15 digits: TAC 35265610 + 6-digit serial + Luhn check digit
    QString imsi;                ///< 15 digits: 2840112345 + 5 digits
    QString iccid;               ///< 19 digits: 8901234567 + 8 digits + Luhn digit (no filler F)
    QString firmware;            ///< the modem firmware version as the personality reports it
    QString serial;              ///< product serial (AT+DEVSN?), "SN" + 8 digits unless overridden
    QString deviceUuid;          ///< lower-case RFC 4122 v4 form; the CN of %KEYGEN CSRs
    QByteArray publicKeySpkiDer; ///< DER SubjectPublicKeyInfo of the device's P-256 key

    /// Identity values for a seed. badImei makes the IMEI's check digit wrong; a non-empty
    /// serial overrides the derived product serial. firmware and publicKeySpkiDer stay empty.
    static SimIdentity fromSeed(quint32 seed, bool badImei = false, const QString& serial = {});

    /// The Luhn check digit (0-9) for a string of decimal digits.
    static int luhnCheckDigit(const QString& digitsWithoutCheck);

    /// True if digits is all decimal digits and its last digit is the correct Luhn check digit.
    static bool luhnValid(const QString& digits);
};

} // namespace eol::drivers::sim
