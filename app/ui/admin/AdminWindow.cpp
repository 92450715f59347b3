#include "ui/admin/AdminWindow.h"

#include "audit/AuditAction.h"
#include "audit/AuditLog.h"
#include "store/RunStore.h"
#include "ui/StationSettings.h"
#include "ui/admin/AdminLog.h"
#include "ui/admin/UserDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace eol::ui::admin {

using core::auth::Permission;

namespace {

constexpr int kAuditRows = 2000;

enum class Kind
{
    Text,
    Bool,
    Int,
    Language
};

struct SettingSpec
{
    const char* key;
    const char* label;
    const char* env;
    Kind kind;
};

// The settings an administrator may change here. The database path is not among them: moving
// the records is an installation step, not a setting.
const SettingSpec kSpecs[] = {
    {"station/id", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Station id"), "EOL_STATION_ID",
     Kind::Text},
    {"station/operator",
     QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Operator name (while there are no users)"),
     "EOL_OPERATOR", Kind::Text},
    {"fixture/port", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Fixture port"), "EOL_PORT",
     Kind::Text},
    {"plan/default", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Default plan"), "EOL_PLAN",
     Kind::Text},
    {"plan/dir", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Plan folder"), "EOL_PLANS_DIR",
     Kind::Text},
    {"plan/require_released",
     QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow",
                       "Run only released plans, also without users"),
     "EOL_REQUIRE_RELEASED", Kind::Bool},
    {"ui/auto_start",
     QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Start the test when a unit is scanned"),
     "EOL_AUTO_START", Kind::Bool},
    {"ui/sounds", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Verdict sounds"), "EOL_SOUNDS",
     Kind::Bool},
    {"ui/language", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Language"), "EOL_LANGUAGE",
     Kind::Language},
    {"auth/idle_logout_minutes",
     QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Log out after idle minutes (0 = never)"),
     "EOL_IDLE_LOGOUT_MIN", Kind::Int},
    {"scan/serial_port", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Scanner serial port"),
     "EOL_SCANNER_PORT", Kind::Text},
    {"scan/camera", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Camera"), "EOL_CAMERA",
     Kind::Text},
    {"registry/url", QT_TRANSLATE_NOOP("eol::ui::admin::AdminWindow", "Registry URL"),
     "EOL_REGISTRY_URL", Kind::Text},
};

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString currentValue(const StationSettings& s, const QString& key)
{
    if (key == QLatin1String("station/id"))
        return s.stationId;
    if (key == QLatin1String("station/operator"))
        return s.operatorName;
    if (key == QLatin1String("fixture/port"))
        return s.port;
    if (key == QLatin1String("plan/default"))
        return s.planRef;
    if (key == QLatin1String("plan/dir"))
        return s.plansDir;
    if (key == QLatin1String("plan/require_released"))
        return boolText(s.requireReleased);
    if (key == QLatin1String("ui/auto_start"))
        return boolText(s.autoStart);
    if (key == QLatin1String("ui/sounds"))
        return boolText(s.sounds);
    if (key == QLatin1String("ui/language"))
        return s.language;
    if (key == QLatin1String("auth/idle_logout_minutes"))
        return QString::number(s.idleLogoutMinutes);
    if (key == QLatin1String("scan/serial_port"))
        return s.scannerPort;
    if (key == QLatin1String("scan/camera"))
        return s.camera;
    if (key == QLatin1String("registry/url"))
        return s.registryUrl;
    return QString();
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

} // namespace

AdminWindow::AdminWindow(Options options, core::auth::Session session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_options(std::move(options)), m_session(std::move(session))
{
    setObjectName(QStringLiteral("adminWindow"));
    // Same dark, high-contrast look as the station screen, at desk density (mouse, keyboard).
    setStyleSheet(QStringLiteral(
        "QWidget#adminWindow, QWidget#adminWindow QWidget { background: #101418; color: #ffffff;"
        " font-size: 15px; }"
        "QTabWidget::pane { border: 1px solid #2f3a45; }"
        "QTabBar::tab { background: #1a2027; color: #c9d1d9; padding: 8px 18px;"
        " border: 1px solid #2f3a45; border-bottom: none; }"
        "QTabBar::tab:selected { background: #26323d; color: #ffffff; font-weight: bold; }"
        "QWidget#adminWindow QTableWidget { background: #161b22;"
        " alternate-background-color: #1c232c; gridline-color: #2f3a45;"
        " selection-background-color: #1f6feb; }"
        "QHeaderView::section { background: #26323d; color: #ffffff; font-size: 15px;"
        " font-weight: bold; padding: 4px 6px; border: none; }"
        // Inputs are white with black text, like the operator screen's scan field.
        "QWidget#adminWindow QLineEdit, QWidget#adminWindow QComboBox,"
        " QWidget#adminWindow QDateEdit, QWidget#adminWindow QSpinBox { background: #ffffff;"
        " color: #000000; padding: 3px 6px; border: 1px solid #5c6b78; border-radius: 4px; }"
        "QWidget#adminWindow QCheckBox::indicator { width: 18px; height: 18px;"
        " border: 2px solid #8b949e; border-radius: 3px; background: #161b22; }"
        "QWidget#adminWindow QCheckBox::indicator:checked { background: #1f6feb;"
        " border-color: #4da3ff; }"
        "QWidget#adminWindow QScrollBar { background: #161b22; width: 12px; height: 12px; }"
        "QWidget#adminWindow QScrollBar::handle { background: #3a4651; border-radius: 5px;"
        " min-height: 24px; min-width: 24px; }"
        "QPushButton { font-size: 15px; font-weight: bold; padding: 6px 14px; }"
        "QLabel#adminMessage { font-size: 15px; padding: 4px; }"));
    setWindowTitle(canManageUsers() ? tr("Users & audit — %1").arg(m_options.stationId)
                                    : tr("Audit log — %1").arg(m_options.stationId));
    resize(1100, 700);
    auto* root = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->tabBar()->setUsesScrollButtons(false); // three tabs always fit; never hide one
    m_tabs->tabBar()->setElideMode(Qt::ElideNone);
    root->addWidget(m_tabs, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    root->addWidget(m_message);

    const bool audit = m_session.allows(Permission::ViewAudit);
    if (!canManageUsers() && !audit && !canChangeSettings()) {
        // However this window was reached, a session without the permissions sees nothing.
        setMessage(tr("%1 may not manage users, settings or the audit log.")
                       .arg(m_session.isValid() ? m_session.userName : tr("Nobody")),
                   true);
        m_tabs->setEnabled(false);
        return;
    }
    auto store = core::store::RunStore::open(m_options.databasePath);
    if (!store) {
        setMessage(store.error().message, true);
        m_tabs->setEnabled(false);
        return;
    }
    m_store = std::move(store).value();
    m_audit = std::make_unique<core::audit::AuditLog>(*m_store, m_options.stationId);
    m_users = std::make_unique<core::auth::UserStore>(*m_store, *m_audit, m_options.policy);

    if (canManageUsers())
        m_tabs->addTab(buildUsersTab(), tr("Users"));
    if (audit)
        m_tabs->addTab(buildAuditTab(), tr("Audit log"));
    if (canChangeSettings())
        m_tabs->addTab(buildSettingsTab(), tr("Station settings"));
}

AdminWindow::~AdminWindow()
{
    m_users.reset();
    m_audit.reset();
    m_store.reset();
}

bool AdminWindow::canManageUsers() const
{
    return m_session.allows(Permission::ManageUsers);
}

bool AdminWindow::canChangeSettings() const
{
    return m_session.allows(Permission::ChangeSettings);
}

void AdminWindow::setMessage(const QString& text, bool bad)
{
    m_message->setText(text);
    m_message->setStyleSheet(bad ? QStringLiteral("color: #ff5c5c; font-weight: bold;")
                                 : QString());
}

QString AdminWindow::message() const
{
    return m_message->text();
}

// ---- users -------------------------------------------------------------------------------

QWidget* AdminWindow::buildUsersTab()
{
    auto* page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("usersPage"));
    auto* layout = new QVBoxLayout(page);
    m_userTable = new QTableWidget(0, 7, page);
    m_userTable->setObjectName(QStringLiteral("usersTable"));
    m_userTable->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Status"),
                                            tr("PIN"), tr("Badge"), tr("Last login")});
    m_userTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_userTable->verticalHeader()->setVisible(false);
    m_userTable->setAlternatingRowColors(true);
    m_userTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_userTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_userTable, 1);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add user…"), page);
    add->setObjectName(QStringLiteral("addUser"));
    auto* change = new QPushButton(tr("Change…"), page);
    change->setObjectName(QStringLiteral("changeUser"));
    auto* toggle = new QPushButton(tr("Disable / enable"), page);
    toggle->setObjectName(QStringLiteral("toggleUser"));
    auto* unlock = new QPushButton(tr("Unlock"), page);
    unlock->setObjectName(QStringLiteral("unlockUser"));
    for (auto* b : {add, change, toggle, unlock})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &AdminWindow::addUserFromDialog);
    connect(change, &QPushButton::clicked, this, &AdminWindow::editSelectedUser);
    connect(toggle, &QPushButton::clicked, this, [this] {
        const QString name = selectedUser();
        if (name.isEmpty())
            return;
        auto user = m_users->find(name);
        if (!user)
            return setMessage(user.error().message, true);
        if (auto r = setUserActive(name, !user->active); !r)
            setMessage(r.error().message, true);
    });
    connect(unlock, &QPushButton::clicked, this, [this] {
        const QString name = selectedUser();
        if (name.isEmpty())
            return;
        if (auto r = m_users->unlock(name, m_session.userName); !r)
            return setMessage(r.error().message, true);
        setMessage(tr("%1 unlocked.").arg(name), false);
        refreshUsers();
    });
    refreshUsers();
    return page;
}

void AdminWindow::refreshUsers()
{
    if (!m_userTable || !m_users)
        return;
    auto users = m_users->list(true);
    if (!users)
        return setMessage(users.error().message, true);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_userTable->setRowCount(int(users->size()));
    for (int row = 0; row < users->size(); ++row) {
        const auto& u = users->at(row);
        const QString status =
            !u.active ? tr("disabled")
            : u.isLocked(now)
                ? tr("locked until %1")
                      .arg(u.lockedUntilUtc.toLocalTime().toString(QStringLiteral("HH:mm")))
                : tr("active");
        m_userTable->setItem(row, 0, cell(u.name));
        m_userTable->setItem(row, 1, cell(u.displayName));
        m_userTable->setItem(row, 2, cell(core::auth::roleName(u.role)));
        m_userTable->setItem(row, 3, cell(status));
        m_userTable->setItem(row, 4, cell(u.hasPin ? tr("set") : tr("—")));
        m_userTable->setItem(row, 5, cell(u.hasBadge ? tr("set") : tr("—")));
        m_userTable->setItem(row, 6,
                             cell(u.lastLoginUtc.isValid() ? u.lastLoginUtc.toLocalTime().toString(
                                                                 QStringLiteral("yyyy-MM-dd HH:mm"))
                                                           : tr("never")));
    }
}

QString AdminWindow::selectedUser() const
{
    const auto rows =
        m_userTable ? m_userTable->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty()) {
        const_cast<AdminWindow*>(this)->setMessage(tr("Select a user first."), true);
        return {};
    }
    return m_userTable->item(rows.first().row(), 0)->text();
}

Result<void> AdminWindow::addUser(const core::auth::UserStore::NewUser& user)
{
    if (!canManageUsers() || !m_users)
        return makeError(QStringLiteral("auth_denied"), tr("You may not manage users."));
    auto added = m_users->add(user, m_session.userName);
    if (!added)
        return added.error();
    setMessage(tr("User %1 added.").arg(added->name), false);
    refreshUsers();
    refreshAudit();
    Q_EMIT usersChanged();
    return {};
}

Result<void> AdminWindow::setUserActive(const QString& name, bool active)
{
    if (!canManageUsers() || !m_users)
        return makeError(QStringLiteral("auth_denied"), tr("You may not manage users."));
    if (auto r = m_users->setActive(name, active, m_session.userName); !r)
        return r;
    setMessage(active ? tr("%1 enabled.").arg(name) : tr("%1 disabled.").arg(name), false);
    refreshUsers();
    refreshAudit();
    Q_EMIT usersChanged();
    return {};
}

void AdminWindow::addUserFromDialog()
{
    auto* dialog = new UserDialog(nullptr, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto v = dialog->values();
        core::auth::UserStore::NewUser user{v.name, v.displayName, v.role, v.pin, v.badgeId};
        if (auto r = addUser(user); !r)
            setMessage(r.error().message, true);
    });
    dialog->open();
}

void AdminWindow::editSelectedUser()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return;
    auto user = m_users->find(name);
    if (!user)
        return setMessage(user.error().message, true);
    auto* dialog = new UserDialog(&user.value(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        const auto v = dialog->values();
        const QString actor = m_session.userName;
        Result<void> r = m_users->setDisplayName(name, v.displayName, actor);
        if (r)
            r = m_users->setRole(name, v.role, actor);
        if (r && !v.pin.isEmpty())
            r = m_users->setPin(name, v.pin, actor);
        if (r && !v.badgeId.isEmpty())
            r = m_users->setBadge(name, v.badgeId, actor);
        if (!r)
            setMessage(r.error().message, true);
        else
            setMessage(tr("%1 changed.").arg(name), false);
        refreshUsers();
        refreshAudit();
        Q_EMIT usersChanged();
    });
    dialog->open();
}

// ---- audit -------------------------------------------------------------------------------

QWidget* AdminWindow::buildAuditTab()
{
    auto* page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("auditPage"));
    auto* layout = new QVBoxLayout(page);
    auto* filters = new QHBoxLayout;
    m_auditFrom = new QDateEdit(QDate::currentDate().addDays(-30), page);
    m_auditFrom->setObjectName(QStringLiteral("auditFrom"));
    m_auditFrom->setCalendarPopup(true);
    m_auditTo = new QDateEdit(QDate::currentDate(), page);
    m_auditTo->setObjectName(QStringLiteral("auditTo"));
    m_auditTo->setCalendarPopup(true);
    m_auditAction = new QComboBox(page);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->addItem(tr("all actions"), QString());
    for (const QString& a : core::audit::AuditAction::all())
        m_auditAction->addItem(a, a);
    m_auditText = new QLineEdit(page);
    m_auditText->setObjectName(QStringLiteral("auditText"));
    m_auditText->setPlaceholderText(tr("user, plan, setting…"));
    auto* show = new QPushButton(tr("Show"), page);
    show->setObjectName(QStringLiteral("auditShow"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), page);
    exportButton->setObjectName(QStringLiteral("auditExport"));
    filters->addWidget(new QLabel(tr("From"), page));
    filters->addWidget(m_auditFrom);
    filters->addWidget(new QLabel(tr("to"), page));
    filters->addWidget(m_auditTo);
    filters->addWidget(m_auditAction);
    filters->addWidget(m_auditText, 1);
    filters->addWidget(show);
    filters->addWidget(exportButton);
    layout->addLayout(filters);
    connect(show, &QPushButton::clicked, this, &AdminWindow::refreshAudit);
    connect(m_auditText, &QLineEdit::returnPressed, this, &AdminWindow::refreshAudit);
    connect(m_auditAction, &QComboBox::currentIndexChanged, this, &AdminWindow::refreshAudit);
    connect(exportButton, &QPushButton::clicked, this, &AdminWindow::exportAudit);

    m_auditTable = new QTableWidget(0, 7, page);
    m_auditTable->setObjectName(QStringLiteral("auditTable"));
    m_auditTable->setHorizontalHeaderLabels(
        {tr("Time"), tr("Action"), tr("Who"), tr("Subject"), tr("Old"), tr("New"), tr("Details")});
    m_auditTable->verticalHeader()->setVisible(false);
    m_auditTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditTable->setWordWrap(false);
    m_auditTable->setAlternatingRowColors(true);
    auto* header = m_auditTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    layout->addWidget(m_auditTable, 1);
    refreshAudit();
    // Fit the short columns to what is there (fonts differ between stations), but never let
    // one long subject or value push the details out of sight.
    constexpr int kMaxColumn = 320;
    const int minimum[] = {180, 130, 70, 200, 120, 120};
    for (int column = 0; column < 6; ++column) {
        m_auditTable->resizeColumnToContents(column);
        m_auditTable->setColumnWidth(
            column, qBound(minimum[column], m_auditTable->columnWidth(column) + 8, kMaxColumn));
    }
    return page;
}

void AdminWindow::refreshAudit()
{
    if (!m_auditTable || !m_audit)
        return;
    core::audit::AuditFilter filter;
    filter.from = QDateTime(m_auditFrom->date(), QTime(0, 0)).toUTC();
    filter.to = QDateTime(m_auditTo->date().addDays(1), QTime(0, 0)).toUTC();
    if (const QString a = m_auditAction->currentData().toString(); !a.isEmpty())
        filter.actions << a;
    filter.text = m_auditText->text().trimmed();
    filter.limit = kAuditRows;
    auto rows = m_audit->query(filter);
    if (!rows)
        return setMessage(rows.error().message, true);
    m_auditTable->setRowCount(int(rows->size()));
    for (int row = 0; row < rows->size(); ++row) {
        const auto& e = rows->at(row);
        m_auditTable->setItem(
            row, 0, cell(e.utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
        m_auditTable->setItem(row, 1, cell(e.action));
        m_auditTable->setItem(row, 2, cell(e.actor));
        m_auditTable->setItem(row, 3, cell(e.subject));
        m_auditTable->setItem(row, 4, cell(e.oldValue));
        m_auditTable->setItem(row, 5, cell(e.newValue));
        QJsonObject details = e.details;
        details.remove(QStringLiteral("diff")); // the summary says it; the export has it all
        m_auditTable->setItem(
            row, 6,
            cell(details.isEmpty()
                     ? QString()
                     : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))));
    }
}

int AdminWindow::auditRowCount() const
{
    return m_auditTable ? m_auditTable->rowCount() : 0;
}

void AdminWindow::exportAudit()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"),
        QStringLiteral("audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty() || !m_audit)
        return;
    core::audit::AuditFilter filter;
    filter.newestFirst = false;
    auto rows = m_audit->query(filter);
    if (!rows)
        return setMessage(rows.error().message, true);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return setMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
    if (auto r = core::audit::AuditLog::writeCsv(rows.value(), file); !r)
        return setMessage(r.error().message, true);
    if (!file.commit())
        return setMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
    setMessage(tr("%1 audit rows exported to %2.").arg(rows->size()).arg(path), false);
}

// ---- settings ----------------------------------------------------------------------------

QWidget* AdminWindow::buildSettingsTab()
{
    auto* scroll = new QScrollArea(m_tabs);
    scroll->setObjectName(QStringLiteral("settingsPage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* page = new QWidget(scroll);
    page->setMaximumWidth(960); // a form, not a banner: short fields read better
    auto* layout = new QVBoxLayout(page);
    auto* note = new QLabel(tr("Saved to %1. Most settings apply when the station starts next. "
                               "Every change is written to the audit log.")
                                .arg(m_options.configPath),
                            page);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* form = new QFormLayout;
    form->setObjectName(QStringLiteral("settingsForm"));
    for (const SettingSpec& spec : kSpecs) {
        SettingField field;
        field.key = QLatin1String(spec.key);
        field.label = tr(spec.label);
        field.envName = QLatin1String(spec.env);
        switch (spec.kind) {
        case Kind::Text:
            field.editor = new QLineEdit(page);
            break;
        case Kind::Bool:
            field.editor = new QCheckBox(page);
            break;
        case Kind::Int: {
            auto* spin = new QSpinBox(page);
            spin->setRange(0, 24 * 60);
            field.editor = spin;
            break;
        }
        case Kind::Language: {
            auto* combo = new QComboBox(page);
            combo->addItem(tr("system language"), QString());
            combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
            combo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
            field.editor = combo;
            break;
        }
        }
        field.editor->setObjectName(QStringLiteral("setting_") +
                                    QString(field.key).replace(QLatin1Char('/'), QLatin1Char('_')));
        QString label = field.label;
        if (qEnvironmentVariableIsSet(spec.env)) {
            label += tr(" (%1 overrides it)").arg(field.envName);
            field.editor->setToolTip(
                tr("%1 is set in the environment and wins over the file.").arg(field.envName));
        }
        form->addRow(label, field.editor);
        m_settings << field;
    }
    layout->addLayout(form);
    auto* save = new QPushButton(tr("Save settings"), page);
    save->setObjectName(QStringLiteral("saveSettings"));
    connect(save, &QPushButton::clicked, this, [this] {
        auto r = saveSettings();
        if (!r)
            return setMessage(r.error().message, true);
        setMessage(r.value() == 0 ? tr("Nothing changed.")
                                  : tr("%n setting(s) saved and audited.", nullptr, r.value()),
                   false);
    });
    layout->addWidget(save, 0, Qt::AlignLeft);
    layout->addStretch(1);
    scroll->setWidget(page);
    loadSettings();
    return scroll;
}

void AdminWindow::loadSettings()
{
    const StationSettings current = StationSettings::load(m_options.configPath);
    for (SettingField& field : m_settings) {
        field.original = currentValue(current, field.key);
        setEditorValue(field, field.original);
    }
}

QString AdminWindow::editorValue(const SettingField& field) const
{
    if (auto* line = qobject_cast<QLineEdit*>(field.editor))
        return line->text().trimmed();
    if (auto* check = qobject_cast<QCheckBox*>(field.editor))
        return boolText(check->isChecked());
    if (auto* spin = qobject_cast<QSpinBox*>(field.editor))
        return QString::number(spin->value());
    if (auto* combo = qobject_cast<QComboBox*>(field.editor))
        return combo->currentData().toString();
    return QString();
}

void AdminWindow::setEditorValue(SettingField& field, const QString& value)
{
    if (auto* line = qobject_cast<QLineEdit*>(field.editor))
        line->setText(value);
    else if (auto* check = qobject_cast<QCheckBox*>(field.editor))
        check->setChecked(value == QLatin1String("true"));
    else if (auto* spin = qobject_cast<QSpinBox*>(field.editor))
        spin->setValue(value.toInt());
    else if (auto* combo = qobject_cast<QComboBox*>(field.editor))
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

QWidget* AdminWindow::settingEditor(const QString& key) const
{
    for (const SettingField& f : m_settings) {
        if (f.key == key)
            return f.editor;
    }
    return nullptr;
}

Result<int> AdminWindow::saveSettings()
{
    if (!canChangeSettings() || !m_audit)
        return makeError(QStringLiteral("auth_denied"), tr("You may not change settings."));
    QList<std::pair<QString, QString>> values;
    QList<const SettingField*> changed;
    for (const SettingField& f : std::as_const(m_settings)) {
        const QString now = editorValue(f);
        if (now != f.original) {
            values << std::pair{f.key, now};
            changed << &f;
        }
    }
    if (values.isEmpty())
        return 0;
    if (auto r = StationSettings::saveValues(m_options.configPath, values); !r)
        return r.error();
    auto audited = m_store->transaction([&]() -> Result<void> {
        for (const SettingField* f : std::as_const(changed)) {
            auto a = m_audit->append(m_session.userName, core::audit::AuditAction::kSettingsChanged,
                                     f->key, f->original, editorValue(*f),
                                     {{QStringLiteral("file"), m_options.configPath}});
            if (!a)
                return a.error();
        }
        return {};
    });
    if (!audited)
        return makeError(audited.error().code,
                         tr("The settings were saved, but the audit log could not record it: %1")
                             .arg(audited.error().message));
    qCInfo(lcUiAdmin) << values.size() << "settings changed by" << m_session.userName;
    for (SettingField& f : m_settings)
        f.original = editorValue(f);
    refreshAudit();
    Q_EMIT settingsSaved(int(values.size()));
    return int(values.size());
}

} // namespace eol::ui::admin
