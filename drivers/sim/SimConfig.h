#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace eol::drivers::sim {

/// What a simulated device under test is and how it misbehaves, parsed from a spec such as
/// "nrf91", "bg96,slow=800" or "nrf91,bad-imei,seed=7" (grammar: "<personality>[,<option>]...").
///
/// Options: bad-imei, no-answer, no-answer=<CMD>, cme-error=<CMD>, slow=<ms>, latency=<ms>,
/// urc-storm, unplug=<n>, seed=<n>, serial=<S>, no-banner. <CMD> options may repeat; they match
/// command lines by case-insensitive prefix, with or without the leading "AT" (so
/// "no-answer=+CGSN" and "no-answer=AT+CGSN" are the same). Values cannot contain commas.
struct SimConfig
{
    enum class Personality
    {
        Nrf91,
        Bg96,
        SaraR4,
        Sim7080
    };

    Personality personality = Personality::Nrf91;
    bool badImei = false;         ///< IMEI with a wrong Luhn check digit
    bool noAnswer = false;        ///< silent after boot: no echo, no response, nothing
    QStringList noAnswerCommands; ///< only these commands (prefixes) get no answer at all
    QStringList cmeErrorCommands; ///< these answer +CME ERROR 23 "memory failure" per CMEE mode
    int slowMs = 0;               ///< extra delay before every answer
    int latencyMs = 0;            ///< per-response delay (answers, boot banner)
    bool urcStorm = false;        ///< a URC before, inside and after every response
    int unplugAfter = -1;         ///< device disappears after answering n commands; -1 = never
    quint32 seed = 1;             ///< identity (IMEI, IMSI, ICCID, serial, UUID) derives from it
    QString serial;               ///< product serial override; empty = "SN" + 8 digits from seed
    bool noBanner = false;        ///< boot silently (no banner, no pre-boot garbage)

    /// Parses a spec; an unknown personality or option yields an Error ("bad_settings") that
    /// names it and lists the valid ones.
    static eol::Result<SimConfig> parse(const QString& spec);

    /// The four personality names accepted by parse(): nrf91, bg96, sara-r4, sim7080.
    static QStringList personalityNames();

    /// The option names accepted by parse(), with their value syntax, for help texts.
    static QStringList optionNames();

    /// The personality's name as parse() accepts it, e.g. "sara-r4".
    QString personalityName() const;

    /// A canonical spec that parse() turns back into an equal config, e.g. "bg96,slow=800".
    QString toSpec() const;
};

} // namespace eol::drivers::sim
