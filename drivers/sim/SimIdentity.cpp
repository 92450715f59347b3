#include "sim/SimIdentity.h"

#include <QRandomGenerator>

namespace eol::drivers::sim {

namespace {

QString randomDigits(QRandomGenerator& random, int count)
{
    QString digits;
    digits.reserve(count);
    for (int i = 0; i < count; ++i)
        digits += QLatin1Char(char('0' + random.bounded(10)));
    return digits;
}

} // namespace

int SimIdentity::luhnCheckDigit(const QString& digitsWithoutCheck)
{
    // Double every second digit counting from the right, starting with the rightmost one
    // (it becomes the neighbour of the check digit).
    int sum = 0;
    bool doubleIt = true;
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        int digit = digitsWithoutCheck.at(i).digitValue();
        if (digit < 0)
            return -1;
        if (doubleIt) {
            digit *= 2;
            if (digit > 9)
                digit -= 9;
        }
        sum += digit;
        doubleIt = !doubleIt;
    }
    return (10 - sum % 10) % 10;
}

bool SimIdentity::luhnValid(const QString& digits)
{
    if (digits.size() < 2)
        return false;
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return luhnCheckDigit(digits.left(digits.size() - 1)) == digits.back().digitValue();
}

SimIdentity SimIdentity::fromSeed(quint32 seed, bool badImei, const QString& serial)
{
    QRandomGenerator random(seed);
    SimIdentity identity;

    const QString imeiBody = QStringLiteral("35265610") + randomDigits(random, 6);
    int check = luhnCheckDigit(imeiBody);
    if (badImei)
        check = (check + 5) % 10;
    identity.imei = imeiBody + QString::number(check);

    identity.imsi = QStringLiteral("2840112345") + randomDigits(random, 5);

    const QString iccidBody = QStringLiteral("8901234567") + randomDigits(random, 8);
    identity.iccid = iccidBody + QString::number(luhnCheckDigit(iccidBody));

    const QString derivedSerial = QStringLiteral("SN") + randomDigits(random, 8);
    identity.serial = serial.isEmpty() ? derivedSerial : serial;

    // A version-4 UUID drawn from the same generator, so it is stable per seed.
    QByteArray uuid(16, '\0');
    for (auto& byte : uuid)
        byte = char(random.bounded(256));
    uuid[6] = char((uchar(uuid[6]) & 0x0f) | 0x40);
    uuid[8] = char((uchar(uuid[8]) & 0x3f) | 0x80);
    const QByteArray hex = uuid.toHex();
    identity.deviceUuid =
        QString::fromLatin1(hex.mid(0, 8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                            hex.mid(16, 4) + '-' + hex.mid(20, 12));
    return identity;
}

} // namespace eol::drivers::sim
