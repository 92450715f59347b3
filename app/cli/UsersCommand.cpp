#include "cli/UsersCommand.h"

#include "audit/AuditLog.h"
#include "auth/UserStore.h"
#include "cli/Console.h"
#include "cli/DefaultPaths.h"
#include "cli/ExitCode.h"
#include "cli/SecretInput.h"
#include "cli/SubcommandParser.h"
#include "store/RunStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace eol::cli {

namespace {

const char* const kUsage =
    "usage: eol-station users <action> [options]\n"
    "  add <name> --role operator|lead|qa|admin [--display-name TEXT] [--pin-stdin] "
    "[--badge-stdin]\n"
    "  list [--all]                 active users (--all: disabled ones too)\n"
    "  disable <name> | enable <name>\n"
    "  set-pin <name>               the new PIN is read from stdin\n"
    "  set-badge <name>             the badge id is read from stdin (an empty line removes it)\n"
    "  set-role <name> <role>\n"
    "  unlock <name>                lift a lockout after too many wrong PINs\n"
    "every action takes --db FILE and --json\n"
    "PINs and badge ids are read from stdin, never from arguments: arguments are visible to\n"
    "every user of the machine (ps) and end up in shell histories.\n";

QJsonObject userJson(const core::auth::UserRecord& u)
{
    QJsonObject o{{QStringLiteral("name"), u.name},
                  {QStringLiteral("display_name"), u.displayName},
                  {QStringLiteral("role"), core::auth::roleName(u.role)},
                  {QStringLiteral("active"), u.active},
                  {QStringLiteral("pin"), u.hasPin},
                  {QStringLiteral("badge"), u.hasBadge},
                  {QStringLiteral("locked"), u.isLocked(QDateTime::currentDateTimeUtc())},
                  {QStringLiteral("created_utc"), u.createdUtc.toString(Qt::ISODateWithMs)}};
    if (u.lastLoginUtc.isValid())
        o.insert(QStringLiteral("last_login_utc"), u.lastLoginUtc.toString(Qt::ISODateWithMs));
    return o;
}

int fail(const QString& message)
{
    Console::error(message);
    return kExitError;
}

} // namespace

int UsersCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kUsage));
    parser.addHelpOption();
    const QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("Record database."),
                                   QStringLiteral("file"), DefaultPaths::database());
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QStringLiteral("Machine-readable output."));
    const QCommandLineOption roleOpt(QStringLiteral("role"),
                                     QStringLiteral("operator, lead, qa or admin."),
                                     QStringLiteral("role"));
    const QCommandLineOption displayOpt(QStringLiteral("display-name"),
                                        QStringLiteral("Name shown on screen (default: the "
                                                       "login name)."),
                                        QStringLiteral("text"));
    const QCommandLineOption pinOpt(
        QStringLiteral("pin-stdin"),
        QStringLiteral("Read the PIN from stdin (first line). Never pass a PIN as an argument."));
    const QCommandLineOption badgeOpt(
        QStringLiteral("badge-stdin"),
        QStringLiteral("Read the badge id from stdin (the line after the PIN, if both)."));
    const QCommandLineOption allOpt(QStringLiteral("all"),
                                    QStringLiteral("list: include disabled users."));
    parser.addOptions({dbOpt, jsonOpt, roleOpt, displayOpt, pinOpt, badgeOpt, allOpt});
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("add, list, disable, enable, set-pin, set-badge, "
                                                "set-role, unlock"));
    if (const auto done = SubcommandParser::parse(parser, arguments))
        return *done;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(QString::fromUtf8(kUsage).trimmed());
    const QString action = args.first();
    const bool json = parser.isSet(jsonOpt);
    static const QStringList kNeedName{QStringLiteral("add"),       QStringLiteral("disable"),
                                       QStringLiteral("enable"),    QStringLiteral("set-pin"),
                                       QStringLiteral("set-badge"), QStringLiteral("set-role"),
                                       QStringLiteral("unlock")};
    if (action != QLatin1String("list") && !kNeedName.contains(action))
        return fail(QStringLiteral("users: unknown action \"%1\"\n%2")
                        .arg(action, QString::fromUtf8(kUsage).trimmed()));
    const int expected = action == QLatin1String("list")       ? 1
                         : action == QLatin1String("set-role") ? 3
                                                               : 2;
    if (args.size() != expected)
        return fail(QStringLiteral("users %1: wrong number of arguments — see eol-station users "
                                   "--help")
                        .arg(action));

    auto store = core::store::RunStore::open(parser.value(dbOpt));
    if (!store)
        return fail(store.error().message);
    core::audit::AuditLog audit(*store.value(), DefaultPaths::stationId());
    core::auth::UserStore users(*store.value(), audit);
    // The command line trusts the OS account that can write the database file; the audit trail
    // still says which account it was.
    const QString actor =
        QStringLiteral("cli:") + qEnvironmentVariable("USER", QStringLiteral("?"));

    if (action == QLatin1String("list")) {
        auto list = users.list(parser.isSet(allOpt));
        if (!list)
            return fail(list.error().message);
        if (json) {
            QJsonArray arr;
            for (const auto& u : list.value())
                arr.append(userJson(u));
            Console::json(QJsonObject{{QStringLiteral("users"), arr}});
            return kExitOk;
        }
        if (list->isEmpty()) {
            Console::line(QStringLiteral("no users — the station runs without logins. Add the "
                                         "first administrator: eol-station users add <name> "
                                         "--role admin --pin-stdin"));
            return kExitOk;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto& u : list.value()) {
            QStringList flags;
            if (!u.active)
                flags << QStringLiteral("disabled");
            if (u.isLocked(now))
                flags << QStringLiteral("locked");
            flags << (u.hasPin ? QStringLiteral("PIN") : QStringLiteral("no PIN"));
            flags << (u.hasBadge ? QStringLiteral("badge") : QStringLiteral("no badge"));
            Console::line(
                QStringLiteral("%1 %2 %3 %4")
                    .arg(u.name.leftJustified(16), core::auth::roleName(u.role).leftJustified(9),
                         u.displayName.leftJustified(24), flags.join(QStringLiteral(", "))));
        }
        return kExitOk;
    }

    const QString name = args.at(1);
    Result<void> done;
    QString what;
    if (action == QLatin1String("add")) {
        if (!parser.isSet(roleOpt))
            return fail(QStringLiteral("users add: --role is required (operator, lead, qa or "
                                       "admin)"));
        const auto role = core::auth::roleFromName(parser.value(roleOpt));
        if (!role)
            return fail(QStringLiteral("users add: unknown role \"%1\" (operator, lead, qa or "
                                       "admin)")
                            .arg(parser.value(roleOpt)));
        core::auth::UserStore::NewUser user;
        user.name = name;
        user.displayName = parser.value(displayOpt);
        user.role = *role;
        bool ok = true;
        if (parser.isSet(pinOpt)) {
            user.pin = SecretInput::readLine(QStringLiteral("PIN for %1: ").arg(name), &ok);
            if (!ok || user.pin.isEmpty())
                return fail(QStringLiteral("users add: --pin-stdin given but no PIN on stdin"));
        }
        if (parser.isSet(badgeOpt)) {
            user.badgeId =
                SecretInput::readLine(QStringLiteral("Badge id for %1: ").arg(name), &ok).trimmed();
            if (!ok || user.badgeId.isEmpty())
                return fail(
                    QStringLiteral("users add: --badge-stdin given but no badge id on stdin"));
        }
        auto added = users.add(user, actor);
        if (!added)
            return fail(added.error().message);
        if (json) {
            Console::json(QJsonObject{{QStringLiteral("ok"), true},
                                      {QStringLiteral("user"), userJson(added.value())}});
        } else {
            Console::line(QStringLiteral("added %1 (%2)")
                              .arg(added->name, core::auth::roleName(added->role)));
            if (!added->hasPin && !added->hasBadge)
                Console::line(QStringLiteral("note: %1 has no PIN and no badge and cannot log in "
                                             "yet — eol-station users set-pin %1")
                                  .arg(added->name));
        }
        return kExitOk;
    }
    if (action == QLatin1String("disable") || action == QLatin1String("enable")) {
        const bool enable = action == QLatin1String("enable");
        done = users.setActive(name, enable, actor);
        what = enable ? QStringLiteral("enabled %1") : QStringLiteral("disabled %1");
    } else if (action == QLatin1String("set-pin")) {
        bool ok = true;
        const QString pin =
            SecretInput::readLine(QStringLiteral("New PIN for %1: ").arg(name), &ok);
        if (!ok || pin.isEmpty())
            return fail(QStringLiteral("users set-pin: no PIN on stdin (the PIN is read from "
                                       "stdin, never from the command line)"));
        done = users.setPin(name, pin, actor);
        what = QStringLiteral("PIN of %1 changed");
    } else if (action == QLatin1String("set-badge")) {
        bool ok = true;
        const QString badge =
            SecretInput::readLine(QStringLiteral("Badge id for %1 (empty: remove): ").arg(name),
                                  &ok)
                .trimmed();
        if (!ok)
            return fail(QStringLiteral("users set-badge: nothing on stdin"));
        done = users.setBadge(name, badge, actor);
        what = badge.isEmpty() ? QStringLiteral("badge of %1 removed")
                               : QStringLiteral("badge of %1 set");
    } else if (action == QLatin1String("set-role")) {
        const auto role = core::auth::roleFromName(args.at(2));
        if (!role)
            return fail(QStringLiteral("users set-role: unknown role \"%1\" (operator, lead, qa "
                                       "or admin)")
                            .arg(args.at(2)));
        done = users.setRole(name, *role, actor);
        what = QStringLiteral("%1 is now ") + core::auth::roleName(*role);
    } else if (action == QLatin1String("unlock")) {
        done = users.unlock(name, actor);
        what = QStringLiteral("%1 unlocked");
    }
    if (!done)
        return fail(done.error().message);
    if (json)
        Console::json(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("user"), name}});
    else
        Console::line(what.arg(name));
    return kExitOk;
}

} // namespace eol::cli
