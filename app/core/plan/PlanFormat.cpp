#include "PlanFormat.h"

namespace eol::core::plan {

const QStringList& PlanFormat::topLevelKeys()
{
    static const QStringList kKeys = {
        QStringLiteral("format"),       QStringLiteral("id"),
        QStringLiteral("revision"),     QStringLiteral("product"),
        QStringLiteral("description"),  QStringLiteral("serial_pattern"),
        QStringLiteral("transport"),    QStringLiteral("variables"),
        QStringLiteral("urc_prefixes"), QStringLiteral("setup"),
        QStringLiteral("steps"),        QStringLiteral("teardown")};
    return kKeys;
}

const QStringList& PlanFormat::transportKeys()
{
    static const QStringList kKeys = {
        QStringLiteral("baud"),           QStringLiteral("data_bits"),
        QStringLiteral("parity"),         QStringLiteral("stop_bits"),
        QStringLiteral("flow_control"),   QStringLiteral("line_ending"),
        QStringLiteral("open_timeout_ms"), QStringLiteral("usb")};
    return kKeys;
}

const QStringList& PlanFormat::commonStepKeys()
{
    static const QStringList kKeys = {QStringLiteral("id"), QStringLiteral("name"),
                                      QStringLiteral("kind"), QStringLiteral("if_set"),
                                      QStringLiteral("on_fail")};
    return kKeys;
}

const QStringList& PlanFormat::kinds()
{
    static const QStringList kKinds = {QStringLiteral("at"), QStringLiteral("check"),
                                       QStringLiteral("wait_for"), QStringLiteral("delay"),
                                       QStringLiteral("prompt")};
    return kKinds;
}

QStringList PlanFormat::keysOfKind(const QString& kind)
{
    if (kind == QLatin1String("at"))
        return {QStringLiteral("command"),      QStringLiteral("expect"),
                QStringLiteral("expect_error"), QStringLiteral("timeout_ms"),
                QStringLiteral("retries"),      QStringLiteral("retry_delay_ms")};
    if (kind == QLatin1String("check"))
        return QStringList{QStringLiteral("variable")} + checkValidators();
    if (kind == QLatin1String("wait_for"))
        return {QStringLiteral("pattern"), QStringLiteral("timeout_ms")};
    if (kind == QLatin1String("delay"))
        return {QStringLiteral("duration_ms")};
    if (kind == QLatin1String("prompt"))
        return {QStringLiteral("question"), QStringLiteral("image")};
    return {};
}

QStringList PlanFormat::stepKeyOrder(const QString& kind)
{
    // The shipped plans put the policy last: it reads as "...and if this fails, stop".
    return QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
                       QStringLiteral("if_set")} +
           keysOfKind(kind) + QStringList{QStringLiteral("on_fail")};
}

QStringList PlanFormat::foreignStepKeys(const QStringList& keys, const QString& kind)
{
    const QStringList allowed = stepKeyOrder(kind);
    QStringList foreign;
    for (const QString& key : keys) {
        if (!allowed.contains(key))
            foreign.append(key);
    }
    return foreign;
}

const QStringList& PlanFormat::checkValidators()
{
    static const QStringList kValidators = {
        QStringLiteral("imei_luhn"), QStringLiteral("iccid_luhn"),
        QStringLiteral("regex"),     QStringLiteral("range"),
        QStringLiteral("equals"),    QStringLiteral("p256_public_key")};
    return kValidators;
}

const QStringList& PlanFormat::onFailKeys()
{
    static const QStringList kKeys = {QStringLiteral("retry"), QStringLiteral("delay_ms")};
    return kKeys;
}

const QStringList& PlanFormat::rangeKeys()
{
    static const QStringList kKeys = {QStringLiteral("low"), QStringLiteral("high"),
                                      QStringLiteral("unit")};
    return kKeys;
}

const QStringList& PlanFormat::sections()
{
    static const QStringList kSections = {QStringLiteral("setup"), QStringLiteral("steps"),
                                          QStringLiteral("teardown")};
    return kSections;
}

const QList<int>& PlanFormat::baudRates()
{
    static const QList<int> kRates = {1200,  2400,   4800,   9600,   19200,  38400,
                                      57600, 115200, 230400, 460800, 921600, 1000000};
    return kRates;
}

const QStringList& PlanFormat::parities()
{
    static const QStringList kValues = {QStringLiteral("none"), QStringLiteral("even"),
                                        QStringLiteral("odd"), QStringLiteral("mark"),
                                        QStringLiteral("space")};
    return kValues;
}

const QStringList& PlanFormat::stopBits()
{
    static const QStringList kValues = {QStringLiteral("1"), QStringLiteral("1.5"),
                                        QStringLiteral("2")};
    return kValues;
}

const QStringList& PlanFormat::flowControls()
{
    static const QStringList kValues = {QStringLiteral("none"), QStringLiteral("hardware"),
                                        QStringLiteral("software")};
    return kValues;
}

const QStringList& PlanFormat::lineEndings()
{
    static const QStringList kValues = {QStringLiteral("\r"), QStringLiteral("\n"),
                                        QStringLiteral("\r\n")};
    return kValues;
}

} // namespace eol::core::plan
