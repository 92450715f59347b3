#pragma once

#include "store/NoteRecord.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace eol::ui::review {

/// QA notes on the open run and on its device (serial): who wrote what when, and whether the
/// registry has it yet. With annotate rights, a text box adds a note to the run or to the
/// device and a button deletes (soft-deletes) the selected note; without, the panel only shows.
class NotesPanel : public QWidget
{
    Q_OBJECT
public:
    NotesPanel(bool mayAnnotate, QWidget* parent = nullptr);

    /// The run (and its serial) the panel writes to; clears the lists until showNotes().
    void setTarget(const QString& runId, const QString& serial);
    void showNotes(const QList<core::store::NoteRecord>& runNotes,
                   const QList<core::store::NoteRecord>& deviceNotes);
    /// A failed add/delete: shown under the text box; the typed text is kept.
    void showError(const QString& message);

    QString runId() const { return m_runId; }
    QString serial() const { return m_serial; }
    QPlainTextEdit* editor() const { return m_editor; }
    QPushButton* addToRunButton() const { return m_addRun; }
    QPushButton* addToDeviceButton() const { return m_addDevice; }
    QListWidget* runList() const { return m_runList; }
    QListWidget* deviceList() const { return m_deviceList; }
    int noteCount() const { return m_count; }

Q_SIGNALS:
    /// Add a note: `runId` empty = on the device `serial`.
    void addRequested(const QString& runId, const QString& serial, const QString& text);
    void deleteRequested(const QString& noteId);
    void noteCountChanged(int count);

private:
    void fill(QListWidget* list, const QList<core::store::NoteRecord>& notes);
    void updateButtons();

    bool m_mayAnnotate = false;
    QString m_runId;
    QString m_serial;
    int m_count = 0;
    QLabel* m_runTitle = nullptr;
    QLabel* m_deviceTitle = nullptr;
    QListWidget* m_runList = nullptr;
    QListWidget* m_deviceList = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPushButton* m_addRun = nullptr;
    QPushButton* m_addDevice = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace eol::ui::review
