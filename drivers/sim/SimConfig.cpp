#include "sim/SimConfig.h"

#include <array>
#include <optional>
#include <utility>

namespace eol::drivers::sim {

namespace {

constexpr std::array<std::pair<const char*, SimConfig::Personality>, 4> kPersonalities{{
    {"nrf91", SimConfig::Personality::Nrf91},
    {"bg96", SimConfig::Personality::Bg96},
    {"sara-r4", SimConfig::Personality::SaraR4},
    {"sim7080", SimConfig::Personality::Sim7080},
}};

eol::Error badSpec(const QString& spec, const QString& what)
{
    return eol::makeError(QStringLiteral("bad_settings"),
                          QStringLiteral("simulated device spec \"%1\": %2").arg(spec, what));
}

// Milliseconds and counts: plain non-negative decimal integers, nothing else.
std::optional<qint64> parseCount(const QString& text, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > max || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return value;
}

} // namespace

QStringList SimConfig::personalityNames()
{
    QStringList names;
    for (const auto& [name, personality] : kPersonalities)
        names << QString::fromLatin1(name);
    return names;
}

QStringList SimConfig::optionNames()
{
    return {QStringLiteral("bad-imei"),        QStringLiteral("no-answer[=<CMD>]"),
            QStringLiteral("cme-error=<CMD>"), QStringLiteral("slow=<ms>"),
            QStringLiteral("latency=<ms>"),    QStringLiteral("urc-storm"),
            QStringLiteral("unplug=<n>"),      QStringLiteral("seed=<n>"),
            QStringLiteral("serial=<S>"),      QStringLiteral("no-banner")};
}

QString SimConfig::personalityName() const
{
    for (const auto& [name, value] : kPersonalities) {
        if (value == personality)
            return QString::fromLatin1(name);
    }
    return {};
}

eol::Result<SimConfig> SimConfig::parse(const QString& spec)
{
    const QStringList parts = spec.split(QLatin1Char(','));
    const QString personality = parts.value(0).trimmed().toLower();
    SimConfig config;
    bool known = false;
    for (const auto& [name, value] : kPersonalities) {
        if (personality == QLatin1String(name)) {
            config.personality = value;
            known = true;
        }
    }
    if (!known) {
        return badSpec(spec, QStringLiteral("unknown personality \"%1\"; valid personalities: %2")
                                 .arg(personality, personalityNames().join(QStringLiteral(", "))));
    }

    const QString validOptions =
        QStringLiteral("valid options: ") % optionNames().join(QStringLiteral(", "));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString option = parts.at(i).trimmed();
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? option : option.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : option.mid(eq + 1).trimmed();
        const bool hasValue = eq >= 0;

        const auto needValue = [&]() {
            return badSpec(
                spec, QStringLiteral("option \"%1\" needs a value (%2)").arg(key, validOptions));
        };
        const auto noValue = [&]() {
            return badSpec(
                spec, QStringLiteral("option \"%1\" takes no value (%2)").arg(key, validOptions));
        };
        const auto badNumber = [&]() {
            return badSpec(spec, QStringLiteral("option \"%1\" needs a non-negative integer, "
                                                "got \"%2\"")
                                     .arg(key, value));
        };

        if (key == QLatin1String("bad-imei")) {
            if (hasValue)
                return noValue();
            config.badImei = true;
        } else if (key == QLatin1String("no-answer")) {
            if (!hasValue)
                config.noAnswer = true;
            else if (value.isEmpty())
                return needValue();
            else
                config.noAnswerCommands << value;
        } else if (key == QLatin1String("cme-error")) {
            if (value.isEmpty())
                return needValue();
            config.cmeErrorCommands << value;
        } else if (key == QLatin1String("slow") || key == QLatin1String("latency")) {
            if (!hasValue)
                return needValue();
            const auto ms = parseCount(value, 3'600'000);
            if (!ms)
                return badNumber();
            (key == QLatin1String("slow") ? config.slowMs : config.latencyMs) = int(*ms);
        } else if (key == QLatin1String("urc-storm")) {
            if (hasValue)
                return noValue();
            config.urcStorm = true;
        } else if (key == QLatin1String("unplug")) {
            if (!hasValue)
                return needValue();
            const auto n = parseCount(value, 1'000'000'000);
            if (!n)
                return badNumber();
            config.unplugAfter = int(*n);
        } else if (key == QLatin1String("seed")) {
            if (!hasValue)
                return needValue();
            const auto n = parseCount(value, 0xffffffffLL);
            if (!n)
                return badNumber();
            config.seed = quint32(*n);
        } else if (key == QLatin1String("serial")) {
            if (value.isEmpty())
                return needValue();
            config.serial = value;
        } else if (key == QLatin1String("no-banner")) {
            if (hasValue)
                return noValue();
            config.noBanner = true;
        } else {
            return badSpec(spec,
                           QStringLiteral("unknown option \"%1\"; %2").arg(option, validOptions));
        }
    }
    return config;
}

QString SimConfig::toSpec() const
{
    QStringList parts{personalityName()};
    if (badImei)
        parts << QStringLiteral("bad-imei");
    if (noAnswer)
        parts << QStringLiteral("no-answer");
    for (const QString& command : noAnswerCommands)
        parts << QStringLiteral("no-answer=") % command;
    for (const QString& command : cmeErrorCommands)
        parts << QStringLiteral("cme-error=") % command;
    if (slowMs > 0)
        parts << QStringLiteral("slow=%1").arg(slowMs);
    if (latencyMs > 0)
        parts << QStringLiteral("latency=%1").arg(latencyMs);
    if (urcStorm)
        parts << QStringLiteral("urc-storm");
    if (unplugAfter >= 0)
        parts << QStringLiteral("unplug=%1").arg(unplugAfter);
    if (seed != 1)
        parts << QStringLiteral("seed=%1").arg(seed);
    if (!serial.isEmpty())
        parts << QStringLiteral("serial=") % serial;
    if (noBanner)
        parts << QStringLiteral("no-banner");
    return parts.join(QLatin1Char(','));
}

} // namespace eol::drivers::sim
