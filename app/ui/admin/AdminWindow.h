#pragma once

#include "auth/Session.h"
#include "auth/UserStore.h"
#include "common/Result.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace eol::core::store {
class RunStore;
}
namespace eol::core::audit {
class AuditLog;
}

namespace eol::ui::admin {

/// "Users & audit": the administrator's window — users (add, change, PIN, badge, disable,
/// unlock), the audit log (filter, export CSV) and the station settings (writes station.ini
/// through StationSettings and audits every changed key, old → new). QA gets the audit log
/// only. Refuses to show anything to a session without the permissions, however it was opened.
///
/// Admin work is rare and small, so this window reads and writes the station database on the
/// GUI thread through its own connection (the operator screen never does).
class AdminWindow : public QWidget
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString stationId;
        QString configPath;
        core::auth::UserStore::Policy policy;
    };

    AdminWindow(Options options, core::auth::Session session, QWidget* parent = nullptr);
    ~AdminWindow() override;

    QTabWidget* tabs() const { return m_tabs; }
    bool canManageUsers() const;
    bool canChangeSettings() const;

    /// What the buttons do, callable directly (tests, scripts).
    Result<void> addUser(const core::auth::UserStore::NewUser& user);
    Result<void> setUserActive(const QString& name, bool active);
    /// Writes every changed settings field to station.ini and audits each; returns how many
    /// keys changed.
    Result<int> saveSettings();
    /// The settings editor for an INI key ("fixture/port"): a QLineEdit, QCheckBox, QSpinBox or
    /// QComboBox; null for an unknown key.
    QWidget* settingEditor(const QString& key) const;
    int auditRowCount() const;
    QString message() const;

public Q_SLOTS:
    void refreshUsers();
    void refreshAudit();

Q_SIGNALS:
    /// Users were added or changed (the login list must be re-read).
    void usersChanged();
    void settingsSaved(int changedKeys);

private:
    struct SettingField
    {
        QString key;
        QString label;
        QString envName;
        QWidget* editor = nullptr;
        QString original;
    };

    QWidget* buildUsersTab();
    QWidget* buildAuditTab();
    QWidget* buildSettingsTab();
    void loadSettings();
    QString editorValue(const SettingField& field) const;
    void setEditorValue(SettingField& field, const QString& value);
    void editSelectedUser();
    void addUserFromDialog();
    void exportAudit();
    QString selectedUser() const;
    void setMessage(const QString& text, bool bad);

    Options m_options;
    core::auth::Session m_session;
    std::unique_ptr<core::store::RunStore> m_store;
    std::unique_ptr<core::audit::AuditLog> m_audit;
    std::unique_ptr<core::auth::UserStore> m_users;

    QTabWidget* m_tabs = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_userTable = nullptr;
    QTableWidget* m_auditTable = nullptr;
    QDateEdit* m_auditFrom = nullptr;
    QDateEdit* m_auditTo = nullptr;
    QComboBox* m_auditAction = nullptr;
    QLineEdit* m_auditText = nullptr;
    QList<SettingField> m_settings;
};

} // namespace eol::ui::admin
