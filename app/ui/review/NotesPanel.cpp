#include "NotesPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace eol::ui::review {

namespace {
constexpr int kNoteIdRole = Qt::UserRole + 1;
}

NotesPanel::NotesPanel(bool mayAnnotate, QWidget* parent)
    : QWidget(parent), m_mayAnnotate(mayAnnotate)
{
    setObjectName(QStringLiteral("notesPanel"));
    auto* layout = new QVBoxLayout(this);

    m_runTitle = new QLabel(tr("Notes on this run"), this);
    m_runTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(m_runTitle);
    m_runList = new QListWidget(this);
    m_runList->setObjectName(QStringLiteral("runNotes"));
    m_runList->setWordWrap(true);
    layout->addWidget(m_runList, 1);

    m_deviceTitle = new QLabel(tr("Notes on this device"), this);
    m_deviceTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(m_deviceTitle);
    m_deviceList = new QListWidget(this);
    m_deviceList->setObjectName(QStringLiteral("deviceNotes"));
    m_deviceList->setWordWrap(true);
    layout->addWidget(m_deviceList, 1);

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setPlaceholderText(mayAnnotate ? tr("Write a note: what you found, what was done "
                                                  "(max. 4000 characters)")
                                             : tr("Your role may read notes but not add them."));
    m_editor->setMaximumHeight(90);
    m_editor->setEnabled(mayAnnotate);
    layout->addWidget(m_editor);

    auto* buttons = new QHBoxLayout();
    m_addRun = new QPushButton(tr("Add to run"), this);
    m_addRun->setObjectName(QStringLiteral("addRunNote"));
    m_addDevice = new QPushButton(tr("Add to device"), this);
    m_addDevice->setObjectName(QStringLiteral("addDeviceNote"));
    m_delete = new QPushButton(tr("Delete selected note"), this);
    m_delete->setObjectName(QStringLiteral("deleteNote"));
    buttons->addWidget(m_addRun);
    buttons->addWidget(m_addDevice);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    layout->addLayout(buttons);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("noteError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    if (!mayAnnotate) {
        m_addRun->hide();
        m_addDevice->hide();
        m_delete->hide();
    }
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { updateButtons(); });
    connect(m_runList, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_runList->selectedItems().isEmpty())
            m_deviceList->clearSelection();
        updateButtons();
    });
    connect(m_deviceList, &QListWidget::itemSelectionChanged, this, [this] {
        if (!m_deviceList->selectedItems().isEmpty())
            m_runList->clearSelection();
        updateButtons();
    });
    connect(m_addRun, &QPushButton::clicked, this, [this] {
        m_error->hide();
        Q_EMIT addRequested(m_runId, m_serial, m_editor->toPlainText().trimmed());
    });
    connect(m_addDevice, &QPushButton::clicked, this, [this] {
        m_error->hide();
        Q_EMIT addRequested(QString(), m_serial, m_editor->toPlainText().trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        QList<QListWidgetItem*> selected = m_runList->selectedItems();
        if (selected.isEmpty())
            selected = m_deviceList->selectedItems();
        if (!selected.isEmpty())
            Q_EMIT deleteRequested(selected.first()->data(kNoteIdRole).toString());
    });
    updateButtons();
}

void NotesPanel::setTarget(const QString& runId, const QString& serial)
{
    if (runId != m_runId)
        m_editor->clear();
    m_runId = runId;
    m_serial = serial;
    m_runList->clear();
    m_deviceList->clear();
    m_error->hide();
    m_deviceTitle->setText(serial.isEmpty() ? tr("Notes on this device")
                                            : tr("Notes on device %1").arg(serial));
    m_count = 0;
    Q_EMIT noteCountChanged(0);
    updateButtons();
}

void NotesPanel::fill(QListWidget* list, const QList<core::store::NoteRecord>& notes)
{
    list->clear();
    const QLocale locale;
    for (const core::store::NoteRecord& n : notes) {
        QString sync;
        if (n.syncState == QLatin1String("pending"))
            sync = tr("not yet in the registry");
        else if (n.syncState == QLatin1String("synced"))
            sync = tr("in the registry");
        else if (n.syncState == QLatin1String("rejected"))
            sync = tr("refused by the registry: %1").arg(n.syncError);
        QString where;
        if (list == m_deviceList && !n.runId.isEmpty())
            where = tr(" · on run %1").arg(n.runId.left(8));
        const QString header = tr("%1 · %2%3 · %4")
                                   .arg(n.author,
                                        locale.toString(n.createdUtc.toLocalTime(),
                                                        QStringLiteral("yyyy-MM-dd HH:mm")),
                                        where, sync);
        auto* item = new QListWidgetItem(QString(header + QLatin1Char('\n') + n.text), list);
        item->setData(kNoteIdRole, n.noteId);
        item->setToolTip(n.text);
    }
    if (notes.isEmpty()) {
        auto* empty = new QListWidgetItem(tr("(none)"), list);
        empty->setFlags(Qt::NoItemFlags);
    }
}

void NotesPanel::showNotes(const QList<core::store::NoteRecord>& runNotes,
                           const QList<core::store::NoteRecord>& deviceNotes)
{
    fill(m_runList, runNotes);
    fill(m_deviceList, deviceNotes);
    m_count = int(runNotes.size() + deviceNotes.size());
    m_runTitle->setText(tr("Notes on this run (%1)").arg(runNotes.size()));
    m_editor->clear();
    Q_EMIT noteCountChanged(m_count);
    updateButtons();
}

void NotesPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void NotesPanel::updateButtons()
{
    const bool text = !m_editor->toPlainText().trimmed().isEmpty();
    m_addRun->setEnabled(m_mayAnnotate && text && !m_runId.isEmpty());
    m_addDevice->setEnabled(m_mayAnnotate && text && !m_serial.isEmpty());
    const bool selected =
        !m_runList->selectedItems().isEmpty() || !m_deviceList->selectedItems().isEmpty();
    m_delete->setEnabled(m_mayAnnotate && selected);
}

} // namespace eol::ui::review
