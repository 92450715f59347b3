#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace eol::core::plan {

/// 1-based line and column inside the plan file.
struct SourceLocation
{
    int line = 0;
    int column = 0;
};

enum class StepKind { At, Check, WaitFor, Delay, Prompt };

/// What happens when a step does not pass.
struct OnFailPolicy
{
    enum class Action { Stop, Continue, Retry };
    Action action = Action::Stop;
    int retries = 0;      ///< with Retry: extra attempts after the first
    int retryDelayMs = 0; ///< with Retry: pause between attempts
};

/// A validator applied by a `check` step to one variable's value.
struct CheckSpec
{
    enum class Kind {
        ImeiLuhn,      ///< 15 digits, Luhn check digit (3GPP TS 23.003)
        IccidLuhn,     ///< starts with 89, 19-20 digits (an 'F' filler stripped), Luhn
        Regex,         ///< `pattern` must match the whole value
        Range,         ///< numeric value within [low, high] (either may be absent), `unit`
        Equals,        ///< value equals variable `other`
        P256PublicKey, ///< parses as a P-256 public key (base64url/base64 DER SPKI, PEM, hex point)
    };
    Kind kind = Kind::Regex;
    QString variable;             ///< name of the variable whose value is checked
    QString pattern;              ///< Regex
    std::optional<double> low;    ///< Range
    std::optional<double> high;   ///< Range
    QString unit;                 ///< Range (display only)
    QString other;                ///< Equals
};

/// One step. Only the fields of its `kind` are meaningful.
struct Step
{
    QString id;   ///< unique within the plan
    QString name; ///< shown to operators and QA
    StepKind kind = StepKind::At;
    SourceLocation location; ///< where the step object starts in the file
    OnFailPolicy onFail;
    QString ifSet; ///< if non-empty and that variable is unset/empty, the step is `skipped`

    // at: send `command` (with ${var} substituted), wait for the final result code,
    // match `expect` (regex, searched in the response's lines joined by '\n'), capture its
    // named groups into variables. `expectError`: the command must answer ERROR/+CME ERROR.
    QString command;
    QString expect;
    bool expectError = false;
    int timeoutMs = 5000;   ///< at, wait_for
    int retries = 0;        ///< at: re-sends after ERROR / timeout / no match
    int retryDelayMs = 0;   ///< at: pause between re-sends

    // check
    CheckSpec check;

    // wait_for: a regex matched against each unsolicited/boot line; named groups captured.
    QString pattern;

    // delay
    int durationMs = 0;

    // prompt: a question to the operator; `image` an optional picture path relative to the plan.
    QString question;
    QString image;
};

/// Serial settings of the DUT link.
struct TransportSettings
{
    int baudRate = 115200;
    int dataBits = 8;
    QString parity = QStringLiteral("none");        ///< none | even | odd | mark | space
    QString stopBits = QStringLiteral("1");         ///< 1 | 1.5 | 2
    QString flowControl = QStringLiteral("none");   ///< none | hardware | software
    QString lineEnding = QStringLiteral("\r");      ///< appended to every AT command
    int openTimeoutMs = 3000;
    /// USB ids the DUT (or its USB–serial adaptor) enumerates as: "vvvv" (a vendor) or
    /// "vvvv:pppp" (one product), lower-case hex. The Debian package's udev rules grant the
    /// station's user access to every id named in the shipped plans (docs/installing.md).
    QStringList usbIds;
};

/// A loaded, validated test plan (format version 1).
struct Plan
{
    int formatVersion = 1;
    QString id;
    int revision = 0;
    QString product;
    QString description;
    QString serialPattern; ///< regex the unit serial must match (whole string); empty = any
    TransportSettings transport;
    QList<std::pair<QString, QString>> variables; ///< initial variables, in file order
    QStringList urcPrefixes; ///< extra line prefixes the AT layer must treat as unsolicited
    QList<Step> setup;
    QList<Step> steps;
    QList<Step> teardown;

    QString sourcePath;  ///< file it was loaded from
    QByteArray sha256;   ///< lower-case hex SHA-256 of the file's bytes
};

} // namespace eol::core::plan
